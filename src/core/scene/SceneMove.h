#pragma once
// A move from one scene of a tour to another: a step through the shot, not a page load.
//
// Both scenes are drawn while it lasts. Each is projected onto a sphere around its own position (a
// proxy of the set, `radius` metres) and looked at from a camera that walks along the line between
// the two positions: the scene left behind from its centre toward the target, the target from
// behind its centre up to it, while the target fades in over the first. Straight lines of the set
// bend a little (the proxy is a sphere, not the room), but what lies ahead grows as a step
// forward makes it grow, which is the point.
//
// The heading is kept continuous: the yaw that faces a direction of the shot's space in the old
// image faces the same direction in the new one (carryYaw). Where either position is unknown the
// move is a cross-fade in place (Fade); under prefers-reduced-motion, or asked for, a Jump (no
// frames in between).
//
// Pure math over configs: the Stage draws what at() says; tests check it without a GPU.

#include <glm/vec3.hpp>

#include "core/manifest/Manifest.h"

namespace shotscape {

enum class MoveKind {
  Auto, // Move where both positions are known, else Fade
  Move,
  Fade,
  Jump,
};

// What to draw at one moment of a move.
struct MoveFrame {
  double progress = 1.0;        // [0, 1], eased
  double toOpacity = 1.0;       // the target drawn over the scene left behind
  glm::dvec3 fromEye{0.0};      // camera offsets from each scene's centre, in units of the proxy's
  glm::dvec3 toEye{0.0};        //   radius, in that scene's image frame (Projection's world frame)
  double fromYawOffset = 0.0;   // degrees added to the view's yaw (the target's frame) to look into the old scene
};

class SceneMove {
 public:
  // Default: no move (done at once).
  SceneMove() = default;
  SceneMove(const SceneConfig& from, const SceneConfig& to, MoveKind kind, double startMs, double durationMs);

  // The target image's yaw showing what `yaw` shows in the old one.
  double carryYaw(double yaw) const;
  MoveKind kind() const { return kind_; }
  double durationMs() const { return durationMs_; }
  MoveFrame at(double nowMs) const;
  bool done(double nowMs) const { return nowMs >= startMs_ + durationMs_; }

  // The sphere the scenes are projected on is this many times the distance between the
  // positions, and never smaller than kMinRadius metres: the camera stays well inside it.
  static constexpr double kRadiusPerDistance = 2.0;
  static constexpr double kMinRadius = 3.0;

 private:
  MoveKind kind_ = MoveKind::Jump;
  double startMs_ = 0.0;
  double durationMs_ = 0.0;
  double headingDelta_ = 0.0; // to.heading - from.heading
  glm::dvec3 fromStep_{0.0};  // the whole walk in each image's frame, radius units
  glm::dvec3 toStep_{0.0};
};

} // namespace shotscape
