#include "render/TextCache.h"

#include <cstdio>
#include <vector>

#include <GLES3/gl3.h>

namespace shotscape {

namespace {
std::string keyOf(std::string_view text, const TextStyle& s) {
  char head[64];
  const int n = std::snprintf(head, sizeof head, "%.2f|%d|%.1f|%d|%d|", s.px, s.weight, s.maxWidth, s.center ? 1 : 0,
                              static_cast<int>(s.family));
  std::string key(head, static_cast<std::size_t>(n));
  key.append(text);
  return key;
}

// At most `max` bytes of `text`, cut at a code point boundary, with "…" when cut.
std::string_view cut(std::string_view text, std::size_t max, std::string& storage) {
  if (text.size() <= max) return text;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  storage.assign(text.substr(0, end));
  storage += "…";
  return storage;
}
} // namespace

TextCache::~TextCache() { clear(true); }

void TextCache::clear(bool deleteTextures) {
  if (deleteTextures) {
    std::vector<GLuint> textures;
    for (auto& [key, e] : entries_) textures.push_back(e.run.texture);
    if (!textures.empty()) glDeleteTextures(static_cast<GLsizei>(textures.size()), textures.data());
  }
  entries_.clear();
  bytes_ = 0;
}

void TextCache::forget() { clear(false); }

void TextCache::beginPass(float pixelRatio) {
  if (pixelRatio != pixelRatio_) clear(true);
  pixelRatio_ = pixelRatio;
  ++pass_;
}

void TextCache::endPass() {
  std::vector<GLuint> gone;
  for (auto it = entries_.begin(); it != entries_.end();) {
    const Entry& e = it->second;
    if (e.lastPass != pass_ && (bytes_ > kBudgetBytes || pass_ - e.lastPass > kIdleRuns)) {
      gone.push_back(e.run.texture);
      bytes_ -= e.bytes;
      it = entries_.erase(it);
    } else {
      ++it;
    }
  }
  if (!gone.empty()) glDeleteTextures(static_cast<GLsizei>(gone.size()), gone.data());
}

std::optional<TextRun> TextCache::run(std::string_view text, const TextStyle& style) {
  if (failed_ || !rasterizer_ || pixelRatio_ <= 0.0f) return std::nullopt;
  std::string storage;
  text = cut(text, kMaxChars, storage);
  const std::string key = keyOf(text, style);
  if (auto it = entries_.find(key); it != entries_.end()) {
    it->second.lastPass = pass_;
    return it->second.run;
  }
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  TextRaster raster;
  if (!rasterizer_(text, style, pixelRatio_, texture, raster) || raster.width <= 0 || raster.height <= 0) {
    glDeleteTextures(1, &texture);
    failed_ = true; // no host text: every later string goes to ImGui too (one look, not a mix)
    return std::nullopt;
  }
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  ++rasterized_;
  Entry e;
  const float r = pixelRatio_;
  e.run.texture = texture;
  e.run.textureWidth = static_cast<float>(raster.width) / r;
  e.run.textureHeight = static_cast<float>(raster.height) / r;
  e.run.pad = static_cast<float>(raster.pad) / r;
  e.run.width = static_cast<float>(raster.width - 2 * raster.pad) / r;
  e.run.height = e.run.textureHeight;
  e.bytes = static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(raster.height) * 4u;
  e.lastPass = pass_;
  bytes_ += e.bytes;
  return entries_.emplace(key, e).first->second.run;
}

} // namespace shotscape
