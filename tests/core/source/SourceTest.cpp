// Tile URLs in the three layouts, and the preview strip's slots.
#include <doctest/doctest.h>

#include "core/source/Source.h"
#include "core/source/TileTemplate.h"

using namespace shotscape;

TEST_CASE("each layout counts levels and names faces as its viewer does") {
  const TileId tile{2, 4, 3, 1}; // level 2, up face, column 3, row 1
  CHECK(expandTileTemplate("t/{level}/{face}/{y}_{x}.jpg", TileLayout::Shotscape, tile) == "t/2/u/1_3.jpg");
  CHECK(expandTileTemplate("%l/%s%y_%x.jpg", TileLayout::Pannellum, tile) == "3/u1_3.jpg");
  CHECK(expandTileTemplate("tiles/{z}/{f}/{y}/{x}.jpg", TileLayout::Marzipano, tile) == "tiles/3/u/1/3.jpg");
  // Pannellum's other % sequences are URL escapes, kept as they are.
  CHECK(expandTileTemplate("my%20set/%l/%s%y_%x.jpg", TileLayout::Pannellum, tile) == "my%20set/3/u1_3.jpg");
  CHECK(tileTemplateProblem("my%20set/%l/%s%y_%x.jpg", TileLayout::Pannellum).empty());
  CHECK(tileTemplateProblem("t/{level}/{face}/{y}_{x}.jpg", TileLayout::Marzipano) ==
        "unknown placeholder {level}; a marzipano template uses {z}, {f}, {x} and {y}");
}

TEST_CASE("a tiled source: the preview, the tiles; a cube map: its faces") {
  TilesConfig config;
  config.url = "t/{level}/{face}/{y}_{x}.jpg";
  config.preview = "preview.jpg";
  config.previewFaces = "bdflru";
  const Source tiles = Source::tiles(config);
  CHECK(tiles.urlFor(kCubePreview) == "preview.jpg");
  CHECK(tiles.urlFor({0, 1, 0, 0}) == "t/0/r/0_0.jpg");
  CHECK(tiles.previewSlot(0) == 2); // front is third in "bdflru"
  CHECK(tiles.previewSlot(2) == 0); // back first
  const Source faces = Source::cubeFaces({"f.jpg", "r.jpg", "b.jpg", "l.jpg", "u.jpg", "d.jpg"});
  CHECK(faces.urlFor({0, 3, 0, 0}) == "l.jpg");
}
