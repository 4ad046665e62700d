#pragma once
// The in-canvas interface drawn with Dear ImGui over the panorama: the shot's title and director,
// a loading bar while the panorama downloads and uploads, reset-view and fullscreen buttons, a
// readable error panel, hotspot markers, and the open hotspot's panel and captions (HotspotPanel).
// It only reads an OverlayModel and reports what the viewer asked for in OverlayActions; it
// changes no state itself.

#include <string>
#include <vector>

#include "ui/CaptionSettings.h"
#include "ui/Focus.h"
#include "ui/HotspotPanel.h"
#include "ui/Theme.h"
#include "ui/Timeline.h"
#include "ui/TourBar.h"

namespace shotscape {

struct MarkerView {
  float x = 0.0f;          // CSS pixels: the marker, or the edge indicator's point on the border
  float y = 0.0f;
  bool onScreen = true;    // false: an edge indicator pointing along (dx, dy)
  float dx = 1.0f;         // edge indicators: unit direction toward the hotspot, x right
  float dy = 0.0f;         // y down
  bool hovered = false;    // draw larger, with its label
  bool focused = false;    // keyboard focus: an amber focus ring (edge arrows grow)
  std::string label;       // only set while hovered (drawn then); "" otherwise
  bool link = false;       // a way to another scene (a footstep arrow), not a hotspot

  bool operator==(const MarkerView&) const = default;
};

// The share menu: a link to the moment, the "start at" choice for video, copy and share buttons.
struct ShareView {
  std::string link;        // what "Copy link" copies (shown, shortened)
  bool hasTime = false;    // a video scene: offer "Start at"
  bool withTime = false;
  std::string timeLabel;   // e.g. "0:12"
  bool canShareNatively = false;
  std::string status;      // "Link copied", or why not; "" = nothing yet
  bool operator==(const ShareView&) const = default;
};

struct OverlayModel {
  float width = 0.0f;              // viewport, CSS pixels
  float height = 0.0f;
  bool controls = true;            // false: no chrome (title, buttons, timeline, share); markers, panel, captions, errors stay
  std::string title;               // the shot's title; "" hides the title panel
  std::string director;            // "" = not shown
  std::string film;                // "" = not shown
  int year = 0;                    // 0 = not shown
  bool loading = false;            // show the loading panel
  bool sharpening = false;         // a preview is on screen: only a slim progress bar at the top
  float progress = -1.0f;          // [0, 1], or < 0 when unknown
  std::string loadingLabel;        // e.g. "Loading panorama"
  std::string error;               // "" = no error panel
  std::string errorPath;           // JSON pointer of a manifest error, or ""
  bool fullscreen = false;
  int projection = 0;              // the lens (LensKind: 0 rectilinear, 1 stereographic, 2 fisheye); its button cycles
  bool motionAvailable = false;    // the device's orientation can turn the view: its button shows
  bool motion = false;             // it does
  bool motionWaiting = false;      // asked for, waiting for a tap to grant the browser's permission
  bool xrAvailable = false;        // a headset can be entered: the "Enter VR" button shows
  // Drawn for a headset (features/xr): no chrome and no markers (the headset draws its own); the
  // open hotspot's panel fills the display above a band of `captionBand` pixels where the
  // captions go (each becomes a quad of its own).
  bool headset = false;
  float captionBand = 0.0f;
  std::vector<MarkerView> markers; // hotspots, drawn under the panels
  float sceneWidth = 0.0f;         // the left part of the canvas showing the scene (all of it unless side by side)
  std::optional<HotspotPanelView> panel; // the open hotspot
  std::string caption;             // the captions' text, one cue a line; "" = none
  std::vector<CaptionCue> captionCues; // the same cues, each drawn where its author placed it
  CaptionStyle captionStyle;       // how the viewer likes them drawn
  std::string focus;               // the control with the keyboard's focus (ui/Focus.h), "" none
  bool help = false;               // the keyboard shortcuts' overlay (the ? key)
  bool rtl = false;                // a right-to-left interface language: the layout mirrors
  bool captionSettings = false;    // the caption style panel is open (beside the hotspot's panel)
  std::optional<TimelineView> timeline; // video scenes: the playback controls
  std::optional<ShareView> share;  // the share menu, when open
  std::optional<TourView> tour;    // a tour of several scenes: back and the scene list

  bool operator==(const OverlayModel&) const = default;
};

struct OverlayActions {
  std::vector<ControlRect> controls; // the button bar's buttons, as drawn this frame
  bool resetView = false;
  bool toggleFullscreen = false;
  bool nextProjection = false;
  bool toggleMotion = false;
  bool enterXr = false;
  bool toggleShare = false;
  bool toggleShareTime = false;
  bool copyLink = false;
  bool copyIframe = false;
  bool copyScript = false;
  bool shareNatively = false;
  bool closeHelp = false;
  HotspotPanelActions hotspot;
  CaptionSettingsActions captionSettings;
  std::vector<FocusTarget> focusTargets; // not an action: the controls drawn, in Tab order
  TimelineActions timeline;
  TourActions tour;
};

class Overlay {
 public:
  OverlayActions draw(const OverlayModel& model, const ThemeFonts& fonts);

 private:
  OverlayActions drawParts(const OverlayModel& model, const ThemeFonts& fonts);
};

} // namespace shotscape
