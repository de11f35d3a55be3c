"""The leases table: claims on jobs, so that any number of processes on one database do each job once.

A lease names a job by a kind and a key (``("feed", "12")``, ``("sitemap", "3")``, ``("summary",
"7:default:3:0::paragraph::")``: see :func:`nutgraf.store.summaries.summary_lease_key`) and belongs to one
process until a deadline. Whoever claims a job
first holds it; the others skip it (background jobs) or wait for its result (summaries, page fetches:
:meth:`LeaseTable.once`). The store renews
the leases it holds in a background thread while their work goes on, and releases them when done or
closed; a process that dies (SIGKILL, a lost host) stops renewing, and once the deadline passes another
process may claim the job again.

Due jobs are claimed with ``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL, so concurrent claimers
pass over each other's candidates instead of queueing on them; SQLite has a single writer
(``BEGIN IMMEDIATE``), which serializes claims by itself. Deadlines are set by PostgreSQL's clock, so
replicas on hosts whose clocks disagree still agree on when a lease ends.

A lease's ``token`` is new at every claim. :meth:`LeaseTable.fenced` makes every store write of a job
check, inside the write's own transaction, that its lease is still the one held: a process whose lease
lapsed while it was still working (paused, partitioned) gets :class:`LeaseLost` instead of writing
beside the process that took the job over.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    Text,
    cast,
    delete,
    exists,
    func,
    literal,
    select,
)
from sqlalchemy import update as sql_update
from sqlalchemy.types import Interval

from nutgraf.store.database import Database, guarded_writes, utc_now
from nutgraf.store.schema import UTCDateTime, leases

log = logging.getLogger(__name__)

#: How long a lease lasts unless renewed, in seconds; the store renews the leases it holds every third of it.
DEFAULT_LEASE_S = 60.0
#: The longest pause between two looks for what another process is making, in seconds.
MAX_WAIT_PAUSE_S = 0.5

T = TypeVar("T")


class LeaseLost(Exception):
    """A job's lease lapsed or was taken over by another process: the job's writes are refused.

    Not a :class:`~nutgraf.errors.NutgrafError`: it never reaches a user; the job just stops.
    """


@dataclass(frozen=True)
class Lease:
    """A claim on the job ``(kind, key)`` by ``holder`` until ``expires_at`` (unless renewed)."""

    kind: str
    key: str
    holder: str
    token: str
    expires_at: datetime


def process_holder() -> str:
    """Who holds a lease, for people reading the table: this host and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


