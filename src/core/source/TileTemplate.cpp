#include "core/source/TileTemplate.h"

#include <array>

namespace shotscape {

namespace {

struct Placeholder {
  std::string_view token;
  char field; // 'l' level, 'f' face, 'x', 'y'
};

// Each layout's placeholders and where its levels start counting.
struct Syntax {
  std::array<Placeholder, 4> placeholders;
  int levelBase;
  bool braces; // {name} (unknown names are errors); else Pannellum's %c (other % sequences are URL escapes)
};

const Syntax& syntaxOf(TileLayout layout) {
  static const Syntax shotscape{{{{"{level}", 'l'}, {"{face}", 'f'}, {"{x}", 'x'}, {"{y}", 'y'}}}, 0, true};
  static const Syntax pannellum{{{{"%l", 'l'}, {"%s", 'f'}, {"%x", 'x'}, {"%y", 'y'}}}, 1, false};
  static const Syntax marzipano{{{{"{z}", 'l'}, {"{f}", 'f'}, {"{x}", 'x'}, {"{y}", 'y'}}}, 1, true};
  return layout == TileLayout::Pannellum ? pannellum : layout == TileLayout::Marzipano ? marzipano : shotscape;
}

const char* layoutName(TileLayout layout) {
  return layout == TileLayout::Pannellum ? "pannellum" : layout == TileLayout::Marzipano ? "marzipano" : "shotscape";
}

std::string listOf(const Syntax& s) {
  std::string out;
  for (size_t i = 0; i < s.placeholders.size(); ++i)
    out += (i == 0 ? "" : i + 1 == s.placeholders.size() ? " and " : ", ") + std::string(s.placeholders[i].token);
  return out;
}

// Calls token(placeholder) at each placeholder and text(c) for every other character; returns the
// first unknown {name} (brace syntaxes), or "".
template <typename OnToken, typename OnText>
std::string scan(std::string_view url, const Syntax& s, OnToken token, OnText text) {
  for (size_t i = 0; i < url.size(); ++i) {
    bool matched = false;
    for (const Placeholder& p : s.placeholders)
      if (url.substr(i, p.token.size()) == p.token) {
        token(p);
        i += p.token.size() - 1;
        matched = true;
        break;
      }
    if (matched) continue;
    if (s.braces && url[i] == '{') {
      const size_t close = url.find('}', i);
      if (close != std::string_view::npos && close - i <= 32) return std::string(url.substr(i, close - i + 1));
    }
    text(url[i]);
  }
  return "";
}

} // namespace

std::string tileTemplateProblem(std::string_view url, TileLayout layout) {
  const Syntax& s = syntaxOf(layout);
  std::string seen;
  const std::string unknown = scan(url, s, [&](const Placeholder& p) { seen += p.field; }, [](char) {});
  if (!unknown.empty())
    return "unknown placeholder " + unknown + "; a " + layoutName(layout) + " template uses " + listOf(s);
  for (const Placeholder& p : s.placeholders)
    if (seen.find(p.field) == std::string::npos)
      return "the template lacks " + std::string(p.token) + ", so tiles would share a URL; a " + layoutName(layout) +
             " template uses " + listOf(s);
  return "";
}

std::string expandTileTemplate(std::string_view url, TileLayout layout, const TileId& tile) {
  const Syntax& s = syntaxOf(layout);
  std::string out;
  scan(url, s,
       [&](const Placeholder& p) {
         switch (p.field) {
           case 'l': out += std::to_string(tile.level + s.levelBase); break;
           case 'f': out += kFaceLetters[tile.face % 6]; break;
           case 'x': out += std::to_string(tile.x); break;
           default: out += std::to_string(tile.y); break;
         }
       },
       [&](char c) { out += c; });
  return out;
}

} // namespace shotscape
