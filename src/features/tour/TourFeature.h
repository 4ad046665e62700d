#pragma once
// A tour's chrome and keys: the back button and Backspace (the scene before, the player's own
// history), the scene list (every scene, with the preview the player holds for it; picking one
// moves there). Nothing for a manifest of one scene. The moves themselves are the SceneLoader's.

#include "features/Feature.h"

namespace shotscape {

class TourFeature final : public Feature {
 public:
  explicit TourFeature(FeatureContext& context) : c_(context) {}

  void leave() override { listOpen_ = false; }
  void contribute(OverlayModel& model) const override;
  void apply(const OverlayActions& actions) override;
  bool handle(Command command) override;
  void stats(JsonWriter& json) const override { json.add("sceneListOpen", listOpen_); }

 private:
  const FeatureContext c_; // (a copy of the references: one indirection less per use)
  bool listOpen_ = false;
};

} // namespace shotscape
