#pragma once
// The browser implementation of Platform: requests go to the JS bridge libraries (Bridge.h) and
// come back through the exported shotscape_platform_* functions, which carry this object's
// address so several players on one page never share state.
//
// Checklist — implemented: clock (performance.now), requestAnimationFrame, fetch with status
// text, image download progress, createImageBitmap decode with downscale to the GPU limit, strip
// uploads, media elements (audio, video frames to textures, stills) with autoplay refusal reported,
// the live region, prefers-reduced-motion, fullscreen, DOM events, console warnings. Not yet: request cancellation (pending
// callbacks are dropped when the platform is destroyed).


#include "platform/Platform.h"
#include "platform/web/IdTable.h"

namespace shotscape {

class WebPlatform final : public Platform {
 public:
  explicit WebPlatform(int hostId);
  ~WebPlatform() override;
  WebPlatform(const WebPlatform&) = delete;
  WebPlatform& operator=(const WebPlatform&) = delete;

  int hostId() const { return hostId_; }
  bool createGlContext() override;
  void makeGlContextCurrent() override;

  double nowMs() const override;
  void requestFrame() override;
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
  void copyShare(ShareKind kind, const std::string& params, const std::string& page, std::function<void(bool, std::string)> done) override;
  bool canShareNatively() const override;
  void shareNatively(const std::string& title, const std::string& params, const std::string& page, std::function<void(bool, std::string)> done) override;
  void announce(const std::string& text) override;
  void announceCaption(const std::string& text) override;
  bool rasterizeText(std::string_view text, const TextStyle& style, float pixelRatio, std::uint32_t glTexture,
                     TextRaster& out) override;
  bool prefersReducedMotion() const override;
  bool prefersContrast() const override;
  std::string languages() const override;
  std::string loadSetting(const std::string& key) const override;
  void saveSetting(const std::string& key, const std::string& value) override;
  void watchXr(XrCallbacks callbacks) override;
  void requestXr() override;
  void endXr() override;
  void bindXrFramebuffer() override;
  void toggleFullscreen() override;
  bool isFullscreen() const override;
  void emit(std::string_view type, const std::string& detailJson) override;
  void emitView(double yaw, double pitch, double hfov) override;
  void warn(const std::string& message) override;

  // Entry points for the bridge (called through the exported C functions).
  void onFrame(double nowMs);
  void onTextDone(int requestId, std::string text, std::string url);
  void onFetchFailed(int requestId, std::string url, std::string reason);
  void onImageProgress(int requestId, double loaded, double total);
  void onImagePreview(int requestId, ImageInfo info);
  void onImageDecoded(int requestId, ImageInfo info);
  void onFonts(std::string regular, std::string semiBold);
  void onMediaReady(int media, double duration);
  void onMediaState(int media, bool playing, bool ended);
  void onMediaFailed(int media, std::string url, std::string reason);
  void onMediaBlocked(int media);
  void onShareDone(bool ok, std::string reason);
  void onXrAvailable(bool available);
  void onXrStarted();
  void onXrFrame(const double* data); // the layout: web/bridge/xr.js (kXr* in WebPlatform.cpp)
  void onXrSelect(const double* ray);  // origin xyz, direction xyz
  void onXrEnded(bool asked);
  void onXrFailed(std::string reason);

 private:
  int hostId_;
  int glContext_ = 0;
  int nextRequest_ = 1;
  long frameRequest_ = 0;
  std::function<void(double)> frame_;
  IdTable<TextCallbacks> texts_;
  IdTable<ImageCallbacks> images_;
  IdTable<MediaCallbacks> media_; // by the bridge's media handle, until released
  std::function<void(std::string, std::string)> fonts_;
  std::function<void(bool, std::string)> shareDone_; // the latest share request's report
  XrCallbacks xr_;
};

} // namespace shotscape
