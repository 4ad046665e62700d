#include "core/manifest/Manifest.h"
#include "core/text/NumberFormat.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/manifest/JsonReader.h"
#include "core/source/TileTemplate.h"

namespace shotscape {

namespace {

constexpr double kMinHfov = 10.0;
constexpr double kMaxHfov = 150.0;

void readInitialView(JsonReader& reader, const Json& object, const std::string& path, InitialViewConfig& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"yaw", "pitch", "hfov"});
  out.yaw = reader.optionalNumber(object, path, "yaw", -180.0, 180.0, out.yaw);
  out.pitch = reader.optionalNumber(object, path, "pitch", -90.0, 90.0, out.pitch);
  out.hfov = reader.optionalNumber(object, path, "hfov", kMinHfov, kMaxHfov, out.hfov);
}

void readLimits(JsonReader& reader, const Json& object, const std::string& path, ViewLimitsConfig& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"minHfov", "maxHfov"});
  out.minHfov = reader.optionalNumber(object, path, "minHfov", kMinHfov, kMaxHfov, out.minHfov);
  out.maxHfov = reader.optionalNumber(object, path, "maxHfov", kMinHfov, kMaxHfov, out.maxHfov);
  if (out.minHfov > out.maxHfov) reader.error(jsonPointer(path, "minHfov"), "must not exceed maxHfov");
}

void readAudio(JsonReader& reader, const Json& object, const std::string& path, SceneAudioConfig& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"src", "volume"});
  if (auto src = reader.requiredUrl(object, path, "src")) out.src = *src;
  out.volume = reader.optionalNumber(object, path, "volume", 0.0, 1.0, out.volume);
}

bool endsWith(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  return true;
}

void readSources(JsonReader& reader, const Json& array, const std::string& path, std::vector<VideoSourceConfig>& out) {
  if (!reader.isArray(array, path)) return;
  if (array.empty()) reader.error(path, "expected at least one video source");
  for (size_t i = 0; i < array.size(); ++i) {
    const std::string at = jsonPointer(path, i);
    if (!reader.isObject(array[i], at)) continue;
    reader.unknownKeys(array[i], at, {"src", "type"});
    VideoSourceConfig source;
    const auto src = reader.requiredUrl(array[i], at, "src");
    if (!src) continue;
    source.src = *src;
    // The path without query or fragment decides the format when `type` is absent.
    const std::string file = source.src.substr(0, source.src.find_first_of("?#"));
    const std::string type = reader.optionalString(array[i], at, "type");
    if (type == "video/mp4" || (type.empty() && (endsWith(file, ".mp4") || endsWith(file, ".m4v")))) {
      source.format = VideoFormat::Mp4;
    } else if (type == "video/webm" || (type.empty() && endsWith(file, ".webm"))) {
      source.format = VideoFormat::WebM;
    } else if (type == "application/vnd.apple.mpegurl" || type == "application/x-mpegURL" ||
               (type.empty() && endsWith(file, ".m3u8"))) {
      source.format = VideoFormat::Hls;
    } else {
      if (type.empty()) reader.error(jsonPointer(at, "src"), "cannot tell the video format from the file name; add \"type\"");
      else
        reader.error(jsonPointer(at, "type"), "unknown video type \"" + type +
                                                  "\"; expected video/mp4, video/webm or application/x-mpegURL");
      continue;
    }
    out.push_back(std::move(source));
  }
}

void readPosition(JsonReader& reader, const Json& object, const std::string& path, PositionConfig& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"x", "y", "z"});
  for (auto [key, value] : {std::pair{"x", &out.x}, std::pair{"y", &out.y}, std::pair{"z", &out.z}}) {
    if (object.find(key) == object.end()) reader.error(jsonPointer(path, key), "missing required number (metres)");
    else *value = reader.optionalNumber(object, path, key, -1e6, 1e6, 0.0);
  }
}

