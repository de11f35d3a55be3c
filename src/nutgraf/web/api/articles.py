"""``/api/articles``: store an article from its URL, HTML or text; list and read stored articles."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Annotated
from urllib.parse import urlencode

import anyio
import orjson
from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from starlette.exceptions import HTTPException
from starlette.responses import Response

from nutgraf.article import Article, site_of
from nutgraf.decode import decode_text
from nutgraf.errors import NoArticleFound, TooManyRequestsError
from nutgraf.store.articles import MAX_SEARCH_CHARS, MAX_SEARCH_WORDS, since_time
from nutgraf.urls import canonical_url, check_http_url
from nutgraf.web.api.common import (
    NOT_FOUND,
    CachedBody,
    Write,
    cacheable_response,
    json_response,
    settings_of,
    store_of,
)
from nutgraf.web.security import client_address

if TYPE_CHECKING:
    from nutgraf.store import StoredArticle

#: Largest page of the article list.
MAX_PAGE = 100
#: The lease kind of a page being fetched to be stored (its key: the canonical URL).
ARTICLE_FETCH_LEASE = "article-fetch"


class ArticleInput(BaseModel):
    """An article to read: a ``url`` to fetch, or its ``html`` or ``text`` (with ``url`` as its address)."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = Field(
        None,
        description="the article's address; fetched when neither html nor text is given. With html or"
        " text, the address they claim: a key later fetches of it find only when the writer holds the"
        " API token (see url_verified)",
    )
    html: str | None = Field(None, description="the page's HTML")
    text: str | None = Field(None, description="the article as plain text")
    title: str | None = Field(
        None,
        max_length=1000,
        description="the article's title, over the one the input gives (a text's own first-line headline"
        " that says something else stays as the body's first line). With a url to fetch, the writer's"
        " word over the page's: the article is then a claim (url_verified false) unless the writer holds"
        " the API token",
    )

    @model_validator(mode="after")
    def _one_source(self) -> ArticleInput:
        if self.html is not None and self.text is not None:
            raise ValueError("give html or text, not both")
        if self.url is None and self.html is None and self.text is None:
            raise ValueError("give one of url, html or text")
        return self

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str | None) -> str | None:
        return None if url is None else check_http_url(url)


class ArticleOut(BaseModel):
    id: int
    title: str | None
    byline: str | None
    published: str | None
    language: str | None
    url: str | None
    canonical_url: str | None
    url_verified: bool = Field(
        description="whether nutgraf fetched the article from url (or a writer with the API token gave it);"
        " false: url is what the pasted page or text claims"
    )
    site: str | None
    description: str | None = Field(
        description="the page's dek (the standfirst under its headline, left out of text) or else its meta"
        " description; null where the page gives none, it repeats the title or the text's opening, or the"
        " article was stored before nutgraf kept one"
    )
    feed_id: int | None
    created_at: str
    text: str | None = None
    excerpt: str | None = None


class ArticleList(BaseModel):
    items: list[ArticleOut]
    next: str | None = Field(description="the URL of the next (older) page, or null on the last")


# The fewest words of a pasted article (a headline alone has more).
_PASTED_ARTICLE_MIN_WORDS = 2


def article_from_input(data: ArticleInput) -> Article:
    """The article pasted in ``data``: extracted from its HTML, or cleaned from its text (``data.url``, if
    any, is its address). Plain text is taken as text even when it holds markup, so nothing in it is
    ever read as HTML.
    """
    from nutgraf.extract.text import clean_text, word_count

    if data.html is not None:
        from nutgraf.extract import extract

        article = extract(data.html, url=data.url, title=data.title)
    else:
        assert data.text is not None
        article = clean_text(decode_text(data.text), title=data.title)
        if data.url:
            article = replace(article, url=data.url, site=article.site or site_of(data.url))
    # A paste of one word ("Hello", a try of the box) is no article, as an empty one is none: the library
    # summarizes whatever text it is given, but stored, it had become an article in the reader's list.
    if (words := word_count(article.text)) < _PASTED_ARTICLE_MIN_WORDS:
        # A paste of marks alone ("!!!", an emoji) has no word, which "one word" would misname.
        held = "is one word" if words == 1 else "has no word"
        raise NoArticleFound(
            f"the text {held} ({article.text[:40]!r}), not an article: paste the article's text or its address"
        )
    return article


