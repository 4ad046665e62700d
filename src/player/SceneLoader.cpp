#include "player/SceneLoader.h"

#include <algorithm>
#include <cmath>

#include "core/link/Url.h"
#include "core/manifest/JsonWriter.h"
#include "features/Feature.h"

namespace shotscape {

namespace {
const TileId kPreview{0, 0, 0, 0};
const TileId kFull{1, 0, 0, 0};
const char* const kChangeBy[] = {"pointer", "keyboard", "api", "link", "headset"};
const char* const kMoveKinds[] = {"auto", "move", "fade", "jump"};

double distance(const SceneConfig& a, const SceneConfig& b) {
  if (!a.position || !b.position) return 1e9; // unknown: after every known one, in link order
  const double dx = a.position->x - b.position->x, dy = a.position->y - b.position->y, dz = a.position->z - b.position->z;
  return std::sqrt(dx * dx + dy * dy + dz * dz);
}
} // namespace

SceneLoader::~SceneLoader() {
  pending_.reset();
  for (auto& s : neighbours_) stage_.release(*s);
  if (leaving_) stage_.release(*leaving_);
  stage_.release(*scene_);
}

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
  stage_.clearScenes();
  // Dropping the scenes drops every callback their loads left pending.
  pending_.reset();
  neighbours_.clear();
  leaving_.reset();
  move_ = SceneMove();
  history_.clear();
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
        // Text in several languages: the caption language asked for, else the interface's.
        auto result = parseManifest(text, options_.lang.value_or(options_.uilang.value_or("")));
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
  baseUrl_ = baseUrl;
  const SceneConfig* first = &tour_->start();
  if (options_.scene) {
    if (const SceneConfig* linked = tour_->scene(*options_.scene)) first = linked;
    else platform_.warn("no scene \"" + *options_.scene + "\" in this tour; the start scene opens");
  }
  scene_->configure(*first, baseUrl);
  const SceneConfig& config = scene_->config();
  view_.start(cameraLimitsFrom(config.limits), {options_.yaw.value_or(config.initialView.yaw),
                                                options_.pitch.value_or(config.initialView.pitch),
                                                options_.hfov.value_or(config.initialView.hfov)});
  // Opened in a little planet or a fisheye (the projection parameter) without a view of its own:
  // the lens's framing.
  if (!options_.pitch && !options_.hfov) view_.frameForLens();
  enter();
}

void SceneLoader::enter() {
  Scene& scene = *scene_;
  // A preloaded panorama may be in already, or on its way; a video's first frame is on its way.
  const LoadStatus status = scene.load().status();
  const bool fresh = status == LoadStatus::Idle || status == LoadStatus::Manifest;
  if (scene.isVideo()) scene.load().beginImage();
  if (gpu_)
    for (Feature* f : features_) f->enter(scene);
  if (!scene.isVideo() && fresh) loadImage(scene);
  preload();
  loop_.invalidate();
}

void SceneLoader::reloadPixels() {
  for (Scene* s : {scene_.get(), leaving_.get()})
    if (s && s->configured() && s->load().status() != LoadStatus::Failed && !s->isVideo()) loadImage(*s);
  for (auto& s : neighbours_)
    if (stage_.findLayer(*s) && s->load().status() != LoadStatus::Failed) loadImage(*s);
}

Scene& SceneLoader::hold(const SceneConfig& config) {
  for (auto& s : neighbours_)
    if (&s->config() == &config) return *s;
  auto& scene = neighbours_.emplace_back(std::make_unique<Scene>());
  scene->configure(config, baseUrl_);
  return *scene;
}

void SceneLoader::drop(std::unique_ptr<Scene> scene) {
  if (!scene) return;
  tiles_.forget(*scene);
  stage_.release(*scene);
}

const Scene* SceneLoader::find(const std::string& id) const {
  if (scene_->configured() && scene_->id() == id) return scene_.get();
  if (leaving_ && leaving_->id() == id) return leaving_.get();
  for (const auto& s : neighbours_)
    if (s->id() == id) return s.get();
  return nullptr;
}

