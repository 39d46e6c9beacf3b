// procedure-guide-sw.js: an optional service worker for full offline use (EMBEDDING.md,
// "Offline"). The loader registers it when an element has the `offline` attribute. It
// keeps a copy of what the controlled pages fetch: the content-hashed release files are
// served from the copy at once (they never change), everything else (the page, the
// loader, the catalogue) from the network when it answers, from the copy when it does
// not. Only same-origin and CORS answers that succeeded are kept; nothing is sent anywhere.

const CACHE = 'procedure-guide-sw:1';
const IMMUTABLE = /-[0-9a-f]{16}\.(?:wasm|css|js)$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith('http')) return;
  const fixed = IMMUTABLE.test(new URL(request.url).pathname);
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (fixed) {
        const hit = await cache.match(request);
        if (hit) return hit;
      }
      try {
        const response = await fetch(request);
        if (response.ok && (response.type === 'basic' || response.type === 'cors')) {
          await cache.put(request, response.clone());
        }
        return response;
      } catch (error) {
        const hit = await cache.match(request);
        if (hit) return hit;
        throw error;
      }
    })(),
  );
});
