#include "platform/web/WebPlatform.h"

#include "platform/web/MediaReportLayout.h"

#include <algorithm>
#include <cstdlib>

#include <glm/geometric.hpp>

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include "platform/web/Bridge.h"

namespace shotscape {

namespace {
EM_BOOL frameThunk(double time, void* userData) {
  static_cast<WebPlatform*>(userData)->onFrame(time);
  return EM_FALSE;
}
} // namespace

WebPlatform::WebPlatform(int hostId) : hostId_(hostId) {}

WebPlatform::~WebPlatform() {
  for (const auto& item : media_.items()) shotscape_media_release(item.first);
  if (frameRequest_) emscripten_cancel_animation_frame(frameRequest_);
  if (glContext_) {
    shotscape_host_release_gl_context(glContext_);
    emscripten_webgl_destroy_context(glContext_);
  }
  // Late bridge callbacks for this object would find it gone: the element stops forwarding them
  // by destroying the player only after unregistering the host (see web/shotscape-player.js).
}

bool WebPlatform::createGlContext() {
  glContext_ = shotscape_host_create_gl_context(hostId_);
  return glContext_ != 0;
}

void WebPlatform::makeGlContextCurrent() {
  if (glContext_) emscripten_webgl_make_context_current(glContext_);
}

double WebPlatform::nowMs() const { return emscripten_get_now(); }

void WebPlatform::requestFrame() {
  if (!frameRequest_) frameRequest_ = emscripten_request_animation_frame(frameThunk, this);
}

void WebPlatform::onFrame(double nowMs) {
  frameRequest_ = 0;
  if (frame_) frame_(nowMs);
}

void WebPlatform::fetchText(const std::string& url, const std::string& baseUrl, TextCallbacks callbacks) {
  const int id = nextRequest_++;
  texts_.put(id, std::move(callbacks));
  shotscape_fetch_text(hostId_, this, id, url.c_str(), baseUrl.c_str());
}

void WebPlatform::loadImage(const std::string& url, const std::string& baseUrl, int maxTextureSize,
                            ImageCallbacks callbacks) {
  const int id = nextRequest_++;
  images_.put(id, std::move(callbacks));
  shotscape_image_load(hostId_, this, id, url.c_str(), baseUrl.c_str(), maxTextureSize);
}

void WebPlatform::uploadImageRows(int imageId, std::uint32_t glTexture, int y, int rows) {
  shotscape_image_upload_rows(imageId, glTexture, y, rows);
}

void WebPlatform::releaseImage(int imageId) { shotscape_image_release(imageId); }

int WebPlatform::loadTile(const std::string& url, const std::string& baseUrl, ImageCallbacks callbacks) {
  const int id = nextRequest_++;
  images_.put(id, std::move(callbacks));
  shotscape_tile_load(hostId_, this, id, url.c_str(), baseUrl.c_str());
  return id;
}

void WebPlatform::cancelTile(int request) {
  if (images_.take(request)) shotscape_tile_cancel(request);
}

void WebPlatform::loadFonts(std::function<void(std::string, std::string)> done) {
  fonts_ = std::move(done);
  shotscape_fonts_load(hostId_, this);
}

void WebPlatform::onFonts(std::string regular, std::string semiBold) {
  if (auto done = std::move(fonts_)) done(std::move(regular), std::move(semiBold));
}

int WebPlatform::createMedia(MediaKind kind, const std::string& url, const std::string& baseUrl, bool loop,
                             std::string_view role, MediaCallbacks callbacks) {
  const int media = shotscape_media_create(hostId_, this, static_cast<int>(kind), url.c_str(), baseUrl.c_str(),
                                           loop ? 1 : 0, std::string(role).c_str());
  media_.put(media, std::move(callbacks));
  return media;
}

void WebPlatform::playMedia(int media) { shotscape_media_play(media); }
void WebPlatform::pauseMedia(int media) { shotscape_media_pause(media); }
void WebPlatform::seekMedia(int media, double seconds) { shotscape_media_seek(media, seconds); }
void WebPlatform::setMediaVolume(int media, double volume) { shotscape_media_set_volume(media, volume); }
void WebPlatform::setMediaRate(int media, double rate) { shotscape_media_set_rate(media, rate); }
void WebPlatform::setMediaMuted(int media, bool muted) { shotscape_media_set_muted(media, muted ? 1 : 0); }
double WebPlatform::mediaTime(int media) const { return shotscape_media_time(media); }

void WebPlatform::queryMedia(int media, MediaReport& out) const {
  namespace slot = mediaReport;
  double v[slot::size] = {};
  shotscape_media_query(media, v);
  out.currentTime = v[slot::currentTime];
  out.duration = v[slot::duration];
  out.paused = v[slot::paused] != 0.0;
  out.ended = v[slot::ended] != 0.0;
  out.waiting = v[slot::waiting] != 0.0;
  out.muted = v[slot::muted] != 0.0;
  out.volume = v[slot::volume];
  out.frameTime = v[slot::frameTime];
  out.presentedFrames = static_cast<long>(v[slot::presentedFrames]);
  out.bufferedCount = static_cast<int>(v[slot::bufferedCount]);
  out.quality = static_cast<int>(v[slot::quality]);
  out.qualitySwitches = static_cast<int>(v[slot::qualitySwitches]);
  static_assert(sizeof(out.buffered) / sizeof(out.buffered[0]) == slot::qualitySwitches - slot::buffered);
  for (int i = 0; i < slot::qualitySwitches - slot::buffered; ++i) out.buffered[i] = v[slot::buffered + i];
}

bool WebPlatform::uploadMediaFrame(int media, std::uint32_t glTexture, int& width, int& height) {
  return shotscape_media_upload_frame(media, glTexture, &width, &height) != 0;
}

void WebPlatform::releaseMedia(int media) {
  if (media_.take(media)) shotscape_media_release(media);
}

void WebPlatform::onMediaReady(int media, double duration) {
  if (MediaCallbacks* c = media_.find(media); c && c->ready) c->ready(duration);
}

void WebPlatform::onMediaState(int media, bool playing, bool ended) {
  if (MediaCallbacks* c = media_.find(media); c && c->state) c->state(playing, ended);
}

void WebPlatform::onMediaFailed(int media, std::string url, std::string reason) {
  if (MediaCallbacks* c = media_.find(media); c && c->failed) c->failed({std::move(url), std::move(reason)});
}

void WebPlatform::onMediaBlocked(int media) {
  if (MediaCallbacks* c = media_.find(media); c && c->blocked) c->blocked();
}

void WebPlatform::copyShare(ShareKind kind, const std::string& params, const std::string& page,
                            std::function<void(bool, std::string)> done) {
  shareDone_ = std::move(done);
  shotscape_share_copy(hostId_, this, static_cast<int>(kind), params.c_str(), page.c_str());
}

bool WebPlatform::canShareNatively() const { return shotscape_share_native_available() != 0; }

void WebPlatform::shareNatively(const std::string& title, const std::string& params, const std::string& page,
                                std::function<void(bool, std::string)> done) {
  shareDone_ = std::move(done);
  shotscape_share_native(hostId_, this, title.c_str(), params.c_str(), page.c_str());
}

void WebPlatform::onShareDone(bool ok, std::string reason) {
  if (shareDone_) shareDone_(ok, std::move(reason));
}

void WebPlatform::announce(const std::string& text) { shotscape_host_announce(hostId_, text.c_str(), 0); }

void WebPlatform::announceCaption(const std::string& text) { shotscape_host_announce(hostId_, text.c_str(), 1); }

bool WebPlatform::rasterizeText(std::string_view text, const TextStyle& style, float pixelRatio, std::uint32_t glTexture,
                                TextRaster& out) {
  const std::string z(text);
  int size[3] = {0, 0, 0};
  if (!shotscape_text_raster(z.c_str(), style.px, style.weight, static_cast<int>(style.family), style.maxWidth,
                             style.center ? 1 : 0, pixelRatio, glTexture, size))
    return false;
  out = {size[0], size[1], size[2]};
  return true;
}

bool WebPlatform::prefersContrast() const { return shotscape_host_more_contrast() != 0; }

std::string WebPlatform::languages() const {
  char* tags = shotscape_host_languages();
  std::string out(tags ? tags : "");
  std::free(tags);
  return out;
}

std::string WebPlatform::loadSetting(const std::string& key) const {
  char* value = shotscape_host_load_setting(key.c_str());
  if (!value) return {};
  std::string out(value);
  std::free(value);
  return out;
}

void WebPlatform::saveSetting(const std::string& key, const std::string& value) {
  shotscape_host_save_setting(key.c_str(), value.c_str());
}

bool WebPlatform::prefersReducedMotion() const { return shotscape_host_reduced_motion(hostId_) != 0; }

void WebPlatform::watchXr(XrCallbacks callbacks) {
  xr_ = std::move(callbacks);
  shotscape_xr_watch(hostId_, this);
}

void WebPlatform::requestXr() { shotscape_xr_request(hostId_, this, glContext_); }

void WebPlatform::endXr() { shotscape_xr_end(hostId_); }

void WebPlatform::bindXrFramebuffer() { shotscape_xr_bind_framebuffer(hostId_); }

void WebPlatform::onXrAvailable(bool available) {
  if (xr_.available) xr_.available(available);
}

void WebPlatform::onXrStarted() {
  if (xr_.started) xr_.started();
}

namespace {
// The frame web/bridge/xr.js writes, in doubles: the time; the head's position (3) and orientation
// (x, y, z, w); the eye count; two eyes of kXrEyeSize (position 3, orientation 4, the projection
// matrix 16 column-major, the viewport 4, the eye 0 left / 1 right); the ray count; four rays
// (origin 3, direction 3).
constexpr int kXrHead = 1, kXrEyeCount = 8, kXrEyes = 9, kXrEyeSize = 28, kXrRayCount = kXrEyes + 2 * kXrEyeSize,
              kXrRays = kXrRayCount + 1;
static_assert(kXrRays + 4 * 6 == 90, "web/bridge/xr.js writes 90 doubles");

XrPose readPose(const double* d) { return {{d[0], d[1], d[2]}, glm::dquat(d[6], d[3], d[4], d[5])}; }
XrRay readRay(const double* d) { return {{d[0], d[1], d[2]}, glm::normalize(glm::dvec3(d[3], d[4], d[5]))}; }
} // namespace

void WebPlatform::onXrFrame(const double* d) {
  XrFrame f;
  f.nowMs = d[0];
  f.head = readPose(d + kXrHead);
  f.eyeCount = std::clamp(int(d[kXrEyeCount]), 0, 2);
  for (int i = 0; i < f.eyeCount; ++i) {
    const double* e = d + kXrEyes + i * kXrEyeSize;
    XrEye& eye = f.eyes[i];
    eye.pose = readPose(e);
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r) eye.projection[c][r] = e[7 + c * 4 + r];
    for (int k = 0; k < 4; ++k) eye.viewport[size_t(k)] = int(e[23 + k]);
    eye.eye = int(e[27]);
  }
  f.rayCount = std::clamp(int(d[kXrRayCount]), 0, 4);
  for (int i = 0; i < f.rayCount; ++i) f.rays[i] = readRay(d + kXrRays + i * 6);
  if (xr_.frame) xr_.frame(f);
}

