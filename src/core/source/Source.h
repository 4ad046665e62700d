#pragma once
// Where a layer's pixels come from: one image URL (with the small copy the decoder makes first),
// a video (sources in order of preference, an optional poster), six face images (a cube map), or —
// for tiled geometries — a URL template per tile with an optional preview strip of the six faces.
// URLs are as the manifest wrote them, relative to the scene's base URL.

#include <array>
#include <string>
#include <vector>

#include "core/geometry/Geometry.h"
#include "core/manifest/Manifest.h"

namespace shotscape {

// The preview of a tiled or cube layer in its TextureStore: one texture, the six faces stacked.
inline constexpr TileId kCubePreview{-1, 0, 0, 0};

struct Source {
  enum class Kind { Image, Video, Faces, Tiles };
  Kind kind = Kind::Image;
  std::string url;                       // Image: the panorama; Tiles: the template (TileLayout's placeholders)
  std::vector<VideoSourceConfig> videos; // Video: in order of preference
  std::string poster;                    // Video: shown until the first frame; "" = none
  std::array<std::string, 6> faces;      // Faces: front, right, back, left, up, down
  TileLayout layout = TileLayout::Shotscape; // Tiles
  std::string preview;                   // Tiles: the six faces in one image; "" = none
  std::string previewFaces = "frblud";   // Tiles: the preview's face order, top to bottom

  static Source image(std::string url);
  static Source video(std::vector<VideoSourceConfig> videos, std::string poster);
  static Source cubeFaces(std::array<std::string, 6> faces);
  static Source tiles(const TilesConfig& tiles);
  // The URL of one tile (Tiles: the template expanded; Faces: the tile's face; kCubePreview: the
  // preview), or the image (Image) whatever the tile.
  std::string urlFor(const TileId& tile) const;
  // Where face `face` sits in the preview strip: its slot from the top, [0, 6).
  int previewSlot(int face) const;
};

} // namespace shotscape
