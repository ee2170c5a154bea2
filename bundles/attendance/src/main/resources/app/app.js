/* Serasan Presensi: log in once, then one button. A check-in is written to IndexedDB before it is sent, so no
   signal, a closed tab or a dead battery never loses it; it is sent (again) until the server has answered, and the
   server records it once by its client id. Plain ES2015 for the Chrome of Android 8-era phones. */
'use strict';
(function () {
  var API = '/api/v1';
  var TOKEN = 'serasan.presensi.token';
  var DEVICE = 'serasan.presensi.device';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'id';
  var T = {
    id: {
      checkIn: 'Masuk', checkOut: 'Pulang', locating: 'Mencari lokasi Anda…',
      noGeo: 'Ponsel ini tidak memberi lokasi. Izinkan akses lokasi untuk halaman ini.',
      geoDenied: 'Akses lokasi ditolak. Buka pengaturan situs dan izinkan lokasi.',
      distance: function (m, site) { return 'Sekitar ' + m + ' m dari ' + site + '.'; },
      inside: function (site) { return 'Anda berada di lokasi ' + site + '.'; },
      noSite: 'Lokasi kantor Anda belum diatur. Hubungi operator BKPSDM.',
      accuracy: function (a) { return ' (ketepatan ±' + a + ' m)'; },
      sending: 'Mengirim…',
      waiting: function (n) { return n + ' presensi menunggu dikirim. Akan dikirim otomatis saat ada sinyal.'; },
      offlineSaved: 'Tidak ada sinyal. Presensi disimpan di ponsel dan akan dikirim otomatis.',
      loginFailed: 'Nama pengguna atau kata sandi salah.',
      loginSlow: function (s) { return 'Terlalu banyak percobaan. Coba lagi dalam ' + s + ' detik.'; },
      loginOffline: 'Tidak ada sinyal. Masuk memerlukan internet satu kali.',
      mustChange: 'Kata sandi Anda masih sementara. Ganti dulu di portal, lalu masuk lagi di sini.',
      expired: 'Sesi aplikasi berakhir. Silakan masuk lagi; presensi yang tersimpan tetap aman.',
      notLinked: 'Akun ini belum ditautkan ke NIP. Hubungi operator BKPSDM.',
      outage: 'Pengumuman gangguan sistem: ',
      status: { NOT_YET: 'Belum presensi hari ini.', PRESENT: 'Hadir tepat waktu.', ABSENT: 'Tanpa keterangan.',
        HOLIDAY: 'Hari libur.', DAY_OFF: 'Bukan hari kerja.' },
      inAt: function (t) { return 'Masuk pukul ' + t + '.'; },
      outAt: function (t) { return 'Pulang pukul ' + t + '.'; },
      failed: 'Presensi tidak dapat dikirim. Coba lagi.'
    },
    en: {
      checkIn: 'Check in', checkOut: 'Check out', locating: 'Finding your location…',
      noGeo: 'This phone gives no location. Allow location access for this page.',
      geoDenied: 'Location access was refused. Open the site settings and allow location.',
      distance: function (m, site) { return 'About ' + m + ' m from ' + site + '.'; },
      inside: function (site) { return 'You are at ' + site + '.'; },
      noSite: 'Your office location is not set yet. Ask the BKPSDM operator.',
      accuracy: function (a) { return ' (accuracy ±' + a + ' m)'; },
      sending: 'Sending…',
      waiting: function (n) { return n + ' check-in(s) waiting to be sent. They go out by themselves when there is signal.'; },
      offlineSaved: 'No signal. The check-in is kept on the phone and will be sent by itself.',
      loginFailed: 'Wrong username or password.',
      loginSlow: function (s) { return 'Too many attempts. Try again in ' + s + ' seconds.'; },
      loginOffline: 'No signal. Logging in needs the internet once.',
      mustChange: 'Your password is still a temporary one. Change it in the portal first, then log in here.',
      expired: 'The app session ended. Please log in again; stored check-ins are safe.',
      notLinked: 'This account is not linked to a NIP. Ask the BKPSDM operator.',
      outage: 'System disruption notice: ',
      status: { NOT_YET: 'No check-in yet today.', PRESENT: 'Present, on time.', ABSENT: 'Absent.',
        HOLIDAY: 'Holiday.', DAY_OFF: 'Not a working day.' },
      inAt: function (t) { return 'Checked in at ' + t + '.'; },
      outAt: function (t) { return 'Checked out at ' + t + '.'; },
      failed: 'The check-in could not be sent. Try again.'
    }
  }[lang];

  function $(id) { return document.getElementById(id); }
  function show(el, text) { el.textContent = text; el.hidden = !text; }
  function token() { try { return localStorage.getItem(TOKEN); } catch (e) { return null; } }
  function deviceId() {
    var d = localStorage.getItem(DEVICE);
    if (!d) { d = 'web-' + uuid(); localStorage.setItem(DEVICE, d); }
    return d;
  }
  function uuid() {
    if (window.crypto && crypto.getRandomValues) {
      var b = new Uint8Array(16); crypto.getRandomValues(b);
      b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
      var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
      return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }
  function hhmm(iso) {
    var d = new Date(iso);
    return d.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' });
  }
  function metres(a, b) {
    var r = 6371008.8, p1 = a[0] * Math.PI / 180, p2 = b[0] * Math.PI / 180;
    var dp = p2 - p1, dl = (b[1] - a[1]) * Math.PI / 180;
    var h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /* --- the queue: IndexedDB, one object per check-in, keyed by clientId --- */
  var dbp = null;
  function db() {
    if (!dbp) {
      dbp = new Promise(function (resolve, reject) {
        var open = indexedDB.open('serasan-presensi', 1);
        open.onupgradeneeded = function () { open.result.createObjectStore('antrian', { keyPath: 'clientId' }); };
        open.onsuccess = function () { resolve(open.result); };
        open.onerror = function () { reject(open.error); };
      });
    }
    return dbp;
  }
  function store(mode, fn) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var tx = d.transaction('antrian', mode), st = tx.objectStore('antrian'), out;
        var r = fn(st);
        if (r) { r.onsuccess = function () { out = r.result; }; }
        tx.oncomplete = function () { resolve(out); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  function keep(c) { return store('readwrite', function (s) { return s.put(c); }); }
  function drop(id) { return store('readwrite', function (s) { return s.delete(id); }); }
  function queued() { return store('readonly', function (s) { return s.getAll(); }).then(function (a) { return a || []; }); }

  /* --- the server --- */
  function call(method, path, body) {
    var h = { 'Accept': 'application/json' };
    var t = token();
    if (t) { h.Authorization = 'Bearer ' + t; }
    if (body) { h['Content-Type'] = 'application/json'; }
    return fetch(API + path, { method: method, headers: h, body: body ? JSON.stringify(body) : undefined,
      credentials: 'omit', cache: 'no-store' }).then(function (res) {
      return res.text().then(function (txt) {
        var data = null;
        try { data = txt ? JSON.parse(txt) : null; } catch (e) { data = null; }
        return { status: res.status, data: data, retryAfter: res.headers.get('Retry-After') };
      });
    });
  }

  var today = null, fix = null, sending = false;

  /* 404 "not-linked": this account has no employee record (a 404 while the server starts is "no-module"). */
  function notLinked(r) { return !!(r.data && r.data.type && r.data.type.indexOf('not-linked') >= 0); }

  function loggedOut(message) {
    try { localStorage.removeItem(TOKEN); } catch (e) { /* private mode */ }
    $('aplikasi').hidden = true;
    $('masuk').hidden = false;
    show($('pesan-masuk'), message || '');
  }

  function login(ev) {
    ev.preventDefault();
    var u = $('nama').value.trim(), p = $('sandi').value;
    if (!u || !p) { show($('pesan-masuk'), T.loginFailed); return; }
    call('POST', '/auth/login', { username: u, password: p, app: true }).then(function (r) {
      if (r.status === 200 && r.data && r.data.token) {
        if (r.data.passwordChangeRequired) {
          show($('pesan-masuk'), T.mustChange);
          return;
        }
        localStorage.setItem(TOKEN, r.data.token);
        $('sandi').value = '';
        start();
      } else if (r.status === 429) {
        show($('pesan-masuk'), T.loginSlow(r.retryAfter || 60));
      } else {
        show($('pesan-masuk'), T.loginFailed);
      }
    }).catch(function () { show($('pesan-masuk'), T.loginOffline); });
  }

  function render() {
    var d = today && today.day;
    var next = d && d.checkIn ? 'OUT' : 'IN';
    var b = $('tombol');
    b.textContent = next === 'IN' ? T.checkIn : T.checkOut;
    b.className = 'tombol-besar' + (next === 'OUT' ? ' pulang' : '');
    b.dataset.kind = next;
    if (d) {
      var parts = [];
      if (d.checkIn) { parts.push(T.inAt(hhmm(d.checkIn))); }
      if (d.checkOut) { parts.push(T.outAt(hhmm(d.checkOut))); }
      parts.push(T.status[d.code] || (d.reasons || []).map(function (x) {
        var half = x.split(' / ')[lang === 'en' ? 1 : 0] || x;
        return half.charAt(0).toUpperCase() + half.slice(1);
      }).join('. ') + '.');
      $('status-hari').textContent = parts.join(' ');
    }
    renderDistance();
  }

  function renderDistance() {
    var el = $('jarak');
    if (!fix) { return; }
    var sites = today && today.sites || [];
    if (!sites.length) { el.textContent = T.noSite; return; }
    var best = null;
    sites.forEach(function (s) {
      var m = metres([fix.latitude, fix.longitude], [s.latitude, s.longitude]);
      if (!best || m < best.m) { best = { m: m, s: s }; }
    });
    var acc = T.accuracy(Math.round(fix.accuracy));
    el.textContent = (best.m <= best.s.radiusMetres ? T.inside(best.s.name) : T.distance(Math.round(best.m), best.s.name)) + acc;
    $('tombol').disabled = false;
  }

  function refresh() {
    return call('GET', '/attendance/me/today').then(function (r) {
      if (r.status === 401) { loggedOut(T.expired); return; }
      if (r.status === 404 && notLinked(r)) { show($('hasil'), T.notLinked); return; }
      if (r.status !== 200 || !r.data) { return; }
      today = r.data;
      $('siapa').textContent = today.name;
      $('unit').textContent = today.unitName || '';
      var notes = (today.outages || []).map(function (o) { return o.note; });
      show($('gangguan'), notes.length ? T.outage + notes.join(' · ') : '');
      render();
    }).catch(function () { /* offline: the kept screen stays */ });
  }

  function showQueue() {
    return queued().then(function (q) { show($('antrian'), q.length ? T.waiting(q.length) : ''); return q; });
  }

  function flush() {
    if (sending || !token()) { return Promise.resolve(); }
    sending = true;
    return queued().then(function (q) {
      q.sort(function (a, b) { return a.deviceTime < b.deviceTime ? -1 : 1; });
      var chain = Promise.resolve();
      q.forEach(function (c) {
        chain = chain.then(function () { return send(c); });
      });
      return chain;
    }).catch(function () { /* stays queued */ }).then(function () {
      sending = false;
      return showQueue();
    });
  }

  /* Sends one kept check-in. Resolves when the server has answered for good (stored or refused); rejects while it
     must stay queued (no signal, server busy, session ended). */
  function send(c) {
    var body = {};
    Object.keys(c).forEach(function (k) { body[k] = c[k]; });
    body.sentTime = new Date().toISOString();
    return call('POST', '/attendance/check-ins', body).then(function (r) {
      if (r.status === 201) {
        return drop(c.clientId).then(function () {
          var m = r.data && r.data.message;
          show($('hasil'), m ? m[lang] : '');
          $('hasil').className = 'kotak';
          if (r.data && r.data.day && today) { today.day = r.data.day; render(); }
        });
      }
      if (r.status === 401) { loggedOut(T.expired); throw new Error('401'); }
      if (r.status === 400 || r.status === 403 || r.status === 422 || (r.status === 404 && notLinked(r))) {
        // refused for good (outside the area, invalid, not allowed): tell the employee, do not send again.
        // Anything else (404 while the server starts, 5xx, 429) keeps it queued for the next try.
        return drop(c.clientId).then(function () {
          show($('hasil'), (r.data && r.data.detail ? r.data.detail.split(' / ')[lang === 'en' ? 1 : 0] : T.failed));
          $('hasil').className = 'kotak galat';
          return refresh();
        });
      }
      throw new Error('retry ' + r.status);
    });
  }

  function tap() {
    var b = $('tombol');
    if (!fix) { return; }
    b.disabled = true;
    var c = { clientId: uuid(), kind: b.dataset.kind || 'IN', latitude: fix.latitude, longitude: fix.longitude,
      accuracy: fix.accuracy, deviceId: deviceId(), deviceTime: new Date().toISOString() };
    show($('hasil'), T.sending);
    $('hasil').className = 'kotak';
    keep(c).then(function () {
      if (today && today.day && c.kind === 'IN') { today.day.checkIn = c.deviceTime; render(); }
      return send(c).catch(function () {
        if (!token()) { return; }
        show($('hasil'), T.offlineSaved);
        $('hasil').className = 'kotak tunggu';
      });
    }).then(showQueue).then(function () { b.disabled = false; });
  }

  function watch() {
    if (!navigator.geolocation) { $('jarak').textContent = T.noGeo; return; }
    navigator.geolocation.watchPosition(function (p) {
      fix = { latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy };
      renderDistance();
    }, function (e) {
      $('jarak').textContent = e.code === 1 ? T.geoDenied : T.noGeo;
    }, { enableHighAccuracy: true, maximumAge: 10000, timeout: 30000 });
  }

  function tick() {
    $('jam').textContent = new Date().toLocaleTimeString(lang === 'en' ? 'en-GB' : 'id-ID',
      { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' });
  }

  var started = false;
  function start() {
    $('masuk').hidden = true;
    $('aplikasi').hidden = false;
    show($('pesan-masuk'), '');
    refresh().then(flush);
    if (started) { return; }
    started = true;
    tick();
    setInterval(tick, 10000);
    setInterval(function () { flush().then(refresh); }, 30000);
    watch();
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('tanpa-js').hidden = true;
    $('form-masuk').addEventListener('submit', login);
    $('tombol').addEventListener('click', tap);
    $('keluar').addEventListener('click', function () {
      call('POST', '/auth/logout').catch(function () { /* offline: the token is forgotten here anyway */ });
      loggedOut('');
    });
    window.addEventListener('online', function () { flush().then(refresh); });
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/presensi/sw.js', { scope: '/presensi/' }).catch(function () { /* no SW */ });
    }
    showQueue();
    if (token()) { start(); } else { loggedOut(''); }
  });
}());
