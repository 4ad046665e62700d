#include <doctest/doctest.h>

#include <cstdarg>
#include <cstdio>
#include <string>

#include "core/text/PrintfFormat.h"

using namespace shotscape;

namespace {
// Ours and the C library's, each into a buffer of `size` bytes.
struct Both {
  std::string ours, libc;
  int oursLength = 0, libcLength = 0;
};
Both both(std::size_t size, const char* format, ...) {
  Both b;
  std::string a(size + 1, '#'), c(size + 1, '#');
  va_list args, copy;
  va_start(args, format);
  va_copy(copy, args);
  b.oursLength = formatPrintf(size ? a.data() : nullptr, size, format, args);
  b.libcLength = std::vsnprintf(size ? c.data() : nullptr, size, format, copy);
  va_end(copy);
  va_end(args);
  b.ours = a;
  b.libc = c;
  return b;
}
} // namespace

#define SAME(size, ...)                                  \
  do {                                                   \
    const Both b = both(size, __VA_ARGS__);              \
    CAPTURE(b.libc);                                     \
    CHECK(b.ours == b.libc);                             \
    CHECK(b.oursLength == b.libcLength);                 \
  } while (0)

TEST_CASE("formatPrintf writes integers, strings and characters as the C library does") {
  // ImGui's and nlohmann_json's formats first.
  SAME(64, "%s/%s_%08X", "##hotspot", "##transcript", 0x3fa9u);
  SAME(64, "##Tooltip_%02d", 3);
  SAME(64, "##Popup_%08x", 0xbeefu);
  SAME(64, "%d", -2147483647 - 1);
  SAME(64, "\\u%04x", 0x1f);
  SAME(64, "<U+%.4X>", 0x7u);
  SAME(64, "%.*s%%d%s", 3, "abcdef", "!");
  // Flags, widths and precisions.
  for (const char* f : {"%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-+8.3d|", "%x", "%#x", "%#o", "%o", "%.0d", "%#.0o", "%u"}) {
    for (int v : {0, 7, -7, 123456, -2147483647}) {
      CAPTURE(f);
      CAPTURE(v);
      SAME(64, f, v);
    }
  }
  SAME(64, "%lld %llu %lx %hhd %hd %zu %td %jd", -9000000000000LL, 18000000000000000000ULL, 0xdeadbeefL, 300, 70000,
       std::size_t(42), std::ptrdiff_t(-3), std::intmax_t(-4));
  // size_t is 32 bits on wasm32: the argument after it must still be read right.
  SAME(64, "%zu|%d", std::size_t(4000000000u), 5);
  SAME(64, "[%c][%3c][%-3c]", 'a', 'b', 'c');
  SAME(64, "[%10s][%-10s][%.2s][%*s][%-*s]", "right", "left", "cut", 6, "star", 6, "star");
  SAME(64, "100%% sure");
  SAME(64, "%p", reinterpret_cast<void*>(0x1234));
}

TEST_CASE("formatPrintf truncates like vsnprintf and counts the whole output") {
  SAME(0, "%s and %d", "nothing stored", 42);
  SAME(1, "%s", "only the NUL");
  SAME(5, "%s", "truncated");
  SAME(8, "%08X", 0xabcu);
}

TEST_CASE("formatPrintf writes fixed-point numbers in its exact range") {
  for (const char* f : {"%f", "%.0f", "%.1f", "%.3f", "%8.2f", "%-8.2f|", "%+.2f", "%08.3f", "%.0f%%"}) {
    for (double v : {0.0, 1.0, -1.0, 3.14159, -2.71828, 1234.5678, 0.001, 99.99, 123456789.126}) {
      CAPTURE(f);
      CAPTURE(v);
      SAME(64, f, v);
    }
  }
  SAME(64, "%f %F", 1.0 / 0.0, -1.0 / 0.0);
}

namespace {
std::string ours(const char* format, ...) {
  char buffer[64];
  va_list args;
  va_start(args, format);
  formatPrintf(buffer, sizeof buffer, format, args);
  va_end(args);
  return buffer;
}
} // namespace

TEST_CASE("formatPrintf's documented differences: ties, conversions it does not know") {
  CHECK(ours("%.2f", 0.125) == "0.13"); // C rounds the exact tie to even: "0.12"
  CHECK(ours("%.0f", 2.5) == "3");      // C: "2"
  CHECK(ours("%e", 1e-7) == "1e-07");   // beyond %f: the shortest round-trip digits
  CHECK(ours("%g", 0.1 + 0.2) == "0.30000000000000004");
  CHECK(ours("%q and %d", 5) == "%q and 5");
  CHECK(ours("%Lf|%d", 7) == "%Lf|7"); // no long double
  CHECK(ours("trailing %") == "trailing %");
}