const Scene* SceneLoader::pending() const { return pending_ ? find(pending_->id) : nullptr; }

namespace {
// The scene's first picture is on the GPU: the full panorama, or a cube layer's preview or first tiles.
bool firstPictureIn(const Scene& s, const TextureStore& store) { return s.cube() ? store.drawable() != nullptr : store.resident(kFull); }
} // namespace

void SceneLoader::loadCube(Scene& scene) {
  scene.load().beginImage();
  scene.downloadProgress = -1.0;
  tiles_.forget(scene);
  loop_.invalidate();
  tiles_.start(scene,
               scene.guard([this, &scene] {
                 if (scene.load().status() == LoadStatus::Image) scene.load().pixelsArrived();
                 loop_.invalidate();
               }),
               scene.guard([this, &scene](FetchFailure failure) {
                 std::string message = "The panorama could not be loaded (" + failure.reason + "): " + failure.url;
                 if (&scene == scene_.get()) return fail(std::move(message), {}, failure.url);
                 scene.fail(std::move(message), {}, failure.url);
                 platform_.warn(scene.error());
                 preload();
                 loop_.invalidate();
               }));
}

void SceneLoader::loadImage(Scene& scene) {
  if (!gpu_) return;
  if (scene.cube()) return loadCube(scene);
  scene.load().beginImage();
  scene.downloadProgress = -1.0;
  loop_.invalidate();
  const auto release = [platform = &platform_](ImageInfo image) { platform->releaseImage(image.id); };
  platform_.loadImage(scene.config().src, scene.baseUrl(), stage_.maxTextureSize(), {
      scene.guard([this, &scene](double loaded, double total) {
        scene.downloadProgress = total > 0 ? std::clamp(loaded / total, 0.0, 1.0) : -1.0;
        loop_.loadingMoved(); // drawn at the next loading-bar tick, not at once
      }),
      scene.guard([this, &scene](ImageInfo image) {
        TextureStore& store = stage_.layer(scene);
        if (store.uploading(kFull) || store.resident(kFull) || store.uploading(kPreview))
          return platform_.releaseImage(image.id);
        store.deliver(kPreview, image);
        loop_.invalidate();
      }, release),
      scene.guard([this, &scene](ImageInfo image) {
        // (A decode that began before a lost context may finish after the reload's.)
        if (scene.load().status() != LoadStatus::Image) return platform_.releaseImage(image.id);
        if (image.downscaled)
          platform_.warn("the panorama is larger than this GPU's texture limit; it was downscaled to " +
                         std::to_string(image.width) + "×" + std::to_string(image.height));
        stage_.layer(scene).deliver(kFull, image);
        scene.load().pixelsArrived();
        loop_.invalidate();
      }, release),
      scene.guard([this, &scene](FetchFailure failure) {
        std::string message = "The panorama could not be loaded (" + failure.reason + "): " + failure.url;
        // A neighbour's failure is said when the viewer tries to go there (its link marker says it).
        if (&scene == scene_.get()) return fail(std::move(message), {}, failure.url);
        scene.fail(std::move(message), {}, failure.url);
        platform_.warn(scene.error());
        preload(); // the next neighbour
        loop_.invalidate();
      })});
}