// A link's fields; its target is checked against the other scenes once all are read.
void readLinks(JsonReader& reader, const Json& array, const std::string& path, std::vector<LinkConfig>& out) {
  if (!reader.isArray(array, path)) return;
  for (size_t i = 0; i < array.size(); ++i) {
    const std::string at = jsonPointer(path, i);
    if (!reader.isObject(array[i], at)) continue;
    reader.unknownKeys(array[i], at, {"target", "yaw", "pitch", "label", "view"});
    LinkConfig link;
    if (auto target = reader.requiredString(array[i], at, "target")) link.target = *target;
    // Absent: NaN until the scenes' positions give the direction (resolveLinks()).
    link.yaw = reader.maybeNumber(array[i], at, "yaw", -180.0, 180.0).value_or(NAN);
    link.pitch = reader.maybeNumber(array[i], at, "pitch", -90.0, 90.0).value_or(NAN);
    link.label = reader.optionalText(array[i], at, "label");
    if (auto it = array[i].find("view"); it != array[i].end()) {
      link.view.emplace();
      readInitialView(reader, *it, jsonPointer(at, "view"), *link.view);
    }
    out.push_back(std::move(link));
  }
}

void readFaces(JsonReader& reader, const Json& object, const std::string& path, std::array<std::string, 6>& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"front", "right", "back", "left", "up", "down"});
  for (int f = 0; f < 6; ++f)
    if (auto url = reader.requiredUrl(object, path, kCubeFaceNames[f])) out[size_t(f)] = *url;
}

void readTiles(JsonReader& reader, const Json& object, const std::string& path, TilesConfig& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"url", "layout", "tileSize", "levels", "preview", "previewFaces"});
  const std::string layout = reader.optionalString(object, path, "layout", "shotscape");
  if (layout == "pannellum") out.layout = TileLayout::Pannellum;
  else if (layout == "marzipano") out.layout = TileLayout::Marzipano;
  else if (layout != "shotscape")
    reader.error(jsonPointer(path, "layout"), "unknown layout \"" + layout + "\"; expected \"shotscape\", \"pannellum\" or \"marzipano\"");
  if (auto url = reader.requiredUrl(object, path, "url")) {
    out.url = *url;
    if (const std::string why = tileTemplateProblem(out.url, out.layout); !why.empty()) reader.error(jsonPointer(path, "url"), why);
  }
  if (auto size = reader.optionalInteger(object, path, "tileSize", 32, 4096)) out.tileSize = int(*size);
  else if (object.find("tileSize") == object.end()) reader.error(jsonPointer(path, "tileSize"), "missing required integer (texels per tile side)");
  if (auto preview = reader.optionalUrl(object, path, "preview")) out.preview = *preview;
  out.previewFaces = reader.optionalString(object, path, "previewFaces", out.previewFaces);
  {
    std::string sorted = out.previewFaces;
    std::sort(sorted.begin(), sorted.end());
    if (sorted != "bdflru")
      reader.error(jsonPointer(path, "previewFaces"), "expected the six face letters f r b l u d, each once (e.g. \"frblud\")");
  }
  const auto it = object.find("levels");
  if (it == object.end()) {
    reader.error(jsonPointer(path, "levels"), "missing required array of levels ({\"size\": face texels}, coarse to fine)");
    return;
  }
  const std::string levelsPath = jsonPointer(path, "levels");
  if (!reader.isArray(*it, levelsPath)) return;
  if (it->empty()) reader.error(levelsPath, "expected at least one level");
  long long tiles = 0;
  for (size_t i = 0; i < it->size(); ++i) {
    const std::string at = jsonPointer(levelsPath, i);
    if (!reader.isObject((*it)[i], at)) continue;
    reader.unknownKeys((*it)[i], at, {"size"});
    const auto size = reader.optionalInteger((*it)[i], at, "size", 1, 65536);
    if (!size) {
      if ((*it)[i].find("size") == (*it)[i].end()) reader.error(jsonPointer(at, "size"), "missing required integer (face texels)");
      continue;
    }
    if (!out.levels.empty() && *size <= out.levels.back())
      reader.error(jsonPointer(at, "size"), "levels must grow from coarse to fine: " + std::to_string(*size) + " after " +
                                                std::to_string(out.levels.back()));
    out.levels.push_back(int(*size));
    const long long across = (*size + out.tileSize - 1) / out.tileSize;
    tiles += 6 * across * across;
  }
  if (tiles > kMaxTiles)
    reader.error(levelsPath, std::to_string(tiles) + " tiles over all levels; at most " + std::to_string(kMaxTiles) +
                                 " (a larger tileSize or fewer levels)");
}

