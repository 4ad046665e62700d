// libFuzzer target: the moment-link codec. Whatever the URL, parsing must not fail, and writing a
// parsed moment then parsing it again must give the same moment (the round trip the Share button
// and the address bar rely on) — less what links never carry (memory-budget, motion, ui, uilang:
// the viewer's device and settings, not the moment).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/link/DeepLink.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view url(reinterpret_cast<const char*>(data), size);
  const size_t hash = url.find('#');
  const auto first = shotscape::parseMoment(url.substr(0, hash), hash == std::string_view::npos ? "" : url.substr(hash));
  for (const auto& w : first.warnings) (void)w.toString();
  const std::string link = shotscape::formatMoment(first.moment);
  const auto again = shotscape::parseMoment("", link);
  shotscape::Moment shared = first.moment;
  shared.memoryBudget.reset();
  shared.motion.reset();
  shared.tv.reset();
  shared.uilang.reset();
  if (!(again.moment == shared) || !again.warnings.empty()) __builtin_trap();
  (void)shotscape::formatMoment(first.moment, {0.1, 0.1});
  return 0;
}
