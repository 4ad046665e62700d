#include "core/Manifest.h"

#include <cstdio>

#include "core/JsonReader.h"

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

void readScene(JsonReader& reader, const Json& object, const std::string& path, SceneConfig& out) {
  if (!reader.isObject(object, path)) return;
  reader.unknownKeys(object, path, {"id", "type", "src", "initialView", "limits", "hotspots", "audio"});
  out.id = reader.optionalString(object, path, "id", out.id);
  if (out.id.empty()) reader.error(jsonPointer(path, "id"), "expected a non-empty string");
  if (auto type = reader.requiredString(object, path, "type")) {
    if (*type != "equirect-image")
      reader.error(jsonPointer(path, "type"), "unknown scene type \"" + *type + "\"; expected \"equirect-image\"");
  }
  if (auto src = reader.requiredUrl(object, path, "src")) out.src = *src;
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
    char size[32];
    std::snprintf(size, sizeof size, "%.1f", double(jsonText.size()) / (1024.0 * 1024.0));
    result.diagnostics.push_back({Severity::Error, "", std::string("the manifest is ") + size +
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
