#include <doctest/doctest.h>

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>

#include "core/math/Angles.h"
#include "core/view/Immersive.h"

using namespace shotscape;

namespace {
// A head (or eye) facing `heading` degrees (yaw toward +X from -Z), pitched and rolled.
glm::dquat facing(double heading, double pitch = 0.0, double roll = 0.0) {
  return glm::angleAxis(toRadians(-heading), glm::dvec3(0, 1, 0)) * glm::angleAxis(toRadians(pitch), glm::dvec3(1, 0, 0)) *
         glm::angleAxis(toRadians(roll), glm::dvec3(0, 0, -1));
}

// An eye as a headset gives it: an asymmetric frustum (the nasal side narrower), a viewport half
// of a side-by-side framebuffer.
XrEye eye(const XrPose& pose, int which) {
  XrEye e;
  e.pose = pose;
  const double inner = 0.85, outer = 1.15, down = 1.2, up = 1.0, near = 0.1;
  const double l = -(which == 0 ? outer : inner) * near, r = (which == 0 ? inner : outer) * near;
  e.projection = glm::frustum(l, r, -down * near, up * near, near, 100.0);
  e.viewport = {which * 800, 0, 800, 900};
  e.eye = which;
  return e;
}

XrRay rayToward(const Immersive& im, const glm::dvec3& from, const YawPitch& at) {
  return {from, glm::normalize(im.toRef(directionFromYawPitch(at)))};
}
} // namespace

TEST_CASE("entering faces what the screen showed, keeps the head's pitch, and follows its turns") {
  Immersive im;
  CHECK(im.state() == Immersive::State::Off);
  im.begin({120.0, 10.0, 90.0});
  CHECK(im.state() == Immersive::State::Starting);
  im.pose({{0.1, 1.6, 0.0}, facing(37.0, 0.0)});
  CHECK(im.running());
  CHECK(im.gaze().yaw == doctest::Approx(120.0));
  CHECK(im.gaze().pitch == doctest::Approx(0.0).epsilon(1e-9));
  // The head turns 30° right and looks up 20°: the scene's yaw and pitch follow.
  im.pose({{0.1, 1.6, 0.0}, facing(67.0, 20.0)});
  CHECK(im.gaze().yaw == doctest::Approx(150.0));
  CHECK(im.gaze().pitch == doctest::Approx(20.0));
  // A move to a scene turned 25° further: the same head sees 25° less of its yaw.
  im.turn(-25.0);
  CHECK(im.gaze().yaw == doctest::Approx(125.0));
  // Leaving gives the entered view back, whatever the head did.
  const ViewAngles back = im.end();
  CHECK(back.yaw == 120.0);
  CHECK(back.pitch == 10.0);
  CHECK(back.hfov == 90.0);
  CHECK(im.state() == Immersive::State::Off);
}

TEST_CASE("an eye's projection in the scene agrees with the headset's matrices, pixel for pixel") {
  Immersive im;
  im.begin({-45.0, 0.0, 90.0});
  im.pose({{0.0, 1.6, 0.0}, facing(10.0, 5.0, 3.0)});
  for (int which = 0; which < 2; ++which) {
    const XrEye e = eye({{which ? 0.032 : -0.032, 1.6, 0.0}, facing(10.0, 5.0, 3.0)}, which);
    const Projection p = im.eyeProjection(e);
    const glm::dmat4 sky = Immersive::skyToClip(e);
    for (const YawPitch at : {YawPitch{-45.0, 5.0}, YawPitch{-20.0, 25.0}, YawPitch{-80.0, -30.0}, YawPitch{-50.0, 40.0}}) {
      CAPTURE(which);
      CAPTURE(at.yaw);
      CAPTURE(at.pitch);
      // Where the headset's own matrices put the direction, in the eye's viewport pixels (y down)...
      const glm::dvec4 clip = sky * glm::dvec4(im.toRef(directionFromYawPitch(at)), 1.0);
      REQUIRE(clip.w > 0.0);
      const glm::dvec2 ndc{clip.x / clip.w, clip.y / clip.w};
      const glm::dvec2 pixel{(ndc.x + 1.0) * 0.5 * e.viewport[2], (1.0 - ndc.y) * 0.5 * e.viewport[3]};
      // ...is where the panorama's projection finds it, both ways.
      const auto found = p.pixelFromYawPitch(at);
      REQUIRE(found);
      CHECK(found->x == doctest::Approx(pixel.x).epsilon(1e-6));
      CHECK(found->y == doctest::Approx(pixel.y).epsilon(1e-6));
      const YawPitch back = yawPitchFromDirection(p.rayFromPixel(pixel));
      CHECK(back.yaw == doctest::Approx(at.yaw).epsilon(1e-6));
      CHECK(back.pitch == doctest::Approx(at.pitch).epsilon(1e-6));
    }
  }
}

