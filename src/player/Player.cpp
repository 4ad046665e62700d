#include "player/Player.h"

#include <algorithm>
#include <cmath>

#include "core/text/UiText.h"
#include "core/input/Commands.h"
#include "core/link/DeepLink.h"

namespace shotscape {

namespace {
// Time a frame may spend copying panorama strips: keeps every task well under the 50 ms
// long-task threshold while finishing an 8192×4096 image in a handful of frames.
constexpr double kUploadBudgetMs = 12.0;
// The 10-foot layout (ui=tv): type, buttons and markers this much larger.
constexpr float kTvUiScale = 1.5f;
// A headset's overlay: drawn into a texture this many CSS pixels across (the panel above, the
// captions' band below) at this pixel ratio, then shown on quads (core/view/Immersive.h).
constexpr float kXrPanelWidth = 560.0f;
constexpr float kXrPanelHeight = 490.0f;
constexpr float kXrCaptionBand = 110.0f;
constexpr double kXrPixelRatio = 2.0;
// How far a ray is drawn when it meets nothing near (metres).
constexpr double kXrRayLength = 4.0;
} // namespace

Player::Player(std::unique_ptr<Platform> platform, PlayerOptions options)
    : platform_(std::move(platform)), options_(std::move(options)),
      loader_(*platform_, stage_, view_, loop_, options_, features_),
      context_{*platform_, view_, stage_, loop_, ducking_, options_, loader_},
      share_(context_, *this),
      hotspots_(context_),
      pointers_(view_, hotspots_, loop_, overlay_.input()) {
  platform_->setFrameCallback([this](double now) { frame(now); });
  // The interface's language: the uilang attribute or link parameter, else the browser's.
  uiLanguage_ = uiLanguageFor(options_.uilang ? *options_.uilang : platform_->languages());
  setUiLanguage(uiLanguage_);
  options_.uilang = uiLanguageCode(uiLanguage_); // the manifest's translated text follows it (SceneLoader)
  for (const auto& w : options_.warnings) platform_->warn(w.message);
  stage_.setTileBudget(options_.memoryBudgetMb * 1024.0 * 1024.0);
  gpuOk_ = platform_->createGlContext();
  if (options_.projection) view_.setLens(*options_.projection, 0.0, 0.0, false);
  view_.start({}, {options_.yaw.value_or(0.0), options_.pitch.value_or(0.0), options_.hfov.value_or(90.0)});
  if (!gpuOk_) {
    loader_.setNoGpu();
    loader_.fail("WebGL 2 is not available in this browser, so the 360° view cannot be drawn.");
    return;
  }
  platform_->makeGlContextCurrent();
  overlay_.create();
  overlay_.setUiScale(options_.tv ? kTvUiScale : 1.0f);
  overlay_.setTextRasterizer([this](std::string_view text, const TextStyle& style, float ratio, std::uint32_t texture,
                                    TextRaster& out) { return platform_->rasterizeText(text, style, ratio, texture, out); });
  buildGpu();
  platform_->watchXr({[this](bool available) { xr_.available(available); },
                      [this]() { xr_.started(); },
                      [this](const XrFrame& f) { xrFrame(f); },
                      [this](const XrRay& ray) { xrSelect(ray); },
                      [this](bool asked) {
                        xr_.ended(asked);
                        xrOverlay_.reset();
                        overlay_.input().mouseLeave();
                      },
                      [this](std::string reason) { xr_.failed(reason); }});
  platform_->loadFonts([this](std::string regular, std::string semiBold) {
    if (regular.empty() && semiBold.empty()) {
      // Without a font ImGui draws nothing: the shot is shown without its interface, and said so.
      const std::string message = "The player's interface font could not be loaded, so the shot is shown without its controls.";
      platform_->warn(message);
      platform_->emit("error", JsonWriter().add("message", message).str());
      return;
    }
    overlay_.setFonts({std::move(regular), std::move(semiBold)});
    loop_.invalidate();
  });
  loop_.invalidate();
}

Player::~Player() {
  // Features release their media and textures as they are destroyed, silently: the page that
  // removed the element hears no more events from it. A headset's session ends with it.
  if (xr_.active()) platform_->endXr();
  makeCurrent();
}

bool Player::buildGpu() {
  std::string error;
  if (!stage_.build(error)) {
    loader_.fail("The player's shaders failed to build: " + error);
    return false;
  }
  overlay_.gpuRebuilt();
  loop_.markOverlayStale();
  return true;
}

void Player::makeCurrent() {
  platform_->makeGlContextCurrent();
  overlay_.makeCurrent();
}

void Player::loadManifest(const std::string& url) {
  makeCurrent();
  loader_.loadManifest(url);
}

void Player::loadPanorama(const std::string& url) {
  makeCurrent();
  loader_.loadPanorama(url);
}

void Player::contextLost() {
  if (contextLost_ || !overlay_.context()) return;
  contextLost_ = true;
  view_.controller().stop();
  platform_->warn("the WebGL context was lost; waiting for the browser to restore it");
}

void Player::contextRestored() {
  if (!contextLost_) return;
  contextLost_ = false;
  makeCurrent();
  // Every GL name from before the loss is dead: drop them without touching the new context.
  stage_.forget();
  if (!buildGpu()) return;
  loader_.reloadPixels();
  loop_.invalidate();
}

void Player::resize(double cssWidth, double cssHeight, double pixelRatio) {
  loop_.markOverlayStale();
  view_.resize(cssWidth, cssHeight, pixelRatio);
  hotspots_.aimShift(0.0);
}

bool Player::pointer(PointerPhase phase, int id, double x, double y, int button, bool isMouse) {
  setUiLanguage(uiLanguage_);
  if (phase == PointerPhase::Down) {
    userGesture();
    if (!uiFocus_.empty()) loop_.invalidate();
    uiFocus_.clear(); // the keyboard's ring goes when the pointer is used (as :focus-visible)
  }
  return pointers_.pointer(overlay_.context(), phase, id, {x, y}, button, isMouse, platform_->nowMs() / 1000.0);
}

bool Player::wheel(double x, double y, double deltaY) {
  autorotate_.stop();
  return pointers_.wheel(overlay_.context(), {x, y}, deltaY);
}

void Player::userGesture() {
  for (Feature* f : features_) f->userGesture();
}

const FocusTarget* Player::focusedTarget() const {
  for (const FocusTarget& t : focusTargets_)
    if (t.id == uiFocus_) return &t;
  return nullptr;
}

void Player::setUiFocus(const FocusTarget& t) {
  uiFocus_ = t.id;
  focusSaid_ = t.label + t.state;
  hotspots_.clearFocus();
  const std::string comma = tr(", ");
  platform_->announce(t.label + comma + t.role + (t.state.empty() ? std::string() : comma + t.state));
  loop_.invalidate();
}

// One Tab order: the markers (in yaw order), then the controls (ui/Focus.h's groups); past either
// end the focus leaves the player (false: the browser moves it on).
bool Player::focusStep(bool backwards) {
  const FocusTarget* at = focusedTarget();
  if (at) {
    const long i = long(at - focusTargets_.data()) + (backwards ? -1 : 1);
    if (i >= 0 && i < long(focusTargets_.size())) {
      setUiFocus(focusTargets_[size_t(i)]);
      return true;
    }
    uiFocus_.clear();
    loop_.invalidate();
    // Back from the first control: the last marker; forward from the last: out.
    return backwards && hotspots_.handle(Command::FocusPrevious);
  }
  if (backwards && !hotspots_.hasFocus() && !focusTargets_.empty()) { // coming back in: the last item
    setUiFocus(focusTargets_.back());
    return true;
  }
  if (hotspots_.handle(backwards ? Command::FocusPrevious : Command::FocusNext)) return true;
  if (!backwards && !focusTargets_.empty()) {
    setUiFocus(focusTargets_.front());
    return true;
  }
  return false;
}

void Player::focusEnter(bool backwards) {
  uiFocus_.clear();
  hotspots_.clearFocus();
  focusStep(backwards);
}

bool Player::key(const std::string& key, bool down, bool shift, bool ctrl) {
  setUiLanguage(uiLanguage_);
  const KeyPress press{key, shift, ctrl};
  if (down) userGesture();
  // A focused seek bar: the left and right arrows move in time rather than turn the view.
  if (const FocusTarget* t = focusedTarget(); t && t->role == "slider" && (key == "ArrowLeft" || key == "ArrowRight")) {
    const bool forward = key == "ArrowRight";
    if (down && t->id == "commentary-seek") hotspots_.seekCommentaryBy(forward ? 5.0 : -5.0);
    if (down && t->id == "scrub") video_.handle(forward ? Command::SeekForward : Command::SeekBack);
    loop_.invalidate();
    return true;
  }
  if (const auto control = cameraKey(press)) {
    // TV remotes: an arrow moves the focus to the marker that way when there is one, else turns.
    if (options_.tv && down && *control <= ControlKey::Down && hotspots_.focusToward(*control)) {
      loop_.invalidate();
      return true;
    }
    if (down) view_.stopGlide();
    if (view_.controller().key(*control, down, platform_->nowMs() / 1000.0)) view_.markChanged();
    loop_.invalidate();
    return true;
  }
  if (!down) return false;
  for (const Command command : commandsFor(press)) {
    if (command == Command::FocusNext || command == Command::FocusPrevious) return focusStep(command == Command::FocusPrevious);
    if (command == Command::Help || (command == Command::Dismiss && help_)) {
      help_ = command == Command::Help && !help_;
      platform_->announce(help_ ? tr("Keyboard shortcuts. Press Escape or the question mark to close.") : tr("Keyboard shortcuts closed"));
      loop_.invalidate();
      return true;
    }
    if (command == Command::Activate && !uiFocus_.empty()) {
      // The focused control is pressed as a click on it would (a seek bar: nothing; its arrows move).
      const FocusTarget* t = focusedTarget();
      if (t && t->role != "slider") {
        pressed_ = t->id;
        pressedSaw_.clear();
        for (const FocusTarget& seen : focusTargets_) pressedSaw_.push_back(seen.id);
        pressedRuns_ = 4;
        const float x = t->x + t->w * 0.5f, y = t->y + t->h * 0.5f;
        overlay_.input().mouseMove(x, y);
        overlay_.input().mouseButton(0, true, x, y);
        overlay_.input().mouseButton(0, false, x, y);
        overlay_.input().mouseLeave();
        loop_.invalidate();
      }
      return true;
    }
    if (command == Command::ResetView) {
      view_.reset();
      loop_.invalidate();
      return true;
    }
    if (command == Command::NextProjection) {
      setLens(nextLens(view_.lens().kind()));
      return true;
    }
    if (command == Command::ToggleFullscreen && options_.controls) {
      platform_->toggleFullscreen();
      loop_.invalidate();
      return true;
    }
    for (Feature* f : features_)
      if (f->handle(command)) return true;
    if (command == Command::Dismiss && !uiFocus_.empty()) {
      uiFocus_.clear(); // nothing to close: Escape takes the focus off the control
      loop_.invalidate();
      return true;
    }
  }
  return false;
}

void Player::blur() {
  view_.controller().stop();
  hotspots_.clearFocus();
  overlay_.input().mouseLeave();
  loop_.invalidate();
}

namespace {
// How long a switch of lens morphs.
constexpr double kLensMorphSeconds = 0.9;
} // namespace

bool Player::setProjection(std::string_view name) {
  const auto kind = lensFromName(name);
  if (!kind) {
    platform_->warn("projection \"" + std::string(name.substr(0, 40)) + "\" is not rectilinear, stereographic or fisheye; ignored");
    return false;
  }
  setLens(*kind);
  return true;
}

void Player::setLens(LensKind kind) {
  autorotate_.stop();
  const double seconds = platform_->prefersReducedMotion() ? 0.0 : kLensMorphSeconds;
  if (!view_.setLens(kind, platform_->nowMs() / 1000.0, seconds, true)) return;
  platform_->emit("projectionchange", JsonWriter().add("projection", std::string(lensName(kind))).str());
  loop_.markOverlayStale();
  loop_.invalidate();
}

void Player::setView(const ViewAngles& view, bool horizontal) {
  autorotate_.stop();
  // An unchanged view draws nothing: pages may call this every frame.
  if (view_.set(view, horizontal)) loop_.invalidate();
}

OverlayModel Player::overlayModel() const {
  OverlayModel m;
  m.width = float(view_.canvasWidth());
  m.height = float(view_.height());
  m.controls = options_.controls;
  m.focus = uiFocus_;
  m.rtl = isRightToLeft(uiLanguage_);
  m.help = help_;
  if (const Tour* tour = loader_.tour()) {
    m.title = tour->title();
    m.director = tour->director();
    m.film = tour->film();
    m.year = tour->year().value_or(0);
  }
  const Scene& scene = loader_.scene();
  const LoadStatus status = scene.load().status();
  m.loading = scene.load().loading();
  // Once a preview is on screen the panel would hide it: a slim bar at the top edge says the
  // sharp image is still coming.
  const TextureStore* store = stage_.findLayer(scene);
  m.sharpening = m.loading && store && store->drawable() != nullptr;
  if (status == LoadStatus::Manifest) {
    m.loadingLabel = tr("Loading shot");
  } else if (status == LoadStatus::Image && scene.isVideo()) {
    m.loadingLabel = tr("Loading video");
  } else if (status == LoadStatus::Image) {
    m.loadingLabel = tr("Loading panorama");
    m.progress = scene.downloadProgress < 0 ? -1.0f : float(scene.downloadProgress * 0.85);
  } else if (status == LoadStatus::Upload) {
    m.loadingLabel = tr("Preparing panorama");
    m.progress = float(0.85 + 0.15 * (loader_.panorama() ? loader_.panorama()->progress() : 0.0));
  }
  if (const Scene* next = loader_.pending()) {
    // A link followed before its target had a picture: the scene stays, a slim bar says it comes.
    m.loading = m.sharpening = true;
    m.loadingLabel = trf("Loading {0}", {next->config().title.empty() ? next->id() : next->config().title});
    m.progress = next->downloadProgress < 0 ? -1.0f : float(next->downloadProgress);
  }
  m.sceneWidth = float(view_.width());
  for (const Feature* f : features_) f->contribute(m);
  if (status == LoadStatus::Failed) {
    m.error = scene.error();
    m.errorPath = scene.errorPath();
  }
  m.fullscreen = platform_->isFullscreen();
  m.projection = int(view_.lens().kind());
  return m;
}

bool Player::stepAll(double nowMs) {
  // Inertia, held keys, a glide to a hotspot, the lens shift; then the features, then uploads.
  const View::Step viewStep = view_.step(nowMs / 1000.0);
  if (viewStep.changed) loop_.markDirty();
  if (viewStep.shifted) loop_.markOverlayStale(); // markers move with the picture
  bool moving = viewStep.moving;
  if (hotspots_.takeOpened()) autorotate_.stop();
  for (Feature* f : features_) moving = f->step(nowMs) || moving;
  moving = loader_.step(nowMs, kUploadBudgetMs) || moving;
  if (gpuOk_) loader_.streamTiles();
  return moving;
}

void Player::frame(double nowMs) {
  setUiLanguage(uiLanguage_);
  // While a headset's session runs its frames draw (xrFrame); the screen's wait for its end.
  if (!overlay_.context() || contextLost_ || xr_.running()) return;
  const double scriptStart = platform_->nowMs();
  makeCurrent();
  bool moving = stepAll(nowMs);
  const Scene& scene = loader_.scene();
  const LoadStatus status = scene.load().status();
  const bool indeterminate = status == LoadStatus::Manifest || (status == LoadStatus::Image && scene.downloadProgress < 0);
  if (!loop_.begin(nowMs, indeterminate, status, overlay_.input().pending())) return loop_.idle(moving);

  const OverlayModel model = overlayModel();
  const bool spinning = model.timeline && model.timeline->waiting;
  const auto actions = overlay_.run(model, view_.pixelRatio(), indeterminate || spinning, loop_, stage_.overlay());
  // Side by side, the scene takes the left part of the canvas and the overlay the whole of it.
  if (const Scene* leaving = loader_.leaving()) {
    const MoveFrame move = loader_.moveFrame(nowMs);
    stage_.draw(scene, view_, overlay_.hasFonts(), leaving, &move);
    ++moveFrames_;
    if (!stage_.hasPicture(*leaving) && !(stage_.hasPicture(scene) && move.toOpacity >= 1.0)) ++blankMoveFrames_;
  } else {
    stage_.draw(scene, view_, overlay_.hasFonts());
  }

  bool acted = false;
  if (actions) {
    acted = actions->resetView || actions->toggleFullscreen || actions->nextProjection;
    controlRects_ = actions->controls;
    focusTargets_ = actions->focusTargets;
    // The focused control went (its menu closed): the focus goes with it. Still there with another
    // name or state (pressed, now "Play the commentary"): said again.
    // A menu opened by a key: its first control takes the focus.
    if (!pressed_.empty()) {
      for (const FocusTarget& t : focusTargets_) {
        const bool menu = t.group == int(FocusGroup::CaptionStyle) || t.group == int(FocusGroup::Share);
        if (menu && std::find(pressedSaw_.begin(), pressedSaw_.end(), t.id) == pressedSaw_.end()) {
          menuOpener_ = pressed_;
          setUiFocus(t);
          pressed_.clear();
          break;
        }
      }
      if (--pressedRuns_ <= 0) pressed_.clear();
    }
    const FocusTarget* focused = focusedTarget();
    if (!uiFocus_.empty() && !focused) {
      // Its menu closed: back to the control that opened it, when it is still there.
      uiFocus_.clear();
      for (const FocusTarget& t : focusTargets_)
        if (t.id == menuOpener_) setUiFocus(t);
      menuOpener_.clear();
      focused = focusedTarget();
    }
    // (A seek bar's time is not: it changes ten times a second while playing.)
    if (focused && focused->role != "slider" && focusSaid_ != focused->label + focused->state) setUiFocus(*focused);
    if (actions->closeHelp) help_ = false;
    if (actions->resetView) view_.reset();
    if (actions->nextProjection) setLens(nextLens(view_.lens().kind()));
    if (actions->toggleFullscreen) platform_->toggleFullscreen();
    for (Feature* f : features_) f->apply(*actions);
  }
  if (fullResolutionMs_ < 0 && loader_.panorama() && loader_.panorama()->ready()) fullResolutionMs_ = platform_->nowMs();
  // A neighbour is in: a move may come, its shader program gets ready in the next frame.
  if (!stage_.walkWarm() && !stage_.walkWarmUpPending() && loader_.preloadedScenes() > 0) {
    stage_.warmUpWalk();
    loop_.invalidate();
  }
  if (stage_.hasPicture(scene)) {
    if (!readyEmitted_) {
      readyEmitted_ = true;
      firstFrameMs_ = platform_->nowMs();
      platform_->emit("ready", JsonWriter().add("firstFrameMs", firstFrameMs_).str());
    }
    for (Feature* f : features_) f->shown();
  }
  if (view_.takeChanged()) {
    const ViewAngles v = view_.angles();
    platform_->emitView(v.yaw, v.pitch, v.hfov);
  }
  loop_.end(nowMs, moving || acted || overlay_.input().pending(), view_.controller().animating() || loader_.previewUploading());
  const double scriptMs = platform_->nowMs() - scriptStart;
  scriptMsTotal_ += scriptMs;
  scriptMsMax_ = std::max(scriptMsMax_, scriptMs);
}

void Player::xrFrame(const XrFrame& f) {
  if (!overlay_.context() || contextLost_ || !gpuOk_ || !xr_.active() || f.eyeCount == 0) return;
  const double scriptStart = platform_->nowMs();
  makeCurrent();
  Immersive& im = xr_.immersive();
  im.pose(f.head);
  stepAll(f.nowMs);
  xr_.aim(f);

  // The overlay in its headset layout: the open hotspot's panel above the captions' band, drawn
  // into a texture. A ray on the panel is the overlay's mouse.
  OverlayModel model = overlayModel();
  model.headset = true;
  model.controls = false;
  model.width = model.sceneWidth = kXrPanelWidth;
  model.height = kXrPanelHeight + kXrCaptionBand;
  model.captionBand = kXrCaptionBand;
  model.markers.clear();
  model.error.clear();
  model.loading = model.sharpening = false;
  model.timeline.reset();
  model.share.reset();
  model.tour.reset();
  std::optional<glm::dvec2> onPanel;
  for (int i = 0; i < f.rayCount && !onPanel; ++i) onPanel = im.panelHit(f.rays[i]);
  if (onPanel) {
    const glm::dvec2 at{onPanel->x * kXrPanelWidth, onPanel->y * kXrPanelHeight};
    if (at != xrMouse_) overlay_.input().mouseMove(float(at.x), float(at.y));
    xrMouse_ = at;
  } else if (xrMouse_.x >= 0.0) {
    overlay_.input().mouseLeave();
    xrMouse_ = {-1.0, -1.0};
  }
  // ImGui measures a window that appears in its first frame and shows it in the next.
  if (!xrOverlay_ || !(*xrOverlay_ == model)) xrOverlaySettle_ = 2;
  const bool settle = xrOverlaySettle_ > 0;
  if (settle) --xrOverlaySettle_;
  xrOverlay_ = model;
  if (const auto actions = overlay_.run(model, kXrPixelRatio, settle, loop_, stage_.overlay()))
    for (Feature* feature : features_) feature->apply(*actions);
  if (model.panel && !im.panel()) im.placePanel(kXrPanelHeight / kXrPanelWidth);
  if (!model.panel) im.clearPanel();

  XrRenderer& xr = stage_.xr();
  const bool captions = !model.caption.empty();
  if (model.panel || captions) { // the overlay's texture: only when a quad shows it
    xr.beginPanel(int(kXrPanelWidth * kXrPixelRatio), int((kXrPanelHeight + kXrCaptionBand) * kXrPixelRatio));
    stage_.overlay().draw();
    xr.endPanel();
  }
  platform_->bindXrFramebuffer();
  const Scene& scene = loader_.scene();
  const std::vector<size_t> markers = hotspots_.activeMarkers();
  const float band = kXrCaptionBand / (kXrPanelHeight + kXrCaptionBand); // of the texture's height
  int quads = 0;
  for (int i = 0; i < f.eyeCount; ++i) {
    const XrEye& eye = f.eyes[i];
    if (eye.viewport[2] <= 0 || eye.viewport[3] <= 0) continue; // a mono display's second eye
    stage_.drawEye(scene, im.eyeProjection(eye), eye.viewport, eye.eye);
    xr.begin();
    const glm::dmat4 sky = Immersive::skyToClip(eye), room = Immersive::roomToClip(eye);
    for (const size_t m : markers) {
      const HotspotConfig& h = scene.markers()[m];
      const bool hovered = xr_.hoveredMarker() == m;
      const glm::vec4 fill = h.target.empty() || scene.hotspot(h.id) ? glm::vec4(0.98f, 0.76f, 0.33f, 1.0f) : glm::vec4(0.08f, 0.08f, 0.1f, 0.9f);
      const glm::vec4 ring = hovered ? glm::vec4(0.98f, 0.76f, 0.33f, 1.0f) : glm::vec4(1.0f);
      xr.marker(sky, im.markerQuad({h.yaw, h.pitch}, Immersive::kMarkerRadiusDeg * (hovered ? 1.35 : 1.0)), fill, ring);
    }
    if (im.panel()) xr.texture(room, *im.panel(), xr.panelTexture(), {0.0f, band, 1.0f, 1.0f});
    if (captions)
      xr.texture(room, im.captionQuad(kXrCaptionBand / kXrPanelWidth), xr.panelTexture(), {0.0f, 0.0f, 1.0f, band});
    for (int r = 0; r < f.rayCount; ++r) {
      double length = kXrRayLength;
      im.panelHit(f.rays[r], &length); // a ray on the panel ends there
      xr.ray(room, f.rays[r], eye.pose.position, length, glm::vec4(1.0f, 1.0f, 1.0f, 0.85f));
    }
    quads += xr.quadsDrawn();
  }
  stage_.endEyes();
  xr_.frameDrawn(f, platform_->nowMs() - scriptStart, quads);
}

void Player::xrSelect(const XrRay& ray) {
  if (!xr_.running()) return;
  makeCurrent();
  // On the panel: a click where the ray meets it (the overlay's next frame sees it).
  if (const auto uv = xr_.immersive().panelHit(ray)) {
    const float x = float(uv->x * kXrPanelWidth), y = float(uv->y * kXrPanelHeight);
    overlay_.input().mouseMove(x, y);
    overlay_.input().mouseButton(0, true, x, y);
    overlay_.input().mouseButton(0, false, x, y);
    return;
  }
  xr_.select(ray);
}

std::string Player::momentLink(double angleStep, double timeStep, bool withTime) const {
  Moment m;
  if (!loader_.sourceUrl().empty()) (loader_.sourceIsManifest() ? m.manifest : m.panorama) = loader_.sourceUrl();
  const ViewAngles v = view_.camera().view();
  // The scene, unless it is the one the tour opens at (a link without one opens there too).
  if (const Tour* tour = loader_.tour(); tour && &tour->start() != &loader_.scene().config()) m.scene = sceneId();
  m.yaw = v.yaw;
  m.pitch = v.pitch;
  m.hfov = v.hfov;
  if (!view_.lens().rectilinear()) m.projection = view_.lens().kind();
  if (withTime && video_.active()) m.t = video_.currentTime();
  // The open hotspot, or a link's hotspot before the first frame opens it.
  if (const std::string id = hotspots_.linkedId(); !id.empty()) m.hotspot = id;
  if (!hotspots_.captionLanguage().empty()) m.lang = hotspots_.captionLanguage();
  if (!options_.controls) m.controls = false;
  return formatMoment(m, {angleStep, timeStep});
}

std::string Player::scenesJson() const {
  std::string out = "[";
  if (const Tour* tour = loader_.tour()) {
    for (const SceneConfig& s : tour->scenes()) {
      std::string links = "[";
      for (const LinkConfig& l : s.links)
        links += (links.size() > 1 ? "," : "") + JsonWriter().add("target", l.target).add("label", l.label).str();
      out += (out.size() > 1 ? "," : "") +
             JsonWriter().add("id", s.id).add("title", s.title.empty() ? s.id : s.title).addJson("links", links + "]").str();
    }
  }
  return out + "]";
}

std::optional<double> Player::videoTime() const {
  return video_.active() ? std::optional(video_.currentTime()) : std::nullopt;
}

std::string Player::statsJson() const {
  const PanoramaTexture* panorama = loader_.panorama();
  const OverlayRenderer* overlay = stage_.overlayIfBuilt();
  const TextureStore* store = stage_.findLayer(loader_.scene());
  JsonWriter json;
  json.add("framesDrawn", double(loop_.framesDrawn()))
      .add("scriptMsTotal", scriptMsTotal_)
      .add("scriptMsMax", scriptMsMax_)
      .add("firstFrameMs", firstFrameMs_)
      .add("fullResolutionMs", fullResolutionMs_)
      .add("longestUploadStripMs", store ? store->longestStripMs() : 0.0)
      .add("textureWidth", double(panorama ? panorama->width() : 0))
      .add("textureHeight", double(panorama ? panorama->height() : 0))
      .add("status", loader_.scene().load().name())
      .add("overlayDrawCalls", double(overlay ? overlay->drawCalls() : 0))
      .add("markerDrawCalls", double(overlay ? overlay->backgroundDrawCalls() : 0))
      .add("fov", view_.camera().hfov())
      .add("lensShiftX", view_.lensShift().x)
      .add("lensShiftY", view_.lensShift().y)
      .add("projection", std::string(lensName(view_.lens().kind())))
      .add("lensMix", view_.lens().morphing() ? view_.lens().mix : 1.0)
      .add("scene", sceneId())
      .add("title", loader_.tour() ? loader_.tour()->title() : std::string())
      .add("moving", loader_.leaving() != nullptr)
      .add("movePending", loader_.pending() != nullptr)
      .add("moveFrames", double(moveFrames_))
      .add("blankMoveFrames", double(blankMoveFrames_))
      .add("preloadedScenes", double(loader_.preloadedScenes()))
      .add("preloadedBytes", loader_.preloadedBytes());
  // A tiled scene's streaming: the tiles its last frame needed, how many of them a coarser level or
  // the preview stood in for, the requests (in flight, made, cancelled, failed), the GPU memory held.
  const TileStreamer& tiles = loader_.tiles();
  json.add("tilesWanted", double(stage_.wantedTiles(loader_.scene()).size()))
      .add("tileLevel", stage_.wantedTiles(loader_.scene()).empty() ? -1.0 : double(stage_.wantedTiles(loader_.scene()).front().level))
      .add("tileStandIns", double(stage_.lastStandIns()))
      .add("tilesInFlight", double(tiles.inFlight()))
      .add("tilesRequested", double(tiles.requested()))
      .add("tilesCancelled", double(tiles.cancelled()))
      .add("tilesFailed", double(tiles.failedTiles()))
      .add("tilesResident", double(store ? store->residentCount() : 0))
      .add("tileBytes", store ? store->residentBytes() : 0.0)
      .add("tileBudgetBytes", stage_.tileBudget())
      .add("uploading", store && store->uploading());
  // Text in scripts the interface font lacks (ui/Text.h): the runs kept as textures, their bytes.
  const TextCache* text = overlay_.textCache();
  json.add("uiLanguage", uiLanguageCode(uiLanguage_));
  json.add("textRuns", double(text ? text->size() : 0))
      .add("textRunsRasterized", double(text ? text->rasterized() : 0))
      .add("textBytes", double(text ? text->bytes() : 0));
  JsonWriter rects;
  for (const ControlRect& r : controlRects_)
    rects.addJson(r.id, JsonWriter().add("x", double(r.x)).add("y", double(r.y)).add("w", double(r.w)).add("h", double(r.h)).str());
  json.addJson("controlRects", rects.str());
  for (const Feature* f : features_) f->stats(json);
  return json.str();
}

} // namespace shotscape
