#pragma once
// Loads what the player shows: a manifest (→ a Tour, its start Scene) or a bare panorama URL (a
// tour of one default scene), then the scene's pixels — a panorama's preview and full image into
// the Stage's texture store (a video's media is the video feature's). It owns the Tour and the
// Scene; dropping the scene (a new load) drops every callback its load left pending.
//
// The scene's load state (core/scene/SceneLoadState) changes here and in the video feature (the first
// frame); a failure shows the error panel and fires `error` with the message, the manifest field
// (JSON pointer) and the URL.

#include <memory>
#include <optional>
#include <span>
#include <string>

#include "core/scene/Scene.h"
#include "core/scene/Tour.h"
#include "core/view/View.h"
#include "platform/Platform.h"
#include "player/FrameLoop.h"
#include "player/PlayerOptions.h"
#include "render/Stage.h"

namespace shotscape {

class Feature;

class SceneLoader {
 public:
  // `features` leave() the shown scene before it is dropped and enter() a scene once its config
  // is known.
  SceneLoader(Platform& platform, Stage& stage, View& view, FrameLoop& loop, const PlayerOptions& options,
              std::span<Feature* const> features)
      : platform_(platform), stage_(stage), view_(view), loop_(loop), options_(options), features_(features) {}

  void loadManifest(const std::string& url);
  void loadPanorama(const std::string& url);
  // After a lost context was restored: the image scene's pixels again (from the HTTP cache).
  void reloadPixels();
  void fail(std::string message, std::string path = {}, std::string url = {});
  // WebGL is missing: nothing will load; the pixels are never asked for.
  void setNoGpu() { gpu_ = false; }

  Scene& scene() { return *scene_; }
  const Scene& scene() const { return *scene_; }
  const Tour* tour() const { return tour_ ? &*tour_ : nullptr; }
  // The manifest or panorama URL as given (for moment links), and which of the two it is.
  const std::string& sourceUrl() const { return sourceUrl_; }
  bool sourceIsManifest() const { return sourceIsManifest_; }

  // The full-resolution panorama (nullptr before it was delivered).
  const PanoramaTexture* panorama() const;
  // Per frame: the panorama's upload; true while it needs the next frame.
  bool step(double budgetMs);
  bool previewUploading() const;

 private:
  bool begin(const std::string& url, const char* what);
  void start(ManifestConfig&& manifest, const std::string& baseUrl);
  void loadImage();

  Platform& platform_;
  Stage& stage_;
  View& view_;
  FrameLoop& loop_;
  const PlayerOptions& options_;
  std::span<Feature* const> features_;
  bool gpu_ = true;
  std::optional<Tour> tour_;
  std::unique_ptr<Scene> scene_ = std::make_unique<Scene>();
  std::string sourceUrl_;
  bool sourceIsManifest_ = true;
};

} // namespace shotscape
