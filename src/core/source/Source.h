#pragma once
// Where a layer's pixels come from: one image URL (with the small copy the decoder makes first),
// a video (sources in order of preference, an optional poster), or — for tiled geometries — a URL
// template per tile. URLs are as the manifest wrote them, relative to the scene's base URL.

#include <string>
#include <vector>

#include "core/geometry/Geometry.h"
#include "core/manifest/Manifest.h"

namespace shotscape {

struct Source {
  enum class Kind { Image, Video, Tiles };
  Kind kind = Kind::Image;
  std::string url;                       // Image: the panorama; Tiles: the template ({level} {face} {x} {y})
  std::vector<VideoSourceConfig> videos; // Video: in order of preference
  std::string poster;                    // Video: shown until the first frame; "" = none

  static Source image(std::string url);
  static Source video(std::vector<VideoSourceConfig> videos, std::string poster);
  // The URL of one tile (Tiles), or the image (Image) whatever the tile.
  std::string urlFor(const TileId& tile) const;
};

} // namespace shotscape
