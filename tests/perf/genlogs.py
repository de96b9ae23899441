#!/usr/bin/env python3
"""Writes deterministic benchmark logs: genlogs.py KIND LINES OUTPUT (KIND: apache, gpu, rsyncd, uris)."""
import random
import sys
from datetime import datetime, timedelta, timezone

METHODS = ["GET"] * 8 + ["POST", "PUT", "DELETE", "HEAD"]
STATUSES = [200] * 12 + [201, 204, 301, 302, 304, 400, 401, 403, 404, 404, 500, 502, 503]
PATHS = ["/", "/index.html", "/api/v1/items", "/api/v1/items/{n}", "/static/app.{n}.js", "/login", "/search?q=term{n}",
         "/images/photo{n}.jpg", "/feed.xml", "/robots.txt"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
          "curl/8.5.0", "Prometheus/2.45.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
REFERERS = ["-", "https://example.com/", "https://www.google.com/search?q=logmetrics", "https://example.org/page{n}"]


def apache(rng, n, out):
    t = datetime(2026, 11, 1, tzinfo=timezone.utc)
    for i in range(n):
        t += timedelta(milliseconds=rng.randint(0, 40))
        status = rng.choice(STATUSES)
        size = "-" if status in (204, 304) or rng.random() < 0.05 else str(rng.randint(0, 250000))
        path = rng.choice(PATHS).format(n=rng.randint(1, 5000))
        out.write(f'{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} - '
                  f'{rng.choice(["-", "-", "-", "alice", "bob"])} [{t.strftime("%d/%b/%Y:%H:%M:%S +0000")}] '
                  f'"{rng.choice(METHODS)} {path} HTTP/1.1" {status} {size} '
                  f'"{rng.choice(REFERERS).format(n=rng.randint(1, 100))}" "{rng.choice(AGENTS)}"\n')


def gpu(rng, n, out):
    lines = 0
    while lines < n:
        out.write("running with 1 200 100 2000\nplatform: gpu\n")
        out.write(f"{rng.uniform(9, 15):.6f}\n(200, 100, 1, 2000) gpu:{rng.randint(0, 7)}\n")
        lines += 4


def rsyncd(rng, n, out):
    t = datetime(2026, 11, 1, tzinfo=timezone.utc)
    pid = 1000
    lines = 0
    while lines < n:
        t += timedelta(seconds=rng.randint(0, 3))
        pid += 1
        stamp = t.strftime("%Y/%m/%d %H:%M:%S")
        module = rng.choice(["backup", "www", "mirror"])
        out.write(f"{stamp} [{pid}] connect from host{rng.randint(1, 50)}.example.com (10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)})\n")
        out.write(f"{stamp} [{pid}] rsync on {module}/ from host{rng.randint(1, 50)}.example.com (10.0.0.1)\n")
        for _ in range(rng.randint(1, 4)):
            out.write(f"{stamp} [{pid}] {rng.choice(['send', 'recv'])} host.example.com [10.0.0.1] {module} () file{rng.randint(1, 999)}.dat {rng.randint(100, 10**7)}\n")
            lines += 1
        out.write(f"{stamp} [{pid}] sent {rng.randint(100, 10**8)} bytes  received {rng.randint(100, 10**6)} bytes  total size {rng.randint(10**6, 10**9)}\n")
        lines += 3


def uris(rng, n, out):
    """One request line per distinct URI: a /metrics scrape test with n series (counter ... by uri)."""
    for i in range(n):
        out.write(f"GET /products/{i} 200\n")


def main():
    kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(20261128)
    with open(path, "w", encoding="ascii") as out:
        {"apache": apache, "gpu": gpu, "rsyncd": rsyncd, "uris": uris}[kind](rng, n, out)


if __name__ == "__main__":
    main()
