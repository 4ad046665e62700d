// shotscape-make-demo-video SET.jpg OUT_BASENAME [SECONDS] [WIDTH] [--position X,Y,Z] [--mp4-only]
//
// Renders the demo's 360° video from the demo set (shotscape-make-demo-scene's panorama): the still
// room, with things moving in it — a red ball bouncing across the floor between the viewer and the
// table (with its shadow), the pendant lamp flickering, and a passing car's headlights sweeping
// across the window. Moving things are ray traced per pixel in the same room coordinates as the
// set (eye at 1.5 m, yaw 0 looking down -Z), so they sit in the panorama with the right
// equirectangular distortion. Frames are piped to one ffmpeg run that writes OUT_BASENAME.mp4
// (H.264 + AAC room tone) and OUT_BASENAME.webm (VP9 + Opus; not with --mp4-only). Default: 24 s at
// 2048×1024, 24 fps. --position: the camera's place in the shot's space, as the manifest gives it and
// as shotscape-make-demo-scene rendered SET.jpg from (default 0,1.5,0): the same moment filmed by
// another camera of the tour's sync group, its moving things where that camera sees them.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include "common/Raster.h"
#include "core/math/Projection.h"

using glm::dvec3;

namespace {

constexpr int kFps = 24;
constexpr double kEyeY = 1.5;
constexpr double kWindowZ = -5.5;
constexpr double kBallRadius = 0.13;

// The set, at equirect pixel coordinates, in [0, 1].
dvec3 sample(const shotscape::tools::Image& set, double x, double y) {
  return shotscape::tools::sampleWrapped(set, x, y) / 255.0;
}

dvec3 ballCentre(double t) {
  // Across the room and back every 12 s, bouncing twice a second.
  const double phase = std::fmod(t, 12.0) / 12.0;
  const double x = -2.2 + 4.4 * (phase < 0.5 ? phase * 2.0 : 2.0 - phase * 2.0);
  const double y = kBallRadius + 1.0 * std::abs(std::sin(3.14159265 * t));
  return {x, y, -1.2};
}

// Where the ray from the eye `o` along `d` meets the ball, or a negative number.
double hitBall(const dvec3& o, const dvec3& d, const dvec3& c) {
  const dvec3 oc = o - c;
  const double b = glm::dot(oc, d), cc = glm::dot(oc, oc) - kBallRadius * kBallRadius;
  const double disc = b * b - cc;
  if (disc < 0) return -1.0;
  return -b - std::sqrt(disc);
}

} // namespace

