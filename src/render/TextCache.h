#pragma once
// The overlay's text runs in scripts its font atlas lacks (ui/Text.h): each distinct string and
// style rasterized once by the host into a GL texture and kept while the overlay shows it. A run
// not drawn in the latest overlay pass goes when the cache is over its budget or unused for
// kIdleRuns passes — never one the uploaded overlay geometry still draws.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

#include "ui/Text.h"

namespace shotscape {

// The host rasterizes `text` in `style`, at `pixelRatio` device pixels per CSS pixel, into level 0
// of `texture` (bound), and says the texture's size.
using TextRasterizer =
    std::function<bool(std::string_view text, const TextStyle& style, float pixelRatio, std::uint32_t texture, TextRaster& out)>;

class TextCache final : public TextSource {
 public:
  static constexpr std::size_t kBudgetBytes = 8u << 20; // texture bytes kept beyond what shows
  static constexpr int kIdleRuns = 600;                 // overlay passes a run may go unused
  static constexpr std::size_t kMaxChars = 4000;        // longer text is cut, with "…"

  explicit TextCache(TextRasterizer rasterizer) : rasterizer_(std::move(rasterizer)) {}
  ~TextCache() override;
  TextCache(const TextCache&) = delete;
  TextCache& operator=(const TextCache&) = delete;

  // Starts an overlay pass at this device pixel ratio (a change drops every run).
  void beginPass(float pixelRatio);
  // Ends it: evicts what the pass did not draw, when over budget or long idle.
  void endPass();
  // The GL context was lost: forget the textures without deleting them.
  void forget();

  std::optional<TextRun> run(std::string_view text, const TextStyle& style) override;

  std::size_t bytes() const { return bytes_; }
  std::size_t size() const { return entries_.size(); }
  int rasterized() const { return rasterized_; } // runs rasterized so far (misses)

 private:
  struct Entry {
    TextRun run;
    std::size_t bytes = 0;
    long lastPass = 0;
  };
  void clear(bool deleteTextures);

  TextRasterizer rasterizer_;
  std::unordered_map<std::string, Entry> entries_;
  std::size_t bytes_ = 0;
  long pass_ = 0;
  float pixelRatio_ = 0.0f;
  int rasterized_ = 0;
  bool failed_ = false; // the host cannot rasterize: ImGui draws everything
};

} // namespace shotscape
