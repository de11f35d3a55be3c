"""The sites tables: publishers that embed the summary button, the feeds and sitemaps they warm from, the
addresses their pages are known by, and the problems readers flag."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from nutgraf.errors import InvalidInputError, StoreError
from nutgraf.store.articles import ALIAS_MAX_AGE, ArticleTable, StoredArticle
from nutgraf.store.articles import _article as article_of_row
from nutgraf.store.database import is_id, iso, utc_now
from nutgraf.store.feeds import DEFAULT_FEED_INTERVAL_S, StoredFeed, new_items, subscribe
from nutgraf.store.feeds import _feed as feed_of_row
from nutgraf.store.schema import articles, feed_items, feeds, site_flags, site_pages, site_sources, sites
from nutgraf.urls import canonical_url, fits_url_limit, host_of

_T = TypeVar("_T")


@dataclass(frozen=True)
class StoredSite:
    """A publisher registered to embed the summary button on its pages."""

    id: str
    url: str
    #: Hosts whose pages may be summarized for the site (``news.example``, ``127.0.0.1:8080``).
    hosts: tuple[str, ...]
    #: Origins whose pages may embed the widget (``https://news.example``).
    origins: tuple[str, ...]
    summarizer: str
    sentences: int
    enabled: bool
    created_at: datetime

    def covers(self, url: str | None) -> bool:
        """Whether ``url`` is an http(s) page on one of the site's hosts."""
        return host_of(url) in self.hosts

    def allows(self, origin: str | None) -> bool:
        """Whether a page of ``origin`` (an Origin header) may embed the widget."""
        return origin is not None and origin.lower() in self.origins

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "id": self.id,
            "url": self.url,
            "hosts": list(self.hosts),
            "origins": list(self.origins),
            "summarizer": self.summarizer,
            "sentences": self.sentences,
            "enabled": self.enabled,
            "created_at": iso(self.created_at),
        }


@dataclass(frozen=True)
class SiteSource:
    """A feed or sitemap a site warms from, with its polling state."""

    kind: str
    skipped: int
    feed: StoredFeed

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "skipped": self.skipped, **self.feed.to_dict()}


@dataclass(frozen=True)
class StoredFlag:
    """A reader's report of a problem with a site's summary."""

    id: int
    site_id: str
    article_id: int
    url: str
    summarizer: str
    reason: str
    note: str | None
    created_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "site_id": self.site_id,
            "article_id": self.article_id,
            "url": self.url,
            "summarizer": self.summarizer,
            "reason": self.reason,
            "note": self.note,
            "created_at": iso(self.created_at),
        }


