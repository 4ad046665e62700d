// The C entry points that web/shotscape-player.js calls on a Player. Kept to wiring: argument
// conversion only. NaN in a view argument means "not given".
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>

#include "core/link/DeepLink.h"
#include "core/link/EmbedMessage.h"
#include "core/manifest/JsonWriter.h"
#include "platform/web/WebPlatform.h"
#include "player/Player.h"

namespace {
struct PlayerHandle {
  std::unique_ptr<shotscape::Player> player;
  std::string scratch; // keeps a returned string alive until the next call
};

std::optional<double> given(double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); }

// The `origins` link parameter as the moment parser returned it: "*" or comma-separated origins.
shotscape::OriginPolicy originPolicy(std::string_view origins) {
  shotscape::OriginPolicy policy;
  while (!origins.empty()) {
    const size_t comma = origins.find(',');
    const std::string entry(origins.substr(0, comma));
    if (entry == "*") policy.any = true;
    else if (!entry.empty()) policy.origins.push_back(entry);
    origins = comma == std::string_view::npos ? std::string_view() : origins.substr(comma + 1);
  }
  return policy;
}

// A string the JavaScript caller frees.
char* mallocString(const std::string& text) {
  char* result = static_cast<char*>(std::malloc(text.size() + 1));
  if (result) std::memcpy(result, text.c_str(), text.size() + 1);
  return result;
}
} // namespace

using shotscape::Player;

