#pragma once
// One 360° player: it owns the parts and wires them, nothing more (README, "Architecture").
//
//   manifest → SceneLoader → Tour → Scene (layers, load state) ─┐
//   View (camera, controller, glides, lens shift) ───────────────┼→ Stage → frame
//   features (share, tour, hotspots, video, sound, autorotate) → OverlayModel → Overlay (ImGui) ─┘
//   input → PointerRouter / core/input/Commands → View and features
//
// Several Players share a page: each owns its Platform, its GL context (through the Stage) and
// its ImGui context, and touches no globals. Frames are drawn only when something changed
// (FrameLoop). `ready` fires at the first frame that shows the scene (preview, poster or full).

#include <memory>
#include <string>

#include "core/media/Ducking.h"
#include "core/view/View.h"
#include "core/text/UiText.h"
#include "features/autorotate/Autorotate.h"
#include "features/captions/CaptionStyleFeature.h"
#include "features/hotspots/HotspotsFeature.h"
#include "features/motion/MotionFeature.h"
#include "features/share/ShareFeature.h"
#include "features/sound/SceneSound.h"
#include "features/tour/TourFeature.h"
#include "features/video/VideoFeature.h"
#include "features/xr/ImmersiveFeature.h"
#include "platform/Platform.h"
#include "player/FrameLoop.h"
#include "player/OverlayHost.h"
#include "player/PlayerOptions.h"
#include "player/PointerRouter.h"
#include "player/SceneLoader.h"
#include "render/Stage.h"

namespace shotscape {

class Player final : private ShareFeature::Links {
 public:
  // Takes ownership of the platform and creates the GL context through it.
  Player(std::unique_ptr<Platform> platform, PlayerOptions options);
  ~Player();
  Player(const Player&) = delete;
  Player& operator=(const Player&) = delete;

  void loadManifest(const std::string& url);
  void loadPanorama(const std::string& url);

  void resize(double cssWidth, double cssHeight, double pixelRatio);
  // Returns true when the player used the event (the page should not scroll or act on it).
  bool pointer(PointerPhase phase, int id, double x, double y, int button, bool isMouse);
  bool wheel(double x, double y, double deltaY);
  bool key(const std::string& key, bool down, bool shift, bool ctrl);
  // The canvas took the keyboard's focus by Tab (`backwards`: Shift+Tab): the first item — a
  // marker, else the first control — or, coming back, the last control gets it.
  void focusEnter(bool backwards);
  void blur();
  // WebGL context loss: drawing stops; on restoration every GL resource is rebuilt and the scene's
  // image reloaded (from the HTTP cache), keeping the view.
  void contextLost();
  void contextRestored();

  // Opens the hotspot with this id; false when the scene has none by that id.
  bool openHotspot(const std::string& id, HotspotOpener by) { return hotspots_.open(id, by); }
  void closeHotspot() { hotspots_.close(); }
  // The open hotspot's caption track by language (and the default for hotspots opened later).
  bool setCaptionLanguage(const std::string& lang) { return hotspots_.setCaptionLanguage(lang); }
  CaptionStyleFeature& captionStyle() { return captionStyle_; }
  std::string uiText(const char* english) const {
    setUiLanguage(uiLanguage_);
    return tr(english);
  }

  // Tours: moves to the scene with this id (false, with a warning, when there is none or its
  // pixels failed), or back to the one before; the scene shown and the tour's scenes as JSON
  // ([{id, title, links: [{target, label}]}]).
  bool setScene(const std::string& id, const SceneRequest& request, SceneChangeBy by) { return loader_.go(id, by, request); }
  bool back(SceneChangeBy by) { return loader_.back(by); }
  std::string sceneId() const { return loader_.scene().configured() ? loader_.scene().id() : std::string(); }
  std::string scenesJson() const;

  // Video scenes (no effect on an image scene).
  void play() { video_.play(); }
  void pause() { video_.pause(); }
  void seek(double seconds) { video_.seek(seconds); }
  double currentTime() const { return video_.currentTime(); }
  double duration() const { return video_.duration(); }
  bool paused() const { return video_.paused(); }

