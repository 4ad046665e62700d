#include <doctest/doctest.h>

#include <cmath>

#include <glm/geometric.hpp>

#include "core/math/Projection.h"

using namespace shotscape;

namespace {
double angleBetweenDeg(const YawPitch& a, const YawPitch& b) {
  const double c = glm::dot(directionFromYawPitch(a), directionFromYawPitch(b));
  return std::acos(std::fmin(1.0, std::fmax(-1.0, c))) * 180.0 / M_PI;
}
} // namespace

TEST_CASE("yaw/pitch convention: yaw 0 looks down -Z, yaw 90 to the right (+X), pitch up is +Y") {
  const auto front = directionFromYawPitch({0, 0});
  CHECK(front.z == doctest::Approx(-1.0));
  const auto right = directionFromYawPitch({90, 0});
  CHECK(right.x == doctest::Approx(1.0));
  const auto up = directionFromYawPitch({0, 90});
  CHECK(up.y == doctest::Approx(1.0));
}

TEST_CASE("equirectangular uv: yaw 0 at the image centre, yaw grows to the right, top row is pitch 90") {
  auto uv = equirectUvFromYawPitch({0, 0});
  CHECK(uv.x == doctest::Approx(0.5));
  CHECK(uv.y == doctest::Approx(0.5));
  uv = equirectUvFromYawPitch({90, 45});
  CHECK(uv.x == doctest::Approx(0.75));
  CHECK(uv.y == doctest::Approx(0.25));
  uv = equirectUvFromYawPitch({180, -90});
  CHECK(uv.x == doctest::Approx(1.0));
  CHECK(uv.y == doctest::Approx(1.0));
}

TEST_CASE("round trips yaw/pitch -> direction -> yaw/pitch and -> uv -> yaw/pitch within 1e-4 degrees") {
  for (double pitch = -89.5; pitch <= 89.5; pitch += 7.25) {
    for (double yaw = -179.5; yaw <= 180.0; yaw += 11.75) {
      const YawPitch in{yaw, pitch};
      const YawPitch viaDir = yawPitchFromDirection(directionFromYawPitch(in));
      CHECK(angleBetweenDeg(in, viaDir) < 1e-4);
      CHECK(std::abs(Camera::wrapYaw(viaDir.yaw - yaw)) < 1e-4);
      CHECK(std::abs(viaDir.pitch - pitch) < 1e-4);
      const YawPitch viaUv = yawPitchFromEquirectUv(equirectUvFromYawPitch(in));
      CHECK(std::abs(Camera::wrapYaw(viaUv.yaw - yaw)) < 1e-4);
      CHECK(std::abs(viaUv.pitch - pitch) < 1e-4);
    }
  }
}

TEST_CASE("round trips pixel -> ray -> pixel for many views, including straight up and across yaw 180") {
  const ViewAngles views[] = {{0, 0, 90}, {180, 0, 75}, {-135, 30, 100}, {45, 90, 90}, {10, -90, 60}, {179.9, -45, 30}};
  for (const auto& view : views) {
    const Projection projection(view, 1280, 720);
    for (double x = 0.5; x < 1280; x += 97.3) {
      for (double y = 0.5; y < 720; y += 61.7) {
        const auto ray = projection.rayFromPixel({x, y});
        const auto back = projection.pixelFromDirection(ray);
        REQUIRE(back.has_value());
        CHECK(back->x == doctest::Approx(x).epsilon(1e-9));
        CHECK(back->y == doctest::Approx(y).epsilon(1e-9));
        const auto angles = projection.yawPitchFromPixel({x, y});
        const auto viaAngles = projection.pixelFromYawPitch(angles);
        REQUIRE(viaAngles.has_value());
        // 1e-4 degrees at this zoom is well under a thousandth of a pixel.
        CHECK(std::abs(viaAngles->x - x) < 1e-3);
        CHECK(std::abs(viaAngles->y - y) < 1e-3);
      }
    }
  }
}

TEST_CASE("the viewport centre looks at the camera's yaw/pitch, and the edges span hfov") {
  const Projection projection({30, 20, 90}, 1000, 500);
  const auto centre = projection.yawPitchFromPixel({500, 250});
  CHECK(centre.yaw == doctest::Approx(30.0));
  CHECK(centre.pitch == doctest::Approx(20.0));
  const Projection level({0, 0, 90}, 1000, 500);
  CHECK(level.yawPitchFromPixel({1000, 250}).yaw == doctest::Approx(45.0));
  CHECK(level.yawPitchFromPixel({0, 250}).yaw == doctest::Approx(-45.0));
  CHECK(level.yawPitchFromPixel({500, 0}).pitch == doctest::Approx(std::atan(0.5) * 180.0 / M_PI));
}

TEST_CASE("directions behind the camera do not project") {
  const Projection projection({0, 0, 90}, 800, 600);
  CHECK_FALSE(projection.pixelFromYawPitch({180, 0}).has_value());
  CHECK_FALSE(projection.pixelFromYawPitch({95, 0}).has_value());
  CHECK(projection.pixelFromYawPitch({40, 0}).has_value());
}

