// libFuzzer target: the manifest parser and validator, then everything the player does with a
// manifest it accepted (hotspot directions, layout and hit testing for a view, the Tab order); and,
// since both read JSON from outside, the embed postMessage parser on the same input.
// Built with clang-14 -fsanitize=fuzzer,address,undefined (build/sanitize); `make fuzz` runs it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/link/EmbedMessage.h"
#include "core/scene/HotspotLayout.h"
#include "core/manifest/Manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto message = shotscape::parseEmbedMessage(text);
  if (message.kind == shotscape::EmbedMessage::Kind::Invalid && message.error.empty()) __builtin_trap();
  const auto result = shotscape::parseManifest(text);
  for (const auto& d : result.diagnostics) (void)d.toString();
  if (!result.manifest) return 0;
  const auto& scene = result.manifest->startScene();
  const auto& v = scene.initialView;
  const shotscape::Projection projection({v.yaw, v.pitch, v.hfov}, 640.0, 360.0);
  const shotscape::HotspotLayout layout(scene.hotspots, shotscape::hotspotDirections(scene.hotspots), projection, 1.0);
  (void)layout.hitTest({320.0, 180.0});
  (void)shotscape::HotspotLayout::yawOrder(scene.hotspots, std::nullopt);
  return 0;
}
