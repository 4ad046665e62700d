#pragma once
// Text in any script. A string the interface font's atlas covers (Inter's Latin subset) is drawn
// by ImGui, so Latin keeps the Inter look at no extra cost; any other string — Japanese, Arabic,
// Hindi, emoji, a Cyrillic title — is shaped, laid out (bidi, wrapping) and rasterized by the host
// (the browser's Canvas 2D text with the viewer's system fonts) into a texture that a TextSource
// caches, and drawn as an image. Without a source (the null platform) ImGui draws it anyway, with
// its replacement glyph for what the atlas lacks: visible, never blank.
//
// The text is only ever drawn: manifest and caption text never reach the DOM as HTML.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <imgui.h>

#include "core/text/TextStyle.h"

namespace shotscape {

// A rasterized run: its texture (white text with coverage in alpha, tinted when drawn) and its
// layout size in CSS pixels; the texture extends `pad` CSS px beyond it on the left and right
// (antialiasing and glyphs that overhang their advance).
struct TextRun {
  std::uint32_t texture = 0;
  float width = 0.0f;
  float height = 0.0f;
  float pad = 0.0f;
  float textureWidth = 0.0f;  // CSS px, the whole texture
  float textureHeight = 0.0f;
};

class TextSource {
 public:
  virtual ~TextSource() = default;
  // The run for `text` in `style`; nullopt when the host cannot rasterize text.
  virtual std::optional<TextRun> run(std::string_view text, const TextStyle& style) = 0;
};

namespace text {

// Set by the overlay's host for each ImGui frame: where runs come from (null: ImGui only) and the
// semi-bold font (so a run knows its weight).
void begin(TextSource* source, const ImFont* titleFont);

// True when every code point of `s` is in the interface font's atlas (ImGui draws it).
bool atlasCovers(std::string_view s);

// The size of `s` in the current font, wrapped at `wrap` CSS px (0: not wrapped); `center` as the
// draw() that follows will have it (one run serves both).
ImVec2 size(std::string_view s, float wrap = 0.0f, bool center = false);
// Draws `s` with its top left at `pos`.
void draw(ImDrawList* list, ImVec2 pos, ImU32 color, std::string_view s, float wrap = 0.0f, bool center = false);
// Text at another size or in another family than the current font (captions as the viewer styled
// them): the host draws it unless the atlas covers it at the current font's own size and family.
struct TextLook {
  float px = 0.0f; // CSS px; 0 = the current font's size
  TextFamily family = TextFamily::Proportional;
};
ImVec2 sizeAs(std::string_view s, const TextLook& look, float wrap = 0.0f, bool center = false);
void drawAs(ImDrawList* list, ImVec2 pos, ImU32 color, std::string_view s, const TextLook& look, float wrap = 0.0f,
            bool center = false);
// `s` as a layout item at the cursor (like ImGui::TextUnformatted), wrapped at `wrap` CSS px; < 0:
// at the end of the content region.
void item(std::string_view s, float wrap = -1.0f, std::optional<ImU32> color = std::nullopt);
// A button labelled `label` (ImGui::Button's look); `id` keeps it apart from others with that label.
bool button(const char* id, std::string_view label, ImVec2 size = ImVec2(0, 0));
// `s` on one line no wider than `width` CSS px: itself, or cut at a character with "…".
std::string fit(std::string_view s, float width);
// A tooltip beside the pointer.
void tooltip(std::string_view s);

} // namespace text

} // namespace shotscape
