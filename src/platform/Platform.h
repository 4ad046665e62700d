#pragma once
// What the player needs from its host environment, as a small interface: a clock, frame
// scheduling, fetching text, decoding and uploading images, fullscreen, and events to the page.
// The browser implementation is platform/web/WebPlatform; tests can drive a Player with their own.
//
// Callbacks run later, from the host's event loop, never inside the call that requested them.
// A Platform outlives every request it was given; destroying it drops pending callbacks.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/text/TextStyle.h"
#include "core/view/Immersive.h"

namespace shotscape {

struct FetchFailure {
  std::string url;    // the resolved URL
  std::string reason; // in words, e.g. "HTTP 404 Not Found" or "network error"
};

struct ImageInfo {
  int id = 0;      // handle for uploadImageRows() / releaseImage()
  int width = 0;   // decoded size, already reduced to the GPU's maximum texture size
  int height = 0;
  bool downscaled = false; // true when the source was larger than maxTextureSize
};

struct TextCallbacks {
  std::function<void(std::string text, std::string resolvedUrl)> done;
  std::function<void(FetchFailure)> failed;
};

struct ImageCallbacks {
  std::function<void(double loadedBytes, double totalBytes)> progress; // totalBytes 0 when unknown
  std::function<void(ImageInfo)> preview; // a small copy (≤ 1024 wide), before `decoded`; may not come
  std::function<void(ImageInfo)> decoded;
  std::function<void(FetchFailure)> failed;
};

enum class MediaKind { Audio = 0, Video = 1, Image = 2, HlsVideo = 3 }; // HlsVideo: an .m3u8 stream

struct MediaCallbacks {
  std::function<void(double duration)> ready;            // metadata known (duration 0 for a still)
  std::function<void(bool playing, bool ended)> state;   // started, paused, or reached its end
  std::function<void(FetchFailure)> failed;              // missing, refused or undecodable
  std::function<void()> blocked;                         // play() refused until a click or key press
};

// A media element's state, read once per frame.
struct MediaReport {
  double currentTime = 0.0;
  double duration = 0.0;      // 0 while unknown (or infinite: a live stream)
  bool paused = true;
  bool ended = false;
  bool waiting = false;       // stalled: playing but without data to show
  bool muted = false;
  double volume = 1.0;
  double frameTime = -1.0;    // media time of the last presented frame; < 0 before the first
  long presentedFrames = 0;   // frames presented so far (requestVideoFrameCallback)
  int quality = 0;            // adaptive streams: the playing rendition's height in pixels; 0 = n/a
  int qualitySwitches = 0;    // adaptive streams: rendition changes so far
  int bufferedCount = 0;      // ranges in `buffered`
  double buffered[16] = {};   // start, end pairs, seconds (at most 8 ranges)
};

// One frame of a headset's immersive session (WebXR's XRFrame, in its "local" reference space).
struct XrFrame {
  double nowMs = 0.0;
  XrPose head;
  XrEye eyes[2];
  int eyeCount = 0;
  XrRay rays[4];            // controllers' and hands' target rays this frame
  int rayCount = 0;
};

// A headset's immersive session, reported by the platform for the player's whole life.
struct XrCallbacks {
  std::function<void(bool available)> available; // immersive-vr can be asked for (again on a device change)
  std::function<void()> started;                 // the session runs; frames follow
  std::function<void(const XrFrame&)> frame;     // draw now, into bindXrFramebuffer()'s framebuffer
  std::function<void(const XrRay&)> select;      // a controller's trigger or a hand's pinch, along its ray
  std::function<void(bool asked)> ended;         // `asked`: by endXr(); else the browser or headset ended it
  std::function<void(std::string reason)> failed; // the session could not start
};

class Platform {
 public:
  virtual ~Platform() = default;

  // Creates the element's WebGL2 context; false when the browser has none to give.
  virtual bool createGlContext() = 0;
  // Makes that context current for the calls that follow (several players share one page).
  virtual void makeGlContextCurrent() = 0;

  // Milliseconds since the page's navigation start.
  virtual double nowMs() const = 0;
  // Asks for one call of the frame callback (see setFrameCallback); repeated requests before it
  // runs are merged.
  virtual void requestFrame() = 0;
  virtual void setFrameCallback(std::function<void(double nowMs)> frame) = 0;

