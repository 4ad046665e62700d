// <shotscape-player>, part 1 of 3 (web/player/): loading — the player's files by their served
// names, the page's image decoder (one worker shared by every player), prefetching a shot while
// the module loads, the wasm module itself (once per page), hls.js on demand, and passing strings
// to C. The build joins loading.js, input.js and element.js into one script, shotscape-player.js
// (terser --enclose: one closure, nothing global but the element).
'use strict';
if (typeof customElements === 'undefined' || customElements.get('shotscape-player')) return;


var script = document.currentScript;
var baseUrl = new URL('.', script && script.src ? script.src : document.baseURI).href;
// The player's files by their plain names → the names they are served under. Empty in build/web;
// `make dist` (tools/make-dist.mjs) writes the content-hashed names into this string.
var ASSETS = JSON.parse('{"shotscape-assets":0}');
function asset(name) { return baseUrl + (typeof ASSETS[name] === 'string' ? ASSETS[name] : name); }
var modulePromise = null;
// Neither interface font arrived: the canvas can draw no text, so errors are shown in the element.
var noInterfaceFont = false;
var nextHostId = 1;

// The page's image decoder: one worker (shotscape-decoder.js) shared by every player. An element
// asks it for its panorama as soon as it knows the URL, while the wasm module is still loading;
// the player's later request for the same URL takes that result (see web/bridge/image.js).
// Prefetches are hints: the C++ player still validates every URL, and one never taken is
// dropped after a minute.
var PREFETCH_MAX_SIZE = 8192;
var decoder = {
  worker: null,
  kind: null,
  next: 1,
  pending: new Map(),   // id → {resolve, reject, progress: [loaded, total], listeners}
  prefetched: new Map(), // absolute URL → request
  start: function (url, maxSize) {
    var self = this;
    if (!this.worker) this.worker = startDecoder(function (m) { self._message(m); }, function (reason) { self._fail(reason); });
    var id = this.next++;
    var request = { url: url, maxSize: maxSize, progress: null, listeners: [], preview: null, previewListeners: [] };
    request.promise = new Promise(function (resolve, reject) { request.resolve = resolve; request.reject = reject; });
    this.pending.set(id, request);
    this.worker.postMessage({ id: id, url: url, maxSize: maxSize });
    return request;
  },
  // A tile: decoded at its own size, no preview; cancel(request) aborts its download.
  tile: function (url) {
    var ahead = this.prefetchedTiles.get(url);
    if (ahead) {
      this.prefetchedTiles.delete(url);
      return ahead;
    }
    this.warm();
    var id = this.next++;
    var request = { id: id, url: url, listeners: [], previewListeners: [] };
    request.promise = new Promise(function (resolve, reject) { request.resolve = resolve; request.reject = reject; });
    this.pending.set(id, request);
    this.worker.postMessage({ id: id, url: url, tile: true });
    return request;
  },
  // The worker starts before any image is asked for (its start-up is ~100 ms): with the module.
  warm: function () {
    var self = this;
    if (!this.worker) this.worker = startDecoder(function (m) { self._message(m); }, function (reason) { self._fail(reason); });
  },
  prefetchedTiles: new Map(), // absolute URL → tile request (a tiled scene's preview, asked for with the manifest)
  prefetchTile: function (url) {
    if (this.prefetchedTiles.has(url)) return;
    var request = this.tile(url);
    var map = this.prefetchedTiles;
    map.set(url, request);
    var drop = function () { setTimeout(function () { if (map.get(url) === request) map.delete(url); }, 60000); };
    request.promise.then(drop, drop);
  },
  cancel: function (request) {
    if (!this.pending.delete(request.id)) return;
    if (this.worker) this.worker.postMessage({ id: request.id, cancel: true });
  },
  // The decoder is gone (a worker that failed): every waiting request fails; the next one restarts it.
  _fail: function (reason) {
    var all = Array.from(this.pending.values());
    this.pending.clear();
    this.worker = null;
    all.forEach(function (r) { r.reject(new Error('the image decoder failed (' + reason + ')')); });
  },
  _message: function (m) {
    var request = this.pending.get(m.id);
    if (!request) return;
    if (m.type === 'progress') {
      request.progress = [m.loaded, m.total];
      request.listeners.forEach(function (fn) { fn(m.loaded, m.total); });
      return;
    }
    if (m.type === 'preview') {
      request.preview = m;
      request.previewListeners.forEach(function (fn) { fn(m); });
      return;
    }
    this.pending.delete(m.id);
    if (m.type === 'decoded') request.resolve(m);
    else request.reject(new Error(m.reason));
  },
  prefetch: function (url) {
    if (this.prefetched.has(url)) return;
    var request = this.start(url, PREFETCH_MAX_SIZE);
    var prefetched = this.prefetched;
    prefetched.set(url, request);
    var drop = function () { setTimeout(function () { if (prefetched.get(url) === request) prefetched.delete(url); }, 60000); };
    request.promise.then(drop, drop);
  },
  // Resolves with {width, height, downscaled, pixels}; calls onProgress(loaded, total) and
  // onPreview({width, height, pixels}) (a small copy, at most once) before that.
  take: function (url, maxSize, onProgress, onPreview) {
    var request = this.prefetched.get(url);
    this.prefetched.delete(url);
    var self = this;
    if (!request || request.maxSize > maxSize) request = this.start(url, maxSize);
    if (request.progress) onProgress(request.progress[0], request.progress[1]);
    request.listeners.push(onProgress);
    if (request.preview) onPreview(request.preview);
    else request.previewListeners.push(onPreview);
    return request.promise.then(function (m) {
      if (m.width <= maxSize && m.height <= maxSize) return m;
      return self.start(url, maxSize).promise;
    });
  },
};

