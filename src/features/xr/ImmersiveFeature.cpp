#include "features/xr/ImmersiveFeature.h"

#include <algorithm>

#include "core/text/UiText.h"
#include "core/manifest/JsonWriter.h"
#include "ui/Overlay.h"

namespace shotscape {

void ImmersiveFeature::available(bool available) {
  if (available == available_) return;
  available_ = available;
  c_.loop.markOverlayStale();
  c_.loop.invalidate();
}

bool ImmersiveFeature::enter(const char* by) {
  if (active()) return false;
  if (!available_) {
    c_.platform.warn("no headset can be entered here (this browser offers no immersive-vr session)");
    return false;
  }
  by_ = by;
  heading_ = c_.scene().config().heading;
  c_.view.controller().stop();
  immersive_.begin(c_.view.camera().view());
  c_.platform.requestXr();
  return true;
}

bool ImmersiveFeature::exit() {
  if (!active()) return false;
  c_.platform.endXr();
  return true;
}

void ImmersiveFeature::started() {
  ++sessions_;
  sessionFrames_ = 0;
  firstFrameMs_ = lastFrameMs_ = -1.0;
  c_.platform.emit("xrchange", JsonWriter().add("active", true).add("by", by_).str());
  c_.platform.announce(tr("Entered VR. Point at a hotspot and press the trigger, or pinch, to open it."));
}

void ImmersiveFeature::ended(bool asked) {
  if (!active()) return;
  // The view the viewer entered with, as it was: the headset's turns never reach the screen.
  const ViewAngles back = immersive_.end();
  hovered_.reset();
  c_.view.set(back, false);
  c_.view.markChanged();
  c_.platform.emit("xrchange", JsonWriter().add("active", false).add("reason", asked ? "exit" : "ended").str());
  if (!asked) c_.platform.warn("the headset's session ended (the headset was taken off, or the browser ended it); back to the screen");
  c_.loop.markOverlayStale();
  c_.loop.invalidate();
}

void ImmersiveFeature::failed(const std::string& reason) {
  if (!active()) return;
  immersive_.end();
  c_.platform.warn("the headset's session could not start: " + reason);
  c_.platform.emit("xrchange", JsonWriter().add("active", false).add("reason", "failed").add("message", reason).str());
  c_.loop.markOverlayStale();
  c_.loop.invalidate();
}

std::optional<size_t> ImmersiveFeature::pick(const XrRay& ray) const {
  const std::vector<size_t> active = hotspots_.activeMarkers();
  std::vector<YawPitch> at;
  at.reserve(active.size());
  for (size_t i : active) {
    const HotspotConfig& h = c_.scene().markers()[i];
    at.push_back({h.yaw, h.pitch});
  }
  const auto hit = immersive_.pick(ray, at);
  return hit ? std::optional(active[*hit]) : std::nullopt;
}

void ImmersiveFeature::aim(const XrFrame& frame) {
  hovered_.reset();
  for (int i = 0; i < frame.rayCount && !hovered_; ++i) hovered_ = pick(frame.rays[i]);
}

bool ImmersiveFeature::select(const XrRay& ray) {
  const auto marker = pick(ray);
  if (!marker) return false;
  ++selects_;
  hotspots_.select(*marker);
  c_.loop.invalidate();
  return true;
}

void ImmersiveFeature::frameDrawn(const XrFrame& frame, double ms, int quads) {
  ++frames_;
  ++sessionFrames_;
  frameMsTotal_ += ms;
  frameMsMax_ = std::max(frameMsMax_, ms);
  if (firstFrameMs_ < 0) firstFrameMs_ = frame.nowMs;
  lastFrameMs_ = frame.nowMs;
  quads_ = quads;
  last_ = frame;
}

void ImmersiveFeature::enter(const Scene& scene) {
  const double heading = scene.config().heading;
  if (active()) immersive_.turn(-(heading - heading_));
  heading_ = heading;
}

void ImmersiveFeature::contribute(OverlayModel& m) const {
  m.xrAvailable = available_ && !active();
}

void ImmersiveFeature::apply(const OverlayActions& actions) {
  if (actions.enterXr) enter("viewer");
}

void ImmersiveFeature::stats(JsonWriter& json) const {
  JsonWriter xr;
  xr.add("available", available_)
      .add("active", active())
      .add("running", running())
      .add("sessions", double(sessions_))
      .add("frames", double(frames_))
      .add("sessionFrames", double(sessionFrames_))
      .add("sessionSeconds", lastFrameMs_ > firstFrameMs_ ? (lastFrameMs_ - firstFrameMs_) / 1000.0 : 0.0)
      .add("frameMsTotal", frameMsTotal_)
      .add("frameMsMax", frameMsMax_)
      .add("selects", double(selects_))
      .add("quads", double(quads_))
      .add("hovered", hovered_ ? c_.scene().markers()[*hovered_].id : std::string())
      .add("panel", immersive_.panel().has_value());
  std::string eyes = "[";
  for (int i = 0; i < last_.eyeCount; ++i) {
    const XrEye& e = last_.eyes[i];
    if (e.viewport[2] <= 0 || e.viewport[3] <= 0) continue;
    const Projection p = immersive_.eyeProjection(e);
    const YawPitch centre = yawPitchFromDirection(p.rayFromPixel({e.viewport[2] * 0.5, e.viewport[3] * 0.5}));
    eyes += (eyes.size() > 1 ? "," : "") + JsonWriter()
                                 .add("eye", e.eye ? "right" : "left")
                                 .add("x", double(e.viewport[0]))
                                 .add("y", double(e.viewport[1]))
                                 .add("width", double(e.viewport[2]))
                                 .add("height", double(e.viewport[3]))
                                 .add("px", e.pose.position.x)
                                 .add("centreYaw", centre.yaw)
                                 .add("centrePitch", centre.pitch)
                                 .add("tanLeft", (1.0 - e.projection[2][0]) / e.projection[0][0])
                                 .add("tanRight", (1.0 + e.projection[2][0]) / e.projection[0][0])
                                 .str();
  }
  xr.addJson("eyes", eyes + "]");
  // Where the panel stands (the session's reference space, metres; half axes), for tests to aim at.
  if (const auto& p = immersive_.panel()) {
    const auto vec = [](const glm::dvec3& v) { return JsonWriter().add("x", v.x).add("y", v.y).add("z", v.z).str(); };
    xr.addJson("panelQuad", JsonWriter().addJson("centre", vec(p->centre)).addJson("right", vec(p->right)).addJson("up", vec(p->up)).str());
  }
  json.addJson("xr", xr.str());
}

} // namespace shotscape
