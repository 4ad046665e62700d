#pragma once
// Projection between the viewport, view rays, yaw/pitch and equirectangular uv, through a lens
// (core/math/Lens.h: rectilinear, stereographic, fisheye, or a morph between two).
//
// World frame: right-handed, +Y up, yaw 0 / pitch 0 looks down -Z, yaw 90 looks down +X.
// Viewport pixels: origin at the top-left corner, x to the right, y down; a pixel's centre is at
// (i + 0.5, j + 0.5). Equirectangular uv: u = 0.5 + yaw / 360 (0 at the image's left edge),
// v = 0.5 - pitch / 180 (0 at the top row).
//
// The renderer's shader does the same mapping per fragment from basis(); tests compare this class
// against pixels read back from the browser.

#include <optional>

#include <glm/mat3x3.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/math/Lens.h"
#include "core/view/Camera.h"

namespace shotscape {

struct YawPitch {
  double yaw = 0.0;   // degrees, (-180, 180]
  double pitch = 0.0; // degrees, [-90, 90]
};

glm::dvec3 directionFromYawPitch(const YawPitch& angles);
YawPitch yawPitchFromDirection(const glm::dvec3& direction);
glm::dvec2 equirectUvFromYawPitch(const YawPitch& angles);
YawPitch yawPitchFromEquirectUv(const glm::dvec2& uv);

// The camera's basis scaled for ray generation: ray(ndc) = forward + ndc.x * right + ndc.y * up,
// with right and up already multiplied by tan(hfov/2) and tan(vfov/2), and forward moved by the
// lens shift (Projection's `centre`), so it is a unit vector only when there is none.
struct RayBasis {
  glm::dvec3 right{1, 0, 0};
  glm::dvec3 up{0, 1, 0};
  glm::dvec3 forward{0, 0, -1};
};

// `view.hfov` is the field across the viewport's longer side (Camera.h). `centre` is where the
// view's direction lands, in pixels from the viewport's centre: a lens shift, as a view camera's,
// that moves the picture without turning it (verticals stay vertical). A panel covering part of
// the viewport shifts the view into the part left uncovered this way.
class Projection {
 public:
  Projection(const ViewAngles& view, double viewportWidth, double viewportHeight, const glm::dvec2& centre = {0.0, 0.0},
             const Lens& lens = {});
  // A rectilinear view with any orientation (roll too) and an off-centre frustum: a headset's eye.
  // `orientation`'s columns are the view's right, up and backward unit vectors; `tanHalf` the tan of
  // half of each field; `shiftNdc` where the view's direction lands (normalised device coordinates).
  Projection(const glm::dmat3& orientation, const glm::dvec2& tanHalf, const glm::dvec2& shiftNdc, double viewportWidth,
             double viewportHeight);

  // The rectilinear ray basis (meaningful when lens().rectilinear(): the shaders' fast path).
  const RayBasis& basis() const { return basis_; }
  const Lens& lens() const { return map_.lens(); }
  const LensMap& lensMap() const { return map_; }
  // The viewport's sides over the longer one: normalised device coordinates times these are lens
  // coordinates, in which the longer side's edge lies at radius 1.
  const glm::dvec2& axes() const { return axes_; }
  // Screen pixels per radian at the picture's centre (every lens is undistorted there).
  double pixelsPerRadian() const;
  double width() const { return width_; }
  double height() const { return height_; }
  // Unit vectors of the view and (rectilinear) tan of half of each field.
  const glm::dvec3& rightUnit() const { return rightUnit_; }
  const glm::dvec3& upUnit() const { return upUnit_; }
  const glm::dvec3& forwardUnit() const { return forwardUnit_; }
  double tanHalfH() const { return tanHalfH_; }
  double tanHalfV() const { return tanHalfV_; }
  // The lens shift in normalised device coordinates (x right, y up; the viewport spans [-1, 1]).
  const glm::dvec2& shiftNdc() const { return shiftNdc_; }

  // The unit view ray through a viewport point (outside a fisheye's circle: straight behind).
  glm::dvec3 rayFromPixel(const glm::dvec2& pixel) const;
  // False outside what the lens shows (a fisheye's circle): such pixels are drawn black.
  bool showsPixel(const glm::dvec2& pixel) const;
  YawPitch yawPitchFromPixel(const glm::dvec2& pixel) const;
  // Where a direction lands on the viewport; empty when the lens cannot show it (behind a
  // rectilinear camera).
  // The point may fall outside the viewport.
  std::optional<glm::dvec2> pixelFromDirection(const glm::dvec3& direction) const;
  std::optional<glm::dvec2> pixelFromYawPitch(const YawPitch& angles) const;

 private:
  RayBasis basis_{};
  glm::dvec3 rightUnit_{1, 0, 0};
  glm::dvec3 upUnit_{0, 1, 0};
  glm::dvec3 forwardUnit_{0, 0, -1};
  glm::dvec2 shiftNdc_{0, 0};
  double tanHalfH_ = 1.0;
  double tanHalfV_ = 1.0;
  double width_ = 1.0;
  double height_ = 1.0;
  glm::dvec2 axes_{1.0, 1.0};
  // Lens coordinates of a viewport point (the longer side's edge at radius 1, the lens shift removed).
  glm::dvec2 lensPoint(const glm::dvec2& pixel) const;
  LensMap map_{Lens{}, 1.0};
};

// The view with `hfov` in which `target` lands on viewport point `pixel` (within a fraction of a
// pixel): how a hotspot is framed beside a panel that covers part of the viewport. Pitch is
// clamped to [-90, 90], so near the poles the point may land short of `pixel`.
ViewAngles viewPlacing(const YawPitch& target, double hfov, double viewportWidth, double viewportHeight,
                       const glm::dvec2& pixel, const Lens& lens = {});

} // namespace shotscape
