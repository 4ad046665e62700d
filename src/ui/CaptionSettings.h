#pragma once
// The caption style panel (core/media/CaptionStyle): text size, text colour, background colour and
// opacity, edge, font, a live preview, Reset and Done. Each choice is a button (arrow keys and
// Tab move between them, Enter/Space picks), the picked one marked; a pick is reported at once, so
// the captions change as the viewer chooses.

#include <optional>
#include <vector>

#include <imgui.h>

#include "core/media/CaptionStyle.h"
#include "ui/Theme.h"

namespace shotscape {

struct CaptionSettingsActions {
  std::optional<CaptionStyle> style; // a choice was made: the whole new style
  bool reset = false;
  bool close = false;
  std::vector<ControlRect> controls; // not an action: each choice's button ("caption-size-150",
                                     // "caption-color-yellow", "caption-background-black",
                                     // "caption-opacity-100", "caption-edge-outline",
                                     // "caption-font-monospace", "caption-reset", "caption-done")
};

class CaptionSettings {
 public:
  // Drawn with its bottom right corner at `corner`, at most `maxWidth` wide.
  static CaptionSettingsActions draw(const CaptionStyle& style, ImVec2 corner, float maxWidth, const ThemeFonts& fonts);
};

} // namespace shotscape
