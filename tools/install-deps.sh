#!/bin/sh
# Installs what the build and the tests need, only when it is missing: Debian packages (pinned by
# the Debian 12 release), npm packages (pinned by package-lock.json), Dear ImGui's source (pinned
# Debian source package, into the git-ignored .cache/).
set -eu
cd "$(dirname "$0")/.."
# The package list, with why each is needed, is tools/debian-packages.txt (checked by a test).
LIST=tools/debian-packages.txt
missing=""
for p in $(grep -v -e '^#' -e '^command:' "$LIST"); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Lines "command:NAME PACKAGE": only when the command is absent (Node.js and npm may come from
# elsewhere than Debian, e.g. the machine image).
for entry in $(grep -e '^command:' "$LIST" | sed 's/^command:\([^ ]*\) \(.*\)$/\1=\2/'); do
  command -v "${entry%%=*}" >/dev/null 2>&1 || missing="$missing ${entry#*=}"
done
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
