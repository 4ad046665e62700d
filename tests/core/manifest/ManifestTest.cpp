#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/manifest/Manifest.h"
#include "core/scene/Stereo.h"

using namespace shotscape;

namespace {

const char* kValid = R"({
  "title": "The Corridor",
  "director": "Ada Lens",
  "film": "Night Walk",
  "year": 1987,
  "scene": {
    "id": "corridor",
    "type": "equirect-image",
    "src": "set.jpg",
    "initialView": {"yaw": -30, "pitch": 5, "hfov": 80},
    "limits": {"minHfov": 20, "maxHfov": 110}
  }
})";

// The first error's "path: message".
std::string firstError(const std::string& json) {
  const auto result = parseManifest(json);
  CHECK_FALSE(result.manifest.has_value());
  for (const auto& d : result.diagnostics)
    if (d.severity == Severity::Error) return d.toString();
  return "(no error)";
}

std::string withScene(const std::string& sceneBody) {
  return R"({"title": "T", "scene": {)" + sceneBody + "}}";
}

} // namespace

TEST_CASE("a valid manifest parses into typed config") {
  const auto result = parseManifest(kValid);
  REQUIRE(result.manifest.has_value());
  CHECK(result.diagnostics.empty());
  const auto& m = *result.manifest;
  CHECK(m.title == "The Corridor");
  CHECK(m.director == "Ada Lens");
  CHECK(m.film == "Night Walk");
  CHECK(m.year == 1987);
  CHECK(m.startScene().id == "corridor");
  CHECK(m.startScene().src == "set.jpg");
  CHECK(m.startScene().initialView.yaw == -30.0);
  CHECK(m.startScene().initialView.pitch == 5.0);
  CHECK(m.startScene().initialView.hfov == 80.0);
  CHECK(m.startScene().limits.minHfov == 20.0);
  CHECK(m.startScene().limits.maxHfov == 110.0);
}

TEST_CASE("omitted optional fields take the struct defaults") {
  const auto result = parseManifest(withScene(R"("type": "equirect-image", "src": "a.jpg")"));
  REQUIRE(result.manifest.has_value());
  const ManifestConfig defaults;
  CHECK(result.manifest->director == defaults.director);
  CHECK_FALSE(result.manifest->year.has_value());
  CHECK(result.manifest->startScene().id == defaults.startScene().id);
  CHECK(result.manifest->startScene().initialView.hfov == defaults.startScene().initialView.hfov);
  CHECK(result.manifest->startScene().limits.maxHfov == defaults.startScene().limits.maxHfov);
}

