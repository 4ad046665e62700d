#include "core/link/Url.h"

#include <cctype>

namespace shotscape {

namespace {
std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
} // namespace

std::string urlProblem(std::string_view url) {
  if (url.empty()) return "expected a non-empty URL";
  for (unsigned char c : url)
    if (c < 0x20 || c == 0x7f) return "URL contains control characters";
  // Browsers strip leading spaces before reading the scheme; do the same before judging it.
  size_t start = 0;
  while (start < url.size() && url[start] == ' ') ++start;
  const std::string_view rest = url.substr(start);
  const size_t colon = rest.find(':');
  const size_t firstDelimiter = rest.find_first_of("/?#");
  if (colon != std::string_view::npos && (firstDelimiter == std::string_view::npos || colon < firstDelimiter)) {
    const std::string scheme = lower(rest.substr(0, colon));
    if (scheme != "http" && scheme != "https")
      return "unsupported URL scheme \"" + scheme + ":\"; expected http(s) or a relative URL";
  }
  // userinfo: an '@' inside the authority (between "//" and the next '/', '?' or '#').
  const size_t authority = rest.find("//");
  if (authority != std::string_view::npos && (firstDelimiter == std::string_view::npos || authority <= firstDelimiter)) {
    const std::string_view afterSlashes = rest.substr(authority + 2);
    const std::string_view host = afterSlashes.substr(0, afterSlashes.find_first_of("/?#"));
    if (host.find('@') != std::string_view::npos) return "URL must not contain credentials";
  }
  return {};
}

} // namespace shotscape
