// Tours through the player: link markers, moves between scenes (both drawn, the heading carried),
// preloading neighbours, the back action, a neighbour that fails, a moment link's scene.
#include <doctest/doctest.h>

#include "PlayerFixture.h"

using namespace shotscape;

namespace {

// The door at the origin looking along +z; the table 3 m right and 3 m ahead, its image turned by
// 90°; the window (whose image is missing) beyond; a far scene no link leads to from the door.
const char* const kTour = R"({
  "title": "Tour fixture",
  "scenes": [
    {"id": "door", "title": "From the door", "type": "equirect-image", "src": "door.jpg",
     "position": {"x": 0, "y": 1.6, "z": 0}, "heading": 0,
     "links": [{"target": "table"}, {"target": "window", "yaw": -90}]},
    {"id": "table", "title": "At the table", "type": "equirect-image", "src": "table.jpg",
     "position": {"x": 3, "y": 1.6, "z": 3}, "heading": 90,
     "links": [{"target": "door"}, {"target": "far", "yaw": 180}]},
    {"id": "window", "type": "equirect-image", "src": "window.jpg", "links": [{"target": "door", "yaw": 0}]},
    {"id": "far", "type": "equirect-image", "src": "far.jpg", "links": [{"target": "table", "yaw": 0}]}
  ]
})";

constexpr std::array<std::uint8_t, 4> kRed{200, 30, 30, 255};
constexpr std::array<std::uint8_t, 4> kBlue{30, 30, 200, 255};

struct TourFixture : PlayerFixture {
  explicit TourFixture(PlayerOptions options = {}) : PlayerFixture(std::move(options)) {
    loadManifest("tour.json", kTour, "http://test/tour.json");
  }
};

} // namespace

TEST_CASE("a tour opens at its start scene and preloads its neighbours, nearest first, one at a time") {
  TourFixture t;
  CHECK(t.player->sceneId() == "door");
  // The door's own image first: no neighbour competes with it.
  CHECK(t.platform->pendingImages() == std::vector<std::string>{"door.jpg"});
  REQUIRE(t.platform->replyImage("door.jpg", 256, 128, kRed));
  t.platform->settle();
  // The table has a position (4.2 m away); the window has none: the table first.
  CHECK(t.platform->pendingImages() == std::vector<std::string>{"table.jpg"});
  REQUIRE(t.platform->replyImage("table.jpg", 256, 128, kBlue));
  t.platform->settle();
  CHECK(t.platform->pendingImages() == std::vector<std::string>{"window.jpg"});
  CHECK(t.stat("preloadedScenes") == "1");
  CHECK(t.stat("preloadedBytes") != "0");
  CHECK(t.platform->pixelNear(160, 90, kRed)); // still the door
  CHECK(t.player->scenesJson().find(R"({"id":"table","title":"At the table","links":[{"target":"door","label":"From the door"})") !=
        std::string::npos);
}

