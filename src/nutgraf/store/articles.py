"""The articles table: articles deduplicated by their verified canonical URL and, unless nutgraf fetched
them, by a hash of their text; and the aliases table: the other addresses nutgraf fetched each article from.

An article's address is verified when nutgraf fetched the article from it (or a writer holding the API
token gave it); otherwise it is the article's claim (a pasted page's canonical link, an address given with
pasted text), kept as information. Only verified addresses are found again (:meth:`find_article`) and
deduplicate: a claim must not decide what a later fetch of that address, or a feed linking to it, gets.
A page fetched from an address is that address's article, with the page's own title, byline and site,
even when another page has the same text (a copy, a syndicated story): the text's hash finds a stored
article only for a claim, or for a fetch whose text was stored as a claim. An address nutgraf was asked
to fetch that led to an article stored under another (a redirect) is that article's alias, found again
as its verified address is for :data:`ALIAS_MAX_AGE` after the fetch; aliases come from nutgraf's own
fetches alone.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    RowMapping,
    Select,
    any_,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.exc import IntegrityError

from nutgraf.article import Article, site_of, without_bidi_controls
from nutgraf.decode import clean_characters
from nutgraf.errors import InvalidInputError, StoreError
from nutgraf.language.codes import language_code
from nutgraf.store.database import MAX_ID, SQLITE_LOWER, Database, folded, is_id, utc_now
from nutgraf.store.feeds import hold_feed, own_item_key, record_item
from nutgraf.store.schema import article_aliases, articles, feed_items, summaries
from nutgraf.urls import canonical_url, fits_url_limit, http_link

_WORD = re.compile(r"\S+")
#: The longest search (``list_articles(search=...)``) and the most words it may hold: each word is a scan
#: of every article's title and body, so a search costs at most this many.
MAX_SEARCH_CHARS = 200
MAX_SEARCH_WORDS = 8

#: How long an alias finds its article after the fetch that made it. A publisher may point an address
#: elsewhere (a "/latest" redirect, an address reused for a new story): after this an older alias is
#: ignored, the address fetched again and its alias made anew; a redirect that still holds costs one
#: fetch a day.
ALIAS_MAX_AGE = timedelta(days=1)
#: How far past :data:`ALIAS_MAX_AGE` an alias may wait before it is deleted (:func:`due_alias_pruning`):
#: the worker deletes them in batches, at most once this often, not one by one as each ages.
ALIAS_PRUNE_SLACK = timedelta(hours=1)


def content_hash(text: str) -> str:
    """SHA-256 of ``text`` with white space folded: the same article text gives the same hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored, with its id, dedup keys and provenance."""

    id: int
    text: str
    title: str | None
    byline: str | None
    published: datetime | None
    language: str | None
    url: str | None
    site: str | None
    #: The page's dek or meta description (:attr:`Article.description`); ``None`` for an article stored
    #: before nutgraf kept one (migration 0009).
    description: str | None
    #: Whether the page declares itself a news story (:attr:`Article.news`), so that the stored article
    #: is summarized as its page is; ``None`` for pasted text and an article stored before nutgraf kept
    #: it (migration 0010), which is summarized as text.
    news: bool | None
    canonical_url: str | None
    #: Whether nutgraf fetched the article from ``url`` (or a writer with the API token gave it).
    url_verified: bool
    content_hash: str
    feed_id: int | None
    created_at: datetime

    @property
    def article(self) -> Article:
        """The :class:`Article` to summarize."""
        return Article(
            text=self.text,
            title=self.title,
            byline=self.byline,
            published=self.published,
            language=self.language,
            url=self.url,
            site=self.site,
            description=self.description,
            news=self.news,
        )

    def to_dict(self, *, text: bool = True) -> dict[str, Any]:
        """A JSON-ready dict; without ``text``, an ``excerpt`` of the body stands in for it."""
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "byline": self.byline,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "url_verified": self.url_verified,
            "site": self.site,
            "description": self.description,
            "feed_id": self.feed_id,
            "created_at": self.created_at.isoformat(),
        }
        if text:
            data["text"] = self.text
        else:
            data["excerpt"] = excerpt(self.text)
        return data


@dataclass(frozen=True)
class Headline:
    """An article's id, title (the start of its text when it has none) and language (``None`` when not
    known), for links to it: a link shows the title in the article's language."""

    id: int
    title: str
    language: str | None = None


