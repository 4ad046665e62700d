// Bridge: media elements — the commentary's <audio>, an influence clip's <video> (its frames go to
// a WebGL texture), an influence still (<img>), and the scene's ambient sound. Each element lives
// in its player's shadow root (host.mediaRoot, hidden) with data-role naming its use, so it is
// owned, counted and released with the player. Reports go back through shotscape_platform_media_*.
mergeInto(LibraryManager.library, {
  $shotscapeMedia: '{ next: 1, items: new Map() }',

  // Why a media element failed, in words: the HTTP status when the server refused it, otherwise
  // the decoder's complaint.
  $shotscapeMediaReason: function (item) {
    var el = item.el;
    var decoderReason = function () {
      var e = el.error;
      var what = item.kind === 2 ? 'the image could not be decoded'
        : e && e.code === 4 ? 'the format is not supported by this browser'
        : e && e.code === 3 ? 'the file could not be decoded' : 'network error';
      // The decoder's own words are for developers, not viewers.
      if (e && e.message) console.warn('shotscape: ' + item.href + ': ' + e.message);
      return what;
    };
    return fetch(item.href, { method: 'HEAD' }).then(function (r) {
      if (!r.ok) return 'HTTP ' + r.status + (r.statusText ? ' ' + r.statusText : '');
      return decoderReason();
    }, function () { return 'network error'; });
  },

  shotscape_media_create__deps: ['$shotscapeHost', '$shotscapeMedia', '$shotscapeWithCString', '$shotscapeMediaReason'],
  shotscape_media_create: function (hostId, platform, kind, urlPtr, basePtr, loop, rolePtr) {
    var host = shotscapeHost(hostId);
    var id = shotscapeMedia.next++;
    var href = UTF8ToString(urlPtr);
    var el = host.element.ownerDocument.createElement(kind === 0 ? 'audio' : kind === 2 ? 'img' : 'video');
    var item = { kind: kind, el: el, href: href, fresh: false, frameRequest: 0, failed: false };
    shotscapeMedia.items.set(id, item);
    el.dataset.role = UTF8ToString(rolePtr);
    var alive = function () { return shotscapeMedia.items.get(id) === item && Module['shotscapeHosts'].has(hostId); };
    var fail = function (reason) {
      if (!alive() || item.failed) return;
      item.failed = true;
      shotscapeWithCString(item.href, function (u) {
        shotscapeWithCString(reason, function (r) { _shotscape_platform_media_failed(platform, id, u, r); });
      });
    };
    try {
      item.href = new URL(href, UTF8ToString(basePtr) || document.baseURI).href;
    } catch (e) {
      setTimeout(function () { fail('invalid URL'); });
      return id;
    }
    var on = function (type, fn) { el.addEventListener(type, function (e) { if (alive()) fn(e); }); };
    on('error', function () { shotscapeMediaReason(item).then(fail); });
    if (kind === 2) {
      el.decoding = 'async';
      on('load', function () {
        item.fresh = true;
        _shotscape_platform_media_ready(platform, id, 0);
      });
    } else {
      el.preload = 'auto';
      el.loop = !!loop;
      el.playsInline = true;
      el.crossOrigin = 'anonymous'; // video frames from another origin must be CORS-clean for WebGL
      on('loadedmetadata', function () {
        _shotscape_platform_media_ready(platform, id, isFinite(el.duration) ? el.duration : 0);
      });
      on('playing', function () { _shotscape_platform_media_state(platform, id, 1, 0); });
      on('pause', function () { _shotscape_platform_media_state(platform, id, 0, el.ended ? 1 : 0); });
      on('ended', function () { _shotscape_platform_media_state(platform, id, 0, 1); });
      if (kind === 1 || kind === 3) {
        // A new frame is uploaded only when the browser presented one.
        var mark = function () { item.fresh = true; };
        item.presented = 0;
        item.frameTime = -1;
        if (el.requestVideoFrameCallback) {
          var next = function (now, metadata) {
            item.fresh = true;
            item.presented++;
            item.frameTime = metadata.mediaTime;
            // The presented frame's own size: across a rendition switch videoWidth may lag it.
            item.frameW = metadata.width;
            item.frameH = metadata.height;
            if (alive()) item.frameRequest = el.requestVideoFrameCallback(next);
          };
          item.frameRequest = el.requestVideoFrameCallback(next);
        } else {
          // Without requestVideoFrameCallback: a frame per timeupdate is the best available guess.
          on('timeupdate', function () { mark(); item.presented++; item.frameTime = el.currentTime; });
        }
        on('waiting', function () { item.waiting = true; });
        on('playing', function () { item.waiting = false; });
        on('seeking', function () { item.frameTime = -1; });
        on('loadeddata', mark);
        // After a seek the decoded frame at currentTime is the one to show, also while paused
        // (when no frame callback may come for a hidden element).
        on('seeked', function () {
          mark();
          if (el.paused) item.frameTime = el.currentTime;
          // Wakes the player, which draws nothing while paused unless told.
          _shotscape_platform_media_state(platform, id, el.paused ? 0 : 1, el.ended ? 1 : 0);
        });
      }
    }
    item.play = function () {
      // hls.js attaches a moment later: the play request waits for it.
      if (kind === 3 && !item.hls && !el.src) { item.wantsPlay = true; return; }
      var p = el.play();
      if (p) p.catch(function (e) {
        if (!alive()) return;
        if (e.name === 'NotAllowedError') _shotscape_platform_media_blocked(platform, id);
        // AbortError: a pause() or a new source interrupted it, nothing to report.
      });
    };
    host.mediaRoot.append(el);
    if (kind === 3) {
      // The rendition playing, as its frame height; native HLS switches show as a new size.
      on('resize', function () {
        if (item.hls || !el.videoHeight || el.videoHeight === item.quality) return;
        if (item.quality) item.switches++;
        item.quality = el.videoHeight;
      });
    }
    if (kind === 3 && !el.canPlayType('application/vnd.apple.mpegurl')) {
      // An HLS stream where the browser has no native HLS: hls.js feeds the element (Media Source).
      item.quality = 0;
      item.switches = 0;
      Module['shotscapeLoadHls']().then(function (Hls) {
        if (!alive()) return;
        if (!Hls.isSupported()) return fail('HLS is not supported by this browser');
        // No worker: under a strict Content-Security-Policy a blob: worker would be refused.
        var hls = new Hls({ enableWorker: false, startLevel: 0, capLevelToPlayerSize: false });
        item.hls = hls;
        hls.on(Hls.Events.LEVEL_SWITCHED, function (event, data) {
          var level = hls.levels[data.level];
          if (level && level.height !== item.quality) {
            if (item.quality) item.switches++;
            item.quality = level.height;
          }
        });
        hls.on(Hls.Events.ERROR, function (event, data) {
          if (!data.fatal) return;
          var status = data.response && data.response.code;
          fail(status ? 'HTTP ' + status + ' (' + data.details + ')' : 'the stream failed (' + data.details + ')');
        });
        hls.loadSource(item.href);
        hls.attachMedia(el);
        if (item.wantsPlay) item.play();
      }, function (error) { fail(error.message); });
    } else {
      el.src = item.href;
    }
    return id;
  },

  shotscape_media_play__deps: ['$shotscapeMedia'],
  shotscape_media_play: function (id) {
    var item = shotscapeMedia.items.get(id);
    if (item && item.kind !== 2 && !item.failed) item.play();
  },

  shotscape_media_pause__deps: ['$shotscapeMedia'],
  shotscape_media_pause: function (id) {
    var item = shotscapeMedia.items.get(id);
    if (item && item.kind !== 2) item.el.pause();
  },

  shotscape_media_seek__deps: ['$shotscapeMedia'],
  shotscape_media_seek: function (id, seconds) {
    var item = shotscapeMedia.items.get(id);
    if (item && item.kind !== 2 && isFinite(seconds)) item.el.currentTime = Math.max(0, seconds);
  },

  shotscape_media_set_volume__deps: ['$shotscapeMedia'],
  shotscape_media_set_volume: function (id, volume) {
    var item = shotscapeMedia.items.get(id);
    if (item && item.kind !== 2) item.el.volume = Math.min(1, Math.max(0, volume));
  },

  // Catching up with another take of the same moment (a sync group): a little faster or slower,
  // the pitch kept (the browsers' default).
  shotscape_media_set_rate__deps: ['$shotscapeMedia'],
  shotscape_media_set_rate: function (id, rate) {
    var item = shotscapeMedia.items.get(id);
    if (item && item.kind !== 2 && isFinite(rate)) item.el.playbackRate = Math.min(2, Math.max(0.5, rate));
  },

  shotscape_media_set_muted__deps: ['$shotscapeMedia'],
  shotscape_media_set_muted: function (id, muted) {
    var item = shotscapeMedia.items.get(id);
    if (item && item.kind !== 2) item.el.muted = !!muted;
  },

  shotscape_media_time__deps: ['$shotscapeMedia'],
  shotscape_media_time: function (id) {
    var item = shotscapeMedia.items.get(id);
    return item && item.kind !== 2 ? item.el.currentTime : 0;
  },

  shotscape_media_query__deps: ['$shotscapeMedia'],
  shotscape_media_query: function (id, out) {
    var item = shotscapeMedia.items.get(id);
    // The slots are named once for both sides: src/platform/web/MediaReportLayout.h.
    var v = HEAPF64.subarray(out >> 3, (out >> 3) + {{{ SHOTSCAPE_MEDIA_REPORT.size }}});
    v.fill(0);
    if (!item || item.kind === 2) return;
    var el = item.el;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.currentTime }}}] = el.currentTime;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.duration }}}] = isFinite(el.duration) ? el.duration : 0;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.paused }}}] = el.paused ? 1 : 0;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.ended }}}] = el.ended ? 1 : 0;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.waiting }}}] = item.waiting && !el.paused ? 1 : 0;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.muted }}}] = el.muted ? 1 : 0;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.volume }}}] = el.volume;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.frameTime }}}] = item.frameTime === undefined ? -1 : item.frameTime;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.presentedFrames }}}] = item.presented || 0;
    var ranges = el.buffered, n = Math.min({{{ SHOTSCAPE_MEDIA_REPORT.bufferedSlots / 2 }}}, ranges.length);
    v[{{{ SHOTSCAPE_MEDIA_REPORT.bufferedCount }}}] = n;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.quality }}}] = item.quality || 0;
    v[{{{ SHOTSCAPE_MEDIA_REPORT.qualitySwitches }}}] = item.switches || 0;
    for (var i = 0; i < n; i++) {
      v[{{{ SHOTSCAPE_MEDIA_REPORT.buffered }}} + 2 * i] = ranges.start(i);
      v[{{{ SHOTSCAPE_MEDIA_REPORT.buffered }}} + 2 * i + 1] = ranges.end(i);
    }
  },

  shotscape_media_upload_frame__deps: ['$shotscapeMedia', '$GL'],
  shotscape_media_upload_frame: function (id, texture, widthPtr, heightPtr) {
    var item = shotscapeMedia.items.get(id);
    if (!item || !item.fresh || item.failed) return 0;
    var el = item.el;
    var w = item.kind === 2 ? el.naturalWidth : item.frameW || el.videoWidth;
    var h = item.kind === 2 ? el.naturalHeight : item.frameH || el.videoHeight;
    if (!w || !h || (item.kind !== 2 && el.readyState < 2)) return 0;
    item.fresh = false;
    var gl = GLctx;
    gl.bindTexture(gl.TEXTURE_2D, GL.textures[texture]);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    // Storage is allocated once per texture and size; later frames are copied into it in place.
    if (item.storage && item.storage.texture === texture && item.storage.w === w && item.storage.h === h) {
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, gl.RGBA, gl.UNSIGNED_BYTE, el);
    } else {
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, el);
      item.storage = { texture: texture, w: w, h: h };
    }
    HEAP32[widthPtr >> 2] = w;
    HEAP32[heightPtr >> 2] = h;
    return 1;
  },

  shotscape_media_release__deps: ['$shotscapeMedia'],
  shotscape_media_release: function (id) {
    var item = shotscapeMedia.items.get(id);
    if (!item) return;
    shotscapeMedia.items.delete(id);
    var el = item.el;
    if (item.frameRequest && el.cancelVideoFrameCallback) el.cancelVideoFrameCallback(item.frameRequest);
    if (item.hls) { item.hls.destroy(); item.hls = null; }
    if (item.kind !== 2) {
      el.pause();
      el.removeAttribute('src');
      el.load(); // drops the decoder and any buffered data now, not at garbage collection
    } else {
      el.removeAttribute('src');
    }
    el.remove();
  },
});
