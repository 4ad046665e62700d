#pragma once
// The GL side of one player: owns every GL object of its context — the renderers (one registered
// per geometry kind, and the overlay's), each scene's TextureStore and video frame (the scene shown,
// the one a move leaves, preloaded neighbours) — and draws a scene's layers, during a move two
// scenes, then the overlay. Marzipano's Stage; Filament's Renderer.
//
// Lifecycle: build() after the context is created, and again after it was lost and restored
// (forget() first: the old names are dead, nothing is deleted through them). Features that need
// a texture (an influence clip's frames) get it from here (mediaTexture()), so no feature owns GL.
// The Stage reads scene state (the Scene's layers, the View's projection) and never writes it.
// A scene's textures live from its first use here until release(scene) (its owner calls it before
// dropping the scene) or clearScenes().

#include <array>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/geometry/Geometry.h"
#include "core/scene/Scene.h"
#include "core/scene/SceneMove.h"
#include "core/view/View.h"
#include "platform/Platform.h"
#include "render/CubeRenderer.h"
#include "render/MediaTexture.h"
#include "render/OverlayRenderer.h"
#include "render/PanoramaRenderer.h"
#include "render/TextureStore.h"
#include "render/XrRenderer.h"

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

  // A scene's layer textures (today's scenes have one layer), and a video layer's frame; created
  // on first use.
  TextureStore& layer(const Scene& scene) { return textures(scene).store; }
  MediaTexture& video(const Scene& scene) { return textures(scene).video; }
  // The store without creating it (nullptr: none yet).
  const TextureStore* findLayer(const Scene& scene) const;
  TextureStore* findLayer(const Scene& scene) { return const_cast<TextureStore*>(std::as_const(*this).findLayer(scene)); }
  // The open hotspot's influence clip or still (the hotspots feature fills and resets it).
  MediaTexture& clip() { return clip_; }
  const MediaTexture& clip() const { return clip_; }
  OverlayRenderer& overlay() { return *overlay_; }
  // What a headset's eyes see besides the panorama (the panel, captions, markers, rays).
  XrRenderer& xr() { return *xr_; }
  const OverlayRenderer* overlayIfBuilt() const { return overlay_.get(); }
  int maxTextureSize() const { return limits_.maxTextureSize; }

  // Something of the scene can be drawn (a video frame, the panorama or its preview).
  bool hasPicture(const Scene& scene) const;
  // GPU memory held by a scene's textures, bytes.
  double bytes(const Scene& scene) const;
  // The GPU memory a tiled scene's store may hold (the `memory-budget` option), bytes.
  void setTileBudget(double bytes);
  double tileBudget() const { return tileBudgetBytes_; }
  // Quads the last cube layer drew, and how many of them stood in for a tile not yet in.
  // Whether the GPU has finished the frames drawn so far (a fence after each frame). Uploads that
  // queue behind unfinished work block the main thread until it is done: SwiftShader's first draw
  // with a program compiles it for 150–250 ms, and a tile uploaded meanwhile made a 50–65 ms task.
  bool gpuCaughtUp();
  int lastQuads() const { return lastQuads_; }
  // The tiles a cube scene's last drawn view needed at the level the screen needs (empty: none drawn).
  const std::vector<TileId>& wantedTiles(const Scene& scene) const;
  int lastStandIns() const { return lastStandIns_; }
  // Releases a scene's textures (it is about to be dropped), or every scene's (another tour loads).
  void release(const Scene& scene);
  void clearScenes();

  // One frame: each of the scene's layers through the view, with the renderer registered for its
  // geometry, in the part of the canvas the view gives the scene (the left half when split), its
  // store's frame protocol run (the visible tiles wanted, the budget kept); then, `withOverlay`,
  // the overlay's last uploaded geometry over the whole canvas. During a move (`leaving` and
  // `move` set), the scene left behind first, then the scene over it at the move's opacity, each
  // from its camera on the walk between them.
  void draw(const Scene& scene, const View& view, bool withOverlay, const Scene* leaving = nullptr,
            const MoveFrame* move = nullptr);
  // A tour's first move would wait for the walk's shader program to be compiled (drivers compile at
  // its first draw: 150–250 ms with SwiftShader): the next frame draws one pixel with it first,
  // under the frame. Once per context.
  void warmUpWalk() { warmUpWalk_ = !walkWarm_; }

  // A headset's eye (core/view/Immersive.h): the scene through the eye's projection in its
  // viewport of the framebuffer bound (the session's), a stereo picture's half for `eye` (0 left,
  // 1 right). endEyes() after the last: the next draw() sets its viewport again.
  void drawEye(const Scene& scene, const Projection& projection, const std::array<int, 4>& viewport, int eye);
  void endEyes();
  bool walkWarm() const { return walkWarm_; }
  bool walkWarmUpPending() const { return warmUpWalk_; }

 private:
  struct SceneTextures {
    SceneTextures(Platform& platform, const Scene& s, double budgetBytes);
    const Scene* scene;
    bool shaped; // made for the scene's layer (false: asked for before the scene had one)
    TextureStore store;
    MediaTexture video;
    std::vector<TileId> wanted; // a cube layer's tiles its last drawn view needed, nearest the centre first
    bool stereoWarned = false;  // its stereo layout did not fit its picture, and the page was told
  };
  SceneTextures& textures(const Scene& scene);
  const SceneTextures* find(const Scene& scene) const;
  // Draws the scene's layers; false when none had anything to draw.
  // `stereoEye`: the eye whose half of a stereo picture is drawn (0 left: screens).
  bool drawScene(const Scene& scene, const Projection& projection, double pixelRatio, const glm::vec3& eye, float opacity,
                 int stereoEye = 0);
  // The part of the scene's picture (`width` × `height`) an eye sees; a stereo layout the picture
  // does not fit is warned about once per scene.
  StereoRect stereoPart(const Scene& scene, SceneTextures& t, int width, int height, int eye);
  // A cube layer: each visible tile at the level the screen needs, or where it is not in yet the
  // finest coarser tiles that cover it, else the preview strip's part (never a hole once the
  // preview or the coarsest level is in).
  bool drawCube(const Layer& layer, SceneTextures& t, const Projection& projection, double pixelRatio, float opacity);
  void setViewport(int width, int height);
  // A fence after the frame's commands (gpuCaughtUp()), unless one is still pending.
  void fence();

  Platform& platform_;
  TextureLimits limits_;
  std::vector<std::unique_ptr<SceneTextures>> scenes_;
  MediaTexture clip_;
  // The equirect renderer (indexed by GeometryKind); cube layers draw with cube_.
  std::unique_ptr<PanoramaRenderer> renderers_[kGeometryKinds];
  std::unique_ptr<CubeRenderer> cube_;
  double tileBudgetBytes_ = 256.0 * 1024 * 1024;
  std::unique_ptr<OverlayRenderer> overlay_;
  std::unique_ptr<XrRenderer> xr_;
  int viewport_[2] = {-1, -1};
  int lastQuads_ = 0;
  void* frameFence_ = nullptr; // GLsync after the last frame not yet known finished
  int lastStandIns_ = 0; // the GL viewport last set, framebuffer pixels
  bool warmUpWalk_ = false;
  bool walkWarm_ = false;
};

} // namespace shotscape