def excerpt(text: str, limit: int = 240) -> str:
    """The start of ``text`` up to about ``limit`` characters, cut at a word boundary."""
    # Only the words that can show are read: a list holds every article's, however long it is.
    words, length = [], -1
    for word in _WORD.finditer(text):
        words.append(word.group())
        length += 1 + len(words[-1])
        if length > limit:
            break
    flat = " ".join(words)
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


def shown_title(title: str | None, text: str) -> str:
    """What a link to an article shows: its title, or the start of its text when it has none."""
    return title or excerpt(text, 90)


def _headline(row: Any) -> Headline | None:
    return Headline(row.id, shown_title(row.title, row.opening), row.language) if row else None


class ArticleTable(Database):
    """Articles: stored once each, listed newest first."""

    def add_article(
        self,
        article: Article,
        *,
        feed_id: int | None = None,
        item_key: str | None = None,
        url_verified: bool = False,
        requested_url: str | None = None,
    ) -> tuple[StoredArticle, bool]:
        """Store ``article`` unless the store has it already; returns the stored article and whether it is new.

        With ``url_verified`` (nutgraf fetched ``article`` from ``article.url``, or a writer with the API
        token gave it) the article stored under the same verified canonical URL is a duplicate: the one
        already stored is returned. A verified article whose text (:func:`content_hash`) is stored under a
        claim makes that article the page's: its address, title and other metadata become the fetched
        page's (and its summaries are made again). A verified article whose text is stored only under
        other verified addresses is new: each page shows its own title, byline and address, so a page that
        copied another's text, fetched first, cannot pose as the other. An article not verified (pasted,
        or its address a claim) with the same text as one stored is a duplicate: the first stored is
        returned. Addresses other than http(s) are not kept. With ``feed_id`` the feed item ``item_key``
        (without one, an item of the article's own) is recorded as done in the same transaction: a
        feed's items list its articles (:meth:`list_articles`).

        ``requested_url`` is the address nutgraf was asked to fetch and fetched ``article`` from (before
        redirects and meta refreshes); with ``url_verified``, when it is not the stored article's own
        address, it becomes that article's alias (:meth:`find_article` finds the article under it), so
        the next request for it needs no fetch. Only a caller that fetched the article itself may give
        it: an alias is nutgraf's own finding, never a writer's or a pasted page's word. An address
        already an alias keeps its article.
        """
        try:
            return self._add_article(article, feed_id, item_key, url_verified, requested_url)
        except IntegrityError:
            # A concurrent writer stored the same article (the same verified address, or the same text
            # as a claim) between our look-up and our insert: the second look-up finds it.
            try:
                return self._add_article(article, feed_id, item_key, url_verified, requested_url)
            except IntegrityError as exc:
                raise StoreError(f"could not store the article: {' '.join(str(exc.orig).split())}") from None

    def _add_article(
        self,
        article: Article,
        feed_id: int | None,
        item_key: str | None,
        url_verified: bool,
        requested_url: str | None,
    ) -> tuple[StoredArticle, bool]:
        url = http_link(article.url)
        canonical = canonical_url(url) if url else None
        # An address past the limit (a redirect's, which no one checked) cannot be a key: PostgreSQL
        # refuses to index it. The article is stored with it as its claim.
        verified = url_verified and canonical is not None and fits_url_limit(canonical)
        digest = content_hash(article.text)
        values = {
            "url": url,
            "canonical_url": canonical,
            "url_verified": verified,
            "content_hash": digest,
            "title": article.title,
            "byline": article.byline,
            "published": article.published,
            "language": article.language,
            "site": article.site or site_of(url),
            "description": article.description,
            "news": article.news,
            "text": article.text,
            "feed_id": feed_id,
            "created_at": utc_now(),
        }
        with self._write() as connection:
            if feed_id is not None:
                hold_feed(connection, feed_id)
            if url_verified:
                # A fetched page is found by its own address, or takes over its text stored as a claim:
                # the same text at another verified address is another page, which keeps its own row.
                # (One at an address too long to key is stored as a claim, under its own metadata.)
                row = self._find(connection, _verified_at(canonical)) if verified else None
                row = row or self._find(
                    connection, (articles.c.content_hash == digest) & ~articles.c.url_verified
                )
            else:
                query = select(articles).where(articles.c.content_hash == digest).order_by(articles.c.id)
                row = connection.execute(query.limit(1)).mappings().first()
            if row is not None and verified and not row["url_verified"]:
                # None when another writer's page took the claim meanwhile: this page is then new.
                row = self._verify(connection, row, values)
            created = row is None
            if row is None:
                query = insert(articles).values(**values).returning(*articles.c)
                row = connection.execute(query).mappings().one()
            if verified and requested_url is not None:
                self._add_alias(connection, canonical_url(requested_url), row)
            if feed_id is not None:
                # The feed's items list its articles (list_articles): one stored without its item's key
                # is recorded under a key of its own, as migration 0011 recorded those stored before.
                key = item_key if item_key is not None else own_item_key(row["id"])
                record_item(connection, feed_id, key, url, row["id"], None)
            return _article(row), created

    def _add_alias(self, connection: Connection, key: str, row: RowMapping) -> None:
        """Know the article ``row`` under the canonical address ``key`` too, unless it is the article's
        own, a live alias already (first come, first kept: another replica may have recorded it just
        now), or past the limit of an address's bytes (PostgreSQL refuses to index a longer one; such an
        address is fetched again when asked for, as before aliases). An alias older than
        :data:`ALIAS_MAX_AGE`, which :meth:`find_article` ignores, is replaced."""
        if key == row["canonical_url"] or not fits_url_limit(key):
            return
        now = utc_now()
        alias = {"canonical_url": key, "article_id": row["id"], "created_at": now}
        query = self._insert(article_aliases).values(**alias)
        connection.execute(
            query.on_conflict_do_update(
                index_elements=[article_aliases.c.canonical_url],
                set_={"article_id": row["id"], "created_at": now},
                where=article_aliases.c.created_at <= now - ALIAS_MAX_AGE,
            )
        )

    @staticmethod
    def _find(connection: Connection, match: Any) -> RowMapping | None:
        return connection.execute(select(articles).where(match).limit(1)).mappings().first()

    @staticmethod
    def _verify(connection: Connection, row: RowMapping, values: dict[str, Any]) -> RowMapping | None:
        """The stored claim ``row``, whose text a fetched page has, as that page's: its address verified and
        its metadata the page's (a claim's title or byline must not stay), its summaries dropped. ``None``
        when it is a claim no longer: a concurrent writer made it another page's (PostgreSQL reads the
        row again once that writer commits; SQLite's writers take turns)."""
        kept = ("content_hash", "text", "created_at") + (("feed_id",) if row["feed_id"] is not None else ())
        changes = {name: value for name, value in values.items() if name not in kept}
        claim = (articles.c.id == row["id"]) & ~articles.c.url_verified
        query = update(articles).where(claim).values(**changes).returning(*articles.c)
        verified = connection.execute(query).mappings().first()
        if verified is not None:
            connection.execute(delete(summaries).where(summaries.c.article_id == row["id"]))
        return verified

    def get_article(self, article_id: int) -> StoredArticle | None:
        """The article with ``article_id``, or ``None``."""
        if not is_id(article_id):
            return None
        with self.engine.connect() as connection:
            row = connection.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
        return _article(row) if row else None

    def find_article(self, url: str) -> StoredArticle | None:
        """The article fetched from (or vouched for under) the canonical form of ``url``, else the one a
        fetch of that address led to within :data:`ALIAS_MAX_AGE` (its alias: see :meth:`add_article`),
        or ``None``; an article that only claims the address is not it."""
        key = canonical_url(url)
        aliased = (
            select(articles)
            .join(article_aliases, article_aliases.c.article_id == articles.c.id)
            .where(
                article_aliases.c.canonical_url == key,
                article_aliases.c.created_at > utc_now() - ALIAS_MAX_AGE,
                articles.c.url_verified,
            )
            .limit(1)
        )
        with self.engine.connect() as connection:
            row = self._find(connection, _verified_at(key))
            row = row or connection.execute(aliased).mappings().first()
        return _article(row) if row else None

    def find_verified_article(self, url: str) -> StoredArticle | None:
        """The article whose own verified address is the canonical form of ``url``, or ``None``: not one
        an alias leads to (a fetch of the address may have been redirected anywhere)."""
        with self.engine.connect() as connection:
            row = self._find(connection, _verified_at(canonical_url(url)))
        return _article(row) if row else None

    def list_articles(
        self,
        *,
        limit: int = 20,
        before: int | None = None,
        feed_id: int | None = None,
        site: str | None = None,
        language: str | None = None,
        since: datetime | None = None,
        search: str | None = None,
    ) -> list[StoredArticle]:
        """Articles newest first (by when they were stored), ``limit`` at most, optionally filtered: by
        feed (the articles of its items, those another feed brought first included), site (a blank one:
        none), ``language`` (an ISO 639 code, as :func:`~nutgraf.language.codes.language_code` reads it),
        ``since`` (stored at or after it; a naive time is UTC's) and ``search``: words each of which the
        title or the body holds, in any case (see :func:`search_words`; none: every article).

        ``before`` is an article id: only articles stored before it are listed (keyset pagination).
        Raises :class:`InvalidInputError` for a search past :data:`MAX_SEARCH_CHARS` or
        :data:`MAX_SEARCH_WORDS`.
        """
        query = select(articles)
        newest = articles.c.id
        if feed_id is not None:
            if not is_id(feed_id):
                return []
            # An article keeps the feed that brought it first; another feed carrying the same story
            # records it among its items, and lists it too. Every article a feed brought has an item of
            # that feed (recorded with it; migration 0011 gave the older ones theirs), so the items alone
            # list the feed: walked newest first on their (feed_id, article_id) index, each joined to
            # its article, a page reads its own rows whether the feed holds twenty articles or a
            # million. "articles.feed_id = X OR id IN (its items)" had kept both databases off every
            # index (65-100 ms a page on PostgreSQL at 300,000 articles, a second at millions).
            # The same story under two of the feed's keys (its guid changed, or its link) is listed
            # once, by its first item.
            earlier = feed_items.alias("earlier")
            first = ~exists().where(
                earlier.c.feed_id == feed_id,
                earlier.c.article_id == feed_items.c.article_id,
                earlier.c.id < feed_items.c.id,
            )
            query = query.join(feed_items, feed_items.c.article_id == articles.c.id).where(
                feed_items.c.feed_id == feed_id, first
            )
            # Ordered and paged by the item's column, which SQLite's walk of the index reads.
            newest = feed_items.c.article_id
        query = query.order_by(newest.desc()).limit(limit)
        for forms in search_words(search):
            query = query.where(
                self._has_word(articles.c.title, forms) | self._has_word(articles.c.text, forms)
            )
        if before is not None:
            # Both columns, in the feed's case: PostgreSQL carries no bound across the join, and, given
            # the item's alone, merged the feed's page with articles read from the newest down (a page
            # far back in a big feed read most of the table).
            query = query.where(articles.c.id < min(before, MAX_ID), newest < min(before, MAX_ID))
        # The white space at a site's ends is no part of it, and a blank one (a form's empty field, an unset
        # shell variable) is no filter, as on the reader's page: the API's `?site=` and `--site ""` had
        # listed nothing.
        site = (site.strip() or None) if site is not None else None
        if site is not None:
            if "\x00" in site:  # no site has one (stored text is cleaned of them); PostgreSQL refuses it
                return []
            query = query.where(_of_site(site))
        if language is not None:
            query = query.where(
                articles.c.language == language_code(language, left_out="leave it out to list every language")
            )
        if since is not None:
            try:
                since = since.astimezone(UTC) if since.tzinfo else since.replace(tzinfo=UTC)
            except OverflowError:
                # A time whose UTC is past datetime's years (0001-01-01T00:00+14:00 before the year 1,
                # 9999-12-31T23:59-14:00 after 9999), which had failed the query (a 500): before every
                # article, or after all.
                if since.year > 1:
                    return []
                since = None
        if since is not None:
            query = query.where(articles.c.created_at >= since)
        with self.engine.connect() as connection:
            return [_article(row) for row in connection.execute(query).mappings()]

    def _has_word(self, column: ColumnElement[Any], forms: tuple[str, ...]) -> ColumnElement[bool]:
        """Whether ``column`` holds one of a word's ``forms`` (as :func:`search_words` makes them), whatever
        the case of either: SQLite's own ``lower`` folds ASCII letters alone ("Москва" stayed unfound by
        "москва"), so there the store's :data:`~nutgraf.store.database.SQLITE_LOWER` folds;
        PostgreSQL's folds every script."""
        if self.is_sqlite:
            lowered = getattr(func, SQLITE_LOWER)(column)
        elif any("σ" in form for form in forms):
            # Every sigma one, as :func:`~nutgraf.store.database.folded` makes the search's; only for a
            # word that holds one, as translate() doubles the time of a scan (0.48 to 1.12 s on 10,000
            # articles of 600 words).
            lowered = func.translate(func.lower(column), "ς", "σ")
        else:
            lowered = func.lower(column)
        if len(forms) == 1 or self.is_sqlite:
            # autoescape: a "%" or "_" of the search is that character, not LIKE's wildcard.
            return or_(*(lowered.contains(form, autoescape=True) for form in forms))
        # LIKE ANY lower-cases each row's text once for both forms, where an OR of two LIKEs did it twice
        # (0.44 s against 0.87 s on 10,000 articles of 600 words).
        # PostgreSQL takes no ESCAPE clause there: its patterns escape with LIKE's default, a backslash.
        patterns = array([f"%{_escaped(form)}%" for form in forms])
        return lowered.like(any_(patterns))

    def count_articles(self) -> int:
        """How many articles the store holds."""
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(articles)).scalar_one()

    def neighbours(self, article_id: int) -> tuple[Headline | None, Headline | None]:
        """The articles just above and below ``article_id`` in the newest-first list: (previous, next)."""
        # The start of the text stands in for a missing title, as it does in the article list.
        columns = (
            articles.c.id,
            articles.c.title,
            articles.c.language,
            func.substr(articles.c.text, 1, 300).label("opening"),
        )
        with self.engine.connect() as connection:
            newer = connection.execute(
                select(*columns).where(articles.c.id > article_id).order_by(articles.c.id).limit(1)
            ).first()
            older = connection.execute(
                select(*columns).where(articles.c.id < article_id).order_by(articles.c.id.desc()).limit(1)
            ).first()
        return _headline(newer), _headline(older)

    def forget_old_aliases(self) -> int:
        """Delete the aliases older than :data:`ALIAS_MAX_AGE` (no look-up uses them); returns how many."""
        query = delete(article_aliases).where(article_aliases.c.created_at <= utc_now() - ALIAS_MAX_AGE)
        with self._write() as connection:
            return connection.execute(query).rowcount


