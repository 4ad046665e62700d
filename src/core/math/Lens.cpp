#include "core/math/Lens.h"
#include "core/math/Angles.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace shotscape {

namespace {
// The widest half-field each lens's formula is used with, radians: a rectilinear picture at 160°
// is already mostly stretched edge; a stereographic one stops short of the point behind the view.
double maxHalfAngle(LensKind kind) {
  switch (kind) {
    case LensKind::Rectilinear: return toRadians(80.0);
    case LensKind::Stereographic: return toRadians(175.0);
    case LensKind::Fisheye: return kPi;
  }
  return kPi;
}
} // namespace

std::string_view lensName(LensKind kind) {
  switch (kind) {
    case LensKind::Rectilinear: return "rectilinear";
    case LensKind::Stereographic: return "stereographic";
    case LensKind::Fisheye: return "fisheye";
  }
  return "rectilinear";
}

std::optional<LensKind> lensFromName(std::string_view name) {
  for (int k = 0; k < kLensKinds; ++k)
    if (name == lensName(LensKind(k))) return LensKind(k);
  return std::nullopt;
}

double lensMaxFov(LensKind kind) {
  switch (kind) {
    case LensKind::Rectilinear: return 150.0;
    case LensKind::Stereographic: return 300.0;
    case LensKind::Fisheye: return 360.0;
  }
  return 150.0;
}

LensFraming lensFraming(LensKind kind) {
  const double keep = std::numeric_limits<double>::quiet_NaN();
  switch (kind) {
    case LensKind::Rectilinear: return {keep, keep};
    case LensKind::Stereographic: return {260.0, -90.0}; // the little planet: straight down, the horizon a ring
    case LensKind::Fisheye: return {180.0, keep};
  }
  return {keep, keep};
}

double lensRadiusOf(LensKind kind, double theta) {
  switch (kind) {
    case LensKind::Rectilinear: return theta < kPi * 0.5 ? std::tan(theta) : std::numeric_limits<double>::infinity();
    case LensKind::Stereographic: return theta < kPi ? 2.0 * std::tan(theta * 0.5) : std::numeric_limits<double>::infinity();
    case LensKind::Fisheye: return theta;
  }
  return theta;
}

double lensAngleOf(LensKind kind, double radius) {
  switch (kind) {
    case LensKind::Rectilinear: return std::atan(radius);
    case LensKind::Stereographic: return 2.0 * std::atan(radius * 0.5);
    case LensKind::Fisheye: return radius;
  }
  return radius;
}

LensMap::LensMap(const Lens& lens, double halfFov) : lens_(lens) {
  lens_.mix = std::clamp(lens.mix, 0.0, 1.0);
  if (lens_.mix <= 0.0) lens_ = Lens::steady(lens_.from);
  else if (lens_.mix >= 1.0) lens_ = Lens::steady(lens_.to);
  const LensKind kinds[2] = {lens_.from, lens_.to};
  for (int c = 0; c < 2; ++c) edge_[c] = lensRadiusOf(kinds[c], std::clamp(halfFov, 1e-6, maxHalfAngle(kinds[c])));
}

double LensMap::componentAngle(int component, double u) const {
  return lensAngleOf(component ? lens_.to : lens_.from, u * edge_[component]);
}

std::optional<double> LensMap::angle(double u) const {
  if (!lens_.morphing()) {
    const double theta = componentAngle(1, u);
    if (lens_.to == LensKind::Fisheye && theta > kPi) return std::nullopt;
    return theta;
  }
  const double a = componentAngle(0, u), b = componentAngle(1, u);
  if ((lens_.from == LensKind::Fisheye && a > kPi) || (lens_.to == LensKind::Fisheye && b > kPi)) return std::nullopt;
  return a + (b - a) * lens_.mix;
}

std::optional<double> LensMap::radius(double theta) const {
  if (!(theta >= 0.0)) return std::nullopt;
  if (!lens_.morphing()) {
    if (lens_.to == LensKind::Fisheye && theta > kPi) return std::nullopt;
    const double r = lensRadiusOf(lens_.to, theta);
    if (!std::isfinite(r)) return std::nullopt;
    return r / edge_[1];
  }
  // θ(u) grows with u: bisection between 0 and a radius whose angle passes θ.
  double hi = 1.0;
  if (lens_.from == LensKind::Fisheye) hi = kPi / edge_[0];
  else if (lens_.to == LensKind::Fisheye) hi = kPi / edge_[1];
  else
    while (*angle(hi) < theta && hi < 1e6) hi *= 2.0;
  const auto top = angle(hi);
  if (!top || *top < theta) return std::nullopt;
  double lo = 0.0;
  for (int i = 0; i < 52 && hi - lo > 1e-12; ++i) {
    const double mid = 0.5 * (lo + hi);
    const auto at = angle(mid);
    if (at && *at < theta) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

double LensMap::centreScale() const {
  if (!lens_.morphing()) return edge_[1];
  return edge_[0] + (edge_[1] - edge_[0]) * lens_.mix;
}

} // namespace shotscape
