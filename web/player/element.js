// <shotscape-player>, part 3 of 3 (web/player/): the element and its API. It hosts one Shotscape
// player. Pages include one script, shotscape-player.js (the build joins loading.js, input.js and
// this file); it loads the player's wasm module (shotscape.js beside it) once per page and gives
// each element its own canvas, WebGL context and C++ Player. The README documents the whole API.
//
// Attributes: manifest, panorama, scene, yaw, pitch, hfov, controls ("0" hides the chrome), t,
//             hotspot, lang, autoplay, muted, autorotate, projection, motion, ui ("tv": the 10-foot
//             layout for remotes), loading ("eager": start even off screen), caption-style (the
//             page's default caption style: "size:150; color:yellow; …").
// Methods:    getView() setView() setProjection() projection motion enterVR() exitVR() openHotspot() closeHotspot() setCaptionLanguage() setScene() back()
//             captionStyle setCaptionStyle() resetCaptionStyle()
//             scenes() scene play() pause() seek() currentTime duration paused momentLink() stats();
//             static parseMoment().
// Events:     ready viewchange projectionchange motionchange xrchange error hotspotopen hotspotclose captionchange captionstylechange play pause timeupdate ended
//             scenechange scenemoveend.
// Lifecycle:  an element off screen starts when scrolled near (IntersectionObserver); remove()
//             releases its WebGL context, media elements and listeners.

function numberAttr(el, name) {
  var raw = el.getAttribute(name);
  if (raw === null || raw.trim() === '') return NaN;
  var v = Number(raw);
  if (!isFinite(v)) {
    console.warn('shotscape: ignoring ' + name + '="' + raw + '": not a number');
    return NaN;
  }
  return v;
}


// How near the viewport an element must come to start (IntersectionObserver's rootMargin).
var START_MARGIN = '200px';

class ShotscapePlayer extends HTMLElement {
  static get observedAttributes() {
    return ['manifest', 'panorama', 'scene', 'yaw', 'pitch', 'hfov', 'controls', 't', 'hotspot', 'lang', 'projection', 'motion', 'caption-style'];
  }

  // Reads a page URL's query and fragment (the fragment wins) with the player's own moment codec:
  // → Promise<{moment: {manifest?, panorama?, scene?, yaw?, pitch?, hfov?, t?, hotspot?, lang?,
  // controls?, autoplay?, muted?, autorotate?, origins? ("*" or comma-separated)}, warnings: [string]}>.
  static parseMoment(query, fragment) {
    return loadModule().then(function (M) {
      var moment = withCStrings(M, [query || '', fragment || ''], function (p) {
        var out = M._shotscape_moment_parse(p[0], p[1]);
        var parsed = JSON.parse(M.UTF8ToString(out));
        M._free(out);
        return parsed;
      });
      var warnings = moment.warnings ? moment.warnings.split('\n') : [];
      delete moment.warnings;
      return { moment: moment, warnings: warnings };
    });
  }

  // A hint for a page that knows its shot before it creates the element (the demo page, while the
  // module that reads its URL loads): starts fetching and decoding the panorama.
  static prefetch(manifest, panorama) {
    prefetchShot(manifest || null, panorama || null);
  }

  // For embed.html's postMessage API (web/embed.js), through the core's EmbedMessage: checks one
  // message (`json`: its data as JSON) from `origin` against the allowlist `origins` ("*" or
  // comma-separated) → Promise<{kind: "foreign" | "refused" | "invalid" | "command", …}>.
  static checkEmbedMessage(json, origin, origins) {
    return loadModule().then(function (M) {
      return withCStrings(M, [json, origin, location.origin, origins || ''], function (p) {
        var out = M._shotscape_embed_message_parse(p[0], p[1], p[2], p[3]);
        var result = JSON.parse(M.UTF8ToString(out));
        M._free(out);
        return result;
      });
    });
  }

  // Whether embed.html answers a page at `origin`, given the allowlist → Promise<boolean>.
  static embedOriginAllowed(origin, origins) {
    return loadModule().then(function (M) {
      return withCStrings(M, [origin || '', location.origin, origins || ''], function (p) {
        return M._shotscape_embed_origin_allowed(p[0], p[1], p[2]) !== 0;
      });
    });
  }

