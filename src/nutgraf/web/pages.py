"""The reader's server-rendered pages: the article list, the reader with its summary, the paste form.

Everything works without JavaScript; ``static/reader.js`` only shows the summary in place instead of
loading the page that shows it, and shows an LLM's summary while it is written. Article text reaches the
page through autoescaped templates only, and the body is rendered sentence by sentence, each sentence an
anchor (``#s-<start>``) that summary sentences link to: extractive ones to the sentence they quote,
abstractive ones to the sentences that back them, beside the verdict of the faithfulness check. A body
longer than :data:`PAGE_CHARS` is shown a page at a time (``?page=N``, or ``?at=OFFSET`` for the page
holding a character), and a summary sentence on another page links there.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import RedirectResponse, Response

from nutgraf.article import describe_reduction
from nutgraf.decode import clean_characters
from nutgraf.engines.base import summarizer_class
from nutgraf.engines.options import SummaryOptions
from nutgraf.errors import InvalidInputError, NutgrafError
from nutgraf.extract.html import looks_like_html
from nutgraf.keyphrases import MAX_KEYPHRASES
from nutgraf.language import RIGHT_TO_LEFT, SCRIPT_DIRECTED, language_name, text_direction
from nutgraf.segment import split_sentences
from nutgraf.store import StoredArticle, excerpt, shown_title
from nutgraf.store.articles import MAX_SEARCH_CHARS, search_words
from nutgraf.urls import http_link
from nutgraf.web.api.articles import ArticleInput, is_fetch, store_article
from nutgraf.web.api.common import NoHead, store_of
from nutgraf.web.api.summaries import Filters, Form, Length, SummaryRequest, summary_body
from nutgraf.web.problems import client_message, retry_after, status_of
from nutgraf.web.security import same_origin, token_matches

TEMPLATES = Jinja2Templates(
    env=Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True, trim_blocks=True
    )
)
PAGE_SIZE = 20
#: How the reader's menus name the length presets and forms.
LENGTH_LABELS = {"short": "Short", "medium": "Medium", "long": "Long"}
FORM_LABELS = {"paragraph": "Paragraph", "key_points": "Key points", "tldr": "TL;DR (one sentence)"}
#: The languages the reader offers a summary in, by their own names, when a summarizer can write them
#: (any ISO 639-1 code can be asked for in the page's address).
OUTPUT_LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "nl": "Nederlands",
    "pl": "Polski",
    "uk": "Українська",
    "ru": "Русский",
    "zh": "中文",
    "ja": "日本語",
}
#: How the summarizer menu names the engines (others by their name).
SUMMARIZER_LABELS = {
    "default": "Key sentences",
    "lead": "First sentences",
    "textrank": "Central sentences (TextRank)",
    "llm": "Rewritten by a language model",
    "transformers": "Rewritten by a local model",
}
#: Keyphrases shown as tags under a summary (an address may ask for another number with ``keyphrases``).
READER_KEYPHRASES = 8
#: Characters of an article sentence shown in a link to it from the summary.
EXCERPT_CHARS = 70
#: Terms the article lacks shown for an unsupported summary sentence (the check lists all of them).
MISSING_SHOWN = 6
# The article page's ``already`` for a fetched link that found its article stored (by the link, or by the text
# pasted before, which the page's own address, title and date then took over); ``1`` for a paste.
ALREADY_FETCHED = "fetched"
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
#: Characters of an article's body on one reader page. Most articles fit on one; a longer one is shown a
#: page at a time, so that a page costs about the same to make however long the article is and however
#: its text is broken (a million one-word paragraphs made a 94 MB page that took 13 s).
PAGE_CHARS = 20_000
# Breaks a page may end at, best first, looked for in the last half page before its length is reached:
# a sentence never spans a line break, so a page cut there holds the sentences the whole text has.
_PAGE_BREAKS = ("\n\n", "\n", " ")

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Segment:
    """A run of body text: a sentence (with its offsets) or the text between sentences."""

    text: str
    start: int | None = None
    end: int | None = None

    @property
    def is_line_break(self) -> bool:
        return self.start is None and self.text == "\n"


@dataclass(frozen=True)
class BodyPage:
    """What one reader page shows of an article's body: characters ``start`` to ``end`` (page ``number``
    of ``count``)."""

    number: int
    count: int
    start: int
    end: int

    def holds(self, offset: int) -> bool:
        return self.start <= offset < self.end


def body_page(text: str, number: int) -> BodyPage:
    """Page ``number`` (from 1; past the last: the last) of ``text``."""
    count = _page_count(text)
    number = min(max(number, 1), count)
    return BodyPage(number, count, _page_cut(text, number - 1), _page_cut(text, number))


def page_of(text: str, offset: int) -> int:
    """The number of the page of ``text`` that shows character ``offset``."""
    # Page n ends at a cut within half a page before n * PAGE_CHARS: the offset is on one of two pages.
    index = min(max(offset, 0) // PAGE_CHARS, _page_count(text) - 1)
    return index + 2 if offset >= _page_cut(text, index + 1) else index + 1


def _page_count(text: str) -> int:
    return max(1, -(-len(text) // PAGE_CHARS))


def _page_cut(text: str, pages: int) -> int:
    """Where the first ``pages`` pages end: at the last break before ``pages * PAGE_CHARS``."""
    at = pages * PAGE_CHARS
    if at <= 0 or at >= len(text):
        return min(max(at, 0), len(text))
    for mark in _PAGE_BREAKS:
        found = text.rfind(mark, at - PAGE_CHARS // 2, at)
        if found >= 0:
            return found + len(mark)
    return at


def body_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[list[Segment]]:
    """``text[start:end]`` as paragraphs of segments: its sentences (as :func:`split_sentences` finds
    them, the same spans the summarizers report, with offsets into ``text``) and the text between them,
    with single line breaks kept."""
    end = len(text) if end is None else end
    paragraphs: list[list[Segment]] = [[]]

    def add_gap(gap: str) -> None:
        for number, part in enumerate(_PARAGRAPH_BREAK.split(gap)):
            if number:
                paragraphs.append([])
            for line_number, line in enumerate(part.split("\n")):
                if line_number:
                    paragraphs[-1].append(Segment("\n"))
                if line:
                    paragraphs[-1].append(Segment(line))

    position = start
    for span in split_sentences(text[start:end]):
        span_start, span_end = span.start + start, span.end + start
        add_gap(text[position:span_start])
        paragraphs[-1].append(Segment(text[span_start:span_end], span_start, span_end))
        position = span_end
    add_gap(text[position:end])
    return [
        _trim_breaks(paragraph)
        for paragraph in paragraphs
        if any(s.start is not None or s.text.strip() for s in paragraph)
    ]


def _trim_breaks(paragraph: list[Segment]) -> list[Segment]:
    while paragraph and paragraph[0].is_line_break:
        paragraph = paragraph[1:]
    while paragraph and paragraph[-1].is_line_break:
        paragraph = paragraph[:-1]
    return paragraph


def anchor_of(starts: list[int], page: BodyPage, start: int | None) -> int | None:
    """The start offset of the body sentence holding offset ``start`` (the anchor a summary links to),
    given the sorted ``starts`` of the sentences ``page`` shows. A sentence on another page is its own
    anchor: summaries report the body's sentence spans."""
    if start is None:
        return None
    if not page.holds(start):
        return start
    index = bisect_right(starts, start) - 1
    return starts[index] if index >= 0 else None