void readScene(JsonReader& reader, const Json& object, const std::string& path, bool idRequired,
               const std::vector<std::string>& sceneIds, SceneConfig& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"id", "title", "type", "src", "sources", "poster", "loop", "startTime", "initialView",
                                    "limits", "hotspots", "audio", "position", "heading", "links", "syncGroup", "faces", "tiles", "stereo"});
  if (idRequired) {
    if (auto id = reader.requiredString(object, path, "id")) out.id = *id;
  } else {
    out.id = reader.optionalString(object, path, "id", out.id);
  }
  if (out.id.empty() && (!idRequired || object.find("id") != object.end()))
    reader.error(jsonPointer(path, "id"), "expected a non-empty string");
  out.title = reader.optionalText(object, path, "title");
  if (auto type = reader.requiredString(object, path, "type")) {
    if (*type == "equirect-video") out.type = SceneType::EquirectVideo;
    else if (*type == "cubemap-image") out.type = SceneType::CubemapImage;
    else if (*type == "multires") out.type = SceneType::Multires;
    else if (*type != "equirect-image")
      reader.error(jsonPointer(path, "type"), "unknown scene type \"" + *type +
                                                  "\"; expected \"equirect-image\", \"equirect-video\", \"cubemap-image\" or \"multires\"");
  }
  if (out.type == SceneType::EquirectImage) {
    if (auto src = reader.requiredUrl(object, path, "src")) out.src = *src;
  } else if (out.type == SceneType::CubemapImage) {
    const auto it = object.find("faces");
    if (it == object.end()) reader.error(jsonPointer(path, "faces"), "missing required object of six face images (front, right, back, left, up, down)");
    else readFaces(reader, *it, jsonPointer(path, "faces"), out.faces);
  } else if (out.type == SceneType::Multires) {
    const auto it = object.find("tiles");
    if (it == object.end()) reader.error(jsonPointer(path, "tiles"), "missing required object describing the tiles");
    else readTiles(reader, *it, jsonPointer(path, "tiles"), out.tiles);
  } else {
    if (auto it = object.find("sources"); it != object.end())
      readSources(reader, *it, jsonPointer(path, "sources"), out.sources);
    else
      reader.error(jsonPointer(path, "sources"), "missing required array of video sources");
    if (auto poster = reader.optionalUrl(object, path, "poster")) out.poster = *poster;
    out.loop = reader.optionalBool(object, path, "loop", out.loop);
    out.startTime = reader.optionalNumber(object, path, "startTime", 0.0, 86400.0, out.startTime);
    out.syncGroup = reader.optionalString(object, path, "syncGroup");
  }
  if (object.find("stereo") != object.end()) {
    const std::string stereo = reader.optionalString(object, path, "stereo", "mono");
    if (stereo == "top-bottom") out.stereo = StereoLayout::TopBottom;
    else if (stereo == "left-right") out.stereo = StereoLayout::LeftRight;
    else if (stereo != "mono")
      reader.error(jsonPointer(path, "stereo"), "unknown stereo layout \"" + stereo + "\"; expected \"top-bottom\", \"left-right\" or \"mono\"");
    if (out.stereo != StereoLayout::Mono && out.type != SceneType::EquirectImage && out.type != SceneType::EquirectVideo) {
      reader.warning(jsonPointer(path, "stereo"), "only equirect images and videos can be stereoscopic; shown as mono");
      out.stereo = StereoLayout::Mono;
    }
  }
  if (auto it = object.find("initialView"); it != object.end())
    readInitialView(reader, *it, jsonPointer(path, "initialView"), out.initialView);
  if (auto it = object.find("limits"); it != object.end())
    readLimits(reader, *it, jsonPointer(path, "limits"), out.limits);
  const auto& view = out.initialView;
  if (view.hfov < out.limits.minHfov || view.hfov > out.limits.maxHfov)
    reader.warning(jsonPointer(jsonPointer(path, "initialView"), "hfov"), "outside the scene's limits; clamped");
  if (auto it = object.find("hotspots"); it != object.end())
    readHotspots(reader, *it, jsonPointer(path, "hotspots"), sceneIds.empty() ? std::vector<std::string>{out.id} : sceneIds,
                 out.hotspots);
  if (auto it = object.find("audio"); it != object.end()) {
    out.audio.emplace();
    readAudio(reader, *it, jsonPointer(path, "audio"), *out.audio);
  }
  if (auto it = object.find("position"); it != object.end()) {
    out.position.emplace();
    readPosition(reader, *it, jsonPointer(path, "position"), *out.position);
  }
  out.heading = reader.optionalNumber(object, path, "heading", -180.0, 180.0, out.heading);
  if (auto it = object.find("links"); it != object.end()) readLinks(reader, *it, jsonPointer(path, "links"), out.links);
}

