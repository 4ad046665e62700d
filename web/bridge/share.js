// Bridge: sharing a moment — the clipboard (link, iframe snippet, script-tag snippet) and the Web
// Share API. `params` is the moment as link parameters (core/link/DeepLink); this file turns it into
// URLs: the link opens the current page at that moment — with the parameters in the QUERY, which
// crawlers and servers see (a fragment never reaches them) — or, when the open hotspot has a share
// page (`page`, relative to the manifest), that page with the same query: chat apps and social
// sites then show the hotspot's card, and the page forwards visitors to the moment. The snippets
// point at the player's own folder (embed.html, shotscape-player.js) with the shot's URL made absolute.
mergeInto(LibraryManager.library, {
  $shotscapeShareText__deps: ['$shotscapeHost'],
  $shotscapeShareText: function (hostId, kind, params, page) {
    var host = shotscapeHost(hostId);
    var doc = host.element.ownerDocument;
    var p = new URLSearchParams(params);
    if (kind === 0) {
      var at = page && p.has('manifest') ? new URL(page, new URL(p.get('manifest'), doc.baseURI)) : doc.location;
      return at.origin + at.pathname + '?' + params;
    }
    // Snippets for other pages: the shot's URL must not depend on where they are pasted.
    ['manifest', 'panorama'].forEach(function (k) { if (p.has(k)) p.set(k, new URL(p.get(k), doc.baseURI).href); });
    var base = Module['shotscapeBaseUrl'];
    if (kind === 1) {
      var src = base + 'embed.html#' + p.toString().replace(/\+/g, '%20');
      return '<iframe src="' + src.replace(/"/g, '&quot;') + '" width="640" height="360" style="border:0" ' +
        'allow="autoplay; fullscreen; xr-spatial-tracking; accelerometer; gyroscope" allowfullscreen title="360° shot"></iframe>';
    }
    var attrs = '';
    p.forEach(function (v, k) { attrs += ' ' + k + '="' + v.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"'; });
    return '<script src="' + base + 'shotscape-player.js"></script>\n' +
      '<shotscape-player' + attrs + ' style="display:block;width:100%;aspect-ratio:16/9"></shotscape-player>';
  },

  // kind: 0 = link, 1 = iframe snippet, 2 = script-tag snippet. Reports back whether it worked.
  shotscape_share_copy__deps: ['$shotscapeShareText', '$shotscapeWithCString'],
  shotscape_share_copy: function (hostId, platform, kind, paramsPtr, pagePtr) {
    var text = shotscapeShareText(hostId, kind, UTF8ToString(paramsPtr), UTF8ToString(pagePtr));
    var report = function (ok, reason) {
      if (!Module['shotscapeHosts'].has(hostId)) return;
      shotscapeWithCString(reason, function (r) { _shotscape_platform_share_done(platform, ok ? 1 : 0, r); });
    };
    var clipboard = navigator.clipboard;
    if (!clipboard || !clipboard.writeText) { setTimeout(function () { report(false, 'no clipboard access here'); }); return; }
    clipboard.writeText(text).then(function () { report(true, ''); }, function (e) { report(false, e && e.message || 'refused'); });
  },

  shotscape_share_native_available: function () {
    return typeof navigator.share === 'function' ? 1 : 0;
  },

  shotscape_share_native__deps: ['$shotscapeShareText', '$shotscapeWithCString'],
  shotscape_share_native: function (hostId, platform, titlePtr, paramsPtr, pagePtr) {
    var url = shotscapeShareText(hostId, 0, UTF8ToString(paramsPtr), UTF8ToString(pagePtr));
    navigator.share({ title: UTF8ToString(titlePtr), url: url }).then(function () {
      if (Module['shotscapeHosts'].has(hostId)) shotscapeWithCString('', function (r) { _shotscape_platform_share_done(platform, 1, r); });
    }, function () { /* dismissed: nothing to say */ });
  },
});
