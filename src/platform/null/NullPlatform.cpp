#include "platform/null/NullPlatform.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <GLES3/gl3.h>

namespace shotscape {

namespace {
std::string readFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}
// Removes and returns the oldest request for `url` (empty: none).
template <typename Request>
std::optional<Request> take(std::deque<Request>& queue, const std::string& url) {
  const auto it = std::find_if(queue.begin(), queue.end(), [&](const Request& r) { return r.url == url; });
  if (it == queue.end()) return std::nullopt;
  Request request = std::move(*it);
  queue.erase(it);
  return request;
}
} // namespace

NullPlatform::NullPlatform(bool withGl, int width, int height) : withGl_(withGl), width_(width), height_(height) {}

NullPlatform::~NullPlatform() {
  // The display is shared by every NullPlatform of the process: only this one's objects go.
  if (!display_) return;
  eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  if (context_) eglDestroyContext(display_, context_);
  if (surface_) eglDestroySurface(display_, surface_);
}

bool NullPlatform::makeContext() {
  if (!display_) {
    // Mesa's surfaceless platform: no window system, no GPU needed (llvmpipe draws).
    const auto getDisplay = reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    EGLDisplay display = getDisplay ? getDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr) : EGL_NO_DISPLAY;
    EGLint major = 0, minor = 0;
    if (display == EGL_NO_DISPLAY || !eglInitialize(display, &major, &minor)) return false;
    const EGLint attributes[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_ES3_BIT,
                                 EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_ALPHA_SIZE, 8, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    if (!eglChooseConfig(display, attributes, &config, 1, &count) || count < 1) return false;
    const EGLint size[] = {EGL_WIDTH, width_, EGL_HEIGHT, height_, EGL_NONE};
    surface_ = eglCreatePbufferSurface(display, config, size);
    if (surface_ == EGL_NO_SURFACE) return false;
    display_ = display;
    config_ = config;
    eglBindAPI(EGL_OPENGL_ES_API);
  }
  const EGLint version[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 0, EGL_NONE};
  context_ = eglCreateContext(display_, config_, EGL_NO_CONTEXT, version);
  if (context_ == EGL_NO_CONTEXT) {
    context_ = nullptr;
    return false;
  }
  makeGlContextCurrent();
  return true;
}

bool NullPlatform::createGlContext() { return withGl_ && makeContext(); }

void NullPlatform::makeGlContextCurrent() {
  if (context_) eglMakeCurrent(display_, surface_, surface_, context_);
}

void NullPlatform::loseContext() {
  assert(context_ && "NullPlatform::loseContext: there is no context");
  eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  eglDestroyContext(display_, context_);
  context_ = nullptr;
  makeContext();
}

std::array<std::uint8_t, 4> NullPlatform::pixel(int x, int y) const {
  std::array<std::uint8_t, 4> out{};
  glReadPixels(x, height_ - 1 - y, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, out.data());
  return out;
}

bool NullPlatform::pixelNear(int x, int y, std::array<std::uint8_t, 4> rgb, int tolerance) const {
  const auto got = pixel(x, y);
  for (int i = 0; i < 3; ++i)
    if (std::abs(int(got[i]) - int(rgb[i])) > tolerance) return false;
  return true;
}

void NullPlatform::runTasks() {
  while (!tasks_.empty()) {
    auto task = std::move(tasks_.front());
    tasks_.pop_front();
    task();
  }
}

bool NullPlatform::runFrame(double stepMs) {
  now_ += stepMs;
  runTasks();
  if (!frameRequested_ || !frame_) return false;
  frameRequested_ = false;
  frame_(now_);
  return true;
}

int NullPlatform::settle(int maxFrames, double stepMs) {
  int frames = 0;
  while (frames < maxFrames && runFrame(stepMs)) ++frames;
  return frames;
}

void NullPlatform::fetchText(const std::string& url, const std::string&, TextCallbacks callbacks) {
  texts_.push_back({url, std::move(callbacks)});
}

bool NullPlatform::replyText(const std::string& url, const std::string& text, const std::string& resolvedUrl) {
  auto request = take(texts_, url);
  if (request) request->callbacks.done(text, resolvedUrl.empty() ? url : resolvedUrl);
  return request.has_value();
}

