// The WebVTT parser against the W3C specification's parsing rules (WebVTT 1, section 6), rule by
// rule, with the cues the specification's algorithm gives.
#include <doctest/doctest.h>

#include <string>

#include "core/media/Captions.h"

using namespace shotscape;

namespace {
CaptionsResult parse(const std::string& body) { return parseWebVtt("WEBVTT\n\n" + body); }
Cue one(const std::string& body) {
  const auto r = parse(body);
  REQUIRE(r.cues.size() == 1);
  return r.cues[0];
}
double ts(const char* text) {
  double s = -1.0;
  return parseVttTimestamp(text, s) ? s : -1.0;
}
} // namespace

TEST_CASE("timestamps: hours of one or more digits, minutes and seconds of exactly two, three digits of milliseconds") {
  CHECK(ts("00:01.500") == doctest::Approx(1.5));
  CHECK(ts("1:02:03.004") == doctest::Approx(3723.004));   // one hour digit
  CHECK(ts("123:00:00.000") == doctest::Approx(442800.0)); // many
  CHECK(ts("59:59.999") == doctest::Approx(3599.999));
  CHECK(ts("00:00:00.000") == 0.0);
  CHECK(ts("0:01.000") < 0);     // one digit, then no hours' second colon
  CHECK(ts("60:00.000") < 0);    // 60 can only be hours: a seconds field is missing
  CHECK(ts("00:60.000") < 0);
  CHECK(ts("00:00:60.000") < 0);
  CHECK(ts("00:000.000") < 0);
  CHECK(ts("00:00.00") < 0);
  CHECK(ts("00:00.0000") < 0);
  CHECK(ts("00:00,000") < 0);
  CHECK(ts("-00:01.000") < 0);
  CHECK(ts(" 00:01.000") < 0);
}

TEST_CASE("the arrow: whitespace around it is optional, it must be whole") {
  CHECK(one("00:00.000-->00:01.000\nA").end == 1.0);
  CHECK(one("00:00.000\t-->\t00:01.000\nA").end == 1.0);
  CHECK(one("  00:00.000   -->   00:01.000   \nA").end == 1.0);
  CHECK(parse("00:00.000 - -> 00:01.000\nA").cues.empty());
  CHECK(parse("00:00.000 --> \nA").cues.empty());
  CHECK(parse("00:00.000 ==> 00:01.000\nA").cues.empty());
}

TEST_CASE("the header: WEBVTT then nothing, a space, a tab or a line break; a BOM is dropped") {
  CHECK(parseWebVtt("WEBVTT").diagnostics.empty());
  CHECK(parseWebVtt("WEBVTT\tKind: captions\nLanguage: en\n\n00:00.000 --> 00:01.000\nA").cues.size() == 1);
  CHECK(parseWebVtt("\xEF\xBB\xBFWEBVTT\n\n00:00.000 --> 00:01.000\nA").cues.size() == 1);
  CHECK(hasError(parseWebVtt("WEBVTT-\n").diagnostics));
  CHECK(hasError(parseWebVtt("webvtt\n").diagnostics));
  CHECK(hasError(parseWebVtt(" WEBVTT\n").diagnostics));
  // A cue straight after the header's lines, without a blank line, still parses.
  const auto r = parseWebVtt("WEBVTT\nheader text\n00:00.000 --> 00:01.000\nA\n");
  REQUIRE(r.cues.size() == 1);
  CHECK(r.cues[0].text == "A");
}

TEST_CASE("cue ids: the line before the timing, any text, even spaces; a line with --> is always a timing") {
  CHECK(one("intro 1\n00:00.000 --> 00:01.000\nA").id == "intro 1");
  CHECK(one("   \n00:00.000 --> 00:01.000\nA").id == "   ");
  CHECK(one("00:00.000 --> 00:01.000\nA").id.empty());
  // A second line with "-->" ends the cue: it is never cue text.
  const auto r = parse("00:00.000 --> 00:01.000\nA\n00:02.000 --> 00:03.000\nB\n");
  REQUIRE(r.cues.size() == 2);
  CHECK(r.cues[0].text == "A");
  CHECK(r.cues[1].text == "B");
}

