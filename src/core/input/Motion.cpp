#include "core/input/Motion.h"
#include "core/math/Angles.h"

#include <algorithm>
#include <cmath>

#include <glm/vec3.hpp>

namespace shotscape {

namespace {
// The pitch offset (turning motion on, a drag up or down) fades so the view comes to the device's
// own pitch, the horizon where the real one is.
constexpr double kPitchReturnSeconds = 0.8;

// R = Rz(alpha) · Rx(beta) · Ry(gamma) applied to a device vector: the Earth frame (x east, y north,
// z up), then the player's world (x east, y up, -z north).
glm::dvec3 toWorld(const DeviceOrientation& o, glm::dvec3 v) {
  const double a = toRadians(o.alpha), b = toRadians(o.beta), g = toRadians(o.gamma);
  v = {std::cos(g) * v.x + std::sin(g) * v.z, v.y, -std::sin(g) * v.x + std::cos(g) * v.z};
  v = {v.x, std::cos(b) * v.y - std::sin(b) * v.z, std::sin(b) * v.y + std::cos(b) * v.z};
  v = {std::cos(a) * v.x - std::sin(a) * v.y, std::sin(a) * v.x + std::cos(a) * v.y, v.z};
  return {v.x, v.z, -v.y};
}
} // namespace

std::string orientationProblem(const DeviceOrientation& o) {
  if (!std::isfinite(o.alpha) || !std::isfinite(o.beta) || !std::isfinite(o.gamma)) return "an angle is missing or not a number";
  if (o.alpha < 0.0 || o.alpha > 360.0) return "alpha outside [0, 360]";
  if (o.beta < -180.0 || o.beta > 180.0) return "beta outside [-180, 180]";
  if (o.gamma < -90.0 || o.gamma > 90.0) return "gamma outside [-90, 90]";
  if (!std::isfinite(o.screenAngle) || std::fmod(std::abs(o.screenAngle), 90.0) != 0.0) return "the screen's angle is not a multiple of 90";
  return "";
}

YawPitch yawPitchFromOrientation(const DeviceOrientation& o) {
  const double s = toRadians(o.screenAngle);
  const glm::dvec3 look = toWorld(o, {0.0, 0.0, -1.0});
  // The screen's top edge, as the device is turned. For a view at pitch p and heading h (no roll),
  // look = (cos p · h, sin p) and up = (−sin p · h, cos p): h = cos p · look_h − sin p · up_h
  // everywhere, straight up and down included, and a roll only leaks in where it does not matter.
  const glm::dvec3 up = toWorld(o, {std::sin(s), std::cos(s), 0.0});
  const double sinP = std::clamp(look.y, -1.0, 1.0), cosP = std::sqrt(1.0 - sinP * sinP);
  const double hx = cosP * look.x - sinP * up.x, hz = cosP * look.z - sinP * up.z;
  YawPitch out;
  out.pitch = toDegrees(std::asin(sinP));
  out.yaw = Camera::wrapYaw(toDegrees(std::atan2(hx, -hz)));
  return out;
}

void MotionControl::start(const YawPitch& view) {
  active_ = true;
  haveTarget_ = false;
  needOffset_ = true;
  startView_ = view;
  shown_.reset();
  lastStep_ = -1.0;
  problem_.clear();
}

void MotionControl::stop() {
  active_ = false;
  haveTarget_ = false;
  shown_.reset();
  settling_ = false;
}

bool MotionControl::reading(const DeviceOrientation& o, double) {
  if (!active_) return false;
  problem_ = orientationProblem(o);
  if (!problem_.empty()) {
    ++refused_;
    return false;
  }
  ++readings_;
  device_ = yawPitchFromOrientation(o);
  if (needOffset_) {
    yawOffset_ = Camera::wrapYaw(startView_.yaw - device_.yaw);
    pitchOffset_ = startView_.pitch - device_.pitch;
    shown_ = startView_;
    needOffset_ = false;
  }
  haveTarget_ = true;
  settling_ = true;
  return true;
}

void MotionControl::dragBy(double yawDegrees, double pitchDegrees) {
  yawOffset_ = Camera::wrapYaw(yawOffset_ + yawDegrees);
  pitchOffset_ += pitchDegrees;
  if (shown_) {
    shown_->yaw = Camera::wrapYaw(shown_->yaw + yawDegrees);
    shown_->pitch = std::clamp(shown_->pitch + pitchDegrees, -90.0, 90.0);
  }
}

std::optional<YawPitch> MotionControl::step(double nowSeconds) {
  if (!active_ || !haveTarget_ || !shown_) return std::nullopt;
  const double dt = lastStep_ < 0.0 ? 0.0 : std::clamp(nowSeconds - lastStep_, 0.0, 0.25);
  lastStep_ = nowSeconds;
  pitchOffset_ *= std::exp(-dt / kPitchReturnSeconds);
  if (std::abs(pitchOffset_) < 0.05) pitchOffset_ = 0.0;
  const YawPitch target{Camera::wrapYaw(device_.yaw + yawOffset_), std::clamp(device_.pitch + pitchOffset_, -90.0, 90.0)};
  const double k = dt > 0.0 ? 1.0 - std::exp(-dt / kSmoothingSeconds) : 0.0;
  const double dYaw = Camera::wrapYaw(target.yaw - shown_->yaw), dPitch = target.pitch - shown_->pitch;
  if (std::abs(dYaw) < 0.005 && std::abs(dPitch) < 0.005 && pitchOffset_ == 0.0) {
    shown_ = target;
    settling_ = false;
  } else {
    shown_ = YawPitch{Camera::wrapYaw(shown_->yaw + dYaw * k), std::clamp(shown_->pitch + dPitch * k, -90.0, 90.0)};
    settling_ = true;
  }
  return shown_;
}

} // namespace shotscape
