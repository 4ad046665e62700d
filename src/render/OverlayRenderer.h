#pragma once
// Draws Dear ImGui's draw data with WebGL2. It replaces imgui_impl_opengl3 because that backend
// backs up and restores GL state with glGet* queries: in a browser each is a synchronous round
// trip to the GPU process, which stalls the main thread behind pending texture uploads (measured:
// up to 0.5 s on SwiftShader). This renderer owns all the state it sets and queries nothing.
//
// Per-frame contract: upload(drawData) after ImGui::Render() copies all draw lists into one vertex
// and one index buffer and keeps the command list; draw() replays the last upload. When the
// interface did not change, the player skips ImGui and calls draw() alone: a frame of camera motion
// then costs a handful of GL calls for the overlay.
//
// Checklist — implemented: font atlas texture (RGBA32), per-command texture, framebuffer scale
// (HiDPI), any number of vertices (32-bit indices), consecutive commands on the same texture and
// clip rectangle merged, clip rectangles as scissor boxes (only where they cut into the canvas).
// Not implemented: user callbacks (the overlay adds none).
// Uniforms: uScale (vec2), uTexture (sampler, unit 0). GL state it leaves: blending on with ImGui's
// blend function (harmless to the opaque panorama pass), its vertex array bound.

#include <cstdint>
#include <cstddef>
#include <string>
#include <vector>

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
  void upload(const ImDrawData& data);
  void draw();
  // Draw calls per overlay frame, and those of the background list (the hotspot markers).
  int drawCalls() const { return static_cast<int>(commands_.size()); }
  int backgroundDrawCalls() const { return backgroundCalls_; }

 private:
  struct Command {
    std::uint32_t texture;
    int count;            // indices
    std::size_t offset;   // bytes into the index buffer
    int clip[4];          // scissor box, framebuffer pixels from the bottom left
  };

  GlProgram program_;
  std::uint32_t vao_ = 0;
  std::uint32_t vbo_ = 0;
  std::uint32_t ebo_ = 0;
  std::uint32_t fontTexture_ = 0;
  int uScale_ = -1;
  std::vector<Command> commands_;
  float scale_[2] = {0.0f, 0.0f};
  int fbSize_[2] = {0, 0};
  int backgroundCalls_ = 0;
};

} // namespace shotscape
