"""Several processes on one PostgreSQL: cached summaries per second with ``serve --workers 1`` and
``--workers 2``, the 304 path, and how many engine calls a burst of first requests costs.

It makes a fresh schema on the PostgreSQL server (``--dsn``, default ``$NUTGRAF_TEST_POSTGRES`` or the
tests' server), starts ``nutgraf serve --workers N`` on it (rate limit and background jobs off), stores
one ~800-word article, and drives ``GET /api/articles/{id}/summary`` (cached) with Debian's ``wrk``, or
with the Python client of ``load_bench.py`` where wrk is missing, for a fixed time. The load generator
runs on the same machine, so on 2 cores the two workers and it share them. Rounds alternate 1 and 2
workers, so that a change in the machine's other load shows as a spread between rounds.

* The 304 path: the same request with ``If-None-Match`` set to the summary's ``ETag`` (what a CDN
  revalidating sends), with 2 workers in every round; versions without ETags say so and skip it.
* Single flight: ``serve --workers 2`` with the ``llm`` engine on a counting fake server (0.5 s a reply),
  ``--burst`` concurrent first requests for each of a few new articles; reports the engine calls each
  burst cost (goal: 1).

Goal: 2 workers serve at least 1.6x the cached requests of one. Exits 1 when a goal is missed.

Run::

    python bench/replicas_bench.py                 # 10 s per load, 2 rounds: about 2 minutes
    python bench/replicas_bench.py --duration 5 --rounds 1 --json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import httpx

from load_bench import Load, article_text, free_port, run_python_client, run_wrk

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from servers import FakeLLM, Reply  # noqa: E402  (the tests' counting chat-completions server)

DSN = os.environ.get("NUTGRAF_TEST_POSTGRES", "postgresql://nutgraf:nutgraf@127.0.0.1:5432/nutgraf_test")
SPEEDUP_GOAL = 1.6


@contextmanager
def fresh_schema(dsn: str) -> Iterator[str]:
    try:
        import psycopg
    except ImportError:
        raise SystemExit("this bench needs PostgreSQL's driver: pip install 'nutgraf[postgres]'") from None

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(dsn, autocommit=True)
    except psycopg.OperationalError as exc:
        raise SystemExit(
            f"this bench needs a PostgreSQL server: {exc}\n"
            "start one, or pass --dsn postgresql://USER:PASSWORD@HOST:PORT/DATABASE "
            "(or set NUTGRAF_TEST_POSTGRES)"
        ) from None
    with admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            yield f"{dsn}?options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@contextmanager
def serving(database: str, workers: int, env: dict[str, str] | None = None) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "nutgraf.cli", "serve", "--database", database, "--port", str(port),
         "--workers", str(workers)],
        env={**os.environ, "NUTGRAF_RATE_LIMIT": "0", "NUTGRAF_BACKGROUND": "0", **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                raise SystemExit(f"the server did not start: {server.stderr.read().decode()}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("the server did not answer within 120 s")
            time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(60)


def warm(url: str, headers: dict[str, str] | None = None) -> httpx.Response:
    """Enough requests that every worker has the summary in its memory."""
    with httpx.Client(timeout=60) as client:
        answers = [client.get(url, headers=headers) for _ in range(50)]
    for answer in answers:
        answer.raise_for_status() if answer.status_code != 304 else None
    return answers[-1]


def burst_calls(base: str, llm: FakeLLM, burst: int, bursts: int) -> list[int]:
    """Engine calls for each of ``bursts`` bursts of ``burst`` concurrent first requests."""
    calls = []
    with httpx.Client(base_url=base, timeout=120) as client, ThreadPoolExecutor(burst) as pool:
        for n in range(bursts):
            text = " ".join(
                f"Burst {n} story sentence {k} tells the harbour news of the day." for k in range(20)
            )
            article = client.post("/api/articles", json={"text": text}).json()
            url = f"/api/articles/{article['id']}/summary?summarizer=llm"
            before = len(llm.requests)
            answers = list(pool.map(lambda _, url=url: client.get(url), range(burst)))
            assert all(a.status_code == 200 for a in answers), [
                a.text for a in answers if a.status_code != 200
            ]
            calls.append(len(llm.requests) - before)
    return calls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dsn", default=DSN, help="PostgreSQL server to make a scratch schema on")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per load (default 10)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of 1 and 2 workers (default 2)")
    parser.add_argument("--connections", type=int, default=32, help="concurrent connections (default 32)")
    parser.add_argument("--burst", type=int, default=50, help="concurrent first requests (default 50)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--python-client", action="store_true", help="use the Python client even with wrk")
    args = parser.parse_args(argv)
    load = run_python_client if args.python_client or not shutil.which("wrk") else run_wrk

    text = article_text()
    loads: dict[int, list[Load]] = {1: [], 2: []}
    not_modified: list[Load] = []
    with fresh_schema(args.dsn) as database:
        with serving(database, 1) as base:
            article = httpx.post(f"{base}/api/articles", json={"text": text}, timeout=60).json()
        path = f"/api/articles/{article['id']}/summary?sentences=3"
        for _ in range(args.rounds):
            for workers in (1, 2):
                with serving(database, workers) as base:
                    first = warm(base + path)
                    loads[workers].append(
                        load(
                            f"cached, {workers} worker(s)", base + path, args.duration, args.connections, None
                        )
                    )
                    etag = first.headers.get("etag")
                    if etag and workers == 2:  # every round, as the 200s: one load alone says little here
                        conditional = {"If-None-Match": etag}
                        warm(base + path, conditional)
                        not_modified.append(
                            load(
                                "304, 2 workers",
                                base + path,
                                args.duration,
                                args.connections,
                                None,
                                conditional,
                            )
                        )
        llm = FakeLLM()
        llm.replies = [Reply(content="The harbour reopened on Monday after repairs.", delay=0.5)]
        try:
            env = {
                "NUTGRAF_LLM_BASE_URL": llm.url,
                "NUTGRAF_LLM_MODEL": "fake",
                "NUTGRAF_ALLOW_LOOPBACK": "1",
            }
            with serving(database, 2, env) as base:
                calls = burst_calls(base, llm, args.burst, bursts=5)
        finally:
            llm.close()

    one = statistics.mean(run.rps for run in loads[1])
    two = statistics.mean(run.rps for run in loads[2])
    speedup = two / one
    goals = {
        "two_workers_speedup": speedup >= SPEEDUP_GOAL,
        "one_engine_call_per_burst": set(calls) == {1},
        "no_errors": all(run.errors == 0 for runs in loads.values() for run in runs),
    }
    report = {
        "tool": loads[1][0].tool,
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "loads": [asdict(run) for runs in loads.values() for run in runs],
        "mean_rps": {"1": round(one, 1), "2": round(two, 1)},
        "speedup_2_over_1": round(speedup, 3),
        "not_modified": [asdict(run) for run in not_modified],
        "mean_rps_304": round(statistics.mean(run.rps for run in not_modified), 1) if not_modified else None,
        "engine_calls_per_burst": calls,
        "burst": args.burst,
        "goals_met": goals,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            f"load tool: {report['tool']}; {args.duration:g} s a load; {os.cpu_count()} CPUs, load average {report['load_average_1m']}"
        )
        print(f"{'scenario':<22}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
        for run in [*loads[1], *loads[2], *not_modified]:
            print(f"{run.name:<22}{run.rps:>10.1f}{run.p50_ms:>10.2f}{run.p99_ms:>10.2f}{run.errors:>8}")
        if not_modified:
            print(f"304 path, 2 workers: {report['mean_rps_304']:.0f} req/s beside the 200's {two:.0f}")
        else:
            print("304 path: the service sends no ETag on summaries; skipped")
        print(f"2 workers / 1: {speedup:.2f}x (goal {SPEEDUP_GOAL}x); rounds: "
              + ", ".join(f"{a.rps:.0f} -> {b.rps:.0f}" for a, b in zip(loads[1], loads[2], strict=True)))  # fmt: skip
        print(f"engine calls per burst of {args.burst} first requests over 2 workers: {calls} (goal: 1 each)")
        print("goals: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in goals.items()))
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
