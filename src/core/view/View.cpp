#include "core/view/View.h"

#include <algorithm>
#include <cmath>

namespace shotscape {

namespace {
// A view as a switch to `kind` frames it: a little planet looks straight down, wide.
ViewAngles framedFor(LensKind kind, ViewAngles view) {
  const LensFraming framing = lensFraming(kind);
  if (std::isfinite(framing.hfov)) view.hfov = std::max(view.hfov, framing.hfov);
  if (std::isfinite(framing.pitch)) view.pitch = framing.pitch;
  return view;
}
} // namespace

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
  v.hfov = fieldsOfView(v.hfov, width(), height_, lens_).horizontal;
  return v;
}

bool View::set(const ViewAngles& view, bool horizontal) {
  controller_.stop();
  glide_.stop();
  ViewAngles next = camera_.view();
  if (std::isfinite(view.yaw)) next.yaw = view.yaw;
  if (std::isfinite(view.pitch)) next.pitch = view.pitch;
  if (std::isfinite(view.hfov)) next.hfov = horizontal ? fovFromHorizontal(view.hfov, width(), height_, lens_) : view.hfov;
  if (!camera_.setView(next)) return false;
  changed_ = true;
  return true;
}

void View::start(const CameraLimits& limits, const ViewAngles& initial) {
  sceneLimits_ = limits;
  camera_.setLimits(limitsFor(lens_));
  initial_ = initial;
  camera_.setView(initial);
  changed_ = true;
}

void View::carry(const CameraLimits& limits, const ViewAngles& initial, const ViewAngles& shown) {
  glide_.stop();
  sceneLimits_ = limits;
  camera_.setLimits(limitsFor(lens_));
  initial_ = initial;
  camera_.setView(shown);
  changed_ = true;
}

void View::reset() {
  controller_.stop();
  if (camera_.setView(framedFor(lens_.kind(), initial_))) changed_ = true;
}

void View::frameForLens() {
  if (camera_.setView(framedFor(lens_.kind(), camera_.view()))) changed_ = true;
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

Projection View::projection() const { return Projection(camera_.view(), width(), height_, lensShift_, lens_); }

CameraLimits View::limitsFor(const Lens& lens) const {
  CameraLimits limits = sceneLimits_;
  const auto widest = [&](LensKind kind) {
    return kind == LensKind::Rectilinear ? std::min(sceneLimits_.maxHfov, lensMaxFov(kind)) : std::max(sceneLimits_.maxHfov, lensMaxFov(kind));
  };
  limits.maxHfov = lens.morphing() ? std::max(widest(lens.from), widest(lens.to)) : widest(lens.kind());
  limits.minHfov = std::min(limits.minHfov, limits.maxHfov);
  return limits;
}

bool View::setLens(LensKind kind, double nowSeconds, double seconds, bool frame) {
  if (kind == lens_.kind()) return false;
  // Mid-morph: back the way it came (a third lens starts from the nearer one).
  const LensKind current = lens_.morphing() ? (lens_.mix < 0.5 ? lens_.from : lens_.to) : lens_.kind();
  const double reversed = lens_.morphing() && kind == lens_.from ? 1.0 - lens_.mix : 0.0;
  const double elapsed = lensSeconds_ > 0.0 ? std::clamp((nowSeconds - lensStart_) / lensSeconds_, 0.0, 1.0) : 1.0;
  if (!lens_.morphing() && current == LensKind::Rectilinear) rectilinearView_ = camera_.view();
  ViewAngles target = camera_.view();
  if (frame) {
    target = framedFor(kind, target);
    if (kind == LensKind::Rectilinear && rectilinearView_) {
      target.pitch = rectilinearView_->pitch;
      target.hfov = rectilinearView_->hfov;
    }
  }
  controller_.stop();
  if (seconds > 0.0) {
    lens_ = {reversed > 0.0 ? lens_.to : current, kind, reversed};
    // Glide::ease is symmetric (ease(1 − t) = 1 − ease(t)): a reversed morph goes on from where it is.
    lensStart_ = nowSeconds - (reversed > 0.0 ? (1.0 - elapsed) * seconds : 0.0);
    lensSeconds_ = seconds;
    camera_.setLimits(limitsFor(lens_));
    if (frame) glide_.start(camera_.view(), target, nowSeconds, seconds);
  } else {
    lens_ = Lens::steady(kind);
    camera_.setLimits(limitsFor(lens_));
    if (frame) camera_.setView(target);
  }
  controller_.setLens(lens_);
  changed_ = true;
  return true;
}

void View::setMotion(bool on) {
  if (on == motion_.active()) return;
  if (on) motion_.start({camera_.view().yaw, camera_.view().pitch});
  else motion_.stop();
  motionShown_.reset();
}

bool View::orientation(const DeviceOrientation& reading, double nowSeconds) { return motion_.reading(reading, nowSeconds); }

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
  if (lens_.morphing()) {
    const double t = lensSeconds_ > 0.0 ? (nowSeconds - lensStart_) / lensSeconds_ : 1.0;
    if (t >= 1.0) {
      lens_ = Lens::steady(lens_.to);
      camera_.setLimits(limitsFor(lens_));
    } else {
      lens_.mix = Glide::ease(std::max(0.0, t));
      s.moving = true;
    }
    controller_.setLens(lens_);
    changed_ = s.changed = s.shifted = true;
  }
  if (motion_.active()) {
    const ViewAngles now = camera_.view();
    if (motionShown_) {
      const double dYaw = Camera::wrapYaw(now.yaw - motionShown_->yaw);
      if (dYaw != 0.0 || now.pitch != motionShown_->pitch) motion_.dragBy(dYaw, now.pitch - motionShown_->pitch);
    }
    if (const auto v = motion_.step(nowSeconds)) {
      if (camera_.setView({v->yaw, v->pitch, now.hfov})) changed_ = s.changed = true;
      motionShown_ = camera_.view();
    }
    if (motion_.settling()) s.moving = true;
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
