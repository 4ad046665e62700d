// Bridge: panorama images. Download, decode and downsizing run in a worker
// (web/shotscape-decoder.js); the main thread receives raw RGBA pixels and copies them into the
// WebGL texture strip by strip (shotscape_image_upload_rows), so no task blocks it for long.
// Decoded images are held here by id until shotscape_image_release.
mergeInto(LibraryManager.library, {
  // A string, so the library emits it as code (an object literal would lose the Map).
  $shotscapeImages: '{ next: 1, images: new Map(), requests: new Map(), worker: null }',

  $shotscapeDecoder__deps: ['$shotscapeImages', '$shotscapeWithCString'],
  $shotscapeDecoder: function () {
    if (shotscapeImages.worker) return shotscapeImages.worker;
    var file = 'shotscape-decoder.js';
    var url = Module['locateFile'] ? Module['locateFile'](file, '') : file;
    var worker = new Worker(url);
    worker.onmessage = function (event) {
      var m = event.data;
      var request = shotscapeImages.requests.get(m.id);
      if (!request) return;
      if (!Module['shotscapeHosts'].has(request.hostId)) { shotscapeImages.requests.delete(m.id); return; }
      if (m.type === 'progress') {
        _shotscape_platform_image_progress(request.platform, request.requestId, m.loaded, m.total);
        return;
      }
      shotscapeImages.requests.delete(m.id);
      if (m.type === 'decoded') {
        var id = shotscapeImages.next++;
        shotscapeImages.images.set(id, { width: m.width, height: m.height, pixels: new Uint8Array(m.pixels) });
        _shotscape_platform_image_decoded(request.platform, request.requestId, id, m.width, m.height, m.downscaled ? 1 : 0);
      } else {
        request.fail(m.reason);
      }
    };
    worker.onerror = function (event) {
      event.preventDefault();
      var pending = Array.from(shotscapeImages.requests.values());
      shotscapeImages.requests.clear();
      shotscapeImages.worker = null;
      pending.forEach(function (r) { r.fail('the image decoder failed (' + (event.message || 'worker error') + ')'); });
    };
    shotscapeImages.worker = worker;
    return worker;
  },

  shotscape_image_load__deps: ['$shotscapeWithCString', '$shotscapeImages', '$shotscapeDecoder'],
  shotscape_image_load: function (hostId, platform, requestId, urlPtr, basePtr, maxSize) {
    var href = UTF8ToString(urlPtr);
    var fail = function (reason) {
      if (!Module['shotscapeHosts'].has(hostId)) return;
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
    var id = shotscapeImages.next++;
    shotscapeImages.requests.set(id, { hostId: hostId, platform: platform, requestId: requestId, fail: fail });
    try {
      shotscapeDecoder().postMessage({ id: id, url: href, maxSize: maxSize });
    } catch (e) {
      shotscapeImages.requests.delete(id);
      setTimeout(function () { fail('the image decoder could not start (' + e.message + ')'); });
    }
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
