#include "render/Stage.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <GLES3/gl3.h>

namespace shotscape {

Stage::Stage(Platform& platform) : platform_(platform) {}

// A cube layer's store has its geometry's levels (and the preview at -1); an equirect's two: the
// decoder's preview and the image.
Stage::SceneTextures::SceneTextures(Platform& platform, const Scene& s, double budgetBytes)
    : scene(&s),
      shaped(!s.layers().empty()),
      store(platform, s.cube() ? int(s.cube()->levels().size()) : 2, budgetBytes, s.cube() != nullptr) {}

void Stage::setTileBudget(double bytes) {
  tileBudgetBytes_ = bytes;
  for (auto& t : scenes_)
    if (t->scene->cube()) t->store.setBudgetBytes(bytes);
}

Stage::~Stage() {
  clip_.reset();
  clearScenes();
}

bool Stage::build(std::string& error) {
  limits_ = TextureLimits::query();
  for (auto& t : scenes_) t->store.setLimits(limits_);
  renderers_[int(GeometryKind::Equirect)] = std::make_unique<PanoramaRenderer>();
  cube_ = std::make_unique<CubeRenderer>();
  overlay_ = std::make_unique<OverlayRenderer>();
  xr_ = std::make_unique<XrRenderer>();
  viewport_[0] = viewport_[1] = -1;
  walkWarm_ = warmUpWalk_ = false;
  for (auto& renderer : renderers_)
    if (renderer && !renderer->init(error)) return false;
  if (!cube_->init(error)) return false;
  return overlay_->init(error) && xr_->init(error);
}

bool Stage::gpuCaughtUp() {
  if (!frameFence_) return true;
  // (WebGL answers from state updated between tasks: this never waits.)
  GLint status = GL_UNSIGNALED;
  glGetSynciv(static_cast<GLsync>(frameFence_), GL_SYNC_STATUS, 1, nullptr, &status);
  if (status != GL_SIGNALED) return false;
  glDeleteSync(static_cast<GLsync>(frameFence_));
  frameFence_ = nullptr;
  return true;
}

void Stage::forget() {
  frameFence_ = nullptr;
  for (auto& t : scenes_) {
    t->store.forget();
    t->video.forget();
  }
  clip_.forget();
  if (xr_) xr_->forget();
}

Stage::SceneTextures& Stage::textures(const Scene& scene) {
  for (auto& t : scenes_) {
    if (t->scene != &scene) continue;
    // Asked for before its manifest was read (no layers yet: an equirect store), a scene gets the
    // store its layer needs once it has one (nothing was delivered to the first).
    if (t->shaped || scene.layers().empty()) return *t;
    t->video.reset();
    t->store.reset();
    t = std::make_unique<SceneTextures>(platform_, scene, scene.cube() ? tileBudgetBytes_ : 256.0 * 1024 * 1024);
    t->store.setLimits(limits_);
    return *t;
  }
  auto& t = scenes_.emplace_back(std::make_unique<SceneTextures>(platform_, scene, scene.cube() ? tileBudgetBytes_ : 256.0 * 1024 * 1024));
  t->store.setLimits(limits_);
  return *t;
}

const Stage::SceneTextures* Stage::find(const Scene& scene) const {
  for (const auto& t : scenes_)
    if (t->scene == &scene) return t.get();
  return nullptr;
}

const TextureStore* Stage::findLayer(const Scene& scene) const {
  const SceneTextures* t = find(scene);
  return t ? &t->store : nullptr;
}

const std::vector<TileId>& Stage::wantedTiles(const Scene& scene) const {
  static const std::vector<TileId> none;
  const SceneTextures* t = find(scene);
  return t ? t->wanted : none;
}

bool Stage::hasPicture(const Scene& scene) const {
  const SceneTextures* t = find(scene);
  return t && (t->video.ready() || t->store.drawable() != nullptr);
}

double Stage::bytes(const Scene& scene) const {
  const SceneTextures* t = find(scene);
  return t ? t->store.residentBytes() + 4.0 * t->video.width() * t->video.height() : 0.0;
}

void Stage::release(const Scene& scene) {
  const auto it = std::find_if(scenes_.begin(), scenes_.end(), [&](const auto& t) { return t->scene == &scene; });
  if (it == scenes_.end()) return;
  (*it)->video.reset();
  (*it)->store.reset();
  scenes_.erase(it);
}

void Stage::clearScenes() {
  for (auto& t : scenes_) {
    t->video.reset();
    t->store.reset();
  }
  scenes_.clear();
}

void Stage::setViewport(int width, int height) {
  if (width == viewport_[0] && height == viewport_[1]) return;
  glViewport(0, 0, width, height);
  viewport_[0] = width;
  viewport_[1] = height;
}

bool Stage::drawCube(const Layer& layer, SceneTextures& t, const Projection& projection, double pixelRatio, float opacity) {
  const auto& g = static_cast<const CubeGeometry&>(*layer.geometry);
  TextureStore& store = t.store;
  const int level = g.levelFor(projection, pixelRatio);
  const std::vector<TileId> visible = g.visibleTiles(projection, level);
  store.want(visible);
  t.wanted = visible;
  const auto residentTexture = [&](const TileId& id) -> const PanoramaTexture* { return store.resident(id) ? store.tile(id) : nullptr; };
  const PanoramaTexture* preview = residentTexture(kCubePreview);
  std::vector<TileId> standIns;
  if (opacity >= 1.0f) {
    // Tiles cover the view only once something is in for every one of them.
    glClearColor(0.05f, 0.05f, 0.06f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  cube_->begin(projection, opacity);
  int standInQuads = 0;
  for (const TileId& tile : visible) {
    const glm::dvec4 rect = g.tileRect(tile);
    if (const PanoramaTexture* own = residentTexture(tile)) {
      cube_->quad(tile.face, rect, own->texture(), {0.0, 0.0, 1.0, 1.0});
      continue;
    }
    // The finest coarser level whose tiles over this one's rectangle are all in.
    bool covered = false;
    for (int k = tile.level - 1; k >= 0 && !covered; --k) {
      const GeometryLevel& l = g.levels()[size_t(k)];
      const int n = g.tilesAcross(k);
      const double step = l.tileSize > 0 && l.width > 0 ? double(l.tileSize) / l.width : 1.0;
      const int x0 = std::clamp(int(rect.x / step), 0, n - 1), x1 = std::clamp(int(std::ceil(rect.z / step)) - 1, x0, n - 1);
      const int y0 = std::clamp(int(rect.y / step), 0, n - 1), y1 = std::clamp(int(std::ceil(rect.w / step)) - 1, y0, n - 1);
      covered = true;
      for (int y = y0; y <= y1 && covered; ++y)
        for (int x = x0; x <= x1 && covered; ++x) covered = residentTexture({k, tile.face, x, y}) != nullptr;
      if (!covered) continue;
      for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
          const TileId id{k, tile.face, x, y};
          const glm::dvec4 r = g.tileRect(id);
          const glm::dvec4 clip{std::max(rect.x, r.x), std::max(rect.y, r.y), std::min(rect.z, r.z), std::min(rect.w, r.w)};
          const glm::dvec2 size{r.z - r.x, r.w - r.y};
          cube_->quad(tile.face, clip, residentTexture(id)->texture(),
                      {(clip.x - r.x) / size.x, (clip.y - r.y) / size.y, (clip.z - r.x) / size.x, (clip.w - r.y) / size.y});
          standIns.push_back(id);
          ++standInQuads;
        }
    }
    if (!covered && preview) {
      // The preview strip: six faces stacked; half a texel in from each face's edges so the
      // faces above and below do not bleed in.
      const double slot = layer.source.previewSlot(tile.face);
      const double inset = 0.5 / std::max(1, preview->width());
      const auto v = [&](double y) { return (slot + std::clamp(y, inset, 1.0 - inset)) / 6.0; };
      const auto u = [&](double x) { return std::clamp(x, inset, 1.0 - inset); };
      cube_->quad(tile.face, rect, preview->texture(), {u(rect.x), v(rect.y), u(rect.z), v(rect.w)});
      ++standInQuads;
    }
  }
  // What stood in stays most recently used after the wanted tiles, so it is evicted last.
  store.want(standIns);
  store.evict();
  lastQuads_ = cube_->quads();
  lastStandIns_ = standInQuads;
  return cube_->quads() > 0;
}

StereoRect Stage::stereoPart(const Scene& scene, SceneTextures& t, int width, int height, int eye) {
  const StereoLayout declared = scene.config().stereo;
  const StereoLayout shown = stereoShown(declared, width, height);
  if (shown != declared && !t.stereoWarned) {
    t.stereoWarned = true;
    // (The preview, a smaller copy, may come first: the picture's shape is what is said.)
    char shape[32];
    std::snprintf(shape, sizeof shape, "%.3g:1", double(width) / double(height));
    platform_.warn("scene \"" + scene.id() + "\" is marked stereo \"" + stereoName(declared) + "\", but its picture is " + shape +
                   " (" + (declared == StereoLayout::TopBottom ? "1:1" : "4:1") + " expected: each eye a 2:1 equirect); it is shown mono");
  }
  return stereoRect(shown, eye);
}

bool Stage::drawScene(const Scene& scene, const Projection& projection, double pixelRatio, const glm::vec3& eye, float opacity,
                      int stereoEye) {
  SceneTextures& t = textures(scene);
  bool drawn = false;
  for (const Layer& layer : scene.layers()) {
    if (layer.geometry->kind() == GeometryKind::Cube) {
      drawn = drawCube(layer, t, projection, pixelRatio, opacity) || drawn;
      continue;
    }
    PanoramaRenderer* renderer = renderers_[int(layer.geometry->kind())].get();
    if (!renderer) continue;
    // The store's frame: the finest level's visible tiles are wanted (the coarsest stays anyway).
    const int finest = int(layer.geometry->levels().size()) - 1;
    t.store.want(layer.geometry->visibleTiles(projection, finest));
    t.store.evict();
    const PanoramaTexture* shown = t.store.drawable();
    if (layer.source.kind == Source::Kind::Video && t.video.ready()) {
      renderer->draw(projection, t.video.texture(), t.video.width(), t.video.height(), eye, opacity,
                     stereoPart(scene, t, t.video.width(), t.video.height(), stereoEye));
    } else if (shown) {
      // The panorama covers every pixel of its viewport: no clear needed.
      // (The preview is a smaller copy of the same picture: the same layout.)
      renderer->draw(projection, shown->texture(), shown->width(), shown->height(), eye, opacity,
                     stereoPart(scene, t, shown->width(), shown->height(), stereoEye));
    } else {
      continue;
    }
    drawn = true;
  }
  return drawn;
}

void Stage::draw(const Scene& scene, const View& view, bool withOverlay, const Scene* leaving, const MoveFrame* move) {
  if (warmUpWalk_ && hasPicture(scene)) {
    setViewport(1, 1);
    drawScene(scene, view.projection(), view.pixelRatio(), glm::vec3(0.0f, 0.0f, 1e-3f), 1.0f);
    walkWarm_ = true;
    warmUpWalk_ = false;
  }
  const double ratio = view.pixelRatio();
  const int fbWidth = std::max(1, int(std::lround(view.canvasWidth() * ratio)));
  const int fbHeight = std::max(1, int(std::lround(view.height() * ratio)));
  setViewport(view.split() ? std::max(1, int(std::lround(view.width() * ratio))) : fbWidth, fbHeight);
  if (view.split()) {
    glClearColor(0.03f, 0.03f, 0.04f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  bool drawn = false;
  float opacity = 1.0f;
  glm::vec3 eye(0.0f);
  if (leaving && move) {
    // The scene left behind, seen from the walk's camera, the view turned into its frame.
    ViewAngles angles = view.camera().view();
    angles.yaw += move->fromYawOffset;
    const Projection from(angles, view.width(), view.height(), view.lensShift());
    drawn = drawScene(*leaving, from, ratio, glm::vec3(move->fromEye), 1.0f);
    if (drawn) opacity = float(move->toOpacity);
    eye = glm::vec3(move->toEye);
  }
  if (opacity > 0.0f) drawn = drawScene(scene, view.projection(), ratio, eye, opacity) || drawn;
  if (!drawn) {
    glClearColor(0.05f, 0.05f, 0.06f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  setViewport(fbWidth, fbHeight);
  if (withOverlay) overlay_->draw();
  fence();
}

void Stage::fence() {
  if (frameFence_) return;
  frameFence_ = glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
  glFlush(); // (an unflushed fence may never signal when no frame follows)
}

void Stage::drawEye(const Scene& scene, const Projection& projection, const std::array<int, 4>& viewport, int eye) {
  glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
  viewport_[0] = viewport_[1] = -1;
  glDisable(GL_BLEND);
  if (!drawScene(scene, projection, 1.0, glm::vec3(0.0f), 1.0f, eye)) {
    // Nothing to show yet: this eye's part only (a clear ignores the viewport).
    glEnable(GL_SCISSOR_TEST);
    glScissor(viewport[0], viewport[1], viewport[2], viewport[3]);
    glClearColor(0.05f, 0.05f, 0.06f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
  }
}

void Stage::endEyes() {
  viewport_[0] = viewport_[1] = -1;
  fence();
}

} // namespace shotscape
