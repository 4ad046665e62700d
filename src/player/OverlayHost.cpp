#include "player/OverlayHost.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/Text.h"

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
  if (text_) text_->beginPass(float(pixelRatio));
  text::begin(text_.get(), fonts_.title);
  OverlayActions actions = overlay_.draw(model, fonts_);
  ImGui::Render();
  text::begin(nullptr, nullptr);
  renderer.upload(*ImGui::GetDrawData());
  if (text_) text_->endPass();
  // A window that auto-sizes (or whose content follows its size) can take a few frames to settle:
  // while any window's place or size still changes, run again (else the last frame would show a
  // layout in between, and a control's rectangle would not be where it is drawn next).
  std::uint64_t layout = 1469598103934665603ull;
  for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    if (!w->Active) continue;
    for (const float f : {w->Pos.x, w->Pos.y, w->Size.x, w->Size.y})
      layout = (layout ^ static_cast<std::uint64_t>(static_cast<std::int64_t>(f * 4.0f))) * 1099511628211ull;
  }
  if (layout != layout_) loop.settle(1);
  layout_ = layout;
  drawnModel_ = model;
  loop.overlayDrawn();
  return actions;
}

} // namespace shotscape
