// Bridge: the interface's font files. web/shotscape-player.js starts fetching them with the wasm
// module (Module.shotscapeFonts: a promise of [regular, semiBold] ArrayBuffers or nulls); each
// player gets its own copy in wasm memory through shotscape_platform_fonts.
mergeInto(LibraryManager.library, {
  shotscape_fonts_load: function (hostId, platform) {
    var fonts = Module['shotscapeFonts'] || Promise.resolve([null, null]);
    fonts.then(function (files) {
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
