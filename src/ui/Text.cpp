#include "ui/Text.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <imgui_internal.h>

#include "ui/Theme.h"

namespace shotscape::text {

namespace {
TextSource* gSource = nullptr;
const ImFont* gTitleFont = nullptr;

// The run for `s` in the current font, or nullopt when ImGui draws it (its atlas covers it, or no
// host can rasterize text).
std::optional<TextRun> hostRun(std::string_view s, float wrap, bool center, const TextLook& look = {}) {
  const float px = look.px > 0.0f ? look.px : ImGui::GetFontSize();
  const bool asFont = look.family == TextFamily::Proportional && std::fabs(px - ImGui::GetFontSize()) < 0.01f;
  if (!gSource || (asFont && atlasCovers(s))) return std::nullopt;
  TextStyle style;
  // ImGui sizes a font by its line (ascent to descent), CSS by its em: Inter's line is 1.2102 em
  // (hhea 2728 + 680 of 2816 units), so a run at the atlas's size is set at 1/1.2102 of it.
  style.px = px * (2816.0f / 3408.0f);
  style.family = look.family;
  style.weight = ImGui::GetFont() == gTitleFont ? 600 : 400;
  style.maxWidth = std::max(0.0f, wrap);
  style.center = center;
  return gSource->run(s, style);
}

void drawRun(ImDrawList* list, const TextRun& r, ImVec2 pos, ImU32 color) {
  // On whole device pixels: the texture's texels one to one with the screen's (sampled between
  // them, thin strokes would blur).
  const float ratio = std::max(1.0f, ImGui::GetIO().DisplayFramebufferScale.x);
  const ImVec2 min(std::round((pos.x - r.pad) * ratio) / ratio, std::round(pos.y * ratio) / ratio);
  list->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(r.texture)), min,
                 ImVec2(min.x + r.textureWidth, min.y + r.textureHeight), ImVec2(0, 0), ImVec2(1, 1), color);
}

// ImGui's own wrap width for text at the cursor (PushTextWrapPos: < 0 none, 0 the content
// region's end, else that local x).
float currentWrap() {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  const float pos = w->DC.TextWrapPos;
  if (pos < 0.0f) return 0.0f;
  const float cursorX = w->DC.CursorPos.x - w->Pos.x;
  const float end = pos == 0.0f ? ImGui::GetWindowContentRegionMax().x : pos;
  return std::max(1.0f, end - cursorX);
}
} // namespace

void begin(TextSource* source, const ImFont* titleFont) {
  gSource = source;
  gTitleFont = titleFont;
}

bool atlasCovers(std::string_view s) {
  const ImFont* font = ImGui::GetFont();
  const char* p = s.data();
  const char* end = s.data() + s.size();
  while (p < end) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) return false;
    p += n;
    if (c == '\n' || c == '\r' || c == '\t') continue;
    if (c == IM_UNICODE_CODEPOINT_INVALID || !font || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) return false;
  }
  return true;
}

ImVec2 size(std::string_view s, float wrap, bool center) {
  if (const auto r = hostRun(s, wrap, center)) return ImVec2(r->width, r->height);
  return ImGui::CalcTextSize(s.data(), s.data() + s.size(), false, wrap > 0.0f ? wrap : -1.0f);
}

void draw(ImDrawList* list, ImVec2 pos, ImU32 color, std::string_view s, float wrap, bool center) {
  if (const auto r = hostRun(s, wrap, center)) return drawRun(list, *r, pos, color);
  list->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, color, s.data(), s.data() + s.size(), wrap > 0.0f ? wrap : 0.0f);
}

ImVec2 sizeAs(std::string_view s, const TextLook& look, float wrap, bool center) {
  if (const auto r = hostRun(s, wrap, center, look)) return ImVec2(r->width, r->height);
  const float px = look.px > 0.0f ? look.px : ImGui::GetFontSize();
  return ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, wrap > 0.0f ? wrap : 0.0f, s.data(), s.data() + s.size());
}

void drawAs(ImDrawList* list, ImVec2 pos, ImU32 color, std::string_view s, const TextLook& look, float wrap, bool center) {
  if (const auto r = hostRun(s, wrap, center, look)) return drawRun(list, *r, pos, color);
  const float px = look.px > 0.0f ? look.px : ImGui::GetFontSize();
  list->AddText(ImGui::GetFont(), px, pos, color, s.data(), s.data() + s.size(), wrap > 0.0f ? wrap : 0.0f);
}

void item(std::string_view s, float wrap, std::optional<ImU32> color) {
  const float width = wrap < 0.0f ? currentWrap() : wrap;
  // A mirrored (right-to-left) interface: the item at the right of its room.
  if (mirrored()) {
    const float room = width > 0.0f ? width : ImGui::GetContentRegionAvail().x;
    const float used = text::size(s, width).x;
    if (room > used) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - used);
  }
  if (const auto r = hostRun(s, width, false)) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    drawRun(ImGui::GetWindowDrawList(), *r, at, color ? *color : ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::Dummy(ImVec2(r->width, r->height));
    return;
  }
  if (color) ImGui::PushStyleColor(ImGuiCol_Text, *color);
  if (wrap >= 0.0f) ImGui::PushTextWrapPos(wrap > 0.0f ? ImGui::GetCursorPosX() + wrap : -1.0f);
  ImGui::TextUnformatted(s.data(), s.data() + s.size());
  if (wrap >= 0.0f) ImGui::PopTextWrapPos();
  if (color) ImGui::PopStyleColor();
}

bool button(const char* id, std::string_view label, ImVec2 size) {
  const auto r = hostRun(label, 0.0f, false);
  if (!r) {
    const std::string text = std::string(label) + "##" + id;
    return ImGui::Button(text.c_str(), size);
  }
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  if (size.x <= 0.0f) size.x = r->width + 2.0f * padding.x;
  if (size.y <= 0.0f) size.y = r->height + 2.0f * padding.y;
  ImGui::PushID(id);
  const bool pressed = ImGui::Button("##label", size);
  ImGui::PopID();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  drawRun(ImGui::GetWindowDrawList(), *r,
          ImVec2(min.x + (max.x - min.x - r->width) * 0.5f, min.y + (max.y - min.y - r->height) * 0.5f),
          ImGui::GetColorU32(ImGuiCol_Text));
  return pressed;
}

std::string fit(std::string_view s, float width) {
  if (text::size(s).x <= width) return std::string(s);
  // Code point boundaries; the longest prefix that fits with "…", by bisection (each measure of a
  // host run rasterizes it, so few are tried).
  std::vector<std::size_t> cuts;
  for (std::size_t i = 1; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) cuts.push_back(i);
  std::size_t lo = 0, hi = cuts.size(); // prefixes cuts[0..lo) fit; try up to hi
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (text::size(std::string(s.substr(0, cuts[mid - 1])) + "…").x <= width) lo = mid;
    else hi = mid - 1;
  }
  return (lo == 0 ? std::string() : std::string(s.substr(0, cuts[lo - 1]))) + "…";
}

void tooltip(std::string_view s) {
  if (!hostRun(s, 0.0f, false)) {
    const std::string text(s);
    ImGui::SetTooltip("%s", text.c_str());
    return;
  }
  ImGui::BeginTooltip();
  item(s, ImGui::GetFontSize() * 24.0f);
  ImGui::EndTooltip();
}

} // namespace shotscape::text
