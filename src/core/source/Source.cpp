#include "core/source/Source.h"

#include "core/source/TileTemplate.h"

namespace shotscape {

Source Source::image(std::string url) {
  Source s;
  s.kind = Kind::Image;
  s.url = std::move(url);
  return s;
}

Source Source::video(std::vector<VideoSourceConfig> videos, std::string poster) {
  Source s;
  s.kind = Kind::Video;
  s.videos = std::move(videos);
  s.poster = std::move(poster);
  return s;
}

Source Source::cubeFaces(std::array<std::string, 6> faces) {
  Source s;
  s.kind = Kind::Faces;
  s.faces = std::move(faces);
  return s;
}

Source Source::tiles(const TilesConfig& tiles) {
  Source s;
  s.kind = Kind::Tiles;
  s.url = tiles.url;
  s.layout = tiles.layout;
  s.preview = tiles.preview;
  s.previewFaces = tiles.previewFaces;
  return s;
}

std::string Source::urlFor(const TileId& tile) const {
  if (tile == kCubePreview) return preview;
  if (kind == Kind::Faces) return faces[size_t(tile.face % 6)];
  if (kind != Kind::Tiles) return url;
  return expandTileTemplate(url, layout, tile);
}

int Source::previewSlot(int face) const {
  const size_t at = previewFaces.find(kFaceLetters[face % 6]);
  return at == std::string::npos ? face : int(at);
}

} // namespace shotscape
