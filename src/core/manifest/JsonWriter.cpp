#include "core/manifest/JsonWriter.h"
#include "core/text/NumberFormat.h"

#include <cmath>
#include <cstdlib>

namespace shotscape {

namespace {
// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not valid.
size_t utf8Length(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0; // overlong
  return n;
}
} // namespace

std::string jsonQuote(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
      ++i;
    } else if (c < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      ++i;
    } else if (const size_t n = utf8Length(text, i)) {
      out.append(text.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out + "\"";
}

void JsonWriter::key(std::string_view key) {
  if (out_.size() > 1) out_ += ',';
  out_ += jsonQuote(key);
  out_ += ':';
}

JsonWriter& JsonWriter::addJson(std::string_view k, std::string_view json) {
  key(k);
  out_ += json;
  return *this;
}

JsonWriter& JsonWriter::add(std::string_view k, std::string_view value) {
  key(k);
  out_ += jsonQuote(value);
  return *this;
}

JsonWriter& JsonWriter::add(std::string_view k, double value) {
  key(k);
  if (!std::isfinite(value)) {
    out_ += "null";
    return *this;
  }
  out_ += formatShortest(value); // reads back as the same double
  return *this;
}

JsonWriter& JsonWriter::add(std::string_view k, bool value) {
  key(k);
  out_ += value ? "true" : "false";
  return *this;
}

} // namespace shotscape
