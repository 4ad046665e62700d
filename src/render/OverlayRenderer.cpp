#include "render/OverlayRenderer.h"

#include <cstddef>

#include <GLES3/gl3.h>
#include <imgui.h>

namespace shotscape {

OverlayRenderer::~OverlayRenderer() {
  if (fontTexture_) glDeleteTextures(1, &fontTexture_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (ebo_) glDeleteBuffers(1, &ebo_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool OverlayRenderer::init(std::string& error) {
  if (!program_.build("overlay.vert", "overlay.frag")) {
    error = program_.error();
    return false;
  }
  uScale_ = program_.uniform("uScale");
  glUseProgram(program_.id());
  glUniform1i(program_.uniform("uTexture"), 0);
  // Set once: nothing else in the player changes the blend function.
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ebo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
  return true;
}

void OverlayRenderer::uploadFonts() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  if (fontTexture_) glDeleteTextures(1, &fontTexture_);
  glGenTextures(1, &fontTexture_);
  glBindTexture(GL_TEXTURE_2D, fontTexture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(fontTexture_)));
  io.Fonts->ClearTexData(); // the GPU has it; free the CPU copy
}

void OverlayRenderer::upload(const ImDrawData& data) {
  commands_.clear();
  scale_[0] = data.DisplaySize.x > 0 ? 2.0f / data.DisplaySize.x : 0.0f;
  scale_[1] = data.DisplaySize.y > 0 ? 2.0f / data.DisplaySize.y : 0.0f;
  std::vector<ImDrawVert> vertices;
  std::vector<std::uint32_t> indices;
  vertices.reserve(static_cast<size_t>(data.TotalVtxCount));
  indices.reserve(static_cast<size_t>(data.TotalIdxCount));
  const ImVec2 origin = data.DisplayPos;
  const ImVec2 scale = data.FramebufferScale;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList* list = data.CmdLists[n];
    const auto base = static_cast<std::uint32_t>(vertices.size());
    const size_t firstIndex = indices.size();
    vertices.insert(vertices.end(), list->VtxBuffer.begin(), list->VtxBuffer.end());
    for (ImDrawIdx i : list->IdxBuffer) indices.push_back(base + i);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback || cmd.ElemCount == 0) continue;
      const float x0 = (cmd.ClipRect.x - origin.x) * scale.x, y0 = (cmd.ClipRect.y - origin.y) * scale.y;
      const float x1 = (cmd.ClipRect.z - origin.x) * scale.x, y1 = (cmd.ClipRect.w - origin.y) * scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      const auto texture = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID()));
      const size_t offset = (firstIndex + cmd.IdxOffset) * sizeof(std::uint32_t);
      // The overlay's panels size themselves to their content and never scroll, so nothing needs
      // clipping: consecutive commands on the same texture become one draw call.
      if (!commands_.empty() && commands_.back().texture == texture &&
          commands_.back().offset + commands_.back().count * sizeof(std::uint32_t) == offset) {
        commands_.back().count += static_cast<int>(cmd.ElemCount);
        continue;
      }
      commands_.push_back({texture, static_cast<int>(cmd.ElemCount), offset});
    }
  }
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(ImDrawVert)), vertices.data(), GL_DYNAMIC_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(), GL_DYNAMIC_DRAW);
  glBindVertexArray(0);
}

void OverlayRenderer::draw() {
  if (commands_.empty()) return;
  glEnable(GL_BLEND);
  glUseProgram(program_.id());
  glUniform2f(uScale_, scale_[0], scale_[1]);
  glBindVertexArray(vao_);
  std::uint32_t boundTexture = 0;
  for (const Command& c : commands_) {
    if (c.texture != boundTexture) {
      glBindTexture(GL_TEXTURE_2D, c.texture);
      boundTexture = c.texture;
    }
    glDrawElements(GL_TRIANGLES, c.count, GL_UNSIGNED_INT, reinterpret_cast<void*>(c.offset));
  }
}

} // namespace shotscape
