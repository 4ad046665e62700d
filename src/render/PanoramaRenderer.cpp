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
  glUseProgram(program_.id());
  glUniform1i(program_.uniform("uPanorama"), 0);
  glGenVertexArrays(1, &vao_);
  return true;
}

void PanoramaRenderer::draw(const RayBasis& basis, std::uint32_t texture, int width, int height) {
  glUseProgram(program_.id());
  glUniform3f(uRight_, float(basis.right.x), float(basis.right.y), float(basis.right.z));
  glUniform3f(uUp_, float(basis.up.x), float(basis.up.y), float(basis.up.z));
  glUniform3f(uForward_, float(basis.forward.x), float(basis.forward.y), float(basis.forward.z));
  glUniform2f(uTextureSize_, float(width), float(height));
  // Texture unit 0 is the only one the player uses; blending may be on (the overlay leaves it on)
  // and changes nothing, as this pass writes opaque pixels over a cleared target.
  glBindTexture(GL_TEXTURE_2D, texture);
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
}

} // namespace shotscape
