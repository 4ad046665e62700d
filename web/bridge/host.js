// Bridge: the player element that hosts a Player — its WebGL context, DOM events, fullscreen,
// console warnings. One host per element, registered in Module.shotscapeHosts by the element.
mergeInto(LibraryManager.library, {
  shotscape_host_create_gl_context__deps: ['$shotscapeHost', '$GL'],
  shotscape_host_create_gl_context: function (hostId) {
    var canvas = shotscapeHost(hostId).canvas;
    var handle = GL.createContext(canvas, {
      majorVersion: 2, minorVersion: 0, alpha: false, depth: false, stencil: false, antialias: false,
      premultipliedAlpha: true, preserveDrawingBuffer: false, powerPreference: 'default',
      // Emscripten would enable every extension the browser offers, one synchronous getExtension
      // each (measured: ~50 ms of the start on SwiftShader); the player uses one.
      enableExtensionsByDefault: false,
    });
    // Without WebGL 2 nothing can be drawn in the canvas: the element shows errors in the DOM.
    if (!handle) shotscapeHost(hostId).noWebGL = true;
    else GL.getContext(handle).GLctx.getExtension('EXT_texture_filter_anisotropic'); // TextureLimits
    return handle || 0;
  },

  // A removed player gives its context back at once: browsers keep only about 16 alive, and drop
  // the oldest (another player's) when a page creates more.
  shotscape_host_release_gl_context__deps: ['$GL'],
  shotscape_host_release_gl_context: function (handle) {
    var context = GL.getContext(handle);
    var lose = context && context.GLctx.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
  },

  shotscape_host_emit__deps: ['$shotscapeHost'],
  shotscape_host_emit: function (hostId, typePtr, detailPtr) {
    var host = Module['shotscapeHosts'].get(hostId);
    if (host) host.dispatch(UTF8ToString(typePtr), JSON.parse(UTF8ToString(detailPtr)));
  },

  // viewchange fires every frame the camera moves: passed as numbers, with no JSON in between.
  shotscape_host_emit_view: function (hostId, yaw, pitch, hfov) {
    var host = Module['shotscapeHosts'].get(hostId);
    if (host) host.dispatch('viewchange', { yaw: yaw, pitch: pitch, hfov: hfov });
  },

  shotscape_host_warn: function (messagePtr) {
    console.warn('shotscape: ' + UTF8ToString(messagePtr));
  },

  shotscape_host_toggle_fullscreen__deps: ['$shotscapeHost'],
  shotscape_host_toggle_fullscreen: function (hostId) {
    var element = shotscapeHost(hostId).element;
    var doc = element.ownerDocument;
    if (doc.fullscreenElement === element) { doc.exitFullscreen().catch(function () {}); return; }
    if (!element.requestFullscreen) { console.warn('shotscape: fullscreen is not available here'); return; }
    element.requestFullscreen().catch(function (e) { console.warn('shotscape: fullscreen refused: ' + e.message); });
  },

  shotscape_host_is_fullscreen__deps: ['$shotscapeHost'],
  shotscape_host_is_fullscreen: function (hostId) {
    var element = shotscapeHost(hostId).element;
    return element.ownerDocument.fullscreenElement === element ? 1 : 0;
  },

  // The live regions (focus and events; captions apart): plain text only, so manifest and caption
  // text can never become markup.
  shotscape_host_announce__deps: ['$shotscapeHost'],
  shotscape_host_announce: function (hostId, textPtr, caption) {
    var host = shotscapeHost(hostId);
    (caption ? host.captionRegion : host.liveRegion).textContent = UTF8ToString(textPtr);
  },

  shotscape_host_reduced_motion__deps: ['$shotscapeHost'],
  shotscape_host_reduced_motion: function (hostId) {
    var win = shotscapeHost(hostId).element.ownerDocument.defaultView;
    return win && win.matchMedia && win.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
  },

  // The browser's languages, most preferred first ("fr-CA,fr,en"): malloc'ed.
  shotscape_host_languages: function () {
    var tags = typeof navigator !== 'undefined' ? (navigator.languages || [navigator.language || '']).join(',') : '';
    var size = lengthBytesUTF8(tags) + 1, ptr = _malloc(size);
    stringToUTF8(tags, ptr, size);
    return ptr;
  },

  shotscape_host_more_contrast: function () {
    return typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches ? 1 : 0;
  },

  // Settings remembered for the site; where storage is refused (a sandboxed frame, a privacy
  // mode) nothing is kept and nothing fails.
  shotscape_host_load_setting: function (keyPtr) {
    var value = null;
    try { value = localStorage.getItem(UTF8ToString(keyPtr)); } catch (e) { /* storage refused */ }
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1, ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },

  shotscape_host_save_setting: function (keyPtr, valuePtr) {
    try {
      var key = UTF8ToString(keyPtr), value = UTF8ToString(valuePtr);
      if (value) localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    } catch (e) { /* storage refused */ }
  },
});
