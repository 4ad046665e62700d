#pragma once
// A headset's immersive session as the core sees it (WebXR's immersive-vr): the math that joins
// the session's reference space to the scene, with no GL and no browser in it.
//
// Frames: the session's reference space ("local": +Y up, -Z ahead at the start, metres, origin at
// the viewer's head when the session began) and the scene's frame (core/math/Projection.h: yaw 0
// looks down -Z, yaw 90 down +X) share +Y and differ by a turn about it, chosen at the session's
// first pose so the viewer faces what the view showed when they entered. The headset's own pitch
// and roll are kept (the horizon is the real one); the lens is always rectilinear in a headset.
// The panorama and the markers lie at infinity: eyes see them from the head's centre (their
// translation dropped). The panel (the open hotspot) stands in the room, in front of where the
// viewer looked when it opened; the captions hang low in the view and follow the head.
//
// Protocol: begin(view) when a session is asked for; pose(head) each frame (the first sets the
// turn); eye projections, picks and the panel's placement from then on; end() gives back the
// view to return to — the one the viewer entered with — and leaves the state Off.

#include <array>
#include <optional>
#include <vector>

#include <glm/gtc/quaternion.hpp>
#include <glm/mat3x3.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/math/Projection.h"
#include "core/view/Camera.h"

namespace shotscape {

// A pose in the reference space: where, and which way (the -Z axis of `orientation` is ahead).
struct XrPose {
  glm::dvec3 position{0.0};
  glm::dquat orientation{1.0, 0.0, 0.0, 0.0}; // (w, x, y, z)
};

// One of the views the headset asks for this frame (two: left and right eye).
struct XrEye {
  XrPose pose;
  glm::dmat4 projection{1.0};         // the view's projectionMatrix (column-major, OpenGL clip space)
  std::array<int, 4> viewport{0, 0, 1, 1}; // x, y, width, height in the layer's framebuffer pixels
  int eye = 0;                        // 0 left (or none), 1 right
};

// A pointing ray: a controller's target ray or a hand's.
struct XrRay {
  glm::dvec3 origin{0.0};
  glm::dvec3 direction{0.0, 0.0, -1.0}; // unit
};

// A flat panel standing in the reference space, facing the viewer.
struct XrQuad {
  glm::dvec3 centre{0.0};
  glm::dvec3 right{1.0, 0.0, 0.0}; // half the width, along the panel's +x
  glm::dvec3 up{0.0, 1.0, 0.0};    // half the height, along its +y
};

class Immersive {
 public:
  enum class State { Off, Starting, Running };

  // Metres and angles of the layout; in one place so tests and drawing agree.
  static constexpr double kMarkerDistance = 10.0; // markers are drawn this far out (at infinity: no parallax)
  static constexpr double kMarkerRadiusDeg = 2.6; // a marker's angular radius
  static constexpr double kPickRadiusDeg = 5.0;   // a ray this close to a marker's centre selects it
  static constexpr double kPanelDistance = 1.6;   // the panel stands this far ahead of the head
  static constexpr double kPanelWidth = 1.3;      // metres
  static constexpr double kCaptionDistance = 1.5;
  static constexpr double kCaptionWidth = 1.1;
  static constexpr double kPanelRise = 0.05;      // its centre this far above the eyes
  static constexpr double kCaptionDrop = 0.62;    // metres below the line of sight (about 22° down: under the panel)

  State state() const { return state_; }
  bool running() const { return state_ == State::Running; }
  // A session is asked for, from `view` (the view to face, and to return to).
  void begin(const ViewAngles& view);
  // The head's pose this frame; the first one turns the scene so the head faces the view's yaw.
  void pose(const XrPose& head);
  const XrPose& head() const { return head_; }
  // The session ended (exited, or the headset was taken off): the view to show again.
  ViewAngles end();
  const ViewAngles& entered() const { return entered_; }

  // The scene turns by `degrees` of yaw under the viewer (a move to a scene whose `heading` differs:
  // what was ahead in the set stays ahead).
  void turn(double degrees);

  // Reference space → scene frame (a turn about +Y), and back.
  glm::dvec3 toScene(const glm::dvec3& v) const { return sceneFromRef_ * v; }
  glm::dvec3 toRef(const glm::dvec3& v) const { return glm::transpose(sceneFromRef_) * v; }
  // Where the head looks, in the scene's angles.
  YawPitch gaze() const;

  // The eye's projection in the scene's frame (rectilinear; an asymmetric frustum is a lens shift),
  // over its viewport; what the panorama is drawn with.
  Projection eyeProjection(const XrEye& eye) const;
  // Reference space → clip space for things standing in the room (the panel, the captions)...
  static glm::dmat4 roomToClip(const XrEye& eye);
  // ...and for things at infinity (markers): the eye's translation dropped.
  static glm::dmat4 skyToClip(const XrEye& eye);

  // A marker's quad (in the reference space, centred on the head) for a scene direction.
  XrQuad markerQuad(const YawPitch& at, double radiusDeg = kMarkerRadiusDeg) const;
  // The marker `ray` points at, nearest its centre within the pick radius; empty: none.
  std::optional<std::size_t> pick(const XrRay& ray, const std::vector<YawPitch>& markers) const;

  // Places the panel ahead of the head (its centre just above the eyes, turned to face them) with the aspect
  // `heightOverWidth`; it stays there until placed again.
  void placePanel(double heightOverWidth);
  const std::optional<XrQuad>& panel() const { return panel_; }
  void clearPanel() { panel_.reset(); }
  // Where `ray` meets the panel, as (u, v) from its top-left corner in [0, 1]; empty: it misses.
  // `distance` (optional) gets how far along the ray that is.
  std::optional<glm::dvec2> panelHit(const XrRay& ray, double* distance = nullptr) const;
  // The captions' quad this frame: low in the view, following the head.
  XrQuad captionQuad(double heightOverWidth) const;

 private:
  State state_ = State::Off;
  ViewAngles entered_{};
  XrPose head_{};
  bool turned_ = false;
  glm::dmat3 sceneFromRef_{1.0};
  std::optional<XrQuad> panel_;
};

// Where a ray meets a quad, as (u, v) from its top-left corner; empty when it misses (or meets it
// from behind its origin). `distance` (optional) gets how far along the ray the quad is.
std::optional<glm::dvec2> quadHit(const XrQuad& quad, const XrRay& ray, double* distance = nullptr);

} // namespace shotscape
