#include "ui/TourBar.h"

#include <algorithm>

#include <imgui.h>

#include "core/text/UiText.h"
#include "ui/Focus.h"
#include "ui/Icons.h"
#include "ui/Text.h"
#include "ui/Theme.h"

namespace shotscape {

namespace {
constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing;
constexpr float kMargin = 16.0f;

// One scene of the list: its preview (or a dark card), its title below; true when picked.
bool sceneCard(const TourSceneView& s, float cardWidth) {
  const float thumbHeight = cardWidth * 0.5f;
  ImGui::PushID(s.id.c_str());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float lineHeight = ImGui::GetTextLineHeight();
  const bool picked = ImGui::InvisibleButton("##scene", ImVec2(cardWidth, thumbHeight + lineHeight + 8.0f)) && !s.current && !s.failed;
  focus::control("scene-" + s.id, s.title, "button", s.current ? tr("the scene shown") : s.failed ? tr("could not be loaded") : "");
  const bool hovered = ImGui::IsItemHovered() || ImGui::IsItemFocused();
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 thumbEnd(at.x + cardWidth, at.y + thumbHeight);
  if (s.texture) list->AddImage(reinterpret_cast<ImTextureID>(s.texture), at, thumbEnd);
  else list->AddRectFilled(at, thumbEnd, IM_COL32(40, 44, 52, 255), 4.0f);
  if (s.failed) list->AddRectFilled(at, thumbEnd, IM_COL32(60, 10, 10, 170), 4.0f);
  const ImU32 amber = IM_COL32(251, 194, 84, 255);
  if (s.current) list->AddRect(at, thumbEnd, amber, 4.0f, 0, 2.5f);
  else if (hovered && !s.failed) list->AddRect(at, thumbEnd, IM_COL32(255, 255, 255, 220), 4.0f, 0, 2.0f);
  // The title on one line, cut with an ellipsis where the card ends (the amber frame marks the
  // scene shown; a failed one says so).
  const std::string label = text::fit(s.failed ? tr("Could not be loaded") : s.title, cardWidth);
  text::draw(list, ImVec2(at.x, thumbEnd.y + 4.0f), s.current ? amber : ImGui::GetColorU32(ImGuiCol_Text), label);
  ImGui::PopID();
  return picked;
}
} // namespace

TourActions drawTourBar(const TourView& v, float width, float height) {
  TourActions a;
  placeWindow(ImVec2(width - kMargin, kMargin), ImVec2(1.0f, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
  ImGui::Begin("##tour", nullptr, kFlags);
  if (v.canGoBack) {
    const std::string tip = trf("Back to {0} (Backspace)", {v.backLabel});
    a.back = iconButton("back", Icon::Back, tip.c_str());
    ImGui::SameLine();
  }
  a.toggleList = iconButton("scenes", Icon::Scenes, v.listOpen ? tr("Close the scene list") : tr("Scenes of this shot"), v.listOpen);
  const float barBottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
  ImGui::End();
  ImGui::PopStyleVar();
  if (!v.listOpen) return a;
  // The list below the bar: as many columns of cards as fit, at most three.
  const float available = std::min(width - 2 * kMargin, 560.0f);
  const int columns = std::clamp(int(available / 170.0f), 1, 3);
  const float spacing = 10.0f;
  const float cardWidth = std::min(160.0f, (available - 24.0f - spacing * float(columns - 1)) / float(columns));
  placeWindow(ImVec2(width - kMargin, barBottom + 8.0f), ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(available, std::max(120.0f, height - barBottom - 90.0f)));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.06f, 0.07f, 0.09f, 0.96f));
  ImGui::Begin("##scenes", nullptr, (kFlags & ~ImGuiWindowFlags_NoDecoration) | ImGuiWindowFlags_NoTitleBar |
                                      ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  text::item("Scenes");
  ImGui::Spacing();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
  for (size_t i = 0; i < v.scenes.size(); ++i) {
    if (i % size_t(columns)) ImGui::SameLine();
    if (sceneCard(v.scenes[i], cardWidth)) a.go = v.scenes[i].id;
  }
  ImGui::PopStyleVar();
  ImGui::End();
  ImGui::PopStyleColor();
  return a;
}

} // namespace shotscape
