"""The Ray batch engine: the same chunks as the local engine, processed by Ray tasks.

Without an address (``--ray-address`` or ``RAY_ADDRESS``) it starts a private local Ray (no dashboard, no
usage stats, its own auth token) and stops it at the end; with one (``head:6379``) it joins that cluster
as a driver. The parent frames records and ships their bytes, so inputs need to exist only on the driver's
machine; workers need nutgraf installed in the same Python environment.

Each chunk is one plain Ray task. Ray keeps its worker processes between tasks, so an engine loads once
per process, as in the local engine. Plain tasks rather than Ray Data: Ray Data's per-block planning and
bookkeeping cost more CPU than summarizing a chunk of news articles (measured with
``bench/batch_bench.py``: 0.36x the local engine's rate with Ray Data, against the goal of 0.8x). As in
the local engine, a bounded window of chunks is in flight and results come back in input order, as
resuming needs; memory on the driver and in the object store stays bounded by the window.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
from collections import deque
from collections.abc import Iterable, Iterator

from nutgraf.batch.inputs import RawRecord
from nutgraf.batch.work import BatchOptions, ChunkResult, process_chunk
from nutgraf.errors import MissingDependencyError, NutgrafError

#: Chunks in flight per worker: enough that no worker waits for the driver, few enough to bound memory.
WINDOW_PER_WORKER = 2


def run_ray(
    chunks: Iterable[list[RawRecord]],
    options: BatchOptions,
    *,
    workers: int | None,
    address: str | None = None,
) -> Iterator[ChunkResult]:
    """Process ``chunks`` as Ray tasks, at most ``workers`` at once (default: the cluster's CPUs).

    Yields the results in input order.
    """
    os.environ.setdefault("RAY_DISABLE_USAGE_STATS", "1")
    address = address or os.environ.get("RAY_ADDRESS")
    if address is None and "RAY_AUTH_MODE" not in os.environ and "ray" not in sys.modules:
        # The private cluster gets a token of its own through the environment, which its processes
        # inherit, instead of one Ray would write to ~/.ray for every later cluster to pick up. Ray
        # reads these when it is imported.
        os.environ["RAY_AUTH_MODE"] = "token"
        os.environ.setdefault("RAY_AUTH_TOKEN", secrets.token_hex(32))
    try:
        import ray
    except ImportError:
        raise MissingDependencyError(
            "the ray engine needs Ray: pip install 'nutgraf[ray]' (or use --engine local)"
        ) from None
    if address is not None:
        _check_reachable(address)
    ray.init(
        address=address,
        num_cpus=workers if address is None else None,
        include_dashboard=False,
        logging_level="ERROR",
        log_to_driver=False,
    )
    try:
        workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        task = ray.remote(num_cpus=1)(process_chunk)
        window: deque[ray.ObjectRef] = deque()
        limit = WINDOW_PER_WORKER * workers + 1
        try:
            for chunk in chunks:
                window.append(task.remote(chunk, options))
                if len(window) >= limit:
                    yield ray.get(window.popleft())
            while window:
                yield ray.get(window.popleft())
        except ray.exceptions.RayError as exc:
            # Not a record's fault (those become error records): nutgraf missing or broken on a node, a
            # node lost. Everything written so far stays valid.
            raise NutgrafError(
                f"the Ray job failed ({type(exc).__name__}: {str(exc).strip().splitlines()[-1]}); "
                "check that every node has nutgraf installed, then run the same command to resume"
            ) from None
    finally:
        ray.shutdown()


def _check_reachable(address: str) -> None:
    # Ray retries an unreachable address for minutes; a plain connection attempt tells at once.
    if address == "auto":
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=10).close()
    except (OSError, ValueError):
        raise NutgrafError(
            f"cannot reach a Ray cluster at {address}: give the head node's HOST:PORT (as `ray start "
            "--head` printed it) and check that it is running"
        ) from None
