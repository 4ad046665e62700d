// shotscape-make-influence-clip SHOT OUT.mp4 [--still OUT.jpg]
//
// Renders a short synthetic "classic shot" for the demo's influence panels — the kind of shot an
// auteur is remembered for — as a 4-second black-and-white H.264/AAC MP4 (480×270, 24 fps, film
// grain, a vignette, and a quiet score tone), encoded by piping raw frames into ffmpeg. SHOT is:
//   corridor  a dolly zoom down a hallway: the far door keeps its size while the walls stretch
//   windows   a night facade whose windows light up one by one, with a slow push in
//   lamp      a pendant lamp swinging over a table, its pool of light sweeping the room
// --still also writes the middle frame as a JPEG (for image influences and posters).
// Deterministic: the same arguments give the same frames.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <string>
#include <vector>

#include "common/Raster.h"

using namespace shotscape::tools;

namespace {

constexpr int kWidth = 480;
constexpr int kHeight = 270;
constexpr int kFps = 24;
constexpr double kSeconds = 4.0;

// A small deterministic hash for grain and window patterns.
double hash(std::uint32_t x) {
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  x ^= x >> 16;
  return (x & 0xffffff) / double(0x1000000);
}

double smooth(double e0, double e1, double x) {
  const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
  return t * t * (3 - 2 * t);
}

// The dolly zoom: the camera pulls back down the corridor while the lens narrows so the door at
// its end stays the same size; walls, floor and ceiling are ray cast in a box.
double corridor(double u, double v, double t) {
  const double k = t / kSeconds;
  const double camZ = 2.0 + 10.0 * k;                  // distance from the camera to the end wall... grows
  const double doorDistance = 14.0 - camZ + 2.0;       // end wall at z = 16
  const double focal = 1.1 * doorDistance / 6.0;       // keeps the door's size on screen constant
  const double dx = u / focal, dy = v / focal;
  const double z0 = 16.0 - doorDistance;
  // Distances to the planes x = ±1.2, y = -1 (floor), y = 1.3 (ceiling), z = 16 (end wall).
  double s = 1e9;
  int surface = 0;
  auto hit = [&](double d, int id) {
    if (d > 0 && d < s) {
      s = d;
      surface = id;
    }
  };
  if (dx != 0) hit(1.2 / std::abs(dx), 1);
  if (dy < 0) hit(1.0 / -dy, 2);
  if (dy > 0) hit(1.3 / dy, 3);
  hit(16.0 - z0, 4);
  const double x = dx * s, y = dy * s, z = z0 + s;
  double c = 0.0;
  if (surface == 4) {
    const bool door = std::abs(x) < 0.45 && y < 0.9;
    c = door ? 0.18 + 0.05 * (std::abs(x) > 0.4) : 0.55;
    if (door && std::abs(x - 0.3) < 0.04 && std::abs(y - 0.0) < 0.04) c = 0.8;
  } else if (surface == 1) {
    const double panel = std::fmod(z + 100.0, 2.0);
    c = panel < 0.08 ? 0.25 : 0.5 - 0.1 * (y < -0.3);
    const double doorway = std::fmod(z + 100.0, 4.0);
    if (doorway > 1.2 && doorway < 2.0 && y < 0.8) c = 0.12;
  } else if (surface == 2) {
    c = (int(std::floor(z * 1.5)) + int(std::floor(x * 1.5 + 10))) % 2 ? 0.32 : 0.42;
  } else {
    const double lamp = std::fmod(z + 100.0, 3.0);
    c = lamp < 0.4 && std::abs(x) < 0.25 ? 1.0 : 0.3;
  }
  // Light falls off with distance from the lamps overhead.
  return c * (0.45 + 0.55 * std::exp(-s * 0.06));
}

// A night facade: a grid of windows, each switching on at its own moment, the camera pushing in.
double windows(double u, double v, double t) {
  const double zoom = 1.0 + 0.12 * t / kSeconds;
  const double x = u / zoom * 9.0 + 20.0, y = v / zoom * 9.0 + 10.0;
  const int col = int(std::floor(x)), row = int(std::floor(y));
  const double fx = x - col, fy = y - row;
  const bool glass = fx > 0.2 && fx < 0.8 && fy > 0.25 && fy < 0.85;
  const double r = hash(std::uint32_t(col * 7919 + row * 104729));
  double c = 0.08 + 0.02 * hash(std::uint32_t(col * 31 + row * 17 + 3));
  if (glass) {
    const bool on = r < 0.35 || t > 0.4 + r * 4.5;
    const double flicker = on ? 0.75 + 0.2 * hash(std::uint32_t(col + row * 977 + 11)) : 0.03;
    c = flicker * (0.85 + 0.15 * std::sin(fy * 9.0));
    // A figure crosses one lit window.
    if (col == 20 && row == 10 && on && std::abs(fx - std::fmod(t * 0.25, 1.0)) < 0.08 && fy > 0.45) c = 0.05;
  }
  if (v < -0.9 + 0.05 * std::sin(u * 3.0)) c = 0.02; // the street below in shadow
  return c;
}

// A pendant lamp swinging over a table; its pool of light sweeps across the room.
double lamp(double u, double v, double t) {
  const double angle = 0.35 * std::sin(t * 2.0 * 3.14159265 / 2.6);
  const double pivotX = 0.0, pivotY = 1.05, length = 0.85;
  const double lx = pivotX + std::sin(angle) * length, ly = pivotY - std::cos(angle) * length;
  double c = 0.06;
  // The light on the back wall and the table: brightest under the lamp.
  const double d = std::hypot((u - lx) * 0.8, (v - ly) * 1.4);
  c += 0.7 * std::exp(-d * d * 2.5);
  // The table top and its legs, lit from above.
  if (v < -0.35 && v > -0.42 && std::abs(u) < 0.9) c = 0.25 + 0.6 * std::exp(-std::pow(u - lx * 1.3, 2) * 3.0);
  if (v < -0.42 && (std::abs(u - 0.8) < 0.03 || std::abs(u + 0.8) < 0.03)) c = 0.05;
  // The cord and the shade.
  const double along = ((u - pivotX) * std::sin(angle) - (v - pivotY) * std::cos(angle));
  const double across = ((u - pivotX) * std::cos(angle) + (v - pivotY) * std::sin(angle));
  if (along > 0 && along < length - 0.12 && std::abs(across) < 0.006) c = 0.1;
  if (along > length - 0.14 && along < length && std::abs(across) < 0.05 + (along - length + 0.14) * 1.2) c = 0.16;
  if (std::hypot(u - lx, v - ly) < 0.035) c = 1.0;
  return c;
}

double shade(const std::string& shot, double u, double v, double t) {
  if (shot == "corridor") return corridor(u, v, t);
  if (shot == "windows") return windows(u, v, t);
  return lamp(u, v, t);
}

void renderFrame(const std::string& shot, int frame, Raster& out) {
  const double t = frame / double(kFps);
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      // u in [-aspect, aspect], v in [-1, 1] up; 2×2 supersampling.
      double sum = 0.0;
      for (int s = 0; s < 4; ++s) {
        const double u = ((x + 0.25 + 0.5 * (s & 1)) / kWidth * 2.0 - 1.0) * kWidth / double(kHeight);
        const double v = 1.0 - (y + 0.25 + 0.5 * (s >> 1)) / kHeight * 2.0;
        sum += shade(shot, u, v, t);
      }
      double c = sum / 4.0;
      const double r = std::hypot((x - kWidth * 0.5) / kWidth, (y - kHeight * 0.5) / kHeight);
      c *= 1.0 - smooth(0.3, 0.75, r) * 0.7;                                                 // vignette
      // Grain, coarse (2×2 pixels) and subtle: real grain would cost the encoder most of its bits.
      c += (hash(std::uint32_t(x / 2 + (y / 2) * kWidth + frame * 7777777)) - 0.5) * 0.035;
      const float g = float(std::clamp(std::pow(std::clamp(c, 0.0, 1.0), 0.9), 0.0, 1.0));
      // A faint warm tint, like a print.
      out.set(x, y, {g, g * 0.97f, g * 0.92f});
    }
  }
}

