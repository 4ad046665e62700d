#pragma once
// Draws Dear ImGui's draw data with WebGL2. It replaces imgui_impl_opengl3 because that backend
// backs up and restores GL state with glGet* queries: in a browser each is a synchronous round
// trip to the GPU process, which stalls the main thread behind pending texture uploads (measured:
// up to 0.5 s on SwiftShader). This renderer owns all the state it sets and queries nothing.
//
// Checklist — implemented: font atlas texture (RGBA32), per-command scissor and texture,
// framebuffer scale (HiDPI), 16-bit indices, ImDrawCmd_ResetRenderState. Not implemented: user
// callbacks (unused), 32-bit indices.
// Uniforms: uScale (vec2), uTexture (sampler, unit 0).

#include <cstdint>
#include <string>

#include "render/GlProgram.h"

struct ImDrawData;

namespace shotscape {

class OverlayRenderer {
 public:
  OverlayRenderer() = default;
  ~OverlayRenderer();
  OverlayRenderer(const OverlayRenderer&) = delete;
  OverlayRenderer& operator=(const OverlayRenderer&) = delete;

  bool init(std::string& error);
  // (Re)uploads the current ImGui context's font atlas; call after the atlas was rebuilt.
  void uploadFonts();
  void draw(const ImDrawData& data);

 private:
  void setupState(const ImDrawData& data, int fbWidth, int fbHeight);

  GlProgram program_;
  std::uint32_t vao_ = 0;
  std::uint32_t vbo_ = 0;
  std::uint32_t ebo_ = 0;
  std::uint32_t fontTexture_ = 0;
  int uScale_ = -1;
  int uTexture_ = -1;
};

} // namespace shotscape
