#pragma once
// The in-canvas interface's Dear ImGui side for one player: its own ImGui context (several players
// share a page), the fonts (rasterised at the device pixel ratio, rebuilt when it changes), the
// queue of input waiting for the next ImGui frame, and run(): ImGui runs only when the overlay can
// look different (a new model, input, settling, a spinner); otherwise the Stage replays the last
// uploaded geometry, so a frame of camera motion costs a handful of GL calls for the overlay.

#include <cstdint>
#include <memory>
#include <optional>

#include "platform/Platform.h"
#include "player/FrameLoop.h"
#include "render/OverlayRenderer.h"
#include "render/TextCache.h"
#include "ui/ImGuiInput.h"
#include "ui/Overlay.h"
#include "ui/Theme.h"

struct ImGuiContext;

namespace shotscape {

class OverlayHost {
 public:
  OverlayHost() = default;
  ~OverlayHost();
  OverlayHost(const OverlayHost&) = delete;
  OverlayHost& operator=(const OverlayHost&) = delete;

  // Creates the ImGui context (once the player has GL).
  void create();
  ImGuiContext* context() const { return imgui_; }
  void makeCurrent() const;
  ImGuiInput& input() { return input_; }
  // The font files arrived; the overlay is drawn from then on (the panorama does not wait).
  void setFonts(ThemeFontFiles files);
  bool hasFonts() const { return fontsArrived_; }
  // Where text in scripts the font lacks is rasterized (ui/Text.h); set once, with GL.
  void setTextRasterizer(TextRasterizer rasterizer) { text_ = std::make_unique<TextCache>(std::move(rasterizer)); }
  const TextCache* textCache() const { return text_.get(); }
  // The GL context was rebuilt: the font atlas texture is uploaded again at the next run, the
  // text runs rasterized again.
  void gpuRebuilt() {
    fontRatio_ = 0.0f;
    if (text_) text_->forget();
  }
  // The interface's size (1; the 10-foot layout larger): type, spacing, buttons and markers.
  void setUiScale(float scale) {
    uiScale_ = scale;
    fontRatio_ = 0.0f;
  }

  // Runs ImGui for `model` when the overlay can look different, uploading its geometry to
  // `renderer`; the viewer's actions when it ran. `busy`: something animates in the overlay (an
  // indeterminate loading bar, a stall's spinner).
  std::optional<OverlayActions> run(const OverlayModel& model, double pixelRatio, bool busy, FrameLoop& loop,
                                    OverlayRenderer& renderer);

 private:
  ImGuiContext* imgui_ = nullptr;
  ImGuiInput input_;
  Overlay overlay_;
  ThemeFontFiles fontFiles_{};
  bool fontsArrived_ = false;
  ThemeFonts fonts_{};
  float fontRatio_ = 0.0f;
  float uiScale_ = 1.0f;
  OverlayModel drawnModel_{}; // what the uploaded geometry shows
  std::unique_ptr<TextCache> text_;
  std::uint64_t layout_ = 0; // the windows' places and sizes after the last run
};

} // namespace shotscape
