#!/bin/sh
# Fetches Dear ImGui's full source (imgui.cpp, backends/) from Debian's source package into a
# git-ignored cache, without touching the system's apt configuration. Debian's binary
# libimgui-dev ships no imgui.cpp, so the source package is the only pinned source we can reach.
set -eu
IMGUI_VERSION="1.86+ds"
DEST="${1:?usage: fetch-imgui.sh CACHE_DIR}"
if [ -f "$DEST/imgui-$IMGUI_VERSION/imgui.cpp" ]; then exit 0; fi
mkdir -p "$DEST/apt/lists/partial" "$DEST/apt/cache/archives/partial" "$DEST/apt/sources"
SRC=/etc/apt/sources.list.d/debian.sources
URIS=$(awk '/^URIs:/{print $2; exit}' "$SRC")
SIGNED=$(awk '/^Signed-By:/{print $2; exit}' "$SRC")
cat > "$DEST/apt/sources/imgui-src.sources" <<SRCS
Types: deb-src
URIs: $URIS
Suites: bookworm
Components: main
Signed-By: $SIGNED
SRCS
APT_OPTS="-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$DEST/apt/sources -o Dir::State::Lists=$DEST/apt/lists -o Dir::Cache=$DEST/apt/cache"
# shellcheck disable=SC2086
apt-get $APT_OPTS update -qq
cd "$DEST"
# shellcheck disable=SC2086
apt-get $APT_OPTS source --download-only "imgui=1.86+ds-1" 2>/dev/null || apt-get $APT_OPTS source --download-only imgui
tar -xf imgui_1.86+ds.orig.tar.xz
for d in imgui-1.86* imgui_1.86*; do
  if [ -d "$d" ] && [ "$d" != "imgui-$IMGUI_VERSION" ]; then mv "$d" "imgui-$IMGUI_VERSION"; fi
done
test -f "imgui-$IMGUI_VERSION/imgui.cpp"
echo "imgui $IMGUI_VERSION unpacked into $DEST/imgui-$IMGUI_VERSION"
