"""The store's tables, as SQLAlchemy Core metadata.

The Alembic migrations in ``migrations/versions`` create and change these tables; this module describes
the current shape for queries. A change here needs a new migration beside it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
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
    false,
    text,
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
    # The canonical form of ``url``; unique among the verified ones (the index below), which alone are
    # found again by address: a claimed address is the article's word, not a key (migration 0005).
    Column("canonical_url", Text),
    Column("url_verified", Boolean, nullable=False, default=False, server_default=false()),
    # The text's hash: unique among the claims (the index below), which a text stored again finds; a
    # page nutgraf fetched is an article of its own whichever others have its text (migration 0008).
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("byline", Text),
    Column("published", UTCDateTime),
    Column("language", String(16)),
    Column("site", Text),
    # The page's dek or meta description, cleaned and bounded by Article (migration 0009).
    Column("description", Text),
    # Whether the page declares itself a news story (Article.news), which the default summarizer reads;
    # NULL for pasted text and for articles stored before it was kept (migration 0010).
    Column("news", Boolean),
    Column("text", Text, nullable=False),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_articles_feed_id_id", "feed_id", "id"),
    Index("ix_articles_site_id", "site", "id"),
    Index(
        "uq_articles_verified_canonical_url",
        "canonical_url",
        unique=True,
        sqlite_where=text("url_verified = 1"),
        postgresql_where=text("url_verified"),
    ),
    Index("ix_articles_content_hash_id", "content_hash", "id"),
    Index(
        "uq_articles_claimed_content_hash",
        "content_hash",
        unique=True,
        sqlite_where=text("url_verified = 0"),
        postgresql_where=text("NOT url_verified"),
    ),
)

# The addresses nutgraf fetched an article from when asked for them, other than the article's own: a
# moved address that redirects (a page at another address with the same text is an article of its own,
# migration 0008). Recorded only from
# nutgraf's own fetches (never from what a pasted page or a writer says), so that the next request for
# the address, on any replica, finds the article instead of fetching the page again (migration 0006),
# for a day (nutgraf.store.articles.ALIAS_MAX_AGE): the worker deletes older ones by ``created_at``
# (migration 0007).
article_aliases = Table(
    "article_aliases",
    metadata,
    Column("canonical_url", Text, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_article_aliases_created_at", "created_at"),
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
    # The options besides the budget (nutgraf.engines.options.SummaryOptions.cache_key); "" for none.
    Column("length", String(8), nullable=False, server_default=""),
    Column("form", String(16), nullable=False, server_default="paragraph"),
    Column("output_language", String(16), nullable=False, server_default=""),
    Column("avoid", String(32), nullable=False, server_default=""),
    # The article's word count (for the reduction) and the summary's notes; NULL in rows cached before.
    Column("details", JSON),
    UniqueConstraint(
        "article_id",
        "summarizer",
        "max_sentences",
        "max_words",
        "length",
        "form",
        "output_language",
        "avoid",
        # Named here: the naming convention's name would pass PostgreSQL's 63 characters.
        name="uq_summaries_article_id_summarizer_options",
    ),
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
    # A feed's articles, newest first: the feed filter of list_articles walks it (migration 0011).
    Index("ix_feed_items_feed_id_article_id", "feed_id", "article_id"),
)

# Publishers registered to embed the summary button (nutgraf.sites); the id is a public slug.
sites = Table(
    "sites",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text, nullable=False),
    # Hosts ("news.example", "127.0.0.1:8080") whose pages the site may have summarized.
    Column("hosts", JSON, nullable=False),
    # Origins ("https://news.example") whose pages may embed the widget (CORS, frame-ancestors).
    Column("origins", JSON, nullable=False),
    Column("summarizer", String(64), nullable=False),
    Column("sentences", Integer, nullable=False),
    Column("enabled", Boolean, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# The feeds and sitemaps a site warms from: rows of `feeds` (polled as feeds are), each of one site.
site_sources = Table(
    "site_sources",
    metadata,
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    Column("site_id", String(64), ForeignKey("sites.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    # Pages outside the site's hosts found in it (skipped, never fetched).
    Column("skipped", Integer, nullable=False),
    Index("ix_site_sources_site_id", "site_id"),
)

# The addresses under which a site's pages are known: the address asked for, the final one after
# redirects, and the page's own canonical and AMP links, each within the site's hosts.
site_pages = Table(
    "site_pages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", String(64), ForeignKey("sites.id", ondelete="CASCADE"), nullable=False),
    Column("canonical_url", Text, nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("site_id", "canonical_url"),
    Index("ix_site_pages_site_id_id", "site_id", "id"),
)

# Readers' reports of a problem with a summary ("Report a problem" in the widget).
site_flags = Table(
    "site_flags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site_id", String(64), ForeignKey("sites.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text, nullable=False),
    Column("summarizer", String(64), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("note", Text),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_site_flags_site_id_id", "site_id", "id"),
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
# Times are seconds since the epoch by the database's clock, so hosts' clocks do not matter. ``granted``
# is how many tokens the last take handed out (a replica takes a batch), for the take to return it;
# ``rate`` (tokens a second) and ``burst`` are the bucket's limit as the last take gave it.
rate_limits = Table(
    "rate_limits",
    metadata,
    Column("bucket", Text, primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("granted", Integer, nullable=False),
    Column("rate", Float, nullable=False),
    Column("burst", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)
