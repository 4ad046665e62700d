#include "core/geometry/Geometry.h"

#include <doctest/doctest.h>
#include <glm/geometric.hpp>

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

namespace {
bool same(const glm::dvec3& a, const glm::dvec3& b) { return glm::length(glm::normalize(a) - glm::normalize(b)) < 1e-9; }
} // namespace

TEST_CASE("CubeGeometry: faces in Projection's frame, yaw 0 at the front's centre, edges that meet") {
  glm::dvec2 at;
  CHECK(CubeGeometry::faceOf(directionFromYawPitch({0.0, 0.0}), &at) == 0);
  CHECK(at.x == doctest::Approx(0.5));
  CHECK(at.y == doctest::Approx(0.5));
  CHECK(CubeGeometry::faceOf(directionFromYawPitch({90.0, 0.0})) == 1);
  CHECK(CubeGeometry::faceOf(directionFromYawPitch({180.0, 0.0})) == 2);
  CHECK(CubeGeometry::faceOf(directionFromYawPitch({-90.0, 0.0})) == 3);
  CHECK(CubeGeometry::faceOf(directionFromYawPitch({0.0, 80.0})) == 4);
  CHECK(CubeGeometry::faceOf(directionFromYawPitch({0.0, -80.0})) == 5);
  // x runs right and y down as the viewer faces each side.
  CubeGeometry::faceOf(directionFromYawPitch({10.0, 10.0}), &at);
  CHECK(at.x > 0.5);
  CHECK(at.y < 0.5);
  // Shared edges: front's right edge is the right face's left; front's top is up's bottom;
  // front's bottom is down's top; right's right edge is the back's left.
  CHECK(same(CubeGeometry::directionOn(0, {1.0, 0.3}), CubeGeometry::directionOn(1, {0.0, 0.3})));
  CHECK(same(CubeGeometry::directionOn(0, {0.3, 0.0}), CubeGeometry::directionOn(4, {0.3, 1.0})));
  CHECK(same(CubeGeometry::directionOn(0, {0.3, 1.0}), CubeGeometry::directionOn(5, {0.3, 0.0})));
  CHECK(same(CubeGeometry::directionOn(1, {1.0, 0.6}), CubeGeometry::directionOn(2, {0.0, 0.6})));
  CHECK(same(CubeGeometry::directionOn(3, {1.0, 0.6}), CubeGeometry::directionOn(0, {0.0, 0.6})));
  // Round trips on every face.
  for (int face = 0; face < 6; ++face)
    for (const glm::dvec2 p : {glm::dvec2{0.1, 0.2}, glm::dvec2{0.5, 0.5}, glm::dvec2{0.9, 0.7}}) {
      glm::dvec2 back;
      CHECK(CubeGeometry::faceOf(CubeGeometry::directionOn(face, p), &back) == face);
      CHECK(back.x == doctest::Approx(p.x));
      CHECK(back.y == doctest::Approx(p.y));
    }
}

TEST_CASE("CubeGeometry: the level the screen needs, and the tiles a view shows, nearest first") {
  // Face sizes 512, 2048, 8192 in 512-texel tiles.
  const CubeGeometry g({{512, 512, 512}, {2048, 2048, 512}, {8192, 8192, 512}});
  CHECK(g.tilesAcross(0) == 1);
  CHECK(g.tilesAcross(2) == 16);
  // 1000 px across 90°: 500 px per radian at the centre; a face of 1000 texels would do.
  const Projection front({0.0, 0.0, 90.0}, 1000.0, 1000.0);
  CHECK(g.levelFor(front, 1.0) == 1);
  CHECK(g.levelFor(front, 0.5) == 0);
  CHECK(g.levelFor(front, 3.0) == 2);
  // The whole front face (4×4 tiles at level 1), its centre first, nothing of the back.
  const auto tiles = g.visibleTiles(front, 1);
  int frontTiles = 0;
  for (const TileId& t : tiles) {
    CHECK(t.face != 2);
    frontTiles += t.face == 0;
  }
  CHECK(frontTiles == 16);
  REQUIRE_FALSE(tiles.empty());
  CHECK(tiles[0].face == 0);
  CHECK((tiles[0].x == 1 || tiles[0].x == 2));
  CHECK((tiles[0].y == 1 || tiles[0].y == 2));
  // Zoomed in on the front's centre at level 2 (16×16): only the four tiles around it.
  const auto zoomed = g.visibleTiles(Projection({0.0, 0.0, 10.0}, 800.0, 800.0), 2);
  CHECK(zoomed.size() == 4);
  for (const TileId& t : zoomed) {
    CHECK(t.face == 0);
    CHECK((t.x == 7 || t.x == 8));
    CHECK((t.y == 7 || t.y == 8));
  }
  // Looking straight up: the up face, and the tops of the four sides.
  const auto up = g.visibleTiles(Projection({0.0, 90.0, 100.0}, 800.0, 800.0), 0);
  CHECK(up[0].face == 4);
  CHECK(up.size() == 5);
}
