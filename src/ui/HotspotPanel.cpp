#include "ui/HotspotPanel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "core/text/UiText.h"
#include "core/media/CueLayout.h"
#include "ui/Focus.h"
#include "ui/Icons.h"
#include "ui/Text.h"
#include "ui/Timeline.h"

namespace shotscape {

namespace {

constexpr float kMargin = 16.0f;
constexpr float kButtonBarHeight = 48.0f; // the reset/fullscreen bar below the panel
constexpr ImGuiWindowFlags kFixedPanel = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;
const ImU32 kAmber = IM_COL32(251, 194, 84, 255);

void dimText(const std::string& text, bool wrap = true) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  if (wrap) ImGui::PushTextWrapPos(0.0f);
  text::item(text);
  if (wrap) ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

// The clip or still, fitted into `size` and centred, with a dark letterbox; a placeholder frame
// with the status text until it has a texture.
void media(const HotspotPanelView& v, ImVec2 size) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  list->AddRectFilled(min, max, IM_COL32(0, 0, 0, 200), 8.0f);
  if (v.texture) {
    const float aspect = std::max(0.1f, v.mediaAspect);
    float w = size.x, h = size.x / aspect;
    if (h > size.y) {
      h = size.y;
      w = h * aspect;
    }
    const ImVec2 a(min.x + (size.x - w) * 0.5f, min.y + (size.y - h) * 0.5f);
    list->AddImage(reinterpret_cast<ImTextureID>(v.texture), a, ImVec2(a.x + w, a.y + h));
  } else {
    const std::string_view status = v.influenceStatus.empty() ? std::string_view(tr("Loading…")) : v.influenceStatus;
    const float wrap = size.x - 24.0f;
    const ImVec2 t = text::size(status, wrap);
    text::draw(list, ImVec2(min.x + (size.x - std::min(t.x, wrap)) * 0.5f, min.y + (size.y - t.y) * 0.5f),
               ImGui::GetColorU32(ImGuiCol_TextDisabled), status, wrap, true);
  }
  ImGui::Dummy(size);
}

void influenceControls(const HotspotPanelView& v, HotspotPanelActions& a) {
  if (v.isVideo && v.texture) { // a clip that failed or has no frame yet has nothing to control
    a.toggleInfluence |= iconButton("clip-play", v.influencePlaying ? Icon::Pause : Icon::Play,
                                    v.influencePlaying ? tr("Pause the clip") : tr("Play the clip"), false, 30.0f);
    ImGui::SameLine();
    a.toggleInfluenceSound |= iconButton("clip-sound", v.influenceMuted ? Icon::SoundOff : Icon::SoundOn,
                                         v.influenceMuted ? tr("Hear the clip, pausing the commentary (M)") : tr("Mute the clip (M)"),
                                         !v.influenceMuted, 30.0f);
    ImGui::SameLine();
  }
  a.toggleSideBySide |= iconButton("side-by-side", Icon::SideBySide,
                                   v.sideBySide ? tr("Back to the panel") : tr("Side by side with the shot"), v.sideBySide,
                                   30.0f);
}

// Play/pause, a seek bar that follows a drag, and the time.
void commentaryControls(const HotspotPanelView& v, HotspotPanelActions& a) {
  a.toggleCommentary |= iconButton("commentary-play", v.playing ? Icon::Pause : Icon::Play,
                                   v.playing ? tr("Pause the commentary") : tr("Play the commentary"), !v.playing && !v.commentaryStatus.empty(),
                                   30.0f);
  ImGui::SameLine();
  const std::string label = formatClock(v.time) + " / " + formatClock(v.duration);
  const float labelWidth = ImGui::CalcTextSize("00:00 / 00:00").x;
  const float barWidth = std::max(40.0f, ImGui::GetContentRegionAvail().x - labelWidth - 8.0f);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("seek", ImVec2(barWidth, 30.0f));
  focus::control("commentary-seek", tr("Commentary position"), "slider", trf("{0}. Left and right arrows move 5 seconds", {label}));
  const float fraction = v.duration > 0 ? std::clamp(v.time / v.duration, 0.0f, 1.0f) : 0.0f;
  float shown = fraction;
  // While dragged the knob follows the pointer; the seek happens on release (or a plain click).
  const float pointed = std::clamp((ImGui::GetIO().MousePos.x - at.x) / barWidth, 0.0f, 1.0f);
  if (ImGui::IsItemActive() && v.duration > 0) shown = pointed;
  if (ImGui::IsItemDeactivated() && v.duration > 0) a.seek = pointed * v.duration;
  if (ImGui::IsItemHovered() && v.duration > 0) ImGui::SetTooltip("Seek");
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float y = at.y + 15.0f;
  list->AddRectFilled(ImVec2(at.x, y - 2.0f), ImVec2(at.x + barWidth, y + 2.0f), IM_COL32(255, 255, 255, 60), 2.0f);
  list->AddRectFilled(ImVec2(at.x, y - 2.0f), ImVec2(at.x + barWidth * shown, y + 2.0f), kAmber, 2.0f);
  list->AddCircleFilled(ImVec2(at.x + barWidth * shown, y), ImGui::IsItemHovered() || ImGui::IsItemActive() ? 7.0f : 5.5f,
                        IM_COL32(255, 255, 255, 255), 16);
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6.0f);
  ImGui::TextUnformatted(label.c_str());
}