void WebPlatform::onXrSelect(const double* ray) {
  if (xr_.select) xr_.select(readRay(ray));
}

void WebPlatform::onXrEnded(bool asked) {
  if (xr_.ended) xr_.ended(asked);
}

void WebPlatform::onXrFailed(std::string reason) {
  if (xr_.failed) xr_.failed(std::move(reason));
}

void WebPlatform::toggleFullscreen() { shotscape_host_toggle_fullscreen(hostId_); }

bool WebPlatform::isFullscreen() const { return shotscape_host_is_fullscreen(hostId_) != 0; }

void WebPlatform::emit(std::string_view type, const std::string& detailJson) {
  shotscape_host_emit(hostId_, std::string(type).c_str(), detailJson.c_str());
}

void WebPlatform::emitView(double yaw, double pitch, double hfov) { shotscape_host_emit_view(hostId_, yaw, pitch, hfov); }

void WebPlatform::warn(const std::string& message) { shotscape_host_warn(message.c_str()); }

void WebPlatform::onTextDone(int requestId, std::string text, std::string url) {
  auto callbacks = texts_.take(requestId);
  if (callbacks && callbacks->done) callbacks->done(std::move(text), std::move(url));
}

void WebPlatform::onFetchFailed(int requestId, std::string url, std::string reason) {
  if (auto callbacks = texts_.take(requestId)) {
    if (callbacks->failed) callbacks->failed({std::move(url), std::move(reason)});
    return;
  }
  if (auto callbacks = images_.take(requestId); callbacks && callbacks->failed)
    callbacks->failed({std::move(url), std::move(reason)});
}

