# The two commands: `make demo` serves the demo, `make test` runs every test. Both install what
# is missing first (tools/install-deps.sh). Everything else is a step they share.
export NODE_PATH := /usr/share/nodejs
BUILD := build
JOBS ?= $(shell nproc)
CMAKE_TYPE ?= Release
PORT ?= 8080
# Where the site is served: the share cards (og:image, oEmbed) need absolute URLs. Without it
# they point at this machine (http://127.0.0.1:PORT/), with a loud warning from `make web`, and
# `make dist` refuses unless LOOPBACK=1 asks for such a local build (`make test` does).
PUBLIC_URL ?=
LOOPBACK ?=
CARDS_URL = $(if $(PUBLIC_URL),$(PUBLIC_URL),http://127.0.0.1:$(PORT)/)

FUZZ_SECONDS ?= 1500
FUZZERS := manifest webvtt deeplink
# Longest input per fuzzer: long enough for every construct, short enough to stay fast.
FUZZ_MAX_LEN_manifest := 8192
FUZZ_MAX_LEN_webvtt := 4096
FUZZ_MAX_LEN_deeplink := 2048

.PHONY: all deps native wasm web dist sanitize demo test bench fuzz clean

all: web native

deps:
	@tools/install-deps.sh

wasm: deps
	@test -f $(BUILD)/wasm/build.ninja || emcmake cmake -S . -B $(BUILD)/wasm -G Ninja \
	  -DCMAKE_BUILD_TYPE=$(CMAKE_TYPE) -DSHOTSCAPE_WEB_DIR=$(CURDIR)/$(BUILD)/web >/dev/null
	cmake --build $(BUILD)/wasm -j $(JOBS)

# The deployable static site: index.html, the player's .js/.wasm/.css, demo content.
web: wasm
	cmake --build $(BUILD)/wasm --target web
	node tools/make-share-pages.mjs --site $(BUILD)/web --public-url $(CARDS_URL) $(if $(PUBLIC_URL)$(filter 1,$(LOOPBACK)),,--loopback-default)

# The deployable build for any static host or CDN (tools/make-dist.mjs): hashed asset names,
# .gz and .br twins; deploy/nginx/ has the web server's configuration for it.
dist: web
	node tools/make-dist.mjs --site $(BUILD)/web --out $(BUILD)/dist $(if $(PUBLIC_URL)$(filter 1,$(LOOPBACK)),,--require-public-url)

native: deps
	@cmake -S . -B $(BUILD)/native -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHOTSCAPE_WASM_BUILD_DIR=$(CURDIR)/$(BUILD)/wasm \
	  -DSHOTSCAPE_SANITIZE_BUILD_DIR=$(CURDIR)/$(BUILD)/sanitize \
	  -DSHOTSCAPE_WEB_DIR=$(CURDIR)/$(BUILD)/web -DSHOTSCAPE_DIST_DIR=$(CURDIR)/$(BUILD)/dist >/dev/null
	cmake --build $(BUILD)/native -j $(JOBS)

# The core and its unit tests under ASan + UBSan, and the libFuzzer targets (clang-14).
sanitize: deps
	@test -f $(BUILD)/sanitize/build.ninja || CC=clang-14 CXX=clang++-14 cmake -S . -B $(BUILD)/sanitize -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHOTSCAPE_SANITIZE=ON >/dev/null
	cmake --build $(BUILD)/sanitize -j $(JOBS)

demo: web
	node tools/serve.mjs --root $(BUILD)/web --port $(PORT)

# The tests serve the site from 127.0.0.1: its cards may point there.
test: LOOPBACK = 1
test: web dist native sanitize
	ctest --test-dir $(BUILD)/native --output-on-failure -j 2

bench: web native
	node tests/bench/bench.mjs
	node tests/bench/tiles.mjs
	node tests/bench/captions.mjs

# The fuzzers at once (two cores: they share them), each for FUZZ_SECONDS (default 1500 s: aiming at 10 million
# inputs each; measured 7.9 M and 3.6 M in 1100 s with 64 KB inputs, hence the shorter limits),
# growing build/fuzz/<name>/corpus. Crashes land in
# build/fuzz/<name>/artifacts/ (fix them, and keep each input as a unit test). Logs beside them.
fuzz: sanitize
	@for f in $(FUZZERS); do \
	  mkdir -p $(BUILD)/fuzz/$$f/corpus $(BUILD)/fuzz/$$f/artifacts; \
	  echo "fuzzing $$f for $(FUZZ_SECONDS) s (log: $(BUILD)/fuzz/$$f/log.txt)"; \
	  max_len=$$(case $$f in manifest) echo $(FUZZ_MAX_LEN_manifest);; deeplink) echo $(FUZZ_MAX_LEN_deeplink);; *) echo $(FUZZ_MAX_LEN_webvtt);; esac); \
	  $(BUILD)/sanitize/tests/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=$$max_len \
	    -print_final_stats=1 -dict=tests/fuzz/$$f.dict -artifact_prefix=$(BUILD)/fuzz/$$f/artifacts/ \
	    $(BUILD)/fuzz/$$f/corpus tests/fuzz/corpus/$$f >$(BUILD)/fuzz/$$f/log.txt 2>&1 & \
	  pids="$$pids $$!"; \
	done; \
	status=0; for pid in $$pids; do wait $$pid || status=1; done; \
	for f in $(FUZZERS); do \
	  echo "$$f: $$(grep -E '^stat::number_of_executed_units' $(BUILD)/fuzz/$$f/log.txt | awk '{print $$2}') inputs," \
	    "$$(ls $(BUILD)/fuzz/$$f/artifacts | wc -l) findings"; \
	  grep -E '^(==|SUMMARY)' $(BUILD)/fuzz/$$f/log.txt | head -5; \
	done; exit $$status

clean:
	rm -rf $(BUILD)
