// The player module's vsnprintf, snprintf and strtod, defined here so that the linker takes none of
// musl's: its printf and strtod bring the whole formatting and scanning machinery plus software
// 128-bit long double arithmetic (about 14 KB of gzipped wasm; README, "Performance"). The callers
// are Dear ImGui (window ids, labels, atof) and nlohmann_json (number tokens, escapes).
// - vsnprintf/snprintf: core/text/PrintfFormat (integers and strings exactly as C; floating point as it says).
// - strtod (and strtof, strtold): the C syntax is scanned here ([space][sign] digits [. digits] [e [sign] digits], inf,
//   infinity, nan), the value converted by JavaScript's Number(), which rounds correctly. Hexadecimal
//   floats are not read (the digits before the x are). errno is not set (the module has none).
#include <cstdarg>
#include <cstddef>

#include "core/text/PrintfFormat.h"

extern "C" {
// web/bridge/libc.js
double shotscape_number_parse(const char* text, int length);

int vsnprintf(char* buffer, std::size_t size, const char* format, va_list args) {
  return shotscape::formatPrintf(buffer, size, format, args);
}

int snprintf(char* buffer, std::size_t size, const char* format, ...) {
  va_list args;
  va_start(args, format);
  const int length = shotscape::formatPrintf(buffer, size, format, args);
  va_end(args);
  return length;
}

double strtod(const char* text, char** end) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto word = [&](const char* p, const char* w) {
    std::size_t n = 0;
    while (w[n] && lower(p[n]) == w[n]) ++n;
    return w[n] == '\0' ? n : 0;
  };
  const char* p = text;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  const char* start = p;
  const bool negative = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  if (std::size_t n = word(p, "infinity") ? 8 : word(p, "inf") ? 3 : 0) {
    if (end) *end = const_cast<char*>(p + n);
    return negative ? -__builtin_inf() : __builtin_inf();
  }
  if (word(p, "nan")) {
    if (end) *end = const_cast<char*>(p + 3);
    return negative ? -__builtin_nan("") : __builtin_nan("");
  }
  bool digits = false;
  while (digit(*p)) p++, digits = true;
  if (*p == '.') {
    ++p;
    while (digit(*p)) p++, digits = true;
  }
  if (!digits) {
    if (end) *end = const_cast<char*>(text);
    return 0.0;
  }
  if (lower(*p) == 'e') {
    const char* e = p + 1;
    if (*e == '-' || *e == '+') ++e;
    if (digit(*e)) {
      while (digit(*e)) ++e;
      p = e;
    }
  }
  if (end) *end = const_cast<char*>(p);
  return shotscape_number_parse(start, static_cast<int>(p - start));
}

// The rest of musl's strtod.c, so that libc++ (std::stof, std::stold) does not pull it back in.
float strtof(const char* text, char** end) { return static_cast<float>(strtod(text, end)); }
long double strtold(const char* text, char** end) { return strtod(text, end); }
}
