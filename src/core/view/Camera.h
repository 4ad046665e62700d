#pragma once
// The viewer's camera: where it looks (yaw, pitch) and how wide (hfov), in degrees.
//
// Conventions, shared with every peer viewer (Pannellum, Marzipano, krpano):
//   yaw    0 at the horizontal centre of the equirectangular image, increasing to the right
//          (clockwise seen from above); always kept in (-180, 180].
//   pitch  positive up; clamped to [-90, 90] so the view centre never passes a pole.
//   hfov   the field of view across the viewport's LONGER side (krpano's default, "MFOV"): the
//          horizontal field on landscape and square viewports (every desktop), the vertical one on
//          portrait phones, so a portrait screen shows the room as a landscape one does instead of
//          a 134° strip of ceiling and floor. Clamped to [minHfov, maxHfov]; the other field
//          follows from the aspect ratio and is never stored. (The element's getView()/setView()
//          speak of the horizontal field: fieldsOfView() and fovFromHorizontal() convert.)
// Every setter applies the limits, so a Camera is always valid.

#include "core/math/Lens.h"

namespace shotscape {

struct CameraLimits {
  double minHfov = 30.0;   // narrowest zoom, degrees
  double maxHfov = 120.0;  // widest zoom, degrees (up to 360: a fisheye's whole sphere)
  double minPitch = -90.0; // lowest the view centre may look, degrees
  double maxPitch = 90.0;  // highest the view centre may look, degrees
};

struct ViewAngles {
  double yaw = 0.0;   // degrees, (-180, 180]
  double pitch = 0.0; // degrees, positive up
  double hfov = 90.0; // degrees
};

struct FieldsOfView {
  double horizontal = 90.0; // degrees
  double vertical = 90.0;   // degrees
};

// The two fields of a view whose field `fov` spans the longer side of a width × height viewport,
// seen through `lens`.
FieldsOfView fieldsOfView(double fov, double width, double height, const Lens& lens = {});
// The inverse for the horizontal field: the field across the longer side that gives `hfov`.
double fovFromHorizontal(double hfov, double width, double height, const Lens& lens = {});

class Camera {
 public:
  Camera() = default;
  explicit Camera(const CameraLimits& limits) { setLimits(limits); }

  void setLimits(const CameraLimits& limits);
  const CameraLimits& limits() const { return limits_; }

  // Applies limits; returns true when the stored view changed.
  bool setView(const ViewAngles& view);
  bool setYaw(double yaw);
  bool setPitch(double pitch);
  bool setHfov(double hfov);

  const ViewAngles& view() const { return view_; }
  double yaw() const { return view_.yaw; }
  double pitch() const { return view_.pitch; }
  double hfov() const { return view_.hfov; }


  // Wraps any finite angle into (-180, 180].
  static double wrapYaw(double yaw);

 private:
  CameraLimits limits_{};
  ViewAngles view_{};
};

} // namespace shotscape
