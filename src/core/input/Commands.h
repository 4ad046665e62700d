#pragma once
// Input as data: what a key press means, as commands offered to the player's features in order
// (the first that takes one ends it). The table is the keyboard's whole map; the README's
// keyboard section lists the same keys.
//
//   Space        Activate (the focused hotspot), else TogglePlay (a video)
//   Enter        Activate           k            TogglePlay
//   j / l        SeekBack / SeekForward (10 s)
//   m            ToggleSound (the open hotspot's clip, else the video)
//   c            ToggleCaptions     Escape       Dismiss (the share menu, the panel, the focus)
//   Tab          FocusNext, Shift+Tab FocusPrevious (false past either end: focus leaves)
//   0 / Home     ResetView          f            ToggleFullscreen
//   p            NextProjection (rectilinear → little planet → fisheye → rectilinear)
//   ?            Help (the shortcuts' overlay)
//   GoBack / BrowserBack / XF86Back (TV remotes' Back)   Dismiss
// With Ctrl (or Cmd) held, only Escape, 0 and Home keep their meaning: the browser's shortcuts win.
// The camera keys (arrows, + / -, PageUp / PageDown) are held, not pressed: cameraKey() maps
// them for the view's controller, which turns while they are down.

#include <array>
#include <optional>
#include <string_view>

#include "core/view/CameraController.h"

namespace shotscape {

enum class Command {
  None,
  TogglePlay,
  SeekBack,
  SeekForward,
  Activate,
  ToggleSound,
  ToggleCaptions,
  Dismiss,
  FocusNext,
  FocusPrevious,
  ResetView,
  ToggleFullscreen,
  NextProjection,
  Back,       // a tour: the scene before
  Help,       // the keyboard shortcuts' overlay
};

// A key's name as KeyboardEvent.key gives it ("a", "A", " ", "Enter", "ArrowLeft").
struct KeyPress {
  std::string_view key;
  bool shift = false;
  bool ctrl = false; // Ctrl or Cmd
};

// At most two commands per key, in the order features are offered them; unused slots are None.
using Commands = std::array<Command, 2>;
Commands commandsFor(const KeyPress& press);

// The camera key this is, if any (without Ctrl).
std::optional<ControlKey> cameraKey(const KeyPress& press);

} // namespace shotscape
