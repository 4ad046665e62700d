#include "features/tour/TourFeature.h"

namespace shotscape {

namespace {
const TileId kPreview{0, 0, 0, 0};

std::string titleOf(const SceneConfig& s) { return s.title.empty() ? s.id : s.title; }
} // namespace

void TourFeature::contribute(OverlayModel& m) const {
  const Tour* tour = c_.loader.tour();
  if (!tour || tour->scenes().size() < 2 || !c_.scene().configured()) return;
  TourView v;
  v.canGoBack = c_.loader.canGoBack();
  if (const std::string* previous = c_.loader.previous())
    if (const SceneConfig* s = tour->scene(*previous)) v.backLabel = titleOf(*s);
  v.listOpen = listOpen_;
  if (listOpen_) {
    for (const SceneConfig& s : tour->scenes()) {
      TourSceneView card{s.id, titleOf(s)};
      card.current = s.id == c_.scene().id();
      if (const Scene* held = c_.loader.find(s.id)) {
        card.failed = held->load().status() == LoadStatus::Failed;
        if (const TextureStore* store = c_.stage.findLayer(*held))
          if (const PanoramaTexture* preview = store->resident(kPreview) ? store->tile(kPreview) : store->drawable())
            card.texture = preview->texture();
      }
      v.scenes.push_back(std::move(card));
    }
  }
  m.tour = std::move(v);
}

void TourFeature::apply(const OverlayActions& actions) {
  const TourActions& a = actions.tour;
  if (a.back) c_.loader.back(SceneChangeBy::Pointer);
  if (a.toggleList) listOpen_ = !listOpen_;
  if (!a.go.empty()) {
    listOpen_ = false;
    c_.loader.go(a.go, SceneChangeBy::Pointer);
  }
  if (a.back || a.toggleList || !a.go.empty()) {
    c_.loop.markOverlayStale();
    c_.loop.invalidate();
  }
}

bool TourFeature::handle(Command command) {
  if (command == Command::Dismiss && listOpen_) {
    listOpen_ = false;
    c_.loop.invalidate();
    return true;
  }
  if (command == Command::Back) return c_.loader.back(SceneChangeBy::Keyboard);
  return false;
}

} // namespace shotscape
