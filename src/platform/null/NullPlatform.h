#pragma once
// A Platform with no browser behind it, for unit tests and native tools: the test is the host.
//
// Checklist — implemented: a scripted clock (advance()); frame requests merged and run by the
// test (runFrame(), settle()); an event loop of its own (callbacks run from runTasks(), never
// inside the call that requested them, as Platform promises); fetches and images wait in queues
// until the test replies (replyText(), replyImage(), fail…()); media elements recorded with their
// state, driven by the test (mediaReady(), presentFrame()); events, `viewchange`, warnings,
// announcements and shares recorded in order; reduced motion and fullscreen as plain flags.
// GL is real: a headless OpenGL ES 3.0 context on Mesa's software rasterizer (EGL, a pbuffer),
// so the player uploads and draws as in a browser and the test can read pixels back; a lost
// context is a destroyed one (loseContext()), its GL names dead as in WebGL.
// Not implemented: image decoding (the test hands over RGBA pixels), downscaling to the GPU's
// limit, HTTP caching, native sharing (canShareNatively() is false).

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/Platform.h"

namespace shotscape {

class NullPlatform final : public Platform {
 public:
  // `withGl` false: a browser without WebGL 2 (createGlContext() fails). The pbuffer is the
  // canvas: width × height framebuffer pixels.
  explicit NullPlatform(bool withGl = true, int width = 320, int height = 180);
  ~NullPlatform() override;
  NullPlatform(const NullPlatform&) = delete;
  NullPlatform& operator=(const NullPlatform&) = delete;

  // ---- The test's side ----
  struct Event {
    std::string type;
    std::string detail; // the JSON object the page would get as event.detail
  };
  struct View {
    double yaw, pitch, hfov;
  };
  struct Media {
    int id = 0;
    MediaKind kind = MediaKind::Audio;
    std::string url;
    std::string baseUrl;
    std::string role;
    bool loop = false;
    bool released = false;
    MediaCallbacks callbacks;
    MediaReport report; // what queryMedia() answers; the test edits it
    double rate = 1.0;  // setMediaRate()
    // A frame waiting for uploadMediaFrame() (presentFrame()).
    bool fresh = false;
    int frameWidth = 0;
    int frameHeight = 0;
    std::vector<std::uint8_t> frame;
  };

  // The clock: milliseconds since "navigation start".
  void advance(double ms) { now_ += ms; }
  // Runs queued callbacks (the host's event loop), oldest first, including those they queue.
  void runTasks();
  // Advances the clock by `stepMs`, runs the queued callbacks, then the frame callback if a frame
  // was requested. False when no frame was requested.
  bool runFrame(double stepMs = 16.0);
  // runFrame() until no frame is requested (or `maxFrames` ran); returns how many ran.
  int settle(int maxFrames = 600, double stepMs = 16.0);
  bool frameRequested() const { return frameRequested_; }

  // Replies to the oldest pending request for `url` (as the player wrote it, before resolution).
  // False when there is none. `resolvedUrl` defaults to `url`.
  bool replyText(const std::string& url, const std::string& text, const std::string& resolvedUrl = {});
  bool failText(const std::string& url, const std::string& reason);
  // Sends a small copy first when `previewWidth` > 0 (as the decoder does), then the image.
  bool replyImage(const std::string& url, int width, int height, std::array<std::uint8_t, 4> rgba,
                  int previewWidth = 0);
  bool failImage(const std::string& url, const std::string& reason);
  // Sends only a preview and leaves the request pending (the full image still "decoding").
  bool replyPreview(const std::string& url, int width, int height, std::array<std::uint8_t, 4> rgba);
  std::vector<std::string> pendingTexts() const;
  std::vector<std::string> pendingImages() const;
  int liveImages() const { return int(images_.size()); } // decoded and not yet released
  // Tiles are image requests too (replyImage, failImage, pendingImages); these were cancelled.
  std::vector<std::string> cancelledTiles;

  // The newest media element made for `url` (nullptr: none).
  Media* media(const std::string& url);
  // Metadata arrives: `ready(duration)`.
  void mediaReady(Media& m, double duration);
  // The element presents a frame (videos) or has its picture (stills).
  void presentFrame(Media& m, int width, int height, std::array<std::uint8_t, 4> rgba, double time);
  int liveMedia() const;

  // Destroys the GL context (every name in it dies) and makes a fresh one current.
  void loseContext();
  // The framebuffer's pixel at (x, y), y from the top.
  std::array<std::uint8_t, 4> pixel(int x, int y) const;
  // Whether that pixel's colour is within `tolerance` of `rgb` in each channel (alpha ignored).
  bool pixelNear(int x, int y, std::array<std::uint8_t, 4> rgb, int tolerance = 3) const;

