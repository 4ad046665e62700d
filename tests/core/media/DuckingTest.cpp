#include <doctest/doctest.h>

#include "core/media/Ducking.h"

using namespace shotscape;

TEST_CASE("ducking fades the scene down while a voice plays and back up after") {
  Ducking ducking({0.2, 0.4});
  CHECK(ducking.gain(0.0) == 1.0);
  ducking.setDucked(true, 10.0);
  CHECK(ducking.gain(10.0) == doctest::Approx(1.0));
  CHECK(ducking.gain(10.2) == doctest::Approx(0.6));
  CHECK(ducking.ramping(10.2));
  CHECK(ducking.gain(10.4) == doctest::Approx(0.2));
  CHECK_FALSE(ducking.ramping(10.5));
  CHECK(ducking.gain(30.0) == doctest::Approx(0.2));
  ducking.setDucked(false, 40.0);
  CHECK(ducking.gain(40.2) == doctest::Approx(0.6));
  CHECK(ducking.gain(41.0) == doctest::Approx(1.0));
}

TEST_CASE("a change in the middle of a ramp starts from the current gain, without a jump") {
  Ducking ducking({0.2, 0.4});
  ducking.setDucked(true, 0.0);
  ducking.setDucked(false, 0.2); // at 0.6
  CHECK(ducking.gain(0.2) == doctest::Approx(0.6));
  CHECK(ducking.gain(0.4) == doctest::Approx(0.8));
  ducking.setDucked(false, 0.3); // no change: no new ramp
  CHECK(ducking.gain(0.6) == doctest::Approx(1.0));
}