void SceneLoader::preload() {
  if (!tour_ || !gpu_) return;
  // The shown scene's own pixels first: neighbours never compete with them.
  const LoadStatus status = scene_->load().status();
  const bool ownPixelsIn = scene_->isVideo() || status == LoadStatus::Ready || status == LoadStatus::Failed;
  // Neighbours: link and hotspot targets, nearest first.
  std::vector<const SceneConfig*> wanted;
  const auto want = [&](const std::string& id) {
    const SceneConfig* s = tour_->scene(id);
    if (s && s != &scene_->config() && std::find(wanted.begin(), wanted.end(), s) == wanted.end()) wanted.push_back(s);
  };
  for (const auto& link : scene_->config().links) want(link.target);
  for (const auto& h : scene_->config().hotspots)
    if (!h.target.empty()) want(h.target);
  // Nearest first; equal distances (unknown positions) keep the links' order. An insertion sort:
  // a scene has a handful of neighbours.
  for (size_t i = 1; i < wanted.size(); ++i)
    for (size_t j = i; j > 0 && distance(scene_->config(), *wanted[j]) < distance(scene_->config(), *wanted[j - 1]); --j)
      std::swap(wanted[j], wanted[j - 1]);
  // Scenes no longer neighbours are released (the one a move leaves stays until it ends).
  for (auto it = neighbours_.begin(); it != neighbours_.end();) {
    const bool keep = std::find(wanted.begin(), wanted.end(), &(*it)->config()) != wanted.end() ||
                      (pending_ && pending_->id == (*it)->id());
    if (keep) {
      ++it;
      continue;
    }
    drop(std::move(*it));
    it = neighbours_.erase(it);
  }
  if (!ownPixelsIn) return;
  double bytes = 0.0;
  for (const SceneConfig* config : wanted) {
    if (config->type != SceneType::EquirectImage) continue; // a video's media loads as it is entered
    const Scene* held = find(config->id);
    if (!held) {
      if (bytes < kPreloadBudgetBytes) loadImage(hold(*config));
      return; // one download at a time
    }
    if (held->load().status() == LoadStatus::Idle) {
      if (bytes < kPreloadBudgetBytes) loadImage(const_cast<Scene&>(*held));
      return;
    }
    if (held->load().status() == LoadStatus::Image) return;
    bytes += stage_.bytes(*held);
  }
}

bool SceneLoader::go(const std::string& id, SceneChangeBy by, const SceneRequest& request) {
  if (!tour_) return false;
  const SceneConfig* config = tour_->scene(id);
  if (!config) {
    platform_.warn("no scene with id \"" + id + "\" in this tour");
    return false;
  }
  if (leaving_) endMove();
  pending_.reset();
  if (config == &scene_->config()) return true;
  Scene& target = hold(*config);
  if (target.load().status() == LoadStatus::Idle && !target.isVideo()) loadImage(target);
  pending_ = Pending{id, by, request};
  tryPending();
  loop_.invalidate();
  return true;
}

bool SceneLoader::back(SceneChangeBy by) {
  if (history_.empty()) return false;
  const std::string id = history_.back();
  history_.pop_back();
  const size_t depth = history_.size();
  if (!go(id, by)) return false;
  // The way back is not a new step: the scene left is not pushed.
  history_.resize(std::min(history_.size(), depth));
  return true;
}

bool SceneLoader::tryPending() {
  if (!pending_) return false;
  const Scene* target = find(pending_->id);
  if (!target) {
    pending_.reset();
    return false;
  }
  if (target->load().status() == LoadStatus::Failed) {
    // The move does not start: the viewer stays, the page hears why.
    platform_.warn(target->error());
    platform_.emit("error", JsonWriter()
                                .add("message", target->error())
                                .add("url", target->errorUrl())
                                .add("scene", target->id())
                                .str());
    pending_.reset();
    loop_.invalidate();
    return false;
  }
  if (!target->isVideo() && !stage_.hasPicture(*target)) return true; // its preview first
  const Pending p = std::move(*pending_);
  pending_.reset();
  startMove(p);
  return true;
}

