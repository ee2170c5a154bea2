#!/usr/bin/env python3
"""Creates N employee accounts on a running Serasan with demo data (./serasan --demo) and logs each in once as the
attendance app does ("app": true), writing one line per employee to a file: "token latitude longitude" (the centre
of the employee's own office site, from GET /api/v1/attendance/me/today). The morning-burst benchmark
(bench/attendance-burst.sh) replays check-ins with these tokens.

Accounts are named bench.<NIP>; a rerun reuses the ones that exist (their password is derived from the NIP and a
secret kept in <run>/data/serasan/bench-secret, mode 600). Creating and logging in costs two password hashes per
account (PBKDF2, 600,000 iterations): about 0.1 s of CPU each, so 2,000 accounts take a few minutes on 2 cores.

Usage: bench/attendance_accounts.py <count> <out-file> [run-dir]
"""
import concurrent.futures
import hashlib
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.request

PORT = int(os.environ.get("SERASAN_HTTP_PORT", "8181"))
BASE = f"http://127.0.0.1:{PORT}/api/v1"


def call(method, path, body=None, token=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=120) as res:
            txt = res.read().decode()
            return res.status, (json.loads(txt) if txt else None)
    except urllib.error.HTTPError as e:
        txt = e.read().decode()
        return e.code, (json.loads(txt) if txt.startswith("{") else txt)


def admin_token(run):
    """The administrator's token: the one-time password is replaced by a random one kept beside it."""
    secret_dir = os.path.join(run, "data", "serasan")
    kept = os.path.join(secret_dir, "bench-admin-password")
    if os.path.exists(kept):
        pw = open(kept).read().strip()
        st, r = call("POST", "/auth/login", {"username": "admin", "password": pw})
        if st == 200:
            return r["token"]
    first = open(os.path.join(secret_dir, "initial-admin-password")).read().strip()
    st, r = call("POST", "/auth/login", {"username": "admin", "password": first})
    if st != 200:
        sys.exit(f"admin login failed: {st} {r}")
    new = "Bench-" + secrets.token_urlsafe(18)
    st2, r2 = call("POST", "/auth/password", {"currentPassword": first, "newPassword": new}, r["token"])
    if st2 not in (200, 204):
        sys.exit(f"admin password change failed: {st2} {r2}")
    fd = os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.write(fd, new.encode())
    os.close(fd)
    return r["token"]


def main():
    count = int(sys.argv[1])
    out = sys.argv[2]
    run = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "run", "serasan")
    admin = admin_token(run)
    secret_file = os.path.join(run, "data", "serasan", "bench-secret")
    if not os.path.exists(secret_file):
        fd = os.open(secret_file, os.O_WRONLY | os.O_CREAT, 0o600)
        os.write(fd, secrets.token_hex(16).encode())
        os.close(fd)
    secret = open(secret_file).read().strip()
    nips = []
    page = 0
    while len(nips) < count:
        st, r = call("GET", f"/personnel/employees?size=200&page={page}", token=admin)
        if st != 200 or not r["items"]:
            break
        nips += [e["nip"] for e in r["items"] if e.get("status", "ACTIVE") == "ACTIVE"]
        page += 1
    nips = nips[:count]

    def one(nip):
        user = "bench." + nip
        pw = "Bx-" + hashlib.sha256((secret + nip).encode()).hexdigest()[:24]
        st, r = call("POST", "/platform/users", {"username": user, "password": pw, "roles": ["EMPLOYEE"],
                                                 "nip": nip}, admin)
        if st not in (201, 409):
            return None, f"create {user}: {st} {r}"
        for _ in range(10):
            st, r = call("POST", "/auth/login", {"username": user, "password": pw, "app": True})
            if st != 429:
                break
            time.sleep(2)  # the address's own throttle: many logins from one machine
        if st != 200:
            return None, f"login {user}: {st} {r}"
        tok = r["token"]
        st, today = call("GET", "/attendance/me/today", token=tok)
        if st != 200 or not today["sites"]:
            return None, f"today {user}: {st}"
        s = today["sites"][0]
        return f"{tok} {s['latitude']} {s['longitude']}", None

    lines, errors = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
        for line, err in ex.map(one, nips):
            (lines if line else errors).append(line or err)
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} tokens written to {out}; {len(errors)} failed" + (f" (first: {errors[0]})" if errors else ""))
    # an employee whose NIP already has another account (the demo accounts) cannot get a bench account: skipped
    sys.exit(1 if len(lines) < 0.95 * len(nips) else 0)


if __name__ == "__main__":
    main()