void languageRow(const HotspotPanelView& v, HotspotPanelActions& a, bool settingsOpen) {
  a.toggleCaptions |= iconButton("captions", Icon::Captions, v.captionsOn ? tr("Captions off (C)") : tr("Captions on (C)"),
                                 v.captionsOn, 30.0f);
  ImGui::SameLine();
  a.toggleCaptionSettings |= iconButton("caption-style", Icon::CaptionStyle,
                                        settingsOpen ? tr("Close the caption style") : tr("Caption style: size, colours, font"),
                                        settingsOpen, 30.0f);
  a.controls.push_back(lastItemRect("caption-style"));
  for (size_t i = 0; i < v.languages.size(); ++i) {
    ImGui::SameLine();
    const bool selected = static_cast<int>(i) == v.selectedLanguage;
    ImGui::PushID(static_cast<int>(i));
    if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.98f, 0.76f, 0.33f, 0.35f));
    if (text::button("language", v.languages[i], ImVec2(0, 30.0f)) && !selected) a.selectLanguage = static_cast<int>(i);
    focus::control("language-" + std::to_string(i), trf("{0} captions", {v.languages[i]}), "button", selected ? "selected" : "");
    if (selected) ImGui::PopStyleColor();
    ImGui::PopID();
  }
}

// Cue lines, the current one marked; a click jumps to it. Scrolls to the current line when it
// changes (remembered in ImGui's per-window storage, not in a global).
// `height` > 0: in a child of that height that follows the current line. 0 (a phone's sheet): inline
// in the sheet's body, which scrolls as one (no scroll area inside a scroll area, and no
// following, which would pull the body away from the viewer's finger); never shorter than
// `minHeight`, so the body's length does not change when the captions arrive.
void transcript(const HotspotPanelView& v, HotspotPanelActions& a, float height, float minHeight = 0.0f) {
  const bool inChild = height > 0.0f;
  if (inChild) ImGui::BeginChild("##transcript", ImVec2(0, height), false, ImGuiWindowFlags_NoSavedSettings);
  const float top = ImGui::GetCursorPosY();
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID scrolledKey = ImGui::GetID("scrolled-to");
  const bool scroll = inChild && storage->GetInt(scrolledKey, -2) != v.currentCue;
  const float wrap = ImGui::GetContentRegionAvail().x - 16.0f;
  ImDrawList* list = ImGui::GetWindowDrawList();
  for (size_t i = 0; i < v.transcript.size(); ++i) {
    const std::string& line = v.transcript[i];
    const ImVec2 size = text::size(line, wrap);
    ImGui::PushID(static_cast<int>(i));
    const bool current = static_cast<int>(i) == v.currentCue;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("cue", ImVec2(wrap + 16.0f, size.y + 10.0f))) a.jumpToCue = static_cast<int>(i);
    const bool hovered = ImGui::IsItemHovered();
    if (current || hovered)
      list->AddRectFilled(min, ImVec2(min.x + wrap + 16.0f, min.y + size.y + 10.0f),
                          current ? IM_COL32(251, 194, 84, 50) : IM_COL32(255, 255, 255, 25), 6.0f);
    if (current) list->AddRectFilled(min, ImVec2(min.x + 3.0f, min.y + size.y + 10.0f), kAmber, 2.0f);
    text::draw(list, ImVec2(min.x + 10.0f, min.y + 5.0f), ImGui::GetColorU32(current ? ImGuiCol_Text : ImGuiCol_TextDisabled),
               line, wrap);
    if (current && scroll) ImGui::SetScrollHereY(0.3f);
    ImGui::PopID();
  }
  if (v.transcript.empty()) dimText(v.plainTranscript.empty() ? std::string(tr("No transcript.")) : v.plainTranscript);
  if (scroll) storage->SetInt(scrolledKey, v.currentCue);
  if (inChild) ImGui::EndChild();
  else if (ImGui::GetCursorPosY() - top < minHeight) ImGui::Dummy(ImVec2(1.0f, minHeight - (ImGui::GetCursorPosY() - top)));
}

