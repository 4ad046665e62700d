#include "features/captions/CaptionStyleFeature.h"

#include "core/text/UiText.h"
#include "core/manifest/JsonWriter.h"

namespace shotscape {

CaptionStyleFeature::CaptionStyleFeature(FeatureContext& context, const HotspotsFeature& hotspots)
    : c_(context), hotspots_(hotspots) {
  const std::string saved = c_.platform.loadSetting(kStorageKey);
  if (!saved.empty()) {
    // Written by this code; a value that no longer reads (an older or edited one) is dropped.
    const CaptionStyleParse p = parseCaptionStyle(saved);
    remembered_ = p.warnings.empty();
    if (remembered_) style_ = p.style;
    else c_.platform.saveSetting(kStorageKey, "");
  }
  if (!remembered_) style_ = start();
}

CaptionStyle CaptionStyleFeature::start() const {
  if (pageSet_) return pageStyle_;
  return c_.platform.prefersContrast() ? highContrastCaptionStyle() : CaptionStyle{};
}

void CaptionStyleFeature::set(std::string_view text, const char* by) {
  const std::string who(by);
  const CaptionStyleParse p = parseCaptionStyle(text, who == "page" ? CaptionStyle{} : style_);
  for (const std::string& w : p.warnings) c_.platform.warn(w);
  if (who == "page") {
    pageStyle_ = p.style;
    pageSet_ = true;
    if (remembered_) return; // the viewer's own choice stays
  }
  change(p.style, by);
}

void CaptionStyleFeature::reset(const char* by) {
  if (remembered_) c_.platform.saveSetting(kStorageKey, "");
  remembered_ = false;
  change(start(), by, false);
}

void CaptionStyleFeature::change(const CaptionStyle& style, const char* by, bool remember) {
  if (remember && std::string_view(by) == "viewer") {
    c_.platform.saveSetting(kStorageKey, formatCaptionStyle(style));
    remembered_ = true;
  }
  if (style == style_) return;
  style_ = style;
  std::string detail = captionStyleJson(style);
  detail.pop_back();
  c_.platform.emit("captionstylechange", detail + ",\"by\":" + jsonQuote(by) + "}");
  c_.loop.invalidate();
}

bool CaptionStyleFeature::step(double) {
  if (open_ && !hotspots_.isOpen()) open_ = false;
  return false;
}

void CaptionStyleFeature::contribute(OverlayModel& m) const {
  m.captionStyle = style_;
  m.captionSettings = open_ && !m.headset;
}

void CaptionStyleFeature::apply(const OverlayActions& a) {
  if (a.hotspot.toggleCaptionSettings) {
    open_ = !open_;
    c_.platform.announce(open_ ? tr("Caption style, settings open") : tr("Caption style closed"));
    c_.loop.invalidate();
  }
  if (a.captionSettings.close && open_) {
    open_ = false;
    c_.loop.invalidate();
  }
  if (a.captionSettings.reset) {
    reset("viewer");
    c_.platform.announce(tr("Caption style reset"));
  }
  if (a.captionSettings.style) change(*a.captionSettings.style, "viewer");
}

bool CaptionStyleFeature::handle(Command command) {
  if (command != Command::Dismiss || !open_) return false;
  open_ = false;
  c_.loop.invalidate();
  return true;
}

void CaptionStyleFeature::stats(JsonWriter& json) const {
  json.addJson("captionStyle", captionStyleJson(style_)).add("captionSettingsOpen", open_);
}

} // namespace shotscape
