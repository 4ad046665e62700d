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
  var key = function (down) {
    return function (e) {
      if (e.altKey || e.metaKey) return;
      var used = withCString(M, e.key, function (k) {
        return M._shotscape_player_key(self._handle, k, down ? 1 : 0, e.shiftKey ? 1 : 0, e.ctrlKey ? 1 : 0);
      });
      if (used) e.preventDefault();
    };
  };
  self._on(canvas, 'keydown', key(true));
  self._on(canvas, 'keyup', key(false));
  self._on(canvas, 'blur', function () { M._shotscape_player_blur(self._handle); });
  self._on(canvas, 'contextmenu', function (e) { e.preventDefault(); });
  // preventDefault tells the browser we will rebuild, so it restores the context.
  self._on(canvas, 'webglcontextlost', function (e) { e.preventDefault(); M._shotscape_player_context_lost(self._handle); });
  self._on(canvas, 'webglcontextrestored', function () { M._shotscape_player_context_restored(self._handle); });
  self._on(document, 'fullscreenchange', function () { self._resize(); });
}
