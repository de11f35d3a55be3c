"""Fetches of other sites for the reader service, on threads of their own.

A fetch waits on a site that may be slow on purpose: one that sends a byte every few seconds holds its
fetch until the fetch's deadline (``FetchSettings.total_timeout``, which no trickle extends). Fetches
therefore never run on the threads that serve pages and the health check: :class:`FetchPool` runs
``threads`` of them at once and lets ``queue`` more wait; past that a request is refused at once (503,
``busy``), and one client may have ``per_client`` fetches running or waiting (429, ``rate_limited``
past that), so that one client cannot take every place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

import anyio

from nutgraf.errors import BusyError, TooManyRequestsError

T = TypeVar("T")


class FetchPool:
    """``threads`` fetches at once, ``queue`` more waiting, ``per_client`` per client address.

    Used from the event loop only (its counts need no lock).
    """

    def __init__(self, threads: int, queue: int, per_client: int) -> None:
        self.capacity = threads + queue
        self.per_client = per_client
        self._threads = anyio.CapacityLimiter(threads)
        self._under_way = 0
        self._by_client: Counter[str] = Counter()

    @property
    def running(self) -> int:
        """Fetches running now."""
        return int(self._threads.borrowed_tokens)

    @property
    def waiting(self) -> int:
        """Fetches waiting for a thread."""
        return self._under_way - self.running

    async def run(self, client: str, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``work(*args, **kwargs)`` on one of the pool's threads, for ``client`` (its address).

        Raises:
            TooManyRequestsError: ``client`` has ``per_client`` fetches running or waiting.
            BusyError: the pool has as many fetches running and waiting as it holds.
        """
        if self._by_client[client] >= self.per_client:
            raise TooManyRequestsError(
                f"{client} has {self.per_client} pages being fetched, the most one client may; wait for"
                " them to finish"
            )
        if self._under_way >= self.capacity:
            raise BusyError(
                f"this service is fetching as many pages as it takes ({self.capacity} at once, running"
                " and waiting); try again in a moment"
            )
        self._under_way += 1
        self._by_client[client] += 1
        try:
            return await anyio.to_thread.run_sync(partial(work, *args, **kwargs), limiter=self._threads)
        finally:
            self._under_way -= 1
            self._by_client[client] -= 1
            if not self._by_client[client]:
                del self._by_client[client]
