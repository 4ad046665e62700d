#include "features/video/VideoFeature.h"

#include <algorithm>
#include <cmath>

namespace shotscape {

namespace {
const TileId kPoster{0, 0, 0, 0}; // the poster is drawn as the layer's preview level
} // namespace

void VideoFeature::enter(const Scene& scene) {
  if (!scene.isVideo()) {
    handoff_.reset();
    releaseOutgoing(); // an image scene: the take left behind stops
    return;
  }
  // A take of the same moment (a camera of the same sync group): on from the old one's time.
  if (handoff_ && (handoff_->group != scene.config().syncGroup || scene.config().syncGroup.empty())) {
    handoff_.reset();
    releaseOutgoing();
  }
  video_.emplace(scene.config().sources);
  c_.scene().time = video_->shownTime();
  if (!scene.config().poster.empty()) loadPoster();
  loadSource();
}

void VideoFeature::releaseOutgoing() {
  if (outgoing_) c_.platform.releaseMedia(outgoing_);
  outgoing_ = 0;
}

void VideoFeature::leave() {
  releaseOutgoing();
  if (video_ && media_) {
    handoff_ = Handoff{c_.scene().config().syncGroup, c_.platform.mediaTime(media_), !video_->paused, c_.platform.nowMs()};
    // A take of a sync group plays on (its sound with it) until the next take shows its first frame.
    if (!handoff_->group.empty() && handoff_->playing) std::swap(outgoing_, media_);
  } else {
    handoff_.reset();
  }
  if (media_) c_.platform.releaseMedia(media_);
  media_ = 0;
  video_.reset();
  reportedPaused_ = true;
  endedEmitted_ = false;
  timeupdateAt_ = -1.0;
}

void VideoFeature::loadPoster() {
  Scene& scene = c_.scene();
  // The poster is drawn like an image scene's preview, until the first video frame replaces it.
  const auto release = [platform = &c_.platform](ImageInfo image) { platform->releaseImage(image.id); };
  const auto show = scene.guard([this](ImageInfo image) {
    TextureStore& store = c_.stage.layer(c_.scene());
    if (c_.stage.video(c_.scene()).ready() || store.uploading(kPoster)) return c_.platform.releaseImage(image.id);
    store.deliver(kPoster, image);
    c_.loop.invalidate();
  }, release);
  c_.platform.loadImage(scene.config().poster, scene.baseUrl(), c_.stage.maxTextureSize(),
                        {[](double, double) {}, show, show, scene.guard([this](FetchFailure failure) {
                           c_.reportMediaError("The poster could not be loaded (" + failure.reason + "): " + failure.url,
                                               failure.url);
                         })});
}

void VideoFeature::loadSource() {
  const VideoSourceConfig* source = video_ ? video_->current() : nullptr;
  if (!source) return;
  Scene& scene = c_.scene();
  const MediaKind kind = source->format == VideoFormat::Hls ? MediaKind::HlsVideo : MediaKind::Video;
  media_ = c_.platform.createMedia(kind, source->src, scene.baseUrl(), scene.config().loop, "scene", {
      scene.guard([this](double duration) {
        video_->duration = duration;
        const SceneConfig& config = c_.scene().config();
        for (const auto& d : hotspotWindowsBeyond(config.hotspots, duration)) c_.platform.warn("manifest " + d.toString());
        double start = c_.options.t.value_or(config.startTime);
        if (handoff_) {
          // Where the old take will be once this one plays: now, plus what a seek took last time.
          start = handoffTime(c_.platform.nowMs()) + (handoff_->playing ? seekLeadS_ : 0.0);
          if (duration > 0) start = std::min(start, duration);
          syncTarget_ = start;
          syncSeekMs_ = c_.platform.nowMs();
        }
        if (start > 0) c_.platform.seekMedia(media_, start);
        c_.loop.invalidate();
      }),
      [this](bool, bool) { c_.loop.invalidate(); },
      scene.guard([this](FetchFailure failure) {
        // This source is out; the next one in the manifest's order gets its turn.
        c_.platform.releaseMedia(media_);
        media_ = 0;
        const bool more = video_->fail(failure.url, failure.reason) != nullptr;
        c_.reportMediaError("The video could not be played (" + failure.reason + "): " + failure.url +
                                (more ? "; trying the next source" : ""),
                            failure.url);
        if (more) loadSource();
        else if (!c_.stage.video(c_.scene()).ready()) c_.loader.fail(video_->failureMessage());
      }),
      [this]() {
        if (!video_->muted) {
          // Sound was asked for (muted=0) but the browser wants a gesture first: start muted.
          soundLocked_ = true;
          video_->muted = true;
          c_.platform.setMediaMuted(media_, true);
          c_.platform.playMedia(media_);
          return;
        }
        // Even muted autoplay was refused: the play button waits for the viewer.
        c_.platform.warn("the browser did not let the video start by itself; press play");
        c_.loop.invalidate();
      }});
  // Autoplay is allowed muted; sound waits for the viewer (the "Tap for sound" button).
  video_->muted = soundLocked_;
  c_.platform.setMediaMuted(media_, soundLocked_);
  c_.platform.setMediaVolume(media_, userVolume_ * c_.ducking.gain(c_.nowSeconds()));
  if (handoff_ ? handoff_->playing : c_.options.autoplay) c_.platform.playMedia(media_);
}

void VideoFeature::play() {
  if (!media_) return;
  if (video_->ended || (video_->duration > 0 && video_->currentTime >= video_->duration - 0.05))
    c_.platform.seekMedia(media_, 0.0);
  c_.platform.playMedia(media_);
  c_.loop.invalidate();
}

void VideoFeature::pause() {
  if (media_) c_.platform.pauseMedia(media_);
  c_.loop.invalidate();
}

void VideoFeature::seek(double seconds) {
  if (!media_ || !std::isfinite(seconds)) return;
  const double to = video_->seekTarget(0.0, seconds);
  c_.platform.seekMedia(media_, to);
  video_->currentTime = to;
  video_->frameTime = -1.0;
  c_.scene().time = video_->shownTime();
  c_.loop.invalidate();
}

void VideoFeature::setMuted(bool muted) {
  if (!media_) return;
  if (!muted) soundLocked_ = false;
  video_->muted = muted;
  c_.platform.setMediaMuted(media_, muted);
  c_.loop.invalidate();
}

bool VideoFeature::readReport(double nowMs) {
  MediaReport r;
  c_.platform.queryMedia(media_, r);
  auto& v = *video_;
  bool changed = false;
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
    changed = true; // hotspot windows follow the presented frame
  }
  // A stall shows a turning spinner (every frame while it lasts); its start and end, and buffering
  // while no frame comes, change the timeline without a presented frame to redraw it.
  const auto bufferedBefore = v.buffered;
  if (r.waiting || r.waiting != v.waiting) changed = true;
  v.buffered.clear();
  for (int i = 0; i < r.bufferedCount; ++i) v.buffered.push_back({r.buffered[2 * i], r.buffered[2 * i + 1]});
  // In the timeline's half-second steps (see timeline()).
  const auto step = [](const TimeRange& a, const TimeRange& b) {
    return std::floor(a.start * 2.0) != std::floor(b.start * 2.0) || std::ceil(a.end * 2.0) != std::ceil(b.end * 2.0);
  };
  if (v.buffered.size() != bufferedBefore.size()) changed = true;
  for (size_t i = 0; i < v.buffered.size() && i < bufferedBefore.size(); ++i)
    if (step(v.buffered[i], bufferedBefore[i])) changed = true;
  v.waiting = r.waiting;
  c_.scene().time = v.shownTime();
  if (v.paused != reportedPaused_) {
    reportedPaused_ = v.paused;
    c_.platform.emit(v.paused ? "pause" : "play", JsonWriter().add("currentTime", v.currentTime).str());
    if (!v.paused) endedEmitted_ = false;
  }
  if (v.ended && !endedEmitted_) {
    endedEmitted_ = true;
    c_.platform.emit("ended", JsonWriter().add("currentTime", v.currentTime).str());
  }
  // timeupdate about four times a second while playing, and at once after a seek.
  if ((!v.paused && nowMs - timeupdateMs_ >= 250.0) || jumped || (v.paused && std::abs(v.currentTime - timeupdateAt_) > 1e-3)) {
    timeupdateMs_ = nowMs;
    timeupdateAt_ = v.currentTime;
    c_.platform.emit("timeupdate", JsonWriter().add("currentTime", v.currentTime).add("duration", v.duration).str());
  }
  return changed;
}

