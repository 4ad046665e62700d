#include <doctest/doctest.h>

#include <cmath>

#include "core/scene/HotspotLayout.h"

using namespace shotscape;

namespace {
HotspotConfig at(const char* id, double yaw, double pitch) {
  HotspotConfig h;
  h.id = id;
  h.yaw = yaw;
  h.pitch = pitch;
  h.label = id;
  return h;
}
} // namespace

TEST_CASE("hotspots in view get markers where the projection puts them; others get edge indicators") {
  const std::vector<HotspotConfig> hotspots = {at("ahead", 0, 0), at("right", 30, 10), at("behind", 180, 0),
                                               at("far-left", -100, 0), at("above", 0, 80)};
  const Projection projection({0, 0, 90}, 1280, 720);
  const HotspotLayout layout(hotspots, projection, std::nullopt);
  const auto& p = layout.placements();
  REQUIRE(p.size() == 5);
  CHECK(p[0].onScreen);
  CHECK(p[0].position.x == doctest::Approx(640));
  CHECK(p[0].position.y == doctest::Approx(360));
  CHECK(p[1].onScreen);
  const auto expected = *projection.pixelFromYawPitch({30, 10});
  CHECK(p[1].position.x == doctest::Approx(expected.x));
  CHECK(p[1].position.y == doctest::Approx(expected.y));
  CHECK_FALSE(p[2].onScreen); // straight behind: points down ("turn around")
  CHECK(p[2].pointing.x == doctest::Approx(0));
  CHECK(p[2].pointing.y == doctest::Approx(1));
  CHECK(p[2].position.y == doctest::Approx(720 - 28));
  CHECK_FALSE(p[3].onScreen); // to the left: on the left edge, pointing left
  CHECK(p[3].position.x == doctest::Approx(28));
  CHECK(p[3].pointing.x == doctest::Approx(-1));
  CHECK(p[3].pointing.y == doctest::Approx(0));
  CHECK_FALSE(p[4].onScreen); // above the top edge, pointing up
  CHECK(p[4].position.y == doctest::Approx(28));
  CHECK(p[4].pointing.x == doctest::Approx(0));
  CHECK(p[4].pointing.y == doctest::Approx(-1));
}

TEST_CASE("beside an open panel, a hotspot under it gets an indicator on the uncovered area's border") {
  const std::vector<HotspotConfig> hotspots = {at("ahead", 0, 0), at("under-panel", 35, 0), at("behind", 180, 0)};
  const Projection projection({0, 0, 90}, 1280, 720);
  HotspotLayoutSettings settings;
  settings.uncovered = glm::dvec4{0, 0, 860, 720}; // a panel over x > 860
  const HotspotLayout layout(hotspots, hotspotDirections(hotspots), projection, std::nullopt, settings);
  const auto& p = layout.placements();
  REQUIRE(p.size() == 3);
  CHECK(p[0].onScreen);
  const auto covered = *projection.pixelFromYawPitch({35, 0});
  REQUIRE(covered.x > 860); // the premise: on screen, but under the panel
  CHECK_FALSE(p[1].onScreen);
  CHECK(p[1].position.x == doctest::Approx(860 - 28)); // at the panel's edge, pointing right at it
  CHECK(p[1].pointing.x == doctest::Approx(1));
  CHECK(p[1].pointing.y == doctest::Approx(0));
  CHECK(p[2].position.x == doctest::Approx(430)); // behind: down, centred on the uncovered part
  CHECK(p[2].position.y == doctest::Approx(720 - 28));
  CHECK_FALSE(layout.hitTest(covered).has_value()); // nothing to click through the panel
}

TEST_CASE("hit testing picks the nearest on-screen marker within the radius") {
  const std::vector<HotspotConfig> hotspots = {at("a", 0, 0), at("b", 1.5, 0), at("c", 180, 0)};
  const Projection projection({0, 0, 90}, 1280, 720);
  const HotspotLayout layout(hotspots, projection, std::nullopt);
  const auto b = *projection.pixelFromYawPitch({1.5, 0});
  CHECK(layout.hitTest({640, 360}) == std::optional<size_t>(0));
  CHECK(layout.hitTest({b.x + 3, b.y}) == std::optional<size_t>(1));
  CHECK_FALSE(layout.hitTest({640, 100}).has_value());
  CHECK_FALSE(layout.hitTest({640, 720 - 28}).has_value()); // edge indicators are not markers
}

TEST_CASE("time windows: a hotspot is absent before its start, present inside, absent from its end") {
  HotspotConfig h = at("timed", 0, 0);
  h.start = 5.0;
  h.end = 9.0;
  CHECK(HotspotLayout::activeAt(h, std::nullopt)); // no timeline: always
  CHECK_FALSE(HotspotLayout::activeAt(h, 4.999));
  CHECK(HotspotLayout::activeAt(h, 5.0));
  CHECK(HotspotLayout::activeAt(h, 8.999));
  CHECK_FALSE(HotspotLayout::activeAt(h, 9.0));
  const Projection projection({0, 0, 90}, 800, 600);
  CHECK(HotspotLayout({h}, projection, 4.0).placements().empty());
  CHECK(HotspotLayout({h}, projection, 6.0).placements().size() == 1);
}

TEST_CASE("Tab order follows yaw from west to east among active hotspots") {
  std::vector<HotspotConfig> hotspots = {at("c", 90, 0), at("a", -170, 0), at("d", 179, 0), at("b", 0, 0)};
  hotspots[3].start = 10.0;
  CHECK(HotspotLayout::yawOrder(hotspots, std::nullopt) == std::vector<size_t>{1, 3, 0, 2});
  CHECK(HotspotLayout::yawOrder(hotspots, 2.0) == std::vector<size_t>{1, 0, 2});
}
