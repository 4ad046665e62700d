#include "core/media/Captions.h"

#include <climits>

#include "core/text/HtmlEntities.h"
#include "core/text/Utf8.h"

namespace shotscape {

namespace {

bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; } // ASCII whitespace
bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool startsWithWord(std::string_view s, std::string_view word) {
  if (s.substr(0, word.size()) != word) return false;
  for (char c : s.substr(word.size()))
    if (!isWhitespace(c)) return false;
  return true;
}

// Digits at s[pos…] (advancing pos); their count in `count`, their value (as a double: hours may
// have any number of digits) in `value`.
void collectDigits(std::string_view s, size_t& pos, size_t& count, double& value) {
  value = 0.0;
  const size_t from = pos;
  while (pos < s.size() && isDigit(s[pos])) value = value * 10.0 + (s[pos++] - '0');
  count = pos - from;
}

// "Collect a WebVTT timestamp".
bool collectTimestamp(std::string_view s, size_t& pos, double& seconds) {
  if (pos >= s.size() || !isDigit(s[pos])) return false;
  size_t n = 0;
  double v1 = 0, v2 = 0, v3 = 0, v4 = 0;
  collectDigits(s, pos, n, v1);
  const bool hours = n != 2 || v1 > 59;
  if (pos >= s.size() || s[pos] != ':') return false;
  ++pos;
  collectDigits(s, pos, n, v2);
  if (n != 2) return false;
  if (hours || (pos < s.size() && s[pos] == ':')) {
    if (pos >= s.size() || s[pos] != ':') return false;
    ++pos;
    collectDigits(s, pos, n, v3);
    if (n != 2) return false;
  } else {
    v3 = v2;
    v2 = v1;
    v1 = 0;
  }
  if (pos >= s.size() || s[pos] != '.') return false;
  ++pos;
  collectDigits(s, pos, n, v4);
  if (n != 3) return false;
  if (v2 > 59 || v3 > 59) return false;
  seconds = v1 * 3600.0 + v2 * 60.0 + v3 + v4 / 1000.0;
  return true;
}

// digits ("." digits)? as a number; the caller has checked the shape.
double decimal(std::string_view s) {
  double value = 0.0, scale = 1.0;
  bool fraction = false;
  for (char c : s) {
    if (c == '.') {
      fraction = true;
    } else if (fraction) {
      scale /= 10.0;
      value += (c - '0') * scale;
    } else {
      value = value * 10.0 + (c - '0');
    }
  }
  return value;
}

// "Parse a percentage string": ^\d+(\.\d+)?%$ within [0, 100].
std::optional<double> percentage(std::string_view s) {
  if (s.size() < 2 || s.back() != '%') return std::nullopt;
  const std::string_view number = s.substr(0, s.size() - 1);
  size_t i = 0;
  while (i < number.size() && isDigit(number[i])) ++i;
  if (i == 0) return std::nullopt;
  if (i < number.size()) {
    if (number[i] != '.' || i + 1 == number.size()) return std::nullopt;
    for (size_t k = i + 1; k < number.size(); ++k)
      if (!isDigit(number[k])) return std::nullopt;
  }
  const double value = decimal(number);
  if (value < 0.0 || value > 100.0) return std::nullopt;
  return value;
}

// The `line` setting's number without '%': -?digits with at most one '.', between digits.
std::optional<double> lineNumber(std::string_view s) {
  bool digit = false;
  int dots = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (isDigit(c)) digit = true;
    else if (c == '-' && i == 0) continue;
    else if (c == '.') {
      if (++dots > 1 || i == 0 || i + 1 == s.size() || !isDigit(s[i - 1]) || !isDigit(s[i + 1])) return std::nullopt;
    } else return std::nullopt;
  }
  if (!digit) return std::nullopt;
  return s[0] == '-' ? -decimal(s.substr(1)) : decimal(s);
}

// Splits on ASCII whitespace; each "name:value" with the colon neither first nor last goes to `f`.
template <typename F>
void forEachSetting(std::string_view s, F f) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && isWhitespace(s[i])) ++i;
    const size_t from = i;
    while (i < s.size() && !isWhitespace(s[i])) ++i;
    const std::string_view token = s.substr(from, i - from);
    const size_t colon = token.find(':');
    if (token.empty() || colon == std::string_view::npos || colon == 0 || colon + 1 == token.size()) continue;
    f(token.substr(0, colon), token.substr(colon + 1));
  }
}

