#include <doctest/doctest.h>

#include "core/Captions.h"

using namespace shotscape;

TEST_CASE("WebVTT timestamps: hh:mm:ss.ttt and mm:ss.ttt") {
  double s = -1;
  CHECK(parseVttTimestamp("00:00:01.500", s));
  CHECK(s == doctest::Approx(1.5));
  CHECK(parseVttTimestamp("01:02:03.004", s));
  CHECK(s == doctest::Approx(3723.004));
  CHECK(parseVttTimestamp("02:03.250", s));
  CHECK(s == doctest::Approx(123.25));
  CHECK(parseVttTimestamp("100:00:00.000", s));
  CHECK(s == doctest::Approx(360000.0));
  CHECK_FALSE(parseVttTimestamp("1:02.000", s));     // minutes need two digits
  CHECK_FALSE(parseVttTimestamp("00:60.000", s));    // seconds < 60
  CHECK_FALSE(parseVttTimestamp("00:01,000", s));    // a comma is SRT, not WebVTT
  CHECK_FALSE(parseVttTimestamp("00:01.00", s));     // three millisecond digits
  CHECK_FALSE(parseVttTimestamp("61:00.000", s));    // without hours, minutes < 60
  CHECK_FALSE(parseVttTimestamp("", s));
}

TEST_CASE("a WebVTT file with ids, settings, multi-line cues, NOTE and STYLE blocks, BOM and CRLF") {
  const std::string file =
      "\xEF\xBB\xBFWEBVTT - commentary\r\n"
      "Kind: captions\r\n"
      "\r\n"
      "STYLE\r\n"
      "::cue { color: yellow }\r\n"
      "\r\n"
      "NOTE written by the editor\r\n"
      "spanning two lines\r\n"
      "\r\n"
      "intro\r\n"
      "00:00.500 --> 00:02.000 align:start position:10%\r\n"
      "We built the whole apartment\r\n"
      "on a stage in <i>Burbank</i>.\r\n"
      "\r\n"
      "00:00:02.000 --> 00:00:04.250\r\n"
      "<v Lena Marsh>The window was the <b>hardest</b> part &amp; the <c.loud>lamp</c>.</v>\r\n";
  const auto result = parseWebVtt(file);
  CHECK(result.diagnostics.empty());
  REQUIRE(result.cues.size() == 2);
  CHECK(result.cues[0].id == "intro");
  CHECK(result.cues[0].start == doctest::Approx(0.5));
  CHECK(result.cues[0].end == doctest::Approx(2.0));
  CHECK(result.cues[0].text == "We built the whole apartment\non a stage in Burbank.");
  CHECK(result.cues[0].speaker.empty());
  CHECK(result.cues[1].id.empty());
  CHECK(result.cues[1].end == doctest::Approx(4.25));
  CHECK(result.cues[1].text == "The window was the hardest part & the lamp.");
  CHECK(result.cues[1].speaker == "Lena Marsh");
}

TEST_CASE("overlapping cues are all active at once; end times are exclusive") {
  const auto result = parseWebVtt("WEBVTT\n\n00:01.000 --> 00:05.000\nA\n\n00:02.000 --> 00:03.000\nB\n");
  REQUIRE(result.cues.size() == 2);
  CHECK(activeCues(result.cues, 0.5).empty());
  CHECK(activeCues(result.cues, 1.0).size() == 1);
  const auto both = activeCues(result.cues, 2.5);
  REQUIRE(both.size() == 2);
  CHECK(both[0]->text == "A");
  CHECK(both[1]->text == "B");
  CHECK(activeCues(result.cues, 3.0).size() == 1);
  CHECK(activeCues(result.cues, 5.0).empty());
}

TEST_CASE("malformed cues are skipped with a diagnostic naming the line; the rest still works") {
  const auto result = parseWebVtt(
      "WEBVTT\n"
      "\n"
      "00:01.000 --> 00:02.000\n"
      "first\n"
      "\n"
      "bad-timing\n"
      "00:03,000 --> 00:04,000\n"
      "SRT-style commas\n"
      "\n"
      "00:05.000 --> 00:04.000\n"
      "backwards\n"
      "\n"
      "just some text\n"
      "\n"
      "00:06.000 --> 00:07.000\n"
      "last\n");
  REQUIRE(result.cues.size() == 2);
  CHECK(result.cues[0].text == "first");
  CHECK(result.cues[1].text == "last");
  REQUIRE(result.diagnostics.size() == 3);
  CHECK(result.diagnostics[0].toString() == "line 7: invalid cue timing \"00:03,000 --> 00:04,000\"; cue skipped");
  CHECK(result.diagnostics[1].toString() == "line 10: cue ends before it starts; cue skipped");
  CHECK(result.diagnostics[2].toString() == "line 13: expected a cue timing \"start --> end\"; block skipped");
  CHECK_FALSE(hasError(result.diagnostics));
}

TEST_CASE("a file without the WEBVTT header is rejected") {
  for (const char* text : {"", "1\n00:00:01,000 --> 00:00:02,000\nSRT\n", "WEBVTTX\n"}) {
    const auto result = parseWebVtt(text);
    CHECK(result.cues.empty());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].toString() == "line 1: missing the WEBVTT header");
    CHECK(hasError(result.diagnostics));
  }
}

TEST_CASE("markup edge cases: unknown entities, unterminated tags, timestamps inside a cue") {
  const auto result = parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000\nA &copy; B <00:00:00.500>C &lt;3 <i\n");
  REQUIRE(result.cues.size() == 1);
  CHECK(result.cues[0].text == "A &copy; B C <3 ");
}
