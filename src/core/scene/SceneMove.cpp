#include "core/scene/SceneMove.h"

#include <algorithm>
#include <cmath>

#include "core/math/Projection.h"

namespace shotscape {

namespace {
// The walk in one image's frame: the shot-space bearing turned by the image's heading.
glm::dvec3 stepInImage(const Bearing& bearing, double heading, double length) {
  return directionFromYawPitch({bearing.yaw - heading, bearing.pitch}) * length;
}

double smoothstep(double t) { return t * t * (3.0 - 2.0 * t); }
} // namespace

SceneMove::SceneMove(const SceneConfig& from, const SceneConfig& to, MoveKind kind, double startMs, double durationMs)
    : kind_(kind), startMs_(startMs), durationMs_(kind == MoveKind::Jump ? 0.0 : std::max(0.0, durationMs)),
      headingDelta_(to.heading - from.heading) {
  if (kind_ == MoveKind::Auto) kind_ = from.position && to.position ? MoveKind::Move : MoveKind::Fade;
  if (kind_ == MoveKind::Move && !(from.position && to.position)) kind_ = MoveKind::Fade;
  if (kind_ != MoveKind::Move) return;
  const PositionConfig& a = *from.position;
  const PositionConfig& b = *to.position;
  const double distance = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y) + (b.z - a.z) * (b.z - a.z));
  if (distance <= 0.0) {
    kind_ = MoveKind::Fade;
    return;
  }
  const double length = distance / std::max(kMinRadius, kRadiusPerDistance * distance);
  const Bearing bearing = bearingBetween(a, b);
  fromStep_ = stepInImage(bearing, from.heading, length);
  toStep_ = stepInImage(bearing, to.heading, length);
}

double SceneMove::carryYaw(double yaw) const {
  return std::remainder(yaw - headingDelta_, 360.0);
}

MoveFrame SceneMove::at(double nowMs) const {
  MoveFrame f;
  f.fromYawOffset = headingDelta_;
  const double t = durationMs_ > 0.0 ? std::clamp((nowMs - startMs_) / durationMs_, 0.0, 1.0) : 1.0;
  f.progress = smoothstep(t);
  // The target shows through from the first frame and covers the old scene before the walk ends,
  // so the end is the target alone, sharp, where it will stay.
  f.toOpacity = std::clamp(f.progress * 1.25, 0.0, 1.0);
  if (kind_ == MoveKind::Move) {
    f.fromEye = fromStep_ * f.progress;
    f.toEye = -toStep_ * (1.0 - f.progress);
  }
  return f;
}

} // namespace shotscape
