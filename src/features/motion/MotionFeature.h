#pragma once
// Magic window: the device's orientation turns the view (core/input/Motion.h, driven through
// View). The element reports that orientation can come (the browser fires deviceorientation with
// values, or asks permission first: iOS), whether the screen is touch-first, and the choice the
// viewer made earlier on this page; readings arrive from the element's own listener or, inside a
// cross-origin iframe, relayed by the host page (shotscape-frame.js). The chrome gets a "move your
// phone to look around" button while orientation is available.
//
// On by default on touch screens that need no permission, off under prefers-reduced-motion,
// off elsewhere; `motion` (attribute, link) 1 turns it on where allowed (a tap may still have to
// grant it), 0 off; the viewer's button wins over all and is remembered for the page (the element
// stores it). Bad readings are refused with one warning per kind; the view never jumps.

#include <set>
#include <string>

#include "core/input/Motion.h"
#include "features/Feature.h"

namespace shotscape {

class MotionFeature final : public Feature {
 public:
  explicit MotionFeature(FeatureContext& context) : c_(context) {}

  // Orientation can come. `needsPermission`: the browser asks first (a tap on the button or, when
  // `motion=1`, anywhere, lets the element ask); `coarse`: a touch-first screen; `remembered`: the
  // viewer's earlier choice on this page (-1 none, 0 off, 1 on).
  void available(bool needsPermission, bool coarse, int remembered);
  void reading(const DeviceOrientation& reading);
  // The answer to the browser's permission prompt (or readings flowing: access is there).
  void permission(bool granted);
  // `by`: "viewer" (the button: remembered by the element), "api", "link".
  bool set(bool on, const char* by);
  bool on() const { return c_.view.motion(); }
  // Bits for the element: 1 on, 2 waiting for a tap to ask permission, 4 available, 8 asked and refused.
  int state() const;

  bool step(double nowMs) override;
  void contribute(OverlayModel& model) const override;
  void apply(const OverlayActions& actions) override;
  void stats(JsonWriter& json) const override;

 private:
  FeatureContext& c_;
  bool available_ = false;
  bool needsPermission_ = false;
  bool granted_ = false;
  bool refused_ = false;
  bool waiting_ = false; // on was asked for; the permission is not given yet
  std::string waitingBy_; // who asked
  std::set<std::string> warned_;
};

} // namespace shotscape