TEST_CASE("following a link: scenechange, both scenes drawn during the move, the heading carried, then scenemoveend") {
  TourFixture t;
  REQUIRE(t.platform->replyImage("door.jpg", 256, 128, kRed));
  t.platform->settle();
  REQUIRE(t.platform->replyImage("table.jpg", 256, 128, kBlue));
  t.platform->settle();
  t.player->setView({40.0, 5.0, NAN}, true);
  t.platform->settle();
  REQUIRE(t.player->setScene("table", {}, SceneChangeBy::Api));
  t.platform->runFrame();
  const auto* change = t.platform->lastEvent("scenechange");
  REQUIRE(change);
  CHECK(change->detail == R"({"from":"door","to":"table","by":"api","transition":"move","durationMs":1000})");
  CHECK(t.player->sceneId() == "table");
  // Shot-space yaw 40 stays ahead: the table's image is turned by 90.
  CHECK(t.player->view().yaw == doctest::Approx(-50.0));
  CHECK(t.player->view().pitch == doctest::Approx(5.0));
  // Mid-move both scenes show: the door's red under the table's blue.
  for (int i = 0; i < 30; ++i) t.platform->runFrame(16.0);
  CHECK(t.stat("moving") == "true");
  const auto mid = t.platform->pixel(160, 90);
  CHECK(mid[0] > 60);
  CHECK(mid[2] > 60);
  t.platform->settle();
  CHECK(t.stat("moving") == "false");
  CHECK(t.platform->lastEvent("scenemoveend")->detail == R"({"from":"door","to":"table"})");
  CHECK(t.platform->pixelNear(160, 90, kBlue));
  CHECK(t.stat("blankMoveFrames") == "0");
  CHECK(std::stoi(t.stat("moveFrames")) >= 50); // about a second at 60 frames a second
  // The door stays preloaded (the table links back); the far scene loads next.
  // (The window's download from the door goes on in the browser; its scene was dropped.)
  CHECK(t.platform->pendingImages() == std::vector<std::string>{"window.jpg", "far.jpg"});
  // Back: the door again, keyboard.
  CHECK(t.player->key("Backspace", true, false, false));
  t.platform->runFrame();
  CHECK(t.platform->lastEvent("scenechange")->detail == R"({"from":"table","to":"door","by":"keyboard","transition":"move","durationMs":1000})");
  t.platform->settle();
  CHECK(t.player->view().yaw == doctest::Approx(40.0));
  CHECK(t.platform->pixelNear(160, 90, kRed));
  CHECK_FALSE(t.player->back(SceneChangeBy::Api)); // nothing before the door now
}

TEST_CASE("a link whose scene failed to load: the move does not start, error names the URL, the viewer stays") {
  TourFixture t;
  REQUIRE(t.platform->replyImage("door.jpg", 256, 128, kRed));
  t.platform->settle();
  REQUIRE(t.platform->replyImage("table.jpg", 256, 128, kBlue));
  t.platform->settle();
  REQUIRE(t.platform->failImage("window.jpg", "HTTP 404"));
  t.platform->settle();
  CHECK(t.platform->eventTypes().find("error") == std::string::npos); // not before the viewer goes there
  CHECK(t.player->setScene("window", {}, SceneChangeBy::Pointer));
  t.platform->settle();
  const auto* error = t.platform->lastEvent("error");
  REQUIRE(error);
  CHECK(error->detail == R"({"message":"The panorama could not be loaded (HTTP 404): window.jpg","url":"window.jpg","scene":"window"})");
  CHECK(t.player->sceneId() == "door");
  CHECK(t.platform->lastEvent("scenechange") == nullptr);
  CHECK(t.platform->pixelNear(160, 90, kRed));
}

TEST_CASE("a scene not yet loaded: the move waits for its preview, then sharpens in place") {
  TourFixture t;
  REQUIRE(t.platform->replyImage("door.jpg", 256, 128, kRed));
  t.platform->settle();
  // Straight to the window before the table's preload finished.
  CHECK(t.player->setScene("window", {}, SceneChangeBy::Api));
  t.platform->settle();
  CHECK(t.stat("movePending") == "true");
  CHECK(t.player->sceneId() == "door");
  REQUIRE(t.platform->replyPreview("window.jpg", 64, 32, kBlue));
  t.platform->settle();
  CHECK(t.player->sceneId() == "window");
  CHECK(t.platform->lastEvent("scenechange")->detail.find(R"("transition":"fade")") != std::string::npos);
  CHECK(t.stat("status") == "\"image\""); // the full image is still on its way
  CHECK(t.platform->pixelNear(160, 40, kBlue)); // (its link back to the door is at the centre)
  REQUIRE(t.platform->replyImage("window.jpg", 256, 128, kBlue));
  t.platform->settle();
  CHECK(t.stat("status") == "\"ready\"");
}

