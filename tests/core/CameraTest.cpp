#include <doctest/doctest.h>

#include <cmath>

#include "core/Camera.h"

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
  CHECK(camera.vfov(1.0) == doctest::Approx(90.0));
  // tan(vfov/2) = tan(45°) / (16/9)
  CHECK(camera.vfov(16.0 / 9.0) == doctest::Approx(2.0 * std::atan(9.0 / 16.0) * 180.0 / M_PI));
  CHECK(camera.vfov(0.5) > 90.0);
}
