#include "render/OverlayRenderer.h"

#include <algorithm>

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
  if (!program_.buildSampling("overlay.vert", "overlay.frag", "uTexture", error)) return false;
  uScale_ = program_.uniform("uScale");
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
  fontTexture_ = createLinearTexture();
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
  const float fbHeight = data.DisplaySize.y * scale.y;
  fbSize_[0] = static_cast<int>(data.DisplaySize.x * scale.x + 0.5f);
  fbSize_[1] = static_cast<int>(fbHeight + 0.5f);
  const ImDrawList* background = ImGui::GetBackgroundDrawList();
  backgroundCalls_ = 0;
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
      // GL's scissor box counts rows from the bottom.
      const int clip[4] = {static_cast<int>(x0), static_cast<int>(fbHeight - y1), static_cast<int>(x1 - x0 + 0.5f),
                           static_cast<int>(y1 - y0 + 0.5f)};
      // Consecutive commands on the same texture and clip rectangle become one draw call.
      if (!commands_.empty() && commands_.back().texture == texture &&
          std::equal(clip, clip + 4, commands_.back().clip) &&
          commands_.back().offset + commands_.back().count * sizeof(std::uint32_t) == offset) {
        commands_.back().count += static_cast<int>(cmd.ElemCount);
        continue;
      }
      if (list == background) ++backgroundCalls_;
      commands_.push_back({texture, static_cast<int>(cmd.ElemCount), offset, {clip[0], clip[1], clip[2], clip[3]}});
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
  // Set per draw: a move's cross-fade blends the panorama with a constant alpha before this.
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(program_.id());
  glUniform2f(uScale_, scale_[0], scale_[1]);
  glBindVertexArray(vao_);
  std::uint32_t boundTexture = 0;
  bool scissor = false;
  for (const Command& c : commands_) {
    if (c.texture != boundTexture) {
      glBindTexture(GL_TEXTURE_2D, c.texture);
      boundTexture = c.texture;
    }
    // Most commands cover the whole canvas and need no scissor; a scrolling list does.
    const bool clips = c.clip[0] > 0 || c.clip[1] > 0 || c.clip[2] < fbSize_[0] || c.clip[3] < fbSize_[1];
    if (clips != scissor) {
      if (clips) glEnable(GL_SCISSOR_TEST);
      else glDisable(GL_SCISSOR_TEST);
      scissor = clips;
    }
    if (clips) glScissor(c.clip[0], c.clip[1], c.clip[2], c.clip[3]);
    glDrawElements(GL_TRIANGLES, c.count, GL_UNSIGNED_INT, reinterpret_cast<void*>(c.offset));
  }
  if (scissor) glDisable(GL_SCISSOR_TEST);
}

} // namespace shotscape
