#include "core/scene/SceneLoadState.h"

#include <cassert>

namespace shotscape {

const char* SceneLoadState::name() const {
  static const char* const kNames[] = {"idle", "manifest", "image", "upload", "ready", "failed"};
  return kNames[static_cast<int>(status_)];
}

void SceneLoadState::beginManifest() { status_ = LoadStatus::Manifest; }

void SceneLoadState::beginImage() { status_ = LoadStatus::Image; }

void SceneLoadState::pixelsArrived() {
  assert(status_ == LoadStatus::Image && "SceneLoadState::pixelsArrived: no image was loading");
  if (status_ == LoadStatus::Image) status_ = LoadStatus::Upload;
}

void SceneLoadState::shown() {
  assert((status_ == LoadStatus::Image || status_ == LoadStatus::Upload) && "SceneLoadState::shown: nothing was loading");
  if (status_ == LoadStatus::Image || status_ == LoadStatus::Upload) status_ = LoadStatus::Ready;
}

void SceneLoadState::fail() { status_ = LoadStatus::Failed; }

} // namespace shotscape
