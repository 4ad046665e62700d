#include "features/share/ShareFeature.h"

#include "core/text/UiText.h"
namespace shotscape {

void ShareFeature::contribute(OverlayModel& model) const {
  if (!open_ || c_.scene().load().status() == LoadStatus::Failed) return;
  const std::optional<double> time = links_.videoTime();
  ShareView s;
  s.link = links_.sharePage() + "?" + links_.momentLink(0.1, 0.1, withTime_);
  s.hasTime = time.has_value();
  s.withTime = withTime_;
  if (time) s.timeLabel = formatClock(*time);
  s.canShareNatively = c_.platform.canShareNatively();
  s.status = status_;
  model.share = s;
}

void ShareFeature::apply(const OverlayActions& a) {
  if (a.toggleShare) {
    open_ = !open_;
    status_.clear();
    c_.loop.invalidate();
  }
  if (!open_) return;
  if (a.toggleShareTime) {
    withTime_ = !withTime_;
    c_.loop.invalidate();
  }
  if (!(a.copyLink || a.copyIframe || a.copyScript || a.shareNatively)) return;
  const std::string params = links_.momentLink(0.1, 0.1, withTime_);
  auto report = [this](const char* done) {
    return [this, done](bool ok, std::string reason) {
      status_ = ok ? done : trf("Could not copy ({0}): select and copy the link instead", {reason});
      c_.platform.announce(status_);
      c_.loop.invalidate();
    };
  };
  const std::string page = links_.sharePage();
  if (a.copyLink) c_.platform.copyShare(Platform::ShareKind::Link, params, page, report(tr("Link copied")));
  if (a.copyIframe) c_.platform.copyShare(Platform::ShareKind::IframeSnippet, params, page, report(tr("Embed code copied")));
  if (a.copyScript) c_.platform.copyShare(Platform::ShareKind::ScriptSnippet, params, page, report(tr("Script tag copied")));
  if (a.shareNatively) c_.platform.shareNatively(c_.loader.tour() ? c_.loader.tour()->title() : std::string("360° shot"), params, page, report("Shared"));
}

bool ShareFeature::handle(Command command) {
  if (command != Command::Dismiss || !open_) return false;
  open_ = false;
  c_.loop.invalidate();
  return true;
}

} // namespace shotscape
