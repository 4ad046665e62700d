#include <doctest/doctest.h>

#include <string>

#include "core/scene/SceneLoadState.h"

using namespace shotscape;

TEST_CASE("a panorama scene: Idle → Manifest → Image → Upload → Ready, loading until Ready") {
  SceneLoadState s;
  CHECK(s.status() == LoadStatus::Idle);
  CHECK_FALSE(s.loading());
  CHECK(std::string(s.name()) == "idle");
  s.beginManifest();
  CHECK(s.status() == LoadStatus::Manifest);
  CHECK(s.loading());
  s.beginImage();
  CHECK(s.status() == LoadStatus::Image);
  s.pixelsArrived();
  CHECK(s.status() == LoadStatus::Upload);
  CHECK(s.loading());
  s.shown();
  CHECK(s.status() == LoadStatus::Ready);
  CHECK_FALSE(s.loading());
  CHECK(std::string(s.name()) == "ready");
}

TEST_CASE("a video scene is shown from Image (its first frame); a bare panorama starts at Image") {
  SceneLoadState video;
  video.beginManifest();
  video.beginImage();
  video.shown();
  CHECK(video.status() == LoadStatus::Ready);
  SceneLoadState panorama;
  panorama.beginImage();
  CHECK(panorama.status() == LoadStatus::Image);
}

TEST_CASE("a lost context loads the pixels again; a new load replaces a failed or finished one") {
  SceneLoadState s;
  s.beginManifest();
  s.beginImage();
  s.pixelsArrived();
  s.beginImage(); // the context went while uploading
  CHECK(s.status() == LoadStatus::Image);
  s.pixelsArrived();
  s.shown();
  s.beginImage(); // and once shown
  CHECK(s.status() == LoadStatus::Image);
  s.fail();
  CHECK(s.status() == LoadStatus::Failed);
  CHECK(std::string(s.name()) == "failed");
  CHECK_FALSE(s.loading());
  s.fail(); // a second reason for the same load
  CHECK(s.status() == LoadStatus::Failed);
  s.beginManifest();
  CHECK(s.status() == LoadStatus::Manifest);
}
