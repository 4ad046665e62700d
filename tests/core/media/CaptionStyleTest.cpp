#include "core/media/CaptionStyle.h"

#include <doctest/doctest.h>

using namespace shotscape;

TEST_CASE("CaptionStyle: each setting read, over a base; the rest kept") {
  const auto p = parseCaptionStyle("size:150; color:yellow; background:#102030; opacity:100%; edge:outline; font:monospace");
  CHECK(p.warnings.empty());
  CHECK(p.style.size == 150);
  CHECK(p.style.color == 0xFFFF00);
  CHECK(p.style.background == 0x102030);
  CHECK(p.style.opacity == 100);
  CHECK(p.style.edge == CaptionEdge::Outline);
  CHECK(p.style.font == TextFamily::Monospace);
  CaptionStyle base;
  base.size = 200;
  const auto q = parseCaptionStyle(" EDGE : Shadow ;; ", base);
  CHECK(q.warnings.empty());
  CHECK(q.style.size == 200);
  CHECK(q.style.edge == CaptionEdge::Shadow);
  CHECK(parseCaptionStyle("").style == CaptionStyle{});
}

TEST_CASE("CaptionStyle: bad values ignored alone, with a warning naming the pair; numbers clamped") {
  const auto p = parseCaptionStyle("size:big; color:puce; opacity:140; edge:glow; font:serif; speed:2; size:20");
  CHECK(p.warnings.size() == 7);
  CHECK(p.warnings[0].find("\"size:big\"") != std::string::npos);
  CHECK(p.warnings[1].find("colour") != std::string::npos);
  CHECK(p.warnings[2].find("[0, 100]") != std::string::npos);
  CHECK(p.warnings[6].find("[50, 200]") != std::string::npos);
  CHECK(p.style.size == 50);
  CHECK(p.style.opacity == 100);
  CHECK(p.style.color == 0xFFFFFF);
  CHECK(p.style.edge == CaptionEdge::None);
  CHECK(p.style.font == TextFamily::Proportional);
}

TEST_CASE("CaptionStyle: written as read back; JSON names palette colours; high contrast is opaque") {
  CaptionStyle s;
  s.size = 75;
  s.color = 0x00FFFF;
  s.background = 0x123456;
  s.opacity = 25;
  s.edge = CaptionEdge::Depressed;
  s.font = TextFamily::Casual;
  CHECK(formatCaptionStyle(s) == "size:75; color:cyan; background:#123456; opacity:25; edge:depressed; font:casual");
  CHECK(parseCaptionStyle(formatCaptionStyle(s)).style == s);
  CHECK(captionStyleJson(s) ==
        R"({"size":75,"color":"cyan","background":"#123456","opacity":25,"edge":"depressed","font":"casual"})");
  CHECK(highContrastCaptionStyle().opacity == 100);
  CHECK(highContrastCaptionStyle().color == 0xFFFFFF);
}
