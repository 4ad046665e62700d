#pragma once
// A Player on the null platform (real GL through Mesa, 320×180 CSS px at ratio 1), the test being
// the page and the network: the player tests' common start.
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "platform/null/NullPlatform.h"
#include "player/Player.h"

namespace shotscape {

struct PlayerFixture {
  NullPlatform* platform = nullptr; // owned by the player
  std::unique_ptr<Player> player;

  explicit PlayerFixture(PlayerOptions options = {}, bool withGl = true) {
    auto owned = std::make_unique<NullPlatform>(withGl, 320, 180);
    platform = owned.get();
    player = std::make_unique<Player>(std::move(owned), std::move(options));
    player->resize(320, 180, 1.0);
  }
  // Loads the manifest at `url`, answered with `text`; returns once the player has settled.
  void loadManifest(const std::string& url, const char* text, const std::string& resolvedUrl = {}) {
    player->loadManifest(url);
    platform->settle();
    REQUIRE(platform->replyText(url, text, resolvedUrl));
    platform->settle();
  }
  // One member of stats() as JSON text (strings keep their quotes).
  std::string stat(const std::string& key) const {
    const std::string stats = player->statsJson();
    const auto at = stats.find("\"" + key + "\":");
    REQUIRE(at != std::string::npos);
    const auto from = at + key.size() + 3;
    return stats.substr(from, stats.find_first_of(",}", from) - from);
  }
};

} // namespace shotscape
