#include "core/view/Glide.h"

#include <algorithm>
#include <cmath>

namespace shotscape {

namespace {
// The signed yaw turn from `from` to `to` the short way, in (-180, 180].
double yawTurn(double from, double to) {
  double d = std::fmod(to - from, 360.0);
  if (d > 180.0) d -= 360.0;
  if (d <= -180.0) d += 360.0;
  return d;
}
} // namespace

double Glide::ease(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t < 0.5 ? 4.0 * t * t * t : 1.0 - (2.0 - 2.0 * t) * (2.0 - 2.0 * t) * (2.0 - 2.0 * t) / 2.0;
}

double Glide::durationFor(const ViewAngles& from, const ViewAngles& to, bool reducedMotion,
                          const GlideSettings& settings) {
  if (reducedMotion) return 0.0;
  const double turn = std::max({std::abs(yawTurn(from.yaw, to.yaw)), std::abs(to.pitch - from.pitch),
                                std::abs(to.hfov - from.hfov)});
  if (turn < 1e-6) return 0.0;
  return std::clamp(settings.minSeconds + turn / 180.0 * settings.secondsPer180, settings.minSeconds,
                    settings.maxSeconds);
}

void Glide::start(const ViewAngles& from, const ViewAngles& to, double nowSeconds, double durationSeconds) {
  from_ = from;
  to_ = to;
  yawTurn_ = yawTurn(from.yaw, to.yaw);
  start_ = nowSeconds;
  duration_ = std::max(0.0, durationSeconds);
  active_ = true;
}

ViewAngles Glide::at(double nowSeconds) const {
  if (duration_ <= 0.0 || nowSeconds >= start_ + duration_) return to_;
  const double k = ease((nowSeconds - start_) / duration_);
  ViewAngles v;
  v.yaw = from_.yaw + yawTurn_ * k;
  v.pitch = from_.pitch + (to_.pitch - from_.pitch) * k;
  v.hfov = from_.hfov + (to_.hfov - from_.hfov) * k;
  return v;
}

void ShiftEase::retarget(glm::dvec2 target, double nowSeconds, double durationSeconds) {
  from_ = at(nowSeconds);
  to_ = target;
  start_ = nowSeconds;
  duration_ = std::max(0.0, durationSeconds);
}

glm::dvec2 ShiftEase::at(double nowSeconds) const {
  if (duration_ <= 0.0 || nowSeconds >= start_ + duration_) return to_;
  const double k = Glide::ease((nowSeconds - start_) / duration_);
  return from_ + (to_ - from_) * k;
}

} // namespace shotscape
