#include "core/input/Commands.h"

#include <doctest/doctest.h>

using namespace shotscape;

TEST_CASE("Commands: each key's commands, in the order features are offered them") {
  using C = Command;
  const auto is = [](KeyPress p, Command a, Command b = Command::None) { return commandsFor(p) == Commands{a, b}; };
  CHECK(is({" "}, C::Activate, C::TogglePlay)); // the focused hotspot first, else the video
  CHECK(is({"Enter"}, C::Activate));
  CHECK(is({"k"}, C::TogglePlay));
  CHECK(is({"K"}, C::TogglePlay));
  CHECK(is({"j"}, C::SeekBack));
  CHECK(is({"L"}, C::SeekForward));
  CHECK(is({"m"}, C::ToggleSound));
  CHECK(is({"c"}, C::ToggleCaptions));
  CHECK(is({"Escape"}, C::Dismiss));
  CHECK(is({"Tab"}, C::FocusNext));
  CHECK(is({"Tab", true}, C::FocusPrevious));
  CHECK(is({"0"}, C::ResetView));
  CHECK(is({"Home"}, C::ResetView));
  CHECK(is({"f"}, C::ToggleFullscreen));
  CHECK(is({"x"}, C::None));
  CHECK(is({"ArrowLeft"}, C::None)); // a camera key, not a command
}

TEST_CASE("Commands: with Ctrl held only Escape, 0 and Home keep their meaning") {
  CHECK(commandsFor({"k", false, true})[0] == Command::None);
  CHECK(commandsFor({"f", false, true})[0] == Command::None);
  CHECK(commandsFor({"Tab", false, true})[0] == Command::None);
  CHECK(commandsFor({" ", false, true})[0] == Command::None);
  CHECK(commandsFor({"Escape", false, true})[0] == Command::Dismiss);
  CHECK(commandsFor({"0", false, true})[0] == Command::ResetView);
  CHECK(commandsFor({"Home", false, true})[0] == Command::ResetView);
}

TEST_CASE("Commands: camera keys are held keys for the controller, not with Ctrl") {
  CHECK(cameraKey({"ArrowLeft"}) == ControlKey::Left);
  CHECK(cameraKey({"ArrowDown"}) == ControlKey::Down);
  CHECK(cameraKey({"+"}) == ControlKey::ZoomIn);
  CHECK(cameraKey({"="}) == ControlKey::ZoomIn);
  CHECK(cameraKey({"PageDown"}) == ControlKey::ZoomOut);
  CHECK(cameraKey({"_"}) == ControlKey::ZoomOut);
  CHECK_FALSE(cameraKey({"ArrowLeft", false, true}));
  CHECK_FALSE(cameraKey({"k"}));
}

TEST_CASE("TV remotes' Back keys dismiss, as Escape does; P moves to the next projection") {
  for (const char* key : {"GoBack", "BrowserBack", "XF86Back"}) {
    CAPTURE(key);
    CHECK(commandsFor({key}) == Commands{Command::Dismiss, Command::None});
  }
  CHECK(commandsFor({"p"}) == Commands{Command::NextProjection, Command::None});
  CHECK(commandsFor({"P"}) == Commands{Command::NextProjection, Command::None});
  CHECK(commandsFor({"p", false, true}) == Commands{Command::None, Command::None}); // Ctrl+P prints
}
