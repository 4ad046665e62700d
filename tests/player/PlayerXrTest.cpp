// Headsets through the null platform (the test is the browser's WebXR): the player's session
// frames drawn for two eyes into the framebuffer, selects, and the session's end — features/xr and
// Player::xrFrame with real GL (Mesa) and real ImGui.
#include <doctest/doctest.h>

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>

#include "PlayerFixture.h"
#include "core/math/Angles.h"

using namespace shotscape;

namespace {
const char* const kManifest = R"({
  "title": "Headset fixture",
  "scene": {
    "type": "equirect-image",
    "src": "set.jpg",
    "initialView": {"yaw": 40, "pitch": 0, "hfov": 90},
    "hotspots": [
      { "id": "window", "yaw": 30, "pitch": 0, "label": "The window", "description": "A painted skyline." },
      { "id": "door", "yaw": -60, "pitch": 0, "label": "The door" }
    ]
  }
})";
constexpr std::array<std::uint8_t, 4> kRed{200, 30, 30, 255};

struct Fixture : PlayerFixture {
  Fixture() {
    loadManifest("shot.json", kManifest, "http://test/shot.json");
    REQUIRE(platform->replyImage("set.jpg", 256, 128, kRed));
    platform->settle();
  }
  // A frame of a headset standing at the origin, facing -Z: two eyes side by side over the
  // 320×180 framebuffer, 90° fields, 64 mm apart; `rays` pointing rays.
  XrFrame frame(std::vector<XrRay> rays = {}) const {
    XrFrame f;
    f.nowMs = platform->nowMs();
    f.eyeCount = 2;
    for (int i = 0; i < 2; ++i) {
      XrEye& e = f.eyes[i];
      e.eye = i;
      e.pose.position = {i ? 0.032 : -0.032, 0.0, 0.0};
      e.projection = glm::perspective(glm::radians(90.0), 160.0 / 180.0, 0.1, 100.0);
      e.viewport = {i * 160, 0, 160, 180};
    }
    f.rayCount = int(rays.size());
    for (size_t i = 0; i < rays.size(); ++i) f.rays[i] = rays[i];
    return f;
  }
  void xrFrames(int n, std::vector<XrRay> rays = {}) {
    for (int i = 0; i < n; ++i) {
      platform->advance(11.0);
      platform->xr.frame(frame(rays));
    }
  }
};

// From the head toward a scene direction, entered at yaw 40 facing -Z: the scene turned by 40°.
XrRay toward(double yaw, double pitch) {
  const double h = toRadians(yaw - 40.0), p = toRadians(pitch);
  return {{0.2, -0.3, -0.2}, glm::normalize(glm::dvec3(std::sin(h) * std::cos(p), std::sin(p), -std::cos(h) * std::cos(p)))};
}
} // namespace

TEST_CASE("a headset: offered, entered, both eyes drawn, a hotspot opened with a ray, left with the view as it was") {
  Fixture f;
  REQUIRE(f.platform->xr.frame);
  CHECK(f.player->statsJson().find("\"xr\":{\"available\":false") != std::string::npos);
  CHECK_FALSE(f.player->enterXr()); // nothing to enter yet
  CHECK(f.platform->xrRequests == 0);
  f.platform->xr.available(true);
  f.platform->settle();
  const ViewAngles entered = f.player->view();
  REQUIRE(f.player->enterXr());
  CHECK(f.platform->xrRequests == 1);
  CHECK_FALSE(f.player->enterXr()); // one session at a time
  f.platform->xr.started();
  REQUIRE(f.platform->lastEvent("xrchange"));
  CHECK(f.platform->lastEvent("xrchange")->detail == R"({"active":true,"by":"api"})");

  // The screen's frames stop while the headset's draw both eyes: the panorama in each half.
  const long drawnBefore = std::stol(f.stat("framesDrawn"));
  f.xrFrames(3);
  CHECK(f.platform->pixelNear(80, 90, kRed, 12));
  CHECK(f.platform->pixelNear(240, 90, kRed, 12));
  f.platform->settle();
  CHECK(std::stol(f.stat("framesDrawn")) == drawnBefore);
  CHECK(f.player->statsJson().find("\"sessionFrames\":3,") != std::string::npos);

  // A ray at the window hotspot lights it; a select opens it, by "headset", the view untouched.
  f.xrFrames(2, {toward(30.0, 0.0)});
  CHECK(f.player->statsJson().find("\"hovered\":\"window\"") != std::string::npos);
  f.platform->xr.select(toward(30.5, 1.0));
  REQUIRE(f.platform->lastEvent("hotspotopen"));
  CHECK(f.platform->lastEvent("hotspotopen")->detail == R"({"id":"window","by":"headset"})");
  f.xrFrames(3);
  CHECK(f.player->statsJson().find("\"panel\":true") != std::string::npos);
  // A select at nothing does nothing.
  f.platform->xr.select(toward(150.0, -40.0));
  CHECK(f.platform->eventTypes().find("hotspotclose") == std::string::npos);

  // The headset taken off: the session ends unasked; the entered view, a warning, the screen draws.
  f.platform->xr.ended(false);
  CHECK(f.platform->lastEvent("xrchange")->detail == R"({"active":false,"reason":"ended"})");
  CHECK(f.player->view().yaw == doctest::Approx(entered.yaw));
  CHECK(f.player->view().pitch == doctest::Approx(entered.pitch));
  CHECK(f.player->view().hfov == doctest::Approx(entered.hfov));
  CHECK(f.platform->warnings.back().find("session ended") != std::string::npos);
  f.platform->settle();
  CHECK(std::stol(f.stat("framesDrawn")) > drawnBefore);
}

TEST_CASE("a session that cannot start is said, and the player stays on the screen") {
  Fixture f;
  f.platform->xr.available(true);
  REQUIRE(f.player->enterXr());
  f.platform->xr.failed("NotSupportedError: no headset");
  REQUIRE(f.platform->lastEvent("xrchange"));
  CHECK(f.platform->lastEvent("xrchange")->detail ==
        R"({"active":false,"reason":"failed","message":"NotSupportedError: no headset"})");
  CHECK(f.platform->warnings.back().find("could not start") != std::string::npos);
  CHECK_FALSE(f.player->exitXr());
  // Asked again later, it asks the platform again.
  REQUIRE(f.player->enterXr());
  CHECK(f.platform->xrRequests == 2);
  f.platform->xr.started();
  CHECK(f.player->exitXr());
  CHECK(f.platform->xrEnds == 1);
  f.platform->xr.ended(true);
  CHECK(f.platform->lastEvent("xrchange")->detail == R"({"active":false,"reason":"exit"})");
}
