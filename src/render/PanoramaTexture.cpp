#include "render/PanoramaTexture.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include <GLES3/gl3.h>

namespace shotscape {

namespace {
constexpr GLenum kMaxAnisotropy = 0x84FE;     // GL_TEXTURE_MAX_ANISOTROPY_EXT
constexpr GLenum kMaxAnisotropyCap = 0x84FF;  // GL_MAX_TEXTURE_MAX_ANISOTROPY_EXT
// About 4 MB of pixels per strip to start with; adapted to the measured speed afterwards.
constexpr int kStartPixelsPerStrip = 1 << 20;
} // namespace

PanoramaTexture::~PanoramaTexture() { reset(); }

void PanoramaTexture::reset() {
  if (texture_) glDeleteTextures(1, &texture_);
  if (image_.id) platform_.releaseImage(image_.id);
  texture_ = 0;
  image_ = {};
  nextRow_ = 0;
  ready_ = false;
}

void PanoramaTexture::begin(const ImageInfo& image) {
  assert(image.id && image.width > 0 && image.height > 0 && "PanoramaTexture::begin: needs a decoded image");
  reset();
  image_ = image;
  const int levels = 1 + static_cast<int>(std::floor(std::log2(std::max(image.width, image.height))));
  glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexStorage2D(GL_TEXTURE_2D, levels, GL_RGBA8, image.width, image.height);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  GLfloat maxAniso = 0.0f;
  glGetFloatv(kMaxAnisotropyCap, &maxAniso);
  if (glGetError() == GL_NO_ERROR && maxAniso > 1.0f) glTexParameterf(GL_TEXTURE_2D, kMaxAnisotropy, std::min(8.0f, maxAniso));
  rowsPerStrip_ = std::clamp(kStartPixelsPerStrip / image.width, 8, image.height);
}

bool PanoramaTexture::uploadStep(double budgetMs) {
  if (!uploading()) return ready_;
  const double start = platform_.nowMs();
  double elapsed = 0.0;
  do {
    const int rows = std::min(rowsPerStrip_, image_.height - nextRow_);
    const double stripStart = platform_.nowMs();
    platform_.uploadImageRows(image_.id, texture_, nextRow_, rows);
    const double stripMs = platform_.nowMs() - stripStart;
    longestStripMs_ = std::max(longestStripMs_, stripMs);
    nextRow_ += rows;
    // Aim each strip at a third of the budget, so a frame holds a few and never overruns much.
    if (stripMs > 0.05) {
      const double rowsPerMs = rows / stripMs;
      rowsPerStrip_ = std::clamp(static_cast<int>(rowsPerMs * budgetMs / 3.0), 8, image_.height);
    }
    elapsed = platform_.nowMs() - start;
  } while (nextRow_ < image_.height && elapsed + 0.5 < budgetMs);

  if (nextRow_ < image_.height) return false;
  glBindTexture(GL_TEXTURE_2D, texture_);
  glGenerateMipmap(GL_TEXTURE_2D);
  platform_.releaseImage(image_.id);
  image_.id = 0;
  ready_ = true;
  return true;
}

} // namespace shotscape
