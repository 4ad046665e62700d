#pragma once
// Touch and pointer gestures as data, for the input router (player/PointerRouter):
//
// OverlayTouch — Dear ImGui has no touch gestures, so a finger that lands on the overlay is held
// back until it shows what it does. Lifted in place: a tap (press and release where it went
// down). More than 10 px up or down: a scroll of the panel under it (wheel steps as far as the
// finger moves; nothing is pressed, so no slider or button fires). More than 10 px sideways: a
// press where it started and a drag (sliders). Each event returns what to feed the overlay.
//
// Tap — a pointer that goes down on the scene and comes up within 8 px and 0.8 s of where and when
// it went down: a tap (opens the marker under it), not a drag.

#include <optional>

#include <glm/vec2.hpp>

namespace shotscape {

struct OverlayInput {
  std::optional<glm::dvec2> press;   // press the button here (before the move)
  std::optional<glm::dvec2> move;    // move the pointer here
  double wheel = 0.0;                // scroll by this many wheel units (positive: content down)
  std::optional<glm::dvec2> release; // release the button here
  bool leave = false;                // the pointer leaves: hover nothing
};

class OverlayTouch {
 public:
  enum class Mode { Pending, Scrolling, Pressing };
  // Pixels ImGui 1.86 scrolls per wheel unit (5 × the 14 px font).
  static constexpr double kWheelStep = 70.0;
  static constexpr double kSlop = 10.0;

  OverlayTouch(int pointer, glm::dvec2 at) : pointer_(pointer), start_(at), last_(at) {}
  int pointer() const { return pointer_; }
  Mode mode() const { return mode_; }
  glm::dvec2 start() const { return start_; }

  OverlayInput move(glm::dvec2 at);
  OverlayInput up(glm::dvec2 at);
  OverlayInput cancel();
  // A scroll that ended more than 40 px below where it started (a sheet's header swiped down).
  bool swipedDown(glm::dvec2 at) const { return mode_ == Mode::Scrolling && at.y - start_.y > 40.0; }

 private:
  int pointer_;
  glm::dvec2 start_;
  glm::dvec2 last_;
  Mode mode_ = Mode::Pending;
};

class Tap {
 public:
  void down(int pointer, glm::dvec2 at, double seconds);
  // True when this release ends a tap (and forgets it).
  bool up(int pointer, glm::dvec2 at, double seconds);
  void cancel() { pointer_.reset(); }

 private:
  std::optional<int> pointer_;
  glm::dvec2 at_{0.0, 0.0};
  double seconds_ = 0.0;
};

} // namespace shotscape
