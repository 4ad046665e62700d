#pragma once
// The lens a view is drawn with: how the angle θ between a view ray and the view's direction maps
// to the distance r from the picture's centre. Every lens here is radial and matches the others
// at the centre (r ≈ θ for small θ), so zoom and texel density agree across lenses there.
//   rectilinear    r = tan θ           straight lines stay straight; θ < 90°, hfov up to ~150°
//   stereographic  r = 2 tan(θ / 2)    conformal, the "little planet" looking down; θ < 180°
//   fisheye        r = θ               equidistant; θ ≤ 180°, the whole sphere at hfov 360°
// `hfov` (Camera.h) stays the field across the viewport's longer side in every lens: the longer
// side's half-width is r(hfov / 2).
//
// A morph between two lenses blends the angles, not the radii: a picture point at normalised
// radius u (1 at the longer side's edge) looks along θ(u) = mix(θ_from(u), θ_to(u), t), each
// θ_k(u) = r_k⁻¹(u · r_k(α_k)) with α_k the half-field clamped to what lens k can show. θ(u) grows
// with u, so it can be inverted (by bisection while morphing, in closed form otherwise).

#include <optional>
#include <string_view>

namespace shotscape {

enum class LensKind { Rectilinear, Stereographic, Fisheye };
inline constexpr int kLensKinds = 3;

// The names of the `projection` attribute and link parameter.
std::string_view lensName(LensKind kind);
std::optional<LensKind> lensFromName(std::string_view name);
// The lens the chrome's button and P move on to: rectilinear → stereographic → fisheye → rectilinear.
inline LensKind nextLens(LensKind kind) { return LensKind((int(kind) + 1) % kLensKinds); }

// The widest field (across the longer side, degrees) each lens may show; a scene's own maxHfov
// narrows rectilinear views further (wider than ~150° a rectilinear picture is all edge).
double lensMaxFov(LensKind kind);
// Where a switch to the lens frames the view by default: hfov (longer side) and pitch, NaN to keep.
struct LensFraming {
  double hfov;
  double pitch;
};
LensFraming lensFraming(LensKind kind);

// A lens, or a morph under way between two: `mix` is the share of `to` (0 = all `from`).
struct Lens {
  LensKind from = LensKind::Rectilinear;
  LensKind to = LensKind::Rectilinear;
  double mix = 1.0;

  static Lens steady(LensKind kind) { return {kind, kind, 1.0}; }
  bool morphing() const { return from != to; }
  // The lens the view settles in (a morph's target).
  LensKind kind() const { return to; }
  bool rectilinear() const { return from == LensKind::Rectilinear && to == LensKind::Rectilinear; }
  bool operator==(const Lens&) const = default;
};

// One lens at one field of view: normalised radius u ↔ angle θ (radians).
class LensMap {
 public:
  // `halfFov`: half the field across the viewport's longer side, radians.
  LensMap(const Lens& lens, double halfFov);

  // The angle a picture point at radius u looks along; empty beyond what the lens shows (outside a
  // fisheye's 360° circle).
  std::optional<double> angle(double u) const;
  // The radius at which direction θ lands; empty when the lens cannot show it (behind a
  // rectilinear view, straight behind a stereographic one, past 180° for a fisheye).
  std::optional<double> radius(double theta) const;
  // dθ/du at the centre: radians per unit of normalised radius there.
  double centreScale() const;

  const Lens& lens() const { return lens_; }
  // Per lens component (from, to): r_k(α_k), what u = 1 maps to before the lens's own r⁻¹.
  double edgeRadius(int component) const { return edge_[component]; }

 private:
  double componentAngle(int component, double u) const;
  Lens lens_;
  double edge_[2] = {1.0, 1.0};
};

// r(θ) and θ(r) of one lens (radians); radiusOf is infinite where the lens cannot reach.
double lensRadiusOf(LensKind kind, double theta);
double lensAngleOf(LensKind kind, double radius);

} // namespace shotscape
