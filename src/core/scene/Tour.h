#pragma once
// A shot as a tour: its credits and its scenes (positions, with their links), and which one it
// starts at. A manifest with one `scene` is a tour of one.

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
  const SceneConfig& start() const { return scenes_[start_]; }
  const SceneConfig* scene(const std::string& id) const;

 private:
  ManifestConfig manifest_;
  std::vector<SceneConfig> scenes_;
  size_t start_ = 0;
};

} // namespace shotscape