def is_fetch(data: ArticleInput) -> bool:
    """Whether ``data`` gives only a URL, whose page is to be fetched."""
    return data.url is not None and data.html is None and data.text is None


async def fetched_article(request: Request, data: ArticleInput) -> Article:
    """The article at ``data.url``, fetched on the fetch pool (:mod:`nutgraf.web.fetches`) for the
    request's client; ``data.title``, when given, is its title."""
    from nutgraf.pipeline import fetch_article

    assert data.url is not None
    settings = settings_of(request).fetch_settings()
    client = client_address(request.scope)
    return await request.app.state.fetches.run(
        client, fetch_article, data.url, settings=settings, title=data.title
    )


async def store_article(request: Request, data: ArticleInput) -> tuple[StoredArticle, bool]:
    """Store the article ``data`` gives (a URL fetched before is not fetched again); returns it and
    whether it is new. Only the fetch runs on the fetch pool; the rest on the request threads.

    The address is verified when the page was fetched from it (under its own title), or when a writer
    holding the API token gives it (with no token configured anyone may write, and a pasted page or text,
    or a fetched page under a title the writer gave, only claims its address: a later fetch of that
    address gets the real page, not the writer's).
    """
    if is_fetch(data):
        return await _fetched_once(request, data)
    article = await run_in_threadpool(article_from_input, data)
    # Write routes check the token when one is set: this writer holds it.
    verified = data.url is not None and settings_of(request).api_token is not None
    return await _add(request, article, verified=verified)


async def _add(
    request: Request, article: Article, *, verified: bool, fetched_from: str | None = None
) -> tuple[StoredArticle, bool]:
    """Store ``article``; ``fetched_from``: the address nutgraf was asked for and fetched it from, which
    finds it from then on (see ``Store.add_article``'s ``requested_url``)."""
    store = store_of(request)
    add = partial(store.add_article, article, url_verified=verified, requested_url=fetched_from)
    stored, created = await run_in_threadpool(add)
    if verified and not created:
        # It may have been stored under a claim, with the claim's title: its summaries are made again.
        request.app.state.summary_cache.drop_where(lambda key: key.article_id == stored.id)
    return stored, created


async def _fetched_once(request: Request, data: ArticleInput) -> tuple[StoredArticle, bool]:
    """The article at ``data.url``: the stored one, else fetched and stored now, once however many
    requests ask for it at once (in this process through a single flight, across the replicas of one
    database through the lease ``("article-fetch", canonical URL)``); a publisher sees one fetch, not
    one per request. A fetch that leads to an article stored under another address (a redirect) makes
    ``data.url`` that article's alias (a page with the text of another is an article of its own): the next request for it,
    on any replica, finds the article without a fetch."""
    assert data.url is not None
    store = store_of(request)
    key = canonical_url(data.url)
    flights = request.app.state.article_fetches

    def stored_before() -> tuple[StoredArticle, bool] | None:
        found = store.find_article(key)
        return (found, False) if found else None

    # A title given over the page's is the writer's word: without the token, the page under it is a claim,
    # which no later fetch of the address finds (the next one makes the page's own title verified).
    verified = data.title is None or settings_of(request).api_token is not None

    async def fetch_and_store() -> tuple[StoredArticle, bool]:
        article = await fetched_article(request, data)
        return await _add(request, article, verified=verified, fetched_from=data.url)

    def fetch_once() -> tuple[StoredArticle, bool]:
        return store.once(
            ARTICLE_FETCH_LEASE,
            key,
            ready=stored_before,
            make=lambda: anyio.from_thread.run(fetch_and_store),
            wait_seconds=settings_of(request).fetch_settings().total_timeout,
        )

    # A request without a title must not be answered with a claim made under another's title.
    flight = key if verified else (key, data.title)
    while True:
        first = not flights.running(flight)
        try:
            stored, created = await flights.run(flight, partial(run_in_threadpool, fetch_once))
        except TooManyRequestsError:
            if first:
                raise
            continue  # the limit of the client that asked first, not this one's: ask as this client
        return stored, created and first


