#include "core/link/DeepLink.h"
#include "core/text/UiText.h"
#include "core/view/Camera.h"
#include "core/text/NumberFormat.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include "core/link/EmbedMessage.h"
#include "core/link/Url.h"

namespace shotscape {

namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Splits "a=1&b=2" into pairs, decoding each side; a later duplicate replaces an earlier one.
void readPairs(std::string_view text, bool plusIsSpace, std::map<std::string, std::string>& out) {
  if (!text.empty() && (text.front() == '?' || text.front() == '#')) text.remove_prefix(1);
  while (!text.empty()) {
    const size_t amp = text.find('&');
    const std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
    if (pair.empty()) continue;
    const size_t eq = pair.find('=');
    const std::string key = percentDecode(pair.substr(0, eq), plusIsSpace);
    const std::string value = eq == std::string_view::npos ? std::string() : percentDecode(pair.substr(eq + 1), plusIsSpace);
    out[key] = value;
  }
}

// A plain decimal number: no hex, no "inf"/"nan", no trailing garbage, within a sane length.
std::optional<double> number(const std::string& text) {
  if (text.empty() || text.size() > 32) return std::nullopt;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<bool> flag(const std::string& text) {
  if (text == "1" || text == "true" || text == "yes" || text == "on" || text.empty()) return true;
  if (text == "0" || text == "false" || text == "no" || text == "off") return false;
  return std::nullopt;
}

std::string shown(const std::string& value) {
  // Warnings quote what was given, cut short and without control characters.
  std::string out;
  for (char c : value.substr(0, 40)) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
  return value.size() > 40 ? out + "…" : out;
}

// Digits after the point in a step's shortest decimal form: 0.1 → 1, 0.25 → 2, 5 → 0; -1 when it
// has an exponent or more than 15 (rounding to it is then left to the shortest form).
int stepDecimals(double step) {
  const std::string text = formatShortest(step);
  if (text.find('e') != std::string::npos) return -1;
  const size_t point = text.find('.');
  const int decimals = point == std::string::npos ? 0 : int(text.size() - point - 1);
  return decimals <= 15 ? decimals : -1;
}

std::string formatNumber(double v, double step) {
  if (step > 0.0) {
    v = std::round(v / step) * step;
    // n × step carries the binary noise of both (-499 × 0.1 = -49.900000000000006): print it with
    // the step's decimals, then drop the zeros those leave ("85.0" → "85").
    const int decimals = stepDecimals(step);
    double limit = 1e15; // formatFixed's range, in units of the last decimal
    for (int i = 0; i < decimals; ++i) limit /= 10.0;
    if (decimals >= 0 && std::fabs(v) < limit) {
      std::string text = formatFixed(v, decimals);
      if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
      }
      return text == "-0" ? "0" : text;
    }
  }
  if (v == 0.0) v = 0.0; // no "-0"
  // The fewest digits that read back exactly, in plain notation where that stays short (links stay
  // readable), else with an exponent: a link's numbers are read back only up to 32 characters.
  const std::string plain = formatPlain(v);
  const size_t point = plain.find('.');
  if (plain.size() <= 24 && (point == std::string::npos || plain.size() - point - 1 <= 17)) return plain;
  return formatShortest(v);
}

} // namespace

std::string percentDecode(std::string_view text, bool plusIsSpace) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%' && i + 2 < text.size()) {
      const int hi = hexValue(text[i + 1]);
      const int lo = hexValue(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out += (plusIsSpace && c == '+') ? ' ' : c;
  }
  return out;
}

std::string percentEncode(std::string_view text) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '_' || c == '.' || c == '~' || c == '/' || c == ':';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

