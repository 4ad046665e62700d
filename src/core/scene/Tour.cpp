#include "core/scene/Tour.h"

namespace shotscape {

Tour::Tour(ManifestConfig&& manifest) : manifest_(std::move(manifest)) { scenes_.push_back(std::move(manifest_.scene)); }

const SceneConfig* Tour::scene(const std::string& id) const {
  for (const auto& s : scenes_)
    if (s.id == id) return &s;
  return nullptr;
}

} // namespace shotscape
