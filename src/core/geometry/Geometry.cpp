#include "core/geometry/Geometry.h"

#include <cmath>

namespace shotscape {

int EquirectGeometry::levelFor(const Projection& projection, double pixelRatio) const {
  // Screen pixels per degree at the centre: the viewport's width over the horizontal field
  // (tan keeps it exact at the centre of a rectilinear view).
  const double pixelsPerDegree = pixelRatio * 0.5 * projection.width() / projection.tanHalfH() * (M_PI / 180.0);
  for (size_t i = 0; i < levels_.size(); ++i)
    if (levels_[i].width / 360.0 >= pixelsPerDegree) return int(i);
  return levels_.empty() ? 0 : int(levels_.size()) - 1;
}

std::vector<TileId> EquirectGeometry::visibleTiles(const Projection&, int level) const {
  // One texture wraps the sphere: any view needs all of it.
  return {TileId{level, 0, 0, 0}};
}

} // namespace shotscape
