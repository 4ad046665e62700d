#pragma once
// The viewer's caption style (core/media/CaptionStyle): the settings panel opened from a hotspot's
// caption row (its choices apply live to the captions shown, and are remembered for the site),
// the element's `caption-style` attribute (the page's default), setCaptionStyle() and
// resetCaptionStyle() (applied, not remembered), and `prefers-contrast: more` (an opaque box)
// when neither the viewer nor the page chose. A change fires `captionstylechange` {…style, by}.

#include <string>

#include "core/media/CaptionStyle.h"
#include "features/Feature.h"
#include "features/hotspots/HotspotsFeature.h"

namespace shotscape {

class CaptionStyleFeature final : public Feature {
 public:
  static constexpr const char* kStorageKey = "shotscape-caption-style";

  CaptionStyleFeature(FeatureContext& context, const HotspotsFeature& hotspots);

  // `by`: "viewer" (the panel: remembered), "api", "page" (the attribute: the page's default,
  // which a remembered choice of the viewer's overrides). Bad pairs are ignored with a warning each.
  void set(std::string_view text, const char* by);
  // Back to the page's default (or the standard style), forgetting the viewer's choice.
  void reset(const char* by);
  const CaptionStyle& style() const { return style_; }
  bool settingsOpen() const { return open_; }

  bool step(double nowMs) override;
  void contribute(OverlayModel& model) const override;
  void apply(const OverlayActions& actions) override;
  bool handle(Command command) override;
  void stats(JsonWriter& json) const override;

 private:
  // `remember`: a choice of the viewer's is kept for the site (not a reset).
  void change(const CaptionStyle& style, const char* by, bool remember = true);
  CaptionStyle start() const; // the page's default, or the system's contrast wish

  FeatureContext& c_;
  const HotspotsFeature& hotspots_; // the panel opens from an open hotspot's caption row, and goes with it
  CaptionStyle style_;
  CaptionStyle pageStyle_;
  bool pageSet_ = false;
  bool remembered_ = false; // the viewer chose on this site
  bool open_ = false;
};

} // namespace shotscape
