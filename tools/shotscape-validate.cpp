// shotscape-validate MANIFEST.json
// shotscape-validate --cues FILE.vtt
//
// Checks a shot manifest with the player's own parser, and every captions file its hotspots
// reference (relative URLs, read from beside the manifest; remote ones are listed as not checked),
// and prints each diagnostic as "FILE: error|warning: PATH: message" (exit 1 when any is an error). With --cues, parses a WebVTT
// file and prints its cues as JSON lines {"id", "start", "end", "text", "speaker"} (seconds; speaker "" when none), diagnostics on
// stderr (exit 1 when the file is rejected). Exit 2: usage, or a file that cannot be read.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/media/Captions.h"
#include "core/manifest/JsonWriter.h"
#include "core/manifest/Manifest.h"

using namespace shotscape;

namespace {

// Reads a whole file; says so on stderr when it cannot.
bool readFile(const std::string& path, std::string& out) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    std::cerr << path << ": error: cannot read the file\n";
    return false;
  }
  std::ostringstream text;
  text << file.rdbuf();
  out = text.str();
  return true;
}

void report(const std::string& file, const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics)
    std::cerr << file << ": " << (d.severity == Severity::Error ? "error" : "warning") << ": " << d.toString() << "\n";
}

int validateCues(const std::string& path) {
  std::string text;
  if (!readFile(path, text)) return 2;
  const auto result = parseWebVtt(text);
  for (const auto& region : result.regions)
    std::cout << JsonWriter()
                     .add("region", region.id)
                     .add("width", region.width)
                     .add("lines", double(region.lines))
                     .add("regionAnchorX", region.anchorX)
                     .add("regionAnchorY", region.anchorY)
                     .add("viewportAnchorX", region.viewportX)
                     .add("viewportAnchorY", region.viewportY)
                     .add("scroll", region.scrollUp ? "up" : "")
                     .str()
              << "\n";
  for (const auto& cue : result.cues) {
    const CueSettings& s = cue.settings;
    JsonWriter settings;
    if (s.line) settings.add("line", *s.line);
    else settings.add("line", "auto");
    settings.add("snapToLines", s.snapToLines).add("lineAlign", cueLineAlignName(s.lineAlign));
    if (s.position) settings.add("position", *s.position);
    else settings.add("position", "auto");
    settings.add("positionAlign", cuePositionAlignName(s.positionAlign))
        .add("size", s.size)
        .add("align", cueTextAlignName(s.align))
        .add("vertical", cueVerticalName(s.vertical))
        .add("region", s.region);
    std::cout << JsonWriter()
                     .add("id", cue.id)
                     .add("start", cue.start)
                     .add("end", cue.end)
                     .add("text", cue.text)
                     .add("speaker", cue.speaker)
                     .addJson("settings", settings.str())
                     .str()
              << "\n";
  }
  report(path, result.diagnostics);
  return hasError(result.diagnostics) ? 1 : 0;
}

int validateManifest(const std::string& path) {
  std::string text;
  if (!readFile(path, text)) return 2;
  const auto result = parseManifest(text);
  report(path, result.diagnostics);
  if (hasError(result.diagnostics)) return 1;
  bool captionsOk = true;
  const std::string dir = path.find('/') == std::string::npos ? "" : path.substr(0, path.find_last_of('/') + 1);
  // Every scene's caption tracks (a tour has several).
  for (const auto& scene : result.manifest->scenes) {
    for (const auto& hotspot : scene.hotspots) {
      if (!hotspot.commentary) continue;
      for (const auto& track : hotspot.commentary->captions) {
        if (track.src.find("://") != std::string::npos || track.src.rfind("//", 0) == 0) {
          std::cout << track.src << ": not checked (remote)\n";
          continue;
        }
        const std::string file = track.src[0] == '/' ? track.src : dir + track.src.substr(0, track.src.find_first_of("?#"));
        std::string vtt;
        if (!readFile(file, vtt)) {
          captionsOk = false;
          continue;
        }
        const auto captions = parseWebVtt(vtt);
        report(file, captions.diagnostics);
        captionsOk = captionsOk && !hasError(captions.diagnostics);
      }
    }
  }
  if (!captionsOk) return 1;
  std::cout << path << ": ok (" << result.manifest->title << ")\n";
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  const std::string usage = "usage: shotscape-validate MANIFEST.json | shotscape-validate --cues FILE.vtt\n";
  if (argc == 3 && std::string(argv[1]) == "--cues") return validateCues(argv[2]);
  if (argc == 2 && argv[1][0] != '-') return validateManifest(argv[1]);
  std::cerr << usage;
  return 2;
}
