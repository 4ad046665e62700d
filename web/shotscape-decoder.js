// Shotscape image decoder: downloads a panorama with progress, decodes it, downsizes it to the
// GPU's texture limit, and hands the raw RGBA pixels back (transferred, not copied), so the page's
// main thread only ever copies small strips into a WebGL texture.
//
// Normally a worker (shotscape-player.js starts it from this file, or from a blob: copy of it when
// the player's files come from another origin than the page). Loaded into a page as a plain script
// (the fallback where a Content-Security-Policy forbids blob: workers) it runs the same code on the
// page's thread and only defines self.ShotscapeDecoder = {decode(request, post)}.
//
// In:  {id, url, maxSize} | {id, url, tile: true} (own size, no preview) | {id, cancel: true} (a tile)
// Out: {id, type: 'progress', loaded, total}
//      | {id, type: 'preview', width, height, pixels}   (a small copy first, so a view can show at once)
//      | {id, type: 'decoded', width, height, downscaled, pixels} | {id, type: 'error', reason}
//      | {type: 'started'} (once, when the worker runs)
(function (scope) {
'use strict';

async function readWithProgress(id, response, post) {
  const total = Number(response.headers.get('Content-Length')) || 0;
  if (!response.body || !response.body.getReader) return response.blob();
  const reader = response.body.getReader();
  const chunks = [];
  let loaded = 0;
  let lastReport = 0;
  for (;;) {
    const step = await reader.read();
    if (step.done) break;
    chunks.push(step.value);
    loaded += step.value.byteLength;
    const now = performance.now();
    if (now - lastReport > 50 || loaded === total) {
      lastReport = now;
      post({ id, type: 'progress', loaded, total });
    }
  }
  return new Blob(chunks, { type: response.headers.get('Content-Type') || '' });
}

const PREVIEW_WIDTH = 1024;

function pixelsOf(bitmap, width = bitmap.width, height = bitmap.height) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.imageSmoothingQuality = 'medium';
  context.drawImage(bitmap, 0, 0, width, height);
  return context.getImageData(0, 0, width, height).data.buffer;
}

// A tile's raw RGBA pixels (raw, read back here: uploading an ImageBitmap instead costs the page's
// main thread 30–40 ms per tile with SwiftShader, a 1.7 MB array 1–3 ms). WebCodecs' ImageDecoder
// where the browser has it: 15 ms per 656² JPEG tile against 28 ms through createImageBitmap and a
// 2D canvas's getImageData, and no canvas to start (the first tiles took 85 ms each that way) —
// the same pixels, measured byte for byte. Anything it refuses goes the canvas way, whose error
// is the one reported.
// The type by the file's first bytes (servers often say application/octet-stream).
function sniffType(bytes) {
  const at = (i, text) => [...text].every((c, k) => bytes[i + k] === c.charCodeAt(0));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && at(1, 'PNG')) return 'image/png';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'image/webp';
  if (at(4, 'ftypavif')) return 'image/avif';
  return '';
}

async function tilePixels(blob) {
  const data = typeof ImageDecoder !== 'undefined' ? await blob.arrayBuffer() : null;
  const type = data ? sniffType(new Uint8Array(data, 0, Math.min(16, data.byteLength))) : '';
  if (type && await ImageDecoder.isTypeSupported(type).catch(() => false)) {
    let decoder = null, image = null;
    try {
      decoder = new ImageDecoder({ data, type, colorSpaceConversion: 'none', preferAnimation: false });
      image = (await decoder.decode()).image;
      const options = { format: 'RGBA' };
      const pixels = new ArrayBuffer(image.allocationSize(options));
      await image.copyTo(pixels, options);
      return { width: image.visibleRect.width, height: image.visibleRect.height, pixels };
    } catch (error) {
      // (an old browser without copyTo's conversion, a corrupt file: the canvas way decides)
    } finally {
      if (image) image.close();
      if (decoder) decoder.close();
    }
  }
  let bitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'none', premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  } catch (error) {
    throw new Error(`the image could not be decoded (${error.message})`);
  }
  const { width, height } = bitmap;
  const pixels = pixelsOf(bitmap);
  bitmap.close();
  return { width, height, pixels };
}

// Tiles in flight, by request id: their downloads abort when the player no longer wants them.
const tiles = new Map();

async function decodeTile({ id, url }, post) {
  const controller = new AbortController();
  tiles.set(id, controller);
  try {
    let response;
    try {
      response = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return;
      throw new Error(`network error (${error.message})`);
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
    const blob = await response.blob();
    if (controller.signal.aborted) return;
    if (!blob.size) throw new Error('the file is empty');
    const decoded = await tilePixels(blob);
    if (controller.signal.aborted) return;
    post({ id, type: 'decoded', width: decoded.width, height: decoded.height, downscaled: false, pixels: decoded.pixels }, [decoded.pixels]);
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    tiles.delete(id);
  }
}

async function decode(request, post) {
  if (request.cancel) {
    const controller = tiles.get(request.id);
    if (controller) controller.abort();
    return;
  }
  if (request.tile) return decodeTile(request, post);
  const { id, url, maxSize } = request;
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new Error(`network error (${error.message})`);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
  const blob = await readWithProgress(id, response, post);
  if (!blob.size) throw new Error('the file is empty');
  let bitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'none' });
  } catch (error) {
    throw new Error(`the image could not be decoded (${error.message})`);
  }
  // A small copy first, so the player can draw the scene while the full image's pixels are read
  // back and uploaded; of the image's shape (a stereo pair's, 1:1 or 4:1, tells it from a mono 2:1).
  const previewWidth = Math.min(PREVIEW_WIDTH, maxSize);
  const previewHeight = Math.max(1, Math.min(maxSize, Math.round((previewWidth * bitmap.height) / bitmap.width)));
  const previewPixels = pixelsOf(bitmap, previewWidth, previewHeight);
  post({ id, type: 'preview', width: previewWidth, height: previewHeight, pixels: previewPixels }, [previewPixels]);
  let downscaled = false;
  if (bitmap.width > maxSize || bitmap.height > maxSize) {
    const scale = Math.min(maxSize / bitmap.width, maxSize / bitmap.height);
    const resizeWidth = Math.max(1, Math.floor(bitmap.width * scale));
    const resizeHeight = Math.max(1, Math.floor(bitmap.height * scale));
    bitmap.close();
    bitmap = await createImageBitmap(blob, { imageOrientation: 'none', resizeWidth, resizeHeight, resizeQuality: 'high' });
    downscaled = true;
  }
  const { width, height } = bitmap;
  const pixels = pixelsOf(bitmap);
  bitmap.close();
  post({ id, type: 'decoded', width, height, downscaled, pixels }, [pixels]);
}

// One request: its messages go to post(message, transfer); failures end as an 'error' message.
function run(request, post) {
  return decode(request, post).catch((error) => post({ id: request.id, type: 'error', reason: error.message || String(error) }));
}

if (typeof WorkerGlobalScope !== 'undefined' && scope instanceof WorkerGlobalScope) {
  scope.onmessage = (event) => run(event.data, (message, transfer) => scope.postMessage(message, transfer || []));
  scope.postMessage({ type: 'started' }); // the page knows the worker runs (a CSP may refuse it)
} else {
  scope.ShotscapeDecoder = { decode: run };
}
})(self);
