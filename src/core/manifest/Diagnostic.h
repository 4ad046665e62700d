#pragma once
// A finding about input data: where it is (a JSON pointer such as "/scene/initialView/hfov", or a
// "line N" for line-based formats) and why it is wrong. Bad data is reported, never asserted.

#include <string>
#include <vector>

namespace shotscape {

enum class Severity { Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Error; // an Error rejects the input; a Warning only informs
  std::string path;                    // JSON pointer or "line N"; empty for the document as a whole
  std::string message;                 // why, in words, e.g. "expected a number in [10, 150]"

  // "path: message", or the message alone when there is no path.
  std::string toString() const { return path.empty() ? message : path + ": " + message; }
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasError(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) return true;
  return false;
}

} // namespace shotscape
