#include "render/Stage.h"

#include <GLES3/gl3.h>

namespace shotscape {

Stage::Stage(Platform& platform) : layer_(platform, 2) {}

Stage::~Stage() {
  clip_.reset();
  video_.reset();
  layer_.reset();
}

bool Stage::build(std::string& error) {
  limits_ = TextureLimits::query();
  layer_.setLimits(limits_);
  renderers_.clear();
  renderers_.emplace_back(GeometryKind::Equirect, std::make_unique<PanoramaRenderer>());
  overlay_ = std::make_unique<OverlayRenderer>();
  viewport_[0] = viewport_[1] = -1;
  for (auto& [kind, renderer] : renderers_)
    if (!renderer->init(error)) return false;
  return overlay_->init(error);
}

void Stage::forget() {
  layer_.forget();
  video_.forget();
  clip_.forget();
}

void Stage::clearScene() {
  video_.reset();
  layer_.reset();
}

void Stage::setViewport(int width, int height) {
  if (width == viewport_[0] && height == viewport_[1]) return;
  glViewport(0, 0, width, height);
  viewport_[0] = width;
  viewport_[1] = height;
}

void Stage::draw(const Projection& projection, GeometryKind geometry, int fbWidth, int fbHeight, int sceneWidth,
                 bool split, bool withOverlay) {
  setViewport(sceneWidth, fbHeight);
  if (split) {
    glClearColor(0.03f, 0.03f, 0.04f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  PanoramaRenderer* renderer = nullptr;
  for (auto& [kind, r] : renderers_)
    if (kind == geometry) renderer = r.get();
  const PanoramaTexture* shown = layer_.drawable();
  if (renderer && video_.ready()) {
    renderer->draw(projection.basis(), video_.texture(), video_.width(), video_.height());
  } else if (renderer && shown) {
    // The panorama covers every pixel of its viewport: no clear needed.
    renderer->draw(projection.basis(), shown->texture(), shown->width(), shown->height());
  } else {
    glClearColor(0.05f, 0.05f, 0.06f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  setViewport(fbWidth, fbHeight);
  if (withOverlay) overlay_->draw();
}

} // namespace shotscape
