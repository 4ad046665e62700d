// The WebVTT parser's speed (core/media/Captions, the specification's algorithm) on a 2 MB caption
// file: cues with ids, settings, voice and class tags, character references, and a NOTE now and
// then, as real subtitle files have. Prints one JSON line; `make bench` runs it natively and as wasm.
#include <chrono>
#include <cstdio>
#include <string>

#include "core/media/Captions.h"

using namespace shotscape;

int main() {
  std::string vtt = "WEBVTT - a long film's subtitles\n\nREGION\nid:low\nwidth:60%\nlines:3\n\n";
  int cue = 0;
  char timing[96];
  while (vtt.size() < 2u * 1024u * 1024u) {
    const int ms = cue * 2500;
    std::snprintf(timing, sizeof timing, "%02d:%02d:%02d.%03d --> %02d:%02d:%02d.%03d", ms / 3600000, ms / 60000 % 60,
                  ms / 1000 % 60, ms % 1000, (ms + 2000) / 3600000, (ms + 2000) / 60000 % 60, (ms + 2000) / 1000 % 60,
                  (ms + 2000) % 1000);
    vtt += "cue-" + std::to_string(cue) + "\n" + timing;
    if (cue % 3 == 0) vtt += " line:10% position:30%,line-left size:60% align:start";
    if (cue % 7 == 0) vtt += " region:low";
    vtt += "\n<v Director>The light in this room &mdash; it comes from <i>Ozu</i>, from &ldquo;Late Spring&rdquo;.\n";
    vtt += "<c.note>Every frame of it</c> &amp; every cut, 1949.\n\n";
    if (cue % 50 == 0) vtt += "NOTE a translator's note\nspanning lines\n\n";
    ++cue;
  }
  constexpr int kWarmUp = 2; // lets the wasm engine tier up, as it does in a page
  constexpr int kRuns = 8;
  std::size_t cues = 0;
  for (int i = 0; i < kWarmUp; ++i) cues = parseWebVtt(vtt).cues.size();
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kRuns; ++i) cues = parseWebVtt(vtt).cues.size();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / kRuns;
  std::printf("{\"bytes\":%zu,\"cues\":%zu,\"msPerParse\":%.3f,\"mbPerSecond\":%.1f}\n", vtt.size(), cues, ms,
              double(vtt.size()) / 1048576.0 / (ms / 1000.0));
  return 0;
}
