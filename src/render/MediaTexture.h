#pragma once
// A GL texture that shows a media element: the current frame of a video (updated in place, only
// when the browser presented a new one) or a still image (uploaded once). The overlay draws it as
// an ImGui image. Owns its GL name; forget() after a context loss drops it without GL calls.

#include <cstdint>

#include "platform/Platform.h"

namespace shotscape {

class MediaTexture {
 public:
  MediaTexture() = default;
  ~MediaTexture();
  MediaTexture(const MediaTexture&) = delete;
  MediaTexture& operator=(const MediaTexture&) = delete;

  // Copies a new frame of `media` if there is one; true when the texture changed.
  bool update(Platform& platform, int media);
  void reset();
  void forget();

  bool ready() const { return width_ > 0; }
  std::uint32_t texture() const { return texture_; }
  int width() const { return width_; }
  int height() const { return height_; }
  long uploads() const { return uploads_; }

 private:
  std::uint32_t texture_ = 0;
  int width_ = 0;
  int height_ = 0;
  long uploads_ = 0;
};

} // namespace shotscape
