// The demo page (index.html) and the iframe page (embed.html, <html data-embed>): reads its URL
// (query or fragment; the fragment wins) with the player's moment codec and maps the moment onto
// one <shotscape-player> filling the window. Bad values are clamped or
// ignored with one console warning each. With neither `manifest` nor `panorama`, the demo shot.
// A plain script in <head> (not deferred): it starts the shot's fetch and picks the poster before
// the first paint; the element is made once the body is there.
(function () {
  'use strict';
  var ATTRIBUTES = ['manifest', 'panorama', 'scene', 'yaw', 'pitch', 'hfov', 't', 'hotspot', 'lang', 'controls', 'autoplay',
    'muted', 'autorotate', 'memory-budget', 'projection', 'motion', 'ui', 'uilang'];
  var Player = customElements.get('shotscape-player');
  // While the module that reads the URL loads, the panorama is already on its way: a hint taken
  // straight from the address (the codec decides what is used; a wrong guess only costs a fetch).
  // Not in an iframe: there the player waits until it is scrolled into the host page's view.
  var embedded = document.documentElement.hasAttribute('data-embed');
  var hint = new URLSearchParams(location.search);
  new URLSearchParams(location.hash.slice(1)).forEach(function (value, key) { hint.set(key, value); });
  if (!embedded) {
    if (hint.has('panorama') && !hint.has('manifest')) Player.prefetch(null, hint.get('panorama'));
    else Player.prefetch(hint.get('manifest') || 'demo/manifest.json', null);
    // The demo's poster (index.html) is its opening view: only for the demo shot.
    var manifest = hint.get('manifest');
    if (!hint.has('panorama') && (!manifest || manifest === 'demo/manifest.json')) document.documentElement.classList.add('demo-shot');
  }
  var bodyReady = new Promise(function (resolve) {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', function () { resolve(); }, { once: true });
  });
  Promise.all([Player.parseMoment(location.search, location.hash), bodyReady]).then(function (all) {
    var parsed = all[0];
    parsed.warnings.forEach(function (w) { console.warn('shotscape: ' + w); });
    var m = parsed.moment;
    var player = document.createElement('shotscape-player');
    ATTRIBUTES.forEach(function (name) {
      if (m[name] === undefined) return;
      var value = m[name];
      player.setAttribute(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
    });
    if (m.manifest === undefined && m.panorama === undefined) player.setAttribute('manifest', 'demo/manifest.json');
    // In an iframe the host page frames the shot: no interface unless the link asks for it.
    if (embedded && m.controls === undefined) player.setAttribute('controls', '0');
    (document.querySelector('main') || document.body).appendChild(player);
    // The heading names the shot once its manifest is read (the player's first frame).
    player.addEventListener('ready', function () {
      var heading = document.querySelector('main > h1');
      var title = player.stats().title;
      if (heading && title) heading.textContent = title;
    }, { once: true });
    var boot = document.querySelector('body > .boot');
    if (boot) boot.remove(); // the element shows its own until it draws
    var poster = document.querySelector('body > .poster');
    var dropPoster = function () { if (poster) poster.remove(); };
    player.addEventListener('ready', dropPoster, { once: true });
    player.addEventListener('error', dropPoster, { once: true });
    if (embedded) {
      // The host page drives the player through postMessage (web/embed.js).
      if (window.ShotscapeEmbed) window.ShotscapeEmbed.connect(player, m.origins);
      return;
    }
    // The address bar follows the moment (replaceState: no history entries, so Back leaves the
    // page), at most every 400 ms, precise enough to reopen the same view and frame; in the query,
    // as shared links are, so a link copied from the address bar previews too (the old fragment goes).
    var pending = 0;
    var sync = function () {
      pending = 0;
      var link = player.momentLink({ angleStep: 0.001, timeStep: 0.01 });
      if (link) history.replaceState(history.state, '', location.pathname + '?' + link + (m.history === true ? '&history=push' : ''));
    };
    ['viewchange', 'timeupdate', 'hotspotopen', 'hotspotclose', 'ready', 'scenemoveend'].forEach(function (type) {
      player.addEventListener(type, function () { if (!pending) pending = setTimeout(sync, 400); });
    });
    // history=push: each scene change is an entry of the page's history, and the browser's Back
    // returns to the scene before (the moment's other parameters follow by replaceState as above).
    if (m.history === true) {
      player.addEventListener('scenechange', function (e) {
        if (e.detail.by === 'link') return; // the page's own Back/Forward: no new entry
        var link = player.momentLink({ angleStep: 0.001, timeStep: 0.01 });
        if (!link) return;
        // The entry left says which scene it was, whatever its address carried.
        history.replaceState({ scene: e.detail.from }, '', location.href);
        history.pushState({ scene: e.detail.to }, '', location.pathname + '?' + link + '&history=push');
      });
      window.addEventListener('popstate', function (e) {
        Player.parseMoment(location.search, location.hash).then(function (p) {
          var scene = (e.state && e.state.scene) || p.moment.scene;
          if (scene && scene !== player.scene) player._setScene(scene, {}, 3).catch(function () {});
        });
      });
    }
    player.addEventListener('ready', function () { player.shadowRoot.querySelector('canvas').focus({ preventScroll: true }); }, { once: true });
  });
})();
