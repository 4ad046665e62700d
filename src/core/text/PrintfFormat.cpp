#include "core/text/PrintfFormat.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>

#include "core/text/NumberFormat.h"

namespace shotscape {

namespace {

struct Spec {
  bool left = false, plus = false, space = false, zero = false, alt = false;
  int width = 0;
  int precision = -1; // none
};

// Appends with C's bounded-buffer semantics: counts everything, stores what fits.
class Sink {
 public:
  Sink(char* buffer, std::size_t size) : buffer_(buffer), size_(size) {}
  void put(char c) {
    if (buffer_ && length_ + 1 < size_) buffer_[length_] = c;
    ++length_;
  }
  void put(const char* text, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) put(text[i]);
  }
  void fill(char c, int n) {
    for (int i = 0; i < n; ++i) put(c);
  }
  int finish() {
    if (buffer_ && size_ > 0) buffer_[length_ < size_ ? length_ : size_ - 1] = '\0';
    return static_cast<int>(length_);
  }

 private:
  char* buffer_;
  std::size_t size_;
  std::size_t length_ = 0;
};

// prefix (sign, 0x) + zeros + digits, padded to the width.
void emit(Sink& out, const Spec& s, const std::string& prefix, const std::string& digits, int zeros) {
  const int body = static_cast<int>(prefix.size() + digits.size()) + zeros;
  const int pad = s.width > body ? s.width - body : 0;
  if (!s.left && !s.zero) out.fill(' ', pad);
  out.put(prefix.data(), prefix.size());
  if (!s.left && s.zero) out.fill('0', pad);
  out.fill('0', zeros);
  out.put(digits.data(), digits.size());
  if (s.left) out.fill(' ', pad);
}

void integer(Sink& out, Spec s, std::uintmax_t magnitude, bool negative, int base, bool upper, bool isSigned) {
  const char* digitsOf = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string digits;
  for (std::uintmax_t v = magnitude; v > 0; v /= static_cast<unsigned>(base)) digits.insert(digits.begin(), digitsOf[v % static_cast<unsigned>(base)]);
  if (s.precision >= 0) s.zero = false; // a precision replaces the 0 flag for integers
  if (s.precision == 0 && magnitude == 0) digits.clear();
  else if (digits.empty()) digits = "0";
  std::string prefix;
  if (isSigned) prefix = negative ? "-" : s.plus ? "+" : s.space ? " " : "";
  if (s.alt && magnitude != 0 && base == 16) prefix += upper ? "0X" : "0x";
  int zeros = s.precision > static_cast<int>(digits.size()) ? s.precision - static_cast<int>(digits.size()) : 0;
  if (s.alt && base == 8 && zeros == 0 && (digits.empty() || digits[0] != '0')) zeros = 1;
  emit(out, s, prefix, digits, zeros);
}

void floating(Sink& out, Spec s, double v, char conversion) {
  const bool upper = conversion >= 'A' && conversion <= 'Z';
  std::string prefix = std::signbit(v) ? "-" : s.plus ? "+" : s.space ? " " : "";
  const double magnitude = std::fabs(v);
  std::string digits;
  if (std::isnan(v) || std::isinf(v)) {
    digits = std::isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    s.zero = false;
  } else if ((conversion == 'f' || conversion == 'F') && magnitude < 1e15 && (s.precision < 0 ? 6 : s.precision) <= 9) {
    digits = formatFixed(magnitude, s.precision < 0 ? 6 : s.precision);
    if (s.alt && s.precision == 0) digits += '.';
  } else {
    digits = formatShortest(magnitude); // %e, %g, %a and what %f cannot do exactly: round-trip digits
  }
  emit(out, s, prefix, digits, 0);
}

} // namespace

