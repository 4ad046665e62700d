// The player's wiring, driven through the null platform: real GL (Mesa's software rasterizer),
// real Dear ImGui, the test as the page and the network.
#include "player/Player.h"

#include <doctest/doctest.h>

#include "PlayerFixture.h"

using namespace shotscape;

namespace {

const char* const kManifest = R"({
  "title": "Wiring fixture",
  "scene": {
    "type": "equirect-image",
    "src": "set.jpg",
    "hotspots": [
      { "id": "window", "yaw": 30, "pitch": 0, "label": "The window",
        "commentary": { "audio": "window.m4a", "captions": [ { "lang": "en", "label": "English", "src": "window.vtt" } ] } },
      { "id": "door", "yaw": -60, "pitch": 0, "label": "The door" }
    ]
  }
})";

constexpr std::array<std::uint8_t, 4> kRed{200, 30, 30, 255};
constexpr std::array<std::uint8_t, 4> kBlue{30, 30, 200, 255};

struct Fixture : PlayerFixture {
  using PlayerFixture::PlayerFixture;
  // Loads kManifest and its image; returns when the scene is drawn and settled.
  void show() {
    loadManifest("shot.json", kManifest, "http://test/shot.json");
    REQUIRE(platform->replyImage("set.jpg", 256, 128, kRed));
    platform->settle();
  }
  std::string status() const {
    const std::string quoted = stat("status");
    return quoted.substr(1, quoted.size() - 2);
  }
};

} // namespace

TEST_CASE("a manifest loads, its image uploads, and the first drawn frame fires ready") {
  Fixture f;
  f.player->loadManifest("shot.json");
  f.platform->settle();
  CHECK(f.status() == "manifest");
  CHECK(f.platform->pendingTexts() == std::vector<std::string>{"shot.json"});
  REQUIRE(f.platform->replyText("shot.json", kManifest, "http://test/shot.json"));
  f.platform->settle();
  CHECK(f.status() == "image");
  CHECK(f.platform->pendingImages() == std::vector<std::string>{"set.jpg"});
  CHECK(f.platform->eventTypes().find("ready") == std::string::npos);
  REQUIRE(f.platform->replyImage("set.jpg", 256, 128, kRed));
  f.platform->settle();
  CHECK(f.status() == "ready");
  CHECK(f.platform->eventTypes() == "ready");
  CHECK(f.platform->liveImages() == 0); // the decoded pixels were released after the upload
  CHECK(f.platform->pixelNear(160, 20, kRed));
  CHECK(f.platform->views.size() >= 1);
  CHECK(f.platform->settle() == 0); // nothing moves: no frame is requested
}

TEST_CASE("a preview is drawn until the full image is in") {
  Fixture f;
  f.player->loadManifest("shot.json");
  f.platform->settle();
  f.platform->replyText("shot.json", kManifest);
  f.platform->settle();
  REQUIRE(f.platform->replyPreview("set.jpg", 64, 32, kBlue));
  f.platform->settle();
  CHECK(f.platform->eventTypes() == "ready");
  CHECK(f.status() == "image");
  CHECK(f.platform->pixelNear(160, 20, kBlue));
  REQUIRE(f.platform->replyImage("set.jpg", 256, 128, kRed));
  f.platform->settle();
  CHECK(f.status() == "ready");
  CHECK(f.platform->pixelNear(160, 20, kRed));
  CHECK(f.platform->liveImages() == 0);
}

TEST_CASE("a load superseded by another ignores the first one's replies") {
  Fixture f;
  f.player->loadManifest("first.json");
  f.player->loadManifest("shot.json");
  f.platform->settle();
  REQUIRE(f.platform->replyText("first.json", R"({"title": "First", "scene": {"type": "equirect-image", "src": "first.jpg"}})"));
  f.platform->settle();
  CHECK(f.platform->pendingImages().empty());
  REQUIRE(f.platform->replyText("shot.json", kManifest));
  f.platform->settle();
  REQUIRE(f.platform->replyImage("set.jpg", 256, 128, kRed));
  f.platform->settle();
  CHECK(f.status() == "ready");
  CHECK(f.platform->eventTypes() == "ready");
}

TEST_CASE("a broken manifest fails with the field's JSON path, and a missing image with its URL") {
  Fixture f;
  f.player->loadManifest("shot.json");
  f.platform->settle();
  f.platform->replyText("shot.json", R"({"title": "T", "scene": {"type": "equirect-image", "src": 7}})");
  f.platform->settle();
  CHECK(f.status() == "failed");
  REQUIRE(f.platform->lastEvent("error"));
  CHECK(f.platform->lastEvent("error")->detail ==
        R"({"message":"/scene/src: expected a string, got a number","path":"/scene/src","url":"shot.json"})");

  f.player->loadManifest("shot.json");
  f.platform->settle();
  f.platform->replyText("shot.json", kManifest);
  f.platform->settle();
  f.platform->failImage("set.jpg", "HTTP 404 Not Found");
  f.platform->settle();
  CHECK(f.status() == "failed");
  CHECK(f.platform->lastEvent("error")->detail ==
        R"({"message":"The panorama could not be loaded (HTTP 404 Not Found): set.jpg","url":"set.jpg"})");
}

TEST_CASE("without WebGL 2 the player says so and stays failed") {
  Fixture f({}, false);
  CHECK(f.status() == "failed");
  REQUIRE(f.platform->lastEvent("error"));
  CHECK(f.platform->lastEvent("error")->detail.find("WebGL 2 is not available") != std::string::npos);
  f.player->loadManifest("shot.json");
  f.platform->settle();
}

