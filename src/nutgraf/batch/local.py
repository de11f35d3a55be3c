"""The local batch engine: worker processes on this machine, a bounded window of chunks in flight.

The parent frames records into chunks, keeps at most :data:`WINDOW_PER_WORKER` chunks per worker
(and :data:`WINDOW_BYTES_PER_WORKER` of input) submitted at a time, and yields results in input order;
a slow chunk holds back the ones after it only until the window is full. Memory stays bounded however long the input: neither the input list nor the
results are ever held whole.
"""

from __future__ import annotations

import contextlib
import contextvars
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from nutgraf.batch.work import CHUNK_BYTES, BatchOptions, ChunkResult, process_chunk
from nutgraf.errors import NutgrafError

if TYPE_CHECKING:
    from nutgraf.batch.inputs import RawRecord

#: Whether the run was started by the ``nutgraf batch`` command (set by it), not by a script calling
#: run_batch: a worker that dies before the first chunk came back is then no script's unguarded call.
FROM_COMMAND: contextvars.ContextVar[bool] = contextvars.ContextVar("FROM_COMMAND", default=False)
#: Chunks in flight per worker: enough that a worker never waits for the parent, few enough to bound memory.
WINDOW_PER_WORKER = 2
#: Input bytes in flight per worker, as many as its window's chunks hold at most: a chunk holds one record
#: however large it is (a JSONL line of 100 MB), and five such chunks in flight for two workers, each held
#: by the parent until its result came back, took 530 MB there.
WINDOW_BYTES_PER_WORKER = WINDOW_PER_WORKER * CHUNK_BYTES


def run_local(
    chunks: Iterable[list[RawRecord]], options: BatchOptions, *, workers: int
) -> Iterator[ChunkResult]:
    """Process ``chunks`` in ``workers`` processes; yields their results in input order."""
    # spawn, not fork: workers start clean whatever threads or state the parent holds, on every OS.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_warm_up,
        initargs=(options, os.getpid()),
    )
    window: deque[tuple[Future[ChunkResult], int]] = deque()  # each chunk's future and input bytes
    limit, byte_limit = WINDOW_PER_WORKER * workers + 1, WINDOW_BYTES_PER_WORKER * workers
    in_flight = 0
    started = False
    try:
        for chunk in chunks:
            size = sum(len(record.data) for record in chunk)
            # A submit may start a worker: it starts with Ctrl-C held back (a blocked signal stays
            # blocked across exec), so that one pressed while it imports nutgraf prints no traceback;
            # _warm_up lets it through once the worker can leave quietly.
            with _sigint_blocked():
                window.append((pool.submit(process_chunk, chunk, options), size))
            in_flight += size
            if len(window) >= limit or in_flight > byte_limit:
                future, size = window.popleft()
                in_flight -= size
                yield future.result()
                started = True
        while window:
            yield window.popleft()[0].result()
            started = True
    except BrokenProcessPool:
        # Before any chunk came back, the likeliest cause in a script is a call of run_batch at its top
        # level, which each worker runs again as it starts (run_batch refuses that there, saying so); the
        # command runs no script of the user's, so its users are told only of memory.
        script = (
            ""
            if started or FROM_COMMAND.get()
            else "; from a Python script, call run_batch under if __name__ == '__main__'"
        )
        raise NutgrafError(
            f"a batch worker process died (out of memory, or killed){script}; what was written so far is "
            "complete: run the same command again to resume"
        ) from None
    finally:
        pool.shutdown(wait=not window, cancel_futures=True)


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:  # a Ctrl-C pressed meanwhile is delivered here, as a KeyboardInterrupt
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _warm_up(options: BatchOptions, parent: int) -> None:
    # A worker whose parent was killed (kill -9 leaves no chance to stop it) would wait for work
    # forever: it watches its parent and exits with it. The parent's pid comes from the parent: one
    # killed while this worker was starting has already left it to init, whose pid it would watch.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    # Ctrl-C on a terminal interrupts every process of the run: the parent stops it and says how to
    # resume. A worker leaves at once, without a traceback of its own and without finishing its chunk
    # (which the parent will not write). A run that ignores Ctrl-C (`nutgraf batch ... &` in a shell
    # script, whose Ctrl-C reaches the background job too) has workers that ignore it as well, inherited
    # across exec: had they left, the run would have stopped as if they had died.
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, _leave)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # Load the engine (and its model, for heavy engines) once per worker, before the first chunk. If it
    # cannot load, every record says why in its error; a failing initializer would break the pool.
    from nutgraf.engines.base import get_summarizer

    with contextlib.suppress(Exception):
        get_summarizer(options.summarizer)


def _leave(signum: int, frame: object) -> None:
    os._exit(1)


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
