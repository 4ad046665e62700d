// shotscape-tile INPUT OUTDIR [--tile-size N] [--format jpeg|webp] [--quality Q]
//                             [--layout shotscape|pannellum|marzipano]
// Cuts an equirectangular panorama (JPEG, PNG, WebP or TIFF, 2:1) into cube-face tiles at several
// levels, writes a preview (the six faces in one small vertical strip) and OUTDIR/manifest.json, a
// complete Shotscape manifest whose one scene is `multires` (URLs relative to it). The pannellum and
// marzipano layouts write the same tiles where those viewers look for them (and a config.json /
// marzipano.json for them); Shotscape reads all three.
//
// Sizes: the finest face is width/π texels (the equirect's density at a face's centre: no detail
// lost, none invented); the tile size is adjusted (a multiple of 8 near --tile-size) so that every
// level is whole tiles and each level is twice the one before, which all three viewers accept.
// Filtering: the finest level samples the equirect bilinearly, supersampled near the poles where
// the equirect's rows are stretched; each coarser level is a 2×2 box average of the finer one (no
// aliasing). Each tile is cut from its own face, so samples never cross into another face.
// Memory: the decoded input (width × height × 3 bytes) plus the group of faces being cut (four side
// faces at once): measured peak 2.95 GB for 32768×16384. Larger inputs are refused. Output goes to OUTDIR.partial and is renamed
// to OUTDIR only once complete: a failure leaves no partial output.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <glm/geometric.hpp>
#include <nlohmann/json.hpp>
#include <sys/mman.h>

#include "common/Codecs.h"
#include "common/Raster.h"
#include "core/geometry/Geometry.h"
#include "core/math/Projection.h"

using namespace shotscape;
using namespace shotscape::tools;
namespace fs = std::filesystem;