void WebPlatform::onImageProgress(int requestId, double loaded, double total) {
  if (ImageCallbacks* c = images_.find(requestId); c && c->progress) c->progress(loaded, total);
}

void WebPlatform::onImagePreview(int requestId, ImageInfo info) {
  if (ImageCallbacks* c = images_.find(requestId); c && c->preview) c->preview(info);
  else releaseImage(info.id);
}

void WebPlatform::onImageDecoded(int requestId, ImageInfo info) {
  auto callbacks = images_.take(requestId);
  if (!callbacks) return releaseImage(info.id);
  if (callbacks->decoded) callbacks->decoded(info);
}

} // namespace shotscape

// Called by web/bridge/*.js with the WebPlatform's address.
extern "C" {
EMSCRIPTEN_KEEPALIVE void shotscape_platform_text_done(shotscape::WebPlatform* p, int id, const char* text, int length,
                                                       const char* url) {
  p->onTextDone(id, std::string(text, static_cast<size_t>(length)), url);
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_fetch_failed(shotscape::WebPlatform* p, int id, const char* url,
                                                          const char* reason) {
  p->onFetchFailed(id, url, reason);
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_image_progress(shotscape::WebPlatform* p, int id, double loaded,
                                                            double total) {
  p->onImageProgress(id, loaded, total);
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_fonts(shotscape::WebPlatform* p, const char* regular, int regularLength,
                                                   const char* semiBold, int semiBoldLength) {
  p->onFonts(std::string(regular, static_cast<size_t>(regularLength)), std::string(semiBold, static_cast<size_t>(semiBoldLength)));
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_image_preview(shotscape::WebPlatform* p, int id, int imageId, int width,
                                                           int height) {
  p->onImagePreview(id, {imageId, width, height, false});
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_media_ready(shotscape::WebPlatform* p, int media, double duration) {
  p->onMediaReady(media, duration);
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_media_state(shotscape::WebPlatform* p, int media, int playing, int ended) {
  p->onMediaState(media, playing != 0, ended != 0);
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_media_failed(shotscape::WebPlatform* p, int media, const char* url,
                                                          const char* reason) {
  p->onMediaFailed(media, url, reason);
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_share_done(shotscape::WebPlatform* p, int ok, const char* reason) {
  p->onShareDone(ok != 0, reason);
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_xr_available(shotscape::WebPlatform* p, int available) { p->onXrAvailable(available != 0); }
EMSCRIPTEN_KEEPALIVE void shotscape_platform_xr_started(shotscape::WebPlatform* p) { p->onXrStarted(); }
EMSCRIPTEN_KEEPALIVE void shotscape_platform_xr_frame(shotscape::WebPlatform* p, const double* data) { p->onXrFrame(data); }
EMSCRIPTEN_KEEPALIVE void shotscape_platform_xr_select(shotscape::WebPlatform* p, const double* ray) { p->onXrSelect(ray); }
EMSCRIPTEN_KEEPALIVE void shotscape_platform_xr_ended(shotscape::WebPlatform* p, int asked) { p->onXrEnded(asked != 0); }
EMSCRIPTEN_KEEPALIVE void shotscape_platform_xr_failed(shotscape::WebPlatform* p, const char* reason) { p->onXrFailed(reason); }
EMSCRIPTEN_KEEPALIVE void shotscape_platform_media_blocked(shotscape::WebPlatform* p, int media) {
  p->onMediaBlocked(media);
}
EMSCRIPTEN_KEEPALIVE void shotscape_platform_image_decoded(shotscape::WebPlatform* p, int id, int imageId, int width,
                                                           int height, int downscaled) {
  p->onImageDecoded(id, {imageId, width, height, downscaled != 0});
}
}
