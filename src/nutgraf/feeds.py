"""Feeds: RSS, Atom and JSON Feed subscriptions, polled politely, whose new items become stored, summarized articles.

:func:`poll_feed` fetches one feed with a conditional GET (the ETag and Last-Modified of the last poll),
so an unchanged feed costs the publisher a 304. Each item not seen before is fetched through the SSRF-safe
fetcher, extracted, stored (deduplicated) and summarized with the service's summarizer
(``NUTGRAF_SUMMARIZER``, which the API's and the reader's summaries default to), so the summary a reader
asks for first is the one made in advance. A feed that fails is retried later and later
(exponential backoff up to a day); an item that fails is recorded and retried on the next few polls; and
neither stops the other feeds or items. :func:`poll_due` polls the due feeds, each under a lease, so that
any number of processes on one database poll each due feed once (:mod:`nutgraf.jobs`); ``nutgraf serve``
and ``nutgraf worker`` run it in the background (:mod:`nutgraf.worker`).

A site's feeds and sitemaps (:mod:`nutgraf.sites`) are feeds too, read as a sitemap when they are one:
their pages outside the site's hosts are skipped and counted, the others are read as the site's pages
(:mod:`nutgraf.sites.pages`) and summarized with the site's defaults, so the first reader to click finds
the summary made. Sitemaps are a background job kind of their own (:func:`poll_kinds`, leased as feeds
are, under the kind ``"sitemap"``), so each is polled once per interval however many processes run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.utils
import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from nutgraf.article import Article, without_bidi_controls
from nutgraf.decode import BYTE_ORDER_MARKS, clean_characters, decode_text
from nutgraf.errors import (
    BlockedURLError,
    FetchError,
    InputTooLargeError,
    InvalidInputError,
    NutgrafError,
    StoreError,
    StoreOutageError,
    StoreSchemaError,
    client_message,
)
from nutgraf.jobs import JobKind, run_due
from nutgraf.json_bounds import json_bound_exceeded, json_bound_refusal
from nutgraf.store import DEFAULT_FEED_INTERVAL_S, ItemState, LeaseLost, Store, StoredFeed, StoredSite
from nutgraf.store.database import store_error
from nutgraf.store.feeds import MAX_TITLE_CHARS, due_feed_ids
from nutgraf.urls import canonical_url, http_link, shown_url
from nutgraf.wording import counted, shown

if TYPE_CHECKING:
    from nutgraf.fetch import FetchSettings

log = logging.getLogger(__name__)

#: The content types a feed is asked for in (RSS 2.0, Atom, RSS 1.0, generic XML and JSON Feed).
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/xml",
    "text/xml",
    "application/json",
)
#: Content types servers wrongly send feeds in (a script's default text/html, a file server's guess): a
#: body in one is accepted too and read by what it holds, a web page being refused in words that say
#: which feed it names.
MISLABELLED_FEED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/octet-stream")
#: Items read of one feed, in its order (newest first): a poll takes at most :data:`MAX_ITEMS_PER_POLL`
#: new ones, and feedparser's time grows with the items (on a busy machine a 10 MB feed of 30,000 short
#: items took 11 to 32 s, its first 1,000 0.7 s).
MAX_FEED_ITEMS = 1000
#: The most markup of a feed feedparser is given, in tags (each counted :data:`_TAG_WORK` times), escaped
#: characters (``&lt;``, once each) and line breaks (once each, since 2026-12-05: an item of 5 million lines,
#: 10 MB, took 6 s): its time grows with them, not with the bytes (on a busy
#: 2-core machine 10 MB of escaped HTML of tiny tags took 6.7 s, and 10 MB of inline XHTML 58 s, where
#: 10 MB of plain escaped paragraphs took 0.4 s). Items past the bound are not read, as those past
#: :data:`MAX_FEED_ITEMS` are not (so a feed listed oldest first and past it never shows its new items);
#: an item that alone passes it is listed without its content, or left out, and a feed whose document
#: without its items passes it is refused. Every feed seen
#: holds far less: 100 items of articles of 400 tags each, escaped, are about 100,000.
MAX_FEED_MARKUP = 200_000
# A tag costs feedparser about four times an escaped character (an element's start and end, and often
# the text between).
_TAG_WORK = 4
# What a document nutgraf cannot read as a feed most often means: the address is another document's (the
# site's home page, an API's); the step every such refusal ends on.
_CHECK_FEED_ADDRESS = "check that the address is the site's feed"
_ITEM_CLOSERS = (b"</item>", b"</entry>")
_ITEM_OPENER = re.compile(rb"<(?:item|entry)[\s/>]")
_CONTENT_OPENERS = (b"<description", b"<content", b"<summary")
# The most markup of an item listed without its content: a title, links, a key and dates hold far less.
_LISTED_ITEM_MARKUP = 2_000
_CDATA_OPENER, _CDATA_CLOSER = b"<![CDATA[", b"]]>"
#: Attributes one tag of a feed may hold. feedparser's strict parser looks each attribute up by its name
#: among all the tag's (the standard library's ``getValueByQName`` walks them): one <item> of 20,000
#: attributes took 17 s, of 80,000 168 s. A feed's tags hold a few; so many are no feed of news.
MAX_FEED_TAG_ATTRIBUTES = 256
# An XML start tag of more than MAX_FEED_TAG_ATTRIBUTES attributes (quoted values, which hold no "<"): a
# search from one "<" stops at the next, so matching stays linear. A tag of unquoted values sends feedparser
# to its loose parser, linear in attributes.
_CROWDED_TAG = re.compile(
    rb"""<[^\s<>/!?]++(?:[ \t\r\n]*+[^\s<>="'/]++[ \t\r\n]*+=[ \t\r\n]*+(?:"[^"<]*+"|'[^'<]*+')){%d}"""
    % (MAX_FEED_TAG_ATTRIBUTES + 1)
)
# A feed's root element, and how far into the document it is looked for before the document is checked
# for a web page (past a long prolog of comments it is checked after feedparser, as any document is).
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:RDF")
_FEED_ROOT_REACH = 65536
# An item's date on a 12-hour clock ("Mon, 07 Dec 2026 1:00 PM EST", "9:15 a.m. PST", "1:00PM EST"), which
# feedparser's fallback reads without its meridiem and its zone: a story published at 18:00 UTC had been
# dated 01:00, and "1:00PM EST" not at all. A date is a few dozen characters; a longer one is left to it.
_MERIDIEM_TIME = re.compile(r"\b(\d{1,2}):(\d\d)(?::(\d\d))?+ ?+([AaPp])\.?+[Mm]\.?+(?=\s|$)")
_DATE_MAX_CHARACTERS = 64
# An element's start tag: where a document type declaration before it ends, at the latest.
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")
#: The most a JSON Feed may hold, counted before it is parsed (:func:`nutgraf.json_bounds.json_bound_exceeded`):
#: strings (keys included) and bytes outside them. ``json.loads`` takes seconds over megabytes of tiny
#: values and holds the GIL throughout (10 MB of empty lists beside the items: 3.7 s and 280 MB, which
#: stalled the service polling it); a feed of 1,000 items of twenty fields each holds 20,000 strings and,
#: pretty-printed, some 200 KB outside them.
MAX_JSON_FEED_STRINGS = 200_000
MAX_JSON_FEED_STRUCTURE_BYTES = 1_000_000
#: The longest a failing feed waits before its next try, in seconds (unless its interval is longer).
MAX_BACKOFF_S = 24 * 3600
#: Minutes between polls of a new feed, and the most allowed.
DEFAULT_INTERVAL_MINUTES = DEFAULT_FEED_INTERVAL_S // 60
MAX_INTERVAL_MINUTES = 7 * 24 * 60
#: The lease kinds of a feed's poll and of a site's sitemap's (their key: the row's id in ``feeds``).
FEED_LEASE = "feed"
SITEMAP_LEASE = "sitemap"
#: Minutes between polls of a site's feeds and sitemaps: new stories should be summarized before readers
#: come, and an unchanged source costs one 304.
SITE_SOURCE_INTERVAL_MINUTES = 10
#: How many times an item is tried before it is given up.
MAX_ITEM_ATTEMPTS = 3
#: At most this many new items are taken from one poll, so a first poll of a long feed stays short.
MAX_ITEMS_PER_POLL = 30
#: Seconds one poll spends on its items before leaving the rest to the next poll: each fetch is bounded,
#: but 30 items whose pages hang would hold a worker (and every feed behind this one) for half an hour.
POLL_BUDGET_S = 300.0
#: The longest item key (a guid, a link) kept as written, in UTF-8 bytes; a longer one is kept as its digest.
MAX_KEY_BYTES = 1000
# The encoding an XML declaration names (``<?xml version="1.0" encoding="iso-8859-1"?>``).
_XML_ENCODING = re.compile(rb"""\s*+<\?xml[^>]{0,200}?encoding\s*+=\s*+["']([A-Za-z0-9._:-]{1,40})["']""")
# How a feed in UTF-16 or UTF-32 written without a byte-order mark opens (XML's appendix F): "<" (of its
# declaration or root) after any white space, with its NULs. Read as UTF-8, which its bytes are too, the
# NULs made it no feed ("not well-formed (invalid token)").
_UNMARKED_OPENING = re.compile(
    rb"(?:[\t\n\r ]\x00{3})*+(<\x00{3})|(?:\x00{3}[\t\n\r ])*+(\x00{3}<)"
    rb"|(?:[\t\n\r ]\x00)*+(<\x00)|(?:\x00[\t\n\r ])*+(\x00<)"
)
# The encodings of _UNMARKED_OPENING's groups, in their order.
_UNMARKED_ENCODINGS = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
# The longest first line of a feed opening with a declaration that feedparser is given (see
# _with_short_first_line).
_FIRST_LINE_BYTES = 1024
# The characters a tag is written in, written as in ASCII by every encoding _CROWDED_TAG reads bytes in.
_MARKUP_CHARACTERS = "<=\"' /"
# Feed content shorter than this is a teaser, not the article: it is used only when the page cannot be had.
_MIN_CONTENT_CHARS = 500


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: a stable key, the article link, and what the feed says about it."""

    key: str
    link: str | None
    title: str | None
    published: datetime | None
    content: str | None


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title, the site it belongs to, and its items in the feed's order."""

    title: str | None
    site_url: str | None
    entries: list[FeedEntry]
    #: Items the document holds past those read (:data:`MAX_FEED_ITEMS`, :data:`MAX_FEED_MARKUP`), which
    #: no poll reads: a feed listing 100,000 is read for its first 1,000 alone.
    unread: int = 0


@dataclass
class PollResult:
    """What one poll of one feed did."""

    feed_id: int
    url: str
    #: ``fetched`` (the feed was read), ``not_modified`` (a 304) or ``failed``.
    status: str
    new_articles: list[int] = field(default_factory=list)
    failed_items: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    #: Pages of a site's feed skipped for lying outside the site's hosts (new ones, this poll).
    skipped: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return dataclasses.asdict(self)


def parse_feed(content: bytes | str, *, url: str | None = None) -> ParsedFeed:
    """The title, site link and items of an RSS, Atom or JSON Feed document fetched from ``url``: its
    first :data:`MAX_FEED_ITEMS` items, the count of those past them in :attr:`ParsedFeed.unread`. A
    document given as a string is read as the text it is, whatever encoding its declaration names.

    Relative links (``<link>/news/1</link>``, common in feeds) are read against ``url`` (or the feed's
    ``xml:base``); without either they are not web addresses, and such items are read from their content.

    Raises :class:`InvalidInputError` when ``content`` is not a feed (an HTML page, say).
    """
    import feedparser

    # Bytes, never str: feedparser treats a str as a URL or file name to open. Links are joined to
    # ``url`` here, not by giving feedparser a base: it would rewrite guids too, and so the items' keys.
    # A string had failed in bytes() with Python's "string argument without an encoding": it is text
    # already, sent as UTF-8 whatever its declaration says.
    text = isinstance(content, str)
    content = content.encode("utf-8", "replace") if isinstance(content, str) else bytes(content)
    if _is_json(content):
        return _parse_json_feed(content, url)
    if not any(root in content[:_FEED_ROOT_REACH] for root in _FEED_ROOTS):
        # A web page (a site's home page given for its feed, served as HTML) is refused before feedparser
        # reads it: its loose parser takes seconds a megabyte of markup (22 s for 4.5 MB of short tags).
        _refuse_web_page(content, url)
    headers = None
    encoding = _declared_encoding(content)
    if text:
        headers = {"content-type": "application/xml; charset=utf-8"}
    elif encoding is None:
        # feedparser would guess the encoding with chardet, whose filter of non-ASCII words is quadratic
        # in a run of letters (a 195 KB feed took 15 s): read as nutgraf reads any text, sent as UTF-8.
        content = decode_text(content).encode("utf-8")
        headers = {"content-type": "application/xml; charset=utf-8"}
    elif _MARKUP_CHARACTERS.encode(encoding) != _MARKUP_CHARACTERS.encode("ascii"):
        # UTF-16, UTF-32 (or EBCDIC): sent as UTF-8, so that the tags below are found in its bytes.
        content = content.decode(encoding).encode("utf-8")
        headers = {"content-type": "application/xml; charset=utf-8"}
    content = _without_doctype(content)
    if _CROWDED_TAG.search(content):
        raise InvalidInputError(
            f"the feed has a tag of more than {MAX_FEED_TAG_ATTRIBUTES} attributes, the most nutgraf reads in"
            f" one; no feed of news holds so many: {_CHECK_FEED_ADDRESS}"
        )
    # Unsanitized and unresolved: the content is extracted as any page is (its scripts dropped, its links
    # read against the item's), and feedparser's sanitizer took 74 s over 10 MB of tiny tags in CDATA.
    document = _with_short_first_line(_first_items(content, MAX_FEED_ITEMS, MAX_FEED_MARKUP))
    # The items the bounds cut, counted as the closers cut: the items parsed are fewer where an item's text
    # quotes a closer ("How to write </item>" in CDATA), and a feed within the bounds had been told of
    # items "past them" it does not have.
    unread = max(content.count(c) for c in _ITEM_CLOSERS) - max(document.count(c) for c in _ITEM_CLOSERS)
    try:
        parsed = feedparser.parse(
            document,
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except ValueError:
        # Two shapes of broken XML feedparser's parsers fail on with a ValueError, which came out of
        # parse_feed as a traceback (found by bench/fuzz_inputs.py): a character reference past Unicode's
        # last character ("&#99999999;", the loose parser's chr()), and a namespace name holding two
        # white space characters other than spaces (the strict parser's split of "namespace name").
        # The two found are named as examples: another break of the same kind gets the same refusal.
        raise InvalidInputError(
            "the document is not a feed nutgraf can read: its XML is broken in a way the feed parser fails on"
            " (such as a character reference past Unicode's last character, or a namespace name with white"
            f" space in it); {_CHECK_FEED_ADDRESS}"
        ) from None
    if not parsed.get("version") and not parsed.entries:  # an empty body has no version at all
        _refuse_web_page(content, url)
        reason = f" ({parsed.bozo_exception})" if parsed.bozo else ""
        raise InvalidInputError(
            f"the document is not an RSS, Atom or JSON feed{reason}: {_CHECK_FEED_ADDRESS}"
        )
    entries = []
    for item in parsed.entries[:MAX_FEED_ITEMS]:
        link = _web_link(item.get("link"), url)
        title = _title(item.get("title"))
        key = _item_key(_clean(item.get("id")) or link or _digest(f"{title}\n{item.get('summary', '')}"))
        contents = item.get("content") or []
        content = _clean(contents[0].get("value") if contents else item.get("summary"))
        entries.append(
            FeedEntry(
                key=key,
                link=link,
                title=title,
                # Each in turn: a placeholder publication date (0001-01-01) is no date, and the item's
                # updated (Atom's, or RSS's dc:date) had been passed over for it, the story dated null.
                published=_item_date(item, "published") or _item_date(item, "updated"),
                content=content or None,
            )
        )
    return ParsedFeed(
        title=_title(parsed.feed.get("title")),
        site_url=_site_link(parsed.feed.get("link"), url),
        entries=entries,
        unread=max(0, unread),
    )


def _without_doctype(content: bytes) -> bytes:
    """``content`` without its document type declaration, from ``<!DOCTYPE`` to the element after it.

    feedparser keeps the entities a declaration defines as plain text, and expands each reference to one:
    a 95 KB feed of one 10 KB entity referred to 17,000 times took 6.5 s and 520 MB, its item's text
    150 MB, and nested entities had expat expand 8 MB before its guard stopped it. No feed of news needs
    its own entities (HTML's, such as ``&nbsp;``, are read without a declaration). A first ``<!DOCTYPE``
    elsewhere (in a comment, or in an item's HTML) takes as much with it: at worst the document is then
    no feed, never one whose entities expand."""
    start = content.find(b"<!DOCTYPE")
    if start < 0:
        return content
    element = _ELEMENT_START.search(content, start)
    return content[:start] + (content[element.start() :] if element else b"")


def _with_short_first_line(content: bytes) -> bytes:
    """``content`` with its first line ended after its first tag, where the document opens with ``<?`` (a
    declaration) on a line longer than :data:`_FIRST_LINE_BYTES`.

    feedparser looks for the encoding a declaration names with a pattern over the first line that
    backtracks with the square of it where no ``?>`` closes it after "encoding=": an 8.8 MB feed of one
    line, its declaration cut short ("?<feed") and 6,000 quotation marks in it, held it for minutes
    (found by bench/fuzz_inputs.py). A line end after a tag changes no feed's reading.

    Raises :class:`InvalidInputError` where no tag ends in that many bytes: no feed's declaration is so
    long."""
    if not content.startswith(b"<?") or content.find(b"\n", 0, _FIRST_LINE_BYTES) >= 0:
        return content
    end = content.find(b">", 0, _FIRST_LINE_BYTES)
    if end < 0:
        raise InvalidInputError(
            f"the feed's XML declaration is not closed in its first {_FIRST_LINE_BYTES:,} bytes:"
            f" {_CHECK_FEED_ADDRESS}"
        )
    return content[: end + 1] + b"\n" + content[end + 1 :]


def _first_items(content: bytes, limit: int, markup: int) -> bytes:
    """An RSS or Atom document without its items past the ``limit``-th, or past those whose markup (see
    :data:`MAX_FEED_MARKUP`) with the rest of the document's passes ``markup``: the head, the first items
    and the document's end after its last item. Returned as it is when it is within both bounds (nearly
    every feed), so that feedparser reads it as written.

    An item that alone with the head and end passes ``markup`` (a table of 16,000 rows) is not read but
    listed by what precedes its content (its title and link; see :func:`_item_without_content`), or left
    out, and the items after it are read: one such item does not blank the feed.

    Raises :class:`InvalidInputError` when the head and end of the document without its items pass
    ``markup``."""
    # Counts in C, a few milliseconds for 10 MB; they count tags in CDATA too, which feedparser reads as
    # text, so a document over the bound by them is counted again without those.
    if _tags_and_escapes(content, 0, len(content)) <= markup and all(
        content.count(closer) <= limit for closer in _ITEM_CLOSERS
    ):
        return content
    closer = next((c for c in _ITEM_CLOSERS if c in content), None)
    tail = len(content) if closer is None else content.rindex(closer) + len(closer)
    opener = None if closer is None else _ITEM_OPENER.search(content, 0, content.index(closer))
    start = tail if opener is None else opener.start()
    # The head before the first item and the end after the last: what any reading of the feed holds.
    frame = _markup(content, 0, start, markup) + _markup(content, tail, len(content), markup)
    if frame > markup:
        raise InvalidInputError(
            f"the feed's document without its items holds more than {markup:,} units of markup (a tag is"
            f" {_TAG_WORK}, an escaped character or a line break 1), the most nutgraf reads of a feed; no feed of news"
            f" holds so much: {_CHECK_FEED_ADDRESS}"
        )
    kept, work, items = [content[:start]], frame, 0
    while items < limit and start < tail:
        following = content.index(closer, start) + len(closer)  # type: ignore[arg-type]
        item_work = _markup(content, start, following, markup - frame)
        if frame + item_work > markup:  # never readable: listed without its content, or left out
            listed = _item_without_content(content, start, following, closer)  # type: ignore[arg-type]
            log.info(
                "feed item %d holds more than %s units of markup: %s",
                items + 1,
                f"{markup:,}",
                "listed without its content" if listed else "left out",
            )
            item, item_work = listed, _tags_and_escapes(listed, 0, len(listed))
        else:
            item = content[start:following]
        if work + item_work > markup:
            break
        kept.append(item)
        work, items, start = work + item_work, items + 1, following
    kept.append(content[tail:])
    return b"".join(kept)


def _item_without_content(content: bytes, start: int, end: int, closer: bytes) -> bytes:
    """The item at ``content[start:end]`` cut before its first content element (``description``,
    ``content``, ``summary``) and closed: its title, link, key and date where they come first, as they
    do in nearly every feed; empty when no link does (the item could be neither fetched nor read), or
    when they hold much markup or an open CDATA section."""
    cut = min((at for name in _CONTENT_OPENERS if (at := content.find(name, start, end)) >= 0), default=end)
    if content.find(b"<link", start, cut) < 0:
        return b""
    if _markup(content, start, cut, _LISTED_ITEM_MARKUP) > _LISTED_ITEM_MARKUP:
        return b""
    if content.rfind(_CDATA_OPENER, start, cut) > content.rfind(_CDATA_CLOSER, start, cut):
        return b""
    return content[start:cut] + closer


def _markup(content: bytes, start: int, end: int, budget: int) -> int:
    """The markup of ``content[start:end]`` as :data:`MAX_FEED_MARKUP` counts it, outside CDATA sections;
    counted until it passes ``budget`` (a CDATA section counts as one tag and its line breaks, so the count
    ends soon)."""
    work = 0
    while start < end and work <= budget:
        opened = content.find(_CDATA_OPENER, start, end)
        stop = end if opened < 0 else opened
        work += _tags_and_escapes(content, start, stop)
        if opened < 0:
            break
        closed = content.find(_CDATA_CLOSER, opened, end)
        # A CDATA section's tags are text, but its lines are told apart as any text's are.
        work += _TAG_WORK + _line_breaks(content, opened, end if closed < 0 else closed)
        start = end if closed < 0 else closed + len(_CDATA_CLOSER)
    return work


def _tags_and_escapes(content: bytes, start: int, end: int) -> int:
    """The markup of ``content[start:end]`` counted whole, CDATA sections too: :data:`_TAG_WORK` a tag, 1
    an escaped character or a line break (more than :func:`_markup`'s count, never less)."""
    return (
        _TAG_WORK * content.count(b"<", start, end)
        + content.count(b"&", start, end)
        + _line_breaks(content, start, end)
    )


def _line_breaks(content: bytes, start: int, end: int) -> int:
    """How many line breaks ``content[start:end]`` holds, "\\r\\n" one: XML reads each as one, and
    feedparser is told of the text between two apart (an item of 5 million lines, 10 MB, took 6 s)."""
    return (
        content.count(b"\n", start, end)
        + content.count(b"\r", start, end)
        - content.count(b"\r\n", start, end)
    )


def _is_json(content: bytes) -> bool:
    """Whether ``content`` opens as a JSON object does (a JSON Feed's), not as XML."""
    return content.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _parse_json_feed(content: bytes, url: str | None) -> ParsedFeed:
    """A JSON Feed (jsonfeed.org, versions 1.0 and 1.1) read as :func:`parse_feed` reads RSS: its title,
    home page and first :data:`MAX_FEED_ITEMS` items; an item that is no object is skipped, a field of
    the wrong type is read as absent (a ``url`` that is a number, a date that is a list)."""
    from nutgraf.extract import is_json_feed

    exceeded = json_bound_exceeded(
        content, max_strings=MAX_JSON_FEED_STRINGS, max_structure_bytes=MAX_JSON_FEED_STRUCTURE_BYTES
    )
    if exceeded is not None:
        raise InputTooLargeError(
            json_bound_refusal(
                exceeded,
                "the JSON document",
                max_strings=MAX_JSON_FEED_STRINGS,
                max_structure_bytes=MAX_JSON_FEED_STRUCTURE_BYTES,
                reader="nutgraf",
                unit=f"a feed of {MAX_FEED_ITEMS:,} items",
                form=f"no feed holds so much: {_CHECK_FEED_ADDRESS}",
            )
        )
    try:
        try:
            data = json.loads(content)
        except UnicodeDecodeError:  # not UTF-8 as the format asks: read as nutgraf reads any text
            data = json.loads(decode_text(content))
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"the document is not an RSS, Atom or JSON feed (not JSON: {exc}): {_CHECK_FEED_ADDRESS}"
        ) from None
    except (ValueError, RecursionError):  # Python's own limits: a number's digits, a nest's depth
        raise InvalidInputError(
            "the document is JSON holding a number of thousands of digits or a nest a thousand levels"
            f" deep, which no feed holds; nutgraf does not read it: {_CHECK_FEED_ADDRESS}"
        ) from None
    if not is_json_feed(data):
        raise InvalidInputError(
            "the document is JSON but not a JSON Feed: it names no https://jsonfeed.org/version/ as its version;"
            f" {_CHECK_FEED_ADDRESS}"
        )
    items = data.get("items")
    if not isinstance(items, list):
        raise InvalidInputError(
            "the JSON Feed's items are not a list, so the feed is broken: ask its publisher to mend it, or"
            " give the site's RSS or Atom feed instead"
        )
    entries = []
    for item in items[:MAX_FEED_ITEMS]:
        if isinstance(item, dict):
            entries.append(_json_feed_entry(item, url))
    return ParsedFeed(
        title=_title(data.get("title")),
        site_url=_web_link(data.get("home_page_url"), url),
        entries=entries,
        unread=max(0, len(items) - MAX_FEED_ITEMS),
    )


def _json_feed_entry(item: dict[str, Any], url: str | None) -> FeedEntry:
    """One item of a JSON Feed: its ``url`` (else ``external_url``), title, date, content (its HTML, else
    its text, else its summary) and key (its ``id``, which version 1.0 allowed to be a number)."""
    from nutgraf.sitemaps import w3c_date

    link = _web_link(item.get("url"), url) or _web_link(item.get("external_url"), url)
    title = _title(item.get("title"))
    content = next(
        (text for name in ("content_html", "content_text", "summary") if (text := _clean(item.get(name)))),
        None,
    )
    item_id = item.get("id")
    if isinstance(item_id, int | float) and not isinstance(item_id, bool):
        item_id = str(item_id)
    key = _item_key(_clean(item_id) or link or _digest(f"{title}\n{content or ''}"))
    published = w3c_date(item.get("date_published")) or w3c_date(item.get("date_modified"))
    return FeedEntry(key=key, link=link, title=title, published=published, content=content)


def _refuse_web_page(content: bytes, url: str | None) -> None:
    """Raise :class:`InvalidInputError` saying what to subscribe to when ``content`` is a web page (a
    site's home page given for its feed, served as any type): the feeds its ``<link rel="alternate">``
    tags name, read against ``url``."""
    from nutgraf.extract.html import decode_html, looks_like_html
    from nutgraf.extract.html.markup import parse

    try:
        text = decode_html(content)
    except InvalidInputError:  # binary data: no page either, which the caller's refusal says
        return
    tree = parse(text) if looks_like_html(text) else None
    if tree is None:
        return
    alternates = tree.xpath(
        '//link[contains(concat(" ", normalize-space(translate(@rel, "ALTERNATE", "alternate")), " "),'
        ' " alternate ")]'
    )
    feeds = list(
        dict.fromkeys(
            link
            for element in alternates
            if (element.get("type") or "").strip().lower() in FEED_TYPES
            and (link := _web_link(element.get("href"), url))
        )
    )[:3]
    names = (
        f"; it names {'its feed' if len(feeds) == 1 else 'these feeds'}: {', '.join(feeds)}"
        if feeds
        else ' (a page names its feeds in <link rel="alternate" type="application/rss+xml"> tags)'
    )
    raise InvalidInputError(
        f"this is a web page, not a feed or sitemap: give the address of the feed itself{names}"
    )


def _declared_encoding(content: bytes) -> str | None:
    """The encoding ``content`` decodes in, which feedparser finds without guessing: its byte-order
    mark's, or the one its XML declaration names (UTF-8 when it names none); ``None`` for another."""
    for mark, marked in BYTE_ORDER_MARKS:
        if content.startswith(mark):
            return marked if _decodes(content[len(mark) :], marked) else None
    if opening := _UNMARKED_OPENING.match(content, 0, 4096):
        unmarked = _UNMARKED_ENCODINGS[opening.lastindex - 1]
        return unmarked if _decodes(content, unmarked) else None
    declared = _XML_ENCODING.match(content)
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        # A declaration found in one byte a character reads as itself only in an encoding that writes it
        # so: one naming UTF-16 or UTF-32 (two or four bytes each) lies, though the rest may decode in it.
        if declared and content[: declared.end()].decode(encoding) != declared.group().decode("ascii"):
            return None
    # UnicodeError, not only UnicodeDecodeError: Python's "undefined" and "punycode" codecs raise it.
    except (UnicodeError, LookupError):
        return None
    return encoding if _decodes(content, encoding) else None


def _decodes(content: bytes, encoding: str) -> bool:
    try:
        content.decode(encoding)
    except UnicodeError:
        return False
    return True


def _web_link(value: object, base: str | None) -> str | None:
    """A feed's link as a web address, read against ``base`` when relative; ``None`` for any other, and for
    one longer than any address nutgraf fetches (:data:`~nutgraf.fetch.MAX_FETCHED_URL_CHARS`): an item's
    article read from its content had been stored under a 2 MB address, and a failed item kept it in its
    row. A tracking link past the store's key bound still is one: it redirects to the story."""
    from nutgraf.fetch import MAX_FETCHED_URL_CHARS

    link = _clean(value)
    if link and base:
        try:
            link = urljoin(base, link.strip())
        except ValueError:  # a malformed host ("http://[oops/") is no address
            return None
    link = http_link(link)
    if link is None or len(link) > MAX_FETCHED_URL_CHARS:
        return None
    # A feed's link with a user name and password in it is kept without them: nutgraf does not send them,
    # and its address reaches the store, `feeds poll`'s lines and the log; the page is asked for as the
    # public would ask (a page behind a login then fails in words, the others are read).
    return shown_url(link)


def _site_link(value: object, url: str | None) -> str | None:
    """A feed's link to its site (:func:`_web_link`), or ``None`` when it is the feed's own address
    ``url``: feedparser gives an Atom feed's ``<id>`` as its link when it has no ``<link>``, and that id
    is often the feed's address, which is no site to link to."""
    link = _web_link(value, url)
    return (
        None
        if link and url and canonical_url(link, keep_query=True) == canonical_url(url, keep_query=True)
        else link
    )


def _item_date(item: dict[str, Any], key: str) -> datetime | None:
    """An item's date under ``key`` ("published", "updated"): read here where it is written on a 12-hour
    clock (:func:`_twelve_hour_date`), else as feedparser reads it."""
    return _twelve_hour_date(item.get(key)) or _date(item.get(f"{key}_parsed"))


def _twelve_hour_date(written: object) -> datetime | None:
    """A feed's date written on a 12-hour clock (:data:`_MERIDIEM_TIME`), in UTC at its hour, its zone's
    name or offset read; ``None`` for any other date, for one no calendar has and for one no news item has."""
    from feedparser.datetimes import _parse_date as feedparser_date

    from nutgraf.sitemaps import news_date

    if not isinstance(written, str) or len(written) > _DATE_MAX_CHARACTERS:
        return None
    clock = _MERIDIEM_TIME.search(written)
    if clock is None or not 1 <= int(clock[1]) <= 12:
        return None
    hour = int(clock[1]) % 12 + (12 if clock[4] in "Pp" else 0)
    rewritten = f"{written[: clock.start()]}{hour:02d}:{clock[2]}:{clock[3] or '00'}{written[clock.end() :]}"
    # On a 24-hour clock, feedparser reads it, the zones email's reader does not know among them ("1:00 PM
    # ET", "+01:00": read as UTC there, five hours and one early); email's reads what feedparser's cannot
    # ("December 7, 2026 1:00 PM EST").
    if parsed := feedparser_date(rewritten):
        return _date(parsed)
    try:
        read = email.utils.parsedate_to_datetime(rewritten)
        # No zone named is UTC, as feedparser reads such a date. A zone's offset can carry the last day a
        # datetime holds (9999-12-31) past it, a placeholder that had failed the whole feed.
        read = read.replace(tzinfo=UTC) if read.tzinfo is None else read.astimezone(UTC)
    except (TypeError, ValueError, OverflowError):
        return None
    return news_date(read)


def _date(parsed: tuple[int, ...] | None) -> datetime | None:
    """A feed date as feedparser reads it, in UTC; ``None`` for none, for one no calendar has (a zero
    date, ``0000-00-00``, comes out as the year -1), which would otherwise fail the whole feed, and for one
    no news item has (see :func:`nutgraf.sitemaps.news_date`)."""
    from nutgraf.sitemaps import news_date

    try:
        return news_date(datetime(*parsed[:6], tzinfo=UTC)) if parsed else None
    except (ValueError, OverflowError):
        return None


def _clean(value: object) -> str | None:
    """A feed's string, without the characters a database refuses (feedparser keeps an escaped NUL)."""
    return (clean_characters(value) or None) if isinstance(value, str) else None


def _title(value: object) -> str | None:
    """A feed's or an item's title, cleaned as :func:`_clean` cleans it and without bidi controls, as an
    article's and a stored feed's are (the check's message on adding had quoted a channel's override, shown
    as an escaped repr: a feed "'Town\\u202e news'"); ``None`` past
    :data:`MAX_TITLE_CHARS`: an item's of 2 MB had become the title of the article read from its content.
    Stripped, as feedparser strips an RSS or Atom one: a JSON Feed's channel of white space alone had been
    listed under a blank title."""
    title = without_bidi_controls((_clean(value) or "").strip() or None)
    return title if title is None or len(title) <= MAX_TITLE_CHARS else None


def subscribe(
    store: Store,
    url: str,
    *,
    title: str | None = None,
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES,
    fetch_settings: FetchSettings | None = None,
) -> tuple[StoredFeed, bool]:
    """Subscribe to the feed at ``url``; returns it and whether it is new (a known URL gives the existing one).

    The URL is checked now, as a fetch would check it, so that an internal address is refused at once
    rather than failing at every poll; two spellings of one URL (case of the host, a fragment, a default
    port) are one feed.

    ``title`` names the feed over its channel's own title (cleaned as a channel's is; blank: none).

    Raises:
        InvalidInputError: not an http(s) URL, an interval outside 1 minute to a week, or a title over
            :data:`MAX_TITLE_CHARS` characters.
        BlockedURLError: an internal address (unless ``fetch_settings`` allow it).
    """
    if not 1 <= interval_minutes <= MAX_INTERVAL_MINUTES:
        raise InvalidInputError(
            f"a feed's interval is 1 to {MAX_INTERVAL_MINUTES:,} minutes (a week), not {interval_minutes:,}"
        )
    title = without_bidi_controls(clean_characters(title).strip() or None) if title is not None else None
    if title is not None and len(title) > MAX_TITLE_CHARS:
        raise InvalidInputError(
            f"a feed's title is at most {MAX_TITLE_CHARS:,} characters, not {len(title):,}: give a shorter one"
        )
    url = feed_address(url, fetch_settings=fetch_settings)
    return store.add_feed(url, title=title, interval_s=interval_minutes * 60)


def unsubscribe(store: Store, feed_id: int, *, site_removal: str) -> bool:
    """Unsubscribe from the feed ``feed_id`` (its articles stay); whether there was such a feed.

    A site's feed or sitemap is refused: removed, it had gone without a word, the site stopped warming from
    it, and adding the site again could not give it back (its id is taken). It is the site's to drop:
    ``site_removal`` says how the caller's interface drops it from the site, ``{site}``, ``{kind}`` and
    ``{url}`` standing for the site's id, "feed" or "sitemap" and its address ("`nutgraf sites update
    {site} --remove-{kind} {url}`").

    Raises:
        InvalidInputError: the feed is a site's.
    """
    site = store.site_of_feed(feed_id)
    feed = store.get_feed(feed_id) if site is not None else None
    if site is not None and feed is not None:
        kind = store.source_kind(feed_id) or "feed"
        raise InvalidInputError(
            f"feed {feed_id} is a {kind} of the site {site.id}, which warms its pages from it; it was not"
            f" removed: {site_removal.format(site=site.id, kind=kind, url=feed.url)} removes it from the site"
        )
    return store.remove_feed(feed_id)


def feed_address(url: str, *, fetch_settings: FetchSettings | None = None) -> str:
    """A feed's (or sitemap's) address as it is kept: checked now as a fetch would check it, in canonical
    form with its query as written (see :func:`subscribe`)."""
    from nutgraf.fetch import check_destination

    url = kept_feed_address(url)
    check_destination(url, settings=fetch_settings)
    return url


def kept_feed_address(url: str) -> str:
    """A feed's address in the form it is kept in, to find it by: unlike :func:`feed_address`, not looked
    up, so that one whose host no longer resolves can still be found (and removed)."""
    from nutgraf.urls import canonical_url, check_http_url

    return canonical_url(check_http_url(url), keep_query=True)


def backoff_delay(interval_s: int, failures: int) -> timedelta:
    """How long to wait before polling again: the interval, doubled for each failure in a row, capped at
    a day (or at the interval, when that is longer)."""
    return timedelta(seconds=min(max(MAX_BACKOFF_S, interval_s), interval_s * 2 ** min(failures, 16)))


def poll_feed(
    store: Store,
    feed: StoredFeed,
    *,
    fetch_settings: FetchSettings | None = None,
    summarize: bool = True,
    summarizer: str = "default",
    budget_s: float = POLL_BUDGET_S,
) -> PollResult:
    """Poll one feed now: conditional GET, then fetch, store and (with ``summarize``) summarize new items,
    for up to ``budget_s`` seconds (the items left are taken at the next poll). Items are summarized with
    ``summarizer`` (the service's, :attr:`nutgraf.settings.Settings.summarizer`), a site's with the
    site's own defaults.

    Never raises for a broken feed or item: what went wrong is in the result and in the feed's state.
    """
    from nutgraf.fetch import fetch

    settings, headers = _feed_request(fetch_settings)
    # Sent back only in ASCII, which httpx encodes headers in: a validator holding another byte (an ETag
    # "café" in Latin-1) had failed every poll after the first with UnicodeEncodeError, and the feed's new
    # items were never read. Without it the poll is a plain GET.
    if feed.etag and feed.etag.isascii():
        headers["If-None-Match"] = feed.etag
    if feed.last_modified and feed.last_modified.isascii():
        headers["If-Modified-Since"] = feed.last_modified
    # The database's clock, as every process reads the next poll by it (a host's may be off).
    polled_at = store.now()
    deadline = time.monotonic() + budget_s
    try:
        page = fetch(feed.url, settings=settings, headers=headers)
        parsed = None if page.status == 304 else _read_source(page.content, page.url, settings)
    except Exception as exc:
        if not isinstance(exc, NutgrafError):
            # A fault of ours with this feed's answer must not stop the round for the other feeds.
            log.exception("polling feed %s failed unexpectedly", feed.url)
        error = _failure_message(exc)
        _back_off(store, feed, polled_at, error)
        return PollResult(feed.id, feed.url, "failed", error=error)

    result = PollResult(feed.id, feed.url, "not_modified" if parsed is None else "fetched")
    if parsed is not None:
        try:
            summarized_with = summarizer if summarize else None
            finished = _take_new_entries(
                store, feed, parsed, result, fetch_settings, summarized_with, deadline
            )
        except Exception:
            if store.get_feed(feed.id) is not None:
                raise
            # Unsubscribed while polled (`feeds remove`, DELETE /api/feeds, a site removed): its items'
            # rows went with it, so the next one could not be written. What is stored stays.
            log.info("feed %s was removed while it was polled; the poll stopped", feed.url)
            result.error = "the feed was removed while it was polled; the articles stored so far stay"
            return result
    # Validators are saved only once the items are in, so that a crash mid-poll, or a poll out of time,
    # makes the next poll read the feed again (a 304 would hide the items left) and take the rest.
    done = parsed is None or finished
    store.update_feed(
        feed.id,
        title=feed.title or (parsed.title if parsed else None),
        site_url=feed.site_url or (parsed.site_url if parsed else None),
        etag=page.headers.get("etag", feed.etag) if done else feed.etag,
        last_modified=page.headers.get("last-modified", feed.last_modified) if done else feed.last_modified,
        last_polled_at=polled_at,
        last_status=result.status,
        last_error=None,
        failures=0,
        next_poll_at=polled_at + backoff_delay(feed.interval_s, 0),
    )
    return result


def _feed_request(fetch_settings: FetchSettings | None) -> tuple[FetchSettings, dict[str, str]]:
    """The fetch settings and headers a feed (or sitemap) is fetched with under ``fetch_settings``."""
    from nutgraf.fetch import GZIP_FILE_TYPES, FetchSettings
    from nutgraf.fetch.client import accept_header

    # A gzip file too: a site's sitemap is often a sitemap.xml.gz (a feed so packed is read as well). A
    # feed served as a web page or a file is read by what it holds, but not asked for so: a server that
    # chooses by the Accept header would send its HTML edition.
    accepted = (*FEED_TYPES, *GZIP_FILE_TYPES)
    settings = dataclasses.replace(
        fetch_settings or FetchSettings(), accept=(*accepted, *MISLABELLED_FEED_TYPES)
    )
    return settings, {"Accept": accept_header(accepted)}


@dataclass(frozen=True)
class FeedCheck:
    """What one fetch of a feed (or sitemap) found: ``found`` in words (``a feed "Town news" of 12
    items``), and the channel's ``title`` (``None`` for a sitemap, or a channel without one)."""

    found: str
    title: str | None = None

    def __str__(self) -> str:
        return self.found


def check_feed(url: str, *, fetch_settings: FetchSettings | None = None) -> FeedCheck:
    """Fetch the feed at ``url`` once and read it as a poll would; what it holds, for its subscriber to
    see before its first poll, and its channel's title, for its listing to show before then too.

    A sitemap index's child sitemaps are not fetched: the one fetch tells a sitemap from a web page.

    Raises:
        InvalidInputError: not an http(s) URL, or not a feed or sitemap (a web page says which feeds it
            names).
        BlockedURLError: an internal address (unless ``fetch_settings`` allow it).
        FetchError: the address cannot be fetched (no such host, an HTTP error status, a timeout...).
    """
    from nutgraf.fetch import fetch
    from nutgraf.sitemaps import is_sitemap, parse_sitemap

    settings, headers = _feed_request(fetch_settings)
    page = fetch(feed_address(url, fetch_settings=fetch_settings), settings=settings, headers=headers)
    if not _is_json(page.content) and is_sitemap(page.content):
        sitemap = parse_sitemap(page.content)
        if sitemap.children:
            return FeedCheck(f"a sitemap index of {counted(len(sitemap.children), 'sitemap')}")
        return FeedCheck(f"a sitemap of {counted(len(sitemap.pages), 'page')}")
    parsed = parse_feed(page.content, url=page.url)
    named = f' "{shown(parsed.title, 80)}"' if parsed.title else ""
    items = f"of {counted(len(parsed.entries), 'item')}" if parsed.entries else "with no items yet"
    if parsed.unread:
        # The count alone had said "of 1,000 items" of a feed listing 100,000, as if all were read.
        items += (
            f", and {counted(parsed.unread, 'more item')} past them that no poll reads: nutgraf reads a feed's"
            f" first {MAX_FEED_ITEMS:,} items (and {MAX_FEED_MARKUP:,} units of markup) at most"
        )
    return FeedCheck(f"a feed{named} {items}", parsed.title)


def check_new_feed(
    store: Store,
    url: str,
    *,
    skip_check: str,
    kind: str = "feed",
    fetch_settings: FetchSettings | None = None,
) -> FeedCheck | None:
    """:func:`check_feed` for a feed (or sitemap: ``kind``) about to be added, or ``None`` for one already
    subscribed. A feed that answers 404, or a web page given for its feed, had been added without a word,
    and its publisher learnt of it only from the first poll's failure: refused now, with what was found
    and ``skip_check`` (how the caller's interface adds one that is not up yet: "give --no-check").

    Raises:
        InvalidInputError, FetchError: as :func:`check_feed`, their message beginning "not added: ".
        BlockedURLError: as :func:`check_feed`, as it was: skipping the check would not help it.
    """
    # A malformed address, or one with a password, is refused as it was: skipping the check would not
    # help it. One already subscribed is not being added: asked for again (to see its interval) while it
    # is down, it had been called "not added".
    if store.find_feed(kept_feed_address(url)) is not None:
        return None
    try:
        return check_feed(url, fetch_settings=fetch_settings)
    except BlockedURLError:
        raise
    except NutgrafError as exc:
        raise type(exc)(f"not added: {exc}; to add a {kind} that is not up yet, {skip_check}") from None


#: Seconds the check of a site's new feeds and sitemaps may take, all of them together: each is fetched in
#: turn (up to 40 of them), and one fetch may take a minute by itself, so a site given slow sources had held
#: its request, and the publisher's terminal, for many minutes before a word came back.
SOURCES_CHECK_BUDGET_S = 60.0

#: A check of the sources a site is to warm from, given its feeds and its sitemaps: ``(kind, url, found)``
#: for each one not subscribed yet (see :func:`check_new_sources`).
SourcesCheck = Callable[[list[str], list[str]], list[tuple[str, str, FeedCheck]]]


def check_new_sources(
    store: Store,
    feeds: Iterable[str],
    sitemaps: Iterable[str],
    *,
    skip_check: str,
    fetch_settings: FetchSettings | None = None,
    budget_s: float = SOURCES_CHECK_BUDGET_S,
) -> list[tuple[str, str, FeedCheck]]:
    """:func:`check_new_feed` for each feed and sitemap a site is to warm from: ``(kind, url, found)`` for
    each one not subscribed yet, in the order given (feeds first), all within ``budget_s`` seconds.

    Raises:
        InvalidInputError, FetchError: as :func:`check_new_feed`, naming the feed or sitemap refused; a
            :class:`FetchError` too when the time is up before the last is checked, naming those not checked.
    """
    from nutgraf.fetch import FetchSettings

    sources = [("feed", url) for url in feeds] + [("sitemap", url) for url in sitemaps]
    chosen = fetch_settings or FetchSettings()
    deadline = time.monotonic() + budget_s
    checked = []
    for number, (kind, url) in enumerate(sources):
        left = deadline - time.monotonic()
        if left <= 0:
            raise _out_of_time(sources[number:], budget_s, skip_check)
        settings = dataclasses.replace(chosen, total_timeout=min(chosen.total_timeout, left))
        try:
            found = check_new_feed(store, url, skip_check=skip_check, kind=kind, fetch_settings=settings)
        except FetchError as exc:
            # Cut short by the site's time, it had said "took longer than 1.42261 seconds".
            if left < chosen.total_timeout and time.monotonic() >= deadline:
                raise _out_of_time(sources[number:], budget_s, skip_check) from exc
            raise _naming(exc, kind, url) from None
        except NutgrafError as exc:
            raise _naming(exc, kind, url) from None
        if found is not None:
            checked.append((kind, url, found))
    return checked


def _naming(exc: NutgrafError, kind: str, url: str) -> NutgrafError:
    """``exc`` of checking a site's ``kind`` at ``url``, its message naming it: of up to 40 sources, "this is
    a web page" had not said which one was."""
    message = str(exc)
    if url in message:
        return exc
    return type(exc)(message.replace("not added: ", f"not added: the {kind} {url}: ", 1))


def _out_of_time(unchecked: list[tuple[str, str]], budget_s: float, skip_check: str) -> FetchError:
    """The refusal of a site's sources when the time to check them is up before ``unchecked`` were."""
    kind, url = unchecked[0]
    others = f" and {counted(len(unchecked) - 1, 'source')} after it" if len(unchecked) > 1 else ""
    return FetchError(
        f"not added: the feeds and sitemaps of a site are checked within {budget_s:g} seconds in all, and the"
        f" time was up before the {kind} {url}{others} could be; add the slow ones in a change of the site"
        f" of their own, or {skip_check}"
    )


def _read_source(content: bytes, url: str, settings: FetchSettings) -> ParsedFeed:
    """A feed, or a sitemap read as one (its pages as items, newest first), fetched from ``url``."""
    from nutgraf.sitemaps import is_sitemap, sitemap_pages

    if _is_json(content) or not is_sitemap(content):  # a JSON Feed's item may quote a <urlset>
        return parse_feed(content, url=url)
    pages = sitemap_pages(content, fetch_settings=settings)
    entries = [FeedEntry(_item_key(p.url), p.url, p.title, p.published, None) for p in pages]
    return ParsedFeed(title=None, site_url=None, entries=entries)


def _take_new_entries(
    store: Store,
    feed: StoredFeed,
    parsed: ParsedFeed,
    result: PollResult,
    fetch_settings: FetchSettings | None,
    summarizer: str | None,
    deadline: float,
) -> bool:
    """Store (and summarize with ``summarizer``, unless it is ``None``) the feed's new items, oldest first,
    at most :data:`MAX_ITEMS_PER_POLL` of them, until ``deadline`` (``time.monotonic()``); whether all
    were tried."""
    states = store.item_states(feed.id)
    site = store.site_of_feed(feed.id)
    entries = parsed.entries
    if site is not None:
        covered = [site.covers(entry.link) for entry in entries]
        outside = [entry for entry, ok in zip(entries, covered, strict=True) if not ok]
        entries = [entry for entry, ok in zip(entries, covered, strict=True) if ok]
        all_skipped = _skip_outside(store, feed, site, outside, states, result)
    else:
        all_skipped = True
    new = [
        entry
        for entry in entries
        if entry.key not in states
        or (states[entry.key].article_id is None and states[entry.key].attempts < MAX_ITEM_ATTEMPTS)
    ]
    pending = new[:MAX_ITEMS_PER_POLL]
    # Feeds list the newest item first; storing oldest first keeps the reader's newest-first order.
    for taken, entry in enumerate(reversed(pending)):
        if time.monotonic() > deadline:
            left = len(pending) - taken
            log.warning("feed %s: out of time for this poll; %d items left for the next", feed.url, left)
            result.error = f"out of time for this poll; {counted(left, 'item')} {'is' if left == 1 else 'are'} left for the next"
            return False
        try:
            if site is None:
                article, verified = _entry_article(store, entry, fetch_settings)
                # Fetched from the item's link (or found under it): the link finds the article from now
                # on, wherever that fetch led.
                stored, created = store.add_article(
                    article,
                    feed_id=feed.id,
                    item_key=entry.key,
                    url_verified=verified,
                    requested_url=entry.link if verified else None,
                )
            else:
                from nutgraf.sites.pages import site_article

                assert entry.link is not None  # site.covers() took it
                stored, created = site_article(
                    store,
                    site,
                    entry.link,
                    fetch_settings=fetch_settings,
                    feed_id=feed.id,
                    item_key=entry.key,
                )
        except LeaseLost:
            raise  # another process polls this feed now: stop here, it takes the items from this one on
        except Exception as exc:
            if outage := _store_outage(exc, f"feed item {entry.link or entry.key} of {feed.url}"):
                # The store's failure, not the item's: nothing is charged to it, and the poll stops (the
                # feed is read again at the next, which takes this item and the rest).
                raise outage from None
            # Any other failure, anticipated or not, stays with this item: the other items go on.
            if not isinstance(exc, NutgrafError):
                log.exception("feed item %s of %s failed", entry.link or entry.key, feed.url)
            message = _failure_message(exc)
            store.record_item_failure(feed.id, entry.key, entry.link, message)
            result.failed_items[entry.key] = message
            continue
        if created:
            result.new_articles.append(stored.id)
        if summarizer is not None:
            try:
                # The summary readers ask for first: the API's default (the service's summarizer), or the
                # site's button's. Made with "default" whatever the service's, it was never the one asked
                # for, and each was made again at a reader's request.
                defaults = (
                    {"summarizer": summarizer}
                    if site is None
                    else {"summarizer": site.summarizer, "sentences": site.sentences}
                )
                store.summary(stored, **defaults)
            except LeaseLost:
                raise
            except Exception as exc:
                if outage := _store_outage(exc, f"summarizing article {stored.id} from {feed.url}"):
                    raise outage from None  # as an item's: the summary is made when first asked for
                if isinstance(exc, NutgrafError):
                    log.warning("could not summarize article %d from %s: %s", stored.id, feed.url, exc)
                else:
                    # The article is stored; its summary is made when first asked for. The others go on.
                    log.exception("summarizing article %d from %s failed", stored.id, feed.url)
    # Items past this poll's share are not all tried: the next poll reads the feed again for them (saved,
    # the validators had made it a 304, and a 1,000-item feed's first poll took its 30 newest alone). So
    # for the pages outside the site past the thousand recorded: a sitemap of 2,500 had 1,500 never counted.
    return len(new) <= MAX_ITEMS_PER_POLL and all_skipped


def _skip_outside(
    store: Store,
    feed: StoredFeed,
    site: StoredSite,
    outside: list[FeedEntry],
    states: dict[str, ItemState],
    result: PollResult,
) -> bool:
    """Record and count the items of a site's feed that lie outside the site's hosts (once each; they are
    never fetched), :data:`MAX_FEED_ITEMS` at most a poll, the next ones at the next; whether all are
    recorded."""
    # A sitemap index's three sitemaps list up to 150,000 pages, all new where a hostile sitemap changes
    # their addresses at each poll: recorded all, they had held the poll for minutes and grown the table
    # by that much every ten minutes.
    # Each page once: a sitemap index's sitemaps often list the same page, which, recorded twice in one
    # statement, broke the items' unique key and failed every poll of the sitemap.
    first: dict[str, FeedEntry] = {}
    for entry in outside:
        if entry.key not in states:
            first.setdefault(entry.key, entry)
    unrecorded = list(first.values())
    new = unrecorded[:MAX_FEED_ITEMS]
    if new:
        error = f"not a page of the site {site.id} (its hosts: {', '.join(site.hosts)}); skipped"
        store.record_skipped(feed.id, [(entry.key, entry.link) for entry in new], error)
        result.skipped = len(new)
        log.info("feed %s: %d pages outside the hosts of site %s skipped", feed.url, len(new), site.id)
    return len(unrecorded) <= MAX_FEED_ITEMS


def _entry_article(
    store: Store, entry: FeedEntry, fetch_settings: FetchSettings | None
) -> tuple[Article, bool]:
    """The item's article, and whether its address is verified: fetched from the item's link (or stored
    so before), not only claimed by the feed's content.

    A fetched page keeps only its own title and date: a page without them is stored without them, not
    under the feed's. A feed is any writer's (anyone may publish one linking to any page), fetched from
    another address than the page, so its words about the page are a claim, and a verified address is
    what its later fetches find. The feed's title and date fill in only for an article read from the
    feed's own content, which is stored as a claim."""
    from nutgraf.extract import extract
    from nutgraf.pipeline import fetch_article

    if entry.link:
        known = store.find_article(entry.link)
        if known is not None:
            return known.article, True
    article, verified = None, False
    if entry.link:
        try:
            article, verified = fetch_article(entry.link, settings=fetch_settings), True
        except NutgrafError:
            if not entry.content or len(entry.content) < _MIN_CONTENT_CHARS:
                raise
    if article is None:
        if not entry.content:
            # Its link, if it had one, was no web address (a file:, javascript: or mailto: link, say). Named
            # by its title: an item without a link or an id is listed by a digest, which names nothing. On
            # one line: a title wrapped in the feed's XML was shown as a repr, "'Office closed\n    on…'".
            named = f' "{shown(" ".join(entry.title.split()), 80)}"' if entry.title else ""
            raise InvalidInputError(
                f"the feed item{named} has no web (http or https) link and no content to read"
            )
        article = extract(entry.content, url=entry.link)
        article = dataclasses.replace(
            article, title=article.title or entry.title, published=article.published or entry.published
        )
    # A page's own canonical link may be any string (javascript:...): only web addresses stay.
    return dataclasses.replace(article, url=http_link(article.url) or entry.link), verified


def poll_kinds(
    *, fetch_settings: FetchSettings | None = None, summarize: bool = True, summarizer: str = "default"
) -> list[JobKind]:
    """The polls as background job kinds for :func:`run_due`, feeds first: RSS, Atom and JSON feeds' (the
    reader's and sites', :data:`FEED_LEASE`), then sites' sitemaps' (:data:`SITEMAP_LEASE`), each keyed
    by its id in ``feeds``; new items summarized as :func:`poll_feed` does."""
    run = partial(_poll_job, fetch_settings=fetch_settings, summarize=summarize, summarizer=summarizer)
    return [
        JobKind(lease, due=partial(due_feed_ids, sitemaps=sitemaps), run=run)
        for lease, sitemaps in ((FEED_LEASE, False), (SITEMAP_LEASE, True))
    ]


def lease_kind(store: Store, feed_id: int) -> str:
    """The kind of the lease a poll of the feed ``feed_id`` is claimed under, as a worker claims it."""
    return SITEMAP_LEASE if store.source_kind(feed_id) == "sitemap" else FEED_LEASE


def _poll_job(
    store: Store, key: str, *, fetch_settings: FetchSettings | None, summarize: bool, summarizer: str
) -> PollResult | None:
    feed = store.get_feed(int(key))
    if feed is None:  # unsubscribed since it was claimed
        return None
    try:
        result = poll_feed(
            store, feed, fetch_settings=fetch_settings, summarize=summarize, summarizer=summarizer
        )
        if result.status == "failed":
            # Logged here, for a worker's or server's log: `feeds poll` prints the failure itself, and had
            # shown it twice.
            log.warning("feed %s failed (%d in a row): %s", feed.url, feed.failures + 1, result.error)
        return result
    except LeaseLost:
        raise
    except Exception as exc:
        # A fault of ours with this feed, or the store's (its state cannot be saved, the database dropped
        # the connection mid-item): the others are still polled, and this one waits its backoff instead
        # of coming first in every round. A store's error is logged once, in one line, where its failure
        # message is made; a fault of ours with its traceback.
        failure = store_error(exc, f"polling feed {feed.url}")
        error = _failure_message(failure or exc)
        if failure is None:
            log.exception("polling feed %s failed unexpectedly", feed.url)
        with contextlib.suppress(Exception):
            _back_off(store, feed, store.now(), error)
        return PollResult(feed.id, feed.url, "failed", error=error)


def poll_due(
    store: Store,
    *,
    fetch_settings: FetchSettings | None = None,
    summarize: bool = True,
    summarizer: str = "default",
    stop: threading.Event | None = None,
) -> list[PollResult]:
    """Poll every feed and sitemap whose next poll is due and that no other process is polling (each
    under a lease: see :mod:`nutgraf.jobs`), feeds first, until none is left or ``stop`` is set."""
    kinds = poll_kinds(fetch_settings=fetch_settings, summarize=summarize, summarizer=summarizer)
    return [result for result in run_due(store, kinds, stop=stop) if result is not None]


def _store_outage(exc: Exception, where: str) -> StoreError | None:
    """``exc`` as :func:`~nutgraf.store.database.store_error` words it when the store as a whole fails (the
    database down or dropping the connection, locked past its wait, a table of it gone), else ``None``:
    then it is the item's own failure (a page that cannot be read, a row the store refuses)."""
    failure = store_error(exc, where)
    return failure if isinstance(failure, (StoreOutageError, StoreSchemaError)) else None


def _failure_message(exc: Exception) -> str:
    """What a failed feed or item keeps as its error, which the feeds and sites APIs show (``last_error``):
    a nutgraf error's :func:`~nutgraf.errors.client_message` (a store's error in general words, its
    database text and paths in the log); for a fault of ours only its class, its traceback being logged
    where it is caught."""
    if isinstance(exc, NutgrafError):
        return client_message(exc)
    return f"internal error ({type(exc).__name__}); the log says why"


def _back_off(store: Store, feed: StoredFeed, polled_at: datetime, error: str) -> None:
    """Record a failed poll of ``feed`` and put its next poll off by :func:`backoff_delay`."""
    failures = feed.failures + 1
    store.update_feed(
        feed.id,
        last_polled_at=polled_at,
        last_status="failed",
        last_error=error,
        failures=failures,
        next_poll_at=polled_at + backoff_delay(feed.interval_s, failures),
    )


def _item_key(key: str) -> str:
    """An item's key as it is kept: as the feed gives it, or its digest when longer than
    :data:`MAX_KEY_BYTES` (the database indexes keys, and PostgreSQL refuses a long one). An id that is an
    address with a user name and password is kept without them, as its link is (:func:`_web_link`): a
    failed item is named by its key."""
    key = shown_url(key)
    return key if len(key.encode("utf-8")) <= MAX_KEY_BYTES else f"sha256:{_digest(key)}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
