"""``/api/sites``: register the publishers that embed the summary button, list them with their warm-up
sources, switch them on and off, remove them, and read the problems their readers flag."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import Response

from nutgraf.feeds import SourcesCheck, check_new_sources
from nutgraf.sites.registry import MAX_SENTENCES, change_site, register_site
from nutgraf.web.api.common import NOT_FOUND, Write, json_response, settings_of, store_of
from nutgraf.web.api.feeds import SKIP_CHECK
from nutgraf.web.security import client_address

if TYPE_CHECKING:
    from nutgraf.fetch import FetchSettings
    from nutgraf.store import Store, StoredSite

router = APIRouter(tags=["sites"])

#: Largest page of a site's flags.
MAX_FLAGS_PAGE = 200

#: The ``check`` field of a site's body: a feed or sitemap added is fetched first, as `nutgraf sites add`
#: fetches it; one that answers an error, or a web page, had been added without a word, and the publisher
#: learnt of it only from the site's sources' ``last_error`` after the first poll.
CHECK_DESCRIPTION = (
    "fetch each feed and sitemap added once first, and refuse them all if one is not a feed or sitemap"
    " (false: add them unread)"
)


class SiteInput(BaseModel):
    """A publisher to register."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(description="the site's address; its host is the host the site's pages are on")
    id: str | None = Field(None, max_length=64, description="a public slug (default: from the host)")
    www: bool = Field(False, description="cover the host's www. twin too (or the bare host of a www. one)")
    origins: list[str] = Field(
        [], max_length=20, description="origins whose pages may embed the widget (default: the site's own)"
    )
    feeds: list[str] = Field([], max_length=20, description="RSS, Atom or JSON feeds to warm from")
    sitemaps: list[str] = Field([], max_length=20, description="sitemaps (Google News too) to warm from")
    check: bool = Field(True, description=CHECK_DESCRIPTION)
    summarizer: str | None = Field(None, max_length=64, description="default: the service's")
    sentences: int = Field(3, ge=1, le=MAX_SENTENCES)


