#pragma once
// One layer's textures: which tiles of its Geometry are on the GPU, which are on their way, and
// what may go (Marzipano's TextureStore). Today's layers are equirectangular, one tile per level:
// level 0 is the small preview (or a video's poster), level 1 the full panorama; a tiled geometry
// brings many tiles per level through the same protocol.
//
// Per-frame protocol (the Stage runs it for the layer it draws):
//   1. want(tiles): the tiles the view needs this frame (Geometry::visibleTiles at the level it
//      chose), now the most recently used.
//   2. deliver(tile, image), any time between frames: the loader hands over decoded pixels; the
//      store allocates the tile's texture (immutable storage, a full mip chain) and queues it.
//   3. uploadStep(budgetMs): copies rows of queued tiles within the time budget; true while any
//      remain (the frame loop asks for another frame).
//   4. drawable(): the finest resident tile (resident: its last row and its mip chain are in).
//   5. evict(): frees the least recently wanted resident tiles above level 0 while the store holds
//      more than its GPU memory budget. Level 0 is never evicted: there is always something to draw.
// Misuse asserts naming the function: a tile outside the store's levels, or delivered again while
// it uploads. forget() after a lost context drops every GL name without a GL call.

#include <list>
#include <memory>
#include <vector>

#include "core/geometry/Geometry.h"
#include "platform/Platform.h"
#include "render/PanoramaTexture.h"

namespace shotscape {

class TextureStore {
 public:
  // `levels`: how many the layer's geometry has; `budgetBytes`: the GPU memory the store may hold
  // (RGBA8 with mip chains: 4/3 of the base level).
  // `cube`: a cube or tiled layer — every tile's edges clamp (no wrap), and level -1 holds its
  // preview strip (kCubePreview), never evicted.
  TextureStore(Platform& platform, int levels, double budgetBytes = 256.0 * 1024 * 1024, bool cube = false);
  TextureStore(const TextureStore&) = delete;
  TextureStore& operator=(const TextureStore&) = delete;

  // The GPU's limits, asked by the Stage once per context.
  void setLimits(const TextureLimits& limits) { limits_ = limits; }
  int maxTextureSize() const { return limits_.maxTextureSize; }

  void want(const std::vector<TileId>& tiles);
  void deliver(const TileId& tile, const ImageInfo& image);
  bool uploadStep(double budgetMs);
  void evict();
  void drop(const TileId& tile); // e.g. a video's poster once its first frame shows
  void reset();                  // everything
  void forget();                 // after a context loss

  const PanoramaTexture* drawable() const;
  // A delivered tile, resident or uploading (nullptr: none).
  const PanoramaTexture* tile(const TileId& tile) const;
  bool resident(const TileId& tile) const;
  bool uploading(const TileId& tile) const;
  bool uploading() const;
  double progress(const TileId& tile) const; // [0, 1]
  double residentBytes() const; // GPU memory held: resident and uploading tiles (storage is allocated on delivery)
  double budgetBytes() const { return budgetBytes_; }
  void setBudgetBytes(double bytes) { budgetBytes_ = bytes; }
  int residentCount() const;
  double longestStripMs() const { return longestStripMs_; }

 private:
  struct Tile {
    TileId id;
    std::unique_ptr<PanoramaTexture> texture;
  };
  Tile* find(const TileId& tile);
  const Tile* find(const TileId& tile) const;

  Platform& platform_;
  [[maybe_unused]] int levels_; // (asserts only)
  double budgetBytes_;
  bool cube_ = false;
  TextureLimits limits_;
  std::list<Tile> tiles_; // most recently wanted first
  double longestStripMs_ = 0.0;
};

} // namespace shotscape
