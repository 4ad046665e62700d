#include "render/CubeRenderer.h"

#include <GLES3/gl3.h>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

#include "core/geometry/Geometry.h"

namespace shotscape {

CubeRenderer::~CubeRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool CubeRenderer::init(std::string& error) {
  if (!program_.build("cube.vert", "cube.frag")) {
    error = program_.error();
    return false;
  }
  uToClip_ = program_.uniform("uToClip");
  uCentre_ = program_.uniform("uCentre");
  uRight_ = program_.uniform("uRight");
  uDown_ = program_.uniform("uDown");
  uRect_ = program_.uniform("uRect");
  uTexRect_ = program_.uniform("uTexRect");
  glUseProgram(program_.id());
  glUniform1i(program_.uniform("uTexture"), 0);
  glGenVertexArrays(1, &vao_);
  return true;
}

void CubeRenderer::begin(const RayBasis& basis, float opacity) {
  glUseProgram(program_.id());
  // ray(ndc) = forward + ndc.x·right + ndc.y·up, so a direction d = w·(forward + x·right + y·up)
  // has clip coordinates (w·x, w·y, w) = inverse([right up forward])·d.
  const glm::mat3 toClip(glm::inverse(glm::dmat3(basis.right, basis.up, basis.forward)));
  glUniformMatrix3fv(uToClip_, 1, GL_FALSE, &toClip[0][0]);
  blendAtOpacity(opacity);
  glBindVertexArray(vao_);
  quads_ = 0;
}

void CubeRenderer::quad(int face, const glm::dvec4& rect, std::uint32_t texture, const glm::dvec4& texRect) {
  const glm::dvec3 centre = CubeGeometry::directionOn(face, {0.5, 0.5});
  const glm::dvec3 right = CubeGeometry::directionOn(face, {1.0, 0.5}) - centre;
  const glm::dvec3 down = CubeGeometry::directionOn(face, {0.5, 1.0}) - centre;
  glUniform3f(uCentre_, float(centre.x), float(centre.y), float(centre.z));
  glUniform3f(uRight_, float(right.x), float(right.y), float(right.z));
  glUniform3f(uDown_, float(down.x), float(down.y), float(down.z));
  glUniform4f(uRect_, float(rect.x), float(rect.y), float(rect.z), float(rect.w));
  glUniform4f(uTexRect_, float(texRect.x), float(texRect.y), float(texRect.z), float(texRect.w));
  glBindTexture(GL_TEXTURE_2D, texture);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  ++quads_;
}

} // namespace shotscape
