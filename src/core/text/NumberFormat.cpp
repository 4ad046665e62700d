#include "core/text/NumberFormat.h"

#include <cmath>
#include <cstdlib>

#include <nlohmann/json.hpp>

namespace shotscape {

std::string formatShortest(double value) {
  char buffer[64];
  char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
  std::string out(buffer, end);
  // Grisu's "2.0" is JSON's "2".
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  return out;
}

std::string formatPlain(double value) {
  const std::string shortest = formatShortest(value);
  const size_t e = shortest.find('e');
  if (e == std::string::npos) return shortest;
  // mantissa × 10^exponent, written out: the mantissa's digits with the point moved.
  const bool negative = shortest[0] == '-';
  std::string digits;
  int pointAt = -1; // digits before the point in the mantissa
  for (size_t i = negative ? 1 : 0; i < e; ++i) {
    if (shortest[i] == '.') pointAt = static_cast<int>(digits.size());
    else digits += shortest[i];
  }
  if (pointAt < 0) pointAt = static_cast<int>(digits.size());
  const int point = pointAt + std::atoi(shortest.c_str() + e + 1);
  std::string out = negative ? "-" : "";
  if (point <= 0) {
    out += "0." + std::string(static_cast<size_t>(-point), '0') + digits;
  } else if (point >= static_cast<int>(digits.size())) {
    out += digits + std::string(static_cast<size_t>(point) - digits.size(), '0');
  } else {
    out += digits.substr(0, static_cast<size_t>(point)) + "." + digits.substr(static_cast<size_t>(point));
  }
  return out;
}

std::string formatPadded(long long value, int width) {
  const bool negative = value < 0;
  std::string digits = std::to_string(negative ? -value : value);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, static_cast<size_t>(width) - digits.size(), '0');
  return negative ? "-" + digits : digits;
}

std::string formatFixed(double value, int decimals) {
  long long scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const long long scaled = std::llround(std::fabs(value) * static_cast<double>(scale));
  std::string out = (value < 0 && scaled != 0) ? "-" : "";
  out += std::to_string(scaled / scale);
  if (decimals > 0) out += "." + formatPadded(scaled % scale, decimals);
  return out;
}

} // namespace shotscape
