#include "features/motion/MotionFeature.h"

#include "core/manifest/JsonWriter.h"
#include "ui/Overlay.h"

namespace shotscape {

void MotionFeature::available(bool needsPermission, bool coarse, int remembered) {
  if (available_) return;
  available_ = true;
  needsPermission_ = needsPermission;
  bool wanted = coarse && !needsPermission && !c_.platform.prefersReducedMotion();
  if (c_.options.motion) wanted = *c_.options.motion;
  if (remembered >= 0) wanted = remembered == 1;
  if (wanted) set(true, "link");
  c_.loop.invalidate();
}

void MotionFeature::reading(const DeviceOrientation& o) {
  if (!available_) available(false, false, -1); // relayed by a host page: it asked for any permission
  if (!on()) return;
  if (c_.view.orientation(o, c_.nowSeconds())) {
    c_.loop.invalidate();
    return;
  }
  // One warning per kind of refusal, not one per event (they come at 60 Hz).
  const std::string& why = c_.view.motionControl().problem();
  if (warned_.insert(why).second) c_.platform.warn("a device orientation reading was refused (" + why + "); the view holds");
}

void MotionFeature::permission(bool granted) {
  granted_ = granted;
  refused_ = !granted;
  const bool wanted = waiting_;
  const std::string by = waitingBy_;
  waiting_ = false;
  if (granted && wanted) set(true, by.c_str());
  if (!granted) {
    c_.platform.warn("permission to use the device's motion was refused; drag to look around");
    c_.platform.emit("motionchange", JsonWriter().add("on", false).add("by", "viewer").add("refused", true).str());
  }
  c_.loop.invalidate();
}

bool MotionFeature::set(bool on, const char* by) {
  if (on && needsPermission_ && !granted_) {
    // Asked for before the browser's permission: the element asks at the next tap.
    waiting_ = !refused_;
    waitingBy_ = by;
    c_.loop.invalidate();
    return false;
  }
  waiting_ = false;
  if (on == this->on()) return false;
  c_.view.setMotion(on);
  c_.platform.emit("motionchange", JsonWriter().add("on", on).add("by", by).str());
  c_.loop.invalidate();
  return true;
}

int MotionFeature::state() const { return (on() ? 1 : 0) | (waiting_ ? 2 : 0) | (available_ ? 4 : 0) | (refused_ ? 8 : 0); }

bool MotionFeature::step(double) { return on() && c_.view.motionControl().settling(); }

void MotionFeature::contribute(OverlayModel& m) const {
  m.motionAvailable = available_ && !refused_;
  m.motion = on();
  m.motionWaiting = waiting_;
}

void MotionFeature::apply(const OverlayActions& actions) {
  if (!actions.toggleMotion) return;
  if (on()) set(false, "viewer");
  else set(true, "viewer");
}

void MotionFeature::stats(JsonWriter& json) const {
  const MotionControl& m = c_.view.motionControl();
  json.add("motion", on()).add("motionState", double(state())).add("motionReadings", double(m.readings())).add("motionRefused", double(m.refused()));
}

} // namespace shotscape
