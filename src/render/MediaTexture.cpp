#include "render/MediaTexture.h"

#include <GLES3/gl3.h>

#include "render/GlProgram.h"

namespace shotscape {

MediaTexture::~MediaTexture() { reset(); }

bool MediaTexture::update(Platform& platform, int media) {
  if (!texture_) texture_ = createLinearTexture();
  int w = 0, h = 0;
  if (!platform.uploadMediaFrame(media, texture_, w, h)) return false;
  width_ = w;
  height_ = h;
  ++uploads_;
  return true;
}

void MediaTexture::reset() {
  if (texture_) glDeleteTextures(1, &texture_);
  forget();
}

void MediaTexture::forget() {
  texture_ = 0;
  width_ = height_ = 0;
}

} // namespace shotscape