TEST_CASE("invalid manifests: each error names its JSON path and the reason") {
  CHECK(firstError("") == "invalid JSON at line 1, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal");
  CHECK(firstError(R"({"title": "T", )") ==
        "invalid JSON at line 1, column 16: syntax error while parsing object key - unexpected end of input; expected string literal");
  CHECK(firstError("[1, 2]") == "expected an object, got an array");
  CHECK(firstError(R"({"scene": {"type": "equirect-image", "src": "a.jpg"}})") == "/title: missing required string");
  CHECK(firstError(R"({"title": 42, "scene": {"type": "equirect-image", "src": "a.jpg"}})") ==
        "/title: expected a string or translations by language ({\"en\": …}), got a number");
  CHECK(firstError(R"({"title": "T"})") == "/scene: missing required object");
  CHECK(firstError(R"({"title": "T", "scene": "hall.jpg"})") == "/scene: expected an object, got a string");
  CHECK(firstError(withScene(R"("src": "a.jpg")")) == "/scene/type: missing required string");
  CHECK(firstError(withScene(R"("type": "cubemap", "src": "a.jpg")")) ==
        "/scene/type: unknown scene type \"cubemap\"; expected \"equirect-image\", \"equirect-video\", \"cubemap-image\" or \"multires\"");
  CHECK(firstError(withScene(R"("type": "equirect-image")")) == "/scene/src: missing required string");
  CHECK(firstError(withScene(R"("type": "equirect-image", "src": "")")) == "/scene/src: expected a non-empty string");
  CHECK(firstError(withScene(R"J("type": "equirect-image", "src": "javascript:alert(1)")J")) ==
        "/scene/src: unsupported URL scheme \"javascript:\"; expected http(s) or a relative URL");
  CHECK(firstError(withScene(R"("type": "equirect-image", "src": "https://user:pw@example.com/a.jpg")")) ==
        "/scene/src: URL must not contain credentials");
  CHECK(firstError(withScene(R"("type": "equirect-image", "src": "a.jpg", "initialView": {"hfov": 200})")) ==
        "/scene/initialView/hfov: expected a number in [10, 150]");
  CHECK(firstError(withScene(R"("type": "equirect-image", "src": "a.jpg", "initialView": {"yaw": "left"})")) ==
        "/scene/initialView/yaw: expected a number in [-180, 180]");
  CHECK(firstError(withScene(R"("type": "equirect-image", "src": "a.jpg", "initialView": {"pitch": 91})")) ==
        "/scene/initialView/pitch: expected a number in [-90, 90]");
  CHECK(firstError(withScene(R"("type": "equirect-image", "src": "a.jpg", "initialView": [0, 0, 90])")) ==
        "/scene/initialView: expected an object, got an array");
  CHECK(firstError(withScene(R"("type": "equirect-image", "src": "a.jpg", "limits": {"minHfov": 100, "maxHfov": 60})")) ==
        "/scene/limits/minHfov: must not exceed maxHfov");
  CHECK(firstError(withScene(R"("id": "", "type": "equirect-image", "src": "a.jpg")")) ==
        "/scene/id: expected a non-empty string");
  CHECK(firstError(R"({"title": "T", "year": 1600, "scene": {"type": "equirect-image", "src": "a.jpg"}})") ==
        "/year: expected an integer in [1870, 2100]");
  CHECK(firstError(R"({"title": "T", "year": 1999.5, "scene": {"type": "equirect-image", "src": "a.jpg"}})") ==
        "/year: expected an integer in [1870, 2100]");
}

TEST_CASE("every error is reported, not only the first") {
  const auto result = parseManifest(withScene(R"("type": 3, "src": 4, "initialView": {"hfov": 1, "pitch": -100})"));
  CHECK_FALSE(result.manifest.has_value());
  REQUIRE(result.diagnostics.size() == 4);
  CHECK(result.diagnostics[0].toString() == "/scene/type: expected a string, got a number");
  CHECK(result.diagnostics[1].toString() == "/scene/src: expected a string, got a number");
  CHECK(result.diagnostics[2].toString() == "/scene/initialView/pitch: expected a number in [-90, 90]");
  CHECK(result.diagnostics[3].toString() == "/scene/initialView/hfov: expected a number in [10, 150]");
}

TEST_CASE("unknown fields are warnings that name the field, with '/' and '~' escaped") {
  const auto result = parseManifest(R"({"title": "T", "a/b~c": 1, "scene": {"type": "equirect-image", "src": "a.jpg", "hfov": 90}})");
  REQUIRE(result.manifest.has_value());
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].severity == Severity::Warning);
  CHECK(result.diagnostics[0].toString() == "/a~1b~0c: unknown field, ignored");
  CHECK(result.diagnostics[1].toString() == "/scene/hfov: unknown field, ignored");
}

TEST_CASE("an initial hfov outside the scene's own limits is a warning, clamped by the camera") {
  const auto result = parseManifest(withScene(R"("type": "equirect-image", "src": "a.jpg", "initialView": {"hfov": 140})"));
  REQUIRE(result.manifest.has_value());
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].toString() == "/scene/initialView/hfov: outside the scene's limits; clamped");
}

TEST_CASE("nesting deeper than the limit is refused without recursion trouble") {
  std::string deep(10000, '[');
  CHECK(firstError(deep) == "invalid JSON: JSON nested deeper than 64 levels");
}

namespace {
// The default column of README.md's manifest table, by field name (`scene.initialView.hfov` → "`90`").
std::map<std::string, std::string> readmeDefaults() {
  std::ifstream file(std::string(SHOTSCAPE_SOURCE_DIR) + "/README.md");
  std::map<std::string, std::string> out;
  std::string line;
  while (std::getline(file, line)) {
    if (line.rfind("| `", 0) != 0) continue;
    std::vector<std::string> cells;
    std::stringstream row(line);
    std::string cell;
    while (std::getline(row, cell, '|')) cells.push_back(cell);
    if (cells.size() < 5) continue;
    auto trim = [](std::string s) {
      s.erase(0, s.find_first_not_of(' '));
      s.erase(s.find_last_not_of(' ') + 1);
      return s;
    };
    const std::string name = trim(cells[1]);
    out[name.substr(1, name.size() - 2)] = trim(cells[3]);
  }
  return out;
}

std::string quoted(const std::string& s) { return "`\"" + s + "\"`"; }
std::string number(double v) {
  std::ostringstream s;
  s << "`" << v << "`";
  return s.str();
}
} // namespace

