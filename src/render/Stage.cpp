#include "render/Stage.h"

#include <algorithm>
#include <cmath>

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
  renderers_[int(GeometryKind::Equirect)] = std::make_unique<PanoramaRenderer>();
  overlay_ = std::make_unique<OverlayRenderer>();
  viewport_[0] = viewport_[1] = -1;
  for (auto& renderer : renderers_)
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

void Stage::draw(const Scene& scene, const View& view, bool withOverlay) {
  const double ratio = view.pixelRatio();
  const int fbWidth = std::max(1, int(std::lround(view.canvasWidth() * ratio)));
  const int fbHeight = std::max(1, int(std::lround(view.height() * ratio)));
  setViewport(view.split() ? std::max(1, int(std::lround(view.width() * ratio))) : fbWidth, fbHeight);
  if (view.split()) {
    glClearColor(0.03f, 0.03f, 0.04f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  const Projection projection = view.projection();
  bool drawn = false;
  for (const Layer& layer : scene.layers()) {
    PanoramaRenderer* renderer = renderers_[int(layer.geometry->kind())].get();
    // The store's frame: the finest level's visible tiles are wanted (the coarsest stays anyway).
    const int finest = int(layer.geometry->levels().size()) - 1;
    layer_.want(layer.geometry->visibleTiles(projection, finest));
    layer_.evict();
    const PanoramaTexture* shown = layer_.drawable();
    if (layer.source.kind == Source::Kind::Video && video_.ready()) {
      renderer->draw(projection.basis(), video_.texture(), video_.width(), video_.height());
    } else if (shown) {
      // The panorama covers every pixel of its viewport: no clear needed.
      renderer->draw(projection.basis(), shown->texture(), shown->width(), shown->height());
    } else {
      continue;
    }
    drawn = true;
  }
  if (!drawn) {
    glClearColor(0.05f, 0.05f, 0.06f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  setViewport(fbWidth, fbHeight);
  if (withOverlay) overlay_->draw();
}

} // namespace shotscape
