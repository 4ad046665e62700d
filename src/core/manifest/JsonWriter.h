#pragma once
// Builds one JSON object (string, number and boolean members, and nested JSON built the same way) for events and stats. Small on
// purpose: the player links no JSON serializer. Strings are escaped per RFC 8259; bytes that are
// not valid UTF-8 are replaced with U+FFFD, so the output always parses.

#include <string>
#include <string_view>

namespace shotscape {

class JsonWriter {
 public:
  JsonWriter& add(std::string_view key, std::string_view value);
  JsonWriter& add(std::string_view key, const char* value) { return add(key, std::string_view(value)); }
  JsonWriter& add(std::string_view key, double value); // non-finite numbers are written as null
  JsonWriter& add(std::string_view key, bool value);
  // A member whose value is JSON already (an array or object another writer built).
  JsonWriter& addJson(std::string_view key, std::string_view json);
  std::string str() const { return out_ + "}"; }

 private:
  void key(std::string_view key);
  std::string out_ = "{";
};

// `text` as a JSON string literal, quotes included.
std::string jsonQuote(std::string_view text);

} // namespace shotscape
