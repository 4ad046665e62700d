#version 300 es
// Equirectangular lookup for a per-pixel view ray. Conventions match src/core/Projection.h:
// u = 0.5 + yaw / 360, v = 0.5 - pitch / 180, yaw = atan(x, -z), world +Y up.
precision highp float;

uniform sampler2D uPanorama;
// The camera basis scaled for ray generation (Projection::basis()); the LENS variant has lens.glsl's
// uniforms instead.
uniform vec3 uRight;
uniform vec3 uUp;
uniform vec3 uForward;
uniform vec2 uTextureSize; // texels of level 0 in the part drawn (one eye's picture of a stereo pair)
// That part (core/scene/Stereo.h): (u, v) of its top-left corner, then its size; (0, 0, 1, 1) mono.
uniform vec4 uStereo;
#ifdef WALK
// A move's camera, off the panorama's centre (core/scene/SceneMove): the image is projected on a
// unit sphere around its centre and the ray leaves from here. Only the program drawn during moves
// has it: every other frame skips the intersection.
uniform vec3 uEye;
#endif

in vec2 vNdc;
out vec4 outColor;

const float kInvTwoPi = 0.15915494309189535;
const float kInvPi = 0.3183098861837907;

// The u coordinate jumps from 1 to 0 across yaw ±180°. Screen-space derivatives taken across
// that jump would select the smallest mip level and draw a visible seam, so take the wrapped
// (shorter) difference instead.
vec2 wrapU(vec2 d) {
  d.x -= sign(d.x) * step(0.5, abs(d.x));
  return d;
}

void main() {
#ifdef LENS
  // Another lens than the rectilinear (shaders/lens.glsl); black outside a fisheye's circle.
  vec3 ray;
  bool inside = lensRay(vNdc, ray);
#else
  vec3 ray = normalize(uForward + vNdc.x * uRight + vNdc.y * uUp);
#endif
#ifdef WALK
  // Where the ray from uEye (inside the unit sphere) meets it: |uEye + t ray| = 1, t > 0.
  float b = dot(uEye, ray);
  ray = normalize(uEye + (sqrt(b * b - dot(uEye, uEye) + 1.0) - b) * ray);
#endif
  vec2 uv = vec2(atan(ray.x, -ray.z) * kInvTwoPi + 0.5, acos(clamp(ray.y, -1.0, 1.0)) * kInvPi);
  vec2 ddx = wrapU(dFdx(uv));
  vec2 ddy = wrapU(dFdy(uv));
  // Trilinear filtering with an explicit level (textureGrad costs twice as much on software
  // rasterisers). Rows near the poles are stretched copies of few real samples, so horizontal
  // footprints are weighed by cos(latitude): that keeps the poles sharp instead of blurring them
  // to the level an isotropic filter would pick there.
  vec2 weight = vec2(length(ray.xz), 1.0) * uTextureSize;
  float rho = max(length(ddx * weight), length(ddy * weight));
  // A stereo pair: the eye's half, kept half a texel inside it so the other eye never bleeds in
  // (v always: at the poles it changes nothing).
  vec2 inset = 0.5 / uTextureSize;
  uv.y = clamp(uv.y, inset.y, 1.0 - inset.y);
  if (uStereo.z < 1.0) uv.x = clamp(uv.x, inset.x, 1.0 - inset.x);
  uv = uStereo.xy + uv * uStereo.zw;
  outColor = vec4(textureLod(uPanorama, uv, log2(max(rho, 1.0))).rgb, 1.0);
#ifdef LENS
  if (!inside) outColor = vec4(0.0, 0.0, 0.0, 1.0);
#endif
}
