// Bridge: what the module's own libc functions (src/platform/web/LibcOverrides.cpp) take from
// JavaScript rather than from musl.
mergeInto(LibraryManager.library, {
  // A decimal number token as C's strtod reads it (already scanned): Number() rounds correctly.
  shotscape_number_parse: function (ptr, length) {
    return Number(UTF8ToString(ptr, length));
  },
});
