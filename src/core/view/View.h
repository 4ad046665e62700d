#pragma once
// What the viewer sees of a scene: the camera (where it looks, how wide), the controller that
// turns input into camera motion, the eased moves the player makes itself (a glide to a hotspot, a
// lens shift toward the part of the canvas an open panel leaves uncovered), and the viewport
// (CSS pixels; side by side, the scene takes the left half). Filament's View in spirit: camera +
// viewport, no pixels.
//
// Protocol: input and the API change the view through controller() / set() / glideTo(); once per
// frame step(now) advances inertia, the glide and the shift. Whatever changed the angles sets a
// flag that takeChanged() hands to the player once (one `viewchange` per frame at most).
// Two fields of view: the camera keeps the one across the viewport's LONGER side (core/view/Camera.h);
// angles()/set(…, horizontal = true) speak of the horizontal one, as the element's API does.

#include <optional>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

#include "core/view/Camera.h"
#include "core/input/Motion.h"
#include "core/view/CameraController.h"
#include "core/view/Glide.h"
#include "core/math/Projection.h"

namespace shotscape {

class View {
 public:
  View() = default;
  View(const View&) = delete;
  View& operator=(const View&) = delete;

  // ---- The viewport ----
  void resize(double cssWidth, double cssHeight, double pixelRatio);
  // Side by side with a panel, the scene is drawn in the left half of the canvas.
  void setSplit(bool split);
  bool split() const { return split_; }
  double canvasWidth() const { return canvasWidth_; }
  double width() const; // the scene's part of the canvas
  double height() const { return height_; }
  double pixelRatio() const { return pixelRatio_; }

  // ---- Angles ----
  const Camera& camera() const { return camera_; }
  CameraController& controller() { return controller_; }
  const CameraController& controller() const { return controller_; }
  // The view as the element's API gives it: `hfov` horizontal.
  ViewAngles angles() const;
  // Any finite subset of `view` (NaN keeps a field); `horizontal`: `hfov` is the horizontal field
  // (the API), else the field across the longer side (attributes, links, the manifest). Stops the
  // viewer's motion and any glide. True when the view changed.
  bool set(const ViewAngles& view, bool horizontal);
  // A scene's start: its limits and initial view (the longer-side field), kept for reset().
  void start(const CameraLimits& limits, const ViewAngles& initial);
  // Another scene of a tour: its limits and initial view (for reset()), shown at `shown` (the
  // longer-side field) — a drag or held keys go on through the change.
  void carry(const CameraLimits& limits, const ViewAngles& initial, const ViewAngles& shown);
  void reset();
  // A turn the player makes itself: eased over `seconds` (0 jumps). Input stops it.
  void glideTo(const ViewAngles& to, double nowSeconds, double seconds);
  void stopGlide() { glide_.stop(); }
  // Turns by `degrees` in yaw (autorotation).
  void turn(double degrees);

  // ---- The lens ----
  // Rectilinear, stereographic or fisheye (core/math/Lens.h), or a morph between two under way.
  const Lens& lens() const { return lens_; }
  // Switches to `kind`, morphing over `seconds` (0: at once). `frame`: also glide to the lens's
  // framing (stereographic: the little planet, straight down and wide) and, back in rectilinear,
  // to the pitch and field it left. The camera's widest field follows the lens (lensMaxFov), the
  // scene's own limit applying to rectilinear views. True when anything changed.
  bool setLens(LensKind kind, double nowSeconds, double seconds, bool frame);
  // The lens's framing (lensFraming) of the view now, at once: a scene opened in a little planet.
  void frameForLens();

  // ---- Motion: the device's orientation turns the view (core/input/Motion.h) ----
  // Turning it on keeps the view where it is; drags, keys, glides and setView() while it is on move
  // the offset from the device's heading, so the phone goes on steering from there.
  void setMotion(bool on);
  bool motion() const { return motion_.active(); }
  // One reading; false when refused (null, NaN, out of range: motionControl().problem() says why).
  bool orientation(const DeviceOrientation& reading, double nowSeconds);
  const MotionControl& motionControl() const { return motion_; }

  // ---- The lens shift ----
  // Aims the picture's centre at the middle of `uncovered` (x0, y0, x1, y1 in CSS pixels; none: the
  // viewport's centre), easing there over `seconds` (0: at once).
  void aimShift(const std::optional<glm::dvec4>& uncovered, double nowSeconds, double seconds);
  glm::dvec2 lensShift() const { return lensShift_; }

  // The projection the scene is drawn and hit-tested with.
  Projection projection() const;

  // ---- Per frame ----
  struct Step {
    bool changed = false; // the picture moved (angles or lens shift): draw
    bool shifted = false; // the lens shift moved: screen positions of markers changed
    bool moving = false;  // it will move again (inertia, held keys, a glide, the shift): schedule the next frame
  };
  Step step(double nowSeconds);
  void markChanged() { changed_ = true; }
  // Whether the angles changed since the last call.
  bool takeChanged();

 private:
  void syncController();
  // The scene's limits with the widest field the lens (or both lenses of a morph) allows.
  CameraLimits limitsFor(const Lens& lens) const;

  Camera camera_;
  CameraLimits sceneLimits_{};
  Lens lens_{};
  double lensStart_ = 0.0;
  double lensSeconds_ = 0.0;
  std::optional<ViewAngles> rectilinearView_; // the view a switch away from rectilinear left
  MotionControl motion_;
  std::optional<ViewAngles> motionShown_; // the view motion last set: what moved it since was the viewer
  CameraController controller_{camera_};
  ViewAngles initial_{};
  Glide glide_;
  ShiftEase shiftEase_;
  glm::dvec2 lensShift_{0.0, 0.0};
  double canvasWidth_ = 1.0;
  double height_ = 1.0;
  double pixelRatio_ = 1.0;
  bool split_ = false;
  bool changed_ = false;
};

} // namespace shotscape
