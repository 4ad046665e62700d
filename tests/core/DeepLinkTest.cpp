#include <doctest/doctest.h>

#include "core/DeepLink.h"

using namespace shotscape;

TEST_CASE("a moment link: query and fragment, the fragment winning; every parameter") {
  const auto r = parseMoment("?manifest=shots%2Fa.json&yaw=10&t=3",
                             "#yaw=120.5&pitch=-10&hfov=70&t=12.3&hotspot=window&lang=fr&scene=s1&controls=0&autoplay=1&muted=true&autorotate=-3");
  CHECK(r.warnings.empty());
  const Moment& m = r.moment;
  CHECK(m.manifest == "shots/a.json");
  CHECK(m.yaw == 120.5);
  CHECK(m.pitch == -10.0);
  CHECK(m.hfov == 70.0);
  CHECK(m.t == 12.3);
  CHECK(m.hotspot == "window");
  CHECK(m.lang == "fr");
  CHECK(m.scene == "s1");
  CHECK(m.controls == false);
  CHECK(m.autoplay == true);
  CHECK(m.muted == true);
  CHECK(m.autorotate == -3.0);
  CHECK_FALSE(m.panorama);
}

TEST_CASE("bad values are clamped or ignored with one warning each, naming the parameter") {
  const auto r = parseMoment("yaw=abc&hfov=9999&t=-5&pitch=NaN&manifest=javascript:alert(1)&controls=maybe", "");
  CHECK_FALSE(r.moment.yaw);
  CHECK(r.moment.hfov == 150.0);
  CHECK_FALSE(r.moment.t);
  CHECK_FALSE(r.moment.pitch);
  CHECK_FALSE(r.moment.manifest);
  CHECK_FALSE(r.moment.controls);
  std::vector<std::string> w;
  for (const auto& d : r.warnings) w.push_back(d.toString());
  CHECK(w == std::vector<std::string>{
                 "manifest: manifest=javascript:alert(1): unsupported URL scheme \"javascript:\"; expected http(s) or a relative URL; ignored",
                 "yaw: yaw=abc: not a number; ignored",
                 "pitch: pitch=NaN: not a number; ignored",
                 "hfov: hfov=9999: outside [10, 150]; clamped to 150",
                 "t: t=-5: negative; ignored",
                 "controls: controls=maybe: expected 1 or 0; ignored"});
}

TEST_CASE("yaw wraps into (-180, 180]; pitch clamps") {
  CHECK(parseMoment("yaw=190", "").moment.yaw == -170.0);
  CHECK(parseMoment("yaw=-180", "").moment.yaw == 180.0);
  CHECK(parseMoment("yaw=720.5", "").moment.yaw == 0.5);
  const auto p = parseMoment("pitch=95", "");
  CHECK(p.moment.pitch == 90.0);
  CHECK(p.warnings.size() == 1);
}

TEST_CASE("numbers are plain decimals: no hex, infinities, or trailing text") {
  for (const char* v : {"0x10", "inf", "-Infinity", "1e400", "12px", "", " 5", "1,5", "--1"})
    CHECK_FALSE(parseMoment(std::string("hfov=") + v, "").moment.hfov);
  CHECK(parseMoment("hfov=1e2", "").moment.hfov == 100.0);
  CHECK(parseMoment("", "hfov=+75").moment.hfov == 75.0); // in a query '+' is a space
}

TEST_CASE("format writes a fixed order, rounds as asked, and round-trips") {
  Moment m;
  m.manifest = "shots/a b.json";
  m.yaw = 12.345678;
  m.pitch = -0.04;
  m.hfov = 72.25;
  m.t = 9.96;
  m.hotspot = "the lamp & co";
  m.lang = "fr";
  m.controls = false;
  CHECK(formatMoment(m, {0.1, 0.1}) ==
        "manifest=shots/a%20b.json&yaw=12.3&pitch=0&hfov=72.3&t=10&hotspot=the%20lamp%20%26%20co&lang=fr&controls=0");
  CHECK(parseMoment("", formatMoment(m)).moment == m);
  const std::string shortest = formatMoment(m);
  CHECK(shortest.find("yaw=12.345678") != std::string::npos);
}

TEST_CASE("numbers too small for short plain decimals are written with an exponent, and round-trip") {
  // Found by the moment fuzzer: t=12.1e-300 was written as 300 zeros, longer than a link's numbers may be.
  const auto parsed = parseMoment("", "#t=12.1e-300");
  REQUIRE(parsed.moment.t.has_value());
  const std::string link = formatMoment(parsed.moment);
  CHECK(link == "t=1.21e-299");
  CHECK(parseMoment("", link).moment == parsed.moment);
  Moment small;
  small.t = 0.000001;
  CHECK(formatMoment(small) == "t=0.000001");
}

TEST_CASE("hostile strings: control characters, long values, broken escapes, unicode") {
  const auto r = parseMoment("hotspot=%00%0A%ZZ%&lang=" + std::string(300, 'x') + "&scene=%E2%9C%93", "");
  REQUIRE(r.moment.hotspot);
  CHECK(*r.moment.hotspot == std::string("\0\n%ZZ%", 6));
  CHECK_FALSE(r.moment.lang);
  CHECK(r.moment.scene == "\xE2\x9C\x93");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].toString().size() < 120); // the value is quoted cut short
  Moment m = r.moment;
  CHECK(parseMoment("", formatMoment(m)).moment == m);
  CHECK(parseMoment("&&&=&==&a", "#&").warnings.empty());
}

TEST_CASE("'+' is a space in the query only; later duplicates win") {
  CHECK(parseMoment("hotspot=a+b", "").moment.hotspot == "a b");
  CHECK(parseMoment("", "hotspot=a+b").moment.hotspot == "a+b");
  CHECK(parseMoment("yaw=1&yaw=2", "").moment.yaw == 2.0);
}

TEST_CASE("autorotate: degrees per second or a switch") {
  CHECK(parseMoment("autorotate", "").moment.autorotate == 2.0);
  CHECK(parseMoment("autorotate=true", "").moment.autorotate == 2.0);
  CHECK(parseMoment("autorotate=0", "").moment.autorotate == 0.0);
  CHECK(parseMoment("autorotate=1", "").moment.autorotate == 1.0);
  CHECK(parseMoment("autorotate=-5.5", "").moment.autorotate == -5.5);
  CHECK_FALSE(parseMoment("autorotate=500", "").moment.autorotate);
}
