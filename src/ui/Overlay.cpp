#include "ui/Overlay.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "core/text/UiText.h"
#include "ui/Focus.h"
#include "ui/HotspotPanel.h"
#include "ui/Icons.h"
#include "ui/Text.h"
#include "ui/TourBar.h"

namespace shotscape {

namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                         ImGuiWindowFlags_NoFocusOnAppearing;
constexpr float kMargin = 16.0f;

void titlePanel(const OverlayModel& m, const ThemeFonts& fonts) {
  if (m.title.empty()) return;
  // At most 60% of the width (all of a very narrow player's, less the margins); longer titles wrap.
  const float maxWidth = std::min(std::max(160.0f, m.width * 0.6f), m.width - 2 * kMargin);
  placeWindow(ImVec2(kMargin, kMargin));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(maxWidth, m.height));
  ImGui::Begin("##title", nullptr, kPanelFlags);
  ImGui::PushTextWrapPos(maxWidth - 2 * ImGui::GetStyle().WindowPadding.x);
  ImGui::PushFont(fonts.title);
  text::item(m.title);
  ImGui::PopFont();
  const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  if (!m.director.empty()) text::item(trf("Directed by {0}", {m.director}), -1.0f, dim);
  if (!m.film.empty()) text::item(m.year > 0 ? m.film + " (" + std::to_string(m.year) + ")" : m.film, -1.0f, dim);
  ImGui::PopTextWrapPos();
  ImGui::End();
}