namespace {

constexpr int kMaxWidth = 32768;
constexpr int kPreviewMax = 256; // texels per face side in the preview strip, at most
const char* const kFaceLetters = "frblud"; // our face order (TileId.face)

struct Options {
  std::string input, outdir, format = "jpeg", layout = "shotscape";
  int tileSize = 512, quality = 85;
};

int usage(const char* why) {
  if (why) std::fprintf(stderr, "error: %s\n", why);
  std::fprintf(stderr,
               "usage: shotscape-tile INPUT OUTDIR [--tile-size N] [--format jpeg|webp] [--quality Q]\n"
               "                      [--layout shotscape|pannellum|marzipano]\n"
               "  INPUT   an equirectangular JPEG, PNG, WebP or TIFF, exactly 2:1, at most %d wide\n"
               "  OUTDIR  created (must not exist yet): tiles, preview, manifest.json\n",
               kMaxWidth);
  return 2;
}

// Where a layout puts a tile, relative to OUTDIR, and the template our manifest gives for it.
struct Layout {
  std::string name;
  std::string previewFaces; // the preview strip's face order, top to bottom
  std::string tilePath(int level, int face, int x, int y, const std::string& ext) const {
    const char f = kFaceLetters[face];
    if (name == "pannellum") return std::to_string(level + 1) + "/" + f + std::to_string(y) + "_" + std::to_string(x) + "." + ext;
    if (name == "marzipano") // z 0 is the preview (Marzipano's fallback level)
      return "tiles/" + std::to_string(level + 1) + "/" + f + "/" + std::to_string(y) + "/" + std::to_string(x) + "." + ext;
    return "tiles/" + std::to_string(level) + "/" + f + "/" + std::to_string(y) + "_" + std::to_string(x) + "." + ext;
  }
  std::string urlTemplate(const std::string& ext) const {
    if (name == "pannellum") return "%l/%s%y_%x." + ext;
    if (name == "marzipano") return "tiles/{z}/{f}/{y}/{x}." + ext;
    return "tiles/{level}/{face}/{y}_{x}." + ext;
  }
};

// One face at every level, finest first; level k of `levels` is face size tile·2^k.
struct FacePyramid {
  std::vector<std::vector<std::uint8_t>> levels; // index: level (0 coarsest)
};

// atan with |error| < 1e-5 rad (Abramowitz & Stegun 4.4.49 after reduction to |x| ≤ 1): 0.03 px
// at 16384 wide, and several times faster than std::atan2 in the loop that dominates the run.
inline float fastAtan(float x) {
  const bool invert = std::fabs(x) > 1.0f;
  const float z = invert ? 1.0f / x : x, z2 = z * z;
  const float r = z * (0.99997726f + z2 * (-0.33262347f + z2 * (0.19354346f + z2 * (-0.11643287f + z2 * (0.05265332f - 0.01172120f * z2)))));
  return invert ? (x > 0 ? float(M_PI / 2) : float(-M_PI / 2)) - r : r;
}
inline float fastAtan2(float y, float x) {
  if (x > 0) return fastAtan(y / x);
  if (x < 0) return fastAtan(y / x) + (y >= 0 ? float(M_PI) : float(-M_PI));
  return y > 0 ? float(M_PI / 2) : y < 0 ? float(-M_PI / 2) : 0.0f;
}

// A large pixel buffer straight from mmap: not zero-filled twice, and on transparent huge pages
// where the kernel allows (the samplers' reads jump between rows: 4 KiB pages would cost a TLB
// miss on most of them).
class Pixels {
 public:
  Pixels() = default;
  explicit Pixels(size_t bytes) : bytes_(bytes) {
    data_ = static_cast<std::uint8_t*>(mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (data_ == MAP_FAILED) {
      std::fprintf(stderr, "error: out of memory (%zu MB)\n", bytes >> 20);
      std::exit(1);
    }
    madvise(data_, bytes, MADV_HUGEPAGE);
  }
  Pixels(Pixels&& o) noexcept { *this = std::move(o); }
  Pixels& operator=(Pixels&& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(bytes_, o.bytes_);
    return *this;
  }
  ~Pixels() {
    if (data_) munmap(data_, bytes_);
  }
  std::uint8_t* data() { return data_; }
  const std::uint8_t* data() const { return data_; }

 private:
  std::uint8_t* data_ = nullptr;
  size_t bytes_ = 0;
};

struct Equirect {
  int width = 0, height = 0;
  Pixels pixels; // RGB, rows top first
};

// Faces that share one mapping to the equirect: the four side faces are the front turned by 90°
// steps (the same pixels a quarter of the image's width along), and the down face is the up face
// upside down (row y of one is row size − 1 − y of the other, latitudes negated). So the trig runs
// for one face of each group and the samples for all of them.
struct FaceGroup {
  const Equirect* image;
  bool sides; // front, right, back, left; else up, down
  int size;
  Pixels* out; // one per face of the group, in TileId order
  const std::atomic<int>* decodedRows; // the equirect's rows decoded so far (it decodes meanwhile)
};

inline void bilinear(const Equirect& image, float u, float v, float sum[3]) {
  const int w = image.width, h = image.height;
  int x0 = int(u + float(w)) - w; // floor, for u > -w
  const float fx = u - float(x0);
  if (x0 < 0) x0 += w;
  else if (x0 >= w) x0 -= w;
  const int x1 = x0 + 1 == w ? 0 : x0 + 1;
  const int y0 = int(v), y1 = std::min(y0 + 1, h - 1);
  const float fy = v - float(y0);
  const std::uint8_t* px = image.pixels.data();
  const std::uint8_t* a = px + (size_t(y0) * w + x0) * 3;
  const std::uint8_t* b = px + (size_t(y0) * w + x1) * 3;
  const std::uint8_t* c = px + (size_t(y1) * w + x0) * 3;
  const std::uint8_t* d = px + (size_t(y1) * w + x1) * 3;
  for (int ch = 0; ch < 3; ++ch) {
    const float top = a[ch] + (b[ch] - a[ch]) * fx, bottom = c[ch] + (d[ch] - c[ch]) * fx;
    sum[ch] += top + (bottom - top) * fy;
  }
}

// Part of one row of the finest level of a group's faces: each texel's centre direction → longitude and
// latitude → equirect pixels (Projection's convention: yaw 0 at the image's centre, yaw to the
// right), bilinear. Near the poles a face texel spans 1/cos(latitude) equirect columns: the
// samples spread across that width (a box filter along the row), so the up and down faces do not
// alias.
void sampleGroupRow(const FaceGroup& g, const Equirect& image, int y, int x0, int x1) {
  const float fw = float(image.width), fh = float(image.height);
  const int first = g.sides ? 0 : 4;
  const glm::dvec3 origin = CubeGeometry::directionOn(first, {0.0, (y + 0.5) / g.size});
  const glm::dvec3 step = CubeGeometry::directionOn(first, {1.0, 0.0}) - CubeGeometry::directionOn(first, {0.0, 0.0});
  const float texelPx = float(2.0 / g.size * image.width / (2.0 * M_PI)); // equirect columns per face texel at the equator
  const float quarter = fw / 4.0f;
  for (int x = x0; x < x1; ++x) {
    const float t = (x + 0.5f) / float(g.size);
    const float dx = float(origin.x + t * step.x), dy = float(origin.y + t * step.y), dz = float(origin.z + t * step.z);
    const float horizontal = std::sqrt(dx * dx + dz * dz);
    const float lon = fastAtan2(dx, -dz), lat = fastAtan2(dy, horizontal);
    const float u = (lon * float(0.5 / M_PI) + 0.5f) * fw - 0.5f;
    const float v = std::clamp((0.5f - lat * float(1.0 / M_PI)) * fh - 0.5f, 0.0f, fh - 1.0f);
    const float stretch = std::sqrt(horizontal * horizontal + dy * dy) / std::max(horizontal, 1e-6f);
    const int taps = std::clamp(int(stretch + 0.5f), 1, 16);
    const float spread = texelPx * stretch, scale = 1.0f / float(taps);
    const int faces = g.sides ? 4 : 2;
    for (int f = 0; f < faces; ++f) {
      float sum[3] = {0, 0, 0};
      const float fu = g.sides ? u + quarter * float(f) : u;
      const float fv = g.sides || f == 0 ? v : fh - 1.0f - v;
      if (taps == 1) bilinear(image, fu, fv, sum);
      else
        for (int k = 0; k < taps; ++k) bilinear(image, fu + ((k + 0.5f) * scale - 0.5f) * spread, fv, sum);
      const int row = g.sides || f == 0 ? y : g.size - 1 - y;
      std::uint8_t* o = g.out[f].data() + (size_t(row) * g.size + x) * 3;
      for (int ch = 0; ch < 3; ++ch) o[ch] = std::uint8_t(std::clamp(sum[ch] * scale + 0.5f, 0.0f, 255.0f));
    }
  }
}

// Work goes by blocks of kBlock×kBlock texels, not whole rows: a block's samples come from a small
// patch of the equirect that stays in cache, where a row of the up face sweeps a curve across
// thousands of image rows (measured: 2× faster than by rows on a 16384-wide image).
constexpr int kBlock = 64;

void sampleGroupBlock(int index, void* context) {
  const FaceGroup& g = *static_cast<FaceGroup*>(context);
  const Equirect& image = *g.image;
  const int across = (g.size + kBlock - 1) / kBlock;
  const int x0 = index % across * kBlock, x1 = std::min(g.size, x0 + kBlock);
  const int y0 = index / across * kBlock, y1 = std::min(g.size, y0 + kBlock);
  // Wait for the rows the block reads. A side face's lowest texels are at its last row, at its
  // centre column (below the horizon) or its edge (above); the up and down faces need all rows.
  int needed = image.height;
  if (g.sides) {
    double lowest = M_PI;
    for (double t : {0.0, 0.5}) {
      const glm::dvec3 d = CubeGeometry::directionOn(0, {t, (y1 - 0.5) / g.size});
      lowest = std::min(lowest, std::atan2(d.y, std::sqrt(d.x * d.x + d.z * d.z)));
    }
    needed = std::min(image.height, int((0.5 - lowest / M_PI) * image.height) + 3);
  }
  for (int have = g.decodedRows->load(std::memory_order_acquire); have < needed; have = g.decodedRows->load(std::memory_order_acquire))
    g.decodedRows->wait(have);
  for (int y = y0; y < y1; ++y) sampleGroupRow(g, image, y, x0, x1);
}

// The finest level of the side faces (sides) or of the up and down faces, on all cores, as the
// equirect's rows arrive (`decodedRows`).
void sampleGroup(const Equirect& equirect, bool sides, int size, Pixels* out, const std::atomic<int>& decodedRows) {
  for (int f = 0; f < (sides ? 4 : 2); ++f) out[f] = Pixels(size_t(size) * size * 3);
  FaceGroup group{&equirect, sides, size, out, &decodedRows};
  const int across = (size + kBlock - 1) / kBlock;
  forEachRow(across * across, sampleGroupBlock, &group); // each "row" a block
}

// 2×2 box average of a size×size RGB image.
Pixels halve(const Pixels& pixels, int size) {
  const int half = size / 2;
  Pixels result(size_t(half) * half * 3);
  const std::uint8_t* in = pixels.data();
  std::uint8_t* out = result.data();
  for (int y = 0; y < half; ++y)
    for (int x = 0; x < half; ++x)
      for (int c = 0; c < 3; ++c) {
        const auto at = [&](int dx, int dy) { return int(in[(size_t(2 * y + dy) * size + 2 * x + dx) * 3 + c]); };
        out[(size_t(y) * half + x) * 3 + c] = std::uint8_t((at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1) + 2) / 4);
      }
  return result;
}

// Area-average resize of a square RGB image (any ratio ≥ 1), for the preview.
std::vector<std::uint8_t> shrink(const std::uint8_t* in, int size, int to) {
  std::vector<std::uint8_t> out(size_t(to) * to * 3);
  const double k = double(size) / to;
  for (int y = 0; y < to; ++y)
    for (int x = 0; x < to; ++x) {
      const int x0 = int(x * k), x1 = std::max(x0 + 1, int((x + 1) * k)), y0 = int(y * k), y1 = std::max(y0 + 1, int((y + 1) * k));
      for (int c = 0; c < 3; ++c) {
        long sum = 0;
        for (int sy = y0; sy < y1; ++sy)
          for (int sx = x0; sx < x1; ++sx) sum += in[(size_t(sy) * size + sx) * 3 + c];
        out[(size_t(y) * to + x) * 3 + c] = std::uint8_t(sum / ((x1 - x0) * (y1 - y0)));
      }
    }
  return out;
}

bool writeFile(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
  return bool(out);
}

bool encode(const Options& o, const std::uint8_t* rgb, int w, int h, int stride, std::vector<std::uint8_t>& out) {
  return o.format == "webp" ? encodeWebp(rgb, w, h, stride, o.quality, out) : encodeJpeg(rgb, w, h, stride, o.quality, out);
}

// Encodes and writes every tile of one level of one face, on all cores.
bool writeTiles(const Options& o, const Layout& layout, const fs::path& dir, int level, int face, const Pixels& pixels,
                int size, int tile, const std::string& ext) {
  const int across = size / tile;
  std::atomic<int> next{0};
  std::atomic<bool> ok{true};
  const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      std::vector<std::uint8_t> bytes;
      for (int i = next++; i < across * across && ok; i = next++) {
        const int x = i % across, y = i / across;
        const std::uint8_t* origin = pixels.data() + (size_t(y) * tile * size + size_t(x) * tile) * 3;
        if (!encode(o, origin, tile, tile, size * 3, bytes) || !writeFile(dir / layout.tilePath(level, face, x, y, ext), bytes)) ok = false;
      }
    });
  for (auto& t : pool) t.join();
  return ok;
}

