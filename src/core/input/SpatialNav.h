#pragma once
// Spatial navigation for TV remotes: from the focused marker (or the view's centre), the nearest
// marker in the pressed direction, as TV platforms' focus engines pick it: only markers on screen,
// in the half-plane of the direction and within 60° of it, the distance along the direction plus
// twice the distance across it (a marker straight ahead beats a nearer one off to the side).
// Empty when none lies that way: the view turns instead.

#include <optional>
#include <vector>

#include <glm/vec2.hpp>

#include "core/view/CameraController.h"

namespace shotscape {

struct NavTarget {
  int id = 0;          // the caller's (e.g. an index into its focus order)
  glm::dvec2 position; // CSS pixels, y down
};

std::optional<int> spatialNext(const std::vector<NavTarget>& targets, glm::dvec2 from, ControlKey direction,
                               std::optional<int> current = std::nullopt);

} // namespace shotscape
