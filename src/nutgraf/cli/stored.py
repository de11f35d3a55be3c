"""``nutgraf articles``: the store's articles from the command line. ``list`` filters them as the HTTP
API's list does (site, feed, language, time stored, words), newest first, with each one's default summary
on request; ``show`` gives one article and its summary. Either prints a table for the terminal, JSON Lines,
CSV or Markdown (the day's stories with their summaries and links: a morning brief).

What comes from articles is printed without control characters, and one-line fields (a title, a byline, a
description, a site) also without bidi controls and line breaks, whatever the store holds: a title cannot
move the cursor, recolour the terminal or read as something else."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from nutgraf.article import without_bidi_controls
from nutgraf.cli.arguments import MAX_LISTED
from nutgraf.cli.render import _say_empty, markdown_text
from nutgraf.decode import clean_characters
from nutgraf.errors import InvalidInputError, NutgrafError, SummarizerUnavailableError, UnknownSummarizerError
from nutgraf.wording import counted

if TYPE_CHECKING:
    from nutgraf.store import Store, StoredArticle

#: What ``--format`` takes.
ARTICLE_FORMATS = ("table", "jsonl", "csv", "markdown")
#: How articles come into the store, for a user who looks for them where there are none.
STORED_BY = (
    "articles are stored by `nutgraf feeds poll` (and the polls of `nutgraf serve` and `nutgraf worker`),"
    " the reader's form and POST /api/articles"
)
# What a spreadsheet reads as a formula at the start of a cell (=, +, -, @, and a tab or carriage return
# before one): such a cell is written after an apostrophe, which spreadsheets show as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters of an address that end or break a Markdown link destination: percent-encoded.
_URL_SAFE = "/:?#[]@!$&'*+,;=%~"


@dataclass(frozen=True)
class Listed:
    """An article as the command prints it: the stored article, and its summary as the store gives it
    (``None``: not asked for, or not made; see ``summary_failed``)."""

    article: StoredArticle
    summary: dict[str, Any] | None = None
    summary_failed: bool = False


def _cmd_articles(args: argparse.Namespace) -> int:
    from nutgraf.settings import Settings
    from nutgraf.store import Store
    from nutgraf.store.articles import search_words
    from nutgraf.store.database import missing_sqlite_file

    settings = Settings.from_env(database_url=args.database, check_engines=False)
    # Opening a SQLite file that is not there would make it (and its folders), to list nothing.
    missing = missing_sqlite_file(settings.database_url)
    if missing is not None and args.action == "show":
        raise InvalidInputError(f"there is no database at {missing}, so no article {args.id}; {STORED_BY}")
    if missing is not None:
        search_words(args.search)  # a mistake in the search is said now, not at the first article
        nothing = f"no articles: there is no database at {missing} yet; {STORED_BY}"
        print(_render_list([], args, nothing), end="")
        return 0
    store = Store.open(settings.database_url)
    try:
        if args.action == "show":
            listed = [_show(store, args.id, settings.summarizer)]
            print(_render_one(listed[0], args.format), end="")
        else:
            listed = _list(store, args, settings.summarizer)
            nothing = "" if listed else _nothing_listed(args, store.count_articles())
            print(_render_list(listed, args, nothing), end="")
    finally:
        store.close()
    return 1 if any(item.summary_failed for item in listed) else 0


def _list(store: Store, args: argparse.Namespace, summarizer: str) -> list[Listed]:
    if args.feed is not None and store.get_feed(args.feed) is None:
        # The API lists nothing for a feed it does not know; a person typing an id is told why.
        raise InvalidInputError(f"no feed with id {args.feed}; `nutgraf feeds list` shows them")
    articles = store.list_articles(
        limit=args.limit + 1,
        feed_id=args.feed,
        site=_argument(args.site),
        language=args.language,
        since=args.since,
        search=args.search,
    )
    if len(articles) > args.limit:
        # The default 20 cut the morning brief (`--since 24h`) of a busy day without a word: its heading
        # read "20 articles" and the rest were missing.
        articles = articles[: args.limit]
        more = (
            f"--limit lists more (at most {MAX_LISTED:,})"
            if args.limit < MAX_LISTED
            else "--since or --search lists fewer at a time"
        )
        print(
            f"nutgraf: note: only the newest {counted(args.limit, 'article')} {'is' if args.limit == 1 else 'are'}"
            f" listed, and more are stored; {more}",
            file=sys.stderr,
        )
    if not args.summaries:
        return [Listed(article) for article in articles]
    return [_with_summary(store, article, summarizer) for article in articles]


def _show(store: Store, article_id: int, summarizer: str) -> Listed:
    article = store.get_article(article_id)
    if article is None:
        raise InvalidInputError(f"no article with id {article_id}; `nutgraf articles list` shows them")
    return _with_summary(store, article, summarizer)


def _with_summary(store: Store, article: StoredArticle, summarizer: str) -> Listed:
    """``article`` with its default summary: the one ``GET /api/articles/{id}/summary`` gives (the
    service's summarizer, 3 sentences), from the store, or made now and stored, as the API makes it.

    An article the summarizer cannot summarize is said on stderr and listed without one (the command
    then exits with 1); a summarizer that cannot work at all (not configured, its server down) stops the
    command, as it would fail for every article."""
    try:
        return Listed(article, store.summary(article, summarizer=summarizer))
    except (UnknownSummarizerError, SummarizerUnavailableError):
        raise
    except NutgrafError as exc:
        print(f"nutgraf: note: article {article.id} has no summary: {exc}", file=sys.stderr)
        return Listed(article, summary_failed=True)


def _argument(value: str | None) -> str | None:
    """A text argument as the store can take it: an undecodable byte of it (Python's surrogate escape)
    as U+FFFD, control characters left out; PostgreSQL's driver refused the first with a traceback."""
    return clean_characters(value) if value is not None else None


def _line(value: str | None) -> str:
    """A one-line field (a title, a byline, a site) safe to print: without control or bidi characters,
    its white space (line breaks and tabs included) folded to single spaces."""
    return " ".join((without_bidi_controls(clean_characters(value or "")) or "").split())


def _block(text: str) -> str:
    """A text of lines (a body, a summary) safe to print: without control characters, and with every
    line break a newline (a carriage return had the terminal write the next line over the one before)."""
    return "\n".join(clean_characters(text).splitlines())


def _render_list(listed: Sequence[Listed], args: argparse.Namespace, nothing: str) -> str:
    """The list in ``args.format``; ``nothing`` says why it is empty, on stderr for the table (the other
    formats are for files and programs: an empty JSON Lines file, a CSV header, a digest of none)."""
    if args.format == "jsonl":
        return "".join(_json_line(item, text=False) for item in listed)
    if args.format == "csv":
        return _csv(listed, text=False, summaries=args.summaries)
    if args.format == "markdown":
        return _digest(listed, args)
    if not listed:
        _say_empty(nothing)
    return "".join(_table_row(item, args.summaries) for item in listed)


def _nothing_listed(args: argparse.Namespace, stored: int) -> str:
    if stored == 0:
        return f"no articles yet; {STORED_BY}"
    return f"none of the {counted(stored, 'article')} stored is listed with {_filters(args)}"


def _filters(args: argparse.Namespace) -> str:
    """The filters of a list, in words."""
    given = [
        f"site {site}" if (site := _line(args.site)) else "",
        f"feed {args.feed}" if args.feed is not None else "",
        f"language {_line(args.language)}" if args.language else "",
        f"stored since {_in_utc(args.since)}" if args.since else "",
        f"the words “{_line(args.search)}”" if args.search and args.search.strip() else "",
    ]
    return ", ".join(part for part in given if part)


def _in_utc(moment: datetime) -> str:
    """``moment`` in UTC, as the list gives the times articles were stored; one whose UTC is past the
    calendar's years (9999-12-31T23:59-14:00) with its own offset."""
    try:
        return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    except OverflowError:
        return moment.isoformat(sep=" ", timespec="minutes")


def _table_row(item: Listed, summaries: bool) -> str:
    """One article a line: id, when it was stored (UTC), site, language, title; its summary indented
    on the line below, when asked for."""
    article = item.article
    columns = [
        str(article.id),
        f"{article.created_at:%Y-%m-%d %H:%M}",
        _line(article.site) or "-",
        _line(article.language) or "-",
        _title(article),
    ]
    row = "\t".join(columns) + "\n"
    if summaries:
        row += f"  {_line(_summary_text(item)) or '(no summary)'}\n"
    return row


def _title(article: StoredArticle) -> str:
    from nutgraf.store import shown_title

    return _line(shown_title(article.title, article.text))


def _summary_text(item: Listed) -> str:
    return item.summary["text"] if item.summary is not None else ""


def _json_line(item: Listed, *, text: bool) -> str:
    data = _cleaned(item.article.to_dict(text=text))
    data.update(title=_line(data["title"]) or None, byline=_line(data["byline"]) or None)
    data["site"] = _line(data["site"]) or None
    data["description"] = _line(data["description"]) or None
    if item.summary is not None or item.summary_failed:
        data["summary"] = _cleaned(item.summary)
    return json.dumps(data, ensure_ascii=False) + "\n"


def _cleaned(value: Any) -> Any:
    """``value`` (JSON-ready) with its strings without control characters: JSON escapes C0 controls,
    not C1 ones, which some terminals act on."""
    if isinstance(value, str):
        return clean_characters(value)
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value


def _csv(listed: Sequence[Listed], *, text: bool, summaries: bool) -> str:
    """A header and one row an article; ``text``: the body, else its excerpt. A cell a spreadsheet would
    read as a formula is written after an apostrophe (see :data:`_FORMULA_START`)."""
    from io import StringIO

    from nutgraf.store import excerpt

    body = "text" if text else "excerpt"
    header = ["id", "created_at", "published", "site", "language", "title", "byline", "description", "url"]
    header += [body]
    header += ["summary"] if summaries else []
    out = StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for item in listed:
        article = item.article
        row = [
            str(article.id),
            article.created_at.isoformat(),
            article.published.isoformat() if article.published else "",
            _line(article.site),
            _line(article.language),
            _title(article),
            _line(article.byline),
            _line(article.description),
            _line(article.url),
            _block(article.text if text else excerpt(article.text)),
        ]
        row += [_block(_summary_text(item))] if summaries else []
        writer.writerow([_not_a_formula(cell) for cell in row])
    return out.getvalue()


def _not_a_formula(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _markdown_heading(article: StoredArticle, level: str) -> str:
    """The article's title as a heading, a link to its page when it has an http(s) address."""
    from nutgraf.urls import http_link

    title = markdown_text(_title(article))
    link = http_link(_line(article.url) or None)
    return f"{level} [{title}]({quote(link, safe=_URL_SAFE)})" if link else f"{level} {title}"


def _markdown_meta(article: StoredArticle) -> str:
    """The article's site, byline, day of publication (else of storing) and id, in italics."""
    day = article.published or article.created_at
    details = [_line(article.site), _line(article.byline), f"{day.day} {day:%B %Y}", f"article {article.id}"]
    return "*" + " · ".join(markdown_text(detail) for detail in details if detail) + "*"


def _markdown_description(article: StoredArticle) -> list[str]:
    """The article's description (its dek or meta description) as a paragraph, where it has one."""
    description = markdown_text(_line(article.description))
    return [description] if description else []


def _digest(listed: Sequence[Listed], args: argparse.Namespace) -> str:
    """The Markdown brief: what was listed, then each article's linked title, particulars and summary
    (its excerpt without ``--summaries``)."""
    from nutgraf.store import excerpt

    filters = _filters(args)
    described = f"{counted(len(listed), 'article')}, newest first" + (f"; {filters}" if filters else "")
    parts = ["# Articles", f"*{markdown_text(described)}*"]
    for item in listed:
        parts += [_markdown_heading(item.article, "##"), _markdown_meta(item.article)]
        parts += _markdown_description(item.article)
        if args.summaries:
            parts.append(markdown_text(_block(_summary_text(item))) or "*No summary.*")
        else:
            parts.append(markdown_text(_block(excerpt(item.article.text))))
    return "\n\n".join(parts) + "\n"


def _render_one(item: Listed, output_format: str) -> str:
    article = item.article
    if output_format == "jsonl":
        return _json_line(item, text=True)
    if output_format == "csv":
        return _csv([item], text=True, summaries=True)
    summary = _block(_summary_text(item))
    if output_format == "markdown":
        parts = [_markdown_heading(article, "#"), _markdown_meta(article), *_markdown_description(article)]
        parts.append("## Summary")
        parts += [
            markdown_text(summary) or "*No summary.*",
            "## Article",
            markdown_text(_block(article.text)),
        ]
        return "\n\n".join(parts) + "\n"
    return "\n".join(_table_lines(item, summary)) + "\n"


def _table_lines(item: Listed, summary: str) -> Iterator[str]:
    """The article for the terminal: title, particulars and address, the summary, then the text."""
    article = item.article
    yield _title(article)
    if description := _line(article.description):
        yield description
    published = f"published {article.published:%Y-%m-%d}" if article.published else ""
    stored = f"stored {article.created_at:%Y-%m-%d %H:%M} UTC"
    details = [f"article {article.id}", _line(article.site), _line(article.byline), published, stored]
    yield " · ".join(detail for detail in details if detail)
    if article.url:
        yield _line(article.url) + ("" if article.url_verified else " (as given, not checked)")
    yield ""
    yield "Summary:"
    yield summary or "(no summary)"
    yield ""
    yield _block(article.text)
