#include <cmath>
#include <doctest/doctest.h>

#include "core/link/DeepLink.h"

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
  CHECK(r.moment.hfov == 360.0);
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
                 "hfov: hfov=9999: outside [10, 360]; clamped to 360",
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

// The exact decimal of k steps: k = -499, step 0.1 → "-49.9"; k = 850, step 0.1 → "85".
static std::string stepsText(long long k, int decimals) {
  long long scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const long long whole = (k < 0 ? -k : k) / scale, frac = (k < 0 ? -k : k) % scale;
  std::string text = (k < 0 ? "-" : "") + std::to_string(whole);
  if (frac) {
    std::string digits = std::to_string(frac);
    digits.insert(0, size_t(decimals) - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    text += "." + digits;
  }
  return text;
}

TEST_CASE("rounded numbers print the step's decimals, never binary noise: every step over each range") {
  // Issue 12: pitch=-49.900000000000006, yaw=-36.538000000000004 (a third of the 0.1 steps).
  struct Range { const char* key; double step; int decimals; long long from, to; long long units = 1; }; // step = units / 10^decimals
  for (const Range r : {Range{"yaw", 0.1, 1, -1799, 1800}, Range{"pitch", 0.1, 1, -900, 900},
                        Range{"hfov", 0.1, 1, 100, 1500}, Range{"yaw", 0.001, 3, -179999, 180000},
                        Range{"t", 0.1, 1, 0, 864000}, Range{"t", 0.25, 2, 0, 40000, 25}, Range{"yaw", 5, 0, -35, 36, 5}}) {
    CAPTURE(r.key);
    CAPTURE(r.step);
    long long failures = 0;
    for (long long k = r.from; k <= r.to; ++k) {
      const double exact = double(k) * r.step;
      Moment m;
      // The value as the player holds it: k steps, nudged by less than half a step either way.
      for (const double v : {exact, std::nextafter(exact, 1e9), std::nextafter(exact, -1e9), exact + r.step * 0.49, exact - r.step * 0.49}) {
        (std::string(r.key) == "yaw" ? m.yaw : std::string(r.key) == "pitch" ? m.pitch : std::string(r.key) == "hfov" ? m.hfov : m.t) = v;
        const std::string link = formatMoment(m, {r.step, r.step});
        const std::string want = std::string(r.key) + "=" + stepsText(k * r.units, r.decimals);
        if (link != want && ++failures < 5) CHECK(link == want);
        // And it reads back as the nearest double to that decimal.
        const Moment back = parseMoment("", link).moment;
        const double read = *(std::string(r.key) == "yaw" ? back.yaw : std::string(r.key) == "pitch" ? back.pitch : std::string(r.key) == "hfov" ? back.hfov : back.t);
        if (std::fabs(read - exact) > r.step * 1e-6 && ++failures < 5) CHECK(read == doctest::Approx(exact));
      }
    }
    CHECK(failures == 0);
  }
}

TEST_CASE("moment links with long digits, exponents, -0 and values just below a step round-trip") {
  const auto once = [](const std::string& fragment) { return formatMoment(parseMoment("", fragment).moment, {0.1, 0.1}); };
  for (const char* fragment : {"#yaw=12.34999999999999999999&pitch=-0&hfov=85.04999999999999", "#yaw=1.2345e1&pitch=-4.9999e1&hfov=8.5e+1",
                               "#yaw=-0.0&pitch=-0.04&hfov=100.00000000000000000001", "#yaw=179.96&pitch=89.99999&hfov=150",
                               "#yaw=-179.95&pitch=-89.96&hfov=10.04&t=0.04999999999999999"}) {
    CAPTURE(fragment);
    const std::string link = once(fragment);
    CHECK(link.find("00000") == std::string::npos);
    CHECK(link.find("99999") == std::string::npos);
    CHECK(link.find("-0&") == std::string::npos);
    CHECK(once("#" + link) == link); // a second trip changes nothing
  }
  CHECK(once("#yaw=12.34999999999999999999&pitch=-0&hfov=85.04999999999999") == "yaw=12.3&pitch=0&hfov=85");
  CHECK(once("#yaw=1.2345e1&pitch=-4.9999e1&hfov=8.5e+1") == "yaw=12.3&pitch=-50&hfov=85");
  CHECK(once("#yaw=179.96&pitch=89.99999&hfov=150") == "yaw=180&pitch=90&hfov=150");
  CHECK(once("#yaw=-179.95&pitch=-89.96&hfov=10.04&t=0.04999999999999999") == "yaw=-179.9&pitch=-90&hfov=10&t=0");
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

TEST_CASE("history: push or replace; a scene change's entries in the page's history") {
  CHECK(parseMoment("history=push", "").moment.historyPush == true);
  CHECK(parseMoment("history=replace", "").moment.historyPush == false);
  const auto bad = parseMoment("history=always", "");
  CHECK_FALSE(bad.moment.historyPush);
  REQUIRE(bad.warnings.size() == 1);
  CHECK(bad.warnings[0].message == "history=always: expected push or replace; ignored");
  Moment m;
  m.scene = "table";
  m.historyPush = true;
  CHECK(formatMoment(m, {}) == "scene=table&history=push");
}

TEST_CASE("autorotate: degrees per second or a switch") {
  CHECK(parseMoment("autorotate", "").moment.autorotate == 2.0);
  CHECK(parseMoment("autorotate=true", "").moment.autorotate == 2.0);
  CHECK(parseMoment("autorotate=0", "").moment.autorotate == 0.0);
  CHECK(parseMoment("autorotate=1", "").moment.autorotate == 1.0);
  CHECK(parseMoment("autorotate=-5.5", "").moment.autorotate == -5.5);
  CHECK_FALSE(parseMoment("autorotate=500", "").moment.autorotate);
}

TEST_CASE("projection: the three lens names, round-tripped; anything else is ignored with one warning") {
  for (const char* name : {"rectilinear", "stereographic", "fisheye"}) {
    const auto r = parseMoment("", std::string("projection=") + name + "&hfov=260");
    REQUIRE(r.moment.projection);
    CHECK(lensName(*r.moment.projection) == name);
    CHECK(r.moment.hfov == 260.0);
    CHECK(r.warnings.empty());
    CHECK(parseMoment("", formatMoment(r.moment)).moment == r.moment);
    CHECK(formatMoment(r.moment).find(std::string("projection=") + name) != std::string::npos);
  }
  const auto bad = parseMoment("projection=nonsense", "");
  CHECK_FALSE(bad.moment.projection);
  REQUIRE(bad.warnings.size() == 1);
  CHECK(bad.warnings[0].toString() == "projection: projection=nonsense: expected rectilinear, stereographic or fisheye; ignored");
}

TEST_CASE("ui=tv and motion: read, not written into shared links; bad values warned") {
  const auto r = parseMoment("ui=tv&motion=1", "");
  CHECK(r.moment.tv == true);
  CHECK(r.moment.motion == true);
  CHECK(r.warnings.empty());
  CHECK(formatMoment(r.moment).empty());
  CHECK(parseMoment("ui=standard", "").moment.tv == false);
  const auto bad = parseMoment("ui=10ft&motion=maybe", "");
  CHECK_FALSE(bad.moment.tv);
  CHECK_FALSE(bad.moment.motion);
  REQUIRE(bad.warnings.size() == 2);
  CHECK(bad.warnings[0].toString() == "motion: motion=maybe: expected 1 or 0; ignored");
  CHECK(bad.warnings[1].toString() == "ui: ui=10ft: expected tv or standard; ignored");
}

TEST_CASE("uilang: en, fr, ja or ar (a region subtag allowed), not written into shared links; others warned") {
  const auto r = parseMoment("uilang=fr-CA", "");
  CHECK(r.moment.uilang == "fr");
  CHECK(r.warnings.empty());
  CHECK(formatMoment(r.moment).empty());
  CHECK(parseMoment("uilang=ar", "").moment.uilang == "ar");
  // fuzz.deeplink's find: a uilang with other parameters round-trips without it.
  const auto withLang = parseMoment("lang=fr&controls=0&uilang=ja", "");
  CHECK(withLang.moment.uilang == "ja");
  CHECK(formatMoment(withLang.moment).find("uilang") == std::string::npos);
  const auto bad = parseMoment("uilang=xx", "");
  CHECK_FALSE(bad.moment.uilang);
  REQUIRE(bad.warnings.size() == 1);
  CHECK(bad.warnings[0].toString() == "uilang: uilang=xx: expected en, fr, ja or ar; ignored");
  CHECK_FALSE(parseMoment("uilang=de,fr", "").moment.uilang);
}

TEST_CASE("fuzz.deeplink's find: a bare `motion` is read but never written, and the round trip holds for the rest") {
  const auto r = parseMoment("motion", "");
  const std::string link = formatMoment(r.moment);
  CHECK(link.find("motion") == std::string::npos);
  Moment shared = r.moment;
  shared.motion.reset();
  CHECK(parseMoment("", link).moment == shared);
}
