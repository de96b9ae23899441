#!/usr/bin/env python3
"""Daemon-mode benchmark: how fast a running daemon turns appended lines into metrics, and how long a scrape takes.

    daemon.py BINARY PROG LOG METRIC [--scrapes N]

Starts BINARY (logmetrics or mtail, both take mtail's flags) on an empty log in a temp dir, appends every line
of LOG to it in 1 MiB writes as fast as possible, and polls /metrics every 20 ms until the sum of METRIC's
samples equals LOG's line count. Prints one line of key=value: lines/s from the first write to the last line
visible, the sustained rate (lines made visible between 10% and 90% of the total, over that time: no start-up
or first-poll delay), the daemon's CPU seconds and CPU per line, its peak RSS, and with --scrapes the median
wall time of N scrapes of /metrics once every line is in (and the body size).
"""
import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=60) as r:
        return r.read()


def metric_sum(body, metric):
    total = 0.0
    pattern = re.compile(rb"^" + re.escape(metric.encode()) + rb"(\{[^}]*\})? (\S+)", re.M)
    for m in pattern.finditer(body):
        total += float(m.group(2))
    return total


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("prog")
    ap.add_argument("log")
    ap.add_argument("metric")
    ap.add_argument("--scrapes", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args()

    with open(args.log, "rb") as f:
        data = f.read()
    expected = data.count(b"\n")
    work = tempfile.mkdtemp(prefix="lm-daemon-")
    target = os.path.join(work, "app.log")
    open(target, "wb").close()
    port = free_port()
    cmd = [args.binary, "-progs", args.prog, "-logs", target, "-address", "127.0.0.1", "-port", str(port),
           "-logtostderr"]  # default flags otherwise, as a user runs it (both log runtime errors)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                scrape(port)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"{args.binary} did not start serving")
                time.sleep(0.05)
        time.sleep(0.5)  # let the first poll of the empty log happen
        cpu0 = cpu_seconds(proc.pid)
        start = time.monotonic()
        with open(target, "ab", buffering=0) as out:
            for i in range(0, len(data), 1 << 20):
                out.write(data[i:i + (1 << 20)])
        written = time.monotonic() - start
        marks = {}  # when 10% and 90% of the lines were visible: the sustained rate, without start-up or poll delays
        while True:
            seen = metric_sum(scrape(port), args.metric)
            now = time.monotonic() - start
            for fraction in (0.1, 0.9):
                if seen >= fraction * expected and fraction not in marks:
                    marks[fraction] = now
            if seen >= expected:
                break
            if time.monotonic() - start > args.timeout:
                sys.exit(f"timed out: {seen:.0f} of {expected} lines visible")
            time.sleep(0.02)
        elapsed = time.monotonic() - start
        cpu = cpu_seconds(proc.pid) - cpu0
        result = {
            "lines": expected,
            "seconds": f"{elapsed:.3f}",
            "write_seconds": f"{written:.3f}",
            "lines_per_s": f"{expected / elapsed:.0f}",
            "sustained_lines_per_s": f"{0.8 * expected / max(marks[0.9] - marks[0.1], 0.02):.0f}",
            "cpu_s": f"{cpu:.2f}",
            "cpu_us_per_line": f"{cpu / expected * 1e6:.2f}",
        }
        if args.scrapes:
            times = []
            for _ in range(args.scrapes + 1):
                t = time.monotonic()
                body = scrape(port)
                times.append(time.monotonic() - t)
            result["scrape_ms"] = f"{statistics.median(times[1:]) * 1000:.0f}"
            result["scrape_bytes"] = len(body)
        result["peak_rss_mib"] = f"{peak_rss_mib(proc.pid):.1f}"
        print(" ".join(f"{k}={v}" for k, v in result.items()))
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