// "Parse the WebVTT cue settings".
void parseCueSettings(std::string_view s, const std::vector<CueRegion>& regions, CueSettings& cue) {
  forEachSetting(s, [&](std::string_view name, std::string_view value) {
    if (name == "region") {
      cue.region.clear();
      for (const CueRegion& r : regions)
        if (r.id == value) cue.region = r.id;
    } else if (name == "vertical") {
      if (value == "rl") cue.vertical = CueVertical::RightToLeft;
      else if (value == "lr") cue.vertical = CueVertical::LeftToRight;
    } else if (name == "line") {
      const size_t comma = value.find(',');
      const std::string_view pos = value.substr(0, comma);
      const std::optional<std::string_view> align = comma == std::string_view::npos ? std::nullopt : std::optional(value.substr(comma + 1));
      const bool percent = !pos.empty() && pos.back() == '%';
      const std::optional<double> number = percent ? percentage(pos) : lineNumber(pos);
      if (!number) return;
      CueLineAlign lineAlign = cue.lineAlign;
      if (align) {
        if (*align == "start") lineAlign = CueLineAlign::Start;
        else if (*align == "center") lineAlign = CueLineAlign::Center;
        else if (*align == "end") lineAlign = CueLineAlign::End;
        else return;
      }
      cue.line = *number;
      cue.snapToLines = !percent;
      cue.lineAlign = lineAlign;
    } else if (name == "position") {
      const size_t comma = value.find(',');
      const std::optional<double> number = percentage(value.substr(0, comma));
      if (!number) return;
      CuePositionAlign positionAlign = cue.positionAlign;
      if (comma != std::string_view::npos) {
        const std::string_view align = value.substr(comma + 1);
        if (align == "line-left") positionAlign = CuePositionAlign::LineLeft;
        else if (align == "center") positionAlign = CuePositionAlign::Center;
        else if (align == "line-right") positionAlign = CuePositionAlign::LineRight;
        else return;
      }
      cue.position = *number;
      cue.positionAlign = positionAlign;
    } else if (name == "size") {
      if (const auto number = percentage(value)) cue.size = *number;
    } else if (name == "align") {
      if (value == "start") cue.align = CueTextAlign::Start;
      else if (value == "center") cue.align = CueTextAlign::Center;
      else if (value == "end") cue.align = CueTextAlign::End;
      else if (value == "left") cue.align = CueTextAlign::Left;
      else if (value == "right") cue.align = CueTextAlign::Right;
    }
  });
}

// A REGION block's settings.
CueRegion parseRegion(std::string_view s) {
  CueRegion r;
  const auto anchor = [](std::string_view value, double& x, double& y) {
    const size_t comma = value.find(',');
    if (comma == std::string_view::npos) return;
    const auto ax = percentage(value.substr(0, comma)), ay = percentage(value.substr(comma + 1));
    if (!ax || !ay) return;
    x = *ax;
    y = *ay;
  };
  forEachSetting(s, [&](std::string_view name, std::string_view value) {
    if (name == "id") {
      r.id = std::string(value);
    } else if (name == "width") {
      if (const auto w = percentage(value)) r.width = *w;
    } else if (name == "lines") {
      long long n = 0;
      for (char c : value) {
        if (!isDigit(c)) return;
        n = std::min<long long>(n * 10 + (c - '0'), INT_MAX);
      }
      r.lines = int(n);
    } else if (name == "regionanchor") {
      anchor(value, r.anchorX, r.anchorY);
    } else if (name == "viewportanchor") {
      anchor(value, r.viewportX, r.viewportY);
    } else if (name == "scroll") {
      if (value == "up") r.scrollUp = true;
    }
  });
  return r;
}

