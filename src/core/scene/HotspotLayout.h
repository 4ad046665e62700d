#pragma once
// Where a scene's hotspots are on screen for one view: markers for those in view, edge indicators
// (a point on the border of the viewport, or of the part a panel leaves uncovered, and the
// direction toward the hotspot) for those outside it,
// hit testing, and the Tab order (by yaw). Pure geometry over core types: the renderer only draws
// what this computes, and tests check it without a GPU.

#include <optional>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

#include "core/manifest/Hotspot.h"
#include "core/math/Projection.h"

namespace shotscape {

struct HotspotPlacement {
  size_t index = 0;          // into the hotspot list
  bool onScreen = false;     // true: a marker at `position`; false: an edge indicator there
  glm::dvec2 position{0.0};  // viewport pixels
  glm::dvec2 pointing{1.0, 0.0}; // edge indicators: unit direction toward the hotspot (x right, y down)
};

// Unit view-space directions of hotspots, computed once per scene: the per-frame layout then needs
// no trigonometry (a thousand hotspots are laid out well within a frame's budget).
std::vector<glm::dvec3> hotspotDirections(const std::vector<HotspotConfig>& hotspots);

struct HotspotLayoutSettings {
  double edgeInset = 28.0;   // pixels between an edge indicator and the viewport border
  double hitRadius = 22.0;   // pixels around a marker that count as a hit (touch-friendly)
  // The part of the viewport left uncovered (x0, y0, x1, y1 in pixels), e.g. beside an open panel;
  // empty = all of it. A hotspot outside it gets an edge indicator on its border, pointing toward it.
  std::optional<glm::dvec4> uncovered;
};

class HotspotLayout {
 public:
  // `mediaTime` empty: the scene has no timeline, time windows are ignored.
  HotspotLayout(const std::vector<HotspotConfig>& hotspots, const Projection& projection,
                std::optional<double> mediaTime, const HotspotLayoutSettings& settings = {});
  // The same with the hotspots' directions precomputed (hotspotDirections(hotspots)).
  HotspotLayout(const std::vector<HotspotConfig>& hotspots, const std::vector<glm::dvec3>& directions,
                const Projection& projection, std::optional<double> mediaTime, const HotspotLayoutSettings& settings = {});

  const std::vector<HotspotPlacement>& placements() const { return placements_; }
  // The on-screen marker nearest to `pixel` within the hit radius.
  std::optional<size_t> hitTest(glm::dvec2 pixel) const;

  // Whether a hotspot's time window contains `mediaTime` (always true without a timeline).
  static bool activeAt(const HotspotConfig& hotspot, std::optional<double> mediaTime);
  // Indices of the active hotspots sorted by yaw (west to east from -180), for Tab / Shift+Tab.
  static std::vector<size_t> yawOrder(const std::vector<HotspotConfig>& hotspots, std::optional<double> mediaTime);

 private:
  std::vector<HotspotPlacement> placements_;
  HotspotLayoutSettings settings_;
};

} // namespace shotscape
