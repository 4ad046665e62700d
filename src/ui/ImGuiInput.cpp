#include "ui/ImGuiInput.h"

#include <imgui.h>

namespace shotscape {

void ImGuiInput::mouseMove(float x, float y) {
  // Consecutive moves collapse into one: only the latest position matters to a polled IO.
  if (pending() && queue_.back().kind == Event::Move) {
    queue_.back().x = x;
    queue_.back().y = y;
    return;
  }
  queue_.push_back({Event::Move, x, y});
}

void ImGuiInput::mouseButton(int button, bool down, float x, float y) {
  if (button < 0 || button >= 5) return;
  mouseMove(x, y);
  queue_.push_back({Event::Button, x, y, button, down});
}

void ImGuiInput::mouseLeave() { queue_.push_back({Event::Leave}); }

void ImGuiInput::wheel(float dx, float dy) { queue_.push_back({Event::Wheel, dx, dy}); }

void ImGuiInput::key(UiKey key, bool down, bool shift, bool ctrl) {
  queue_.push_back({Event::Key, 0, 0, static_cast<int>(key), down, shift, ctrl});
}

void ImGuiInput::configureKeyMap() {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyMap[ImGuiKey_Tab] = static_cast<int>(UiKey::Tab);
  io.KeyMap[ImGuiKey_LeftArrow] = static_cast<int>(UiKey::Left);
  io.KeyMap[ImGuiKey_RightArrow] = static_cast<int>(UiKey::Right);
  io.KeyMap[ImGuiKey_UpArrow] = static_cast<int>(UiKey::Up);
  io.KeyMap[ImGuiKey_DownArrow] = static_cast<int>(UiKey::Down);
  io.KeyMap[ImGuiKey_Enter] = static_cast<int>(UiKey::Enter);
  io.KeyMap[ImGuiKey_Escape] = static_cast<int>(UiKey::Escape);
  io.KeyMap[ImGuiKey_Space] = static_cast<int>(UiKey::Space);
  io.KeyMap[ImGuiKey_Backspace] = static_cast<int>(UiKey::Backspace);
}

void ImGuiInput::applyPending() {
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel = 0.0f;
  io.MouseWheelH = 0.0f;
  while (pending()) {
    const Event e = queue_[head_++];
    if (!pending()) {
      queue_.clear();
      head_ = 0;
    }
    switch (e.kind) {
      case Event::Move: io.MousePos = ImVec2(e.x, e.y); break;
      case Event::Leave: io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX); break;
      case Event::Wheel:
        io.MouseWheelH += e.x;
        io.MouseWheel += e.y;
        break;
      case Event::Button:
        io.MousePos = ImVec2(e.x, e.y);
        io.MouseDown[e.code] = e.down;
        return;
      case Event::Key:
        io.KeysDown[e.code] = e.down;
        io.KeyShift = e.shift;
        io.KeyCtrl = e.ctrl;
        return;
    }
  }
}

} // namespace shotscape