TEST_CASE("the README's manifest table states the defaults the code uses") {
  const auto readme = readmeDefaults();
  const ManifestConfig d;
  REQUIRE(readme.size() >= 12);
  CHECK(readme.at("title") == "required");
  CHECK(readme.at("director") == quoted(d.director));
  CHECK(readme.at("film") == quoted(d.film));
  CHECK(readme.at("year") == "none");
  CHECK(readme.at("scene.id") == quoted(d.startScene().id));
  CHECK(readme.at("scene.type") == "required");
  CHECK(readme.at("scene.src") == "required");
  CHECK(readme.at("scene.initialView.yaw") == number(d.startScene().initialView.yaw));
  CHECK(readme.at("scene.initialView.pitch") == number(d.startScene().initialView.pitch));
  CHECK(readme.at("scene.initialView.hfov") == number(d.startScene().initialView.hfov));
  CHECK(readme.at("scene.limits.minHfov") == number(d.startScene().limits.minHfov));
  CHECK(readme.at("scene.limits.maxHfov") == number(d.startScene().limits.maxHfov));
  CHECK(readme.at("scene.audio.src") == "required in `audio`");
  CHECK(readme.at("scene.sources") == "required");
  CHECK(readme.at("scene.poster") == quoted(d.startScene().poster));
  CHECK(readme.at("scene.loop") == (d.startScene().loop ? "`true`" : "`false`"));
  CHECK(readme.at("scene.startTime") == number(d.startScene().startTime));
  CHECK(readme.at("scene.audio.volume") == number(SceneAudioConfig{}.volume));
  CHECK(readme.at("scenes") == "none");
  CHECK(readme.at("start") == quoted(d.start));
  CHECK(readme.at("scene.title") == quoted(d.startScene().title));
  CHECK(readme.at("scene.position") == "none");
  CHECK(readme.at("scene.heading") == number(d.startScene().heading));
  CHECK(readme.at("scene.links") == "`[]`");
  CHECK(readme.at("scene.syncGroup") == quoted(d.startScene().syncGroup));
  CHECK(readme.at("scene.stereo") == quoted(stereoName(d.startScene().stereo)));
}

TEST_CASE("scene stereo: the two layouts, mono, a bad name (its path), other scene types (a warning)") {
  const auto layout = [](const std::string& scene) {
    return parseManifest(R"({"title":"T","scene":{)" + scene + "}}");
  };
  auto tb = layout(R"("type":"equirect-image","src":"a.jpg","stereo":"top-bottom")");
  REQUIRE(tb.manifest);
  CHECK(tb.manifest->startScene().stereo == StereoLayout::TopBottom);
  auto lr = layout(R"("type":"equirect-video","sources":[{"src":"a.mp4","type":"video/mp4"}],"stereo":"left-right")");
  REQUIRE(lr.manifest);
  CHECK(lr.manifest->startScene().stereo == StereoLayout::LeftRight);
  auto mono = layout(R"("type":"equirect-image","src":"a.jpg","stereo":"mono")");
  REQUIRE(mono.manifest);
  CHECK(mono.manifest->startScene().stereo == StereoLayout::Mono);
  auto bad = layout(R"("type":"equirect-image","src":"a.jpg","stereo":"side-by-side")");
  CHECK_FALSE(bad.manifest);
  REQUIRE(bad.diagnostics.size() == 1);
  CHECK(bad.diagnostics[0].toString().find("/scene/stereo: unknown stereo layout \"side-by-side\"") == 0);
  auto cube = layout(R"("type":"cubemap-image","faces":{"front":"f.jpg","right":"r.jpg","back":"b.jpg","left":"l.jpg","up":"u.jpg","down":"d.jpg"},"stereo":"top-bottom")");
  REQUIRE(cube.manifest);
  CHECK(cube.manifest->startScene().stereo == StereoLayout::Mono);
  REQUIRE(cube.diagnostics.size() == 1);
  CHECK(cube.diagnostics[0].severity == Severity::Warning);
  CHECK(cube.diagnostics[0].toString().find("/scene/stereo") == 0);
}

