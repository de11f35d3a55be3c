"""The Ray batch engine: the same chunks as the local engine, processed by Ray Data tasks.

Without an address (``--ray-address`` or ``RAY_ADDRESS``) it starts a private local Ray (no dashboard, no
usage stats, its own auth token) and stops it at the end; with one (``head:6379``) it joins that cluster
as a driver. The parent frames records and ships their bytes, so inputs need to exist only on the driver's
machine; workers need nutgraf installed in the same Python environment.

Chunks go to Ray in windows (at most :data:`WINDOW_CHUNKS` chunks or :data:`WINDOW_BYTES` bytes), one
Ray Data dataset each, with ``preserve_order`` so results come back in input order as resuming needs;
memory on the driver and in the object store stays bounded by the window.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import secrets
import socket
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from nutgraf.batch.inputs import RawRecord
from nutgraf.batch.work import BatchOptions, ChunkResult, process_chunk
from nutgraf.errors import MissingDependencyError, NutgrafError

#: Most chunks, and most input bytes, handed to Ray as one dataset.
WINDOW_CHUNKS = 256
WINDOW_BYTES = 64 << 20


def run_ray(
    chunks: Iterable[list[RawRecord]],
    options: BatchOptions,
    *,
    workers: int | None,
    address: str | None = None,
) -> Iterator[ChunkResult]:
    """Process ``chunks`` with Ray Data, at most ``workers`` tasks at once (default: the cluster's CPUs).

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
        import ray.data
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
        logging_level=logging.ERROR,
        log_to_driver=False,
    )
    try:
        workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        for window in _windows(chunks):
            dataset = ray.data.from_items(
                [{"chunk": pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)} for chunk in window],
                override_num_blocks=len(window),
            ).map_batches(
                _process_batch,
                batch_size=1,
                fn_kwargs={"options": options},
                compute=ray.data.TaskPoolStrategy(size=workers),
                num_cpus=1,
            )
            try:
                for row in dataset.iter_rows():
                    yield ChunkResult(
                        payload=row["payload"],
                        count=row["count"],
                        failures=Counter(json.loads(row["failures"])),
                    )
            except ray.exceptions.RayError as exc:
                # Not a record's fault (those become error records): nutgraf missing or broken on a
                # node, a node lost. Everything written so far stays valid.
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


def _windows(chunks: Iterable[list[RawRecord]]) -> Iterator[list[list[RawRecord]]]:
    window: list[list[RawRecord]] = []
    size = 0
    for chunk in chunks:
        window.append(chunk)
        size += sum(len(record.data) for record in chunk)
        if len(window) >= WINDOW_CHUNKS or size >= WINDOW_BYTES:
            yield window
            window, size = [], 0
    if window:
        yield window


def _process_batch(batch: dict[str, Any], options: BatchOptions) -> dict[str, list[Any]]:
    results = [process_chunk(pickle.loads(data), options) for data in batch["chunk"]]
    return {
        "payload": [result.payload for result in results],
        "count": [result.count for result in results],
        "failures": [json.dumps(dict(result.failures)) for result in results],
    }
