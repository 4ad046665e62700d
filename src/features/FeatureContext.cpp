#include "features/FeatureContext.h"

#include "core/manifest/JsonWriter.h"

namespace shotscape {

void FeatureContext::reportMediaError(const std::string& message, const std::string& url) const {
  platform.warn(message);
  platform.emit("error", JsonWriter().add("message", message).add("url", url).str());
}

} // namespace shotscape
