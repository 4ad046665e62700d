#include "player/FrameLoop.h"

#include <doctest/doctest.h>

#include "platform/null/NullPlatform.h"

using namespace shotscape;

TEST_CASE("FrameLoop: an unchanged frame is not drawn; invalidate() draws one and asks for it") {
  NullPlatform platform(false);
  FrameLoop loop(platform);
  CHECK(loop.begin(0.0, false, LoadStatus::Idle, false)); // the first frame draws
  loop.end(0.0, false, false);
  CHECK_FALSE(platform.frameRequested());
  CHECK_FALSE(loop.begin(16.0, false, LoadStatus::Idle, false));
  loop.idle(false);
  CHECK_FALSE(platform.frameRequested());
  loop.invalidate();
  CHECK(platform.frameRequested());
  CHECK(loop.begin(32.0, false, LoadStatus::Idle, false));
  CHECK(loop.framesDrawn() == 1);
  loop.end(32.0, true, false); // something moves: the next frame is asked for
  CHECK(loop.framesDrawn() == 2);
  CHECK(platform.frameRequested());
}

TEST_CASE("FrameLoop: pending input and settling frames draw; a new load status settles two frames") {
  NullPlatform platform(false);
  FrameLoop loop(platform);
  loop.begin(0.0, false, LoadStatus::Idle, false);
  loop.end(0.0, false, false);
  CHECK(loop.begin(16.0, false, LoadStatus::Idle, true)); // input waits for the overlay
  loop.end(16.0, false, false);
  CHECK(loop.begin(32.0, false, LoadStatus::Image, false)); // panels appear: measured, then shown
  CHECK(loop.uiSettling());
  loop.end(32.0, false, false);
  CHECK(platform.frameRequested());
  CHECK(loop.begin(48.0, false, LoadStatus::Image, false));
  loop.end(48.0, false, false);
  CHECK_FALSE(loop.begin(64.0, false, LoadStatus::Image, false));
}

TEST_CASE("FrameLoop: loading feedback is redrawn at most every 200 ms") {
  NullPlatform platform(false);
  FrameLoop loop(platform);
  loop.begin(0.0, false, LoadStatus::Image, false);
  loop.end(0.0, false, false);
  loop.begin(16.0, false, LoadStatus::Image, false); // (the status's second settling frame)
  loop.end(16.0, false, false);
  int drawn = 0;
  for (double t = 32.0; t < 1032.0; t += 16.0) {
    if (loop.begin(t, true, LoadStatus::Image, false)) {
      ++drawn;
      loop.end(t, false, false);
    } else {
      loop.idle(false);
      CHECK(platform.frameRequested()); // the bar still sweeps: frames keep coming
    }
  }
  CHECK(drawn == 4); // a second of an indeterminate bar at 16 ms frames: redrawn at 224, 432, 640 and 848 ms
}
