#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include <glm/geometric.hpp>

#include "core/manifest/Hotspot.h"
#include "core/math/Angles.h"
#include "core/math/Lens.h"
#include "core/math/Projection.h"
#include "core/scene/HotspotLayout.h"
#include "core/view/View.h"

using namespace shotscape;

namespace {
const LensKind kAll[] = {LensKind::Rectilinear, LensKind::Stereographic, LensKind::Fisheye};

double degreesBetween(const glm::dvec3& a, const glm::dvec3& b) {
  return toDegrees(std::acos(std::fmin(1.0, std::fmax(-1.0, glm::dot(glm::normalize(a), glm::normalize(b))))));
}

// Every pixel of a grid → ray → pixel, within `tolerance` pixels; returns how many landed.
int roundTrips(const Projection& projection, double tolerance) {
  int landed = 0;
  for (int j = 0; j <= 16; ++j)
    for (int i = 0; i <= 16; ++i) {
      const glm::dvec2 pixel{projection.width() * i / 16.0, projection.height() * j / 16.0};
      const glm::dvec3 ray = projection.rayFromPixel(pixel);
      CHECK(glm::length(ray) == doctest::Approx(1.0).epsilon(1e-9));
      const auto back = projection.pixelFromDirection(ray);
      if (!back) continue; // outside a fisheye's circle
      CHECK(glm::length(*back - pixel) < tolerance);
      ++landed;
    }
  return landed;
}
} // namespace

TEST_CASE("lens names: the projection parameter's three values, nothing else") {
  for (LensKind kind : kAll) CHECK(lensFromName(lensName(kind)) == kind);
  CHECK(lensName(LensKind::Stereographic) == "stereographic");
  CHECK_FALSE(lensFromName("nonsense"));
  CHECK_FALSE(lensFromName(""));
  CHECK_FALSE(lensFromName("Fisheye")); // exact, like every other parameter value
}

TEST_CASE("each lens: r(θ) and θ(r) are inverse, undistorted at the centre, and the field's edge at u = 1") {
  for (LensKind kind : kAll) {
    CAPTURE(lensName(kind));
    for (double theta = 0.0; theta < toRadians(89.0); theta += 0.05) CHECK(lensAngleOf(kind, lensRadiusOf(kind, theta)) == doctest::Approx(theta));
    CHECK(lensRadiusOf(kind, 1e-4) == doctest::Approx(1e-4).epsilon(1e-6));
    for (double fov : {40.0, 90.0, 140.0}) {
      const LensMap map(Lens::steady(kind), toRadians(fov) * 0.5);
      CHECK(*map.angle(1.0) == doctest::Approx(toRadians(fov) * 0.5));
      CHECK(*map.radius(toRadians(fov) * 0.5) == doctest::Approx(1.0));
    }
  }
  // What each lens cannot show.
  CHECK_FALSE(LensMap(Lens::steady(LensKind::Rectilinear), 1.0).radius(toRadians(90.0)));
  CHECK_FALSE(LensMap(Lens::steady(LensKind::Stereographic), 1.0).radius(toRadians(180.0)));
  CHECK(LensMap(Lens::steady(LensKind::Stereographic), 1.0).radius(toRadians(179.0)));
  CHECK(LensMap(Lens::steady(LensKind::Fisheye), kPi).radius(kPi));
  CHECK_FALSE(LensMap(Lens::steady(LensKind::Fisheye), kPi).angle(1.01)); // outside the 360° circle
}

TEST_CASE("a morph: angles blend between the two lenses, stay monotonic, and invert by bisection") {
  for (LensKind from : kAll)
    for (LensKind to : kAll) {
      if (from == to) continue;
      for (double mix : {0.1, 0.5, 0.9}) {
        CAPTURE(lensName(from));
        CAPTURE(lensName(to));
        CAPTURE(mix);
        const LensMap map({from, to, mix}, toRadians(100.0) * 0.5);
        const LensMap a(Lens::steady(from), toRadians(100.0) * 0.5), b(Lens::steady(to), toRadians(100.0) * 0.5);
        double previous = -1.0;
        for (double u = 0.0; u < 3.0; u += 0.125) {
          const auto theta = map.angle(u);
          if (!theta) break;
          CHECK(*theta == doctest::Approx(*a.angle(u) * (1.0 - mix) + *b.angle(u) * mix));
          CHECK(*theta > previous);
          previous = *theta;
          CHECK(*map.radius(*theta) == doctest::Approx(u).epsilon(1e-9));
        }
        CHECK(map.centreScale() == doctest::Approx(a.centreScale() * (1.0 - mix) + b.centreScale() * mix));
      }
    }
}

