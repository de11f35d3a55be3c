"""The rate_limits table: token buckets that every replica on one PostgreSQL database draws from.

A bucket has a name (``client:203.0.113.7``, ``site:news-example``), holds up to ``burst`` tokens and
refills at ``rate`` tokens a second. A replica takes tokens in batches (:mod:`nutgraf.web.limits` spends
them one request at a time), and takes for many buckets at once in one ``INSERT ... ON CONFLICT DO
UPDATE`` statement, each bucket handing out as many of the tokens asked for as it holds. PostgreSQL's row
locks make concurrent takes from several replicas queue, so no token is handed out twice; the rows are
written in the order of their names, so two takes never wait on each other's rows in a circle. Time is
PostgreSQL's clock, so the replicas' clocks do not matter.

SQLite deployments are one host, where the limit stays in process; the table exists there too but is
not used.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Integer, cast, delete, func, select
from sqlalchemy.dialects.postgresql import insert

from nutgraf.store.database import Database
from nutgraf.store.schema import rate_limits

# The statement's own time, the same wherever the statement reads it.
_NOW = func.extract("epoch", func.statement_timestamp())


@dataclass(frozen=True)
class TokenTake:
    """Up to ``count`` tokens asked of the bucket ``bucket`` (``burst`` at most, ``rate`` a second)."""

    bucket: str
    rate: float
    burst: float
    count: int = 1


@dataclass(frozen=True)
class TokensTaken:
    """What a bucket handed out: ``granted`` tokens, or none and the seconds until one is there."""

    granted: int
    wait: float = 0.0


class RateLimitTable(Database):
    """Token buckets in PostgreSQL."""

    def take_tokens(self, takes: Iterable[TokenTake]) -> dict[str, TokensTaken]:
        """Take tokens from several buckets in one statement (two when one is empty); what each handed
        out, by bucket name. A bucket asked twice is asked once, with the last take.

        Raises :class:`sqlalchemy.exc.OperationalError` (and other SQLAlchemy errors) when the database
        does not answer: the caller decides whether to let the requests through.
        """
        asked = {take.bucket: take for take in takes}
        if not asked:
            return {}
        rows = [
            {
                "bucket": take.bucket,
                "tokens": take.burst - min(take.count, math.floor(take.burst)),
                "granted": min(take.count, math.floor(take.burst)),
                "rate": take.rate,
                "burst": take.burst,
                "updated_at": _NOW,
            }
            for take in sorted(asked.values(), key=lambda take: take.bucket)
        ]
        new = insert(rate_limits).values(rows)
        refilled = func.least(
            new.excluded.burst,
            rate_limits.c.tokens + (_NOW - rate_limits.c.updated_at) * new.excluded.rate,
        )
        # The count asked for is the new row's ``granted``.
        granted = cast(func.least(new.excluded.granted, func.floor(refilled)), Integer)
        query = new.on_conflict_do_update(
            index_elements=[rate_limits.c.bucket],
            set_={
                "tokens": refilled - granted,
                "granted": granted,
                "rate": new.excluded.rate,
                "burst": new.excluded.burst,
                "updated_at": _NOW,
            },
            where=refilled >= 1,
        ).returning(rate_limits.c.bucket, rate_limits.c.granted)
        stored = func.least(
            rate_limits.c.burst, rate_limits.c.tokens + (_NOW - rate_limits.c.updated_at) * rate_limits.c.rate
        )
        with self.engine.begin() as connection:
            taken = {row.bucket: TokensTaken(row.granted) for row in connection.execute(query)}
            empty = [bucket for bucket in asked if bucket not in taken]
            if empty:
                query = select(rate_limits.c.bucket, stored).where(rate_limits.c.bucket.in_(empty))
                left = {bucket: tokens for bucket, tokens in connection.execute(query)}
                for bucket in empty:
                    rate = asked[bucket].rate
                    wait = (1 - left.get(bucket, 0.0)) / rate if rate > 0 else math.inf
                    taken[bucket] = TokensTaken(0, wait)
        return taken

    def forget_full_buckets(self, *, older_than_s: float) -> int:
        """Delete the buckets untouched for ``older_than_s`` seconds (refilled to the brim by then, they
        hold nothing a new bucket would not); returns how many."""
        query = delete(rate_limits).where(rate_limits.c.updated_at < _NOW - older_than_s)
        with self.engine.begin() as connection:
            return connection.execute(query).rowcount
