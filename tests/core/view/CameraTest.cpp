#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>

#include "core/view/Camera.h"

using namespace shotscape;

TEST_CASE("Camera wraps yaw into (-180, 180]") {
  Camera camera;
  camera.setYaw(190.0);
  CHECK(camera.yaw() == doctest::Approx(-170.0));
  camera.setYaw(-180.0);
  CHECK(camera.yaw() == doctest::Approx(180.0));
  camera.setYaw(720.0 + 45.0);
  CHECK(camera.yaw() == doctest::Approx(45.0));
  camera.setYaw(-540.0);
  CHECK(camera.yaw() == doctest::Approx(180.0));
}

TEST_CASE("Camera clamps pitch so the view never passes a pole") {
  Camera camera;
  camera.setPitch(95.0);
  CHECK(camera.pitch() == 90.0);
  camera.setPitch(-1000.0);
  CHECK(camera.pitch() == -90.0);
}

TEST_CASE("Camera clamps hfov to its limits and re-clamps when the limits change") {
  Camera camera;
  camera.setHfov(5.0);
  CHECK(camera.hfov() == 30.0);
  camera.setHfov(179.0);
  CHECK(camera.hfov() == 120.0);
  camera.setLimits({50.0, 60.0, -90.0, 90.0});
  CHECK(camera.hfov() == 60.0);
}

TEST_CASE("Camera ignores non-finite input and reports whether anything changed") {
  Camera camera;
  CHECK_FALSE(camera.setYaw(NAN));
  CHECK_FALSE(camera.setPitch(INFINITY));
  CHECK_FALSE(camera.setHfov(-INFINITY));
  CHECK(camera.setView({10.0, 20.0, 70.0}));
  CHECK_FALSE(camera.setView({10.0, 20.0, 70.0}));
  CHECK(camera.view().yaw == 10.0);
  CHECK(camera.view().pitch == 20.0);
  CHECK(camera.view().hfov == 70.0);
}

TEST_CASE("Camera derives the vertical fov from the aspect ratio") {
  Camera camera;
  camera.setHfov(90.0);
  const auto vfov = [&](double aspect) { return fieldsOfView(camera.hfov(), aspect, 1.0).vertical; };
  CHECK(vfov(1.0) == doctest::Approx(90.0));
  // tan(vfov/2) = tan(45°) / (16/9)
  CHECK(vfov(16.0 / 9.0) == doctest::Approx(2.0 * std::atan(9.0 / 16.0) * 180.0 / M_PI));
  // Portrait: the field spans the longer (vertical) side.
  CHECK(vfov(0.5) == doctest::Approx(90.0));
}

TEST_CASE("the field of view spans the viewport's longer side; the horizontal one converts both ways") {
  const double deg = 180.0 / M_PI;
  // Landscape and square: the field is the horizontal one.
  CHECK(fieldsOfView(95.0, 1280, 720).horizontal == 95.0);
  CHECK(fieldsOfView(95.0, 1280, 720).vertical == doctest::Approx(2.0 * std::atan(std::tan(47.5 / deg) * 720.0 / 1280.0) * deg));
  CHECK(fieldsOfView(95.0, 500, 500).horizontal == 95.0);
  // Portrait 390×844 (issue 12): 95° spans the height, not 134° as when it spanned the width.
  const FieldsOfView phone = fieldsOfView(95.0, 390, 844);
  CHECK(phone.vertical == 95.0);
  CHECK(phone.horizontal == doctest::Approx(2.0 * std::atan(std::tan(47.5 / deg) * 390.0 / 844.0) * deg));
  CHECK(phone.horizontal == doctest::Approx(53.5).epsilon(0.01));
  for (const double w : {200.0, 390.0, 844.0, 2000.0}) {
    for (const double fov : {10.0, 47.0, 95.0, 150.0}) {
      CHECK(fovFromHorizontal(fieldsOfView(fov, w, 844).horizontal, w, 844) == doctest::Approx(fov));
    }
  }
  // Extreme shapes stay sane: 200×800 and 2000×300 (issue 12's bad input).
  CHECK(fieldsOfView(95.0, 200, 800).horizontal > 25.0);
  CHECK(fieldsOfView(95.0, 2000, 300).vertical > 15.0);
}
