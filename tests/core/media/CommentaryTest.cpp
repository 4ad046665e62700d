#include <doctest/doctest.h>

#include "core/media/Commentary.h"

using namespace shotscape;

namespace {
CommentaryConfig twoTracks() {
  CommentaryConfig c;
  c.audio = "a.m4a";
  c.captions = {{"en", "English", "a.en.vtt"}, {"fr", "Français", "a.fr.vtt"}};
  return c;
}
const char* const kEnglish =
    "WEBVTT\n\n"
    "one\n00:00.500 --> 00:02.000\n<v Lena Marsh>The lamp is the only light.\n\n"
    "00:02.000 --> 00:04.000\nWe <i>waited</i> for the rain.\n\n"
    "00:03.500 --> 00:05.000\nThunder.\n\n"
    "00:09.000 --> 00:10.000\nbroken --> timing\n\n"
    "00:xx.000 --> 00:10.000\nbad\n";
} // namespace

TEST_CASE("commentary captions: speaker names, overlapping cues on separate lines, gaps empty") {
  Commentary c(twoTracks());
  REQUIRE(c.tracks.size() == 2);
  CHECK(c.tracks[0].status == MediaStatus::Loading);
  CHECK(c.captionAt(1.0) == ""); // not loaded yet
  Diagnostics d;
  c.trackLoaded(0, kEnglish, d);
  CHECK(c.tracks[0].status == MediaStatus::Ready);
  // "broken --> timing" cannot be cue text: a line with "-->" ends the cue (the specification's
  // rule) and starts a block whose timing does not parse.
  REQUIRE(d.size() == 2);
  CHECK(d[0].path == "line 14");
  CHECK(d[1].path == "line 16");
  CHECK(c.captionAt(0.2) == "");
  CHECK(c.captionAt(1.0) == "Lena Marsh: The lamp is the only light.");
  CHECK(c.captionAt(2.0) == "We waited for the rain.");
  CHECK(c.captionAt(3.7) == "We waited for the rain.\nThunder.");
  CHECK(c.captionAt(6.0) == "");
  CHECK(c.captionAt(9.5) == "");
}

TEST_CASE("the transcript line stays on the last started cue through gaps") {
  Commentary c(twoTracks());
  Diagnostics d;
  c.trackLoaded(0, kEnglish, d);
  CHECK(c.cueIndexAt(0.1) == -1);
  CHECK(c.cueIndexAt(0.5) == 0);
  CHECK(c.cueIndexAt(3.8) == 2);
  CHECK(c.cueIndexAt(7.0) == 2);
  CHECK(c.transcript().size() == 4);
}

TEST_CASE("captions off, another language, a failed track") {
  Commentary c(twoTracks());
  Diagnostics d;
  c.trackLoaded(0, kEnglish, d);
  c.captionsOn = false;
  CHECK(c.captionAt(1.0) == "");
  CHECK(c.cueIndexAt(1.0) == 0); // the transcript still follows
  c.captionsOn = true;
  CHECK(c.selectLanguage("fr"));
  CHECK(c.selected == 1);
  CHECK(c.captionAt(1.0) == "");
  c.trackFailed(1, "HTTP 404 Not Found");
  CHECK(c.tracks[1].status == MediaStatus::Failed);
  CHECK(c.transcript().empty());
  CHECK_FALSE(c.selectLanguage("de"));
  CHECK(c.selected == 1);
  CHECK(c.selectLanguage("en"));
  CHECK(c.captionAt(1.0) == "Lena Marsh: The lamp is the only light.");
}

TEST_CASE("a captions file that is not WebVTT fails the track with the parser's reason") {
  Commentary c(twoTracks());
  Diagnostics d;
  c.trackLoaded(0, "<html>not found</html>", d);
  CHECK(c.tracks[0].status == MediaStatus::Failed);
  CHECK_FALSE(c.tracks[0].error.empty());
  CHECK(c.captionAt(1.0) == "");
}

TEST_CASE("a captions file over the size limit fails its track without being parsed") {
  Commentary c(twoTracks());
  Diagnostics d;
  c.trackLoaded(0, "WEBVTT\n\n" + std::string(kMaxCaptionsBytes, 'x'), d);
  CHECK(c.tracks[0].status == MediaStatus::Failed);
  CHECK(c.tracks[0].error == "the file is over 2 MB");
  CHECK(d.empty());
}
