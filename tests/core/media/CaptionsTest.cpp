#include <doctest/doctest.h>

#include "core/media/Captions.h"

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
  // An inverted cue is kept, as the specification's parser keeps it (it never shows).
  REQUIRE(result.cues.size() == 3);
  CHECK(result.cues[0].text == "first");
  CHECK(result.cues[1].text == "backwards");
  CHECK(result.cues[2].text == "last");
  REQUIRE(result.diagnostics.size() == 3);
  CHECK(result.diagnostics[0].toString() == "line 7: invalid cue timing \"00:03,000 --> 00:04,000\"; cue skipped");
  CHECK(result.diagnostics[1].toString() == "line 10: cue ends at or before its start: kept, never shown");
  CHECK(result.diagnostics[2].toString() == "line 13: a block without a cue timing (\"start --> end\"); ignored");
  CHECK(activeCues(result.cues, 4.5).empty());
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
  CHECK(result.cues[0].text == "A \u00A9 B C <3 ");
}

namespace {
Cue only(const std::string& file) {
  const auto result = parseWebVtt(file);
  REQUIRE(result.cues.size() == 1);
  return result.cues[0];
}
} // namespace

TEST_CASE("CR-only line endings (old Mac) are line breaks") {
  const Cue cue = only("WEBVTT\r\r00:01.000 --> 00:02.000\rone\rtwo\r");
  CHECK(cue.text == "one\ntwo");
  CHECK(cue.start == doctest::Approx(1.0));
}

TEST_CASE("the header may carry text after a space or a tab, and header lines before the first blank") {
  CHECK(only("WEBVTT\tcommentary\nX-TIMESTAMP-MAP=LOCAL:00:00:00.000,MPEGTS:0\n\n00:00.000 --> 00:01.000\nA\n").text == "A");
  CHECK(only("WEBVTT - title\n\n00:00.000 --> 00:01.000\nA\n").text == "A");
}

TEST_CASE("a header alone is a valid file with no cues") {
  const auto result = parseWebVtt("WEBVTT\n");
  CHECK(result.cues.empty());
  CHECK(result.diagnostics.empty());
}

TEST_CASE("hours beyond two digits, and the longest timestamps") {
  const Cue cue = only("WEBVTT\n\n123:59:59.999 --> 124:00:00.000\nlate\n");
  CHECK(cue.start == doctest::Approx(123 * 3600 + 59 * 60 + 59.999));
  CHECK(cue.end == doctest::Approx(124 * 3600.0));
}

TEST_CASE("mixed timestamp forms in one timing line") {
  const Cue cue = only("WEBVTT\n\n00:59.000 --> 00:01:01.500\nacross the minute\n");
  CHECK(cue.start == doctest::Approx(59.0));
  CHECK(cue.end == doctest::Approx(61.5));
}

TEST_CASE("cue settings of every kind are tolerated") {
  const Cue cue = only("WEBVTT\n\n00:00.000 --> 00:01.000 vertical:rl line:0 position:50%,line-left size:40% align:end region:r1\nset\n");
  CHECK(cue.text == "set");
}

TEST_CASE("a zero-length cue is kept (the specification's outcome), never active, and warned about") {
  const auto result = parseWebVtt("WEBVTT\n\n00:01.000 --> 00:01.000\nnothing\n\n00:02.000 --> 00:03.000\nkept\n");
  REQUIRE(result.cues.size() == 2);
  CHECK(result.cues[0].text == "nothing");
  CHECK(activeCues(result.cues, 1.0).empty());
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].path == "line 3");
}

TEST_CASE("a timing line without the arrow reads as a cue id; a missing end is skipped with its line") {
  const auto result = parseWebVtt("WEBVTT\n\n00:01.000 00:02.000\nno arrow\n\n00:03.000 -->\nno end\n\n00:04.000 --> 00:05.000\nok\n");
  REQUIRE(result.cues.size() == 1);
  CHECK(result.cues[0].text == "ok");
  REQUIRE(result.diagnostics.size() == 2);
  // Without "-->" the block has no timing at all: ignored, said at its first line.
  CHECK(result.diagnostics[0].toString() == "line 3: a block without a cue timing (\"start --> end\"); ignored");
  CHECK(result.diagnostics[1].path == "line 6");
}

TEST_CASE("REGION blocks and NOTE blocks between cues are skipped") {
  const auto result = parseWebVtt(
      "WEBVTT\n\nREGION\nid:r1\nwidth:40%\n\n00:00.000 --> 00:01.000\nA\n\nNOTE a comment\nwith --> an arrow\n\n"
      "00:01.000 --> 00:02.000\nB\n");
  REQUIRE(result.cues.size() == 2);
  CHECK(result.cues[1].text == "B");
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a cue with an empty payload is kept with empty text") {
  const auto result = parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000\n\n00:01.000 --> 00:02.000\nB\n");
  REQUIRE(result.cues.size() == 2);
  CHECK(result.cues[0].text.empty());
  CHECK(result.cues[1].text == "B");
}

TEST_CASE("speaker tags with classes, and only the first speaker is kept") {
  const Cue cue = only("WEBVTT\n\n00:00.000 --> 00:01.000\n<v.loud.fast Lena Marsh>Cut!</v> <v Crew>Cutting.</v>\n");
  CHECK(cue.speaker == "Lena Marsh");
  CHECK(cue.text == "Cut! Cutting.");
}

TEST_CASE("nested and ruby markup keep all their text") {
  const Cue cue = only("WEBVTT\n\n00:00.000 --> 00:01.000\n<b><i>bold italic</i></b> <ruby>映画<rt>えいが</rt></ruby> <lang en>film</lang>\n");
  CHECK(cue.text == "bold italic 映画えいが film");
}

TEST_CASE("character references: &amp; &lt; &gt; &nbsp; &lrm; &rlm;") {
  const Cue cue = only("WEBVTT\n\n00:00.000 --> 00:01.000\n&lt;b&gt; &amp;&nbsp;x&lrm;&rlm;\n");
  CHECK(cue.text == "<b> &\xC2\xA0x\xE2\x80\x8E\xE2\x80\x8F");
}

TEST_CASE("UTF-8 text, right-to-left and emoji, passes through unchanged") {
  const Cue cue = only("WEBVTT\n\n00:00.000 --> 00:01.000\nשלום 🎬 café\n");
  CHECK(cue.text == "שלום 🎬 café");
}

TEST_CASE("cue identifiers may contain spaces and punctuation") {
  const Cue cue = only("WEBVTT\n\nscene 4 / take 2: the lamp\n00:00.000 --> 00:01.000\nA\n");
  CHECK(cue.id == "scene 4 / take 2: the lamp");
}

TEST_CASE("several blank lines between cues and trailing whitespace are harmless") {
  const auto result = parseWebVtt("WEBVTT\n\n\n\n00:00.000 --> 00:01.000   \nA\n\n\n\n00:01.000 --> 00:02.000\nB\n\n\n");
  REQUIRE(result.cues.size() == 2);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a malformed millisecond field, minutes over 59, and a negative time are rejected") {
  const auto result = parseWebVtt(
      "WEBVTT\n\n00:00.5 --> 00:01.000\na\n\n00:61.000 --> 01:02.000\nb\n\n-00:01.000 --> 00:02.000\nc\n\n00:03.000 --> 00:04.000\nd\n");
  REQUIRE(result.cues.size() == 1);
  CHECK(result.cues[0].text == "d");
  CHECK(result.diagnostics.size() == 3);
}
