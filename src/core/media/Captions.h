#pragma once
// Captions: a WebVTT file parsed as the W3C specification's parser reads it (WebVTT 1, "Parsing":
// the algorithm browsers implement), and the cues active at a given media time.
//
// What that means here: the input decoded as UTF-8 (ill-formed bytes and NUL become U+FFFD; a BOM
// is dropped; CRLF and CR are line breaks); the header "WEBVTT" followed by nothing, a space, a tab
// or a line break; blocks separated by blank lines, where a line containing "-->" is a timing line
// (on a block's first or second line) and anything before it the cue's id; STYLE and REGION blocks
// before the first cue, NOTE and other blocks ignored; timestamps of one or more hour digits or
// none, minutes and seconds of exactly two, milliseconds of exactly three; whitespace around
// "-->"; zero-length and inverted cues kept (they never show); cue settings (`region`, `vertical`,
// `line`, `position`, `size`, `align`) and region settings (`id`, `width`, `lines`,
// `regionanchor`, `viewportanchor`, `scroll`) read with the specification's rules, a bad one
// ignored alone. Cue text goes through the specification's tokenizer: tags may span lines; <c>,
// <i>, <b>, <u>, <ruby>/<rt>, <lang> and <v Speaker> (the first speaker kept on the cue) keep their
// text; inline timestamps vanish; every HTML named character reference and numeric references are
// decoded. Unlike a browser, the player also says what it skipped: a timing line that does not
// parse skips its cue with a warning naming the line. A file without the header is an error.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/manifest/Diagnostic.h"

namespace shotscape {

enum class CueVertical { Horizontal, RightToLeft, LeftToRight }; // "", "rl", "lr"
enum class CueLineAlign { Start, Center, End };
enum class CuePositionAlign { Auto, LineLeft, Center, LineRight };
enum class CueTextAlign { Start, Center, End, Left, Right };

// Where the author placed a cue (defaults: the specification's).
struct CueSettings {
  std::string region;                   // a region's id; "" = none
  CueVertical vertical = CueVertical::Horizontal;
  std::optional<double> line;           // empty = auto; a line number (snapToLines) or a percentage
  bool snapToLines = true;
  CueLineAlign lineAlign = CueLineAlign::Start;
  std::optional<double> position;       // percentage; empty = auto
  CuePositionAlign positionAlign = CuePositionAlign::Auto;
  double size = 100.0;                  // percentage of the video's width (height when vertical)
  CueTextAlign align = CueTextAlign::Center;

  bool operator==(const CueSettings&) const = default;
};

// A REGION block.
struct CueRegion {
  std::string id;
  double width = 100.0;        // percentage
  int lines = 3;
  double anchorX = 0.0, anchorY = 100.0;          // regionanchor, percentages
  double viewportX = 0.0, viewportY = 100.0;      // viewportanchor, percentages
  bool scrollUp = false;

  bool operator==(const CueRegion&) const = default;
};

struct Cue {
  std::string id;       // the cue identifier; "" when the cue has none
  double start = 0.0;   // seconds
  double end = 0.0;     // seconds (≤ start: kept, never shown)
  std::string text;     // the cue text without markup; its lines joined with '\n'
  std::string speaker;  // from the first <v Speaker> tag; "" when none
  CueSettings settings;
};

struct CaptionsResult {
  std::vector<Cue> cues;          // in file order
  std::vector<CueRegion> regions; // by id, the last definition of each
  Diagnostics diagnostics;
};

CaptionsResult parseWebVtt(std::string_view text);

// Cues whose [start, end) contains `seconds`, in file order (several when cues overlap).
std::vector<const Cue*> activeCues(const std::vector<Cue>& cues, double seconds);

// A WebVTT timestamp, the whole of `text` ("hh…:mm:ss.ttt" or "mm:ss.ttt"); false when malformed.
bool parseVttTimestamp(std::string_view text, double& seconds);

// The settings' names as a WebVTT file writes them ("rl", "line-left", …), for tools and stats.
const char* cueVerticalName(CueVertical v);
const char* cueLineAlignName(CueLineAlign a);
const char* cuePositionAlignName(CuePositionAlign a);
const char* cueTextAlignName(CueTextAlign a);

} // namespace shotscape
