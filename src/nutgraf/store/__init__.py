"""The article store: articles, their cached summaries, feeds with their polling state, and the sites
that embed the summary button.

Articles are deduplicated by canonical URL and by a hash of their text, so the same story reached by two
links, or pasted twice, is stored once; an address whose fetch led to a stored article (a redirect, an AMP
twin, the same text) finds it from then on without a fetch, as its alias. Summaries are cached per
article, summarizer and budget. The store runs on an embedded SQLite file (WAL mode; the default, in the
user's data directory) or on PostgreSQL, and :meth:`Store.open` brings the schema up to date with Alembic
migrations before anything else.

Every write is one transaction: a crash mid-write leaves the store as it was before it. One module per
table holds its queries (``articles`` with its aliases, ``summaries``, ``feeds``, ``sites``, ``leases``,
``limits``); :class:`Store` is all of them over one database (``database``). Several processes may share
one database: jobs and summaries being made are claimed with leases (``leases``), and rate limits can be
kept in it (``limits``).
"""

from __future__ import annotations

from nutgraf.store.articles import Headline, StoredArticle, content_hash, excerpt, shown_title
from nutgraf.store.database import MAX_ID, default_database_url
from nutgraf.store.feeds import DEFAULT_FEED_INTERVAL_S, FeedTable, ItemState, StoredFeed
from nutgraf.store.leases import Lease, LeaseLost
from nutgraf.store.limits import RateLimitTable
from nutgraf.store.sites import SiteSource, SiteTable, StoredFlag, StoredSite
from nutgraf.store.summaries import SummaryTable


class Store(SiteTable, SummaryTable, FeedTable, RateLimitTable):
    """Articles, summaries, feeds, sites, leases and rate limits in one SQL database. Safe to share
    between threads."""


__all__ = [
    "DEFAULT_FEED_INTERVAL_S",
    "MAX_ID",
    "Headline",
    "ItemState",
    "Lease",
    "LeaseLost",
    "SiteSource",
    "Store",
    "StoredArticle",
    "StoredFeed",
    "StoredFlag",
    "StoredSite",
    "content_hash",
    "default_database_url",
    "excerpt",
    "shown_title",
]
