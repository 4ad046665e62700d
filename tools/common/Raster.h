#pragma once
// An 8-bit RGB image in memory, its JPEG writer (stb_image_write) and an image reader (stb_image),
// both from Debian libstb-dev, shared by the content tools.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

namespace shotscape::tools {

struct Rgb {
  float r = 0, g = 0, b = 0;
};

struct Raster {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels; // RGB, row-major, top row first

  Raster(int w, int h) : width(w), height(h), pixels(static_cast<size_t>(w) * h * 3, 0) {}
  void set(int x, int y, Rgb c);
  // Returns false (and prints why) when the file cannot be written.
  bool writeJpeg(const std::string& path, int quality) const;
};

// A decoded 8-bit RGB image (JPEG or PNG, stb_image).
struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels; // RGB, row-major, top row first
};
// Empty (and prints why) when the file cannot be read or decoded.
std::optional<Image> readImage(const std::string& path);
// Bilinear sample (channels 0–255) at pixel coordinates (integers are pixel centres), wrapping
// around horizontally as an equirectangular image does at its seam, clamped vertically.
glm::dvec3 sampleWrapped(const Image& image, double x, double y);

// Runs fn(y) for every row on all cores.
void forEachRow(int height, void (*fn)(int y, void* context), void* context);

} // namespace shotscape::tools
