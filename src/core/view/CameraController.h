#pragma once
// Turns viewer input into camera motion: drag (mouse or one finger) with inertia, pinch and wheel
// zoom toward the pointer, arrow keys and +/-.
//
// Protocol: the platform layer forwards input as it arrives (positions in viewport pixels, times in
// seconds from an injected clock) and calls update(now) once per frame. Input methods and update()
// return true when the camera changed, so the caller marks the frame dirty. animating() says whether
// update() will still move the camera (inertia or held keys): only then must the caller keep
// scheduling frames.

#include <array>

#include <glm/vec2.hpp>

#include "core/view/Camera.h"

namespace shotscape {

struct ControllerSettings {
  double inertiaTimeConstant = 0.30;  // seconds for a released drag's speed to fall to 1/e
  double inertiaStopSpeed = 1.0;      // degrees/s under which a coasting camera stops
  double releaseWindow = 0.08;        // seconds: a drag that paused longer before release coasts not
  double keyTurnSpeed = 0.9;          // held arrow key: hfov-widths per second
  double keyZoomLogRate = 0.5877866649021191; // held +/-: hfov factor per second, as its natural log (ln 1.8)
  double wheelZoomPerPixel = 0.0012;  // wheel: hfov *= exp(deltaY * this), deltaY in pixels
};

enum class ControlKey { Left, Right, Up, Down, ZoomIn, ZoomOut };

class CameraController {
 public:
  explicit CameraController(Camera& camera, const ControllerSettings& settings = {});

  // The viewport in CSS pixels, and the lens shift its projection uses (Projection's `centre`).
  void setViewport(double width, double height, glm::dvec2 centre = {0.0, 0.0});
  // The lens the view is drawn with (drags and zooms follow the picture under the pointer).
  void setLens(const Lens& lens) { lens_ = lens; }

  bool pointerDown(int id, glm::dvec2 pixel, double now);
  bool pointerMove(int id, glm::dvec2 pixel, double now);
  bool pointerUp(int id, glm::dvec2 pixel, double now);
  bool wheel(glm::dvec2 pixel, double deltaY);
  bool key(ControlKey key, bool down, double now);
  // Drops every held pointer and key and stops coasting (focus lost, view set programmatically).
  void stop();

  bool update(double now);
  bool animating() const;
  bool dragging() const { return activePointers_ > 0; }

  // Sets hfov while keeping the direction under `pixel` in place.
  bool zoomAt(glm::dvec2 pixel, double hfov);

  // Current coasting speed, degrees per second (yaw, pitch); for tests and stats.
  glm::dvec2 velocity() const { return velocity_; }

 private:
  struct Pointer {
    int id = -1;
    bool down = false;
    glm::dvec2 pixel{};
  };

  Pointer* findPointer(int id);
  bool dragBy(glm::dvec2 deltaPixels);
  double pinchDistance() const;
  glm::dvec2 pinchCentre() const;

  Camera& camera_;
  ControllerSettings settings_;
  double width_ = 1.0;
  double height_ = 1.0;
  glm::dvec2 centre_{0.0, 0.0};
  Lens lens_{};
  std::array<Pointer, 2> pointers_{};
  int activePointers_ = 0;
  double pinchStartDistance_ = 0.0;
  double pinchStartHfov_ = 0.0;
  glm::dvec2 velocity_{0.0};    // degrees/s (yaw, pitch)
  double lastMoveTime_ = 0.0;
  double lastUpdate_ = -1.0;
  std::array<bool, 6> keys_{};
};

} // namespace shotscape
