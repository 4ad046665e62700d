// The Stage: one context's GL objects, a scene's layer drawn with the renderer registered for its
// geometry, and the rebuild after a lost context (real GL: Mesa's llvmpipe through EGL).
#include "render/Stage.h"

#include <doctest/doctest.h>

#include "platform/null/NullPlatform.h"

using namespace shotscape;

namespace {
struct StageFixture {
  NullPlatform platform{true, 64, 32};
  Stage stage{platform};
  SceneConfig config;
  Scene scene;
  View view;
  StageFixture() {
    REQUIRE(platform.createGlContext());
    std::string error;
    REQUIRE(stage.build(error));
    config.src = "set.jpg";
    scene.configure(config, "");
    view.resize(64, 32, 1.0);
  }
  void deliver(const TileId& tile, std::array<std::uint8_t, 4> rgba) {
    ImageInfo image;
    platform.loadImage("x.jpg", "", 4096, {[](double, double) {}, [](ImageInfo) {}, [&](ImageInfo got) { image = got; }, [](FetchFailure) {}});
    platform.replyImage("x.jpg", 128, 64, rgba);
    stage.layer(scene).deliver(tile, image);
    while (stage.layer(scene).uploading()) stage.layer(scene).uploadStep(12.0);
  }
  void draw(bool split = false) {
    view.setSplit(split);
    stage.draw(scene, view, false);
  }
};
} // namespace

TEST_CASE("Stage: without a picture the canvas is cleared; a resident tile is drawn over all of it") {
  StageFixture f;
  CHECK_FALSE(f.stage.hasPicture(f.scene));
  Scene loading; // a scene whose manifest is on its way has no layers: nothing but the clear colour
  f.stage.draw(loading, f.view, false);
  CHECK(f.platform.pixelNear(32, 16, {13, 13, 15, 255}));
  f.draw();
  CHECK(f.platform.pixelNear(32, 16, {13, 13, 15, 255}));
  f.deliver({0, 0, 0, 0}, {200, 100, 50, 255});
  CHECK(f.stage.hasPicture(f.scene));
  f.draw();
  CHECK(f.platform.pixelNear(0, 0, {200, 100, 50, 255}));
  CHECK(f.platform.pixelNear(63, 31, {200, 100, 50, 255}));
  // The finer level replaces the preview as soon as it is resident.
  f.deliver({1, 0, 0, 0}, {20, 200, 20, 255});
  f.draw();
  CHECK(f.platform.pixelNear(32, 16, {20, 200, 20, 255}));
}

TEST_CASE("Stage: during a move the scene left behind is drawn, then the target over it at the move's opacity") {
  StageFixture f;
  f.deliver({0, 0, 0, 0}, {200, 0, 0, 255});
  SceneConfig config;
  config.id = "next";
  config.src = "next.jpg";
  Scene next;
  next.configure(config, "");
  ImageInfo image;
  f.platform.loadImage("y.jpg", "", 4096, {[](double, double) {}, [](ImageInfo) {}, [&](ImageInfo got) { image = got; }, [](FetchFailure) {}});
  f.platform.replyImage("y.jpg", 128, 64, {0, 0, 200, 255});
  f.stage.layer(next).deliver({0, 0, 0, 0}, image);
  while (f.stage.layer(next).uploading()) f.stage.layer(next).uploadStep(12.0);
  CHECK(f.stage.hasPicture(next));
  MoveFrame move;
  move.toOpacity = 0.0;
  f.stage.draw(next, f.view, false, &f.scene, &move);
  CHECK(f.platform.pixelNear(32, 16, {200, 0, 0, 255}));
  move.toOpacity = 0.5;
  f.stage.draw(next, f.view, false, &f.scene, &move);
  CHECK(f.platform.pixelNear(32, 16, {100, 0, 100, 255}));
  move.toOpacity = 1.0;
  f.stage.draw(next, f.view, false, &f.scene, &move);
  CHECK(f.platform.pixelNear(32, 16, {0, 0, 200, 255}));
  // Released: its textures are gone, the other scene's stay.
  f.stage.release(next);
  CHECK_FALSE(f.stage.hasPicture(next));
  CHECK(f.stage.hasPicture(f.scene));
}

TEST_CASE("Stage: side by side the scene fills the left part and the right is dark") {
  StageFixture f;
  f.deliver({0, 0, 0, 0}, {200, 100, 50, 255});
  f.draw(true);
  CHECK(f.platform.pixelNear(10, 16, {200, 100, 50, 255}));
  CHECK(f.platform.pixelNear(50, 16, {8, 8, 10, 255}));
}

TEST_CASE("Stage: after a lost context it forgets every name, rebuilds, and draws again") {
  StageFixture f;
  f.deliver({0, 0, 0, 0}, {200, 100, 50, 255});
  f.platform.loseContext();
  f.stage.forget();
  CHECK_FALSE(f.stage.hasPicture(f.scene));
  std::string error;
  REQUIRE(f.stage.build(error));
  f.deliver({1, 0, 0, 0}, {30, 30, 220, 255});
  f.draw();
  CHECK(f.platform.pixelNear(32, 16, {30, 30, 220, 255}));
}

TEST_CASE("Stage: each frame runs the store's protocol — the coarsest level stays under any budget") {
  NullPlatform platform{true, 64, 32};
  Stage stage{platform};
  REQUIRE(platform.createGlContext());
  std::string error;
  REQUIRE(stage.build(error));
  SceneConfig config;
  config.src = "set.jpg";
  Scene scene;
  scene.configure(config, "");
  View view;
  view.resize(64, 32, 1.0);
  for (const TileId tile : {TileId{0, 0, 0, 0}, TileId{1, 0, 0, 0}}) {
    ImageInfo image;
    platform.loadImage("x.jpg", "", 4096, {[](double, double) {}, [](ImageInfo) {}, [&](ImageInfo got) { image = got; }, [](FetchFailure) {}});
    platform.replyImage("x.jpg", 128, 64, {200, 100, 50, 255});
    stage.layer(scene).deliver(tile, image);
  }
  while (stage.layer(scene).uploading()) stage.layer(scene).uploadStep(12.0);
  stage.draw(scene, view, false);
  CHECK(stage.layer(scene).resident({1, 0, 0, 0})); // 128×64 fits the default 256 MB
  CHECK(stage.layer(scene).resident({0, 0, 0, 0}));
  CHECK(platform.pixelNear(32, 16, {200, 100, 50, 255}));
}
