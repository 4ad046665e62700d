#include "core/geometry/Geometry.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

namespace shotscape {

int EquirectGeometry::levelFor(const Projection& projection, double pixelRatio) const {
  // Screen pixels per degree at the picture's centre.
  const double pixelsPerDegree = pixelRatio * projection.pixelsPerRadian() * (M_PI / 180.0);
  for (size_t i = 0; i < levels_.size(); ++i)
    if (levels_[i].width / 360.0 >= pixelsPerDegree) return int(i);
  return levels_.empty() ? 0 : int(levels_.size()) - 1;
}

std::vector<TileId> EquirectGeometry::visibleTiles(const Projection&, int level) const {
  // One texture wraps the sphere: any view needs all of it.
  return {TileId{level, 0, 0, 0}};
}

} // namespace shotscape

namespace shotscape {

namespace {
// Each face: its centre, and the directions of its x (right) and y (down) axes, in Projection's
// world frame (yaw 0 looks down -z, yaw 90 down +x, +y up).
struct Face {
  glm::dvec3 centre, right, down;
};
const Face kFaces[6] = {
    {{0, 0, -1}, {1, 0, 0}, {0, -1, 0}},  // front
    {{1, 0, 0}, {0, 0, 1}, {0, -1, 0}},   // right
    {{0, 0, 1}, {-1, 0, 0}, {0, -1, 0}},  // back
    {{-1, 0, 0}, {0, 0, -1}, {0, -1, 0}}, // left
    {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},   // up
    {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},   // down
};
} // namespace

int CubeGeometry::faceOf(const glm::dvec3& d, glm::dvec2* onFace) {
  const glm::dvec3 a = glm::abs(d);
  int face = 0;
  if (a.x >= a.y && a.x >= a.z) face = d.x > 0 ? 1 : 3;
  else if (a.y >= a.z) face = d.y > 0 ? 4 : 5;
  else face = d.z < 0 ? 0 : 2;
  if (onFace) {
    const Face& f = kFaces[face];
    const glm::dvec3 p = d / glm::dot(d, f.centre); // onto the face's plane, at distance 1
    *onFace = {(glm::dot(p, f.right) + 1.0) * 0.5, (glm::dot(p, f.down) + 1.0) * 0.5};
  }
  return face;
}

glm::dvec3 CubeGeometry::directionOn(int face, const glm::dvec2& at) {
  const Face& f = kFaces[face];
  return f.centre + (2.0 * at.x - 1.0) * f.right + (2.0 * at.y - 1.0) * f.down;
}

int CubeGeometry::tilesAcross(int level) const {
  const GeometryLevel& l = levels_[size_t(level)];
  return l.tileSize > 0 ? (l.width + l.tileSize - 1) / l.tileSize : 1;
}

int CubeGeometry::levelFor(const Projection& projection, double pixelRatio) const {
  // At a face's centre a texel spans 2 / width radians; the screen's centre pixel
  // 1 / pixelsPerRadian.
  const double pixelsPerRadian = pixelRatio * projection.pixelsPerRadian();
  for (size_t i = 0; i < levels_.size(); ++i)
    if (levels_[i].width * 0.5 >= pixelsPerRadian) return int(i);
  return levels_.empty() ? 0 : int(levels_.size()) - 1;
}

glm::dvec4 CubeGeometry::tileRect(const TileId& tile) const {
  const GeometryLevel& l = levels_[size_t(tile.level)];
  if (l.tileSize <= 0 || l.width <= 0) return {0.0, 0.0, 1.0, 1.0};
  const double w = l.width, t = l.tileSize;
  return {std::min(1.0, tile.x * t / w), std::min(1.0, tile.y * t / w), std::min(1.0, (tile.x + 1) * t / w),
          std::min(1.0, (tile.y + 1) * t / w)};
}

std::vector<TileId> CubeGeometry::visibleTiles(const Projection& projection, int level) const {
  const int n = tilesAcross(level);
  const GeometryLevel& l = levels_[size_t(level)];
  // Tile edges in face coordinates ([0, 1]): whole tiles, then the last one's smaller remainder.
  const double step = l.tileSize > 0 && l.width > 0 ? double(l.tileSize) / l.width : 1.0;
  const auto edge = [&](int i) { return std::min(1.0, i * step); };
  std::vector<char> seen(size_t(6 * n * n), 0);
  const auto mark = [&](int face, glm::dvec2 at) {
    const int x = std::clamp(int(at.x / step), 0, n - 1), y = std::clamp(int(at.y / step), 0, n - 1);
    seen[size_t((face * n + y) * n + x)] = 1;
  };
  // Rays through a grid of the viewport (its edges included): every tile larger than a cell.
  constexpr int kCells = 24;
  for (int j = 0; j <= kCells; ++j)
    for (int i = 0; i <= kCells; ++i) {
      glm::dvec2 at;
      const int face = faceOf(projection.rayFromPixel({projection.width() * i / kCells, projection.height() * j / kCells}), &at);
      mark(face, at);
    }
  // Tiles smaller than a cell: any corner inside the viewport.
  for (int face = 0; face < 6; ++face)
    for (int y = 0; y <= n; ++y)
      for (int x = 0; x <= n; ++x) {
        const auto p = projection.pixelFromDirection(glm::normalize(directionOn(face, {edge(x), edge(y)})));
        if (!p || p->x < 0 || p->y < 0 || p->x > projection.width() || p->y > projection.height()) continue;
        for (int dy = -1; dy <= 0; ++dy)
          for (int dx = -1; dx <= 0; ++dx)
            if (x + dx >= 0 && x + dx < n && y + dy >= 0 && y + dy < n) seen[size_t((face * n + y + dy) * n + x + dx)] = 1;
      }
  // Nearest the view's centre first: by the angle between the tile's centre and the view.
  std::vector<std::pair<double, TileId>> tiles;
  const glm::dvec3 centre = projection.rayFromPixel({projection.width() * 0.5, projection.height() * 0.5});
  for (int face = 0; face < 6; ++face)
    for (int y = 0; y < n; ++y)
      for (int x = 0; x < n; ++x)
        if (seen[size_t((face * n + y) * n + x)])
          tiles.push_back({-glm::dot(glm::normalize(directionOn(face, {(edge(x) + edge(x + 1)) * 0.5, (edge(y) + edge(y + 1)) * 0.5})), centre),
                           {level, face, x, y}});
  std::sort(tiles.begin(), tiles.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<TileId> out;
  out.reserve(tiles.size());
  for (const auto& t : tiles) out.push_back(t.second);
  return out;
}

} // namespace shotscape
