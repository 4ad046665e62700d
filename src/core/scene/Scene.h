#pragma once
// One 360° position of a tour: its config (from the manifest), its layers (a Geometry joined to a
// Source: where pixels sit and where they come from), its hotspots' directions, and its load — one
// state machine (core/scene/SceneLoadState) plus what the overlay says about it (progress, the error).
// Scene objects never touch GL; the Stage draws them, features read them.
//
// Cancellation is owned by the scene: a callback wrapped by guard() runs only while the scene
// that wrapped it lives, so dropping a scene (another load, another scene) drops its pending
// fetches, decodes and media callbacks without counters checked in each. guard(f, dropped) calls
// `dropped` instead once the scene is gone (a decoded image must still be released).
//
// A scene exists from the moment its load begins: until configure() (its manifest is on its
// way), config() is the default scene and layers() is empty. Its config belongs to the Tour, which
// outlives the scene.

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/vec3.hpp>

#include "core/geometry/Geometry.h"
#include "core/manifest/Manifest.h"
#include "core/scene/SceneLoadState.h"
#include "core/source/Source.h"

namespace shotscape {

struct Layer {
  std::shared_ptr<const Geometry> geometry;
  Source source;
};

class Scene {
 public:
  Scene();
  Scene(const Scene&) = delete;
  Scene& operator=(const Scene&) = delete;

  // The scene's config has arrived (kept by reference: the Tour owns it); `baseUrl` is what its
  // URLs are relative to.
  void configure(const SceneConfig& config, std::string baseUrl);
  bool configured() const { return configured_; }
  const SceneConfig& config() const { return *config_; }
  const std::string& baseUrl() const { return baseUrl_; }
  bool isVideo() const { return config_->type == SceneType::EquirectVideo; }
  const std::vector<Layer>& layers() const { return layers_; }
  // The cube geometry of a cube-map or tiled scene's layer; nullptr for equirect scenes and before
  // configure().
  const CubeGeometry* cube() const {
    return !layers_.empty() && layers_[0].geometry->kind() == GeometryKind::Cube ? static_cast<const CubeGeometry*>(layers_[0].geometry.get())
                                                                                : nullptr;
  }
  const std::string& id() const { return config_->id; }
  // What the viewer can point at in the scene: its hotspots, in the config's order, then one marker
  // per link (id "link:" + target, the link's direction and label, `target` set; no commentary), so
  // one layout, one Tab order and one hit test serve both.
  const std::vector<HotspotConfig>& markers() const { return markers_; }
  // Unit vectors toward each marker, in markers()' order (for the per-frame layout).
  const std::vector<glm::dvec3>& hotspotDirections() const { return hotspotDirections_; }
  // The link behind markers()[index]; nullptr for a hotspot.
  const LinkConfig* link(size_t markerIndex) const;
  const HotspotConfig* hotspot(const std::string& id) const;

  SceneLoadState& load() { return load_; }
  const SceneLoadState& load() const { return load_; }
  // The scene's media time for hotspot windows: the time of the video frame on screen (the video
  // feature keeps it); empty for still images.
  std::optional<double> time;
  // The panorama's download, [0, 1]; < 0 while its size is unknown.
  double downloadProgress = -1.0;
  // Fails the load: the message the viewer reads, the manifest field it is about and the URL that
  // failed ("" = none).
  void fail(std::string message, std::string path = {}, std::string url = {});
  const std::string& error() const { return error_; }
  const std::string& errorPath() const { return errorPath_; }
  const std::string& errorUrl() const { return errorUrl_; }

  template <typename F>
  auto guard(F f) const {
    return [alive = std::weak_ptr<const bool>(alive_), f = std::move(f)](auto&&... args) mutable {
      if (alive.lock()) f(std::forward<decltype(args)>(args)...);
    };
  }
  template <typename F, typename G>
  auto guard(F f, G dropped) const {
    return [alive = std::weak_ptr<const bool>(alive_), f = std::move(f), dropped = std::move(dropped)](auto&&... args) mutable {
      if (alive.lock()) f(std::forward<decltype(args)>(args)...);
      else dropped(std::forward<decltype(args)>(args)...);
    };
  }

 private:
  std::shared_ptr<const bool> alive_ = std::make_shared<const bool>(true);
  const SceneConfig* config_;
  std::string baseUrl_;
  bool configured_ = false;
  std::vector<Layer> layers_;
  std::vector<HotspotConfig> markers_;
  std::vector<glm::dvec3> hotspotDirections_;
  SceneLoadState load_;
  std::string error_;
  std::string errorPath_;
  std::string errorUrl_;
};

} // namespace shotscape
