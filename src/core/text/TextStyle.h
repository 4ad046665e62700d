#pragma once
// How a run of interface text is to be shaped and rasterized by the host (ui/Text.h: text in
// scripts the interface font lacks), and the size of what it made.

namespace shotscape {

enum class TextFamily { Proportional = 0, Monospace = 1, Casual = 2 };

struct TextStyle {
  float px = 15.0f;         // CSS px
  int weight = 400;         // 400 regular, 600 semi-bold (titles)
  float maxWidth = 0.0f;    // CSS px; 0 = one line per paragraph
  bool center = false;      // lines centred in the run (captions); else at their start (right for RTL)
  TextFamily family = TextFamily::Proportional;
  bool operator==(const TextStyle&) const = default;
};

// A rasterized run's texture, in device pixels; `pad` on its left and right is room for
// antialiasing and glyphs that overhang their advance, outside the run's layout width.
struct TextRaster {
  int width = 0;
  int height = 0;
  int pad = 0;
};

} // namespace shotscape
