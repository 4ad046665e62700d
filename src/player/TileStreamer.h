#pragma once
// Brings a cube layer's pixels (cube maps, tiled multires panoramas) into the Stage's texture store
// for its scene: first the preview strip (or, without one, the coarsest level: the scene's first
// picture), then, each frame, the tiles the last drawn view needed at the level the screen needs —
// nearest the view's centre first, a few downloads at a time (decoded off the main thread by the
// platform), requests for tiles that left the view cancelled. Intermediate levels are never
// fetched: the preview stands in until the sharp tile lands, so the bytes until a sharp view are
// the visible tiles' and the preview's.
//
// Bad tiles — a failed download (404…), an undecodable file, a tile of the wrong size — are never
// retried in the scene's life; a coarser level (or the preview) stays on screen in their place,
// and each kind of failure is one warning with the first URL, not one per tile.

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/scene/Scene.h"
#include "platform/Platform.h"
#include "player/FrameLoop.h"
#include "render/Stage.h"

namespace shotscape {

class TileStreamer {
 public:
  static constexpr int kMaxInFlight = 6; // one HTTP/1.1 host's connections

  TileStreamer(Platform& platform, Stage& stage, FrameLoop& loop) : platform_(platform), stage_(stage), loop_(loop) {}
  ~TileStreamer();
  TileStreamer(const TileStreamer&) = delete;
  TileStreamer& operator=(const TileStreamer&) = delete;

  // The scene's first picture: the preview, or the coarsest level's tiles. `done` once in (or
  // given up); `failed` when nothing could be loaded at all.
  void start(Scene& scene, std::function<void()> done, std::function<void(FetchFailure)> failed);
  // Each frame: requests the tiles `projection` shows of `scene` at the level the screen needs
  // (`pixelRatio`), nearest the centre first, and cancels those it no longer shows — before the
  // frame is drawn, so the first tiles are on their way with the preview.
  void stream(Scene& scene, const Projection& projection, double pixelRatio);
  // The scene is dropped (or its pixels reloaded): its requests are cancelled, its failures forgotten.
  void forget(const Scene& scene);

  int inFlight() const { return int(inFlight_.size()); }
  int requested() const { return requested_; }
  int cancelled() const { return cancelled_; }
  int failedTiles() const { return failed_; }

 private:
  struct Request {
    const Scene* scene;
    TileId tile;
    int id;
  };
  void request(Scene& scene, const TileId& tile, std::function<void()> arrived = {});
  void startCoarsest(Scene& scene, std::function<void()> done, std::function<void(FetchFailure)> failed);
  bool busy(const Scene& scene, const TileId& tile) const;
  void warnOnce(const Scene& scene, const std::string& kind, const std::string& message);

  Platform& platform_;
  Stage& stage_;
  FrameLoop& loop_;
  std::vector<Request> inFlight_;
  std::set<std::tuple<const Scene*, int, int, int, int>> bad_; // never retried
  std::set<std::pair<const Scene*, std::string>> warned_;
  int requested_ = 0, cancelled_ = 0, failed_ = 0;
};

} // namespace shotscape
