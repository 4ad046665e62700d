#include "core/view/View.h"

#include <algorithm>
#include <cmath>

namespace shotscape {

void View::resize(double cssWidth, double cssHeight, double pixelRatio) {
  canvasWidth_ = std::max(1.0, cssWidth);
  height_ = std::max(1.0, cssHeight);
  pixelRatio_ = std::clamp(pixelRatio, 0.5, 4.0);
  syncController();
}

void View::setSplit(bool split) {
  split_ = split;
  changed_ = true;
  syncController();
}

double View::width() const { return split_ ? std::max(1.0, std::floor(canvasWidth_ * 0.5)) : canvasWidth_; }

ViewAngles View::angles() const {
  ViewAngles v = camera_.view();
  v.hfov = fieldsOfView(v.hfov, width(), height_).horizontal;
  return v;
}

bool View::set(const ViewAngles& view, bool horizontal) {
  controller_.stop();
  glide_.stop();
  ViewAngles next = camera_.view();
  if (std::isfinite(view.yaw)) next.yaw = view.yaw;
  if (std::isfinite(view.pitch)) next.pitch = view.pitch;
  if (std::isfinite(view.hfov)) next.hfov = horizontal ? fovFromHorizontal(view.hfov, width(), height_) : view.hfov;
  if (!camera_.setView(next)) return false;
  changed_ = true;
  return true;
}

void View::start(const CameraLimits& limits, const ViewAngles& initial) {
  camera_.setLimits(limits);
  initial_ = initial;
  camera_.setView(initial);
  changed_ = true;
}

void View::carry(const CameraLimits& limits, const ViewAngles& initial, const ViewAngles& shown) {
  glide_.stop();
  camera_.setLimits(limits);
  initial_ = initial;
  camera_.setView(shown);
  changed_ = true;
}

void View::reset() {
  controller_.stop();
  if (camera_.setView(initial_)) changed_ = true;
}

void View::glideTo(const ViewAngles& to, double nowSeconds, double seconds) {
  controller_.stop();
  glide_.start(camera_.view(), to, nowSeconds, seconds);
}

void View::turn(double degrees) {
  ViewAngles v = camera_.view();
  v.yaw += degrees;
  if (camera_.setView(v)) changed_ = true;
}

void View::aimShift(const std::optional<glm::dvec4>& uncovered, double nowSeconds, double seconds) {
  glm::dvec2 target{0.0, 0.0};
  if (uncovered)
    target = glm::dvec2{(uncovered->x + uncovered->z) * 0.5 - width() * 0.5, (uncovered->y + uncovered->w) * 0.5 - height_ * 0.5};
  shiftEase_.retarget(target, nowSeconds, seconds);
  if (seconds <= 0.0) lensShift_ = target;
  syncController();
}

Projection View::projection() const { return Projection(camera_.view(), width(), height_, lensShift_); }

View::Step View::step(double nowSeconds) {
  Step s;
  if (controller_.update(nowSeconds)) {
    changed_ = true;
    s.changed = true;
  }
  if (glide_.active()) {
    if (camera_.setView(glide_.at(nowSeconds))) changed_ = true;
    s.changed = true;
    if (glide_.finished(nowSeconds)) glide_.stop();
    else s.moving = true;
  }
  const glm::dvec2 shift = shiftEase_.at(nowSeconds);
  if (shift != lensShift_) {
    lensShift_ = shift;
    syncController();
    s.shifted = s.changed = true;
  }
  if (shiftEase_.moving(nowSeconds) || controller_.animating()) s.moving = true;
  return s;
}

bool View::takeChanged() {
  const bool changed = changed_;
  changed_ = false;
  return changed;
}

void View::syncController() { controller_.setViewport(width(), height_, lensShift_); }

} // namespace shotscape
