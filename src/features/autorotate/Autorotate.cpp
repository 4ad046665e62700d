#include "features/autorotate/Autorotate.h"

#include <algorithm>

namespace shotscape {

bool Autorotate::step(double nowMs) {
  if (on_ && lastMs_ >= 0.0 && c_.stage.hasPicture(c_.scene())) {
    // At most a tenth of a second per frame: a background tab's long gap is not a jump.
    c_.view.turn(c_.options.autorotate * std::min(0.1, (nowMs - lastMs_) / 1000.0));
    c_.loop.markDirty();
  }
  lastMs_ = nowMs;
  return on_;
}

} // namespace shotscape
