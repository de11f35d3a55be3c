"""The background role of a process: due jobs (feed polls, sites' warm-ups: their feeds, which are
feeds, and their sitemaps; and the store's upkeep: aliases past their age deleted) done under leases, in
``nutgraf serve`` (unless ``--no-background``) and in ``nutgraf worker``.

Every process that runs a :class:`Worker` looks for due jobs every ``check_every`` seconds (or at once
when woken, as when a feed is added through the API of the same process) and does those it can claim
(:func:`nutgraf.jobs.run_due`). Stopping it releases the leases it holds, so another process takes the
jobs over at once instead of waiting for the deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import logging.config
import signal
import threading

from nutgraf.errors import StoreError
from nutgraf.feeds import poll_kinds
from nutgraf.jobs import JobKind, housekeeping_kinds, run_due
from nutgraf.settings import LOG_CONFIG, Settings
from nutgraf.store import Store
from nutgraf.store.database import outage_message

log = logging.getLogger(__name__)


def store_for(settings: Settings, store: Store | None = None) -> Store:
    """``store``, else the store ``settings`` name (opened and migrated), holding leases and waiting for
    summaries as long as ``settings`` say: what a serving process and a worker share.

    Raises :class:`~nutgraf.errors.StoreError` when the store cannot be opened.
    """
    store = store or Store.open(settings.database_url)
    store.lease_seconds = settings.lease_seconds
    store.summary_wait_seconds = settings.summary_wait_seconds
    return store


class Worker:
    """Does due jobs in rounds, each round in a thread, until stopped. Used from one event loop."""

    @classmethod
    def from_settings(cls, store: Store, settings: Settings) -> Worker:
        """A worker doing the background jobs ``settings`` call for (feeds' and sitemaps' polls), and the
        store's upkeep."""
        return cls(
            store,
            [
                *poll_kinds(fetch_settings=settings.fetch_settings(), summarizer=settings.summarizer),
                *housekeeping_kinds(),
            ],
            check_every=settings.background_check_seconds,
        )

    def __init__(self, store: Store, kinds: list[JobKind], *, check_every: float = 60.0) -> None:
        self.store = store
        self.kinds = kinds
        self.check_every = check_every
        #: Set it (from the loop, or with ``loop.call_soon_threadsafe``) to start a round now.
        self.wake = asyncio.Event()
        self._stop = threading.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start the rounds in the background of the running event loop."""
        self._task = asyncio.get_running_loop().create_task(self.run())

    async def run(self) -> None:
        """Rounds of due jobs until :meth:`stop`."""
        while not self._stop.is_set():
            # Cleared before the round, not after: a job added while it runs wakes the next one at once.
            self.wake.clear()
            try:
                await asyncio.to_thread(run_due, self.store, self.kinds, stop=self._stop)
            except Exception as exc:
                # A store outage must not end background work; the next round tries again. One the
                # command line words (the database down, locked, a table of it gone) is said in those
                # words, once a round, where SQLAlchemy's traceback named the cause only deep in it.
                # "Then run the command again" had sent the operator to restart a worker that retries.
                message = outage_message(
                    exc, then=f"; the background jobs try again in {self.check_every:g} s, with no restart"
                )
                if message is None:
                    log.exception("background jobs failed")
                else:
                    log.error("background jobs failed: %s", message)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout=self.check_every)

    async def stop(self) -> None:
        """Stop after the job under way: no new job is claimed, and the round's thread is not waited for
        (closing the store then releases its lease, and the job's next write is refused)."""
        self._stop.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def run_worker(settings: Settings) -> None:
    """``nutgraf worker``: do background jobs until SIGTERM or SIGINT, then release the leases held.

    Raises :class:`~nutgraf.errors.StoreError` when the store cannot be opened.
    """
    logging.config.dictConfig(LOG_CONFIG)
    store = store_for(settings)
    try:
        store.refuse_incomplete_schema()
    except StoreError:
        store.close()
        raise

    async def main() -> None:
        worker = Worker.from_settings(store, settings)
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stopping.set)
        worker.start()
        await stopping.wait()
        await worker.stop()

    print("nutgraf worker: doing background jobs; SIGTERM or Ctrl-C stops it", flush=True)
    try:
        asyncio.run(main())
    finally:
        store.close()
    print("nutgraf worker: stopped, leases released", flush=True)