  constructor() {
    super();
    var root = this.attachShadow({ mode: 'open' });
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = asset('shotscape-player.css');
    this._canvas = document.createElement('canvas');
    this._canvas.tabIndex = 0;
    this._canvas.setAttribute('role', 'application');
    this._canvas.setAttribute('aria-roledescription', '360° viewer');
    this._canvas.setAttribute('aria-label', '360° view. Drag or use the arrow keys to look around, + and - to zoom.');
    this._fallback = document.createElement('div');
    this._fallback.className = 'fallback';
    this._fallback.setAttribute('role', 'alert');
    this._fallback.hidden = true;
    // Announces the focused hotspot and the current caption (text only, set by the player).
    this._live = document.createElement('div');
    this._live.className = 'live';
    this._live.setAttribute('aria-live', 'polite');
    this._live.setAttribute('aria-atomic', 'true');
    this._live.dataset.role = 'live';
    // The captions as they appear, in a region of their own (a focus change never hides one).
    this._captionLive = document.createElement('div');
    this._captionLive.className = 'live';
    this._captionLive.setAttribute('aria-live', 'polite');
    this._captionLive.setAttribute('aria-atomic', 'true');
    this._captionLive.dataset.role = 'captions';
    // The player's <audio>, <video> and <img> elements (commentary, clips, scene sound).
    this._mediaRoot = document.createElement('div');
    this._mediaRoot.className = 'media';
    // Their frames reach the viewer through the canvas; assistive technology skips the elements.
    this._mediaRoot.setAttribute('aria-hidden', 'true');
    // Shown until the module has loaded and the player draws (its own loading panel follows).
    this._boot = document.createElement('div');
    this._boot.className = 'boot';
    this._boot.setAttribute('role', 'status');
    this._boot.textContent = 'Loading the 360° shot…';
    root.append(link, this._canvas, this._boot, this._fallback, this._live, this._captionLive, this._mediaRoot);
    this._handle = 0;
    this._module = null;
    this._hostId = 0;
    this._listeners = [];
    this._connected = false;
    this._visibility = null; // the IntersectionObserver waiting for the element to come on screen
    this._bootTimer = 0; // the timer that checks whether the boot indicator can go
  }

