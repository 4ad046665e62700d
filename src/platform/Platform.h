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

  // The interface's font files (see ui/Theme.h), fetched beside the player; the callback gets
  // empty strings for any that failed.
  virtual void loadFonts(std::function<void(std::string regular, std::string semiBold)> done) = 0;

  virtual void toggleFullscreen() = 0;
  virtual bool isFullscreen() const = 0;

  // Dispatches a DOM event on the player element; detailJson is a JSON object.
  virtual void emit(std::string_view type, const std::string& detailJson) = 0;
  // The frequent `viewchange` event, without building JSON each frame.
  virtual void emitView(double yaw, double pitch, double hfov) = 0;
  virtual void warn(const std::string& message) = 0;
};

} // namespace shotscape