class SiteChange(BaseModel):
    """What to change of a site."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool | None = Field(None, description="false switches the widget off on the site's pages")
    origins: list[str] | None = Field(
        None, min_length=1, max_length=20, description="the whole list of origins, replacing the site's"
    )
    add_origins: list[str] = Field(
        [], max_length=20, description="origins whose pages may embed the widget too (the others kept)"
    )
    remove_origins: list[str] = Field(
        [], max_length=20, description="origins whose pages may embed the widget no longer (not the last)"
    )
    summarizer: str | None = Field(None, max_length=64)
    sentences: int | None = Field(None, ge=1, le=MAX_SENTENCES)
    add_feeds: list[str] = Field([], max_length=20, description="RSS, Atom or JSON feeds to warm from too")
    remove_feeds: list[str] = Field(
        [], max_length=20, description="feeds of the site to warm from no longer (their articles stay)"
    )
    add_sitemaps: list[str] = Field([], max_length=20, description="sitemaps to warm from too")
    remove_sitemaps: list[str] = Field(
        [], max_length=20, description="sitemaps of the site to warm from no longer (their articles stay)"
    )
    check: bool = Field(True, description=CHECK_DESCRIPTION)


class SourceOut(BaseModel):
    kind: str = Field(description="feed or sitemap")
    skipped: int = Field(description="pages found in it outside the site's hosts, skipped")
    id: int
    url: str
    title: str | None = Field(description="the feed's channel's title (none for a sitemap)")
    site_url: str | None
    interval_s: int
    last_polled_at: str | None
    last_status: str | None
    last_error: str | None
    failures: int
    next_poll_at: str | None
    created_at: str | None


class SiteOut(BaseModel):
    id: str
    url: str
    hosts: list[str]
    origins: list[str]
    summarizer: str
    sentences: int
    enabled: bool
    created_at: str | None
    sources: list[SourceOut]
    flags: int = Field(description="how many problems readers have flagged")


class SiteList(BaseModel):
    items: list[SiteOut]


class FlagOut(BaseModel):
    id: int
    site_id: str
    article_id: int
    url: str
    summarizer: str
    reason: str
    note: str | None
    created_at: str | None


class FlagList(BaseModel):
    items: list[FlagOut]
    next: str | None


def site_view(store: Store, site: StoredSite) -> dict:
    """A site as the API shows it: with its warm-up sources and its count of flags."""
    return {
        **site.to_dict(),
        "sources": [source.to_dict() for source in store.site_sources(site.id)],
        "flags": store.count_flags(site.id),
    }


def _site_or_404(store: Store, site_id: str) -> StoredSite:
    site = store.get_site(site_id)
    if site is None:
        raise HTTPException(404, f"no site with id {site_id!r}")
    return site


def _sources_check(store: Store, fetch_settings: FetchSettings) -> SourcesCheck:
    """How a site's new feeds and sitemaps are checked here: as `nutgraf sites add` checks them, refused
    with how to add them unread through the API."""
    return partial(check_new_sources, store, skip_check=SKIP_CHECK, fetch_settings=fetch_settings)


def _forget(request: Request, site_id: str) -> None:
    """Make the embed endpoints of this process read the site again at once."""
    request.app.state.loop.call_soon_threadsafe(request.app.state.embed.forget_site, site_id)


@router.post("/sites", status_code=201, response_model=SiteOut, dependencies=[Write])
async def create_site(data: SiteInput, request: Request) -> Response:
    """Register a site; its feeds and sitemaps are polled in the background at once."""
    settings = settings_of(request)
    store = store_of(request)

    # Its addresses are looked up in DNS, which a name's own server can make slow: on the fetch pool's
    # threads, counted in the client's share of it, as a fetch is, not on the threads serving pages.
    def register() -> dict:
        site = register_site(
            store,
            data.url,
            site_id=data.id,
            origins=data.origins,
            feeds=data.feeds,
            sitemaps=data.sitemaps,
            www=data.www,
            summarizer=data.summarizer or settings.summarizer,
            sentences=data.sentences,
            fetch_settings=settings.fetch_settings(),
            check=_sources_check(store, settings.fetch_settings()) if data.check else None,
        )
        return site_view(store, site)

    view = await request.app.state.fetches.run(client_address(request.scope), register)
    _forget(request, view["id"])  # a request before it existed left "no such site" in memory
    wake = request.app.state.feed_wake
    if wake is not None and (data.feeds or data.sitemaps):
        request.app.state.loop.call_soon_threadsafe(wake.set)
    return json_response(view, 201, headers={"Location": f"/api/sites/{view['id']}"})


@router.get("/sites", response_model=SiteList)
def list_sites(request: Request) -> Response:
    """Every site, by id."""
    store = store_of(request)
    return json_response({"items": [site_view(store, site) for site in store.list_sites()]})


@router.get("/sites/{site_id}", response_model=SiteOut, responses=NOT_FOUND)
def get_site(site_id: str, request: Request) -> Response:
    """One site with its warm-up sources and its count of flags."""
    store = store_of(request)
    return json_response(site_view(store, _site_or_404(store, site_id)))


@router.patch("/sites/{site_id}", response_model=SiteOut, dependencies=[Write], responses=NOT_FOUND)
async def update_site(site_id: str, data: SiteChange, request: Request) -> Response:
    """Switch a site on or off, change its origins or defaults, or the feeds and sitemaps it warms from
    (those added are polled in the background at once)."""
    settings = settings_of(request)
    store = store_of(request)

    def change() -> dict | None:
        if store.get_site(site_id) is None:  # before its feeds are fetched, which may take seconds
            return None
        changes = data.model_dump(exclude_none=True, exclude={"check"})
        check = _sources_check(store, settings.fetch_settings()) if data.check else None
        site = change_site(store, site_id, **changes, fetch_settings=settings.fetch_settings(), check=check)
        return None if site is None else site_view(store, site)

    if data.add_feeds or data.add_sitemaps:
        # Their addresses are looked up in DNS: on the fetch pool's threads, as when a site is added.
        view = await request.app.state.fetches.run(client_address(request.scope), change)
    else:
        view = await run_in_threadpool(change)
    if view is None:
        raise HTTPException(404, f"no site with id {site_id!r}")
    _forget(request, site_id)
    wake = request.app.state.feed_wake
    if wake is not None and (data.add_feeds or data.add_sitemaps):
        request.app.state.loop.call_soon_threadsafe(wake.set)
    return json_response(view)


@router.delete("/sites/{site_id}", status_code=204, dependencies=[Write], responses=NOT_FOUND)
def delete_site(site_id: str, request: Request) -> Response:
    """Remove a site, its warm-up sources and its flags; the articles stay."""
    if not store_of(request).remove_site(site_id):
        raise HTTPException(404, f"no site with id {site_id!r}")
    _forget(request, site_id)
    return Response(status_code=204)


@router.get("/sites/{site_id}/flags", response_model=FlagList, responses=NOT_FOUND)
def list_flags(
    site_id: str,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_FLAGS_PAGE)] = 50,
    before: Annotated[int | None, Query(ge=1, description="flags older than this id")] = None,
) -> Response:
    """The problems readers flagged on a site's summaries, newest first, a page at a time."""
    store = store_of(request)
    _site_or_404(store, site_id)
    flags = store.list_flags(site_id, limit=limit + 1, before=before)
    more, flags = len(flags) > limit, flags[:limit]
    next_url = f"/api/sites/{site_id}/flags?limit={limit}&before={flags[-1].id}" if more else None
    return json_response({"items": [flag.to_dict() for flag in flags], "next": next_url})
