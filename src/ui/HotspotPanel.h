#pragma once
// The open hotspot's interface: a side panel with the influence (clip or still, its attribution
// "Auteur — Film (Year)", play/pause, sound, side by side) and the commentary (play/pause, seek
// bar, time, caption language, captions toggle, a transcript whose lines jump to their cue); the
// captions over the scene; and, in side-by-side mode, the clip filling the right half. Like the
// rest of the overlay it reads a view struct and reports actions; it changes no state.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/media/CaptionStyle.h"
#include "core/media/Captions.h"
#include "ui/Theme.h"

namespace shotscape {

// A caption cue as shown: its text ("Speaker: text") and where its author placed it.
struct CaptionCue {
  std::string text;
  CueSettings settings;
  bool operator==(const CaptionCue&) const = default;
};

struct HotspotPanelView {
  std::string label;
  std::string description;       // "" = none
  std::string goLabel;           // a hotspot with a target: "Go to <scene>" (a button); "" = none

  bool hasInfluence = false;
  std::string attribution;       // "Auteur — Film (Year)"
  std::string note;              // "" = none
  std::string influenceStatus;   // "" when the media shows; otherwise why not, in words
  std::uintptr_t texture = 0;    // GL texture with the clip's frame or the still; 0 = not yet
  float mediaAspect = 16.0f / 9.0f;
  bool isVideo = false;
  bool influencePlaying = false;
  bool influenceMuted = true;
  bool sideBySide = false;

  bool hasCommentary = false;
  std::string commentaryStatus;  // "" when playable; otherwise loading/failed/blocked, in words
  bool playing = false;
  float time = 0.0f;             // seconds, rounded to a tenth (the panel redraws at most 10×/s)
  float duration = 0.0f;
  std::vector<std::string> languages; // caption track labels
  int selectedLanguage = 0;
  bool captionsOn = true;
  std::string captionsStatus;    // "" when the selected track is ready; otherwise why not
  std::vector<std::string> transcript; // one line per cue ("Speaker: text")
  int currentCue = -1;
  std::string plainTranscript;   // the manifest's transcript text, shown when there are no cues

  bool operator==(const HotspotPanelView&) const = default;
};

struct HotspotPanelActions {
  bool close = false;
  bool go = false;                // the hotspot's target: close it and go there
  bool toggleCommentary = false;
  std::optional<double> seek;     // seconds
  std::optional<int> jumpToCue;   // transcript line
  std::optional<int> selectLanguage;
  bool toggleCaptions = false;
  bool toggleInfluence = false;
  bool toggleInfluenceSound = false;
  bool toggleSideBySide = false;
  bool toggleCaptionSettings = false; // the caption style panel (ui/CaptionSettings)
  std::vector<ControlRect> controls; // not an action: the caption style button, where it was drawn
  float scrollY = 0.0f;           // not an action: how far the panel is scrolled (for stats)
  float scrollMaxY = 0.0f;        // not an action: how far it can scroll (for stats)
  float headerBottom = 0.0f;      // not an action: where the fixed header ends (CSS px; a swipe down there closes)
  std::vector<std::array<float, 4>> captionBoxes; // not an action: each caption cue's box (x, y, w, h; CSS px), for stats

  bool any() const {
    return close || go || toggleCommentary || seek || jumpToCue || selectLanguage || toggleCaptions || toggleInfluence ||
           toggleInfluenceSound || toggleSideBySide || toggleCaptionSettings;
  }
};

struct HotspotPanelLayout {
  float width = 0.0f;   // the canvas, CSS pixels
  float height = 0.0f;
  float sceneWidth = 0.0f; // the part of the canvas that shows the scene (left); captions centre on it
  float bottomReserved = 0.0f; // more room kept free at the bottom (a video's timeline)
  float headsetCaptionBand = 0.0f; // > 0: drawn for a headset — the panel fills the display above a
                                   // band this tall, where the captions go
  bool rtl = false;                // a right-to-left interface: the side panel on the left
};

class HotspotPanel {
 public:
  // Draws the panel (or the side-by-side pane) and the caption; returns what the viewer asked for.
  static HotspotPanelActions draw(const HotspotPanelView& view, const std::vector<CaptionCue>& captions,
                                  const CaptionStyle& style, bool settingsOpen, const HotspotPanelLayout& layout,
                                  const ThemeFonts& fonts);
  // Caption text as the viewer styled it (size, colour, font, edge), with its top left at `at`;
  // `measureOnly`: nothing drawn. Returns its size (CSS px).
  static ImVec2 captionText(const std::string& text, const CaptionStyle& style, float wrap, bool center, ImVec2 at,
                            bool measureOnly = false);
  // The panel's rectangle (x, y, w, h), so the captions and the scene avoid it.
  static void panelRect(const HotspotPanelLayout& layout, float rect[4]);
};

} // namespace shotscape
