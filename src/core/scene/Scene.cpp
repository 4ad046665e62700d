#include "core/scene/Scene.h"

#include <algorithm>

#include "core/scene/HotspotLayout.h"

namespace shotscape {

namespace {
const SceneConfig kUnconfigured{};
} // namespace

Scene::Scene() : config_(&kUnconfigured) {}

void Scene::configure(const SceneConfig& config, std::string baseUrl) {
  config_ = &config;
  baseUrl_ = std::move(baseUrl);
  configured_ = true;
  markers_ = config_->hotspots;
  for (const LinkConfig& link : config_->links) {
    HotspotConfig& marker = markers_.emplace_back();
    marker.id = "link:" + link.target;
    marker.yaw = link.yaw;
    marker.pitch = link.pitch;
    marker.label = link.label;
    marker.target = link.target;
  }
  hotspotDirections_ = shotscape::hotspotDirections(markers_);
  switch (config_->type) {
    case SceneType::CubemapImage:
      // One level, one tile per face (their size is known once decoded: 0 until then).
      layers_ = {Layer{std::make_shared<CubeGeometry>(std::vector<GeometryLevel>{{0, 0, 0}}), Source::cubeFaces(config_->faces)}};
      break;
    case SceneType::Multires: {
      std::vector<GeometryLevel> levels;
      for (int size : config_->tiles.levels) levels.push_back({size, size, config_->tiles.tileSize});
      layers_ = {Layer{std::make_shared<CubeGeometry>(std::move(levels)), Source::tiles(config_->tiles)}};
      break;
    }
    default: {
      // Two levels: the decoder's small preview (or a video's poster), then the image itself (its
      // size is known once decoded: 0 until then).
      auto geometry = std::make_shared<EquirectGeometry>(std::vector<GeometryLevel>{{1024, 512, 0}, {0, 0, 0}});
      layers_ = {Layer{std::move(geometry), isVideo() ? Source::video(config_->sources, config_->poster) : Source::image(config_->src)}};
    }
  }
}

const LinkConfig* Scene::link(size_t markerIndex) const {
  const size_t hotspots = config_->hotspots.size();
  return markerIndex >= hotspots && markerIndex - hotspots < config_->links.size() ? &config_->links[markerIndex - hotspots] : nullptr;
}

const HotspotConfig* Scene::hotspot(const std::string& id) const {
  const auto& hotspots = config_->hotspots;
  const auto it = std::find_if(hotspots.begin(), hotspots.end(), [&](const HotspotConfig& h) { return h.id == id; });
  return it == hotspots.end() ? nullptr : &*it;
}

void Scene::fail(std::string message, std::string path, std::string url) {
  load_.fail();
  error_ = std::move(message);
  errorPath_ = std::move(path);
  errorUrl_ = std::move(url);
}

} // namespace shotscape
