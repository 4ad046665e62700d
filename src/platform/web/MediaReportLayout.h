#pragma once
// The media report (Platform::MediaReport) crosses from the media bridge (web/bridge/media.js) to
// C++ as one array of doubles, filled once per frame without allocating. This list names its
// slots for both sides, once: WebPlatform reads them by name, and the build turns the same list
// into the constants media.js writes with (src/player/CMakeLists.txt generates
// media-report.js, read by Emscripten before the bridges: `{{{ SHOTSCAPE_MEDIA_REPORT.name }}}`).
//   X(name, first slot, slots)

#define SHOTSCAPE_MEDIA_REPORT(X) \
  X(currentTime, 0, 1)            \
  X(duration, 1, 1)               \
  X(paused, 2, 1)                 \
  X(ended, 3, 1)                  \
  X(waiting, 4, 1)                \
  X(muted, 5, 1)                  \
  X(volume, 6, 1)                 \
  X(frameTime, 7, 1)              \
  X(presentedFrames, 8, 1)        \
  X(bufferedCount, 9, 1)          \
  X(quality, 10, 1)               \
  X(buffered, 11, 16)             \
  X(qualitySwitches, 27, 1)

namespace shotscape::mediaReport {
#define SHOTSCAPE_MEDIA_SLOT(name, first, slots) inline constexpr int name = first;
SHOTSCAPE_MEDIA_REPORT(SHOTSCAPE_MEDIA_SLOT)
#undef SHOTSCAPE_MEDIA_SLOT
#define SHOTSCAPE_MEDIA_END(name, first, slots) +slots
inline constexpr int size = 0 SHOTSCAPE_MEDIA_REPORT(SHOTSCAPE_MEDIA_END);
#undef SHOTSCAPE_MEDIA_END
} // namespace shotscape::mediaReport
