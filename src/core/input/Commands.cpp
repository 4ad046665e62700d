#include "core/input/Commands.h"

namespace shotscape {

namespace {
struct Binding {
  std::string_view key;
  Command first;
  Command second;
  bool withCtrl; // also with Ctrl held
};
constexpr Binding kKeys[] = {
    {" ", Command::Activate, Command::TogglePlay, false},
    {"Enter", Command::Activate, Command::None, false},
    {"k", Command::TogglePlay, Command::None, false},
    {"K", Command::TogglePlay, Command::None, false},
    {"j", Command::SeekBack, Command::None, false},
    {"J", Command::SeekBack, Command::None, false},
    {"l", Command::SeekForward, Command::None, false},
    {"L", Command::SeekForward, Command::None, false},
    {"m", Command::ToggleSound, Command::None, false},
    {"M", Command::ToggleSound, Command::None, false},
    {"c", Command::ToggleCaptions, Command::None, false},
    {"C", Command::ToggleCaptions, Command::None, false},
    {"f", Command::ToggleFullscreen, Command::None, false},
    {"F", Command::ToggleFullscreen, Command::None, false},
    {"p", Command::NextProjection, Command::None, false},
    {"P", Command::NextProjection, Command::None, false},
    {"Escape", Command::Dismiss, Command::None, true},
    // TV remotes' Back: KeyboardEvent.key on Android TV and webOS (GoBack), Chromium (BrowserBack),
    // Tizen (XF86Back); the element maps the bare key codes 461 and 10009 to GoBack.
    {"GoBack", Command::Dismiss, Command::None, false},
    {"BrowserBack", Command::Dismiss, Command::None, false},
    {"XF86Back", Command::Dismiss, Command::None, false},
    {"Backspace", Command::Dismiss, Command::Back, false}, // closes the panel, clears the focus, then goes back
    {"?", Command::Help, Command::None, false},
    {"0", Command::ResetView, Command::None, true},
    {"Home", Command::ResetView, Command::None, true},
};
struct CameraBinding {
  std::string_view key;
  ControlKey control;
};
constexpr CameraBinding kCameraKeys[] = {
    {"ArrowLeft", ControlKey::Left}, {"ArrowRight", ControlKey::Right}, {"ArrowUp", ControlKey::Up},
    {"ArrowDown", ControlKey::Down}, {"+", ControlKey::ZoomIn},         {"=", ControlKey::ZoomIn},
    {"PageUp", ControlKey::ZoomIn},  {"-", ControlKey::ZoomOut},        {"_", ControlKey::ZoomOut},
    {"PageDown", ControlKey::ZoomOut},
};
} // namespace

Commands commandsFor(const KeyPress& press) {
  if (press.key == "Tab") {
    if (press.ctrl) return {Command::None, Command::None};
    return {press.shift ? Command::FocusPrevious : Command::FocusNext, Command::None};
  }
  for (const Binding& b : kKeys)
    if (b.key == press.key && (b.withCtrl || !press.ctrl)) return {b.first, b.second};
  return {Command::None, Command::None};
}

std::optional<ControlKey> cameraKey(const KeyPress& press) {
  if (press.ctrl) return std::nullopt;
  for (const CameraBinding& b : kCameraKeys)
    if (b.key == press.key) return b.control;
  return std::nullopt;
}

} // namespace shotscape
