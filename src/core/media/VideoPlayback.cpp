#include "core/media/VideoPlayback.h"

#include <algorithm>

#include "core/manifest/JsonReader.h"

namespace shotscape {

const VideoSourceConfig* VideoPlayback::fail(const std::string& url, const std::string& reason) {
  if (index_ < sources_.size()) {
    failures_.push_back(url + ": " + reason);
    ++index_;
  }
  return current();
}

std::string VideoPlayback::failureMessage() const {
  std::string out = "None of the video's sources could be played (";
  for (size_t i = 0; i < failures_.size(); ++i) out += (i ? "; " : "") + failures_[i];
  return out + ").";
}

double VideoPlayback::seekTarget(double from, double delta) const {
  const double to = from + delta;
  return duration > 0.0 ? std::clamp(to, 0.0, duration) : std::max(0.0, to);
}

Diagnostics hotspotWindowsBeyond(const std::vector<HotspotConfig>& hotspots, double duration) {
  Diagnostics out;
  if (duration <= 0.0) return out;
  for (size_t i = 0; i < hotspots.size(); ++i) {
    const auto& h = hotspots[i];
    const std::string at = jsonPointer("/scene/hotspots", i);
    if (h.start && *h.start >= duration)
      out.push_back({Severity::Warning, jsonPointer(at, "start"),
                     "hotspot \"" + h.id + "\" starts after the video ends; it never shows"});
    else if (h.end && *h.end > duration)
      out.push_back({Severity::Warning, jsonPointer(at, "end"),
                     "hotspot \"" + h.id + "\" ends after the video does; it shows until the end"});
  }
  return out;
}

} // namespace shotscape
