#include "core/HotspotLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>

namespace shotscape {

bool HotspotLayout::activeAt(const HotspotConfig& hotspot, std::optional<double> mediaTime) {
  if (!mediaTime) return true;
  if (hotspot.start && *mediaTime < *hotspot.start) return false;
  if (hotspot.end && *mediaTime >= *hotspot.end) return false;
  return true;
}

std::vector<size_t> HotspotLayout::yawOrder(const std::vector<HotspotConfig>& hotspots, std::optional<double> mediaTime) {
  std::vector<size_t> order;
  for (size_t i = 0; i < hotspots.size(); ++i)
    if (activeAt(hotspots[i], mediaTime)) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return hotspots[a].yaw < hotspots[b].yaw; });
  return order;
}

HotspotLayout::HotspotLayout(const std::vector<HotspotConfig>& hotspots, const Projection& projection,
                             std::optional<double> mediaTime, const HotspotLayoutSettings& settings)
    : settings_(settings) {
  const double width = projection.width(), height = projection.height();
  const RayBasis& basis = projection.basis();
  const glm::dvec3 right = glm::normalize(basis.right), up = glm::normalize(basis.up);
  const glm::dvec2 centre{width * 0.5, height * 0.5};
  const glm::dvec2 half{std::max(1.0, centre.x - settings.edgeInset), std::max(1.0, centre.y - settings.edgeInset)};
  for (size_t i = 0; i < hotspots.size(); ++i) {
    if (!activeAt(hotspots[i], mediaTime)) continue;
    const glm::dvec3 d = directionFromYawPitch({hotspots[i].yaw, hotspots[i].pitch});
    HotspotPlacement p;
    p.index = i;
    if (const auto pixel = projection.pixelFromDirection(d);
        pixel && pixel->x >= 0 && pixel->y >= 0 && pixel->x <= width && pixel->y <= height) {
      p.onScreen = true;
      p.position = *pixel;
      placements_.push_back(p);
      continue;
    }
    // Off screen: the direction toward it in the screen plane (y down), from the view centre to
    // the inset border. Straight behind the viewer it points down (turn around).
    glm::dvec2 dir{glm::dot(d, right), -glm::dot(d, up)};
    if (glm::length(dir) < 1e-9) dir = {0.0, 1.0};
    dir = glm::normalize(dir);
    const double scale = std::min(std::abs(dir.x) > 1e-12 ? half.x / std::abs(dir.x) : std::numeric_limits<double>::max(),
                                  std::abs(dir.y) > 1e-12 ? half.y / std::abs(dir.y) : std::numeric_limits<double>::max());
    p.position = centre + dir * scale;
    p.angle = std::atan2(dir.y, dir.x);
    placements_.push_back(p);
  }
}

std::optional<size_t> HotspotLayout::hitTest(glm::dvec2 pixel) const {
  std::optional<size_t> best;
  double bestDistance = settings_.hitRadius;
  for (const auto& p : placements_) {
    if (!p.onScreen) continue;
    const double distance = glm::length(p.position - pixel);
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = p.index;
    }
  }
  return best;
}

} // namespace shotscape