  // `url` is resolved against `baseUrl` (empty: the page's URL).
  virtual void fetchText(const std::string& url, const std::string& baseUrl, TextCallbacks callbacks) = 0;
  virtual void loadImage(const std::string& url, const std::string& baseUrl, int maxTextureSize,
                         ImageCallbacks callbacks) = 0;
  // Copies rows [y, y + rows) of a decoded image into level 0 of the bound-able GL texture.
  virtual void uploadImageRows(int imageId, std::uint32_t glTexture, int y, int rows) = 0;
  virtual void releaseImage(int imageId) = 0;
  // A tile or cube face: downloaded and decoded off the main thread at its own size (no preview
  // copy, no downscale), delivered through `decoded` or `failed` like an image. Returns the request
  // for cancelTile().
  virtual int loadTile(const std::string& url, const std::string& baseUrl, ImageCallbacks callbacks) = 0;
  // Abandons a tile request still on its way: its download is aborted and no callback comes.
  virtual void cancelTile(int request) = 0;

  // The interface's font files (see ui/Theme.h), fetched beside the player; the callback gets
  // empty strings for any that failed.
  virtual void loadFonts(std::function<void(std::string regular, std::string semiBold)> done) = 0;

  // Shapes, lays out and rasterizes `text` (UTF-8; any script, bidi, wrapped at style.maxWidth) at
  // `pixelRatio` into level 0 of `glTexture` as white glyphs with coverage in alpha; false when the
  // host cannot (the overlay then draws with its own font). See ui/Text.h.
  virtual bool rasterizeText(std::string_view text, const TextStyle& style, float pixelRatio, std::uint32_t glTexture,
                             TextRaster& out) = 0;

  // Media elements for commentary audio, influence clips and stills, and scene sound. `role`
  // names the element for the page ("commentary", "influence", "scene"). Returns a handle.
  virtual int createMedia(MediaKind kind, const std::string& url, const std::string& baseUrl, bool loop,
                          std::string_view role, MediaCallbacks callbacks) = 0;
  virtual void playMedia(int media) = 0;
  virtual void pauseMedia(int media) = 0;
  virtual void seekMedia(int media, double seconds) = 0;
  virtual void setMediaVolume(int media, double volume) = 0; // [0, 1]
  virtual void setMediaRate(int media, double rate) = 0;     // playback speed, [0.5, 2]; 1 = normal
  virtual void setMediaMuted(int media, bool muted) = 0;
  virtual double mediaTime(int media) const = 0;             // seconds
  virtual void queryMedia(int media, MediaReport& out) const = 0;
  // Copies the current video frame (or the still) into `glTexture` when it changed since the last
  // call; returns false when there was nothing new. `width`/`height` get the frame's size.
  virtual bool uploadMediaFrame(int media, std::uint32_t glTexture, int& width, int& height) = 0;
  virtual void releaseMedia(int media) = 0;

  // Sharing a moment given as link parameters (core/link/DeepLink). `done(ok, reason)` reports back.
  enum class ShareKind { Link = 0, IframeSnippet = 1, ScriptSnippet = 2 };
  virtual void copyShare(ShareKind kind, const std::string& params, const std::string& page, std::function<void(bool, std::string)> done) = 0;
  virtual bool canShareNatively() const = 0;
  virtual void shareNatively(const std::string& title, const std::string& params, const std::string& page, std::function<void(bool, std::string)> done) = 0;

  // Sets the text of the element's live region (read by screen readers; plain text): focus,
  // hotspots opened, scenes reached.
  virtual void announce(const std::string& text) = 0;
  // The captions' own live region, so a focus change is never lost under a caption (nor a caption
  // under a focus change); "" clears it.
  virtual void announceCaption(const std::string& text) = 0;
  // The viewer asked the system for reduced motion.
  virtual bool prefersReducedMotion() const = 0;
  // The viewer's languages, most preferred first, as BCP 47 tags separated by commas.
  virtual std::string languages() const = 0;
  // The viewer asked the system for more contrast (prefers-contrast: more).
  virtual bool prefersContrast() const = 0;
  // A small setting remembered for the site (localStorage); "" when none or storage is refused.
  // Saving "" forgets it.
  virtual std::string loadSetting(const std::string& key) const = 0;
  virtual void saveSetting(const std::string& key, const std::string& value) = 0;

  // Headsets (WebXR immersive-vr). watchXr() once; requestXr() asks for a session (after a click:
  // browsers want a user gesture); endXr() ends it. While it runs the platform's frame callback
  // is not called: XrCallbacks::frame is, at the headset's rate, with bindXrFramebuffer() the
  // framebuffer to draw the eyes into.
  virtual void watchXr(XrCallbacks callbacks) = 0;
  virtual void requestXr() = 0;
  virtual void endXr() = 0;
  virtual void bindXrFramebuffer() = 0;

  virtual void toggleFullscreen() = 0;
  virtual bool isFullscreen() const = 0;

  // Dispatches a DOM event on the player element; detailJson is a JSON object.
  virtual void emit(std::string_view type, const std::string& detailJson) = 0;
  // The frequent `viewchange` event, without building JSON each frame.
  virtual void emitView(double yaw, double pitch, double hfov) = 0;
  virtual void warn(const std::string& message) = 0;
};

} // namespace shotscape