class LeaseTable(Database):
    """Leases on jobs, renewed in the background while held. Safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        #: Seconds a lease lasts unless renewed (settable before the first claim).
        self.lease_seconds = DEFAULT_LEASE_S
        self._held: dict[tuple[str, str], Lease] = {}
        self._held_lock = threading.Lock()
        self._renewer: threading.Thread | None = None
        self._closing = threading.Event()

    def claim(self, kind: str, key: object) -> Lease | None:
        """Claim the job ``(kind, key)``: a lease, or ``None`` when another process holds a live one."""
        with self._write() as connection:
            lease = self._take(connection, kind, str(key))
        if lease is not None:
            self._hold(lease)
        return lease

    def claim_lapses_at(self, kind: str, key: object) -> datetime | None:
        """When the live claim on the job ``(kind, key)`` lapses unless renewed; ``None`` when none holds it."""
        query = select(leases.c.expires_at).where(
            leases.c.kind == kind, leases.c.key == str(key), leases.c.expires_at > self._now()
        )
        with self.engine.connect() as connection:
            return connection.execute(query).scalar_one_or_none()

    def claim_due(self, kind: str, due: Select[Any], *, limit: int = 1) -> list[Lease]:
        """Claim up to ``limit`` of the jobs ``due`` selects that nobody holds a live lease on.

        ``due`` selects the keys of the jobs that are due, most urgent first (for feeds:
        ``select(feeds.c.id).where(feeds.c.next_poll_at <= now).order_by(feeds.c.next_poll_at)``).
        On PostgreSQL its rows are locked with ``FOR UPDATE SKIP LOCKED`` for the claim's transaction,
        so two processes claiming at once take different jobs.

        Fewer than ``limit`` only when no more are due and free: a job found free whose lease another
        process took meanwhile (its claim committed after this one's look, or a :meth:`claim` of the job
        by its key, which locks no row of ``due``) is passed over for the next. An empty answer had ended
        a worker's round (:func:`nutgraf.jobs.run_due`) with other jobs still due.
        """
        key = due.selected_columns[0]
        live = exists().where(
            leases.c.kind == kind, leases.c.key == cast(key, Text), leases.c.expires_at > self._now()
        )
        free = due.where(~live)
        taken: list[Lease] = []
        tried: list[Any] = []
        with self._write() as connection:
            # Each look a statement of its own, which on PostgreSQL sees the leases committed since the
            # last; each finds a job not tried yet, so there are at most as many as jobs are due.
            while len(taken) < limit:
                query = (free.where(key.not_in(tried)) if tried else free).limit(limit - len(taken))
                if not self.is_sqlite:
                    query = query.with_for_update(skip_locked=True)
                keys = connection.execute(query).scalars().all()
                if not keys:
                    break
                tried += keys
                taken += [lease for k in keys if (lease := self._take(connection, kind, str(k))) is not None]
        for lease in taken:
            self._hold(lease)
        return taken

    def once(
        self,
        kind: str,
        key: object,
        *,
        ready: Callable[[], T | None],
        make: Callable[[], T],
        wait_seconds: float,
    ) -> T:
        """What ``ready()`` finds, else ``make()``'s result, made by one process at a time however many ask.

        The first caller claims the job ``(kind, key)`` and makes it (``make`` must leave it where
        ``ready`` finds it: cached, stored); the others look with ``ready`` again, after pauses growing
        from 20 ms to :data:`MAX_WAIT_PAUSE_S`, until it is there. A waiter makes it itself when the
        maker's lease is gone without a result (the maker failed, or died and its lease lapsed) or after
        ``wait_seconds``. Blocks: run it in a thread. One caller per key per process is enough to ask
        (the web app puts a :class:`~nutgraf.web.single_flight.SingleFlight` in front), so the waiting
        costs a query per pause per process, not per request.
        """
        claim = None
        deadline = time.monotonic() + wait_seconds
        pause = 0.02
        try:
            while True:
                # Looked at again once claimed: the maker before us may have finished and let go since.
                found = ready()
                if found is not None:
                    return found
                if claim is not None or time.monotonic() >= deadline:
                    break
                claim = self.claim(kind, key)
                if claim is None:
                    time.sleep(pause)
                    pause = min(2 * pause, MAX_WAIT_PAUSE_S)
            return make()
        finally:
            if claim is not None:
                self.release(claim)

    def renew(self, lease: Lease) -> Lease | None:
        """Push the deadline of a lease still held; ``None`` when it has lapsed or been taken over."""
        query = (
            sql_update(leases)
            .where(*_is(lease), leases.c.expires_at > self._now())
            .values(expires_at=self._deadline())
            .returning(leases.c.expires_at)
        )
        with self._write(guarded=False) as connection:
            expires_at = connection.execute(query).scalar_one_or_none()
        if expires_at is None:
            self._forget(lease)
            return None
        renewed = replace(lease, expires_at=expires_at)
        with self._held_lock:
            if (lease.kind, lease.key) in self._held:
                self._held[lease.kind, lease.key] = renewed
        return renewed

    def release(self, lease: Lease) -> None:
        """Give a lease up (the job is done, or abandoned): any process may claim the job at once."""
        self._forget(lease)
        with self._write(guarded=False) as connection:
            connection.execute(delete(leases).where(*_is(lease)))

    def held_leases(self) -> list[Lease]:
        """The leases this store holds now."""
        with self._held_lock:
            return list(self._held.values())

    def holds(self, lease: Lease) -> bool:
        """Whether ``lease`` is still held: not lapsed, not taken over."""
        with self.engine.connect() as connection:
            return self._holds(connection, lease)

    @contextmanager
    def fenced(self, lease: Lease) -> Iterator[None]:
        """Every store write in this context (this thread or task) first checks, in its own transaction,
        that ``lease`` is still held, and raises :class:`LeaseLost` when it is not.

        On PostgreSQL the check locks the lease row (``FOR SHARE``) until the write commits, so a claim
        by another process waits for the write instead of slipping in between the check and it.
        """

        def check(connection: Connection) -> None:
            if not self._holds(connection, lease, lock=True):
                raise LeaseLost(f"the lease on {lease.kind} {lease.key} lapsed or was taken over")

        with guarded_writes(check):
            yield

    def close(self) -> None:
        """Release every lease held (another process may take the jobs over at once), then close."""
        self._closing.set()
        for lease in self.held_leases():
            try:
                self.release(lease)
            except Exception as exc:  # the database is gone: the lease lapses at its deadline instead
                log.warning("could not release the lease on %s %s: %s", lease.kind, lease.key, exc)
        super().close()

    def _take(self, connection: Connection, kind: str, key: str) -> Lease | None:
        holder, token = process_holder(), uuid.uuid4().hex
        insert = self._insert(leases).values(
            kind=kind, key=key, holder=holder, token=token, expires_at=self._deadline()
        )
        query = insert.on_conflict_do_update(
            index_elements=[leases.c.kind, leases.c.key],
            set_={
                "holder": insert.excluded.holder,
                "token": insert.excluded.token,
                "expires_at": insert.excluded.expires_at,
            },
            where=leases.c.expires_at <= self._now(),
        ).returning(leases.c.expires_at)
        expires_at = connection.execute(query).scalar_one_or_none()
        return None if expires_at is None else Lease(kind, key, holder, token, expires_at)

    def _holds(self, connection: Connection, lease: Lease, *, lock: bool = False) -> bool:
        query = select(leases.c.token).where(*_is(lease), leases.c.expires_at > self._now())
        if lock and not self.is_sqlite:
            query = query.with_for_update(read=True)
        return connection.execute(query).first() is not None

    def _now(self) -> ColumnElement[datetime]:
        # PostgreSQL's clock for every replica; SQLite lives on one host, whose clock is the one that counts.
        if self.is_sqlite:
            return literal(utc_now(), UTCDateTime)
        return func.clock_timestamp()

    def _deadline(self) -> ColumnElement[datetime]:
        lasting = timedelta(seconds=self.lease_seconds)
        if self.is_sqlite:
            return literal(utc_now() + lasting, UTCDateTime)
        return func.clock_timestamp() + literal(lasting, Interval)

    def _hold(self, lease: Lease) -> None:
        with self._held_lock:
            self._held[lease.kind, lease.key] = lease
            if self._renewer is None:
                self._renewer = threading.Thread(target=self._renew_held, name="lease-renewer", daemon=True)
                self._renewer.start()

    def _forget(self, lease: Lease) -> None:
        with self._held_lock:
            if self._held.get((lease.kind, lease.key), lease).token == lease.token:
                self._held.pop((lease.kind, lease.key), None)

    def _renew_held(self) -> None:
        while not self._closing.wait(self.lease_seconds / 3):
            for lease in self.held_leases():
                try:
                    if self.renew(lease) is None:
                        log.warning(
                            "lost the lease on %s %s: it lapsed before renewal", lease.kind, lease.key
                        )
                except Exception as exc:  # the database is down: try again next time, until the deadline
                    log.warning("could not renew the lease on %s %s: %s", lease.kind, lease.key, exc)


def _is(lease: Lease) -> list[ColumnElement[bool]]:
    return [leases.c.kind == lease.kind, leases.c.key == lease.key, leases.c.token == lease.token]