class SiteTable(ArticleTable):
    """Sites, their warm-up sources, their pages' addresses and their flags."""

    def add_site(
        self,
        site_id: str,
        *,
        url: str,
        hosts: Iterable[str],
        origins: Iterable[str],
        summarizer: str,
        sentences: int,
        sources: Iterable[tuple[str, str]] = (),
        source_interval_s: int = DEFAULT_FEED_INTERVAL_S,
        titles: Mapping[str, str] | None = None,
        trial: bool = False,
    ) -> StoredSite:
        """Register a site, with its warm-up ``sources`` (``(kind, url)``: feeds to subscribe to, or ones
        already subscribed that no other site warms from), all in one transaction; a feed subscribed to
        now is named by its address's entry in ``titles``. With ``trial``, the site is checked as it
        would be added (its sources aside), and nothing is written.

        Raises :class:`InvalidInputError` when the id is taken, a host or an origin is another site's, or
        a source warms another site.
        """
        row = {
            "id": site_id,
            "url": url,
            "hosts": list(dict.fromkeys(hosts)),
            "origins": list(dict.fromkeys(origins)),
            "summarizer": summarizer,
            "sentences": sentences,
            "enabled": True,
            "created_at": utc_now(),
        }
        sources = list(sources)

        def add(connection: Connection) -> None:
            if connection.execute(select(sites.c.id).where(sites.c.id == site_id)).first():
                raise InvalidInputError(
                    f"a site with the id {site_id!r} exists; choose another id (--id), or remove it first"
                )
            _refuse_claimed(connection, site_id, hosts=row["hosts"], origins=row["origins"])
            if trial:
                raise _Tried(None)
            connection.execute(insert(sites).values(**row))
            _attach_sources(connection, site_id, sources, source_interval_s, titles or {})

        try:
            self._write_once_more_on_conflict(add)
        except _Tried:
            pass
        except IntegrityError:  # a concurrent add of the same id, twice over
            raise InvalidInputError(f"a site with the id {site_id!r} exists; choose another id") from None
        return _site(row)

    def get_site(self, site_id: str) -> StoredSite | None:
        """The site with ``site_id``, or ``None``."""
        if _no_site_has(site_id):
            return None
        with self.engine.connect() as connection:
            row = connection.execute(select(sites).where(sites.c.id == site_id)).mappings().first()
        return _site(row) if row else None

    def list_sites(self) -> list[StoredSite]:
        """All sites, by id."""
        with self.engine.connect() as connection:
            return [_site(row) for row in connection.execute(select(sites).order_by(sites.c.id)).mappings()]

    def update_site(
        self,
        site_id: str,
        *,
        add_sources: Iterable[tuple[str, str]] = (),
        remove_sources: Iterable[tuple[str, str]] = (),
        source_interval_s: int = DEFAULT_FEED_INTERVAL_S,
        add_origins: Iterable[str] = (),
        remove_origins: Iterable[str] = (),
        titles: Mapping[str, str] | None = None,
        trial: bool = False,
        **changes: Any,
    ) -> StoredSite | None:
        """Change a site's ``enabled``, ``origins``, ``summarizer`` or ``sentences``, warm it from
        ``add_sources`` too (``(kind, url)``, as :meth:`add_site` takes them) and no longer from
        ``remove_sources`` (unsubscribed, as :meth:`remove_site` does: their articles stay; ``titles`` as
        :meth:`add_site` takes them), all in one transaction; the site after the change, or ``None`` when
        there is no such site.

        ``add_origins`` and ``remove_origins`` change the site's origins one by one, read in the same
        transaction (a change made meanwhile is not undone), where ``origins`` replaces them all. With
        ``trial``, the change is checked as it would be made (the sources to add aside), and rolled back.

        Raises :class:`InvalidInputError` when an origin is another site's, an origin to remove is not
        the site's or is its last, a source to add warms another site, or one to remove is not one of the
        site's of that kind.
        """
        unknown = set(changes) - {"enabled", "origins", "summarizer", "sentences"}
        if unknown:
            raise ValueError(f"not changeable site fields: {sorted(unknown)}")
        if _no_site_has(site_id):
            return None
        if "origins" in changes:
            changes["origins"] = list(dict.fromkeys(changes["origins"]))
        added, removed = list(add_sources), list(remove_sources)
        origins_added, origins_removed = list(add_origins), list(remove_origins)

        def change(connection: Connection) -> StoredSite | None:
            # The site's row locked (PostgreSQL; SQLite's writers take turns): a removal under way is
            # waited for, and then there is no such site, where the change had updated nothing and
            # failed to read the site back; concurrent changes of one site take turns. NO KEY: a flag or
            # a page's address being added to the site need not wait.
            found = select(sites.c.id).where(sites.c.id == site_id).with_for_update(key_share=True)
            if not connection.execute(found).first():
                return None
            if origins_added or origins_removed:
                current = connection.execute(
                    select(sites.c.origins).where(sites.c.id == site_id)
                ).scalar_one()
                changes["origins"] = _origins_changed(site_id, current, origins_added, origins_removed)
            if "origins" in changes:
                _refuse_claimed(connection, site_id, hosts=[], origins=changes["origins"])
            if changes:
                connection.execute(update(sites).where(sites.c.id == site_id).values(**changes))
            for kind, source in removed:
                _detach_source(connection, site_id, kind, source)
            if trial:
                raise _Tried(
                    _site(connection.execute(select(sites).where(sites.c.id == site_id)).mappings().one())
                )
            _attach_sources(connection, site_id, added, source_interval_s, titles or {})
            return _site(connection.execute(select(sites).where(sites.c.id == site_id)).mappings().one())

        try:
            return self._write_once_more_on_conflict(change)
        except _Tried as tried:
            return tried.site
        except IntegrityError as exc:
            raise StoreError(f"could not change the site: {' '.join(str(exc.orig).split())}") from None

    def _write_once_more_on_conflict(self, write: Callable[[Connection], _T]) -> _T:
        """``write`` in a write transaction, and once more when it conflicts with a concurrent writer's.

        On PostgreSQL another writer may subscribe to a feed being added (another site's change, `nutgraf
        feeds add`), or add or remove the site, between this transaction's look-ups and its inserts: the
        insert then fails on a unique or foreign key, which had come out as a traceback (a 500 from the
        API) or, adding a site, as "a site with the id exists" for an id nobody had. The second look-up
        sees what that writer committed and answers as it would have (the feed adopted, or refused as
        another site's; the id taken; no such site). SQLite's writers take turns.
        """
        try:
            with self._write() as connection:
                return write(connection)
        except IntegrityError:
            with self._write() as connection:
                return write(connection)

    def remove_site(self, site_id: str) -> bool:
        """Remove a site with its warm-up sources (unsubscribed), page addresses and flags; its articles
        stay. Whether there was such a site."""
        if _no_site_has(site_id):
            return False
        with self._write() as connection:
            owned = select(site_sources.c.feed_id).where(site_sources.c.site_id == site_id)
            connection.execute(delete(feeds).where(feeds.c.id.in_(owned)))
            return connection.execute(delete(sites).where(sites.c.id == site_id)).rowcount > 0

    def site_sources(self, site_id: str) -> list[SiteSource]:
        """The feeds and sitemaps ``site_id`` warms from, with their polling state."""
        query = (
            select(site_sources.c.kind, site_sources.c.skipped, feeds)
            .join(feeds, feeds.c.id == site_sources.c.feed_id)
            .where(site_sources.c.site_id == site_id)
            .order_by(feeds.c.id)
        )
        with self.engine.connect() as connection:
            return [
                SiteSource(row["kind"], row["skipped"], feed_of_row(row))
                for row in connection.execute(query).mappings()
            ]

    def source_kind(self, feed_id: int) -> str | None:
        """What the feed ``feed_id`` is to the site that warms from it (``"feed"`` or ``"sitemap"``), or
        ``None`` for a feed of the reader's own (or none)."""
        if not is_id(feed_id):
            return None
        query = select(site_sources.c.kind).where(site_sources.c.feed_id == feed_id)
        with self.engine.connect() as connection:
            return connection.execute(query).scalar_one_or_none()

    def site_of_feed(self, feed_id: int) -> StoredSite | None:
        """The site that warms from the feed ``feed_id``, or ``None`` for a feed of the reader's own (or
        none)."""
        if not is_id(feed_id):
            return None  # an id past the database's integers (SQLite's overflowed in the driver)
        query = select(sites).join(site_sources, site_sources.c.site_id == sites.c.id)
        with self.engine.connect() as connection:
            row = connection.execute(query.where(site_sources.c.feed_id == feed_id)).mappings().first()
        return _site(row) if row else None

    def record_skipped(self, feed_id: int, pages: Iterable[tuple[str, str | None]], error: str) -> None:
        """Record the new items of a site's feed found outside the site's hosts (``(key, link)``, distinct
        keys the feed has not had), each as failed with ``error``, and count them, in one statement: one
        transaction each had taken 8 s for a sitemap's 2,000 such pages on SQLite. An item another poller
        of the feed recorded since this one looked is neither recorded nor counted again (that poller's
        insert had failed this one, and its poll)."""
        now = utc_now()
        rows = [
            {"feed_id": feed_id, "key": key, "link": link, "attempts": 1, "error": error, "updated_at": now}
            for key, link in pages
        ]
        with self._write() as connection:
            recorded = connection.execute(new_items(connection).returning(feed_items.c.id), rows).all()
            connection.execute(
                update(site_sources)
                .where(site_sources.c.feed_id == feed_id)
                .values(skipped=site_sources.c.skipped + len(recorded))
            )

    def find_site_article(self, site_id: str, urls: Iterable[str]) -> StoredArticle | None:
        """The article known to ``site_id`` under one of ``urls`` (their canonical forms) by a fetch within
        :data:`~nutgraf.store.articles.ALIAS_MAX_AGE`, as an alias is, else the one whose verified address
        is one of them (stored by the reader's other doors: a feed, the publisher's ``POST
        /api/articles``); ``None`` when none is. Not one those doors' aliases lead to: their fetches could
        leave the site's hosts, which the site's own fetches may not.

        A site's address ages as an alias does because it too may have led elsewhere: a redirect (a
        WordPress site sends an unknown slug to the post it guesses), a "/latest" page, a canonical link
        the publisher changed. Known for ever, the answer the first reader got was every later reader's,
        even once the address held its own story."""
        keys = list(dict.fromkeys(canonical_url(url) for url in urls))
        if not keys:
            return None
        by_page = (
            select(articles)
            .join(site_pages, site_pages.c.article_id == articles.c.id)
            .where(
                site_pages.c.site_id == site_id,
                site_pages.c.canonical_url.in_(keys),
                site_pages.c.created_at > utc_now() - ALIAS_MAX_AGE,
            )
            .limit(1)
        )
        with self.engine.connect() as connection:
            row = connection.execute(by_page).mappings().first()
        if row is not None:
            return article_of_row(row)
        return next(filter(None, (self.find_verified_article(key) for key in keys)), None)

    def add_site_pages(self, site_id: str, urls: Iterable[str], article_id: int) -> None:
        """Know ``article_id`` as the site's page at each of ``urls``; an address already known to the
        site keeps its article (first come, first kept: a page cannot take over another's address) until
        it is :data:`~nutgraf.store.articles.ALIAS_MAX_AGE` old, which :meth:`find_site_article` ignores:
        then the fetch that found the address unknown makes it anew. An address past the limit of an address's bytes (a sitemap's or a feed's link, which no one
        checked) is left out: PostgreSQL refuses to index it."""
        now = utc_now()
        # In the addresses' order, not the fetch's: two replicas storing one page under two addresses
        # found in opposite orders (a redirect's A then B, a feed's B then A) each locked its first row
        # and waited for the other's, a deadlock on PostgreSQL; in one order the second waits its turn.
        rows = [
            {"site_id": site_id, "canonical_url": key, "article_id": article_id, "created_at": now}
            for key in sorted({canonical_url(url) for url in urls})
            if fits_url_limit(key)
        ]
        if not rows:
            return
        # Another replica may be storing the same page now: the address is then known, not a conflict.
        query = self._insert(site_pages)
        query = query.on_conflict_do_update(
            index_elements=[site_pages.c.site_id, site_pages.c.canonical_url],
            set_={"article_id": query.excluded.article_id, "created_at": query.excluded.created_at},
            where=site_pages.c.created_at <= now - ALIAS_MAX_AGE,
        )
        with self._write() as connection:
            connection.execute(query, rows)

    def latest_site_article(self, site_id: str) -> StoredArticle | None:
        """The site's most recently stored page, or ``None`` while it has none."""
        query = (
            select(articles)
            .join(site_pages, site_pages.c.article_id == articles.c.id)
            .where(site_pages.c.site_id == site_id)
            .order_by(articles.c.id.desc())
            .limit(1)
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).mappings().first()
        return article_of_row(row) if row else None

    def add_flag(
        self, site_id: str, *, article_id: int, url: str, summarizer: str, reason: str, note: str | None
    ) -> StoredFlag:
        """Keep a reader's report of a problem with the summary of ``article_id`` on ``site_id``."""
        values = {
            "site_id": site_id,
            "article_id": article_id,
            "url": url,
            "summarizer": summarizer,
            "reason": reason,
            "note": note,
            "created_at": utc_now(),
        }
        with self._write() as connection:
            row = connection.execute(insert(site_flags).values(**values).returning(*site_flags.c)).mappings()
            return _flag(row.one())

    def list_flags(self, site_id: str, *, limit: int = 100, before: int | None = None) -> list[StoredFlag]:
        """A site's flags, newest first, ``limit`` at most (``before``: only flags older than that id)."""
        query = (
            select(site_flags)
            .where(site_flags.c.site_id == site_id)
            .order_by(site_flags.c.id.desc())
            .limit(limit)
        )
        if before is not None:
            if not is_id(before):
                return []
            query = query.where(site_flags.c.id < before)
        with self.engine.connect() as connection:
            return [_flag(row) for row in connection.execute(query).mappings()]

    def count_flags(self, site_id: str) -> int:
        """How many flags readers have sent for ``site_id``."""
        query = select(func.count()).select_from(site_flags).where(site_flags.c.site_id == site_id)
        with self.engine.connect() as connection:
            return connection.execute(query).scalar_one()