double VideoFeature::handoffTime(double nowMs) const {
  return handoff_->time + (handoff_->playing ? (nowMs - handoff_->atMs) / 1000.0 : 0.0);
}

void VideoFeature::finishHandoff() {
  if (media_ && nudging_) c_.platform.setMediaRate(media_, 1.0);
  nudging_ = false;
  handoff_.reset();
  syncTarget_ = -1.0;
  syncSeeks_ = 0;
  releaseOutgoing();
}

void VideoFeature::keepInSync(double nowMs) {
  // Frames from after the sync seek: how far the new take is from where the old one would be.
  if (!handoff_ || syncTarget_ < 0.0 || video_->frameTime < syncTarget_ - 0.05) return;
  const double error = video_->frameTime - handoffTime(nowMs);
  if (!nudging_) {
    // The first of them: the new take plays, the old one goes (no silence between them); the
    // seek's latency is what the next handover leads by.
    if (handoff_->playing) seekLeadS_ = std::clamp((nowMs - syncSeekMs_) / 1000.0, 0.0, 1.0);
    releaseOutgoing();
    if (!handoff_->playing) return finishHandoff();
    if (std::abs(error) > 0.5 && syncSeeks_ < 1) { // far off (a seek that took unusually long): once more
      ++syncSeeks_;
      syncTarget_ = handoffTime(nowMs) + seekLeadS_;
      syncSeekMs_ = nowMs;
      c_.platform.seekMedia(media_, syncTarget_);
      return;
    }
    nudging_ = true;
  }
  // Then it catches up (or waits) by playing a little faster (or slower), without a stall.
  if (std::abs(error) <= kSyncTolerance / 2.0 || nowMs - handoff_->atMs > 5000.0) return finishHandoff();
  c_.platform.setMediaRate(media_, std::clamp(1.0 - 2.0 * error, 0.8, 1.25));
}

