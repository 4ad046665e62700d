#pragma once
// How the viewer likes captions drawn (issue 17, part 4; the choices streaming services offer and
// the FCC's rules for captioned IP video list): text size 50–200 %, text colour, background colour
// and opacity, edge style, font family. Written and read as "key:value" pairs separated by ";" —
// the element's `caption-style` attribute, setCaptionStyle()'s string form, and what is remembered
// for the site (localStorage) — e.g. "size:150; color:yellow; background:black; opacity:100;
// edge:outline; font:monospace". Colours are a name of the palette below or #rrggbb.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/TextStyle.h"

namespace shotscape {

enum class CaptionEdge { None = 0, Raised = 1, Depressed = 2, Outline = 3, Shadow = 4 };

struct CaptionStyle {
  int size = 100;                   // percent of the captions' standard size (19 CSS px), [50, 200]
  std::uint32_t color = 0xFFFFFF;   // 0xRRGGBB
  std::uint32_t background = 0x000000;
  int opacity = 75;                 // the background's, percent [0, 100]
  CaptionEdge edge = CaptionEdge::None;
  TextFamily font = TextFamily::Proportional;
  bool operator==(const CaptionStyle&) const = default;
};

struct NamedColor {
  const char* name;
  std::uint32_t rgb;
};
// The palette the settings panel offers (the eight colours of US caption decoders).
inline constexpr std::array<NamedColor, 8> kCaptionColors{{{"white", 0xFFFFFF},
                                                          {"yellow", 0xFFFF00},
                                                          {"green", 0x00FF00},
                                                          {"cyan", 0x00FFFF},
                                                          {"blue", 0x0000FF},
                                                          {"magenta", 0xFF00FF},
                                                          {"red", 0xFF0000},
                                                          {"black", 0x000000}}};
inline constexpr std::array<int, 6> kCaptionSizes{50, 75, 100, 125, 150, 200};
inline constexpr std::array<int, 5> kCaptionOpacities{0, 25, 50, 75, 100};

struct CaptionStyleParse {
  CaptionStyle style;
  std::vector<std::string> warnings; // one per ignored pair, naming it and why
};

// Reads `text` over `base`: each known key replaces that field; an unknown key or bad value is
// ignored with a warning; out-of-range numbers are clamped (and said).
CaptionStyleParse parseCaptionStyle(std::string_view text, const CaptionStyle& base = {});
// Every field, in the form parseCaptionStyle() reads back to the same style.
std::string formatCaptionStyle(const CaptionStyle& style);
// {"size":…,"color":"yellow"|"#rrggbb","background":…,"opacity":…,"edge":"none"|…,"font":"proportional"|…}
std::string captionStyleJson(const CaptionStyle& style);
// The start when the viewer asked the system for more contrast (prefers-contrast: more): white
// on a fully opaque black box.
CaptionStyle highContrastCaptionStyle();

const char* captionEdgeName(CaptionEdge edge);
const char* textFamilyName(TextFamily family);
std::string captionColorName(std::uint32_t rgb); // a palette name, else #rrggbb

} // namespace shotscape
