#pragma once
// Degree/radian conversion shared by the core's geometry.

namespace shotscape {

inline constexpr double kPi = 3.14159265358979323846;
constexpr double toRadians(double degrees) { return degrees * kPi / 180.0; }
constexpr double toDegrees(double radians) { return radians * 180.0 / kPi; }

} // namespace shotscape
