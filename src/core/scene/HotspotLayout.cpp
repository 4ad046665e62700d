#include "core/scene/HotspotLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>

namespace shotscape {

namespace {
// Spelled out rather than glm::dot/length: in the player's size-optimised wasm build, the linker
// keeps a minsize copy of those templates that is never inlined, which made this loop 4× slower.
inline double dot3(const glm::dvec3& a, const glm::dvec3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline double length2(const glm::dvec2& v) { return std::sqrt(v.x * v.x + v.y * v.y); }
} // namespace

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
  // Equal yaws keep the manifest's order: a stable sort, by the index as the tie-break (std::sort's
  // code is a third of std::stable_sort's in the player module).
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return hotspots[a].yaw < hotspots[b].yaw || (hotspots[a].yaw == hotspots[b].yaw && a < b);
  });
  return order;
}

std::vector<glm::dvec3> hotspotDirections(const std::vector<HotspotConfig>& hotspots) {
  std::vector<glm::dvec3> out;
  out.reserve(hotspots.size());
  for (const auto& h : hotspots) out.push_back(directionFromYawPitch({h.yaw, h.pitch}));
  return out;
}

HotspotLayout::HotspotLayout(const std::vector<HotspotConfig>& hotspots, const Projection& projection,
                             std::optional<double> mediaTime, const HotspotLayoutSettings& settings)
    : HotspotLayout(hotspots, hotspotDirections(hotspots), projection, mediaTime, settings) {}

HotspotLayout::HotspotLayout(const std::vector<HotspotConfig>& hotspots, const std::vector<glm::dvec3>& directions,
                             const Projection& projection, std::optional<double> mediaTime,
                             const HotspotLayoutSettings& settings)
    : settings_(settings) {
  placements_.reserve(hotspots.size());
  const double width = projection.width(), height = projection.height();
  const glm::dvec3 &right = projection.rightUnit(), &up = projection.upUnit(), &forward = projection.forwardUnit();
  const double tanHalfH = projection.tanHalfH(), tanHalfV = projection.tanHalfV();
  const glm::dvec2 shift = projection.shiftNdc();
  const bool rectilinear = projection.lens().rectilinear();
  const glm::dvec4 area = settings.uncovered.value_or(glm::dvec4{0.0, 0.0, width, height});
  const glm::dvec2 centre{(area.x + area.z) * 0.5, (area.y + area.w) * 0.5};
  const glm::dvec2 half{std::max(1.0, (area.z - area.x) * 0.5 - settings.edgeInset),
                        std::max(1.0, (area.w - area.y) * 0.5 - settings.edgeInset)};
  for (size_t i = 0; i < hotspots.size(); ++i) {
    if (!activeAt(hotspots[i], mediaTime)) continue;
    const glm::dvec3& d = directions[i];
    HotspotPlacement p;
    p.index = i;
    // The projection of Projection::pixelFromDirection, inline for rectilinear views.
    const double z = dot3(d, forward), sx = dot3(d, right), sy = dot3(d, up);
    glm::dvec2 dir{sx, -sy};
    std::optional<glm::dvec2> landed;
    if (!rectilinear) landed = projection.pixelFromDirection(d);
    else if (z > 1e-9)
      landed = glm::dvec2{(sx / (z * tanHalfH) + shift.x + 1.0) * 0.5 * width, (1.0 - sy / (z * tanHalfV) - shift.y) * 0.5 * height};
    if (landed) {
      const glm::dvec2 pixel = *landed;
      if (pixel.x >= area.x && pixel.y >= area.y && pixel.x <= area.z && pixel.y <= area.w) {
        p.onScreen = true;
        p.position = pixel;
        placements_.push_back(p);
        continue;
      }
      // In front but covered (or beyond the border): point at where it is.
      dir = pixel - centre;
    }
    // Off screen: the direction toward it in the screen plane (y down), from the area's centre to
    // its inset border. Straight behind the viewer it points down (turn around).
    const double len = length2(dir);
    dir = len < 1e-9 ? glm::dvec2{0.0, 1.0} : dir / len;
    const double scale = std::min(std::abs(dir.x) > 1e-12 ? half.x / std::abs(dir.x) : std::numeric_limits<double>::max(),
                                  std::abs(dir.y) > 1e-12 ? half.y / std::abs(dir.y) : std::numeric_limits<double>::max());
    p.position = centre + dir * scale;
    p.pointing = dir;
    placements_.push_back(p);
  }
}

std::optional<size_t> HotspotLayout::hitTest(glm::dvec2 pixel) const {
  std::optional<size_t> best;
  double bestDistance = settings_.hitRadius;
  for (const auto& p : placements_) {
    if (!p.onScreen) continue;
    const double distance = length2(p.position - pixel);
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = p.index;
    }
  }
  return best;
}

} // namespace shotscape
