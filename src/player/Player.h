#pragma once
// One 360° player: the wiring between a manifest, the scene state (camera, controller, load
// status), the renderers and the overlay. Several Players share a page; each owns its WebGL
// context, its ImGui context and its Platform, and touches no globals.
//
// Data flows one way: manifest JSON → ManifestConfig → Camera/status → Projection → render.
// Frame contract: input and API calls change state and call invalidate(); frame() then uploads
// texture strips, steps the controller, and draws only when something changed. A frame is
// requested again only while something is in motion (inertia, held keys, uploads, UI settling).
//
// Load status: Idle → Manifest (fetching) → Image (downloading/decoding) → Upload (strips) →
// Ready; any step may go to Failed, which shows the error panel and fires `error`. Loading
// again from any status starts over. Independently of the status, a small preview of the image
// (when the decoder sends one) is uploaded at once and drawn until the full texture is ready;
// `ready` fires at the first frame that shows the scene, preview or full.
//
// Hotspots: a tap on a marker, Enter/Space on the focused one, or openHotspot() opens it — the
// camera glides to it (a jump under prefers-reduced-motion), a HotspotSession plays its commentary
// and shows its influence, captions follow the audio (`captionchange`, the live region), and the
// scene sound ducks while a voice plays. Escape, the panel's close button or closeHotspot() close
// it and release its media. At most one hotspot is open; opening another closes the first.

#include <memory>
#include <optional>
#include <string>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/Camera.h"
#include "core/CameraController.h"
#include "core/Ducking.h"
#include "core/SceneLoadState.h"
#include "core/Glide.h"
#include "core/HotspotLayout.h"
#include "core/Manifest.h"
#include "core/VideoPlayback.h"
#include "platform/Platform.h"
#include "player/HotspotSession.h"
#include "render/OverlayRenderer.h"
#include "render/PanoramaRenderer.h"
#include "render/MediaTexture.h"
#include "render/PanoramaTexture.h"
#include "ui/ImGuiInput.h"
#include "ui/Overlay.h"

struct ImGuiContext;

namespace shotscape {

enum class PointerPhase { Down = 0, Move = 1, Up = 2, Cancel = 3, Leave = 4 };

enum class HotspotOpener { Pointer, Keyboard, Api, Link }; // Link: from a moment link, the view is kept

struct PlayerOptions {
  bool controls = true;                    // false hides every overlay but the error panel
  std::optional<double> yaw;               // overrides the manifest's initial view when set
  std::optional<double> pitch;
  std::optional<double> hfov;
  // From a moment link (core/DeepLink): where and how to start.
  std::optional<double> t;               // video scenes: seconds to start at (overrides the manifest's startTime)
  std::optional<std::string> hotspot;    // open this hotspot once the scene shows, keeping the view
  std::optional<std::string> lang;       // caption language
  bool autoplay = true;                  // video scenes: start playing (muted) by themselves
  bool muted = true;                     // video scenes: false tries to start with sound
  double autorotate = 0.0;               // degrees per second until the viewer takes over; 0 = off
  Diagnostics warnings;                  // about the values above, reported once the player exists
};

class Player {
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
  void blur();
  // WebGL context loss: drawing stops; on restoration every GL resource is rebuilt and the scene's
  // image reloaded (from the HTTP cache), keeping the view.
  void contextLost();
  void contextRestored();

  // Opens the hotspot with this id; false when the scene has none by that id.
  bool openHotspot(const std::string& id, HotspotOpener by);
  void closeHotspot();
  // Chooses the open hotspot's caption track by language (and the default for hotspots opened
  // later); false when the open hotspot has no track in that language.
  bool setCaptionLanguage(const std::string& lang);

  // Video scenes (no effect on an image scene): playback, and its state for the element's API.
  void play();
  void pause();
  void seek(double seconds);
  double currentTime() const { return video_ ? video_->currentTime : 0.0; }
  double duration() const { return video_ ? video_->duration : 0.0; }
  bool paused() const { return !video_ || video_->paused; }

  // The view as the element's API gives it: `hfov` is the HORIZONTAL field of view (the camera
  // keeps the field across the longer side: core/Camera.h).
  ViewAngles view() const;
  // Any finite subset of the view; `horizontal`: `hfov` is the horizontal field (the API's
  // setView), else the field across the longer side (attributes, links, the manifest).
  void setView(const ViewAngles& view, bool horizontal = true);
  std::string statsJson() const;
  // The current moment as link parameters ("manifest=…&yaw=…"; core/DeepLink), angles rounded to
  // `angleStep` degrees and the time to `timeStep` seconds; the time only when `withTime`.
  std::string momentLink(double angleStep, double timeStep, bool withTime) const;

