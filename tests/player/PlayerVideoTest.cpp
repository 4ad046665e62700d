// The features through the player's wiring and the null platform: video playback, the scene's
// sound under a voice, sharing, autorotation, the keyboard's commands.
#include <doctest/doctest.h>

#include "PlayerFixture.h"

using namespace shotscape;

namespace {

const char* const kVideoManifest = R"({
  "title": "Video fixture",
  "scene": {
    "type": "equirect-video", "poster": "poster.jpg", "startTime": 2,
    "sources": [ { "src": "take.webm" }, { "src": "take.mp4" } ],
    "audio": { "src": "room.m4a", "volume": 0.5 },
    "hotspots": [ { "id": "lamp", "yaw": 20, "pitch": 0, "label": "The lamp", "start": 1, "end": 5,
                    "commentary": { "audio": "lamp.m4a" } } ]
  }
})";

struct VideoFixture : PlayerFixture {
  explicit VideoFixture(PlayerOptions options = {}) : PlayerFixture(std::move(options)) {
    loadManifest("video.json", kVideoManifest);
  }
};

} // namespace

TEST_CASE("video: the poster shows first, the first frame replaces it and the scene is ready") {
  VideoFixture f;
  NullPlatform::Media* video = f.platform->media("take.webm");
  REQUIRE(video);
  CHECK(video->role == "scene");
  CHECK(video->report.muted);         // autoplay starts muted
  CHECK_FALSE(video->report.paused);  // and plays
  CHECK(f.stat("status") == "\"image\"");
  REQUIRE(f.platform->replyImage("poster.jpg", 128, 64, {90, 90, 90, 255}));
  f.platform->settle();
  CHECK(f.platform->eventTypes().find("ready") != std::string::npos); // the poster counts as shown
  f.platform->mediaReady(*video, 10.0);
  CHECK(video->report.currentTime == 2.0); // the manifest's startTime
  f.platform->presentFrame(*video, 64, 32, {10, 200, 10, 255}, 2.0);
  f.platform->runFrame();
  CHECK(f.stat("status") == "\"ready\"");
  CHECK(f.stat("videoUploads") == "1");
  CHECK(f.platform->pixel(160, 20)[1] > 180); // the frame, not the grey poster
  CHECK(f.player->currentTime() == 2.0);
  CHECK(f.stat("activeHotspots") == "\"lamp\""); // its window [1, 5] contains the frame's time
}

TEST_CASE("video: a source that fails hands over to the next; when all fail the scene fails") {
  VideoFixture f;
  NullPlatform::Media* webm = f.platform->media("take.webm");
  REQUIRE(webm);
  webm->callbacks.failed({"take.webm", "unsupported codec"});
  CHECK(webm->released);
  CHECK(f.platform->warnings.back() == "The video could not be played (unsupported codec): take.webm; trying the next source");
  NullPlatform::Media* mp4 = f.platform->media("take.mp4");
  REQUIRE(mp4);
  mp4->callbacks.failed({"take.mp4", "HTTP 404 Not Found"});
  f.platform->settle();
  CHECK(f.stat("status") == "\"failed\"");
  CHECK(f.platform->lastEvent("error")->detail.find("take.mp4: HTTP 404 Not Found") != std::string::npos);
}

TEST_CASE("video: k toggles, j and l seek by ten seconds, m unmutes; play, pause and timeupdate fire") {
  VideoFixture f;
  NullPlatform::Media* video = f.platform->media("take.webm");
  f.platform->mediaReady(*video, 60.0);
  f.platform->presentFrame(*video, 64, 32, {10, 200, 10, 255}, 2.0);
  f.platform->settle(3);
  CHECK(f.platform->eventTypes().find("play") != std::string::npos);
  CHECK(f.player->key("k", true, false, false));
  f.platform->settle(3);
  CHECK(video->report.paused);
  CHECK(f.platform->lastEvent("pause"));
  CHECK(f.player->key("l", true, false, false));
  CHECK(video->report.currentTime == 12.0);
  CHECK(f.player->key("j", true, false, false));
  CHECK(video->report.currentTime == 2.0);
  f.platform->runFrame();
  CHECK(f.platform->lastEvent("timeupdate")->detail == R"({"currentTime":2,"duration":60})");
  CHECK(f.player->key("m", true, false, false));
  CHECK_FALSE(video->report.muted);
  CHECK_FALSE(f.player->key("k", true, false, true)); // with Ctrl: the browser's
}

TEST_CASE("sound: the scene's sound plays at its volume and ducks while the commentary speaks") {
  VideoFixture f;
  NullPlatform::Media* room = f.platform->media("room.m4a");
  REQUIRE(room);
  CHECK(room->loop);
  CHECK(room->report.volume == doctest::Approx(0.5));
  f.platform->mediaReady(*room, 30.0);
  CHECK_FALSE(room->report.paused);
  REQUIRE(f.player->openHotspot("lamp", HotspotOpener::Api));
  NullPlatform::Media* voice = f.platform->media("lamp.m4a");
  REQUIRE(voice);
  f.platform->mediaReady(*voice, 8.0);
  for (int i = 0; i < 120; ++i) f.platform->runFrame();
  CHECK(room->report.volume < 0.5 * 0.5); // ducked under the voice
  f.player->closeHotspot();
  for (int i = 0; i < 200; ++i) f.platform->runFrame();
  CHECK(room->report.volume == doctest::Approx(0.5));
}

TEST_CASE("share: the menu's link is the moment; copying reports back on screen and to screen readers") {
  VideoFixture f;
  f.player->setView({30.0, 0.0, NAN}, false);
  const std::string link = f.player->momentLink(0.1, 0.1, false);
  CHECK(link.find("manifest=video.json") == 0);
  CHECK(link.find("yaw=30") != std::string::npos);
  CHECK(f.player->key("Escape", true, false, false) == false); // nothing to dismiss
}

TEST_CASE("autorotate turns the view until the viewer acts") {
  PlayerOptions options;
  options.autorotate = 10.0;
  auto owned = std::make_unique<NullPlatform>(true, 320, 180);
  NullPlatform* platform = owned.get();
  Player player(std::move(owned), options);
  player.resize(320, 180, 1.0);
  player.loadPanorama("set.jpg");
  platform->settle();
  platform->replyImage("set.jpg", 256, 128, {100, 100, 100, 255});
  for (int i = 0; i < 60; ++i) platform->runFrame(50.0); // 3 s at 10°/s
  CHECK(player.view().yaw == doctest::Approx(30.0).epsilon(0.05));
  player.key("x", true, false, false); // any key press takes over
  const double yaw = player.view().yaw;
  for (int i = 0; i < 20; ++i) platform->runFrame(50.0);
  CHECK(player.view().yaw == yaw);
  CHECK(platform->settle() < 5); // and the frames stop
}
