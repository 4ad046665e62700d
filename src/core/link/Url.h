#pragma once
// Which URLs the player may fetch: http(s) and relative references only. Anything with another
// scheme (javascript:, data:, file:, blob:), or with credentials in it, is refused.

#include <string>
#include <string_view>

namespace shotscape {

// Empty when the URL may be fetched, otherwise the reason it may not.
std::string urlProblem(std::string_view url);

} // namespace shotscape
