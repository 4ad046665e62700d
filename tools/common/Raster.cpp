#include "common/Raster.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#include <stb/stb_image.h>

namespace shotscape::tools {

namespace {
std::uint8_t toByte(float linear) {
  // Linear light to sRGB-ish gamma, then 8 bits.
  const float c = std::pow(std::clamp(linear, 0.0f, 1.0f), 1.0f / 2.2f);
  return static_cast<std::uint8_t>(std::lround(c * 255.0f));
}
} // namespace

void Raster::set(int x, int y, Rgb c) {
  auto* p = &pixels[(static_cast<size_t>(y) * width + x) * 3];
  p[0] = toByte(c.r);
  p[1] = toByte(c.g);
  p[2] = toByte(c.b);
}

std::optional<Image> readImage(const std::string& path) {
  int w = 0, h = 0, channels = 0;
  std::uint8_t* data = stbi_load(path.c_str(), &w, &h, &channels, 3);
  if (!data) {
    std::fprintf(stderr, "%s: cannot decode (%s)\n", path.c_str(), stbi_failure_reason());
    return std::nullopt;
  }
  Image image{w, h, std::vector<std::uint8_t>(data, data + static_cast<size_t>(w) * h * 3)};
  stbi_image_free(data);
  return image;
}

glm::dvec3 sampleWrapped(const Image& image, double x, double y) {
  y = std::clamp(y, 0.0, image.height - 1.0);
  const double fx = x - std::floor(x), fy = y - std::floor(y);
  const int w = image.width, x0 = ((int(std::floor(x)) % w) + w) % w, x1 = (x0 + 1) % w;
  const int y0 = int(y), y1 = std::min(y0 + 1, image.height - 1);
  auto at = [&](int px, int py) {
    const std::uint8_t* p = &image.pixels[(size_t(py) * w + px) * 3];
    return glm::dvec3(p[0], p[1], p[2]);
  };
  const glm::dvec3 top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx, bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
  return top * (1 - fy) + bottom * fy;
}

bool Raster::writeJpeg(const std::string& path, int quality) const {
  if (!stbi_write_jpg(path.c_str(), width, height, 3, pixels.data(), quality)) {
    std::fprintf(stderr, "error: could not write %s\n", path.c_str());
    return false;
  }
  return true;
}

void forEachRow(int height, void (*fn)(int, void*), void* context) {
  std::atomic<int> next{0};
  const unsigned n = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < n; ++t)
    threads.emplace_back([&] {
      for (int y = next++; y < height; y = next++) fn(y, context);
    });
  for (auto& t : threads) t.join();
}

} // namespace shotscape::tools
