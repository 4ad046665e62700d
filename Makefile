# The two commands: `make demo` serves the demo, `make test` runs every test. Both install what
# is missing first (tools/install-deps.sh). Everything else is a step they share.
export NODE_PATH := /usr/share/nodejs
BUILD := build
JOBS ?= $(shell nproc)
CMAKE_TYPE ?= Release
PORT ?= 8080

.PHONY: all deps native wasm web demo test bench fuzz clean

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

native: deps
	@test -f $(BUILD)/native/build.ninja || cmake -S . -B $(BUILD)/native -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHOTSCAPE_WASM_BUILD_DIR=$(CURDIR)/$(BUILD)/wasm \
	  -DSHOTSCAPE_WEB_DIR=$(CURDIR)/$(BUILD)/web >/dev/null
	cmake --build $(BUILD)/native -j $(JOBS)

demo: web
	node tools/serve.mjs --root $(BUILD)/web --port $(PORT)

test: web native
	ctest --test-dir $(BUILD)/native --output-on-failure -j 2

bench: web native
	node tests/bench/bench.mjs

clean:
	rm -rf $(BUILD)
