// shotscape-share-preview: the pictures a shared link shows (Open Graph / Twitter cards). Renders
// views of a panorama to JPEG with the player's own projection (src/core/math/Projection),
// so a card shows what the link opens.
//
//   shotscape-share-preview MANIFEST OUT_DIR [--width 1200] [--height 630] [--quality 82]
//       OUT_DIR/share.jpg: the start scene's initial view; OUT_DIR/share-scene-<id>.jpg: each other
//       scene's; OUT_DIR/share-<hotspot id>.jpg: each hotspot of every scene in the middle of the
//       frame (hfov 75), its marker drawn. Prints a JSON index of the images (file, title,
//       description, view, scene, hotspot) for the page generator (tools/make-share-pages.mjs).
//   shotscape-share-preview --panorama IMAGE --view YAW,PITCH,HFOV OUT.jpg [--width W] [--height H]
//       [--projection rectilinear|stereographic|fisheye]   (a moment in a lens: core/math/Lens.h; hfov
//       up to that lens's widest)
//
// An image scene uses its `src`; a video scene its `poster`. Exit status 1 on bad input (with the
// manifest's diagnostics), 2 on bad usage.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "common/Raster.h"
#include "core/manifest/JsonWriter.h"
#include "core/manifest/Manifest.h"
#include "core/math/Projection.h"

using namespace shotscape;

namespace {

struct Options {
  int width = 1200;   // the size Open Graph and Twitter's large card ask for
  int height = 630;
  int quality = 82;
  LensKind lens = LensKind::Rectilinear; // --projection
};

struct Job {
  const tools::Image* pano;
  const Projection* projection;
  tools::Raster* out;
};

void renderRow(int y, void* context) {
  const auto& job = *static_cast<Job*>(context);
  for (int x = 0; x < job.out->width; ++x) {
    if (!job.projection->showsPixel({x + 0.5, y + 0.5})) {
      std::fill_n(&job.out->pixels[(size_t(y) * job.out->width + x) * 3], 3, std::uint8_t(0));
      continue;
    }
    const YawPitch angles = job.projection->yawPitchFromPixel({x + 0.5, y + 0.5});
    const glm::dvec2 uv = equirectUvFromYawPitch(angles);
    const glm::dvec3 c = tools::sampleWrapped(*job.pano, uv.x * job.pano->width - 0.5, uv.y * job.pano->height - 0.5);
    std::uint8_t* out = &job.out->pixels[(size_t(y) * job.out->width + x) * 3];
    for (int k = 0; k < 3; ++k) out[k] = std::uint8_t(std::lround(c[k]));
  }
}

// The player's marker, roughly: a white ring round an amber dot, anti-aliased by coverage.
void drawMarker(tools::Raster& out, glm::dvec2 centre) {
  const double ring = 17.0, dot = 8.0;
  for (int y = int(centre.y - ring - 3); y <= int(centre.y + ring + 3); ++y) {
    for (int x = int(centre.x - ring - 3); x <= int(centre.x + ring + 3); ++x) {
      if (x < 0 || y < 0 || x >= out.width || y >= out.height) continue;
      const double d = std::hypot(x + 0.5 - centre.x, y + 0.5 - centre.y);
      auto blend = [&](double alpha, int r, int g, int b) {
        alpha = std::clamp(alpha, 0.0, 1.0);
        auto* p = &out.pixels[(size_t(y) * out.width + x) * 3];
        p[0] = std::uint8_t(std::lround(p[0] * (1 - alpha) + r * alpha));
        p[1] = std::uint8_t(std::lround(p[1] * (1 - alpha) + g * alpha));
        p[2] = std::uint8_t(std::lround(p[2] * (1 - alpha) + b * alpha));
      };
      blend((ring + 1.5 - d) * 0.45, 20, 20, 20);                 // a soft shadow disc
      blend(std::min(ring + 0.5 - d, d - (ring - 3.5)), 255, 255, 255); // the ring
      blend(dot + 0.5 - d, 245, 176, 65);                           // the amber dot
    }
  }
}

bool render(const tools::Image& pano, const ViewAngles& view, const Options& o, const std::string& path,
            const std::optional<YawPitch>& marker) {
  tools::Raster out(o.width, o.height);
  const Projection projection(view, o.width, o.height, {0.0, 0.0}, Lens::steady(o.lens));
  Job job{&pano, &projection, &out};
  tools::forEachRow(o.height, renderRow, &job);
  if (marker)
    if (const auto p = projection.pixelFromYawPitch(*marker)) drawMarker(out, *p);
  return out.writeJpeg(path, o.quality);
}

std::optional<ViewAngles> parseView(const std::string& text, LensKind lens) {
  double v[3];
  if (std::sscanf(text.c_str(), "%lf,%lf,%lf", &v[0], &v[1], &v[2]) != 3) return std::nullopt;
  if (!(std::abs(v[0]) <= 180 && std::abs(v[1]) <= 90 && v[2] >= 10 && v[2] <= lensMaxFov(lens))) return std::nullopt;
  return ViewAngles{v[0], v[1], v[2]};
}

int usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s MANIFEST OUT_DIR [--width W] [--height H] [--quality Q]\n"
               "       %s --panorama IMAGE --view YAW,PITCH,HFOV OUT.jpg [--width W] [--height H] [--quality Q]\n"
               "          [--projection rectilinear|stereographic|fisheye]\n",
               argv0, argv0);
  return 2;
}

} // namespace