int main(int argc, char** argv) {
  // The renderer's world (yaw 0 down -z) from the shot's space (yaw 0 down +z).
  dvec3 eye{0.0, kEyeY, 0.0};
  bool mp4Only = false;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--mp4-only") {
      mp4Only = true;
    } else if (a == "--position" && i + 1 < argc) {
      if (std::sscanf(argv[++i], "%lf,%lf,%lf", &eye.x, &eye.y, &eye.z) != 3 || std::abs(eye.x) > 4.3 || eye.y < 0.2 ||
          eye.y > 3.2 || eye.z < -3.8 || eye.z > 5.3) {
        std::fprintf(stderr, "error: --position X,Y,Z must lie inside the room (metres)\n");
        return 2;
      }
      eye.z = -eye.z;
    } else {
      args.push_back(a);
    }
  }
  if (args.size() < 2 || args.size() > 4) {
    std::fprintf(stderr, "usage: %s SET.jpg OUT_BASENAME [SECONDS] [WIDTH] [--position X,Y,Z] [--mp4-only]\n", argv[0]);
    return 2;
  }
  const double seconds = args.size() > 2 ? std::atof(args[2].c_str()) : 24.0;
  const int width = args.size() > 3 ? std::atoi(args[3].c_str()) : 2048;
  if (seconds <= 0 || seconds > 600 || width < 64 || width > 8192 || width % 4) {
    std::fprintf(stderr, "error: SECONDS in (0, 600], WIDTH a multiple of 4 in [64, 8192]\n");
    return 2;
  }
  const auto loaded = shotscape::tools::readImage(args[0]);
  if (!loaded) return 1;
  const shotscape::tools::Image& set = *loaded;

  const int height = width / 2;
  const std::string base = args[1];
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  const std::string command =
      "ffmpeg -v error -y -f rawvideo -pix_fmt rgb24 -s " + size + " -r " + std::to_string(kFps) + " -i - " +
      "-f lavfi -i \"anoisesrc=color=brown:amplitude=0.3:seed=3,lowpass=f=500\" " +
      "-map 0:v -map 1:a -t " + std::to_string(seconds) +
      " -c:v libx264 -preset medium -crf 30 -pix_fmt yuv420p -g 48 -c:a aac -b:a 32k -ac 1 -movflags +faststart \"" +
      base + ".mp4\"" +
      (mp4Only ? std::string()
               : " -map 0:v -map 1:a -t " + std::to_string(seconds) +
                     " -c:v libvpx-vp9 -deadline good -cpu-used 6 -crf 42 -b:v 0 -g 48 -row-mt 1 -c:a libopus -b:a 32k -ac 1 \"" +
                     base + ".webm\"");
  FILE* pipe = popen(command.c_str(), "w");
  if (!pipe) {
    std::fprintf(stderr, "error: could not start ffmpeg\n");
    return 1;
  }
  // Each output pixel's view direction, computed once.
  std::vector<dvec3> dirs(size_t(width) * height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      dirs[size_t(y) * width + x] = shotscape::directionFromYawPitch(
          shotscape::yawPitchFromEquirectUv({(x + 0.5) / width, (y + 0.5) / height}));
  const double sx = double(set.width) / width, sy = double(set.height) / height;
  std::vector<unsigned char> frame(size_t(width) * height * 3);
  const int frames = int(seconds * kFps);
  const dvec3 lamp{0.0, 2.45, -2.0};
  for (int f = 0; f < frames; ++f) {
    const double t = f / double(kFps);
    const dvec3 ball = ballCentre(t);
    // The lamp breathes a little; now and then it flickers.
    const double flicker = 1.0 + 0.03 * std::sin(t * 2.3) - ((std::fmod(t, 7.3) < 0.12) ? 0.12 : 0.0);
    // Headlights cross the window from 13 s to 17 s.
    const double carX = (t >= 13.0 && t <= 17.0) ? -2.0 + (t - 13.0) / 4.0 * 4.0 : 1e9;
    for (int y = 0; y < height; ++y) {
      for (int x = 0; x < width; ++x) {
        const dvec3& d = dirs[size_t(y) * width + x];
        dvec3 c = sample(set, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5) * flicker;
        if (d.y < 0) {
          // The ball's soft shadow on the floor, fainter the higher it bounces.
          const double tf = -eye.y / d.y;
          const dvec3 p = eye + d * tf;
          const double r = std::hypot(p.x - ball.x, p.z - ball.z);
          const double shadow = std::clamp(1.0 - r / (kBallRadius * (1.2 + ball.y)), 0.0, 1.0) * (0.55 - 0.35 * ball.y);
          c *= 1.0 - shadow;
        }
        if (d.z < 0 && carX < 1e8) {
          // The headlights' glow on the window glass.
          const double tw = (kWindowZ - eye.z) / d.z;
          const dvec3 p = eye + d * tw;
          if (std::abs(p.x) < 1.3 && p.y > 0.9 && p.y < 2.7) {
            const double g = std::exp(-std::pow((p.x - carX) / 0.35, 2.0)) * std::exp(-std::pow((p.y - 1.1) / 0.5, 2.0));
            c += dvec3(1.0, 0.9, 0.7) * 0.8 * g;
          }
        }
        const double hit = hitBall(eye, d, ball);
        if (hit > 0) {
          const dvec3 p = eye + d * hit;
          const dvec3 n = glm::normalize(p - ball);
          const dvec3 l = glm::normalize(lamp - p);
          const double diffuse = std::max(0.0, glm::dot(n, l));
          const double rim = std::pow(1.0 - std::max(0.0, glm::dot(n, -d)), 3.0);
          c = dvec3(0.75, 0.08, 0.06) * (0.15 + 0.85 * diffuse) * flicker + dvec3(0.25) * rim * 0.3 +
              dvec3(1.0, 0.9, 0.7) * std::pow(std::max(0.0, glm::dot(glm::reflect(-l, n), -d)), 30.0) * 0.6;
        }
        unsigned char* o = &frame[(size_t(y) * width + x) * 3];
        for (int k = 0; k < 3; ++k) o[k] = static_cast<unsigned char>(std::clamp(c[k], 0.0, 1.0) * 255.0 + 0.5);
      }
    }
    if (std::fwrite(frame.data(), 1, frame.size(), pipe) != frame.size()) break;
  }
  if (pclose(pipe) != 0) {
    std::fprintf(stderr, "error: ffmpeg failed\n");
    return 1;
  }
  if (mp4Only) std::printf("wrote %s.mp4 (%d frames, %dx%d)\n", base.c_str(), frames, width, height);
  else std::printf("wrote %s.mp4 and %s.webm (%d frames, %dx%d)\n", base.c_str(), base.c_str(), frames, width, height);
  return 0;
}
