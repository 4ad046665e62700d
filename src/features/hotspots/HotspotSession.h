#pragma once
// One open hotspot: its commentary (audio element + caption tracks) and its influence (a clip or
// a still), driven through the Platform's media layer. The Player owns at most one; closing the
// hotspot destroys it, which releases every media element it created.
//
// Lifecycle: the constructor creates the media elements, starts the caption downloads, and asks
// the commentary to play (the influence clip loops muted beside it). Reports from the platform
// update the state; update() is called every frame to read media times and say what changed.
// One voice at a time: playing the commentary mutes the influence clip; giving the clip its sound
// pauses the commentary. Failures are kept as text for the panel and reported through `onError`.

#include <functional>
#include <string>

#include "core/media/Commentary.h"
#include "core/manifest/Hotspot.h"
#include "platform/Platform.h"
#include "render/MediaTexture.h"

namespace shotscape {

struct InfluenceState {
  MediaState media{};
  bool muted = true; // the clip starts silent so the commentary is heard
};

class HotspotSession {
 public:
  using ErrorHandler = std::function<void(const std::string& message, const std::string& url)>;

  // `influenceTexture`: where the clip's frames (or the still) go; the Stage owns it.
  HotspotSession(Platform& platform, const HotspotConfig& hotspot, const std::string& baseUrl,
                 MediaTexture& influenceTexture, std::function<void()> changed, ErrorHandler onError);
  ~HotspotSession();
  HotspotSession(const HotspotSession&) = delete;
  HotspotSession& operator=(const HotspotSession&) = delete;

  const HotspotConfig& hotspot() const { return hotspot_; }
  const Commentary* commentary() const { return commentary_ ? &*commentary_ : nullptr; }
  const InfluenceState& influence() const { return influence_; }
  // The clip's own captions while it plays with sound (influence.media.captions), else null; their
  // time is the clip's (influence().media.time).
  const Commentary* clipCaptions() const;
  const MediaTexture& influenceTexture() const { return influenceTexture_; }

  // Reads media times; true when the commentary time moved (captions and the seek bar follow).
  bool update();
  // Uploads a new influence frame if the browser presented one; true when the texture changed.
  bool updateInfluenceFrame();
  // Whether a voice (commentary, or the clip with sound) is playing: the scene sound ducks.
  bool voicePlaying() const;
  // Whether media is playing or loading, so frames must keep coming.
  bool active() const;

  void toggleCommentary();
  void seekCommentary(double seconds);
  void selectTrack(size_t track);
  void setCaptionsOn(bool on);
  void toggleInfluence();
  void toggleInfluenceSound();
  // A click or key press happened: media the browser refused to start may start now.
  void userGesture();

 private:
  void startCommentary();
  void loadTracks(Commentary& captions, const std::string& baseUrl);
  void failed(const char* what, MediaState& state, const FetchFailure& failure);

  Platform& platform_;
  HotspotConfig hotspot_;
  MediaTexture& influenceTexture_;
  std::function<void()> changed_;
  ErrorHandler onError_;
  std::optional<Commentary> commentary_;
  std::optional<Commentary> clipCaptions_; // the clip's tracks (its audio state unused)
  int audio_ = 0;       // media handle of the commentary audio, 0 = none
  int influenceMedia_ = 0;
  int posterMedia_ = 0;  // the clip's poster, shown until its first frame; released then
  InfluenceState influence_{};
  bool influenceIsVideo_ = false;
  bool wantsCommentary_ = false; // play() was asked and not yet confirmed
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true); // guards late caption downloads
};

} // namespace shotscape
