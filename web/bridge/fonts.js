// Bridge: the interface's font files. web/shotscape-player.js starts fetching them with the wasm
// module (Module.shotscapeFonts: a promise of [regular, semiBold] ArrayBuffers or nulls); each
// player gets its own copy in wasm memory through shotscape_platform_fonts. The same files become
// the page's "Shotscape Inter" font faces (once), which text.js's runs use first, so Latin beside
// another script keeps the interface's look; the player starts once they are ready.
mergeInto(LibraryManager.library, {
  $shotscapeFontFaces: function (files) {
    if (!Module['shotscapeFontFaces']) {
      var faces = [];
      if (typeof FontFace !== 'undefined' && typeof document !== 'undefined' && document.fonts) {
        [['400', files[0] || files[1]], ['600', files[1] || files[0]]].forEach(function (f) {
          if (!f[1]) return;
          try {
            var face = new FontFace('Shotscape Inter', f[1].slice(0), { weight: f[0] });
            document.fonts.add(face);
            faces.push(face.load().catch(function () {}));
          } catch (e) { /* a font the browser refuses: runs fall back to the system's */ }
        });
      }
      Module['shotscapeFontFaces'] = Promise.all(faces);
    }
    return Module['shotscapeFontFaces'];
  },

  shotscape_fonts_load__deps: ['$shotscapeFontFaces'],
  shotscape_fonts_load: function (hostId, platform) {
    var fonts = Module['shotscapeFonts'] || Promise.resolve([null, null]);
    fonts.then(function (files) {
      return shotscapeFontFaces(files).then(function () { return files; });
    }).then(function (files) {
      if (!Module['shotscapeHosts'].has(hostId)) return;
      var copies = files.map(function (buffer) {
        var bytes = buffer ? new Uint8Array(buffer) : new Uint8Array(0);
        var ptr = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, ptr);
        return [ptr, bytes.length];
      });
      try {
        _shotscape_platform_fonts(platform, copies[0][0], copies[0][1], copies[1][0], copies[1][1]);
      } finally {
        copies.forEach(function (c) { _free(c[0]); });
      }
    });
  },
});