 private:
  void makeCurrent();
  bool createGpuResources();
  void loadSceneImage(const std::string& baseUrl);
  void frame(double nowMs);
  void invalidate();
  // Drops the current scene and checks the URL (`what`: "manifest" or "panorama"); false after
  // reporting a refused URL.
  bool beginLoad(const std::string& url, const char* what);
  void startScene(const ManifestConfig& manifest, const std::string& baseUrl);
  void fail(std::string message, std::string path = {}, std::string url = {});
  // The open hotspot's panel (x, y, w, h in CSS px; none when closed or side by side); `sheet`
  // says whether it is a phone's sheet along the bottom rather than a side panel.
  std::optional<glm::dvec4> openPanel(bool* sheet = nullptr) const;
  bool sheetOpen() const {
    bool sheet = false;
    return openPanel(&sheet) && sheet;
  }
  // The open hotspot's share page (manifest `sharePage`, relative to the manifest), "" = none:
  // shared links go there so chat apps and social sites show that hotspot's card.
  std::string sharePage() const;
  // The projection the scene is drawn and hit-tested with this frame.
  Projection sceneProjection() const;
  // Aims the lens shift at the middle of what the open panel leaves uncovered (0 without one),
  // easing there over `seconds` (0: at once).
  void retargetLensShift(double seconds);
  void resetView();
  // Tab / Shift+Tab: moves keyboard focus to the next hotspot in yaw order; false (focus leaves
  // the player) past either end.
  bool focusNextHotspot(bool backwards);
  OverlayModel overlayModel() const;
  HotspotPanelView panelView() const;
  void applyHotspotActions(const HotspotPanelActions& actions);
  // Per frame: the glide, media times, captions, the influence frame, ducking. True while any of
  // them needs the next frame.
  bool stepHotspot(double nowMs);
  void startSceneAudio(const SceneAudioConfig& audio, const std::string& baseUrl);
  // A click or key press: media the browser refused to start without one may start now.
  void userGesture();
  void reportMediaError(const std::string& message, const std::string& url);
  void setSideBySide(bool on);
  // Video scenes: the current source's element; per frame: state, frame upload, events.
  void loadVideoSource();
  bool stepVideo(double nowMs);
  void loadPoster(const std::string& baseUrl);
  TimelineView timelineView() const;
  void applyTimelineActions(const TimelineActions& actions);
  void applyShareActions(const OverlayActions& actions);
  void setVideoMuted(bool muted);
  // The scene's time for hotspot windows: the presented frame's media time; empty for images.
  std::optional<double> sceneTime() const;
  // The hotspot layout's settings: beside an open panel, the part of the viewport it leaves uncovered.
  HotspotLayoutSettings layoutSettings() const;
  void touchOnUi(PointerPhase phase, double x, double y);
  bool overlayAt(double x, double y) const; // whether an overlay window that takes input is there
  // The part of the canvas that shows the scene, CSS pixels (the left half when side by side).
  double sceneWidth() const;
  void emitView();

  std::unique_ptr<Platform> platform_;
  PlayerOptions options_;
  ImGuiContext* imgui_ = nullptr;
  ThemeFontFiles fontFiles_{};
  bool fontsArrived_ = false; // the overlay is drawn from then on (the panorama does not wait)
  ThemeFonts fonts_{};
  OverlayModel drawnModel_{}; // what the overlay's uploaded geometry shows
  bool overlayStale_ = true;  // ImGui must run this frame (input, layout settling, new fonts)
  float fontRatio_ = 0.0f;

  Camera camera_;
  CameraController controller_{camera_};
  // GL objects live in these; a lost context replaces them with fresh ones on restoration.
  std::unique_ptr<PanoramaRenderer> renderer_;
  std::unique_ptr<OverlayRenderer> overlayRenderer_;
  PanoramaTexture texture_;  // the full-resolution panorama
  PanoramaTexture preview_;  // a small copy shown until texture_ is ready
  ImGuiInput uiInput_;
  Overlay overlay_;

