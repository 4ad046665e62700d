#pragma once
// The state of an open hotspot's commentary: the audio's playback state as last reported by the
// media layer, the caption tracks (loading, parsed, or failed), the chosen language, whether
// captions are shown, and what the captions say at a given time. No I/O: the player feeds in what
// the platform reports and reads the result.
//
// Tracks start Loading; each ends Ready (cues parsed, malformed ones dropped with diagnostics) or
// Failed (a reason in words). The first track is selected until selectLanguage() picks another.

#include <string>
#include <string_view>
#include <vector>

#include "core/media/Captions.h"
#include "core/manifest/Hotspot.h"

namespace shotscape {

enum class MediaStatus { Loading, Ready, Failed };

// What the media layer last said about one audio or video element.
struct MediaState {
  MediaStatus status = MediaStatus::Loading;
  bool playing = false;
  bool blocked = false;  // the browser refused to start it without a click or key press
  double time = 0.0;     // seconds, as of the last frame
  double duration = 0.0; // seconds; 0 until known
  std::string error;     // in words, when Failed
};

struct CaptionTrack {
  CaptionTrackConfig config{};
  MediaStatus status = MediaStatus::Loading;
  std::vector<Cue> cues;
  std::string error; // in words, when Failed
};

// "Speaker: text", or the text alone for a cue without a speaker.
std::string cueDisplayText(const Cue& cue);

// Caption files larger than this are refused (a long film's captions are a few hundred KB).
inline constexpr size_t kMaxCaptionsBytes = 2 * 1024 * 1024;

class Commentary {
 public:
  explicit Commentary(const CommentaryConfig& config);

  MediaState audio;
  std::vector<CaptionTrack> tracks;
  size_t selected = 0;    // index into tracks (meaningless when there are none)
  bool captionsOn = true; // captions are on by default

  // Selects the track whose `lang` matches; false (selection unchanged) when none does.
  bool selectLanguage(std::string_view lang);
  // Parses a track's WebVTT; its malformed cues are appended to `diagnostics` (paths "line N").
  void trackLoaded(size_t track, std::string_view vttText, Diagnostics& diagnostics);
  void trackFailed(size_t track, std::string error);

  // The caption to show at `seconds`: the selected track's active cues, one per line; "" when
  // captions are off, the track is not ready, or no cue is active.
  std::string captionAt(double seconds) const;
  // The same cues, each with its settings (where its author placed it), in file order.
  std::vector<const Cue*> captionCuesAt(double seconds) const;
  // The transcript line current at `seconds`: the last cue that has started (it stays marked in
  // the gap until the next); -1 before the first cue or without a ready track.
  long cueIndexAt(double seconds) const;
  // The selected track's cues, or an empty list.
  const std::vector<Cue>& transcript() const;

 private:
  const CaptionTrack* selectedTrack() const;
};

} // namespace shotscape