class _Tried(Exception):  # not an error: the end of a trial write
    """Ends a trial write once everything is checked, so that its transaction is rolled back."""

    def __init__(self, site: StoredSite | None) -> None:
        super().__init__()
        self.site = site


def _no_site_has(site_id: str) -> bool:
    """Whether ``site_id`` is no site's for certain: one holding a NUL (``/api/sites/%00``), which no id
    has and PostgreSQL refuses in a query (it had answered 500), or a lone surrogate (an undecodable byte
    of a command's argument, ``nutgraf sites remove $'\\xff'``), which no driver encodes (a traceback)."""
    return "\x00" in site_id or (
        not site_id.isascii() and any("\ud800" <= character <= "\udfff" for character in site_id)
    )


#: Arbitrary constant: the key of the PostgreSQL advisory lock that has sites claim hosts and origins one
#: at a time.
_SITE_CLAIMS_LOCK = 7_216_447_032


def _origins_changed(site_id: str, origins: list[str], added: list[str], removed: list[str]) -> list[str]:
    """The site ``site_id``'s ``origins`` with ``added`` ones and without ``removed`` ones; refused
    (:class:`InvalidInputError`) when one to remove is not the site's, or none would be left: a button no
    page may embed answers nothing, and ``sites disable`` is the way to switch it off."""
    if unknown := [origin for origin in removed if origin not in origins]:
        raise InvalidInputError(
            f"the site {site_id!r} has no origin {unknown[0]}; its origins: {', '.join(origins)}"
        )
    left = [origin for origin in dict.fromkeys([*origins, *added]) if origin not in removed]
    if not left:
        raise InvalidInputError(
            f"{removed[-1]} is the last origin of the site {site_id!r}, whose button no page could embed"
            f" without one; add another in the same command (--add-origin), or switch the button off with"
            f" `nutgraf sites disable {site_id}`"
        )
    return left


