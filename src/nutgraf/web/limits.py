"""Rate limits by bucket name (``client:ADDRESS``, ``embed-client:ADDRESS``, ``site:ID``): token buckets
kept in this process or in PostgreSQL, shared by every replica of a deployment.

A bucket allows ``per_minute`` requests a minute in bursts of a quarter of that (at least 10, at most
``max_burst``: the global limit caps bursts at the fetch pool's room). :class:`MemoryBuckets` keeps them
in this process: right for one process on SQLite, but N replicas would let N times the limit through.
:class:`StoreBuckets` keeps them in the store's ``rate_limits`` table (:mod:`nutgraf.store.limits`),
shared by the replicas, without a database statement per request:

* **Batches.** A replica takes a tenth of a bucket's burst, or a tenth of a second's refill where that is
  more (:func:`batch_of`: at least one token, at most the burst), from the store in one statement and
  spends it here, one request at a time, asking the store again when it is spent. Concurrent requests
  for one bucket wait for one take, and the takes of all buckets asked for while one statement runs go
  to the store together in the next (so a crowd of new clients costs a statement per group). A bucket that refills its burst within a second (a limit set above
  4,800 a minute, whose burst the fetch pool caps) is taken from early, when half a batch is left, so that
  its many requests do not all wait for the store at the end of each batch.
* **Refusals remembered.** When the store's bucket is empty it says when the next token will be there;
  until then this replica refuses that bucket's requests itself (no other replica can refill it sooner).
* **The error.** Every token spent was first taken from the shared bucket, so across R processes a
  client gets, in any stretch of time T, at most ``burst + rate * T + R * H`` requests through, where H,
  what one process may hold unspent, is ``batch - 1`` (a tenth of the burst), or for a bucket taken from
  early ``batch // 2 + batch`` (at most 0.15 s of its refill). It may also be refused while up to
  ``R * H`` of its tokens wait in processes its requests do not reach (spent when they do, or lost when
  an idle one is forgotten). Bursts of fewer than 20 (limits under 80 a minute) take one token at a time:
  exact. The default 300 a minute (bursts of 75) takes 7 at a time: three replicas let at most 93 through
  at once instead of 75, then the limit's 5 a second.

While PostgreSQL does not answer, :class:`StoreBuckets` falls back to buckets in this process, so the
limit still holds per replica and readers of cached summaries are still served. :func:`buckets_for`
picks the buckets a store calls for.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import anyio
from sqlalchemy.exc import SQLAlchemyError

from nutgraf.store.database import error_reason
from nutgraf.store.limits import TokensTaken, TokenTake

if TYPE_CHECKING:
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
        # By bucket: its tokens, when they were counted, and when it will be full again.
        self.buckets: dict[str, tuple[float, float, float]] = {}
        # The count of buckets at which the full ones are next forgotten: twice those kept by the last
        # sweep, so that a sweep that frees little (many clients, none refilled yet) is not redone for
        # every new client, each costing the whole table: sweeps cost O(1) a new bucket, amortised.
        self._sweep_at = self._MAX_BUCKETS

    async def take(self, bucket: str, per_minute: int, max_burst: float = math.inf) -> float:
        return self.take_now(bucket, per_minute, max_burst)

    def take_now(self, bucket: str, per_minute: int, max_burst: float = math.inf) -> float:
        """:meth:`take`, without waiting for anything."""
        rate, burst = per_minute / 60.0, burst_of(per_minute, max_burst)
        now = time.monotonic()
        tokens, last, _ = self.buckets.get(bucket, (burst, now, now))
        tokens = min(burst, tokens + (now - last) * rate)
        if tokens < 1:
            return math.ceil((1 - tokens) / rate)
        if len(self.buckets) >= self._sweep_at and bucket not in self.buckets:
            self._forget_full(now)
            self._sweep_at = max(self._MAX_BUCKETS, 2 * len(self.buckets))
        self.buckets[bucket] = (tokens - 1, now, now + (burst - tokens + 1) / rate)
        return 0.0

    def _forget_full(self, now: float) -> None:
        # A bucket refilled to the brim holds no information: dropping it changes nothing. Buckets refill
        # at their own rates (a client's, a site's), so each says when it is full.
        self.buckets = {k: v for k, v in self.buckets.items() if v[2] > now}


#: A replica takes this share of a shared bucket's burst at a time, or this many seconds of its refill
#: where that is more.
BATCH_SHARE = 0.1
BATCH_SECONDS = 0.1


def batch_of(burst: float, rate: float) -> int:
    """How many tokens a replica takes from a shared bucket (``burst``, refilled at ``rate`` a second) at
    a time: a tenth of its burst or a tenth of a second's refill, whichever is more; at least 1, at most
    the burst (see the module's description for the error that allows)."""
    return max(1, min(math.floor(burst), math.floor(max(burst * BATCH_SHARE, rate * BATCH_SECONDS))))


def refills_fast(burst: float, rate: float) -> bool:
    """Whether a bucket's batches are sized by its refill rather than its burst (a tenth of a second's
    refill is more than a tenth of the burst): a bucket that refills its burst within a second."""
    return rate * BATCH_SECONDS > burst * BATCH_SHARE


@dataclass
class _Allowance:
    """What this process holds of one shared bucket."""

    #: Tokens taken from the store and not spent yet.
    tokens: int = 0
    #: The store's bucket is empty until then (``time.monotonic()``): refused here without asking.
    refused_until: float = 0.0
    #: When the store was last asked (``time.monotonic()``), to forget idle buckets first.
    asked_at: float = 0.0
    #: The next batch is taken, without waiting for it, once this many tokens are left (-1: when none is).
    early_at: int = -1


class StoreBuckets:
    """Token buckets in the store's PostgreSQL database, shared by every process using it, taken in
    batches (see the module's description). Used from one event loop."""

    #: Seconds between sweeps of idle buckets, and how long a bucket must have been idle to go: an hour
    #: refills any bucket (the slowest, 1 a minute with a burst of 10, takes 10 minutes).
    SWEEP_EVERY_S = 300.0
    IDLE_S = 3600.0
    #: Buckets this process keeps an allowance of; past that, those not asked for a minute are forgotten
    #: (their unspent tokens lost: a client refused a little early, never one let through).
    _MAX_ALLOWANCES = 10_000

    def __init__(self, store: Store) -> None:
        self.store = store
        self.fallback = MemoryBuckets()
        self._allowances: dict[str, _Allowance] = {}
        #: The takes asked for and not answered yet, by bucket; and those not sent to the store yet.
        self._takes: dict[str, asyncio.Future[None]] = {}
        self._queued: dict[str, TokenTake] = {}
        self._taker: asyncio.Task[None] | None = None
        self._next_sweep = time.monotonic() + self.SWEEP_EVERY_S
        self._warned_at = -math.inf

    async def take(self, bucket: str, per_minute: int, max_burst: float = math.inf) -> float:
        while True:
            allowance = self._allowances.get(bucket)
            if allowance is not None:
                if allowance.tokens > 0:
                    allowance.tokens -= 1
                    if allowance.tokens <= allowance.early_at and bucket not in self._takes:
                        self._ask(bucket, per_minute, max_burst)  # not awaited: the next batch, early
                    return 0.0
                wait = allowance.refused_until - time.monotonic()
                if wait > 0:
                    return math.ceil(wait)
            taking = self._takes.get(bucket) or self._ask(bucket, per_minute, max_burst)
            try:
                await asyncio.shield(taking)
            except SQLAlchemyError as exc:  # the database is down: limit per process until it is back
                now = time.monotonic()
                if now - self._warned_at > 60:
                    self._warned_at = now
                    # The reason's first line: SQLAlchemy's whole error spans lines, with the SQL and its values.
                    log.warning(
                        "rate limits kept in this process while the store does not answer: %s",
                        error_reason(exc),
                    )
                return self.fallback.take_now(bucket, per_minute, max_burst)

    def _ask(self, bucket: str, per_minute: int, max_burst: float) -> asyncio.Future[None]:
        """Queue a take of the bucket's next batch; the future is done once the allowance has it."""
        rate, burst = per_minute / 60.0, burst_of(per_minute, max_burst)
        taking = self._takes[bucket] = asyncio.get_running_loop().create_future()
        # An error nobody waited for (a take asked early) is not "never retrieved".
        taking.add_done_callback(lambda done: done.cancelled() or done.exception())
        self._queued[bucket] = TokenTake(bucket, rate, burst, batch_of(burst, rate))
        if self._taker is None or self._taker.done():
            self._taker = asyncio.ensure_future(self._take_queued())
        return taking

    async def _take_queued(self) -> None:
        # One statement at a time: the buckets asked for while one runs go together in the next, so a
        # crowd of new clients costs a statement per group, not per client.
        while self._queued:
            group, self._queued = self._queued, {}
            try:
                taken = await anyio.to_thread.run_sync(self._take_from_store, list(group.values()))
            except SQLAlchemyError as exc:
                for bucket in group:
                    self._takes.pop(bucket).set_exception(exc)
                continue
            now = time.monotonic()
            for bucket, take in group.items():
                self._keep(bucket, take, taken[bucket], now)
                self._takes.pop(bucket).set_result(None)

    def _keep(self, bucket: str, take: TokenTake, taken: TokensTaken, now: float) -> None:
        allowance = self._allowances.get(bucket)
        if allowance is None:
            if len(self._allowances) >= self._MAX_ALLOWANCES:
                self._forget_idle(now)
            allowance = self._allowances[bucket] = _Allowance()
        allowance.tokens += taken.granted
        allowance.refused_until = now + taken.wait if not taken.granted else 0.0
        allowance.asked_at = now
        # A fast bucket's requests would all wait for the store at the end of each batch: the next batch
        # is taken when half of one is left.
        allowance.early_at = take.count // 2 if refills_fast(take.burst, take.rate) else -1

    def _take_from_store(self, takes: list[TokenTake]) -> dict[str, TokensTaken]:
        now = time.monotonic()
        if now >= self._next_sweep:
            self._next_sweep = now + self.SWEEP_EVERY_S
            self.store.forget_full_buckets(older_than_s=self.IDLE_S)
        return self.store.take_tokens(takes)

    def _forget_idle(self, now: float) -> None:
        kept = {k: v for k, v in self._allowances.items() if now - v.asked_at < 60 or v.refused_until > now}
        self._allowances = kept if len(kept) < self._MAX_ALLOWANCES else {}


def buckets_for(store: Store, *, shared: bool = True) -> Buckets:
    """Buckets in PostgreSQL for a store there (shared by the replicas) unless not ``shared``; in this
    process on SQLite."""
    return StoreBuckets(store) if shared and not store.is_sqlite else MemoryBuckets()