@dataclass(frozen=True)
class Backing:
    """An article sentence that backs a summary sentence: its anchor and the start of its text."""

    anchor: int
    excerpt: str


@dataclass(frozen=True)
class ShownSummary:
    """A summary as the reader shows it: its items, form and language, how much it saves, notes, and the
    article's keyphrases as tags."""

    items: list[SummaryItem]
    form: str
    language: str
    #: "Reduced by 84%, about 4 minutes saved." (``None`` for an empty summary).
    reduction: str | None
    notes: list[str]
    #: Whether the article was compared with an abstractive summary: ``None`` for the article's own
    #: sentences (nothing to compare), ``False`` for one in another language (words cannot be compared).
    checked: bool | None
    keyphrases: list[Tag]


@dataclass(frozen=True)
class Tag:
    """A keyphrase as the reader shows it under the summary: linked to the body sentence holding its first
    occurrence on the page shown (``anchor``; ``None`` when it occurs on other pages only)."""

    text: str
    anchor: int | None


def keyphrase_tags(keyphrases: list[dict[str, Any]], starts: list[int], page: BodyPage) -> list[Tag]:
    """The tags of ``keyphrases`` (as an answer gives them), given the sorted ``starts`` of the sentences
    ``page`` shows."""
    tags = []
    for keyphrase in keyphrases:
        shown = next((start for start, _ in keyphrase["spans"] if page.holds(start)), None)
        tags.append(Tag(keyphrase["text"], anchor_of(starts, page, shown)))
    return tags


