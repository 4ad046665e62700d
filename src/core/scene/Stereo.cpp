#include "core/scene/Stereo.h"

#include <cmath>

namespace shotscape {

namespace {
// How far a picture's aspect may stray from its layout's (encoders round sizes to 16 or 8 pixels).
constexpr double kAspectTolerance = 0.04;
} // namespace

StereoLayout stereoShown(StereoLayout declared, int width, int height) {
  if (declared == StereoLayout::Mono || width <= 0 || height <= 0) return StereoLayout::Mono;
  const double expected = declared == StereoLayout::TopBottom ? 1.0 : 4.0;
  const double aspect = double(width) / double(height);
  return std::abs(aspect / expected - 1.0) <= kAspectTolerance ? declared : StereoLayout::Mono;
}

StereoRect stereoRect(StereoLayout shown, int eye) {
  const double half = eye == 1 ? 0.5 : 0.0;
  switch (shown) {
    case StereoLayout::TopBottom: return {0.0, half, 1.0, 0.5};
    case StereoLayout::LeftRight: return {half, 0.0, 0.5, 1.0};
    case StereoLayout::Mono: break;
  }
  return {};
}

const char* stereoName(StereoLayout layout) {
  switch (layout) {
    case StereoLayout::TopBottom: return "top-bottom";
    case StereoLayout::LeftRight: return "left-right";
    case StereoLayout::Mono: break;
  }
  return "mono";
}

} // namespace shotscape
