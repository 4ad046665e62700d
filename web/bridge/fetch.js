// Bridge: fetch() for text resources (manifests). Results return through
// shotscape_platform_text_done / shotscape_platform_fetch_failed on the calling WebPlatform.
mergeInto(LibraryManager.library, {
  shotscape_fetch_text__deps: ['$shotscapeWithCString'],
  shotscape_fetch_text: function (hostId, platform, requestId, urlPtr, basePtr) {
    var href = '';
    var fail = function (reason) {
      shotscapeWithCString(href, function (u) {
        shotscapeWithCString(reason, function (r) { if (Module['shotscapeHosts'].has(hostId)) _shotscape_platform_fetch_failed(platform, requestId, u, r); });
      });
    };
    try {
      var base = UTF8ToString(basePtr) || document.baseURI;
      href = new URL(UTF8ToString(urlPtr), base).href;
    } catch (e) {
      href = UTF8ToString(urlPtr);
      setTimeout(function () { fail('invalid URL'); });
      return;
    }
    // The element's fetch, which hands over a manifest its prefetch already has.
    Module['shotscapeTakeText'](href).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status + (response.statusText ? ' ' + response.statusText : ''));
      return response.text;
    }).then(function (text) {
      shotscapeWithCString(text, function (t, length) {
        shotscapeWithCString(href, function (u) { if (Module['shotscapeHosts'].has(hostId)) _shotscape_platform_text_done(platform, requestId, t, length, u); });
      });
    }, function (error) {
      fail(error && error.message && error.message.indexOf('HTTP ') === 0 ? error.message : 'network error (' + (error && error.message || error) + ')');
    });
  },
});
