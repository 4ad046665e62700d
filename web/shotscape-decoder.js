// Shotscape image decoder worker: downloads a panorama with progress, decodes it, downsizes it
// to the GPU's texture limit, and hands the raw RGBA pixels back (transferred, not copied), so
// the page's main thread only ever copies small strips into a WebGL texture.
//
// In:  {id, url, maxSize}
// Out: {id, type: 'progress', loaded, total} | {id, type: 'decoded', width, height, downscaled, pixels}
//      | {id, type: 'error', reason}
'use strict';

async function readWithProgress(id, response) {
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
      postMessage({ id, type: 'progress', loaded, total });
    }
  }
  return new Blob(chunks, { type: response.headers.get('Content-Type') || '' });
}

async function decode({ id, url, maxSize }) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new Error(`network error (${error.message})`);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
  const blob = await readWithProgress(id, response);
  if (!blob.size) throw new Error('the file is empty');
  let bitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'none' });
  } catch (error) {
    throw new Error(`the image could not be decoded (${error.message})`);
  }
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
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const pixels = context.getImageData(0, 0, width, height).data.buffer;
  postMessage({ id, type: 'decoded', width, height, downscaled, pixels }, [pixels]);
}

self.onmessage = (event) => {
  const request = event.data;
  decode(request).catch((error) => postMessage({ id: request.id, type: 'error', reason: error.message || String(error) }));
};
