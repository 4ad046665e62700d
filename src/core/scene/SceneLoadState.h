#pragma once
// The load of a scene as one state machine, changed in one place. A Player holds one per scene.
//
//   Idle ─beginManifest─▶ Manifest ─beginImage─▶ Image ─pixelsArrived─▶ Upload ─shown─▶ Ready
//                                                  └──────────────shown──────────────▶ Ready
//   Image is the scene's pixels on their way: a panorama downloading and decoding (its small
//   preview may already show), or a video's first frame (which goes straight to Ready: nothing is
//   uploaded in steps). A panorama URL without a manifest starts at beginImage from Idle.
//   After a lost WebGL context the pixels load again: beginImage from Upload or Ready.
//   beginManifest from any state starts a new load (it replaces the old one); fail from any state
//   ends one (from Idle: a load refused before it began, an unsafe URL); a failed load stays
//   Failed until the next beginManifest or beginImage.
//
// An event that does not fit the state is a bug in the caller, not bad data: it asserts, naming
// the function (native and sanitizer builds; the player module is built without asserts, where
// the state is left as it was).

namespace shotscape {

enum class LoadStatus { Idle, Manifest, Image, Upload, Ready, Failed };

class SceneLoadState {
 public:
  LoadStatus status() const { return status_; }
  // Manifest, Image or Upload: the overlay shows progress.
  bool loading() const { return status_ == LoadStatus::Manifest || status_ == LoadStatus::Image || status_ == LoadStatus::Upload; }
  // "idle", "manifest", "image", "upload", "ready", "failed" (the element's stats().status).
  const char* name() const;

  void beginManifest();  // any → Manifest
  void beginImage();     // Idle, Manifest, Image, Upload, Ready, Failed → Image
  void pixelsArrived();  // Image → Upload
  void shown();          // Image, Upload → Ready
  void fail();           // any → Failed

 private:
  LoadStatus status_ = LoadStatus::Idle;
};

} // namespace shotscape
