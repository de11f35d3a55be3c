"""``/api/articles``: store an article from its URL, HTML or text; list and read stored articles."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import urlencode

import orjson
from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.exceptions import HTTPException
from starlette.responses import Response

from nutgraf.article import Article, site_of
from nutgraf.decode import clean_characters, decode_text
from nutgraf.store import Store
from nutgraf.urls import check_http_url
from nutgraf.web.api.common import CachedBody, Write, cacheable_response, json_response, settings_of, store_of
from nutgraf.web.settings import Settings

#: Largest page of the article list.
MAX_PAGE = 100


class ArticleInput(BaseModel):
    """An article to read: a ``url`` to fetch, or its ``html`` or ``text`` (with ``url`` as its address)."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = Field(
        None, description="the article's address; fetched when neither html nor text is given"
    )
    html: str | None = Field(None, description="the page's HTML")
    text: str | None = Field(None, description="the article as plain text")
    title: str | None = Field(None, max_length=1000, description="a title, when the input has none")

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
    site: str | None
    feed_id: int | None
    created_at: str
    text: str | None = None
    excerpt: str | None = None


class ArticleList(BaseModel):
    items: list[ArticleOut]
    next: str | None = Field(description="the URL of the next (older) page, or null on the last")


def article_from_input(data: ArticleInput, settings: Settings) -> Article:
    """The article ``data`` gives: fetched from its URL, extracted from its HTML, or cleaned from its text.

    Plain text is taken as text even when it holds markup, so nothing in it is ever read as HTML.
    """
    if data.html is not None:
        from nutgraf.extract import extract

        article = extract(data.html, url=data.url)
    elif data.text is not None:
        from nutgraf.extract.text import clean_text

        article = clean_text(decode_text(data.text))
        if data.url:
            article = replace(article, url=data.url, site=article.site or site_of(data.url))
    else:
        from nutgraf.fetch import fetch_article

        assert data.url is not None
        article = fetch_article(data.url, settings=settings.fetch_settings())
    if data.title and not article.title:
        article = replace(article, title=clean_characters(data.title).strip())
    return article


def add_article(store: Store, data: ArticleInput, settings: Settings) -> tuple[Any, bool]:
    """Store the article ``data`` gives (a known URL is not fetched again); returns it and whether it is new."""
    if data.url and data.html is None and data.text is None:
        known = store.find_article(data.url)
        if known is not None:
            return known, False
    return store.add_article(article_from_input(data, settings))


router = APIRouter(tags=["articles"])


@router.post("/articles", status_code=201, response_model=ArticleOut, dependencies=[Write])
def create_article(data: ArticleInput, request: Request) -> Response:
    """Store an article from its URL, HTML or text: 201 with the new article, or 200 with the one already
    stored under the same canonical URL or text."""
    stored, created = add_article(store_of(request), data, settings_of(request))
    return json_response(
        stored.to_dict(), 201 if created else 200, headers={"Location": f"/api/articles/{stored.id}"}
    )


@router.get("/articles", response_model=ArticleList)
def list_articles(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
    before: Annotated[int | None, Query(ge=1, description="list articles older than this id")] = None,
    feed: Annotated[int | None, Query(description="only articles from this feed id")] = None,
    site: Annotated[str | None, Query(max_length=300, description="only articles from this site")] = None,
) -> Response:
    """Stored articles, newest first, a page at a time (follow ``next``); bodies are cut to an excerpt."""
    # One more than asked: a `next` link only when there is a next page.
    items = store_of(request).list_articles(limit=limit + 1, before=before, feed_id=feed, site=site)
    more, items = len(items) > limit, items[:limit]
    next_url = None
    if more:
        query = {"limit": limit, "before": items[-1].id, "feed": feed, "site": site}
        next_url = "/api/articles?" + urlencode({k: v for k, v in query.items() if v is not None})
    return json_response({"items": [a.to_dict(text=False) for a in items], "next": next_url})


@router.get("/articles/{article_id}", response_model=ArticleOut)
def get_article(article_id: int, request: Request) -> Response:
    """One stored article with its full text (with an ETag: If-None-Match gets a 304)."""
    stored = store_of(request).get_article(article_id)
    if stored is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return cacheable_response(request, CachedBody.of(orjson.dumps(stored.to_dict())))
