// A caller that breaks SceneLoadState's protocol (pixels arriving with no image loading) must stop
// with an assertion naming the function: run by ctest (core.scene-load-state.asserts), which
// expects the abort and its message.
#include "core/scene/SceneLoadState.h"

int main() {
  shotscape::SceneLoadState state;
  state.beginManifest();
  state.pixelsArrived();
  return 0;
}
