#include <doctest/doctest.h>

#include <string>

#include "core/manifest/Manifest.h"

using namespace shotscape;

namespace {

std::string manifestWithHotspots(const std::string& hotspots) {
  return R"({"title": "T", "scene": {"id": "apartment", "type": "equirect-image", "src": "set.jpg", "hotspots": )" +
         hotspots + "}}";
}

const char* kHotspot = R"({
  "id": "clapper", "yaw": -2.5, "pitch": -30, "label": "The clapperboard",
  "description": "Why the slate stays in frame",
  "commentary": {
    "audio": "audio/clapper.m4a",
    "captions": [{"lang": "en", "label": "English", "src": "captions/clapper.en.vtt"},
                 {"lang": "fr", "label": "Français", "src": "captions/clapper.fr.vtt"}],
    "transcript": "We kept the slate..."
  },
  "influence": {
    "auteur": "Jean Mercier", "film": "La Nuit Blanche", "year": 1962,
    "media": {"type": "video", "src": "influence/nuit.mp4", "poster": "influence/nuit.jpg", "start": 1.5, "end": 6,
              "captions": [{"lang": "fr", "label": "Français", "src": "captions/nuit.fr.vtt"}]},
    "note": "The slate left in the first take"
  }
})";

std::string firstError(const std::string& hotspots) {
  const auto result = parseManifest(manifestWithHotspots(hotspots));
  CHECK_FALSE(result.manifest.has_value());
  for (const auto& d : result.diagnostics)
    if (d.severity == Severity::Error) return d.toString();
  return "(no error)";
}

} // namespace

TEST_CASE("a hotspot with commentary, captions and an influence parses into typed config") {
  const auto result = parseManifest(manifestWithHotspots(std::string("[") + kHotspot + "]"));
  REQUIRE(result.manifest.has_value());
  CHECK(result.diagnostics.empty());
  REQUIRE(result.manifest->startScene().hotspots.size() == 1);
  const HotspotConfig& h = result.manifest->startScene().hotspots[0];
  CHECK(h.id == "clapper");
  CHECK(h.yaw == -2.5);
  CHECK(h.pitch == -30.0);
  CHECK(h.label == "The clapperboard");
  CHECK_FALSE(h.start.has_value());
  REQUIRE(h.commentary.has_value());
  CHECK(h.commentary->audio == "audio/clapper.m4a");
  REQUIRE(h.commentary->captions.size() == 2);
  CHECK(h.commentary->captions[1].lang == "fr");
  CHECK(h.commentary->captions[1].label == "Français");
  REQUIRE(h.influence.has_value());
  CHECK(h.influence->auteur == "Jean Mercier");
  CHECK(h.influence->year == 1962);
  CHECK(h.influence->media.type == MediaType::Video);
  CHECK(h.influence->media.start == 1.5);
  CHECK(h.influence->media.end == 6.0);
  REQUIRE(h.influence->media.captions.size() == 1); // the clip's own dialogue, the commentary's shape
  CHECK(h.influence->media.captions[0].src == "captions/nuit.fr.vtt");
  CHECK(h.target.empty());
  CHECK(h.sharePage.empty());
}

TEST_CASE("a hotspot's share page: a URL like any other (http(s) or relative, no credentials)") {
  const auto ok = parseManifest(manifestWithHotspots(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "sharePage": "share/a.html"}])"));
  REQUIRE(ok.manifest);
  CHECK(ok.manifest->startScene().hotspots[0].sharePage == "share/a.html");
  const auto bad = parseManifest(manifestWithHotspots(R"j([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "sharePage": "javascript:alert(1)"}])j"));
  CHECK_FALSE(bad.manifest);
  REQUIRE_FALSE(bad.diagnostics.empty());
  CHECK(bad.diagnostics[0].toString().rfind("/scene/hotspots/0/sharePage: ", 0) == 0);
}

TEST_CASE("invalid hotspots: each error names its JSON path") {
  CHECK(firstError(R"({"id": "a"})") == "/scene/hotspots: expected an array, got an object");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "influence": {"auteur": "A", "film": "F", "year": 1950,
    "media": {"type": "video", "src": "c.mp4", "captions": [{"lang": "en", "label": "English"}]}}}])") ==
        "/scene/hotspots/0/influence/media/captions/0/src: missing required string");
  CHECK(firstError(R"([{"yaw": 0, "pitch": 0, "label": "L"}])") == "/scene/hotspots/0/id: missing required string");
  CHECK(firstError(R"([{"id": "a", "pitch": 0, "label": "L"}])") == "/scene/hotspots/0/yaw: missing required number");
  CHECK(firstError(R"([{"id": "a", "yaw": 200, "pitch": 0, "label": "L"}])") ==
        "/scene/hotspots/0/yaw: expected a number in [-180, 180]");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": -95, "label": "L"}])") ==
        "/scene/hotspots/0/pitch: expected a number in [-90, 90]");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L"}, {"id": "a", "yaw": 1, "pitch": 0, "label": "M"}])") ==
        "/scene/hotspots/1/id: duplicate hotspot id \"a\"");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "start": 5, "end": 2}])") ==
        "/scene/hotspots/0/end: must be after start");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "target": "rooftop"}])") ==
        "/scene/hotspots/0/target: unknown scene \"rooftop\"");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "commentary": {"captions": []}}])") ==
        "/scene/hotspots/0/commentary/audio: missing required string");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "commentary": {"audio": "a.m4a",
        "captions": [{"lang": "en", "label": "English", "src": "data:text/vtt,WEBVTT"}]}}])") ==
        "/scene/hotspots/0/commentary/captions/0/src: unsupported URL scheme \"data:\"; expected http(s) or a relative URL");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "commentary": {"audio": "a.m4a",
        "captions": [{"lang": "en", "label": "A", "src": "a.vtt"}, {"lang": "en", "label": "B", "src": "b.vtt"}]}}])") ==
        "/scene/hotspots/0/commentary/captions/1/lang: duplicate caption language \"en\"");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "influence": {"auteur": "X", "film": "Y",
        "media": {"type": "video", "src": "c.mp4"}}}])") == "/scene/hotspots/0/influence/year: missing required integer");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "influence": {"auteur": "X", "film": "Y",
        "year": 1960, "media": {"type": "gif", "src": "c.gif"}}}])") ==
        "/scene/hotspots/0/influence/media/type: unknown media type \"gif\"; expected \"video\" or \"image\"");
  CHECK(firstError(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "influence": {"auteur": "X", "film": "Y",
        "year": 1960}}])") == "/scene/hotspots/0/influence/media: missing required object");
}

TEST_CASE("a hotspot may target the manifest's own scene by id") {
  const auto result = parseManifest(manifestWithHotspots(R"([{"id": "a", "yaw": 0, "pitch": 0, "label": "L", "target": "apartment"}])"));
  REQUIRE(result.manifest.has_value());
  CHECK(result.manifest->startScene().hotspots[0].target == "apartment");
}
