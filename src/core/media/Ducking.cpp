#include "core/media/Ducking.h"

#include <algorithm>

namespace shotscape {

void Ducking::setDucked(bool ducked, double nowSeconds) {
  if (ducked == ducked_) return;
  fromGain_ = gain(nowSeconds);
  ducked_ = ducked;
  rampStart_ = nowSeconds;
}

double Ducking::gain(double nowSeconds) const {
  const double to = ducked_ ? settings_.duckedGain : 1.0;
  if (settings_.rampSeconds <= 0.0) return to;
  const double k = std::clamp((nowSeconds - rampStart_) / settings_.rampSeconds, 0.0, 1.0);
  return fromGain_ + (to - fromGain_) * k;
}

bool Ducking::ramping(double nowSeconds) const { return nowSeconds < rampStart_ + settings_.rampSeconds; }

} // namespace shotscape