router = APIRouter(tags=["articles"])


@router.post(
    "/articles",
    status_code=201,
    response_model=ArticleOut,
    dependencies=[Write],
    responses={
        200: {
            "model": ArticleOut,
            "description": "the article already stored (same text or URL, or where a fetch of the URL led)",
        }
    },
)
async def create_article(data: ArticleInput, request: Request) -> Response:
    """Store an article from its URL, HTML or text: 201 with the new article, or 200 with the one already
    stored under the same canonical URL, or with the same text when the address is not fetched (a paste, a
    claim), or that an earlier fetch of the same URL led to (a redirect: the URL is then not fetched
    again). A fetched page whose text is stored as a paste or a claim takes that article over: 200 with its
    id, under the page's own URL, title, byline and date."""
    stored, created = await store_article(request, data)
    return json_response(
        stored.to_dict(), 201 if created else 200, headers={"Location": f"/api/articles/{stored.id}"}
    )


def _since(value: object) -> object:
    """``since`` read as ``nutgraf articles list --since`` reads it (:func:`since_time`), with the ``+`` of
    its zone offset back where a query string read it as a space: written into an address as reader.md
    shows it, ``since=2026-12-04T06:00:00+01:00`` arrives as ``2026-12-04T06:00:00 01:00``. A value it
    refuses is a 422 ``invalid_request`` listing the forms taken: pydantic's own message ("input should be
    a valid datetime or date, invalid character in year") had shown none."""
    if not isinstance(value, str):
        return value
    moment, space, zone = value.rpartition(" ")
    # A zone follows a time: the moment has its day and time parted (by "T", "t" or a space), which
    # "2026-12-04 06:00", a time without a zone, has not before its last space.
    if space and any(mark in moment for mark in "Tt ") and zone.replace(":", "").isdigit():
        value = f"{moment}+{zone}"
    return since_time(value)


@router.get("/articles", response_model=ArticleList)
def list_articles(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
    before: Annotated[int | None, Query(ge=1, description="list articles older than this id")] = None,
    feed: Annotated[int | None, Query(description="only articles from this feed id")] = None,
    site: Annotated[
        str | None,
        Query(
            max_length=300,
            description="only articles from this site: its host (news.example, www. or not, any port) or"
            " the name the pages give it, as the list shows it (Valley Courier)",
        ),
    ] = None,
    language: Annotated[
        str | None,
        Query(max_length=20, description="only articles in this language (an ISO 639 code: en, de)"),
    ] = None,
    since: Annotated[
        datetime | None,
        BeforeValidator(_since),
        Query(
            description="only articles stored at or after this time: ISO 8601 (2026-12-04, or with a time;"
            " UTC unless it says) or an age back from now (24h, 2d, 90m)"
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(
            max_length=MAX_SEARCH_CHARS,
            description=f"only articles whose title or text holds each of these words (at most"
            f" {MAX_SEARCH_WORDS}), in any case, as a part of a word or whole: `council budget`",
        ),
    ] = None,
) -> Response:
    """Stored articles, newest first, a page at a time (follow ``next``); bodies are cut to an excerpt."""
    # One more than asked: a `next` link only when there is a next page.
    items = store_of(request).list_articles(
        limit=limit + 1, before=before, feed_id=feed, site=site, language=language, since=since, search=q
    )
    more, items = len(items) > limit, items[:limit]
    next_url = None
    if more:
        query = {
            "limit": limit,
            "before": items[-1].id,
            "feed": feed,
            "site": site,
            "language": language,
            "since": since and since.isoformat(),
            "q": q or None,
        }
        next_url = "/api/articles?" + urlencode({k: v for k, v in query.items() if v is not None})
    return json_response({"items": [a.to_dict(text=False) for a in items], "next": next_url})


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=NOT_FOUND)
def get_article(article_id: int, request: Request) -> Response:
    """One stored article with its full text (with an ETag: If-None-Match gets a 304)."""
    stored = store_of(request).get_article(article_id)
    if stored is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return cacheable_response(request, CachedBody.of(orjson.dumps(stored.to_dict())))