void loadingPanel(const OverlayModel& m) {
  const float w = std::min(320.0f, m.width - 2 * kMargin);
  ImGui::SetNextWindowPos(ImVec2(m.width * 0.5f, m.height * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  ImGui::Begin("##loading", nullptr, kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
  const std::string label = m.progress >= 0.0f
                                ? m.loadingLabel + "  " + std::to_string(static_cast<int>(std::floor(m.progress * 100.0f))) + "%"
                                : m.loadingLabel + "…";
  text::item(label);
  // An indeterminate bar sweeps while the size is unknown.
  const float fraction = m.progress >= 0.0f ? m.progress : std::fmod(static_cast<float>(ImGui::GetTime()) * 0.6f, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 3.0f);
  ImGui::ProgressBar(fraction, ImVec2(-1.0f, 6.0f), "");
  ImGui::PopStyleVar();
  ImGui::End();
}

void errorPanel(const OverlayModel& m, const ThemeFonts& fonts) {
  const float w = std::min(440.0f, m.width - 2 * kMargin);
  ImGui::SetNextWindowPos(ImVec2(m.width * 0.5f, m.height * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.10f, 0.06f, 0.07f, 0.90f));
  ImGui::Begin("##error", nullptr, kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PushFont(fonts.title);
  text::item(tr("This shot can't be shown"), -1.0f, IM_COL32(255, 140, 128, 255));
  ImGui::PopFont();
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0.0f);
  text::item(m.error);
  if (!m.errorPath.empty()) text::item(trf("In the manifest at {0}", {m.errorPath}), -1.0f, ImGui::GetColorU32(ImGuiCol_TextDisabled));
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::PopStyleColor();
}

OverlayActions buttonBar(const OverlayModel& m) {
  OverlayActions actions;
  placeWindow(ImVec2(m.width - kMargin, m.height - kMargin), ImVec2(1.0f, 1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
  ImGui::Begin("##buttons", nullptr, kPanelFlags);
  const auto placed = [&](const char* id) { actions.controls.push_back(lastItemRect(id)); };
  if (m.motionAvailable) {
    actions.toggleMotion = iconButton("motion", Icon::Motion,
                                      m.motion          ? tr("Stop following the phone's motion")
                                      : m.motionWaiting ? tr("Tap to let the phone's motion turn the view")
                                                        : tr("Move your phone to look around"),
                                      m.motion || m.motionWaiting);
    placed("motion");
    ImGui::SameLine();
  }
  if (m.xrAvailable) {
    actions.enterXr = iconButton("vr", Icon::Headset, tr("Enter VR (a headset)"));
    placed("vr");
    ImGui::SameLine();
  }
  actions.toggleShare = iconButton("share", Icon::Share, tr("Share this moment"), m.share.has_value());
  placed("share");
  ImGui::SameLine();
  actions.resetView = iconButton("reset", Icon::Reset, tr("Reset view (0)"));
  placed("reset");
  ImGui::SameLine();
  // The lens shown; a press moves on to the next.
  static constexpr Icon kLensIcons[3] = {Icon::LensRectilinear, Icon::LensStereographic, Icon::LensFisheye};
  static constexpr const char* kLensTips[3] = {"Projection: standard. Next: little planet (P)",
                                              "Projection: little planet. Next: fisheye (P)",
                                              "Projection: fisheye. Next: standard (P)"};
  const int lens = m.projection >= 0 && m.projection < 3 ? m.projection : 0;
  actions.nextProjection = iconButton("projection", kLensIcons[lens], tr(kLensTips[lens]), lens != 0);
  placed("projection");
  ImGui::SameLine();
  actions.toggleFullscreen = iconButton("fullscreen", m.fullscreen ? Icon::ExitFullscreen : Icon::EnterFullscreen,
                                        m.fullscreen ? tr("Exit fullscreen (F)") : tr("Fullscreen (F)"));
  placed("fullscreen");
  ImGui::End();
  ImGui::PopStyleVar();
  return actions;
}

// Hotspot markers in one background draw list (merged into a single draw call by the renderer):
// a white ring with an amber core, larger with a label pill when hovered; off-screen hotspots get
// an amber arrow on the border pointing toward them. Links to other scenes are footstep arrows: a
// dark disc with a white chevron pointing ahead (white arrows at the border), so a way through the
// shot never reads as a commentary.
void markers(const OverlayModel& m) {
  ImDrawList* list = ImGui::GetBackgroundDrawList();
  const ImU32 amber = IM_COL32(251, 194, 84, 255);
  const float s = Theme::uiScale(); // the 10-foot layout's markers grow with its type
  for (const MarkerView& k : m.markers) {
    const ImVec2 c(k.x, k.y);
    const int first = list->VtxBuffer.Size;
    if (!k.onScreen) {
      const float ca = k.dx, sa = k.dy, g = k.focused ? 1.6f : 1.0f;
      const ImVec2 tip(c.x + ca * 9.0f * g, c.y + sa * 9.0f * g);
      const ImVec2 left(c.x - (ca * 5.0f + sa * 7.0f) * g, c.y - (sa * 5.0f - ca * 7.0f) * g);
      const ImVec2 right(c.x - (ca * 5.0f - sa * 7.0f) * g, c.y - (sa * 5.0f + ca * 7.0f) * g);
      list->AddTriangleFilled(tip, left, right, IM_COL32(0, 0, 0, 110));
      list->AddTriangleFilled(tip, left, right, k.link ? IM_COL32(255, 255, 255, 240) : amber);
      growAbout(list, first, c, s);
      continue;
    }
    float r = k.hovered ? 13.0f : 10.0f;
    if (k.link) {
      r = k.hovered ? 20.0f : 17.0f;
      list->AddCircleFilled(c, r, IM_COL32(12, 14, 18, k.hovered ? 215 : 170), 32);
      list->AddCircle(c, r, IM_COL32(255, 255, 255, 200), 32, 1.5f);
      const float a = r * 0.45f;
      const ImVec2 chevron[3] = {ImVec2(c.x - a, c.y + a * 0.45f), ImVec2(c.x, c.y - a * 0.55f), ImVec2(c.x + a, c.y + a * 0.45f)};
      list->AddPolyline(chevron, 3, IM_COL32(255, 255, 255, 245), ImDrawFlags_None, 3.5f);
    } else {
      list->AddCircleFilled(c, r + 2.0f, IM_COL32(0, 0, 0, 90), 28);
      list->AddCircle(c, r, IM_COL32(255, 255, 255, 235), 28, 2.5f);
      list->AddCircleFilled(c, r * 0.45f, amber, 20);
    }
    if (k.focused) list->AddCircle(c, r + 5.0f, amber, 32, 2.0f);
    growAbout(list, first, c, s);
    if (!k.hovered || k.label.empty()) continue;
    const ImVec2 size = text::size(k.label);
    const ImVec2 min(c.x + (r + 8.0f) * s, c.y - size.y * 0.5f - 6.0f * s);
    const ImVec2 max(min.x + size.x + 20.0f * s, min.y + size.y + 12.0f * s);
    list->AddRectFilled(min, max, IM_COL32(15, 17, 22, 200), 10.0f * s);
    text::draw(list, ImVec2(min.x + 10.0f * s, min.y + 6.0f * s), IM_COL32(245, 245, 247, 255), k.label);
  }
}

// Where a menu's bottom right corner goes (the share menu, the caption style): above the buttons
// (and a phone's timeline row), clear of an open panel — left of a side panel or of the
// side-by-side clip, above a phone's sheet.
ImVec2 menuCorner(const OverlayModel& m) {
  const bool narrow = m.width < kNarrowWidth;
  ImVec2 corner(m.width - kMargin, m.height - kMargin - 60.0f - (narrow && m.timeline ? kRowAboveButtons : 0.0f));
  if (m.panel && m.panel->sideBySide) {
    corner.x = m.sceneWidth - kMargin;
  } else if (m.panel) {
    float r[4];
    HotspotPanel::panelRect({m.width, m.height, m.sceneWidth, m.timeline ? kRowAboveButtons : 0.0f}, r);
    if (narrow) corner.y = r[1] - 8.0f;
    else corner.x = r[0] - 8.0f;
  }
  return corner;
}

// Opaque: nothing shows through its items.
void shareMenu(const ShareView& s, const OverlayModel& m, OverlayActions& a, const ThemeFonts& fonts) {
  const float w = std::min(360.0f, m.width - 2 * kMargin);
  const ImVec2 corner = menuCorner(m);
  placeWindow(corner, ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(w, corner.x - kMargin), 0.0f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.06f, 0.07f, 0.09f, 1.0f));
  ImGui::Begin("##share", nullptr, kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PushFont(fonts.title);
  text::item(tr("Share this moment"));
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::PushTextWrapPos(0.0f);
  text::item(s.link.size() > 120 ? s.link.substr(0, 117) + "…" : s.link);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  if (s.hasTime) {
    bool with = s.withTime;
    const std::string label = trf("Start at {0}", {s.timeLabel});
    if (ImGui::Checkbox("##share-time", &with)) a.toggleShareTime = true;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    text::item(label);
    focus::control("share-time", label, tr("checkbox"), tr(s.withTime ? "checked" : "not checked"));
  }
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  a.copyLink = text::button("copy-link", tr("Copy link"), ImVec2(half, 30));
  focus::control("share-link", tr("Copy link"));
  ImGui::SameLine();
  if (s.canShareNatively) {
    a.shareNatively = text::button("share-native", tr("Share…"), ImVec2(half, 30));
    focus::control("share-native", tr("Share…"));
  } else {
    ImGui::Dummy(ImVec2(half, 30));
  }
  a.copyIframe = text::button("copy-iframe", tr("Copy embed code"), ImVec2(half, 30));
  focus::control("share-iframe", tr("Copy embed code"));
  ImGui::SameLine();
  a.copyScript = text::button("copy-script", tr("Copy script tag"), ImVec2(half, 30));
  focus::control("share-script", tr("Copy script tag"));
  // The status line is always there, so the buttons do not move when it fills.
  ImGui::TextColored(ImVec4(0.98f, 0.76f, 0.33f, 1.0f), "%s", s.status.empty() ? " " : s.status.c_str());
  ImGui::End();
  ImGui::PopStyleColor();
}

void sharpeningBar(const OverlayModel& m) {
  ImDrawList* list = ImGui::GetForegroundDrawList();
  const float fraction = m.progress >= 0.0f ? m.progress : 0.5f;
  list->AddRectFilled(ImVec2(0, 0), ImVec2(m.width, 3.0f), IM_COL32(0, 0, 0, 90));
  list->AddRectFilled(ImVec2(0, 0), ImVec2(m.width * fraction, 3.0f), ImGui::GetColorU32(ImGuiCol_PlotHistogram));
}

} // namespace

// The keyboard's shortcuts (the ? key), over everything, until ? or Escape again or its button.
bool helpPanel(const OverlayModel& m, const ThemeFonts& fonts) {
  static constexpr const char* kKeys[][2] = {
      {"Tab, Shift+Tab", "Move between hotspots, ways and controls"},
      {"Enter, Space", "Open the focused hotspot, press the focused control"},
      {"Arrows", "Look around (on a seek bar: move in time)"},
      {"+  −", "Zoom in, out"},
      {"0", "Reset the view"},
      {"Escape", "Close the open panel or menu"},
      {"K", "Play or pause the video"},
      {"J  L", "Back, forward 10 seconds"},
      {"M", "Sound on or off"},
      {"C", "Captions on or off"},
      {"P", "Next projection"},
      {"F", "Fullscreen"},
      {"?", "Show or hide these shortcuts"},
  };
  const float w = std::min(460.0f, m.width - 2 * kMargin);
  ImGui::SetNextWindowPos(ImVec2(m.width * 0.5f, m.height * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(w, m.height - 2 * kMargin));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.06f, 0.07f, 0.09f, 0.97f));
  ImGui::Begin("##help", nullptr, kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PushFont(fonts.title);
  text::item(tr("Keyboard shortcuts"));
  ImGui::PopFont();
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 30.0f);
  const bool close = iconButton("help-close", Icon::Close, tr("Close the shortcuts (Escape)"), false, 30.0f);
  const float keyWidth = 130.0f * Theme::uiScale();
  ImGui::PushTextWrapPos(0.0f);
  for (const auto& k : kKeys) {
    text::item(tr(k[0]), keyWidth, IM_COL32(251, 194, 84, 255));
    ImGui::SameLine(keyWidth + ImGui::GetStyle().WindowPadding.x);
    text::item(tr(k[1]));
  }
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::PopStyleColor();
  return close;
}

OverlayActions Overlay::draw(const OverlayModel& m, const ThemeFonts& fonts) {
  setMirrored(m.rtl, m.width);
  focus::begin(m.focus);
  OverlayActions actions = drawParts(m, fonts);
  focus::group(FocusGroup::Help);
  if (m.help) actions.closeHelp = helpPanel(m, fonts);
  actions.focusTargets = focus::end();
  return actions;
}

OverlayActions Overlay::drawParts(const OverlayModel& m, const ThemeFonts& fonts) {
  OverlayActions actions;
  if (!m.error.empty()) {
    errorPanel(m, fonts);
    return actions;
  }
  // Without controls (an embed's default) the chrome goes — title, loading bar, buttons, timeline,
  // share menu — and the shot's content stays: hotspot markers, the open hotspot, its captions.
  if (!m.headset) markers(m);
  if (m.controls) {
    titlePanel(m, fonts);
    if (m.sharpening) sharpeningBar(m);
    else if (m.loading) loadingPanel(m);
  }
  // The panel first, so the button bar stays above it.
  const bool timeline = m.controls && m.timeline;
  HotspotPanelActions hotspot;
  focus::group(FocusGroup::Panel);
  if (m.panel)
    hotspot = HotspotPanel::draw(*m.panel, m.captionCues, m.captionStyle, m.captionSettings,
                                 {m.width, m.height, m.sceneWidth, timeline ? kRowAboveButtons : 0.0f, m.headset ? m.captionBand : 0.0f, m.rtl},
                                 fonts);
  focus::group(FocusGroup::Buttons);
  if (m.controls && (!m.loading || m.sharpening)) actions = buttonBar(m);
  actions.hotspot = hotspot;
  focus::group(FocusGroup::CaptionStyle);
  if (m.captionSettings && m.panel) {
    const ImVec2 corner = menuCorner(m);
    actions.captionSettings = CaptionSettings::draw(m.captionStyle, corner, std::min(420.0f, corner.x - kMargin), fonts);
  }
  for (auto* more : {&hotspot.controls, &actions.captionSettings.controls})
    actions.controls.insert(actions.controls.end(), more->begin(), more->end());
  // A tour's back button and scene list, top right, while no hotspot panel takes that side.
  focus::group(FocusGroup::Tour);
  if (m.controls && m.tour && !m.panel) actions.tour = drawTourBar(*m.tour, m.width, m.height);
  focus::group(FocusGroup::Timeline);
  // On narrow screens the timeline is a row above the buttons: the prompts go above both, and
  // "Tap for sound" waits while a sheet covers that place (the timeline's mute button stays).
  if (m.timeline && !m.headset)
    actions.timeline = Timeline::drawPrompts(*m.timeline, m.width, m.height,
                                             timeline ? (m.width < kNarrowWidth ? 2.0f : 1.0f) * kRowAboveButtons : 0.0f,
                                             !(m.panel && m.width < kNarrowWidth));
  if (!m.controls) return actions;
  // The timeline stops where the button bar (three icons and its padding) begins.
  if (timeline) {
    const bool unlock = actions.timeline.unlockSound;
    actions.timeline = Timeline::draw(*m.timeline, m.width, m.height, m.width - kMargin - 3 * kIconSize - 28.0f);
    actions.timeline.unlockSound |= unlock;
  }
  focus::group(FocusGroup::Share);
  if (m.share) shareMenu(*m.share, m, actions, fonts);
  return actions;
}

} // namespace shotscape
