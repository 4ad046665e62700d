// libFuzzer target: the WebVTT parser, and the caption and transcript queries the player makes on
// what it parsed (active cues at a few times, the caption text, the current transcript line).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/media/Commentary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  shotscape::CommentaryConfig config;
  config.captions.push_back({"en", "English", "x.vtt"});
  shotscape::Commentary commentary(config);
  shotscape::Diagnostics diagnostics;
  commentary.trackLoaded(0, text, diagnostics);
  for (const auto& d : diagnostics) (void)d.toString();
  for (double t : {0.0, 1.5, 61.0, 3600.5, -1.0, 1e12}) {
    (void)commentary.captionAt(t);
    (void)commentary.cueIndexAt(t);
  }
  for (const auto& cue : commentary.transcript()) (void)shotscape::cueDisplayText(cue);
  return 0;
}
