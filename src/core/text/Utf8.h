#pragma once
// UTF-8 as text files arrive: invalid byte sequences (and, where a format says so, NUL) become
// U+FFFD REPLACEMENT CHARACTER, as a browser's decoder makes them; code points appended.

#include <string>
#include <string_view>

namespace shotscape {

// `text` with every ill-formed UTF-8 sequence (overlong forms, surrogates, code points past
// U+10FFFF, truncated sequences) replaced by U+FFFD, one per maximal ill-formed subpart (the
// WHATWG decoder's rule); `replaceNul`: U+0000 too.
std::string sanitizeUtf8(std::string_view text, bool replaceNul = false);

// Appends the UTF-8 form of `codePoint` (U+FFFD for a surrogate or a value past U+10FFFF).
void appendUtf8(std::string& out, char32_t codePoint);

} // namespace shotscape
