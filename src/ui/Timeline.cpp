#include "ui/Timeline.h"
#include "core/text/UiText.h"
#include "core/text/NumberFormat.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "ui/Focus.h"
#include "ui/Icons.h"
#include "ui/Text.h"
#include "ui/Theme.h"

namespace shotscape {

namespace {
constexpr float kMargin = 16.0f;
const ImU32 kAmber = IM_COL32(251, 194, 84, 255);

// A horizontal bar: x in [x0, x0 + w] maps to [0, duration]; returns the pointed time while it is
// pressed or on release.
struct Bar {
  ImVec2 at;
  float w;
  float fraction(float x) const { return std::clamp((x - at.x) / w, 0.0f, 1.0f); }
};

void spinner(float cx, float cy) {
  ImDrawList* list = ImGui::GetForegroundDrawList();
  const float t = static_cast<float>(ImGui::GetTime()) * 6.0f;
  list->AddCircleFilled(ImVec2(cx, cy), 30.0f, IM_COL32(0, 0, 0, 120), 32);
  list->PathArcTo(ImVec2(cx, cy), 18.0f, t, t + 4.2f, 24);
  list->PathStroke(kAmber, 0, 3.0f);
}
} // namespace

static void volumeSlider(const TimelineView& v, TimelineActions& a, ImVec2 mouse);

std::string formatClock(double seconds) {
  const int s = std::max(0, static_cast<int>(std::floor(seconds)));
  if (s >= 3600) return std::to_string(s / 3600) + ":" + formatPadded(s / 60 % 60, 2) + ":" + formatPadded(s % 60, 2);
  return std::to_string(s / 60) + ":" + formatPadded(s % 60, 2);
}

TimelineActions Timeline::drawPrompts(const TimelineView& v, float width, float height, float bottom, bool soundPrompt) {
  TimelineActions a;
  if (v.waiting) spinner(width * 0.5f, height * 0.5f);
  if (v.soundLocked && soundPrompt) {
    placeWindow(ImVec2(kMargin, height - kMargin - bottom), ImVec2(0.0f, 1.0f));
    ImGui::Begin("##sound", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.98f, 0.76f, 0.33f, 0.35f));
    a.unlockSound = text::button("sound", tr("Tap for sound"), ImVec2(0, 32));
    focus::control("unlock-sound", tr("Tap for sound"));
    ImGui::PopStyleColor();
    ImGui::End();
  }
  return a;
}

