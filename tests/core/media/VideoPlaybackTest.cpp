#include <doctest/doctest.h>

#include "core/media/VideoPlayback.h"

using namespace shotscape;

TEST_CASE("sources are tried in order; a failure moves to the next; all failed lists each reason") {
  VideoPlayback p({{"a.mp4", VideoFormat::Mp4}, {"a.webm", VideoFormat::WebM}});
  REQUIRE(p.current());
  CHECK(p.current()->src == "a.mp4");
  const auto* next = p.fail("http://h/a.mp4", "HTTP 404 Not Found");
  REQUIRE(next);
  CHECK(next->src == "a.webm");
  CHECK(p.currentIndex() == 1);
  CHECK_FALSE(p.failedAll());
  CHECK(p.fail("http://h/a.webm", "the format is not supported by this browser") == nullptr);
  CHECK(p.failedAll());
  CHECK(p.failureMessage() ==
        "None of the video's sources could be played (http://h/a.mp4: HTTP 404 Not Found; "
        "http://h/a.webm: the format is not supported by this browser).");
  CHECK(p.fail("x", "y") == nullptr); // no further change
}

TEST_CASE("seek targets clamp to the video; the shown time is the presented frame's") {
  VideoPlayback p({{"a.mp4", VideoFormat::Mp4}});
  CHECK(p.seekTarget(5, -10) == 0);
  CHECK(p.seekTarget(5, 10) == 15); // duration unknown: no upper bound
  p.duration = 12;
  CHECK(p.seekTarget(5, 10) == 12);
  p.currentTime = 3.2;
  CHECK(p.shownTime() == 3.2);
  p.frameTime = 3.1;
  CHECK(p.shownTime() == 3.1);
}

TEST_CASE("hotspot windows beyond the video's duration are warned about by path") {
  std::vector<HotspotConfig> h(3);
  h[0].id = "early";
  h[0].start = 1;
  h[0].end = 4;
  h[1].id = "late";
  h[1].start = 25;
  h[2].id = "long";
  h[2].start = 10;
  h[2].end = 30;
  CHECK(hotspotWindowsBeyond(h, 0).empty());
  const auto d = hotspotWindowsBeyond(h, 20);
  REQUIRE(d.size() == 2);
  CHECK(d[0].toString() == "/scene/hotspots/1/start: hotspot \"late\" starts after the video ends; it never shows");
  CHECK(d[1].toString() == "/scene/hotspots/2/end: hotspot \"long\" ends after the video does; it shows until the end");
  CHECK(d[0].severity == Severity::Warning);
}
