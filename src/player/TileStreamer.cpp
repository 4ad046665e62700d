#include "player/TileStreamer.h"

#include <algorithm>
#include <memory>

#include "core/source/Source.h"

namespace shotscape {

namespace {
std::tuple<const Scene*, int, int, int, int> key(const Scene& s, const TileId& t) { return {&s, t.level, t.face, t.x, t.y}; }

// Every tile of the coarsest level (a cube map: its six faces).
std::vector<TileId> coarsest(const CubeGeometry& g) {
  std::vector<TileId> out;
  for (int face = 0; face < 6; ++face)
    for (int y = 0; y < g.tilesAcross(0); ++y)
      for (int x = 0; x < g.tilesAcross(0); ++x) out.push_back({0, face, x, y});
  return out;
}

// The texels a tile must have: its level's tile size, or less for the last row and column; a cube
// map's faces (size unknown in advance) only need to be square.
bool rightSize(const CubeGeometry& g, const TileId& tile, const ImageInfo& image) {
  if (tile == kCubePreview) return image.height == 6 * image.width;
  const GeometryLevel& l = g.levels()[size_t(tile.level)];
  if (l.tileSize <= 0 || l.width <= 0) return image.width == image.height;
  const int w = std::min(l.tileSize, l.width - tile.x * l.tileSize), h = std::min(l.tileSize, l.width - tile.y * l.tileSize);
  return image.width == w && image.height == h;
}
} // namespace

TileStreamer::~TileStreamer() {
  for (const Request& r : inFlight_) platform_.cancelTile(r.id);
}

bool TileStreamer::busy(const Scene& scene, const TileId& tile) const {
  return std::any_of(inFlight_.begin(), inFlight_.end(), [&](const Request& r) { return r.scene == &scene && r.tile == tile; });
}

void TileStreamer::warnOnce(const Scene& scene, const std::string& kind, const std::string& message) {
  if (warned_.insert({&scene, kind}).second) platform_.warn(message);
}

void TileStreamer::request(Scene& scene, const TileId& tile, std::function<void()> arrived) {
  const Layer& layer = scene.layers()[0];
  const std::string url = layer.source.urlFor(tile);
  ++requested_;
  const auto settle = [this, &scene, tile] {
    inFlight_.erase(std::remove_if(inFlight_.begin(), inFlight_.end(), [&](const Request& r) { return r.scene == &scene && r.tile == tile; }),
                    inFlight_.end());
  };
  const auto release = [platform = &platform_](ImageInfo image) { platform->releaseImage(image.id); };
  const auto shared = std::make_shared<std::function<void()>>(std::move(arrived));
  const int id = platform_.loadTile(url, scene.baseUrl(), {
      nullptr, nullptr,
      scene.guard([this, &scene, tile, url, settle, shared](ImageInfo image) {
        settle();
        const CubeGeometry* g = scene.cube();
        if (!g || !rightSize(*g, tile, image)) {
          platform_.releaseImage(image.id);
          bad_.insert(key(scene, tile));
          ++failed_;
          warnOnce(scene, "size", "a tile of the wrong size (" + std::to_string(image.width) + "×" + std::to_string(image.height) +
                                      "), ignored; a coarser level stands in: " + url);
        } else {
          TextureStore& store = stage_.layer(scene);
          if (store.uploading(tile)) platform_.releaseImage(image.id);
          else store.deliver(tile, image);
        }
        if (*shared) (*shared)();
        loop_.invalidate();
      }, release),
      scene.guard([this, &scene, tile, settle, shared](FetchFailure failure) {
        settle();
        bad_.insert(key(scene, tile));
        ++failed_;
        const bool undecodable = failure.reason.find("decoded") != std::string::npos;
        warnOnce(scene, undecodable ? "decode" : "fetch",
                 std::string(undecodable ? "a tile could not be decoded" : "a tile could not be loaded") + " (" + failure.reason +
                     "); a coarser level stands in where it fails: " + failure.url);
        if (*shared) (*shared)();
        loop_.invalidate();
      })});
  inFlight_.push_back({&scene, tile, id});
}

void TileStreamer::start(Scene& scene, std::function<void()> done, std::function<void(FetchFailure)> failed) {
  if (!scene.cube()) return;
  if (scene.layers()[0].source.preview.empty()) return startCoarsest(scene, std::move(done), std::move(failed));
  // The preview alone is the first picture; should it fail, the coarsest level instead.
  request(scene, kCubePreview, scene.guard([this, &scene, done, failed] {
    if (stage_.layer(scene).tile(kCubePreview)) done();
    else startCoarsest(scene, done, failed);
  }));
}

void TileStreamer::startCoarsest(Scene& scene, std::function<void()> done, std::function<void(FetchFailure)> failed) {
  // The coarsest level's tiles (a cube map's six faces) are the first picture; the scene fails only
  // when none of them loads.
  const std::vector<TileId> base = coarsest(*scene.cube());
  auto left = std::make_shared<int>(int(base.size()));
  auto anyIn = std::make_shared<bool>(false);
  for (const TileId& t : base)
    request(scene, t, scene.guard([this, &scene, t, left, anyIn, done, failed, url = scene.layers()[0].source.urlFor(t)] {
      *anyIn = *anyIn || stage_.layer(scene).tile(t) != nullptr;
      if (--*left > 0) return;
      if (*anyIn) done();
      else failed({url, "none of the scene's faces could be loaded"});
    }));
}

void TileStreamer::stream(Scene& scene, const Projection& projection, double pixelRatio) {
  const CubeGeometry* g = scene.cube();
  if (!g || scene.load().status() == LoadStatus::Failed) return;
  const std::vector<TileId> wanted = g->visibleTiles(projection, g->levelFor(projection, pixelRatio));
  // Cancel what the view no longer shows (the first picture's requests are kept: level 0 and the preview).
  for (auto it = inFlight_.begin(); it != inFlight_.end();) {
    const bool stale = it->scene == &scene && it->tile.level > 0 && std::find(wanted.begin(), wanted.end(), it->tile) == wanted.end();
    if (stale) {
      platform_.cancelTile(it->id);
      ++cancelled_;
      it = inFlight_.erase(it);
    } else {
      ++it;
    }
  }
  const TextureStore& store = stage_.layer(scene);
  for (const TileId& tile : wanted) {
    if (int(inFlight_.size()) >= kMaxInFlight) break;
    if (store.tile(tile) || busy(scene, tile) || bad_.count(key(scene, tile))) continue;
    request(scene, tile);
  }
}

void TileStreamer::forget(const Scene& scene) {
  for (auto it = inFlight_.begin(); it != inFlight_.end();) {
    if (it->scene == &scene) {
      platform_.cancelTile(it->id);
      it = inFlight_.erase(it);
    } else {
      ++it;
    }
  }
  for (auto it = bad_.begin(); it != bad_.end();) it = std::get<0>(*it) == &scene ? bad_.erase(it) : std::next(it);
  for (auto it = warned_.begin(); it != warned_.end();) it = it->first == &scene ? warned_.erase(it) : std::next(it);
}

} // namespace shotscape
