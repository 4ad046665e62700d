#pragma once
// A shot as a tour: its credits and its scenes (positions), and which one it starts at. Today's
// manifests hold one `scene`: a tour of one. The links between scenes come with the tour issue.

#include <optional>
#include <string>
#include <vector>

#include "core/manifest/Manifest.h"

namespace shotscape {

class Tour {
 public:
  explicit Tour(ManifestConfig&& manifest);

  const std::string& title() const { return manifest_.title; }
  const std::string& director() const { return manifest_.director; }
  const std::string& film() const { return manifest_.film; }
  std::optional<int> year() const { return manifest_.year; }

  const std::vector<SceneConfig>& scenes() const { return scenes_; }
  const SceneConfig& start() const { return scenes_.front(); }
  const SceneConfig* scene(const std::string& id) const;

 private:
  ManifestConfig manifest_;
  std::vector<SceneConfig> scenes_;
};

} // namespace shotscape
