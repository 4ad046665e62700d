#pragma once
// What a headset's eyes see besides the panorama: flat quads in the session's reference space
// (core/view/Immersive.h) — the open hotspot's panel and the captions (textures the overlay drew
// into an offscreen target here), hotspot and link markers, the controllers' rays and where they
// land — with shaders/xr.{vert,frag}. Reads what it is given; writes no scene state.
//
// Per-frame contract: beginPanel(w, h) binds the offscreen target (framebuffer pixels) and clears
// it; the overlay draws; endPanel() leaves it. Then, per eye, with the session's framebuffer bound
// and the eye's viewport set: begin() once, then any number of quads, all blended over the
// panorama with premultiplied alpha; the state it leaves: blending on, its vertex array bound.

#include <cstdint>
#include <string>

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

#include "core/view/Immersive.h"
#include "render/GlProgram.h"

namespace shotscape {

class XrRenderer {
 public:
  XrRenderer() = default;
  ~XrRenderer();
  XrRenderer(const XrRenderer&) = delete;
  XrRenderer& operator=(const XrRenderer&) = delete;

  bool init(std::string& error);
  // The context is gone: drops the GL names without GL calls.
  void forget();

  // The offscreen target the overlay draws the panel and captions into (resized when needed).
  void beginPanel(int width, int height);
  void endPanel();
  std::uint32_t panelTexture() const { return panelTexture_; }

  void begin();
  // A textured quad; `texRect`: the texture's part, (u, v) at the quad's bottom-left then top-right.
  void texture(const glm::dmat4& toClip, const XrQuad& quad, std::uint32_t texture, const glm::vec4& texRect);
  void marker(const glm::dmat4& toClip, const XrQuad& quad, const glm::vec4& fill, const glm::vec4& ring);
  // A ray drawn as a thin band from `origin` along `direction` for `length` metres, facing the eye
  // at `eye` (both in the reference space).
  void ray(const glm::dmat4& toClip, const XrRay& ray, const glm::dvec3& eye, double length, const glm::vec4& colour);
  int quadsDrawn() const { return quads_; }

 private:
  void quad(const glm::dmat4& toClip, const XrQuad& quad, int mode);

  GlProgram program_;
  std::uint32_t vao_ = 0;
  std::uint32_t panelTexture_ = 0;
  std::uint32_t panelFramebuffer_ = 0;
  int panelSize_[2] = {0, 0};
  int uToClip_ = -1, uCentre_ = -1, uRight_ = -1, uUp_ = -1, uTexRect_ = -1, uMode_ = -1, uColor_ = -1, uRing_ = -1;
  int quads_ = 0;
};

} // namespace shotscape
