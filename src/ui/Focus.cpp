#include "ui/Focus.h"

#include <algorithm>

#include <imgui.h>

#include "core/text/UiText.h"

namespace shotscape::focus {

namespace {
std::string gFocused;
int gGroup = 0;
std::vector<FocusTarget> gTargets;
} // namespace

void begin(const std::string& focused) {
  gFocused = focused;
  gGroup = 0;
  gTargets.clear();
}

void group(FocusGroup g) { gGroup = static_cast<int>(g); }

void control(std::string id, std::string_view label, const char* role, std::string_view state) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  if (!gFocused.empty() && id == gFocused) {
    // Above every window: a near-black band with the amber ring inside it.
    ImDrawList* list = ImGui::GetForegroundDrawList();
    list->AddRect(ImVec2(min.x - 4.0f, min.y - 4.0f), ImVec2(max.x + 4.0f, max.y + 4.0f), IM_COL32(8, 9, 12, 235), 9.0f, 0, 5.0f);
    list->AddRect(ImVec2(min.x - 3.0f, min.y - 3.0f), ImVec2(max.x + 3.0f, max.y + 3.0f), IM_COL32(251, 194, 84, 255), 8.0f, 0, 2.5f);
  }
  // Roles and the usual states in the interface's language (core/text/UiText).
  const std::string english(state);
  gTargets.push_back({std::move(id), std::string(label), tr(role), tr(english.c_str()), min.x, min.y, max.x - min.x, max.y - min.y, gGroup});
}

std::vector<FocusTarget> end() {
  std::stable_sort(gTargets.begin(), gTargets.end(), [](const FocusTarget& a, const FocusTarget& b) { return a.group < b.group; });
  return std::move(gTargets);
}

} // namespace shotscape::focus
