#include "player/OverlayHost.h"

#include <imgui.h>

namespace shotscape {

OverlayHost::~OverlayHost() {
  if (imgui_) ImGui::DestroyContext(imgui_);
}

void OverlayHost::create() {
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGuiInput::configureKeyMap();
  io.BackendRendererName = "shotscape_webgl2";
}

void OverlayHost::makeCurrent() const {
  if (imgui_) ImGui::SetCurrentContext(imgui_);
}

void OverlayHost::setFonts(ThemeFontFiles files) {
  fontFiles_ = std::move(files);
  fontsArrived_ = true;
  fontRatio_ = 0.0f; // rebuild the atlas with them
}

std::optional<OverlayActions> OverlayHost::run(const OverlayModel& model, double pixelRatio, bool busy, FrameLoop& loop,
                                               OverlayRenderer& renderer) {
  if (!fontsArrived_) return std::nullopt;
  if (float(pixelRatio) != fontRatio_) {
    fontRatio_ = float(pixelRatio);
    fonts_ = Theme::apply(fontFiles_, fontRatio_, uiScale_);
    renderer.uploadFonts();
    loop.markOverlayStale();
  }
  const bool changed = !(model == drawnModel_);
  if (!(loop.overlayStale() || input_.pending() || loop.uiSettling() || busy || changed)) return std::nullopt;
  // A window that appears is measured in its first frame and shown in the next: one more run.
  if (changed) loop.settle(1);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(model.width, model.height);
  io.DisplayFramebufferScale = ImVec2(float(pixelRatio), float(pixelRatio));
  io.DeltaTime = 1.0f / 60.0f;
  input_.applyPending();
  ImGui::NewFrame();
  OverlayActions actions = overlay_.draw(model, fonts_);
  ImGui::Render();
  renderer.upload(*ImGui::GetDrawData());
  drawnModel_ = model;
  loop.overlayDrawn();
  return actions;
}

} // namespace shotscape