int formatPrintf(char* buffer, std::size_t size, const char* format, std::va_list args) {
  Sink out(buffer, size);
  for (const char* p = format; *p; ++p) {
    if (*p != '%') {
      out.put(*p);
      continue;
    }
    const char* start = p++;
    Spec s;
    for (;; ++p) {
      if (*p == '-') s.left = true;
      else if (*p == '+') s.plus = true;
      else if (*p == ' ') s.space = true;
      else if (*p == '0') s.zero = true;
      else if (*p == '#') s.alt = true;
      else break;
    }
    if (*p == '*') {
      s.width = va_arg(args, int);
      if (s.width < 0) {
        s.left = true;
        s.width = -s.width;
      }
      ++p;
    } else {
      while (*p >= '0' && *p <= '9') s.width = s.width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
      ++p;
      s.precision = 0;
      if (*p == '*') {
        s.precision = va_arg(args, int);
        if (s.precision < 0) s.precision = -1;
        ++p;
      } else {
        while (*p >= '0' && *p <= '9') s.precision = s.precision * 10 + (*p++ - '0');
      }
    }
    if (s.left) s.zero = false;
    enum class Length { Char, Short, Int, Long, LongLong, IntMax, Size, PtrDiff } length = Length::Int;
    for (;; ++p) {
      if (*p == 'h') length = length == Length::Short ? Length::Char : Length::Short;
      else if (*p == 'l') length = length == Length::Long ? Length::LongLong : Length::Long;
      else if (*p == 'j') length = Length::IntMax;
      else if (*p == 'z') length = Length::Size;
      else if (*p == 't') length = Length::PtrDiff;
      else break;
    }
    const char c = *p;
    switch (c) {
      case 'd':
      case 'i': {
        std::intmax_t v;
        switch (length) {
          case Length::Long: v = va_arg(args, long); break;
          case Length::LongLong: v = va_arg(args, long long); break;
          case Length::IntMax: v = va_arg(args, std::intmax_t); break;
          case Length::Size: v = static_cast<std::make_signed_t<std::size_t>>(va_arg(args, std::size_t)); break;
          case Length::PtrDiff: v = va_arg(args, std::ptrdiff_t); break;
          default: v = va_arg(args, int); break;
        }
        if (length == Length::Short) v = static_cast<short>(v);
        if (length == Length::Char) v = static_cast<signed char>(v);
        const std::uintmax_t magnitude = v < 0 ? std::uintmax_t(0) - static_cast<std::uintmax_t>(v) : static_cast<std::uintmax_t>(v);
        integer(out, s, magnitude, v < 0, 10, false, true);
        break;
      }
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        std::uintmax_t v;
        switch (length) {
          case Length::Long: v = va_arg(args, unsigned long); break;
          case Length::LongLong: v = va_arg(args, unsigned long long); break;
          case Length::IntMax: v = va_arg(args, std::uintmax_t); break;
          case Length::Size: v = va_arg(args, std::size_t); break;
          case Length::PtrDiff: v = static_cast<std::make_unsigned_t<std::ptrdiff_t>>(va_arg(args, std::ptrdiff_t)); break;
          default: v = va_arg(args, unsigned); break;
        }
        if (length == Length::Short) v = static_cast<unsigned short>(v);
        if (length == Length::Char) v = static_cast<unsigned char>(v);
        integer(out, s, v, false, c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X', false);
        break;
      }
      case 'p': {
        s.alt = true;
        integer(out, s, reinterpret_cast<std::uintptr_t>(va_arg(args, void*)), false, 16, false, false);
        break;
      }
      case 'c': {
        const char ch = static_cast<char>(va_arg(args, int));
        s.zero = false;
        emit(out, s, "", std::string(1, ch), 0);
        break;
      }
      case 's': {
        const char* text = va_arg(args, const char*);
        if (!text) text = "(null)";
        std::size_t n = 0;
        while (text[n] && (s.precision < 0 || n < static_cast<std::size_t>(s.precision))) ++n;
        s.zero = false;
        emit(out, s, "", std::string(text, n), 0);
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
      case 'a':
      case 'A':
        floating(out, s, va_arg(args, double), c);
        break;
      case '%':
        out.put('%');
        break;
      default: // unknown (L, or the format ended): copied as it stands, no argument taken
        out.put(start, static_cast<std::size_t>(p - start) + (c ? 1 : 0));
        if (!c) --p;
        break;
    }
  }
  return out.finish();
}

} // namespace shotscape
