#include "player/FrameLoop.h"

#include <algorithm>

namespace shotscape {

namespace {
// How often loading feedback is redrawn while nothing else changes.
constexpr double kLoadingRedrawMs = 200.0;
} // namespace

void FrameLoop::invalidate() {
  dirty_ = true;
  platform_.requestFrame();
}

void FrameLoop::settle(int frames) { settleFrames_ = std::max(settleFrames_, frames); }

void FrameLoop::loadingMoved() {
  loadingChanged_ = true;
  platform_.requestFrame();
}

bool FrameLoop::begin(double nowMs, bool indeterminate, LoadStatus status, bool uiPending) {
  loadingTicks_ = loadingChanged_ || indeterminate;
  if (loadingTicks_ && nowMs - drawnMs_ >= kLoadingRedrawMs) {
    loadingChanged_ = false;
    dirty_ = true;
  }
  if (status != drawnStatus_) {
    // Panels appear or change size: ImGui needs a frame to measure them before it shows them.
    drawnStatus_ = status;
    settle(2);
    dirty_ = true;
  }
  uiSettling_ = settleFrames_ > 0;
  if (!dirty_ && !uiPending && !uiSettling_) return false;
  dirty_ = false;
  if (uiSettling_) --settleFrames_;
  return true;
}

void FrameLoop::end(double nowMs, bool moving, bool stayDirty) {
  ++framesDrawn_;
  drawnMs_ = nowMs;
  if (moving || settleFrames_ > 0 || loadingTicks_) {
    dirty_ = dirty_ || stayDirty;
    platform_.requestFrame();
  }
}

void FrameLoop::idle(bool moving) {
  // Nothing to draw, but an upload or a loading bar in progress still needs the next frame.
  if (moving || loadingTicks_) platform_.requestFrame();
}

} // namespace shotscape
