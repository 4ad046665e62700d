#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/input/Motion.h"

using namespace shotscape;

namespace {
double yawDiff(double a, double b) {
  double d = std::fmod(a - b, 360.0);
  if (d > 180.0) d -= 360.0;
  if (d <= -180.0) d += 360.0;
  return std::abs(d);
}
} // namespace

TEST_CASE("device orientation → view: upright portrait looks level, tilting back looks up, turning right turns right") {
  // Held upright (beta 90), facing alpha's zero: level, yaw 0.
  YawPitch v = yawPitchFromOrientation({0, 90, 0, 0});
  CHECK(v.pitch == doctest::Approx(0.0).epsilon(1e-9));
  CHECK(yawDiff(v.yaw, 0.0) < 1e-9);
  // Tilted back 45° (the top away from the viewer): looking 45° up.
  CHECK(yawPitchFromOrientation({0, 135, 0, 0}).pitch == doctest::Approx(45.0));
  // Tilted forward: down.
  CHECK(yawPitchFromOrientation({0, 45, 0, 0}).pitch == doctest::Approx(-45.0));
  // Lying flat, screen up: the camera (out of the back) looks straight down, yaw still defined.
  v = yawPitchFromOrientation({30, 0, 0, 0});
  CHECK(v.pitch == doctest::Approx(-90.0));
  CHECK(yawDiff(v.yaw, -30.0) < 1e-9);
  // alpha grows anticlockwise seen from above: turning right (clockwise) lowers it.
  CHECK(yawDiff(yawPitchFromOrientation({360 - 90, 90, 0, 0}).yaw, 90.0) < 1e-9);
  CHECK(yawDiff(yawPitchFromOrientation({90, 90, 0, 0}).yaw, -90.0) < 1e-9);
}

TEST_CASE("the screen's orientation: landscape holds the same view as portrait held the same way") {
  // Turned a quarter anticlockwise (screen angle 90) and upright: the device's x axis points up,
  // which W3C gives as gamma -90 … here the landscape phone held upright has beta 0, gamma -90
  // (it lies on its side): looking level, yaw where its back points.
  const YawPitch landscape = yawPitchFromOrientation({0, 0, -89.999, 90});
  CHECK(landscape.pitch == doctest::Approx(0.0).epsilon(1e-3));
  // Same pose, portrait screen angle would read the view rotated: only the screen angle makes it level.
  const YawPitch rolled = yawPitchFromOrientation({0, 0, -89.999, 0});
  CHECK(rolled.pitch == doctest::Approx(0.0).epsilon(1e-3));
  CHECK(yawDiff(landscape.yaw, rolled.yaw) == doctest::Approx(0.0).epsilon(1e-3)); // the back points the same way
  // Tilting the landscape phone back (about the screen's horizontal axis) looks up.
  const YawPitch up = yawPitchFromOrientation({0, 0, -45, 90});
  CHECK(up.pitch == doctest::Approx(-45.0).epsilon(1e-6));
}

TEST_CASE("bad readings are refused without moving the view") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(orientationProblem({nan, 90, 0, 0}) == "an angle is missing or not a number");
  CHECK(orientationProblem({0, 1e9, 0, 0}) == "beta outside [-180, 180]");
  CHECK(orientationProblem({-5, 90, 0, 0}) == "alpha outside [0, 360]");
  CHECK(orientationProblem({0, 90, 120, 0}) == "gamma outside [-90, 90]");
  CHECK(orientationProblem({0, 90, 0, 45}) == "the screen's angle is not a multiple of 90");
  CHECK(orientationProblem({359.9, -179, 89, 270}).empty());

  MotionControl motion;
  CHECK_FALSE(motion.reading({0, 90, 0, 0}, 0.0)); // not started
  motion.start({40, 10});
  CHECK_FALSE(motion.step(0.0));
  CHECK_FALSE(motion.reading({nan, nan, nan, 0}, 0.0));
  CHECK(motion.refused() == 1);
  CHECK_FALSE(motion.step(0.0)); // nothing yet: the view stays where it is
  REQUIRE(motion.reading({0, 90, 0, 0}, 0.0));
  auto v = motion.step(0.0);
  REQUIRE(v);
  // Turning on keeps the view: the offset absorbs the device's heading and pitch.
  CHECK(v->yaw == doctest::Approx(40.0));
  CHECK(v->pitch == doctest::Approx(10.0));
  // An absurd reading later: refused, the view holds.
  CHECK_FALSE(motion.reading({0, 1e9, 0, 0}, 0.1));
  v = motion.step(0.1);
  REQUIRE(v);
  CHECK(v->yaw == doctest::Approx(40.0));
}

TEST_CASE("motion steers from where it started; drags add an offset; the pitch comes to the device's own") {
  MotionControl motion;
  motion.start({40, 10});
  motion.reading({0, 90, 0, 0}, 0.0);
  motion.step(0.0);
  // The phone turns 30° right over a few frames: the view follows within the smoothing, no lag left after.
  double t = 0.0;
  for (int i = 1; i <= 30; ++i) {
    t = i / 60.0;
    motion.reading({360.0 - i, 90, 0, 0}, t);
    motion.step(t);
  }
  for (int i = 0; i < 300; ++i) motion.step(t += 1.0 / 60.0); // five seconds: the pitch offset has faded
  auto v = motion.step(t += 1.0 / 60.0);
  REQUIRE(v);
  CHECK(yawDiff(v->yaw, 70.0) < 0.05);
  CHECK(v->pitch == doctest::Approx(0.0).epsilon(0.05)); // the device is level
  CHECK_FALSE(motion.settling());
  // A drag 20° left: the view moves at once and the phone keeps steering from there.
  motion.dragBy(-20.0, 0.0);
  v = motion.step(t += 1.0 / 60.0);
  CHECK(yawDiff(v->yaw, 50.0) < 0.05);
  motion.reading({360.0 - 40, 90, 0, 0}, t);
  for (int i = 0; i < 30; ++i) v = motion.step(t += 1.0 / 60.0);
  CHECK(yawDiff(v->yaw, 60.0) < 0.05);
  // Smoothing without lag: one reading 10° on is 99 % there within 5 frames (30 ms time constant).
  motion.reading({360.0 - 50, 90, 0, 0}, t);
  for (int i = 0; i < 9; ++i) v = motion.step(t += 1.0 / 60.0);
  CHECK(yawDiff(v->yaw, 70.0) < 0.1);
  motion.stop();
  CHECK_FALSE(motion.step(t + 1.0));
}
