#version 300 es
// One quad on a cube face: a tile, or the part of a coarser tile or of the preview strip that
// stands in for a tile not yet loaded. The quad lies on the face's plane, so the hardware's
// perspective-correct interpolation maps the texture exactly (no tessellation, no seams).
// With LENS (a curved lens: no plane stays a plane on screen) the quad is instead the screen
// rectangle holding the tile's picture, and cube.frag finds each pixel's point on the face.
uniform vec4 uRect;     // the quad on the face, (x0, y0, x1, y1) in [0, 1]
#ifdef LENS
uniform vec4 uBox;      // the screen rectangle, normalised device coordinates (x0, y0, x1, y1)
out vec2 vNdc;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
  vNdc = mix(uBox.xy, uBox.zw, corner);
  gl_Position = vec4(vNdc, 0.0, 1.0);
}
#else
uniform mat3 uToClip;   // direction → clip (x, y, w): the inverse of the camera's ray basis
uniform vec3 uCentre;   // the face: its centre and its x (right) and y (down) half-axes
uniform vec3 uRight;
uniform vec3 uDown;
uniform vec4 uTexRect;  // the texture's part drawn on it, (u0, v0, u1, v1)
out vec2 vUv;
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
  vec2 at = mix(uRect.xy, uRect.zw, corner);
  vec3 q = uToClip * (uCentre + (2.0 * at.x - 1.0) * uRight + (2.0 * at.y - 1.0) * uDown);
  // Clipped where w < 1e-3 (behind the camera); depth is not used.
  gl_Position = vec4(q.x, q.y, q.z - 2e-3, q.z);
  vUv = mix(uTexRect.xy, uTexRect.zw, corner);
}
#endif
