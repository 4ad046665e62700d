#version 300 es
// One triangle covering the viewport; the fragment shader casts a ray per pixel, so the sphere is
// exact everywhere (no tessellation seams, no pinching at the poles).
out vec2 vNdc;
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2)) * 2.0 - 1.0;
  vNdc = p;
  gl_Position = vec4(p, 0.0, 1.0);
}
