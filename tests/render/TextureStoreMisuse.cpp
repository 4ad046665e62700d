// Delivering a tile that is still uploading is a bug in the caller: it asserts, naming the function.
#include "platform/null/NullPlatform.h"
#include "render/TextureStore.h"

using namespace shotscape;

int main() {
  NullPlatform platform;
  if (!platform.createGlContext()) return 2;
  TextureStore store(platform, 2);
  store.setLimits(TextureLimits::query());
  ImageInfo image;
  for (int i = 0; i < 2; ++i) {
    platform.loadImage("x.jpg", "", 4096, {[](double, double) {}, [](ImageInfo) {}, [&](ImageInfo got) { image = got; }, [](FetchFailure) {}});
    platform.replyImage("x.jpg", 4096, 2048, {0, 0, 0, 255});
    store.deliver({1, 0, 0, 0}, image); // the second delivery finds the first still uploading
  }
  return 0;
}