double wrap180(double degrees) {
  double d = std::fmod(degrees, 360.0);
  if (d <= -180.0) d += 360.0;
  if (d > 180.0) d -= 360.0;
  return d;
}

// Links between the scenes, once all are read: targets that exist and are not the scene itself,
// marker directions from the positions where the author gave none; then which scenes the start
// cannot reach (by links or hotspot targets): a warning each. Cycles are fine.
void resolveLinks(JsonReader& reader, bool single, std::vector<SceneConfig>& scenes, size_t start) {
  const auto scenePath = [single](size_t s) { return single ? std::string("/scene") : jsonPointer("/scenes", s); };
  const auto indexOf = [&](const std::string& id) -> std::optional<size_t> {
    for (size_t i = 0; i < scenes.size(); ++i)
      if (scenes[i].id == id) return i;
    return std::nullopt;
  };
  std::vector<std::vector<size_t>> edges(scenes.size());
  for (size_t s = 0; s < scenes.size(); ++s) {
    SceneConfig& scene = scenes[s];
    const std::string linksPath = jsonPointer(scenePath(s), "links");
    for (size_t l = 0; l < scene.links.size(); ++l) {
      LinkConfig& link = scene.links[l];
      const std::string at = jsonPointer(linksPath, l);
      const auto target = indexOf(link.target);
      if (link.target.empty()) continue; // (already reported as missing)
      if (!target) {
        reader.error(jsonPointer(at, "target"), "unknown scene \"" + link.target + "\"");
        continue;
      }
      if (*target == s) {
        reader.error(jsonPointer(at, "target"), "a link to the scene itself");
        continue;
      }
      edges[s].push_back(*target);
      const auto& to = scenes[*target].position;
      if (scene.position && to) {
        const Bearing b = bearingBetween(*scene.position, *to);
        if (std::isnan(link.yaw)) link.yaw = wrap180(b.yaw - scene.heading);
        if (std::isnan(link.pitch)) link.pitch = b.pitch;
      }
      if (std::isnan(link.yaw)) reader.error(jsonPointer(at, "yaw"), "required where the two scenes' positions are not both given");
      if (std::isnan(link.pitch)) link.pitch = 0.0;
    }
    for (const auto& h : scene.hotspots)
      if (const auto target = indexOf(h.target); !h.target.empty() && target) edges[s].push_back(*target);
  }
  std::vector<char> reached(scenes.size(), 0); // (not vector<bool>: its code costs the player 2 KB)
  std::vector<size_t> queue{start};
  reached[start] = 1;
  for (size_t q = 0; q < queue.size(); ++q)
    for (const size_t next : edges[queue[q]])
      if (!reached[next]) {
        reached[next] = 1;
        queue.push_back(next);
      }
  for (size_t s = 0; s < scenes.size(); ++s)
    if (!reached[s])
      reader.warning(scenePath(s), "scene \"" + scenes[s].id + "\" cannot be reached from the start scene (no link or hotspot target leads to it)");
}

} // namespace