@dataclass(frozen=True)
class SummaryItem:
    """A summary sentence as the reader shows it.

    ``anchor`` is the body sentence it quotes (extractive summaries); ``supported`` is ``None`` when the
    summary was not checked, else whether the article backs it: by the ``backing`` sentences, or not,
    for the ``reason`` the check gives (summaries cached before the check gave reasons show the
    ``missing`` terms instead). ``not_checked`` says why the check could not compare it (a summary in
    another language).
    """

    text: str
    anchor: int | None = None
    supported: bool | None = None
    backing: tuple[Backing, ...] = ()
    missing: tuple[str, ...] = ()
    reason: str = ""
    not_checked: str = ""


def summary_items(summary: dict[str, Any], starts: list[int], text: str, page: BodyPage) -> list[SummaryItem]:
    """The reader's view of a summary (as :meth:`Store.summary` gives it) of the article ``text``, given
    the sorted ``starts`` of the sentences its ``page`` shows."""
    checks = summary["evidence"]["sentences"] if summary["evidence"] is not None else None
    items = []
    for number, sentence in enumerate(summary["sentences"]):
        item = SummaryItem(sentence["text"], anchor_of(starts, page, sentence["start"]))
        if checks is not None and checks[number]["supported"] is None:
            item = replace(item, not_checked=checks[number]["reason"])
        elif checks is not None:
            check = checks[number]
            backing = []
            for start, end in check["evidence"]:
                anchor = anchor_of(starts, page, start)
                if anchor is not None:
                    backing.append(Backing(anchor, excerpt(text[start:end], EXCERPT_CHARS)))
            item = replace(
                item,
                supported=check["supported"],
                backing=tuple(backing),
                missing=tuple(check["unsupported"][:MISSING_SHOWN]),
                reason=check.get("reason", ""),
            )
        items.append(item)
    return items


def display_title(article: StoredArticle) -> str:
    return shown_title(article.title, article.text)


def _date(value: datetime | None) -> str | None:
    """A stored publication time for a reader: its day, and, when the page gave a time of day, that time
    in UTC (the store keeps UTC: the day alone could read as the day before in the page's own zone)."""
    if value is None:
        return None
    day = f"{value.day} {value:%B %Y}"
    return day if (value.hour, value.minute) == (0, 0) else f"{day}, {value:%H:%M} UTC"


def _context(request: Request, **values: Any) -> dict[str, Any]:
    settings = request.app.state.settings
    return {
        "needs_token": settings.api_token is not None,
        "title_of": display_title,
        "excerpt": excerpt,
        "date": _date,
        "text_direction": text_direction,
        "right_to_left_languages": " ".join(sorted(RIGHT_TO_LEFT)),
        "script_directed_languages": " ".join(sorted(SCRIPT_DIRECTED)),
        **values,
    }