TEST_CASE("opening and closing a hotspot: its media, the events in order, the view's glide") {
  Fixture f;
  f.show();
  REQUIRE(f.player->openHotspot("window", HotspotOpener::Api));
  f.platform->settle();
  CHECK(f.platform->eventTypes() == "ready,hotspotopen");
  CHECK(f.platform->lastEvent("hotspotopen")->detail == R"({"id":"window","by":"api"})");
  NullPlatform::Media* audio = f.platform->media("window.m4a");
  REQUIRE(audio);
  CHECK(audio->role == "commentary");
  CHECK(f.player->view().yaw == doctest::Approx(30.0).epsilon(1e-6)); // the glide ended on the hotspot
  CHECK(f.platform->announcements.back() == "The window, opened. Escape closes it.");

  CHECK_FALSE(f.player->openHotspot("nowhere", HotspotOpener::Api));
  CHECK(f.platform->warnings.back() == "no hotspot with id \"nowhere\" in this scene");

  CHECK(f.player->key("Escape", true, false, false));
  f.platform->settle();
  CHECK(f.platform->eventTypes() == "ready,hotspotopen,hotspotclose");
  CHECK(f.platform->liveMedia() == 0); // the commentary's element was released
}

TEST_CASE("Tab walks the hotspots in yaw order and leaves the player past the end") {
  Fixture f;
  f.show();
  CHECK(f.player->key("Tab", true, false, false));
  CHECK(f.platform->announcements.back() == "The door, hotspot 1 of 2. Press Enter to open.");
  CHECK(f.player->key("Tab", true, false, false));
  CHECK(f.platform->announcements.back() == "The window, hotspot 2 of 2. Press Enter to open.");
  CHECK(f.player->key("Enter", true, false, false));
  f.platform->settle();
  CHECK(f.platform->lastEvent("hotspotopen")->detail == R"({"id":"window","by":"keyboard"})");
  CHECK(f.player->key("Escape", true, false, false));
  f.platform->settle(); // a frame without the panel's controls
  // Past the last marker the controls follow (the button bar's, named with their role), then the
  // focus leaves the player.
  int controls = 0;
  while (f.player->key("Tab", true, false, false) && controls < 20) {
    ++controls;
    CHECK(f.platform->announcements.back().ends_with(", button"));
    f.platform->settle();
  }
  CHECK(controls == 4); // share, reset, projection, fullscreen
  CHECK(f.player->key("Tab", true, false, false)); // and comes back in at the first
  CHECK(f.platform->announcements.back() == "The door, hotspot 1 of 2. Press Enter to open.");
}

TEST_CASE("a lost context is rebuilt on restoration: the image is loaded again and drawn, the view kept") {
  Fixture f;
  f.show();
  f.player->setView({45.0, 10.0, 80.0}, false);
  f.platform->settle();
  f.platform->loseContext();
  f.player->contextLost();
  CHECK(f.platform->settle() == 0); // nothing is drawn while the context is gone
  f.player->contextRestored();
  f.platform->settle();
  REQUIRE(f.platform->replyImage("set.jpg", 256, 128, kBlue));
  f.platform->settle();
  CHECK(f.platform->pixelNear(160, 20, kBlue));
  CHECK(f.player->view().yaw == doctest::Approx(45.0));
  CHECK(f.platform->eventTypes() == "ready");
}

TEST_CASE("a player destroyed with a hotspot open releases everything and tells the page nothing") {
  std::vector<std::string> after;
  bool destroyed = false;
  {
    Fixture f;
    f.show();
    REQUIRE(f.player->openHotspot("window", HotspotOpener::Api));
    f.platform->settle();
    f.platform->onEmit = [&](std::string_view type) {
      if (destroyed) after.emplace_back(type);
    };
    destroyed = true;
    f.player.reset(); // (the element was removed: its host is gone)
  }
  CHECK(after.empty());
}

TEST_CASE("pointers: a drag turns the view; a tap on a marker opens its hotspot; a tap elsewhere does not") {
  Fixture f;
  f.show();
  const double yaw = f.player->view().yaw;
  f.player->pointer(PointerPhase::Down, 1, 160, 90, 0, true);
  for (int x = 150; x >= 100; x -= 10) {
    f.platform->advance(16.0);
    f.player->pointer(PointerPhase::Move, 1, x, 90, 0, true);
  }
  f.player->pointer(PointerPhase::Up, 1, 100, 90, 0, true);
  f.platform->settle();
  CHECK(f.player->view().yaw > yaw + 5.0); // dragged left: the view turned right
  CHECK(f.platform->eventTypes() == "ready");

  f.player->setView({0.0, 0.0, NAN}, true);
  f.platform->settle();
  f.player->pointer(PointerPhase::Down, 2, 20, 170, 0, false); // a finger on nothing
  f.player->pointer(PointerPhase::Up, 2, 20, 170, 0, false);
  f.platform->settle();
  CHECK(f.platform->eventTypes() == "ready");
  // The window's marker: where the core's projection puts yaw 30 on this 320×180 view.
  const auto at = Projection(f.player->view(), 320, 180).pixelFromYawPitch({30.0, 0.0});
  REQUIRE(at);
  f.player->pointer(PointerPhase::Down, 3, at->x, at->y, 0, false);
  f.player->pointer(PointerPhase::Up, 3, at->x + 2, at->y + 1, 0, false);
  f.platform->settle();
  CHECK(f.platform->lastEvent("hotspotopen")->detail == R"({"id":"window","by":"pointer"})");
}
