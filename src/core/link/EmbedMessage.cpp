#include "core/link/EmbedMessage.h"
#include "core/math/Lens.h"
#include "core/text/NumberFormat.h"
#include "core/manifest/JsonWriter.h"

#include <algorithm>
#include <cmath>

#include "core/manifest/JsonReader.h"

namespace shotscape {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool hostChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
}

// The commands, in the order the README lists them, with how many arguments each takes.
struct Signature {
  const char* name;
  size_t arity;
};
constexpr Signature kSignatures[] = {{"play", 0},         {"pause", 0},        {"seek", 1},
                                     {"setView", 1},      {"getView", 0},      {"openHotspot", 1},
                                     {"closeHotspot", 0}, {"setCaptionLanguage", 1}, {"getState", 0},
                                     {"setScene", 1},     {"back", 0},         {"setProjection", 1},
                                     {"orientation", 1}};

std::string commandList() {
  std::string out;
  for (const Signature& s : kSignatures) out += (out.empty() ? "" : ", ") + std::string(s.name);
  return out;
}

std::optional<double> finiteNumber(const Json& v) {
  if (!v.is_number()) return std::nullopt;
  const double d = v.get<double>();
  return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

// The first argument of each command that takes one; an error message (with its path) or "".
std::string readArgument(const Json& arg, EmbedCommand& c) {
  if (c.name == "seek") {
    const auto s = finiteNumber(arg);
    if (!s || *s < 0.0) return "/args/0: expected seconds (a number >= 0)";
    c.seconds = s;
    return "";
  }
  if (c.name == "setView") {
    if (!arg.is_object()) return "/args/0: expected a view {yaw, pitch, hfov}";
    for (const auto& [key, value] : arg.items()) {
      std::optional<double>* out = key == "yaw" ? &c.yaw : key == "pitch" ? &c.pitch : key == "hfov" ? &c.hfov : nullptr;
      if (!out) return jsonPointer("/args/0", key) + ": unknown member (expected yaw, pitch, hfov)";
      *out = finiteNumber(value);
      if (!*out) return jsonPointer("/args/0", key) + ": expected a number of degrees";
    }
    if (!c.yaw && !c.pitch && !c.hfov) return "/args/0: expected at least one of yaw, pitch, hfov";
    return "";
  }
  if (c.name == "orientation") {
    if (!arg.is_object()) return "/args/0: expected {alpha, beta, gamma, screen}";
    for (const auto& [key, value] : arg.items()) {
      std::optional<double>* out = key == "alpha" ? &c.alpha : key == "beta" ? &c.beta : key == "gamma" ? &c.gamma : key == "screen" ? &c.screen : nullptr;
      if (!out) return jsonPointer("/args/0", key) + ": unknown member (expected alpha, beta, gamma, screen)";
      // A sensor that has nothing to say sends null: kept as NaN, which the player refuses.
      if (value.is_null()) *out = std::nan("");
      else if (value.is_number()) *out = value.get<double>();
      else return jsonPointer("/args/0", key) + ": expected a number of degrees or null";
    }
    return "";
  }
  if (c.name == "setProjection") {
    if (!arg.is_string() || !lensFromName(arg.get_ref<const std::string&>()))
      return "/args/0: expected a projection (rectilinear, stereographic or fisheye)";
    c.text = arg.get<std::string>();
    return "";
  }
  // openHotspot, setCaptionLanguage, setScene
  const char* what = c.name == "openHotspot" ? "a hotspot id" : c.name == "setScene" ? "a scene id" : "a caption language";
  if (!arg.is_string() || arg.get_ref<const std::string&>().empty() || arg.get_ref<const std::string&>().size() > 200)
    return std::string("/args/0: expected ") + what + " (a string of 1 to 200 characters)";
  c.text = arg.get<std::string>();
  return "";
}

} // namespace

