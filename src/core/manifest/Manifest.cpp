#include "core/manifest/Manifest.h"
#include "core/text/NumberFormat.h"

#include <cctype>

#include "core/manifest/JsonReader.h"

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

void readScene(JsonReader& reader, const Json& object, const std::string& path, SceneConfig& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"id", "type", "src", "sources", "poster", "loop", "startTime", "initialView",
                                    "limits", "hotspots", "audio"});
  out.id = reader.optionalString(object, path, "id", out.id);
  if (out.id.empty()) reader.error(jsonPointer(path, "id"), "expected a non-empty string");
  if (auto type = reader.requiredString(object, path, "type")) {
    if (*type == "equirect-video") out.type = SceneType::EquirectVideo;
    else if (*type != "equirect-image")
      reader.error(jsonPointer(path, "type"),
                   "unknown scene type \"" + *type + "\"; expected \"equirect-image\" or \"equirect-video\"");
  }
  if (out.type == SceneType::EquirectImage) {
    if (auto src = reader.requiredUrl(object, path, "src")) out.src = *src;
  } else {
    if (auto it = object.find("sources"); it != object.end())
      readSources(reader, *it, jsonPointer(path, "sources"), out.sources);
    else
      reader.error(jsonPointer(path, "sources"), "missing required array of video sources");
    if (auto poster = reader.optionalUrl(object, path, "poster")) out.poster = *poster;
    out.loop = reader.optionalBool(object, path, "loop", out.loop);
    out.startTime = reader.optionalNumber(object, path, "startTime", 0.0, 86400.0, out.startTime);
  }
  if (auto it = object.find("initialView"); it != object.end())
    readInitialView(reader, *it, jsonPointer(path, "initialView"), out.initialView);
  if (auto it = object.find("limits"); it != object.end())
    readLimits(reader, *it, jsonPointer(path, "limits"), out.limits);
  const auto& view = out.initialView;
  if (view.hfov < out.limits.minHfov || view.hfov > out.limits.maxHfov)
    reader.warning(jsonPointer(jsonPointer(path, "initialView"), "hfov"), "outside the scene's limits; clamped");
  if (auto it = object.find("hotspots"); it != object.end())
    readHotspots(reader, *it, jsonPointer(path, "hotspots"), {out.id}, out.hotspots);
  if (auto it = object.find("audio"); it != object.end()) {
    out.audio.emplace();
    readAudio(reader, *it, jsonPointer(path, "audio"), *out.audio);
  }
}

} // namespace

ManifestResult parseManifest(std::string_view jsonText) {
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
  if (!reader.isObject(*json, "")) return result;

  ManifestConfig config;
  reader.unknownKeys(*json, "", {"title", "director", "film", "year", "scene"});
  if (auto title = reader.requiredString(*json, "", "title")) config.title = *title;
  config.director = reader.optionalString(*json, "", "director");
  config.film = reader.optionalString(*json, "", "film");
  if (auto year = reader.optionalInteger(*json, "", "year", 1870, 2100)) config.year = static_cast<int>(*year);
  if (auto it = json->find("scene"); it != json->end())
    readScene(reader, *it, "/scene", config.scene);
  else
    reader.error("/scene", "missing required object");

  if (!hasError(result.diagnostics)) result.manifest = std::move(config);
  return result;
}

ManifestConfig manifestForPanorama(std::string src) {
  ManifestConfig config;
  config.scene.src = std::move(src);
  return config;
}

CameraLimits cameraLimitsFrom(const ViewLimitsConfig& limits) {
  CameraLimits out;
  out.minHfov = limits.minHfov;
  out.maxHfov = limits.maxHfov;
  return out;
}

} // namespace shotscape
