"""The Ray batch engine: the same chunks as the local engine, processed by Ray tasks.

Without an address (``--ray-address`` or ``RAY_ADDRESS``) it starts a private local Ray (no dashboard, no
usage stats, its own auth token) and stops it at the end, on Linux even when the driver is killed
(:mod:`.ray_reaper`); with one (``head:6379``) it joins that cluster as a
driver. The parent frames records and ships their bytes, so inputs need to exist only on the driver's
machine; workers need nutgraf installed in the same Python environment.

Plain Ray tasks rather than Ray Data: Ray Data's per-block planning and bookkeeping cost more CPU than
summarizing a chunk of news articles (measured with ``bench/batch_bench.py``: 0.36x the local engine's
rate with Ray Data, against the goal of 0.8x). Ray keeps its worker processes between tasks, so an engine
loads once per process, as in the local engine. As in the local engine, a bounded window of tasks is in
flight (and at most :data:`~nutgraf.batch.local.WINDOW_BYTES_PER_WORKER` of input per worker) and results come
back in input order, as resuming needs; memory on the driver and in the object store stays bounded by the
window.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from nutgraf.batch.local import WINDOW_BYTES_PER_WORKER
from nutgraf.batch.work import CHUNK_BYTES, BatchOptions, ChunkResult, process_chunk
from nutgraf.errors import MissingDependencyError, NutgrafError

if TYPE_CHECKING:
    from nutgraf.batch.inputs import RawRecord

#: Tasks in flight per worker: enough that no worker waits for the driver, few enough to bound memory.
WINDOW_PER_WORKER = 2
#: Chunks per task at most. A task costs a round trip to the driver, during which its worker idles, and
#: scheduling in the driver and the worker: with 32-record chunks, 4 to a task brought Ray from 0.93x to
#: 0.97x the local engine's steady rate (bench/batch_bench.py on 11,000 articles). Output is still
#: written chunk by chunk, so resuming loses no more than before.
TASK_CHUNKS = 4
#: Objects up to this size travel inside the task's messages instead of through the object store (Ray's
#: default stops at 100 KiB, less than a chunk of 32 news articles): going through the store took the
#: driver 0.13 CPU s per 1,000 articles against 0.08 inline (the local engine's parent: 0.04), and the
#: workers 5% more. Only for the private local Ray: a cluster's settings are its operator's.
INLINE_BYTES = 2 * CHUNK_BYTES


def run_ray(
    chunks: Iterable[list[RawRecord]],
    options: BatchOptions,
    *,
    workers: int | None,
    address: str | None = None,
) -> Iterator[ChunkResult]:
    """Process ``chunks`` as Ray tasks, two per worker (plus one), and 16 MiB of input a worker, in flight; ``workers`` defaults to the
    cluster's CPUs, and a private local Ray gets that many, so that many tasks run at once.

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
    # Killed with kill -9, a driver cannot stop the private Ray it started; a reaper outside Ray can.
    reaper = _Reaper.start() if address is None and sys.platform == "linux" else None
    try:
        ray.init(
            address=address,
            num_cpus=workers if address is None else None,
            include_dashboard=False,
            logging_level="ERROR",
            log_to_driver=False,
            _system_config=(
                {"max_direct_call_object_size": INLINE_BYTES, "task_rpc_inlined_bytes_limit": INLINE_BYTES}
                if address is None
                else None
            ),
            _temp_dir=reaper.folder if reaper else None,
        )
        workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        task = ray.remote(num_cpus=1)(_process_chunks)
        window: deque[tuple[ray.ObjectRef, int]] = deque()  # each task and its input bytes
        # Bytes as well as tasks, as the local engine counts them: a task holds one chunk however large its
        # record (a JSONL line of 100 MB), and a window of such tasks, held by the driver and the object
        # store until each result came back, was 33 of them for 16 workers.
        limit, byte_limit = WINDOW_PER_WORKER * workers + 1, WINDOW_BYTES_PER_WORKER * workers
        in_flight = 0
        try:
            for group in _task_groups(chunks):
                size = sum(len(record.data) for chunk in group for record in chunk)
                window.append((task.remote(group, options), size))
                in_flight += size
                if len(window) >= limit or in_flight > byte_limit:
                    done, size = window.popleft()
                    in_flight -= size
                    yield from ray.get(done)
            while window:
                yield from ray.get(window.popleft()[0])
        except ray.exceptions.RayError as exc:
            if isinstance(getattr(exc, "cause", None), NutgrafError):  # the summarizer cannot run
                raise exc.cause from None
            # Not a record's fault (those become error records): nutgraf missing or broken on a node, a
            # node lost. Everything written so far stays valid.
            raise NutgrafError(
                f"the Ray job failed ({type(exc).__name__}: {str(exc).strip().splitlines()[-1]}); "
                "check that every node has nutgraf installed, then run the same command to resume"
            ) from None
    finally:
        ray.shutdown()  # also after a failed ray.init: it stops what that had started
        if reaper:
            reaper.close()


