"""The article store: articles, their cached summaries, and feeds with their polling state.

Articles are deduplicated by canonical URL and by a hash of their text, so the same story reached by two
links, or pasted twice, is stored once. Summaries are cached per article, summarizer and budget. The store
runs on an embedded SQLite file (WAL mode; the default, in the user's data directory) or on PostgreSQL,
and :meth:`Store.open` brings the schema up to date with Alembic migrations before anything else.

Every write is one transaction: a crash mid-write leaves the store as it was before it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import (
    Connection,
    Engine,
    RowMapping,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, SQLAlchemyError

from nutgraf.article import Article, Summary, SummarySentence, site_of
from nutgraf.errors import InvalidInputError, StoreError
from nutgraf.store.schema import articles, feed_items, feeds, summaries

#: How often a feed is polled when nothing is wrong with it, in seconds.
DEFAULT_FEED_INTERVAL_S = 1800
#: The longest URL the store accepts.
MAX_URL_CHARS = 2048
# Query parameters that track a click rather than name a page; a canonical URL drops them.
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Arbitrary constant: the key of the PostgreSQL advisory lock that serialises concurrent migrations.
_MIGRATION_LOCK = 7_216_447_031


def default_database_url() -> str:
    """The SQLite file in the user's data directory (for example ``~/.local/share/nutgraf/nutgraf.db``)."""
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path('nutgraf') / 'nutgraf.db'}"


_HOST_NAME = re.compile(rb"[A-Za-z0-9._-]+")
_URL_UNSAFE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def check_http_url(url: str) -> str:
    """``url`` stripped, if it is an absolute http(s) URL of reasonable length; else InvalidInputError."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        port = parts.port
    except ValueError:  # an unclosed IPv6 bracket, a port past 65535
        hostname = port = None
    # Control characters (NUL), and lone surrogates no encoder takes, would reach the database.
    if (
        not hostname
        or not _is_host_name(hostname)
        or port == 0
        or _URL_UNSAFE.search(url)
        or parts.scheme not in ("http", "https")
        or parts.username is not None
    ):
        raise InvalidInputError(
            f"not an http(s) URL: {url[:200]!r}; give an address like https://example.com/news/1"
            " (no user name or password in it)"
        )
    if len(url) > MAX_URL_CHARS:
        raise InvalidInputError(
            f"the URL is {len(url):,} characters long; at most {MAX_URL_CHARS:,} are accepted"
        )
    return url


def _is_host_name(hostname: str) -> bool:
    """Whether a fetch could look ``hostname`` up: letters, digits, "-", "_" and dots once in IDNA form,
    no empty label ("a..b") or one over 63 characters."""
    if ":" in hostname:  # an IPv6 literal, checked by the fetch
        return True
    try:
        return _HOST_NAME.fullmatch(hostname.encode("idna")) is not None
    except UnicodeError:
        return False


def canonical_url(url: str, *, keep_query: bool = False) -> str:
    """``url`` with what does not change the page removed: fragment, default port, tracking parameters.

    Scheme and host are lower-cased and the remaining query parameters sorted, so two links to the same
    article compare equal. With ``keep_query`` the query stays as written (a URL that is fetched again,
    like a feed's, may need it so).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if keep_query:
        return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in _TRACKING_PARAMS
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def content_hash(text: str) -> str:
    """SHA-256 of ``text`` with white space folded: the same article text gives the same hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


#: The largest id the id columns hold (SQL INTEGER: 32 bits in PostgreSQL): a larger one, from a URL,
#: names no row, and binding it would fail.
MAX_ID = 2**31 - 1


def _is_id(value: int) -> bool:
    return 1 <= value <= MAX_ID


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
    canonical_url: str | None
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
            "site": self.site,
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
    """An article's id and title (the start of its text when it has none), for links to it."""

    id: int
    title: str


@dataclass(frozen=True)
class StoredFeed:
    """A feed and the state of its polling."""

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

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (validators such as the ETag are left out)."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "site_url": self.site_url,
            "interval_s": self.interval_s,
            "last_polled_at": _iso(self.last_polled_at),
            "last_status": self.last_status,
            "last_error": self.last_error,
            "failures": self.failures,
            "next_poll_at": _iso(self.next_poll_at),
            "created_at": _iso(self.created_at),
        }


