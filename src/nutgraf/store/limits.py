"""The rate_limits table: token buckets that every replica on one PostgreSQL database draws from.

A bucket has a name (``client:203.0.113.7``, ``site:news-example``), holds up to ``burst`` tokens and
refills at ``rate`` tokens a second; a request takes one. Each take is one ``INSERT ... ON CONFLICT DO
UPDATE`` statement: PostgreSQL's row lock makes concurrent takes from several replicas queue, so a limit
holds across all of them. Time is PostgreSQL's clock, so the replicas' clocks do not matter.

SQLite deployments are one host, where the limit stays in process (``nutgraf.web.limits``); the table
exists there too but is not used.
"""

from __future__ import annotations

import math

from sqlalchemy import Float, bindparam, delete, func, literal_column, select
from sqlalchemy.dialects.postgresql import insert

from nutgraf.store.database import Database
from nutgraf.store.schema import rate_limits

_NOW = func.extract("epoch", func.clock_timestamp())


class RateLimitTable(Database):
    """Token buckets in PostgreSQL."""

    def take_token(self, bucket: str, *, rate: float, burst: float) -> float:
        """Take one token from ``bucket``: 0 when taken, else the seconds until one will be there.

        Raises :class:`sqlalchemy.exc.OperationalError` (and other SQLAlchemy errors) when the database
        does not answer: the caller decides whether to let the request through.
        """
        rate_p = bindparam("rate", rate, type_=Float)
        burst_p = bindparam("burst", burst, type_=Float)
        refilled = func.least(burst_p, rate_limits.c.tokens + (_NOW - rate_limits.c.updated_at) * rate_p)
        new = insert(rate_limits).values(bucket=bucket, tokens=burst_p - 1, updated_at=_NOW)
        query = new.on_conflict_do_update(
            index_elements=[rate_limits.c.bucket],
            set_={"tokens": refilled - 1, "updated_at": _NOW},
            where=refilled >= 1,
        ).returning(literal_column("1"))
        with self.engine.begin() as connection:
            if connection.execute(query).first() is not None:
                return 0.0
            left = connection.execute(
                select(refilled).where(rate_limits.c.bucket == bucket)
            ).scalar_one_or_none()
        return math.ceil((1 - (left or 0.0)) / rate) if rate > 0 else math.inf

    def forget_full_buckets(self, *, older_than_s: float) -> int:
        """Delete the buckets untouched for ``older_than_s`` seconds (refilled to the brim by then, they
        hold nothing a new bucket would not); returns how many."""
        query = delete(rate_limits).where(rate_limits.c.updated_at < _NOW - older_than_s)
        with self.engine.begin() as connection:
            return connection.execute(query).rowcount