# The longest path Ray gives a socket under its folder, less the driver's process id:
# "/session_<date and time>_<pid>/sockets/plasma_store".
_RAY_SOCKET_TAIL = len("/session_2026-12-03_10-11-12_123456_/sockets/plasma_store")
# Ray's bound on a socket's path: Linux's 108 bytes less the closing NUL.
_SOCKET_PATH_BYTES = 107


class _Reaper:
    """A process, started before Ray, that kills every process of the private local Ray still running once
    the driver is done with it, or dead, and removes Ray's folder (see :mod:`nutgraf.batch.ray_reaper`)."""

    #: Seconds a driver whose run ended waits for the reaper; one still busy carries on alone.
    WAIT = 10
    #: The name of the reaper's folder for Ray, less its 8 random characters.
    PREFIX = "ngray-"

    @classmethod
    def start(cls) -> _Reaper | None:
        """A reaper, with a folder for Ray beside where Ray would have put its own, or under /tmp where that
        folder's path leaves too little room for Ray's sockets under it: its name is 11 characters longer
        than Ray's own ("ray"), and Ray refuses a socket's path of over 107 bytes (a TMPDIR of more than
        about 30 characters had left a killed run's Ray running a minute). ``None`` where neither can be
        made; Ray then runs as it does without the reaper."""
        tmpdir = os.path.abspath(os.environ.get("RAY_TMPDIR") or os.environ.get("TMPDIR") or "/tmp")
        for parent in dict.fromkeys((tmpdir, "/tmp")):
            folder_bytes = len(os.path.join(parent, cls.PREFIX + "x" * 8).encode())
            if folder_bytes + _RAY_SOCKET_TAIL + len(str(os.getpid())) > _SOCKET_PATH_BYTES:
                continue
            with contextlib.suppress(OSError):  # not there, or not writable: the next, if any
                return cls(tempfile.mkdtemp(prefix=cls.PREFIX, dir=parent))
        return None

    def __init__(self, folder: str) -> None:
        self.folder = folder
        # A session of its own: Ctrl-C on a terminal interrupts the driver, which stops Ray itself, not
        # the reaper, which is still to clear up after it. Not the driver's stdout or stderr: whoever
        # reads those would wait for the reaper too. Only the driver holds the pipe's other end (Python
        # makes it close-on-exec), so the pipe closes when the driver exits, however it exits.
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("ray_reaper.py")), self.folder, str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def close(self) -> None:
        """Let the reaper clear up after a run that ended, and wait for it a little."""
        assert self._process.stdin is not None
        self._process.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=self.WAIT)


def _process_chunks(chunks: list[list[RawRecord]], options: BatchOptions) -> list[ChunkResult]:
    return [process_chunk(chunk, options) for chunk in chunks]


def _task_groups(chunks: Iterable[list[RawRecord]]) -> Iterator[list[list[RawRecord]]]:
    """Consecutive chunks, :data:`TASK_CHUNKS` to a group, fewer where their input passes CHUNK_BYTES."""
    group: list[list[RawRecord]] = []
    group_bytes = 0
    for chunk in chunks:
        chunk_bytes = sum(len(record.data) for record in chunk)
        # A group of large pages stays as small in memory as one chunk of them.
        if group and group_bytes + chunk_bytes > CHUNK_BYTES:
            yield group
            group, group_bytes = [], 0
        group.append(chunk)
        group_bytes += chunk_bytes
        if len(group) >= TASK_CHUNKS:
            yield group
            group, group_bytes = [], 0
    if group:
        yield group


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