def search_words(search: str | None) -> list[tuple[str, ...]]:
    """The words of a search, each as the forms to look for in an article's title or body (as a part of
    a word: "council" finds "councillor"); none for ``None`` or a blank search.

    A word's forms are its composed and its decomposed form (Unicode's NFC and NFD: "é" one character,
    or "e" and a combining accent), each lower-cased (see :func:`~nutgraf.store.database.folded`), one
    form when they are the same: stored text is kept as it came, in either, and the search finds both.
    Control characters are dropped and a lone surrogate (an argument's undecodable byte) stands as
    U+FFFD, as in stored text: PostgreSQL refuses a NUL. Bidi embeddings, overrides and isolates are
    dropped too: a title is stored without them, and a search pasted with them (as browsers copy a name set
    apart in text of the other direction) found no title. Raises :class:`InvalidInputError` for one past
    :data:`MAX_SEARCH_CHARS` characters or :data:`MAX_SEARCH_WORDS` words."""
    if not search:
        return []
    if len(search) > MAX_SEARCH_CHARS:
        raise InvalidInputError(
            f"a search is at most {MAX_SEARCH_CHARS} characters, not {len(search):,}; search for fewer words"
        )
    forms = list(
        dict.fromkeys(
            # Decomposed before folding: "İ" folds to "i", and its decomposed form ("I" and a dot) to "i"
            # and the dot, as PostgreSQL's lower() makes stored decomposed text.
            tuple(dict.fromkeys(folded(unicodedata.normalize(form, word)) for form in ("NFC", "NFD")))
            for word in (without_bidi_controls(clean_characters(search)) or "").split()
        )
    )
    if len(forms) > MAX_SEARCH_WORDS:
        raise InvalidInputError(
            f"a search is at most {MAX_SEARCH_WORDS} words, not {len(forms)}; leave out the least telling"
        )
    return forms


