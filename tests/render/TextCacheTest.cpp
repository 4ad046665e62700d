// The text runs' cache (render/TextCache) with real textures (Mesa through the null platform's EGL
// context) and ui/Text's choice between the interface font's atlas and a host run, with real Dear
// ImGui and Inter. The rasterizer here stands in for the browser's Canvas 2D text (web/bridge/text.js,
// checked by browser.scripts): it fills a texture 8 device px per byte wide.
#include "render/TextCache.h"

#include <fstream>
#include <sstream>
#include <vector>

#include <doctest/doctest.h>
#include <GLES3/gl3.h>

#include "platform/null/NullPlatform.h"
#include "ui/Text.h"
#include "ui/Theme.h"

using namespace shotscape;

namespace {
struct CacheFixture {
  NullPlatform platform;
  std::vector<std::string> rasterized;
  bool fail = false;
  TextCache cache{[this](std::string_view text, const TextStyle& style, float ratio, std::uint32_t texture, TextRaster& out) {
    if (fail) return false;
    rasterized.emplace_back(text);
    out.pad = 2;
    out.width = int(text.size()) * 8 + 2 * out.pad;
    out.height = int(style.px * 1.25f * ratio);
    std::vector<unsigned char> pixels(std::size_t(out.width) * std::size_t(out.height) * 4, 255);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, out.width, out.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    return true;
  }};
  CacheFixture() { REQUIRE(platform.createGlContext()); }
};

std::string readFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
} // namespace

TEST_CASE("TextCache: a run is rasterized once per text and style, sized in CSS px") {
  CacheFixture f;
  f.cache.beginPass(2.0f);
  const TextStyle style{19.0f, 600};
  const auto a = f.cache.run("晩春", style);
  REQUIRE(a);
  CHECK(glIsTexture(a->texture));
  CHECK(a->width == doctest::Approx(6 * 8 / 2.0)); // "晩春" is 6 bytes; 2 device px per CSS px
  CHECK(a->pad == doctest::Approx(1.0));
  CHECK(a->textureWidth == doctest::Approx(a->width + 2 * a->pad));
  CHECK(f.cache.run("晩春", style)->texture == a->texture);
  TextStyle wrapped = style;
  wrapped.maxWidth = 200.0f;
  CHECK(f.cache.run("晩春", wrapped)->texture != a->texture);
  CHECK(f.rasterized.size() == 2);
  CHECK(f.cache.bytes() == 2u * std::size_t(a->textureWidth * 2) * std::size_t(a->textureHeight * 2) * 4u);
  f.cache.endPass();
  CHECK(f.cache.size() == 2);
}

TEST_CASE("TextCache: runs the last pass did not draw go when over budget or idle, never one it drew") {
  CacheFixture f;
  f.cache.beginPass(1.0f);
  // ~4.5 MB each: two fit the 8 MB budget only while both are drawn.
  const std::string big(1400, 'x');
  const TextStyle tall{800.0f, 400};
  const auto first = f.cache.run(big, tall);
  const auto second = f.cache.run(big + "y", tall);
  f.cache.endPass();
  CHECK(f.cache.size() == 2);
  CHECK(f.cache.bytes() > TextCache::kBudgetBytes);
  f.cache.beginPass(1.0f);
  f.cache.run(big + "y", tall); // only the second still shows
  f.cache.endPass();
  CHECK(f.cache.size() == 1);
  CHECK_FALSE(glIsTexture(first->texture));
  CHECK(glIsTexture(second->texture));
  // Under budget a run waits kIdleRuns passes unused, then goes.
  f.cache.run("small", TextStyle{});
  for (int i = 0; i <= TextCache::kIdleRuns + 1; ++i) {
    f.cache.beginPass(1.0f);
    f.cache.run("small", TextStyle{});
    f.cache.endPass();
  }
  CHECK(f.cache.size() == 1);
  CHECK(f.cache.run("small", TextStyle{}));
}

TEST_CASE("TextCache: a new pixel ratio rasterizes again; a lost context forgets; a host without text says so once") {
  CacheFixture f;
  f.cache.beginPass(1.0f);
  f.cache.run("العربية", TextStyle{});
  f.cache.endPass();
  f.cache.beginPass(2.0f);
  CHECK(f.cache.size() == 0);
  f.cache.run("العربية", TextStyle{});
  CHECK(f.rasterized.size() == 2);
  f.cache.forget();
  CHECK(f.cache.size() == 0);
  CHECK(f.cache.bytes() == 0);
  // Very long text is cut at a character, with an ellipsis.
  const std::string longText(TextCache::kMaxChars + 10, 'a');
  f.cache.run("é" + longText, TextStyle{});
  CHECK(f.rasterized.back().size() <= TextCache::kMaxChars + 3);
  CHECK(f.rasterized.back().ends_with("…"));
  f.fail = true;
  CHECK_FALSE(f.cache.run("日本語", TextStyle{}));
  f.fail = false;
  CHECK_FALSE(f.cache.run("中文", TextStyle{})); // from then on the interface font draws everything
}

TEST_CASE("ui/Text: Latin from Inter's atlas, other scripts from the host; without a host ImGui draws them") {
  CacheFixture f;
  ImGuiContext* context = ImGui::CreateContext();
  ImGui::GetIO().DisplaySize = ImVec2(800, 600);
  const std::string regular = readFile("/usr/share/fonts/opentype/inter/Inter-Regular.otf");
  const std::string semiBold = readFile("/usr/share/fonts/opentype/inter/Inter-SemiBold.otf");
  const ThemeFonts fonts = Theme::apply({regular, semiBold}, 1.0f, 1.0f);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  ImGui::NewFrame();
  CHECK(text::atlasCovers("Late Spring — café, naïve (1949) …"));
  CHECK_FALSE(text::atlasCovers("晩春"));
  CHECK_FALSE(text::atlasCovers("Ёлкин"));
  CHECK_FALSE(text::atlasCovers("🎬"));
  CHECK_FALSE(text::atlasCovers(std::string("a\xff", 2))); // ill-formed: the host's decoder says U+FFFD
  // No host: measured and drawn by ImGui (its fallback glyph for the missing ones).
  text::begin(nullptr, fonts.title);
  CHECK(text::size("晩春").x > 0.0f);
  f.cache.beginPass(1.0f);
  text::begin(&f.cache, fonts.title);
  CHECK(text::size("Late Spring").x == doctest::Approx(ImGui::CalcTextSize("Late Spring").x));
  CHECK(f.rasterized.empty());
  CHECK(text::size("晩春").x == doctest::Approx(6 * 8));
  REQUIRE(f.rasterized.size() == 1);
  // Cut to fit with an ellipsis, at a character boundary.
  const std::string cut = text::fit("晩春の光、晩春の光", 10 * 8);
  CHECK(cut == "晩春…"); // 9 bytes: 72 px; "晩春の…" would be 96
  text::begin(nullptr, nullptr);
  ImGui::EndFrame();
  ImGui::DestroyContext(context);
}