bool VideoFeature::step(double nowMs) {
  if (outgoing_ && handoff_ && nowMs - handoff_->atMs > 3000.0) finishHandoff(); // the next take never settled
  // During the move the take left behind is still drawn: its frames go on.
  if (const Scene* leaving = c_.loader.leaving(); outgoing_ && leaving && leaving->isVideo())
    if (c_.stage.video(*leaving).update(c_.platform, outgoing_)) c_.loop.markDirty();
  if (!media_) return false;
  if (readReport(nowMs)) c_.loop.markDirty();
  keepInSync(nowMs);
  if (c_.stage.video(c_.scene()).update(c_.platform, media_)) {
    c_.loop.markDirty();
    SceneLoadState& load = c_.scene().load();
    if (load.status() == LoadStatus::Image) { // the first frame
      load.shown();
      c_.stage.layer(c_.scene()).drop(kPoster);
    }
  }
  const double gain = c_.ducking.gain(nowMs / 1000.0);
  if (gain != gain_) {
    gain_ = gain;
    c_.platform.setMediaVolume(media_, userVolume_ * gain);
  }
  return !video_->paused || video_->waiting || !c_.stage.video(c_.scene()).ready();
}

TimelineView VideoFeature::timeline() const {
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
  for (const auto& h : c_.scene().config().hotspots)
    if (h.start || h.end) t.windows.push_back({float(h.start.value_or(0.0)), float(h.end.value_or(v.duration)), h.label});
  return t;
}

void VideoFeature::contribute(OverlayModel& model) const {
  if (video_ && c_.scene().load().status() != LoadStatus::Failed) model.timeline = timeline();
}

void VideoFeature::apply(const OverlayActions& actions) {
  const TimelineActions& a = actions.timeline;
  if (!media_ || !a.any()) return;
  if (a.togglePlay) video_->paused ? play() : pause();
  if (a.seek) seek(*a.seek);
  if (a.toggleMute) setMuted(!video_->muted);
  if (a.unlockSound) setMuted(false);
  if (a.volume) {
    userVolume_ = *a.volume;
    if (video_->muted && userVolume_ > 0) setMuted(false);
    gain_ = -1.0; // re-applied with the ducking gain on the next frame
  }
  c_.loop.invalidate();
}

bool VideoFeature::handle(Command command) {
  if (!video_) return false;
  switch (command) {
    case Command::TogglePlay: video_->paused ? play() : pause(); return true;
    case Command::SeekBack: seek(video_->seekTarget(video_->currentTime, -10.0)); return true;
    case Command::SeekForward: seek(video_->seekTarget(video_->currentTime, 10.0)); return true;
    case Command::ToggleSound: setMuted(!video_->muted); return true;
    default: return false;
  }
}

void VideoFeature::stats(JsonWriter& json) const {
  json.add("presentedFrames", double(video_ ? video_->presentedFrames : 0))
      .add("videoUploads", double(c_.stage.video(c_.scene()).uploads()))
      .add("currentTime", currentTime())
      .add("duration", duration())
      .add("frameTime", video_ ? video_->frameTime : -1.0)
      .add("videoSource", double(video_ ? long(video_->currentIndex()) : -1))
      .add("quality", double(video_ ? video_->quality : 0))
      .add("qualitySwitches", double(video_ ? video_->qualitySwitches : 0))
      .add("waiting", video_ ? video_->waiting : false);
}

} // namespace shotscape
