#include <doctest/doctest.h>

#include "core/scene/Stereo.h"

using namespace shotscape;

TEST_CASE("a stereo layout is honoured only on a picture of its shape") {
  CHECK(stereoShown(StereoLayout::TopBottom, 4096, 4096) == StereoLayout::TopBottom);
  CHECK(stereoShown(StereoLayout::TopBottom, 3840, 3840) == StereoLayout::TopBottom);
  CHECK(stereoShown(StereoLayout::TopBottom, 1024, 1008) == StereoLayout::TopBottom); // an encoder's rounding
  CHECK(stereoShown(StereoLayout::TopBottom, 4096, 2048) == StereoLayout::Mono);     // a mono panorama flagged stereo
  CHECK(stereoShown(StereoLayout::LeftRight, 8192, 2048) == StereoLayout::LeftRight);
  CHECK(stereoShown(StereoLayout::LeftRight, 4096, 2048) == StereoLayout::Mono);
  CHECK(stereoShown(StereoLayout::Mono, 4096, 4096) == StereoLayout::Mono);
  CHECK(stereoShown(StereoLayout::TopBottom, 0, 0) == StereoLayout::Mono);
}

TEST_CASE("each eye gets its half; mono and screens the whole or the left") {
  CHECK(stereoRect(StereoLayout::Mono, 0) == StereoRect{});
  CHECK(stereoRect(StereoLayout::Mono, 1) == StereoRect{});
  CHECK(stereoRect(StereoLayout::TopBottom, 0) == StereoRect{0.0, 0.0, 1.0, 0.5});
  CHECK(stereoRect(StereoLayout::TopBottom, 1) == StereoRect{0.0, 0.5, 1.0, 0.5});
  CHECK(stereoRect(StereoLayout::LeftRight, 0) == StereoRect{0.0, 0.0, 0.5, 1.0});
  CHECK(stereoRect(StereoLayout::LeftRight, 1) == StereoRect{0.5, 0.0, 0.5, 1.0});
  CHECK(std::string(stereoName(StereoLayout::TopBottom)) == "top-bottom");
  CHECK(std::string(stereoName(StereoLayout::LeftRight)) == "left-right");
  CHECK(std::string(stereoName(StereoLayout::Mono)) == "mono");
}
