#pragma once
// Headsets: an "Enter VR" button in the chrome wherever the browser offers immersive-vr (WebXR),
// the session's state and events (`xrchange`), and what the viewer does in it — a controller's ray
// or a hand's pinch selects a hotspot or a link marker, or presses in the open hotspot's panel.
// The session's math (frames, eyes, picks, the panel's place) is core/view/Immersive; the Player
// draws each session frame (Player::xrFrame) with the Stage's XrRenderer.
//
// Entering keeps the view: the viewer faces what the screen showed. Leaving — the headset's own
// menu, exitVR() from the page, or the headset taken off (the session ends without being asked) —
// gives that view back, unchanged.

#include <optional>
#include <string>

#include "core/view/Immersive.h"
#include "features/Feature.h"
#include "features/hotspots/HotspotsFeature.h"
#include "platform/Platform.h"

namespace shotscape {

class ImmersiveFeature final : public Feature {
 public:
  ImmersiveFeature(FeatureContext& context, HotspotsFeature& hotspots) : c_(context), hotspots_(hotspots) {}

  // From the platform (XrCallbacks).
  void available(bool available);
  void started();
  void ended(bool asked);
  void failed(const std::string& reason);

  // Asks for a session (`by`: "viewer", "api"); false with a warning when none can be had now.
  bool enter(const char* by);
  // Ends the session; false when none runs.
  bool exit();
  // A session is asked for or runs: the screen's frames stop, the headset's draw.
  bool active() const { return immersive_.state() != Immersive::State::Off; }
  bool running() const { return immersive_.running(); }
  Immersive& immersive() { return immersive_; }
  const Immersive& immersive() const { return immersive_; }

  // One session frame's input: the markers the rays point at (hovered) are kept for drawing.
  void aim(const XrFrame& frame);
  // The marker a ray of the last frame points at; empty: none.
  std::optional<size_t> hoveredMarker() const { return hovered_; }
  // A select along `ray` that missed the panel: the marker it points at opens or is followed;
  // false when it points at none.
  bool select(const XrRay& ray);
  // A session frame was drawn, taking `ms` of script time, with `quads` quads over the panoramas.
  void frameDrawn(const XrFrame& frame, double ms, int quads);

  // A scene starts showing: during a session, one whose `heading` differs turns under the viewer
  // so that what was ahead in the set stays ahead (as a move on the screen carries the view).
  void enter(const Scene& scene) override;
  void contribute(OverlayModel& model) const override;
  void apply(const OverlayActions& actions) override;
  void stats(JsonWriter& json) const override;

 private:
  std::optional<size_t> pick(const XrRay& ray) const;

  FeatureContext& c_;
  HotspotsFeature& hotspots_;
  Immersive immersive_;
  bool available_ = false;
  std::string by_;                  // who asked for the session
  double heading_ = 0.0;            // the heading of the scene the session shows
  std::optional<size_t> hovered_;   // markers()' index a ray points at
  long frames_ = 0;                 // session frames drawn (all sessions)
  long sessions_ = 0;
  long selects_ = 0;
  double frameMsTotal_ = 0.0;
  double frameMsMax_ = 0.0;
  double firstFrameMs_ = -1.0, lastFrameMs_ = -1.0; // this session's frames' times (the headset's clock)
  long sessionFrames_ = 0;
  int quads_ = 0;
  XrFrame last_{};                  // the last frame's eyes, for stats
};

} // namespace shotscape
