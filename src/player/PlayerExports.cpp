// The C entry points that web/shotscape-player.js calls on a Player. Kept to wiring: argument
// conversion only. NaN in a view argument means "not given".
#include <cmath>
#include <memory>
#include <string>

#include <emscripten/emscripten.h>

#include "platform/web/WebPlatform.h"
#include "player/Player.h"

namespace {
struct PlayerHandle {
  std::unique_ptr<shotscape::Player> player;
  std::string scratch; // keeps a returned string alive until the next call
};

std::optional<double> given(double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); }
} // namespace

using shotscape::Player;

extern "C" {

EMSCRIPTEN_KEEPALIVE PlayerHandle* shotscape_player_create(int hostId, int controls, double yaw, double pitch,
                                                           double hfov) {
  shotscape::PlayerOptions options;
  options.controls = controls != 0;
  options.yaw = given(yaw);
  options.pitch = given(pitch);
  options.hfov = given(hfov);
  auto* handle = new PlayerHandle;
  handle->player = std::make_unique<Player>(std::make_unique<shotscape::WebPlatform>(hostId), options);
  return handle;
}

EMSCRIPTEN_KEEPALIVE void shotscape_player_destroy(PlayerHandle* h) { delete h; }

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

EMSCRIPTEN_KEEPALIVE void shotscape_player_set_view(PlayerHandle* h, double yaw, double pitch, double hfov) {
  h->player->setView({yaw, pitch, hfov});
}

EMSCRIPTEN_KEEPALIVE const char* shotscape_player_stats(PlayerHandle* h) {
  h->scratch = h->player->statsJson();
  return h->scratch.c_str();
}
}
