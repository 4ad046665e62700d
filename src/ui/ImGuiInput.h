#pragma once
// Feeds browser input to Dear ImGui 1.86, whose IO is polled state (io.MousePos, io.MouseDown,
// io.KeysDown) rather than an event queue. A press and release that arrive between two frames
// would cancel out, so events are queued and applyPending() applies them in order up to and
// including the first button or key transition; the rest wait for the next frame. The caller
// keeps drawing frames while pending() is true.

#include <cstddef>
#include <vector>

namespace shotscape {

// The keys ImGui needs for keyboard navigation; values index io.KeysDown.
enum class UiKey { Tab = 1, Left, Right, Up, Down, Enter, Escape, Space, Backspace };

class ImGuiInput {
 public:
  void mouseMove(float x, float y);
  void mouseButton(int button, bool down, float x, float y);
  void mouseLeave();
  void wheel(float dx, float dy);
  void key(UiKey key, bool down, bool shift, bool ctrl);

  // Call once per frame before ImGui::NewFrame() with the current context's IO.
  void applyPending();
  bool pending() const { return head_ < queue_.size(); }

  // Sets io.KeyMap for UiKey; call once per ImGui context.
  static void configureKeyMap();

 private:
  struct Event {
    enum Kind { Move, Button, Leave, Wheel, Key } kind;
    float x = 0, y = 0;
    int code = 0;
    bool down = false, shift = false, ctrl = false;
  };
  // A queue: events from head_ on are pending (a vector, emptied when drained: std::deque costs
  // the player module more code than the whole of this class).
  std::vector<Event> queue_;
  std::size_t head_ = 0;
};

} // namespace shotscape
