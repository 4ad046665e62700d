#include "features/hotspots/HotspotsFeature.h"

#include "core/text/UiText.h"

#include <algorithm>
#include <cmath>

#include "core/input/SpatialNav.h"
#include "core/view/Glide.h"
#include "ui/Icons.h"

namespace shotscape {

HotspotsFeature::HotspotsFeature(FeatureContext& context)
    : c_(context), captionLanguage_(context.options.lang.value_or("")), linkPending_(context.options.hotspot.has_value()) {}

HotspotsFeature::~HotspotsFeature() { session_.reset(); }

bool HotspotsFeature::pictureShown() const { return c_.scene().configured() && c_.stage.hasPicture(c_.scene()); }

void HotspotsFeature::leave() {
  close();
  focused_.reset();
}

bool HotspotsFeature::open(const std::string& id, HotspotOpener by) {
  const Scene& scene = c_.scene();
  if (!scene.configured()) return false;
  const HotspotConfig* hotspot = scene.hotspot(id);
  if (!hotspot) {
    c_.platform.warn("no hotspot with id \"" + id + "\" in this scene");
    return false;
  }
  if (session_ && session_->hotspot().id == id) return true;
  close();
  // The focus ring (and its label) is for keyboard users, as :focus-visible: a tap or a click
  // leaves none behind once the hotspot closes.
  if (by == HotspotOpener::Keyboard) focused_ = id;
  else focused_.reset();
  session_ = std::make_unique<HotspotSession>(
      c_.platform, *hotspot, scene.baseUrl(), c_.stage.clip(), [this]() { c_.loop.invalidate(); },
      [this](const std::string& message, const std::string& url) { c_.reportMediaError(message, url); });
  if (!captionLanguage_.empty()) setCaptionLanguage(captionLanguage_);
  opened_ = true;
  const double now = c_.nowSeconds();
  const ViewAngles from = c_.view.camera().view();
  // The view turns to the hotspot while a lens shift moves the picture into the middle of what the
  // panel leaves uncovered: the hotspot lands there without the camera tilting (a phone's sheet
  // covers the lower half: no looking down at the floor with walls leaning in).
  const ViewAngles to{hotspot->yaw, hotspot->pitch, from.hfov};
  const bool reduced = c_.platform.prefersReducedMotion();
  // A moment link restores its own view: the hotspot opens where the viewer was looking.
  const bool keepView = by == HotspotOpener::Link || by == HotspotOpener::Headset;
  const double seconds = keepView ? 0.0 : Glide::durationFor(from, to, reduced);
  c_.view.controller().stop();
  if (!keepView) c_.view.glideTo(to, now, seconds);
  aimShift(reduced ? 0.0 : std::max(seconds, GlideSettings{}.minSeconds));
  static const char* const openers[] = {"pointer", "keyboard", "api", "link", "headset"};
  c_.platform.emit("hotspotopen", JsonWriter().add("id", id).add("by", openers[int(by)]).str());
  c_.platform.announce(trf("{0}, opened. Escape closes it.", {hotspot->label}));
  c_.loop.markOverlayStale();
  c_.loop.invalidate();
  return true;
}

std::vector<size_t> HotspotsFeature::activeMarkers() const {
  std::vector<size_t> out;
  const auto& markers = c_.scene().markers();
  for (size_t i = 0; i < markers.size(); ++i)
    if (HotspotLayout::activeAt(markers[i], c_.scene().time)) out.push_back(i);
  return out;
}

void HotspotsFeature::activate(const std::string& id, HotspotOpener by) {
  const Scene& scene = c_.scene();
  if (scene.hotspot(id)) {
    open(id, by);
    return;
  }
  for (const HotspotConfig& marker : scene.markers())
    if (marker.id == id && !marker.target.empty()) {
      close();
      c_.loader.go(marker.target, by == HotspotOpener::Keyboard  ? SceneChangeBy::Keyboard
                                   : by == HotspotOpener::Headset ? SceneChangeBy::Headset
                                                                  : SceneChangeBy::Pointer);
      return;
    }
}

void HotspotsFeature::closeAndFollow(SceneChangeBy by) {
  // A hotspot with a target opens that scene once the viewer is done with its commentary.
  const std::string target = session_ ? session_->hotspot().target : std::string();
  close();
  if (!target.empty()) c_.loader.go(target, by);
}

void HotspotsFeature::close() {
  if (!session_) return;
  const std::string id = session_->hotspot().id;
  session_.reset();
  c_.view.stopGlide();
  setSideBySide(false);
  aimShift(c_.platform.prefersReducedMotion() ? 0.0 : GlideSettings{}.minSeconds);
  if (!caption_.empty()) {
    caption_.clear();
    captionCues_.clear();
    c_.platform.emit("captionchange", JsonWriter().add("text", "").str());
    c_.platform.announceCaption("");
  }
  c_.platform.announce("");
  c_.platform.emit("hotspotclose", JsonWriter().add("id", id).str());
  c_.loop.markOverlayStale();
  c_.loop.invalidate();
}

bool HotspotsFeature::setCaptionLanguage(const std::string& lang) {
  captionLanguage_ = lang;
  if (!session_ || !session_->commentary()) return false;
  const auto& tracks = session_->commentary()->tracks;
  for (size_t i = 0; i < tracks.size(); ++i) {
    if (tracks[i].config.lang == lang) {
      session_->selectTrack(i);
      return true;
    }
  }
  return false;
}

std::string HotspotsFeature::linkedId() const {
  if (session_) return session_->hotspot().id;
  return linkPending_ ? c_.options.hotspot.value_or("") : std::string();
}

bool HotspotsFeature::takeOpened() {
  const bool opened = opened_;
  opened_ = false;
  return opened;
}

std::string HotspotsFeature::sharePage() const { return session_ ? session_->hotspot().sharePage : std::string(); }

std::optional<glm::dvec4> HotspotsFeature::panel(bool* sheet) const {
  if (!session_ || c_.view.split()) return std::nullopt;
  const double width = c_.view.canvasWidth();
  const bool timelineRow = c_.scene().isVideo() && c_.options.controls;
  float rect[4];
  HotspotPanel::panelRect({float(width), float(c_.view.height()), float(width), timelineRow ? kRowAboveButtons : 0.0f, 0.0f,
                           isRightToLeft(uiLanguage())},
                          rect);
  if (sheet) *sheet = rect[0] < width * 0.25; // narrow screens: the panel is a sheet below
  return glm::dvec4{rect[0], rect[1], rect[2], rect[3]};
}

bool HotspotsFeature::sheetOpen() const {
  bool sheet = false;
  return panel(&sheet) && sheet;
}

HotspotLayoutSettings HotspotsFeature::layoutSettings() const {
  HotspotLayoutSettings settings;
  bool sheet = false;
  const auto rect = panel(&sheet);
  if (rect)
    settings.uncovered = sheet ? glm::dvec4{0.0, 0.0, c_.view.canvasWidth(), rect->y} : glm::dvec4{0.0, 0.0, rect->x, c_.view.height()};
  return settings;
}

void HotspotsFeature::aimShift(double seconds) {
  c_.view.aimShift(layoutSettings().uncovered, c_.nowSeconds(), seconds);
  c_.loop.invalidate();
}

HotspotLayout HotspotsFeature::layout() const {
  const Scene& scene = c_.scene();
  return HotspotLayout(scene.markers(), scene.hotspotDirections(), c_.view.projection(), scene.time, layoutSettings());
}

void HotspotsFeature::setSideBySide(bool on) {
  if (c_.view.split() == on) return;
  c_.view.setSplit(on);
  aimShift(0.0);
  c_.loop.markOverlayStale();
  c_.loop.invalidate();
}

bool HotspotsFeature::tap(glm::dvec2 pixel) {
  if (!pictureShown() || pixel.x >= c_.view.width()) return false;
  if (const auto hit = layout().hitTest(pixel)) {
    c_.view.controller().stop();
    activate(c_.scene().markers()[*hit].id, HotspotOpener::Pointer);
    return true;
  }
  // A tap on the scene above a phone's sheet puts the sheet away (as a map app's does).
  if (!sheetOpen()) return false;
  c_.view.controller().stop();
  closeAndFollow(SceneChangeBy::Pointer);
  return true;
}

void HotspotsFeature::hover(std::optional<glm::dvec2> mouse) { mouse_ = mouse; }

void HotspotsFeature::clearFocus() { focused_.reset(); }

bool HotspotsFeature::seekCommentaryBy(double seconds) {
  if (!session_ || !session_->commentary()) return false;
  const Commentary& c = *session_->commentary();
  session_->seekCommentary(std::max(0.0, c.audio.time + seconds));
  c_.loop.invalidate();
  return true;
}

bool HotspotsFeature::focusNext(bool backwards) {
  if (!pictureShown()) return false;
  const auto& hotspots = c_.scene().markers();
  const auto order = HotspotLayout::yawOrder(hotspots, c_.scene().time);
  long at = -1;
  for (size_t k = 0; k < order.size(); ++k)
    if (focused_ && hotspots[order[k]].id == *focused_) at = long(k);
  const long next = at < 0 ? (backwards ? long(order.size()) - 1 : 0) : at + (backwards ? -1 : 1);
  c_.loop.invalidate();
  // Past either end the focus leaves the player, so keyboard users are never trapped in it.
  if (order.empty() || next < 0 || next >= long(order.size())) {
    focused_.reset();
    return false;
  }
  focusAt(order, size_t(next));
  return true;
}

void HotspotsFeature::focusAt(const std::vector<size_t>& order, size_t at) {
  const auto& hotspots = c_.scene().markers();
  const HotspotConfig& focused = hotspots[order[at]];
  focused_ = focused.id;
  c_.loop.invalidate();
  // Counted within their kind: "hotspot 2 of 4", "way 1 of 3".
  const bool link = c_.scene().link(order[at]) != nullptr;
  size_t index = 0, count = 0;
  for (size_t k = 0; k < order.size(); ++k) {
    if ((c_.scene().link(order[k]) != nullptr) != link) continue;
    ++count;
    if (k <= at) ++index;
  }
  c_.platform.announce(trf(link ? "{0}, way {1} of {2}. Press Enter to go there." : "{0}, hotspot {1} of {2}. Press Enter to open.",
                           {focused.label, std::to_string(index), std::to_string(count)}));
}

bool HotspotsFeature::focusToward(ControlKey direction) {
  if (!pictureShown() || session_) return false;
  const auto& hotspots = c_.scene().markers();
  const auto order = HotspotLayout::yawOrder(hotspots, c_.scene().time);
  const HotspotLayout placed = layout();
  std::vector<NavTarget> targets;
  std::optional<int> current;
  glm::dvec2 from{c_.view.width() * 0.5, c_.view.height() * 0.5};
  for (size_t k = 0; k < order.size(); ++k)
    for (const HotspotPlacement& p : placed.placements()) {
      if (p.index != order[k] || !p.onScreen) continue;
      targets.push_back({int(k), p.position});
      if (focused_ && hotspots[p.index].id == *focused_) {
        current = int(k);
        from = p.position;
      }
    }
  const auto next = spatialNext(targets, from, direction, current);
  if (!next) return false;
  focusAt(order, size_t(*next));
  return true;
}

bool HotspotsFeature::handle(Command command) {
  switch (command) {
    case Command::FocusNext: return focusNext(false);
    case Command::FocusPrevious: return focusNext(true);
    case Command::Activate:
      if (!focused_) return false;
      if (session_ && session_->hotspot().id == *focused_) session_->toggleCommentary();
      else activate(*focused_, HotspotOpener::Keyboard);
      return true;
    case Command::ToggleSound:
      if (!session_) return false;
      session_->toggleInfluenceSound();
      return true;
    case Command::ToggleCaptions:
      if (!session_ || !session_->commentary()) return false;
      session_->setCaptionsOn(!session_->commentary()->captionsOn);
      return true;
    case Command::Dismiss:
      if (session_) {
        closeAndFollow(SceneChangeBy::Keyboard);
        return true;
      }
      if (!focused_) return false;
      focused_.reset();
      c_.platform.announce("");
      c_.loop.invalidate();
      return true;
    default: return false;
  }
}

void HotspotsFeature::userGesture() {
  if (session_) session_->userGesture();
}

bool HotspotsFeature::step(double nowMs) {
  const double now = nowMs / 1000.0;
  bool again = false;
  if (session_) {
    session_->update();
    if (session_->updateInfluenceFrame()) c_.loop.markDirty(); // same geometry, new pixels: no ImGui run
    const Commentary* commentary = session_->commentary();
    // While the clip has the sound, its own captions (influence.media.captions) at its time.
    const Commentary* clip = session_->clipCaptions();
    const Commentary* source = clip ? clip : commentary;
    const double at = clip ? session_->influence().media.time : commentary ? commentary->audio.time : 0.0;
    std::vector<CaptionCue> cues;
    std::string caption; // the cues' text, one a line (captionchange, the live region)
    if (source)
      for (const Cue* cue : source->captionCuesAt(at)) {
        cues.push_back({cueDisplayText(*cue), cue->settings});
        caption += (caption.empty() ? "" : "\n") + cues.back().text;
      }
    if (cues != captionCues_) {
      captionCues_ = std::move(cues);
      c_.loop.markDirty();
    }
    if (caption != caption_) {
      caption_ = std::move(caption);
      c_.platform.emit("captionchange", JsonWriter().add("text", caption_).str());
      c_.platform.announceCaption(caption_);
      c_.loop.markDirty();
    }
    again = session_->active();
  }
  c_.ducking.setDucked(session_ && session_->voicePlaying(), now);
  return again;
}

void HotspotsFeature::shown() {
  if (!linkPending_ || !c_.scene().configured()) return;
  linkPending_ = false;
  open(*c_.options.hotspot, HotspotOpener::Link); // an unknown id is warned about there
}

void HotspotsFeature::contribute(OverlayModel& m) const {
  // A phone's sheet names the hotspot: the shot's title card would only cover the scene above it.
  if (sheetOpen()) m.title.clear();
  const bool failed = c_.scene().load().status() == LoadStatus::Failed;
  if (session_ && !failed) {
    m.panel = panelView();
    m.caption = caption_;
    m.captionCues = captionCues_;
  }
  if (!pictureShown()) return;
  const double layoutStart = c_.platform.nowMs();
  const auto& hotspots = c_.scene().markers();
  const HotspotLayout placed = layout();
  const auto hovered = mouse_ && mouse_->x < c_.view.width() ? placed.hitTest(*mouse_) : std::nullopt;
  const double layoutMs = c_.platform.nowMs() - layoutStart;
  layoutMsTotal_ += layoutMs;
  layoutMsMax_ = std::max(layoutMsMax_, layoutMs);
  ++layouts_;
  std::optional<size_t> focused;
  for (size_t i = 0; focused_ && i < hotspots.size() && !focused; ++i)
    if (hotspots[i].id == *focused_) focused = i;
  m.markers.reserve(placed.placements().size());
  for (const auto& p : placed.placements()) {
    const bool isFocused = focused == p.index;
    const bool highlighted = hovered == p.index || isFocused;
    const bool link = c_.scene().link(p.index) != nullptr;
    std::string label = highlighted ? hotspots[p.index].label : std::string();
    // A way whose scene failed to load says so where the viewer would follow it.
    if (const Scene* target = link && highlighted ? c_.loader.find(hotspots[p.index].target) : nullptr;
        target && target->load().status() == LoadStatus::Failed)
      label += " (could not be loaded)";
    m.markers.push_back({float(p.position.x), float(p.position.y), p.onScreen, float(p.pointing.x), float(p.pointing.y),
                         highlighted, isFocused, std::move(label), link});
  }
}

void HotspotsFeature::apply(const OverlayActions& actions) { applyPanel(actions.hotspot); }

void HotspotsFeature::stats(JsonWriter& json) const {
  // What the open hotspot's panel says, for tests and the page.
  const std::optional<HotspotPanelView> view = session_ ? std::optional(panelView()) : std::nullopt;
  // The hotspots shown at the scene's current time (time windows applied), comma-separated.
  std::string active;
  if (c_.scene().configured())
    for (const auto& h : c_.scene().config().hotspots)
      if (HotspotLayout::activeAt(h, c_.scene().time)) active += (active.empty() ? "" : ",") + h.id;
  json.add("focused", focused_.value_or(std::string()));
  json.add("hotspot", session_ ? session_->hotspot().id : std::string())
      .add("attribution", view ? view->attribution : std::string())
      .add("commentaryStatus", view ? view->commentaryStatus : std::string())
      .add("captionsStatus", view ? view->captionsStatus : std::string())
      .add("influenceStatus", view ? view->influenceStatus : std::string())
      .add("caption", caption_)
      .add("hotspotLayoutMsMax", layoutMsMax_)
      .add("hotspotLayoutMsMean", layouts_ ? layoutMsTotal_ / double(layouts_) : 0.0)
      .add("influenceUploads", double(session_ ? session_->influenceTexture().uploads() : 0))
      .add("activeHotspots", active)
      .add("panelScroll", double(panelScroll_))
      .add("panelScrollMax", double(panelScrollMax_));
  // Every marker's direction (hotspots, then links as "link:<target>"), for tests that aim at them.
  std::string angles = "[";
  for (const HotspotConfig& m : c_.scene().markers())
    angles += (angles.size() > 1 ? "," : "") + JsonWriter().add("id", m.id).add("yaw", m.yaw).add("pitch", m.pitch).str();
  json.addJson("markerAngles", angles + "]");
  std::string boxes = "[";
  for (const auto& b : captionBoxes_)
    boxes += (boxes.size() > 1 ? "," : "") + JsonWriter().add("x", double(b[0])).add("y", double(b[1])).add("w", double(b[2])).add("h", double(b[3])).str();
  json.addJson("captionBoxes", boxes + "]");
}

} // namespace shotscape
