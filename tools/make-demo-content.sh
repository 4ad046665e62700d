#!/bin/sh
# Regenerates the committed demo content in public/demo/ with the project's own native tools.
# Usage: tools/make-demo-content.sh [BUILD_DIR]   (default build/native; run `make native` first)
set -eu
cd "$(dirname "$0")/.."
BIN="${1:-build/native}/tools"
"$BIN/shotscape-make-demo-scene" public/demo/set.jpg 4096