TEST_CASE("prefers-reduced-motion: a jump, no frame in between") {
  TourFixture t;
  t.platform->reducedMotion = true;
  REQUIRE(t.platform->replyImage("door.jpg", 256, 128, kRed));
  t.platform->settle();
  REQUIRE(t.platform->replyImage("table.jpg", 256, 128, kBlue));
  t.platform->settle();
  REQUIRE(t.player->setScene("table", {}, SceneChangeBy::Api));
  t.platform->runFrame();
  CHECK(t.platform->lastEvent("scenechange")->detail.find(R"("transition":"jump","durationMs":0)") != std::string::npos);
  CHECK(t.platform->lastEvent("scenemoveend"));
  CHECK(t.stat("moveFrames") == "0");
  CHECK(t.platform->pixelNear(160, 90, kBlue));
}

TEST_CASE("a moment link's scene opens first; an unknown one is one warning and the start scene") {
  PlayerOptions options;
  options.scene = "table";
  options.yaw = 12.0;
  TourFixture linked(options);
  CHECK(linked.player->sceneId() == "table");
  CHECK(linked.player->view().yaw == doctest::Approx(12.0));
  CHECK(linked.platform->pendingImages() == std::vector<std::string>{"table.jpg"});
  CHECK(linked.player->momentLink(0.1, 0.1, false).find("scene=table") != std::string::npos);

  PlayerOptions unknown;
  unknown.scene = "attic";
  TourFixture t(unknown);
  CHECK(t.player->sceneId() == "door");
  CHECK(t.platform->warnings == std::vector<std::string>{"no scene \"attic\" in this tour; the start scene opens"});
  CHECK_FALSE(t.player->setScene("attic", {}, SceneChangeBy::Api));
}

TEST_CASE("link markers: in the Tab order with hotspots, named after their scene; Enter follows") {
  TourFixture t;
  REQUIRE(t.platform->replyImage("door.jpg", 256, 128, kRed));
  t.platform->settle();
  REQUIRE(t.platform->replyImage("table.jpg", 256, 128, kBlue));
  t.platform->settle();
  // By yaw: the window's way (-90) first, then the table's (45).
  CHECK(t.player->key("Tab", true, false, false));
  t.platform->settle();
  CHECK(t.platform->announcements.back() == "window, way 1 of 2. Press Enter to go there.");
  CHECK(t.player->key("Tab", true, false, false));
  t.platform->settle();
  CHECK(t.platform->announcements.back() == "At the table, way 2 of 2. Press Enter to go there.");
  CHECK(t.player->key("Enter", true, false, false));
  t.platform->runFrame();
  CHECK(t.platform->lastEvent("scenechange")->detail.find(R"("to":"table","by":"keyboard")") != std::string::npos);
}