void header(const HotspotPanelView& v, HotspotPanelActions& a, const ThemeFonts& fonts) {
  ImGui::PushFont(fonts.title);
  text::item(v.label, ImGui::GetContentRegionAvail().x - 40.0f);
  ImGui::PopFont();
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 30.0f);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 4.0f);
  a.close |= iconButton("close", Icon::Close, tr("Close (Esc)"), false, 30.0f);
}

// The captions: each active cue in a box where its author placed it (core/media/CueLayout), in
// the scene's part of the canvas between the top margin and `bottom`; a cue without settings at
// the bottom centre, its text at most 80 % of the scene (720 px) wide. Overlapping cues move apart.
void captions(const std::vector<CaptionCue>& cues, const CaptionStyle& style, const HotspotPanelLayout& layout, float bottom,
              const ThemeFonts& fonts, HotspotPanelActions& a) {
  if (cues.empty()) return;
  const float k = float(style.size) / 100.0f; // the viewer's text size: the box's padding grows with it
  const ImVec2 pad(14.0f * k, 8.0f * k);
  ImGui::PushFont(fonts.title);
  const float top = layout.headsetCaptionBand > 0.0f ? layout.height - layout.headsetCaptionBand : kMargin;
  const CueArea area{layout.sceneWidth, std::max(1.0f, bottom - top), ImGui::GetFontSize() * k + 2.0f * pad.y + 2.0f};
  std::vector<CueSettings> settings;
  std::vector<CueSpan> boxes;
  std::vector<double> heights;
  std::vector<float> wraps;
  std::vector<bool> centred;
  for (const CaptionCue& cue : cues) {
    const CueSpan span = cueSpan(cue.settings, area.width);
    const bool placed = cue.settings.position || cue.settings.size < 100.0 || cue.settings.align != CueTextAlign::Center;
    const float room = placed ? float(span.width) : std::min(float(area.width) * 0.8f, 720.0f);
    const float wrap = std::max(40.0f, room - 2.0f * pad.x);
    const ImVec2 measured = HotspotPanel::captionText(cue.text, style, wrap, span.align == CueTextAlign::Center, ImVec2(), true);
    const float w = std::min(measured.x, wrap) + 2.0f * pad.x, h = measured.y + 2.0f * pad.y;
    // The box sits in its span as its text aligns: at its left, centre or right.
    const double left = span.align == CueTextAlign::Left    ? span.left
                        : span.align == CueTextAlign::Right ? span.left + span.width - w
                                                            : span.left + (span.width - w) / 2.0;
    settings.push_back(cue.settings);
    centred.push_back(span.align == CueTextAlign::Center);
    boxes.push_back({std::clamp(left, 0.0, std::max(0.0, area.width - w)), w, span.align});
    heights.push_back(h);
    wraps.push_back(wrap);
  }
  const std::vector<double> tops = cueTops(settings, boxes, heights, area);
  const auto channel = [](std::uint32_t rgb, int shift) { return float((rgb >> shift) & 0xFF) / 255.0f; };
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(channel(style.background, 16), channel(style.background, 8),
                                                  channel(style.background, 0), float(style.opacity) / 100.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, pad);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6.0f);
  for (size_t i = 0; i < cues.size(); ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "##caption%d", int(i));
    const float shownLeft = mirrored() ? layout.width - float(boxes[i].left + boxes[i].width) : float(boxes[i].left);
    a.captionBoxes.push_back({shownLeft, top + float(tops[i]), float(boxes[i].width), float(heights[i])});
    placeWindow(ImVec2(float(boxes[i].left), top + float(tops[i]))); // mirrored with the layout
    ImGui::SetNextWindowSize(ImVec2(float(boxes[i].width), float(heights[i])), ImGuiCond_Always);
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoFocusOnAppearing);
    HotspotPanel::captionText(cues[i].text, style, wraps[i], centred[i], ImGui::GetCursorScreenPos());
    ImGui::End();
  }
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

