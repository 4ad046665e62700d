#pragma once
// "Magic window": the device's orientation turns the view. Readings are the W3C DeviceOrientation
// event's Euler angles (alpha about the device's z, then beta about x, then gamma about y, degrees)
// and the screen's orientation angle (screen.orientation.angle: 0 portrait, 90 when the device is
// turned a quarter anticlockwise); the camera looks out of the back of the device, the screen's top
// up. The view's pitch is the device's; its yaw is the device's heading plus an offset, set so that
// turning motion on never moves the view, and moved by drags (drag still turns the view while the
// phone steers). Roll is not followed (the camera has none).
//
// Protocol: start(view) when motion turns on; reading(orientation, now) per event (false: the
// reading was refused — null, NaN or out of range — and nothing moved); dragBy() while the viewer
// drags; step(now) once per frame gives the view to show, eased toward the latest reading with a
// time constant short enough to hide sensor jitter without lag (30 ms); stop() when it turns off.

#include <optional>
#include <string>

#include "core/math/Projection.h"

namespace shotscape {

struct DeviceOrientation {
  double alpha = 0.0;       // [0, 360)
  double beta = 0.0;        // [-180, 180)
  double gamma = 0.0;       // [-90, 90)
  double screenAngle = 0.0; // 0, 90, 180 or 270 (any multiple of 90 is taken modulo 360)
};

// Why a reading cannot be used, or "" when it can.
std::string orientationProblem(const DeviceOrientation& o);
// The camera's yaw and pitch for a device held at `o` (yaw 0 where alpha's zero heading lies).
YawPitch yawPitchFromOrientation(const DeviceOrientation& o);

class MotionControl {
 public:
  static constexpr double kSmoothingSeconds = 0.03;

  bool active() const { return active_; }
  // Turns on keeping `view` where it is (the first reading sets the offset).
  void start(const YawPitch& view);
  void stop();
  // A reading: false when it was refused (problem() says why).
  bool reading(const DeviceOrientation& o, double nowSeconds);
  const std::string& problem() const { return problem_; }
  // A drag moved the view by these degrees: the offset follows, so the phone keeps steering from there.
  void dragBy(double yawDegrees, double pitchDegrees);
  // The view now (eased); empty before the first good reading or when inactive.
  std::optional<YawPitch> step(double nowSeconds);
  // Whether step() will still move (easing toward the latest reading).
  bool settling() const { return settling_; }
  long readings() const { return readings_; }
  long refused() const { return refused_; }

 private:
  bool active_ = false;
  bool haveTarget_ = false;
  YawPitch startView_{};
  bool needOffset_ = true;
  double yawOffset_ = 0.0;
  double pitchOffset_ = 0.0;
  YawPitch device_{};  // the latest reading's own angles
  std::optional<YawPitch> shown_;
  double lastStep_ = -1.0;
  bool settling_ = false;
  std::string problem_;
  long readings_ = 0;
  long refused_ = 0;
};

} // namespace shotscape
