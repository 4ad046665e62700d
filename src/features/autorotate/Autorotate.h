#pragma once
// Turns the view by `autorotate` degrees per second (the attribute / option) once the scene shows,
// until the viewer takes over: any click, key press, wheel, drag, API view change or open hotspot.

#include "features/Feature.h"

namespace shotscape {

class Autorotate final : public Feature {
 public:
  explicit Autorotate(FeatureContext& context) : c_(context), on_(context.options.autorotate != 0.0) {}

  bool step(double nowMs) override;
  void userGesture() override { stop(); }
  void stop() { on_ = false; }
  bool on() const { return on_; }

 private:
  const FeatureContext c_; // (a copy of the references: one indirection less per use)
  bool on_;
  double lastMs_ = -1.0;
};

} // namespace shotscape
