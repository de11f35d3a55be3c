"""Extraction: from a page (HTML or a copy of its text) to a clean :class:`~nutgraf.article.Article`.

:func:`extract` tells markup from text: HTML goes to :mod:`nutgraf.extract.html` (trafilatura and
readability combined, with the page's metadata), plain text to :mod:`nutgraf.extract.text` (which drops
the page furniture a copied page carries).
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import replace
from datetime import datetime

from nutgraf.article import Article, site_of
from nutgraf.decode import MAX_TEXT_CHARS, clean_characters, decode_text, repair_mojibake
from nutgraf.errors import InputTooLargeError, InvalidInputError, NoArticleFound
from nutgraf.extract.deadline import EXTRACTION_SECONDS, Deadline
from nutgraf.extract.html import decode_html, extract_html, looks_like_html, prolog_end
from nutgraf.extract.text import clean_text, given_title
from nutgraf.json_bounds import json_bound_exceeded
from nutgraf.language import language_code

# Article fields that are wording from the page, shown and stored beside the summary.
_ARTICLE_WORDING = ("title", "byline", "url", "site")
# An RSS, RDF or Atom document's root element, found after the prolog (the XML declaration, a
# stylesheet, comments: see prolog_end).
_FEED_ROOT = re.compile(r"<(?:rss|rdf:RDF|feed)[\s>]")
#: A text that is nothing but web addresses: a link pasted where its page was meant, or a list of them.
_ADDRESSES_ONLY = re.compile(r"\s*+(?:https?://\S++\s*+)++", re.IGNORECASE)
# What _json_data finds in text that is no JSON (None is JSON's null), and in JSON too large to read.
_NOT_JSON = object()
_UNREAD_JSON = object()
# Text opening as JSON that holds more strings than this, or more bytes outside them, is not parsed:
# json.loads took 8 s and 540 MB over 18 MB of empty lists, holding the GIL (a request's text stalled the
# service); as nutgraf's JSON Lines records (nutgraf.jsonl.MAX_LINE_STRINGS, MAX_LINE_STRUCTURE_BYTES).
_MAX_JSON_STRINGS = 100_000
_MAX_JSON_STRUCTURE_BYTES = 1_000_000
# How much of such a text is parsed to tell JSON from prose that opens with a bracket.
_JSON_HEAD_CHARS = 65_536


def extract(
    source: str | bytes,
    *,
    url: str | None = None,
    title: str | None = None,
    time_limit: float = EXTRACTION_SECONDS,
) -> Article:
    """The article in ``source``: HTML (``str`` or ``bytes``) or plain text copied from a page.

    Args:
        source: the page. Bytes are decoded from the page's declared charset where it is right, else
            from UTF-8 or the encoding charset-normalizer detects.
        url: where the page came from; fills :attr:`Article.url` and, failing a site name in the page,
            :attr:`Article.site`.
        title: a title given with the page (a batch record's, one pasted with it): the article's title,
            over the page's own (a text's own headline that says something else stays as its first line:
            see :func:`~nutgraf.extract.text.clean_text`).
        time_limit: seconds the extraction of an HTML page may take (checked between its stages).

    Returns:
        The :class:`Article`: its cleaned text, and the title, byline, date, site and language found.

    Raises:
        nutgraf.errors.InvalidInputError: empty, binary, undecodable or oversized input; a ``url`` or
            ``title`` that is not a string.
        nutgraf.errors.NoArticleFound: HTML that holds no article (an error page, a list of links, no
            text), or an RSS or Atom feed.
        nutgraf.errors.ExtractionTimeoutError: the page took longer than ``time_limit``.
    """
    for name, value in (("url", url), ("title", title)):
        if value is not None and not isinstance(value, str):
            raise InvalidInputError(f"{name} must be a str or None, not {type(value).__name__}")
    # Only markup is extracted against the clock, and reading the thread's CPU time is a system call (some
    # microseconds; on a busy machine the moment it yields): a text without a "<" is plain text, since
    # decoding makes none (its repairs give characters beyond ASCII; controls it drops or makes spaces).
    deadline = None if isinstance(source, str) and "<" not in source else Deadline(time_limit)
    text = decode_html(source) if isinstance(source, bytes) else decode_text(source)
    data = refuse_feed(text)
    if data is not _NOT_JSON:
        raise NoArticleFound(
            "this is JSON, not an article: to summarize JSON Lines records of articles (each with `text`,"
            f" `html` or `url`), {_BATCH_ADVICE}; else give the article's own text"
        )
    if _ADDRESSES_ONLY.fullmatch(text):
        raise NoArticleFound(_addresses_advice(text))
    if looks_like_html(text):
        article = _without_escaped_mojibake(extract_html(text, url=url, deadline=deadline))
        title = given_title(title)
        return replace(article, title=title) if title else article
    article = clean_text(text, title=title)
    if url is None:
        return article
    return replace(article, url=url, site=site_of(url))


#: How to summarize many articles at once: `nutgraf keyphrases` on a file of records had been sent to
#: `nutgraf batch` without a word of the option that gives their keyphrases there.
_BATCH_ADVICE = (
    "run `nutgraf batch FILE --output OUT.jsonl` (with `--keyphrases N`, each one's N keyphrases too)"
)
#: What of the advice above a command that read the text from a file says with that file's name.
_PUT_IN_A_FILE = "put them in a file and run `nutgraf batch FILE "


def batch_advice_for_file(error: NoArticleFound, path: str, data: bytes) -> NoArticleFound:
    """``error`` said of the text ``data`` read from the file ``path``: its advice to run `nutgraf batch
    FILE` names the file. `nutgraf summarize urls.txt` had been told to put the addresses "in a file", which
    they were.

    JSON is named only when its first line is a whole object, as batch reads it: a JSON array, or an object
    over several lines, sent to `nutgraf batch` by its own name, was refused there too, where FILE had said
    that the records were to be written to a file of JSON Lines first."""
    message = str(error)
    command = f"run `nutgraf batch {shlex.quote(path)} "
    named = message.replace(_PUT_IN_A_FILE, command)
    first_line = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
    if first_line.startswith(b"{") and first_line.endswith(b"}"):
        named = named.replace("run `nutgraf batch FILE ", command)
    return error if named == message else NoArticleFound(named)


def _addresses_advice(text: str) -> str:
    """What to do with a text that holds only web addresses: nutgraf reads pages there, not text."""
    addresses = text.split()
    if len(addresses) > 1:
        return (
            f"this is a list of {len(addresses):,} web addresses, not an article: to summarize each page, put"
            f" them in a file and {_BATCH_ADVICE}"
        )
    shown = addresses[0] if len(addresses[0]) <= 80 else f"{addresses[0][:77]}..."
    return (
        f"this is a web address, not an article: to summarize its page, give the address itself as the URL"
        f" (`nutgraf summarize {shown}`, the API's `url`, the reader's Article link)"
    )


def _without_escaped_mojibake(article: Article) -> Article:
    """``article`` with double-encoded UTF-8 that the page wrote as character references repaired
    ("approuv&#195;&#169;", "&Atilde;&copy;" read "approuvÃ©"): decode_text repairs the page's own
    characters, but these are characters only once the page is parsed."""
    repaired = {
        name: clean_characters(repair_mojibake(value))
        for name in ("title", "byline", "text")
        if isinstance(value := getattr(article, name), str)
    }
    changed = {name: value for name, value in repaired.items() if value != getattr(article, name)}
    return replace(article, **changed) if changed else article


def refuse_feed(text: str) -> object:
    """Raise :class:`NoArticleFound` when ``text`` is an RSS, Atom or JSON feed, a list of articles no stage
    reads as one, saying how to subscribe to it; else what :func:`_json_data` reads of it. The check reads
    its article's text with it too: a feed of 100,000 items given to it as a string had been checked
    against as prose, for seconds, where extraction and summaries refused it."""
    if _FEED_ROOT.match(text, prolog_end(text)):
        raise NoArticleFound(
            "this is an RSS or Atom feed, a list of articles: subscribe to it with `nutgraf feeds add URL`"
            " (or POST /api/feeds), which stores and summarizes each item"
        )
    data = _json_data(text)
    # One too large to read is a feed when its opening names the format (PHP writes its slashes escaped).
    if is_json_feed(data) or (data is _UNREAD_JSON and "jsonfeed.org" in text[:_JSON_HEAD_CHARS]):
        raise NoArticleFound(
            "this is a JSON Feed, a list of articles: subscribe to it with `nutgraf feeds add URL`"
            " (or POST /api/feeds), which stores and summarizes each item"
        )
    return data


def _json_data(text: str) -> object:
    """What ``text`` holds when it is a JSON object or array, or JSON Lines (its first line one, which is
    returned): data, which read as prose gives a "summary" of its braces and quoted fields;
    :data:`_NOT_JSON` when it is not."""
    rest = text.lstrip()
    if not rest.startswith(("{", "[")):
        return _NOT_JSON
    first_line, newline, _ = rest.partition("\n")
    for candidate in (first_line, rest) if newline else (rest,):
        if len(candidate) > _JSON_HEAD_CHARS and json_bound_exceeded(
            candidate.encode("utf-8", "replace"),
            max_strings=_MAX_JSON_STRINGS,
            max_structure_bytes=_MAX_JSON_STRUCTURE_BYTES,
        ):
            if _reads_as_json(candidate[:_JSON_HEAD_CHARS]):
                return _UNREAD_JSON
            continue  # prose, which json.loads would refuse as soon as it began
        try:
            return json.loads(candidate)
        except (ValueError, RecursionError):  # prose in brackets; a nest too deep to read is not data
            continue
    return _NOT_JSON


def _reads_as_json(head: str) -> bool:
    """Whether ``head``, the opening of a longer text, is JSON as far as it goes: it may end inside a
    value (a string, a number, a nest), not before."""
    try:
        json.loads(head)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # a whole value, and more after it: JSON is one value
            return False
        return exc.pos >= len(head) - 8 or exc.msg == "Unterminated string starting at"
    except (ValueError, RecursionError):  # a number of thousands of digits, a nest thousands deep
        return True
    return False  # a whole value in the head, and more after it


def is_json_feed(data: object) -> bool:
    """Whether JSON ``data`` is a JSON Feed (jsonfeed.org): an object naming one of its versions
    (``https://jsonfeed.org/version/1.1``, ``.../1``)."""
    version = data.get("version") if isinstance(data, dict) else None
    return isinstance(version, str) and version.startswith("https://jsonfeed.org/version/")


def check_article(article: Article) -> None:
    """Raise :class:`InvalidInputError` when an :class:`Article` built by a caller holds what no stage
    reads: a text that is not a str or is oversized, a ``language`` that is no ISO 639 code, a
    ``published`` that is not a datetime (a date string would fail only when the summary is written out)."""
    if not isinstance(article.text, str):
        raise InvalidInputError(f"Article.text must be a str, not {type(article.text).__name__}")
    if len(article.text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(
            f"the article is {len(article.text):,} characters; nutgraf takes at most {MAX_TEXT_CHARS:,}:"
            f" give the article's own text, or its first {MAX_TEXT_CHARS:,} characters"
        )
    if article.language is not None:
        try:
            language_code(article.language)
        except InvalidInputError as exc:
            raise InvalidInputError(f"Article.{exc}") from None
    if article.published is not None and not isinstance(article.published, datetime):
        raise InvalidInputError(
            f"Article.published must be a datetime or None, not {type(article.published).__name__}; parse"
            " the date first (datetime.fromisoformat)"
        )


def as_article(source: Article | str | bytes) -> Article:
    """The cleaned :class:`Article` every stage after extraction reads, from what a caller hands over.

    HTML and text (``str`` or ``bytes``) go through :func:`extract`. An :class:`Article` built by the
    caller is held to the size cap and cleaned of characters no encoder takes; offsets then point into
    its cleaned text (the same article comes back when there was nothing to clean).

    Raises:
        nutgraf.errors.InvalidInputError: as :func:`extract`, or an Article whose text is not a str or
            is oversized.
        nutgraf.errors.NoArticleFound: as :func:`extract`.
    """
    if not isinstance(source, Article):
        # extract decodes: bytes of an HTML page by the charset it declares (decoding them here first
        # would lose it), other input with decode_text.
        return extract(source)
    check_article(source)
    cleaned = {
        name: clean_characters(value) if isinstance(value, str) else None
        for name in _ARTICLE_WORDING
        if (value := getattr(source, name)) is not None
    }
    cleaned["text"] = clean_characters(source.text)
    if all(cleaned[name] == getattr(source, name) for name in cleaned):
        return source
    return replace(source, **cleaned)


__all__ = ["EXTRACTION_SECONDS", "as_article", "check_article", "extract", "refuse_feed"]
