// shotscape-make-test-panorama OUT.jpg [WIDTH] [--detail]
// Renders an equirectangular test image with coloured disc markers at known yaw/pitch, and writes
// OUT.json listing them, for the browser tests that check where markers land on screen.
// --detail: the background is fine detail up to the pixel (a zone plate in each 64-pixel cell, its
// tint varying from cell to cell), so a tiled copy has something to be sharp about (the tile
// benchmark).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <glm/geometric.hpp>

#include "common/Raster.h"
#include "core/math/Projection.h"

using namespace shotscape;
using namespace shotscape::tools;

namespace {

struct Marker {
  const char* name;
  double yaw, pitch;
  Rgb colour;          // linear
  int r, g, b;         // the sRGB bytes the colour encodes to, for the tests
};

// Pure primaries and secondaries survive JPEG and gamma unchanged enough to classify.
const std::vector<Marker> kMarkers = {
    {"front", 0, 0, {1, 0, 0}, 255, 0, 0},
    {"right", 90, 0, {0, 1, 0}, 0, 255, 0},
    {"back-left", -170, 15, {0, 0, 1}, 0, 0, 255},
    {"back-right", 172, -10, {1, 1, 0}, 255, 255, 0},
    {"zenith", 0, 90, {1, 0, 1}, 255, 0, 255},
    {"up-left", -60, 50, {0, 1, 1}, 0, 255, 255},
    {"low-right", 40, -35, {1, 1, 1}, 255, 255, 255},
    {"nadir", 0, -90, {1, 0.5f, 0}, 255, 186, 0},
};
constexpr double kRadiusDeg = 1.5;

struct Job {
  Raster* out;
  std::vector<glm::dvec3> centres;
  double cosRadius;
  bool detail = false;
};

void renderRow(int y, void* context) {
  auto& job = *static_cast<Job*>(context);
  Raster& out = *job.out;
  for (int x = 0; x < out.width; ++x) {
    const glm::dvec2 uv{(x + 0.5) / out.width, (y + 0.5) / out.height};
    const YawPitch angles = yawPitchFromEquirectUv(uv);
    const glm::dvec3 d = directionFromYawPitch(angles);
    // A dim background with 30° graticule lines, so drags and seams are visible too.
    const bool line = std::fmod(std::abs(angles.yaw) + 0.25, 30.0) < 0.5 || std::fmod(std::abs(angles.pitch) + 0.25, 30.0) < 0.5;
    Rgb c = line ? Rgb{0.06f, 0.06f, 0.07f} : Rgb{0.025f, 0.025f, 0.03f};
    if (job.detail && !line) {
      // A zone plate per 64-pixel cell: rings whose frequency rises to the pixel at the cell's edge.
      const int cx = x / 64, cy = y / 64;
      const double dx = x % 64 - 31.5, dy = y % 64 - 31.5;
      const float ring = float(0.5 + 0.5 * std::cos(M_PI * (dx * dx + dy * dy) / 64.0));
      const unsigned hash = unsigned(cx * 73856093) ^ unsigned(cy * 19349663);
      const float r = 0.04f + 0.10f * float(hash & 7) / 7.0f, g = 0.04f + 0.10f * float((hash >> 3) & 7) / 7.0f;
      c = Rgb{r * ring + 0.02f, g * ring + 0.02f, 0.12f * ring + 0.02f};
    }
    for (size_t i = 0; i < job.centres.size(); ++i)
      if (glm::dot(d, job.centres[i]) >= job.cosRadius) c = kMarkers[i].colour;
    out.set(x, y, c);
  }
}

} // namespace

int main(int argc, char** argv) {
  bool detail = false;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--detail") detail = true;
    else args.push_back(argv[i]);
  }
  if (args.empty()) {
    std::fprintf(stderr, "usage: %s OUT.jpg [WIDTH] [--detail]\n", argv[0]);
    return 2;
  }
  const std::string path = args[0];
  const int width = args.size() > 1 ? std::atoi(args[1].c_str()) : 4096;
  if (width < 64 || width > 16384 || width % 2) {
    std::fprintf(stderr, "error: WIDTH must be an even number in [64, 16384]\n");
    return 2;
  }
  Raster raster(width, width / 2);
  Job job{&raster, {}, std::cos(kRadiusDeg * M_PI / 180.0), detail};
  for (const auto& m : kMarkers) job.centres.push_back(directionFromYawPitch({m.yaw, m.pitch}));
  forEachRow(raster.height, renderRow, &job);
  if (!raster.writeJpeg(path, 92)) return 1;

  const std::string jsonPath = path.substr(0, path.find_last_of('.')) + ".json";
  std::ofstream json(jsonPath);
  json << "{\"radiusDeg\": " << kRadiusDeg << ", \"markers\": [\n";
  for (size_t i = 0; i < kMarkers.size(); ++i) {
    const auto& m = kMarkers[i];
    json << "  {\"name\": \"" << m.name << "\", \"yaw\": " << m.yaw << ", \"pitch\": " << m.pitch << ", \"rgb\": ["
         << m.r << ", " << m.g << ", " << m.b << "]}" << (i + 1 < kMarkers.size() ? ",\n" : "\n");
  }
  json << "]}\n";
  if (!json) {
    std::fprintf(stderr, "error: could not write %s\n", jsonPath.c_str());
    return 1;
  }
  std::printf("wrote %s (%dx%d) and %s\n", path.c_str(), raster.width, raster.height, jsonPath.c_str());
  return 0;
}
