// Cube-map and multires scenes in the manifest: their fields, defaults and every refusal with its
// JSON path.
#include <doctest/doctest.h>

#include <string>

#include "core/manifest/Manifest.h"

using namespace shotscape;

namespace {

std::string withScene(const std::string& sceneBody) { return R"({"title": "T", "scene": {)" + sceneBody + "}}"; }

std::string firstError(const std::string& json) {
  const auto result = parseManifest(json);
  CHECK_FALSE(result.manifest.has_value());
  for (const auto& d : result.diagnostics)
    if (d.severity == Severity::Error) return d.toString();
  return "(no error)";
}

std::string tiles(const std::string& body) { return withScene(R"("type": "multires", "tiles": {)" + body + "}"); }

} // namespace

TEST_CASE("a cubemap-image scene names its six faces") {
  const auto result = parseManifest(withScene(
      R"("type": "cubemap-image", "faces": {"front": "f.jpg", "right": "r.jpg", "back": "b.jpg", "left": "l.jpg", "up": "u.jpg", "down": "d.jpg"})"));
  REQUIRE(result.manifest);
  const SceneConfig& scene = result.manifest->scenes[0];
  CHECK(scene.type == SceneType::CubemapImage);
  CHECK(scene.faces[0] == "f.jpg");
  CHECK(scene.faces[4] == "u.jpg");
  CHECK(scene.faces[5] == "d.jpg");
  CHECK(firstError(withScene(R"("type": "cubemap-image")")) ==
        "/scene/faces: missing required object of six face images (front, right, back, left, up, down)");
  CHECK(firstError(withScene(
            R"("type": "cubemap-image", "faces": {"front": "f.jpg", "right": "r.jpg", "back": "b.jpg", "left": "l.jpg", "up": "u.jpg"})")) ==
        "/scene/faces/down: missing required string");
}

TEST_CASE("a multires scene: template, tile size, levels, preview; defaults") {
  const auto result = parseManifest(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "tileSize": 512, "levels": [{"size": 512}, {"size": 1024}])"));
  REQUIRE(result.manifest);
  const TilesConfig& t = result.manifest->scenes[0].tiles;
  CHECK(result.manifest->scenes[0].type == SceneType::Multires);
  CHECK(t.layout == TileLayout::Shotscape);
  CHECK(t.tileSize == 512);
  CHECK(t.levels == std::vector<int>{512, 1024});
  CHECK(t.preview.empty());
  CHECK(t.previewFaces == "frblud");
  const auto marzipano = parseManifest(tiles(
      R"("url": "tiles/{z}/{f}/{y}/{x}.jpg", "layout": "marzipano", "tileSize": 512, "levels": [{"size": 512}], "preview": "preview.jpg", "previewFaces": "bdflru")"));
  REQUIRE(marzipano.manifest);
  CHECK(marzipano.manifest->scenes[0].tiles.layout == TileLayout::Marzipano);
  CHECK(marzipano.manifest->scenes[0].tiles.preview == "preview.jpg");
  CHECK(parseManifest(tiles(R"("url": "%l/%s%y_%x.jpg", "layout": "pannellum", "tileSize": 512, "levels": [{"size": 512}])")).manifest);
}

TEST_CASE("multires refusals name the field and why") {
  CHECK(firstError(withScene(R"("type": "multires")")) == "/scene/tiles: missing required object describing the tiles");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{row}_{x}.jpg", "tileSize": 512, "levels": [{"size": 512}])")) ==
        "/scene/tiles/url: unknown placeholder {row}; a shotscape template uses {level}, {face}, {x} and {y}");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}_{x}.jpg", "tileSize": 512, "levels": [{"size": 512}])")) ==
        "/scene/tiles/url: the template lacks {y}, so tiles would share a URL; a shotscape template uses {level}, {face}, {x} and {y}");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "layout": "krpano", "tileSize": 512, "levels": [{"size": 512}])")) ==
        "/scene/tiles/layout: unknown layout \"krpano\"; expected \"shotscape\", \"pannellum\" or \"marzipano\"");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "levels": [{"size": 512}])")) ==
        "/scene/tiles/tileSize: missing required integer (texels per tile side)");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "tileSize": 8, "levels": [{"size": 512}])")) ==
        "/scene/tiles/tileSize: expected an integer in [32, 4096]");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "tileSize": 512)")) ==
        "/scene/tiles/levels: missing required array of levels ({\"size\": face texels}, coarse to fine)");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "tileSize": 512, "levels": [])")) ==
        "/scene/tiles/levels: expected at least one level");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "tileSize": 512, "levels": [{"size": 2048}, {"size": 1024}])")) ==
        "/scene/tiles/levels/1/size: levels must grow from coarse to fine: 1024 after 2048");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "tileSize": 512, "levels": [{}])")) ==
        "/scene/tiles/levels/0/size: missing required integer (face texels)");
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "tileSize": 512, "levels": [{"size": 512}], "previewFaces": "ffblud")")) ==
        "/scene/tiles/previewFaces: expected the six face letters f r b l u d, each once (e.g. \"frblud\")");
  // 200,000 tiles: 6 × 183² at the finest level alone.
  CHECK(firstError(tiles(R"("url": "t/{level}/{face}/{y}_{x}.jpg", "tileSize": 32, "levels": [{"size": 5856}])")) ==
        "/scene/tiles/levels: 200934 tiles over all levels; at most 100000 (a larger tileSize or fewer levels)");
}
