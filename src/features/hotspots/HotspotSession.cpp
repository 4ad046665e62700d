#include "features/hotspots/HotspotSession.h"

#include <cmath>

namespace shotscape {

HotspotSession::HotspotSession(Platform& platform, const HotspotConfig& hotspot, const std::string& baseUrl,
                               MediaTexture& influenceTexture, std::function<void()> changed, ErrorHandler onError)
    : platform_(platform), hotspot_(hotspot), influenceTexture_(influenceTexture), changed_(std::move(changed)),
      onError_(std::move(onError)) {
  if (hotspot_.commentary) {
    commentary_.emplace(*hotspot_.commentary);
    audio_ = platform_.createMedia(MediaKind::Audio, hotspot_.commentary->audio, baseUrl, false, "commentary", {
        [this](double duration) {
          commentary_->audio.status = MediaStatus::Ready;
          commentary_->audio.duration = duration;
          changed_();
        },
        [this](bool playing, bool ended) {
          auto& audio = commentary_->audio;
          audio.playing = playing;
          if (playing) audio.blocked = false;
          if (ended) audio.time = audio.duration;
          wantsCommentary_ = false;
          changed_();
        },
        [this](FetchFailure failure) { failed("The commentary audio", commentary_->audio, failure); },
        [this]() {
          commentary_->audio.blocked = true;
          changed_();
        }});
    loadTracks(*commentary_, baseUrl);
    startCommentary();
  }
  if (hotspot_.influence) {
    const auto& media = hotspot_.influence->media;
    influenceIsVideo_ = media.type == MediaType::Video;
    if (influenceIsVideo_ && !media.captions.empty()) {
      clipCaptions_.emplace(CommentaryConfig{media.src, media.captions, ""});
      if (commentary_ && !commentary_->tracks.empty())
        clipCaptions_->selectLanguage(commentary_->tracks[commentary_->selected].config.lang);
      loadTracks(*clipCaptions_, baseUrl);
    }
    // Without a window the clip loops natively; with one, update() loops it within the window.
    const bool nativeLoop = !media.start && !media.end;
    influenceMedia_ = platform_.createMedia(influenceIsVideo_ ? MediaKind::Video : MediaKind::Image, media.src, baseUrl,
                                            nativeLoop, "influence", {
        [this](double duration) {
          influence_.media.status = MediaStatus::Ready;
          influence_.media.duration = duration;
          const auto& m = hotspot_.influence->media;
          if (influenceIsVideo_ && m.start) platform_.seekMedia(influenceMedia_, *m.start);
          changed_();
        },
        [this](bool playing, bool) {
          influence_.media.playing = playing;
          if (playing) influence_.media.blocked = false;
          changed_();
        },
        [this](FetchFailure failure) {
          failed(influenceIsVideo_ ? "The influence clip" : "The influence still", influence_.media, failure);
        },
        [this]() {
          influence_.media.blocked = true;
          changed_();
        }});
    if (influenceIsVideo_) {
      platform_.setMediaMuted(influenceMedia_, true);
      platform_.playMedia(influenceMedia_);
      if (!media.poster.empty()) {
        posterMedia_ = platform_.createMedia(MediaKind::Image, media.poster, baseUrl, false, "poster", {
            [this](double) { changed_(); },
            [](bool, bool) {},
            [this](FetchFailure failure) {
              onError_("The clip's poster could not be loaded (" + failure.reason + "): " + failure.url, failure.url);
            },
            []() {}});
      }
    }
  }
}

HotspotSession::~HotspotSession() {
  if (audio_) platform_.releaseMedia(audio_);
  if (influenceMedia_) platform_.releaseMedia(influenceMedia_);
  if (posterMedia_) platform_.releaseMedia(posterMedia_);
  influenceTexture_.reset(); // (GL: the player made its context current)
}

void HotspotSession::failed(const char* what, MediaState& state, const FetchFailure& failure) {
  state.status = MediaStatus::Failed;
  state.playing = false;
  state.error = std::string(what) + " could not be loaded (" + failure.reason + ").";
  onError_(std::string(what) + " could not be loaded (" + failure.reason + "): " + failure.url, failure.url);
  changed_();
}

// Fetches and parses `captions`' tracks (the commentary's, or the clip's own); a track that fails
// is said once and leaves the others.
void HotspotSession::loadTracks(Commentary& captions, const std::string& baseUrl) {
  std::weak_ptr<bool> alive = alive_;
  Commentary* c = &captions;
  for (size_t i = 0; i < c->tracks.size(); ++i) {
    platform_.fetchText(c->tracks[i].config.src, baseUrl, {
        [this, alive, c, i](std::string text, std::string url) {
          if (alive.expired()) return;
          Diagnostics diagnostics;
          c->trackLoaded(i, text, diagnostics);
          for (const auto& d : diagnostics) platform_.warn(url + " " + d.toString());
          if (c->tracks[i].status == MediaStatus::Failed)
            onError_("The captions (" + c->tracks[i].config.label + ") could not be read: " + c->tracks[i].error, url);
          changed_();
        },
        [this, alive, c, i](FetchFailure failure) {
          if (alive.expired()) return;
          c->trackFailed(i, failure.reason);
          onError_("The captions (" + c->tracks[i].config.label + ") could not be loaded (" + failure.reason + "): " + failure.url,
                   failure.url);
          changed_();
        }});
  }
}

const Commentary* HotspotSession::clipCaptions() const {
  // While the clip has the sound: its own captions, in the commentary's language where it has one.
  if (!clipCaptions_ || influence_.muted || !influence_.media.playing) return nullptr;
  return &*clipCaptions_;
}

void HotspotSession::startCommentary() {
  if (!audio_ || commentary_->audio.status == MediaStatus::Failed) return;
  // One voice at a time: the clip goes quiet while the director speaks.
  if (influenceMedia_ && !influence_.muted) {
    influence_.muted = true;
    platform_.setMediaMuted(influenceMedia_, true);
  }
  wantsCommentary_ = true;
  platform_.playMedia(audio_);
}

bool HotspotSession::update() {
  bool moved = false;
  if (audio_ && commentary_->audio.status != MediaStatus::Failed) {
    const double t = platform_.mediaTime(audio_);
    if (std::abs(t - commentary_->audio.time) > 1e-6) {
      commentary_->audio.time = t;
      moved = true;
    }
  }
  if (influenceMedia_ && influenceIsVideo_ && influence_.media.playing) {
    const auto& m = hotspot_.influence->media;
    const double t = platform_.mediaTime(influenceMedia_);
    influence_.media.time = t;
    const double end = m.end.value_or(influence_.media.duration);
    if ((m.start || m.end) && end > 0 && t >= end) platform_.seekMedia(influenceMedia_, m.start.value_or(0.0));
  }
  return moved;
}

bool HotspotSession::updateInfluenceFrame() {
  if (!influenceMedia_ || influence_.media.status == MediaStatus::Failed) return false;
  if (influenceTexture_.update(platform_, influenceMedia_)) {
    if (posterMedia_) platform_.releaseMedia(posterMedia_);
    posterMedia_ = 0;
    return true;
  }
  return posterMedia_ && influenceTexture_.update(platform_, posterMedia_);
}

bool HotspotSession::voicePlaying() const {
  const bool commentaryVoice = commentary_ && commentary_->audio.playing;
  const bool clipVoice = influenceIsVideo_ && influence_.media.playing && !influence_.muted;
  return commentaryVoice || clipVoice;
}

bool HotspotSession::active() const {
  const bool commentaryBusy = commentary_ && (commentary_->audio.playing || wantsCommentary_);
  const bool clipBusy = influenceIsVideo_ && influence_.media.status != MediaStatus::Failed &&
                        (influence_.media.playing || influence_.media.status == MediaStatus::Loading);
  const bool stillLoading = influenceMedia_ && !influenceIsVideo_ && influence_.media.status == MediaStatus::Loading;
  return commentaryBusy || clipBusy || stillLoading;
}

void HotspotSession::toggleCommentary() {
  if (!audio_) return;
  if (commentary_->audio.playing) {
    platform_.pauseMedia(audio_);
    return;
  }
  const auto& audio = commentary_->audio;
  if (audio.duration > 0 && audio.time >= audio.duration - 0.05) platform_.seekMedia(audio_, 0.0);
  startCommentary();
}

void HotspotSession::seekCommentary(double seconds) {
  if (!audio_) return;
  const double duration = commentary_->audio.duration;
  seconds = std::max(0.0, duration > 0 ? std::min(seconds, duration) : seconds);
  platform_.seekMedia(audio_, seconds);
  commentary_->audio.time = seconds;
  changed_();
}

void HotspotSession::selectTrack(size_t track) {
  if (!commentary_ || track >= commentary_->tracks.size()) return;
  commentary_->selected = track;
  if (clipCaptions_) clipCaptions_->selectLanguage(commentary_->tracks[track].config.lang); // the clip's follow
  changed_();
}

void HotspotSession::setCaptionsOn(bool on) {
  if (!commentary_) return;
  commentary_->captionsOn = on;
  if (clipCaptions_) clipCaptions_->captionsOn = on;
  changed_();
}

void HotspotSession::toggleInfluence() {
  if (!influenceMedia_ || !influenceIsVideo_) return;
  if (influence_.media.playing) {
    platform_.pauseMedia(influenceMedia_);
    return;
  }
  if (!influence_.muted && audio_ && commentary_->audio.playing) platform_.pauseMedia(audio_);
  platform_.playMedia(influenceMedia_);
}

void HotspotSession::toggleInfluenceSound() {
  if (!influenceMedia_ || !influenceIsVideo_) return;
  influence_.muted = !influence_.muted;
  platform_.setMediaMuted(influenceMedia_, influence_.muted);
  if (!influence_.muted) {
    // One voice at a time: the clip's sound pauses the director.
    if (audio_ && (commentary_->audio.playing || wantsCommentary_)) {
      wantsCommentary_ = false;
      platform_.pauseMedia(audio_);
    }
    if (!influence_.media.playing) platform_.playMedia(influenceMedia_);
  }
  changed_();
}

void HotspotSession::userGesture() {
  if (audio_ && commentary_->audio.blocked) startCommentary();
  if (influenceMedia_ && influence_.media.blocked) platform_.playMedia(influenceMedia_);
}

} // namespace shotscape
