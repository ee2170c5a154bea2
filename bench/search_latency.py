#!/usr/bin/env python3
"""Search latency: GET <url>?q=<name prefix>&size=20 over one keep-alive connection, sequentially.

Usage: [BENCH_DB=derby|postgresql] search_latency.py <url> <bearer token> [queries]. BENCH_DB (set by
bench/personnel.sh) only labels the output with the database under test. The main mix is what a search box sends: name prefixes of
2 to 6 letters drawn (fixed seed) from the demo data's first names, 10% NIP prefixes of 8 to 18 digits taken from
real records, 10% with a unit filter. One-letter prefixes (thousands of matches to count) are measured apart.
Prints mean/p50/p90/p99/max.
"""
import http.client
import json
import random
import sys
import time
import os
import urllib.parse

verbose = os.environ.get("SEARCH_VERBOSE") == "1"
database = os.environ.get("BENCH_DB", "derby")

url, token = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
u = urllib.parse.urlparse(url)
names = ["Ahmad", "Muhammad", "Agus", "Budi", "Dedi", "Hendra", "Siti", "Nur", "Sri", "Dewi", "Rina", "Yuli",
         "Ratna", "Fitri", "Indah", "Rudi", "Samsul", "Taufik", "Zulkifli", "Wulan", "Yanti", "Eka", "Lina", "Mega"]
rnd = random.Random(42)
conn = http.client.HTTPConnection(u.hostname, u.port)
headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}


nips = []


def query():
    r = rnd.random()
    if r < 0.1:
        nip = rnd.choice(nips)
        return {"q": nip[: rnd.randint(8, 18)]}
    name = rnd.choice(names)
    q = {"q": name[: rnd.randint(2, min(6, len(name)))], "size": "20"}
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


total = get({"size": "1"})["total"]
for k in range(10):  # NIPs of real records, spread over the sorted list
    page = get({"sort": "nip", "size": "200", "page": str(int(k * total / 2000))})
    nips.extend(e["nip"] for e in page["items"])
for _ in range(1000):  # warm-up: JIT, statement cache, Derby page cache
    get(query())


def run(make, count, label):
    times = []
    hits = 0
    slow = []
    for _ in range(count):
        q = make()
        t0 = time.perf_counter()
        page = get(q)
        ms = (time.perf_counter() - t0) * 1000
        times.append(ms)
        slow.append((ms, page["total"], q))
        hits += page["total"]
    times.sort()
    if verbose:
        for ms, matches, q in sorted(slow, key=lambda x: -x[0])[:8]:
            print("  slow: %.1f ms, %d matches, %s" % (ms, matches, q))

    def pct(p):
        return times[min(len(times) - 1, int(len(times) * p))]

    print("%s [%s]: %d queries over %d employees, mean %.2f ms, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms "
          "(avg %.0f matches/query)" % (label, database, count, total, sum(times) / count, pct(0.5), pct(0.9), pct(0.99),
                                          times[-1], hits / count))


run(query, n, "search")
run(lambda: {"q": rnd.choice(names)[0], "size": "20"}, max(100, n // 10), "one-letter")
