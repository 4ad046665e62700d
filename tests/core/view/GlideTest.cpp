#include <doctest/doctest.h>

#include "core/view/Glide.h"

using namespace shotscape;

TEST_CASE("a glide eases from the start view to the target and ends exactly there") {
  Glide glide;
  glide.start({10, 0, 90}, {50, 20, 70}, 100.0, 1.0);
  CHECK(glide.active());
  const auto begin = glide.at(100.0);
  CHECK(begin.yaw == doctest::Approx(10));
  CHECK(begin.pitch == doctest::Approx(0));
  const auto middle = glide.at(100.5);
  CHECK(middle.yaw == doctest::Approx(30));
  CHECK(middle.pitch == doctest::Approx(10));
  CHECK(middle.hfov == doctest::Approx(80));
  // Eased: slow at the start, a quarter of the time covers much less than a quarter of the way.
  CHECK(glide.at(100.25).yaw - 10 < 40 * 0.1);
  CHECK_FALSE(glide.finished(100.99));
  CHECK(glide.finished(101.0));
  const auto end = glide.at(105.0);
  CHECK(end.yaw == 50);
  CHECK(end.pitch == 20);
  CHECK(end.hfov == 70);
}

TEST_CASE("a glide turns the short way across ±180°") {
  Glide glide;
  glide.start({170, 0, 90}, {-170, 0, 90}, 0.0, 1.0);
  CHECK(glide.at(0.5).yaw == doctest::Approx(180)); // through 180, not back through 0
  glide.start({-170, 0, 90}, {170, 0, 90}, 0.0, 1.0);
  CHECK(glide.at(0.5).yaw == doctest::Approx(-180));
}

TEST_CASE("glide durations grow with the angle, clamp, and are zero under reduced motion") {
  const ViewAngles here{0, 0, 90};
  CHECK(Glide::durationFor(here, here, false) == 0.0);
  const double small = Glide::durationFor(here, {5, 0, 90}, false);
  const double large = Glide::durationFor(here, {120, 0, 90}, false);
  CHECK(small >= 0.35);
  CHECK(large > small);
  CHECK(Glide::durationFor(here, {180, 0, 90}, false) <= 1.2);
  CHECK(Glide::durationFor(here, {-170, 0, 90}, false) == Glide::durationFor(here, {170, 0, 90}, false));
  CHECK(Glide::durationFor(here, {120, 30, 60}, true) == 0.0);
}

TEST_CASE("a zero-length glide is a jump") {
  Glide glide;
  glide.start({0, 0, 90}, {90, -10, 60}, 3.0, 0.0);
  CHECK(glide.finished(3.0));
  CHECK(glide.at(3.0).yaw == 90);
  CHECK(Glide::ease(0.0) == 0.0);
  CHECK(Glide::ease(1.0) == 1.0);
  CHECK(Glide::ease(0.5) == doctest::Approx(0.5));
}

TEST_CASE("ShiftEase: eases to its target, retargets from where it is, a zero duration jumps") {
  ShiftEase shift;
  CHECK(shift.at(0.0) == glm::dvec2{0.0, 0.0});
  shift.retarget({0.0, -200.0}, 1.0, 0.5);
  CHECK(shift.moving(1.2));
  CHECK(shift.at(1.0).y == doctest::Approx(0.0));
  CHECK(shift.at(1.25).y == doctest::Approx(-100.0)); // halfway in time is halfway (symmetric ease)
  CHECK(shift.at(1.5).y == doctest::Approx(-200.0));
  CHECK_FALSE(shift.moving(1.5));
  shift.retarget({0.0, 0.0}, 1.25 + 0.5, 0.5); // closing: from -200 back to 0
  CHECK(shift.at(1.75).y == doctest::Approx(-200.0));
  CHECK(shift.at(2.0).y == doctest::Approx(-100.0));
  shift.retarget({-120.0, 0.0}, 2.0, 0.0); // mid-way retarget with reduced motion: a jump
  CHECK(shift.at(2.0) == glm::dvec2{-120.0, 0.0});
}
