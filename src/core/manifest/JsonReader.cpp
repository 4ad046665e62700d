#include "core/manifest/JsonReader.h"

#include <cctype>
#include "core/text/NumberFormat.h"

#include <cmath>

#include "core/link/Url.h"

namespace shotscape {

namespace {

// Keeps nlohmann's DOM builder but records its message instead of throwing.
class CollectingSax : public nlohmann::detail::json_sax_dom_parser<Json> {
 public:
  explicit CollectingSax(Json& root) : json_sax_dom_parser(root, false) {}
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    message = ex.what();
    return false;
  }
  // Deep nesting is a stack risk, not a useful manifest.
  bool start_object(std::size_t n) { return depthOk() && json_sax_dom_parser::start_object(n); }
  bool start_array(std::size_t n) { return depthOk() && json_sax_dom_parser::start_array(n); }
  bool end_object() { --depth; return json_sax_dom_parser::end_object(); }
  bool end_array() { --depth; return json_sax_dom_parser::end_array(); }

  std::string message;
  int depth = 0;

 private:
  bool depthOk() {
    if (++depth <= kMaxDepth) return true;
    message = "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels";
    return false;
  }
  static constexpr int kMaxDepth = 64;
};

std::string formatNumber(double v) { return formatShortest(v); }

std::string typeName(const Json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "a boolean";
  if (v.is_number()) return "a number";
  if (v.is_string()) return "a string";
  if (v.is_array()) return "an array";
  return "an object";
}

} // namespace

std::optional<Json> parseJson(std::string_view text, Diagnostics& diagnostics) {
  Json root;
  CollectingSax sax(root);
  const bool ok = Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
  if (ok && sax.message.empty()) return root;
  std::string message = sax.message.empty() ? "invalid JSON" : sax.message;
  // nlohmann prefixes "[json.exception.parse_error.101] "; authors need only the rest.
  if (const size_t close = message.find("] "); message.rfind("[json.exception", 0) == 0 && close != std::string::npos)
    message = message.substr(close + 2);
  // "parse error at line 3, column 7: syntax error ..." reads better as "invalid JSON at line 3, ...".
  const std::string prefix = "parse error at ";
  if (message.rfind(prefix, 0) == 0) message = "at " + message.substr(prefix.size());
  else message = ": " + message;
  if (message.rfind("at ", 0) == 0) message = " " + message;
  diagnostics.push_back({Severity::Error, "", "invalid JSON" + message});
  return std::nullopt;
}