MomentResult parseMoment(std::string_view query, std::string_view fragment) {
  std::map<std::string, std::string> params;
  readPairs(query, true, params);
  readPairs(fragment, false, params); // the fragment wins
  MomentResult r;
  Moment& m = r.moment;
  auto warn = [&](const std::string& key, const std::string& why) {
    r.warnings.push_back({Severity::Warning, key, key + "=" + shown(params[key]) + ": " + why});
  };
  for (const char* key : {"manifest", "panorama"}) {
    const auto it = params.find(key);
    if (it == params.end()) continue;
    if (const std::string problem = urlProblem(it->second); !problem.empty() || it->second.empty()) {
      warn(key, (it->second.empty() ? std::string("empty") : problem) + "; ignored");
      continue;
    }
    (std::string(key) == "manifest" ? m.manifest : m.panorama) = it->second;
  }
  for (const char* key : {"scene", "hotspot", "lang"}) {
    const auto it = params.find(key);
    if (it == params.end()) continue;
    if (it->second.empty() || it->second.size() > 200) {
      warn(key, it->second.empty() ? "empty; ignored" : "longer than 200 characters; ignored");
      continue;
    }
    const std::string k = key;
    (k == "scene" ? m.scene : k == "hotspot" ? m.hotspot : m.lang) = it->second;
  }
  struct Angle {
    const char* key;
    std::optional<double>* out;
    double min, max;
  };
  for (const Angle& a : {Angle{"yaw", &m.yaw, -180.0, 180.0}, Angle{"pitch", &m.pitch, -90.0, 90.0},
                         Angle{"hfov", &m.hfov, 10.0, 360.0}, Angle{"t", &m.t, 0.0, 1e7}}) {
    const auto it = params.find(a.key);
    if (it == params.end()) continue;
    const auto v = number(it->second);
    if (!v) {
      warn(a.key, "not a number; ignored");
      continue;
    }
    double value = *v;
    if (std::string(a.key) == "yaw") {
      value = std::fmod(value, 360.0);
      if (value > 180.0) value -= 360.0;
      if (value <= -180.0) value += 360.0;
    } else if (std::string(a.key) == "t" && value < 0.0) {
      warn(a.key, "negative; ignored");
      continue;
    } else if (value < a.min || value > a.max) {
      value = std::clamp(value, a.min, a.max);
      warn(a.key, "outside [" + formatNumber(a.min, 0) + ", " + formatNumber(a.max, 0) + "]; clamped to " +
                      formatNumber(value, 0));
    }
    *a.out = value;
  }
  struct Flag {
    const char* key;
    std::optional<bool>* out;
  };
  for (const Flag& f : {Flag{"controls", &m.controls}, Flag{"autoplay", &m.autoplay}, Flag{"muted", &m.muted}, Flag{"motion", &m.motion}}) {
    const auto it = params.find(f.key);
    if (it == params.end()) continue;
    if (const auto v = flag(it->second)) *f.out = *v;
    else warn(f.key, "expected 1 or 0; ignored");
  }
  if (const auto it = params.find("autorotate"); it != params.end()) {
    // Degrees per second (negative turns left); a bare word switches the default speed on or off.
    const std::string& v = it->second;
    if (v.empty() || v == "true" || v == "on" || v == "yes") m.autorotate = 2.0;
    else if (v == "false" || v == "off" || v == "no") m.autorotate = 0.0;
    else if (const auto speed = number(v); speed && std::abs(*speed) <= 90.0) m.autorotate = *speed;
    else warn("autorotate", "expected degrees per second in [-90, 90], or true/false; ignored");
  }
  if (const auto it = params.find("uilang"); it != params.end()) {
    bool found = false;
    const UiLanguage language = uiLanguageFor(it->second, &found);
    if (found && it->second.find(',') == std::string::npos) m.uilang = uiLanguageCode(language);
    else warn("uilang", "expected en, fr, ja or ar; ignored");
  }
  if (const auto it = params.find("ui"); it != params.end()) {
    if (it->second == "tv" || it->second == "standard") m.tv = it->second == "tv";
    else warn("ui", "expected tv or standard; ignored");
  }
  if (const auto it = params.find("projection"); it != params.end()) {
    if (const auto lens = lensFromName(it->second)) m.projection = *lens;
    else warn("projection", "expected rectilinear, stereographic or fisheye; ignored");
  }
  if (const auto it = params.find("memory-budget"); it != params.end()) {
    if (const auto mb = number(it->second); mb && *mb >= 32.0 && *mb <= 4096.0) m.memoryBudget = *mb;
    else warn("memory-budget", "expected megabytes in [32, 4096]; ignored");
  }
  if (const auto it = params.find("history"); it != params.end()) {
    if (it->second == "push" || it->second == "replace") m.historyPush = it->second == "push";
    else warn("history", "expected push or replace; ignored");
  }
  if (const auto it = params.find("origins"); it != params.end()) {
    // Comma-separated origins, or "*". Each bad entry is named once; the good ones still count.
    std::vector<std::string> origins;
    std::string_view rest = it->second;
    while (true) {
      const size_t comma = rest.find(',');
      const std::string entry(rest.substr(0, comma));
      if (entry == "*") {
        origins = {"*"};
      } else if (const auto origin = normalizeOrigin(entry)) {
        if (std::find(origins.begin(), origins.end(), *origin) == origins.end() &&
            (origins.empty() || origins.front() != "*"))
          origins.push_back(*origin);
      } else {
        r.warnings.push_back({Severity::Warning, "origins",
                              "origins=" + shown(entry) + ": not an origin like https://example.com; ignored"});
      }
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    if (!origins.empty()) m.origins = std::move(origins);
  }
  return r;
}

std::string formatMoment(const Moment& m, const MomentFormat& format) {
  std::string out;
  auto add = [&](const char* key, const std::string& value) {
    if (!out.empty()) out += '&';
    out += key;
    out += '=';
    out += value;
  };
  if (m.manifest) add("manifest", percentEncode(*m.manifest));
  if (m.panorama) add("panorama", percentEncode(*m.panorama));
  if (m.scene) add("scene", percentEncode(*m.scene));
  // Rounding may reach -180, which names the same direction as the convention's 180.
  if (m.yaw) add("yaw", formatNumber(format.angleStep > 0.0 ? Camera::wrapYaw(std::round(*m.yaw / format.angleStep) * format.angleStep) : *m.yaw, format.angleStep));
  if (m.pitch) add("pitch", formatNumber(*m.pitch, format.angleStep));
  if (m.hfov) add("hfov", formatNumber(*m.hfov, format.angleStep));
  if (m.projection) add("projection", std::string(lensName(*m.projection)));
  if (m.t) add("t", formatNumber(*m.t, format.timeStep));
  if (m.hotspot) add("hotspot", percentEncode(*m.hotspot));
  if (m.lang) add("lang", percentEncode(*m.lang));
  if (m.controls) add("controls", *m.controls ? "1" : "0");
  if (m.autoplay) add("autoplay", *m.autoplay ? "1" : "0");
  if (m.muted) add("muted", *m.muted ? "1" : "0");
  if (m.autorotate) add("autorotate", formatNumber(*m.autorotate, 0));
  if (m.historyPush) add("history", *m.historyPush ? "push" : "replace");
  if (m.origins) {
    std::string list;
    for (const auto& origin : *m.origins) list += (list.empty() ? "" : ",") + percentEncode(origin);
    add("origins", list);
  }
  return out;
}

} // namespace shotscape
