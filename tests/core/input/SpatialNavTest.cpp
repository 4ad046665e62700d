#include <doctest/doctest.h>

#include "core/input/SpatialNav.h"

using namespace shotscape;

TEST_CASE("spatial navigation: the nearest marker that way, straight ahead preferred; none: the view turns") {
  const std::vector<NavTarget> targets = {
      {0, {600, 360}},  // a little left of the centre
      {1, {900, 350}},  // right, level
      {2, {760, 120}},  // right and well up: nearer, but off to the side
      {3, {640, 650}},  // below
      {4, {1200, 700}}, // far right, low
  };
  const glm::dvec2 centre{640, 360};
  CHECK(spatialNext(targets, centre, ControlKey::Right) == 1);
  CHECK(spatialNext(targets, centre, ControlKey::Left) == 0);
  CHECK(spatialNext(targets, centre, ControlKey::Down) == 3);
  CHECK(spatialNext(targets, centre, ControlKey::Up) == 2);
  // From marker 1, right: only marker 4 lies that way (within 60°).
  CHECK(spatialNext(targets, {900, 350}, ControlKey::Right, 1) == 4);
  // From marker 4 nothing lies further right: the view turns.
  CHECK_FALSE(spatialNext(targets, {1200, 700}, ControlKey::Right, 4));
  CHECK_FALSE(spatialNext({}, centre, ControlKey::Left));
  CHECK_FALSE(spatialNext(targets, centre, ControlKey::ZoomIn));
}