TEST_CASE("scene audio: src required, volume in [0, 1]") {
  auto ok = parseManifest(R"({"title":"T","scene":{"type":"equirect-image","src":"a.jpg","audio":{"src":"room.m4a"}}})");
  REQUIRE(ok.manifest);
  REQUIRE(ok.manifest->startScene().audio);
  CHECK(ok.manifest->startScene().audio->src == "room.m4a");
  CHECK(ok.manifest->startScene().audio->volume == 0.6);
  auto bad = parseManifest(R"({"title":"T","scene":{"type":"equirect-image","src":"a.jpg","audio":{"volume":2}}})");
  CHECK_FALSE(bad.manifest);
  REQUIRE(bad.diagnostics.size() == 2);
  CHECK(bad.diagnostics[0].toString() == "/scene/audio/src: missing required string");
  CHECK(bad.diagnostics[1].toString() == "/scene/audio/volume: expected a number in [0, 1]");
}

TEST_CASE("limits: manifests over 2 MB and scenes with too many hotspots are refused with a reason") {
  const std::string big = R"({"title":")" + std::string(kMaxManifestBytes, 'x') + R"(","scene":{}})";
  const auto huge = parseManifest(big);
  CHECK_FALSE(huge.manifest);
  REQUIRE(huge.diagnostics.size() == 1);
  CHECK(huge.diagnostics[0].toString() == "the manifest is 2.0 MB; manifests are limited to 2 MB");
  std::string many = R"({"title":"T","scene":{"type":"equirect-image","src":"a.jpg","hotspots":[)";
  for (size_t i = 0; i <= kMaxHotspots; ++i)
    many += std::string(i ? "," : "") + R"({"id":"h)" + std::to_string(i) + R"(","yaw":0,"pitch":0,"label":"L"})";
  many += "]}}";
  const auto crowded = parseManifest(many);
  CHECK_FALSE(crowded.manifest);
  REQUIRE(crowded.diagnostics.size() == 1);
  CHECK(crowded.diagnostics[0].toString() == "/scene/hotspots: has 5001 hotspots; at most 5000 are allowed");
}

TEST_CASE("a video scene: sources in order with their formats, poster, loop, start time") {
  const auto r = parseManifest(R"({"title":"T","scene":{"type":"equirect-video","poster":"p.jpg","loop":true,"startTime":2.5,
    "sources":[{"src":"v.mp4"},{"src":"v.webm?x=1"},{"src":"hls/master.m3u8"},{"src":"stream","type":"application/x-mpegURL"}]}})");
  REQUIRE(r.manifest);
  const auto& s = r.manifest->startScene();
  CHECK(s.type == SceneType::EquirectVideo);
  REQUIRE(s.sources.size() == 4);
  CHECK(s.sources[0].format == VideoFormat::Mp4);
  CHECK(s.sources[1].format == VideoFormat::WebM);
  CHECK(s.sources[2].format == VideoFormat::Hls);
  CHECK(s.sources[3].format == VideoFormat::Hls);
  CHECK(s.poster == "p.jpg");
  CHECK(s.loop);
  CHECK(s.startTime == 2.5);
  CHECK(SceneConfig{}.loop == false);
}

TEST_CASE("video scene errors name their paths") {
  const auto none = parseManifest(R"({"title":"T","scene":{"type":"equirect-video"}})");
  REQUIRE(none.diagnostics.size() == 1);
  CHECK(none.diagnostics[0].toString() == "/scene/sources: missing required array of video sources");
  const auto bad = parseManifest(R"({"title":"T","scene":{"type":"equirect-video","loop":"yes","startTime":-1,
    "sources":[{"src":"javascript:x"},{"src":"clip.avi"},{"src":"a","type":"video/ogg"}]}})");
  CHECK_FALSE(bad.manifest);
  std::vector<std::string> messages;
  for (const auto& d : bad.diagnostics) messages.push_back(d.toString());
  CHECK(messages == std::vector<std::string>{
                        "/scene/sources/0/src: unsupported URL scheme \"javascript:\"; expected http(s) or a relative URL",
                        "/scene/sources/1/src: cannot tell the video format from the file name; add \"type\"",
                        "/scene/sources/2/type: unknown video type \"video/ogg\"; expected video/mp4, video/webm or application/x-mpegURL",
                        "/scene/loop: expected true or false, got a string",
                        "/scene/startTime: expected a number in [0, 86400]"});
  const auto empty = parseManifest(R"({"title":"T","scene":{"type":"equirect-video","sources":[]}})");
  CHECK(empty.diagnostics.at(0).toString() == "/scene/sources: expected at least one video source");
}