enum class TranscriptPlace { None, Child, Inline };

void commentarySection(const HotspotPanelView& v, HotspotPanelActions& a, TranscriptPlace place, bool settingsOpen) {
  if (!v.hasCommentary) return;
  ImGui::Spacing();
  text::item(tr("Director's commentary"));
  dimText(v.commentaryStatus);
  commentaryControls(v, a);
  if (!v.languages.empty()) languageRow(v, a, settingsOpen);
  dimText(v.captionsStatus);
  // The rest of the panel, and never less than a few lines; on a phone's sheet it sits below the
  // fold, in the body that scrolls.
  if (place == TranscriptPlace::Child) transcript(v, a, std::max(ImGui::GetContentRegionAvail().y, 120.0f));
  if (place == TranscriptPlace::Inline) transcript(v, a, 0.0f, 160.0f);
}

} // namespace

void HotspotPanel::panelRect(const HotspotPanelLayout& layout, float rect[4]) {
  if (layout.headsetCaptionBand > 0.0f) {
    rect[0] = rect[1] = 0.0f;
    rect[2] = layout.width;
    rect[3] = layout.height - layout.headsetCaptionBand;
    return;
  }
  if (layout.width < kNarrowWidth) {
    // Narrow (phones): a sheet over the lower half, above the button bar.
    rect[0] = kMargin * 0.5f;
    rect[1] = layout.height * 0.42f;
    rect[2] = layout.width - kMargin;
    rect[3] = layout.height * 0.58f - kMargin - kButtonBarHeight - 8.0f - layout.bottomReserved;
    return;
  }
  rect[2] = std::clamp(layout.width * 0.34f, 300.0f, 400.0f);
  rect[0] = layout.rtl ? kMargin : layout.width - kMargin - rect[2];
  rect[1] = kMargin;
  rect[3] = layout.height - 2.0f * kMargin - kButtonBarHeight - 8.0f - layout.bottomReserved;
}

ImVec2 HotspotPanel::captionText(const std::string& s, const CaptionStyle& style, float wrap, bool center, ImVec2 at,
                                 bool measureOnly) {
  const float k = float(style.size) / 100.0f;
  const text::TextLook look{ImGui::GetFontSize() * k, style.font};
  if (measureOnly) return text::sizeAs(s, look, wrap, center);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const std::uint32_t c = style.color;
  const int r = int((c >> 16) & 0xFF), g = int((c >> 8) & 0xFF), b = int(c & 0xFF);
  // Edges in the colour that stands out from the text: black, or white around dark text.
  const bool darkText = 0.2126f * float(r) + 0.7152f * float(g) + 0.0722f * float(b) < 90.0f;
  const ImU32 dark = darkText ? IM_COL32(255, 255, 255, 230) : IM_COL32(0, 0, 0, 235);
  const ImU32 light = darkText ? IM_COL32(0, 0, 0, 150) : IM_COL32(255, 255, 255, 150);
  const float d = std::max(1.0f, k);
  const auto pass = [&](float dx, float dy, ImU32 colour) {
    text::drawAs(list, ImVec2(at.x + dx, at.y + dy), colour, s, look, wrap, center);
  };
  switch (style.edge) {
  case CaptionEdge::None: break;
  case CaptionEdge::Shadow: pass(2.0f * d, 2.0f * d, dark); break;
  case CaptionEdge::Raised: pass(-d, -d, light), pass(d, d, dark); break;
  case CaptionEdge::Depressed: pass(d, d, light), pass(-d, -d, dark); break;
  case CaptionEdge::Outline:
    for (int i = 0; i < 8; ++i) {
      const float angle = float(i) * 0.785398f;
      pass(1.5f * d * std::cos(angle), 1.5f * d * std::sin(angle), dark);
    }
    break;
  }
  text::drawAs(list, at, IM_COL32(r, g, b, 255), s, look, wrap, center);
  return text::sizeAs(s, look, wrap, center);
}

