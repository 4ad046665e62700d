// Bridge: image download with progress, off-main-thread decode (createImageBitmap), and strip
// uploads into a WebGL texture so no single task blocks the main thread for long.
// Decoded images are held here by id until shotscape_image_release.
mergeInto(LibraryManager.library, {
  // A string, so the library emits it as code (an object literal would lose the Map).
  $shotscapeImages: '{ next: 1, bitmaps: new Map() }',

  shotscape_image_load__deps: ['$shotscapeWithCString', '$shotscapeImages'],
  shotscape_image_load: function (hostId, platform, requestId, urlPtr, basePtr, maxSize) {
    var href = UTF8ToString(urlPtr);
    var fail = function (reason) {
      shotscapeWithCString(href, function (u) {
        shotscapeWithCString(reason, function (r) { if (Module['shotscapeHosts'].has(hostId)) _shotscape_platform_fetch_failed(platform, requestId, u, r); });
      });
    };
    try {
      href = new URL(href, UTF8ToString(basePtr) || document.baseURI).href;
    } catch (e) {
      setTimeout(function () { fail('invalid URL'); });
      return;
    }
    var downscaled = false;
    fetch(href, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw { reason: 'HTTP ' + response.status + (response.statusText ? ' ' + response.statusText : '') };
      var total = Number(response.headers.get('Content-Length')) || 0;
      if (!response.body || !response.body.getReader) return response.blob();
      var reader = response.body.getReader();
      var chunks = [];
      var loaded = 0;
      var pump = function () {
        return reader.read().then(function (step) {
          if (step.done) return new Blob(chunks, { type: response.headers.get('Content-Type') || '' });
          chunks.push(step.value);
          loaded += step.value.byteLength;
          if (Module['shotscapeHosts'].has(hostId)) _shotscape_platform_image_progress(platform, requestId, loaded, total);
          return pump();
        });
      };
      return pump();
    }, function (error) {
      throw { reason: 'network error (' + (error && error.message || error) + ')' };
    }).then(function (blob) {
      if (!blob.size) throw { reason: 'the file is empty' };
      var options = { imageOrientation: 'none', premultiplyAlpha: 'none', colorSpaceConversion: 'none' };
      return createImageBitmap(blob, options).then(function (bitmap) {
        if (bitmap.width <= maxSize && bitmap.height <= maxSize) return bitmap;
        // Larger than the GPU can hold: decode again at the largest size it can.
        var scale = Math.min(maxSize / bitmap.width, maxSize / bitmap.height);
        options.resizeWidth = Math.max(1, Math.floor(bitmap.width * scale));
        options.resizeHeight = Math.max(1, Math.floor(bitmap.height * scale));
        options.resizeQuality = 'high';
        bitmap.close();
        downscaled = true;
        return createImageBitmap(blob, options);
      }, function (error) {
        throw { reason: 'the image could not be decoded (' + (error && error.message || error) + ')' };
      });
    }).then(function (bitmap) {
      if (!Module['shotscapeHosts'].has(hostId)) { bitmap.close(); return; }
      var id = shotscapeImages.next++;
      shotscapeImages.bitmaps.set(id, bitmap);
      _shotscape_platform_image_decoded(platform, requestId, id, bitmap.width, bitmap.height, downscaled ? 1 : 0);
    }).catch(function (error) {
      fail(error && error.reason ? error.reason : String(error && error.message || error));
    });
  },

  shotscape_image_upload_rows__deps: ['$shotscapeImages', '$GL'],
  shotscape_image_upload_rows: function (imageId, texture, y, rows) {
    var bitmap = shotscapeImages.bitmaps.get(imageId);
    if (!bitmap) return;
    var gl = GLctx;
    var t0 = performance.now();
    gl.bindTexture(gl.TEXTURE_2D, GL.textures[texture]);
    gl.pixelStorei(gl.UNPACK_SKIP_ROWS, y);
    gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, y, bitmap.width, rows, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
    gl.pixelStorei(gl.UNPACK_SKIP_ROWS, 0);
    if (Module['shotscapeDebugUploads']) console.log('strip', y, rows, (performance.now() - t0).toFixed(1));
  },

  shotscape_image_release__deps: ['$shotscapeImages'],
  shotscape_image_release: function (imageId) {
    var bitmap = shotscapeImages.bitmaps.get(imageId);
    if (bitmap) bitmap.close();
    shotscapeImages.bitmaps.delete(imageId);
  },
});
