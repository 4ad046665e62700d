#pragma once
// A scene's ambient sound: a looping element started as soon as it can play (or at the viewer's
// first click or key press, where the browser holds it back until then), ducked under voices
// (the commentary, an influence clip with sound) through the player's Ducking.

#include "features/Feature.h"

namespace shotscape {

class SceneSound final : public Feature {
 public:
  explicit SceneSound(FeatureContext& context) : c_(context) {}
  ~SceneSound() override { leave(); }

  void enter(const Scene& scene) override;
  void leave() override;
  bool step(double nowMs) override;
  void userGesture() override;
  void stats(JsonWriter& json) const override;

 private:
  const FeatureContext c_; // (a copy of the references: one indirection less per use)
  int media_ = 0;        // 0 = the scene is silent
  double volume_ = 0.0;  // the manifest's level, before ducking
  bool blocked_ = false; // the browser wants a gesture first
  double gain_ = -1.0;   // the ducking gain last applied
};

} // namespace shotscape