std::optional<std::string> normalizeOrigin(std::string_view text) {
  std::string s;
  for (char c : text) s += lower(c);
  if (!s.empty() && s.back() == '/') s.pop_back();
  size_t defaultPort = 0;
  std::string scheme;
  if (s.rfind("https://", 0) == 0) scheme = "https", defaultPort = 443;
  else if (s.rfind("http://", 0) == 0) scheme = "http", defaultPort = 80;
  else return std::nullopt;
  std::string rest = s.substr(scheme.size() + 3);
  std::string host = rest, port;
  bool hasPort = false;
  if (!rest.empty() && rest.front() == '[') { // IPv6 literal
    const size_t close = rest.find(']');
    if (close == std::string::npos) return std::nullopt;
    host = rest.substr(0, close + 1);
    for (char c : host.substr(1, host.size() - 2))
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.')) return std::nullopt;
    if (close + 1 < rest.size()) {
      if (rest[close + 1] != ':') return std::nullopt;
      port = rest.substr(close + 2);
      hasPort = true;
    }
  } else {
    const size_t colon = rest.find(':');
    if (colon != std::string::npos) {
      host = rest.substr(0, colon);
      port = rest.substr(colon + 1);
      hasPort = true;
    }
    if (host.empty() || !std::all_of(host.begin(), host.end(), hostChar) || host.front() == '.' || host.back() == '.')
      return std::nullopt;
  }
  if (host == "[]") return std::nullopt;
  std::string out = scheme + "://" + host;
  if (hasPort) {
    if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
    long value = 0; // at most five digits: no overflow
    for (char c : port) value = value * 10 + (c - '0');
    if (value < 1 || value > 65535) return std::nullopt;
    if (static_cast<size_t>(value) != defaultPort) out += ":" + std::to_string(value);
  }
  return out;
}

bool OriginPolicy::allows(std::string_view origin, std::string_view own) const {
  if (origin.empty() || origin == "null") return false; // sandboxed or opaque: never
  if (any || origin == own) return true;
  return std::find(origins.begin(), origins.end(), origin) != origins.end();
}

EmbedMessage parseEmbedMessage(std::string_view json) {
  EmbedMessage m;
  if (json.size() > kMaxEmbedMessageBytes) {
    // Too big to look into: only a message of ours that says so gets an answer-less warning.
    if (json.find("\"shotscape\"") == std::string_view::npos) return m;
    m.kind = EmbedMessage::Kind::Invalid;
    m.error = "message larger than 64 KB";
    return m;
  }
  Diagnostics ignored;
  const auto parsed = parseJson(json, ignored);
  if (!parsed || !parsed->is_object() || !parsed->contains("shotscape")) return m;
  const Json& root = *parsed;
  m.kind = EmbedMessage::Kind::Invalid;
  if (const auto it = root.find("id"); it != root.end()) {
    if (it->is_string() ? it->get_ref<const std::string&>().size() <= 200 : finiteNumber(*it).has_value()) {
      // As JSON, written back verbatim in the reply (the core's writer: the module links no serializer).
      m.id = it->is_string() ? jsonQuote(it->get_ref<const std::string&>()) : formatShortest(*finiteNumber(*it));
    } else {
      m.error = "/id: expected a number or a string of up to 200 characters";
      return m;
    }
  }
  if (root["shotscape"] != 1) {
    m.error = "/shotscape: expected 1 (the protocol version)";
    return m;
  }
  for (const auto& [key, value] : root.items()) {
    (void)value;
    if (key != "shotscape" && key != "command" && key != "args" && key != "id") {
      m.error = jsonPointer("", key) + ": unknown member (expected shotscape, command, args, id)";
      return m;
    }
  }
  const auto command = root.find("command");
  if (command == root.end() || !command->is_string()) {
    m.error = "/command: expected a command name (" + commandList() + ")";
    return m;
  }
  const std::string& name = command->get_ref<const std::string&>();
  const auto sig = std::find_if(std::begin(kSignatures), std::end(kSignatures), [&](const Signature& s) { return name == s.name; });
  if (sig == std::end(kSignatures)) {
    std::string shownName;
    for (char c : name.substr(0, 40)) shownName += (static_cast<unsigned char>(c) < 0x20 || c == '"') ? '?' : c;
    m.error = "/command: unknown command \"" + shownName + (name.size() > 40 ? "…" : "") + "\" (expected one of " +
              commandList() + ")";
    return m;
  }
  m.command.name = name;
  const Json empty = Json::array();
  const auto argsIt = root.find("args");
  const Json& args = argsIt == root.end() ? empty : *argsIt;
  if (!args.is_array()) {
    m.error = "/args: expected an array of arguments";
    return m;
  }
  if (args.size() > sig->arity) {
    m.error = jsonPointer("/args", sig->arity) + ": " + name + " takes " +
              (sig->arity == 0 ? std::string("no arguments") : "1 argument");
    return m;
  }
  if (sig->arity == 1) {
    if (args.empty()) {
      m.error = "/args/0: missing; " + name + " takes 1 argument";
      return m;
    }
    m.error = readArgument(args[0], m.command);
    if (!m.error.empty()) return m;
  }
  m.kind = EmbedMessage::Kind::Command;
  return m;
}

} // namespace shotscape
