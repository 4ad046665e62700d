// The demo page: maps its URL parameters (query or fragment; the fragment wins) onto one
// <shotscape-player> filling the window. With neither `manifest` nor `panorama`, the demo shot.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  fragment.forEach(function (value, key) { params.set(key, value); });
  var player = document.createElement('shotscape-player');
  ['manifest', 'panorama', 'yaw', 'pitch', 'hfov', 'controls'].forEach(function (name) {
    if (params.has(name)) player.setAttribute(name, params.get(name));
  });
  if (!params.has('manifest') && !params.has('panorama')) player.setAttribute('manifest', 'demo/manifest.json');
  document.body.appendChild(player);
  player.addEventListener('ready', function () { player.shadowRoot.querySelector('canvas').focus({ preventScroll: true }); }, { once: true });
})();
