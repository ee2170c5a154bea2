/* Serasan Presensi service worker: keeps the app's own files so it opens with no signal. Check-ins are never
   cached here: the page keeps them in IndexedDB and sends them when the network returns. */
'use strict';
var CACHE = 'presensi-@VERSION@';
var FILES = ['/presensi/', '/presensi/app.js', '/presensi/presensi.css', '/presensi/manifest.webmanifest',
  '/presensi/ikon-192.png'];

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(FILES); }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('presensi-') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (e) {
  var req = e.request;
  if (req.method !== 'GET') { return; }
  var url = new URL(req.url);
  if (url.origin !== self.location.origin || url.pathname.indexOf('/presensi/') !== 0) { return; }
  var key = url.pathname === '/presensi/' || url.pathname === '/presensi/index.html' ? '/presensi/' : url.pathname;
  // network first (an update shows at once), the kept copy when there is no signal
  e.respondWith(fetch(req).then(function (res) {
    if (res.ok && FILES.indexOf(key) >= 0) {
      var copy = res.clone();
      caches.open(CACHE).then(function (c) { c.put(key, copy); });
    }
    return res;
  }).catch(function () {
    return caches.match(key).then(function (hit) { return hit || Response.error(); });
  }));
});
