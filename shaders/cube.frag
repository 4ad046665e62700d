#version 300 es
precision highp float;
uniform sampler2D uTexture;
out vec4 outColor;
#ifdef LENS
// The pixel's ray (shaders/lens.glsl) meets the face's plane: inside the quad, the texture there.
uniform vec3 uCentre;   // the face: its centre and its x (right) and y (down) half-axes, unit vectors
uniform vec3 uRight;
uniform vec3 uDown;
uniform vec4 uRect;     // the quad on the face, (x0, y0, x1, y1) in [0, 1]
uniform vec4 uTexRect;  // the texture's part drawn on it, (u0, v0, u1, v1)
in vec2 vNdc;
void main() {
  vec3 ray;
  bool inside = lensRay(vNdc, ray);
  float along = dot(ray, uCentre);
  vec3 p = ray / max(along, 1e-6);
  vec2 at = vec2(dot(p, uRight), dot(p, uDown)) * 0.5 + 0.5;
  vec2 f = (at - uRect.xy) / (uRect.zw - uRect.xy);
  // Sampled before the test, so the texture's derivatives come from every pixel of the 2×2 block.
  outColor = vec4(texture(uTexture, mix(uTexRect.xy, uTexRect.zw, clamp(f, 0.0, 1.0))).rgb, 1.0);
  // A hair past the quad's edges: neighbouring quads overlap instead of leaving rounding gaps.
  vec2 slack = 1e-4 / (uRect.zw - uRect.xy);
  if (!inside || along <= 0.0 || any(lessThan(f, -slack)) || any(greaterThan(f, 1.0 + slack))) discard;
}
#else
in vec2 vUv;
void main() {
  outColor = vec4(texture(uTexture, vUv).rgb, 1.0);
}
#endif
