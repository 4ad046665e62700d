#include "render/XrRenderer.h"

#include <GLES3/gl3.h>

#include <glm/geometric.hpp>
#include <glm/gtc/type_ptr.hpp>

namespace shotscape {

XrRenderer::~XrRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
  if (panelFramebuffer_) glDeleteFramebuffers(1, &panelFramebuffer_);
  if (panelTexture_) glDeleteTextures(1, &panelTexture_);
}

bool XrRenderer::init(std::string& error) {
  if (!program_.buildSampling("xr.vert", "xr.frag", "uTexture", error)) return false;
  uToClip_ = program_.uniform("uToClip");
  uCentre_ = program_.uniform("uCentre");
  uRight_ = program_.uniform("uRight");
  uUp_ = program_.uniform("uUp");
  uTexRect_ = program_.uniform("uTexRect");
  uMode_ = program_.uniform("uMode");
  uColor_ = program_.uniform("uColor");
  uRing_ = program_.uniform("uRing");
  glGenVertexArrays(1, &vao_);
  return true;
}

void XrRenderer::forget() {
  vao_ = 0;
  panelTexture_ = 0;
  panelFramebuffer_ = 0;
  panelSize_[0] = panelSize_[1] = 0;
}

void XrRenderer::beginPanel(int width, int height) {
  if (!panelFramebuffer_) glGenFramebuffers(1, &panelFramebuffer_);
  glBindFramebuffer(GL_FRAMEBUFFER, panelFramebuffer_);
  if (width != panelSize_[0] || height != panelSize_[1]) {
    if (panelTexture_) glDeleteTextures(1, &panelTexture_);
    panelTexture_ = createLinearTexture();
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, panelTexture_, 0);
    panelSize_[0] = width;
    panelSize_[1] = height;
  }
  glViewport(0, 0, width, height);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

void XrRenderer::endPanel() { glDisable(GL_SCISSOR_TEST); }

void XrRenderer::begin() {
  glUseProgram(program_.id());
  glBindVertexArray(vao_);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  quads_ = 0;
}

void XrRenderer::quad(const glm::dmat4& toClip, const XrQuad& q, int mode) {
  glUniformMatrix4fv(uToClip_, 1, GL_FALSE, glm::value_ptr(glm::mat4(toClip)));
  glUniform3f(uCentre_, float(q.centre.x), float(q.centre.y), float(q.centre.z));
  glUniform3f(uRight_, float(q.right.x), float(q.right.y), float(q.right.z));
  glUniform3f(uUp_, float(q.up.x), float(q.up.y), float(q.up.z));
  glUniform1i(uMode_, mode);
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  ++quads_;
}

void XrRenderer::texture(const glm::dmat4& toClip, const XrQuad& q, std::uint32_t tex, const glm::vec4& texRect) {
  glBindTexture(GL_TEXTURE_2D, tex);
  glUniform4f(uTexRect_, texRect.x, texRect.y, texRect.z, texRect.w);
  quad(toClip, q, 0);
}

void XrRenderer::marker(const glm::dmat4& toClip, const XrQuad& q, const glm::vec4& fill, const glm::vec4& ring) {
  glUniform4f(uColor_, fill.r, fill.g, fill.b, fill.a);
  glUniform4f(uRing_, ring.r, ring.g, ring.b, ring.a);
  quad(toClip, q, 1);
}

void XrRenderer::ray(const glm::dmat4& toClip, const XrRay& r, const glm::dvec3& eye, double length, const glm::vec4& colour) {
  // A band along the ray, turned to face the eye; its local +y runs from the controller outward.
  const glm::dvec3 mid = r.origin + r.direction * (length * 0.5);
  glm::dvec3 side = glm::cross(r.direction, mid - eye);
  if (glm::dot(side, side) < 1e-12) side = glm::dvec3(1.0, 0.0, 0.0);
  XrQuad q{mid, glm::normalize(side) * 0.003, r.direction * (length * 0.5)};
  glUniform4f(uColor_, colour.r, colour.g, colour.b, colour.a);
  quad(toClip, q, 2);
}

} // namespace shotscape
