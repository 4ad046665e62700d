#pragma once
// The C declarations of the JavaScript bridge libraries in web/bridge/*.js (one file per browser
// API, passed to the linker with --js-library). Only WebPlatform calls these.

#include <cstdint>

extern "C" {
// Callbacks for a host that has been unregistered are dropped (the player is being destroyed).
// web/bridge/fetch.js
void shotscape_fetch_text(int hostId, void* platform, int requestId, const char* url, const char* base);
// web/bridge/image.js
void shotscape_image_load(int hostId, void* platform, int requestId, const char* url, const char* base, int maxSize);
void shotscape_image_upload_rows(int imageId, std::uint32_t texture, int y, int rows);
void shotscape_image_release(int imageId);
void shotscape_tile_load(int hostId, void* platform, int requestId, const char* url, const char* base);
void shotscape_tile_cancel(int requestId);
// web/bridge/fonts.js
void shotscape_fonts_load(int hostId, void* platform);
// web/bridge/text.js — out: width, height, pad (device px)
int shotscape_text_raster(const char* text, float px, int weight, int family, float maxWidth, int center, float ratio,
                          std::uint32_t texture, int* out);
// web/bridge/media.js
int shotscape_media_create(int hostId, void* platform, int kind, const char* url, const char* base, int loop,
                           const char* role);
void shotscape_media_play(int media);
void shotscape_media_pause(int media);
void shotscape_media_seek(int media, double seconds);
void shotscape_media_set_volume(int media, double volume);
void shotscape_media_set_rate(int media, double rate);
void shotscape_media_set_muted(int media, int muted);
double shotscape_media_time(int media);
void shotscape_media_query(int media, double* out); // MediaReport's fields, 28 doubles (see WebPlatform.cpp)
int shotscape_media_upload_frame(int media, std::uint32_t texture, int* width, int* height);
void shotscape_media_release(int media);
// web/bridge/share.js — kind: 0 link, 1 iframe snippet, 2 script-tag snippet
void shotscape_share_copy(int hostId, void* platform, int kind, const char* params, const char* page);
int shotscape_share_native_available(void);
void shotscape_share_native(int hostId, void* platform, const char* title, const char* params, const char* page);
// web/bridge/host.js
int shotscape_host_create_gl_context(int hostId);
void shotscape_host_release_gl_context(int context);
void shotscape_host_emit(int hostId, const char* type, const char* detailJson);
void shotscape_host_emit_view(int hostId, double yaw, double pitch, double hfov);
void shotscape_host_warn(const char* message);
void shotscape_host_toggle_fullscreen(int hostId);
int shotscape_host_is_fullscreen(int hostId);
void shotscape_host_announce(int hostId, const char* text, int caption); // caption: the captions' region
int shotscape_host_reduced_motion(int hostId);
int shotscape_host_more_contrast(void);
char* shotscape_host_languages(void); // malloc'ed
char* shotscape_host_load_setting(const char* key); // malloc'ed; null when none
void shotscape_host_save_setting(const char* key, const char* value);
// web/bridge/xr.js — results through shotscape_platform_xr_* on the WebPlatform
void shotscape_xr_watch(int hostId, void* platform);
void shotscape_xr_request(int hostId, void* platform, int glContext);
void shotscape_xr_end(int hostId);
void shotscape_xr_bind_framebuffer(int hostId);
}
