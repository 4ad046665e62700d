#pragma once
// A shot's manifest: the validated, typed form of the JSON an author writes. Every default lives
// here, once, as a member initialiser; the README's manifest table is checked against these by a test.
//
// parseManifest() never applies anything: it returns the config and the diagnostics, and a caller
// uses the config only when no diagnostic is an Error.

#include <optional>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/view/Camera.h"
#include "core/manifest/Diagnostic.h"
#include "core/manifest/Hotspot.h"

namespace shotscape {

struct InitialViewConfig {
  double yaw = 0.0;    // degrees, [-180, 180]; 0 = the image's horizontal centre
  double pitch = 0.0;  // degrees, [-90, 90]; positive up
  double hfov = 90.0;  // degrees, [10, 150]
};

struct ViewLimitsConfig {
  double minHfov = 30.0;  // degrees, [10, 150]: narrowest zoom
  double maxHfov = 120.0; // degrees, [10, 150]: widest zoom
};

enum class SceneType { EquirectImage, EquirectVideo, CubemapImage, Multires };

// How a stereoscopic equirect image or video holds its two eyes: one picture (mono), the left eye's
// picture above the right's ("top-bottom"), or beside it ("left-right"). Headsets give each eye its
// half; screens show the left eye's.
enum class StereoLayout { Mono, TopBottom, LeftRight };

// Whose tile naming a multires scene's `tiles.url` uses: Shotscape's ({level} from 0, {face},
// {x}, {y}), Pannellum's multires (%l from 1, %s, %x, %y) or Marzipano's cube tiles ({z} from 1 —
// Marzipano's tool keeps z 0 for the preview —, {f}, {x}, {y}). Faces are f r b l u d in all three.
enum class TileLayout { Shotscape, Pannellum, Marzipano };

// The six images of a cubemap-image scene, in TileId face order (front, right, back, left, up,
// down), each a square face as seen from inside (x right, y down; up's bottom edge meets front's
// top, down's top edge meets front's bottom).
inline constexpr const char* kCubeFaceNames[6] = {"front", "right", "back", "left", "up", "down"};

// A multires scene's tiles: cube faces cut into square tiles at several levels, coarse to fine.
struct TilesConfig {
  std::string url;                       // required: template with the layout's placeholders, relative to the manifest
  TileLayout layout = TileLayout::Shotscape;
  int tileSize = 512;                    // required: texels per tile side, [32, 4096] (a level's last tile may be smaller)
  std::vector<int> levels;               // required: face sizes in texels, strictly increasing, [1, 65536] each
  std::string preview;                   // one small image of all six faces stacked top to bottom; "" = none (the coarsest level's tiles first)
  std::string previewFaces = "frblud";   // the preview's face order, top to bottom (Marzipano's tool writes "bdflru")
};

// A multires manifest may list at most this many tiles over all its levels (a 64K panorama in
// 256-texel tiles is about 55,000).
inline constexpr long long kMaxTiles = 100000;

enum class VideoFormat { Mp4, WebM, Hls };

struct VideoSourceConfig {
  std::string src;                       // required: URL, relative to the manifest
  VideoFormat format = VideoFormat::Mp4; // from `type` ("video/mp4", "video/webm", "application/x-mpegURL" or
                                         // "application/vnd.apple.mpegurl"), else from the extension (.mp4/.m4v, .webm, .m3u8)
};

struct SceneAudioConfig {
  std::string src;       // required: a looping ambient sound (e.g. AAC in .m4a), relative to the manifest
  double volume = 0.6;   // [0, 1]: its level; ducked while commentary or an influence clip speaks
};

// Where a scene was taken in the shot's space, metres (x right, y up, z forward from the set's
// origin, as the renderer or the survey of the set gives them).
struct PositionConfig {
  double x = 0.0;
  double y = 0.0;
  double z = 0.0;
};

// A way from one scene to another, drawn as a link marker in the scene.
struct LinkConfig {
  std::string target;                      // required: the id of another scene of this manifest
  double yaw = 0.0;                        // where the marker sits; default: toward the target's position
  double pitch = 0.0;                      //   (given both scenes' positions), else required (yaw) / 0 (pitch)
  std::string label;                       // "" = the target's title
  std::optional<InitialViewConfig> view;   // the view to land on; empty = the heading kept continuous
};

struct SceneConfig {
  std::string id = "main";                // unique scene id, used by links; required in `scenes`
  std::string title;                      // the scene's name in the scene list and link labels; "" = its id
  SceneType type = SceneType::EquirectImage; // "equirect-image" (one 2:1 image), "equirect-video", "cubemap-image" or "multires"
  std::string src;                        // equirect-image, required: image URL, relative to the manifest
  std::array<std::string, 6> faces;       // cubemap-image, required: `faces` {front, right, back, left, up, down} image URLs
  TilesConfig tiles;                      // multires, required: `tiles`
  std::vector<VideoSourceConfig> sources; // equirect-video, required: in order of preference; the first playable wins
  std::string poster;                     // equirect-video: image shown until the first frame; "" = none
  bool loop = false;                      // equirect-video: start again at the end
  double startTime = 0.0;                 // equirect-video: seconds where playback starts, [0, 86400]
  std::string syncGroup;                  // equirect-video: takes of the same moment; a move between two keeps the time; "" = none
  StereoLayout stereo = StereoLayout::Mono; // equirect-image, equirect-video: `stereo` "top-bottom" or "left-right" (each eye's 2:1 picture); absent = mono
  InitialViewConfig initialView{};        // where the camera starts
  ViewLimitsConfig limits{};              // how far the viewer may zoom
  std::vector<HotspotConfig> hotspots;    // places that open commentary and influences; may be empty
  std::optional<SceneAudioConfig> audio;  // the scene's ambient sound; empty = silent
  std::optional<PositionConfig> position; // where it was taken; empty = unknown (moves cross-fade in place)
  double heading = 0.0;                   // degrees, [-180, 180]: the shot-space yaw of the image's centre
  std::vector<LinkConfig> links;          // ways to other scenes; may be empty
};

struct ManifestConfig {
  std::string title;          // required: the shot's title, shown in the overlay
  std::string director;       // the director who recreated the shot; "" = not shown
  std::string film;           // the film the shot is from; "" = not shown
  std::optional<int> year;    // the film's year, [1870, 2100]
  // The 360° scenes: from `scenes`, or the single `scene` of a one-position manifest. Never empty
  // in a parsed manifest.
  std::vector<SceneConfig> scenes{SceneConfig{}};
  std::string start;          // the start scene's id; "" = the first

  const SceneConfig& startScene() const;
};

struct ManifestResult {
  std::optional<ManifestConfig> manifest; // set when no diagnostic is an Error
  Diagnostics diagnostics;
};

// Manifests larger than this are refused before parsing.
inline constexpr size_t kMaxManifestBytes = 2 * 1024 * 1024;

// `language`: the viewer's (a BCP 47 tag), for text given in several ({"en": …, "fr": …}): titles,
// labels, descriptions. Empty: English, else the first by language tag.
ManifestResult parseManifest(std::string_view jsonText, std::string_view language = {});

// The shot-space yaw and pitch from one position toward another (degrees).
struct Bearing {
  double yaw = 0.0;
  double pitch = 0.0;
};
Bearing bearingBetween(const PositionConfig& from, const PositionConfig& to);

// A manifest for a bare panorama URL (the `panorama` attribute): one scene, default view.
ManifestConfig manifestForPanorama(std::string src);

CameraLimits cameraLimitsFrom(const ViewLimitsConfig& limits);

} // namespace shotscape
