// Lighthouse over a list of pages, for BrowserIT: node lighthouse.mjs <pages.json> <out-dir>
// pages.json: [{"name": "home", "url": "http://127.0.0.1:8181/", "categories": ["accessibility", ...],
//               "cookie": {"name": "SERASAN_SESSION", "value": "…"} (optional: set in the browser, kept)}]
// Writes <out-dir>/<name>.report.json (the whole report) and <out-dir>/summary.json: per page, each category's
// score (0–1) and the audits that failed in it. The Java test asserts on the summary; this script only measures.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

const [pagesFile, outDir] = process.argv.slice(2);
const pages = JSON.parse(fs.readFileSync(pagesFile, 'utf8'));
fs.mkdirSync(outDir, {recursive: true});

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  userDataDir: fs.mkdtempSync(path.join(outDir, 'profile-')),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--disable-quic'],
});
const browser = await puppeteer.connect({browserURL: `http://127.0.0.1:${chrome.port}`});
const summary = [];
try {
  for (const p of pages) {
    const page = await browser.newPage();
    if (p.cookie) {
      // a real session cookie in the browser (extra headers do not reach the document request)
      await page.setCookie({name: p.cookie.name, value: p.cookie.value, url: new URL(p.url).origin,
        httpOnly: true, sameSite: 'Strict'});
    }
    const flags = {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: p.categories,
      formFactor: 'mobile', screenEmulation: {mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75},
      disableStorageReset: Boolean(p.cookie)};
    const result = await lighthouse(p.url, flags, undefined, page);
    await page.close();
    const lhr = result.lhr;
    fs.writeFileSync(path.join(outDir, p.name + '.report.json'), result.report);
    const entry = {name: p.name, url: p.url, scores: {}, failed: {}, runtimeError: lhr.runtimeError || null,
      bytes: lhr.audits['total-byte-weight'] ? lhr.audits['total-byte-weight'].numericValue : null,
      lcpMs: lhr.audits['largest-contentful-paint'] ? lhr.audits['largest-contentful-paint'].numericValue : null};
    for (const c of p.categories) {
      const cat = lhr.categories[c];
      entry.scores[c] = cat ? cat.score : null;
      entry.failed[c] = cat ? cat.auditRefs
          .filter(r => r.weight > 0)
          .map(r => lhr.audits[r.id])
          .filter(a => a && a.score !== null && a.score < 1)
          .map(a => a.id + ': ' + a.title) : [];
    }
    summary.push(entry);
    console.log(p.name, JSON.stringify(entry.scores), entry.bytes === null ? '' : entry.bytes + ' bytes');
  }
} finally {
  await browser.disconnect();
  await chrome.kill();
}
fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 2));
