#include "core/view/Camera.h"
#include "core/math/Angles.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace shotscape {

double Camera::wrapYaw(double yaw) {
  if (!std::isfinite(yaw)) return 0.0;
  double w = std::fmod(yaw, 360.0);
  if (w <= -180.0) w += 360.0;
  if (w > 180.0) w -= 360.0;
  return w;
}

void Camera::setLimits(const CameraLimits& limits) {
  assert(limits.minHfov > 0.0 && limits.minHfov <= limits.maxHfov && limits.maxHfov <= 360.0 &&
         "Camera::setLimits: hfov limits must satisfy 0 < min <= max <= 360");
  assert(limits.minPitch >= -90.0 && limits.minPitch <= limits.maxPitch && limits.maxPitch <= 90.0 &&
         "Camera::setLimits: pitch limits must lie in [-90, 90]");
  limits_ = limits;
  setView(view_);
}

bool Camera::setView(const ViewAngles& view) {
  bool changed = setHfov(view.hfov);
  changed = setPitch(view.pitch) || changed;
  changed = setYaw(view.yaw) || changed;
  return changed;
}

bool Camera::setYaw(double yaw) {
  if (!std::isfinite(yaw)) return false;
  const double wrapped = wrapYaw(yaw);
  if (wrapped == view_.yaw) return false;
  view_.yaw = wrapped;
  return true;
}

bool Camera::setPitch(double pitch) {
  if (!std::isfinite(pitch)) return false;
  const double clamped = std::clamp(pitch, limits_.minPitch, limits_.maxPitch);
  if (clamped == view_.pitch) return false;
  view_.pitch = clamped;
  return true;
}

bool Camera::setHfov(double hfov) {
  if (!std::isfinite(hfov)) return false;
  const double clamped = std::clamp(hfov, limits_.minHfov, limits_.maxHfov);
  if (clamped == view_.hfov) return false;
  view_.hfov = clamped;
  return true;
}

namespace {
// The field across a side `ratio` times as long as the side that spans `fov`.
double scaledField(double fov, double ratio) { return 2.0 * toDegrees(std::atan(std::tan(toRadians(fov) * 0.5) * ratio)); }
} // namespace

namespace {
// The field across the side `ratio` (≤ 1) times as long as the one that spans `fov`, through a lens.
double lensField(double fov, double ratio, const Lens& lens) {
  if (lens.rectilinear()) return scaledField(fov, ratio);
  return 2.0 * toDegrees(LensMap(lens, toRadians(fov) * 0.5).angle(ratio).value_or(kPi));
}
} // namespace

FieldsOfView fieldsOfView(double fov, double width, double height, const Lens& lens) {
  if (!(width > 0.0 && height > 0.0)) return {fov, fov};
  if (width >= height) return {fov, lensField(fov, height / width, lens)};
  return {lensField(fov, width / height, lens), fov};
}

double fovFromHorizontal(double hfov, double width, double height, const Lens& lens) {
  if (!(width > 0.0 && height > 0.0) || width >= height) return hfov;
  const double ratio = width / height;
  if (lens.rectilinear()) return scaledField(hfov, 1.0 / ratio);
  // The longer side's field whose shorter side spans `hfov`: it grows with the longer field.
  double lo = hfov, hi = 360.0;
  if (lensField(hi, ratio, lens) <= hfov) return hi;
  for (int i = 0; i < 50; ++i) {
    const double mid = 0.5 * (lo + hi);
    (lensField(mid, ratio, lens) < hfov ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

} // namespace shotscape
