#include "core/scene/SceneMove.h"

#include <cmath>

#include <doctest/doctest.h>

#include <glm/geometric.hpp>

#include "core/math/Projection.h"

using namespace shotscape;

namespace {
SceneConfig at(double x, double z, double heading) {
  SceneConfig s;
  s.position = PositionConfig{x, 1.6, z};
  s.heading = heading;
  return s;
}
bool near(const glm::dvec3& a, const glm::dvec3& b) { return glm::length(a - b) < 1e-9; }
} // namespace

TEST_CASE("SceneMove: the heading is carried: the same shot-space direction stays in front") {
  const SceneConfig door = at(0, 0, 0), table = at(3, 3, 90);
  const SceneMove move(door, table, MoveKind::Auto, 1000, 800);
  CHECK(move.kind() == MoveKind::Move);
  // Yaw 45 in the door's image is shot-space 45; the table's image is turned by 90.
  CHECK(move.carryYaw(45.0) == doctest::Approx(-45.0));
  CHECK(move.carryYaw(-170.0) == doctest::Approx(100.0)); // wrapped into [-180, 180]
  CHECK(move.at(1000).fromYawOffset == doctest::Approx(90.0));
}

TEST_CASE("SceneMove: both cameras walk the same line, from the old centre to the new one") {
  const SceneConfig door = at(0, 0, 0), table = at(3, 3, 90);
  const SceneMove move(door, table, MoveKind::Move, 1000, 800);
  const MoveFrame start = move.at(1000), middle = move.at(1400), end = move.at(1800);
  // The sphere is twice the distance: the whole walk is half its radius.
  const double length = 0.5;
  CHECK(near(start.fromEye, glm::dvec3(0.0)));
  CHECK(near(end.fromEye, directionFromYawPitch({45.0, 0.0}) * length));
  CHECK(near(start.toEye, -directionFromYawPitch({-45.0, 0.0}) * length));
  CHECK(near(end.toEye, glm::dvec3(0.0)));
  CHECK(middle.progress == doctest::Approx(0.5));
  CHECK(near(middle.fromEye, end.fromEye * 0.5));
  // Fading: nothing of the target at the start, all of it before the end.
  CHECK(start.toOpacity == 0.0);
  CHECK(middle.toOpacity > 0.5);
  CHECK(end.toOpacity == 1.0);
  CHECK_FALSE(move.done(1799));
  CHECK(move.done(1800));
}

TEST_CASE("SceneMove: a cross-fade in place where a position is unknown, a jump when asked") {
  SceneConfig somewhere = at(0, 0, 30), unknown;
  unknown.heading = -60;
  const SceneMove fade(somewhere, unknown, MoveKind::Auto, 0, 500);
  CHECK(fade.kind() == MoveKind::Fade);
  CHECK(near(fade.at(250).fromEye, glm::dvec3(0.0)));
  CHECK(near(fade.at(250).toEye, glm::dvec3(0.0)));
  CHECK(fade.carryYaw(0.0) == doctest::Approx(90.0)); // headings still count
  // Two scenes at one spot fade too (no direction to walk).
  CHECK(SceneMove(somewhere, somewhere, MoveKind::Move, 0, 500).kind() == MoveKind::Fade);

  const SceneMove jump(somewhere, unknown, MoveKind::Jump, 0, 500);
  CHECK(jump.durationMs() == 0.0);
  CHECK(jump.done(0));
  CHECK(jump.at(0).toOpacity == 1.0);
  CHECK(SceneMove().done(0));
}
