#pragma once
// HTML character references as the HTML tokenizer consumes them (WebVTT's cue text uses that
// algorithm): named references by longest match in the WHATWG table (tools/make-html-entities.py
// writes it), numeric ones with the table's replacements.

#include <string>
#include <string_view>

namespace shotscape {

// `s` starts just after a '&'. Appends the reference's text to `out` and returns how many bytes
// of `s` it used; 0 when there is no reference there (the '&' stands for itself).
size_t consumeCharacterReference(std::string_view s, std::string& out);

} // namespace shotscape