def _refuse_claimed(connection: Connection, site_id: str, *, hosts: list[str], origins: list[str]) -> None:
    """Refuse (:class:`InvalidInputError`) ``hosts`` or ``origins`` that a site other than ``site_id``
    has: each host's pages, and each origin's button, are one site's. A second site on a host fetched and
    stored the same pages again, under its own addresses and its own rate of new pages, and its readers'
    flags went to another list; a second site listing an origin let that origin's pages spend that site's
    fetches too. The widget's element chooses a summary's options itself, so one site serves every kind
    of page of a publisher.

    On PostgreSQL, sites claim one at a time (an advisory lock for the transaction): two registrations of
    one host at once had each found it free. SQLite's writers take turns."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SITE_CLAIMS_LOCK})")
    others = select(sites.c.id, sites.c.hosts, sites.c.origins).where(sites.c.id != site_id)
    for other in connection.execute(others.order_by(sites.c.id)):
        if taken := [host for host in hosts if host in other.hosts]:
            raise InvalidInputError(
                f"the site {other.id!r} has the host {taken[0]} already: a host's pages are one site's;"
                f" change that site (nutgraf sites update {other.id}, PATCH /api/sites/{other.id}) or"
                " remove it first"
            )
        if taken := [origin for origin in origins if origin in other.origins]:
            raise InvalidInputError(
                f"the site {other.id!r} lists the origin {taken[0]} already: an origin's pages embed one"
                f" site's button; give this site other origins (--origin), or take it off that site's"
                f" (nutgraf sites update {other.id} --remove-origin {taken[0]})"
            )


def _attach_sources(
    connection: Connection,
    site_id: str,
    sources: Iterable[tuple[str, str]],
    interval_s: int,
    titles: Mapping[str, str],
) -> None:
    """Warm ``site_id`` from ``sources`` (``(kind, url)``): each subscribed to (under its entry in
    ``titles``) unless it is, and adopted unless the site has it already; one that warms another site is
    refused."""
    for kind, source in sources:
        feed_id = subscribe(connection, source, title=titles.get(source), interval_s=interval_s)[0]["id"]
        owner = connection.execute(
            select(site_sources.c.site_id).where(site_sources.c.feed_id == feed_id)
        ).scalar()
        if owner is not None and owner != site_id:
            raise InvalidInputError(f"{source} already warms the site {owner!r}")
        if owner is None:
            connection.execute(
                insert(site_sources).values(feed_id=feed_id, site_id=site_id, kind=kind, skipped=0)
            )


def _detach_source(connection: Connection, site_id: str, kind: str, source: str) -> None:
    """Unsubscribe from the ``kind`` (feed or sitemap) of ``site_id`` at ``source``; its articles stay."""
    owned = (
        select(feeds.c.id, feeds.c.url, site_sources.c.kind)
        .join(site_sources, site_sources.c.feed_id == feeds.c.id)
        .where(site_sources.c.site_id == site_id)
        .order_by(feeds.c.id)
    )
    rows = connection.execute(owned).all()
    found = [row.id for row in rows if row.url == source and row.kind == kind]
    if not found:
        has = [row.url for row in rows if row.kind == kind]
        other = next((row.kind for row in rows if row.url == source), None)
        why = f"it is a {other} of it, not a {kind}" if other else f"its {kind}s: {', '.join(has) or 'none'}"
        raise InvalidInputError(f"{source} is not a {kind} of the site {site_id!r}; {why}")
    connection.execute(delete(feeds).where(feeds.c.id == found[0]))


def _site(row: Mapping[str, Any]) -> StoredSite:
    values = {name: row[name] for name in StoredSite.__dataclass_fields__}
    return StoredSite(**{**values, "hosts": tuple(row["hosts"]), "origins": tuple(row["origins"])})


def _flag(row: Mapping[str, Any]) -> StoredFlag:
    return StoredFlag(**{name: row[name] for name in StoredFlag.__dataclass_fields__})
