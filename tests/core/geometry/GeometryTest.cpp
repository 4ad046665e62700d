#include "core/geometry/Geometry.h"

#include <doctest/doctest.h>

#include "core/source/Source.h"

using namespace shotscape;

TEST_CASE("EquirectGeometry: the coarsest level dense enough for the screen, else the finest") {
  const EquirectGeometry g({{1024, 512, 0}, {4096, 2048, 0}, {8192, 4096, 0}});
  // 1000 CSS px across 90°: 11.1 px per degree; 4096 / 360 = 11.4 texels per degree.
  const Projection wide({0.0, 0.0, 90.0}, 1000.0, 600.0);
  CHECK(g.levelFor(wide, 1.0) == 1);
  CHECK(g.levelFor(wide, 2.0) == 2);  // HiDPI: twice the pixels
  CHECK(g.levelFor(wide, 0.25) == 0);
  const Projection zoomed({0.0, 0.0, 20.0}, 1000.0, 600.0);
  CHECK(g.levelFor(zoomed, 1.0) == 2); // none is enough: the finest
  CHECK(g.visibleTiles(wide, 1) == std::vector<TileId>{TileId{1, 0, 0, 0}});
}

TEST_CASE("Source: a tile template fills in level, face and position") {
  Source s;
  s.kind = Source::Kind::Tiles;
  s.url = "tiles/{level}/{face}_{x}_{y}.jpg";
  CHECK(s.urlFor({2, 1, 3, 4}) == "tiles/2/r_3_4.jpg");
  CHECK(s.urlFor({0, 5, 0, 0}) == "tiles/0/d_0_0.jpg");
  CHECK(Source::image("set.jpg").urlFor({3, 0, 1, 1}) == "set.jpg");
}