TEST_CASE("looking straight up keeps yaw's meaning: the top of the screen is behind the viewer") {
  const Projection projection({0, 90, 90}, 800, 800);
  // Screen-up while looking at the zenith points toward yaw 180 (the view tipped back).
  const auto top = projection.yawPitchFromPixel({400, 0});
  CHECK(std::abs(top.yaw) == doctest::Approx(180.0));
  const auto right = projection.yawPitchFromPixel({800, 400});
  CHECK(right.yaw == doctest::Approx(90.0));
}

TEST_CASE("portrait viewports: the field spans the height, and pixels round-trip through directions") {
  const Projection p({10, -5, 95}, 390, 844);
  CHECK(p.tanHalfV() == doctest::Approx(std::tan(47.5 * M_PI / 180.0)));
  CHECK(p.tanHalfH() == doctest::Approx(p.tanHalfV() * 390.0 / 844.0));
  // The top edge's middle is half the field above the centre.
  CHECK(p.yawPitchFromPixel({195, 0}).pitch == doctest::Approx(-5 + 47.5));
  for (const glm::dvec2 px : {glm::dvec2{0, 0}, glm::dvec2{390, 844}, glm::dvec2{100, 700}}) {
    const auto back = p.pixelFromDirection(p.rayFromPixel(px));
    REQUIRE(back);
    CHECK(back->x == doctest::Approx(px.x));
    CHECK(back->y == doctest::Approx(px.y));
  }
}

TEST_CASE("a lens shift moves the picture without turning it: the view's direction lands at the centre given") {
  const double w = 390, h = 844;
  const glm::dvec2 shift{0.0, -250.0}; // 250 px above the middle (a sheet covers the bottom)
  const ViewAngles view{30, 4, 95};
  const Projection shifted(view, w, h, shift);
  const auto centre = shifted.pixelFromYawPitch({30, 4});
  REQUIRE(centre);
  CHECK(centre->x == doctest::Approx(w / 2));
  CHECK(centre->y == doctest::Approx(h / 2 - 250));
  CHECK(shifted.yawPitchFromPixel({w / 2, h / 2 - 250}).pitch == doctest::Approx(4));
  // Not turned: a vertical line in the world stays vertical on screen (same x above and below).
  const auto high = shifted.pixelFromYawPitch({40, 30}), low = shifted.pixelFromYawPitch({40, -30});
  REQUIRE(high);
  REQUIRE(low);
  const Projection level({30, 0, 95}, w, h, shift);
  const auto highLevel = level.pixelFromYawPitch({40, 30}), lowLevel = level.pixelFromYawPitch({40, -30});
  CHECK(highLevel->x == doctest::Approx(lowLevel->x)); // pitch 0 + shift: verticals stay vertical
  // Every pixel round-trips.
  for (const glm::dvec2 px : {glm::dvec2{0, 0}, glm::dvec2{w, h}, glm::dvec2{50, 600}}) {
    const auto back = shifted.pixelFromDirection(shifted.rayFromPixel(px));
    REQUIRE(back);
    CHECK(back->x == doctest::Approx(px.x));
    CHECK(back->y == doctest::Approx(px.y));
  }
  // The shifted picture is the unshifted one moved by the shift, for directions near the centre.
  const auto a = Projection(view, w, h).pixelFromYawPitch({32, 6});
  const auto b = shifted.pixelFromYawPitch({32, 6});
  CHECK(b->x - a->x == doctest::Approx(0.0).epsilon(1e-9));
  CHECK(b->y - a->y == doctest::Approx(-250.0));
}

TEST_CASE("viewPlacing frames a point at a chosen pixel (a hotspot beside the panel)") {
  const double w = 864, h = 720;
  for (const YawPitch target : {YawPitch{0, 4}, YawPitch{73, -3}, YawPitch{179, 30}, YawPitch{-113, -50}}) {
    for (const glm::dvec2 pixel : {glm::dvec2{w * 0.5, h * 0.5}, glm::dvec2{w * 0.4, h * 0.2}, glm::dvec2{w * 0.7, h * 0.6}}) {
      const ViewAngles view = viewPlacing(target, 95.0, w, h, pixel);
      CHECK(view.hfov == 95.0);
      const auto landed = Projection(view, w, h).pixelFromYawPitch(target);
      REQUIRE(landed);
      CHECK(landed->x == doctest::Approx(pixel.x).epsilon(0.001));
      CHECK(landed->y == doctest::Approx(pixel.y).epsilon(0.001));
    }
  }
  const ViewAngles centred = viewPlacing({30, 10}, 90.0, w, h, {w * 0.5, h * 0.5});
  CHECK(centred.yaw == doctest::Approx(30));
  CHECK(centred.pitch == doctest::Approx(10));
}
