// <shotscape-player>, part 2 of 3 (web/player/): input forwarding — pointers, wheel, keys, focus,
// context loss and fullscreen from an element's canvas to its C++ Player (player/PointerRouter and
// core/input/Commands decide what they mean). Listeners go through element._on(), so remove() drops them.

var POINTER = { down: 0, move: 1, up: 2, cancel: 3, leave: 4 };

function installInput(self) {
  var canvas = self._canvas, M = self._module;
  var local = function (e) {
    var r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  var pointer = function (phase) {
    return function (e) {
      if (!self._handle) return;
      if (phase === POINTER.down) {
        canvas.focus({ preventScroll: true });
        try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* already released */ }
      }
      var p = local(e);
      var used = M._shotscape_player_pointer(self._handle, phase, e.pointerId, p[0], p[1],
        e.button < 0 ? 0 : e.button, e.pointerType === 'mouse' ? 1 : 0);
      if (used && phase !== POINTER.move) e.preventDefault();
    };
  };
  self._on(canvas, 'pointerdown', pointer(POINTER.down));
  self._on(canvas, 'pointermove', pointer(POINTER.move));
  self._on(canvas, 'pointerup', pointer(POINTER.up));
  self._on(canvas, 'pointercancel', pointer(POINTER.cancel));
  self._on(canvas, 'pointerleave', pointer(POINTER.leave));
  self._on(canvas, 'wheel', function (e) {
    var p = local(e);
    var scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? canvas.clientHeight : 1;
    if (M._shotscape_player_wheel(self._handle, p[0], p[1], e.deltaY * scale)) e.preventDefault();
  }, { passive: false });
  // TV remotes' Back where the browser names no key: webOS (461) and Tizen (10009).
  var BACK_CODES = { 461: 'GoBack', 10009: 'GoBack' };
  var key = function (down) {
    return function (e) {
      if (e.altKey || e.metaKey) return;
      var name = (!e.key || e.key === 'Unidentified') && BACK_CODES[e.keyCode] ? BACK_CODES[e.keyCode] : e.key;
      var used = withCString(M, name, function (k) {
        return M._shotscape_player_key(self._handle, k, down ? 1 : 0, e.shiftKey ? 1 : 0, e.ctrlKey ? 1 : 0);
      });
      if (used) e.preventDefault();
    };
  };
  // Tab into the canvas lands on its first item, Shift+Tab back into it on its last (the browser
  // fires the Tab's keydown on the element before: noticed at the document, in capture).
  var tabbed = { at: -1e9, back: false };
  self._on(document, 'keydown', function (e) {
    if (e.key === 'Tab') { tabbed.at = performance.now(); tabbed.back = e.shiftKey; }
  }, true);
  self._on(canvas, 'focus', function () {
    if (self._handle && performance.now() - tabbed.at < 500) M._shotscape_player_focus_enter(self._handle, tabbed.back ? 1 : 0);
  });
  self._on(canvas, 'keydown', key(true));
  self._on(canvas, 'keyup', key(false));
  self._on(canvas, 'blur', function () { M._shotscape_player_blur(self._handle); });
  self._on(canvas, 'contextmenu', function (e) { e.preventDefault(); });
  // preventDefault tells the browser we will rebuild, so it restores the context.
  self._on(canvas, 'webglcontextlost', function (e) { e.preventDefault(); M._shotscape_player_context_lost(self._handle); });
  self._on(canvas, 'webglcontextrestored', function () { M._shotscape_player_context_restored(self._handle); });
  self._on(document, 'fullscreenchange', function () { self._resize(); });
  installMotion(self);
}

// Magic window: the device's orientation, read here (deviceorientation) or relayed by a host page
// through embed.html (element._orientation), goes to the player's MotionFeature, which decides
// what it does. Where the browser asks permission first (iOS), the element asks within a tap:
// on the motion button, or anywhere once `motion=1` has asked for it.
var MOTION_KEY = 'shotscape-motion';

