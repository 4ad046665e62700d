#include "player/PointerRouter.h"

#include <imgui.h>
#include <imgui_internal.h> // ImGuiWindow: where the overlay is, for fingers (overlayAt)

namespace shotscape {

bool PointerRouter::overlayAt(glm::dvec2 at) {
  // The windows the last overlay frame drew that take input (ImGui's own hover test, by rectangle).
  const ImVec2 p{float(at.x), float(at.y)};
  for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (w->WasActive && !w->Hidden && !(w->Flags & ImGuiWindowFlags_NoInputs) && w->OuterRectClipped.Contains(p)) return true;
  return false;
}

void PointerRouter::feed(const OverlayInput& in) {
  if (in.press) input_.mouseButton(0, true, float(in.press->x), float(in.press->y));
  if (in.move) input_.mouseMove(float(in.move->x), float(in.move->y));
  if (in.wheel != 0.0) input_.wheel(0.0f, float(in.wheel));
  if (in.release) input_.mouseButton(0, false, float(in.release->x), float(in.release->y));
  if (in.leave) input_.mouseLeave();
}

bool PointerRouter::pointer(ImGuiContext* overlay, PointerPhase phase, int id, glm::dvec2 at, int button, bool isMouse,
                            double seconds) {
  const bool overlayHasIt = overlayPointer_ == id;
  bool overOverlay = false;
  if (overlay) {
    ImGui::SetCurrentContext(overlay);
    // A mouse hovered before it pressed, so ImGui knows; a finger arrives with its press.
    overOverlay = isMouse ? ImGui::GetIO().WantCaptureMouse : overlayAt(at);
  }
  // Hover over hotspot markers follows the mouse.
  if (isMouse) hotspots_.hover(phase == PointerPhase::Leave ? std::nullopt : std::optional(at));
  const bool toOverlay = phase == PointerPhase::Down && overOverlay && !view_.controller().dragging();
  const bool fingerOnOverlay = !isMouse && (toOverlay || (touch_ && touch_->pointer() == id));
  if (!fingerOnOverlay && (isMouse || overlayHasIt)) {
    if (phase == PointerPhase::Leave) input_.mouseLeave();
    else if (phase == PointerPhase::Move) input_.mouseMove(float(at.x), float(at.y));
    else input_.mouseButton(button, phase == PointerPhase::Down, float(at.x), float(at.y));
    loop_.settle(2);
    loop_.invalidate();
  }
  if (toOverlay) {
    overlayPointer_ = id;
    if (!isMouse) touch_.emplace(id, at);
    return true;
  }
  if (overlayHasIt) {
    if (fingerOnOverlay) {
      // A swipe down that starts on a sheet's header (title, close) puts the sheet away.
      bool sheet = false;
      const auto panel = hotspots_.panel(&sheet);
      const bool onHeader = sheet && touch_->start().y >= panel->y && touch_->start().y <= hotspots_.panelHeaderBottom();
      if (phase == PointerPhase::Up && onHeader && touch_->swipedDown(at)) {
        hotspots_.close();
      } else {
        if (phase == PointerPhase::Move) feed(touch_->move(at));
        else if (phase == PointerPhase::Up) feed(touch_->up(at));
        else if (phase == PointerPhase::Cancel) feed(touch_->cancel());
        loop_.settle(2);
        loop_.invalidate();
      }
    }
    if (phase == PointerPhase::Up || phase == PointerPhase::Cancel) {
      overlayPointer_ = -1;
      touch_.reset();
    }
    return true;
  }
  CameraController& controller = view_.controller();
  if (phase == PointerPhase::Down) {
    view_.stopGlide(); // the viewer takes the camera back
    tap_.down(id, at, seconds);
  } else if (phase == PointerPhase::Up && tap_.up(id, at, seconds)) {
    // A press and release in place (not a drag): a tap.
    if (hotspots_.tap(at)) {
      controller.pointerUp(id, at, seconds);
      controller.stop();
      return true;
    }
  } else if (phase == PointerPhase::Cancel) {
    tap_.cancel();
  }
  bool changed = false;
  switch (phase) {
    case PointerPhase::Down: changed = controller.pointerDown(id, at, seconds); break;
    case PointerPhase::Move: changed = controller.pointerMove(id, at, seconds); break;
    case PointerPhase::Up:
    case PointerPhase::Cancel: changed = controller.pointerUp(id, at, seconds); break;
    case PointerPhase::Leave: break;
  }
  if (changed) {
    view_.markChanged();
    loop_.invalidate();
  }
  if (controller.animating()) loop_.invalidate();
  return phase != PointerPhase::Leave;
}

bool PointerRouter::wheel(ImGuiContext* overlay, glm::dvec2 at, double deltaY) {
  if (overlay) {
    ImGui::SetCurrentContext(overlay);
    if (ImGui::GetIO().WantCaptureMouse) {
      input_.wheel(0.0f, float(-deltaY / 100.0));
      loop_.invalidate();
      return true;
    }
  }
  view_.stopGlide();
  if (view_.controller().wheel(at, deltaY)) {
    view_.markChanged();
    loop_.invalidate();
  }
  return true;
}

} // namespace shotscape
