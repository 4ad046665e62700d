#pragma once
// A video scene's controls at the bottom of the canvas: play/pause, elapsed and total time, a scrub
// bar with the buffered ranges and the hotspots' time windows (a click on one seeks to it), mute
// and volume; a "Tap for sound" button while autoplay keeps the video muted; a spinner while
// playback is stalled. Reads a view struct, reports actions, changes nothing.

#include <optional>
#include <string>
#include <vector>

namespace shotscape {

struct TimelineWindow {
  float start = 0.0f; // seconds
  float end = 0.0f;   // seconds (the video's end when the hotspot has none)
  std::string label;
  bool operator==(const TimelineWindow&) const = default;
};

struct TimelineView {
  bool playing = false;
  float time = 0.0f;       // seconds, rounded to a tenth
  float duration = 0.0f;   // 0 while unknown
  std::vector<float> buffered; // start, end pairs, seconds
  bool muted = true;
  float volume = 1.0f;
  bool soundLocked = false; // autoplay started it muted: offer "Tap for sound"
  bool waiting = false;     // stalled: show a spinner
  std::string quality;      // e.g. "720p" for adaptive streams; "" = not shown
  std::vector<TimelineWindow> windows;
  bool operator==(const TimelineView&) const = default;
};

struct TimelineActions {
  bool togglePlay = false;
  std::optional<double> seek;   // seconds
  bool toggleMute = false;
  std::optional<double> volume; // [0, 1]
  bool unlockSound = false;
  bool any() const { return togglePlay || seek || toggleMute || volume || unlockSound; }
};

// "m:ss", or "h:mm:ss" from an hour on: how the interface writes media times.
std::string formatClock(double seconds);

class Timeline {
 public:
  // The bar. `right`: where it must stop (the left edge of the button bar), CSS pixels.
  static TimelineActions draw(const TimelineView& view, float width, float height, float right);
  // The stall spinner and "Tap for sound": drawn with or without the bar (an embed without
  // controls still needs a way to its sound). `bottom`: the height the bar takes, 0 without it.
  // `soundPrompt`: false leaves "Tap for sound" out (a phone's sheet is where it would go).
  static TimelineActions drawPrompts(const TimelineView& view, float width, float height, float bottom, bool soundPrompt = true);
};

} // namespace shotscape