TEST_CASE("projection round trips pixel → ray → pixel in every lens, morphs, lens shifts and portrait viewports") {
  struct Case {
    ViewAngles view;
    double width, height;
    glm::dvec2 shift;
  };
  const Case cases[] = {
      {{30, 10, 90}, 1280, 720, {0, 0}},     {{-120, -60, 140}, 1280, 720, {-200, 0}}, {{0, 89, 110}, 390, 844, {0, 0}},
      {{170, -90, 60}, 800, 800, {40, -30}}, {{5, 45, 120}, 844, 390, {0, 0}},
  };
  for (const Case& c : cases)
    for (LensKind kind : kAll) {
      CAPTURE(lensName(kind));
      CAPTURE(c.view.hfov);
      CHECK(roundTrips(Projection(c.view, c.width, c.height, c.shift, Lens::steady(kind)), 1e-6) > 200);
      CHECK(roundTrips(Projection(c.view, c.width, c.height, c.shift, {LensKind::Rectilinear, kind, 0.4}), 1e-5) > 200);
    }
  // The wide fields only the other lenses have.
  for (double fov : {200.0, 260.0, 300.0}) {
    CHECK(roundTrips(Projection({0, -90, fov}, 1280, 720, {0, 0}, Lens::steady(LensKind::Stereographic)), 1e-6) == 17 * 17);
    CHECK(roundTrips(Projection({0, 0, fov}, 1280, 720, {0, 0}, Lens::steady(LensKind::Fisheye)), 1e-6) > 150);
  }
}

TEST_CASE("rectilinear through the lens path and through the fast path agree") {
  const Projection fast({40, 20, 100}, 1280, 720, {30, 0});
  const Projection morphEnd({40, 20, 100}, 1280, 720, {30, 0}, {LensKind::Fisheye, LensKind::Rectilinear, 0.999999999});
  for (const glm::dvec2 pixel : {glm::dvec2{0, 0}, glm::dvec2{640, 360}, glm::dvec2{1279, 10}, glm::dvec2{300, 700}})
    CHECK(degreesBetween(fast.rayFromPixel(pixel), morphEnd.rayFromPixel(pixel)) < 1e-4);
  CHECK(fast.pixelsPerRadian() == doctest::Approx(640.0 / std::tan(toRadians(50.0))));
}

TEST_CASE("stereographic little planet: the nadir at the centre, the horizon a ring, nothing hidden but straight up") {
  const Projection p({0, -90, 260}, 1000, 1000, {0, 0}, Lens::steady(LensKind::Stereographic));
  const auto nadir = p.pixelFromYawPitch({0, -90});
  REQUIRE(nadir);
  CHECK(nadir->x == doctest::Approx(500));
  CHECK(nadir->y == doctest::Approx(500));
  // The horizon lies 90° off the view: r = 2 tan 45° against the edge's 2 tan 65°.
  const double ring = 500.0 * std::tan(toRadians(45.0)) / std::tan(toRadians(65.0));
  for (double yaw = -180.0; yaw < 180.0; yaw += 30.0) {
    const auto at = p.pixelFromYawPitch({yaw, 0});
    REQUIRE(at);
    CHECK(glm::length(*at - glm::dvec2{500, 500}) == doctest::Approx(ring));
  }
  CHECK(p.pixelFromYawPitch({0, 80}));
  CHECK_FALSE(p.pixelFromYawPitch({0, 90}));
  // Looking down with yaw 0, the front (yaw 0) lies toward the top of the picture, as a rectilinear
  // view tilted down shows it.
  CHECK(p.pixelFromYawPitch({0, 0})->y < 500);
}

TEST_CASE("fisheye at 360°: the whole sphere inside a circle, straight behind on its rim") {
  const Projection p({0, 0, 360}, 1000, 500, {0, 0}, Lens::steady(LensKind::Fisheye));
  const auto side = p.pixelFromYawPitch({90, 0});
  REQUIRE(side);
  CHECK(side->x == doctest::Approx(750)); // 90° of 180° to the edge
  const auto nearlyBehind = p.pixelFromYawPitch({179.9, 0});
  REQUIRE(nearlyBehind);
  CHECK(nearlyBehind->x == doctest::Approx(1000).epsilon(1e-3));
  CHECK_FALSE(p.pixelFromDirection({0, 0, 1}));
  // Outside the circle: the ray straight behind, a direction the picture shows nowhere else.
  CHECK(degreesBetween(p.rayFromPixel({500, 0}), {0, 0, -1}) == doctest::Approx(90.0));
  CHECK(degreesBetween(p.rayFromPixel({0, 0}), {0, 0, 1}) < 1e-9);
}

