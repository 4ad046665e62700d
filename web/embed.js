// embed.html's postMessage API: the page that embeds this iframe drives its <shotscape-player> with
// the element's own methods and hears its events. The protocol is written down in
// src/core/link/EmbedMessage.h and the README; the core checks every message (shape, arguments, origin).
//
// Obeyed: messages from this page's own origin and from those in the `origins` link parameter ("*"
// for any). Events go to the embedding page only when its origin is allowed. Everything else is
// ignored with a console warning; nothing is thrown back at the sender.
(function () {
  'use strict';
  var EVENTS = ['ready', 'viewchange', 'projectionchange', 'motionchange', 'timeupdate', 'play', 'pause', 'ended', 'hotspotopen', 'hotspotclose',
    'captionchange', 'error', 'scenechange', 'scenemoveend'];

  // The embedding page's origin: location.ancestorOrigins where the browser has it, else the
  // referrer (the default referrer policy sends the origin across origins).
  function parentOrigin() {
    if (window.parent === window) return null;
    if (location.ancestorOrigins && location.ancestorOrigins.length) return location.ancestorOrigins[0];
    try { return document.referrer ? new URL(document.referrer).origin : null; } catch (e) { return null; }
  }

  function connect(player, origins) {
    var Player = customElements.get('shotscape-player');
    var target = null; // where events go: an allowed parent's origin
    var ready = false;
    var lastError = null; // the last error before `ready` (a video source that failed may be followed by one that plays)
    var queue = []; // commands that arrived before `ready`
    var refusedOrigins = new Set(); // origins already warned about

    var post = function (destination, origin, data) {
      try { destination.postMessage(Object.assign({ shotscape: 1 }, data), origin); } catch (e) {
        console.warn('shotscape: could not post to ' + origin + ': ' + e.message);
      }
    };
    var parent = parentOrigin();
    if (parent) {
      Player.embedOriginAllowed(parent, origins).then(function (allowed) {
        if (allowed) target = target || parent;
        else console.warn('shotscape: the embedding page (' + parent + ') is not in this player\'s `origins`; ' +
          'its messages will be ignored and it hears no events');
      });
    }

    EVENTS.forEach(function (type) {
      player.addEventListener(type, function (e) {
        if (type === 'ready') {
          ready = true;
          queue.splice(0).forEach(function (run) { run(); });
        } else if (type === 'error' && !ready) {
          lastError = e.detail && e.detail.message;
        }
        if (target) post(window.parent, target, { event: type, detail: e.detail === undefined ? null : e.detail });
      });
    });

    var state = function () {
      var stats = player.stats();
      return {
        ready: ready, view: player.getView(), currentTime: player.currentTime, duration: player.duration,
        paused: player.paused, hotspot: (stats && stats.hotspot) || null, error: ready ? null : lastError,
        scene: player.scene || null,
      };
    };
    var run = function (c) {
      switch (c.command) {
        case 'play': player.play(); return null;
        case 'pause': player.pause(); return null;
        case 'seek': player.seek(c.seconds); return null;
        case 'setView': player.setView({ yaw: c.yaw, pitch: c.pitch, hfov: c.hfov }); return player.getView();
        case 'getView': return player.getView();
        case 'openHotspot': return player.openHotspot(c.text);
        case 'closeHotspot': player.closeHotspot(); return null;
        case 'setCaptionLanguage': return player.setCaptionLanguage(c.text);
        case 'getState': return state();
        case 'setScene': return player.setScene(c.text).then(function (moved) { return moved.to; });
        case 'back': return player.back();
        case 'setProjection': player.setProjection(c.text); return player.projection;
        case 'orientation': if (player._orientation) player._orientation(c.alpha, c.beta, c.gamma, c.screen); return null;
      }
      throw new Error('unhandled command ' + c.command); // the core knows a command this file does not
    };

    receive = function (e) {
      var json;
      try { json = JSON.stringify(e.data); } catch (err) { return; } // not ours: no plain data
      if (typeof json !== 'string' || json.indexOf('"shotscape"') < 0) return; // someone else's message
      var source = e.source, origin = e.origin;
      Player.checkEmbedMessage(json, origin, origins).then(function (c) {
        var reply = function (data) { if (c.id !== undefined && source) post(source, origin, Object.assign({ reply: JSON.parse(c.id) }, data)); };
        if (c.kind === 'foreign') return;
        if (c.kind === 'refused') {
          // Relayed orientation once per origin: such a page sends sixty a second.
          if (e.data && e.data.command === 'orientation') {
            if (refusedOrigins.has(origin)) return;
            refusedOrigins.add(origin);
          }
          console.warn('shotscape: ignored a message from ' + origin + ': not in this player\'s `origins` (' + (origins || 'own origin only') + ')');
          return;
        }
        if (c.kind === 'invalid') {
          console.warn('shotscape: ignored a message from ' + origin + ': ' + c.error);
          reply({ error: c.error });
          return;
        }
        if (source === window.parent && !target) target = origin; // the parent spoke first: it hears events
        var execute = function () {
          try {
            Promise.resolve(run(c)).then(function (result) { reply({ result: result === undefined ? null : result }); },
              function (err) { reply({ error: err.message }); });
          } catch (err) { reply({ error: err.message }); }
        };
        // Orientation readings are not queued: before the player is ready they are stale.
        if (c.command === 'orientation') { if (ready) run(c); return; }
        if (ready || c.command === 'getState' || c.command === 'getView') execute();
        else if (queue.length < 100) queue.push(execute);
        else reply({ error: 'too many commands before the player is ready' });
      });
    };
    early.splice(0).forEach(receive);
  }

  // Listening starts with this script, before the player exists: what arrives early waits for it.
  var early = [];
  var receive = null;
  window.addEventListener('message', function (e) {
    if (receive) receive(e);
    else if (early.length < 100) early.push(e);
  });

  window.ShotscapeEmbed = { connect: connect };
})();