// "Collect WebVTT cue timings and settings".
bool parseTimingLine(std::string_view line, const std::vector<CueRegion>& regions, Cue& cue) {
  size_t pos = 0;
  const auto skip = [&]() {
    while (pos < line.size() && isWhitespace(line[pos])) ++pos;
  };
  skip();
  if (!collectTimestamp(line, pos, cue.start)) return false;
  skip();
  if (line.substr(pos, 3) != "-->") return false;
  pos += 3;
  skip();
  if (!collectTimestamp(line, pos, cue.end)) return false;
  parseCueSettings(line.substr(pos), regions, cue.settings);
  return true;
}

// The cue text tokenizer's output without markup: text, and the first voice's name.
void parseCueText(std::string_view s, Cue& cue) {
  std::string& out = cue.text;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '&') {
      const size_t used = consumeCharacterReference(s.substr(i + 1), out);
      if (!used) out += '&';
      i += 1 + used;
      continue;
    }
    if (c != '<') {
      out += c;
      ++i;
      continue;
    }
    // A tag: to its '>' or the end of the text (tags may span lines).
    ++i;
    if (i < s.size() && (s[i] == '/' || isDigit(s[i]))) { // an end tag, a timestamp tag
      while (i < s.size() && s[i] != '>') ++i;
      if (i < s.size()) ++i;
      continue;
    }
    const size_t nameFrom = i;
    while (i < s.size() && s[i] != '>' && s[i] != '.' && !isWhitespace(s[i])) ++i;
    const std::string_view name = s.substr(nameFrom, i - nameFrom);
    while (i < s.size() && s[i] != '>' && !isWhitespace(s[i])) ++i; // classes
    std::string annotation;
    bool space = false;
    while (i < s.size() && s[i] != '>') {
      if (isWhitespace(s[i])) {
        space = !annotation.empty();
        ++i;
        continue;
      }
      if (space) annotation += ' ';
      space = false;
      if (s[i] == '&') {
        const size_t used = consumeCharacterReference(s.substr(i + 1), annotation);
        if (!used) annotation += '&';
        i += 1 + used;
        continue;
      }
      annotation += s[i++];
    }
    if (i < s.size()) ++i;
    if (name == "v" && cue.speaker.empty()) cue.speaker = annotation;
  }
}

// The file after decoding: UTF-8 made well-formed, NUL replaced, the BOM dropped, every line
// break a LF.
std::string decode(std::string_view raw) {
  std::string text = sanitizeUtf8(raw, true);
  std::string out;
  out.reserve(text.size());
  size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  for (; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
      continue;
    }
    out += '\n';
    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
  }
  return out;
}

class Parser {
 public:
  explicit Parser(std::string s) : s_(std::move(s)) {}

  CaptionsResult run() {
    if (s_.size() < 6 || s_.compare(0, 6, "WEBVTT") != 0 || (s_.size() > 6 && s_[6] != ' ' && s_[6] != '\t' && s_[6] != '\n')) {
      result_.diagnostics.push_back({Severity::Error, "line 1", "missing the WEBVTT header"});
      return std::move(result_);
    }
    pos_ = s_.find('\n');
    if (pos_ == std::string::npos) return std::move(result_);
    ++pos_;
    line_ = 2;
    block(true); // the header's own lines
    while (pos_ < s_.size()) {
      while (pos_ < s_.size() && s_[pos_] == '\n') ++pos_, ++line_;
      if (pos_ >= s_.size()) break;
      block(false);
    }
    return std::move(result_);
  }