def _escaped(text: str) -> str:
    """``text`` as a part of a LIKE pattern that matches it alone, wildcards and backslashes escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: An age back from now, as ``since`` takes it: ``24h``, ``2d``, ``90m``.
_AGE = re.compile(r"(\d{1,5})\s*([mhd])")
_AGE_UNITS = {"m": "minutes", "h": "hours", "d": "days"}
#: The forms ``since`` takes, as a refusal lists them.
SINCE_FORMS = (
    "a date or date-time in ISO 8601 (2026-12-04, 2026-12-04T06:00:00+01:00; UTC unless it gives a zone)"
    " or an age back from now (24h, 2d, 90m)"
)


def since_time(value: str) -> datetime:
    """The time ``value`` gives for :meth:`ArticleTable.list_articles`'s ``since``, read alike by
    ``nutgraf articles list --since`` and ``GET /api/articles?since=``: a time in ISO 8601 (UTC unless it
    says) or an age back from now, the morning's "since yesterday" without working out the date.

    Raises:
        InvalidInputError: anything else, in words that list the forms taken (a ``ValueError``, which the
            HTTP API answers as a fault of the request, 422 ``invalid_request``).
    """
    age = _AGE.fullmatch(value.strip().lower())
    if age is not None:
        return datetime.now(UTC) - timedelta(**{_AGE_UNITS[age.group(2)]: int(age.group(1))})
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInputError(f"expected {SINCE_FORMS}, not {repr(value)[:60]}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _of_site(site: str) -> ColumnElement[bool]:
    """Whether an article is of ``site``: its address is on that host (with or without ``www.``, on any
    port), or the page gives that name for its site ("Valley Courier", as the article list shows it).
    The site column alone held a host only for pages that name no site, so a host found few articles."""
    conditions = [articles.c.site == site]
    if (host := site_of(f"//{site}")) is not None:
        host = f"[{host}]" if ":" in host else host
        for origin in (f"{scheme}://{www}{host}" for scheme in ("http", "https") for www in ("", "www.")):
            conditions.append(articles.c.canonical_url == origin)
            conditions += [articles.c.canonical_url.startswith(origin + end, autoescape=True) for end in "/:"]
    return or_(*conditions)


def due_alias_pruning(now: datetime) -> Select[Any]:
    """The job of deleting old aliases (one key, ``"aliases"``), due at ``now`` when an alias is
    :data:`ALIAS_PRUNE_SLACK` past :data:`ALIAS_MAX_AGE`: for the worker to claim
    (:func:`nutgraf.jobs.run_due`) and do with :meth:`ArticleTable.forget_old_aliases`."""
    overdue = article_aliases.c.created_at <= now - ALIAS_MAX_AGE - ALIAS_PRUNE_SLACK
    return select(literal("aliases")).select_from(article_aliases).where(overdue).limit(1)


def _verified_at(canonical: str) -> Any:
    """The article whose verified address is ``canonical`` (as the partial unique index covers it)."""
    return (articles.c.canonical_url == canonical) & articles.c.url_verified


def _article(row: Mapping[str, Any]) -> StoredArticle:
    return StoredArticle(**{name: row[name] for name in StoredArticle.__dataclass_fields__})
