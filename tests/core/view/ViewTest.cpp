#include "core/view/View.h"

#include <cmath>

#include <doctest/doctest.h>

using namespace shotscape;

TEST_CASE("View: the API's field is horizontal, the camera keeps the longer side's") {
  View v;
  v.resize(390, 844, 3.0); // a phone in portrait: the longer side is vertical
  v.start({}, {0.0, 0.0, 95.0});
  CHECK(v.camera().hfov() == doctest::Approx(95.0));
  const double horizontal = v.angles().hfov;
  CHECK(horizontal == doctest::Approx(2.0 * std::atan(std::tan(95.0 * M_PI / 360.0) * 390.0 / 844.0) * 180.0 / M_PI));
  CHECK(v.set({NAN, NAN, horizontal}, true) == false); // the same view: nothing changes
  CHECK(v.takeChanged());                              // (start() changed it)
  CHECK_FALSE(v.takeChanged());
  CHECK(v.set({20.0, NAN, NAN}, true));
  CHECK(v.angles().yaw == doctest::Approx(20.0));
  CHECK(v.camera().hfov() == doctest::Approx(95.0));
  CHECK(v.takeChanged());
}

TEST_CASE("View: side by side, the scene takes the left half; reset returns to the start") {
  View v;
  v.resize(1001, 600, 1.0);
  CHECK(v.width() == 1001.0);
  v.setSplit(true);
  CHECK(v.width() == 500.0);
  CHECK(v.canvasWidth() == 1001.0);
  CHECK(v.projection().width() == 500.0);
  v.start({}, {10.0, 5.0, 90.0});
  v.set({100.0, -20.0, 60.0}, false);
  v.reset();
  CHECK(v.camera().yaw() == doctest::Approx(10.0));
  CHECK(v.camera().pitch() == doctest::Approx(5.0));
}

TEST_CASE("View: a glide ends on its target; the lens shift eases to the uncovered part's middle") {
  View v;
  v.resize(800, 600, 1.0);
  v.start({}, {0.0, 0.0, 90.0});
  v.takeChanged();
  v.glideTo({60.0, 10.0, 90.0}, 1.0, 0.5);
  v.aimShift(glm::dvec4{0.0, 0.0, 400.0, 600.0}, 1.0, 0.5); // a side panel covers the right half
  View::Step s = v.step(1.25);
  CHECK(s.changed);
  CHECK(s.shifted);
  CHECK(s.moving);
  CHECK(v.camera().yaw() > 0.0);
  CHECK(v.camera().yaw() < 60.0);
  s = v.step(1.5);
  CHECK_FALSE(s.moving);
  CHECK(v.camera().yaw() == doctest::Approx(60.0));
  CHECK(v.lensShift().x == doctest::Approx(-200.0));
  CHECK(v.lensShift().y == doctest::Approx(0.0));
  CHECK(v.takeChanged());
  // No panel: back to the centre at once.
  v.aimShift(std::nullopt, 2.0, 0.0);
  CHECK(v.lensShift() == glm::dvec2{0.0, 0.0});
}

TEST_CASE("View: the viewer's drag stops a glide") {
  View v;
  v.resize(800, 600, 1.0);
  v.start({}, {0.0, 0.0, 90.0});
  v.glideTo({90.0, 0.0, 90.0}, 0.0, 1.0);
  v.stopGlide();
  CHECK_FALSE(v.step(0.5).moving);
  CHECK(v.camera().yaw() == doctest::Approx(0.0));
}
