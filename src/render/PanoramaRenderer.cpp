#include "render/PanoramaRenderer.h"

#include <GLES3/gl3.h>

namespace shotscape {

PanoramaRenderer::~PanoramaRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool PanoramaRenderer::build(Variant& v, bool walk, bool lens, std::string& error) {
  const std::string defines = std::string(walk ? "#define WALK\n" : "") + (lens ? LensUniforms::defines() : "");
  if (!v.program.buildSampling("panorama.vert", "panorama.frag", "uPanorama", error, defines)) return false;
  v.uRight = v.program.uniform("uRight");
  v.uUp = v.program.uniform("uUp");
  v.uForward = v.program.uniform("uForward");
  v.uTextureSize = v.program.uniform("uTextureSize");
  v.uStereo = v.program.uniform("uStereo");
  v.uEye = v.program.uniform("uEye");
  if (lens) v.lens.locate(v.program);
  return true;
}

bool PanoramaRenderer::init(std::string& error) {
  for (int walk = 0; walk < 2; ++walk)
    if (!build(variants_[walk][0], walk, false, error)) return false;
  glGenVertexArrays(1, &vao_);
  return true;
}

void PanoramaRenderer::draw(const Projection& projection, std::uint32_t texture, int width, int height, const glm::vec3& eye,
                             float opacity, const StereoRect& part) {
  // The walk's program only while a camera stands off the centre; the lens's only off rectilinear.
  const int walk = eye == glm::vec3(0.0f) ? 0 : 1;
  int lens = projection.lens().rectilinear() ? 0 : 1;
  if (lens && !variants_[walk][1].program.id() && lensError_.empty()) build(variants_[walk][1], walk, true, lensError_);
  if (lens && !variants_[walk][1].program.id()) lens = 0;
  const Variant& v = variants_[walk][lens];
  glUseProgram(v.program.id());
  if (v.uEye >= 0) glUniform3f(v.uEye, eye.x, eye.y, eye.z);
  if (lens) {
    v.lens.set(projection);
  } else {
    const RayBasis& basis = projection.basis();
    glUniform3f(v.uRight, float(basis.right.x), float(basis.right.y), float(basis.right.z));
    glUniform3f(v.uUp, float(basis.up.x), float(basis.up.y), float(basis.up.z));
    glUniform3f(v.uForward, float(basis.forward.x), float(basis.forward.y), float(basis.forward.z));
  }
  glUniform2f(v.uTextureSize, float(width * part.width), float(height * part.height));
  glUniform4f(v.uStereo, float(part.u), float(part.v), float(part.width), float(part.height));
  // Texture unit 0 is the only one the player uses. Opaque, blending is off (the overlay turns it
  // on for itself); a cross-fade blends with a constant alpha and keeps the canvas opaque.
  blendAtOpacity(opacity);
  glBindTexture(GL_TEXTURE_2D, texture);
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
}

} // namespace shotscape