TEST_CASE("a ray picks the marker it points at, from the controller's place, within the pick radius") {
  Immersive im;
  im.begin({0.0, 0.0, 90.0});
  im.pose({{0.0, 1.6, 0.0}, facing(-90.0)});
  const std::vector<YawPitch> markers{{30.0, 0.0}, {-40.0, 10.0}, {0.0, -60.0}};
  const glm::dvec3 hand{0.2, 1.2, -0.3}; // a controller at the right hip
  CHECK(im.pick(rayToward(im, hand, {30.0, 0.0}), markers) == std::optional<size_t>(0));
  CHECK(im.pick(rayToward(im, hand, {-37.0, 11.0}), markers) == std::optional<size_t>(1));
  CHECK(im.pick(rayToward(im, hand, {2.0, -58.0}), markers) == std::optional<size_t>(2));
  CHECK_FALSE(im.pick(rayToward(im, hand, {30.0 + Immersive::kPickRadiusDeg + 1.0, 0.0}), markers));
  CHECK_FALSE(im.pick(rayToward(im, hand, {150.0, 0.0}), markers));
}

TEST_CASE("the panel stands ahead of the head, level, and a ray finds the point it meets") {
  Immersive im;
  im.begin({0.0, 0.0, 90.0});
  im.pose({{0.0, 1.6, 0.0}, facing(25.0, -30.0)});
  CHECK_FALSE(im.panel());
  im.placePanel(0.75);
  REQUIRE(im.panel());
  const XrQuad& q = *im.panel();
  CHECK(q.centre.y == doctest::Approx(1.6 + Immersive::kPanelRise));
  CHECK(glm::length(q.centre - glm::dvec3(0.0, 1.6 + Immersive::kPanelRise, 0.0)) == doctest::Approx(Immersive::kPanelDistance));
  CHECK(glm::length(q.right) * 2.0 == doctest::Approx(Immersive::kPanelWidth));
  CHECK(glm::length(q.up) / glm::length(q.right) == doctest::Approx(0.75));
  // Straight at its centre, at its top-left corner, past its edge, from behind.
  const glm::dvec3 eyes{0.0, 1.6, 0.0};
  const auto centre = im.panelHit({eyes, glm::normalize(q.centre - eyes)});
  REQUIRE(centre);
  CHECK(centre->x == doctest::Approx(0.5));
  CHECK(centre->y == doctest::Approx(0.5));
  const glm::dvec3 corner = q.centre - q.right * 0.9 + q.up * 0.9;
  const auto topLeft = im.panelHit({{0.1, 1.0, 0.0}, glm::normalize(corner - glm::dvec3(0.1, 1.0, 0.0))});
  REQUIRE(topLeft);
  CHECK(topLeft->x == doctest::Approx(0.05));
  CHECK(topLeft->y == doctest::Approx(0.05));
  CHECK_FALSE(im.panelHit({eyes, glm::normalize(q.centre + q.right * 1.2 - eyes)}));
  CHECK_FALSE(im.panelHit({eyes, -glm::normalize(q.centre - eyes)}));
  // The panel stays where it was placed when the head turns; the captions follow the head.
  im.pose({{0.0, 1.6, 0.0}, facing(100.0)});
  CHECK(im.panel()->centre == q.centre);
  const XrQuad caption = im.captionQuad(0.2);
  const glm::dvec3 ahead = glm::normalize(caption.centre - glm::dvec3(0.0, 1.6, 0.0));
  CHECK(toDegrees(std::asin(ahead.y)) < -10.0);
  CHECK(yawPitchFromDirection(im.toScene(ahead)).yaw == doctest::Approx(im.gaze().yaw).epsilon(1e-6));
  im.clearPanel();
  CHECK_FALSE(im.panel());
}

TEST_CASE("markers at infinity: the same direction from both eyes") {
  Immersive im;
  im.begin({0.0, 0.0, 90.0});
  im.pose({{0.0, 1.6, 0.0}, facing(0.0)});
  const XrQuad m = im.markerQuad({10.0, 5.0});
  const YawPitch at = yawPitchFromDirection(im.toScene(glm::normalize(m.centre)));
  CHECK(at.yaw == doctest::Approx(10.0));
  CHECK(at.pitch == doctest::Approx(5.0));
  CHECK(glm::length(m.right) == doctest::Approx(Immersive::kMarkerDistance * std::tan(toRadians(Immersive::kMarkerRadiusDeg))));
  CHECK(std::abs(m.right.y) < 1e-12); // level
  const XrEye left = eye({{-0.032, 1.6, 0.0}, facing(0.0)}, 0), right = eye({{0.032, 1.6, 0.0}, facing(0.0)}, 1);
  const glm::dvec4 a = Immersive::skyToClip(left) * glm::dvec4(m.centre, 1.0), b = Immersive::skyToClip(right) * glm::dvec4(m.centre, 1.0);
  // The eyes' frusta differ; their directions do not (no parallax for what is at infinity).
  const Projection pl = im.eyeProjection(left), pr = im.eyeProjection(right);
  CHECK(yawPitchFromDirection(pl.rayFromPixel({(a.x / a.w + 1) * 400, (1 - a.y / a.w) * 450})).yaw == doctest::Approx(10.0));
  CHECK(yawPitchFromDirection(pr.rayFromPixel({(b.x / b.w + 1) * 400, (1 - b.y / b.w) * 450})).yaw == doctest::Approx(10.0));
}
