#include "core/text/HtmlEntities.h"

#include <algorithm>
#include <iterator>

#include "core/text/Utf8.h"

namespace shotscape {

namespace {

struct Entity {
  std::string_view name; // without the '&'; with its ';' when it has one
  std::string_view text; // UTF-8
};

constexpr Entity kEntities[] = {
#include "core/text/HtmlEntities.inc"
};
constexpr size_t kLongestName = 32;

// Numeric references 0x80–0x9F name Windows-1252's characters there (HTML's replacement table).
constexpr char32_t kWindows1252[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                       0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int hexValue(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

size_t numeric(std::string_view s, std::string& out) {
  // s starts with '#'.
  size_t i = 1;
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  const size_t digitsFrom = i;
  char32_t value = 0;
  bool overflow = false;
  while (i < s.size() && (hex ? isHex(s[i]) : (s[i] >= '0' && s[i] <= '9'))) {
    value = value * (hex ? 16 : 10) + char32_t(hex ? hexValue(s[i]) : s[i] - '0');
    if (value > 0x10FFFF) overflow = true, value = 0x110000;
    ++i;
  }
  if (i == digitsFrom) return 0; // "&#" or "&#x" without digits: not a reference
  if (i < s.size() && s[i] == ';') ++i;
  if (overflow || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
  else if (value >= 0x80 && value <= 0x9F) value = kWindows1252[value - 0x80];
  appendUtf8(out, value);
  return i;
}

} // namespace

size_t consumeCharacterReference(std::string_view s, std::string& out) {
  if (s.empty()) return 0;
  if (s[0] == '#') return numeric(s, out);
  // The longest name in the table that `s` starts with.
  for (size_t n = std::min(kLongestName, s.size()); n >= 2; --n) {
    const std::string_view candidate = s.substr(0, n);
    const auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), candidate,
                                     [](const Entity& e, std::string_view key) { return e.name < key; });
    if (it != std::end(kEntities) && it->name == candidate) {
      out += it->text;
      return n;
    }
  }
  return 0;
}

} // namespace shotscape
