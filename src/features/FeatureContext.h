#pragma once
// The services a feature may use, given by the Player (which outlives its features): the
// platform, the view, the Stage's textures, the frame loop, the mixer that ducks the scene's
// sound under voices, the player's options, and the loader with the scene shown.

#include <string>

#include "core/media/Ducking.h"
#include "core/scene/Scene.h"
#include "core/view/View.h"
#include "platform/Platform.h"
#include "player/FrameLoop.h"
#include "player/PlayerOptions.h"
#include "player/SceneLoader.h"
#include "render/Stage.h"

namespace shotscape {

struct FeatureContext {
  Platform& platform;
  View& view;
  Stage& stage;
  FrameLoop& loop;
  Ducking& ducking;
  const PlayerOptions& options;
  SceneLoader& loader;
  // The scene shown (or loading).
  Scene& scene() const { return loader.scene(); }
  // Media that failed (a missing clip, a refused sound): a warning and an `error` event, the scene stays.
  void reportMediaError(const std::string& message, const std::string& url) const;
  double nowSeconds() const { return platform.nowMs() / 1000.0; }
};

} // namespace shotscape
