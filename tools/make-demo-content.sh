#!/bin/sh
# Regenerates the committed demo content in public/demo/ with the project's own tools: the 360°
# set and the tour's three other positions (shotscape-make-demo-scene, ≈4.5 min each on 2 cores;
# skipped with SKIP_SCENE=1) and the set at 8192×4096 tiled (shotscape-tile → public/demo/tiled/set), the director's
# commentary for each hotspot (espeak-ng → AAC + WebVTT timed to the speech, from the scripts in
# tools/demo/), the influence clips (shotscape-make-influence-clip → H.264 MP4) and the still, and
# the room tone that plays under the scene (ffmpeg), and the 360° video scene
# (shotscape-make-demo-video: H.264 MP4 and VP9 WebM; a second camera for the video tour, MP4), and the share-card pictures of the demo and
# of each hotspot (shotscape-share-preview → public/demo/share/, with index.json). The manifests, public/demo/manifest.json and
# public/demo/video/manifest.json and public/demo/video/tour.json, are written by hand and name these files.
# Usage: tools/make-demo-content.sh [BUILD_DIR]   (default build/native; run `make native` first)
set -eu
cd "$(dirname "$0")/.."
BIN="${1:-build/native}/tools"
OUT=public/demo
if [ "${SKIP_SCENE:-0}" != 1 ]; then
  "$BIN/shotscape-make-demo-scene" "$OUT/set.jpg" 4096
  # The tour: the same set from the door, the table and the window (positions as in the manifest).
  "$BIN/shotscape-make-demo-scene" "$OUT/tour/door.jpg" 4096 --position -3.7,1.5,1.0
  "$BIN/shotscape-make-demo-scene" "$OUT/tour/table.jpg" 4096 --position 1.7,1.5,1.1
  "$BIN/shotscape-make-demo-scene" "$OUT/tour/window.jpg" 4096 --position 0,1.5,4.6
  # The tiled demo (public/demo/tiled/manifest.json, hand-written around the tiles): the set rendered
  # at 8192×4096 (≈14 min on 2 cores) and cut by shotscape-tile into 656-texel tiles at three levels.
  "$BIN/shotscape-make-demo-scene" "${TMPDIR:-/tmp}/shotscape-set-8192.jpg" 8192
  rm -rf "$OUT/tiled/set"
  "$BIN/shotscape-tile" "${TMPDIR:-/tmp}/shotscape-set-8192.jpg" "$OUT/tiled/set" --quality 80
  rm -f "${TMPDIR:-/tmp}/shotscape-set-8192.jpg"
fi
for name in window lamp camera bookcase ball headlights entrance table skyline; do
  node tools/make-commentary.mjs "tools/demo/$name.txt" "$OUT/commentary" "$name"
done
"$BIN/shotscape-make-influence-clip" windows "$OUT/influence/night-windows.mp4"
"$BIN/shotscape-make-influence-clip" lamp "$OUT/influence/swinging-lamp.mp4"
"$BIN/shotscape-make-influence-clip" corridor "$OUT/influence/long-corridor.mp4" --still "$OUT/influence/paper-rooms.jpg"
# The video scene: the set with a bouncing ball, a flickering lamp and headlights (24 s, 2048×1024).
"$BIN/shotscape-make-demo-video" "$OUT/set.jpg" "$OUT/video/apartment" 24 2048
# The video tour's second camera (public/demo/video/tour.json): the same 24 s from the table's place.
"$BIN/shotscape-make-demo-video" "$OUT/tour/table.jpg" "$OUT/video/table" 24 2048 --position 1.7,1.5,1.1 --mp4-only
# Room tone: low brown noise with a faint mains hum and distant traffic swell, 12 s, looped.
ffmpeg -v error -y -f lavfi -i "anoisesrc=color=brown:amplitude=0.35:seed=7:d=12" \
  -af "lowpass=f=400,volume='0.5+0.2*sin(2*PI*t/12)':eval=frame,afade=t=in:d=0.5,afade=t=out:st=11.5:d=0.5" \
  -ar 22050 -ac 1 -c:a aac -b:a 24k -movflags +faststart "$OUT/room-tone.m4a"
echo "wrote $OUT/room-tone.m4a"
# Share cards: the opening view and each hotspot, 1200×630, with the index the page generator reads.
mkdir -p "$OUT/share"
"$BIN/shotscape-share-preview" "$OUT/manifest.json" "$OUT/share" > "$OUT/share/index.json.tmp"
mv "$OUT/share/index.json.tmp" "$OUT/share/index.json"
echo "wrote $OUT/share/"
