#include "core/input/Gestures.h"

#include <doctest/doctest.h>

using namespace shotscape;

TEST_CASE("OverlayTouch: lifted in place it is a tap — press and release where it went down") {
  OverlayTouch t(7, {100, 200});
  OverlayInput in = t.move({103, 204}); // within the slop: nothing yet
  CHECK_FALSE(in.press);
  CHECK_FALSE(in.move);
  CHECK(t.mode() == OverlayTouch::Mode::Pending);
  in = t.up({103, 204});
  REQUIRE(in.press);
  CHECK(*in.press == glm::dvec2{100, 200});
  REQUIRE(in.release);
  CHECK(*in.release == glm::dvec2{103, 204});
  CHECK(in.leave); // a lifted finger hovers nothing
}

TEST_CASE("OverlayTouch: more than 10 px up or down scrolls; nothing is pressed") {
  OverlayTouch t(1, {100, 300});
  OverlayInput in = t.move({102, 312});
  CHECK(t.mode() == OverlayTouch::Mode::Scrolling);
  CHECK_FALSE(in.press);
  CHECK(in.wheel == doctest::Approx(12.0 / OverlayTouch::kWheelStep));
  in = t.move({102, 242});
  CHECK(in.wheel == doctest::Approx(-70.0 / OverlayTouch::kWheelStep)); // as far as the finger moved
  CHECK(t.swipedDown({102, 360}));
  CHECK_FALSE(t.swipedDown({102, 330}));
  in = t.up({102, 242});
  CHECK_FALSE(in.press);
  CHECK_FALSE(in.release);
}

TEST_CASE("OverlayTouch: sideways is a press where it started and a drag; a cancel lets go nowhere") {
  OverlayTouch t(1, {100, 300});
  OverlayInput in = t.move({115, 302});
  CHECK(t.mode() == OverlayTouch::Mode::Pressing);
  REQUIRE(in.press);
  CHECK(*in.press == glm::dvec2{100, 300});
  REQUIRE(in.move);
  CHECK(*in.move == glm::dvec2{115, 302});
  CHECK(in.wheel == 0.0);
  in = t.cancel();
  REQUIRE(in.release);
  CHECK(in.release->x < -1e30);
  CHECK(in.leave);
}

TEST_CASE("Tap: within 8 px and 0.8 s of the press, by the same pointer") {
  Tap tap;
  tap.down(3, {10, 10}, 1.0);
  CHECK_FALSE(tap.up(4, {10, 10}, 1.1)); // another pointer
  CHECK(tap.up(3, {15, 14}, 1.5));
  CHECK_FALSE(tap.up(3, {15, 14}, 1.5)); // forgotten once used
  tap.down(3, {10, 10}, 1.0);
  CHECK_FALSE(tap.up(3, {20, 10}, 1.1)); // a drag
  tap.down(3, {10, 10}, 1.0);
  CHECK_FALSE(tap.up(3, {10, 10}, 1.9)); // a long press
  tap.down(3, {10, 10}, 1.0);
  tap.cancel();
  CHECK_FALSE(tap.up(3, {10, 10}, 1.1));
}
