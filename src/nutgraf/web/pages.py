"""The reader's server-rendered pages: the article list, the reader with its summary, the paste form.

Everything works without JavaScript; ``static/reader.js`` only shows the summary in place instead of
loading the page that shows it. Article text reaches the page through autoescaped templates only, and
the body is rendered sentence by sentence, each sentence an anchor (``#s-<start>``) that summary
sentences link to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import RedirectResponse, Response

from nutgraf.errors import NutgrafError
from nutgraf.segment import split_sentences
from nutgraf.store import Store, StoredArticle, excerpt
from nutgraf.web.api import ArticleInput, add_article
from nutgraf.web.problems import status_of
from nutgraf.web.security import same_origin, token_matches

TEMPLATES = Jinja2Templates(
    env=Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True, trim_blocks=True
    )
)
PAGE_SIZE = 20
SENTENCE_CHOICES = (1, 2, 3, 5, 7)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

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


def body_paragraphs(text: str) -> list[list[Segment]]:
    """``text`` as paragraphs of segments: its sentences (as :func:`split_sentences` finds them, the same
    spans the summarizers report) and the text between them, with single line breaks kept."""
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

    position = 0
    for span in split_sentences(text):
        add_gap(text[position : span.start])
        paragraphs[-1].append(Segment(text[span.start : span.end], span.start, span.end))
        position = span.end
    add_gap(text[position:])
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


def anchor_of(paragraphs: list[list[Segment]], start: int | None) -> int | None:
    """The start offset of the body sentence holding offset ``start`` (the anchor a summary links to)."""
    if start is None:
        return None
    starts = sorted(s.start for p in paragraphs for s in p if s.start is not None)
    index = bisect_right(starts, start) - 1
    return starts[index] if index >= 0 else None


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an http(s) link (never ``javascript:`` or ``data:``), else ``None``."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def display_title(article: StoredArticle) -> str:
    return article.title or excerpt(article.text, 90)


def _date(value: datetime | None) -> str | None:
    return f"{value.day} {value:%B %Y}" if value else None


def _store(request: Request) -> Store:
    return request.app.state.store


def _context(request: Request, **values: Any) -> dict[str, Any]:
    settings = request.app.state.settings
    return {"needs_token": settings.api_token is not None, "title_of": display_title, "date": _date, **values}


@router.get("/")
def index(request: Request, before: Annotated[int | None, Query(ge=1)] = None) -> Response:
    """The article list, newest first, under the paste form; a welcome page while the store is empty."""
    return _index(request, before)


def _index(
    request: Request,
    before: int | None = None,
    *,
    form: dict[str, str] | None = None,
    error: str | None = None,
    status: int = 200,
) -> Response:
    store = _store(request)
    articles = store.list_articles(limit=PAGE_SIZE, before=before)
    context = _context(
        request,
        articles=articles,
        before=before,
        older=articles[-1].id if len(articles) == PAGE_SIZE else None,
        welcome=not articles and before is None,
        form=form or {},
        error=error,
    )
    return TEMPLATES.TemplateResponse(request, "index.html", context, status_code=status)


@router.post("/articles")
async def add_from_form(request: Request) -> Response:
    """The paste form: store the article and go to it, or show the form again with what went wrong."""
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    if not same_origin(request):
        return _index(request, form=form, error="This form only accepts posts from this site.", status=403)
    if not token_matches(request.app.state.settings.api_token, form.get("token") or None):
        return _index(request, form=form, error="That API token is not right.", status=401)
    content = form.get("content", "").strip()
    fields = {
        "url": form.get("url", "").strip() or None,
        "title": form.get("title", "").strip() or None,
        ("html" if form.get("format") == "html" else "text"): content or None,
    }
    try:
        data = ArticleInput(**fields)
    except ValidationError as exc:
        message = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
        return _index(request, form=form, error=message[:1].upper() + message[1:] + ".", status=422)
    try:
        stored, _ = await run_in_threadpool(add_article, _store(request), data, request.app.state.settings)
    except NutgrafError as exc:
        return _index(request, form=form, error=str(exc)[:1].upper() + str(exc)[1:], status=status_of(exc))
    return RedirectResponse(f"/articles/{stored.id}", status_code=303)


@router.get("/articles/{article_id}")
def reader(request: Request, article_id: int) -> Response:
    """One article to read, with the button that summarizes it."""
    return _reader(request, article_id, summary=None)


@router.get("/articles/{article_id}/summary")
def reader_with_summary(
    request: Request,
    article_id: int,
    sentences: Annotated[int, Query(ge=1, le=50)] = 3,
    summarizer: Annotated[str | None, Query(max_length=64)] = None,
) -> Response:
    """The reader with the summary shown and its sentences marked in the body: the page without JavaScript."""
    stored = _article_or_404(request, article_id)
    summarizer = summarizer or request.app.state.settings.summarizer
    summary = _store(request).summary(stored, summarizer=summarizer, sentences=sentences)
    return _reader(request, article_id, summary=summary, sentences=sentences, stored=stored)


def _article_or_404(request: Request, article_id: int) -> StoredArticle:
    stored = _store(request).get_article(article_id)
    if stored is None:
        raise HTTPException(404, f"There is no article number {article_id} here.")
    return stored


def _reader(
    request: Request,
    article_id: int,
    *,
    summary: dict[str, Any] | None,
    sentences: int = 3,
    stored: StoredArticle | None = None,
) -> Response:
    stored = stored or _article_or_404(request, article_id)
    paragraphs = body_paragraphs(stored.text)
    summary_items = []
    if summary is not None:
        summary_items = [
            {"text": s["text"], "anchor": anchor_of(paragraphs, s["start"])} for s in summary["sentences"]
        ]
    previous, following = _store(request).neighbours(article_id)
    context = _context(
        request,
        article=stored,
        source=safe_link(stored.url),
        paragraphs=paragraphs,
        summary=summary_items if summary is not None else None,
        highlighted={item["anchor"] for item in summary_items},
        sentences=sentences,
        sentence_choices=SENTENCE_CHOICES,
        previous=previous,
        next=following,
    )
    return TEMPLATES.TemplateResponse(request, "article.html", context)


def error_page(request: Request, status: int, message: str) -> Response:
    """An HTML page for an error met while browsing."""
    return TEMPLATES.TemplateResponse(
        request, "error.html", _context(request, status=status, message=message), status_code=status
    )