@router.get("/")
def index(
    request: Request,
    before: Annotated[int | None, Query(ge=1)] = None,
    site: Annotated[str | None, Query(max_length=300)] = None,
    feed: Annotated[int | None, Query()] = None,
    # No bound of its own (the request's head has one): a search past MAX_SEARCH_CHARS is refused below
    # as one of too many words is, where a bound here answered with an error page, the list gone.
    q: str | None = None,
) -> Response:
    """The article list, newest first, under the paste form; a welcome page while the store is empty.
    ``site`` and ``feed`` list one site's or one feed's articles, and ``q`` those that hold its words,
    as the API's list does."""
    # What the page says it lists (heading, search box, links) is what the store looks for: without
    # control characters, which the store drops from a search (a NUL showed in the heading).
    # A blank search (the box sent empty) is no search.
    search = clean_characters(q or "").strip() or None
    filters: dict[str, str | int | None] = {
        "site": clean_characters(site or "").strip() or None,
        "feed": feed,
    }
    try:
        search_words(search)
    except InvalidInputError as exc:
        # A search of too many words is the search form's mistake, shown as the paste form shows its own:
        # the list, unsearched, with the message by the box that holds the words to mend. It had been an
        # error page, the list and the words gone.
        message = _as_sentence(str(exc)) + "."
        return _index(request, before, filters=filters, search=(search, message), status=422)
    return _index(request, before, filters={**filters, "q": search})


def _index(
    request: Request,
    before: int | None = None,
    *,
    filters: dict[str, str | int | None] | None = None,
    form: dict[str, str] | None = None,
    error: str | None = None,
    refused_field: str | None = None,
    search: tuple[str | None, str] | None = None,
    status: int = 200,
) -> Response:
    """The article list under the paste form; ``error`` is the paste form's and ``refused_field`` the id of
    the field it is about (none for a refusal of the post itself), ``search`` a refused search (its words,
    and why) shown in the search box."""
    store = store_of(request)
    filters = {name: value for name, value in (filters or {}).items() if value is not None}
    # One more than a page: an "Older" link only when there is an older article to show.
    articles = store.list_articles(
        limit=PAGE_SIZE + 1,
        before=before,
        site=filters.get("site"),
        feed_id=filters.get("feed"),
        search=filters.get("q"),
    )
    more, articles = len(articles) > PAGE_SIZE, articles[:PAGE_SIZE]
    # A feed is known by its title, as `nutgraf feeds list` shows it; its id only where it has none.
    feed = store.get_feed(filters["feed"]) if "feed" in filters else None
    context = _context(
        request,
        feed_title=feed.title if feed else None,
        articles=articles,
        before=before,
        older=articles[-1].id if more else None,
        filters=filters,
        # The filters kept in the list's own links (Older, Newest).
        filter_query=urlencode(filters),
        search_chars=MAX_SEARCH_CHARS,
        welcome=not articles and before is None and not filters and search is None,
        form=form or {},
        error=error,
        refused_field=refused_field,
        searched=search[0] if search else filters.get("q"),
        search_error=search[1] if search else None,
    )
    return TEMPLATES.TemplateResponse(request, "index.html", context, status_code=status)


def _pasted_field(form: dict[str, str]) -> str:
    """The id of the paste form's field a refusal of what was given is about: the paste box where
    something was pasted (a link beside it is the page's address), else the link's."""
    return "content" if form.get("content") else "url"


_NOTHING_PASTED = "Paste an article's link, or its text or HTML, then choose Read it."
_HTML_AS_TEXT = (
    "This looks like a web page's HTML, and plain text is chosen, which would keep its markup as the article's"
    " text; choose HTML (chosen now) and add it again, or plain text again if it is an article's text that"
    " shows markup."
)