TEST_CASE("two takes of one sync group: the new one starts where the old one will be, the old one plays until the new one shows, then the new one catches up by its playback rate") {
  PlayerFixture f;
  NullPlatform* platform = f.platform;
  Player& player = *f.player;
  f.loadManifest("takes.json", R"({"title": "Takes", "scenes": [
    {"id": "a", "type": "equirect-video", "syncGroup": "take", "sources": [{"src": "a.mp4"}], "links": [{"target": "b", "yaw": 0}]},
    {"id": "b", "type": "equirect-video", "syncGroup": "take", "sources": [{"src": "b.mp4"}], "links": [{"target": "a", "yaw": 0}]}]})");
  NullPlatform::Media* a = platform->media("a.mp4");
  REQUIRE(a);
  platform->mediaReady(*a, 30.0);
  platform->presentFrame(*a, 64, 32, {200, 30, 30, 255}, 0.0);
  platform->runFrame();
  a->report.currentTime = 7.25; // playing
  const double leftAt = platform->nowMs();
  REQUIRE(player.setScene("b", {}, SceneChangeBy::Api));
  platform->runFrame();
  NullPlatform::Media* b = platform->media("b.mp4");
  REQUIRE(b);
  CHECK_FALSE(a->released); // still sounding
  // …and still drawn, frame by frame, until the new take has a picture.
  platform->presentFrame(*a, 64, 32, {30, 200, 30, 255}, 7.26);
  platform->runFrame();
  CHECK(platform->pixelNear(160, 20, {30, 200, 30, 255}));
  platform->advance(40.0);  // metadata later: the old take went on meanwhile
  platform->mediaReady(*b, 30.0);
  // Sought to where the old take will be once this one plays (a seek is expected to take 150 ms).
  const double target = 7.25 + (platform->nowMs() - leftAt) / 1000.0 + 0.15;
  CHECK(b->report.currentTime == doctest::Approx(target).epsilon(1e-9));
  CHECK_FALSE(b->report.paused);
  // Its first frame comes 300 ms later, 166 ms behind the old take: the old take goes now (no
  // silence between them), and the new one plays faster until it has caught up.
  platform->advance(300.0);
  platform->presentFrame(*b, 64, 32, {30, 30, 200, 255}, target);
  platform->runFrame();
  CHECK(a->released);
  CHECK(b->rate == 1.25);
  CHECK(b->report.currentTime == doctest::Approx(target)); // no second seek: no stall
  // Within half a frame: normal speed again.
  platform->advance(300.0);
  platform->presentFrame(*b, 64, 32, {30, 30, 200, 255}, 7.25 + (platform->nowMs() + 16.0 - leftAt) / 1000.0);
  platform->runFrame();
  CHECK(b->rate == 1.0);
  platform->settle();
  CHECK(platform->pixelNear(160, 20, {30, 30, 200, 255}));
}

TEST_CASE("the viewer keeps dragging through a move: the drag turns the view in the new scene's frame") {
  TourFixture t;
  REQUIRE(t.platform->replyImage("door.jpg", 256, 128, kRed));
  t.platform->settle();
  REQUIRE(t.platform->replyImage("table.jpg", 256, 128, kBlue));
  t.platform->settle();
  t.player->pointer(PointerPhase::Down, 1, 160, 90, 0, true);
  t.platform->runFrame();
  REQUIRE(t.player->setScene("table", {}, SceneChangeBy::Api));
  t.platform->runFrame();
  const double carried = t.player->view().yaw; // the door's 0 → the table's -90
  CHECK(carried == doctest::Approx(-90.0));
  for (int x = 150; x >= 100; x -= 10) {
    t.player->pointer(PointerPhase::Move, 1, x, 90, 0, true);
    t.platform->runFrame();
  }
  CHECK(t.stat("moving") == "true");
  CHECK(t.player->view().yaw > carried + 5.0); // dragged left: the view turned right
  t.player->pointer(PointerPhase::Up, 1, 100, 90, 0, true);
  t.platform->settle();
  CHECK(t.stat("scene") == "\"table\"");
}

TEST_CASE("a take of a sync group left for an image scene stops at once") {
  PlayerFixture f;
  NullPlatform* platform = f.platform;
  Player& player = *f.player;
  f.loadManifest("mixed.json", R"({"title": "Mixed", "scenes": [
    {"id": "a", "type": "equirect-video", "syncGroup": "take", "sources": [{"src": "a.mp4"}], "links": [{"target": "still", "yaw": 0}]},
    {"id": "still", "type": "equirect-image", "src": "still.jpg", "links": [{"target": "a", "yaw": 0}]}]})");
  NullPlatform::Media* a = platform->media("a.mp4");
  REQUIRE(a);
  platform->mediaReady(*a, 30.0);
  platform->presentFrame(*a, 64, 32, {200, 30, 30, 255}, 0.0);
  platform->settle();
  REQUIRE(platform->replyImage("still.jpg", 256, 128, {30, 30, 200, 255}));
  platform->settle();
  REQUIRE(player.setScene("still", {}, SceneChangeBy::Api));
  platform->runFrame();
  CHECK(a->released);
}
