#pragma once
// Reads typed values out of a parsed JSON document while tracking the JSON pointer of each value,
// so every problem becomes a Diagnostic that names its path. It never applies anything: callers
// copy what it returns into config structs, and look at diagnostics() to decide.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/manifest/Diagnostic.h"

namespace shotscape {

using Json = nlohmann::json;

// Parses JSON text without exceptions; on failure returns empty and adds a Diagnostic with the
// parser's position (path empty: the document as a whole).
std::optional<Json> parseJson(std::string_view text, Diagnostics& diagnostics);

// Appends a reference token to a JSON pointer, escaping '~' and '/'.
std::string jsonPointer(const std::string& parent, std::string_view key);
std::string jsonPointer(const std::string& parent, size_t index);

class JsonReader {
 public:
  explicit JsonReader(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void error(const std::string& path, std::string message);
  void warning(const std::string& path, std::string message);

  // Each getter reads member `key` of `object` (at `path`); a missing optional member yields
  // `fallback` silently, a present one of the wrong type yields `fallback` plus an error.
  bool isObject(const Json& value, const std::string& path);
  std::optional<std::string> requiredString(const Json& object, const std::string& path, std::string_view key);
  std::string optionalString(const Json& object, const std::string& path, std::string_view key,
                             std::string fallback = {});
  // Text shown to viewers (a title, a label, a description): a string, or an object of translations
  // keyed by language tag ({"en": "The window", "fr": "La fenêtre"}), of which the one in the
  // preferred language (setLanguage(): its primary subtag) is taken, else "en", else the first by
  // language tag (JSON objects keep no order).
  std::optional<std::string> requiredText(const Json& object, const std::string& path, std::string_view key);
  std::string optionalText(const Json& object, const std::string& path, std::string_view key);
  void setLanguage(std::string language) { language_ = std::move(language); }
  // A fetchable URL (see Url.h).
  std::optional<std::string> requiredUrl(const Json& object, const std::string& path, std::string_view key);
  double optionalNumber(const Json& object, const std::string& path, std::string_view key, double min,
                        double max, double fallback);
  // A number in [min, max] when present; empty when absent or wrong (with an error).
  std::optional<double> maybeNumber(const Json& object, const std::string& path, std::string_view key, double min,
                                    double max);
  // A fetchable URL when present; empty when absent or wrong (with an error).
  std::optional<std::string> optionalUrl(const Json& object, const std::string& path, std::string_view key);
  bool isArray(const Json& value, const std::string& path);
  bool optionalBool(const Json& object, const std::string& path, std::string_view key, bool fallback);
  std::optional<long long> optionalInteger(const Json& object, const std::string& path, std::string_view key,
                                           long long min, long long max);
  // Warns about members not in `known` (a likely typo) without rejecting the document.
  void unknownKeys(const Json& object, const std::string& path, std::initializer_list<std::string_view> known);

 private:
  std::optional<std::string> text(const Json& value, const std::string& at);
  Diagnostics& diagnostics_;
  std::string language_;
};

} // namespace shotscape