extern "C" {

// `moment`: the element's moment attributes (t, hotspot, lang, autoplay, muted, autorotate) as
// "key=value&…", read by the core's moment codec.
EMSCRIPTEN_KEEPALIVE PlayerHandle* shotscape_player_create(int hostId, int controls, double yaw, double pitch,
                                                           double hfov, const char* moment) {
  shotscape::PlayerOptions options;
  options.controls = controls != 0;
  options.yaw = given(yaw);
  options.pitch = given(pitch);
  options.hfov = given(hfov);
  const auto parsed = shotscape::parseMoment(moment, "");
  options.scene = parsed.moment.scene;
  options.t = parsed.moment.t;
  options.hotspot = parsed.moment.hotspot;
  options.lang = parsed.moment.lang;
  options.autoplay = parsed.moment.autoplay.value_or(true);
  options.muted = parsed.moment.muted.value_or(true);
  options.autorotate = parsed.moment.autorotate.value_or(0.0);
  options.memoryBudgetMb = parsed.moment.memoryBudget.value_or(256.0);
  options.projection = parsed.moment.projection;
  options.motion = parsed.moment.motion;
  options.tv = parsed.moment.tv.value_or(false);
  options.uilang = parsed.moment.uilang;
  options.warnings = parsed.warnings;
  auto* handle = new PlayerHandle;
  handle->player = std::make_unique<Player>(std::make_unique<shotscape::WebPlatform>(hostId), options);
  return handle;
}

EMSCRIPTEN_KEEPALIVE void shotscape_player_destroy(PlayerHandle* h) { delete h; }

// Parses a page URL's query and fragment into a moment: a flat JSON object with the parameters
// that were valid, and "warnings" (one per line). The caller frees the result.
EMSCRIPTEN_KEEPALIVE char* shotscape_moment_parse(const char* query, const char* fragment) {
  const auto r = shotscape::parseMoment(query, fragment);
  const auto& m = r.moment;
  shotscape::JsonWriter out;
  for (const auto& [key, value] : {std::pair{"manifest", &m.manifest}, std::pair{"panorama", &m.panorama},
                                   std::pair{"scene", &m.scene}, std::pair{"hotspot", &m.hotspot}, std::pair{"lang", &m.lang}})
    if (*value) out.add(key, **value);
  for (const auto& [key, value] : {std::pair{"yaw", &m.yaw}, std::pair{"pitch", &m.pitch}, std::pair{"hfov", &m.hfov},
                                   std::pair{"t", &m.t}, std::pair{"autorotate", &m.autorotate},
                                   std::pair{"memory-budget", &m.memoryBudget}})
    if (*value) out.add(key, **value);
  for (const auto& [key, value] : {std::pair{"controls", &m.controls}, std::pair{"autoplay", &m.autoplay},
                                   std::pair{"muted", &m.muted}, std::pair{"history", &m.historyPush}})
    if (*value) out.add(key, **value);
  if (m.projection) out.add("projection", std::string(shotscape::lensName(*m.projection)));
  if (m.motion) out.add("motion", *m.motion);
  if (m.tv) out.add("ui", *m.tv ? "tv" : "standard");
  if (m.uilang) out.add("uilang", *m.uilang);
  if (m.origins) {
    std::string list;
    for (const auto& origin : *m.origins) list += (list.empty() ? "" : ",") + origin;
    out.add("origins", list);
  }
  std::string warnings;
  for (const auto& w : r.warnings) warnings += (warnings.empty() ? "" : "\n") + w.message;
  out.add("warnings", warnings);
  return mallocString(out.str());
}

// Whether embed.html (at origin `own`) talks to a page at `origin`, given the allowlist ("*" or
// comma-separated, from the link).
EMSCRIPTEN_KEEPALIVE int shotscape_embed_origin_allowed(const char* origin, const char* own, const char* origins) {
  return originPolicy(origins).allows(origin, own) ? 1 : 0;
}

// Checks one postMessage for embed.html: `json` is the message as JSON, `origin` the sender's,
// `own` the player page's, `origins` the allowlist ("*" or comma-separated, from the link). Returns
// (malloc'd) {"kind": "foreign"} — not ours, ignore quietly; {"kind": "refused"} — ours, from an
// origin not allowed; {"kind": "invalid", "error", "id"?}; or {"kind": "command", "command", "id"?,
// and "seconds" | "yaw"/"pitch"/"hfov" | "text"}. "id" is the message's id as JSON text.
EMSCRIPTEN_KEEPALIVE char* shotscape_embed_message_parse(const char* json, const char* origin, const char* own,
                                                         const char* origins) {
  const auto message = shotscape::parseEmbedMessage(json);
  const auto policy = originPolicy(origins);
  shotscape::JsonWriter out;
  using Kind = shotscape::EmbedMessage::Kind;
  if (message.kind == Kind::Foreign) {
    out.add("kind", "foreign");
  } else if (!policy.allows(origin, own)) {
    out.add("kind", "refused");
  } else if (message.kind == Kind::Invalid) {
    out.add("kind", "invalid").add("error", message.error);
    if (!message.id.empty()) out.add("id", message.id);
  } else {
    const auto& c = message.command;
    out.add("kind", "command").add("command", c.name);
    if (!message.id.empty()) out.add("id", message.id);
    if (c.seconds) out.add("seconds", *c.seconds);
    if (c.yaw) out.add("yaw", *c.yaw);
    if (c.pitch) out.add("pitch", *c.pitch);
    if (c.hfov) out.add("hfov", *c.hfov);
    if (!c.text.empty()) out.add("text", c.text);
    // Relayed orientation: a null angle stays null (the player refuses the reading).
    for (const auto& [key, value] : {std::pair{"alpha", &c.alpha}, std::pair{"beta", &c.beta}, std::pair{"gamma", &c.gamma}, std::pair{"screen", &c.screen}})
      if (*value) {
        if (std::isfinite(**value)) out.add(key, **value);
        else out.addJson(key, "null");
      }
  }
  return mallocString(out.str());
}

EMSCRIPTEN_KEEPALIVE void shotscape_player_load_manifest(PlayerHandle* h, const char* url) {
  h->player->loadManifest(url);
}

EMSCRIPTEN_KEEPALIVE void shotscape_player_load_panorama(PlayerHandle* h, const char* url) {
  h->player->loadPanorama(url);
}

EMSCRIPTEN_KEEPALIVE void shotscape_player_resize(PlayerHandle* h, double width, double height, double ratio) {
  h->player->resize(width, height, ratio);
}

EMSCRIPTEN_KEEPALIVE int shotscape_player_pointer(PlayerHandle* h, int phase, int id, double x, double y, int button,
                                                  int isMouse) {
  if (phase < 0 || phase > 4) return 0;
  return h->player->pointer(static_cast<shotscape::PointerPhase>(phase), id, x, y, button, isMouse != 0);
}

EMSCRIPTEN_KEEPALIVE int shotscape_player_wheel(PlayerHandle* h, double x, double y, double deltaY) {
  return h->player->wheel(x, y, deltaY);
}

EMSCRIPTEN_KEEPALIVE int shotscape_player_key(PlayerHandle* h, const char* key, int down, int shift, int ctrl) {
  return h->player->key(key, down != 0, shift != 0, ctrl != 0);
}

EMSCRIPTEN_KEEPALIVE void shotscape_player_blur(PlayerHandle* h) { h->player->blur(); }

EMSCRIPTEN_KEEPALIVE void shotscape_player_context_lost(PlayerHandle* h) { h->player->contextLost(); }

EMSCRIPTEN_KEEPALIVE void shotscape_player_context_restored(PlayerHandle* h) { h->player->contextRestored(); }

EMSCRIPTEN_KEEPALIVE int shotscape_player_open_hotspot(PlayerHandle* h, const char* id) {
  return h->player->openHotspot(id, shotscape::HotspotOpener::Api) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void shotscape_player_close_hotspot(PlayerHandle* h) { h->player->closeHotspot(); }

EMSCRIPTEN_KEEPALIVE int shotscape_player_set_caption_language(PlayerHandle* h, const char* lang) {
  return h->player->setCaptionLanguage(lang) ? 1 : 0;
}

// One of the element's own strings (its canvas's name, the first visit's hint) in the player's
// interface language.
EMSCRIPTEN_KEEPALIVE const char* shotscape_player_ui_text(PlayerHandle* h, const char* english) {
  h->scratch = h->player->uiText(english);
  return h->scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE void shotscape_player_focus_enter(PlayerHandle* h, int backwards) { h->player->focusEnter(backwards != 0); }

// The caption style (core/media/CaptionStyle's "key:value; …" form): by 0 "api", 1 "page" (the
// attribute), 2 "viewer"; reset: `text` null. Returns the style now, as JSON.
EMSCRIPTEN_KEEPALIVE const char* shotscape_player_caption_style(PlayerHandle* h, const char* text, int by) {
  static constexpr const char* kBy[3] = {"api", "page", "viewer"};
  const char* who = kBy[by >= 0 && by < 3 ? by : 0];
  if (text) h->player->captionStyle().set(text, who);
  else if (by >= 0) h->player->captionStyle().reset(who);
  h->scratch = captionStyleJson(h->player->captionStyle().style());
  return h->scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* shotscape_player_moment_link(PlayerHandle* h, double angleStep, double timeStep,
                                                               int withTime) {
  h->scratch = h->player->momentLink(angleStep, timeStep, withTime != 0);
  return h->scratch.c_str();
}

// The lens by name (rectilinear, stereographic, fisheye), morphing there; 0 for an unknown name.
EMSCRIPTEN_KEEPALIVE int shotscape_player_set_projection(PlayerHandle* h, const char* name) {
  return h->player->setProjection(name) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* shotscape_player_projection(PlayerHandle* h) { return h->player->projection().data(); }

// Headsets (features/xr): asks for an immersive-vr session, or ends it; 0 when none can be had /
// none runs.
EMSCRIPTEN_KEEPALIVE int shotscape_player_enter_xr(PlayerHandle* h) { return h->player->enterXr() ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int shotscape_player_exit_xr(PlayerHandle* h) { return h->player->exitXr() ? 1 : 0; }

// Magic window (features/motion): orientation can come; a reading (NaN for a null angle); the
// answer to the permission prompt; on/off (by: 0 viewer, 1 api); the state bits.
EMSCRIPTEN_KEEPALIVE void shotscape_player_motion_available(PlayerHandle* h, int needsPermission, int coarse, int remembered) {
  h->player->motion().available(needsPermission != 0, coarse != 0, remembered);
}
EMSCRIPTEN_KEEPALIVE void shotscape_player_orientation(PlayerHandle* h, double alpha, double beta, double gamma, double screen) {
  h->player->motion().reading({alpha, beta, gamma, screen});
}
EMSCRIPTEN_KEEPALIVE void shotscape_player_motion_permission(PlayerHandle* h, int granted) { h->player->motion().permission(granted != 0); }
EMSCRIPTEN_KEEPALIVE int shotscape_player_set_motion(PlayerHandle* h, int on, int by) {
  return h->player->motion().set(on != 0, by == 0 ? "viewer" : "api") ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE int shotscape_player_motion_state(PlayerHandle* h) { return h->player->motion().state(); }

EMSCRIPTEN_KEEPALIVE void shotscape_player_play(PlayerHandle* h) { h->player->play(); }
EMSCRIPTEN_KEEPALIVE void shotscape_player_pause(PlayerHandle* h) { h->player->pause(); }
EMSCRIPTEN_KEEPALIVE void shotscape_player_seek(PlayerHandle* h, double seconds) { h->player->seek(seconds); }

// 0: currentTime, 1: duration, 2: paused (1/0).
EMSCRIPTEN_KEEPALIVE double shotscape_player_media(PlayerHandle* h, int what) {
  if (what == 0) return h->player->currentTime();
  if (what == 1) return h->player->duration();
  return h->player->paused() ? 1.0 : 0.0;
}

EMSCRIPTEN_KEEPALIVE double shotscape_player_view(PlayerHandle* h, int component) {
  const auto v = h->player->view();
  return component == 0 ? v.yaw : component == 1 ? v.pitch : v.hfov;
}

// horizontal: 1 from setView() (hfov is the horizontal field), 0 from the attributes (the field
// across the longer side, as in links and manifests).
EMSCRIPTEN_KEEPALIVE void shotscape_player_set_view(PlayerHandle* h, double yaw, double pitch, double hfov, int horizontal) {
  h->player->setView({yaw, pitch, hfov}, horizontal != 0);
}

// Tours. kind: 0 auto, 1 move, 2 fade, 3 jump; durationMs NaN = the default; yaw/pitch/hfov NaN =
// the heading carried (hfov horizontal, as setView()); by: 0 pointer, 1 keyboard, 2 api, 3 link.
EMSCRIPTEN_KEEPALIVE int shotscape_player_set_scene(PlayerHandle* h, const char* id, int kind, double durationMs, double yaw,
                                                    double pitch, double hfov, int by) {
  shotscape::SceneRequest request;
  if (kind >= 0 && kind <= 3) request.kind = static_cast<shotscape::MoveKind>(kind);
  if (std::isfinite(durationMs)) request.durationMs = std::clamp(durationMs, 0.0, 10000.0);
  if (std::isfinite(yaw) || std::isfinite(pitch) || std::isfinite(hfov)) request.view = shotscape::ViewAngles{yaw, pitch, hfov};
  request.horizontal = true;
  const auto changeBy = by >= 0 && by <= 3 ? static_cast<shotscape::SceneChangeBy>(by) : shotscape::SceneChangeBy::Api;
  return h->player->setScene(id, request, changeBy) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int shotscape_player_back(PlayerHandle* h) { return h->player->back(shotscape::SceneChangeBy::Api) ? 1 : 0; }

// 0: the scene shown (its id), 1: the tour's scenes as JSON.
EMSCRIPTEN_KEEPALIVE const char* shotscape_player_scenes(PlayerHandle* h, int what) {
  h->scratch = what == 0 ? h->player->sceneId() : h->player->scenesJson();
  return h->scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* shotscape_player_stats(PlayerHandle* h) {
  h->scratch = h->player->statsJson();
  return h->scratch.c_str();
}
}
