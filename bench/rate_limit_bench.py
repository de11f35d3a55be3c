"""What the rate limit shared by replicas costs the cached path: cached summaries per second from one
``serve`` process on PostgreSQL with the limit off, kept in the process, and shared in the store.

It makes a fresh schema on the PostgreSQL server (``--dsn``, as ``replicas_bench.py``), stores one ~800-word
article, and drives ``GET /api/articles/{id}/summary`` (cached) with ``wrk`` (or ``load_bench.py``'s
Python client, for the first pattern alone) under three settings:

* ``off``: ``NUTGRAF_RATE_LIMIT=0``, no limit (the baseline);
* ``in process``: the limit kept in the process (``NUTGRAF_SHARED_RATE_LIMIT=0``);
* ``shared``: the limit in the store's ``rate_limits`` table, as replicas share it;

and three patterns of clients, none of them ever refused:

* ``one client``: every request from one address, under a limit it never reaches (6,000,000 a minute):
  the hot client whose requests a shared bucket's batches serve best;
* ``readers of 10``: a new client address every 10 requests, under the default 300 a minute: readers
  each asking a few times (their first request on a replica takes a batch from the store);
* ``one request each``: a new client address for every request, under the default limit: the worst
  case, a statement in the store per request.

Settings and patterns take turns for ``--rounds`` rounds, so that drift in the machine's other load
weighs on each alike. It reports requests per second beside ``off`` in the same pattern; no goal, it
measures. Run with ``PYTHONPATH`` at another checkout's ``src`` to measure that version of the limit.

Run::

    python bench/rate_limit_bench.py                 # 8 s a load, 2 rounds: about 4 minutes
    python bench/rate_limit_bench.py --duration 5 --rounds 3 --json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
from dataclasses import asdict

import httpx

from load_bench import Load, article_text, run_python_client, run_wrk
from replicas_bench import DSN, fresh_schema, serving, warm

SETTINGS = {
    "off": {"NUTGRAF_RATE_LIMIT": "0"},
    "in process": {"NUTGRAF_SHARED_RATE_LIMIT": "0"},
    "shared": {"NUTGRAF_SHARED_RATE_LIMIT": "1"},
}


def new_client_every(requests: int) -> str:
    """wrk's script for a new X-Forwarded-For address (which the server trusts from loopback) every
    ``requests`` requests."""
    return f"""
local n = 0
request = function()
  local c = math.floor(n / {requests})
  n = n + 1
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(c / 65536) % 256,
                                                 math.floor(c / 256) % 256, c % 256)
  return wrk.format()
end
"""


#: Pattern: (the limit a minute, wrk's script; "" for one client). 6,000,000 a minute is a limit no load
#: here reaches (100,000 a second): every request counted, none refused.
PATTERNS = {
    "one client": ("6000000", ""),
    "readers of 10": ("300", new_client_every(10)),
    "one request each": ("300", new_client_every(1)),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dsn", default=DSN, help="PostgreSQL server to make a scratch schema on")
    parser.add_argument("--duration", type=float, default=8.0, help="seconds per load (default 8)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of the three settings (default 2)")
    parser.add_argument("--connections", type=int, default=32, help="concurrent connections (default 32)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--python-client", action="store_true", help="use the Python client even with wrk")
    args = parser.parse_args(argv)
    load = run_python_client if args.python_client or not shutil.which("wrk") else run_wrk

    patterns = {name: p for name, p in PATTERNS.items() if not p[1] or load is run_wrk}
    loads: dict[tuple[str, str], list[Load]] = {(p, s): [] for p in patterns for s in SETTINGS}
    with fresh_schema(args.dsn) as database:
        with serving(database, 1) as base:
            article = httpx.post(f"{base}/api/articles", json={"text": article_text()}, timeout=60).json()
        path = f"/api/articles/{article['id']}/summary?sentences=3"
        for _ in range(args.rounds):
            for pattern, (limit, lua) in patterns.items():
                for setting, env in SETTINGS.items():
                    with serving(database, 1, {"NUTGRAF_RATE_LIMIT": limit, **env}) as base:
                        warm(base + path)
                        extra = {"lua": lua} if lua else {}
                        name = f"{pattern}, {setting}"
                        loads[pattern, setting].append(
                            load(name, base + path, args.duration, args.connections, None, **extra)
                        )

    means = {key: statistics.mean(run.rps for run in runs) for key, runs in loads.items()}
    report = {
        "tool": next(iter(loads.values()))[0].tool,
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "loads": [asdict(run) for runs in loads.values() for run in runs],
        "mean_rps": {f"{p}, {s}": round(rps, 1) for (p, s), rps in means.items()},
        "share_of_off": {f"{p}, {s}": round(rps / means[p, "off"], 3) for (p, s), rps in means.items()},
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(
        f"load tool: {report['tool']}; {args.duration:g} s a load; load average {report['load_average_1m']}"
    )
    print(f"{'pattern, setting':<32}{'req/s by round':>20}{'mean':>8}{'of off':>8}{'p99 ms':>9}{'errors':>8}")
    for (pattern, setting), runs in loads.items():
        rounds = ", ".join(f"{run.rps:.0f}" for run in runs)
        p99 = max(run.p99_ms for run in runs)
        errors = sum(run.errors for run in runs)
        share = means[pattern, setting] / means[pattern, "off"]
        print(
            f"{pattern + ', ' + setting:<32}{rounds:>20}{means[pattern, setting]:>8.0f}{share:>8.0%}"
            f"{p99:>9.1f}{errors:>8}"
        )
    if skipped := [name for name in PATTERNS if name not in patterns]:
        print(f"not run: {', '.join(skipped)} (a new client address per request needs wrk's Lua script)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
