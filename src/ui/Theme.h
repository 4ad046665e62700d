#pragma once
// The viewer-facing look of the in-canvas interface: Inter (subset, embedded), rounded translucent
// panels, a quiet palette. Fonts are rasterised at the device pixel ratio so text stays crisp on
// HiDPI screens; call apply() again when the ratio changes.

struct ImFont;

namespace shotscape {

struct ThemeFonts {
  ImFont* body = nullptr;  // Inter Regular, 15 px
  ImFont* title = nullptr; // Inter SemiBold, 19 px
};

class Theme {
 public:
  // Sets the style and (re)builds the font atlas for `pixelRatio`. Returns the fonts to push.
  static ThemeFonts apply(float pixelRatio);
};


} // namespace shotscape
