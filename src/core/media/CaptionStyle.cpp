#include "core/media/CaptionStyle.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>

#include "core/manifest/JsonWriter.h"

namespace shotscape {

namespace {
constexpr std::array<const char*, 5> kEdges{"none", "raised", "depressed", "outline", "shadow"};
constexpr std::array<const char*, 3> kFamilies{"proportional", "monospace", "casual"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool parseColor(const std::string& v, std::uint32_t& out) {
  for (const NamedColor& c : kCaptionColors)
    if (v == c.name) return out = c.rgb, true;
  if (v.size() == 7 && v[0] == '#') {
    std::uint32_t rgb = 0;
    const auto [end, ec] = std::from_chars(v.data() + 1, v.data() + 7, rgb, 16);
    if (ec == std::errc() && end == v.data() + 7) return out = rgb, true;
  }
  return false;
}

// A whole number, optionally with "%"; false for anything else.
bool parsePercent(std::string v, int& out) {
  if (!v.empty() && v.back() == '%') v.pop_back();
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && end == v.data() + v.size() && !v.empty();
}

template <std::size_t N>
int indexOf(const std::array<const char*, N>& names, const std::string& v) {
  for (std::size_t i = 0; i < N; ++i)
    if (v == names[i]) return static_cast<int>(i);
  return -1;
}
} // namespace

const char* captionEdgeName(CaptionEdge edge) { return kEdges[static_cast<std::size_t>(edge)]; }
const char* textFamilyName(TextFamily family) { return kFamilies[static_cast<std::size_t>(family)]; }

std::string captionColorName(std::uint32_t rgb) {
  for (const NamedColor& c : kCaptionColors)
    if (c.rgb == rgb) return c.name;
  char hex[8];
  std::snprintf(hex, sizeof hex, "#%06x", static_cast<unsigned>(rgb & 0xFFFFFF));
  return hex;
}

CaptionStyleParse parseCaptionStyle(std::string_view text, const CaptionStyle& base) {
  CaptionStyleParse out{base, {}};
  CaptionStyle& s = out.style;
  while (!text.empty()) {
    const std::size_t semi = text.find(';');
    const std::string_view pair = trim(text.substr(0, semi));
    text = semi == std::string_view::npos ? std::string_view() : text.substr(semi + 1);
    if (pair.empty()) continue;
    const std::size_t colon = pair.find(':');
    const std::string key = lower(trim(pair.substr(0, colon)));
    const std::string value = colon == std::string_view::npos ? std::string() : lower(trim(pair.substr(colon + 1)));
    const std::string quoted = "caption style \"" + std::string(pair) + "\": ";
    int n = 0;
    if (key == "size" || key == "opacity") {
      if (!parsePercent(value, n)) {
        out.warnings.push_back(quoted + "a percentage is expected, ignored");
        continue;
      }
      const int lo = key == "size" ? 50 : 0, hi = key == "size" ? 200 : 100;
      if (n < lo || n > hi) out.warnings.push_back(quoted + "kept within [" + std::to_string(lo) + ", " + std::to_string(hi) + "] %");
      (key == "size" ? s.size : s.opacity) = std::clamp(n, lo, hi);
    } else if (key == "color" || key == "background") {
      if (!parseColor(value, key == "color" ? s.color : s.background))
        out.warnings.push_back(quoted + "a colour is expected (white, yellow, green, cyan, blue, magenta, red, black or #rrggbb), ignored");
    } else if (key == "edge") {
      if (const int i = indexOf(kEdges, value); i >= 0) s.edge = static_cast<CaptionEdge>(i);
      else out.warnings.push_back(quoted + "none, raised, depressed, outline or shadow is expected, ignored");
    } else if (key == "font") {
      if (const int i = indexOf(kFamilies, value); i >= 0) s.font = static_cast<TextFamily>(i);
      else out.warnings.push_back(quoted + "proportional, monospace or casual is expected, ignored");
    } else {
      out.warnings.push_back(quoted + "unknown setting (size, color, background, opacity, edge, font), ignored");
    }
  }
  return out;
}

std::string formatCaptionStyle(const CaptionStyle& s) {
  return "size:" + std::to_string(s.size) + "; color:" + captionColorName(s.color) + "; background:" +
         captionColorName(s.background) + "; opacity:" + std::to_string(s.opacity) + "; edge:" + captionEdgeName(s.edge) +
         "; font:" + textFamilyName(s.font);
}

std::string captionStyleJson(const CaptionStyle& s) {
  return JsonWriter()
      .add("size", double(s.size))
      .add("color", captionColorName(s.color))
      .add("background", captionColorName(s.background))
      .add("opacity", double(s.opacity))
      .add("edge", captionEdgeName(s.edge))
      .add("font", textFamilyName(s.font))
      .str();
}

CaptionStyle highContrastCaptionStyle() {
  CaptionStyle s;
  s.opacity = 100;
  return s;
}

} // namespace shotscape
