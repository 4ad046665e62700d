#pragma once
// How a player starts: the element's attributes and a moment link's parameters, validated by the
// C exports (player/PlayerExports.cpp). Every default here, once.

#include <optional>
#include <string>

#include "core/manifest/Diagnostic.h"
#include "core/math/Lens.h"

namespace shotscape {

struct PlayerOptions {
  bool controls = true;                  // false hides every overlay but the error panel
  std::optional<double> yaw;             // overrides the manifest's initial view when set
  std::optional<double> pitch;
  std::optional<double> hfov;
  // From a moment link (core/link/DeepLink): where and how to start.
  std::optional<std::string> scene;      // a tour's scene to start at (an unknown id: a warning, the start scene)
  std::optional<double> t;               // video scenes: seconds to start at (overrides the manifest's startTime)
  std::optional<std::string> hotspot;    // open this hotspot once the scene shows, keeping the view
  std::optional<std::string> lang;       // caption language
  std::optional<std::string> uilang;     // the interface's language (en, fr, ja, ar); else the browser's languages
  bool autoplay = true;                  // video scenes: start playing (muted) by themselves
  bool muted = true;                     // video scenes: false tries to start with sound
  double autorotate = 0.0;               // degrees per second until the viewer takes over; 0 = off
  std::optional<LensKind> projection;    // the lens to start in (rectilinear when not set)
  bool tv = false;                       // ui=tv: the 10-foot layout, arrows move focus between markers (spatial navigation)
  std::optional<bool> motion;            // the device's orientation turns the view: 1 on where allowed, 0 off (default: features/motion)
  double memoryBudgetMb = 256.0;         // GPU memory a tiled scene's tiles may hold (memory-budget)
  Diagnostics warnings;                  // about the values above, reported once the player exists
};

} // namespace shotscape
