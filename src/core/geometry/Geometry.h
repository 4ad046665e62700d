#pragma once
// Where a layer's pixels sit on the sphere, and which of them a view needs: Marzipano's Geometry.
// A geometry has levels (coarse to fine), each cut into tiles; an equirectangular image is one
// tile per level (its preview, then the full image), a cube map six faces, a tiled multires
// panorama many tiles per face and level. The texture store (render/TextureStore) asks it each
// frame which tiles the view wants; nothing here touches GL or knows where pixels come from.

#include <memory>
#include <vector>

#include <glm/vec4.hpp>

#include "core/math/Projection.h"

namespace shotscape {

struct TileId {
  int level = 0; // index into levels(), 0 = the coarsest
  int face = 0;  // 0 for equirect; cube faces 0–5 (front, right, back, left, up, down)
  int x = 0;
  int y = 0;
  bool operator==(const TileId&) const = default;
};

struct GeometryLevel {
  int width = 0;  // texels across the whole level (equirect: the image; cube: one face)
  int height = 0;
  int tileSize = 0; // texels per tile side; 0 = the level is one tile
};

enum class GeometryKind { Equirect, Cube };
inline constexpr int kGeometryKinds = 2;

class Geometry {
 public:
  virtual ~Geometry() = default;
  virtual GeometryKind kind() const = 0;
  virtual const std::vector<GeometryLevel>& levels() const = 0;
  // The coarsest level whose texel density at the view's centre reaches the screen's pixel density
  // (`pixelRatio` framebuffer pixels per CSS pixel); the finest when none does.
  virtual int levelFor(const Projection& projection, double pixelRatio) const = 0;
  // The tiles of `level` the view shows, nearest the view's centre first.
  virtual std::vector<TileId> visibleTiles(const Projection& projection, int level) const = 0;
};

// One equirectangular image per level, each a single tile that covers the whole sphere.
class EquirectGeometry final : public Geometry {
 public:
  explicit EquirectGeometry(std::vector<GeometryLevel> levels) : levels_(std::move(levels)) {}
  GeometryKind kind() const override { return GeometryKind::Equirect; }
  const std::vector<GeometryLevel>& levels() const override { return levels_; }
  int levelFor(const Projection& projection, double pixelRatio) const override;
  std::vector<TileId> visibleTiles(const Projection& projection, int level) const override;

 private:
  std::vector<GeometryLevel> levels_;
};

// Six square faces per level, each cut into tiles of `tileSize` texels (the last row and column
// may be smaller): cube maps (one tile per face) and tiled multi-resolution panoramas. Faces in
// TileId order front, right, back, left, up, down; seen from inside, each face's x runs to the
// viewer's right and y down as the viewer faces it (up: looking up from the front, its bottom
// edge meets the front's top; down: its top edge meets the front's bottom) — the layout Pannellum's
// and Marzipano's cube tiles use, so yaw 0 is the front face's centre.
class CubeGeometry final : public Geometry {
 public:
  explicit CubeGeometry(std::vector<GeometryLevel> levels) : levels_(std::move(levels)) {}
  GeometryKind kind() const override { return GeometryKind::Cube; }
  const std::vector<GeometryLevel>& levels() const override { return levels_; }
  int levelFor(const Projection& projection, double pixelRatio) const override;
  // Every tile any part of the viewport shows (rays through a grid of the viewport, and the tiles
  // whose corners fall inside it), nearest the view's centre first.
  std::vector<TileId> visibleTiles(const Projection& projection, int level) const override;

  // Tiles per face side at `level`.
  int tilesAcross(int level) const;
  // The part of its face a tile covers: (x0, y0, x1, y1) in [0, 1] (the last row and column may be
  // narrower than the others).
  glm::dvec4 tileRect(const TileId& tile) const;
  // The face and the position on it, [0, 1]² (x right, y down), that a direction meets.
  static int faceOf(const glm::dvec3& direction, glm::dvec2* onFace = nullptr);
  // The direction through a point of a face ([0, 1]², not normalised).
  static glm::dvec3 directionOn(int face, const glm::dvec2& onFace);

 private:
  std::vector<GeometryLevel> levels_;
};

} // namespace shotscape