@router.post("/articles")
async def add_from_form(request: Request) -> Response:
    """The paste form: store the article and go to it, or show the form again with what went wrong."""
    # The body cap (BodyLimit) bounds a pasted page, not Starlette's 1 MB default for a multipart field.
    limit = request.app.state.settings.max_body_bytes
    posted = await request.form(max_part_size=limit or sys.maxsize)  # 0: no cap
    # Without control characters: the form is shown again with what was posted, and they had been
    # echoed back into the text box (a page's article text loses them anyway).
    form = {k: clean_characters(v) for k, v in posted.items() if isinstance(v, str)}
    if not same_origin(request):
        return _index(request, form=form, error="This form only accepts posts from this site.", status=403)
    if not token_matches(request.app.state.settings.write_tokens, form.get("token") or None):
        # The token's field, not the link's: the link and the paste were not what was wrong.
        return _index(
            request, form=form, error="That API token is not right.", refused_field="token", status=401
        )
    content = form.get("content", "").strip()
    if not content and not form.get("url", "").strip():
        return _index(
            request, form=form, refused_field=_pasted_field(form), error=_NOTHING_PASTED, status=422
        )
    if form.get("format") != "html" and not form.get("format_asked") and looks_like_html(content):
        # Plain text is the form's default, and a page's source pasted under it was stored as its markup.
        # Asked once: plain text chosen again is a choice (an article on writing web pages shows tags on
        # lines of their own, as a page's source does), which had been refused again every time.
        form = {**form, "format": "html", "format_asked": "1"}
        return _index(request, form=form, refused_field=_pasted_field(form), error=_HTML_AS_TEXT, status=422)
    # The paste as posted, not as shown again: without its control characters, a program's bytes (an
    # ELF file dropped into the box) had passed for text and been stored as an article, which the API,
    # the command line and the library refuse as binary.
    pasted = posted.get("content")
    fields = {
        "url": form.get("url", "").strip() or None,
        "title": form.get("title", "").strip() or None,
        ("html" if form.get("format") == "html" else "text"): (
            pasted.strip() if content and isinstance(pasted, str) else None
        ),
    }
    try:
        data = ArticleInput(**fields)
    except ValidationError as exc:
        message = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
        return _index(
            request,
            form=form,
            refused_field=_pasted_field(form),
            error=_as_sentence(message) + ".",
            status=422,
        )
    try:
        stored, created = await store_article(request, data)
    except NutgrafError as exc:
        message = client_message(exc)
        return _index(
            request,
            form=form,
            refused_field=_pasted_field(form),
            error=_as_sentence(message),
            status=status_of(exc),
        )
    # A paste of a stored link or text opens the stored article: the page says so rather than seeming
    # to have taken the paste. A fetched page whose text was stored as a paste takes that article over,
    # under the page's address, title and date: "nothing new was saved" had been untrue of it.
    already = "" if created else f"?already={ALREADY_FETCHED if is_fetch(data) else 1}"
    return RedirectResponse(f"/articles/{stored.id}{already}", status_code=303)


PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]
Offset = Annotated[
    int | None, Query(ge=0, le=100_000_000, description="show the page holding this character")
]


@router.get("/articles/{article_id}")
def reader(request: Request, article_id: int, page: PageNumber = 1, at: Offset = None) -> Response:
    """One article to read (a page of it, when it is long), with the button that summarizes it."""
    return _reader(request, article_id, summary=None, page=page, at=at)


