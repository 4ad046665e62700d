#include "render/Stage.h"

#include <algorithm>
#include <cmath>

#include <GLES3/gl3.h>

namespace shotscape {

Stage::Stage(Platform& platform) : platform_(platform) {}

Stage::~Stage() {
  clip_.reset();
  clearScenes();
}

bool Stage::build(std::string& error) {
  limits_ = TextureLimits::query();
  for (auto& t : scenes_) t->store.setLimits(limits_);
  renderers_[int(GeometryKind::Equirect)] = std::make_unique<PanoramaRenderer>();
  overlay_ = std::make_unique<OverlayRenderer>();
  viewport_[0] = viewport_[1] = -1;
  walkWarm_ = warmUpWalk_ = false;
  // (A geometry without a renderer yet — cube faces, until their renderer lands — draws nothing.)
  for (auto& renderer : renderers_)
    if (renderer && !renderer->init(error)) return false;
  return overlay_->init(error);
}

void Stage::forget() {
  for (auto& t : scenes_) {
    t->store.forget();
    t->video.forget();
  }
  clip_.forget();
}

Stage::SceneTextures& Stage::textures(const Scene& scene) {
  for (auto& t : scenes_)
    if (t->scene == &scene) return *t;
  auto& t = scenes_.emplace_back(std::make_unique<SceneTextures>(platform_, scene));
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

bool Stage::drawScene(const Scene& scene, const Projection& projection, const glm::vec3& eye, float opacity) {
  SceneTextures& t = textures(scene);
  bool drawn = false;
  for (const Layer& layer : scene.layers()) {
    PanoramaRenderer* renderer = renderers_[int(layer.geometry->kind())].get();
    if (!renderer) continue;
    // The store's frame: the finest level's visible tiles are wanted (the coarsest stays anyway).
    const int finest = int(layer.geometry->levels().size()) - 1;
    t.store.want(layer.geometry->visibleTiles(projection, finest));
    t.store.evict();
    const PanoramaTexture* shown = t.store.drawable();
    if (layer.source.kind == Source::Kind::Video && t.video.ready()) {
      renderer->draw(projection.basis(), t.video.texture(), t.video.width(), t.video.height(), eye, opacity);
    } else if (shown) {
      // The panorama covers every pixel of its viewport: no clear needed.
      renderer->draw(projection.basis(), shown->texture(), shown->width(), shown->height(), eye, opacity);
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
    drawScene(scene, view.projection(), glm::vec3(0.0f, 0.0f, 1e-3f), 1.0f);
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
    drawn = drawScene(*leaving, from, glm::vec3(move->fromEye), 1.0f);
    if (drawn) opacity = float(move->toOpacity);
    eye = glm::vec3(move->toEye);
  }
  if (opacity > 0.0f) drawn = drawScene(scene, view.projection(), eye, opacity) || drawn;
  if (!drawn) {
    glClearColor(0.05f, 0.05f, 0.06f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  setViewport(fbWidth, fbHeight);
  if (withOverlay) overlay_->draw();
}

} // namespace shotscape
