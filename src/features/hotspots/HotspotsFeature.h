#pragma once
// Hotspots and the links of a tour's scene: their markers (placed each frame by
// core/scene/HotspotLayout, hovered, keyboard-focused in yaw order with Tab; a link's marker moves
// to its scene when tapped or on Enter), and the open hotspot — a tap on its marker, Enter/Space on the focused one, the
// API or a moment link opens it: the view glides to it (a jump under prefers-reduced-motion) while
// a lens shift moves the picture into the part of the canvas its panel leaves uncovered; a
// HotspotSession plays its commentary and shows its influence; captions follow the audio
// (`captionchange`, the live region); voices duck the scene's sound. Escape, the panel's close
// button, a tap above a phone's sheet or close() close it. At most one is open.

#include <memory>
#include <optional>
#include <string>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

#include "core/scene/HotspotLayout.h"
#include "features/Feature.h"
#include "features/hotspots/HotspotSession.h"

namespace shotscape {

enum class HotspotOpener { Pointer, Keyboard, Api, Link, Headset }; // Link: from a moment link, the view is kept; Headset: a controller or hand in VR (the view is the head's)

class HotspotsFeature final : public Feature {
 public:
  explicit HotspotsFeature(FeatureContext& context);
  ~HotspotsFeature() override;

  void leave() override;
  bool step(double nowMs) override;
  void shown() override;
  void contribute(OverlayModel& model) const override;
  void apply(const OverlayActions& actions) override;
  bool handle(Command command) override;
  void userGesture() override;
  void stats(JsonWriter& json) const override;

  // Opens the hotspot with this id; false (and a warning) when the scene has none by that id.
  bool open(const std::string& id, HotspotOpener by);
  void close();
  // The open hotspot's caption track by language (and the default for hotspots opened later);
  // false when the open hotspot has no track in that language.
  bool setCaptionLanguage(const std::string& lang);
  const std::string& captionLanguage() const { return captionLanguage_; }
  // The open hotspot (or the moment link's, until the first frame opens it); "" = none.
  std::string linkedId() const;
  // The open hotspot's share page, "" = none.
  std::string sharePage() const;
  // Whether a hotspot opened since the last call (the viewer's attention moved: autorotation stops).
  bool takeOpened();

  // ---- For the pointer router ----
  // A tap at `pixel` (CSS): opens the marker there, or puts a phone's sheet away when the tap is
  // above it; true when it did either.
  bool tap(glm::dvec2 pixel);
  void hover(std::optional<glm::dvec2> mouse);
  void clearFocus();
  // TV remotes: focus moves to the nearest marker on screen in that direction (core/input/
  // SpatialNav); false when none lies that way (the view turns instead).
  bool focusToward(ControlKey direction);
  // The open panel (x, y, w, h in CSS px; none when closed or side by side); `sheet`: a phone's
  // sheet along the bottom rather than a side panel.
  std::optional<glm::dvec4> panel(bool* sheet = nullptr) const;
  bool sheetOpen() const;
  float panelHeaderBottom() const { return panelHeaderBottom_; }
  // Aims the lens shift at the part the panel leaves uncovered (the centre without one).
  void aimShift(double seconds);

  // ---- For headsets (features/xr) ----
  // The markers that can be selected now (active at the scene's media time): indices into
  // scene().markers().
  std::vector<size_t> activeMarkers() const;
  // A marker selected with a controller or a hand: a hotspot opens (the view is the head's), a
  // link moves to its scene.
  void select(size_t markerIndex) { activate(c_.scene().markers().at(markerIndex).id, HotspotOpener::Headset); }
  bool isOpen() const { return session_ != nullptr; }
  // A marker has the keyboard's focus.
  bool hasFocus() const { return focused_.has_value(); }
  // The open hotspot's commentary moved by `seconds` (a focused seek bar's arrows); false without one.
  bool seekCommentaryBy(double seconds);

 private:
  bool pictureShown() const;
  // A marker: a hotspot opens, a link (or a hotspot's target) moves to its scene.
  void activate(const std::string& id, HotspotOpener by);
  // Closes the open hotspot as the viewer asked; a hotspot with a `target` then goes there.
  void closeAndFollow(SceneChangeBy by);
  bool focusNext(bool backwards);
  // Focuses the marker at `order[at]` (yaw order) and announces it.
  void focusAt(const std::vector<size_t>& order, size_t at);
  void setSideBySide(bool on);
  HotspotLayoutSettings layoutSettings() const;
  HotspotLayout layout() const;
  HotspotPanelView panelView() const;
  void applyPanel(const HotspotPanelActions& actions);

  const FeatureContext c_; // (a copy of the references: one indirection less per use)
  bool opened_ = false;
  std::unique_ptr<HotspotSession> session_;
  std::optional<std::string> focused_; // id of the keyboard-focused hotspot
  std::optional<glm::dvec2> mouse_;    // the mouse over the canvas (hover); empty when outside
  std::string caption_;                // the caption last shown and announced
  std::vector<CaptionCue> captionCues_; // its cues, with their settings
  std::vector<std::array<float, 4>> captionBoxes_; // where the overlay last drew them (stats)
  std::string captionLanguage_;        // the viewer's language; "" = each hotspot's first track
  bool linkPending_ = false;           // options.hotspot waits for the scene's first frame
  float panelScroll_ = 0.0f;           // the panel's scroll position and range, for stats
  float panelScrollMax_ = 0.0f;
  float panelHeaderBottom_ = 0.0f;     // where its fixed header ends (CSS px)
  mutable double layoutMsTotal_ = 0.0; // placement + hit testing, for the benchmark
  mutable double layoutMsMax_ = 0.0;
  mutable long layouts_ = 0;
};

} // namespace shotscape