TEST_CASE("a tour: scenes with ids, a start, positions, headings and links; directions from the positions") {
  const auto r = parseManifest(R"({"title":"T","start":"table","scenes":[
    {"id":"door","title":"The door","type":"equirect-image","src":"door.jpg","position":{"x":0,"y":1.6,"z":0},
     "links":[{"target":"table"},{"target":"window","yaw":-20,"label":"To the window"}]},
    {"id":"table","type":"equirect-image","src":"table.jpg","position":{"x":3,"y":1.6,"z":3},"heading":90,
     "links":[{"target":"door","view":{"yaw":180}}]},
    {"id":"window","type":"equirect-image","src":"window.jpg","links":[{"target":"door","yaw":0}],
     "hotspots":[{"id":"w","yaw":0,"pitch":0,"label":"W","target":"table"}]}]})");
  REQUIRE(r.manifest);
  CHECK(r.diagnostics.empty());
  const ManifestConfig& m = *r.manifest;
  REQUIRE(m.scenes.size() == 3);
  CHECK(m.startScene().id == "table");
  CHECK(m.scenes[0].title == "The door");
  REQUIRE(m.scenes[0].position);
  CHECK(m.scenes[0].position->y == 1.6);
  CHECK(m.scenes[1].heading == 90.0);
  // door → table: 3 m right and 3 m ahead on the same level: 45° to the right, level.
  CHECK(m.scenes[0].links[0].yaw == doctest::Approx(45.0));
  CHECK(m.scenes[0].links[0].pitch == doctest::Approx(0.0));
  CHECK(m.scenes[0].links[1].yaw == -20.0); // given: kept
  CHECK(m.scenes[0].links[1].label == "To the window");
  // table → door is 225° in the shot's space; the table's image is turned by its heading (90°).
  CHECK(m.scenes[1].links[0].yaw == doctest::Approx(135.0));
  REQUIRE(m.scenes[1].links[0].view);
  CHECK(m.scenes[1].links[0].view->yaw == 180.0);
  CHECK(m.scenes[2].hotspots[0].target == "table");
  const Bearing up = bearingBetween({0, 0, 0}, {0, 1, 1});
  CHECK(up.yaw == doctest::Approx(0.0));
  CHECK(up.pitch == doctest::Approx(45.0));
}

TEST_CASE("a tour's bad links and ids are errors with their JSON paths; an unreachable scene is a warning") {
  const auto messages = [](const char* json) {
    std::vector<std::string> out;
    for (const auto& d : parseManifest(json).diagnostics) out.push_back(d.toString());
    return out;
  };
  CHECK(messages(R"({"title":"T","scenes":[{"id":"a","type":"equirect-image","src":"a.jpg","links":[{"target":"b"}]},
    {"id":"a","type":"equirect-image","src":"b.jpg"}]})") ==
        std::vector<std::string>{"/scenes/1/id: duplicate scene id \"a\""});
  CHECK(messages(R"({"title":"T","scenes":[{"id":"a","type":"equirect-image","src":"a.jpg",
    "links":[{"target":"nowhere","yaw":0},{"target":"a","yaw":0},{"target":"b"}]},
    {"id":"b","type":"equirect-image","src":"b.jpg"}]})") ==
        std::vector<std::string>{"/scenes/0/links/0/target: unknown scene \"nowhere\"",
                                 "/scenes/0/links/1/target: a link to the scene itself",
                                 "/scenes/0/links/2/yaw: required where the two scenes' positions are not both given"});
  CHECK(messages(R"({"title":"T","start":"z","scenes":[{"id":"a","type":"equirect-image","src":"a.jpg"}]})") ==
        std::vector<std::string>{"/start: unknown scene \"z\""});
  CHECK(messages(R"({"title":"T","scenes":[{"type":"equirect-image","src":"a.jpg"}]})") ==
        std::vector<std::string>{"/scenes/0/id: missing required string"});
  CHECK(messages(R"({"title":"T","scenes":[]})") == std::vector<std::string>{"/scenes: expected at least one scene"});
  CHECK(messages(R"({"title":"T","scene":{"type":"equirect-image","src":"a.jpg"},"scenes":[]})") ==
        std::vector<std::string>{"/scenes: give either \"scene\" (one position) or \"scenes\", not both"});
  // Cycles are fine; a scene nothing leads to is only a warning.
  const auto r = parseManifest(R"({"title":"T","scenes":[
    {"id":"a","type":"equirect-image","src":"a.jpg","links":[{"target":"b","yaw":10}]},
    {"id":"b","type":"equirect-image","src":"b.jpg","links":[{"target":"a","yaw":10}]},
    {"id":"c","type":"equirect-image","src":"c.jpg","links":[{"target":"a","yaw":10}]}]})");
  REQUIRE(r.manifest);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].severity == Severity::Warning);
  CHECK(r.diagnostics[0].toString() ==
        "/scenes/2: scene \"c\" cannot be reached from the start scene (no link or hotspot target leads to it)");
}

