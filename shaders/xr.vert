#version 300 es
// One flat quad in a headset's eye: the open hotspot's panel, the captions, a hotspot or link
// marker, a controller's ray (render/XrRenderer). The quad is given by its centre and half axes in
// the session's reference space; uToClip takes it to the eye's clip space (without the eye's
// translation for what lies at infinity).
uniform mat4 uToClip;
uniform vec3 uCentre;
uniform vec3 uRight;    // half the quad's width, along its +x
uniform vec3 uUp;       // half its height, along its +y
uniform vec4 uTexRect;  // the texture's part: (u, v) at the bottom-left corner, then at the top-right
out vec2 vUv;
out vec2 vLocal;        // [-1, 1] across the quad
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
  vLocal = corner * 2.0 - 1.0;
  vUv = mix(uTexRect.xy, uTexRect.zw, corner);
  gl_Position = uToClip * vec4(uCentre + vLocal.x * uRight + vLocal.y * uUp, 1.0);
}