  connectedCallback() {
    this._connected = true;
    if (this._handle || this._visibility) return;
    // A player off screen starts (fetches, decodes, takes a WebGL context) when it is scrolled to
    // within START_MARGIN of the viewport, as <img loading="lazy"> does; loading="eager" opts out.
    var self = this;
    var eager = (this.getAttribute('loading') || '').toLowerCase() === 'eager';
    // Always through the observer, never by measuring now: the page's stylesheets may not have
    // applied yet (its first answer comes after they have), and inside an iframe only the
    // observer sees the host page's scrolling.
    if (eager || typeof IntersectionObserver === 'undefined') {
      this._begin();
      return;
    }
    this._visibility = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) return;
      self._stopWatchingVisibility();
      if (self._connected) self._begin();
    }, { rootMargin: START_MARGIN });
    this._visibility.observe(this);
  }

  _stopWatchingVisibility() {
    if (this._visibility) this._visibility.disconnect();
    this._visibility = null;
  }

  _begin() {
    var self = this;
    if (!this._handle) prefetchFor(this);
    loadModule().then(function (M) {
      if (self._connected && !self._handle) self._start(M);
    }, function (error) {
      self._showFallback('The player could not start: ' + error.message);
      self._dispatch('error', { message: 'the player could not start: ' + error.message });
    });
  }

  disconnectedCallback() {
    this._connected = false;
    this._stopWatchingVisibility();
    this._stop();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (!this._handle) {
      if (this._connected && (name === 'manifest' || name === 'panorama')) prefetchFor(this);
      return;
    }
    if (name === 'manifest' || name === 'panorama') this._load();
    else if (name === 't' && newValue !== null) this.seek(Number(newValue));
    else if (name === 'hotspot') { if (newValue) this.openHotspot(newValue); else this.closeHotspot(); }
    else if (name === 'scene' && newValue && newValue !== this.scene) this.setScene(newValue).catch(function () {});
    else if (name === 'lang' && newValue) this.setCaptionLanguage(newValue);
    else if (name === 'projection') this.setProjection(newValue || 'rectilinear');
    else if (name === 'motion') this.motion = newValue === '1' || newValue === 'true';
    else if (name === 'caption-style') this._captionStyle(newValue || '', 1);
    else if (name === 'yaw' || name === 'pitch' || name === 'hfov') {
      // An attribute's hfov spans the longer side, as a link's: not setView()'s horizontal field.
      var v = numberAttr(this, name);
      this._module._shotscape_player_set_view(this._handle, name === 'yaw' ? v : NaN, name === 'pitch' ? v : NaN, name === 'hfov' ? v : NaN, 0);
    }
  }

  getView() {
    if (!this._handle) {
      return { yaw: numberAttr(this, 'yaw') || 0, pitch: numberAttr(this, 'pitch') || 0, hfov: numberAttr(this, 'hfov') || 90 };
    }
    var M = this._module, h = this._handle;
    return { yaw: M._shotscape_player_view(h, 0), pitch: M._shotscape_player_view(h, 1), hfov: M._shotscape_player_view(h, 2) };
  }

  setView(view) {
    if (!view || typeof view !== 'object') return;
    var pick = function (v) { return typeof v === 'number' && isFinite(v) ? v : NaN; };
    if (!this._handle) {
      for (var k of ['yaw', 'pitch', 'hfov']) if (isFinite(pick(view[k]))) this.setAttribute(k, String(view[k]));
      return;
    }
    this._module._shotscape_player_set_view(this._handle, pick(view.yaw), pick(view.pitch), pick(view.hfov), 1);
  }

  // The lens: 'rectilinear', 'stereographic' (the little planet) or 'fisheye'. Setting it morphs
  // there and frames the view; an unknown name is ignored with a console warning (→ false).
  setProjection(name) {
    if (!this._handle) {
      if (typeof name === 'string') this.setAttribute('projection', name);
      return typeof name === 'string';
    }
    var M = this._module, h = this._handle;
    return !!withCString(M, String(name), function (p) { return M._shotscape_player_set_projection(h, p); });
  }

  // Magic window: whether the device's orientation turns the view. Setting true turns it on where
  // the browser allows (where it asks permission first, at the viewer's next tap).
  get motion() { return !!(this._handle && (this._module._shotscape_player_motion_state(this._handle) & 1)); }
  set motion(on) {
    if (!this._handle) { this.setAttribute('motion', on ? '1' : '0'); return; }
    this._module._shotscape_player_set_motion(this._handle, on ? 1 : 0, 1);
  }

  // Headsets (WebXR immersive-vr): enterVR() asks for a session — call it from a click or key
  // handler, browsers want a user gesture — and exitVR() ends it; false when none can be had (no
  // headset: a console warning says so) or none runs. `xrchange` reports {active, by | reason}.
  enterVR() { return !!(this._handle && this._module._shotscape_player_enter_xr(this._handle)); }
  exitVR() { return !!(this._handle && this._module._shotscape_player_exit_xr(this._handle)); }

  get projection() {
    if (!this._handle) return this.getAttribute('projection') || 'rectilinear';
    return this._module.UTF8ToString(this._module._shotscape_player_projection(this._handle));
  }
  set projection(name) { this.setProjection(name); }

  // Opens the hotspot with this id (as a click on its marker would); false when there is none.
  openHotspot(id) {
    if (!this._handle || typeof id !== 'string') return false;
    var M = this._module, h = this._handle;
    return !!withCString(M, id, function (p) { return M._shotscape_player_open_hotspot(h, p); });
  }

  closeHotspot() {
    if (this._handle) this._module._shotscape_player_close_hotspot(this._handle);
  }

  // Chooses the caption language (a track's `lang`) for the open hotspot and those opened later;
  // false when the open hotspot has no track in that language.
  setCaptionLanguage(lang) {
    if (!this._handle || typeof lang !== 'string') return false;
    var M = this._module, h = this._handle;
    return !!withCString(M, lang, function (p) { return M._shotscape_player_set_caption_language(h, p); });
  }

  // The caption style: {size, color, background, opacity, edge, font} (README, "Caption style").
  // Setting applies it (not remembered: the viewer's own choices are); null before the player starts.
  get captionStyle() { return this._handle ? this._captionStyle(null, -1) : null; }
  set captionStyle(style) { this.setCaptionStyle(style); }
  // `style`: an object with any of those keys, or the attribute's "key:value; …" string; bad pairs
  // are ignored with a console warning each. → the style now (null before the player starts).
  setCaptionStyle(style) {
    var text = typeof style === 'string' ? style : Object.keys(style || {}).map(function (k) {
      return k + ':' + style[k];
    }).join(';');
    return this._handle ? this._captionStyle(text, 0) : null;
  }
  // Back to the page's caption-style (or the standard look), forgetting the viewer's choice.
  resetCaptionStyle() { return this._handle ? this._captionStyle(null, 0) : null; }
  _captionStyle(text, by) {
    var M = this._module, h = this._handle;
    var call = function (p) { return JSON.parse(M.UTF8ToString(M._shotscape_player_caption_style(h, p, by))); };
    return text === null ? call(0) : withCString(M, text, call);
  }

  // Tours: moves to the scene with this id. options: {view: {yaw?, pitch?, hfov?} (hfov horizontal,
  // as setView; default: the heading carried), transition: 'auto' | 'move' | 'fade' | 'jump' or
  // {type, duration} (ms)}. → Promise of {from, to} once the move has ended; rejected when there
  // is no such scene or its panorama failed to load (the viewer stays).
  setScene(id, options) { return this._setScene(id, options, 2); }

  // by: 0 pointer, 1 keyboard, 2 api, 3 link (a moment link or the page's history).
  _setScene(id, options, by) {
    var self = this;
    if (!this._handle || typeof id !== 'string') return Promise.reject(new Error('the player has not started'));
    if (id === this.scene) return Promise.resolve({ from: id, to: id });
    var o = options || {}, t = o.transition, v = o.view || {};
    var type = typeof t === 'string' ? t : (t && t.type) || 'auto';
    var kind = ['auto', 'move', 'fade', 'jump'].indexOf(type);
    var duration = t && typeof t.duration === 'number' ? t.duration : NaN;
    var pick = function (x) { return typeof x === 'number' && isFinite(x) ? x : NaN; };
    return new Promise(function (resolve, reject) {
      var done = function (e) {
        if (e.type === 'scenemoveend' && e.detail.to === id) { finish(); resolve(e.detail); }
        else if (e.type === 'error' && e.detail.scene === id) { finish(); reject(new Error(e.detail.message)); }
        else if (e.type === 'scenechange' && e.detail.to !== id) { finish(); reject(new Error('another scene was asked for')); }
      };
      var finish = function () { for (var type of ['scenemoveend', 'error', 'scenechange']) self.removeEventListener(type, done); };
      for (var type of ['scenemoveend', 'error', 'scenechange']) self.addEventListener(type, done);
      var M = self._module, h = self._handle;
      var ok = withCString(M, id, function (p) {
        return M._shotscape_player_set_scene(h, p, kind < 0 ? 0 : kind, duration, pick(v.yaw), pick(v.pitch), pick(v.hfov), by);
      });
      if (!ok) { finish(); reject(new Error('no scene "' + id + '" in this tour')); }
    });
  }

  // Back to the scene before (the player's own history); false when there is none.
  back() { return !!(this._handle && this._module._shotscape_player_back(this._handle)); }

  // The scene shown ('' before the manifest is in); setting it moves there (as setScene).
  get scene() { return this._handle ? this._module.UTF8ToString(this._module._shotscape_player_scenes(this._handle, 0)) : (this.getAttribute('scene') || ''); }
  set scene(id) { this.setScene(id).catch(function () {}); }

  // The tour's scenes: [{id, title, links: [{target, label}]}].
  scenes() { return this._handle ? JSON.parse(this._module.UTF8ToString(this._module._shotscape_player_scenes(this._handle, 1))) : []; }

  // Video scenes: playback through the element (no effect on an image scene).
  play() { if (this._handle) this._module._shotscape_player_play(this._handle); }
  pause() { if (this._handle) this._module._shotscape_player_pause(this._handle); }
  seek(seconds) {
    if (this._handle && typeof seconds === 'number' && isFinite(seconds)) this._module._shotscape_player_seek(this._handle, seconds);
  }
  get currentTime() { return this._handle ? this._module._shotscape_player_media(this._handle, 0) : 0; }
  set currentTime(seconds) { this.seek(seconds); }
  get duration() { return this._handle ? this._module._shotscape_player_media(this._handle, 1) : 0; }
  get paused() { return this._handle ? this._module._shotscape_player_media(this._handle, 2) !== 0 : true; }

  // The current moment as link parameters (view, time, open hotspot, caption language, the shot's
  // URL), written by the core's codec. options: {angleStep: 0.1, timeStep: 0.1, withTime: true}.
  momentLink(options) {
    if (!this._handle) return '';
    var o = options || {};
    var angle = typeof o.angleStep === 'number' ? o.angleStep : 0.1;
    var time = typeof o.timeStep === 'number' ? o.timeStep : 0.1;
    return this._module.UTF8ToString(this._module._shotscape_player_moment_link(this._handle, angle, time,
      o.withTime === false ? 0 : 1));
  }

  stats() {
    if (!this._handle) return null;
    var s = JSON.parse(this._module.UTF8ToString(this._module._shotscape_player_stats(this._handle)));
    s.decoder = decoder.kind || ''; // where panoramas are decoded: 'worker', 'blob-worker' or 'page'
    return s;
  }

  _dispatch(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail: detail, bubbles: true, composed: true }));
  }

  // A message in the element, over the canvas; `banner`: along its bottom, the shot still in view.
  _showFallback(message, banner) {
    this._boot.hidden = true;
    this._fallback.textContent = message;
    this._fallback.classList.toggle('banner', !!banner);
    this._fallback.hidden = false;
  }

  // A first visit's hint, once per site (localStorage; where storage is refused, every visit):
  // how to look around, in the words of the pointer in use. It goes at the first drag, key or
  // wheel on the view, when a hotspot opens, with its close button, or after 8 s.
  _showHint() {
    try {
      if (localStorage.getItem('shotscape-hint')) return;
      localStorage.setItem('shotscape-hint', '1');
    } catch (e) { /* storage refused */ }
    var hint = document.createElement('div'), close = document.createElement('button');
    hint.className = 'hint';
    hint.dataset.role = 'hint';
    hint.textContent = this._text(matchMedia('(pointer: coarse)').matches ? 'Swipe to look around' : 'Drag to look around');
    close.type = 'button';
    // The × is drawn, not read: the button's name is a visually hidden text (an aria-label would not
    // contain the visible ×: axe's label-content-name-mismatch).
    var cross = document.createElement('span'), name = document.createElement('span');
    cross.textContent = '×';
    cross.setAttribute('aria-hidden', 'true');
    name.className = 'live';
    name.textContent = this._text('Dismiss the hint');
    close.append(cross, name);
    hint.append(close);
    this._canvas.after(hint);
    var self = this, gone = this._hint = function () { hint.remove(); self._hint = null; };
    close.onclick = gone;
    for (var type of ['pointerdown', 'keydown', 'wheel']) this._on(this._canvas, type, gone, { passive: true, once: true });
    setTimeout(gone, 8000);
  }

  // A string of the element's own in the player's interface language (core/text/UiText).
  _text(english) {
    var M = this._module, h = this._handle;
    return h ? withCString(M, english, function (p) { return M.UTF8ToString(M._shotscape_player_ui_text(h, p)); }) : english;
  }

  _on(target, type, fn, options) {
    target.addEventListener(type, fn, options);
    this._listeners.push([target, type, fn, options]);
  }

  _start(M) {
    var self = this;
    this._module = M;
    this._hostId = nextHostId++;
    var host = {
      element: this,
      canvas: this._canvas,
      liveRegion: this._live,
      captionRegion: this._captionLive,
      mediaRoot: this._mediaRoot,
      noWebGL: false, // set by the bridge when the canvas has no WebGL 2 context to give
      dispatch: function (type, detail) {
        // The first frame of the shot (ready) is drawn in this same task: the boot indicator goes
        // now, not at its next check, so it is never seen over the shot.
        if (type === 'ready' || type === 'error') self._boot.hidden = true;
        if (type === 'ready' && self.getAttribute('controls') !== '0') self._showHint();
        if (type === 'hotspotopen' && self._hint) self._hint(); // it would sit on the panel
        if (type === 'xrchange' && !detail.active) self._reclaimCanvas();
        if (type === 'error' && host.noWebGL) self._showFallback(detail.message);
        else if (type === 'error' && noInterfaceFont) self._showFallback(detail.message, true);
        self._dispatch(type, detail);
      },
    };
    M.shotscapeHosts.set(this._hostId, host);
    var controls = this.getAttribute('controls') !== '0';
    // The moment attributes go to the core's moment codec as one "key=value&…" string.
    var moment = new URLSearchParams();
    for (var name of ['scene', 't', 'hotspot', 'lang', 'autoplay', 'muted', 'autorotate', 'memory-budget', 'projection', 'motion', 'ui', 'uilang']) {
      if (this.hasAttribute(name)) moment.set(name, this.getAttribute(name));
    }
    // A TV: no hover, no pointer at all (a remote's arrows), a large screen: the 10-foot layout.
    if (!this.hasAttribute('ui') && window.matchMedia && matchMedia('(hover: none) and (any-pointer: none)').matches &&
        window.innerWidth >= 960) moment.set('ui', 'tv');
    var self2 = this;
    this._handle = withCString(M, moment.toString().replace(/\+/g, '%20'), function (p) {
      return M._shotscape_player_create(self2._hostId, controls ? 1 : 0,
        numberAttr(self2, 'yaw'), numberAttr(self2, 'pitch'), numberAttr(self2, 'hfov'), p);
    });
    if (this.hasAttribute('caption-style')) this._captionStyle(this.getAttribute('caption-style'), 1);
    // The interface's language for assistive technology: the canvas's name, the live regions.
    var lang = JSON.parse(M.UTF8ToString(M._shotscape_player_stats(this._handle))).uiLanguage || 'en';
    for (var el of [this._canvas, this._live, this._captionLive]) el.lang = lang;
    for (var el2 of [this._canvas, this._live]) el2.dir = lang === 'ar' ? 'rtl' : 'ltr';
    this._canvas.setAttribute('aria-label', this._text('360° view. Drag or use the arrow keys to look around, + and - to zoom.'));
    installInput(this);
    this._resizeObserver = new ResizeObserver(function () { self._resize(); });
    this._resizeObserver.observe(this);
    // The canvas too: its size comes from the shadow root's stylesheet, which may arrive after
    // the player starts (a slow network) without the element's own box changing.
    this._resizeObserver.observe(this._canvas);
    this._resize();
    this._load();
    // The boot indicator stays until the player shows something of its own (its interface, which
    // waits for the fonts, or the shot); checked ten times a second, not every frame.
    var watchBoot = function () {
      self._bootTimer = 0;
      var s = self._handle && self.stats();
      if (!s) return;
      if (s.overlayDrawCalls > 0 || s.status === 'ready' || s.status === 'failed') self._boot.hidden = true;
      else self._bootTimer = setTimeout(watchBoot, 100);
    };
    watchBoot();
  }

  _stop() {
    if (!this._handle) return;
    clearTimeout(this._bootTimer);
    this._bootTimer = 0;
    for (var l of this._listeners) l[0].removeEventListener(l[1], l[2], l[3]);
    this._listeners = [];
    if (this._resizeObserver) this._resizeObserver.disconnect();
    this._resizeObserver = null;
    // Unregister first: bridge callbacks still in flight for this host are then dropped.
    this._module.shotscapeHosts.delete(this._hostId);
    this._module._shotscape_player_destroy(this._handle);
    this._handle = 0;
    this._live.textContent = '';
  }

  _load() {
    var M = this._module, h = this._handle;
    var manifest = this.getAttribute('manifest');
    var panorama = this.getAttribute('panorama');
    if (manifest) withCString(M, manifest, function (p) { M._shotscape_player_load_manifest(h, p); });
    else if (panorama) withCString(M, panorama, function (p) { M._shotscape_player_load_panorama(h, p); });
  }

  // Emulated headsets (the WebXR emulators: iwer, the browser extension) show the session by moving
  // the canvas into a full-window layer of their own, and put it back into its parent at the end:
  // a shadow root is no parent element, so it would be left out. The element takes it back.
  _reclaimCanvas() {
    if (this._canvas.getRootNode() !== this.shadowRoot) this.shadowRoot.insertBefore(this._canvas, this._boot);
    if (this._handle) this._resize();
  }

  _resize() {
    var rect = this._canvas.getBoundingClientRect();
    var ratio = window.devicePixelRatio || 1;
    var width = Math.max(1, rect.width), height = Math.max(1, rect.height);
    var pw = Math.max(1, Math.round(width * ratio)), ph = Math.max(1, Math.round(height * ratio));
    if (this._canvas.width !== pw) this._canvas.width = pw;
    if (this._canvas.height !== ph) this._canvas.height = ph;
    this._module._shotscape_player_resize(this._handle, width, height, ratio);
  }

}

customElements.define('shotscape-player', ShotscapePlayer);
