#include "core/input/SpatialNav.h"

#include <cmath>
#include <limits>

namespace shotscape {

std::optional<int> spatialNext(const std::vector<NavTarget>& targets, glm::dvec2 from, ControlKey direction,
                               std::optional<int> current) {
  glm::dvec2 axis{0.0, 0.0};
  switch (direction) {
    case ControlKey::Left: axis = {-1.0, 0.0}; break;
    case ControlKey::Right: axis = {1.0, 0.0}; break;
    case ControlKey::Up: axis = {0.0, -1.0}; break;
    case ControlKey::Down: axis = {0.0, 1.0}; break;
    default: return std::nullopt;
  }
  const double tan60 = std::sqrt(3.0);
  std::optional<int> best;
  double bestScore = std::numeric_limits<double>::max();
  for (const NavTarget& t : targets) {
    if (current && t.id == *current) continue;
    const glm::dvec2 d = t.position - from;
    const double along = d.x * axis.x + d.y * axis.y;
    const double across = std::abs(d.x * axis.y - d.y * axis.x);
    if (along < 1.0 || across > along * tan60) continue;
    const double score = along + 2.0 * across;
    if (score < bestScore) {
      bestScore = score;
      best = t.id;
    }
  }
  return best;
}

} // namespace shotscape
