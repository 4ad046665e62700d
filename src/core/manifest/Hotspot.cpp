#include "core/manifest/Hotspot.h"

#include <algorithm>
#include <set>

namespace shotscape {

namespace {

constexpr double kMaxSeconds = 24.0 * 3600.0;

// A [start, end] window in seconds; `end` must come after `start`.
void readWindow(JsonReader& reader, const Json& object, const std::string& path, std::optional<double>& start,
                std::optional<double>& end) {
  start = reader.maybeNumber(object, path, "start", 0.0, kMaxSeconds);
  end = reader.maybeNumber(object, path, "end", 0.0, kMaxSeconds);
  if (start && end && *end <= *start) reader.error(jsonPointer(path, "end"), "must be after start");
}

std::vector<CaptionTrackConfig> readCaptionTracks(JsonReader& reader, const Json& object, const std::string& path);

std::optional<CommentaryConfig> readCommentary(JsonReader& reader, const Json& object, const std::string& path) {
  if (!reader.isObject(object, path)) return std::nullopt;
  reader.unknownKeys(object, path, {"audio", "captions", "transcript"});
  CommentaryConfig out;
  if (auto audio = reader.requiredUrl(object, path, "audio")) out.audio = *audio;
  out.transcript = reader.optionalString(object, path, "transcript");
  out.captions = readCaptionTracks(reader, object, path);
  return out;
}

std::vector<CaptionTrackConfig> readCaptionTracks(JsonReader& reader, const Json& object, const std::string& path) {
  std::vector<CaptionTrackConfig> out;
  if (auto it = object.find("captions"); it != object.end()) {
    const std::string at = jsonPointer(path, "captions");
    if (reader.isArray(*it, at)) {
      std::set<std::string> langs;
      for (size_t i = 0; i < it->size(); ++i) {
        const std::string trackPath = jsonPointer(at, i);
        const Json& track = (*it)[i];
        if (!reader.isObject(track, trackPath)) continue;
        reader.unknownKeys(track, trackPath, {"lang", "label", "src"});
        CaptionTrackConfig c;
        if (auto lang = reader.requiredString(track, trackPath, "lang")) {
          c.lang = *lang;
          if (!langs.insert(c.lang).second)
            reader.error(jsonPointer(trackPath, "lang"), "duplicate caption language \"" + c.lang + "\"");
        }
        if (auto label = reader.requiredString(track, trackPath, "label")) c.label = *label;
        if (auto src = reader.requiredUrl(track, trackPath, "src")) c.src = *src;
        out.push_back(std::move(c));
      }
    }
  }
  return out;
}

std::optional<InfluenceConfig> readInfluence(JsonReader& reader, const Json& object, const std::string& path) {
  if (!reader.isObject(object, path)) return std::nullopt;
  reader.unknownKeys(object, path, {"auteur", "film", "year", "media", "note"});
  InfluenceConfig out;
  if (auto auteur = reader.requiredString(object, path, "auteur")) out.auteur = *auteur;
  if (auto film = reader.requiredString(object, path, "film")) out.film = *film;
  if (object.find("year") == object.end()) reader.error(jsonPointer(path, "year"), "missing required integer");
  else if (auto year = reader.optionalInteger(object, path, "year", 1870, 2100)) out.year = static_cast<int>(*year);
  out.note = reader.optionalString(object, path, "note");
  const std::string mediaPath = jsonPointer(path, "media");
  const auto media = object.find("media");
  if (media == object.end()) {
    reader.error(mediaPath, "missing required object");
  } else if (reader.isObject(*media, mediaPath)) {
    reader.unknownKeys(*media, mediaPath, {"type", "src", "poster", "start", "end", "captions"});
    if (auto type = reader.requiredString(*media, mediaPath, "type")) {
      if (*type == "video") out.media.type = MediaType::Video;
      else if (*type == "image") out.media.type = MediaType::Image;
      else reader.error(jsonPointer(mediaPath, "type"), "unknown media type \"" + *type + "\"; expected \"video\" or \"image\"");
    }
    if (auto src = reader.requiredUrl(*media, mediaPath, "src")) out.media.src = *src;
    if (auto poster = reader.optionalUrl(*media, mediaPath, "poster")) out.media.poster = *poster;
    readWindow(reader, *media, mediaPath, out.media.start, out.media.end);
    // A clip's own captions (its dialogue, when the viewer gives it sound): the commentary's shape.
    out.media.captions = readCaptionTracks(reader, *media, mediaPath);
  }
  return out;
}

} // namespace

void readHotspots(JsonReader& reader, const Json& array, const std::string& path,
                  const std::vector<std::string>& knownSceneIds, std::vector<HotspotConfig>& out) {
  if (!reader.isArray(array, path)) return;
  if (array.size() > kMaxHotspots) {
    reader.error(path, "has " + std::to_string(array.size()) + " hotspots; at most " + std::to_string(kMaxHotspots) +
                           " are allowed");
    return;
  }
  std::set<std::string> ids;
  for (size_t i = 0; i < array.size(); ++i) {
    const std::string at = jsonPointer(path, i);
    const Json& object = array[i];
    if (!reader.isObject(object, at)) continue;
    reader.unknownKeys(object, at, {"id", "yaw", "pitch", "label", "description", "start", "end", "commentary",
                                    "influence", "target", "sharePage"});
    HotspotConfig h;
    if (auto id = reader.requiredString(object, at, "id")) {
      h.id = *id;
      if (!ids.insert(h.id).second) reader.error(jsonPointer(at, "id"), "duplicate hotspot id \"" + h.id + "\"");
    }
    for (const char* key : {"yaw", "pitch"})
      if (object.find(key) == object.end()) reader.error(jsonPointer(at, key), "missing required number");
    h.yaw = reader.optionalNumber(object, at, "yaw", -180.0, 180.0, 0.0);
    h.pitch = reader.optionalNumber(object, at, "pitch", -90.0, 90.0, 0.0);
    if (auto label = reader.requiredText(object, at, "label")) h.label = *label;
    h.description = reader.optionalText(object, at, "description");
    readWindow(reader, object, at, h.start, h.end);
    if (auto it = object.find("commentary"); it != object.end())
      h.commentary = readCommentary(reader, *it, jsonPointer(at, "commentary"));
    if (auto it = object.find("influence"); it != object.end())
      h.influence = readInfluence(reader, *it, jsonPointer(at, "influence"));
    h.target = reader.optionalString(object, at, "target");
    if (auto page = reader.optionalUrl(object, at, "sharePage")) h.sharePage = *page;
    if (!h.target.empty() && std::find(knownSceneIds.begin(), knownSceneIds.end(), h.target) == knownSceneIds.end())
      reader.error(jsonPointer(at, "target"), "unknown scene \"" + h.target + "\"");
    out.push_back(std::move(h));
  }
}

} // namespace shotscape
