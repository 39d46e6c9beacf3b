// procedure-guide-studio-sw.js: the catalogue studio's service worker (issue 15). The
// studio page registers it for the scope studio-preview/ only, so it controls nothing but
// the preview frame (never the site's pages, never the widget's own offline worker,
// whose scope is another). It answers the preview widget's fetch of the draft,
// studio-preview/draft.json?rev=N, from the copy the studio page wrote to Cache Storage;
// every other request goes to the network untouched. Nothing is sent anywhere.

const CACHE = 'procedure-guide-studio:draft';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!url.pathname.endsWith('/studio-preview/draft.json')) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.pathname))
      .then((hit) => hit ?? new Response('', { status: 404, statusText: 'No draft' })),
  );
});