TEST_CASE("a tour of 200 scenes and 1,000 links validates") {
  std::string json = R"({"title":"T","scenes":[)";
  for (int i = 0; i < 200; ++i) {
    json += (i ? "," : "") + std::string(R"({"id":"s)") + std::to_string(i) + R"(","type":"equirect-image","src":"s.jpg",)" +
            R"("position":{"x":)" + std::to_string(i) + R"(,"y":0,"z":0},"links":[)";
    for (int k = 1; k <= 5; ++k)
      json += (k > 1 ? "," : "") + std::string(R"({"target":"s)") + std::to_string((i + k) % 200) + "\"}";
    json += "]}";
  }
  json += "]}";
  const auto r = parseManifest(json);
  REQUIRE(r.manifest);
  CHECK(r.diagnostics.empty());
  CHECK(r.manifest->scenes.size() == 200);
  CHECK(r.manifest->scenes[0].links[0].yaw == doctest::Approx(90.0)); // s1 is 1 m to the right
}

TEST_CASE("titles, labels and descriptions in several languages: the viewer's, else English, else the first tag") {
  const char* text = R"({
    "title": {"en": "Late Spring", "fr": "Printemps tardif", "ja": "晩春"},
    "scenes": [{"id": "a", "title": {"fr": "La chambre", "ar": "الغرفة"}, "type": "equirect-image", "src": "a.jpg",
                "hotspots": [{"id": "w", "yaw": 0, "pitch": 0, "label": {"en": "The window", "fr": "La fenêtre"},
                              "description": "Plain text stays as it is"}],
                "links": [{"target": "b", "yaw": 10, "label": {"en-GB": "Onwards", "fr-CA": "Plus loin"}}]},
               {"id": "b", "type": "equirect-image", "src": "b.jpg"}]
  })";
  const auto fr = parseManifest(text, "fr-FR");
  REQUIRE(fr.manifest);
  CHECK(fr.manifest->title == "Printemps tardif");
  CHECK(fr.manifest->scenes[0].title == "La chambre");
  CHECK(fr.manifest->scenes[0].hotspots[0].label == "La fenêtre");
  CHECK(fr.manifest->scenes[0].hotspots[0].description == "Plain text stays as it is");
  CHECK(fr.manifest->scenes[0].links[0].label == "Plus loin");
  const auto ja = parseManifest(text, "ja");
  CHECK(ja.manifest->title == "晩春");
  CHECK(ja.manifest->scenes[0].title == "الغرفة"); // no Japanese, no English: the first by language tag
  CHECK(ja.manifest->scenes[0].hotspots[0].label == "The window");
  CHECK(parseManifest(text).manifest->scenes[0].links[0].label == "Onwards");
}

TEST_CASE("translations that are not text are errors naming the language's path") {
  const auto r = parseManifest(R"({"title": {"en": "A", "fr": 3}, "scene": {"type": "equirect-image", "src": "a.jpg",
    "hotspots": [{"id": "h", "yaw": 0, "pitch": 0, "label": {}}]}})");
  CHECK_FALSE(r.manifest);
  std::map<std::string, std::string> byPath;
  for (const auto& d : r.diagnostics) byPath[d.path] = d.message;
  CHECK(byPath.count("/title/fr"));
  CHECK(byPath["/scene/hotspots/0/label"].find("empty object") != std::string::npos);
}
