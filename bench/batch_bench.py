"""Throughput and memory of ``nutgraf batch``: local with 1 and 2 workers and Ray with 2, in one run.

Data: ``shared/data/cnndm_dev.jsonl`` (``id`` and ``article`` per line), written to a temporary JSONL
input with ``article`` as ``text``. Every configuration runs ``nutgraf batch`` as a user would, in a
subprocess, and is timed by watching its output grow:

* **steady** articles/s: from the first records written to the last, so that start-up (spawning
  workers; for Ray also starting the private local cluster, which a real cluster has already done) and
  shut-down (for Ray, stopping that cluster) are left out;
* **end-to-end** articles/s: from launch to exit, start-up and shut-down included; both are also shown
  in seconds (up: launch to first records written; down: last records written to exit).

Each configuration runs ``--repeat`` times, interleaved, and the best round is reported (the machine may
be shared). Beside the rates: CPU seconds per 1,000 articles of the parent process and of the rest
(workers; for Ray also its own processes), which a busy machine does not distort: a parent that costs a
few percent of the workers leaves room to scale on free cores. And the in-process throughput of
``nutgraf.summarize`` on the same articles, one at a time. Then peak memory (VmHWM) of the batch parent process and of its largest worker, local engine with 2
workers, on the first ``--memory-base`` articles and on that input repeated ``--scale`` times (records
get new ids): flat figures mean memory does not grow with the input.

Goals: 2 workers >= 1.8x 1 worker; Ray >= 0.8x local at 2 workers; memory flat as the input grows.
On a machine with fewer than 2 free cores the scaling figures say more about the neighbours than about
nutgraf: the bench prints the load average beside them.

Usage::

    python bench/batch_bench.py                           # 3000 articles x 2 rounds, memory on 300, 3000
    python bench/batch_bench.py --limit 300 --memory-base 100 --repeat 1 --summarizer textrank
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cnndm_dev.jsonl"


def write_input(source: Path, path: Path, limit: int, repeat: int = 1) -> list[str]:
    """The first ``limit`` articles as batch JSONL (``repeat`` times, ids made unique); their texts."""
    with source.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in itertools.islice(lines, limit)]
    with path.open("w", encoding="utf-8") as out:
        for copy in range(repeat):
            for row in rows:
                out.write(json.dumps({"id": f"{row['id']}#{copy}", "text": row["article"]}) + "\n")
    return [row["article"] for row in rows]


def in_process_rate(texts: list[str], summarizer: str) -> float:
    import nutgraf

    nutgraf.summarize(texts[0], summarizer=summarizer)  # engine and model loading are not throughput
    start = time.perf_counter()
    for text in texts:
        nutgraf.summarize(text, summarizer=summarizer)
    return len(texts) / (time.perf_counter() - start)


def _peak_kib(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):  # the task ended meanwhile
            found += [int(child) for child in task.read_text().split()]
    return found


def _cpu_seconds(pid: int) -> float | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _descendants(pid: int) -> list[int]:
    found = []
    for child in _children(pid):
        found += [child, *_descendants(child)]
    return found


def run_batch(input_path: Path, output: Path, engine: str, workers: int, summarizer: str) -> dict:
    """Run ``nutgraf batch`` and watch it: rates, and the parent's and largest worker's peak memory."""
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(input_path), "--output", str(output),
        "--engine", engine, "--workers", str(workers), "--summarizer", summarizer, "--no-progress",
    ]  # fmt: skip
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    first_at = first_count = last_at = last_count = None
    count = 0
    parent_peak = worker_peak = 0
    # CPU seconds per process, as last seen: what the parent costs beside the workers (for Ray, beside
    # the workers and Ray's own processes) whatever else the machine is running.
    cpu: dict[int, float] = {}
    reader = None
    while process.poll() is None:
        time.sleep(0.1)
        for pid in (process.pid, *_descendants(process.pid)):
            cpu[pid] = _cpu_seconds(pid) or cpu.get(pid, 0.0)
        if reader is None and output.exists():
            reader = output.open("rb")
        if reader is not None:
            written = reader.read().count(b"\n")
            if written:
                count += written
                last_at, last_count = time.perf_counter(), count
                if first_at is None:
                    first_at, first_count = last_at, count
        parent_peak = max(parent_peak, _peak_kib(process.pid) or 0)
        for child in _children(process.pid):
            worker_peak = max(worker_peak, _peak_kib(child) or 0)
    end = time.perf_counter()
    stderr = process.stderr.read()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stderr}")
    if reader is not None:
        # Records written after the last look have no time of their own: end-to-end counts them, steady
        # does not (it would take the engine's shut-down in with them).
        count += reader.read().count(b"\n")
        reader.close()
    steady = float("nan")
    if first_at is not None and last_at > first_at:
        steady = (last_count - first_count) / (last_at - first_at)
    return {
        "records": count,
        "steady": steady,
        "end_to_end": count / (end - start),
        "up_s": first_at - start if first_at is not None else float("nan"),
        "down_s": end - last_at if last_at is not None else float("nan"),
        "parent_cpu": cpu.get(process.pid, 0.0),
        "other_cpu": sum(seconds for pid, seconds in cpu.items() if pid != process.pid),
        "parent_mib": parent_peak / 1024,
        "worker_mib": worker_peak / 1024,
        "report": stderr.strip().splitlines()[0] if stderr.strip() else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=3000, help="articles for the throughput runs")
    parser.add_argument("--memory-base", type=int, default=300, help="articles in the smaller memory run")
    parser.add_argument(
        "--scale", type=int, default=10, help="the larger memory run is this many times bigger"
    )
    parser.add_argument("--summarizer", default="default")
    parser.add_argument("--repeat", type=int, default=2, help="rounds; the best of each is reported")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray run")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"no data at {args.data}")

    with tempfile.TemporaryDirectory(prefix="nutgraf-batch-bench-") as temp:
        temp = Path(temp)
        sample = temp / "sample.jsonl"
        texts = write_input(args.data, sample, args.limit)
        print(
            f"{len(texts)} articles of {args.data.name}, summarizer {args.summarizer}, {os.cpu_count()} CPUs"
        )
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        configs = [("local", 1), ("local", 2)] + ([] if args.no_ray else [("ray", 2)])
        rates: list[float] = []
        results: dict[tuple[str, int], dict] = {}
        # Rounds interleave the configurations and the best round counts, so that a neighbour's burst
        # of work on a shared machine does not land on one configuration only.
        for round_ in range(args.repeat):
            rates.append(in_process_rate(texts, args.summarizer))
            for engine, workers in configs:
                output = temp / f"{engine}{workers}-{round_}.jsonl"
                result = run_batch(sample, output, engine, workers, args.summarizer)
                output.unlink()
                best = results.get((engine, workers))
                if best is None or result["steady"] > best["steady"]:
                    results[engine, workers] = result
        print(f"{'in-process summarize':<22} {max(rates):8.1f} articles/s")
        for (engine, workers), result in results.items():
            per_k = 1000 / result["records"]
            steady = "       -" if math.isnan(result["steady"]) else f"{result['steady']:8.1f}"
            print(
                f"{f'{engine}, {workers} worker(s)':<22} {steady} articles/s steady, "
                f"{result['end_to_end']:6.1f} end-to-end (up {result['up_s']:4.1f} s, down "
                f"{result['down_s']:4.1f} s); CPU s per 1000: parent "
                f"{result['parent_cpu'] * per_k:5.2f}, workers{' + Ray' if engine == 'ray' else ''} "
                f"{result['other_cpu'] * per_k:5.2f}"
            )
        if any(math.isnan(result["steady"]) for result in results.values()):
            # A run whose records all came out between two looks at its output has no steady rate.
            print(
                f"no steady rate for every configuration: {args.limit} articles are too few to time; "
                "run with --limit 300 or more for the ratios"
            )
        else:
            one, two = results["local", 1]["steady"], results["local", 2]["steady"]
            print(f"2 workers / 1 worker:   {two / one:.2f}x (goal >= 1.8x)")
            if ("ray", 2) in results:
                print(f"Ray / local, 2 workers: {results['ray', 2]['steady'] / two:.2f} (goal >= 0.8)")
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

        print(f"\npeak memory, local engine, 2 workers (input x1 = {args.memory_base} articles):")
        for repeat in (1, args.scale):
            path = temp / f"memory{repeat}.jsonl"
            write_input(args.data, path, args.memory_base, repeat=repeat)
            result = run_batch(path, temp / f"memory{repeat}.out.jsonl", "local", 2, args.summarizer)
            print(
                f"  x{repeat:<3} {result['records']:6} records: parent {result['parent_mib']:6.1f} MiB, "
                f"largest worker {result['worker_mib']:6.1f} MiB"
            )


if __name__ == "__main__":
    main()
