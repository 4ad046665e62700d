#include "core/view/Immersive.h"

#include <cassert>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include "core/math/Angles.h"

namespace shotscape {

namespace {

// A turn about +Y that adds `degrees` to every direction's yaw (yaw grows toward +X).
glm::dmat3 yawTurn(double degrees) {
  const double a = toRadians(degrees);
  const double c = std::cos(a), s = std::sin(a);
  // Columns: where +X, +Y, +Z go. +Z (yaw 180) goes to yaw 180 + a.
  return glm::dmat3(glm::dvec3(c, 0.0, s), glm::dvec3(0.0, 1.0, 0.0), glm::dvec3(-s, 0.0, c));
}

glm::dvec3 ahead(const glm::dquat& q) { return q * glm::dvec3(0.0, 0.0, -1.0); }

// Yaw of a direction's horizontal part (the head's heading; 0 when it looks straight up or down).
double heading(const glm::dvec3& d) {
  if (d.x * d.x + d.z * d.z < 1e-12) return 0.0;
  return toDegrees(std::atan2(d.x, -d.z));
}

glm::dmat4 viewFrom(const XrPose& pose, bool translated) {
  glm::dmat4 world = glm::mat4_cast(pose.orientation);
  if (translated) world[3] = glm::dvec4(pose.position, 1.0);
  return glm::inverse(world);
}

} // namespace

void Immersive::begin(const ViewAngles& view) {
  entered_ = view;
  state_ = State::Starting;
  turned_ = false;
  sceneFromRef_ = glm::dmat3(1.0);
  panel_.reset();
}

void Immersive::pose(const XrPose& head) {
  assert(state_ != State::Off && "Immersive::pose: no session");
  head_ = head;
  if (!turned_) {
    // The head's heading in the reference space becomes the view's yaw in the scene.
    sceneFromRef_ = yawTurn(entered_.yaw - heading(ahead(head.orientation)));
    turned_ = true;
  }
  state_ = State::Running;
}

void Immersive::turn(double degrees) { sceneFromRef_ = yawTurn(degrees) * sceneFromRef_; }

ViewAngles Immersive::end() {
  state_ = State::Off;
  turned_ = false;
  panel_.reset();
  return entered_;
}

YawPitch Immersive::gaze() const { return yawPitchFromDirection(toScene(ahead(head_.orientation))); }

Projection Immersive::eyeProjection(const XrEye& eye) const {
  const glm::dmat3 orientation = sceneFromRef_ * glm::mat3_cast(eye.pose.orientation);
  const glm::dmat4& p = eye.projection;
  // x_ndc = (P00 x + P20 z) / -z: at z = -1, x = (x_ndc + P20) / P00 — a field of tan 1/P00 each
  // side of a centre shifted by -P20 (the same for y).
  return Projection(orientation, {1.0 / p[0][0], 1.0 / p[1][1]}, {-p[2][0], -p[2][1]}, double(eye.viewport[2]),
                    double(eye.viewport[3]));
}

glm::dmat4 Immersive::roomToClip(const XrEye& eye) { return eye.projection * viewFrom(eye.pose, true); }

glm::dmat4 Immersive::skyToClip(const XrEye& eye) { return eye.projection * viewFrom(eye.pose, false); }

XrQuad Immersive::markerQuad(const YawPitch& at, double radiusDeg) const {
  const glm::dvec3 d = toRef(directionFromYawPitch(at));
  // Right stays horizontal (defined from the yaw alone, as the view's), up completes the frame.
  const double yaw = toRadians(heading(d));
  const glm::dvec3 right(std::cos(yaw), 0.0, std::sin(yaw));
  const glm::dvec3 up = glm::normalize(glm::cross(right, d));
  const double half = kMarkerDistance * std::tan(toRadians(radiusDeg));
  return {d * kMarkerDistance, right * half, up * half};
}

std::optional<std::size_t> Immersive::pick(const XrRay& ray, const std::vector<YawPitch>& markers) const {
  // Markers lie at infinity: where the ray meets the far sphere, seen from the head. (The
  // controller's offset from the head is a fraction of a degree out there.)
  const glm::dvec3 o = ray.origin - head_.position;
  const double b = glm::dot(o, ray.direction);
  const double far = kMarkerDistance * 100.0;
  const double t = -b + std::sqrt(std::max(0.0, b * b - glm::dot(o, o) + far * far));
  const glm::dvec3 seen = glm::normalize(toScene(o + t * ray.direction));
  std::optional<std::size_t> best;
  double bestCos = std::cos(toRadians(kPickRadiusDeg));
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const double c = glm::dot(seen, directionFromYawPitch(markers[i]));
    if (c >= bestCos) {
      bestCos = c;
      best = i;
    }
  }
  return best;
}

void Immersive::placePanel(double heightOverWidth) {
  // Just above eye level, along the head's heading, turned to face the head.
  const double yaw = toRadians(heading(ahead(head_.orientation)));
  const glm::dvec3 forward(std::sin(yaw), 0.0, -std::cos(yaw));
  const glm::dvec3 right(std::cos(yaw), 0.0, std::sin(yaw));
  XrQuad q;
  q.centre = head_.position + forward * kPanelDistance + glm::dvec3(0.0, kPanelRise, 0.0);
  q.right = right * (kPanelWidth * 0.5);
  q.up = glm::dvec3(0.0, 1.0, 0.0) * (kPanelWidth * 0.5 * heightOverWidth);
  panel_ = q;
}

std::optional<glm::dvec2> Immersive::panelHit(const XrRay& ray, double* distance) const {
  if (!panel_) return std::nullopt;
  return quadHit(*panel_, ray, distance);
}

XrQuad Immersive::captionQuad(double heightOverWidth) const {
  const glm::dmat3 r = glm::mat3_cast(head_.orientation);
  XrQuad q;
  q.centre = head_.position + r * glm::dvec3(0.0, -kCaptionDrop, -kCaptionDistance);
  q.right = r * glm::dvec3(kCaptionWidth * 0.5, 0.0, 0.0);
  q.up = r * glm::dvec3(0.0, kCaptionWidth * 0.5 * heightOverWidth, 0.0);
  return q;
}

std::optional<glm::dvec2> quadHit(const XrQuad& quad, const XrRay& ray, double* distance) {
  const glm::dvec3 normal = glm::cross(quad.right, quad.up);
  const double denom = glm::dot(normal, ray.direction);
  if (std::abs(denom) < 1e-12) return std::nullopt;
  const double t = glm::dot(normal, quad.centre - ray.origin) / denom;
  if (t <= 0.0) return std::nullopt;
  const glm::dvec3 local = ray.origin + t * ray.direction - quad.centre;
  const double x = glm::dot(local, quad.right) / glm::dot(quad.right, quad.right);
  const double y = glm::dot(local, quad.up) / glm::dot(quad.up, quad.up);
  if (std::abs(x) > 1.0 || std::abs(y) > 1.0) return std::nullopt;
  if (distance) *distance = t;
  return glm::dvec2{(x + 1.0) * 0.5, (1.0 - y) * 0.5};
}

} // namespace shotscape