// Starts the page's decoder → {postMessage(request)}; messages come back to onMessage. Browsers
// refuse a worker script from another origin, so where the player's files come from a CDN the
// script is fetched (CORS) and started from a blob: URL; where the page's Content-Security-Policy
// forbids blob: workers too, the same script decodes on the page's thread (createImageBitmap
// still decodes off it). decoder.kind says which ('worker', 'blob-worker' or 'page').
function startDecoder(onMessage, onFailure) {
  var url = asset('shotscape-decoder.js');
  var queue = [], target = null;
  var handle = { postMessage: function (m) { if (target) target.postMessage(m); else queue.push(m); } };
  var use = function (t, kind) {
    target = t;
    decoder.kind = kind;
    queue.splice(0).forEach(function (m) { t.postMessage(m); });
  };
  var watch = function (worker, onError) {
    worker.onmessage = function (event) { onMessage(event.data); };
    worker.onerror = function (event) { event.preventDefault(); onError(event.message || 'worker error'); };
    return worker;
  };
  var inPage = function () {
    loadScript(url, function () { return window.ShotscapeDecoder; }).then(function (d) {
      use({ postMessage: function (m) { d.decode(m, function (reply) { onMessage(reply); }); } }, 'page');
    }, function (error) { onFailure(error.message); });
  };
  if (new URL(url).origin === location.origin) {
    use(watch(new Worker(url), onFailure), 'worker');
    return handle;
  }
  fetch(url).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + url);
    return r.text();
  }).then(function (text) {
    var blobUrl = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
    var worker;
    try {
      worker = new Worker(blobUrl);
    } catch (e) { // a CSP without blob: in worker-src (Chromium says so at once)
      URL.revokeObjectURL(blobUrl);
      inPage();
      return;
    }
    // Requests wait until the worker says it runs (its first message): a failure before that
    // means it never started (a CSP that refuses it after construction, as Chromium does), and
    // the waiting requests go to the page's decoder instead.
    var started = false;
    watch(worker, function (reason) {
      if (started) return onFailure(reason);
      worker.terminate();
      URL.revokeObjectURL(blobUrl);
      inPage();
    });
    var listen = worker.onmessage;
    worker.onmessage = function (event) {
      if (!started) {
        started = true;
        URL.revokeObjectURL(blobUrl);
        use(worker, 'blob-worker');
      }
      listen(event);
    };
  }).catch(function (error) { onFailure(error.message || String(error)); });
  return handle;
}

// Loads a classic script once → Promise of ready() (which must then be truthy).
function loadScript(src, ready) {
  return new Promise(function (resolve, reject) {
    if (ready()) return resolve(ready());
    var tag = document.createElement('script');
    tag.src = src;
    tag.onload = function () { ready() ? resolve(ready()) : reject(new Error(src + ' did not load')); };
    tag.onerror = function () { reject(new Error('could not load ' + src)); };
    document.head.appendChild(tag);
  });
}

function prefetchFor(element) {
  decoder.warm();
  prefetchShot(element.getAttribute('manifest'), element.getAttribute('panorama'));
}

