#pragma once
// Where captions go: WebVTT's cue box rules (WebVTT 1, "Processing cue settings" and the overlap
// step of "Applying the rules for updating the display of WebVTT text tracks"), for horizontal
// cues, in an area of the screen (the part of the scene the captions may use), in pixels.
//
// Horizontally a cue's `position` (or its alignment's default: 0, 50 or 100 %) and
// `positionAlign` anchor a box `size` % of the area wide, shrunk so it stays inside. Vertically a
// snap-to-lines `line` counts lines from the top (0, 1, …) or the bottom (-1 the last; auto =
// -1: above the bottom edge), a percentage `line` puts the box's start, centre or end
// (`lineAlign`) there. Boxes that would overlap one placed before them move away a line at a time
// (up from the bottom, down from the top) while the area has room, as browsers do. Vertical
// (`rl`/`lr`) cues are laid out as horizontal ones here.

#include <vector>

#include "core/media/Captions.h"

namespace shotscape {

struct CueArea {
  double width = 0.0;
  double height = 0.0;
  double lineHeight = 1.0; // a caption line's height with its padding: the step of line numbers
};

// A cue's box across: its left edge and width in the area, and the alignment of its text within.
struct CueSpan {
  double left = 0.0;
  double width = 0.0;
  CueTextAlign align = CueTextAlign::Center; // resolved: Left, Center or Right
};

CueSpan cueSpan(const CueSettings& settings, double areaWidth);

// The tops of the cues' boxes (in order: earlier cues keep their place), given each box's span
// and measured height.
std::vector<double> cueTops(const std::vector<CueSettings>& settings, const std::vector<CueSpan>& spans,
                            const std::vector<double>& heights, const CueArea& area);

} // namespace shotscape
