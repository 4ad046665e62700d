#pragma once
// Captions: a WebVTT file parsed into timed cues, and the cues active at a given media time.
//
// Supported (https://www.w3.org/TR/webvtt1/): the WEBVTT header (BOM, CRLF and CR line endings
// accepted), cue identifiers, hh:mm:ss.ttt and mm:ss.ttt timestamps, cue settings after the timing
// (tolerated, ignored), multi-line payloads, NOTE / STYLE / REGION blocks (skipped), overlapping
// cues, and payload markup: <i>, <b>, <u>, <c.class>, <lang>, <ruby>/<rt>, inline timestamps
// (removed), <v Speaker> (the speaker is kept on the cue), and character references (&amp; &lt;
// &gt; &nbsp; &lrm; &rlm;). A malformed cue is skipped with a diagnostic naming its line; the rest
// of the file still works. A file without the header is rejected.

#include <string>
#include <string_view>
#include <vector>

#include "core/manifest/Diagnostic.h"

namespace shotscape {

struct Cue {
  std::string id;       // the cue identifier; "" when the cue has none
  double start = 0.0;   // seconds
  double end = 0.0;     // seconds, > start
  std::string text;     // payload without markup; lines joined with '\n'
  std::string speaker;  // from the first <v Speaker> tag; "" when none
};

struct CaptionsResult {
  std::vector<Cue> cues; // in file order (WebVTT requires non-decreasing start times)
  Diagnostics diagnostics;
};

CaptionsResult parseWebVtt(std::string_view text);

// Cues whose [start, end) contains `seconds`, in file order (several when cues overlap).
std::vector<const Cue*> activeCues(const std::vector<Cue>& cues, double seconds);

// Parses "hh:mm:ss.ttt" or "mm:ss.ttt"; false when malformed (minutes and seconds must be < 60).
bool parseVttTimestamp(std::string_view text, double& seconds);

} // namespace shotscape