// Manifests fetched by a prefetch, handed to the player's own load (taken once, so a later load
// fetches afresh): the page asks for a manifest once. Absolute URL → Promise<{ok, status, statusText, text}>.
var texts = new Map();
function fetchText(href) {
  return fetch(href, { credentials: 'same-origin' }).then(function (r) {
    return r.text().then(function (text) { return { ok: r.ok, status: r.status, statusText: r.statusText, text: text }; });
  });
}
function takeText(href) {
  var pending = texts.get(href);
  texts.delete(href);
  return pending || fetchText(href);
}

function prefetchShot(manifest, panorama) {
  try {
    var httpish = function (u) { return /^https?:$/.test(u.protocol); };
    if (!manifest && panorama) {
      var url = new URL(panorama, document.baseURI);
      if (httpish(url)) decoder.prefetch(url.href);
    } else if (manifest) {
      var manifestUrl = new URL(manifest, document.baseURI);
      if (!httpish(manifestUrl) || texts.has(manifestUrl.href)) return;
      var request = fetchText(manifestUrl.href);
      texts.set(manifestUrl.href, request);
      setTimeout(function () { if (texts.get(manifestUrl.href) === request) texts.delete(manifestUrl.href); }, 60000);
      request.then(function (r) { return r.ok ? JSON.parse(r.text) : null; }).then(function (m) {
        // The first scene's pixels: an equirect's image, or a tiled scene's preview strip.
        var scene = m && (m.scene || (Array.isArray(m.scenes) &&
          (m.scenes.find(function (s) { return s && s.id === m.start; }) || m.scenes[0])));
        var preview = scene && scene.type === 'multires' && scene.tiles && scene.tiles.preview;
        var src = preview || (scene && scene.type === 'equirect-image' && scene.src);
        if (typeof src !== 'string') return;
        var image = new URL(src, manifestUrl.href);
        if (!httpish(image)) return;
        if (preview) decoder.prefetchTile(image.href);
        else decoder.prefetch(image.href);
      }).catch(function () { /* the player's own load reports it */ });
    }
  } catch (e) { /* a malformed URL: the player's own load reports it */ }
}

// One wasm module per page, shared by every element (each gets its own Player and context).
function loadModule() {
  if (modulePromise) return modulePromise;
  // The interface fonts load beside the module. One missing: the other serves for both; both
  // missing: the shot is shown without its interface (the player says so with an error event).
  var fonts = Promise.all(['shotscape-inter-regular.otf', 'shotscape-inter-semibold.otf'].map(function (file) {
    var url = asset(file);
    var missing = function (reason) { console.warn('shotscape: could not load the interface font ' + url + ' (' + reason + ')'); return null; };
    return fetch(url).then(function (r) { return r.ok ? r.arrayBuffer() : missing('HTTP ' + r.status); },
      function (e) { return missing(e.message || 'network error'); });
  }));
  fonts.then(function (files) { noInterfaceFont = !files[0] && !files[1]; });
  modulePromise = new Promise(function (resolve, reject) {
    var tag = document.createElement('script');
    tag.src = asset('shotscape.js');
    tag.async = true;
    tag.onload = function () {
      createShotscapeModule({
        locateFile: function (file) { return asset(file); },
        shotscapeDecoder: decoder,
        shotscapeFonts: fonts,
        // hls.js, loaded only when an HLS source plays in a browser without native HLS.
        shotscapeLoadHls: loadHls,
        shotscapeBaseUrl: baseUrl, // the player's folder: share snippets point here
        shotscapeTakeText: takeText, // manifests: a prefetched one, or a fetch
      }).then(resolve, reject);
    };
    tag.onerror = function () { reject(new Error('could not load ' + tag.src)); };
    document.head.appendChild(tag);
  });
  return modulePromise;
}

var hlsPromise = null;
function loadHls() {
  if (!hlsPromise) {
    hlsPromise = loadScript(asset('hls.light.min.js'), function () { return window.Hls; });
    hlsPromise.catch(function () { hlsPromise = null; });
  }
  return hlsPromise;
}

function withCStrings(M, strings, fn) {
  var pointers = strings.map(function (str) {
    var size = M.lengthBytesUTF8(str) + 1;
    var ptr = M._malloc(size);
    M.stringToUTF8(str, ptr, size);
    return ptr;
  });
  try { return fn(pointers); } finally { pointers.forEach(function (ptr) { M._free(ptr); }); }
}

function withCString(M, str, fn) {
  return withCStrings(M, [str], function (p) { return fn(p[0]); });
}
