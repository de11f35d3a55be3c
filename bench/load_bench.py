"""Load test of the reader service on loopback: a cached summary and a stateless summarize, beside the
in-process summarizer's own throughput measured in the same run.

It starts ``nutgraf serve`` (one uvicorn process, a fresh SQLite store, rate limit off) on a free port,
stores one ~800-word article, and drives the server with Debian's ``wrk`` (or, where wrk is missing, a
small asyncio HTTP/1.1 keep-alive client) for a fixed time per scenario. It reports requests per second,
p50 and p99 latency and errors, and checks the goals:

* cached summary (``GET /api/articles/{id}/summary``): at least 1,000 req/s with p99 under 50 ms;
* stateless summarize (``POST /api/summarize``): at least 70% of in-process ``nutgraf.summarize``
  throughput;
* no errors.

Run::

    python bench/load_bench.py                # 10 s per scenario, about 45 s in all
    python bench/load_bench.py --duration 5 --json

The article is the first of ``../shared/data/cnndm_dev.jsonl`` with 750 to 850 words, or a generated
one where that file is absent. Exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CNNDM = ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl"
CACHED_RPS_GOAL = 1000.0
CACHED_P99_GOAL_MS = 50.0
STATELESS_SHARE_GOAL = 0.70


@dataclass
class Load:
    """What one load scenario measured."""

    name: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    tool: str


def article_text() -> str:
    """An article of about 800 words."""
    if CNNDM.is_file():
        with CNNDM.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)["article"]
                if 750 <= len(text.split()) <= 850:
                    return text
    sentences = [
        f"Officials in district {n} said the new transit plan would cut commuting times by a fifth. "
        f"Residents of district {n} raised concerns about the cost and the pace of construction. "
        for n in range(28)
    ]
    return "".join(sentences).strip()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(database: Path, port: int, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """``nutgraf serve`` on ``port`` over a SQLite file, rate limit and background jobs off (``env`` adds
    to its environment)."""
    env = {**os.environ, "NUTGRAF_RATE_LIMIT": "0", "NUTGRAF_BACKGROUND": "0", **(env or {})}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nutgraf.cli",
            "serve",
            "--database",
            f"sqlite:///{database}",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server did not start: {server.stderr.read().decode()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not answer within 60 s")


def in_process_rate(text: str, seconds: float) -> float:
    """Summaries per second of ``nutgraf.summarize`` on ``text`` (plain text in, as the API gets it)."""
    from nutgraf import summarize

    summarize(text)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        summarize(text)
        count += 1
    return count / (time.perf_counter() - start)


def run_wrk(
    name: str,
    url: str,
    seconds: float,
    connections: int,
    body: bytes | None,
    headers: dict[str, str] | None = None,
    lua: str = "",
) -> Load:
    """``wrk`` on ``url`` for ``seconds``; ``lua`` is added to its script (a ``request`` function that
    varies each request, say)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        if body is not None:
            script.write(
                f'wrk.method = "POST"\nwrk.body = {json.dumps(body.decode())}\n'
                'wrk.headers["Content-Type"] = "application/json"\n'
            )
        for header, value in (headers or {}).items():
            script.write(f"wrk.headers[{json.dumps(header)}] = {json.dumps(value)}\n")
        script.write(lua)
    try:
        output = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--latency", "--timeout", "10s",
             "-s", script.name, url],
            capture_output=True, text=True, check=True, timeout=seconds + 60,
        ).stdout  # fmt: skip
    finally:
        os.unlink(script.name)

    def milliseconds(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    requests, elapsed = re.search(r"(\d+) requests in ([\d.]+)(ms|s|m)", output).groups()[:2]
    unit = re.search(r"\d+ requests in [\d.]+(ms|s|m)", output).group(1)
    elapsed_s = float(elapsed) * {"ms": 0.001, "s": 1.0, "m": 60.0}[unit]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return Load(
        name=name,
        requests=int(requests),
        seconds=round(elapsed_s, 2),
        rps=round(int(requests) / elapsed_s, 1),
        p50_ms=round(milliseconds("50"), 2),
        p99_ms=round(milliseconds("99"), 2),
        errors=errors,
        tool="wrk",
    )


def run_python_client(
    name: str,
    url: str,
    seconds: float,
    connections: int,
    body: bytes | None,
    headers: dict[str, str] | None = None,
) -> Load:
    """A minimal keep-alive HTTP/1.1 load client, for machines without wrk. Like wrk, it counts answers
    other than 2xx and 3xx as errors."""
    parts = httpx.URL(url)
    head = f"{'POST' if body else 'GET'} {parts.raw_path.decode()} HTTP/1.1\r\nHost: {parts.host}\r\n"
    head += "".join(f"{header}: {value}\r\n" for header, value in (headers or {}).items())
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    request = (head + "\r\n").encode() + (body or b"")
    latencies: list[float] = []
    errors = 0

    async def worker(stop: float) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(parts.host, parts.port)
        while time.perf_counter() < stop:
            sent = time.perf_counter()
            writer.write(request)
            status_line = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - sent)
            errors += status_line.split(b" ")[1][:1] not in (b"2", b"3")
        writer.close()

    async def main() -> float:
        start = time.perf_counter()
        await asyncio.gather(*(worker(start + seconds) for _ in range(connections)))
        return time.perf_counter() - start

    elapsed = asyncio.run(main())
    cuts = statistics.quantiles(latencies, n=100)
    return Load(name, len(latencies), round(elapsed, 2), round(len(latencies) / elapsed, 1),
                round(cuts[49] * 1000, 2), round(cuts[98] * 1000, 2), errors, "python")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per scenario (default 10)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--python-client", action="store_true", help="use the Python client even with wrk")
    args = parser.parse_args(argv)

    load = run_python_client if args.python_client or not shutil.which("wrk") else run_wrk
    text = article_text()
    body = json.dumps({"text": text}).encode()
    # In-process throughput is measured before and after the load, with the server stopped, and averaged:
    # on a shared machine the background load drifts, and the two runs show by how much.
    in_process_before = in_process_rate(text, args.duration / 2)
    with tempfile.TemporaryDirectory() as scratch:
        port = free_port()
        server = start_server(Path(scratch) / "bench.db", port)
        base = f"http://127.0.0.1:{port}"
        try:
            article = httpx.post(f"{base}/api/articles", json={"text": text}, timeout=60).json()
            summary_url = f"{base}/api/articles/{article['id']}/summary?sentences=3"
            httpx.get(summary_url, timeout=60).raise_for_status()  # made once; from the cache from now on
            httpx.post(f"{base}/api/summarize", json={"text": text}, timeout=60).raise_for_status()
            cached = load("cached summary", summary_url, args.duration, args.connections, None)
            stateless = load("stateless summarize", f"{base}/api/summarize", args.duration, 4, body)
        finally:
            server.terminate()
            server.wait(30)
    in_process_after = in_process_rate(text, args.duration / 2)
    in_process = round((in_process_before + in_process_after) / 2, 1)
    share = stateless.rps / in_process
    goals = {
        "cached_rps": cached.rps >= CACHED_RPS_GOAL,
        "cached_p99": cached.p99_ms < CACHED_P99_GOAL_MS,
        "stateless_share": share >= STATELESS_SHARE_GOAL,
        "no_errors": cached.errors == stateless.errors == 0,
    }
    report = {
        "words": len(text.split()),
        "loads": [asdict(cached), asdict(stateless)],
        "in_process_summaries_per_s": in_process,
        "in_process_before_after": [round(in_process_before, 1), round(in_process_after, 1)],
        "stateless_share_of_in_process": round(share, 3),
        "goals_met": goals,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"article: {report['words']} words; load tool: {cached.tool}; {args.duration:g} s per scenario")
        print(f"{'scenario':<22}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
        for row in (cached, stateless):
            print(f"{row.name:<22}{row.rps:>10.1f}{row.p50_ms:>10.2f}{row.p99_ms:>10.2f}{row.errors:>8}")
        print(
            f"{'in-process summarize':<22}{in_process:>10.1f}"
            f"   (before {in_process_before:.1f}, after {in_process_after:.1f})"
        )
        print(f"stateless / in-process: {share:.0%} (goal {STATELESS_SHARE_GOAL:.0%})")
        print("goals: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in goals.items()))
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
