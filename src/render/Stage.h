#pragma once
// The GL side of one player: owns every GL object of its context — the renderers (one registered
// per geometry kind, and the overlay's), each layer's TextureStore, the video layer's frame — and
// draws a scene's layers, then the overlay. Marzipano's Stage; Filament's Renderer.
//
// Lifecycle: build() after the context is created, and again after it was lost and restored
// (forget() first: the old names are dead, nothing is deleted through them). Features that need
// a texture (an influence clip's frames) get it from here (mediaTexture()), so no feature owns GL.
// The Stage reads scene state (the Scene's layers, the View's projection) and never writes it.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/geometry/Geometry.h"
#include "core/scene/Scene.h"
#include "core/view/View.h"
#include "platform/Platform.h"
#include "render/MediaTexture.h"
#include "render/OverlayRenderer.h"
#include "render/PanoramaRenderer.h"
#include "render/TextureStore.h"

namespace shotscape {

class Stage {
 public:
  explicit Stage(Platform& platform);
  ~Stage();
  Stage(const Stage&) = delete;
  Stage& operator=(const Stage&) = delete;

  // Creates the renderers and reads the GPU's limits; false with `error` when a shader fails.
  bool build(std::string& error);
  // The context is gone: drops every GL name without GL calls (textures, renderers).
  void forget();

  // The scene layer's textures (today's scenes have one layer), and a video layer's frame.
  TextureStore& layer() { return layer_; }
  const TextureStore& layer() const { return layer_; }
  MediaTexture& video() { return video_; }
  const MediaTexture& video() const { return video_; }
  // The open hotspot's influence clip or still (the hotspots feature fills and resets it).
  MediaTexture& clip() { return clip_; }
  const MediaTexture& clip() const { return clip_; }
  OverlayRenderer& overlay() { return *overlay_; }
  const OverlayRenderer* overlayIfBuilt() const { return overlay_.get(); }
  int maxTextureSize() const { return limits_.maxTextureSize; }

  // Something of the scene can be drawn (a video frame, the panorama or its preview).
  bool hasPicture() const { return video_.ready() || layer_.drawable() != nullptr; }
  // Releases the scene's textures (another scene loads).
  void clearScene();

  // One frame: each of the scene's layers through the view, with the renderer registered for its
  // geometry, in the part of the canvas the view gives the scene (the left half when split), its
  // store's frame protocol run (the visible tiles wanted, the budget kept); then, `withOverlay`,
  // the overlay's last uploaded geometry over the whole canvas.
  void draw(const Scene& scene, const View& view, bool withOverlay);

 private:
  void setViewport(int width, int height);

  TextureLimits limits_;
  TextureStore layer_;
  MediaTexture video_;
  MediaTexture clip_;
  // Renderers by the geometry they draw (indexed by GeometryKind); one today, equirect: cube faces
  // and tiled levels join here.
  std::unique_ptr<PanoramaRenderer> renderers_[kGeometryKinds];
  std::unique_ptr<OverlayRenderer> overlay_;
  int viewport_[2] = {-1, -1}; // the GL viewport last set, framebuffer pixels
};

} // namespace shotscape