@router.get("/articles/{article_id}/summary", dependencies=[NoHead])
async def reader_with_summary(
    request: Request,
    article_id: int,
    length: Annotated[Length | None, Query()] = None,
    form: Annotated[Form, Query()] = "paragraph",
    output_language: Annotated[str | None, Query(max_length=16)] = None,
    avoid: Annotated[Filters | None, Query()] = None,
    keyphrases: Annotated[int | None, Query()] = None,
    sentences: Annotated[int | None, Query()] = None,
    words: Annotated[int | None, Query()] = None,
    summarizer: Annotated[str | None, Query(max_length=64)] = None,
    page: PageNumber = 1,
    at: Offset = None,
) -> Response:
    """The reader with the summary shown and its sentences marked in the body: the page without JavaScript.

    Only the summarizers the reader offers (:meth:`Settings.reader_choices`) can be asked for here. The
    length is a preset (medium when the address gives none of it, ``sentences``, which older links do, and
    ``words``, as the API's); a TL;DR, one sentence, takes none (the form sends the menu's length with it).
    """
    stored = await run_in_threadpool(_article_or_404, request, article_id)
    choices = request.app.state.settings.reader_choices()
    summarizer = summarizer or choices[0]
    if summarizer not in choices:
        raise HTTPException(
            422,
            f"This reader does not offer the {summarizer!r} summarizer; choose one of: {', '.join(choices)}.",
        )
    if keyphrases is not None and not 1 <= keyphrases <= MAX_KEYPHRASES:
        # Refused here, not by SummaryOptions, whose "leave it out for a summary without keyphrases" is
        # untrue of the reader: left out, it shows its own number.
        raise HTTPException(
            422,
            f"Keyphrases must be a whole number from 1 to {MAX_KEYPHRASES}, not {keyphrases}; leave it out for "
            f"the reader's {READER_KEYPHRASES}.",
        )
    try:
        options = SummaryOptions(
            sentences=sentences,
            words=words,
            length=None if form == "tldr" else length or (None if sentences or words else "medium"),
            form=form,
            output_language=output_language or None,  # the menu's "the article's language" sends ""
            avoid=tuple(avoid or ()),
            keyphrases=READER_KEYPHRASES if keyphrases is None else keyphrases,
        )
    except InvalidInputError as exc:
        raise HTTPException(422, _as_sentence(str(exc)) + ".") from None
    # As the API makes it: once for every request and replica asking at once, kept in the same cache.
    try:
        made = await summary_body(request, SummaryRequest(stored.id, summarizer, options, None, False))
    except NutgrafError as exc:
        # The article stays, its summary box saying why there is none, as the page with JavaScript shows
        # it: an error page ("Something went wrong") had taken the article's place.
        return await run_in_threadpool(
            _reader,
            request,
            article_id,
            summary=None,
            summary_error=f"No summary this time: {client_message(exc)}",
            status=status_of(exc),
            headers=retry_after(exc),
            options=options,
            summarizer=summarizer,
            stored=stored,
            page=page,
            at=at,
        )
    summary = orjson.loads(made.body)
    if form == "tldr" and length not in (None, "medium"):
        # The API refuses a length with a TL;DR; the form cannot leave its length menu out, so the page
        # takes the TL;DR and says why the length asked for is gone (the menu shows medium again).
        summary["notes"] = [*summary["notes"], tldr_length_note(length)]
    return await run_in_threadpool(
        _reader,
        request,
        article_id,
        summary=summary,
        options=options,
        summarizer=summarizer,
        stored=stored,
        page=page,
        at=at,
    )


def tldr_length_note(length: str) -> str:
    """What the reader without JavaScript says of the ``length`` its form sent with a TL;DR, which takes
    none: the API's refusal ("a TL;DR is one sentence whatever the length"), as a note beside the TL;DR."""
    return (
        f"A TL;DR is one sentence whatever the length, so the length {LENGTH_LABELS[length].lower()} was set"
        f" aside; choose {FORM_LABELS['paragraph']} or {FORM_LABELS['key_points']} for a"
        f" {LENGTH_LABELS[length].lower()} summary."
    )


def _article_or_404(request: Request, article_id: int) -> StoredArticle:
    stored = store_of(request).get_article(article_id)
    if stored is None:
        raise HTTPException(404, f"There is no article number {article_id} here.")
    return stored


