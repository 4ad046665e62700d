#include "core/media/Captions.h"

#include <cctype>

namespace shotscape {

namespace {

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r' && text[i] != '\n') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

bool isBlank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t') return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool readDigits(std::string_view& s, int minDigits, int maxDigits, long long& value) {
  int n = 0;
  value = 0;
  while (n < static_cast<int>(s.size()) && std::isdigit(static_cast<unsigned char>(s[n]))) {
    if (n == maxDigits) return false;
    value = value * 10 + (s[n] - '0');
    ++n;
  }
  if (n < minDigits) return false;
  s.remove_prefix(n);
  return true;
}

// "<v Speaker>" → "Speaker"; other tags contribute nothing.
std::string voiceOf(std::string_view tag) {
  if (tag.size() < 2 || tag[0] != 'v' || (tag[1] != ' ' && tag[1] != '.' && tag[1] != '\t')) return {};
  const size_t space = tag.find_first_of(" \t");
  return space == std::string_view::npos ? std::string() : std::string(trim(tag.substr(space + 1)));
}

void appendReference(std::string_view& s, std::string& out) {
  static const struct {
    std::string_view name;
    std::string_view text;
  } kReferences[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", "\xC2\xA0"}, {"&lrm;", "\xE2\x80\x8E"},
                     {"&rlm;", "\xE2\x80\x8F"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto& r : kReferences) {
    if (s.substr(0, r.name.size()) == r.name) {
      out += r.text;
      s.remove_prefix(r.name.size());
      return;
    }
  }
  out += '&';
  s.remove_prefix(1);
}

// Strips markup from one payload line, collecting the first voice's speaker.
std::string plainText(std::string_view s, std::string& speaker) {
  std::string out;
  while (!s.empty()) {
    if (s[0] == '<') {
      const size_t close = s.find('>');
      if (close == std::string_view::npos) break; // an unterminated tag ends the line
      const std::string voice = voiceOf(s.substr(1, close - 1));
      if (!voice.empty() && speaker.empty()) speaker = voice;
      s.remove_prefix(close + 1);
    } else if (s[0] == '&') {
      appendReference(s, out);
    } else {
      out += s[0];
      s.remove_prefix(1);
    }
  }
  return out;
}

} // namespace

bool parseVttTimestamp(std::string_view text, double& seconds) {
  long long a = 0, b = 0, c = 0, ms = 0;
  std::string_view s = text;
  if (!readDigits(s, 2, 10, a) || s.empty() || s[0] != ':') return false;
  s.remove_prefix(1);
  if (!readDigits(s, 2, 2, b)) return false;
  long long hours = 0, minutes = a, secs = b;
  if (!s.empty() && s[0] == ':') {
    s.remove_prefix(1);
    if (!readDigits(s, 2, 2, c)) return false;
    hours = a;
    minutes = b;
    secs = c;
  } else if (a > 59) {
    return false; // without hours the first field is minutes
  }
  if (s.empty() || s[0] != '.') return false;
  s.remove_prefix(1);
  if (!readDigits(s, 3, 3, ms) || !s.empty()) return false;
  if (minutes > 59 || secs > 59) return false;
  seconds = static_cast<double>(hours * 3600 + minutes * 60 + secs) + static_cast<double>(ms) / 1000.0;
  return true;
}

CaptionsResult parseWebVtt(std::string_view text) {
  CaptionsResult result;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto lines = splitLines(text);
  auto lineName = [](size_t index) { return "line " + std::to_string(index + 1); };
  const std::string_view header = lines.empty() ? std::string_view() : lines[0];
  if (header.substr(0, 6) != "WEBVTT" || (header.size() > 6 && header[6] != ' ' && header[6] != '\t')) {
    result.diagnostics.push_back({Severity::Error, lineName(0), "missing the WEBVTT header"});
    return result;
  }
  size_t i = 1;
  while (i < lines.size() && !isBlank(lines[i])) ++i; // header block
  while (i < lines.size()) {
    while (i < lines.size() && isBlank(lines[i])) ++i;
    if (i >= lines.size()) break;
    const size_t blockStart = i;
    size_t blockEnd = i;
    while (blockEnd < lines.size() && !isBlank(lines[blockEnd])) ++blockEnd;
    i = blockEnd;

    const std::string_view first = lines[blockStart];
    if (first.substr(0, 4) == "NOTE" && (first.size() == 4 || first[4] == ' ' || first[4] == '\t')) continue;
    if ((first == "STYLE" || first == "REGION") && first.find("-->") == std::string_view::npos) continue;

    size_t timing = blockStart;
    Cue cue;
    if (first.find("-->") == std::string_view::npos) {
      cue.id = std::string(first);
      timing = blockStart + 1;
    }
    if (timing >= blockEnd || lines[timing].find("-->") == std::string_view::npos) {
      result.diagnostics.push_back({Severity::Warning, lineName(timing < blockEnd ? timing : blockStart),
                                    "expected a cue timing \"start --> end\"; block skipped"});
      continue;
    }
    const std::string_view timingLine = lines[timing];
    const size_t arrow = timingLine.find("-->");
    const std::string_view startText = trim(timingLine.substr(0, arrow));
    std::string_view rest = trim(timingLine.substr(arrow + 3));
    const std::string_view endText = rest.substr(0, rest.find_first_of(" \t")); // settings follow
    if (!parseVttTimestamp(startText, cue.start) || !parseVttTimestamp(endText, cue.end)) {
      result.diagnostics.push_back({Severity::Warning, lineName(timing),
                                    "invalid cue timing \"" + std::string(timingLine) + "\"; cue skipped"});
      continue;
    }
    if (cue.end <= cue.start) {
      result.diagnostics.push_back({Severity::Warning, lineName(timing), "cue ends before it starts; cue skipped"});
      continue;
    }
    for (size_t k = timing + 1; k < blockEnd; ++k) {
      if (k > timing + 1) cue.text += '\n';
      cue.text += plainText(lines[k], cue.speaker);
    }
    result.cues.push_back(std::move(cue));
  }
  return result;
}

std::vector<const Cue*> activeCues(const std::vector<Cue>& cues, double seconds) {
  std::vector<const Cue*> out;
  for (const auto& cue : cues)
    if (seconds >= cue.start && seconds < cue.end) out.push_back(&cue);
  return out;
}

} // namespace shotscape
