#pragma once
// When the player draws: an unchanged frame is not drawn, and a frame is requested again only while
// something moves. Marzipano's RenderLoop, with what an immediate-mode overlay adds.
//
// Protocol: whatever changes what is drawn calls invalidate() (between frames: also requests one)
// or markDirty() (inside a frame). ImGui runs only when the overlay can look different:
// markOverlayStale() (input, fonts, layout), and settle(n) when it needs n more frames to show its
// new state (a window is measured in its first frame and shown in the next). Loading feedback
// is redrawn a few times a second (loadingMoved(), an indeterminate bar), not every frame: full
// redraws would take time from the decoding and uploading they report on.
// Per frame: begin() says whether to draw; a frame that draws calls end(), one that does not
// calls idle(); both request the next frame when `moving`.

#include "core/scene/SceneLoadState.h"
#include "platform/Platform.h"

namespace shotscape {

class FrameLoop {
 public:
  explicit FrameLoop(Platform& platform) : platform_(platform) {}

  void invalidate();
  void markDirty() { dirty_ = true; }
  void markOverlayStale() { overlayStale_ = true; }
  bool overlayStale() const { return overlayStale_; }
  void overlayDrawn() { overlayStale_ = false; }
  void settle(int frames);
  bool settling() const { return settleFrames_ > 0; }
  // Loading progress moved: drawn at the next loading tick.
  void loadingMoved();

  // Starts a frame. `indeterminate`: an indeterminate loading bar sweeps; `status`: the scene's
  // load (a new status lays out new panels); `uiPending`: input waits for ImGui. True: draw.
  bool begin(double nowMs, bool indeterminate, LoadStatus status, bool uiPending);
  // Whether this frame's loading feedback ticks (valid after begin()).
  bool loadingTicks() const { return loadingTicks_; }
  bool uiSettling() const { return uiSettling_; }
  // A drawn frame ends; `moving` (and `stayDirty`: the next must draw too) request the next.
  void end(double nowMs, bool moving, bool stayDirty);
  // A frame that drew nothing ends.
  void idle(bool moving);

  long framesDrawn() const { return framesDrawn_; }

 private:
  Platform& platform_;
  bool dirty_ = true;
  bool overlayStale_ = true;
  int settleFrames_ = 0;
  bool loadingChanged_ = false;
  bool loadingTicks_ = false;
  bool uiSettling_ = false;
  double drawnMs_ = 0.0; // when the last frame was drawn (rAF time)
  LoadStatus drawnStatus_ = LoadStatus::Idle;
  long framesDrawn_ = 0;
};

} // namespace shotscape