bool NullPlatform::failText(const std::string& url, const std::string& reason) {
  auto request = take(texts_, url);
  if (request) request->callbacks.failed({url, reason});
  return request.has_value();
}

std::vector<std::string> NullPlatform::pendingTexts() const {
  std::vector<std::string> out;
  for (const auto& p : texts_) out.push_back(p.url);
  return out;
}

void NullPlatform::loadImage(const std::string& url, const std::string&, int, ImageCallbacks callbacks) {
  imageRequests_.push_back({url, std::move(callbacks)});
}

int NullPlatform::loadTile(const std::string& url, const std::string&, ImageCallbacks callbacks) {
  const int request = nextTile_++;
  imageRequests_.push_back({url, std::move(callbacks), request});
  return request;
}

void NullPlatform::cancelTile(int request) {
  const auto it = std::find_if(imageRequests_.begin(), imageRequests_.end(), [&](const PendingImage& p) { return p.request == request; });
  if (it == imageRequests_.end()) return;
  cancelledTiles.push_back(it->url);
  imageRequests_.erase(it);
}

int NullPlatform::addImage(int width, int height, std::array<std::uint8_t, 4> rgba) {
  const int id = nextImage_++;
  images_[id] = {width, height, rgba};
  return id;
}

bool NullPlatform::replyPreview(const std::string& url, int width, int height, std::array<std::uint8_t, 4> rgba) {
  const auto it = std::find_if(imageRequests_.begin(), imageRequests_.end(), [&](const PendingImage& p) { return p.url == url; });
  if (it == imageRequests_.end()) return false;
  it->callbacks.preview({addImage(width, height, rgba), width, height, false});
  return true;
}

bool NullPlatform::replyImage(const std::string& url, int width, int height, std::array<std::uint8_t, 4> rgba,
                              int previewWidth) {
  if (previewWidth > 0 && !replyPreview(url, previewWidth, std::max(1, previewWidth / 2), rgba)) return false;
  auto request = take(imageRequests_, url);
  if (!request) return false;
  const double bytes = double(width) * height * 4.0;
  request->callbacks.progress(bytes, bytes);
  request->callbacks.decoded({addImage(width, height, rgba), width, height, false});
  return true;
}

bool NullPlatform::failImage(const std::string& url, const std::string& reason) {
  auto request = take(imageRequests_, url);
  if (request) request->callbacks.failed({url, reason});
  return request.has_value();
}

std::vector<std::string> NullPlatform::pendingImages() const {
  std::vector<std::string> out;
  for (const auto& p : imageRequests_) out.push_back(p.url);
  return out;
}