TEST_CASE("fields of view through a lens: the longer side's field is hfov, the other follows the lens") {
  for (LensKind kind : kAll) {
    CAPTURE(lensName(kind));
    const Lens lens = Lens::steady(kind);
    const FieldsOfView landscape = fieldsOfView(100.0, 1600, 900, lens);
    CHECK(landscape.horizontal == doctest::Approx(100.0));
    const Projection p({0, 0, 100}, 1600, 900, {0, 0}, lens);
    const double top = degreesBetween(p.rayFromPixel({800, 0}), p.forwardUnit());
    CHECK(landscape.vertical == doctest::Approx(2.0 * top));
    // Portrait: the API's horizontal field and back.
    const double longer = fovFromHorizontal(70.0, 390, 844, lens);
    CHECK(fieldsOfView(longer, 390, 844, lens).horizontal == doctest::Approx(70.0).epsilon(1e-6));
    CHECK(longer > 70.0);
  }
  CHECK(fieldsOfView(100.0, 1600, 900).vertical == doctest::Approx(fieldsOfView(100.0, 1600, 900, Lens{}).vertical));
}

TEST_CASE("View::setLens: morphs over time, frames the little planet, widens and narrows the limits, comes back") {
  View view;
  view.resize(1280, 720, 1.0);
  CameraLimits limits;
  limits.maxHfov = 120.0;
  view.start(limits, {20, 5, 100});
  CHECK(view.lens().rectilinear());
  CHECK(view.setLens(LensKind::Stereographic, 10.0, 1.0, true));
  CHECK_FALSE(view.setLens(LensKind::Stereographic, 10.0, 1.0, true)); // already on its way
  view.step(10.5);
  CHECK(view.lens().morphing());
  CHECK(view.lens().mix == doctest::Approx(0.5));
  CHECK(view.camera().view().hfov > 100.0);
  const auto end = view.step(11.0);
  CHECK(end.changed);
  CHECK(view.lens() == Lens::steady(LensKind::Stereographic));
  CHECK(view.camera().view().pitch == doctest::Approx(-90.0));
  CHECK(view.camera().view().hfov == doctest::Approx(lensFraming(LensKind::Stereographic).hfov));
  CHECK(view.camera().view().yaw == doctest::Approx(20.0));
  CHECK(view.camera().limits().maxHfov == doctest::Approx(lensMaxFov(LensKind::Stereographic)));
  // Zoomed out past rectilinear's limit, then back: the pitch and field it left.
  view.set({NAN, NAN, 290.0}, false);
  CHECK(view.camera().view().hfov == doctest::Approx(290.0));
  CHECK(view.setLens(LensKind::Rectilinear, 20.0, 0.8, true));
  for (double t = 20.0; t <= 21.0; t += 0.1) view.step(t);
  CHECK(view.lens().rectilinear());
  CHECK(view.camera().view().pitch == doctest::Approx(5.0));
  CHECK(view.camera().view().hfov == doctest::Approx(100.0));
  CHECK(view.camera().limits().maxHfov == doctest::Approx(120.0));
  // At once (reduced motion), without framing: only the lens and the limits change.
  CHECK(view.setLens(LensKind::Fisheye, 30.0, 0.0, false));
  CHECK(view.lens() == Lens::steady(LensKind::Fisheye));
  CHECK(view.camera().view().hfov == doctest::Approx(100.0));
  CHECK(view.camera().limits().maxHfov == doctest::Approx(360.0));
  view.set({NAN, NAN, 400.0}, false);
  CHECK(view.camera().view().hfov == doctest::Approx(360.0));
  // Back to rectilinear at once: the field clamps to the scene's limit.
  view.setLens(LensKind::Rectilinear, 31.0, 0.0, false);
  CHECK(view.camera().view().hfov == doctest::Approx(120.0));
  CHECK(view.projection().lens().rectilinear());
}

TEST_CASE("hotspot markers and the tiles' level follow the lens") {
  std::vector<HotspotConfig> hotspots(3);
  hotspots[0].yaw = 0, hotspots[0].pitch = 0;
  hotspots[1].yaw = 120, hotspots[1].pitch = -10; // behind a rectilinear view, inside a little planet
  hotspots[2].yaw = 0, hotspots[2].pitch = 90;    // straight up: hidden by the little planet
  const Projection planet({0, -90, 260}, 1000, 800, {0, 0}, Lens::steady(LensKind::Stereographic));
  const HotspotLayout layout(hotspots, planet, std::nullopt);
  REQUIRE(layout.placements().size() == 3);
  for (const HotspotPlacement& p : layout.placements()) {
    const auto at = planet.pixelFromYawPitch({hotspots[p.index].yaw, hotspots[p.index].pitch});
    CHECK(p.onScreen == (p.index != 2));
    if (p.onScreen) CHECK(glm::length(p.position - *at) < 1e-9);
  }
  const Projection wide({0, 0, 90}, 1000, 800, {0, 0}, Lens::steady(LensKind::Fisheye));
  const Projection rect({0, 0, 90}, 1000, 800);
  // A fisheye at the same field shows its centre at 4/π the rectilinear's magnification.
  CHECK(wide.pixelsPerRadian() / rect.pixelsPerRadian() == doctest::Approx(1.0 / (kPi / 4.0)));
}
