"""Single flight: work that many requests ask for at once runs once in this process, and every one of them
gets its result.

Used where a first request is expensive and readers come together: twenty readers clicking the button on
a new story cause one fetch of the page (keyed by site and canonical URL) and one summary (keyed by the
summary asked for). It holds within one process, and waiters await the first run's future (no polling);
across the replicas of one database the store's leases make the same work once
(:meth:`nutgraf.store.leases.LeaseTable.once`), asked by one request per replica.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class SingleFlight:
    """The runs in progress, by key. Used from the event loop only."""

    def __init__(self) -> None:
        self._running: dict[Hashable, asyncio.Future[Any]] = {}

    def running(self, key: Hashable) -> bool:
        """Whether work for ``key`` is in progress (a request for it now would wait, not start it)."""
        return key in self._running

    async def run(self, key: Hashable, work: Callable[[], Awaitable[T]]) -> T:
        """``work()``'s result, running it unless a run for ``key`` is in progress, whose result (or
        exception) every caller then gets. A caller that goes away does not cancel the run for the others."""
        future = self._running.get(key)
        if future is None:
            future = asyncio.ensure_future(work())
            self._running[key] = future
            future.add_done_callback(lambda done: self._finished(key, done))
        return await asyncio.shield(future)

    def _finished(self, key: Hashable, done: asyncio.Future[Any]) -> None:
        self._running.pop(key, None)
        if not done.cancelled():
            done.exception()  # retrieved here too: every caller may have gone away


__all__ = ["SingleFlight"]