void SceneLoader::startMove(const Pending& p) {
  auto it = std::find_if(neighbours_.begin(), neighbours_.end(), [&](const auto& s) { return s->id() == p.id; });
  if (it == neighbours_.end()) return;
  const double now = platform_.nowMs();
  // A headset jumps: a walk the head does not make is what makes viewers sick in VR.
  const bool jump = platform_.prefersReducedMotion() || p.by == SceneChangeBy::Headset;
  const MoveKind kind = jump ? MoveKind::Jump : p.request.kind;
  const SceneConfig& from = scene_->config();
  const SceneConfig& to = (*it)->config();
  move_ = SceneMove(from, to, kind, now, p.request.durationMs);
  // The heading carried: what was ahead in the set stays ahead; or the view asked for.
  ViewAngles shown = view_.camera().view();
  shown.yaw = move_.carryYaw(shown.yaw);
  if (p.request.view) {
    if (std::isfinite(p.request.view->yaw)) shown.yaw = p.request.view->yaw;
    if (std::isfinite(p.request.view->pitch)) shown.pitch = p.request.view->pitch;
    if (std::isfinite(p.request.view->hfov))
      shown.hfov = p.request.horizontal ? fovFromHorizontal(p.request.view->hfov, view_.width(), view_.height())
                                        : p.request.view->hfov;
  }
  for (Feature* f : features_) f->leave();
  history_.push_back(from.id);
  leaving_ = std::move(scene_);
  scene_ = std::move(*it);
  neighbours_.erase(it);
  view_.carry(cameraLimitsFrom(to.limits), {to.initialView.yaw, to.initialView.pitch, to.initialView.hfov}, shown);
  platform_.emit("scenechange", JsonWriter()
                                    .add("from", from.id)
                                    .add("to", to.id)
                                    .add("by", kChangeBy[int(p.by)])
                                    .add("transition", kMoveKinds[int(move_.kind())])
                                    .add("durationMs", move_.durationMs())
                                    .str());
  platform_.announce((to.title.empty() ? to.id : to.title) + ".");
  enter();
  if (move_.done(now)) endMove();
  loop_.invalidate();
}

void SceneLoader::endMove() {
  if (!leaving_) return;
  const std::string from = leaving_->id();
  // The scene left behind is often a neighbour of the new one (the way back): kept if so.
  neighbours_.push_back(std::move(leaving_));
  move_ = SceneMove();
  preload();
  platform_.emit("scenemoveend", JsonWriter().add("from", from).add("to", scene_->id()).str());
  loop_.markDirty();
}

const PanoramaTexture* SceneLoader::panorama() const {
  const TextureStore* store = stage_.findLayer(*scene_);
  return store ? store->tile(kFull) : nullptr;
}

bool SceneLoader::previewUploading() const {
  const TextureStore* store = stage_.findLayer(*scene_);
  return store && store->uploading(kPreview);
}

int SceneLoader::preloadedScenes() const {
  int n = 0;
  for (const auto& s : neighbours_) n += stage_.hasPicture(*s) ? 1 : 0;
  return n;
}

double SceneLoader::preloadedBytes() const {
  double bytes = 0.0;
  for (const auto& s : neighbours_) bytes += stage_.bytes(*s);
  return bytes;
}

bool SceneLoader::step(double nowMs, double budgetMs) {
  bool again = false;
  if (pending_) again = tryPending();
  if (leaving_) {
    if (move_.done(nowMs)) endMove();
    else again = true;
    loop_.markDirty();
  }
  // A tiled scene's many small uploads wait until the GPU has finished the frames before (see
  // Stage::gpuCaughtUp): the next frame tries again.
  if (scene_->cube() && stage_.layer(*scene_).uploading() && !stage_.gpuCaughtUp()) return true;
  // The shown scene's uploads first; the neighbours' share what is left of the budget.
  const double start = platform_.nowMs();
  TextureStore& store = stage_.layer(*scene_);
  if (store.uploading()) {
    // The preview (or poster) shows as soon as it is in; the full image's strips redraw only the
    // loading bar's ticks until its last row.
    if (store.uploading(kPreview) || scene_->cube()) loop_.markDirty();
    store.uploadStep(budgetMs);
    again = again || store.uploading();
  }
  if (scene_->load().status() == LoadStatus::Upload) {
    if (firstPictureIn(*scene_, store)) {
      scene_->load().shown();
      loop_.markDirty();
      preload();
    } else {
      loop_.loadingMoved();
    }
  }
  bool preloaded = false;
  for (auto& s : neighbours_) {
    TextureStore* theirs = stage_.findLayer(*s);
    if (!theirs || !theirs->uploading()) continue;
    const double left = budgetMs - (platform_.nowMs() - start);
    if (left <= 0.0) return true;
    theirs->uploadStep(left);
    again = again || theirs->uploading();
    if (s->load().status() == LoadStatus::Upload && firstPictureIn(*s, *theirs)) {
      s->load().shown();
      preloaded = true;
    }
  }
  if (preloaded) preload(); // the next one
  return again;
}

} // namespace shotscape