function installMotion(self) {
  var M = self._module, canvas = self._canvas;
  var DOE = typeof DeviceOrientationEvent !== 'undefined' ? DeviceOrientationEvent : null;
  var needsPermission = !!(DOE && typeof DOE.requestPermission === 'function');
  var remembered = function () {
    try { var v = sessionStorage.getItem(MOTION_KEY); return v === '1' ? 1 : v === '0' ? 0 : -1; } catch (e) { return -1; }
  };
  var coarse = function () { return !!(window.matchMedia && matchMedia('(pointer: coarse)').matches); };
  var announced = false, flowing = false;
  var announce = function () {
    if (announced || !self._handle) return;
    announced = true;
    M._shotscape_player_motion_available(self._handle, needsPermission ? 1 : 0, coarse() ? 1 : 0, remembered());
  };
  self._screenAngle = function () {
    var a = screen.orientation && typeof screen.orientation.angle === 'number' ? screen.orientation.angle : window.orientation;
    return typeof a === 'number' ? ((a % 360) + 360) % 360 : 0;
  };
  var angle = function (v) { return typeof v === 'number' ? v : NaN; };
  var send = function (alpha, beta, gamma, screenAngle) {
    M._shotscape_player_orientation(self._handle, angle(alpha), angle(beta), angle(gamma), angle(screenAngle));
  };
  // Readings flowing where the browser offers a permission prompt: access is there already.
  var granted = function () {
    if (flowing) return;
    flowing = true;
    if (needsPermission && !(M._shotscape_player_motion_state(self._handle) & 8)) M._shotscape_player_motion_permission(self._handle, 1);
  };
  // Relayed by a host page (embed.js, from shotscape-frame.js): it holds the sensors' permission.
  self._orientation = function (alpha, beta, gamma, screenAngle) {
    if (!self._handle) return;
    announce();
    if (typeof alpha === 'number' || typeof beta === 'number') granted();
    send(alpha, beta, gamma, screenAngle);
  };
  // Browsers without sensors fire one event with null angles, or none: only real values count.
  // Where the permissions policy withholds the sensors (a cross-origin iframe without
  // allow="accelerometer; gyroscope") listening would only log a violation: the host page's relay
  // (shotscape-frame.js) is the way in there.
  var policy = document.permissionsPolicy || document.featurePolicy;
  var sensors = !policy || !policy.allowsFeature || (policy.allowsFeature('accelerometer') && policy.allowsFeature('gyroscope'));
  if (sensors) self._on(window, 'deviceorientation', function (e) {
    if (!self._handle) return;
    if (!announced && e.alpha === null && e.beta === null && e.gamma === null) return;
    announce();
    if (e.alpha !== null || e.beta !== null) granted();
    send(e.alpha, e.beta, e.gamma, self._screenAngle());
  });
  // iOS: no reading comes before the permission: the button shows on touch screens, a tap asks.
  // (Desktop Chromium also has requestPermission, and no sensor: there only readings count.)
  if (needsPermission && coarse()) announce();
  var asking = false;
  self._on(canvas, 'pointerup', function (e) {
    if (!needsPermission || asking || flowing || !self._handle) return;
    var state = M._shotscape_player_motion_state(self._handle);
    if (state & 9) return; // on, or refused
    var p = [e.clientX - canvas.getBoundingClientRect().left, e.clientY - canvas.getBoundingClientRect().top];
    var r = self.stats().controlRects.motion;
    var onButton = r && p[0] >= r.x && p[0] <= r.x + r.w && p[1] >= r.y && p[1] <= r.y + r.h;
    if (!(state & 2) && !onButton) return;
    asking = true;
    DOE.requestPermission().then(function (answer) {
      asking = false;
      // The player turns motion on if it was asked for (the button's press waits for this answer).
      if (self._handle) M._shotscape_player_motion_permission(self._handle, answer === 'granted' ? 1 : 0);
    }, function () {
      asking = false;
      if (self._handle) M._shotscape_player_motion_permission(self._handle, 0);
    });
  });
  // The viewer's choice is remembered for the page (this tab's session).
  self._on(self, 'motionchange', function (e) {
    if (e.detail.by !== 'viewer') return;
    try { sessionStorage.setItem(MOTION_KEY, e.detail.on ? '1' : '0'); } catch (err) { /* storage off */ }
  });
}
