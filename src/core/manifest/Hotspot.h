#pragma once
// Hotspots: places in a scene (yaw/pitch) that open the director's commentary (audio, captions,
// transcript) and the shot by an auteur that inspired the moment (the influence). Validated,
// typed config; defaults live here as member initialisers.

#include <optional>
#include <string>
#include <vector>

#include "core/manifest/Diagnostic.h"
#include "core/manifest/JsonReader.h"

namespace shotscape {

struct CaptionTrackConfig {
  std::string lang;   // required: BCP 47 language tag, e.g. "en"
  std::string label;  // required: shown in the language menu, e.g. "English"
  std::string src;    // required: WebVTT URL, relative to the manifest
};

struct CommentaryConfig {
  std::string audio;                        // required: audio URL (e.g. AAC in .m4a)
  std::vector<CaptionTrackConfig> captions; // caption tracks, first = default; may be empty
  std::string transcript;                   // optional plain-text transcript; "" = none
};

enum class MediaType { Video, Image };

struct InfluenceMediaConfig {
  MediaType type = MediaType::Video; // "video" or "image"
  std::string src;                   // required: clip or still URL
  std::string poster;                // optional poster image for a clip; "" = none
  std::optional<double> start;       // seconds into the clip where it starts; empty = 0
  std::optional<double> end;         // seconds into the clip where it stops; empty = its end
  std::vector<CaptionTrackConfig> captions; // a clip's own caption tracks (shown while it has sound); may be empty
};

struct InfluenceConfig {
  std::string auteur;          // required: who made the inspiring shot
  std::string film;            // required: the film
  int year = 0;                // required: the film's year, [1870, 2100]
  InfluenceMediaConfig media{};
  std::string note;            // optional: a line on what was borrowed; "" = none
};

struct HotspotConfig {
  std::string id;                       // required, unique within the manifest
  double yaw = 0.0;                     // required: degrees, [-180, 180]
  double pitch = 0.0;                   // required: degrees, [-90, 90]
  std::string label;                    // required: shown on hover/focus
  std::string description;              // optional longer text; "" = none
  std::optional<double> start;          // seconds: shown from then on (video scenes); empty = always
  std::optional<double> end;            // seconds: hidden from then on; empty = never
  std::optional<CommentaryConfig> commentary;
  std::optional<InfluenceConfig> influence;
  std::string target;                   // optional: id of a scene of this manifest to go to; "" = none
  std::string sharePage;                // optional: a page with this hotspot's share card (URL); "" = none
};

// More hotspots than this in one scene is an error: the layout runs every frame over all of them.
inline constexpr size_t kMaxHotspots = 5000;

// Reads `scene.hotspots` (at `path`) into `out`, with every error at its JSON path. Ids must be
// unique; `knownSceneIds` are the scenes a `target` may name.
void readHotspots(JsonReader& reader, const Json& array, const std::string& path,
                  const std::vector<std::string>& knownSceneIds, std::vector<HotspotConfig>& out);

} // namespace shotscape