std::string jsonPointer(const std::string& parent, std::string_view key) {
  std::string out = parent + "/";
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string jsonPointer(const std::string& parent, size_t index) {
  return parent + "/" + std::to_string(index);
}

void JsonReader::error(const std::string& path, std::string message) {
  diagnostics_.push_back({Severity::Error, path, std::move(message)});
}

void JsonReader::warning(const std::string& path, std::string message) {
  diagnostics_.push_back({Severity::Warning, path, std::move(message)});
}

bool JsonReader::isObject(const Json& value, const std::string& path) {
  if (value.is_object()) return true;
  error(path, "expected an object, got " + typeName(value));
  return false;
}

std::optional<std::string> JsonReader::requiredString(const Json& object, const std::string& path,
                                                      std::string_view key) {
  const std::string at = jsonPointer(path, key);
  const auto it = object.find(key);
  if (it == object.end()) {
    error(at, "missing required string");
    return std::nullopt;
  }
  if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
    error(at, it->is_string() ? "expected a non-empty string" : "expected a string, got " + typeName(*it));
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::string JsonReader::optionalString(const Json& object, const std::string& path, std::string_view key,
                                       std::string fallback) {
  const auto it = object.find(key);
  if (it == object.end()) return fallback;
  if (!it->is_string()) {
    error(jsonPointer(path, key), "expected a string, got " + typeName(*it));
    return fallback;
  }
  return it->get<std::string>();
}

std::optional<std::string> JsonReader::text(const Json& value, const std::string& at) {
  if (value.is_string()) return value.get<std::string>();
  if (!value.is_object() || value.empty()) {
    error(at, value.is_object() ? "expected a string or translations by language ({\"en\": …, \"fr\": …}), got an empty object"
                                : "expected a string or translations by language ({\"en\": …}), got " + typeName(value));
    return std::nullopt;
  }
  const auto primary = [](std::string_view tag) {
    std::string out;
    for (const char c : tag) {
      if (c == '-' || c == '_') break;
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
  };
  const std::string wanted = primary(language_);
  const std::string* picked = nullptr;
  const std::string* english = nullptr;
  const std::string* first = nullptr;
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (!it->is_string()) {
      error(jsonPointer(at, it.key()), "expected the text in that language (a string), got " + typeName(*it));
      return std::nullopt;
    }
    const std::string& s = it->get_ref<const std::string&>();
    const std::string lang = primary(it.key());
    if (!first) first = &s;
    if (!english && lang == "en") english = &s;
    if (!picked && !wanted.empty() && lang == wanted) picked = &s;
  }
  return *(picked ? picked : english ? english : first);
}

std::optional<std::string> JsonReader::requiredText(const Json& object, const std::string& path, std::string_view key) {
  const std::string at = jsonPointer(path, key);
  const auto it = object.find(key);
  if (it == object.end()) {
    error(at, "missing required string");
    return std::nullopt;
  }
  auto out = text(*it, at);
  if (out && out->empty()) {
    error(at, "expected non-empty text");
    return std::nullopt;
  }
  return out;
}

std::string JsonReader::optionalText(const Json& object, const std::string& path, std::string_view key) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  return text(*it, jsonPointer(path, key)).value_or(std::string());
}

std::optional<std::string> JsonReader::requiredUrl(const Json& object, const std::string& path, std::string_view key) {
  auto url = requiredString(object, path, key);
  if (!url) return std::nullopt;
  if (std::string problem = urlProblem(*url); !problem.empty()) {
    error(jsonPointer(path, key), problem);
    return std::nullopt;
  }
  return url;
}

double JsonReader::optionalNumber(const Json& object, const std::string& path, std::string_view key, double min,
                                  double max, double fallback) {
  return maybeNumber(object, path, key, min, max).value_or(fallback);
}

std::optional<double> JsonReader::maybeNumber(const Json& object, const std::string& path, std::string_view key,
                                              double min, double max) {
  const auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  const bool ok = it->is_number() && std::isfinite(it->get<double>()) && it->get<double>() >= min &&
                  it->get<double>() <= max;
  if (!ok) {
    error(jsonPointer(path, key), "expected a number in [" + formatNumber(min) + ", " + formatNumber(max) + "]");
    return std::nullopt;
  }
  return it->get<double>();
}

std::optional<std::string> JsonReader::optionalUrl(const Json& object, const std::string& path, std::string_view key) {
  if (object.find(key) == object.end()) return std::nullopt;
  return requiredUrl(object, path, key);
}

bool JsonReader::optionalBool(const Json& object, const std::string& path, std::string_view key, bool fallback) {
  const auto it = object.find(key);
  if (it == object.end()) return fallback;
  if (it->is_boolean()) return it->get<bool>();
  error(jsonPointer(path, key), "expected true or false, got " + typeName(*it));
  return fallback;
}

bool JsonReader::isArray(const Json& value, const std::string& path) {
  if (value.is_array()) return true;
  error(path, "expected an array, got " + typeName(value));
  return false;
}

std::optional<long long> JsonReader::optionalInteger(const Json& object, const std::string& path,
                                                     std::string_view key, long long min, long long max) {
  const auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  if (!it->is_number_integer() || it->get<long long>() < min || it->get<long long>() > max) {
    error(jsonPointer(path, key), "expected an integer in [" + std::to_string(min) + ", " + std::to_string(max) + "]");
    return std::nullopt;
  }
  return it->get<long long>();
}

void JsonReader::unknownKeys(const Json& object, const std::string& path,
                             std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : object.items()) {
    bool found = false;
    for (auto k : known) found = found || k == key;
    if (!found) warning(jsonPointer(path, key), "unknown field, ignored");
  }
}

} // namespace shotscape
