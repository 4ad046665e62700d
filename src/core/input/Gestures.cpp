#include "core/input/Gestures.h"

#include <cmath>
#include <limits>

#include <glm/geometric.hpp>

namespace shotscape {

OverlayInput OverlayTouch::move(glm::dvec2 at) {
  OverlayInput out;
  const glm::dvec2 moved = at - start_;
  if (mode_ == Mode::Pending && std::abs(moved.y) > kSlop && std::abs(moved.y) >= std::abs(moved.x)) {
    mode_ = Mode::Scrolling;
  } else if (mode_ == Mode::Pending && std::abs(moved.x) > kSlop) {
    mode_ = Mode::Pressing;
    out.press = start_;
  }
  if (mode_ != Mode::Pending) out.move = at;
  if (mode_ == Mode::Scrolling) out.wheel = (at.y - last_.y) / kWheelStep;
  last_ = at;
  return out;
}

OverlayInput OverlayTouch::up(glm::dvec2 at) {
  OverlayInput out;
  if (mode_ == Mode::Pending) out.press = start_;
  if (mode_ != Mode::Scrolling) out.release = at;
  // A lifted finger hovers nothing: no tooltip or hover highlight stays where it was.
  out.leave = true;
  last_ = at;
  return out;
}

OverlayInput OverlayTouch::cancel() {
  OverlayInput out;
  // Let go away from everything.
  constexpr double kNowhere = -std::numeric_limits<float>::max(); // ImGui's "no position"
  if (mode_ == Mode::Pressing) out.release = glm::dvec2{kNowhere, kNowhere};
  out.leave = true;
  return out;
}

void Tap::down(int pointer, glm::dvec2 at, double seconds) {
  pointer_ = pointer;
  at_ = at;
  seconds_ = seconds;
}

bool Tap::up(int pointer, glm::dvec2 at, double seconds) {
  if (pointer_ != pointer) return false;
  pointer_.reset();
  return glm::length(at - at_) < 8.0 && seconds - seconds_ < 0.8;
}

} // namespace shotscape
