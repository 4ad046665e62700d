#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <random>

#include "core/text/NumberFormat.h"

using namespace shotscape;

TEST_CASE("formatShortest writes JSON numbers that read back as the same double") {
  CHECK(formatShortest(2.0) == "2");
  CHECK(formatShortest(0.5) == "0.5");
  CHECK(formatShortest(-0.001) == "-0.001");
  CHECK(formatShortest(0.1 + 0.2) == "0.30000000000000004");
  CHECK(formatShortest(1e21) == "1e+21");
  CHECK(formatShortest(1e-7) == "1e-07");
  CHECK(formatShortest(150.0) == "150");
  CHECK(formatShortest(-180.0) == "-180");
  CHECK(formatShortest(5e-324) == "5e-324");
}

TEST_CASE("formatPlain writes the same digits without an exponent") {
  CHECK(formatPlain(1e-7) == "0.0000001");
  CHECK(formatPlain(1.5e-5) == "0.000015");
  CHECK(formatPlain(1e21) == "1000000000000000000000");
  CHECK(formatPlain(1.2345678901234568e17) == "123456789012345680");
  CHECK(formatPlain(-2.5e-3) == "-0.0025");
  CHECK(formatPlain(123.456) == "123.456");
  CHECK(formatPlain(42.0) == "42");
}

TEST_CASE("formatShortest and formatPlain round-trip random doubles") {
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> angle(-180.0, 180.0);
  std::uniform_int_distribution<int> exponent(-30, 30);
  for (int i = 0; i < 20000; ++i) {
    const double v = i % 2 ? angle(random) : angle(random) * std::pow(10.0, exponent(random));
    CAPTURE(v);
    CHECK(std::strtod(formatShortest(v).c_str(), nullptr) == v);
    CHECK(std::strtod(formatPlain(v).c_str(), nullptr) == v);
    CHECK(formatPlain(v).find('e') == std::string::npos);
  }
}

TEST_CASE("formatFixed and formatPadded") {
  CHECK(formatFixed(2.0, 1) == "2.0");
  CHECK(formatFixed(2.26, 1) == "2.3");
  CHECK(formatFixed(-1.25, 0) == "-1");
  CHECK(formatFixed(0.04, 1) == "0.0");
  CHECK(formatFixed(3.14159, 3) == "3.142");
  CHECK(formatPadded(7, 2) == "07");
  CHECK(formatPadded(123, 2) == "123");
  CHECK(formatPadded(-5, 3) == "-005");
  CHECK(formatPadded(0, 2) == "00");
}
