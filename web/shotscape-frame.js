// ShotscapeFrame: drives a Shotscape player in an iframe (embed.html) from the host page, with
// promises. The page's origin must be allowed by the player (same origin, or in its `origins`
// link parameter).
//
//   <iframe id="shot" src="https://player.example/embed.html?manifest=…&origins=https://my.site"></iframe>
//   <script src="https://player.example/shotscape-frame.js"></script>
//   var frame = new ShotscapeFrame(document.getElementById('shot'));
//   frame.ready.then(function () { return frame.seek(12); }).then(function () { return frame.getView(); });
//   frame.on('hotspotopen', function (detail) { console.log(detail.id); });
//
// Commands (each → Promise, rejected with the player's reason or after 10 s without an answer):
// play() pause() seek(seconds) setView({yaw, pitch, hfov}) → view, getView() → view,
// openHotspot(id) → boolean, closeHotspot(), setCaptionLanguage(lang) → boolean, getState(),
// setScene(id) → the scene's id once the move ended, back() → boolean, setProjection(name) → the lens.
// Events: ready viewchange projectionchange motionchange timeupdate play pause ended hotspotopen
// hotspotclose captionchange error.
// new ShotscapeFrame(iframe, {relayOrientation: true}) also relays this page's device orientation
// to the player (magic window inside the iframe, where the browser withholds it).
(function () {
  'use strict';
  var TIMEOUT_MS = 10000;

  function ShotscapeFrame(iframe, options) {
    if (!iframe || !iframe.tagName || iframe.tagName.toLowerCase() !== 'iframe') throw new TypeError('ShotscapeFrame: expected an <iframe>');
    var self = this;
    if (options && options.relayOrientation) this._relayOrientation(iframe);
    this.iframe = iframe;
    this.origin = new URL(iframe.getAttribute('src') || 'about:blank', location.href).origin;
    this._next = 1;
    this._pending = new Map();
    this._handlers = {};
    this.ready = new Promise(function (resolve) { self._resolveReady = resolve; });
    this._onMessage = function (e) {
      var data = e.data;
      if (e.source !== iframe.contentWindow || e.origin !== self.origin || !data || data.shotscape !== 1) return;
      if ('reply' in data) {
        var pending = self._pending.get(data.reply);
        if (!pending) return;
        self._pending.delete(data.reply);
        clearTimeout(pending.timer);
        if ('error' in data) pending.reject(new Error(data.error));
        else pending.resolve(data.result);
      } else if (typeof data.event === 'string') {
        if (data.event === 'ready') self._resolveReady(data.detail);
        (self._handlers[data.event] || []).slice().forEach(function (fn) { fn(data.detail); });
      }
    };
    window.addEventListener('message', this._onMessage);
    // The player may have been ready before this helper existed: ask, once its page is there. A
    // cross-origin iframe cannot be seen loading, so the helper asks at once if it may be loaded and
    // again on its load event (a question sent before the page listens is lost; two answers are harmless).
    this._onLoad = function () {
      self._send('getState', [], true).then(function (state) { if (state && state.ready) self._resolveReady(null); }, function () {});
    };
    iframe.addEventListener('load', this._onLoad);
    if (loaded(iframe)) this._onLoad();
  }

  // Whether the iframe shows its page already (a cross-origin document is not readable: loaded).
  function loaded(iframe) {
    try {
      var doc = iframe.contentDocument;
      return !!iframe.contentWindow && (!doc || (doc.readyState === 'complete' && doc.URL !== 'about:blank'));
    } catch (e) { return true; }
  }

  // Orientation relay (opt-in: {relayOrientation: true}): browsers withhold deviceorientation from
  // cross-origin iframes (iOS always; others without allow="accelerometer; gyroscope"), so this page
  // listens and posts each reading to the player, no reply asked, at most once per animation frame.
  // Where the browser asks permission first (iOS), the first tap anywhere on this page asks.
  ShotscapeFrame.prototype._relayOrientation = function (iframe) {
    var self = this, latest = null, scheduled = false;
    var screenAngle = function () {
      var a = screen.orientation && typeof screen.orientation.angle === 'number' ? screen.orientation.angle : window.orientation;
      return typeof a === 'number' ? ((a % 360) + 360) % 360 : 0;
    };
    var flush = function () {
      scheduled = false;
      var win = iframe.contentWindow;
      if (win && latest) win.postMessage({ shotscape: 1, command: 'orientation', args: [latest] }, self.origin);
    };
    this._onOrientation = function (e) {
      if (e.alpha === null && e.beta === null && e.gamma === null) return; // no sensor
      latest = { alpha: e.alpha, beta: e.beta, gamma: e.gamma, screen: screenAngle() };
      if (!scheduled) { scheduled = true; requestAnimationFrame(flush); }
    };
    window.addEventListener('deviceorientation', this._onOrientation);
    var DOE = typeof DeviceOrientationEvent !== 'undefined' ? DeviceOrientationEvent : null;
    if (DOE && typeof DOE.requestPermission === 'function') {
      var ask = function () {
        document.removeEventListener('click', ask, true);
        DOE.requestPermission().catch(function () {});
      };
      document.addEventListener('click', ask, true);
    }
  };

  ShotscapeFrame.prototype._send = function (command, args, quiet) {
    var self = this;
    var win = this.iframe.contentWindow;
    if (!win) return Promise.reject(new Error('ShotscapeFrame: the iframe is not in the document'));
    var id = this._next++;
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        self._pending.delete(id);
        reject(new Error('ShotscapeFrame: no answer to ' + command + ' in ' + TIMEOUT_MS / 1000 + ' s (is ' + location.origin +
          ' in the player\'s `origins`?)'));
      }, quiet ? 3000 : TIMEOUT_MS);
      self._pending.set(id, { resolve: resolve, reject: reject, timer: timer });
      win.postMessage({ shotscape: 1, command: command, args: args, id: id }, self.origin);
    });
  };

  ShotscapeFrame.prototype.play = function () { return this._send('play', []); };
  ShotscapeFrame.prototype.pause = function () { return this._send('pause', []); };
  ShotscapeFrame.prototype.seek = function (seconds) { return this._send('seek', [seconds]); };
  ShotscapeFrame.prototype.setView = function (view) { return this._send('setView', [view]); };
  ShotscapeFrame.prototype.getView = function () { return this._send('getView', []); };
  ShotscapeFrame.prototype.openHotspot = function (id) { return this._send('openHotspot', [id]); };
  ShotscapeFrame.prototype.closeHotspot = function () { return this._send('closeHotspot', []); };
  ShotscapeFrame.prototype.setCaptionLanguage = function (lang) { return this._send('setCaptionLanguage', [lang]); };
  ShotscapeFrame.prototype.getState = function () { return this._send('getState', []); };
  ShotscapeFrame.prototype.setScene = function (id) { return this._send('setScene', [id]); };
  ShotscapeFrame.prototype.back = function () { return this._send('back', []); };
  ShotscapeFrame.prototype.setProjection = function (name) { return this._send('setProjection', [name]); };

  ShotscapeFrame.prototype.on = function (type, fn) {
    (this._handlers[type] = this._handlers[type] || []).push(fn);
    return this;
  };
  ShotscapeFrame.prototype.off = function (type, fn) {
    var list = this._handlers[type] || [];
    var i = list.indexOf(fn);
    if (i >= 0) list.splice(i, 1);
    return this;
  };
  // Stops listening (and relaying orientation); pending commands are rejected.
  ShotscapeFrame.prototype.destroy = function () {
    window.removeEventListener('message', this._onMessage);
    if (this._onOrientation) window.removeEventListener('deviceorientation', this._onOrientation);
    this.iframe.removeEventListener('load', this._onLoad);
    this._pending.forEach(function (p) { clearTimeout(p.timer); p.reject(new Error('ShotscapeFrame: destroyed')); });
    this._pending.clear();
    this._handlers = {};
  };

  window.ShotscapeFrame = ShotscapeFrame;
})();
