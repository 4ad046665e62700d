#include "core/media/CueLayout.h"

#include <algorithm>
#include <cmath>

namespace shotscape {

CueSpan cueSpan(const CueSettings& s, double areaWidth) {
  // Start and end are left and right for left-to-right text (the player's captions' direction).
  CueTextAlign align = s.align == CueTextAlign::Start ? CueTextAlign::Left : s.align == CueTextAlign::End ? CueTextAlign::Right : s.align;
  const double position = s.position.value_or(align == CueTextAlign::Left ? 0.0 : align == CueTextAlign::Right ? 100.0 : 50.0);
  CuePositionAlign anchor = s.positionAlign;
  if (anchor == CuePositionAlign::Auto)
    anchor = align == CueTextAlign::Left    ? CuePositionAlign::LineLeft
             : align == CueTextAlign::Right ? CuePositionAlign::LineRight
                                            : CuePositionAlign::Center;
  const double room = anchor == CuePositionAlign::LineLeft    ? 100.0 - position
                      : anchor == CuePositionAlign::LineRight ? position
                                                              : 2.0 * std::min(position, 100.0 - position);
  const double size = std::clamp(std::min(s.size, room), 0.0, 100.0);
  const double left = anchor == CuePositionAlign::LineLeft    ? position
                      : anchor == CuePositionAlign::LineRight ? position - size
                                                              : position - size / 2.0;
  return {left / 100.0 * areaWidth, size / 100.0 * areaWidth, align};
}

namespace {

bool overlaps(double top, double height, const CueSpan& span, double otherTop, double otherHeight, const CueSpan& other) {
  const double eps = 0.5;
  return top < otherTop + otherHeight - eps && otherTop < top + height - eps && span.left < other.left + other.width - eps &&
         other.left < span.left + span.width - eps;
}

} // namespace

std::vector<double> cueTops(const std::vector<CueSettings>& settings, const std::vector<CueSpan>& spans,
                            const std::vector<double>& heights, const CueArea& area) {
  std::vector<double> tops;
  const double step = std::max(1.0, area.lineHeight);
  for (size_t i = 0; i < settings.size(); ++i) {
    const CueSettings& s = settings[i];
    const double h = heights[i];
    double top = 0.0;
    bool up = true; // the way it moves off a box it overlaps
    if (s.snapToLines) {
      const double line = s.line.value_or(-1.0);
      if (line >= 0.0) {
        top = line * step;
        up = false;
      } else {
        top = area.height + (line + 1.0) * step - h;
      }
    } else {
      const double anchor = *s.line / 100.0 * area.height;
      top = s.lineAlign == CueLineAlign::Start ? anchor : s.lineAlign == CueLineAlign::Center ? anchor - h / 2.0 : anchor - h;
      up = anchor + h / 2.0 > area.height / 2.0;
    }
    top = std::clamp(top, 0.0, std::max(0.0, area.height - h));
    const auto collides = [&](double t) {
      for (size_t k = 0; k < tops.size(); ++k)
        if (overlaps(t, h, spans[i], tops[k], heights[k], spans[k])) return true;
      return false;
    };
    // Away from what is there, a line at a time, the other way once the area's edge is reached.
    const double start = top;
    for (int pass = 0; pass < 2 && collides(top); ++pass) {
      const double dir = (up != (pass == 1)) ? -1.0 : 1.0;
      double t = start;
      while (collides(t) && t + dir * step >= -0.5 && t + dir * step <= area.height - h + 0.5) t += dir * step;
      if (!collides(t)) top = t;
    }
    tops.push_back(top);
  }
  return tops;
}

} // namespace shotscape
