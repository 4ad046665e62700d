#pragma once
// Keyboard focus for the overlay's controls (issue 17, part 6). Dear ImGui 1.86 tabs only through
// text fields, so the player keeps its own focus: every control registers itself as it is drawn
// (its stable id, the name a screen reader announces, its role and state), in groups that give
// Tab a visible, predictable order — the tour bar, the hotspot's panel, the caption style panel,
// the share menu, a video's timeline, the button bar — and the focused one gets a ring drawn by
// the player above everything (WCAG 2.4.7 / 2.4.11: 2 px amber inside 3 px of near-black, so it
// keeps 3:1 against any picture).

#include <string>
#include <string_view>
#include <vector>

namespace shotscape {

struct FocusTarget {
  std::string id;     // stable across frames: "commentary-play", "caption-size-150", "share"
  std::string label;  // what it is called ("Pause the commentary")
  std::string role;   // "button", "toggle button", "slider"
  std::string state;  // "pressed", "selected", "0:05 of 0:12", or ""
  float x = 0.0f, y = 0.0f, w = 0.0f, h = 0.0f; // CSS px
  int group = 0;
  bool operator==(const FocusTarget&) const = default;
};

// Tab order's groups, first to last.
enum class FocusGroup { Help = 0, Tour = 1, Panel = 2, CaptionStyle = 3, Share = 4, Timeline = 5, Buttons = 6 };

namespace focus {

// Starts a frame: `focused` is the control to ring ("" none).
void begin(const std::string& focused);
void group(FocusGroup g);
// Registers the last ImGui item as a control (and rings it when it is the focused one).
void control(std::string id, std::string_view label, const char* role = "button", std::string_view state = {});
// The frame's controls in Tab order.
std::vector<FocusTarget> end();

} // namespace focus

} // namespace shotscape
