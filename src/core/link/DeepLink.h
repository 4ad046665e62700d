#pragma once
// Moment links: the URL parameters that reopen a player at an exact moment — which shot
// (`manifest` or `panorama`, `scene`), where it looks (`yaw`, `pitch`, `hfov`), when (`t`), what is
// open (`hotspot`, `lang`), through which lens (`projection`), and how it plays (`controls`,
// `autoplay`, `muted`, `autorotate`); for
// embed.html, which pages may drive it (`origins`).
//
// parse() reads the query and the fragment of a URL (either may be empty; a parameter in the
// fragment wins over the same one in the query), percent-decoding both (and '+' as a space in the
// query). Bad values never stop the player: each is clamped or ignored with one warning naming the
// parameter. format() writes a moment back as "key=value&…" in a fixed order, rounding angles and
// time as asked, percent-encoding what needs it; parse(format(m)) gives m back.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/manifest/Diagnostic.h"
#include "core/math/Lens.h"

namespace shotscape {

struct Moment {
  std::optional<std::string> manifest;  // URL of a manifest (http(s) or relative only)
  std::optional<std::string> panorama;  // URL of a bare equirectangular image
  std::optional<std::string> scene;     // scene id within the manifest
  std::optional<double> yaw;            // degrees, wrapped to (-180, 180]
  std::optional<double> pitch;          // degrees, clamped to [-90, 90]
  std::optional<double> hfov;           // degrees, clamped to [10, 360] (then to the lens's and the scene's limits)
  std::optional<LensKind> projection;   // rectilinear, stereographic ("little planet") or fisheye; unknown: a warning
  std::optional<bool> motion;           // the device's orientation turns the view: 1 on where allowed, 0 off (not written into links)
  std::optional<bool> tv;               // ui=tv: the 10-foot layout for TV remotes; ui=standard: not (not written into links)
  std::optional<std::string> uilang;    // the interface's language: en, fr, ja or ar (not written into links: a viewer's own)
  std::optional<double> t;              // seconds into a video scene, >= 0
  std::optional<std::string> hotspot;   // id of the hotspot to open
  std::optional<std::string> lang;      // caption language
  std::optional<bool> controls;         // "0"/"false" hide the interface
  std::optional<bool> autoplay;
  std::optional<bool> muted;
  std::optional<double> autorotate;     // degrees per second, [-90, 90] (0 = off); "true" or bare = 2°/s
  std::optional<bool> historyPush;
  std::optional<double> memoryBudget;   // memory-budget: MB of GPU memory a tiled scene's tiles may hold, [32, 4096] (not written into links)      // history=push: each scene change is an entry of the page's history; =replace: none
  // embed.html only: the origins whose postMessage commands the player obeys besides its own,
  // normalised ("https://example.com"), or {"*"} for any (see EmbedMessage.h).
  std::optional<std::vector<std::string>> origins;

  bool operator==(const Moment&) const = default;
};

struct MomentResult {
  Moment moment;
  Diagnostics warnings; // path = the parameter's name
};

MomentResult parseMoment(std::string_view query, std::string_view fragment);

struct MomentFormat {
  double angleStep = 0.0; // round yaw/pitch/hfov to this (0 = shortest exact form)
  double timeStep = 0.0;  // round t to this
};
std::string formatMoment(const Moment& moment, const MomentFormat& format = {});

// Percent-decoding of one URL component ('+' → ' ' when `plusIsSpace`); invalid escapes are kept
// as they are. Percent-encoding of everything but unreserved characters.
std::string percentDecode(std::string_view text, bool plusIsSpace);
std::string percentEncode(std::string_view text);

} // namespace shotscape
