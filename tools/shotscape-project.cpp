// shotscape-project [--shift X Y] [--projection NAME] YAW PITCH FOV WIDTH HEIGHT [POINT_YAW POINT_PITCH]...
// Prints, as a JSON array, where each point lands on a WIDTH×HEIGHT viewport for the given view
// ([x, y] in pixels from the top-left corner, or null when behind the camera). FOV spans the
// viewport's longer side (core/view/Camera.h); --shift is the lens shift (the player's
// stats().lensShiftX/Y while a panel is open), pixels from the viewport's centre; --projection the
// lens (rectilinear, the default, stereographic or fisheye: core/math/Lens.h). It is the player's
// own projection code (src/core/math/Projection), so browser tests can check rendered pixels against it.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/math/Projection.h"

int main(int argc, char** argv) {
  glm::dvec2 shift{0.0, 0.0};
  shotscape::Lens lens;
  while (argc > 2 && argv[1][0] == '-' && argv[1][1] == '-') {
    if (argc > 3 && std::strcmp(argv[1], "--shift") == 0) {
      shift = {std::strtod(argv[2], nullptr), std::strtod(argv[3], nullptr)};
      argv[3] = argv[0];
      argv += 3;
      argc -= 3;
    } else if (std::strcmp(argv[1], "--projection") == 0) {
      const auto kind = shotscape::lensFromName(argv[2]);
      if (!kind) {
        std::fprintf(stderr, "%s: unknown projection \"%s\" (rectilinear, stereographic, fisheye)\n", argv[0], argv[2]);
        return 2;
      }
      lens = shotscape::Lens::steady(*kind);
      argv[2] = argv[0];
      argv += 2;
      argc -= 2;
    } else {
      break;
    }
  }
  if (argc < 6 || (argc - 6) % 2) {
    std::fprintf(stderr, "usage: %s [--shift X Y] [--projection NAME] YAW PITCH FOV WIDTH HEIGHT [POINT_YAW POINT_PITCH]...\n", argv[0]);
    return 2;
  }
  auto num = [&](int i) { return std::strtod(argv[i], nullptr); };
  shotscape::Camera camera;
  camera.setLimits({1.0, 360.0, -90.0, 90.0});
  camera.setView({num(1), num(2), num(3)});
  const shotscape::Projection projection(camera.view(), num(4), num(5), shift, lens);
  std::printf("[");
  for (int i = 6; i < argc; i += 2) {
    const auto p = projection.pixelFromYawPitch({num(i), num(i + 1)});
    if (p) std::printf("%s[%.4f, %.4f]", i > 6 ? ", " : "", p->x, p->y);
    else std::printf("%snull", i > 6 ? ", " : "");
  }
  std::printf("]\n");
  return 0;
}