  std::vector<Event> events;
  std::vector<View> views;
  std::vector<std::string> warnings;
  std::vector<std::string> announcements;
  std::vector<std::string> captionAnnouncements;
  std::vector<std::string> textRuns; // strings the overlay asked to rasterize (it then draws them itself)
  std::vector<std::string> shares; // "link|params|page"…
  // Called for every event as it is emitted (a test can watch past the player's lifetime).
  std::function<void(std::string_view type)> onEmit;
  bool reducedMotion = false;
  bool moreContrast = false;                  // prefers-contrast: more
  std::string browserLanguages = "en-US,en";  // navigator.languages
  std::map<std::string, std::string> settings; // what a site would keep in localStorage
  bool fullscreen = false;
  XrCallbacks xr;       // what watchXr() was given
  int xrRequests = 0;   // requestXr() calls
  int xrEnds = 0;       // endXr() calls
  // The events' types in order, comma-separated (`viewchange` is kept apart, in `views`).
  std::string eventTypes() const;
  const Event* lastEvent(const std::string& type) const;

  // ---- Platform ----
  bool createGlContext() override;
  void makeGlContextCurrent() override;
  double nowMs() const override { return now_; }
  void requestFrame() override { frameRequested_ = true; }
  void setFrameCallback(std::function<void(double)> frame) override { frame_ = std::move(frame); }
  void fetchText(const std::string& url, const std::string& baseUrl, TextCallbacks callbacks) override;
  void loadImage(const std::string& url, const std::string& baseUrl, int maxTextureSize,
                 ImageCallbacks callbacks) override;
  void uploadImageRows(int imageId, std::uint32_t glTexture, int y, int rows) override;
  void releaseImage(int imageId) override;
  int loadTile(const std::string& url, const std::string& baseUrl, ImageCallbacks callbacks) override;
  void cancelTile(int request) override;
  void loadFonts(std::function<void(std::string, std::string)> done) override;
  int createMedia(MediaKind kind, const std::string& url, const std::string& baseUrl, bool loop,
                  std::string_view role, MediaCallbacks callbacks) override;
  void playMedia(int media) override;
  void pauseMedia(int media) override;
  void seekMedia(int media, double seconds) override;
  void setMediaVolume(int media, double volume) override;
  void setMediaRate(int media, double rate) override;
  void setMediaMuted(int media, bool muted) override;
  double mediaTime(int media) const override;
  void queryMedia(int media, MediaReport& out) const override;
  bool uploadMediaFrame(int media, std::uint32_t glTexture, int& width, int& height) override;
  void releaseMedia(int media) override;
  void copyShare(ShareKind kind, const std::string& params, const std::string& page,
                 std::function<void(bool, std::string)> done) override;
  bool canShareNatively() const override { return false; }
  void shareNatively(const std::string& title, const std::string& params, const std::string& page,
                     std::function<void(bool, std::string)> done) override;
  void announce(const std::string& text) override { announcements.push_back(text); }
  void announceCaption(const std::string& text) override { captionAnnouncements.push_back(text); }
  // No text shaper here: the overlay draws every string with its own font (and its replacement glyph).
  bool rasterizeText(std::string_view text, const TextStyle&, float, std::uint32_t, TextRaster&) override {
    textRuns.emplace_back(text);
    return false;
  }
  bool prefersReducedMotion() const override { return reducedMotion; }
  bool prefersContrast() const override { return moreContrast; }
  std::string languages() const override { return browserLanguages; }
  std::string loadSetting(const std::string& key) const override {
    const auto it = settings.find(key);
    return it == settings.end() ? std::string() : it->second;
  }
  void saveSetting(const std::string& key, const std::string& value) override {
    if (value.empty()) settings.erase(key);
    else settings[key] = value;
  }
  // Headsets: the callbacks are kept for a test to drive (xr.frame(...) etc.); requests counted.
  void watchXr(XrCallbacks callbacks) override { xr = std::move(callbacks); }
  void requestXr() override { ++xrRequests; }
  void endXr() override { ++xrEnds; }
  void bindXrFramebuffer() override {}
  void toggleFullscreen() override { fullscreen = !fullscreen; }
  bool isFullscreen() const override { return fullscreen; }
  void emit(std::string_view type, const std::string& detailJson) override;
  void emitView(double yaw, double pitch, double hfov) override { views.push_back({yaw, pitch, hfov}); }
  void warn(const std::string& message) override { warnings.push_back(message); }

 private:
  struct PendingText {
    std::string url;
    TextCallbacks callbacks;
  };
  struct PendingImage {
    std::string url;
    ImageCallbacks callbacks;
    int request = 0; // tiles: the id loadTile() returned
  };
  struct Image {
    int width = 0;
    int height = 0;
    std::array<std::uint8_t, 4> rgba{};
  };
  bool makeContext();
  int addImage(int width, int height, std::array<std::uint8_t, 4> rgba);
  Media* find(int id);
  const Media* find(int id) const;

  bool withGl_;
  int width_;
  int height_;
  void* display_ = nullptr; // EGLDisplay
  void* surface_ = nullptr; // EGLSurface
  void* context_ = nullptr; // EGLContext
  void* config_ = nullptr;  // EGLConfig
  double now_ = 1000.0;
  bool frameRequested_ = false;
  std::function<void(double)> frame_;
  std::deque<std::function<void()>> tasks_;
  std::deque<PendingText> texts_;
  std::deque<PendingImage> imageRequests_;
  std::map<int, Image> images_;
  int nextImage_ = 1;
  int nextTile_ = 1;
  std::deque<Media> media_; // (a deque: media() pointers stay valid as more are made)
};

} // namespace shotscape
