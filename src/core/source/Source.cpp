#include "core/source/Source.h"

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

std::string Source::urlFor(const TileId& tile) const {
  if (kind != Kind::Tiles) return url;
  static const char* const faces[] = {"f", "r", "b", "l", "u", "d"};
  std::string out;
  for (size_t i = 0; i < url.size(); ++i) {
    const auto field = [&](const char* name, const std::string& value) {
      const std::string key = std::string("{") + name + "}";
      if (url.compare(i, key.size(), key) != 0) return false;
      out += value;
      i += key.size() - 1;
      return true;
    };
    if (field("level", std::to_string(tile.level)) || field("face", faces[tile.face % 6]) ||
        field("x", std::to_string(tile.x)) || field("y", std::to_string(tile.y)))
      continue;
    out += url[i];
  }
  return out;
}

} // namespace shotscape
