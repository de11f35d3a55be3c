"""The store's tables, as SQLAlchemy Core metadata.

The Alembic migrations in ``migrations/versions`` create and change these tables; this module describes
the current shape for queries. A change here needs a new migration beside it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and read back as an aware datetime, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("site_url", Text),
    Column("interval_s", Integer, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled_at", UTCDateTime),
    Column("last_status", String(32)),
    Column("last_error", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("next_poll_at", UTCDateTime, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text),
    Column("canonical_url", Text, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("byline", Text),
    Column("published", UTCDateTime),
    Column("language", String(16)),
    Column("site", Text),
    Column("text", Text, nullable=False),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_articles_feed_id_id", "feed_id", "id"),
    Index("ix_articles_site_id", "site", "id"),
)

summaries = Table(
    "summaries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("summarizer", String(64), nullable=False),
    # 0 stands for "no limit": NULLs would never collide in the unique constraint below.
    Column("max_sentences", Integer, nullable=False),
    Column("max_words", Integer, nullable=False),
    Column("language", String(16), nullable=False),
    Column("sentences", JSON, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("article_id", "summarizer", "max_sentences", "max_words"),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("key", Text, nullable=False),
    Column("link", Text),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("attempts", Integer, nullable=False),
    Column("error", Text),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("feed_id", "key"),
)

# A claim on one job (a feed poll, a summary being made) by one process until ``expires_at``. ``token`` is
# new at every claim, so a holder whose claim lapsed and was taken over cannot pass for the new one.
leases = Table(
    "leases",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("key", Text, primary_key=True),
    Column("holder", Text, nullable=False),
    Column("token", String(32), nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
)

# Token buckets shared by the replicas of a deployment on PostgreSQL (on SQLite they stay in process).
# Times are seconds since the epoch by the database's clock, so hosts' clocks do not matter.
rate_limits = Table(
    "rate_limits",
    metadata,
    Column("bucket", Text, primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)
