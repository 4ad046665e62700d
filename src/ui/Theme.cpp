#include "ui/Theme.h"


#include <imgui.h>

namespace shotscape {

namespace {
ImFont* addFont(const std::string& data, float size, float pixelRatio) {
  if (data.empty()) return nullptr;
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false; // the bytes live in ThemeFontFiles, owned by the caller
  config.OversampleH = 1; // rasterised at device pixels already; oversampling only costs start-up time
  config.OversampleV = 1;
  config.PixelSnapH = false;
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2013, 0x2026, 0x2190, 0x2193, 0x25B6, 0x25B6, 0};
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(data.data()), static_cast<int>(data.size()),
                                                    size * pixelRatio, &config, ranges);
}
} // namespace

namespace {
bool gMirrored = false;
float gCanvasWidth = 0.0f;
} // namespace

void setMirrored(bool mirrored, float canvasWidth) {
  gMirrored = mirrored;
  gCanvasWidth = canvasWidth;
}

bool mirrored() { return gMirrored; }

void placeWindow(ImVec2 pos, ImVec2 pivot) {
  if (gMirrored) {
    pos.x = gCanvasWidth - pos.x;
    pivot.x = 1.0f - pivot.x;
  }
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
}

ControlRect lastItemRect(std::string id) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  return {std::move(id), min.x, min.y, max.x - min.x, max.y - min.y};
}

float Theme::uiScale() { return ImGui::GetFontSize() > 0.0f ? ImGui::GetFontSize() / 15.0f : 1.0f; }

ThemeFonts Theme::apply(const ThemeFontFiles& files, float pixelRatio, float uiScale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ThemeFonts fonts;
  // One weight missing: the other serves for both (the player ships no built-in font: README,
  // "Performance"). Both missing: no interface (Player says so).
  const std::string& regular = files.regular.empty() ? files.semiBold : files.regular;
  const std::string& semiBold = files.semiBold.empty() ? files.regular : files.semiBold;
  fonts.body = addFont(regular, 15.0f * uiScale, pixelRatio);
  fonts.title = addFont(semiBold, 19.0f * uiScale, pixelRatio);
  if (!fonts.body) return fonts;
  io.FontDefault = fonts.body;
  // Glyphs are rasterised at device pixels and drawn at CSS pixels.
  io.FontGlobalScale = 1.0f / pixelRatio;

  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowRounding = 12.0f;
  style.ChildRounding = 10.0f;
  style.FrameRounding = 8.0f;
  style.GrabRounding = 8.0f;
  style.PopupRounding = 10.0f;
  style.WindowBorderSize = 0.0f;
  style.FrameBorderSize = 0.0f;
  style.WindowPadding = ImVec2(16, 12);
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(8, 6);
  style.AntiAliasedFill = true;
  style.AntiAliasedLines = true;
  if (uiScale != 1.0f) style.ScaleAllSizes(uiScale);

  ImVec4* c = style.Colors;
  const ImVec4 panel(0.06f, 0.07f, 0.09f, 0.72f);
  c[ImGuiCol_WindowBg] = panel;
  c[ImGuiCol_PopupBg] = ImVec4(0.06f, 0.07f, 0.09f, 0.92f);
  c[ImGuiCol_Text] = ImVec4(0.96f, 0.96f, 0.97f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.70f, 0.72f, 0.76f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(1.0f, 1.0f, 1.0f, 0.10f);
  c[ImGuiCol_ButtonHovered] = ImVec4(1.0f, 1.0f, 1.0f, 0.22f);
  c[ImGuiCol_ButtonActive] = ImVec4(1.0f, 1.0f, 1.0f, 0.32f);
  c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.12f);
  c[ImGuiCol_PlotHistogram] = ImVec4(0.98f, 0.76f, 0.33f, 1.0f); // warm amber: the loading bar
  c[ImGuiCol_NavHighlight] = ImVec4(0.98f, 0.76f, 0.33f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(1.0f, 1.0f, 1.0f, 0.08f);
  return fonts;
}

} // namespace shotscape
