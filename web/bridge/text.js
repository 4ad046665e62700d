// Bridge: text in any script (ui/Text.h). The browser shapes and lays out a run — its system fonts
// for every script, bidi, Arabic joining, Devanagari conjuncts, emoji — with Canvas 2D text, and the
// run is uploaded into a GL texture the overlay draws. The interface's Inter (registered as a
// FontFace by fonts.js) comes first, so Latin inside a mixed run keeps the interface's look.
mergeInto(LibraryManager.library, {
  $shotscapeText: {
    canvas: null,
    context: null,
    segmenter: undefined,
    families: [
      '"Shotscape Inter", "Noto Sans", system-ui, sans-serif, "Noto Color Emoji"',
      '"Noto Sans Mono", "DejaVu Sans Mono", monospace, "Noto Color Emoji"',
      '"Comic Neue", "Comic Sans MS", cursive, sans-serif, "Noto Color Emoji"',
    ],
    // The paragraph's direction from its first strong character (the bidi algorithm's rules P2, P3:
    // Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms are right to left). (Regular
    // expressions live in functions: Emscripten's library objects keep only functions and values.)
    direction: function (text) {
      var m = /[\p{L}\u0590-\u08FF]/u.exec(text);
      return m && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u.test(m[0]) ? 'rtl' : 'ltr';
    },
    // Break opportunities: words where the browser knows them (Japanese and Chinese by dictionary),
    // else spaces.
    pieces: function (text) {
      if (shotscapeText.segmenter === undefined)
        shotscapeText.segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
      if (!shotscapeText.segmenter) return text.split(/(?<=\s)/);
      var out = [];
      for (var s of shotscapeText.segmenter.segment(text)) out.push(s.segment);
      return out;
    },
    // Greedy lines no wider than `max` device px (0: the paragraph's one line); a piece wider than
    // a line is cut between graphemes; punctuation stays with the text before it.
    wrap: function (ctx, paragraph, max) {
      if (!(max > 0) || ctx.measureText(paragraph).width <= max) return [paragraph];
      var lines = [], line = '';
      var push = function () { if (line.trim() !== '') lines.push(line.replace(/\s+$/, '')); line = ''; };
      shotscapeText.pieces(paragraph).forEach(function (piece) {
        var next = line + piece;
        if (ctx.measureText(next.replace(/\s+$/, '')).width <= max || /^[\p{P}\s]+$/u.test(piece) && line !== '') {
          line = next;
          return;
        }
        push();
        piece = piece.replace(/^\s+/, '');
        if (ctx.measureText(piece).width <= max) { line = piece; return; }
        Array.from(piece).forEach(function (ch) {
          if (line !== '' && ctx.measureText(line + ch).width > max) push();
          line += ch;
        });
      });
      push();
      return lines.length ? lines : [''];
    },
    raster: function (textPtr, px, weight, family, maxWidth, center, ratio, texture, out) {
      var T = shotscapeText;
      if (!T.canvas) {
        if (typeof document === 'undefined') return 0;
        T.canvas = document.createElement('canvas');
        T.context = T.canvas.getContext('2d', { willReadFrequently: false });
        if (!T.context) return 0;
      }
      var ctx = T.context;
      // Code points no font is meant to have — private use, unassigned, noncharacters — would be
      // blank space: U+FFFD's visible replacement glyph stands in for each.
      var text = UTF8ToString(textPtr).replace(/[\p{Co}\p{Cn}]/gu, '\uFFFD');
      var size = px * ratio;
      var font = weight + ' ' + size + 'px ' + (T.families[family] || T.families[0]);
      ctx.font = font;
      var limit = 8192; // the canvas's and the texture's largest side
      var lines = [];
      text.split(/\r\n|\r|\n/).forEach(function (p) {
        ctx.direction = T.direction(p);
        T.wrap(ctx, p, Math.min(maxWidth * ratio, limit)).forEach(function (l) { lines.push([l, ctx.direction]); });
      });
      var ascent = size * 0.96875, descent = size * 0.2415, widest = 1; // Inter's, the least a line has
      lines.forEach(function (l) {
        ctx.direction = l[1];
        var m = ctx.measureText(l[0]);
        l.push(m.width);
        widest = Math.max(widest, m.width);
        ascent = Math.max(ascent, m.actualBoundingBoxAscent || 0, m.fontBoundingBoxAscent || 0);
        descent = Math.max(descent, m.actualBoundingBoxDescent || 0, m.fontBoundingBoxDescent || 0);
      });
      var lineHeight = Math.ceil(ascent + descent);
      var pad = Math.ceil(size * 0.15) + 1;
      lines = lines.slice(0, Math.max(1, Math.floor(limit / lineHeight)));
      var width = Math.min(limit, Math.ceil(widest) + 2 * pad), height = lines.length * lineHeight;
      var canvas = T.canvas;
      canvas.width = width; // also clears it and resets the context's state
      canvas.height = height;
      ctx.font = font;
      ctx.fillStyle = '#fff';
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      lines.forEach(function (l, i) {
        ctx.direction = l[1];
        var room = width - 2 * pad - l[2];
        var x = pad + (center ? room / 2 : l[1] === 'rtl' ? room : 0);
        ctx.fillText(l[0], x, i * lineHeight + Math.round(ascent));
      });
      var gl = GLctx;
      gl.bindTexture(gl.TEXTURE_2D, GL.textures[texture]);
      gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
      gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, gl.RGBA, gl.UNSIGNED_BYTE, canvas);
      HEAP32[out >> 2] = width;
      HEAP32[(out >> 2) + 1] = height;
      HEAP32[(out >> 2) + 2] = pad;
      return 1;
    },
  },

  shotscape_text_raster__deps: ['$shotscapeText', '$GL'],
  shotscape_text_raster: function (textPtr, px, weight, family, maxWidth, center, ratio, texture, out) {
    try {
      return shotscapeText.raster(textPtr, px, weight, family, maxWidth, center, ratio, texture, out);
    } catch (e) {
      err('Shotscape: text could not be drawn by the browser (' + e + '); the interface font draws it.');
      return 0;
    }
  },
});
