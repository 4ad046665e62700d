#include "core/scene/Tour.h"

namespace shotscape {

Tour::Tour(ManifestConfig&& manifest) : manifest_(std::move(manifest)) {
  scenes_ = std::move(manifest_.scenes);
  for (size_t i = 0; i < scenes_.size(); ++i)
    if (scenes_[i].id == manifest_.start) start_ = i;
  // A link without a label is named after its target.
  for (auto& s : scenes_)
    for (auto& link : s.links)
      if (const SceneConfig* target = scene(link.target); link.label.empty() && target)
        link.label = target->title.empty() ? target->id : target->title;
}

const SceneConfig* Tour::scene(const std::string& id) const {
  for (const auto& s : scenes_)
    if (s.id == id) return &s;
  return nullptr;
}

} // namespace shotscape
