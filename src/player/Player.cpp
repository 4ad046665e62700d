#include "player/Player.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include <GLES3/gl3.h>
#include <glm/geometric.hpp>
#include <imgui.h>
#include <imgui_internal.h> // ImGuiWindow: where the overlay is, for fingers (overlayAt)
#include "core/HotspotLayout.h"
#include "core/DeepLink.h"
#include "core/JsonWriter.h"
#include "core/Url.h"
#include "ui/HotspotPanel.h"
#include "ui/Icons.h"

namespace shotscape {

namespace {
// Time a frame may spend copying panorama strips: keeps every task well under the 50 ms
// long-task threshold while finishing an 8192×4096 image in a handful of frames.
constexpr double kUploadBudgetMs = 12.0;
// How often loading feedback is redrawn while nothing else changes.
constexpr double kLoadingRedrawMs = 200.0;

} // namespace

Player::Player(std::unique_ptr<Platform> platform, PlayerOptions options)
    : platform_(std::move(platform)), options_(options), texture_(*platform_), preview_(*platform_) {
  platform_->setFrameCallback([this](double now) { frame(now); });
  for (const auto& w : options_.warnings) platform_->warn(w.message);
  captionLanguage_ = options_.lang.value_or("");
  linkHotspotPending_ = options_.hotspot.has_value();
  autorotating_ = options_.autorotate != 0.0;
  soundLocked_ = options_.muted;
  gpuOk_ = platform_->createGlContext();
  initialView_ = {options_.yaw.value_or(0.0), options_.pitch.value_or(0.0), options_.hfov.value_or(90.0)};
  camera_.setView(initialView_);
  if (!gpuOk_) {
    fail("WebGL 2 is not available in this browser, so the 360° view cannot be drawn.");
    return;
  }
  platform_->makeGlContextCurrent();
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGuiInput::configureKeyMap();
  io.BackendRendererName = "shotscape_webgl2";
  createGpuResources();
  platform_->loadFonts([this](std::string regular, std::string semiBold) {
    if (regular.empty() && semiBold.empty()) {
      // Without a font ImGui draws nothing: the shot is shown without its interface, and said so.
      const std::string message = "The player's interface font could not be loaded, so the shot is shown without its controls.";
      platform_->warn(message);
      platform_->emit("error", JsonWriter().add("message", message).str());
      return;
    }
    fontFiles_ = {std::move(regular), std::move(semiBold)};
    fontsArrived_ = true;
    fontRatio_ = 0.0f; // rebuild the atlas with them
    invalidate();
  });
  invalidate();
}

bool Player::createGpuResources() {
  texture_.queryLimits();
  preview_.queryLimits();
  renderer_ = std::make_unique<PanoramaRenderer>();
  overlayRenderer_ = std::make_unique<OverlayRenderer>();
  std::string error;
  if (!renderer_->init(error) || !overlayRenderer_->init(error)) {
    fail("The player's shaders failed to build: " + error);
    return false;
  }
  fontRatio_ = 0.0f; // the font atlas texture is rebuilt on the next frame
  overlayStale_ = true;
  viewport_[0] = viewport_[1] = -1;
  return true;
}

void Player::contextLost() {
  if (contextLost_ || !imgui_) return;
  contextLost_ = true;
  controller_.stop();
  platform_->warn("the WebGL context was lost; waiting for the browser to restore it");
}

void Player::contextRestored() {
  if (!contextLost_) return;
  contextLost_ = false;
  makeCurrent();
  // Every GL name from before the loss is dead: drop them without touching the new context.
  texture_.forget();
  preview_.forget();
  if (session_) session_->forgetGpu();
  videoTexture_.forget();
  if (!createGpuResources()) return;
  if (manifest_ && load_.status() != LoadStatus::Failed && !video_) {
    ++loadGeneration_;
    loadSceneImage(sceneBaseUrl_);
  }
  invalidate();
}

Player::~Player() {
  makeCurrent();
  session_.reset();
  if (sceneAudio_) platform_->releaseMedia(sceneAudio_);
  if (videoMedia_) platform_->releaseMedia(videoMedia_);
  videoTexture_.reset();
  texture_.reset();
  preview_.reset();
  renderer_.reset();
  overlayRenderer_.reset();
  if (imgui_) ImGui::DestroyContext(imgui_);
}

void Player::makeCurrent() {
  platform_->makeGlContextCurrent();
  if (imgui_) ImGui::SetCurrentContext(imgui_);
}

void Player::invalidate() {
  dirty_ = true;
  platform_->requestFrame();
}

void Player::fail(std::string message, std::string path, std::string url) {
  load_.fail();
  error_ = std::move(message);
  errorPath_ = std::move(path);
  JsonWriter detail;
  detail.add("message", errorPath_.empty() ? error_ : errorPath_ + ": " + error_);
  if (!errorPath_.empty()) detail.add("path", errorPath_);
  if (!url.empty()) detail.add("url", url);
  platform_->emit("error", detail.str());
  invalidate();
}

bool Player::beginLoad(const std::string& url, const char* what) {
  ++loadGeneration_;
  closeHotspot();
  focusedHotspot_.reset();
  if (sceneAudio_) platform_->releaseMedia(sceneAudio_);
  sceneAudio_ = 0;
  sceneAudioBlocked_ = false;
  if (videoMedia_) platform_->releaseMedia(videoMedia_);
  videoMedia_ = 0;
  video_.reset();
  makeCurrent();
  videoTexture_.reset();
  reportedPaused_ = true;
  endedEmitted_ = false;
  timeupdateAt_ = -1.0;
  texture_.reset();
  preview_.reset();
  manifest_.reset();
  error_.clear();
  if (std::string problem = urlProblem(url); !problem.empty()) {
    fail(std::string("The ") + what + " URL was refused: " + problem, {}, url);
    return false;
  }
  return true;
}

void Player::loadManifest(const std::string& url) {
  if (!beginLoad(url, "manifest")) return;
  sourceUrl_ = url;
  sourceIsManifest_ = true;
  const int generation = loadGeneration_;
  load_.beginManifest();
  invalidate();
  platform_->fetchText(url, {}, {
      [this, generation](std::string text, std::string resolvedUrl) {
        if (generation != loadGeneration_) return;
        auto result = parseManifest(text);
        for (const auto& d : result.diagnostics)
          if (d.severity == Severity::Warning) platform_->warn("manifest " + d.toString());
        if (!result.manifest) {
          for (const auto& d : result.diagnostics)
            if (d.severity == Severity::Error) return fail(d.message, d.path, resolvedUrl);
        }
        startScene(*result.manifest, resolvedUrl);
      },
      [this, generation](FetchFailure failure) {
        if (generation != loadGeneration_) return;
        fail("The manifest could not be loaded (" + failure.reason + "): " + failure.url, {}, failure.url);
      }});
}

void Player::loadPanorama(const std::string& url) {
  if (!beginLoad(url, "panorama")) return;
  sourceUrl_ = url;
  sourceIsManifest_ = false;
  startScene(manifestForPanorama(url), {});
}

void Player::startScene(const ManifestConfig& manifest, const std::string& baseUrl) {
  manifest_ = manifest;
  const auto& scene = manifest_->scene;
  camera_.setLimits(cameraLimitsFrom(scene.limits));
  initialView_ = {options_.yaw.value_or(scene.initialView.yaw), options_.pitch.value_or(scene.initialView.pitch),
                  options_.hfov.value_or(scene.initialView.hfov)};
  camera_.setView(initialView_);
  viewChanged_ = true;
  sceneBaseUrl_ = baseUrl;
  hotspotDirections_ = hotspotDirections(scene.hotspots);
  if (scene.audio) startSceneAudio(*scene.audio, baseUrl);
  if (scene.type == SceneType::EquirectVideo) {
    video_.emplace(scene.sources);
    load_.beginImage();
    if (!scene.poster.empty()) loadPoster(baseUrl);
    loadVideoSource();
    invalidate();
    return;
  }
  loadSceneImage(baseUrl);
}

void Player::loadPoster(const std::string& baseUrl) {
  const int generation = loadGeneration_;
  if (!gpuOk_) return;
  // The poster is drawn like an image scene's preview, until the first video frame replaces it.
  const auto show = [this, generation](ImageInfo image) {
    if (generation != loadGeneration_ || videoTexture_.ready() || preview_.uploading())
      return platform_->releaseImage(image.id);
    makeCurrent();
    preview_.reset();
    preview_.begin(image);
    invalidate();
  };
  platform_->loadImage(manifest_->scene.poster, baseUrl, texture_.maxTextureSize(),
                       {[](double, double) {}, show, show, [this, generation](FetchFailure failure) {
                          if (generation != loadGeneration_) return;
                          reportMediaError("The poster could not be loaded (" + failure.reason + "): " + failure.url,
                                           failure.url);
                        }});
}

void Player::loadVideoSource() {
  const VideoSourceConfig* source = video_ ? video_->current() : nullptr;
  if (!source || !gpuOk_) return;
  const int generation = loadGeneration_;
  const auto& scene = manifest_->scene;
  const MediaKind kind = source->format == VideoFormat::Hls ? MediaKind::HlsVideo : MediaKind::Video;
  videoMedia_ = platform_->createMedia(kind, source->src, sceneBaseUrl_, scene.loop, "scene", {
      [this, generation](double duration) {
        if (generation != loadGeneration_) return;
        video_->duration = duration;
        for (const auto& d : hotspotWindowsBeyond(manifest_->scene.hotspots, duration))
          platform_->warn("manifest " + d.toString());
        const double start = options_.t.value_or(manifest_->scene.startTime);
        if (start > 0) platform_->seekMedia(videoMedia_, start);
        invalidate();
      },
      [this](bool, bool) { invalidate(); },
      [this, generation](FetchFailure failure) {
        if (generation != loadGeneration_) return;
        // This source is out; the next one in the manifest's order gets its turn.
        platform_->releaseMedia(videoMedia_);
        videoMedia_ = 0;
        const bool more = video_->fail(failure.url, failure.reason) != nullptr;
        reportMediaError("The video could not be played (" + failure.reason + "): " + failure.url +
                             (more ? "; trying the next source" : ""),
                         failure.url);
        if (more) loadVideoSource();
        else if (!videoTexture_.ready()) fail(video_->failureMessage());
      },
      [this]() {
        if (!video_->muted) {
          // Sound was asked for (muted=0) but the browser wants a gesture first: start muted.
          soundLocked_ = true;
          video_->muted = true;
          platform_->setMediaMuted(videoMedia_, true);
          platform_->playMedia(videoMedia_);
          return;
        }
        // Even muted autoplay was refused: the play button waits for the viewer.
        platform_->warn("the browser did not let the video start by itself; press play");
        invalidate();
      }});
  // Autoplay is allowed muted; sound waits for the viewer (the "Tap for sound" button).
  video_->muted = soundLocked_;
  platform_->setMediaMuted(videoMedia_, soundLocked_);
  platform_->setMediaVolume(videoMedia_, userVolume_ * ducking_.gain(platform_->nowMs() / 1000.0));
  if (options_.autoplay) platform_->playMedia(videoMedia_);
}

std::optional<glm::dvec4> Player::openPanel(bool* sheet) const {
  if (!session_ || sideBySide_) return std::nullopt;
  float panel[4];
  HotspotPanel::panelRect({float(cssWidth_), float(cssHeight_), float(cssWidth_), video_ && options_.controls ? kRowAboveButtons : 0.0f}, panel);
  if (sheet) *sheet = panel[0] < cssWidth_ * 0.25; // narrow screens: the panel is a sheet below
  return glm::dvec4{panel[0], panel[1], panel[2], panel[3]};
}

HotspotLayoutSettings Player::layoutSettings() const {
  HotspotLayoutSettings settings;
  bool sheet = false;
  const auto panel = openPanel(&sheet);
  if (!panel) return settings;
  settings.uncovered = sheet ? glm::dvec4{0.0, 0.0, cssWidth_, panel->y} : glm::dvec4{0.0, 0.0, panel->x, cssHeight_};
  return settings;
}

std::optional<double> Player::sceneTime() const {
  if (!video_) return std::nullopt;
  return video_->shownTime();
}

void Player::play() {
  if (!videoMedia_) return;
  if (video_->ended || (video_->duration > 0 && video_->currentTime >= video_->duration - 0.05))
    platform_->seekMedia(videoMedia_, 0.0);
  platform_->playMedia(videoMedia_);
  invalidate();
}

void Player::pause() {
  if (videoMedia_) platform_->pauseMedia(videoMedia_);
  invalidate();
}

void Player::seek(double seconds) {
  if (!videoMedia_ || !std::isfinite(seconds)) return;
  const double to = video_->seekTarget(0.0, seconds);
  platform_->seekMedia(videoMedia_, to);
  video_->currentTime = to;
  video_->frameTime = -1.0;
  invalidate();
}

void Player::setVideoMuted(bool muted) {
  if (!videoMedia_) return;
  if (!muted) soundLocked_ = false;
  video_->muted = muted;
  platform_->setMediaMuted(videoMedia_, muted);
  invalidate();
}

bool Player::stepVideo(double nowMs) {
  if (!videoMedia_) return false;
  MediaReport r;
  platform_->queryMedia(videoMedia_, r);
  auto& v = *video_;
  const bool jumped = std::abs(r.currentTime - v.currentTime) > 0.5;
  v.currentTime = r.currentTime;
  if (r.duration > 0) v.duration = r.duration;
  v.paused = r.paused;
  v.ended = r.ended;
  v.muted = r.muted;
  v.volume = r.volume;
  v.presentedFrames = r.presentedFrames;
  v.quality = r.quality;
  v.qualitySwitches = r.qualitySwitches;
  if (r.frameTime != v.frameTime) {
    v.frameTime = r.frameTime;
    dirty_ = true; // hotspot windows follow the presented frame
  }
  // A stall shows a turning spinner (every frame while it lasts); its start and end, and buffering
  // while no frame comes, change the timeline without a presented frame to redraw it.
  const auto bufferedBefore = v.buffered;
  if (r.waiting || r.waiting != v.waiting) dirty_ = true;
  v.buffered.clear();
  for (int i = 0; i < r.bufferedCount; ++i) v.buffered.push_back({r.buffered[2 * i], r.buffered[2 * i + 1]});
  // In the timeline's half-second steps (see timelineView()).
  const auto step = [](const TimeRange& a, const TimeRange& b) {
    return std::floor(a.start * 2.0) != std::floor(b.start * 2.0) || std::ceil(a.end * 2.0) != std::ceil(b.end * 2.0);
  };
  if (v.buffered.size() != bufferedBefore.size()) dirty_ = true;
  for (size_t i = 0; i < v.buffered.size() && i < bufferedBefore.size(); ++i)
    if (step(v.buffered[i], bufferedBefore[i])) dirty_ = true;
  v.waiting = r.waiting;
  if (videoTexture_.update(*platform_, videoMedia_)) {
    dirty_ = true;
    if (load_.status() == LoadStatus::Image) { // the first frame
      load_.shown();
      preview_.reset();
    }
  }
  if (v.paused != reportedPaused_) {
    reportedPaused_ = v.paused;
    platform_->emit(v.paused ? "pause" : "play", JsonWriter().add("currentTime", v.currentTime).str());
    if (!v.paused) endedEmitted_ = false;
  }
  if (v.ended && !endedEmitted_) {
    endedEmitted_ = true;
    platform_->emit("ended", JsonWriter().add("currentTime", v.currentTime).str());
  }
  // timeupdate about four times a second while playing, and at once after a seek.
  if ((!v.paused && nowMs - timeupdateMs_ >= 250.0) || jumped ||
      (v.paused && std::abs(v.currentTime - timeupdateAt_) > 1e-3)) {
    timeupdateMs_ = nowMs;
    timeupdateAt_ = v.currentTime;
    platform_->emit("timeupdate", JsonWriter().add("currentTime", v.currentTime).add("duration", v.duration).str());
  }
  return !v.paused || v.waiting || !videoTexture_.ready();
}

TimelineView Player::timelineView() const {
  TimelineView t;
  const auto& v = *video_;
  t.playing = !v.paused;
  t.time = float(std::floor(v.currentTime * 10.0) / 10.0);
  t.duration = float(v.duration);
  // Half-second steps: the buffered ranges redraw the interface only when they visibly move.
  for (const auto& range : v.buffered) {
    t.buffered.push_back(float(std::floor(range.start * 2.0) / 2.0));
    t.buffered.push_back(float(std::ceil(range.end * 2.0) / 2.0));
  }
  t.muted = v.muted;
  t.volume = float(userVolume_);
  t.soundLocked = soundLocked_ && v.muted;
  t.waiting = v.waiting;
  if (v.quality > 0) t.quality = std::to_string(v.quality) + "p";
  for (const auto& h : manifest_->scene.hotspots)
    if (h.start || h.end)
      t.windows.push_back({float(h.start.value_or(0.0)), float(h.end.value_or(v.duration)), h.label});
  return t;
}

void Player::applyShareActions(const OverlayActions& a) {
  if (a.toggleShare) {
    shareOpen_ = !shareOpen_;
    shareStatus_.clear();
    invalidate();
  }
  if (!shareOpen_) return;
  if (a.toggleShareTime) {
    shareWithTime_ = !shareWithTime_;
    invalidate();
  }
  const std::string params = momentLink(0.1, 0.1, shareWithTime_);
  auto report = [this](const char* done) {
    return [this, done](bool ok, std::string reason) {
      shareStatus_ = ok ? done : "Could not copy (" + reason + "): select and copy the link instead";
      platform_->announce(shareStatus_);
      invalidate();
    };
  };
  const std::string page = sharePage();
  if (a.copyLink) platform_->copyShare(Platform::ShareKind::Link, params, page, report("Link copied"));
  if (a.copyIframe) platform_->copyShare(Platform::ShareKind::IframeSnippet, params, page, report("Embed code copied"));
  if (a.copyScript) platform_->copyShare(Platform::ShareKind::ScriptSnippet, params, page, report("Script tag copied"));
  if (a.shareNatively) platform_->shareNatively(manifest_ ? manifest_->title : "360° shot", params, page, report("Shared"));
}

void Player::applyTimelineActions(const TimelineActions& a) {
  if (!videoMedia_ || !a.any()) return;
  if (a.togglePlay) video_->paused ? play() : pause();
  if (a.seek) seek(*a.seek);
  if (a.toggleMute) setVideoMuted(!video_->muted);
  if (a.unlockSound) setVideoMuted(false);
  if (a.volume) {
    userVolume_ = *a.volume;
    if (video_->muted && userVolume_ > 0) setVideoMuted(false);
    sceneGain_ = -1.0; // re-applied with the ducking gain on the next frame
  }
  invalidate();
}

void Player::startSceneAudio(const SceneAudioConfig& audio, const std::string& baseUrl) {
  const double volume = audio.volume;
  sceneGain_ = -1.0;
  sceneAudio_ = platform_->createMedia(MediaKind::Audio, audio.src, baseUrl, true, "scene", {
      [this](double) { platform_->playMedia(sceneAudio_); },
      [](bool, bool) {},
      [this](FetchFailure failure) {
        reportMediaError("The scene sound could not be loaded (" + failure.reason + "): " + failure.url, failure.url);
      },
      [this]() { sceneAudioBlocked_ = true; }});
  platform_->setMediaVolume(sceneAudio_, volume * ducking_.gain(platform_->nowMs() / 1000.0));
}

void Player::reportMediaError(const std::string& message, const std::string& url) {
  platform_->warn(message);
  platform_->emit("error", JsonWriter().add("message", message).add("url", url).str());
}

void Player::userGesture() {
  autorotating_ = false;
  if (sceneAudio_ && sceneAudioBlocked_) {
    sceneAudioBlocked_ = false;
    platform_->playMedia(sceneAudio_);
  }
  if (session_) session_->userGesture();
}

double Player::sceneWidth() const { return sideBySide_ ? std::max(1.0, std::floor(cssWidth_ * 0.5)) : cssWidth_; }

void Player::setSideBySide(bool on) {
  if (sideBySide_ == on) return;
  sideBySide_ = on;
  retargetLensShift(0.0);
  viewChanged_ = true;
  overlayStale_ = true;
  invalidate();
}

bool Player::openHotspot(const std::string& id, HotspotOpener by) {
  if (!manifest_) return false;
  const auto& hotspots = manifest_->scene.hotspots;
  const auto it = std::find_if(hotspots.begin(), hotspots.end(), [&](const HotspotConfig& h) { return h.id == id; });
  if (it == hotspots.end()) {
    platform_->warn("no hotspot with id \"" + id + "\" in this scene");
    return false;
  }
  if (session_ && session_->hotspot().id == id) return true;
  closeHotspot();
  // The focus ring (and its label) is for keyboard users, as :focus-visible: a tap or a click
  // leaves none behind once the hotspot closes.
  if (by == HotspotOpener::Keyboard) focusedHotspot_ = id;
  else focusedHotspot_.reset();
  session_ = std::make_unique<HotspotSession>(
      *platform_, *it, sceneBaseUrl_, [this]() { invalidate(); },
      [this](const std::string& message, const std::string& url) { reportMediaError(message, url); });
  if (!captionLanguage_.empty()) setCaptionLanguage(captionLanguage_);
  controller_.stop();
  autorotating_ = false;
  const double now = platform_->nowMs() / 1000.0;
  const ViewAngles from = camera_.view();
  // The view turns to the hotspot while a lens shift moves the picture into the middle of what the
  // panel leaves uncovered: the hotspot lands there without the camera tilting (a phone's sheet
  // covers the lower half: no looking down at the floor with walls leaning in).
  const ViewAngles to{it->yaw, it->pitch, from.hfov};
  const bool reduced = platform_->prefersReducedMotion();
  // A moment link restores its own view: the hotspot opens where the viewer was looking.
  const double seconds = by == HotspotOpener::Link ? 0.0 : Glide::durationFor(from, to, reduced);
  if (by != HotspotOpener::Link) glide_.start(from, to, now, seconds);
  retargetLensShift(reduced ? 0.0 : std::max(seconds, GlideSettings{}.minSeconds));
  platform_->emit("hotspotopen", JsonWriter()
                                     .add("id", id)
                                     .add("by", by == HotspotOpener::Pointer    ? "pointer"
                                                : by == HotspotOpener::Keyboard ? "keyboard"
                                                : by == HotspotOpener::Link     ? "link"
                                                                                : "api")
                                     .str());
  platform_->announce(it->label + ", opened. Escape closes it.");
  overlayStale_ = true;
  invalidate();
  return true;
}

bool Player::setCaptionLanguage(const std::string& lang) {
  captionLanguage_ = lang;
  if (!session_ || !session_->commentary()) return false;
  const auto& tracks = session_->commentary()->tracks;
  for (size_t i = 0; i < tracks.size(); ++i) {
    if (tracks[i].config.lang == lang) {
      session_->selectTrack(i);
      return true;
    }
  }
  return false;
}

void Player::closeHotspot() {
  if (!session_) return;
  const std::string id = session_->hotspot().id;
  makeCurrent();
  session_.reset();
  glide_.stop();
  setSideBySide(false);
  retargetLensShift(platform_->prefersReducedMotion() ? 0.0 : GlideSettings{}.minSeconds);
  if (!caption_.empty()) {
    caption_.clear();
    platform_->emit("captionchange", JsonWriter().add("text", "").str());
  }
  platform_->announce("");
  platform_->emit("hotspotclose", JsonWriter().add("id", id).str());
  overlayStale_ = true;
  invalidate();
}

bool Player::stepHotspot(double nowMs) {
  const double now = nowMs / 1000.0;
  bool again = false;
  if (glide_.active()) {
    if (camera_.setView(glide_.at(now))) viewChanged_ = true;
    dirty_ = true;
    if (glide_.finished(now)) glide_.stop();
    else again = true;
  }
  const glm::dvec2 shift = shiftEase_.at(now);
  if (shift != lensShift_) {
    lensShift_ = shift;
    controller_.setViewport(sceneWidth(), cssHeight_, lensShift_);
    overlayStale_ = true; // markers move with the picture
    dirty_ = true;
  }
  if (shiftEase_.moving(now)) again = true;
  if (session_) {
    session_->update();
    if (session_->updateInfluenceFrame()) dirty_ = true; // same geometry, new pixels: no ImGui run
    const Commentary* commentary = session_->commentary();
    std::string caption = commentary ? commentary->captionAt(commentary->audio.time) : std::string();
    if (caption != caption_) {
      caption_ = std::move(caption);
      platform_->emit("captionchange", JsonWriter().add("text", caption_).str());
      if (!caption_.empty()) platform_->announce(caption_);
      dirty_ = true;
    }
    again = again || session_->active();
  }
  ducking_.setDucked(session_ && session_->voicePlaying(), now);
  if ((sceneAudio_ || videoMedia_) && manifest_) {
    const double gain = ducking_.gain(now);
    if (gain != sceneGain_) {
      sceneGain_ = gain;
      if (sceneAudio_ && manifest_->scene.audio)
        platform_->setMediaVolume(sceneAudio_, manifest_->scene.audio->volume * gain);
      if (videoMedia_) platform_->setMediaVolume(videoMedia_, userVolume_ * gain);
    }
    again = again || ducking_.ramping(now);
  }
  return again;
}

HotspotPanelView Player::panelView() const {
  HotspotPanelView v;
  const HotspotConfig& h = session_->hotspot();
  v.label = h.label;
  v.description = h.description;
  v.sideBySide = sideBySide_;
  if (h.influence) {
    const auto& inf = *h.influence;
    const auto& state = session_->influence();
    const auto& tex = session_->influenceTexture();
    v.hasInfluence = true;
    v.attribution = inf.auteur + " \u2014 " + inf.film + " (" + std::to_string(inf.year) + ")";
    v.note = inf.note;
    v.isVideo = inf.media.type == MediaType::Video;
    v.influencePlaying = state.media.playing;
    v.influenceMuted = state.muted;
    if (tex.ready()) {
      v.texture = tex.texture();
      v.mediaAspect = float(tex.width()) / float(std::max(1, tex.height()));
    }
    if (state.media.status == MediaStatus::Failed) v.influenceStatus = state.media.error;
    else if (state.media.blocked) v.influenceStatus = "The browser paused the clip: press play.";
  }
  if (const Commentary* c = session_->commentary()) {
    v.hasCommentary = true;
    const auto& audio = c->audio;
    if (audio.status == MediaStatus::Failed) v.commentaryStatus = audio.error;
    else if (audio.blocked) v.commentaryStatus = "The browser held the commentary back: press play to listen.";
    else if (audio.status == MediaStatus::Loading) v.commentaryStatus = "Loading the commentary…";
    v.playing = audio.playing;
    v.time = float(std::floor(audio.time * 10.0) / 10.0);
    v.duration = float(audio.duration);
    for (const auto& track : c->tracks) v.languages.push_back(track.config.label);
    v.selectedLanguage = int(c->selected);
    v.captionsOn = c->captionsOn;
    if (!c->tracks.empty()) {
      const auto& track = c->tracks[c->selected];
      if (track.status == MediaStatus::Failed) v.captionsStatus = "Captions unavailable: " + track.error;
      else if (track.status == MediaStatus::Loading) v.captionsStatus = "Loading captions…";
    }
    for (const auto& cue : c->transcript()) v.transcript.push_back(cueDisplayText(cue));
    v.currentCue = int(c->cueIndexAt(audio.time));
    if (h.commentary) v.plainTranscript = h.commentary->transcript;
  }
  return v;
}

void Player::applyHotspotActions(const HotspotPanelActions& a) {
  if (!session_ || !a.any()) return;
  if (a.close) return closeHotspot();
  const Commentary* c = session_->commentary();
  if (a.toggleCommentary) session_->toggleCommentary();
  if (a.seek) session_->seekCommentary(*a.seek);
  if (a.jumpToCue && c && size_t(*a.jumpToCue) < c->transcript().size()) {
    // A little before the cue, so its first word is heard.
    session_->seekCommentary(std::max(0.0, c->transcript()[size_t(*a.jumpToCue)].start - 0.05));
    if (!c->audio.playing) session_->toggleCommentary();
  }
  if (a.selectLanguage && c && size_t(*a.selectLanguage) < c->tracks.size())
    setCaptionLanguage(c->tracks[size_t(*a.selectLanguage)].config.lang);
  if (a.toggleCaptions && c) session_->setCaptionsOn(!c->captionsOn);
  if (a.toggleInfluence) session_->toggleInfluence();
  if (a.toggleInfluenceSound) session_->toggleInfluenceSound();
  if (a.toggleSideBySide) setSideBySide(!sideBySide_);
  invalidate();
}

void Player::loadSceneImage(const std::string& baseUrl) {
  const int generation = loadGeneration_;
  const auto& scene = manifest_->scene;
  if (!gpuOk_) return;
  load_.beginImage();
  downloadProgress_ = -1.0;
  invalidate();
  platform_->loadImage(scene.src, baseUrl, texture_.maxTextureSize(), {
      [this, generation](double loaded, double total) {
        if (generation != loadGeneration_) return;
        downloadProgress_ = total > 0 ? std::clamp(loaded / total, 0.0, 1.0) : -1.0;
        loadingChanged_ = true; // drawn at the next loading-bar tick, not at once
        platform_->requestFrame();
      },
      [this, generation](ImageInfo image) {
        if (generation != loadGeneration_ || texture_.uploading() || texture_.ready())
          return platform_->releaseImage(image.id);
        makeCurrent();
        preview_.begin(image);
        invalidate();
      },
      [this, generation](ImageInfo image) {
        if (generation != loadGeneration_) return platform_->releaseImage(image.id);
        if (image.downscaled)
          platform_->warn("the panorama is larger than this GPU's texture limit; it was downscaled to " +
                          std::to_string(image.width) + "×" + std::to_string(image.height));
        makeCurrent();
        texture_.begin(image);
        load_.pixelsArrived();
        invalidate();
      },
      [this, generation](FetchFailure failure) {
        if (generation != loadGeneration_) return;
        fail("The panorama could not be loaded (" + failure.reason + "): " + failure.url, {}, failure.url);
      }});
}

void Player::resize(double cssWidth, double cssHeight, double pixelRatio) {
  overlayStale_ = true;
  cssWidth_ = std::max(1.0, cssWidth);
  cssHeight_ = std::max(1.0, cssHeight);
  pixelRatio_ = std::clamp(pixelRatio, 0.5, 4.0);
  retargetLensShift(0.0);
  invalidate();
}

bool Player::pointer(PointerPhase phase, int id, double x, double y, int button, bool isMouse) {
  const double now = platform_->nowMs() / 1000.0;
  const bool uiHasIt = uiPointer_ == id;
  bool overUi = false;
  if (imgui_) {
    ImGui::SetCurrentContext(imgui_);
    // A mouse hovered before it pressed, so ImGui knows; a finger arrives with its press.
    overUi = isMouse ? ImGui::GetIO().WantCaptureMouse : overlayAt(x, y);
  }
  // Hover over hotspot markers follows the mouse.
  if (isMouse) {
    if (phase == PointerPhase::Leave) mouse_.reset();
    else mouse_ = glm::dvec2{x, y};
  }
  const bool toUi = phase == PointerPhase::Down && overUi && controller_.dragging() == false;
  // A finger on the overlay is sorted out by touchOnUi() (tap, scroll or horizontal drag); the
  // overlay sees the mouse as its mouse. A finger on the scene is never pressed into the overlay:
  // its release would not reach it, and an overlay that thinks a button is still held outside its
  // windows hovers nothing, so the next finger's scroll of a sheet just opened went nowhere.
  const bool fingerOnUi = !isMouse && (toUi || (uiTouch_ && uiTouch_->pointer == id));
  if (!fingerOnUi && (isMouse || uiHasIt)) {
    if (phase == PointerPhase::Leave) uiInput_.mouseLeave();
    else if (phase == PointerPhase::Move) uiInput_.mouseMove(float(x), float(y));
    else uiInput_.mouseButton(button, phase == PointerPhase::Down, float(x), float(y));
    uiSettleFrames_ = 2;
    invalidate();
  }
  if (phase == PointerPhase::Down) userGesture();
  if (toUi) {
    uiPointer_ = id;
    if (!isMouse) uiTouch_ = UiTouch{id, {x, y}, {x, y}, UiTouch::Pending};
    return true;
  }
  if (uiHasIt) {
    if (fingerOnUi) touchOnUi(phase, x, y);
    if (phase == PointerPhase::Up || phase == PointerPhase::Cancel) {
      uiPointer_ = -1;
      uiTouch_.reset();
    }
    return true;
  }
  bool changed = false;
  if (phase == PointerPhase::Down) {
    glide_.stop(); // the viewer takes the camera back
    tap_ = Tap{id, {x, y}, now};
  } else if (phase == PointerPhase::Up && tap_ && tap_->pointer == id) {
    // A press and release in place (not a drag) on a marker opens it.
    const bool inPlace = glm::length(glm::dvec2{x, y} - tap_->at) < 8.0 && now - tap_->seconds < 0.8;
    tap_.reset();
    if (inPlace && manifest_ && x < sceneWidth() && (texture_.ready() || preview_.ready() || videoTexture_.ready())) {
      const HotspotLayout layout(manifest_->scene.hotspots, hotspotDirections_,
                                 sceneProjection(), sceneTime(), layoutSettings());
      if (const auto hit = layout.hitTest({x, y})) {
        controller_.pointerUp(id, {x, y}, now);
        controller_.stop();
        openHotspot(manifest_->scene.hotspots[*hit].id, HotspotOpener::Pointer);
        return true;
      }
      // A tap on the scene above a phone's sheet puts the sheet away (as a map app's does).
      if (sheetOpen()) {
        controller_.pointerUp(id, {x, y}, now);
        controller_.stop();
        closeHotspot();
        return true;
      }
    }
  } else if (phase == PointerPhase::Cancel) {
    tap_.reset();
  }
  switch (phase) {
    case PointerPhase::Down: changed = controller_.pointerDown(id, {x, y}, now); break;
    case PointerPhase::Move: changed = controller_.pointerMove(id, {x, y}, now); break;
    case PointerPhase::Up:
    case PointerPhase::Cancel: changed = controller_.pointerUp(id, {x, y}, now); break;
    case PointerPhase::Leave: break;
  }
  if (changed) {
    viewChanged_ = true;
    invalidate();
  }
  if (controller_.animating()) invalidate();
  return phase != PointerPhase::Leave;
}

bool Player::overlayAt(double x, double y) const {
  // The windows the last overlay frame drew that take input (ImGui's own hover test, by rectangle).
  const ImVec2 p{float(x), float(y)};
  for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (w->WasActive && !w->Hidden && !(w->Flags & ImGuiWindowFlags_NoInputs) && w->OuterRectClipped.Contains(p)) return true;
  return false;
}

void Player::touchOnUi(PointerPhase phase, double x, double y) {
  // ImGui has no touch gestures: a finger on the overlay is held back until it shows what it does.
  // Lifted in place: a tap (press and release where it went down). More than 10 px up or down: a
  // scroll of the panel under it (wheel steps as far as the finger moves; nothing is pressed, so
  // no slider or button fires). More than 10 px sideways: a press at the start and a drag (sliders).
  constexpr double kSlop = 10.0;
  constexpr double kWheelStep = 70.0; // pixels ImGui 1.86 scrolls per wheel unit (5 × the 14 px font)
  UiTouch& t = *uiTouch_;
  const glm::dvec2 at{x, y};
  // A swipe down that starts on a sheet's header (title, close) puts the sheet away.
  bool sheet = false;
  const auto panel = openPanel(&sheet);
  const bool onHeader = sheet && t.start.y >= panel->y && t.start.y <= panelHeaderBottom_;
  if (phase == PointerPhase::Up && onHeader && t.mode == UiTouch::Scrolling && y - t.start.y > 40.0) {
    closeHotspot();
    return;
  }
  if (phase == PointerPhase::Move) {
    const glm::dvec2 moved = at - t.start;
    if (t.mode == UiTouch::Pending && std::abs(moved.y) > kSlop && std::abs(moved.y) >= std::abs(moved.x)) {
      t.mode = UiTouch::Scrolling;
    } else if (t.mode == UiTouch::Pending && std::abs(moved.x) > kSlop) {
      t.mode = UiTouch::Pressing;
      uiInput_.mouseButton(0, true, float(t.start.x), float(t.start.y));
    }
    if (t.mode != UiTouch::Pending) uiInput_.mouseMove(float(x), float(y));
    if (t.mode == UiTouch::Scrolling) uiInput_.wheel(0.0f, float((y - t.last.y) / kWheelStep));
  } else if (phase == PointerPhase::Up) {
    if (t.mode == UiTouch::Pending) uiInput_.mouseButton(0, true, float(t.start.x), float(t.start.y));
    if (t.mode != UiTouch::Scrolling) uiInput_.mouseButton(0, false, float(x), float(y));
  } else if (phase == PointerPhase::Cancel && t.mode == UiTouch::Pressing) {
    uiInput_.mouseButton(0, false, -FLT_MAX, -FLT_MAX); // let go away from everything
  }
  // A lifted finger hovers nothing: no tooltip or hover highlight stays where it was.
  if (phase == PointerPhase::Up || phase == PointerPhase::Cancel) uiInput_.mouseLeave();
  t.last = at;
  uiSettleFrames_ = 2;
  invalidate();
}

bool Player::wheel(double x, double y, double deltaY) {
  if (imgui_) {
    ImGui::SetCurrentContext(imgui_);
    if (ImGui::GetIO().WantCaptureMouse) {
      uiInput_.wheel(0.0f, float(-deltaY / 100.0));
      invalidate();
      return true;
    }
  }
  glide_.stop();
  autorotating_ = false;
  if (controller_.wheel({x, y}, deltaY)) {
    viewChanged_ = true;
    invalidate();
  }
  return true;
}

bool Player::key(const std::string& key, bool down, bool shift, bool ctrl) {
  const double now = platform_->nowMs() / 1000.0;
  std::optional<ControlKey> control;
  if (key == "ArrowLeft") control = ControlKey::Left;
  else if (key == "ArrowRight") control = ControlKey::Right;
  else if (key == "ArrowUp") control = ControlKey::Up;
  else if (key == "ArrowDown") control = ControlKey::Down;
  else if (key == "+" || key == "=" || key == "PageUp") control = ControlKey::ZoomIn;
  else if (key == "-" || key == "_" || key == "PageDown") control = ControlKey::ZoomOut;
  if (down) userGesture();
  if (control && !ctrl) {
    if (down) glide_.stop();
    if (controller_.key(*control, down, now)) viewChanged_ = true;
    invalidate();
    return true;
  }
  if (!down) return false;
  if (key == "0" || key == "Home") {
    resetView();
    return true;
  }
  if ((key == "f" || key == "F") && !ctrl && options_.controls) {
    platform_->toggleFullscreen();
    invalidate();
    return true;
  }
  if (key == "Tab" && !ctrl) return focusNextHotspot(shift);
  if ((key == "k" || key == "K" || (key == " " && !focusedHotspot_)) && video_ && !ctrl) {
    video_->paused ? play() : pause();
    return true;
  }
  if ((key == "j" || key == "J" || key == "l" || key == "L") && video_ && !ctrl) {
    seek(video_->seekTarget(video_->currentTime, (key == "j" || key == "J") ? -10.0 : 10.0));
    return true;
  }
  if ((key == "Enter" || key == " ") && focusedHotspot_ && !ctrl) {
    if (session_ && session_->hotspot().id == *focusedHotspot_) session_->toggleCommentary();
    else openHotspot(*focusedHotspot_, HotspotOpener::Keyboard);
    return true;
  }
  if ((key == "m" || key == "M") && session_ && !ctrl) {
    session_->toggleInfluenceSound();
    return true;
  }
  if ((key == "m" || key == "M") && video_ && !ctrl) {
    setVideoMuted(!video_->muted);
    return true;
  }
  if ((key == "c" || key == "C") && session_ && session_->commentary() && !ctrl) {
    session_->setCaptionsOn(!session_->commentary()->captionsOn);
    return true;
  }
  if (key == "Escape" && shareOpen_) {
    shareOpen_ = false;
    invalidate();
    return true;
  }
  if (key == "Escape" && session_) {
    closeHotspot();
    return true;
  }
  if (key == "Escape" && focusedHotspot_) {
    focusedHotspot_.reset();
    platform_->announce("");
    invalidate();
    return true;
  }
  return false;
}

bool Player::focusNextHotspot(bool backwards) {
  if (!manifest_ || !(texture_.ready() || preview_.ready() || videoTexture_.ready())) return false;
  const auto& hotspots = manifest_->scene.hotspots;
  const auto order = HotspotLayout::yawOrder(hotspots, sceneTime());
  long at = -1;
  for (size_t k = 0; k < order.size(); ++k)
    if (focusedHotspot_ && hotspots[order[k]].id == *focusedHotspot_) at = long(k);
  const long next = at < 0 ? (backwards ? long(order.size()) - 1 : 0) : at + (backwards ? -1 : 1);
  invalidate();
  // Past either end the focus leaves the player, so keyboard users are never trapped in it.
  if (order.empty() || next < 0 || next >= long(order.size())) {
    focusedHotspot_.reset();
    return false;
  }
  const HotspotConfig& focused = hotspots[order[size_t(next)]];
  focusedHotspot_ = focused.id;
  platform_->announce(focused.label + ", hotspot " + std::to_string(next + 1) + " of " + std::to_string(order.size()) +
                      ". Press Enter to open.");
  return true;
}

void Player::blur() {
  controller_.stop();
  focusedHotspot_.reset();
  uiInput_.mouseLeave();
  invalidate();
}

void Player::resetView() {
  controller_.stop();
  if (camera_.setView(initialView_)) viewChanged_ = true;
  invalidate();
}

ViewAngles Player::view() const {
  ViewAngles v = camera_.view();
  v.hfov = fieldsOfView(v.hfov, sceneWidth(), cssHeight_).horizontal;
  return v;
}

std::string Player::sharePage() const { return session_ ? session_->hotspot().sharePage : std::string(); }

Projection Player::sceneProjection() const { return Projection(camera_.view(), sceneWidth(), cssHeight_, lensShift_); }

void Player::retargetLensShift(double seconds) {
  glm::dvec2 target{0.0, 0.0};
  if (const auto free = layoutSettings().uncovered)
    target = glm::dvec2{(free->x + free->z) * 0.5 - sceneWidth() * 0.5, (free->y + free->w) * 0.5 - cssHeight_ * 0.5};
  const double now = platform_->nowMs() / 1000.0;
  shiftEase_.retarget(target, now, seconds);
  if (seconds <= 0.0) lensShift_ = target;
  controller_.setViewport(sceneWidth(), cssHeight_, lensShift_);
  invalidate();
}

void Player::setView(const ViewAngles& view, bool horizontal) {
  controller_.stop();
  glide_.stop();
  autorotating_ = false;
  ViewAngles next = camera_.view();
  if (std::isfinite(view.yaw)) next.yaw = view.yaw;
  if (std::isfinite(view.pitch)) next.pitch = view.pitch;
  if (std::isfinite(view.hfov)) next.hfov = horizontal ? fovFromHorizontal(view.hfov, sceneWidth(), cssHeight_) : view.hfov;
  // An unchanged view draws nothing: pages may call this every frame.
  if (camera_.setView(next)) {
    viewChanged_ = true;
    invalidate();
  }
}

OverlayModel Player::overlayModel() const {
  OverlayModel m;
  m.width = float(cssWidth_);
  m.height = float(cssHeight_);
  m.controls = options_.controls;
  const bool sheet = sheetOpen();
  if (manifest_) {
    // A phone's sheet names the hotspot: the shot's title card would only cover the scene above it.
    if (!sheet) m.title = manifest_->title;
    m.director = manifest_->director;
    m.film = manifest_->film;
    m.year = manifest_->year.value_or(0);
  }
  m.loading = load_.loading();
  // Once a preview is on screen the panel would hide it: a slim bar at the top edge says the
  // sharp image is still coming.
  m.sharpening = m.loading && preview_.ready();
  if (load_.status() == LoadStatus::Manifest) {
    m.loadingLabel = "Loading shot";
  } else if (load_.status() == LoadStatus::Image && video_) {
    m.loadingLabel = "Loading video";
  } else if (load_.status() == LoadStatus::Image) {
    m.loadingLabel = "Loading panorama";
    m.progress = downloadProgress_ < 0 ? -1.0f : float(downloadProgress_ * 0.85);
  } else if (load_.status() == LoadStatus::Upload) {
    m.loadingLabel = "Preparing panorama";
    m.progress = float(0.85 + 0.15 * texture_.progress());
  }
  m.sceneWidth = float(sceneWidth());
  if (video_ && load_.status() != LoadStatus::Failed) m.timeline = timelineView();
  if (shareOpen_ && load_.status() != LoadStatus::Failed) {
    ShareView s;
    s.link = sharePage() + "?" + momentLink(0.1, 0.1, shareWithTime_);
    s.hasTime = video_.has_value();
    s.withTime = shareWithTime_;
    if (video_) s.timeLabel = formatClock(video_->currentTime);
    s.canShareNatively = platform_->canShareNatively();
    s.status = shareStatus_;
    m.share = s;
  }
  if (manifest_ && (texture_.ready() || preview_.ready() || videoTexture_.ready())) {
    const double layoutStart = platform_->nowMs();
    const Projection projection = sceneProjection();
    const auto& hotspots = manifest_->scene.hotspots;
    const HotspotLayout layout(hotspots, hotspotDirections_, projection, sceneTime(), layoutSettings());
    const auto hovered = mouse_ && mouse_->x < sceneWidth() ? layout.hitTest(*mouse_) : std::nullopt;
    const double layoutMs = platform_->nowMs() - layoutStart;
    hotspotLayoutMsTotal_ += layoutMs;
    hotspotLayoutMsMax_ = std::max(hotspotLayoutMsMax_, layoutMs);
    ++hotspotLayouts_;
    std::optional<size_t> focused;
    for (size_t i = 0; focusedHotspot_ && i < hotspots.size() && !focused; ++i)
      if (hotspots[i].id == *focusedHotspot_) focused = i;
    m.markers.reserve(layout.placements().size());
    for (const auto& p : layout.placements()) {
      const bool isFocused = focused == p.index;
      const bool highlighted = hovered == p.index || isFocused;
      m.markers.push_back({float(p.position.x), float(p.position.y), p.onScreen, float(p.pointing.x),
                           float(p.pointing.y), highlighted, isFocused,
                           highlighted ? hotspots[p.index].label : std::string()});
    }
  }
  if (session_ && load_.status() != LoadStatus::Failed) {
    m.panel = panelView();
    m.caption = caption_;
  }
  if (load_.status() == LoadStatus::Failed) {
    m.error = error_;
    m.errorPath = errorPath_;
  }
  m.fullscreen = platform_->isFullscreen();
  return m;
}

void Player::emitView() {
  const ViewAngles v = view();
  platform_->emitView(v.yaw, v.pitch, v.hfov);
}

void Player::frame(double nowMs) {
  if (!imgui_ || contextLost_) return;
  const double scriptStart = platform_->nowMs();
  makeCurrent();
  if (controller_.update(nowMs / 1000.0)) {
    viewChanged_ = true;
    dirty_ = true;
  }
  if (autorotating_ && lastFrameMs_ >= 0.0 && (texture_.ready() || preview_.ready() || videoTexture_.ready())) {
    const double dt = std::min(0.1, (nowMs - lastFrameMs_) / 1000.0);
    ViewAngles v = camera_.view();
    v.yaw += options_.autorotate * dt;
    if (camera_.setView(v)) viewChanged_ = true;
    dirty_ = true;
  }
  lastFrameMs_ = nowMs;
  const bool videoRunning = stepVideo(nowMs) || autorotating_;
  const bool hotspotMoving = stepHotspot(nowMs) || videoRunning;
  if (preview_.uploading()) {
    preview_.uploadStep(kUploadBudgetMs);
    dirty_ = true;
  }
  if (load_.status() == LoadStatus::Upload) {
    if (texture_.uploadStep(kUploadBudgetMs)) {
      load_.shown();
      preview_.reset();
      dirty_ = true;
    } else {
      loadingChanged_ = true;
    }
  }
  // Loading feedback (the bar, the sweep of an unknown-size download, the thin bar over a preview)
  // is redrawn a few times a second, not every frame: full redraws would take CPU and GPU time
  // from the decoding and uploading they report on.
  const bool indeterminate = load_.status() == LoadStatus::Manifest || (load_.status() == LoadStatus::Image && downloadProgress_ < 0);
  const bool loadingTicks = loadingChanged_ || indeterminate;
  if (loadingTicks && nowMs - progressDrawnMs_ >= kLoadingRedrawMs) {
    loadingChanged_ = false;
    dirty_ = true;
  }
  if (load_.status() != drawnStatus_) {
    // Panels appear or change size: ImGui needs a frame to measure them before it shows them.
    drawnStatus_ = load_.status();
    uiSettleFrames_ = std::max(uiSettleFrames_, 2);
    dirty_ = true;
  }
  const bool uiPending = uiInput_.pending();
  const bool uiSettled = uiSettleFrames_ > 0;
  if (!dirty_ && !uiPending && !uiSettled) {
    // Nothing to draw, but an upload or a loading bar in progress still needs the next frame.
    if (load_.status() == LoadStatus::Upload || preview_.uploading() || loadingTicks || hotspotMoving)
      platform_->requestFrame();
    return;
  }
  dirty_ = false;
  if (uiSettled) --uiSettleFrames_;

  const int fbWidth = std::max(1, int(std::lround(cssWidth_ * pixelRatio_)));
  const int fbHeight = std::max(1, int(std::lround(cssHeight_ * pixelRatio_)));
  if (fontsArrived_ && float(pixelRatio_) != fontRatio_) {
    fontRatio_ = float(pixelRatio_);
    fonts_ = Theme::apply(fontFiles_, fontRatio_);
    overlayRenderer_->uploadFonts();
    overlayStale_ = true;
  }
  OverlayActions actions;
  const OverlayModel model = overlayModel();
  // ImGui runs only when the interface can look different; camera motion alone replays the
  // overlay's last geometry.
  const bool spinning = model.timeline && model.timeline->waiting;
  if (fontsArrived_ && (overlayStale_ || uiPending || uiSettled || indeterminate || spinning || !(model == drawnModel_))) {
    // A window that appears is measured in its first frame and shown in the next: one more run.
    if (!(model == drawnModel_)) uiSettleFrames_ = std::max(uiSettleFrames_, 1);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(cssWidth_), float(cssHeight_));
    io.DisplayFramebufferScale = ImVec2(float(pixelRatio_), float(pixelRatio_));
    io.DeltaTime = 1.0f / 60.0f;
    uiInput_.applyPending();
    ImGui::NewFrame();
    actions = overlay_.draw(model, fonts_);
    // The panel's scroll as ImGui left it; a frame without an ImGui run (the scene alone changed)
    // keeps the last one instead of reading an empty action set.
    panelScroll_ = actions.hotspot.scrollY;
    panelScrollMax_ = actions.hotspot.scrollMaxY;
    panelHeaderBottom_ = actions.hotspot.headerBottom;
    ImGui::Render();
    overlayRenderer_->upload(*ImGui::GetDrawData());
    drawnModel_ = model;
    overlayStale_ = false;
  }

