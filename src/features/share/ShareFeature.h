#pragma once
// The share menu: a link to the moment (the view, the open hotspot, with or without the video's
// time), an iframe and a script-tag snippet to embed it, the system's share sheet where there is
// one, and what happened ("Link copied") said on screen and to screen readers. The links come from
// the player (core/link/DeepLink through Player::momentLink), the page from the open hotspot.

#include <optional>
#include <string>

#include "features/Feature.h"

namespace shotscape {

class ShareFeature final : public Feature {
 public:
  // Where links come from (the player).
  class Links {
   public:
    virtual std::string momentLink(double angleStep, double timeStep, bool withTime) const = 0; // "manifest=…&yaw=…"
    virtual std::string sharePage() const = 0;              // the open hotspot's share page, "" = none
    virtual std::optional<double> videoTime() const = 0;    // a video's current time; empty for images

   protected:
    ~Links() = default;
  };
  ShareFeature(FeatureContext& context, const Links& links) : c_(context), links_(links) {}

  void contribute(OverlayModel& model) const override;
  void apply(const OverlayActions& actions) override;
  bool handle(Command command) override;
  void stats(JsonWriter& json) const override { json.add("shareStatus", status_); }

 private:
  const FeatureContext c_; // (a copy of the references: one indirection less per use)
  const Links& links_;
  bool open_ = false;
  bool withTime_ = false; // video scenes: links start at the current time
  std::string status_;    // "Link copied", or why not
};

} // namespace shotscape
