#pragma once
// Numbers as text, without the printf family (the player module links none of it: README,
// "Performance"). Digits come from nlohmann_json's Grisu2 conversion, which writes a decimal that
// reads back as the same double, as short as it finds.

#include <string>

namespace shotscape {

// JSON syntax: "2", "0.5", "-0.001", "0.30000000000000004", "1e+21", "1e-07". Finite values only.
std::string formatShortest(double value);

// The same digits in plain notation, never an exponent ("1e-07" → "0.0000001"): link parameters.
std::string formatPlain(double value);

// `decimals` digits after the point, rounded half away from zero, for |value| < 1e15: "2.0".
std::string formatFixed(double value, int decimals);

// A whole number with at least `width` digits, zero-padded: formatPadded(7, 2) == "07".
std::string formatPadded(long long value, int width);

} // namespace shotscape
