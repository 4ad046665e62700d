#include "render/CubeRenderer.h"

#include <GLES3/gl3.h>
#include <algorithm>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

#include "core/geometry/Geometry.h"

namespace shotscape {

CubeRenderer::~CubeRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool CubeRenderer::build(Variant& v, bool lens, std::string& error) {
  if (!v.program.buildSampling("cube.vert", "cube.frag", "uTexture", error, lens ? LensUniforms::defines() : "", lens ? "#define LENS\n" : ""))
    return false;
  v.uToClip = v.program.uniform("uToClip");
  v.uCentre = v.program.uniform("uCentre");
  v.uRight = v.program.uniform("uRight");
  v.uDown = v.program.uniform("uDown");
  v.uRect = v.program.uniform("uRect");
  v.uTexRect = v.program.uniform("uTexRect");
  v.uBox = v.program.uniform("uBox");
  if (lens) v.lens.locate(v.program);
  return true;
}

bool CubeRenderer::init(std::string& error) {
  if (!build(variants_[0], false, error)) return false;
  glGenVertexArrays(1, &vao_);
  return true;
}

void CubeRenderer::begin(const Projection& projection, float opacity) {
  lensProjection_.reset();
  if (!projection.lens().rectilinear()) {
    if (!variants_[1].program.id() && lensError_.empty()) build(variants_[1], true, lensError_);
    if (variants_[1].program.id()) lensProjection_ = projection;
  }
  current_ = &variants_[lensProjection_ ? 1 : 0];
  glUseProgram(current_->program.id());
  if (lensProjection_) {
    current_->lens.set(projection);
  } else {
    // ray(ndc) = forward + ndc.x·right + ndc.y·up, so a direction d = w·(forward + x·right + y·up)
    // has clip coordinates (w·x, w·y, w) = inverse([right up forward])·d.
    const RayBasis& basis = projection.basis();
    const glm::mat3 toClip(glm::inverse(glm::dmat3(basis.right, basis.up, basis.forward)));
    glUniformMatrix3fv(current_->uToClip, 1, GL_FALSE, &toClip[0][0]);
  }
  blendAtOpacity(opacity);
  glBindVertexArray(vao_);
  quads_ = 0;
}

std::optional<glm::dvec4> CubeRenderer::screenBox(const Projection& projection, int face, const glm::dvec4& rect) {
  const glm::dvec4 whole{-1.0, -1.0, 1.0, 1.0};
  // The picture of the quad's outline bounds the picture of the quad (the lens is continuous and
  // one-to-one away from straight behind): 16 points a side, and a margin for the curve between.
  // Near straight behind, where a fisheye or a stereographic lens spreads a few degrees round its
  // whole rim, points a side apart can land half the picture apart: such quads get the whole screen.
  const double kNearBehind = -0.8; // cos 143°
  glm::dvec2 behind;
  if (CubeGeometry::faceOf(-projection.forwardUnit(), &behind) == face && behind.x >= rect.x && behind.x <= rect.z &&
      behind.y >= rect.y && behind.y <= rect.w)
    return whole;
  constexpr int kSteps = 16;
  glm::dvec2 lo{1e30, 1e30}, hi{-1e30, -1e30};
  for (int side = 0; side < 4; ++side)
    for (int i = 0; i < kSteps; ++i) {
      const double t = double(i) / kSteps;
      const glm::dvec2 q = side == 0   ? glm::dvec2{rect.x + (rect.z - rect.x) * t, rect.y}
                           : side == 1 ? glm::dvec2{rect.z, rect.y + (rect.w - rect.y) * t}
                           : side == 2 ? glm::dvec2{rect.z - (rect.z - rect.x) * t, rect.w}
                                       : glm::dvec2{rect.x, rect.w - (rect.w - rect.y) * t};
      const glm::dvec3 direction = glm::normalize(CubeGeometry::directionOn(face, q));
      if (glm::dot(direction, projection.forwardUnit()) < kNearBehind) return whole;
      const auto pixel = projection.pixelFromDirection(direction);
      if (!pixel) return whole; // part of it lies where the lens cannot reach: let the shader sort it out
      lo = glm::min(lo, *pixel);
      hi = glm::max(hi, *pixel);
    }
  const glm::dvec2 margin = (hi - lo) * 0.03 + 2.0;
  lo -= margin;
  hi += margin;
  const double w = projection.width(), h = projection.height();
  const glm::dvec4 box{std::max(-1.0, 2.0 * lo.x / w - 1.0), std::max(-1.0, 1.0 - 2.0 * hi.y / h), std::min(1.0, 2.0 * hi.x / w - 1.0),
                       std::min(1.0, 1.0 - 2.0 * lo.y / h)};
  if (box.x >= box.z || box.y >= box.w) return std::nullopt;
  return box;
}

void CubeRenderer::quad(int face, const glm::dvec4& rect, std::uint32_t texture, const glm::dvec4& texRect) {
  const Variant& v = *current_;
  if (lensProjection_) {
    const auto box = screenBox(*lensProjection_, face, rect);
    if (!box) return;
    glUniform4f(v.uBox, float(box->x), float(box->y), float(box->z), float(box->w));
  }
  const glm::dvec3 centre = CubeGeometry::directionOn(face, {0.5, 0.5});
  const glm::dvec3 right = CubeGeometry::directionOn(face, {1.0, 0.5}) - centre;
  const glm::dvec3 down = CubeGeometry::directionOn(face, {0.5, 1.0}) - centre;
  glUniform3f(v.uCentre, float(centre.x), float(centre.y), float(centre.z));
  glUniform3f(v.uRight, float(right.x), float(right.y), float(right.z));
  glUniform3f(v.uDown, float(down.x), float(down.y), float(down.z));
  glUniform4f(v.uRect, float(rect.x), float(rect.y), float(rect.z), float(rect.w));
  glUniform4f(v.uTexRect, float(texRect.x), float(texRect.y), float(texRect.z), float(texRect.w));
  glBindTexture(GL_TEXTURE_2D, texture);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  ++quads_;
}

} // namespace shotscape