TEST_CASE("blocks: blank lines separate them; a line of spaces does not") {
  const auto r = parse("00:00.000 --> 00:01.000\nA\n  \nB\n\n\n\n00:01.000 --> 00:02.000\nC");
  REQUIRE(r.cues.size() == 2);
  CHECK(r.cues[0].text == "A\n  \nB");
  CHECK(r.cues[1].text == "C");
}

TEST_CASE("zero-length and inverted cues are kept (never active)") {
  const auto r = parse("00:01.000 --> 00:01.000\nzero\n\n00:05.000 --> 00:02.000\ninverted\n");
  REQUIRE(r.cues.size() == 2);
  CHECK(r.cues[1].start == 5.0);
  CHECK(r.cues[1].end == 2.0);
  CHECK(activeCues(r.cues, 1.0).empty());
  CHECK(activeCues(r.cues, 3.0).empty());
}

TEST_CASE("NUL becomes U+FFFD, ill-formed UTF-8 too; CR and CRLF are line breaks") {
  std::string file = "WEBVTT\r\n\r00:00.000 --> 00:01.000\r\na";
  file += '\0';
  file += "b\xFF" "c\xC3\r\nd";
  const auto r = parseWebVtt(file);
  REQUIRE(r.cues.size() == 1);
  CHECK(r.cues[0].text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\nd");
}

TEST_CASE("character references: every HTML named one, legacy ones without ';', numeric ones with HTML's replacements") {
  CHECK(one("00:00.000 --> 00:01.000\n&hearts; &eacute;t&eacute; &NotNestedGreaterGreater; &Afr;").text ==
        "\u2665 \u00E9t\u00E9 \u2AA2\u0338 \U0001D504");
  CHECK(one("00:00.000 --> 00:01.000\n&amp &ampx &lt;b&gt; &copy2026").text == "& &x <b> \u00A92026");
  CHECK(one("00:00.000 --> 00:01.000\n&#x1F600; &#128512; &#0; &#x80; &#xD800; &#x110000; &#65").text ==
        "\U0001F600 \U0001F600 \uFFFD \u20AC \uFFFD \uFFFD A");
  CHECK(one("00:00.000 --> 00:01.000\n&#; &#x; &nosuchthing; & alone &").text == "&#; &#x; &nosuchthing; & alone &");
}

TEST_CASE("tags: across lines, unknown ones dropped with their text kept, voices, timestamps, ruby, classes") {
  const Cue c = one("00:00.000 --> 00:01.000\n<v.loud Lena\n  Marsh>Hello <i>a\nb</i> <00:00.500>c <ruby>漢<rt>kan</rt></ruby> "
                    "<c.yellow.bg_blue>x</c> <foo>kept</foo> <b>&lt;</b> <lang ja>日本</lang>");
  CHECK(c.speaker == "Lena Marsh");
  CHECK(c.text == "Hello a\nb c 漢kan x kept < 日本");
  CHECK(one("00:00.000 --> 00:01.000\n<v Ann &amp; Bob>hi<v Carl>there").speaker == "Ann & Bob");
  CHECK(one("00:00.000 --> 00:01.000\nunterminated <i").text == "unterminated ");
}

TEST_CASE("cue settings: the specification's defaults") {
  const CueSettings s = one("00:00.000 --> 00:01.000\nA").settings;
  CHECK(s == CueSettings{});
  CHECK_FALSE(s.line);
  CHECK(s.snapToLines);
  CHECK(s.lineAlign == CueLineAlign::Start);
  CHECK_FALSE(s.position);
  CHECK(s.positionAlign == CuePositionAlign::Auto);
  CHECK(s.size == 100.0);
  CHECK(s.align == CueTextAlign::Center);
  CHECK(s.vertical == CueVertical::Horizontal);
  CHECK(s.region.empty());
}

TEST_CASE("cue settings: each one, and each bad value ignored alone") {
  const auto settings = [](const std::string& text) { return one("00:00.000 --> 00:01.000 " + text + "\nA").settings; };
  CueSettings s = settings("vertical:rl line:-2 position:10%,line-left size:40% align:end");
  CHECK(s.vertical == CueVertical::RightToLeft);
  CHECK(*s.line == -2.0);
  CHECK(s.snapToLines);
  CHECK(*s.position == 10.0);
  CHECK(s.positionAlign == CuePositionAlign::LineLeft);
  CHECK(s.size == 40.0);
  CHECK(s.align == CueTextAlign::End);
  s = settings("line:50%,center position:100%,line-right vertical:lr align:left");
  CHECK(*s.line == 50.0);
  CHECK_FALSE(s.snapToLines);
  CHECK(s.lineAlign == CueLineAlign::Center);
  CHECK(s.positionAlign == CuePositionAlign::LineRight);
  CHECK(s.vertical == CueVertical::LeftToRight);
  CHECK(s.align == CueTextAlign::Left);
  CHECK(*settings("line:1.5").line == 1.5);
  CHECK(settings("line:0,end").lineAlign == CueLineAlign::End);
  CHECK(settings("align:right").align == CueTextAlign::Right);
  CHECK(settings("align:start").align == CueTextAlign::Start);
  // Bad values: the setting is ignored, the others stay.
  for (const char* bad : {"line:abc", "line:5,middle", "line:1-2", "line:.5", "line:5.", "line:1..2", "line:%", "line:101%",
                          "line:5%%", "position:50", "position:101%", "position:50%,left", "position:-1%", "size:50",
                          "size:150%", "align:middle", "vertical:up", "line", ":5", "line:", "region:nowhere"}) {
    CAPTURE(bad);
    const CueSettings b = settings(std::string(bad) + " size:30%");
    CueSettings expected;
    expected.size = 30.0;
    CHECK(b == expected);
  }
  // The last of a repeated setting wins.
  CHECK(settings("size:10% size:20%").size == 20.0);
}

TEST_CASE("regions: REGION blocks before the first cue, their settings, cues naming them") {
  const auto r = parse(
      "REGION\nid:fred width:40% lines:4\nregionanchor:0%,100% viewportanchor:10%,90% scroll:up\n\n"
      "REGION\nid:bill width:abc lines:x2 regionanchor:5% viewportanchor:1%,200%\n\n"
      "00:00.000 --> 00:01.000 region:fred\nA\n\n00:01.000 --> 00:02.000 region:nobody\nB\n\n"
      "REGION\nid:late\n");
  REQUIRE(r.regions.size() == 2);
  CHECK(r.regions[0] == CueRegion{"fred", 40.0, 4, 0.0, 100.0, 10.0, 90.0, true});
  CHECK(r.regions[1] == CueRegion{"bill"}); // every bad setting ignored: the defaults
  REQUIRE(r.cues.size() == 2);
  CHECK(r.cues[0].settings.region == "fred");
  CHECK(r.cues[1].settings.region.empty());
  // After the first cue a REGION block is just a block without a timing.
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].toString().find("a block without a cue timing") != std::string::npos);
}

TEST_CASE("STYLE before the cues and NOTE anywhere are ignored silently, even a NOTE with an arrow") {
  const auto r = parse("STYLE\n::cue { color: red }\n\nNOTE\nwritten by --> someone\n\n00:00.000 --> 00:01.000\nA\n\nNOTE the end\n");
  REQUIRE(r.cues.size() == 1);
  CHECK(r.diagnostics.empty());
}

TEST_CASE("100,000 cues and a 2 MB single cue parse") {
  std::string many = "WEBVTT\n\n";
  for (int i = 0; i < 100000; ++i) many += "00:00.000 --> 00:01.000\ncue " + std::to_string(i) + "\n\n";
  CHECK(parseWebVtt(many).cues.size() == 100000);
  const std::string big = "WEBVTT\n\n00:00.000 --> 00:01.000\n" + std::string(2 * 1024 * 1024, 'x');
  const auto r = parseWebVtt(big);
  REQUIRE(r.cues.size() == 1);
  CHECK(r.cues[0].text.size() == 2u * 1024 * 1024);
}
