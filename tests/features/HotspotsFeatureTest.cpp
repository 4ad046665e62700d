// The hotspots feature on its own, with the services a Player gives it built by hand (null
// platform, real GL): what it contributes to the overlay's model (markers where the core's
// projection puts them, hover and focus, the panel's view) and what a tap does.
#include "features/hotspots/HotspotsFeature.h"

#include <doctest/doctest.h>

#include "platform/null/NullPlatform.h"

using namespace shotscape;

namespace {

const char* const kManifest = R"({
  "title": "Presenter fixture",
  "scene": {
    "type": "equirect-image", "src": "set.jpg",
    "hotspots": [
      { "id": "window", "yaw": 20, "pitch": 5, "label": "The window", "description": "Lit window by window.",
        "influence": { "auteur": "Anton Veil", "film": "Night Windows", "year": 1954,
                       "media": { "type": "image", "src": "still.jpg" } } },
      { "id": "door", "yaw": -150, "pitch": 0, "label": "The door" }
    ]
  }
})";

struct Services {
  NullPlatform platform{true, 800, 600};
  PlayerOptions options;
  FrameLoop loop{platform};
  View view;
  Stage stage{platform};
  Ducking ducking;
  SceneLoader loader{platform, stage, view, loop, options, {}};
  FeatureContext context{platform, view, stage, loop, ducking, options, loader};
  HotspotsFeature hotspots{context};
  Services() {
    REQUIRE(platform.createGlContext());
    std::string error;
    REQUIRE(stage.build(error));
    view.resize(800, 600, 1.0);
    loader.loadManifest("shot.json");
    REQUIRE(platform.replyText("shot.json", kManifest));
    REQUIRE(platform.replyImage("set.jpg", 256, 128, {90, 90, 90, 255}));
    while (loader.step(platform.nowMs(), 12.0)) {
    }
    REQUIRE(stage.hasPicture(loader.scene()));
  }
  OverlayModel model() const {
    OverlayModel m;
    m.title = "Presenter fixture";
    hotspots.contribute(m);
    return m;
  }
};

} // namespace

TEST_CASE("HotspotsFeature: markers where the projection puts them; the one behind as an edge arrow") {
  Services s;
  const OverlayModel m = s.model();
  REQUIRE(m.markers.size() == 2);
  const auto expected = s.view.projection().pixelFromYawPitch({20.0, 5.0});
  REQUIRE(expected);
  const MarkerView* window = nullptr;
  for (const auto& marker : m.markers)
    if (marker.onScreen) window = &marker;
  REQUIRE(window);
  CHECK(window->x == doctest::Approx(expected->x).epsilon(1e-4));
  CHECK(window->y == doctest::Approx(expected->y).epsilon(1e-4));
  CHECK_FALSE(window->hovered);
  CHECK(window->label.empty()); // labels only while hovered or focused
  const int offScreen = int(std::count_if(m.markers.begin(), m.markers.end(), [](const MarkerView& v) { return !v.onScreen; }));
  CHECK(offScreen == 1); // the door, behind: an arrow on the border
  CHECK_FALSE(m.panel);

  s.hotspots.hover(*expected);
  const OverlayModel hovered = s.model();
  for (const auto& marker : hovered.markers)
    if (marker.onScreen) CHECK(marker.label == "The window");
}

TEST_CASE("HotspotsFeature: a tap on a marker opens it — its panel's view, the events; Escape closes it") {
  Services s;
  const auto at = s.view.projection().pixelFromYawPitch({20.0, 5.0});
  REQUIRE(at);
  CHECK_FALSE(s.hotspots.tap({10.0, 10.0})); // nothing there, no sheet: not taken
  CHECK(s.hotspots.tap(*at));
  CHECK(s.platform.eventTypes() == "hotspotopen");
  CHECK(s.platform.lastEvent("hotspotopen")->detail == R"({"id":"window","by":"pointer"})");
  CHECK(s.hotspots.takeOpened());
  CHECK_FALSE(s.hotspots.takeOpened());
  const OverlayModel m = s.model();
  REQUIRE(m.panel);
  CHECK(m.panel->label == "The window");
  CHECK(m.panel->description == "Lit window by window.");
  CHECK(m.panel->attribution == "Anton Veil \u2014 Night Windows (1954)");
  CHECK(m.panel->hasInfluence);
  CHECK_FALSE(m.panel->hasCommentary);
  CHECK(m.title == "Presenter fixture"); // a side panel on a desktop: the title card stays
  bool sheet = true;
  REQUIRE(s.hotspots.panel(&sheet));
  CHECK_FALSE(sheet);
  CHECK(s.hotspots.handle(Command::Dismiss));
  CHECK(s.platform.eventTypes() == "hotspotopen,hotspotclose");
  CHECK_FALSE(s.hotspots.handle(Command::Dismiss)); // nothing left to dismiss
}

TEST_CASE("HotspotsFeature: on a phone in portrait the panel is a sheet; the title card steps aside") {
  Services s;
  s.view.resize(390, 844, 3.0);
  REQUIRE(s.hotspots.open("door", HotspotOpener::Api));
  bool sheet = false;
  const auto panel = s.hotspots.panel(&sheet);
  REQUIRE(panel);
  CHECK(sheet);
  CHECK(s.hotspots.sheetOpen());
  CHECK(s.model().title.empty());
  // A tap on the scene above the sheet puts it away.
  CHECK(s.hotspots.tap({195.0, panel->y * 0.3}));
  CHECK_FALSE(s.hotspots.sheetOpen());
}
