// The per-frame hotspot work of the player, timed: placing 1,000 hotspots for a view (markers and
// edge indicators) and hit testing the pointer against them, as Player::overlayModel() does each
// time the interface is laid out. Prints one JSON line; `make bench` runs it natively and as wasm.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include "core/scene/HotspotLayout.h"

using namespace shotscape;

int main() {
  std::vector<HotspotConfig> hotspots(1000);
  for (size_t i = 0; i < hotspots.size(); ++i) {
    hotspots[i].id = "h" + std::to_string(i);
    hotspots[i].yaw = -180.0 + std::fmod(i * 137.5, 360.0);
    hotspots[i].pitch = -60.0 + std::fmod(i * 7.3, 120.0);
  }
  const auto directions = hotspotDirections(hotspots); // once per scene, as the player does
  constexpr int kWarmUp = 3000; // lets the wasm engine tier up to its optimising compiler, as it does in a page
  constexpr int kFrames = 10000;
  size_t hits = 0;
  auto frame = [&](int f) {
    // A turning view, as during a drag, and a pointer moving over it.
    const Projection projection({std::fmod(f * 0.6, 360.0) - 180.0, 5.0, 95.0}, 1280.0, 720.0);
    const HotspotLayout layout(hotspots, directions, projection, std::nullopt);
    if (layout.hitTest({640.0 + (f % 200), 360.0})) ++hits;
  };
  for (int f = 0; f < kWarmUp; ++f) frame(f);
  hits = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int f = 0; f < kFrames; ++f) frame(f);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"hotspots\":%zu,\"frames\":%d,\"msPerFrame\":%.5f,\"hits\":%zu}\n", hotspots.size(), kFrames, ms / kFrames,
              hits);
  return 0;
}
