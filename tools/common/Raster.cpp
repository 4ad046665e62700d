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
