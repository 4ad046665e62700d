#include "core/math/Projection.h"
#include "core/math/Angles.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include <glm/geometric.hpp>

namespace shotscape {

glm::dvec3 directionFromYawPitch(const YawPitch& angles) {
  const double y = toRadians(angles.yaw);
  const double p = toRadians(angles.pitch);
  return {std::cos(p) * std::sin(y), std::sin(p), -std::cos(p) * std::cos(y)};
}

YawPitch yawPitchFromDirection(const glm::dvec3& direction) {
  const glm::dvec3 d = glm::normalize(direction);
  YawPitch out;
  out.pitch = toDegrees(std::asin(std::clamp(d.y, -1.0, 1.0)));
  out.yaw = Camera::wrapYaw(toDegrees(std::atan2(d.x, -d.z)));
  return out;
}

glm::dvec2 equirectUvFromYawPitch(const YawPitch& angles) {
  return {0.5 + Camera::wrapYaw(angles.yaw) / 360.0, 0.5 - angles.pitch / 180.0};
}

YawPitch yawPitchFromEquirectUv(const glm::dvec2& uv) {
  return {Camera::wrapYaw((uv.x - 0.5) * 360.0), (0.5 - uv.y) * 180.0};
}

Projection::Projection(const ViewAngles& view, double viewportWidth, double viewportHeight, const glm::dvec2& centre,
                       const Lens& lens)
    : width_(viewportWidth), height_(viewportHeight), map_(lens, toRadians(view.hfov) * 0.5) {
  assert(viewportWidth > 0 && viewportHeight > 0 && "Projection: viewport must be non-empty");
  const double yaw = toRadians(view.yaw);
  forwardUnit_ = directionFromYawPitch({view.yaw, view.pitch});
  // Right depends on yaw alone, so the basis stays defined when looking straight up or down.
  rightUnit_ = {std::cos(yaw), 0.0, std::sin(yaw)};
  upUnit_ = glm::cross(rightUnit_, forwardUnit_);
  const FieldsOfView fields = fieldsOfView(view.hfov, viewportWidth, viewportHeight);
  tanHalfH_ = std::tan(toRadians(fields.horizontal) * 0.5);
  tanHalfV_ = std::tan(toRadians(fields.vertical) * 0.5);
  shiftNdc_ = {2.0 * centre.x / viewportWidth, -2.0 * centre.y / viewportHeight};
  const glm::dvec3 right = rightUnit_ * tanHalfH_, up = upUnit_ * tanHalfV_;
  basis_ = {right, up, forwardUnit_ - shiftNdc_.x * right - shiftNdc_.y * up};
  const double longer = std::max(viewportWidth, viewportHeight);
  axes_ = {viewportWidth / longer, viewportHeight / longer};
}

Projection::Projection(const glm::dmat3& orientation, const glm::dvec2& tanHalf, const glm::dvec2& shiftNdc,
                       double viewportWidth, double viewportHeight)
    : rightUnit_(orientation[0]), upUnit_(orientation[1]), forwardUnit_(-orientation[2]), shiftNdc_(shiftNdc),
      tanHalfH_(tanHalf.x), tanHalfV_(tanHalf.y), width_(viewportWidth), height_(viewportHeight),
      map_(Lens{}, std::atan(std::max(tanHalf.x, tanHalf.y))) {
  assert(viewportWidth > 0 && viewportHeight > 0 && tanHalf.x > 0 && tanHalf.y > 0 && "Projection: empty frustum");
  const glm::dvec3 right = rightUnit_ * tanHalfH_, up = upUnit_ * tanHalfV_;
  basis_ = {right, up, forwardUnit_ - shiftNdc_.x * right - shiftNdc_.y * up};
  const double longer = std::max(viewportWidth, viewportHeight);
  axes_ = {viewportWidth / longer, viewportHeight / longer};
}

glm::dvec2 Projection::lensPoint(const glm::dvec2& pixel) const {
  return {(2.0 * pixel.x / width_ - 1.0 - shiftNdc_.x) * axes_.x, (1.0 - 2.0 * pixel.y / height_ - shiftNdc_.y) * axes_.y};
}

double Projection::pixelsPerRadian() const { return 0.5 * std::max(width_, height_) / map_.centreScale(); }

glm::dvec3 Projection::rayFromPixel(const glm::dvec2& pixel) const {
  if (map_.lens().rectilinear()) {
    const double nx = 2.0 * pixel.x / width_ - 1.0;
    const double ny = 1.0 - 2.0 * pixel.y / height_;
    return glm::normalize(basis_.forward + nx * basis_.right + ny * basis_.up);
  }
  // Lens coordinates, their radius, the angle off the view's direction it looks along.
  const glm::dvec2 p = lensPoint(pixel);
  const double u = std::sqrt(p.x * p.x + p.y * p.y);
  const double theta = map_.angle(u).value_or(kPi);
  if (u < 1e-12) return forwardUnit_;
  return std::cos(theta) * forwardUnit_ + std::sin(theta) / u * (p.x * rightUnit_ + p.y * upUnit_);
}

bool Projection::showsPixel(const glm::dvec2& pixel) const {
  if (map_.lens().rectilinear()) return true;
  return map_.angle(glm::length(lensPoint(pixel))).has_value();
}

YawPitch Projection::yawPitchFromPixel(const glm::dvec2& pixel) const {
  return yawPitchFromDirection(rayFromPixel(pixel));
}

std::optional<glm::dvec2> Projection::pixelFromDirection(const glm::dvec3& direction) const {
  const double z = glm::dot(direction, forwardUnit_);
  double nx = 0.0, ny = 0.0;
  if (map_.lens().rectilinear()) {
    if (z <= 1e-9) return std::nullopt;
    nx = glm::dot(direction, rightUnit_) / (z * tanHalfH_) + shiftNdc_.x;
    ny = glm::dot(direction, upUnit_) / (z * tanHalfV_) + shiftNdc_.y;
  } else {
    const double x = glm::dot(direction, rightUnit_), y = glm::dot(direction, upUnit_);
    const double side = std::sqrt(x * x + y * y);
    if (side < 1e-12 && z < 0.0) return std::nullopt; // straight behind: on no one point of the picture
    const auto u = map_.radius(std::atan2(side, z));
    if (!u) return std::nullopt;
    const double scale = side > 1e-15 ? *u / side : 0.0;
    nx = x * scale / axes_.x + shiftNdc_.x;
    ny = y * scale / axes_.y + shiftNdc_.y;
  }
  return glm::dvec2{(nx + 1.0) * 0.5 * width_, (1.0 - ny) * 0.5 * height_};
}

std::optional<glm::dvec2> Projection::pixelFromYawPitch(const YawPitch& angles) const {
  return pixelFromDirection(directionFromYawPitch(angles));
}

ViewAngles viewPlacing(const YawPitch& target, double hfov, double viewportWidth, double viewportHeight,
                       const glm::dvec2& pixel, const Lens& lens) {
  ViewAngles view{target.yaw, target.pitch, hfov};
  // Fixed-point iteration: move the view by the angular error between where the target lands and
  // where it should; each step shrinks the error by the projection's local nonlinearity.
  for (int i = 0; i < 12; ++i) {
    const Projection projection(view, viewportWidth, viewportHeight, {0.0, 0.0}, lens);
    const auto landed = projection.pixelFromYawPitch(target);
    if (!landed) break;
    if (glm::length(*landed - pixel) < 0.01) break;
    const YawPitch at = projection.yawPitchFromPixel(*landed);
    const YawPitch want = projection.yawPitchFromPixel(pixel);
    double dYaw = at.yaw - want.yaw;
    if (dYaw > 180.0) dYaw -= 360.0;
    if (dYaw < -180.0) dYaw += 360.0;
    view.yaw += dYaw;
    if (view.yaw > 180.0) view.yaw -= 360.0;
    if (view.yaw <= -180.0) view.yaw += 360.0;
    view.pitch = std::clamp(view.pitch + (at.pitch - want.pitch), -90.0, 90.0);
  }
  return view;
}

} // namespace shotscape