void NullPlatform::uploadImageRows(int imageId, std::uint32_t glTexture, int y, int rows) {
  const auto it = images_.find(imageId);
  if (it == images_.end()) return;
  const Image& image = it->second;
  std::vector<std::uint8_t> pixels(std::size_t(image.width) * rows * 4);
  for (std::size_t i = 0; i < pixels.size(); i += 4) std::copy(image.rgba.begin(), image.rgba.end(), pixels.begin() + long(i));
  glBindTexture(GL_TEXTURE_2D, glTexture);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexSubImage2D(GL_TEXTURE_2D, 0, 0, y, image.width, rows, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
}

void NullPlatform::releaseImage(int imageId) { images_.erase(imageId); }

void NullPlatform::loadFonts(std::function<void(std::string, std::string)> done) {
  // Inter from Debian's fonts-inter (the player's build subsets the same files).
  tasks_.push_back([done = std::move(done)]() {
    done(readFile("/usr/share/fonts/opentype/inter/Inter-Regular.otf"),
         readFile("/usr/share/fonts/opentype/inter/Inter-SemiBold.otf"));
  });
}

NullPlatform::Media* NullPlatform::find(int id) {
  for (auto& m : media_)
    if (m.id == id && !m.released) return &m;
  return nullptr;
}

const NullPlatform::Media* NullPlatform::find(int id) const { return const_cast<NullPlatform*>(this)->find(id); }

NullPlatform::Media* NullPlatform::media(const std::string& url) {
  for (auto it = media_.rbegin(); it != media_.rend(); ++it)
    if (it->url == url && !it->released) return &*it;
  return nullptr;
}

int NullPlatform::liveMedia() const {
  return int(std::count_if(media_.begin(), media_.end(), [](const Media& m) { return !m.released; }));
}

int NullPlatform::createMedia(MediaKind kind, const std::string& url, const std::string& baseUrl, bool loop,
                              std::string_view role, MediaCallbacks callbacks) {
  Media m;
  m.id = int(media_.size()) + 1;
  m.kind = kind;
  m.url = url;
  m.baseUrl = baseUrl;
  m.loop = loop;
  m.role = std::string(role);
  m.callbacks = std::move(callbacks);
  media_.push_back(std::move(m));
  return media_.back().id;
}

void NullPlatform::mediaReady(Media& m, double duration) {
  m.report.duration = duration;
  m.callbacks.ready(duration);
}

void NullPlatform::presentFrame(Media& m, int width, int height, std::array<std::uint8_t, 4> rgba, double time) {
  m.fresh = true;
  m.frameWidth = width;
  m.frameHeight = height;
  m.frame.assign(std::size_t(width) * height * 4, 0);
  for (std::size_t i = 0; i < m.frame.size(); i += 4) std::copy(rgba.begin(), rgba.end(), m.frame.begin() + long(i));
  m.report.frameTime = time;
  m.report.currentTime = time;
  ++m.report.presentedFrames;
}

void NullPlatform::playMedia(int id) {
  Media* m = find(id);
  if (!m || !m->report.paused) return;
  m->report.paused = false;
  m->report.ended = false;
  tasks_.push_back([this, id]() {
    if (Media* live = find(id)) live->callbacks.state(true, false);
  });
}

void NullPlatform::pauseMedia(int id) {
  Media* m = find(id);
  if (!m || m->report.paused) return;
  m->report.paused = true;
  tasks_.push_back([this, id]() {
    if (Media* live = find(id)) live->callbacks.state(false, false);
  });
}

void NullPlatform::seekMedia(int id, double seconds) {
  if (Media* m = find(id)) m->report.currentTime = seconds;
}

void NullPlatform::setMediaRate(int id, double rate) {
  if (Media* m = find(id)) m->rate = rate;
}

void NullPlatform::setMediaVolume(int id, double volume) {
  if (Media* m = find(id)) m->report.volume = volume;
}

void NullPlatform::setMediaMuted(int id, bool muted) {
  if (Media* m = find(id)) m->report.muted = muted;
}

double NullPlatform::mediaTime(int id) const {
  const Media* m = find(id);
  return m ? m->report.currentTime : 0.0;
}

void NullPlatform::queryMedia(int id, MediaReport& out) const {
  if (const Media* m = find(id)) out = m->report;
}

bool NullPlatform::uploadMediaFrame(int id, std::uint32_t glTexture, int& width, int& height) {
  Media* m = find(id);
  if (!m || !m->fresh) return false;
  m->fresh = false;
  glBindTexture(GL_TEXTURE_2D, glTexture);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, m->frameWidth, m->frameHeight, 0, GL_RGBA, GL_UNSIGNED_BYTE, m->frame.data());
  width = m->frameWidth;
  height = m->frameHeight;
  return true;
}

void NullPlatform::releaseMedia(int id) {
  if (Media* m = find(id)) m->released = true;
}

void NullPlatform::copyShare(ShareKind kind, const std::string& params, const std::string& page,
                             std::function<void(bool, std::string)> done) {
  static const char* const kinds[] = {"link", "iframe", "script"};
  shares.push_back(std::string(kinds[int(kind)]) + "|" + params + "|" + page);
  tasks_.push_back([done = std::move(done)]() { done(true, {}); });
}

void NullPlatform::shareNatively(const std::string&, const std::string&, const std::string&,
                                 std::function<void(bool, std::string)> done) {
  tasks_.push_back([done = std::move(done)]() { done(false, "this platform cannot share"); });
}

void NullPlatform::emit(std::string_view type, const std::string& detailJson) {
  events.push_back({std::string(type), detailJson});
  if (onEmit) onEmit(type);
}

std::string NullPlatform::eventTypes() const {
  std::string out;
  for (const auto& e : events) out += (out.empty() ? "" : ",") + e.type;
  return out;
}

const NullPlatform::Event* NullPlatform::lastEvent(const std::string& type) const {
  for (auto it = events.rbegin(); it != events.rend(); ++it)
    if (it->type == type) return &*it;
  return nullptr;
}

} // namespace shotscape