  // Side by side, the scene takes the left part of the canvas and the overlay the whole of it.
  const int sceneFbWidth = sideBySide_ ? std::max(1, int(std::lround(sceneWidth() * pixelRatio_))) : fbWidth;
  const auto setViewport = [this](int w, int h) {
    if (w == viewport_[0] && h == viewport_[1]) return;
    glViewport(0, 0, w, h);
    viewport_[0] = w;
    viewport_[1] = h;
  };
  setViewport(sceneFbWidth, fbHeight);
  const PanoramaTexture* shown = texture_.ready() ? &texture_ : preview_.ready() ? &preview_ : nullptr;
  const bool sceneDrawn = shown != nullptr || videoTexture_.ready();
  if (sideBySide_) {
    glClearColor(0.03f, 0.03f, 0.04f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  if (videoTexture_.ready()) {
    renderer_->draw(sceneProjection().basis(), videoTexture_.texture(),
                    videoTexture_.width(), videoTexture_.height());
  } else if (shown) {
    // The panorama covers every pixel of its viewport: no clear needed.
    renderer_->draw(sceneProjection().basis(), shown->texture(), shown->width(),
                    shown->height());
  } else {
    glClearColor(0.05f, 0.05f, 0.06f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  setViewport(fbWidth, fbHeight);
  if (fontsArrived_) overlayRenderer_->draw();
  ++framesDrawn_;
  progressDrawnMs_ = nowMs;

  if (actions.resetView) resetView();
  if (actions.toggleFullscreen) platform_->toggleFullscreen();
  applyHotspotActions(actions.hotspot);
  applyTimelineActions(actions.timeline);
  applyShareActions(actions);
  if (texture_.ready() && fullResolutionMs_ < 0) fullResolutionMs_ = platform_->nowMs();
  if (sceneDrawn && !readyEmitted_) {
    readyEmitted_ = true;
    firstFrameMs_ = platform_->nowMs();
    platform_->emit("ready", JsonWriter().add("firstFrameMs", firstFrameMs_).str());
  }
  if (sceneDrawn && linkHotspotPending_ && manifest_) {
    linkHotspotPending_ = false;
    openHotspot(*options_.hotspot, HotspotOpener::Link); // an unknown id is warned about there
  }
  if (viewChanged_) {
    viewChanged_ = false;
    emitView();
  }
  if (controller_.animating() || load_.status() == LoadStatus::Upload || preview_.uploading() || uiInput_.pending() ||
      uiSettleFrames_ > 0 || loadingTicks || actions.resetView || actions.toggleFullscreen || hotspotMoving) {
    dirty_ = dirty_ || controller_.animating() || preview_.uploading();
    platform_->requestFrame();
  }
  const double scriptMs = platform_->nowMs() - scriptStart;
  scriptMsTotal_ += scriptMs;
  scriptMsMax_ = std::max(scriptMsMax_, scriptMs);
}

std::string Player::momentLink(double angleStep, double timeStep, bool withTime) const {
  Moment m;
  if (!sourceUrl_.empty()) (sourceIsManifest_ ? m.manifest : m.panorama) = sourceUrl_;
  const ViewAngles v = camera_.view();
  m.yaw = v.yaw;
  m.pitch = v.pitch;
  m.hfov = v.hfov;
  if (withTime && video_) m.t = video_->currentTime;
  if (session_) m.hotspot = session_->hotspot().id;
  else if (linkHotspotPending_) m.hotspot = options_.hotspot; // a link's hotspot, before the first frame opens it
  if (!captionLanguage_.empty()) m.lang = captionLanguage_;
  if (!options_.controls) m.controls = false;
  return formatMoment(m, {angleStep, timeStep});
}

std::string Player::statsJson() const {
  // What the open hotspot's panel says, for tests and the page.
  const std::optional<HotspotPanelView> panel = session_ ? std::optional(panelView()) : std::nullopt;
  // The hotspots shown at the scene's current time (time windows applied), comma-separated.
  std::string activeIds;
  if (manifest_)
    for (const auto& h : manifest_->scene.hotspots)
      if (HotspotLayout::activeAt(h, sceneTime())) activeIds += (activeIds.empty() ? "" : ",") + h.id;
  return JsonWriter()
      .add("framesDrawn", double(framesDrawn_))
      .add("scriptMsTotal", scriptMsTotal_)
      .add("scriptMsMax", scriptMsMax_)
      .add("firstFrameMs", firstFrameMs_)
      .add("fullResolutionMs", fullResolutionMs_)
      .add("longestUploadStripMs", texture_.longestStripMs())
      .add("textureWidth", double(texture_.width()))
      .add("textureHeight", double(texture_.height()))
      .add("status", load_.name())
      .add("hotspot", session_ ? session_->hotspot().id : std::string())
      .add("attribution", panel ? panel->attribution : std::string())
      .add("commentaryStatus", panel ? panel->commentaryStatus : std::string())
      .add("captionsStatus", panel ? panel->captionsStatus : std::string())
      .add("influenceStatus", panel ? panel->influenceStatus : std::string())
      .add("caption", caption_)
      .add("sceneGain", sceneAudio_ ? std::max(0.0, sceneGain_) : 1.0)
      .add("overlayDrawCalls", double(overlayRenderer_ ? overlayRenderer_->drawCalls() : 0))
      .add("markerDrawCalls", double(overlayRenderer_ ? overlayRenderer_->backgroundDrawCalls() : 0))
      .add("hotspotLayoutMsMax", hotspotLayoutMsMax_)
      .add("hotspotLayoutMsMean", hotspotLayouts_ ? hotspotLayoutMsTotal_ / double(hotspotLayouts_) : 0.0)
      .add("influenceUploads", double(session_ ? session_->influenceTexture().uploads() : 0))
      .add("presentedFrames", double(video_ ? video_->presentedFrames : 0))
      .add("videoUploads", double(videoTexture_.uploads()))
      .add("currentTime", currentTime())
      .add("duration", duration())
      .add("frameTime", video_ ? video_->frameTime : -1.0)
      .add("videoSource", double(video_ ? long(video_->currentIndex()) : -1))
      .add("activeHotspots", activeIds)
      .add("shareStatus", shareStatus_)
      .add("quality", double(video_ ? video_->quality : 0))
      .add("qualitySwitches", double(video_ ? video_->qualitySwitches : 0))
      .add("waiting", video_ ? video_->waiting : false)
      .add("panelScroll", double(panelScroll_))
      .add("panelScrollMax", double(panelScrollMax_))
      .add("fov", camera_.hfov())
      .add("lensShiftX", lensShift_.x)
      .add("lensShiftY", lensShift_.y)
      .str();
}

} // namespace shotscape
