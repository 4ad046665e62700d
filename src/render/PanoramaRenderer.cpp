#include "render/PanoramaRenderer.h"

#include <GLES3/gl3.h>

namespace shotscape {

PanoramaRenderer::~PanoramaRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool PanoramaRenderer::init(std::string& error) {
  for (int walk = 0; walk < 2; ++walk) {
    Variant& v = variants_[walk];
    if (!v.program.build("panorama.vert", "panorama.frag", walk ? "#define WALK\n" : "")) {
      error = v.program.error();
      return false;
    }
    v.uRight = v.program.uniform("uRight");
    v.uUp = v.program.uniform("uUp");
    v.uForward = v.program.uniform("uForward");
    v.uTextureSize = v.program.uniform("uTextureSize");
    v.uEye = v.program.uniform("uEye");
    glUseProgram(v.program.id());
    glUniform1i(v.program.uniform("uPanorama"), 0);
  }
  glGenVertexArrays(1, &vao_);
  return true;
}

void PanoramaRenderer::draw(const RayBasis& basis, std::uint32_t texture, int width, int height, const glm::vec3& eye,
                             float opacity) {
  // The walk's program only while a camera stands off the centre.
  const Variant& v = variants_[eye == glm::vec3(0.0f) ? 0 : 1];
  glUseProgram(v.program.id());
  if (v.uEye >= 0) glUniform3f(v.uEye, eye.x, eye.y, eye.z);
  glUniform3f(v.uRight, float(basis.right.x), float(basis.right.y), float(basis.right.z));
  glUniform3f(v.uUp, float(basis.up.x), float(basis.up.y), float(basis.up.z));
  glUniform3f(v.uForward, float(basis.forward.x), float(basis.forward.y), float(basis.forward.z));
  glUniform2f(v.uTextureSize, float(width), float(height));
  // Texture unit 0 is the only one the player uses. Opaque, blending is off (the overlay turns it
  // on for itself); a cross-fade blends with a constant alpha and keeps the canvas opaque.
  blendAtOpacity(opacity);
  glBindTexture(GL_TEXTURE_2D, texture);
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
}

} // namespace shotscape
