#pragma once
// A small printf-style formatter: the player module's vsnprintf/snprintf (src/platform/web/
// LibcOverrides.cpp), so libc's printf family (and the soft 128-bit long double it brings on wasm)
// stays out of it. Its callers are Dear ImGui's window ids and labels ("%s/%s_%08X", "%d") and
// nlohmann_json's escapes ("\\u%04x", "<U+%.4X>").
//
// Supported: flags - + space 0 #, width and precision (digits or *), length modifiers hh h l ll j z
// t (not L: no long double), conversions d i u o x X c s p % and, approximately, f F e E
// g G a A. Integers and strings are exactly as C's snprintf writes them; floating point is exact for
// %f with |value| < 1e15 and precision <= 9 except at exact decimal ties (rounded away from zero,
// where C rounds to even), and otherwise falls back to the shortest round-trip digits.
// An unknown conversion is copied as it stands.

#include <cstdarg>
#include <cstddef>

namespace shotscape {

// As vsnprintf: writes at most size - 1 characters and a NUL (nothing when size is 0), returns the
// length the whole output would have.
int formatPrintf(char* buffer, std::size_t size, const char* format, std::va_list args);

} // namespace shotscape
