#pragma once
// Routes pointers (mouse, touch, pen) and the wheel between the overlay and the scene:
//   - the mouse goes to the overlay as its mouse (hover, clicks), and drags the scene where the
//     overlay does not want it (ImGui's WantCaptureMouse);
//   - a finger on an overlay window is classified by core/input/Gestures (tap, scroll, sideways drag)
//     before anything is pressed; a swipe down from a phone's sheet header closes it;
//   - a finger or mouse on the scene drags the view (View's controller); lifted in place it is a
//     tap, which opens the marker under it or puts a sheet away (HotspotsFeature::tap).
// A finger on the scene is never pressed into the overlay: its release would not reach it, and an
// overlay that thinks a button is still held outside its windows hovers nothing (the next
// finger's scroll of a sheet just opened went nowhere).

#include <optional>

#include "core/input/Gestures.h"
#include "core/view/View.h"
#include "features/hotspots/HotspotsFeature.h"
#include "player/FrameLoop.h"
#include "ui/ImGuiInput.h"

struct ImGuiContext;

namespace shotscape {

enum class PointerPhase { Down = 0, Move = 1, Up = 2, Cancel = 3, Leave = 4 };

class PointerRouter {
 public:
  PointerRouter(View& view, HotspotsFeature& hotspots, FrameLoop& loop, ImGuiInput& overlayInput)
      : view_(view), hotspots_(hotspots), loop_(loop), input_(overlayInput) {}

  // `overlay`: the ImGui context (null before the player has one). Returns whether the player
  // used the event (the page should not scroll or act on it).
  bool pointer(ImGuiContext* overlay, PointerPhase phase, int id, glm::dvec2 at, int button, bool isMouse, double seconds);
  bool wheel(ImGuiContext* overlay, glm::dvec2 at, double deltaY);

 private:
  void feed(const OverlayInput& input);
  static bool overlayAt(glm::dvec2 at); // an overlay window that takes input is there

  View& view_;
  HotspotsFeature& hotspots_;
  FrameLoop& loop_;
  ImGuiInput& input_;
  int overlayPointer_ = -1; // the pointer captured by the overlay
  std::optional<OverlayTouch> touch_;
  Tap tap_;
};

} // namespace shotscape
