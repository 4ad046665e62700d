#include "core/scene/Scene.h"

#include <cmath>
#include <functional>

#include <doctest/doctest.h>

#include "core/scene/Tour.h"

using namespace shotscape;

TEST_CASE("Scene: a guarded callback runs while its scene lives, and not after") {
  int ran = 0, dropped = 0;
  std::function<void(int)> callback, withFallback;
  {
    Scene scene;
    callback = scene.guard([&](int n) { ran += n; });
    withFallback = scene.guard([&](int n) { ran += n; }, [&](int n) { dropped += n; });
    callback(1);
    withFallback(2);
    CHECK(ran == 3);
  }
  callback(10);      // the scene is gone: nothing happens
  withFallback(100); // its fallback runs instead (a decoded image is still released)
  CHECK(ran == 3);
  CHECK(dropped == 100);
}

TEST_CASE("Scene: configured from its config, with one layer and the hotspots' directions") {
  Scene scene;
  CHECK_FALSE(scene.configured());
  CHECK(scene.layers().empty());
  scene.load().beginManifest();
  SceneConfig config;
  config.src = "set.jpg";
  HotspotConfig h;
  h.id = "window";
  h.yaw = 90.0;
  config.hotspots.push_back(h);
  scene.configure(config, "http://test/shot.json");
  CHECK(scene.configured());
  CHECK(scene.baseUrl() == "http://test/shot.json");
  REQUIRE(scene.layers().size() == 1);
  CHECK(scene.layers()[0].source.kind == Source::Kind::Image);
  CHECK(scene.layers()[0].source.url == "set.jpg");
  CHECK(scene.layers()[0].geometry->kind() == GeometryKind::Equirect);
  REQUIRE(scene.hotspotDirections().size() == 1);
  CHECK(scene.hotspotDirections()[0].x == doctest::Approx(1.0)); // yaw 90: to the right
  CHECK(scene.hotspot("window") == &scene.config().hotspots[0]);
  CHECK(scene.hotspot("door") == nullptr);
  scene.fail("The panorama could not be loaded (HTTP 404): set.jpg");
  CHECK(scene.load().status() == LoadStatus::Failed);
  CHECK(scene.error() == "The panorama could not be loaded (HTTP 404): set.jpg");
  CHECK(scene.errorPath().empty());
}

TEST_CASE("Scene: links are markers after the hotspots, named after their targets by the tour") {
  ManifestConfig manifest;
  manifest.scenes.resize(2);
  manifest.scenes[0].id = "door";
  manifest.scenes[0].hotspots.push_back(HotspotConfig{.id = "lamp", .yaw = 10.0, .label = "The lamp"});
  manifest.scenes[0].links = {LinkConfig{.target = "table", .yaw = 90.0, .pitch = -20.0}};
  manifest.scenes[1].id = "table";
  manifest.scenes[1].title = "At the table";
  manifest.scenes[1].links = {LinkConfig{.target = "door", .yaw = -90.0, .label = "Back to the door"}};
  const Tour tour(std::move(manifest));
  Scene door;
  door.configure(tour.start(), "");
  REQUIRE(door.markers().size() == 2);
  CHECK(door.markers()[0].id == "lamp");
  CHECK(door.link(0) == nullptr);
  CHECK(door.markers()[1].id == "link:table");
  CHECK(door.markers()[1].label == "At the table");
  CHECK(door.markers()[1].target == "table");
  CHECK(door.markers()[1].pitch == -20.0);
  CHECK(door.link(1) == &tour.start().links[0]);
  CHECK(door.link(2) == nullptr);
  REQUIRE(door.hotspotDirections().size() == 2);
  CHECK(door.hotspotDirections()[1].x == doctest::Approx(std::cos(20.0 * M_PI / 180.0)));
  CHECK(door.hotspot("link:table") == nullptr); // links are not hotspots
  CHECK(tour.scene("table")->links[0].label == "Back to the door");
}

TEST_CASE("Scene: a video scene's layer is its sources and poster") {
  Scene scene;
  SceneConfig config;
  config.type = SceneType::EquirectVideo;
  config.sources = {{"a.webm", VideoFormat::WebM}, {"a.mp4", VideoFormat::Mp4}};
  config.poster = "poster.jpg";
  scene.configure(config, "");
  REQUIRE(scene.layers().size() == 1);
  const Source& source = scene.layers()[0].source;
  CHECK(source.kind == Source::Kind::Video);
  CHECK(source.videos.size() == 2);
  CHECK(source.poster == "poster.jpg");
}

TEST_CASE("Tour: today's one-scene manifest is a tour of one") {
  ManifestConfig manifest;
  manifest.title = "The set";
  manifest.director = "A. Director";
  manifest.scenes[0].src = "set.jpg";
  const Tour tour(std::move(manifest));
  CHECK(tour.title() == "The set");
  CHECK(tour.director() == "A. Director");
  REQUIRE(tour.scenes().size() == 1);
  CHECK(tour.start().src == "set.jpg");
  CHECK(tour.scene("main") == &tour.start());
  CHECK(tour.scene("elsewhere") == nullptr);
}
