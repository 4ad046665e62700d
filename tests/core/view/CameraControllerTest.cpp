#include <doctest/doctest.h>

#include <cmath>

#include "core/view/CameraController.h"
#include "core/math/Projection.h"

using namespace shotscape;

TEST_CASE("dragging right turns the view left, by the field of view per viewport width") {
  Camera camera;
  camera.setView({0, 0, 90});
  CameraController controller(camera);
  controller.setViewport(900, 600);
  controller.pointerDown(1, {100, 300}, 0.0);
  CHECK(controller.pointerMove(1, {400, 300}, 0.1));
  CHECK(camera.yaw() == doctest::Approx(-30.0));
  controller.pointerMove(1, {400, 400}, 0.2);
  CHECK(camera.pitch() > 0.0);
}

TEST_CASE("a released fling coasts and decays exponentially, then stops") {
  Camera camera;
  CameraController controller(camera, ControllerSettings{});
  controller.setViewport(1000, 500);
  double t = 0.0;
  controller.pointerDown(1, {500, 250}, t);
  for (int i = 1; i <= 5; ++i) controller.pointerMove(1, {500.0 - 20.0 * i, 250}, t += 0.016);
  controller.pointerUp(1, {400, 250}, t);
  const double speed0 = controller.velocity().x;
  CHECK(speed0 > 50.0);
  CHECK(controller.animating());
  const double yaw0 = camera.yaw();
  controller.update(t);
  for (int i = 0; i < 30; ++i) controller.update(t += 0.01);
  // After one time constant the speed has fallen to 1/e of its release value.
  CHECK(controller.velocity().x == doctest::Approx(speed0 * std::exp(-1.0)).epsilon(1e-6));
  // Coasting distance integrates v·exp(-t/τ).
  CHECK(camera.yaw() - yaw0 == doctest::Approx(speed0 * 0.3 * (1.0 - std::exp(-1.0))).epsilon(1e-6));
  for (int i = 0; i < 200 && controller.animating(); ++i) controller.update(t += 0.016);
  CHECK_FALSE(controller.animating());
  CHECK(controller.velocity().x == 0.0);
}

TEST_CASE("a drag that paused before release does not coast") {
  Camera camera;
  CameraController controller(camera);
  controller.setViewport(1000, 500);
  controller.pointerDown(1, {500, 250}, 0.0);
  controller.pointerMove(1, {450, 250}, 0.016);
  controller.pointerUp(1, {450, 250}, 0.5);
  CHECK_FALSE(controller.animating());
}

TEST_CASE("wheel zoom keeps the direction under the cursor in place") {
  Camera camera;
  camera.setView({20, 10, 90});
  CameraController controller(camera);
  controller.setViewport(1280, 720);
  const glm::dvec2 cursor{1000, 200};
  const auto before = Projection(camera.view(), 1280, 720).yawPitchFromPixel(cursor);
  CHECK(controller.wheel(cursor, -300));
  CHECK(camera.hfov() < 90.0);
  const auto after = Projection(camera.view(), 1280, 720).yawPitchFromPixel(cursor);
  CHECK(after.yaw == doctest::Approx(before.yaw).epsilon(1e-4));
  CHECK(after.pitch == doctest::Approx(before.pitch).epsilon(1e-4));
}

TEST_CASE("pinch zooms by the ratio of finger distances") {
  Camera camera;
  camera.setView({0, 0, 100});
  CameraController controller(camera);
  controller.setViewport(800, 800);
  controller.pointerDown(1, {300, 400}, 0.0);
  controller.pointerDown(2, {500, 400}, 0.0);
  controller.pointerMove(2, {600, 400}, 0.05); // distance 200 -> 300
  CHECK(camera.hfov() == doctest::Approx(100.0 * 200.0 / 300.0));
  controller.pointerUp(2, {600, 400}, 0.1);
  controller.pointerUp(1, {300, 400}, 0.1);
  CHECK_FALSE(controller.animating());
}

TEST_CASE("held arrow keys turn at a speed proportional to hfov; +/- zoom") {
  Camera camera;
  camera.setView({0, 0, 90});
  CameraController controller(camera);
  controller.setViewport(800, 600);
  controller.key(ControlKey::Right, true, 0.0);
  CHECK(controller.animating());
  CHECK(controller.update(0.0) == false);
  CHECK(controller.update(0.1));
  CHECK(camera.yaw() == doctest::Approx(0.9 * 90.0 * 0.1));
  CHECK(controller.key(ControlKey::Right, false, 0.15));
  CHECK(camera.yaw() == doctest::Approx(0.9 * 90.0 * 0.15));
  CHECK_FALSE(controller.animating());
  controller.key(ControlKey::ZoomIn, true, 0.15);
  controller.update(0.2);
  CHECK(camera.hfov() < 90.0);
  controller.stop();
  CHECK_FALSE(controller.animating());
}
