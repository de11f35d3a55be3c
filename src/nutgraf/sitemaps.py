"""Sitemaps (sitemaps.org) as a source of a site's new pages, Google News sitemaps (``<news:news>``)
included: their pages' addresses, titles and publication dates, newest first.

A sitemap index lists other sitemaps; :func:`sitemap_pages` reads the few newest of them. The XML is
parsed without entity expansion, DTDs or network access (a billion-laughs document is refused), and
elements are matched by local name, since sitemaps in the wild get their namespaces wrong.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import chain

from nutgraf.decode import clean_characters
from nutgraf.errors import InvalidInputError, NutgrafError
from nutgraf.extract.html.metadata.date_lines import _FIRST_NEWS_YEAR
from nutgraf.fetch import GZIP_FILE_TYPES, FetchSettings, fetch
from nutgraf.urls import http_link, shown_url

log = logging.getLogger(__name__)

#: Child sitemaps of an index read in one poll (the newest by ``lastmod``).
MAX_CHILD_SITEMAPS = 3
#: Entries kept of one sitemap (a sitemap holds at most 50,000).
MAX_ENTRIES = 50_000
#: The content types a sitemap is accepted in (a gzip file too, as sitemaps.org allows: unpacked).
SITEMAP_TYPES = ("application/xml", "text/xml", *GZIP_FILE_TYPES)
_ROOTS = (b"<urlset", b"<sitemapindex")
# The step a refusal of a document as a sitemap ends on: sites name theirs in robots.txt.
_CHECK_SITEMAP_ADDRESS = (
    "check that the address is the site's sitemap (its robots.txt names it on a Sitemap: line)"
)


@dataclass(frozen=True)
class SitemapEntry:
    """A page (or, in an index, a sitemap) a sitemap lists."""

    url: str
    #: The Google News title, when the sitemap gives one.
    title: str | None
    #: The Google News publication date, else ``lastmod``.
    published: datetime | None


@dataclass(frozen=True)
class Sitemap:
    """What a sitemap lists: pages (a ``urlset``) or other sitemaps (a ``sitemapindex``), newest first."""

    pages: list[SitemapEntry]
    children: list[SitemapEntry]


def is_sitemap(content: bytes) -> bool:
    """Whether ``content`` looks like a sitemap or sitemap index (its root element, by a cheap look)."""
    head = content[:2048].lower()
    return any(root in head for root in _ROOTS) and b"<rss" not in head and b"<feed" not in head


def parse_sitemap(content: bytes) -> Sitemap:
    """The pages or child sitemaps ``content`` lists.

    Raises :class:`InvalidInputError` when it is not a well-formed sitemap.
    """
    from lxml import etree

    # A sitemap gzipped twice (a server's gzip over a .xml.gz, or a file packed again) is gzip once
    # unpacked: libxml2's words for it were "Start tag expected, '<' not found".
    if content[:2] == b"\x1f\x8b":
        raise InvalidInputError(
            "the document is gzip-compressed data, not a sitemap (a sitemap gzipped twice is unpacked"
            f" once): {_CHECK_SITEMAP_ADDRESS}"
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )
    try:
        root = etree.fromstring(bytes(content), parser)
    except etree.XMLSyntaxError as exc:
        raise InvalidInputError(
            f"the document is not a well-formed sitemap ({exc}): {_CHECK_SITEMAP_ADDRESS}"
        ) from None
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise InvalidInputError(
            f"the document is not a sitemap (its root element is <{kind}>): {_CHECK_SITEMAP_ADDRESS}"
        )
    entries = []
    # The elements are picked by lxml, in C: a look at each in Python took 1.5 s of CPU over a sitemap of
    # 2 million empty ones (8 MB), beside 0.3 s to parse it.
    for element in root.iterchildren("{*}url", "{*}sitemap"):
        if len(entries) >= MAX_ENTRIES:
            break
        entry = _entry(element)
        if entry is not None:
            entries.append(entry)
    # Newest first; entries without a date keep their order after the dated ones.
    entries.sort(key=lambda e: e.published or datetime.min.replace(tzinfo=UTC), reverse=True)
    return Sitemap(pages=entries, children=[]) if kind == "urlset" else Sitemap(pages=[], children=entries)


def sitemap_pages(content: bytes, *, fetch_settings: FetchSettings | None = None) -> list[SitemapEntry]:
    """The pages a sitemap lists, newest first; for an index, those of its :data:`MAX_CHILD_SITEMAPS`
    newest sitemaps (fetched now; one that fails is logged and left out).

    Raises :class:`InvalidInputError` when it is an index none of whose sitemaps could be read (with the
    first one's reason), so that the source's failure is seen where it is listed, not only in a log.
    """
    sitemap = parse_sitemap(content)
    pages = list(sitemap.pages)
    settings = dataclasses.replace(fetch_settings or FetchSettings(), accept=SITEMAP_TYPES)
    failures = []
    for child in sitemap.children[:MAX_CHILD_SITEMAPS]:
        try:
            read = parse_sitemap(fetch(child.url, settings=settings).content)
            if read.children:  # an index in an index, or one listing itself: no deeper, so no loop
                raise InvalidInputError(
                    "it is a sitemap index too, and sitemaps.org allows one level: add it as a sitemap of"
                    " the site itself"
                )
            pages += read.pages
        except NutgrafError as exc:
            log.warning("sitemap %s left out: %s", child.url, exc)
            failures.append(f"{child.url}: {exc}")
    if failures and len(failures) == len(sitemap.children[:MAX_CHILD_SITEMAPS]):
        raise InvalidInputError(
            f"none of the sitemaps this index lists could be read (the first, {failures[0]})"
        )
    pages.sort(key=lambda e: e.published or datetime.min.replace(tzinfo=UTC), reverse=True)
    return pages


# An entry's own fields, by local name, and those of its Google News block (<news:news>). Only there: an
# image's or a video's block beside it holds a title, a date and a loc of its own (image:title,
# video:publication_date, image:loc), which are not the page's.
_FIELDS = ("{*}loc", "{*}lastmod")
_NEWS_FIELDS = ("{*}publication_date", "{*}title")


def _entry(element) -> SitemapEntry | None:
    from lxml import etree

    fields: dict[str, str] = {}
    children = element.iterchildren(*_FIELDS)
    news = (child for block in element.iterchildren("{*}news") for child in block.iterchildren(*_NEWS_FIELDS))
    for child in chain(children, news):
        name = etree.QName(child).localname
        if name not in fields:
            fields[name] = clean_characters(child.text or "").strip()
    url = fields.get("loc")
    if http_link(url) is None:
        return None  # only web pages: no javascript: or data: addresses
    published = w3c_date(fields.get("publication_date")) or w3c_date(fields.get("lastmod"))
    # Without a user name and password, as a feed item's link is kept: a child sitemap's address reaches
    # the feed's stored error, `feeds poll` and the log when it fails, and a page is asked for as the
    # public would ask for it.
    return SitemapEntry(url=shown_url(url), title=fields.get("title") or None, published=published)


def w3c_date(value: object) -> datetime | None:
    """A W3C (RFC 3339) datetime (``2026-11-26``, ``2026-11-26T10:00:00Z``, with an offset...) in UTC, or
    ``None`` for anything else (a JSON Feed's date may be any JSON value)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
        return news_date(parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC))
    except (ValueError, OverflowError):  # in UTC, 0001-01-01T00:00+14:00 falls before the year 1
        return None


def news_date(moment: datetime) -> datetime | None:
    """``moment`` (aware) where an item published it could be: ``None`` before 1990 or after tomorrow.
    Feeds write placeholders (``0001-01-01``), and feedparser reads ``Sat, 01 Jan 0001 00:00:00 +2359`` as
    the year 2359: stored, such a date had been shown as the item's and sorted it above every other."""
    if moment.year < _FIRST_NEWS_YEAR or moment > datetime.now(UTC) + timedelta(days=1):
        return None
    return moment


__all__ = ["Sitemap", "SitemapEntry", "is_sitemap", "news_date", "parse_sitemap", "sitemap_pages", "w3c_date"]
