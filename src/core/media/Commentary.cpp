#include "core/media/Commentary.h"

namespace shotscape {

std::string cueDisplayText(const Cue& cue) { return cue.speaker.empty() ? cue.text : cue.speaker + ": " + cue.text; }

Commentary::Commentary(const CommentaryConfig& config) {
  for (const auto& track : config.captions) tracks.push_back({track, MediaStatus::Loading, {}, {}});
}

bool Commentary::selectLanguage(std::string_view lang) {
  for (size_t i = 0; i < tracks.size(); ++i) {
    if (tracks[i].config.lang == lang) {
      selected = i;
      return true;
    }
  }
  return false;
}

void Commentary::trackLoaded(size_t track, std::string_view vttText, Diagnostics& diagnostics) {
  if (track >= tracks.size()) return;
  if (vttText.size() > kMaxCaptionsBytes) {
    trackFailed(track, "the file is over 2 MB");
    return;
  }
  auto result = parseWebVtt(vttText);
  diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
  // A file that is not WebVTT at all (no header) yields no cues and an error: the track failed.
  if (result.cues.empty() && hasError(result.diagnostics)) {
    trackFailed(track, result.diagnostics.front().message);
    return;
  }
  tracks[track].cues = std::move(result.cues);
  tracks[track].status = MediaStatus::Ready;
}

void Commentary::trackFailed(size_t track, std::string error) {
  if (track >= tracks.size()) return;
  tracks[track].status = MediaStatus::Failed;
  tracks[track].error = std::move(error);
  tracks[track].cues.clear();
}

const CaptionTrack* Commentary::selectedTrack() const {
  if (selected >= tracks.size() || tracks[selected].status != MediaStatus::Ready) return nullptr;
  return &tracks[selected];
}

std::vector<const Cue*> Commentary::captionCuesAt(double seconds) const {
  const CaptionTrack* track = captionsOn ? selectedTrack() : nullptr;
  return track ? activeCues(track->cues, seconds) : std::vector<const Cue*>{};
}

std::string Commentary::captionAt(double seconds) const {
  std::string out;
  for (const Cue* cue : captionCuesAt(seconds)) {
    if (!out.empty()) out += '\n';
    out += cueDisplayText(*cue);
  }
  return out;
}

long Commentary::cueIndexAt(double seconds) const {
  const CaptionTrack* track = selectedTrack();
  if (!track) return -1;
  long at = -1;
  for (size_t i = 0; i < track->cues.size() && track->cues[i].start <= seconds; ++i) at = long(i);
  return at;
}

const std::vector<Cue>& Commentary::transcript() const {
  static const std::vector<Cue> kNone;
  const CaptionTrack* track = selectedTrack();
  return track ? track->cues : kNone;
}

} // namespace shotscape
