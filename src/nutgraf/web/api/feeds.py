"""``/api/feeds``: subscribe to RSS, Atom and JSON feeds, list them with their polling state, unsubscribe."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException
from starlette.responses import Response

from nutgraf.feeds import (
    DEFAULT_INTERVAL_MINUTES,
    MAX_INTERVAL_MINUTES,
    MAX_TITLE_CHARS,
    check_new_feed,
    subscribe,
    unsubscribe,
)
from nutgraf.urls import check_http_url
from nutgraf.web.api.common import NOT_FOUND, Write, json_response, settings_of, store_of
from nutgraf.web.security import client_address

if TYPE_CHECKING:
    from nutgraf.store import StoredFeed

router = APIRouter(tags=["feeds"])

#: How a feed that is not up yet is added through the API, said where its check refuses it.
SKIP_CHECK = 'give "check": false'


class FeedInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(description="the RSS, Atom or JSON feed's address")
    title: str | None = Field(None, max_length=MAX_TITLE_CHARS)
    interval_minutes: int = Field(
        DEFAULT_INTERVAL_MINUTES, ge=1, le=MAX_INTERVAL_MINUTES, description="minutes between polls"
    )
    check: bool = Field(
        True, description="fetch the feed once first and refuse it if it is not one (false: add it unread)"
    )

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        return check_http_url(url)


class FeedOut(BaseModel):
    id: int
    url: str
    title: str | None
    site_url: str | None
    interval_s: int
    last_polled_at: str | None
    last_status: str | None
    last_error: str | None
    failures: int
    next_poll_at: str | None
    created_at: str | None


class FeedList(BaseModel):
    items: list[FeedOut]


@router.post("/feeds", status_code=201, response_model=FeedOut, dependencies=[Write])
async def create_feed(data: FeedInput, request: Request) -> Response:
    """Subscribe to an RSS, Atom or JSON feed (201; 200 with the existing one for a known URL). It is polled
    in the background at once, then every ``interval_minutes``.

    A new feed is fetched once first, as ``nutgraf feeds add`` does: an address that answers an error, or
    a web page, is refused (422, 502) with what was found; ``"check": false`` adds it unread."""
    fetch_settings = settings_of(request).fetch_settings()
    store = store_of(request)

    def add() -> tuple[StoredFeed, bool]:
        found = (
            check_new_feed(store, data.url, skip_check=SKIP_CHECK, fetch_settings=fetch_settings)
            if data.check
            else None
        )
        # The channel's title from the check names the feed before its first poll; one given is taken over it.
        title = data.title or (found.title if found else None)
        return subscribe(
            store,
            data.url,
            title=title,
            interval_minutes=data.interval_minutes,
            fetch_settings=fetch_settings,
        )

    # Checking the address looks its host up in DNS (and the check fetches it), which a name's own server
    # can make slow: on the fetch pool's threads, counted in the client's share of it, as a fetch is, not
    # on the threads serving pages.
    feed, created = await request.app.state.fetches.run(client_address(request.scope), add)
    wake = request.app.state.feed_wake
    if created and wake is not None:
        request.app.state.loop.call_soon_threadsafe(wake.set)
    return json_response(
        feed.to_dict(), 201 if created else 200, headers={"Location": f"/api/feeds/{feed.id}"}
    )


@router.get("/feeds", response_model=FeedList)
def list_feeds(request: Request) -> Response:
    """All feeds with their polling state."""
    return json_response({"items": [f.to_dict() for f in store_of(request).list_feeds()]})


@router.get("/feeds/{feed_id}", response_model=FeedOut, responses=NOT_FOUND)
def get_feed(feed_id: int, request: Request) -> Response:
    """One feed with its polling state."""
    feed = store_of(request).get_feed(feed_id)
    if feed is None:
        raise HTTPException(404, f"no feed with id {feed_id}")
    return json_response(feed.to_dict())


@router.delete("/feeds/{feed_id}", status_code=204, dependencies=[Write], responses=NOT_FOUND)
def delete_feed(feed_id: int, request: Request) -> Response:
    """Unsubscribe from a feed; the articles it brought stay. A site's feed or sitemap is refused (422): it
    is dropped from its site (``PATCH /api/sites/{site_id}`` with ``remove_feeds`` or ``remove_sitemaps``)."""
    site_removal = 'PATCH /api/sites/{site} with {{"remove_{kind}s": ["{url}"]}}'
    if not unsubscribe(store_of(request), feed_id, site_removal=site_removal):
        raise HTTPException(404, f"no feed with id {feed_id}")
    return Response(status_code=204)