const char* toneFor(const std::string& shot) {
  if (shot == "corridor") return "0.12*sin(2*PI*196*t)*(0.6+0.4*sin(2*PI*0.5*t))+0.06*sin(2*PI*293.7*t)";
  if (shot == "windows") return "0.10*sin(2*PI*261.6*t)*(0.5+0.5*sin(2*PI*0.25*t))+0.05*sin(2*PI*392*t)";
  return "0.12*sin(2*PI*220*t)*(0.5+0.5*sin(2*PI*t/2.6))+0.05*sin(2*PI*329.6*t)";
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s corridor|windows|lamp OUT.mp4 [--still OUT.jpg]\n", argv[0]);
    return 2;
  }
  const std::string shot = argv[1];
  if (shot != "corridor" && shot != "windows" && shot != "lamp") {
    std::fprintf(stderr, "error: unknown shot \"%s\"; expected corridor, windows or lamp\n", shot.c_str());
    return 2;
  }
  const std::string out = argv[2];
  std::string still;
  if (argc >= 5 && std::string(argv[3]) == "--still") still = argv[4];
  const std::string command = std::string("ffmpeg -v error -y -f rawvideo -pix_fmt rgb24 -s ") +
                              std::to_string(kWidth) + "x" + std::to_string(kHeight) + " -r " + std::to_string(kFps) +
                              " -i - -f lavfi -i \"aevalsrc='" + toneFor(shot) + "':s=22050:d=" +
                              std::to_string(int(kSeconds)) +
                              "\" -c:v libx264 -preset slow -crf 32 -pix_fmt yuv420p -profile:v main"
                              " -c:a aac -b:a 32k -ac 1 -shortest -movflags +faststart \"" + out + "\"";
  FILE* pipe = popen(command.c_str(), "w");
  if (!pipe) {
    std::fprintf(stderr, "error: could not start ffmpeg\n");
    return 1;
  }
  Raster frame(kWidth, kHeight);
  const int frames = int(kSeconds * kFps);
  for (int i = 0; i < frames; ++i) {
    renderFrame(shot, i, frame);
    if (std::fwrite(frame.pixels.data(), 1, frame.pixels.size(), pipe) != frame.pixels.size()) break;
    if (i == frames / 2 && !still.empty() && !frame.writeJpeg(still, 82)) {
      pclose(pipe);
      return 1;
    }
  }
  if (pclose(pipe) != 0) {
    std::fprintf(stderr, "error: ffmpeg failed writing %s\n", out.c_str());
    return 1;
  }
  std::printf("wrote %s (%d frames)%s%s\n", out.c_str(), frames, still.empty() ? "" : " and ", still.c_str());
  return 0;
}
