#version 300 es
// What a headset's quad shows (render/XrRenderer): a texture with premultiplied alpha (the panel
// and caption images the overlay drew), a marker (a dark disc in a light ring; the ring lit where a
// ray points), or a ray (solid, fading with distance).
precision mediump float;
uniform sampler2D uTexture;
uniform int uMode;      // 0 texture, 1 marker, 2 ray
uniform vec4 uColor;    // marker fill, ray colour (straight alpha)
uniform vec4 uRing;     // marker ring
in vec2 vUv;
in vec2 vLocal;
out vec4 outColor;
void main() {
  if (uMode == 0) {
    outColor = texture(uTexture, vUv);
    return;
  }
  vec4 c;
  if (uMode == 1) {
    float r = length(vLocal);
    float aa = max(fwidth(r), 1e-3);
    float disc = 1.0 - smoothstep(1.0 - aa, 1.0, r);
    float ring = smoothstep(0.68 - aa, 0.68, r);
    c = mix(uColor, uRing, ring);
    c.a *= disc;
  } else {
    c = uColor;
    c.a *= 1.0 - 0.8 * (vLocal.y * 0.5 + 0.5);
  }
  outColor = vec4(c.rgb * c.a, c.a);
}
