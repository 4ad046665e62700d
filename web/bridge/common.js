// Shared helpers for the bridge libraries: the per-module host registry and C string passing.
// Each player element registers a host ({element, canvas, dispatch}) and gets a small integer id.
mergeInto(LibraryManager.library, {
  $shotscapeHost: function (hostId) {
    var host = Module['shotscapeHosts'].get(hostId);
    if (!host) throw new Error('shotscape: unknown host ' + hostId);
    return host;
  },
  // Calls fn(ptr) with a NUL-terminated UTF-8 copy of str in wasm memory, then frees it.
  $shotscapeWithCString: function (str, fn) {
    var size = lengthBytesUTF8(str) + 1;
    var ptr = _malloc(size);
    stringToUTF8(str, ptr, size);
    try { return fn(ptr, size - 1); } finally { _free(ptr); }
  },
});
