#pragma once
// An eased camera move from one view to another, used when a hotspot opens: the view turns the
// short way round in yaw (never through more than 180°), eases in and out (cubic), and takes
// longer the farther it goes. Time is injected (seconds), so tests step it exactly.
//
// Protocol: start() begins a glide; at(now) gives the view for any time (the target once
// finished); finished(now) says when to stop asking. A duration of 0 (reduced motion) is a jump.

#include <glm/vec2.hpp>

#include "core/view/Camera.h"

namespace shotscape {

struct GlideSettings {
  double minSeconds = 0.35;   // a glide over a tiny angle still reads as motion
  double maxSeconds = 1.2;    // a half-turn
  double secondsPer180 = 0.9; // added per 180° of the larger of the yaw and pitch turns
};

class Glide {
 public:
  // Duration for the move, from the angular distance (0 when `reducedMotion`).
  static double durationFor(const ViewAngles& from, const ViewAngles& to, bool reducedMotion,
                            const GlideSettings& settings = {});

  void start(const ViewAngles& from, const ViewAngles& to, double nowSeconds, double durationSeconds);
  void stop() { active_ = false; }
  bool active() const { return active_; }
  bool finished(double nowSeconds) const { return nowSeconds >= start_ + duration_; }
  ViewAngles at(double nowSeconds) const;
  const ViewAngles& target() const { return to_; }

  // easeInOutCubic on [0, 1].
  static double ease(double t);

 private:
  ViewAngles from_{};
  ViewAngles to_{};
  double yawTurn_ = 0.0; // signed, in (-180, 180]
  double start_ = 0.0;
  double duration_ = 0.0;
  bool active_ = false;
};

// The lens shift (Projection's `centre`, pixels from the viewport's centre) easing toward where an
// open panel leaves the view room, and back to 0 when it closes. Unlike a glide, the viewer's drag
// does not stop it: it always arrives. retarget() starts from wherever it is now.
class ShiftEase {
 public:
  void retarget(glm::dvec2 target, double nowSeconds, double durationSeconds);
  glm::dvec2 at(double nowSeconds) const;
  bool moving(double nowSeconds) const { return nowSeconds < start_ + duration_; }

 private:
  glm::dvec2 from_{0.0, 0.0};
  glm::dvec2 to_{0.0, 0.0};
  double start_ = 0.0;
  double duration_ = 0.0;
};

} // namespace shotscape
