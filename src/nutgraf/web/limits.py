"""Rate limits by bucket name (``client:ADDRESS``, ``site:ID``): token buckets kept in this process or in
PostgreSQL, shared by every replica of a deployment.

A bucket allows ``per_minute`` requests a minute in bursts of a quarter of that (at least 10, at most
``max_burst``: the global limit caps bursts at the fetch pool's room).
:class:`MemoryBuckets` keeps them in this process: right for one process on SQLite, but N replicas would
let N times the limit through. :class:`StoreBuckets` keeps them in the store's ``rate_limits`` table
(:mod:`nutgraf.store.limits`), one statement per request; while PostgreSQL does not answer it falls back
to buckets in this process, so the limit still holds per replica and readers of cached summaries are
still served. :func:`buckets_for` picks the one a store calls for.
"""

from __future__ import annotations

import logging
import math
import time
from typing import Protocol

import anyio

from nutgraf.store import Store

log = logging.getLogger(__name__)


def burst_of(per_minute: int, max_burst: float = math.inf) -> float:
    """The most requests a bucket allows at once: a quarter of a minute's, at least 10 and at most
    ``max_burst``."""
    return min(max(10.0, per_minute / 4), max_burst)


class Buckets(Protocol):
    """Where token buckets are kept."""

    async def take(self, bucket: str, per_minute: int, max_burst: float = math.inf) -> float:
        """Take a token from ``bucket``: 0 when allowed, else the seconds until the next is there."""
        ...


class MemoryBuckets:
    """Token buckets in this process. Used from one event loop."""

    _MAX_BUCKETS = 10_000

    def __init__(self) -> None:
        self.buckets: dict[str, tuple[float, float]] = {}

    async def take(self, bucket: str, per_minute: int, max_burst: float = math.inf) -> float:
        return self.take_now(bucket, per_minute, max_burst)

    def take_now(self, bucket: str, per_minute: int, max_burst: float = math.inf) -> float:
        """:meth:`take`, without waiting for anything."""
        rate, burst = per_minute / 60.0, burst_of(per_minute, max_burst)
        now = time.monotonic()
        tokens, last = self.buckets.get(bucket, (burst, now))
        tokens = min(burst, tokens + (now - last) * rate)
        if tokens < 1:
            return math.ceil((1 - tokens) / rate)
        if len(self.buckets) >= self._MAX_BUCKETS and bucket not in self.buckets:
            self._forget_full(now, burst / rate)
        self.buckets[bucket] = (tokens - 1, now)
        return 0.0

    def _forget_full(self, now: float, full_after: float) -> None:
        # A bucket refilled to the brim holds no information: dropping it changes nothing.
        self.buckets = {k: v for k, v in self.buckets.items() if now - v[1] < full_after}


class StoreBuckets:
    """Token buckets in the store's PostgreSQL database, shared by every process using it."""

    #: Seconds between sweeps of idle buckets, and how long a bucket must have been idle to go: an hour
    #: refills any bucket (the slowest, 1 a minute with a burst of 10, takes 10 minutes).
    SWEEP_EVERY_S = 300.0
    IDLE_S = 3600.0

    def __init__(self, store: Store) -> None:
        self.store = store
        self.fallback = MemoryBuckets()
        self._next_sweep = time.monotonic() + self.SWEEP_EVERY_S
        self._warned_at = -math.inf

    async def take(self, bucket: str, per_minute: int, max_burst: float = math.inf) -> float:
        try:
            wait = await anyio.to_thread.run_sync(self._take, bucket, per_minute, max_burst)
        except Exception as exc:  # the database is down: limit per process until it is back
            now = time.monotonic()
            if now - self._warned_at > 60:
                self._warned_at = now
                log.warning("rate limits kept in this process while the store does not answer: %s", exc)
            return self.fallback.take_now(bucket, per_minute, max_burst)
        return wait

    def _take(self, bucket: str, per_minute: int, max_burst: float) -> float:
        now = time.monotonic()
        if now >= self._next_sweep:
            self._next_sweep = now + self.SWEEP_EVERY_S
            self.store.forget_full_buckets(older_than_s=self.IDLE_S)
        return self.store.take_token(bucket, rate=per_minute / 60.0, burst=burst_of(per_minute, max_burst))


def buckets_for(store: Store, *, shared: bool = True) -> Buckets:
    """Buckets in PostgreSQL for a store there (shared by the replicas) unless not ``shared``; in this
    process on SQLite."""
    return StoreBuckets(store) if shared and not store.is_sqlite else MemoryBuckets()
