#pragma once
// The viewer-facing look of the in-canvas interface: Inter (subset at build time, fetched beside
// the player), rounded translucent panels, a quiet palette. Fonts are rasterised at the device
// pixel ratio so text stays crisp on HiDPI screens; call apply() again when the ratio changes.

#include <string>

#include <imgui.h>

struct ImFont;

namespace shotscape {

// Where a control was laid out (CSS pixels), for tests and stats (stats().controlRects): the
// button bar's buttons, the caption style button and the caption style panel's choices.
struct ControlRect {
  std::string id;
  float x = 0.0f, y = 0.0f, w = 0.0f, h = 0.0f;
};
// The last ImGui item's rectangle as a ControlRect (ui code only).
ControlRect lastItemRect(std::string id);

// A right-to-left interface (Arabic) mirrors the overlay's layout: set for each frame; windows
// placed with placeWindow() are mirrored across the canvas (`pos` and `pivot` given as for a
// left-to-right layout), and text items align to the right of their room (ui/Text.h).
void setMirrored(bool mirrored, float canvasWidth);
bool mirrored();
void placeWindow(ImVec2 pos, ImVec2 pivot = ImVec2(0.0f, 0.0f));

struct ThemeFontFiles {
  std::string regular;  // Inter Regular (OTF bytes); empty: ImGui's built-in font stands in
  std::string semiBold; // Inter SemiBold (OTF bytes); empty: the regular face is used
};

struct ThemeFonts {
  ImFont* body = nullptr;  // Inter Regular, 15 px
  ImFont* title = nullptr; // Inter SemiBold, 19 px
};

class Theme {
 public:
  // Sets the style and (re)builds the font atlas for `pixelRatio`. Returns the fonts to push.
  // `uiScale`: the interface's size (1; the 10-foot TV layout 1.5): type, paddings and spacing.
  // Icon buttons and markers follow the body type's size (uiScale()).
  static ThemeFonts apply(const ThemeFontFiles& files, float pixelRatio, float uiScale = 1.0f);
  // The scale the current ImGui frame's body type was built with.
  static float uiScale();
};

} // namespace shotscape
