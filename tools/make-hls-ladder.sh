#!/bin/sh
# Makes an HLS rendition ladder (H.264 + AAC, 2 s segments, VOD) from a video, with ffmpeg:
#   OUT_DIR/master.m3u8, OUT_DIR/512p/ (1024×512, 0.6 Mb/s), OUT_DIR/1024p/ (2048×1024, 1.8 Mb/s).
# Run at build time for the demo (`make web`), so the ladder is not committed.
# Usage: tools/make-hls-ladder.sh IN.mp4 OUT_DIR
set -eu
in="$1"; out="$2"
mkdir -p "$out"
ffmpeg -v error -y -i "$in" \
  -filter_complex "[0:v]split=2[a][b];[a]scale=1024:512[lo];[b]scale=2048:1024[hi]" \
  -map "[lo]" -map 0:a -map "[hi]" -map 0:a \
  -c:v libx264 -preset veryfast -profile:v main -g 48 -keyint_min 48 -sc_threshold 0 -pix_fmt yuv420p \
  -b:v:0 600k -maxrate:v:0 700k -bufsize:v:0 1200k -b:v:1 1800k -maxrate:v:1 2000k -bufsize:v:1 3600k \
  -c:a aac -b:a 32k -ac 1 \
  -var_stream_map "v:0,a:0,name:512p v:1,a:1,name:1024p" \
  -f hls -hls_time 2 -hls_playlist_type vod -master_pl_name master.m3u8 \
  -hls_segment_filename "$out/%v/segment%03d.ts" "$out/%v/index.m3u8"
echo "wrote $out/master.m3u8"
