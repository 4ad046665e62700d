#include "render/PanoramaTexture.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>

#include <GLES3/gl3.h>

namespace shotscape {

namespace {
constexpr GLenum kMaxAnisotropy = 0x84FE;     // GL_TEXTURE_MAX_ANISOTROPY_EXT
constexpr GLenum kMaxAnisotropyCap = 0x84FF;  // GL_MAX_TEXTURE_MAX_ANISOTROPY_EXT
// About 2 MB per strip: small enough that a strip never fills Chrome's transfer buffer and blocks.
constexpr int kPixelsPerStrip = 1 << 16;
} // namespace

TextureLimits TextureLimits::query() {
  // Asked once, while the GPU is idle: in a browser a glGet* is a synchronous round trip that
  // waits for every pending command (measured: 150 ms behind an 8192×4096 allocation).
  TextureLimits limits;
  const auto* extensions = reinterpret_cast<const char*>(glGetString(GL_EXTENSIONS));
  if (extensions && std::strstr(extensions, "texture_filter_anisotropic")) glGetFloatv(kMaxAnisotropyCap, &limits.maxAnisotropy);
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &limits.maxTextureSize);
  return limits;
}

PanoramaTexture::~PanoramaTexture() { reset(); }

void PanoramaTexture::reset() {
  if (fence_) glDeleteSync(static_cast<GLsync>(fence_));
  fence_ = nullptr;
  if (texture_) glDeleteTextures(1, &texture_);
  if (image_.id) platform_.releaseImage(image_.id);
  texture_ = 0;
  image_ = {};
  nextRow_ = 0;
  ready_ = false;
}

void PanoramaTexture::forget() {
  texture_ = 0;
  fence_ = nullptr;
  reset();
}

void PanoramaTexture::begin(const ImageInfo& image, bool wrapAround, bool tile) {
  assert(image.id && image.width > 0 && image.height > 0 && "PanoramaTexture::begin: needs a decoded image");
  reset();
  image_ = image;
  // A tile: one level (it is drawn at the level whose texels match the screen's pixels, so it is
  // never minified by 2× or more; no mip chain to generate on arrival).
  tile_ = tile;
  const int levels = tile ? 1 : 1 + static_cast<int>(std::floor(std::log2(std::max(image.width, image.height))));
  glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexStorage2D(GL_TEXTURE_2D, levels, GL_RGBA8, image.width, image.height);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, wrapAround ? GL_REPEAT : GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, tile ? GL_LINEAR : GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  if (limits_.maxAnisotropy > 1.0f && !tile) glTexParameterf(GL_TEXTURE_2D, kMaxAnisotropy, std::min(8.0f, limits_.maxAnisotropy));
  // (A whole 656² tile in one call costs SwiftShader ~33 ms: tiles go in quarters.)
  rowsPerStrip_ = tile ? std::max(1, (image.height + 3) / 4) : std::clamp(kPixelsPerStrip / image.width, 8, image.height);
}

bool PanoramaTexture::uploadStep(double budgetMs) {
  if (!uploading()) return ready_;
  // Feed the GPU only once it has consumed the previous batch. Without this, uploads queue up in
  // the browser's transfer buffer and the next texSubImage2D blocks the main thread until the GPU
  // process catches up (measured: 50–100 ms stalls on SwiftShader). The status query does not
  // wait: WebGL answers it from state updated between tasks.
  if (fence_) {
    GLint status = GL_UNSIGNALED;
    glGetSynciv(static_cast<GLsync>(fence_), GL_SYNC_STATUS, 1, nullptr, &status);
    if (status != GL_SIGNALED) return false;
    glDeleteSync(static_cast<GLsync>(fence_));
    fence_ = nullptr;
  }
  const double start = platform_.nowMs();
  double stripMs = 0.0;
  // At least one strip per frame; stop when another strip as slow as the last would overrun.
  do {
    const int rows = std::min(rowsPerStrip_, image_.height - nextRow_);
    const double stripStart = platform_.nowMs();
    platform_.uploadImageRows(image_.id, texture_, nextRow_, rows);
    stripMs = platform_.nowMs() - stripStart;
    longestStripMs_ = std::max(longestStripMs_, stripMs);
    nextRow_ += rows;
  } while (nextRow_ < image_.height && platform_.nowMs() - start + stripMs < budgetMs);
  if (nextRow_ < image_.height) {
    fence_ = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
    return false;
  }

  if (!tile_) {
    glBindTexture(GL_TEXTURE_2D, texture_);
    glGenerateMipmap(GL_TEXTURE_2D);
  }
  platform_.releaseImage(image_.id);
  image_.id = 0;
  ready_ = true;
  return true;
}

} // namespace shotscape
