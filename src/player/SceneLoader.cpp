#include "player/SceneLoader.h"

#include <algorithm>

#include "core/manifest/JsonWriter.h"
#include "core/link/Url.h"
#include "features/Feature.h"

namespace shotscape {

namespace {
const TileId kPreview{0, 0, 0, 0};
const TileId kFull{1, 0, 0, 0};
} // namespace

void SceneLoader::fail(std::string message, std::string path, std::string url) {
  JsonWriter detail;
  detail.add("message", path.empty() ? message : path + ": " + message);
  if (!path.empty()) detail.add("path", path);
  if (!url.empty()) detail.add("url", url);
  scene_->fail(std::move(message), std::move(path));
  platform_.emit("error", detail.str());
  loop_.invalidate();
}

bool SceneLoader::begin(const std::string& url, const char* what) {
  for (Feature* f : features_) f->leave();
  stage_.clearScene();
  // Dropping the scene drops every callback its load left pending.
  scene_ = std::make_unique<Scene>();
  tour_.reset();
  if (std::string problem = urlProblem(url); !problem.empty()) {
    fail(std::string("The ") + what + " URL was refused: " + problem, {}, url);
    return false;
  }
  return true;
}

void SceneLoader::loadManifest(const std::string& url) {
  if (!begin(url, "manifest")) return;
  sourceUrl_ = url;
  sourceIsManifest_ = true;
  scene_->load().beginManifest();
  loop_.invalidate();
  platform_.fetchText(url, {}, {
      scene_->guard([this](std::string text, std::string resolvedUrl) {
        auto result = parseManifest(text);
        for (const auto& d : result.diagnostics)
          if (d.severity == Severity::Warning) platform_.warn("manifest " + d.toString());
        if (!result.manifest) {
          for (const auto& d : result.diagnostics)
            if (d.severity == Severity::Error) return fail(d.message, d.path, resolvedUrl);
        }
        start(std::move(*result.manifest), resolvedUrl);
      }),
      scene_->guard([this](FetchFailure failure) {
        fail("The manifest could not be loaded (" + failure.reason + "): " + failure.url, {}, failure.url);
      })});
}

void SceneLoader::loadPanorama(const std::string& url) {
  if (!begin(url, "panorama")) return;
  sourceUrl_ = url;
  sourceIsManifest_ = false;
  start(manifestForPanorama(url), {});
}

void SceneLoader::start(ManifestConfig&& manifest, const std::string& baseUrl) {
  tour_.emplace(std::move(manifest));
  scene_->configure(tour_->start(), baseUrl);
  const SceneConfig& config = scene_->config();
  view_.start(cameraLimitsFrom(config.limits), {options_.yaw.value_or(config.initialView.yaw),
                                                options_.pitch.value_or(config.initialView.pitch),
                                                options_.hfov.value_or(config.initialView.hfov)});
  if (scene_->isVideo()) scene_->load().beginImage(); // its first frame is on its way
  if (gpu_)
    for (Feature* f : features_) f->enter(*scene_);
  if (!scene_->isVideo()) loadImage();
  loop_.invalidate();
}

void SceneLoader::reloadPixels() {
  if (scene_->configured() && scene_->load().status() != LoadStatus::Failed && !scene_->isVideo()) loadImage();
}

void SceneLoader::loadImage() {
  if (!gpu_) return;
  Scene& scene = *scene_;
  scene.load().beginImage();
  scene.downloadProgress = -1.0;
  loop_.invalidate();
  const auto release = [platform = &platform_](ImageInfo image) { platform->releaseImage(image.id); };
  platform_.loadImage(scene.config().src, scene.baseUrl(), stage_.maxTextureSize(), {
      scene.guard([this](double loaded, double total) {
        scene_->downloadProgress = total > 0 ? std::clamp(loaded / total, 0.0, 1.0) : -1.0;
        loop_.loadingMoved(); // drawn at the next loading-bar tick, not at once
      }),
      scene.guard([this](ImageInfo image) {
        TextureStore& store = stage_.layer();
        if (store.uploading(kFull) || store.resident(kFull) || store.uploading(kPreview))
          return platform_.releaseImage(image.id);
        store.deliver(kPreview, image);
        loop_.invalidate();
      }, release),
      scene.guard([this](ImageInfo image) {
        // (A decode that began before a lost context may finish after the reload's.)
        if (scene_->load().status() != LoadStatus::Image) return platform_.releaseImage(image.id);
        if (image.downscaled)
          platform_.warn("the panorama is larger than this GPU's texture limit; it was downscaled to " +
                         std::to_string(image.width) + "×" + std::to_string(image.height));
        stage_.layer().deliver(kFull, image);
        scene_->load().pixelsArrived();
        loop_.invalidate();
      }, release),
      scene.guard([this](FetchFailure failure) {
        fail("The panorama could not be loaded (" + failure.reason + "): " + failure.url, {}, failure.url);
      })});
}

const PanoramaTexture* SceneLoader::panorama() const { return stage_.layer().tile(kFull); }

bool SceneLoader::previewUploading() const { return stage_.layer().uploading(kPreview); }

bool SceneLoader::step(double budgetMs) {
  TextureStore& store = stage_.layer();
  if (!store.uploading()) return false;
  // The preview (or poster) shows as soon as it is in; the full image's strips redraw only the
  // loading bar's ticks until its last row.
  if (store.uploading(kPreview)) loop_.markDirty();
  store.uploadStep(budgetMs);
  if (scene_->load().status() == LoadStatus::Upload) {
    if (store.resident(kFull)) {
      scene_->load().shown();
      loop_.markDirty();
    } else {
      loop_.loadingMoved();
    }
  }
  return store.uploading();
}

} // namespace shotscape
