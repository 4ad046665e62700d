#!/bin/sh
# Installs what the build and the tests need, only when it is missing: Debian packages (pinned by
# the Debian 12 release), npm packages (pinned by package-lock.json), Dear ImGui's source (pinned
# Debian source package, into the git-ignored .cache/).
set -eu
cd "$(dirname "$0")/.."
PACKAGES="cmake ninja-build g++ clang-14 libclang-rt-14-dev emscripten chromium \
libglm-dev nlohmann-json3-dev doctest-dev libstb-dev fonts-inter python3-fonttools ffmpeg espeak-ng \
xz-utils ca-certificates"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js and npm may come from elsewhere than Debian (the machine image); install Debian's only
# when the commands are absent.
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
  echo "installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
# node_modules is refreshed whenever the lock file is newer than the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi
tools/fetch-imgui.sh "$PWD/.cache/imgui"
