// Bridge: panorama images. Download, decode and downscaling run in the page's decoder worker
// (Module.shotscapeDecoder, set up by web/shotscape-player.js, which may already have started on
// the same URL); the main thread receives raw RGBA pixels and copies them into the WebGL texture
// strip by strip (shotscape_image_upload_rows), so no task blocks it for long.
// Decoded images are held here by id until shotscape_image_release.
mergeInto(LibraryManager.library, {
  // A string, so the library emits it as code (an object literal would lose the Map).
  $shotscapeImages: '{ next: 1, images: new Map() }',

  shotscape_image_load__deps: ['$shotscapeWithCString', '$shotscapeImages'],
  shotscape_image_load: function (hostId, platform, requestId, urlPtr, basePtr, maxSize) {
    var href = UTF8ToString(urlPtr);
    var alive = function () { return Module['shotscapeHosts'].has(hostId); };
    var fail = function (reason) {
      if (!alive()) return;
      shotscapeWithCString(href, function (u) {
        shotscapeWithCString(reason, function (r) { _shotscape_platform_fetch_failed(platform, requestId, u, r); });
      });
    };
    try {
      href = new URL(href, UTF8ToString(basePtr) || document.baseURI).href;
    } catch (e) {
      setTimeout(function () { fail('invalid URL'); });
      return;
    }
    var progress = function (loaded, total) {
      if (alive()) _shotscape_platform_image_progress(platform, requestId, loaded, total);
    };
    var preview = function (m) {
      if (!alive()) return;
      var id = shotscapeImages.next++;
      shotscapeImages.images.set(id, { width: m.width, height: m.height, pixels: new Uint8Array(m.pixels) });
      _shotscape_platform_image_preview(platform, requestId, id, m.width, m.height);
    };
    Module['shotscapeDecoder'].take(href, maxSize, progress, preview).then(function (m) {
      if (!alive()) return;
      var id = shotscapeImages.next++;
      shotscapeImages.images.set(id, { width: m.width, height: m.height, pixels: new Uint8Array(m.pixels) });
      _shotscape_platform_image_decoded(platform, requestId, id, m.width, m.height, m.downscaled ? 1 : 0);
    }, function (error) {
      fail(error.message || String(error));
    });
  },

  // Tiles and cube faces: no preview, no downscale; cancellable (the worker aborts the download).
  $shotscapeTiles: '{ requests: new Map() }',
  shotscape_tile_load__deps: ['$shotscapeWithCString', '$shotscapeImages', '$shotscapeTiles'],
  shotscape_tile_load: function (hostId, platform, requestId, urlPtr, basePtr) {
    var href = UTF8ToString(urlPtr);
    var alive = function () { return Module['shotscapeHosts'].has(hostId) && shotscapeTiles.requests.has(requestId); };
    var fail = function (reason) {
      if (!alive()) return;
      shotscapeTiles.requests.delete(requestId);
      shotscapeWithCString(href, function (u) {
        shotscapeWithCString(reason, function (r) { _shotscape_platform_fetch_failed(platform, requestId, u, r); });
      });
    };
    shotscapeTiles.requests.set(requestId, null);
    try {
      href = new URL(href, UTF8ToString(basePtr) || document.baseURI).href;
    } catch (e) {
      setTimeout(function () { fail('invalid URL'); });
      return;
    }
    var request = Module['shotscapeDecoder'].tile(href);
    shotscapeTiles.requests.set(requestId, request);
    request.promise.then(function (m) {
      if (!alive()) return;
      shotscapeTiles.requests.delete(requestId);
      var id = shotscapeImages.next++;
      shotscapeImages.images.set(id, { width: m.width, height: m.height, pixels: new Uint8Array(m.pixels) });
      _shotscape_platform_image_decoded(platform, requestId, id, m.width, m.height, 0);
    }, function (error) {
      fail(error.message || String(error));
    });
  },

  shotscape_tile_cancel__deps: ['$shotscapeTiles'],
  shotscape_tile_cancel: function (requestId) {
    var request = shotscapeTiles.requests.get(requestId);
    shotscapeTiles.requests.delete(requestId);
    if (request) Module['shotscapeDecoder'].cancel(request);
  },

  shotscape_image_upload_rows__deps: ['$shotscapeImages', '$GL'],
  shotscape_image_upload_rows: function (imageId, texture, y, rows) {
    var image = shotscapeImages.images.get(imageId);
    if (!image) return;
    var gl = GLctx;
    gl.bindTexture(gl.TEXTURE_2D, GL.textures[texture]);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, y, image.width, rows, gl.RGBA, gl.UNSIGNED_BYTE,
      image.pixels.subarray(y * image.width * 4, (y + rows) * image.width * 4));
  },

  shotscape_image_release__deps: ['$shotscapeImages'],
  shotscape_image_release: function (imageId) {
    shotscapeImages.images.delete(imageId);
  },
});