HotspotPanelActions HotspotPanel::draw(const HotspotPanelView& v, const std::vector<CaptionCue>& captionCues,
                                       const CaptionStyle& captionStyle, bool settingsOpen, const HotspotPanelLayout& layout,
                                       const ThemeFonts& fonts) {
  HotspotPanelActions a;
  if (v.sideBySide) {
    // Side by side keeps its sides (the scene's picture is drawn in the left half).
    const bool wasMirrored = mirrored();
    setMirrored(false, layout.width);
    // The clip fills the right half, opposite the recreated shot.
    const float x = layout.sceneWidth;
    const float w = layout.width - x;
    ImGui::SetNextWindowPos(ImVec2(x, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(w, layout.height));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.03f, 0.03f, 0.04f, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##compare", nullptr, kFixedPanel);
    header(v, a, fonts);
    const float controlsHeight = 190.0f + kButtonBarHeight;
    const float mediaHeight = std::max(60.0f, ImGui::GetContentRegionAvail().y - controlsHeight);
    media(v, ImVec2(ImGui::GetContentRegionAvail().x, mediaHeight));
    text::item(v.attribution);
    influenceControls(v, a);
    commentarySection(v, a, TranscriptPlace::None, settingsOpen);
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    captions(captionCues, captionStyle, layout, layout.height - kMargin - kButtonBarHeight - layout.bottomReserved, fonts, a);
    setMirrored(wasMirrored, layout.width);
    return a;
  }
  float r[4];
  panelRect(layout, r);
  ImGui::SetNextWindowPos(ImVec2(r[0], r[1]));
  ImGui::SetNextWindowSize(ImVec2(r[2], r[3]));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.06f, 0.07f, 0.09f, 0.86f));
  // What does not fit scrolls, with a visible scrollbar (on a phone's sheet the commentary's
  // languages and transcript sit below the fold).
  const bool narrow = layout.width < kNarrowWidth && layout.headsetCaptionBand <= 0.0f;
  // The header (title, close) stays put; the body below it scrolls, with a visible scrollbar.
  ImGui::Begin("##hotspot", nullptr, kFixedPanel);
  header(v, a, fonts);
  a.headerBottom = ImGui::GetCursorScreenPos().y;
  ImGui::BeginChild("##body", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NoSavedSettings);
  dimText(v.description);
  if (!v.goLabel.empty()) {
    a.go = text::button("go", v.goLabel);
    focus::control("go", v.goLabel);
  }
  if (v.hasInfluence) {
    ImGui::Spacing();
    const float w = ImGui::GetContentRegionAvail().x;
    media(v, ImVec2(w, std::min(w / std::max(0.5f, v.mediaAspect), r[3] * (narrow ? 0.3f : 0.4f))));
    ImGui::PushFont(fonts.title);
    ImGui::PushTextWrapPos(0.0f);
    text::item(v.attribution);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    dimText(v.note);
    if (v.texture && !v.influenceStatus.empty()) dimText(v.influenceStatus);
    influenceControls(v, a);
  }
  commentarySection(v, a, narrow ? TranscriptPlace::Inline : TranscriptPlace::Child, settingsOpen);
  a.scrollY = ImGui::GetScrollY();
  a.scrollMaxY = ImGui::GetScrollMaxY();
  ImGui::EndChild();
  ImGui::End();
  ImGui::PopStyleColor();
  const float bottom = layout.headsetCaptionBand > 0.0f ? layout.height - 6.0f
                       : narrow                           ? r[1] - 8.0f
                                                          : layout.height - kMargin - kButtonBarHeight - layout.bottomReserved;
  HotspotPanelLayout sceneArea = layout;
  // The scene's part beside a side panel (right of it when mirrored: placeWindow maps [0, w] there).
  if (!narrow && layout.headsetCaptionBand <= 0.0f) sceneArea.sceneWidth = layout.rtl ? layout.width - r[0] - r[2] : r[0];
  captions(captionCues, captionStyle, sceneArea, bottom, fonts, a);
  return a;
}

} // namespace shotscape
