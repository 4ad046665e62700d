#include "core/view/CameraController.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "core/math/Projection.h"

namespace shotscape {

CameraController::CameraController(Camera& camera, const ControllerSettings& settings)
    : camera_(camera), settings_(settings) {}

void CameraController::setViewport(double width, double height, glm::dvec2 centre) {
  width_ = std::max(1.0, width);
  height_ = std::max(1.0, height);
  centre_ = centre;
}

CameraController::Pointer* CameraController::findPointer(int id) {
  for (auto& p : pointers_)
    if (p.down && p.id == id) return &p;
  return nullptr;
}

double CameraController::pinchDistance() const {
  return glm::length(pointers_[0].pixel - pointers_[1].pixel);
}

glm::dvec2 CameraController::pinchCentre() const {
  return (pointers_[0].pixel + pointers_[1].pixel) * 0.5;
}

bool CameraController::pointerDown(int id, glm::dvec2 pixel, double now) {
  if (findPointer(id)) return false;
  for (auto& p : pointers_) {
    if (p.down) continue;
    p = {id, true, pixel};
    ++activePointers_;
    velocity_ = {0.0, 0.0};
    lastMoveTime_ = now;
    if (activePointers_ == 2) {
      pinchStartDistance_ = std::max(1.0, pinchDistance());
      pinchStartHfov_ = camera_.hfov();
    }
    return false;
  }
  return false; // a third finger is ignored
}

bool CameraController::dragBy(glm::dvec2 delta) {
  const FieldsOfView fields = fieldsOfView(camera_.hfov(), width_, height_, lens_);
  const double dYaw = -delta.x * fields.horizontal / width_;
  const double dPitch = delta.y * fields.vertical / height_;
  bool changed = camera_.setYaw(camera_.yaw() + dYaw);
  changed = camera_.setPitch(camera_.pitch() + dPitch) || changed;
  return changed;
}

bool CameraController::pointerMove(int id, glm::dvec2 pixel, double now) {
  Pointer* p = findPointer(id);
  if (!p) return false;
  if (activePointers_ == 2) {
    p->pixel = pixel;
    const double hfov = pinchStartHfov_ * pinchStartDistance_ / std::max(1.0, pinchDistance());
    return zoomAt(pinchCentre(), hfov);
  }
  const glm::dvec2 delta = pixel - p->pixel;
  p->pixel = pixel;
  const ViewAngles before = camera_.view();
  const bool changed = dragBy(delta);
  const double dt = now - lastMoveTime_;
  if (dt > 1e-4) {
    double dYaw = camera_.yaw() - before.yaw;
    if (dYaw > 180.0) dYaw -= 360.0;
    if (dYaw < -180.0) dYaw += 360.0;
    const glm::dvec2 sample{dYaw / dt, (camera_.pitch() - before.pitch) / dt};
    // Blend toward the latest sample so one jittery event does not decide the fling.
    const double blend = std::min(1.0, dt / 0.05);
    velocity_ = velocity_ * (1.0 - blend) + sample * blend;
    lastMoveTime_ = now;
  }
  return changed;
}

bool CameraController::pointerUp(int id, glm::dvec2 pixel, double now) {
  Pointer* p = findPointer(id);
  if (!p) return false;
  const bool changed = activePointers_ == 1 ? pointerMove(id, pixel, now) : false;
  p->down = false;
  --activePointers_;
  if (activePointers_ > 0 || now - lastMoveTime_ > settings_.releaseWindow) velocity_ = {0.0, 0.0};
  // Coasting is integrated from the moment of release. (After a pinch, the remaining finger keeps
  // its own position, so it drags on from where it is.)
  lastUpdate_ = now;
  return changed;
}

bool CameraController::wheel(glm::dvec2 pixel, double deltaY) {
  if (!std::isfinite(deltaY)) return false;
  const double clamped = std::clamp(deltaY, -600.0, 600.0);
  return zoomAt(pixel, camera_.hfov() * std::exp(clamped * settings_.wheelZoomPerPixel));
}

bool CameraController::zoomAt(glm::dvec2 pixel, double hfov) {
  const YawPitch before = Projection(camera_.view(), width_, height_, centre_, lens_).yawPitchFromPixel(pixel);
  if (!camera_.setHfov(hfov)) return false;
  // Fixed-point iteration: each step shifts the camera by the remaining angular error; it converges
  // in a few steps for any on-screen point away from the poles.
  for (int i = 0; i < 8; ++i) {
    const YawPitch after = Projection(camera_.view(), width_, height_, centre_, lens_).yawPitchFromPixel(pixel);
    const double dYaw = Camera::wrapYaw(before.yaw - after.yaw);
    const double dPitch = before.pitch - after.pitch;
    if (std::abs(dYaw) < 1e-7 && std::abs(dPitch) < 1e-7) break;
    if (std::abs(before.pitch) < 89.0 && std::abs(after.pitch) < 89.0) camera_.setYaw(camera_.yaw() + dYaw);
    camera_.setPitch(camera_.pitch() + dPitch);
  }
  return true;
}

bool CameraController::key(ControlKey key, bool down, double now) {
  auto& held = keys_[static_cast<size_t>(key)];
  if (held == down) return false;
  // Integrate the motion so far first, so a key turns for exactly as long as it was held
  // however sparse the frames were.
  const bool changed = animating() ? update(now) : false;
  held = down;
  if (down) {
    velocity_ = {0.0, 0.0};
    if (!changed) lastUpdate_ = now;
  }
  return changed;
}

void CameraController::stop() {
  for (auto& p : pointers_) p.down = false;
  activePointers_ = 0;
  keys_.fill(false);
  velocity_ = {0.0, 0.0};
}

bool CameraController::animating() const {
  for (bool k : keys_)
    if (k) return true;
  return activePointers_ == 0 && glm::length(velocity_) >= settings_.inertiaStopSpeed;
}

bool CameraController::update(double now) {
  const double dt = lastUpdate_ < 0.0 ? 0.0 : std::clamp(now - lastUpdate_, 0.0, 0.25);
  lastUpdate_ = now;
  if (dt <= 0.0) return false;
  bool changed = false;

  auto held = [this](ControlKey k) { return keys_[static_cast<size_t>(k)]; };
  const double turn = settings_.keyTurnSpeed * fieldsOfView(camera_.hfov(), width_, height_, lens_).horizontal * dt;
  const double turnX = (held(ControlKey::Right) ? turn : 0.0) - (held(ControlKey::Left) ? turn : 0.0);
  const double turnY = (held(ControlKey::Up) ? turn : 0.0) - (held(ControlKey::Down) ? turn : 0.0);
  if (turnX != 0.0) changed = camera_.setYaw(camera_.yaw() + turnX) || changed;
  if (turnY != 0.0) changed = camera_.setPitch(camera_.pitch() + turnY) || changed;
  const int zoomDir = (held(ControlKey::ZoomOut) ? 1 : 0) - (held(ControlKey::ZoomIn) ? 1 : 0);
  if (zoomDir != 0)
    changed = camera_.setHfov(camera_.hfov() * std::exp(settings_.keyZoomLogRate * zoomDir * dt)) || changed;

  if (activePointers_ == 0 && glm::length(velocity_) >= settings_.inertiaStopSpeed) {
    // Exact integral of v·exp(-t/τ) over the step, so the coast distance is frame-rate independent.
    const double tau = settings_.inertiaTimeConstant;
    const double decay = std::exp(-dt / tau);
    const glm::dvec2 travelled = velocity_ * tau * (1.0 - decay);
    velocity_ *= decay;
    changed = camera_.setYaw(camera_.yaw() + travelled.x) || changed;
    if (!camera_.setPitch(camera_.pitch() + travelled.y)) velocity_.y = 0.0;
    else changed = true;
    if (glm::length(velocity_) < settings_.inertiaStopSpeed) velocity_ = {0.0, 0.0};
  }
  return changed;
}

} // namespace shotscape
