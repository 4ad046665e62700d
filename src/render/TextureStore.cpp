#include "render/TextureStore.h"

#include <algorithm>
#include <limits>
#include <cassert>

namespace shotscape {

namespace {
double bytesOf(const PanoramaTexture& t) { return double(t.width()) * t.height() * 4.0 * (t.mipmapped() ? 4.0 / 3.0 : 1.0); }
} // namespace

TextureStore::TextureStore(Platform& platform, int levels, double budgetBytes, bool cube)
    : platform_(platform), levels_(levels), budgetBytes_(budgetBytes), cube_(cube) {}

TextureStore::Tile* TextureStore::find(const TileId& tile) {
  for (auto& t : tiles_)
    if (t.id == tile) return &t;
  return nullptr;
}

const TextureStore::Tile* TextureStore::find(const TileId& tile) const { return const_cast<TextureStore*>(this)->find(tile); }

void TextureStore::want(const std::vector<TileId>& tiles) {
  // Most recently wanted first: move each wanted tile to the front, keeping their order.
  for (auto it = tiles.rbegin(); it != tiles.rend(); ++it) {
    const auto at = std::find_if(tiles_.begin(), tiles_.end(), [&](const Tile& t) { return t.id == *it; });
    if (at != tiles_.end()) tiles_.splice(tiles_.begin(), tiles_, at);
  }
}

void TextureStore::deliver(const TileId& tile, const ImageInfo& image) {
  assert(tile.level >= (cube_ ? -1 : 0) && tile.level < levels_ && "TextureStore::deliver: the tile is outside the store's levels");
  Tile* existing = find(tile);
  assert(!(existing && existing->texture->uploading()) && "TextureStore::deliver: the tile is already uploading");
  if (!existing) {
    tiles_.push_front(Tile{tile, std::make_unique<PanoramaTexture>(platform_, limits_)});
    existing = &tiles_.front();
  }
  existing->texture->begin(image, !cube_, cube_);
}

bool TextureStore::uploadStep(double budgetMs) {
  // Coarse levels first: the preview shows before the full image is in; among equals the most
  // recently wanted (the list's order). A cube layer's: tile after tile while the budget lasts
  // (its tiles are small: one per frame would take a second to fill a view).
  const double start = platform_.nowMs();
  for (;;) {
    Tile* next = nullptr;
    for (auto& t : tiles_)
      if (t.texture->uploading() && (!next || t.id.level < next->id.level)) next = &t;
    if (!next) return false;
    const double before = next->texture->progress();
    const double left = budgetMs - (platform_.nowMs() - start);
    next->texture->uploadStep(std::max(0.0, left));
    longestStripMs_ = std::max(longestStripMs_, next->texture->longestStripMs());
    // Stop when the budget is spent, or the texture waits for the GPU (no rows went in).
    if (next->texture->uploading() && (next->texture->progress() == before || platform_.nowMs() - start >= budgetMs)) break;
    if (!cube_ || platform_.nowMs() - start >= budgetMs) break;
  }
  if (cube_) evict(); // a tile just in may have taken the store over its budget
  return uploading();
}

void TextureStore::evict() {
  double bytes = residentBytes();
  for (auto it = tiles_.rbegin(); it != tiles_.rend() && bytes > budgetBytes_;) {
    if (it->id.level > 0 && it->texture->ready()) {
      bytes -= bytesOf(*it->texture);
      it = std::make_reverse_iterator(tiles_.erase(std::next(it).base()));
    } else {
      ++it;
    }
  }
}

void TextureStore::drop(const TileId& tile) {
  tiles_.remove_if([&](const Tile& t) { return t.id == tile; });
}

void TextureStore::reset() { tiles_.clear(); }

void TextureStore::forget() {
  for (auto& t : tiles_) t.texture->forget();
  tiles_.clear();
}

const PanoramaTexture* TextureStore::drawable() const {
  const PanoramaTexture* best = nullptr;
  int level = std::numeric_limits<int>::min(); // a cube's preview is level −1: it counts too
  for (const auto& t : tiles_)
    if (t.texture->ready() && t.id.level > level) {
      best = t.texture.get();
      level = t.id.level;
    }
  return best;
}

const PanoramaTexture* TextureStore::tile(const TileId& tile) const {
  const Tile* t = find(tile);
  return t ? t->texture.get() : nullptr;
}

bool TextureStore::resident(const TileId& tile) const {
  const Tile* t = find(tile);
  return t && t->texture->ready();
}

bool TextureStore::uploading(const TileId& tile) const {
  const Tile* t = find(tile);
  return t && t->texture->uploading();
}

bool TextureStore::uploading() const {
  return std::any_of(tiles_.begin(), tiles_.end(), [](const Tile& t) { return t.texture->uploading(); });
}

double TextureStore::progress(const TileId& tile) const {
  const Tile* t = find(tile);
  return !t ? 0.0 : t->texture->ready() ? 1.0 : t->texture->progress();
}

int TextureStore::residentCount() const {
  return int(std::count_if(tiles_.begin(), tiles_.end(), [](const Tile& t) { return t.texture->ready(); }));
}

double TextureStore::residentBytes() const {
  // Storage is allocated when a tile is delivered: uploading tiles hold their memory too.
  double bytes = 0.0;
  for (const auto& t : tiles_)
    if (t.texture->ready() || t.texture->uploading()) bytes += bytesOf(*t.texture);
  return bytes;
}

} // namespace shotscape