int fail(const fs::path& partial, const std::string& why) {
  std::fprintf(stderr, "error: %s\n", why.c_str());
  std::error_code ec;
  fs::remove_all(partial, ec);
  return 1;
}

} // namespace

int main(int argc, char** argv) {
  Options o;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "error: %s needs a value\n", name);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--tile-size") o.tileSize = std::atoi(value("--tile-size"));
    else if (a == "--format") o.format = value("--format");
    else if (a == "--quality") o.quality = std::atoi(value("--quality"));
    else if (a == "--layout") o.layout = value("--layout");
    else if (a == "-h" || a == "--help") return usage(nullptr);
    else if (!a.empty() && a[0] == '-') return usage(("unknown option " + a).c_str());
    else positional.push_back(a);
  }
  if (positional.size() != 2) return usage("INPUT and OUTDIR are required");
  o.input = positional[0];
  o.outdir = positional[1];
  if (o.tileSize < 64 || o.tileSize > 4096) return usage("--tile-size must be between 64 and 4096");
  if (o.format != "jpeg" && o.format != "webp") return usage("--format must be jpeg or webp");
  if (o.quality < 1 || o.quality > 100) return usage("--quality must be between 1 and 100");
  if (o.layout != "shotscape" && o.layout != "pannellum" && o.layout != "marzipano")
    return usage("--layout must be shotscape, pannellum or marzipano");
  const Layout layout{o.layout, o.layout == "marzipano" ? "bdflru" : "frblud"};
  const std::string ext = o.format == "webp" ? "webp" : "jpg";

  ImageHeader header;
  std::string error;
  if (!readImageHeader(o.input, header, error)) return std::fprintf(stderr, "error: %s\n", error.c_str()), 1;
  if (header.width != 2 * header.height)
    return std::fprintf(stderr, "error: %s is %d×%d, not 2:1: an equirectangular panorama is twice as wide as it is high\n",
                        o.input.c_str(), header.width, header.height), 1;
  if (header.width > kMaxWidth)
    return std::fprintf(stderr, "error: %s is %d×%d; the tiler handles at most %d×%d (its memory: the decoded image plus one face)\n",
                        o.input.c_str(), header.width, header.height, kMaxWidth, kMaxWidth / 2), 1;
  if (header.width < 64) return std::fprintf(stderr, "error: %s is too small (%d×%d)\n", o.input.c_str(), header.width, header.height), 1;
  const fs::path out(o.outdir);
  if (fs::exists(out)) return std::fprintf(stderr, "error: %s already exists; remove it or choose another OUTDIR\n", o.outdir.c_str()), 1;
  const fs::path partial = out.string() + ".partial";
  std::error_code ec;
  fs::remove_all(partial, ec);
  if (!fs::create_directories(partial, ec)) return std::fprintf(stderr, "error: cannot create %s: %s\n", partial.c_str(), ec.message().c_str()), 1;

  // Sizes: levels whose faces are tile·2^k, the finest near width/π.
  const double natural = header.width / M_PI;
  const int levels = std::max(1, int(std::lround(std::log2(natural / o.tileSize))) + 1);
  const int tile = std::max(8, int(std::ceil(natural / (1 << (levels - 1)) / 8.0)) * 8);
  const int faceSize = tile << (levels - 1);
  int preview = tile;
  while (preview > kPreviewMax && preview % 2 == 0) preview /= 2;
  preview = std::min(preview, kPreviewMax);

  Equirect equirect;
  equirect.width = header.width;
  equirect.height = header.height;
  equirect.pixels = Pixels(size_t(header.width) * header.height * 3);
  // Decoding (one thread: libjpeg decodes in order) overlaps sampling the side faces, whose blocks
  // wait for the rows they read: the second core is not idle while the image decodes.
  std::atomic<int> decodedRows{0};
  bool decoded = false;
  std::thread decoding([&] { decoded = decodeImage(o.input, header, equirect.pixels.data(), error, &decodedRows); });

  std::vector<std::vector<std::uint8_t>> previews(6);
  for (const bool sides : {true, false}) {
    Pixels group[4];
    sampleGroup(equirect, sides, faceSize, group, decodedRows);
    if (decoding.joinable()) {
      decoding.join();
      if (!decoded) return fail(partial, o.input + ": " + error);
    }
    for (int f = 0; f < (sides ? 4 : 2); ++f) {
      const int face = sides ? f : 4 + f;
      Pixels pixels = std::move(group[f]);
      for (int level = levels - 1; level >= 0; --level) {
        const int size = tile << level;
        if (!writeTiles(o, layout, partial, level, face, pixels, size, tile, ext))
          return fail(partial, "could not encode or write the tiles of level " + std::to_string(level));
        if (level == 0) previews[size_t(face)] = shrink(pixels.data(), size, preview);
        else pixels = halve(pixels, size);
      }
    }
  }
  equirect.pixels = Pixels();

  // The preview: six faces stacked top to bottom in the layout's face order.
  std::vector<std::uint8_t> strip;
  for (char letter : layout.previewFaces) {
    const auto& f = previews[size_t(std::strchr(kFaceLetters, letter) - kFaceLetters)];
    strip.insert(strip.end(), f.begin(), f.end());
  }
  std::vector<std::uint8_t> bytes;
  if (!encodeJpeg(strip.data(), preview, preview * 6, preview * 3, std::max(o.quality, 85), bytes) || !writeFile(partial / "preview.jpg", bytes))
    return fail(partial, "could not write the preview");

  nlohmann::json levelList = nlohmann::json::array();
  for (int level = 0; level < levels; ++level) levelList.push_back({{"size", tile << level}});
  const std::string title = fs::path(o.input).stem().string();
  nlohmann::json manifest = {
      {"title", title},
      {"scenes",
       {{{"id", "tiled"},
         {"title", title},
         {"type", "multires"},
         {"tiles",
          {{"url", layout.urlTemplate(ext)},
           {"layout", layout.name},
           {"tileSize", tile},
           {"levels", levelList},
           {"preview", "preview.jpg"},
           {"previewFaces", layout.previewFaces}}},
         {"hotspots", nlohmann::json::array()}}}}};
  const auto writeJson = [&](const char* name, const nlohmann::json& j) {
    const std::string text = j.dump(2) + "\n";
    return writeFile(partial / name, std::vector<std::uint8_t>(text.begin(), text.end()));
  };
  if (!writeJson("manifest.json", manifest)) return fail(partial, "could not write manifest.json");
  if (layout.name == "pannellum" &&
      !writeJson("config.json", {{"type", "multires"},
                                 {"multiRes",
                                  {{"path", "/%l/%s%y_%x"}, {"extension", ext}, {"tileResolution", tile}, {"maxLevel", levels},
                                   {"cubeResolution", faceSize}}}}))
    return fail(partial, "could not write config.json");
  if (layout.name == "marzipano") {
    nlohmann::json mlevels = nlohmann::json::array({{{"tileSize", preview}, {"size", preview}, {"fallbackOnly", true}}});
    for (int level = 0; level < levels; ++level) mlevels.push_back({{"tileSize", tile}, {"size", tile << level}});
    if (!writeJson("marzipano.json", {{"url", "tiles/{z}/{f}/{y}/{x}." + ext}, {"preview", "preview.jpg"}, {"levels", mlevels}}))
      return fail(partial, "could not write marzipano.json");
  }
  fs::rename(partial, out, ec);
  if (ec) return fail(partial, "cannot rename " + partial.string() + " to " + o.outdir + ": " + ec.message());
  std::printf("%s: %d×%d → %d levels of %d-texel tiles, faces up to %d, %d tiles (%s, layout %s)\n", o.outdir.c_str(), header.width,
              header.height, levels, tile, faceSize, 6 * int(((1 << (2 * levels)) - 1) / 3), ext.c_str(), layout.name.c_str());
  return 0;
}
