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
// web/bridge/fonts.js
void shotscape_fonts_load(int hostId, void* platform);
// web/bridge/host.js
int shotscape_host_create_gl_context(int hostId);
void shotscape_host_emit(int hostId, const char* type, const char* detailJson);
void shotscape_host_emit_view(int hostId, double yaw, double pitch, double hfov);
void shotscape_host_warn(const char* message);
void shotscape_host_toggle_fullscreen(int hostId);
int shotscape_host_is_fullscreen(int hostId);
}
