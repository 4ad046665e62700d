// Bridge: WebXR immersive-vr sessions (a headset). Whether one can be asked for (probed again when
// a headset is plugged in or out), the session with a WebGL layer on the player's own context, its
// frames (the head, each eye's pose, projection and viewport, the controllers' and hands' rays)
// written into wasm memory for shotscape_platform_xr_frame, `select` (trigger or pinch) with its
// ray, and the end, asked for or not (the headset taken off). Frame layout: WebPlatform.cpp, kXr*.
mergeInto(LibraryManager.library, {
  $shotscapeXr__deps: ['$shotscapeHost'],
  $shotscapeXr: function (hostId) {
    var host = shotscapeHost(hostId);
    if (!host.xr) host.xr = { platform: 0, session: null, space: null, buffer: 0, asked: false, starting: false };
    return host.xr;
  },

  shotscape_xr_watch__deps: ['$shotscapeXr'],
  shotscape_xr_watch: function (hostId, platform) {
    var state = shotscapeXr(hostId);
    state.platform = platform;
    var xr = navigator.xr;
    var report = function (ok) {
      if (Module['shotscapeHosts'].has(hostId)) _shotscape_platform_xr_available(platform, ok ? 1 : 0);
    };
    if (!xr || !xr.isSessionSupported) return;
    // A frame whose page did not allow "xr-spatial-tracking" can never have a session: asking
    // would only log a permissions policy violation (the README gives the iframe's allow list).
    var policy = document.permissionsPolicy || document.featurePolicy;
    if (policy && policy.allowsFeature && !policy.allowsFeature('xr-spatial-tracking')) return;
    var probe = function () {
      xr.isSessionSupported('immersive-vr').then(report, function () { report(false); });
    };
    xr.addEventListener('devicechange', probe);
    probe();
  },

  shotscape_xr_request__deps: ['$shotscapeXr', '$shotscapeWithCString', '$GL'],
  shotscape_xr_request: function (hostId, platform, glHandle) {
    var state = shotscapeXr(hostId);
    var alive = function () { return Module['shotscapeHosts'].has(hostId); };
    var fail = function (reason) {
      state.starting = false;
      if (alive()) shotscapeWithCString(reason, function (r) { _shotscape_platform_xr_failed(platform, r); });
    };
    if (state.session || state.starting) return;
    if (!navigator.xr) return fail('this browser has no WebXR');
    state.starting = true;
    var gl = GL.getContext(glHandle).GLctx;
    var session = null;
    navigator.xr.requestSession('immersive-vr', { optionalFeatures: ['local', 'hand-tracking'] }).then(function (s) {
      session = s;
      return gl.makeXRCompatible();
    }).then(function () {
      session.updateRenderState({ baseLayer: new XRWebGLLayer(session, gl) });
      return session.requestReferenceSpace('local');
    }).then(function (space) {
      if (!alive()) { session.end(); return; }
      state.session = session;
      state.space = space;
      state.asked = false;
      state.starting = false;
      if (!state.buffer) state.buffer = _malloc(90 * 8);
      session.addEventListener('end', function () {
        var asked = state.asked;
        state.session = null;
        state.space = null;
        if (alive()) _shotscape_platform_xr_ended(platform, asked ? 1 : 0);
      });
      session.addEventListener('select', function (event) {
        if (!alive() || state.session !== session) return;
        var pose = event.frame.getPose(event.inputSource.targetRaySpace, space);
        if (!pose) return;
        var out = new Float64Array(HEAPF64.buffer, state.buffer, 6);
        writeRay(out, 0, pose.transform);
        _shotscape_platform_xr_select(platform, state.buffer);
      });
      _shotscape_platform_xr_started(platform);
      session.requestAnimationFrame(onFrame);
    }).catch(function (error) {
      if (session) session.end().catch(function () {});
      fail(error && error.message ? error.message : String(error));
    });

    // A ray: the transform's position, and its -Z axis turned by its orientation.
    function writeRay(out, at, transform) {
      var p = transform.position, q = transform.orientation;
      out[at] = p.x; out[at + 1] = p.y; out[at + 2] = p.z;
      // v' = q (0, 0, -1) q*
      out[at + 3] = -2 * (q.x * q.z + q.w * q.y);
      out[at + 4] = -2 * (q.y * q.z - q.w * q.x);
      out[at + 5] = -(1 - 2 * (q.x * q.x + q.y * q.y));
    }
    function writePose(out, at, transform) {
      var p = transform.position, q = transform.orientation;
      out[at] = p.x; out[at + 1] = p.y; out[at + 2] = p.z;
      out[at + 3] = q.x; out[at + 4] = q.y; out[at + 5] = q.z; out[at + 6] = q.w;
    }
    function onFrame(time, frame) {
      if (state.session !== session || !alive()) return;
      session.requestAnimationFrame(onFrame);
      var pose = frame.getViewerPose(state.space);
      if (!pose) return; // tracking lost for this frame: the last one stays on the display
      var layer = session.renderState.baseLayer;
      // (Memory may have grown since the last frame: a fresh view each time.)
      var out = new Float64Array(HEAPF64.buffer, state.buffer, 90);
      out[0] = time;
      writePose(out, 1, pose.transform);
      var views = pose.views.slice(0, 2);
      out[8] = views.length;
      views.forEach(function (view, i) {
        var at = 9 + i * 28;
        writePose(out, at, view.transform);
        for (var k = 0; k < 16; ++k) out[at + 7 + k] = view.projectionMatrix[k];
        var vp = layer.getViewport(view);
        out[at + 23] = vp.x; out[at + 24] = vp.y; out[at + 25] = vp.width; out[at + 26] = vp.height;
        out[at + 27] = view.eye === 'right' ? 1 : 0;
      });
      var rays = 0;
      for (var s = 0; s < session.inputSources.length && rays < 4; ++s) {
        var source = session.inputSources[s];
        if (source.targetRayMode !== 'tracked-pointer') continue; // gaze and screen rays draw nothing
        var rayPose = frame.getPose(source.targetRaySpace, state.space);
        if (!rayPose) continue;
        writeRay(out, 66 + rays * 6, rayPose.transform);
        ++rays;
      }
      out[65] = rays;
      _shotscape_platform_xr_frame(platform, state.buffer);
    }
  },

  shotscape_xr_end__deps: ['$shotscapeXr'],
  shotscape_xr_end: function (hostId) {
    var state = shotscapeXr(hostId);
    if (!state.session) return;
    state.asked = true;
    state.session.end().catch(function () {});
  },

  // The session's framebuffer (null: the canvas's own, which emulators and some browsers use).
  shotscape_xr_bind_framebuffer__deps: ['$shotscapeXr', '$GL'],
  shotscape_xr_bind_framebuffer: function (hostId) {
    var state = shotscapeXr(hostId);
    var layer = state.session && state.session.renderState.baseLayer;
    GLctx.bindFramebuffer(GLctx.FRAMEBUFFER, layer ? layer.framebuffer : null);
  },
});
