"""The feeds tables: subscriptions with their polling state, and what came of each feed item."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from nutgraf.article import without_bidi_controls
from nutgraf.store.database import Database, database_now, dialect_insert, is_id, iso, utc_now
from nutgraf.store.schema import feed_items, feeds, site_sources

#: How often a feed is polled when nothing is wrong with it, in seconds.
DEFAULT_FEED_INTERVAL_S = 1800
#: The longest title of a feed kept, a subscriber's or the channel's own: a longer one is text put in the wrong
#: place, no name (a channel's three megabytes were stored and listed with the feed at every request); the
#: API refuses a longer one, a channel's is dropped, and one stored before is read as none: the feed is
#: then shown by its address, and its next poll keeps the channel's title instead.
MAX_TITLE_CHARS = 1_000


@dataclass(frozen=True)
class StoredFeed:
    """A feed and the state of its polling. ``title`` holds no bidi embedding, override or isolate controls,
    whoever gave it (the feed's channel, a subscriber), as an article's title holds none: an override in
    "\u202eBad News" shows it reversed in every list of feeds; and it is ``None`` rather than past
    :data:`MAX_TITLE_CHARS`."""

    id: int
    url: str
    title: str | None
    site_url: str | None
    interval_s: int
    etag: str | None
    last_modified: str | None
    last_polled_at: datetime | None
    last_status: str | None
    last_error: str | None
    failures: int
    next_poll_at: datetime
    created_at: datetime

    def __post_init__(self) -> None:
        # Here, where every feed read from the store is made: a title stored before is shown clean (and
        # within the bound) too, and the next poll writes it back so.
        title = self.title if self.title is None or len(self.title) <= MAX_TITLE_CHARS else None
        object.__setattr__(self, "title", without_bidi_controls(title))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (validators such as the ETag are left out)."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "site_url": self.site_url,
            "interval_s": self.interval_s,
            "last_polled_at": iso(self.last_polled_at),
            "last_status": self.last_status,
            "last_error": self.last_error,
            "failures": self.failures,
            "next_poll_at": iso(self.next_poll_at),
            "created_at": iso(self.created_at),
        }


@dataclass(frozen=True)
class ItemState:
    """What happened to one feed item: the article it gave, or how often it failed."""

    article_id: int | None
    attempts: int


def subscribe(
    connection: Connection, url: str, *, title: str | None = None, interval_s: int = DEFAULT_FEED_INTERVAL_S
) -> tuple[Mapping[str, Any], bool]:
    """The row of the feed at ``url`` in this transaction, subscribed to (due for polling at once) when it
    was not; and whether it is new."""
    existing = connection.execute(select(feeds).where(feeds.c.url == url)).mappings().first()
    if existing:
        return existing, False
    now = database_now(connection)
    query = insert(feeds).values(
        url=url, title=title, interval_s=interval_s, failures=0, next_poll_at=now, created_at=now
    )
    return connection.execute(query.returning(*feeds.c)).mappings().one(), True


class FeedTable(Database):
    """Feeds and their items."""

    def add_feed(
        self, url: str, *, title: str | None = None, interval_s: int = DEFAULT_FEED_INTERVAL_S
    ) -> tuple[StoredFeed, bool]:
        """Subscribe to the feed at ``url`` (due for polling at once); returns it and whether it is new."""
        try:
            with self._write() as connection:
                row, created = subscribe(connection, url, title=title, interval_s=interval_s)
                return _feed(row), created
        except IntegrityError:
            feed = self.find_feed(url)
            if feed is None:
                raise
            return feed, False

    def find_feed(self, url: str) -> StoredFeed | None:
        """The feed subscribed to at ``url``, or ``None``."""
        with self.engine.connect() as connection:
            row = connection.execute(select(feeds).where(feeds.c.url == url)).mappings().first()
        return _feed(row) if row else None

    def get_feed(self, feed_id: int) -> StoredFeed | None:
        """The feed with ``feed_id``, or ``None``."""
        if not is_id(feed_id):
            return None
        with self.engine.connect() as connection:
            row = connection.execute(select(feeds).where(feeds.c.id == feed_id)).mappings().first()
        return _feed(row) if row else None

    def list_feeds(self) -> list[StoredFeed]:
        """All feeds, oldest subscription first."""
        with self.engine.connect() as connection:
            return [_feed(row) for row in connection.execute(select(feeds).order_by(feeds.c.id)).mappings()]

    def due_feeds(self, now: datetime | None = None) -> list[StoredFeed]:
        """The feeds whose next poll is due at ``now`` (default: the present), most overdue first."""
        query = due_feed_ids(now or self.now(), sitemaps=None).with_only_columns(*feeds.c)
        with self.engine.connect() as connection:
            return [_feed(row) for row in connection.execute(query).mappings()]

    def remove_feed(self, feed_id: int) -> bool:
        """Unsubscribe from a feed (its articles stay); whether there was such a feed."""
        if not is_id(feed_id):
            return False
        with self._write() as connection:
            return connection.execute(delete(feeds).where(feeds.c.id == feed_id)).rowcount > 0

    def update_feed(self, feed_id: int, **changes: Any) -> None:
        """Set columns of a feed's row (polling state, title...)."""
        unknown = set(changes) - (set(feeds.c.keys()) - {"id"})
        if unknown:
            raise ValueError(f"not changeable feed columns: {sorted(unknown)}")
        with self._write() as connection:
            connection.execute(update(feeds).where(feeds.c.id == feed_id).values(**changes))

    def item_states(self, feed_id: int) -> dict[str, ItemState]:
        """For each item key of the feed seen so far, what came of it."""
        query = select(feed_items.c.key, feed_items.c.article_id, feed_items.c.attempts).where(
            feed_items.c.feed_id == feed_id
        )
        with self.engine.connect() as connection:
            return {row.key: ItemState(row.article_id, row.attempts) for row in connection.execute(query)}

    def record_item_failure(self, feed_id: int, key: str, link: str | None, error: str) -> None:
        """Note that a feed item could not be turned into an article (one more failed attempt)."""
        with self._write() as connection:
            hold_feed(connection, feed_id)
            record_item(connection, feed_id, key, link, None, error)


def due_feed_ids(now: datetime, *, sitemaps: bool | None = False) -> Select[Any]:
    """The ids of the feeds due for polling at ``now``, most overdue first (for claiming with leases):
    RSS, Atom and JSON feeds, the reader's and sites' (``sitemaps=False``), sites' sitemaps (``True``), or both
    (``None``)."""
    query = select(feeds.c.id).where(feeds.c.next_poll_at <= now).order_by(feeds.c.next_poll_at)
    if sitemaps is None:
        return query
    listed = select(site_sources.c.feed_id).where(site_sources.c.kind == "sitemap")
    return query.where(feeds.c.id.in_(listed) if sitemaps else feeds.c.id.not_in(listed))


def _feed(row: Mapping[str, Any]) -> StoredFeed:
    return StoredFeed(**{name: row[name] for name in StoredFeed.__dataclass_fields__})


def hold_feed(connection: Connection, feed_id: int) -> None:
    """Keep the feed from being removed till the transaction ends (on PostgreSQL; SQLite's writers take
    turns), first thing in a transaction that writes its items or articles: removing a feed takes its row,
    then its items' and articles' (by cascade), so a writer that took one of those first and the feed's
    after (an item's insert, which needs its feed) deadlocked with a removal under way ("feeds remove"
    failed, or the poll)."""
    connection.execute(
        select(feeds.c.id).where(feeds.c.id == feed_id).with_for_update(read=True, key_share=True)
    )


def record_item(
    connection: Connection,
    feed_id: int,
    key: str,
    link: str | None,
    article_id: int | None,
    error: str | None,
) -> None:
    """Record what came of the feed's item ``key`` (its article or its error), in a transaction that holds
    the feed (:func:`hold_feed`)."""
    where = (feed_items.c.feed_id == feed_id) & (feed_items.c.key == key)
    now = utc_now()
    changes = {"link": link, "article_id": article_id, "error": error, "updated_at": now}
    held = _held_item(connection, where)
    if held is None:
        # Writers storing one item at once (replicas polling a feed without a lease, a story under two
        # feeds) each found none and inserted it, and on PostgreSQL all but one failed on the feed's unique
        # key, the story lost with its error: the insert cannot collide; a writer whose insert found the
        # item there reads it back, as it would have had it looked a moment later.
        new = new_items(connection).values(feed_id=feed_id, key=key, attempts=1, **changes)
        if connection.execute(new.returning(feed_items.c.id)).first():
            return
        held = _held_item(connection, where)
    if held.article_id is not None and held.article_id != article_id:
        # A feed's items alone list its articles (list_articles): where one key comes again with another
        # outcome (items sharing a guid, the next one stored or failed), the article it held keeps an
        # item of its own, or it left its feed's list.
        _keep_item(connection, feed_id, key, held.article_id, held.link, now)
    connection.execute(update(feed_items).where(where).values(attempts=feed_items.c.attempts + 1, **changes))


def new_items(connection: Connection) -> Any:
    """An INSERT of feed items that passes over each one recorded already (its feed and key): another
    writer's, made since this one looked, where an insert of it failed the items' unique key."""
    index = [feed_items.c.feed_id, feed_items.c.key]
    return dialect_insert(connection, feed_items).on_conflict_do_nothing(index_elements=index)


def _held_item(connection: Connection, where: Any) -> Any:
    """The article and link the item ``where`` holds, locked till the transaction ends (on PostgreSQL;
    SQLite's writers take turns), or ``None``: writers of one key then read in turn what the one before
    left (a story stored under a guid just now keeps its item of its own when the next one replaces it)."""
    query = select(feed_items.c.article_id, feed_items.c.link).where(where).with_for_update()
    return connection.execute(query).first()


def own_item_key(article_id: int) -> str:
    """The key of the feed item an article is recorded under when it has no key of the feed's own (stored
    without one, or its key now holds another article): migration 0011 gave the older ones theirs."""
    return f"nutgraf:article:{article_id}"


def _keep_item(
    connection: Connection, feed_id: int, key: str, article_id: int, link: str | None, now: datetime
) -> None:
    own = own_item_key(article_id)
    # Asked as two look-ups, each on its index: their OR was read on SQLite by walking all the feed's items,
    # so each item of a shared guid took longer the more items the feed had kept (hostile input, round 20).
    held_under_own = select(feed_items.c.id).where(feed_items.c.feed_id == feed_id, feed_items.c.key == own)
    held_elsewhere = select(feed_items.c.id).where(
        feed_items.c.feed_id == feed_id, feed_items.c.article_id == article_id, feed_items.c.key != key
    )
    if (
        connection.execute(held_under_own).first() is None
        and connection.execute(held_elsewhere.limit(1)).first() is None
    ):
        values = {"link": link, "article_id": article_id, "error": None, "updated_at": now}
        # A writer replacing another item of the same story at once may have given it this item first.
        connection.execute(new_items(connection).values(feed_id=feed_id, key=own, attempts=1, **values))
