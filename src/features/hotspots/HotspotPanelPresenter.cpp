// The open hotspot's panel: what it shows (HotspotPanelView, built from the session's state) and
// what the viewer did in it (HotspotPanelActions, applied to the session). Part of HotspotsFeature.
#include "features/hotspots/HotspotsFeature.h"
#include "core/text/UiText.h"

#include <algorithm>
#include <cmath>

namespace shotscape {

HotspotPanelView HotspotsFeature::panelView() const {
  HotspotPanelView v;
  const HotspotConfig& h = session_->hotspot();
  v.label = h.label;
  v.description = h.description;
  if (const Tour* tour = c_.loader.tour(); tour && !h.target.empty())
    if (const SceneConfig* target = tour->scene(h.target)) v.goLabel = trf("Go to {0}", {target->title.empty() ? target->id : target->title});
  v.sideBySide = c_.view.split();
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
    else if (state.media.blocked) v.influenceStatus = tr("The browser paused the clip: press play.");
  }
  if (const Commentary* c = session_->commentary()) {
    v.hasCommentary = true;
    const auto& audio = c->audio;
    if (audio.status == MediaStatus::Failed) v.commentaryStatus = audio.error;
    else if (audio.blocked) v.commentaryStatus = tr("The browser held the commentary back: press play to listen.");
    else if (audio.status == MediaStatus::Loading) v.commentaryStatus = tr("Loading the commentary…");
    v.playing = audio.playing;
    v.time = float(std::floor(audio.time * 10.0) / 10.0);
    v.duration = float(audio.duration);
    for (const auto& track : c->tracks) v.languages.push_back(track.config.label);
    v.selectedLanguage = int(c->selected);
    v.captionsOn = c->captionsOn;
    if (!c->tracks.empty()) {
      const auto& track = c->tracks[c->selected];
      if (track.status == MediaStatus::Failed) v.captionsStatus = trf("Captions unavailable: {0}", {track.error});
      else if (track.status == MediaStatus::Loading) v.captionsStatus = tr("Loading captions…");
    }
    for (const auto& cue : c->transcript()) v.transcript.push_back(cueDisplayText(cue));
    v.currentCue = int(c->cueIndexAt(audio.time));
    if (h.commentary) v.plainTranscript = h.commentary->transcript;
  }
  return v;
}

void HotspotsFeature::applyPanel(const HotspotPanelActions& a) {
  // The panel's scroll as ImGui left it (apply() runs only in frames where the overlay ran).
  panelScroll_ = a.scrollY;
  captionBoxes_ = a.captionBoxes;
  panelScrollMax_ = a.scrollMaxY;
  panelHeaderBottom_ = a.headerBottom;
  if (!session_ || !a.any()) return;
  if (a.close || a.go) return closeAndFollow(SceneChangeBy::Pointer);
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
  if (a.toggleSideBySide) setSideBySide(!c_.view.split());
  c_.loop.invalidate();
}

} // namespace shotscape
