#!/bin/sh
# Checks that every program and file the build, the tools and the tests use comes from a Debian
# package that tools/install-deps.sh installs (tools/debian-packages.txt) or pulls in as a
# dependency, so `make test` works on a bare Debian 12 machine and not only on one that happens to
# have a package from earlier work. For each item: where it is on this machine, which package
# owns it (`dpkg -S`), and whether that package is in the dependency closure of the list
# (`apt-cache depends --recurse`, Depends and Pre-Depends only: the script installs without
# recommends). Packages every Debian system has (Essential or Priority required) count as present.
#
# Usage: tests/deps/check-declared-deps.sh [PACKAGE_LIST]   (default tools/debian-packages.txt)
# Prints one line per item; exits 1 naming each program or file whose package is not declared.
set -eu
cd "$(dirname "$0")/../.."
LIST="${1:-tools/debian-packages.txt}"

# What the build (CMake, Makefile), the tools and the tests run or read. Programs by name (found on
# PATH), files by path. Keep this in step with new tools: the checker only knows what it is told.
PROGRAMS="cmake ninja g++ clang-14 clang++-14 emcc em++ emcmake emar pyftsubset ffmpeg ffprobe
espeak-ng chromium brotli gzip nginx node npm xz tar apt-get dpkg-query"
FILES="/usr/include/glm/glm.hpp /usr/include/nlohmann/json.hpp /usr/include/doctest/doctest.h
/usr/include/stb/stb_image.h /usr/include/stb/stb_image_write.h
/usr/share/fonts/opentype/inter/Inter-Regular.otf /usr/share/fonts/opentype/inter/Inter-SemiBold.otf
/usr/lib/nginx/modules/ngx_http_brotli_static_module.so /etc/nginx/mime.types
/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a
/usr/sbin/update-ca-certificates
/usr/include/EGL/egl.h /usr/include/GLES3/gl3.h /usr/lib/x86_64-linux-gnu/libEGL.so
/usr/lib/x86_64-linux-gnu/libGLESv2.so /usr/lib/x86_64-linux-gnu/libEGL_mesa.so.0
/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so"

[ -f "$LIST" ] || { echo "no package list at $LIST"; exit 2; }
declared=$(grep -v -e '^#' -e '^command:' -e '^[[:space:]]*$' "$LIST")
# "command:NAME PACKAGE": installed when NAME is missing, so PACKAGE counts as declared too.
declared="$declared $(grep -e '^command:' "$LIST" | awk '{print $2}')"

# The closure: every package the declared ones depend on, recursively (virtual packages included,
# as apt-cache prints them in <angle brackets>; a virtual one is satisfied by what provides it).
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances $declared 2>/dev/null | sed -n -e 's/^\([^ ].*\)$/\1/p' -e 's/^ *\(Pre\)\{0,1\}Depends: //p' \
  | tr -d '<>' | sed 's/:.*$//' | sort -u)
if [ -z "$closure" ]; then
  echo "apt-cache knows none of the declared packages: run apt-get update first"
  exit 2
fi

in_closure() { printf '%s\n' "$closure" | grep -qx "$1"; }
always_there() {
  # Essential or Priority: required packages are on every Debian system, bare or not.
  info=$(dpkg-query -W -f='${Essential} ${Priority}' "$1" 2>/dev/null || true)
  case "$info" in yes*|*required) return 0;; *) return 1;; esac
}
# Which package owns a path: as given, then with /bin <-> /usr/bin (merged /usr), then resolved.
# One `dpkg -S` for every candidate path (it reads every package's file list each time it runs).
candidates() { printf '%s\n' "$1" "$(echo "$1" | sed -e 's#^/usr/bin/#/bin/#' -e t -e 's#^/bin/#/usr/bin/#')" "$(readlink -f "$1")"; }
paths=""
for program in $PROGRAMS; do
  where=$(command -v "$program" 2>/dev/null) && paths="$paths $(candidates "$where")"
done
for file in $FILES; do [ -e "$file" ] && paths="$paths $(candidates "$file")"; done
owners=$(dpkg -S $paths 2>/dev/null | grep -v '^diversion' | sed 's/^\([^:,]*\).*: \(\/.*\)$/\2 \1/' || true)
owner() {
  for p in $(candidates "$1"); do
    o=$(printf '%s\n' "$owners" | awk -v p="$p" '$1 == p {print $2; exit}')
    if [ -n "$o" ]; then echo "$o"; return 0; fi
  done
  return 1
}

failures=0
check() { # ITEM PATH
  pkg=$(owner "$2") || { echo "FAIL $1 ($2) belongs to no Debian package"; failures=$((failures + 1)); return; }
  if in_closure "$pkg"; then echo "ok   $1 ← $pkg"
  elif always_there "$pkg"; then echo "ok   $1 ← $pkg (on every Debian system)"
  else
    echo "FAIL $1 ($2) comes from Debian package '$pkg', which $LIST neither lists nor pulls in: add '$pkg' to it"
    failures=$((failures + 1))
  fi
}
for program in $PROGRAMS; do
  where=$(command -v "$program" 2>/dev/null) || { echo "FAIL $program is not installed (run tools/install-deps.sh)"; failures=$((failures + 1)); continue; }
  check "$program" "$where"
done
for file in $FILES; do
  [ -e "$file" ] || { echo "FAIL $file is missing (run tools/install-deps.sh)"; failures=$((failures + 1)); continue; }
  check "$file" "$file"
done
if [ "$failures" -gt 0 ]; then
  echo "$failures undeclared dependencies"
  exit 1
fi
echo "every program and file comes from a declared package"
