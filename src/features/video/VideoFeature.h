#pragma once
// Video scenes: the scene's media element (sources tried in order, core/media/VideoPlayback), its poster
// until the first frame, the presented frame uploaded to the Stage each frame, autoplay (muted,
// "Tap for sound" until the viewer asks for sound), the timeline, the keyboard's k/j/l/m, and the
// element's events: play, pause, ended, timeupdate (about four times a second while playing, and
// at once after a seek). Nothing here for image scenes: every call is a no-op there.

#include <optional>
#include <string>

#include "core/media/VideoPlayback.h"
#include "features/Feature.h"

namespace shotscape {

class VideoFeature final : public Feature {
 public:
  explicit VideoFeature(FeatureContext& context) : c_(context), soundLocked_(context.options.muted) {}
  ~VideoFeature() override {
    leave();
    releaseOutgoing();
  }

  void enter(const Scene& scene) override;
  void leave() override;
  bool step(double nowMs) override;
  void contribute(OverlayModel& model) const override;
  void apply(const OverlayActions& actions) override;
  bool handle(Command command) override;
  void stats(JsonWriter& json) const override;

  bool active() const { return video_.has_value(); }
  void play();
  void pause();
  void seek(double seconds);
  double currentTime() const { return video_ ? video_->currentTime : 0.0; }
  double duration() const { return video_ ? video_->duration : 0.0; }
  bool paused() const { return !video_ || video_->paused; }

 private:
  void loadSource();
  void releaseOutgoing();
  // Sync groups: the old take's time at `nowMs`. The new take seeks to where the old one will be
  // (led by the last seek's latency); at its first frame the old one goes, and the new one plays a
  // little faster or slower until it is within half a frame, then at normal speed.
  double handoffTime(double nowMs) const;
  void keepInSync(double nowMs);
  void finishHandoff();
  static constexpr double kSyncTolerance = 1.0 / 30.0; // seconds: a frame at 30 fps

  void loadPoster();
  void setMuted(bool muted);
  TimelineView timeline() const;
  // Frame by frame: the media layer's report into VideoPlayback; true when anything drawn changed.
  bool readReport(double nowMs);

  // What the video left behind was doing, for a take of the same sync group entered next.
  struct Handoff {
    std::string group;
    double time = 0.0;
    bool playing = false;
    double atMs = 0.0;
  };

  const FeatureContext c_; // (a copy of the references: one indirection less per use)
  std::optional<Handoff> handoff_;
  double syncTarget_ = -1.0;    // the last sync seek's target (< 0: not syncing)
  double syncSeekMs_ = 0.0;     // when it was asked for
  int syncSeeks_ = 0;           // corrective seeks so far (at most one, when far off)
  bool nudging_ = false;        // catching up by the playback rate
  double seekLeadS_ = 0.15;     // how long the last sync seek took to show a frame, led by the next
  std::optional<VideoPlayback> video_;
  int media_ = 0;               // media handle of the current source, 0 = none
  int outgoing_ = 0;            // the take a move left, playing until the next one shows; 0 = none
  bool soundLocked_;            // autoplay started the video muted; the viewer has not asked for sound
  double userVolume_ = 1.0;     // the timeline's volume, before ducking
  double gain_ = -1.0;          // the ducking gain last applied
  bool reportedPaused_ = true;  // what `play` / `pause` events last said
  bool endedEmitted_ = false;
  double timeupdateMs_ = -1e9;  // when `timeupdate` last fired
  double timeupdateAt_ = -1.0;  // the time it carried
};

} // namespace shotscape