  // The view as the element's API gives it: `hfov` is the HORIZONTAL field of view.
  ViewAngles view() const { return view_.angles(); }
  // Any finite subset of the view; `horizontal`: `hfov` is the horizontal field (the API's
  // setView), else the field across the longer side (attributes, links, the manifest).
  void setView(const ViewAngles& view, bool horizontal = true);
  // The lens (core/math/Lens.h) by name: morphs there (at once under prefers-reduced-motion) and
  // frames the view (a little planet looks straight down); `projectionchange` follows. False, with
  // a warning, for a name that is not a lens.
  bool setProjection(std::string_view name);
  std::string_view projection() const { return lensName(view_.lens().kind()); }
  // Magic window: the element's orientation readings and permission answers go here.
  MotionFeature& motion() { return motion_; }
  // Headsets: enterVR() / exitVR() (false, with a warning, when none can be entered or none runs).
  bool enterXr() { return xr_.enter("api"); }
  bool exitXr() { return xr_.exit(); }
  std::string statsJson() const;
  // The current moment as link parameters ("manifest=…&yaw=…"; core/link/DeepLink), angles rounded to
  // `angleStep` degrees and the time to `timeStep` seconds; the time only when `withTime`.
  std::string momentLink(double angleStep, double timeStep, bool withTime) const override;

 private:
  std::string sharePage() const override { return hotspots_.sharePage(); }
  std::optional<double> videoTime() const override;
  void makeCurrent();
  bool buildGpu();
  void frame(double nowMs);
  // A headset's frame (core/view/Immersive.h): both eyes, the markers, the open hotspot's panel and
  // the captions, the rays; a select along a ray.
  void xrFrame(const XrFrame& frame);
  void xrSelect(const XrRay& ray);
  // Steps the view, the features and the loads; true while something moves.
  bool stepAll(double nowMs);
  OverlayModel overlayModel() const;
  void userGesture();
  void setLens(LensKind kind);

  std::unique_ptr<Platform> platform_;
  PlayerOptions options_;
  FrameLoop loop_{*platform_};
  View view_;
  Stage stage_{*platform_};
  Ducking ducking_;
  SceneLoader loader_;
  FeatureContext context_;
  ShareFeature share_;
  HotspotsFeature hotspots_;
  SceneSound sound_{context_};
  VideoFeature video_{context_};
  Autorotate autorotate_{context_};
  TourFeature tour_{context_};
  MotionFeature motion_{context_};
  ImmersiveFeature xr_{context_, hotspots_};
  CaptionStyleFeature captionStyle_{context_, hotspots_};
  // In command order: the caption style panel takes Escape before the hotspot it was opened from.
  Feature* const features_[9] = {&share_, &tour_, &captionStyle_, &hotspots_, &sound_, &video_, &autorotate_, &motion_, &xr_};
  OverlayHost overlay_;
  PointerRouter pointers_;
  bool gpuOk_ = false;
  bool contextLost_ = false;
  bool readyEmitted_ = false;
  std::vector<ControlRect> controlRects_; // the chrome's buttons as last laid out
  // Keyboard focus on the overlay's controls (ui/Focus.h): the focused one's id ("" none; a
  // marker's focus is the hotspots feature's), the controls as last laid out, in Tab order.
  std::string uiFocus_;
  std::vector<FocusTarget> focusTargets_;
  bool help_ = false; // the shortcuts' overlay (?)
  UiLanguage uiLanguage_ = UiLanguage::En; // made current whenever this player runs (several may share a page)
  std::string focusSaid_; // the focused control's name and state as last announced
  // A control pressed by the keyboard that opens a menu (share, caption style): the focus moves to
  // the menu's first control, and back to this one when the menu closes.
  std::string pressed_;
  std::vector<std::string> pressedSaw_; // the controls there were when it was pressed
  int pressedRuns_ = 0;
  std::string menuOpener_;
  bool focusStep(bool backwards);
  void setUiFocus(const FocusTarget& target);
  const FocusTarget* focusedTarget() const;
  std::optional<OverlayModel> xrOverlay_; // the headset's overlay as last run
  int xrOverlaySettle_ = 0;
  glm::dvec2 xrMouse_{-1.0, -1.0};         // where a ray meets the panel (overlay pixels); x < 0: nowhere
  double firstFrameMs_ = -1.0;
  double fullResolutionMs_ = -1.0; // when the full-resolution texture was first drawn
  double scriptMsTotal_ = 0.0;
  double scriptMsMax_ = 0.0;
  long moveFrames_ = 0;       // frames drawn during moves
  long blankMoveFrames_ = 0;  // of those, frames that showed neither scene fully
};

} // namespace shotscape
