#include "ui/CaptionSettings.h"

#include <algorithm>
#include <string>

#include "core/text/UiText.h"
#include "ui/Focus.h"
#include "ui/HotspotPanel.h"
#include "ui/Text.h"

namespace shotscape {

namespace {
const ImVec4 kPicked(0.98f, 0.76f, 0.33f, 0.35f);

// A row of labelled choices; true (with `picked`) when one was pressed.
template <typename T, std::size_t N>
bool choices(const char* id, const char* heading, const std::array<T, N>& values, const T& current,
             const char* (*label)(const T&), std::string (*token)(const T&), T& picked, std::vector<ControlRect>& controls) {
  text::item(heading, -1.0f, ImGui::GetColorU32(ImGuiCol_TextDisabled));
  bool changed = false;
  ImGui::PushID(id);
  for (std::size_t i = 0; i < N; ++i) {
    // Flowed: on the same line while the next button fits (a phone's narrow panel wraps the row).
    const float w = text::size(tr(label(values[i]))).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    if (i > 0 && ImGui::GetItemRectMax().x + 4.0f + w <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
      ImGui::SameLine(0.0f, 4.0f);
    const bool on = values[i] == current;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, kPicked);
    ImGui::PushID(static_cast<int>(i));
    if (text::button("choice", tr(label(values[i])), ImVec2(0, 28.0f)) && !on) {
      picked = values[i];
      changed = true;
    }
    controls.push_back(lastItemRect(std::string("caption-") + id + "-" + token(values[i])));
    focus::control(controls.back().id, std::string(heading) + " " + tr(label(values[i])), "button", on ? "selected" : "");
    ImGui::PopID();
    if (on) ImGui::PopStyleColor();
  }
  ImGui::PopID();
  return changed;
}

// A row of colour swatches (the palette); true (with `picked`) when one was pressed.
bool swatches(const char* id, const char* heading, std::uint32_t current, std::uint32_t& picked,
              std::vector<ControlRect>& controls) {
  text::item(heading, -1.0f, ImGui::GetColorU32(ImGuiCol_TextDisabled));
  bool changed = false;
  ImGui::PushID(id);
  for (std::size_t i = 0; i < kCaptionColors.size(); ++i) {
    if (i > 0) ImGui::SameLine(0.0f, 6.0f);
    const NamedColor& c = kCaptionColors[i];
    ImGui::PushID(static_cast<int>(i));
    const bool pressed = ImGui::InvisibleButton(c.name, ImVec2(28.0f, 28.0f));
    ImGui::PopID();
    controls.push_back(lastItemRect(std::string("caption-") + id + "-" + c.name));
    focus::control(controls.back().id, std::string(heading) + " " + tr(c.name), "button", c.rgb == current ? "selected" : "");
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const bool on = c.rgb == current;
    if (on || ImGui::IsItemHovered() || ImGui::IsItemFocused())
      list->AddCircle(centre, 13.0f, on ? IM_COL32(251, 194, 84, 255) : IM_COL32(255, 255, 255, 200), 24, 2.5f);
    list->AddCircleFilled(centre, 9.0f, IM_COL32((c.rgb >> 16) & 0xFF, (c.rgb >> 8) & 0xFF, c.rgb & 0xFF, 255), 24);
    list->AddCircle(centre, 9.0f, IM_COL32(255, 255, 255, 120), 24, 1.0f);
    if (ImGui::IsItemHovered()) text::tooltip(tr(c.name));
    if (pressed && !on) {
      picked = c.rgb;
      changed = true;
    }
  }
  ImGui::PopID();
  return changed;
}

const char* sizeLabel(const int& v) {
  static const char* const names[] = {"50%", "75%", "100%", "125%", "150%", "200%"};
  for (std::size_t i = 0; i < kCaptionSizes.size(); ++i)
    if (kCaptionSizes[i] == v) return names[i];
  return "";
}
const char* opacityLabel(const int& v) {
  static const char* const names[] = {"0%", "25%", "50%", "75%", "100%"};
  for (std::size_t i = 0; i < kCaptionOpacities.size(); ++i)
    if (kCaptionOpacities[i] == v) return names[i];
  return "";
}
const char* edgeLabel(const CaptionEdge& e) {
  static const char* const names[] = {"None", "Raised", "Depressed", "Outline", "Shadow"};
  return names[static_cast<int>(e)];
}
std::string number(const int& v) { return std::to_string(v); }
std::string edgeToken(const CaptionEdge& e) { return captionEdgeName(e); }
std::string fontToken(const TextFamily& f) { return textFamilyName(f); }
const char* fontLabel(const TextFamily& f) {
  static const char* const names[] = {"Standard", "Monospace", "Casual"};
  return names[static_cast<int>(f)];
}
} // namespace

CaptionSettingsActions CaptionSettings::draw(const CaptionStyle& style, ImVec2 corner, float maxWidth, const ThemeFonts& fonts) {
  CaptionSettingsActions a;
  CaptionStyle next = style;
  placeWindow(corner, ImVec2(1.0f, 1.0f));
  // As wide as its widest row (or the room there is), as tall as its content (scrolling when the
  // canvas is shorter).
  ImGui::SetNextWindowSize(ImVec2(std::min(maxWidth, 384.0f * Theme::uiScale()), 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(maxWidth, std::max(120.0f, corner.y - 16.0f)));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.06f, 0.07f, 0.09f, 1.0f));
  ImGui::Begin("##caption-style", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::PushFont(fonts.title);
  text::item(tr("Caption style"));
  ImGui::PopFont();
  bool changed = false;
  static constexpr std::array<CaptionEdge, 5> kEdges{CaptionEdge::None, CaptionEdge::Raised, CaptionEdge::Depressed,
                                                      CaptionEdge::Outline, CaptionEdge::Shadow};
  static constexpr std::array<TextFamily, 3> kFonts{TextFamily::Proportional, TextFamily::Monospace, TextFamily::Casual};
  std::vector<ControlRect>& c = a.controls;
  changed |= choices("size", tr("Text size"), kCaptionSizes, style.size, sizeLabel, number, next.size, c);
  changed |= swatches("color", tr("Text colour"), style.color, next.color, c);
  changed |= swatches("background", tr("Background"), style.background, next.background, c);
  changed |= choices("opacity", tr("Background opacity"), kCaptionOpacities, style.opacity, opacityLabel, number, next.opacity, c);
  changed |= choices("edge", tr("Edge"), kEdges, style.edge, edgeLabel, edgeToken, next.edge, c);
  changed |= choices("font", tr("Font"), kFonts, style.font, fontLabel, fontToken, next.font, c);
  if (changed) a.style = next;
  // A preview in the style chosen, on its background, over a mid grey like a scene's.
  ImGui::Spacing();
  ImGui::PushFont(fonts.title);
  const char* sample = tr("Captions look like this");
  const float k = float(style.size) / 100.0f;
  const float wrap = std::max(60.0f, ImGui::GetContentRegionAvail().x - 16.0f - 28.0f * k);
  const ImVec2 size = HotspotPanel::captionText(sample, style, wrap, false, ImVec2(), true);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 box(size.x + 28.0f * k, size.y + 16.0f * k);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(at, ImVec2(at.x + std::max(box.x, ImGui::GetContentRegionAvail().x), at.y + box.y + 16.0f),
                      IM_COL32(90, 96, 104, 255), 6.0f);
  const std::uint32_t bg = style.background;
  list->AddRectFilled(ImVec2(at.x + 8.0f, at.y + 8.0f), ImVec2(at.x + 8.0f + box.x, at.y + 8.0f + box.y),
                      IM_COL32((bg >> 16) & 0xFF, (bg >> 8) & 0xFF, bg & 0xFF, int(2.55f * float(style.opacity))), 6.0f);
  HotspotPanel::captionText(sample, style, wrap, false, ImVec2(at.x + 8.0f + 14.0f * k, at.y + 8.0f + 8.0f * k));
  ImGui::Dummy(ImVec2(box.x + 16.0f, box.y + 16.0f));
  ImGui::PopFont();
  ImGui::Spacing();
  a.reset = text::button("reset", tr("Reset"));
  c.push_back(lastItemRect("caption-reset"));
  focus::control("caption-reset", tr("Reset the caption style"));
  ImGui::SameLine();
  a.close = text::button("done", tr("Done"));
  c.push_back(lastItemRect("caption-done"));
  focus::control("caption-done", tr("Done, close the caption style"));
  ImGui::End();
  ImGui::PopStyleColor();
  return a;
}

} // namespace shotscape
