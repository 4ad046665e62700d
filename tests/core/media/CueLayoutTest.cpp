#include <doctest/doctest.h>

#include "core/media/CueLayout.h"

using namespace shotscape;

namespace {
CueSettings with(const std::string& settings) {
  const auto r = parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000 " + settings + "\nA\n");
  REQUIRE(r.cues.size() == 1);
  return r.cues[0].settings;
}
} // namespace

TEST_CASE("a cue's span across: position, its anchor and size, shrunk to stay inside") {
  const double w = 1000.0;
  CueSpan s = cueSpan(with(""), w);
  CHECK(s.left == 0.0);
  CHECK(s.width == 1000.0);
  CHECK(s.align == CueTextAlign::Center);
  s = cueSpan(with("position:20%,line-left size:50%"), w);
  CHECK(s.left == doctest::Approx(200.0));
  CHECK(s.width == doctest::Approx(500.0));
  s = cueSpan(with("position:90%,line-left size:50%"), w);
  CHECK(s.left == doctest::Approx(900.0));
  CHECK(s.width == doctest::Approx(100.0));
  s = cueSpan(with("position:30%,line-right size:50%"), w);
  CHECK(s.left == doctest::Approx(0.0));
  CHECK(s.width == doctest::Approx(300.0));
  s = cueSpan(with("position:25% size:40%"), w); // centred at 25 %
  CHECK(s.left == doctest::Approx(50.0));
  CHECK(s.width == doctest::Approx(400.0));
  s = cueSpan(with("align:left size:30%"), w); // position 0, anchored at its left
  CHECK(s.left == 0.0);
  CHECK(s.width == doctest::Approx(300.0));
  CHECK(s.align == CueTextAlign::Left);
  s = cueSpan(with("align:end size:30%"), w); // position 100, anchored at its right
  CHECK(s.left == doctest::Approx(700.0));
  CHECK(s.align == CueTextAlign::Right);
}

TEST_CASE("a cue's line: auto and negative from the bottom, positive from the top, percentages by lineAlign") {
  const CueArea area{1000.0, 600.0, 40.0};
  const auto top = [&](const std::string& settings, double h = 40.0) {
    const CueSettings s = with(settings);
    return cueTops({s}, {cueSpan(s, area.width)}, {h}, area)[0];
  };
  CHECK(top("") == doctest::Approx(560.0));
  CHECK(top("", 80.0) == doctest::Approx(520.0)); // two lines: both above the bottom edge
  CHECK(top("line:-1") == doctest::Approx(560.0));
  CHECK(top("line:-3") == doctest::Approx(480.0));
  CHECK(top("line:0") == doctest::Approx(0.0));
  CHECK(top("line:2") == doctest::Approx(80.0));
  CHECK(top("line:100") == doctest::Approx(560.0)); // past the bottom: kept inside
  CHECK(top("line:50%,center") == doctest::Approx(280.0));
  CHECK(top("line:50%") == doctest::Approx(300.0));
  CHECK(top("line:50%,end") == doctest::Approx(260.0));
  CHECK(top("line:0%,end") == doctest::Approx(0.0));
}

TEST_CASE("overlapping cues move apart a line at a time; side by side ones stay") {
  const CueArea area{1000.0, 600.0, 40.0};
  const CueSettings bottom = with(""), topLine = with("line:0"), left = with("align:left size:30%"), right = with("align:right size:30%");
  const auto tops = [&](std::vector<CueSettings> s) {
    std::vector<CueSpan> spans;
    for (const auto& c : s) spans.push_back(cueSpan(c, area.width));
    return cueTops(s, spans, std::vector<double>(s.size(), 40.0), area);
  };
  auto t = tops({bottom, bottom, bottom});
  CHECK(t[0] == doctest::Approx(560.0));
  CHECK(t[1] == doctest::Approx(520.0));
  CHECK(t[2] == doctest::Approx(480.0));
  t = tops({topLine, topLine});
  CHECK(t[0] == doctest::Approx(0.0));
  CHECK(t[1] == doctest::Approx(40.0));
  t = tops({left, right});
  CHECK(t[0] == doctest::Approx(560.0));
  CHECK(t[1] == doctest::Approx(560.0));
  // A full area: the last box stays where it was asked for (overlapping) rather than leaving it.
  const CueArea small{1000.0, 80.0, 40.0};
  std::vector<CueSpan> spans(3, cueSpan(bottom, 1000.0));
  t = cueTops({bottom, bottom, bottom}, spans, {40.0, 40.0, 40.0}, small);
  CHECK(t[0] == doctest::Approx(40.0));
  CHECK(t[1] == doctest::Approx(0.0));
  CHECK(t[2] >= 0.0);
  CHECK(t[2] <= 40.0);
}