 private:
  // "Collect a WebVTT block": a cue, a STYLE or REGION block (before the first cue), or nothing.
  void block(bool inHeader) {
    int lineCount = 0;
    size_t previousPos = pos_, previousLine = line_;
    std::string buffer;
    bool seenEof = false, seenArrow = false, style = false, region = false, timingFailed = false;
    std::optional<Cue> cue;
    const size_t firstLine = line_;
    size_t timingLine = line_;
    while (true) {
      const size_t lf = s_.find('\n', pos_);
      const std::string_view line = std::string_view(s_).substr(pos_, lf == std::string::npos ? std::string::npos : lf - pos_);
      const size_t lineNumber = line_;
      ++lineCount;
      if (lf == std::string::npos) {
        pos_ = s_.size();
        seenEof = true;
      } else {
        pos_ = lf + 1;
        ++line_;
      }
      if (line.find("-->") != std::string_view::npos) {
        if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow))) {
          seenArrow = true;
          previousPos = pos_;
          previousLine = line_;
          Cue c;
          c.id = buffer;
          timingLine = lineNumber;
          if (parseTimingLine(line, result_.regions, c)) {
            cue = std::move(c);
            buffer.clear();
            seenCue_ = true;
          } else {
            cue.reset();
            if (!isNote(buffer))
              result_.diagnostics.push_back({Severity::Warning, "line " + std::to_string(lineNumber),
                                             "invalid cue timing \"" + std::string(line.substr(0, 120)) + "\"; cue skipped"});
            timingFailed = true;
          }
        } else {
          pos_ = previousPos;
          line_ = previousLine;
          break;
        }
      } else if (line.empty()) {
        break;
      } else {
        if (!inHeader && lineCount == 2 && !seenCue_) {
          if (startsWithWord(buffer, "STYLE")) style = true, buffer.clear();
          else if (startsWithWord(buffer, "REGION")) region = true, buffer.clear();
        }
        if (!buffer.empty()) buffer += '\n';
        buffer += line;
        previousPos = pos_;
        previousLine = line_;
      }
      if (seenEof) break;
    }
    if (cue) {
      if (!(cue->end > cue->start))
        result_.diagnostics.push_back({Severity::Warning, "line " + std::to_string(timingLine),
                                       "cue ends at or before its start: kept, never shown"});
      parseCueText(buffer, *cue);
      result_.cues.push_back(std::move(*cue));
    } else if (region) {
      CueRegion r = parseRegion(buffer);
      std::erase_if(result_.regions, [&](const CueRegion& old) { return old.id == r.id; });
      result_.regions.push_back(std::move(r));
    }
    // (Style sheets are ignored: the player draws captions with the viewer's settings.) A block
    // that is none of these is ignored, as browsers do; the player says so unless it is a comment.
    if (!cue && !style && !region && !timingFailed && !inHeader && !isNote(buffer))
      result_.diagnostics.push_back({Severity::Warning, "line " + std::to_string(firstLine),
                                     "a block without a cue timing (\"start --> end\"); ignored"});
  }

  static bool isNote(std::string_view block) {
    return block.substr(0, 4) == "NOTE" && (block.size() == 4 || isWhitespace(block[4]));
  }

  std::string s_;
  size_t pos_ = 0;
  size_t line_ = 1; // the line at pos_, from 1
  bool seenCue_ = false;
  CaptionsResult result_;
};

} // namespace

bool parseVttTimestamp(std::string_view text, double& seconds) {
  size_t pos = 0;
  double value = 0.0;
  if (!collectTimestamp(text, pos, value) || pos != text.size()) return false;
  seconds = value;
  return true;
}

CaptionsResult parseWebVtt(std::string_view text) { return Parser(decode(text)).run(); }

std::vector<const Cue*> activeCues(const std::vector<Cue>& cues, double seconds) {
  std::vector<const Cue*> out;
  for (const auto& cue : cues)
    if (seconds >= cue.start && seconds < cue.end) out.push_back(&cue);
  return out;
}

const char* cueVerticalName(CueVertical v) { return v == CueVertical::RightToLeft ? "rl" : v == CueVertical::LeftToRight ? "lr" : ""; }
const char* cueLineAlignName(CueLineAlign a) { return a == CueLineAlign::Center ? "center" : a == CueLineAlign::End ? "end" : "start"; }
const char* cuePositionAlignName(CuePositionAlign a) {
  switch (a) {
    case CuePositionAlign::LineLeft: return "line-left";
    case CuePositionAlign::Center: return "center";
    case CuePositionAlign::LineRight: return "line-right";
    case CuePositionAlign::Auto: break;
  }
  return "auto";
}
const char* cueTextAlignName(CueTextAlign a) {
  switch (a) {
    case CueTextAlign::Start: return "start";
    case CueTextAlign::End: return "end";
    case CueTextAlign::Left: return "left";
    case CueTextAlign::Right: return "right";
    case CueTextAlign::Center: break;
  }
  return "center";
}

} // namespace shotscape