int main(int argc, char** argv) {
  Options o;
  std::vector<std::string> positional;
  std::string panorama, viewText;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--width") o.width = std::atoi(value().c_str());
    else if (a == "--height") o.height = std::atoi(value().c_str());
    else if (a == "--quality") o.quality = std::atoi(value().c_str());
    else if (a == "--panorama") panorama = value();
    else if (a == "--view") viewText = value();
    else if (a == "--projection") {
      const auto lens = lensFromName(value());
      if (!lens) return usage(argv[0]);
      o.lens = *lens;
    }
    else if (a.rfind("--", 0) == 0) return usage(argv[0]);
    else positional.push_back(a);
  }
  if (o.width < 16 || o.height < 16 || o.width > 8192 || o.height > 8192 || o.quality < 1 || o.quality > 100 ||
      positional.size() != (panorama.empty() ? 2u : 1u))
    return usage(argv[0]);

  if (!panorama.empty()) {
    const auto view = parseView(viewText, o.lens);
    if (!view) {
      std::fprintf(stderr, "--view: expected YAW,PITCH,HFOV with yaw in [-180, 180], pitch in [-90, 90], hfov in [10, %g]\n",
                   lensMaxFov(o.lens));
      return 2;
    }
    const auto pano = tools::readImage(panorama);
    if (!pano) return 1;
    return render(*pano, *view, o, positional[0], std::nullopt) ? 0 : 1;
  }

  const std::filesystem::path manifestPath = positional[0], outDir = positional[1];
  std::ifstream in(manifestPath, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "%s: cannot read\n", manifestPath.c_str());
    return 1;
  }
  std::stringstream text;
  text << in.rdbuf();
  const auto result = parseManifest(text.str());
  for (const auto& d : result.diagnostics) std::fprintf(stderr, "%s: %s\n", manifestPath.c_str(), d.toString().c_str());
  if (!result.manifest) return 1;
  const auto& m = *result.manifest;
  std::filesystem::create_directories(outDir);
  std::string index = "[";
  auto add = [&](const std::string& file, const std::string& title, const std::string& description, const ViewAngles& v,
                 const std::string& scene, const std::string& hotspot) {
    JsonWriter entry;
    entry.add("file", file).add("title", title).add("description", description);
    entry.add("yaw", v.yaw).add("pitch", v.pitch).add("hfov", v.hfov).add("width", double(o.width)).add("height", double(o.height));
    entry.add("scene", scene);
    if (!hotspot.empty()) entry.add("hotspot", hotspot);
    index += (index.size() > 1 ? ",\n " : "") + entry.str();
  };
  const auto usableAsFile = [&](const std::string& id, const char* what) {
    if (id.find_first_of("/\\") == std::string::npos && id.rfind('.', 0) != 0) return true;
    std::fprintf(stderr, "%s: %s id \"%s\" is not usable as a file name; skipped\n", manifestPath.c_str(), what, id.c_str());
    return false;
  };
  // One card per scene (the start scene's is share.jpg, the page's own), then its hotspots'.
  std::vector<const SceneConfig*> scenes{&m.startScene()};
  for (const auto& s : m.scenes)
    if (&s != &m.startScene()) scenes.push_back(&s);
  for (const SceneConfig* scene : scenes) {
    const bool start = scene == &m.startScene();
    const std::string image = scene->type == SceneType::EquirectImage ? scene->src : scene->poster;
    if (image.empty() || image.find("://") != std::string::npos) {
      std::fprintf(stderr, "%s: scene \"%s\" needs a local %s to render previews from\n", manifestPath.c_str(), scene->id.c_str(),
                   scene->type == SceneType::EquirectImage ? "src" : "poster");
      return 1;
    }
    if (!start && !usableAsFile(scene->id, "scene")) continue;
    const auto pano = tools::readImage((manifestPath.parent_path() / image).string());
    if (!pano) return 1;
    const auto& iv = scene->initialView;
    const ViewAngles initial{iv.yaw, iv.pitch, iv.hfov};
    const std::string file = start ? "share.jpg" : "share-scene-" + scene->id + ".jpg";
    if (!render(*pano, initial, o, (outDir / file).string(), std::nullopt)) return 1;
    if (start) add(file, m.title, m.director.empty() ? std::string() : "A shot by " + m.director, initial, scene->id, "");
    else add(file, (scene->title.empty() ? scene->id : scene->title) + " — " + m.title, scene->title, initial, scene->id, "");
    for (const auto& h : scene->hotspots) {
      // The hotspot a little below the middle, looking slightly down at it, as a person would frame it.
      const ViewAngles view = viewPlacing({h.yaw, h.pitch}, 75.0, o.width, o.height, {o.width * 0.5, o.height * 0.55});
      if (!usableAsFile(h.id, "hotspot")) continue;
      const std::string hotspotFile = "share-" + h.id + ".jpg";
      if (!render(*pano, view, o, (outDir / hotspotFile).string(), YawPitch{h.yaw, h.pitch})) return 1;
      add(hotspotFile, h.label + " — " + m.title, h.description, view, scene->id, h.id);
    }
  }
  std::printf("%s]\n", index.c_str());
  return 0;
}