ManifestResult parseManifest(std::string_view jsonText, std::string_view language) {
  ManifestResult result;
  if (jsonText.size() > kMaxManifestBytes) {
    const std::string size = formatFixed(double(jsonText.size()) / (1024.0 * 1024.0), 1);
    result.diagnostics.push_back({Severity::Error, "", "the manifest is " + size +
                                                           " MB; manifests are limited to 2 MB"});
    return result;
  }
  const auto json = parseJson(jsonText, result.diagnostics);
  if (!json) return result;
  JsonReader reader(result.diagnostics);
  reader.setLanguage(std::string(language));
  if (!reader.isObject(*json, "")) return result;

  ManifestConfig config;
  reader.unknownKeys(*json, "", {"title", "director", "film", "year", "scene", "scenes", "start"});
  if (auto title = reader.requiredText(*json, "", "title")) config.title = *title;
  config.director = reader.optionalString(*json, "", "director");
  config.film = reader.optionalString(*json, "", "film");
  if (auto year = reader.optionalInteger(*json, "", "year", 1870, 2100)) config.year = static_cast<int>(*year);
  const auto single = json->find("scene");
  const auto several = json->find("scenes");
  if (single != json->end() && several != json->end()) {
    reader.error("/scenes", "give either \"scene\" (one position) or \"scenes\", not both");
  } else if (single != json->end()) {
    // (A one-position manifest: the only scene a hotspot may target is its own.)
    readScene(reader, *single, "/scene", false, {}, config.scenes[0]);
  } else if (several != json->end()) {
    if (reader.isArray(*several, "/scenes")) {
      if (several->empty()) reader.error("/scenes", "expected at least one scene");
      // Every id first, so hotspot targets may name scenes that come later.
      std::vector<std::string> ids;
      for (const auto& s : *several)
        if (s.is_object() && s.contains("id") && s["id"].is_string()) ids.push_back(s["id"].get<std::string>());
      config.scenes.assign(several->size(), SceneConfig{});
      for (size_t i = 0; i < several->size(); ++i) {
        const std::string at = jsonPointer("/scenes", i);
        readScene(reader, (*several)[i], at, true, ids, config.scenes[i]);
        for (size_t j = 0; j < i; ++j)
          if (!config.scenes[i].id.empty() && config.scenes[j].id == config.scenes[i].id)
            reader.error(jsonPointer(at, "id"), "duplicate scene id \"" + config.scenes[i].id + "\"");
      }
    }
  } else {
    reader.error("/scene", "missing required object");
  }
  config.start = reader.optionalString(*json, "", "start");
  size_t start = 0;
  if (!config.start.empty()) {
    start = config.scenes.size();
    for (size_t i = 0; i < config.scenes.size(); ++i)
      if (config.scenes[i].id == config.start) start = i;
    if (start == config.scenes.size()) {
      reader.error("/start", "unknown scene \"" + config.start + "\"");
      start = 0;
    }
  }
  if (!config.scenes.empty() && !hasError(result.diagnostics))
    resolveLinks(reader, single != json->end(), config.scenes, start);

  if (!hasError(result.diagnostics)) result.manifest = std::move(config);
  return result;
}

const SceneConfig& ManifestConfig::startScene() const {
  for (const auto& s : scenes)
    if (s.id == start) return s;
  return scenes.front();
}

Bearing bearingBetween(const PositionConfig& from, const PositionConfig& to) {
  const double dx = to.x - from.x, dy = to.y - from.y, dz = to.z - from.z;
  constexpr double kDegrees = 180.0 / M_PI;
  return {std::atan2(dx, dz) * kDegrees, std::atan2(dy, std::hypot(dx, dz)) * kDegrees};
}

ManifestConfig manifestForPanorama(std::string src) {
  ManifestConfig config;
  config.scenes[0].src = std::move(src);
  return config;
}

CameraLimits cameraLimitsFrom(const ViewLimitsConfig& limits) {
  CameraLimits out;
  out.minHfov = limits.minHfov;
  out.maxHfov = limits.maxHfov;
  return out;
}

} // namespace shotscape
