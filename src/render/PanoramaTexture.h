#pragma once
// The equirectangular image as one GL texture, filled in strips so no single frame blocks the main
// thread for long.
//
// Protocol: begin(image) allocates immutable storage with a full mip chain; then, once per frame,
// uploadStep(budgetMs) copies as many rows as fit the time budget (at least one strip, and none
// while the GPU has not yet consumed the previous frame's strips) and returns
// true when the last row is in, at which point the mip chain is generated and ready() turns true.
// The texture is never sampled before ready(). reset() frees everything (also the decoded image).

#include <cstdint>
#include <functional>

#include "platform/Platform.h"

namespace shotscape {

// What the GPU allows, asked once per context (a glGet* is a synchronous round trip in a browser).
struct TextureLimits {
  float maxAnisotropy = 1.0f;
  int maxTextureSize = 4096;
  static TextureLimits query();
};

class PanoramaTexture {
 public:
  PanoramaTexture(Platform& platform, const TextureLimits& limits) : platform_(platform), limits_(limits) {}
  ~PanoramaTexture();
  PanoramaTexture(const PanoramaTexture&) = delete;
  PanoramaTexture& operator=(const PanoramaTexture&) = delete;

  // `wrapAround`: an equirect's left and right edges meet (else every edge clamps: tiles, faces).
  // `tile`: a cube layer's tile — one mip level, uploaded in quarters (see begin()).
  void begin(const ImageInfo& image, bool wrapAround = true, bool tile = false);
  bool mipmapped() const { return !tile_; }
  bool uploadStep(double budgetMs);
  void reset();
  // After a context loss: forgets the GL names (dead with the old context) and the upload state,
  // releasing the decoded image, without any GL call.
  void forget();

  bool uploading() const { return image_.id != 0 && !ready_; }
  bool ready() const { return ready_; }
  double progress() const { return image_.height ? static_cast<double>(nextRow_) / image_.height : 0.0; }
  std::uint32_t texture() const { return texture_; }
  int width() const { return image_.width; }
  int height() const { return image_.height; }
  // The longest single strip upload so far, ms (for the benchmark's stats).
  double longestStripMs() const { return longestStripMs_; }

 private:
  Platform& platform_;
  ImageInfo image_{};
  std::uint32_t texture_ = 0;
  int nextRow_ = 0;
  int rowsPerStrip_ = 64;
  bool ready_ = false;
  bool tile_ = false;
  TextureLimits limits_;
  void* fence_ = nullptr; // GLsync after the last batch of strips; the next waits for it
  double longestStripMs_ = 0.0;
};

} // namespace shotscape
