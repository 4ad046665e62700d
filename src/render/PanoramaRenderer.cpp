#include "render/PanoramaRenderer.h"

#include <GLES3/gl3.h>

namespace shotscape {

PanoramaRenderer::~PanoramaRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool PanoramaRenderer::init(std::string& error) {
  if (!program_.build("panorama.vert", "panorama.frag")) {
    error = program_.error();
    return false;
  }
  uRight_ = program_.uniform("uRight");
  uUp_ = program_.uniform("uUp");
  uForward_ = program_.uniform("uForward");
  uTextureSize_ = program_.uniform("uTextureSize");
  uEye_ = program_.uniform("uEye");
  glUseProgram(program_.id());
  glUniform1i(program_.uniform("uPanorama"), 0);
  glGenVertexArrays(1, &vao_);
  return true;
}

void PanoramaRenderer::draw(const RayBasis& basis, std::uint32_t texture, int width, int height, const glm::vec3& eye,
                             float opacity) {
  glUseProgram(program_.id());
  glUniform3f(uEye_, eye.x, eye.y, eye.z);
  glUniform3f(uRight_, float(basis.right.x), float(basis.right.y), float(basis.right.z));
  glUniform3f(uUp_, float(basis.up.x), float(basis.up.y), float(basis.up.z));
  glUniform3f(uForward_, float(basis.forward.x), float(basis.forward.y), float(basis.forward.z));
  glUniform2f(uTextureSize_, float(width), float(height));
  // Texture unit 0 is the only one the player uses. Opaque, blending is off (the overlay turns it
  // on for itself); a cross-fade blends with a constant alpha and keeps the canvas opaque.
  if (opacity < 1.0f) {
    glEnable(GL_BLEND);
    glBlendColor(0.0f, 0.0f, 0.0f, opacity);
    glBlendFuncSeparate(GL_CONSTANT_ALPHA, GL_ONE_MINUS_CONSTANT_ALPHA, GL_ZERO, GL_ONE);
  } else {
    glDisable(GL_BLEND);
  }
  glBindTexture(GL_TEXTURE_2D, texture);
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
}

} // namespace shotscape