TimelineActions Timeline::draw(const TimelineView& v, float width, float height, float right) {
  TimelineActions a;
  // Narrow screens (phones): a row of its own above the buttons, the scrub bar as wide as it can
  // be with a thumb-sized handle, and the volume left to the phone's keys behind the mute button.
  const bool narrow = width < kNarrowWidth;
  const float x0 = kMargin, w = narrow ? width - 2.0f * kMargin : std::max(200.0f, right - 8.0f - x0);
  placeWindow(ImVec2(x0, height - kMargin - (narrow ? kRowAboveButtons : 0.0f)), ImVec2(0.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(w, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
  ImGui::Begin("##timeline", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_AlwaysAutoResize);
  a.togglePlay = iconButton("play", v.playing ? Icon::Pause : Icon::Play, v.playing ? tr("Pause (K)") : tr("Play (K)"));
  ImGui::SameLine();
  // The scrub bar takes what the time, mute and volume controls leave; where that would be under
  // 100 px (a very narrow player), the time shows only where it is, or not at all.
  const float tail = kIconSize + (narrow ? 8.0f : 104.0f) + (v.quality.empty() ? 0.0f : ImGui::CalcTextSize(v.quality.c_str()).x + 12.0f);
  std::string label = formatClock(v.time) + " / " + formatClock(v.duration);
  const float room = ImGui::GetContentRegionAvail().x - tail - 2.0f * ImGui::GetStyle().ItemSpacing.x;
  if (room - ImGui::CalcTextSize(label.c_str()).x < 100.0f) label = formatClock(v.time);
  if (room - ImGui::CalcTextSize(label.c_str()).x < 60.0f) label.clear();
  if (!label.empty()) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 9.0f);
    ImGui::TextUnformatted(label.c_str());
    ImGui::SameLine();
  }
  const float barW = std::max(60.0f, ImGui::GetContentRegionAvail().x - tail);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 9.0f);
  ImGui::InvisibleButton("scrub", ImVec2(barW, kIconSize));
  focus::control("scrub", tr("Video position"), "slider",
                 trf("{0} of {1}. Left and right arrows move 10 seconds", {formatClock(v.time), formatClock(v.duration)}));
  const Bar bar{ImVec2(at.x, at.y - 9.0f), barW};
  const float pointed = bar.fraction(ImGui::GetIO().MousePos.x);
  const float duration = std::max(0.001f, v.duration);
  const float y = bar.at.y + kIconSize * 0.5f;
  // Hotspot windows: amber ticks above the bar; a click on one seeks to its start (and not, as the
  // bar under it would, to the clicked point).
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const auto tick = [&](size_t i, ImVec2& min, ImVec2& max) {
    const float s = std::clamp(v.windows[i].start / duration, 0.0f, 1.0f);
    const float e = std::clamp(v.windows[i].end / duration, s, 1.0f);
    min = ImVec2(bar.at.x + barW * s, y - 11.0f);
    max = ImVec2(std::max(bar.at.x + barW * e, bar.at.x + barW * s + 4.0f), y - 6.0f);
    return mouse.x >= min.x - 2 && mouse.x <= max.x + 2 && mouse.y >= min.y - 6 && mouse.y <= max.y + 3;
  };
  long overTick = -1;
  for (size_t i = 0; i < v.windows.size() && v.duration > 0 && overTick < 0; ++i) {
    ImVec2 min, max;
    if (tick(i, min, max)) overTick = long(i);
  }
  float shown = v.duration > 0 ? std::clamp(v.time / duration, 0.0f, 1.0f) : 0.0f;
  if (ImGui::IsItemActive() && v.duration > 0 && overTick < 0) shown = pointed;
  if (ImGui::IsItemDeactivated() && v.duration > 0 && overTick < 0) a.seek = pointed * v.duration;
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(ImVec2(bar.at.x, y - 2), ImVec2(bar.at.x + barW, y + 2), IM_COL32(255, 255, 255, 50), 2.0f);
  for (size_t i = 0; i + 1 < v.buffered.size(); i += 2) {
    const float s = std::clamp(v.buffered[i] / duration, 0.0f, 1.0f), e = std::clamp(v.buffered[i + 1] / duration, 0.0f, 1.0f);
    list->AddRectFilled(ImVec2(bar.at.x + barW * s, y - 2), ImVec2(bar.at.x + barW * e, y + 2), IM_COL32(255, 255, 255, 110), 2.0f);
  }
  list->AddRectFilled(ImVec2(bar.at.x, y - 2), ImVec2(bar.at.x + barW * shown, y + 2), kAmber, 2.0f);
  for (size_t i = 0; i < v.windows.size() && v.duration > 0; ++i) {
    ImVec2 min, max;
    tick(i, min, max);
    const bool over = long(i) == overTick;
    list->AddRectFilled(min, max, over ? IM_COL32(255, 226, 160, 255) : kAmber, 2.0f);
    if (over) {
      text::tooltip(v.windows[i].label);
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) a.seek = v.windows[i].start;
    }
  }
  list->AddCircleFilled(ImVec2(bar.at.x + barW * shown, y), narrow ? 9.0f : ImGui::IsItemHovered() || ImGui::IsItemActive() ? 7.0f : 5.5f,
                        IM_COL32(255, 255, 255, 255), 16);
  ImGui::SameLine();
  if (!v.quality.empty()) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 9.0f);
    ImGui::TextDisabled("%s", v.quality.c_str());
    ImGui::SameLine();
  }
  a.toggleMute = iconButton("mute", v.muted ? Icon::SoundOff : Icon::SoundOn, v.muted ? tr("Unmute (M)") : tr("Mute (M)"));
  if (!narrow) volumeSlider(v, a, mouse);
  ImGui::End();
  ImGui::PopStyleVar();
  return a;
}

static void volumeSlider(const TimelineView& v, TimelineActions& a, ImVec2 mouse) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImGui::SameLine();
  const ImVec2 vat = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("volume", ImVec2(72.0f, kIconSize));
  const float level = v.muted ? 0.0f : std::clamp(v.volume, 0.0f, 1.0f);
  const float vy = vat.y + kIconSize * 0.5f;
  float shownLevel = level;
  if (ImGui::IsItemActive()) {
    shownLevel = std::clamp((mouse.x - vat.x) / 72.0f, 0.0f, 1.0f);
    a.volume = shownLevel;
  }
  list->AddRectFilled(ImVec2(vat.x, vy - 2), ImVec2(vat.x + 72.0f, vy + 2), IM_COL32(255, 255, 255, 60), 2.0f);
  list->AddRectFilled(ImVec2(vat.x, vy - 2), ImVec2(vat.x + 72.0f * shownLevel, vy + 2), IM_COL32(255, 255, 255, 230), 2.0f);
  list->AddCircleFilled(ImVec2(vat.x + 72.0f * shownLevel, vy), 5.0f, IM_COL32(255, 255, 255, 255), 12);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Volume");
}

} // namespace shotscape
