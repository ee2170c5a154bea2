#!/usr/bin/env python3
"""Search latency: GET <url>?q=<name prefix>&size=20 over one keep-alive connection, sequentially.

Usage: search_latency.py <url> <bearer token> [queries]. Prefixes are drawn (fixed seed) from common first-name
starts of the demo data, 1 to 5 letters, plus 10% NIP prefixes and 10% with a unit filter. Prints p50/p90/p99/max.
"""
import http.client
import json
import random
import sys
import time
import urllib.parse

url, token = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
u = urllib.parse.urlparse(url)
names = ["Ahmad", "Muhammad", "Agus", "Budi", "Dedi", "Hendra", "Siti", "Nur", "Sri", "Dewi", "Rina", "Yuli",
         "Ratna", "Fitri", "Indah", "Rudi", "Samsul", "Taufik", "Zulkifli", "Wulan", "Yanti", "Eka", "Lina", "Mega"]
rnd = random.Random(42)
conn = http.client.HTTPConnection(u.hostname, u.port)
headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}


def query():
    r = rnd.random()
    if r < 0.1:
        return {"q": str(rnd.choice([19, 19, 19, 198, 197, 199, 1985, 1990]))}
    name = rnd.choice(names)
    q = {"q": name[: rnd.randint(1, min(5, len(name)))], "size": "20"}
    if r > 0.9:
        q["unit"] = rnd.choice(["DISDIK", "DINKES", "BKPSDM", "RSUD", "KEC01"])
    return q


def get(q):
    conn.request("GET", u.path + "?" + urllib.parse.urlencode(q), headers=headers)
    resp = conn.getresponse()
    body = resp.read()
    if resp.status != 200:
        raise SystemExit("HTTP %d: %s" % (resp.status, body[:300]))
    return json.loads(body)


for _ in range(300):  # warm-up: JIT, statement cache, Derby page cache
    get(query())
times = []
hits = 0
for _ in range(n):
    q = query()
    t0 = time.perf_counter()
    page = get(q)
    times.append((time.perf_counter() - t0) * 1000)
    hits += page["total"]
times.sort()


def pct(p):
    return times[min(len(times) - 1, int(len(times) * p))]


print("search: %d queries, mean %.2f ms, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (avg %.0f matches/query)"
      % (n, sum(times) / n, pct(0.5), pct(0.9), pct(0.99), times[-1], hits / n))