  std::optional<ManifestConfig> manifest_;
  std::vector<glm::dvec3> hotspotDirections_; // of manifest_'s hotspots, for the per-frame layout
  ViewAngles initialView_{};
  SceneLoadState load_; // the scene's load: one state machine (core/SceneLoadState)
  LoadStatus drawnStatus_ = LoadStatus::Idle; // the status the overlay last laid out
  int loadGeneration_ = 0; // callbacks from a superseded load are ignored
  double downloadProgress_ = -1.0;
  std::string error_;
  std::string errorPath_;

  int viewport_[2] = {-1, -1}; // the GL viewport last set, framebuffer pixels
  double cssWidth_ = 1.0;
  double cssHeight_ = 1.0;
  double pixelRatio_ = 1.0;
  int uiPointer_ = -1;     // pointer id captured by the overlay
  // A finger that went down on the overlay: held back until it taps, scrolls or drags (touchOnUi).
  struct UiTouch {
    int pointer;
    glm::dvec2 start;
    glm::dvec2 last;
    enum Mode { Pending, Scrolling, Pressing } mode;
  };
  std::optional<UiTouch> uiTouch_;
  float panelScroll_ = 0.0f; // the open hotspot panel's scroll position, for stats
  float panelScrollMax_ = 0.0f; // and how far it can scroll
  float panelHeaderBottom_ = 0.0f; // where its fixed header ends (CSS px)
  std::optional<std::string> focusedHotspot_; // id of the keyboard-focused hotspot
  std::optional<glm::dvec2> mouse_; // the mouse over the canvas, CSS pixels (hover); empty when outside
  std::unique_ptr<HotspotSession> session_; // the open hotspot
  Glide glide_;
  ShiftEase shiftEase_;           // the lens shift toward the part an open panel leaves uncovered
  glm::dvec2 lensShift_{0.0, 0.0}; // its value this frame (Projection's centre)
  Ducking ducking_;
  int sceneAudio_ = 0;          // media handle of the scene's ambient sound, 0 = none
  bool sceneAudioBlocked_ = false;
  double sceneGain_ = -1.0;     // the ducking gain last applied to the scene sound
  bool sideBySide_ = false;
  std::optional<VideoPlayback> video_; // video scenes: sources and the media layer's report
  int videoMedia_ = 0;          // media handle of the current source, 0 = none
  MediaTexture videoTexture_;   // the presented frame, allocated once per size, updated in place
  bool soundLocked_ = true;     // autoplay started the video muted; the viewer has not asked for sound
  double userVolume_ = 1.0;     // the timeline's volume, before ducking
  bool reportedPaused_ = true;  // what `play` / `pause` events last said
  bool endedEmitted_ = false;
  double timeupdateMs_ = -1e9;  // when `timeupdate` last fired
  double timeupdateAt_ = -1.0;  // the time it carried
  std::string caption_;         // the caption last shown and announced
  std::string captionLanguage_; // the viewer's caption language; "" = each hotspot's first track
  bool shareOpen_ = false;          // the share menu is shown
  bool shareWithTime_ = false;      // video scenes: links start at the current time
  std::string shareStatus_;         // "Link copied", or why not
  bool linkHotspotPending_ = false; // options_.hotspot waits for the scene's first frame
  bool autorotating_ = false;       // turning by options_.autorotate until the viewer acts
  double lastFrameMs_ = -1.0;
  struct Tap { int pointer; glm::dvec2 at; double seconds; };
  std::optional<Tap> tap_;      // a pointer down that may become a tap on a marker
  mutable double hotspotLayoutMsTotal_ = 0.0; // hotspot placement + hit testing, for the benchmark
  mutable double hotspotLayoutMsMax_ = 0.0;
  mutable long hotspotLayouts_ = 0;
  int uiSettleFrames_ = 0; // frames ImGui still needs after input to show its new state
  bool dirty_ = true;
  bool viewChanged_ = false;
  bool readyEmitted_ = false;
  bool gpuOk_ = false;
  bool contextLost_ = false;
  std::string sceneBaseUrl_; // what the scene's image URL is relative to
  std::string sourceUrl_;    // the manifest or panorama URL as given (for moment links)
  bool sourceIsManifest_ = true;
  double progressDrawnMs_ = 0.0; // when the last frame was drawn (rAF time)
  bool loadingChanged_ = false;  // loading progress moved since the last drawn frame
  double firstFrameMs_ = -1.0;
  double fullResolutionMs_ = -1.0; // when the full-resolution texture was first drawn
  long framesDrawn_ = 0;
  double scriptMsTotal_ = 0.0;
  double scriptMsMax_ = 0.0;
};

} // namespace shotscape
