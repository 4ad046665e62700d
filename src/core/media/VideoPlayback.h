#pragma once
// The state of a video scene's playback, as the media layer last reported it, and the choice of
// source: sources are tried in the manifest's order; when one fails (missing, refused, a codec the
// browser cannot play), the next is tried, and only when all failed is the scene an error, whose
// message lists each source's reason. No I/O: the player feeds reports in and reads decisions out.
//
// Frame accuracy: hotspot windows follow `frameTime`, the media time of the frame on screen (from
// requestVideoFrameCallback), not currentTime, which runs ahead of the presented frame.

#include <optional>
#include <string>
#include <vector>

#include "core/manifest/Manifest.h"

namespace shotscape {

struct TimeRange {
  double start = 0.0;
  double end = 0.0;
  bool operator==(const TimeRange&) const = default;
};

class VideoPlayback {
 public:
  explicit VideoPlayback(std::vector<VideoSourceConfig> sources) : sources_(std::move(sources)) {}

  // The source to load now; empty when every source has failed.
  const VideoSourceConfig* current() const { return index_ < sources_.size() ? &sources_[index_] : nullptr; }
  size_t currentIndex() const { return index_; }
  // The current source failed for `reason`: moves to the next one. Returns it, or empty when none
  // is left (failureMessage() then says why each failed).
  const VideoSourceConfig* fail(const std::string& url, const std::string& reason);
  std::string failureMessage() const;
  bool failedAll() const { return index_ >= sources_.size(); }

  // The media layer's last report.
  double currentTime = 0.0;
  double duration = 0.0;     // 0 until known
  double frameTime = -1.0;   // media time of the presented frame; < 0 before the first
  bool paused = true;
  bool ended = false;
  bool waiting = false;      // stalled for data
  bool muted = true;         // autoplay starts muted
  double volume = 1.0;
  std::vector<TimeRange> buffered;
  long presentedFrames = 0;
  int quality = 0;           // adaptive streams: the rendition's height; 0 = not adaptive
  int qualitySwitches = 0;

  // The time that decides what is on screen: the presented frame's, else currentTime.
  double shownTime() const { return frameTime >= 0.0 ? frameTime : currentTime; }
  // Where a seek by `delta` seconds lands, clamped to [0, duration] (or >= 0 before it is known).
  double seekTarget(double from, double delta) const;

 private:
  std::vector<VideoSourceConfig> sources_;
  size_t index_ = 0;
  std::vector<std::string> failures_; // "url: reason", one per failed source
};

// Hotspots whose window ends after the video does, once the duration is known: a warning each,
// naming the hotspot by its JSON path.
Diagnostics hotspotWindowsBeyond(const std::vector<HotspotConfig>& hotspots, double duration);

} // namespace shotscape
