#include "features/sound/SceneSound.h"

#include <algorithm>

namespace shotscape {

void SceneSound::enter(const Scene& scene) {
  if (!scene.config().audio) return;
  const SceneAudioConfig& audio = *scene.config().audio;
  volume_ = audio.volume;
  gain_ = -1.0;
  media_ = c_.platform.createMedia(MediaKind::Audio, audio.src, scene.baseUrl(), true, "scene", {
      [this](double) { c_.platform.playMedia(media_); },
      [](bool, bool) {},
      [this](FetchFailure failure) {
        c_.reportMediaError("The scene sound could not be loaded (" + failure.reason + "): " + failure.url, failure.url);
      },
      [this]() { blocked_ = true; }});
  c_.platform.setMediaVolume(media_, volume_ * c_.ducking.gain(c_.nowSeconds()));
}

void SceneSound::leave() {
  if (media_) c_.platform.releaseMedia(media_);
  media_ = 0;
  blocked_ = false;
}

bool SceneSound::step(double nowMs) {
  if (!media_) return false;
  const double now = nowMs / 1000.0;
  const double gain = c_.ducking.gain(now);
  if (gain != gain_) {
    gain_ = gain;
    c_.platform.setMediaVolume(media_, volume_ * gain);
  }
  return c_.ducking.ramping(now);
}

void SceneSound::userGesture() {
  if (!media_ || !blocked_) return;
  blocked_ = false;
  c_.platform.playMedia(media_);
}

void SceneSound::stats(JsonWriter& json) const { json.add("sceneGain", media_ ? std::max(0.0, gain_) : 1.0); }

} // namespace shotscape