def _reader(
    request: Request,
    article_id: int,
    *,
    summary: dict[str, Any] | None,
    options: SummaryOptions | None = None,
    summarizer: str | None = None,
    stored: StoredArticle | None = None,
    page: int = 1,
    at: int | None = None,
    summary_error: str | None = None,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    stored = stored or _article_or_404(request, article_id)
    options = options or SummaryOptions(length="medium", keyphrases=READER_KEYPHRASES)
    text = stored.text
    shown = body_page(text, page_of(text, at) if at is not None else page)
    paragraphs = body_paragraphs(text, shown.start, shown.end)
    displayed = None
    if summary is not None:
        starts = sorted(s.start for p in paragraphs for s in p if s.start is not None)
        displayed = ShownSummary(
            items=summary_items(summary, starts, text, shown),
            form=summary["form"],
            language=summary["output_language"],
            reduction=describe_reduction(summary["reduction"]["share"], summary["reduction"]["seconds_saved"])
            if summary["sentences"]
            else None,
            notes=summary["notes"],
            checked=None if summary["evidence"] is None else summary["evidence"]["checked"],
            keyphrases=keyphrase_tags(summary.get("keyphrases", []), starts, shown),
        )
    items = displayed.items if displayed is not None else []
    highlighted = {item.anchor for item in items} | {
        backing.anchor for item in items if item.supported for backing in item.backing
    }
    previous, following = store_of(request).neighbours(article_id)
    choices = request.app.state.settings.reader_choices()
    writers = {name for name in choices if "output_language" in summarizer_class(name).takes}
    languages = dict(OUTPUT_LANGUAGES)
    if options.output_language is not None:  # a language typed into the address stays chosen
        languages.setdefault(options.output_language, language_name(options.output_language))
    summarizer = summarizer or choices[0]
    if summary is None:
        address = f"/articles/{article_id}?"
    else:
        # The summary's own options, those at their defaults left out.
        asked = {
            **options.arguments(),
            "form": options.form != "paragraph" and options.form,
            "keyphrases": options.keyphrases != READER_KEYPHRASES and options.keyphrases,
        }
        query = urlencode(
            {**{name: value for name, value in asked.items() if value}, "summarizer": summarizer}, doseq=True
        )
        address = f"/articles/{article_id}/summary?{query}&"

    def sentence_link(anchor: int) -> str:
        """Where a summary's link to the body sentence at ``anchor`` goes: here, or another page."""
        return f"#s-{anchor}" if shown.holds(anchor) else f"{address}page={page_of(text, anchor)}#s-{anchor}"

    context = _context(
        request,
        article=stored,
        source=http_link(stored.url),
        paragraphs=paragraphs,
        page=shown,
        # ?page= past the last shows the last, saying so: it had shown page 1 of a one-page article as if
        # page 999 were it.
        page_past_last=page if at is None and page > shown.count else None,
        page_link=lambda number: f"{address}page={number}",
        sentence_link=sentence_link,
        summary=displayed,
        summary_error=summary_error,
        highlighted=highlighted - {None},
        options=options,
        keyphrases=options.keyphrases,
        # Sent again by the form when not the reader's own number, as the script sends it (keyphrases).
        asked_keyphrases=options.keyphrases if options.keyphrases != READER_KEYPHRASES else None,
        length_choices=LENGTH_LABELS,
        form_choices=FORM_LABELS,
        # Offered when a summarizer of the menu can write another language than the article's.
        language_choices=languages if writers else None,
        summarizer=summarizer,
        summarizer_choices=[(name, SUMMARIZER_LABELS.get(name, name), name in writers) for name in choices],
        missing_shown=MISSING_SHOWN,
        already_fetched=ALREADY_FETCHED,
        previous=previous,
        next=following,
        # Only the values the form sends: another (an edited address's "?already=0") says nothing.
        already=request.query_params.get("already") in ("1", ALREADY_FETCHED)
        and request.query_params["already"],
    )
    return TEMPLATES.TemplateResponse(request, "article.html", context, status_code=status, headers=headers)


def _error_name(status: int) -> str:
    """An error page's title and heading: the error's name ("Not found", "Too many requests"), which a
    bare status number ("404 · nutgraf") did not say; a fault of the server's is "Something went wrong"."""
    if status == 422:  # Python's phrase changed ("Unprocessable Entity", then "Content"): neither tells
        return "Invalid request"
    if 400 <= status < 500:
        try:
            return HTTPStatus(status).phrase.capitalize()
        except ValueError:  # a status Python does not name
            pass
    return "Something went wrong"


def _as_sentence(message: str) -> str:
    """An error message as a page shows it, a sentence: its first letter raised where its first word is a
    word ("the default summarizer ..."), not where it is an address or a name, which stay as written
    ("http://news.example/gone answered HTTP 404" had read "Http://...")."""
    if message[:1].islower() and message.partition(" ")[0].isalpha():
        return message[:1].upper() + message[1:]
    return message


def error_page(
    request: Request, status: int, message: str, *, headers: Mapping[str, str] | None = None
) -> Response:
    """An HTML page for an error met while browsing (with the error's headers: Allow, Retry-After)."""
    context = _context(request, status=status, message=_as_sentence(message), error_name=_error_name(status))
    return TEMPLATES.TemplateResponse(request, "error.html", context, status_code=status, headers=headers)
