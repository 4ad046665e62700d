#pragma once
// The scene's ambient sound steps aside while somebody speaks (commentary, or an influence clip
// with its sound on): its gain ramps down to `duckedGain` and back up to 1 when the voice stops.
// The ramp is linear in time so the change is heard as a fade, not a cut. Time is injected.

namespace shotscape {

struct DuckingSettings {
  double duckedGain = 0.2;  // fraction of the scene's volume while a voice plays
  double rampSeconds = 0.4; // the fade, either way
};

class Ducking {
 public:
  explicit Ducking(const DuckingSettings& settings = {}) : settings_(settings) {}

  // Whether a voice is playing now; a change starts a ramp from the current gain.
  void setDucked(bool ducked, double nowSeconds);
  bool ducked() const { return ducked_; }
  // The gain to apply at `nowSeconds`, in [duckedGain, 1].
  double gain(double nowSeconds) const;
  bool ramping(double nowSeconds) const;

 private:
  DuckingSettings settings_;
  bool ducked_ = false;
  double fromGain_ = 1.0;
  double rampStart_ = -1e9;
};

} // namespace shotscape
