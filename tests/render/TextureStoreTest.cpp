// The texture store's frame protocol with real textures (Mesa's software rasterizer through the
// null platform's EGL context).
#include "render/TextureStore.h"

#include <doctest/doctest.h>

#include "platform/null/NullPlatform.h"

using namespace shotscape;

namespace {
const TileId kPreview{0, 0, 0, 0};
const TileId kFull{1, 0, 0, 0};

struct StoreFixture {
  NullPlatform platform;
  TextureStore store;
  explicit StoreFixture(double budget = 256.0 * 1024 * 1024) : store(platform, 2, budget) {
    REQUIRE(platform.createGlContext());
    store.setLimits(TextureLimits::query());
  }
  // A decoded image as the platform hands it over (requested and replied).
  ImageInfo image(int width, int height) {
    ImageInfo out;
    platform.loadImage("x.jpg", "", 4096, {[](double, double) {}, [](ImageInfo) {}, [&](ImageInfo i) { out = i; }, [](FetchFailure) {}});
    platform.replyImage("x.jpg", width, height, {1, 2, 3, 255});
    return out;
  }
};
} // namespace

TEST_CASE("TextureStore: delivered tiles upload within the budget; the finest resident one is drawn") {
  StoreFixture f;
  CHECK(f.store.drawable() == nullptr);
  f.store.deliver(kFull, f.image(512, 256));
  f.store.deliver(kPreview, f.image(64, 32));
  CHECK(f.store.uploading());
  CHECK(f.store.uploading(kPreview));
  // The coarse level goes first: the preview shows while the full image is still coming.
  f.store.uploadStep(12.0);
  CHECK(f.store.resident(kPreview));
  CHECK_FALSE(f.store.resident(kFull));
  CHECK(f.store.drawable() == f.store.tile(kPreview));
  for (int i = 0; i < 100 && f.store.uploading(); ++i) f.store.uploadStep(12.0);
  CHECK(f.store.resident(kFull));
  CHECK(f.store.drawable() == f.store.tile(kFull));
  CHECK(f.store.progress(kFull) == 1.0);
  CHECK(f.platform.liveImages() == 0); // decoded pixels are released once uploaded
  CHECK(f.store.residentBytes() == doctest::Approx((512.0 * 256 + 64.0 * 32) * 4 * 4 / 3));
}

TEST_CASE("TextureStore: eviction keeps the budget, least recently wanted first, never level 0") {
  StoreFixture f(100.0 * 1024); // 100 KB: the 512×256 level (683 KB with mips) cannot stay
  f.store.deliver(kPreview, f.image(64, 32));
  f.store.deliver(kFull, f.image(512, 256));
  while (f.store.uploading()) f.store.uploadStep(12.0);
  f.store.want({kFull, kPreview});
  f.store.evict();
  CHECK_FALSE(f.store.resident(kFull));
  CHECK(f.store.resident(kPreview)); // over budget on its own, but the coarsest level stays
  CHECK(f.store.drawable() == f.store.tile(kPreview));
}

TEST_CASE("TextureStore: a lost context forgets every tile without GL calls; drop() frees one") {
  StoreFixture f;
  f.store.deliver(kPreview, f.image(64, 32));
  f.store.deliver(kFull, f.image(512, 256));
  f.store.uploadStep(12.0);
  f.store.drop(kPreview);
  CHECK(f.store.tile(kPreview) == nullptr);
  f.platform.loseContext();
  f.store.forget();
  CHECK(f.store.drawable() == nullptr);
  CHECK_FALSE(f.store.uploading());
  CHECK(f.platform.liveImages() == 0); // the half-uploaded image was released too
}
