#pragma once
// Loads what the player shows and moves through it: a manifest (→ a Tour, its start Scene) or a
// bare panorama URL (a tour of one default scene), each scene's pixels — a panorama's preview and
// full image into the Stage's texture store for that scene (a video's media is the video
// feature's) — and the moves between a tour's scenes.
//
// Scenes it holds: the one shown, during a move the one left behind, and the preloaded neighbours
// (the targets of the shown scene's links and hotspots, nearest first, one download at a time,
// while the GPU memory they hold stays within the preload budget). Any other scene is dropped, and
// dropping a scene drops every callback its load left pending (Scene::guard) and its textures.
//
// A move (go(), back()): the target must have a picture (a preloaded neighbour has one at once;
// another waits — "pending" — for its preview, and a target that fails never starts: `error` fires,
// the viewer stays). Then the features leave the old scene and enter the new one, the view is
// carried over (the same direction of the shot's space ahead, core/scene/SceneMove), `scenechange`
// fires, and both scenes are drawn until the move ends (`scenemoveend`). Each scene's load state
// (core/scene/SceneLoadState) changes here and in the video feature (the first frame); a failure of
// the scene shown shows the error panel and fires `error` with the message, the manifest field (JSON
// pointer) and the URL.

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/scene/Scene.h"
#include "core/scene/SceneMove.h"
#include "core/scene/Tour.h"
#include "core/view/View.h"
#include "platform/Platform.h"
#include "player/FrameLoop.h"
#include "player/PlayerOptions.h"
#include "player/TileStreamer.h"
#include "render/Stage.h"

namespace shotscape {

class Feature;

enum class SceneChangeBy { Pointer, Keyboard, Api, Link, Headset }; // Link: a moment link or the page's history; Headset: VR

struct SceneRequest {
  MoveKind kind = MoveKind::Auto;  // Jump under prefers-reduced-motion whatever is asked
  double durationMs = 1000.0;      // a Move's or a Fade's length
  std::optional<ViewAngles> view;  // where to land (NaN keeps a field); empty = the heading carried
  bool horizontal = false;         // view's hfov is the horizontal field (the element's API), else the longer side's
};

class SceneLoader {
 public:
  // `features` leave() the shown scene before it is dropped and enter() a scene once its config
  // is known.
  SceneLoader(Platform& platform, Stage& stage, View& view, FrameLoop& loop, const PlayerOptions& options,
              std::span<Feature* const> features)
      : platform_(platform), stage_(stage), view_(view), loop_(loop), options_(options), features_(features) {}
  ~SceneLoader();

  void loadManifest(const std::string& url);
  void loadPanorama(const std::string& url);
  // After a lost context was restored: the image scenes' pixels again (from the HTTP cache).
  void reloadPixels();
  void fail(std::string message, std::string path = {}, std::string url = {});
  // WebGL is missing: nothing will load; the pixels are never asked for.
  void setNoGpu() { gpu_ = false; }

  // Moves to another scene of the tour; false (a warning, and `error` for a target that failed to
  // load) when it cannot. The same scene: true, nothing happens.
  bool go(const std::string& id, SceneChangeBy by, const SceneRequest& request = {});
  // Back to the scene before (the player's own history); false when there is none.
  bool back(SceneChangeBy by);
  bool canGoBack() const { return !history_.empty(); }
  // The scene back() returns to (nullptr: none).
  const std::string* previous() const { return history_.empty() ? nullptr : &history_.back(); }

  Scene& scene() { return *scene_; }
  const Scene& scene() const { return *scene_; }
  const Tour* tour() const { return tour_ ? &*tour_ : nullptr; }
  // A scene held (shown, left behind or preloaded) by id; nullptr when none.
  const Scene* find(const std::string& id) const;
  // During a move: the scene left behind and what to draw at `nowMs`.
  const Scene* leaving() const { return leaving_.get(); }
  MoveFrame moveFrame(double nowMs) const { return move_.at(nowMs); }
  // A followed link waiting for its target's first picture: the target (nullptr when none).
  const Scene* pending() const;
  // The manifest or panorama URL as given (for moment links), and which of the two it is.
  const std::string& sourceUrl() const { return sourceUrl_; }
  bool sourceIsManifest() const { return sourceIsManifest_; }

  // The full-resolution panorama (nullptr before it was delivered).
  const PanoramaTexture* panorama() const;
  // Per frame: a pending move, the end of a move, the uploads (the scene shown first, then the
  // neighbours'); true while it needs the next frame.
  bool step(double nowMs, double budgetMs);
  bool previewUploading() const;
  // Each frame before drawing: a tiled scene's tiles for the view (TileStreamer).
  void streamTiles() { tiles_.stream(*scene_, view_.projection(), view_.pixelRatio()); }
  const TileStreamer& tiles() const { return tiles_; }
  // What preloading holds: neighbours with pixels, and their GPU bytes.
  int preloadedScenes() const;
  double preloadedBytes() const;

  // Neighbours' textures may hold this many bytes of GPU memory in all (the nearest is loaded
  // even when it alone is larger).
  static constexpr double kPreloadBudgetBytes = 192.0 * 1024 * 1024;

 private:
  struct Pending {
    std::string id;
    SceneChangeBy by;
    SceneRequest request;
  };
  bool begin(const std::string& url, const char* what);
  void start(ManifestConfig&& manifest, const std::string& baseUrl);
  void enter();
  void loadImage(Scene& scene);
  void loadCube(Scene& scene);
  Scene& hold(const SceneConfig& config);
  void drop(std::unique_ptr<Scene> scene);
  void startMove(const Pending& pending);
  void endMove();
  void preload();
  bool tryPending();

  Platform& platform_;
  Stage& stage_;
  View& view_;
  FrameLoop& loop_;
  const PlayerOptions& options_;
  std::span<Feature* const> features_;
  TileStreamer tiles_{platform_, stage_, loop_};
  bool gpu_ = true;
  std::optional<Tour> tour_;
  std::string baseUrl_;
  std::unique_ptr<Scene> scene_ = std::make_unique<Scene>();
  std::unique_ptr<Scene> leaving_;               // during a move
  std::vector<std::unique_ptr<Scene>> neighbours_; // preloading or preloaded
  SceneMove move_;
  std::optional<Pending> pending_;
  std::vector<std::string> history_;             // scene ids, for back()
  std::string sourceUrl_;
  bool sourceIsManifest_ = true;
};

} // namespace shotscape
