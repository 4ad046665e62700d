#pragma once
// Stereoscopic equirect pictures (a scene's `stereo`): which part of the picture each eye sees.
// A headset gives each eye its half; a screen shows the left eye's. The layout is honoured only
// when the picture has its shape — each eye a full 2:1 equirect, so 1:1 for "top-bottom" and 4:1
// for "left-right" —; a picture of another shape (a 2:1 mono panorama flagged stereo by mistake)
// is shown mono, and the player says so.

#include <string>

#include "core/manifest/Manifest.h"

namespace shotscape {

// The eye's part of the picture: (u, v) of its top-left corner and its size, in [0, 1] (v down
// from the picture's top row).
struct StereoRect {
  double u = 0.0, v = 0.0, width = 1.0, height = 1.0;
  bool operator==(const StereoRect&) const = default;
};

// The layout a picture of `width` × `height` pixels is drawn with: `declared`, or Mono when the
// picture does not have that layout's shape.
StereoLayout stereoShown(StereoLayout declared, int width, int height);
// Eye 0 (left; a screen) or 1 (right).
StereoRect stereoRect(StereoLayout shown, int eye);
// "mono", "top-bottom", "left-right" (the manifest's names).
const char* stereoName(StereoLayout layout);

} // namespace shotscape
