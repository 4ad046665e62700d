// The lens (src/core/math/Lens.h), put after the #version line of the programs built with LENS:
// the view ray through a picture point for rectilinear, stereographic and fisheye lenses and the
// morphs between two of them. Uniforms from render/LensUniforms.
precision highp float;

uniform vec3 uLensRight;   // the view's unit axes
uniform vec3 uLensUp;
uniform vec3 uLensForward;
uniform vec2 uLensShift;   // the lens shift, normalised device coordinates
uniform vec2 uLensAxes;    // the viewport's sides over its longer side
uniform vec3 uLensKinds;   // the lens morphed from, the one morphed to (0 rectilinear, 1 stereographic, 2 fisheye), the share of the second
uniform vec2 uLensEdge;    // each lens's radius at the longer side's edge, r(hfov / 2)

const float kLensPi = 3.141592653589793;

float lensAngle(float kind, float r) {
  if (kind < 0.5) return atan(r);
  if (kind < 1.5) return 2.0 * atan(0.5 * r);
  return r;
}

// False outside what the lens shows (beyond a fisheye's 360° circle).
bool lensRay(vec2 ndc, out vec3 ray) {
  vec2 p = (ndc - uLensShift) * uLensAxes;
  float u = length(p);
  float a = lensAngle(uLensKinds.x, u * uLensEdge.x);
  float b = lensAngle(uLensKinds.y, u * uLensEdge.y);
  bool outside = (uLensKinds.x > 1.5 && a > kLensPi && uLensKinds.z < 1.0) || (uLensKinds.y > 1.5 && b > kLensPi && uLensKinds.z > 0.0);
  float theta = mix(a, b, uLensKinds.z);
  vec2 d = u > 1e-7 ? p / u : vec2(0.0);
  ray = cos(theta) * uLensForward + sin(theta) * (d.x * uLensRight + d.y * uLensUp);
  return !outside;
}