@dataclass(frozen=True)
class ItemState:
    """What happened to one feed item: the article it gave, or how often it failed."""

    article_id: int | None
    attempts: int


def excerpt(text: str, limit: int = 240) -> str:
    """The start of ``text`` up to about ``limit`` characters, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


def shown_title(title: str | None, text: str) -> str:
    """What a link to an article shows: its title, or the start of its text when it has none."""
    return title or excerpt(text, 90)


def _headline(row: Any) -> Headline | None:
    return Headline(row.id, shown_title(row.title, row.opening)) if row else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    """Articles, summaries and feeds in one SQL database. Safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (creating if need be) the store at a SQLAlchemy ``url`` and migrate it to the newest schema.

        ``None`` opens :func:`default_database_url`. ``postgresql://`` URLs use psycopg 3 (the
        ``postgres`` extra). Raises :class:`StoreError` when the database cannot be opened.
        """
        url = url or default_database_url()
        engine = _create_engine(url)
        store = cls(engine)
        try:
            store.migrate()
        except DatabaseError as exc:  # OperationalError (cannot connect) or not a database at all
            engine.dispose()
            shown = make_url(url).render_as_string(hide_password=True)
            raise StoreError(f"cannot open the database {shown}: {' '.join(str(exc.orig).split())}") from None
        return store

    def migrate(self) -> None:
        """Apply the Alembic migrations the database lacks."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        """Close the database connections."""
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        # IMMEDIATE takes SQLite's write lock up front, so two writers queue on busy_timeout instead of
        # one failing when it upgrades a read lock; PostgreSQL ignores the option.
        with self.engine.execution_options(sqlite_immediate=True).begin() as connection:
            yield connection

    # Articles

    def add_article(
        self,
        article: Article,
        *,
        feed_id: int | None = None,
        item_key: str | None = None,
    ) -> tuple[StoredArticle, bool]:
        """Store ``article`` unless the store has it already; returns the stored article and whether it is new.

        An article with the same canonical URL or the same text (:func:`content_hash`) is a duplicate: the
        one already stored is returned. With ``feed_id`` and ``item_key`` the feed item is recorded as
        done in the same transaction.
        """
        try:
            return self._add_article(article, feed_id, item_key)
        except IntegrityError:
            # A concurrent writer stored the same article between our look-up and our insert: the
            # second look-up finds it.
            try:
                return self._add_article(article, feed_id, item_key)
            except IntegrityError as exc:
                raise StoreError(f"could not store the article: {' '.join(str(exc.orig).split())}") from None

    def _add_article(
        self, article: Article, feed_id: int | None, item_key: str | None
    ) -> tuple[StoredArticle, bool]:
        canonical = canonical_url(article.url) if article.url else None
        digest = content_hash(article.text)
        with self._write() as connection:
            row = self._find_duplicate(connection, canonical, digest)
            created = row is None
            if row is None:
                values = {
                    "url": article.url,
                    "canonical_url": canonical,
                    "content_hash": digest,
                    "title": article.title,
                    "byline": article.byline,
                    "published": article.published,
                    "language": article.language,
                    "site": article.site or site_of(article.url),
                    "text": article.text,
                    "feed_id": feed_id,
                    "created_at": _now(),
                }
                query = insert(articles).values(**values).returning(*articles.c)
                row = connection.execute(query).mappings().one()
            if feed_id is not None and item_key is not None:
                self._record_item(connection, feed_id, item_key, article.url, row["id"], None)
            return _article(row), created

    @staticmethod
    def _find_duplicate(connection: Connection, canonical: str | None, digest: str) -> RowMapping | None:
        match = articles.c.content_hash == digest
        if canonical is not None:
            match = or_(match, articles.c.canonical_url == canonical)
        return connection.execute(select(articles).where(match).limit(1)).mappings().first()

    def get_article(self, article_id: int) -> StoredArticle | None:
        """The article with ``article_id``, or ``None``."""
        if not _is_id(article_id):
            return None
        with self.engine.connect() as connection:
            row = connection.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
        return _article(row) if row else None

    def find_article(self, url: str) -> StoredArticle | None:
        """The article stored under the canonical form of ``url``, or ``None``."""
        with self.engine.connect() as connection:
            row = (
                connection.execute(select(articles).where(articles.c.canonical_url == canonical_url(url)))
                .mappings()
                .first()
            )
        return _article(row) if row else None

    def list_articles(
        self,
        *,
        limit: int = 20,
        before: int | None = None,
        feed_id: int | None = None,
        site: str | None = None,
    ) -> list[StoredArticle]:
        """Articles newest first (by when they were stored), ``limit`` at most, optionally filtered.

        ``before`` is an article id: only articles stored before it are listed (keyset pagination).
        """
        query = select(articles).order_by(articles.c.id.desc()).limit(limit)
        if before is not None:
            query = query.where(articles.c.id < min(before, MAX_ID))
        if feed_id is not None:
            if not _is_id(feed_id):
                return []
            query = query.where(articles.c.feed_id == feed_id)
        if site is not None:
            if (host := site_of(f"//{site}")) is None:
                return []
            query = query.where(articles.c.site == host)
        with self.engine.connect() as connection:
            return [_article(row) for row in connection.execute(query).mappings()]

    def count_articles(self) -> int:
        """How many articles the store holds."""
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(articles)).scalar_one()

    def neighbours(self, article_id: int) -> tuple[Headline | None, Headline | None]:
        """The articles just above and below ``article_id`` in the newest-first list: (previous, next)."""
        # The start of the text stands in for a missing title, as it does in the article list.
        columns = (articles.c.id, articles.c.title, func.substr(articles.c.text, 1, 300).label("opening"))
        with self.engine.connect() as connection:
            newer = connection.execute(
                select(*columns).where(articles.c.id > article_id).order_by(articles.c.id).limit(1)
            ).first()
            older = connection.execute(
                select(*columns).where(articles.c.id < article_id).order_by(articles.c.id.desc()).limit(1)
            ).first()
        return _headline(newer), _headline(older)

    # Summaries

    def get_summary(
        self,
        article_id: int,
        *,
        summarizer: str,
        sentences: int | None,
        words: int | None,
        evidence: bool | None = None,
        strict: bool = False,
    ) -> dict[str, Any] | None:
        """The cached summary of an article for this summarizer and budget, or ``None``.

        ``evidence`` and ``strict`` shape the answer as :meth:`summary` describes; ``None`` is also
        returned when they ask for evidence that the cached summary was made without.
        """
        query = select(summaries).where(*_summary_key(article_id, summarizer, sentences, words))
        with self.engine.connect() as connection:
            row = connection.execute(query).mappings().first()
        if row is None:
            return None
        stored = row["sentences"]
        if _shows_evidence(stored, evidence, strict) and not _is_checked(stored):
            return None  # cached before anyone asked for its check (or before the cache kept checks)
        return _summary(row, evidence=evidence, strict=strict)

    def summary(
        self,
        stored: StoredArticle,
        *,
        summarizer: str = "default",
        sentences: int | None = 3,
        words: int | None = None,
        evidence: bool | None = None,
        strict: bool = False,
    ) -> dict[str, Any]:
        """The summary of ``stored`` from the cache, or made now and cached.

        The result is JSON-ready: ``article_id``, ``summarizer``, ``language``, ``text``, ``sentences``
        (each with ``text``, ``start``, ``end`` and ``score``; offsets into the article text, ``None`` for
        the new sentences of abstractive engines) and ``evidence``: the :func:`nutgraf.check` result as
        :meth:`nutgraf.check.Evidence.to_dict` gives it, or ``None``. As in :func:`nutgraf.summarize`,
        ``evidence=None`` checks abstractive summaries only, and ``strict`` drops the sentences the
        article does not support (implying ``evidence``). The check is cached with the summary, so a
        strict and a loose answer share one engine run.
        """
        cached = self.get_summary(
            stored.id,
            summarizer=summarizer,
            sentences=sentences,
            words=words,
            evidence=evidence,
            strict=strict,
        )
        if cached is not None:
            return cached
        from nutgraf.pipeline import summarize

        made = summarize(
            stored.article,
            sentences=sentences,
            words=words,
            summarizer=summarizer,
            evidence=True if strict or evidence else None,
        )
        return self.save_summary(
            stored, made, sentences=sentences, words=words, evidence=evidence, strict=strict
        )

    def save_summary(
        self,
        stored: StoredArticle,
        made: Summary,
        *,
        sentences: int | None,
        words: int | None,
        evidence: bool | None = None,
        strict: bool = False,
    ) -> dict[str, Any]:
        """Cache ``made``, a summary of ``stored`` for this budget (made without ``strict``, so that every
        sentence is kept), replacing one cached before; returns it shaped as :meth:`summary` does.

        ``strict`` and ``evidence=True`` need ``made`` to have been checked (``made.evidence``).
        """
        if (strict or evidence) and made.evidence is None:
            raise ValueError(
                "a strict or evidence answer needs a checked summary: summarize with evidence=True"
            )
        checks = made.evidence.sentences if made.evidence is not None else [None] * len(made.sentences)
        values = {
            "article_id": stored.id,
            "summarizer": made.summarizer,
            "max_sentences": sentences or 0,
            "max_words": words or 0,
            "language": made.language,
            "sentences": [
                _stored_sentence(s, check, made.evidence)
                for s, check in zip(made.sentences, checks, strict=True)
            ],
            "created_at": _now(),
        }
        key = _summary_key(stored.id, made.summarizer, sentences, words)
        try:
            with self._write() as connection:
                # Replaced, not kept: a summary cached without its check is re-made when a check is asked for.
                if not connection.execute(update(summaries).where(*key).values(**values)).rowcount:
                    connection.execute(insert(summaries).values(**values))
        except IntegrityError:
            pass  # another request cached the same summary first; ours is as good
        return _summary(values, evidence=evidence, strict=strict)

    # Feeds

    def add_feed(
        self, url: str, *, title: str | None = None, interval_s: int = DEFAULT_FEED_INTERVAL_S
    ) -> tuple[StoredFeed, bool]:
        """Subscribe to the feed at ``url`` (due for polling at once); returns it and whether it is new."""
        try:
            with self._write() as connection:
                existing = connection.execute(select(feeds).where(feeds.c.url == url)).mappings().first()
                if existing:
                    return _feed(existing), False
                now = _now()
                row = (
                    connection.execute(
                        insert(feeds)
                        .values(
                            url=url,
                            title=title,
                            interval_s=interval_s,
                            failures=0,
                            next_poll_at=now,
                            created_at=now,
                        )
                        .returning(*feeds.c)
                    )
                    .mappings()
                    .one()
                )
                return _feed(row), True
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
        if not _is_id(feed_id):
            return None
        with self.engine.connect() as connection:
            row = connection.execute(select(feeds).where(feeds.c.id == feed_id)).mappings().first()
        return _feed(row) if row else None

    def list_feeds(self) -> list[StoredFeed]:
        """All feeds, oldest subscription first."""
        with self.engine.connect() as connection:
            return [_feed(row) for row in connection.execute(select(feeds).order_by(feeds.c.id)).mappings()]

    def due_feeds(self, now: datetime | None = None) -> list[StoredFeed]:
        """The feeds whose next poll is due at ``now`` (default: the present)."""
        query = select(feeds).where(feeds.c.next_poll_at <= (now or _now())).order_by(feeds.c.next_poll_at)
        with self.engine.connect() as connection:
            return [_feed(row) for row in connection.execute(query).mappings()]

    def remove_feed(self, feed_id: int) -> bool:
        """Unsubscribe from a feed (its articles stay); whether there was such a feed."""
        if not _is_id(feed_id):
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
            self._record_item(connection, feed_id, key, link, None, error)

    @staticmethod
    def _record_item(
        connection: Connection,
        feed_id: int,
        key: str,
        link: str | None,
        article_id: int | None,
        error: str | None,
    ) -> None:
        where = (feed_items.c.feed_id == feed_id) & (feed_items.c.key == key)
        changes = {"link": link, "article_id": article_id, "error": error, "updated_at": _now()}
        done = connection.execute(
            update(feed_items).where(where).values(attempts=feed_items.c.attempts + 1, **changes)
        ).rowcount
        if not done:
            connection.execute(insert(feed_items).values(feed_id=feed_id, key=key, attempts=1, **changes))


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"not a database URL: {url!r}; use sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DB"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot make the folder {folder} for the database: {exc.strerror}"
                ) from None
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"the database driver {exc.name!r} is not installed; for PostgreSQL install nutgraf[postgres]"
        ) from None
    except (ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot use the database URL: {exc}") from None


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is switched off so that _begin_sqlite decides how to begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("sqlite_immediate")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _article(row: Mapping[str, Any]) -> StoredArticle:
    return StoredArticle(**{name: row[name] for name in StoredArticle.__dataclass_fields__})


def _feed(row: Mapping[str, Any]) -> StoredFeed:
    return StoredFeed(**{name: row[name] for name in StoredFeed.__dataclass_fields__})


def _summary_key(article_id: int, summarizer: str, sentences: int | None, words: int | None) -> list[Any]:
    # 0 stands for "no limit" in the table (see schema.summaries).
    return [
        summaries.c.article_id == article_id,
        summaries.c.summarizer == summarizer,
        summaries.c.max_sentences == (sentences or 0),
        summaries.c.max_words == (words or 0),
    ]


def _stored_sentence(sentence: SummarySentence, check: Any, evidence: Any) -> dict[str, Any]:
    """A summary sentence as the ``sentences`` JSON column keeps it: with its check, when it was checked."""
    data: dict[str, Any] = {
        "text": sentence.text,
        "start": sentence.start,
        "end": sentence.end,
        "score": sentence.score,
    }
    if check is not None:
        data["check"] = {
            "supported": check.supported,
            "score": check.score,
            "evidence": [list(span) for span in check.evidence],
            "unsupported": list(check.unsupported),
            "reason": check.reason,
            "threshold": evidence.threshold,
        }
    return data


def _is_checked(sentences: list[dict[str, Any]]) -> bool:
    return all("check" in s for s in sentences)


def _shows_evidence(sentences: list[dict[str, Any]], evidence: bool | None, strict: bool) -> bool:
    """Whether an answer shows the check: as :func:`nutgraf.summarize` decides, by default for
    abstractive summaries, whose new sentences have no place in the article."""
    if strict or evidence is not None:
        return strict or bool(evidence)
    return any(s["start"] is None for s in sentences)


def _summary(row: Mapping[str, Any], *, evidence: bool | None, strict: bool) -> dict[str, Any]:
    """A cached summary row as the API shows it (see :meth:`Store.summary`)."""
    stored = row["sentences"]
    checked = None
    if _shows_evidence(stored, evidence, strict) and _is_checked(stored):
        every = len(stored)
        if strict:
            stored = [s for s in stored if s["check"]["supported"]]
        if row["sentences"]:
            threshold = row["sentences"][0]["check"]["threshold"]
        else:
            from nutgraf.check import DEFAULT_THRESHOLD as threshold
        checks = [
            {"text": s["text"], **{k: v for k, v in s["check"].items() if k != "threshold"}} for s in stored
        ]
        checked = {
            "supported": all(c["supported"] for c in checks),
            "threshold": threshold,
            "sentences": checks,
            "dropped": every - len(stored),
        }
    sentences = [{k: s[k] for k in ("text", "start", "end", "score")} for s in stored]
    return {
        "article_id": row["article_id"],
        "summarizer": row["summarizer"],
        "language": row["language"],
        "text": " ".join(s["text"] for s in sentences),
        "sentences": sentences,
        "evidence": checked,
    }


__all__ = [
    "DEFAULT_FEED_INTERVAL_S",
    "Headline",
    "ItemState",
    "Store",
    "StoredArticle",
    "StoredFeed",
    "canonical_url",
    "check_http_url",
    "content_hash",
    "default_database_url",
    "excerpt",
    "shown_title",
]
