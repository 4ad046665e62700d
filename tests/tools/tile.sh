#!/bin/sh
# shotscape-tile end to end on small inputs: a 2048×1024 panorama in each layout (files where each
# viewer looks for them, a manifest the validator accepts), and the refusals — not 2:1, too large,
# OUTDIR already there, not an image, a JPEG cut short — each with a message and no output at all (no OUTDIR, no
# OUTDIR.partial). Usage: tile.sh TOOLS_DIR WORK_DIR
set -eu
BIN="$1"
WORK="$2"
rm -rf "$WORK"
mkdir -p "$WORK"
fail() { echo "FAIL: $*"; exit 1; }

"$BIN/shotscape-make-test-panorama" "$WORK/pano.jpg" 2048 >/dev/null
for layout in shotscape pannellum marzipano; do
  out="$WORK/$layout"
  "$BIN/shotscape-tile" "$WORK/pano.jpg" "$out" --tile-size 128 --layout "$layout" | grep -q "3 levels of 168-texel tiles" ||
    fail "$layout: unexpected summary"
  "$BIN/shotscape-validate" "$out/manifest.json" | grep -q ": ok" || fail "$layout: the manifest does not validate"
  [ -f "$out/preview.jpg" ] || fail "$layout: no preview"
  [ ! -e "$out.partial" ] || fail "$layout: OUTDIR.partial left behind"
done
# Where each layout puts the finest level's last tile of the down face (level 2: 4×4 tiles).
[ -f "$WORK/shotscape/tiles/2/d/3_3.jpg" ] || fail "shotscape layout: tiles/2/d/3_3.jpg missing"
[ -f "$WORK/pannellum/3/d3_3.jpg" ] || fail "pannellum layout: 3/d3_3.jpg missing"
[ -f "$WORK/marzipano/tiles/3/d/3/3.jpg" ] || fail "marzipano layout: tiles/3/d/3/3.jpg missing"
grep -q '"maxLevel": 3' "$WORK/pannellum/config.json" || fail "pannellum: config.json"
grep -q '"fallbackOnly": true' "$WORK/marzipano/marzipano.json" || fail "marzipano: marzipano.json"
# WebP tiles.
"$BIN/shotscape-tile" "$WORK/pano.jpg" "$WORK/webp" --format webp --quality 70 >/dev/null
[ -f "$WORK/webp/tiles/0/f/0_0.webp" ] || fail "webp: tiles/0/f/0_0.webp missing"

refuse() { # refuse EXPECTED-MESSAGE INPUT OUTDIR [options…]
  expected="$1"; shift
  if "$BIN/shotscape-tile" "$@" >"$WORK/out.txt" 2>&1; then fail "accepted $*"; fi
  grep -q "$expected" "$WORK/out.txt" || { cat "$WORK/out.txt"; fail "no message \"$expected\" for $*"; }
  [ ! -e "$2.partial" ] || fail "$2.partial left behind for $*"
}
ffmpeg -v error -y -f lavfi -i color=c=gray:s=300x200 -frames:v 1 "$WORK/three-two.png"
refuse "not 2:1" "$WORK/three-two.png" "$WORK/no1"
[ ! -e "$WORK/no1" ] || fail "OUTDIR created for a refused input"
# A JPEG whose header says 40000×20000 (SOI, a baseline SOF0, SOS, EOI): only the header is read
# before the refusal.
printf '\377\330\377\300\000\021\010\116\040\234\100\003\001\042\000\002\021\001\003\021\001\377\332\000\014\003\001\000\002\021\003\021\000\077\000\377\331' > "$WORK/huge.jpg"
refuse "at most 32768" "$WORK/huge.jpg" "$WORK/no2"
[ ! -e "$WORK/no2" ] || fail "OUTDIR created for a too-large input"
refuse "already exists" "$WORK/pano.jpg" "$WORK/shotscape"
echo "not an image" > "$WORK/text.jpg"
refuse "not a JPEG, PNG, WebP or TIFF" "$WORK/text.jpg" "$WORK/no3"
refuse "between 64 and 4096" "$WORK/pano.jpg" "$WORK/no4" --tile-size 10
# A JPEG cut short (a failed download): libjpeg would fill the rest with grey; the tiler refuses it.
head -c "$(($(wc -c < "$WORK/pano.jpg") / 2))" "$WORK/pano.jpg" > "$WORK/cut.jpg"
refuse "Premature end of JPEG file" "$WORK/cut.jpg" "$WORK/no5"
[ ! -e "$WORK/no5" ] || fail "OUTDIR created for a truncated input"
echo "ok: three layouts, webp, six refusals"
