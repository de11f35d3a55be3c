"""What the routes of every resource use: the app's store and settings, the write token, JSON responses,
HTTP caching (ETag, If-None-Match, Cache-Control, an in-memory LRU of finished bodies), and the problem
responses the OpenAPI document lists."""

from __future__ import annotations

import hashlib
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import orjson
from fastapi import Depends, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from nutgraf.web.problems import PROBLEM_JSON
from nutgraf.web.security import bearer_token, token_matches

if TYPE_CHECKING:
    from nutgraf.settings import Settings
    from nutgraf.store import Store

#: A problem details answer, for the OpenAPI document.
PROBLEM_RESPONSE = {"content": {PROBLEM_JSON: {}}, "description": "a problem details object (RFC 9457)"}
#: The problem responses any route may give, for the OpenAPI document.
ERRORS: dict[int | str, dict[str, Any]] = {
    status: PROBLEM_RESPONSE for status in (401, 413, 415, 422, 429, 502, 503)
}
#: For the OpenAPI document of a route that finds what its path or query names (404 when it does not).
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: PROBLEM_RESPONSE}


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """``data`` as an orjson-encoded JSON response."""
    return Response(orjson.dumps(data), status_code=status, media_type="application/json", headers=headers)


def store_of(request: Request) -> Store:
    """The app's store, for the API's routes and the reader's and the widget's pages alike."""
    return request.app.state.store


def settings_of(request: Request) -> Settings:
    """The app's settings."""
    return request.app.state.settings


async def require_write_token(request: Request) -> None:
    """Refuses a write with 401 when ``NUTGRAF_API_TOKEN`` is set and the request carries neither it nor,
    during a rotation, ``NUTGRAF_API_TOKEN_PREVIOUS``.

    ``async`` though it awaits nothing: FastAPI runs a plain function dependency on a worker thread,
    and that hop cost the stateless summary a sixth of its throughput.
    """
    if not token_matches(settings_of(request).write_tokens, bearer_token(request)):
        raise HTTPException(
            401,
            "this service needs an API token for writes: send Authorization: Bearer <token>",
            headers={"WWW-Authenticate": 'Bearer realm="nutgraf"'},
        )


Write = Depends(require_write_token)


async def known_query_parameters(request: Request) -> None:
    """Refuses query parameters the route does not read, naming the ones it does: a misspelt
    ``sentence=1`` or ``summariser=lead`` was ignored, and the answer was the default summary. (A JSON
    body's unknown fields are refused the same way, by its model.) Preflights are let through: a browser
    sends the query of the request it asks about; so is :data:`CACHE_BUSTER`, which no typo writes.

    ``async`` though it awaits nothing: FastAPI runs a plain function dependency on a worker thread.
    """
    if not request.query_params or request.method == "OPTIONS":
        return
    route = request.scope["route"]
    accepted = _QUERY_PARAMETERS.get(route.unique_id)
    if accepted is None:
        accepted = _QUERY_PARAMETERS[route.unique_id] = _query_parameters(route.dependant)
    unknown = [
        name for name in dict.fromkeys(request.query_params.keys()) if name not in accepted | {CACHE_BUSTER}
    ]
    if unknown:
        takes = f"it takes {', '.join(sorted(accepted))}" if accepted else "it takes none"
        raise RequestValidationError(
            [
                {
                    "loc": ("query", name),
                    "msg": f"not a parameter of this endpoint; {takes}",
                    "type": "extra_forbidden",
                }
                for name in unknown
            ]
        )


#: The query parameter that jQuery's ``cache: false`` (and many a hand-written client after it) adds to a
#: GET with a new value each time, so that no cache answers it: refused, it was a 422 about a parameter
#: the caller never wrote.
CACHE_BUSTER = "_"
#: The query parameters each route reads, by its unique id (the same route in every app).
_QUERY_PARAMETERS: dict[str, frozenset[str]] = {}


def _query_parameters(dependant: Dependant) -> frozenset[str]:
    """The query parameters a route's ``dependant`` reads, its dependencies' included."""
    names = {field.alias for field in dependant.query_params}
    for dependency in dependant.dependencies:
        names |= _query_parameters(dependency)
    return frozenset(names)


#: The key :class:`nutgraf.web.HeadAsGet` marks a HEAD request's scope with, as it passes it on as a GET.
HEAD_REQUEST = "nutgraf.head"


async def refuse_head(request: Request) -> None:
    """Refuses HEAD with 405 and ``Allow: GET`` on a route whose GET makes a summary: a link checker's or a
    monitor's HEAD made it (fetching the page, for the widget; an LLM's call, paid for) only for the body to
    be thrown away, and the headers that depend on it (ETag, Content-Length) are known only once it is made.

    ``async`` though it awaits nothing: FastAPI runs a plain function dependency on a worker thread.
    """
    if request.scope.get(HEAD_REQUEST):
        raise HTTPException(
            405,
            "HEAD is not answered here: it would make the summary only to leave out its body; use GET",
            headers={"Allow": "GET"},
        )


#: A summarizing route's dependency: :func:`refuse_head`.
NoHead = Depends(refuse_head)


#: Seconds a CDN or reverse proxy may keep a summary or an article before it asks again.
PUBLIC_MAX_AGE_S = 300
#: Cache-Control of summaries and articles: a CDN or reverse proxy may keep them five minutes, and serve
#: them a day longer while it asks again (a summary changes only when it is made again with its check);
#: not a claim's (see :func:`cacheable_response`).
PUBLIC_CACHING = f"public, max-age={PUBLIC_MAX_AGE_S}, stale-while-revalidate=86400"

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A mapping of at most ``size`` entries, the least recently used dropped first. Event loop only."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self.size:
            self._items.popitem(last=False)

    def pop(self, key: K) -> None:
        self._items.pop(key, None)

    def drop_where(self, stale: Callable[[K], bool]) -> None:
        """Drop the entries whose key ``stale`` picks."""
        for key in [key for key in self._items if stale(key)]:
            del self._items[key]


@dataclass(frozen=True, slots=True)
class CachedBody:
    """A finished JSON response body and its entity tag; until when (``time.monotonic()``) it may be served
    from memory: for ever, unless ``fresh_for`` seconds are given."""

    body: bytes
    etag: str
    fresh_until: float = math.inf

    @classmethod
    def of(cls, body: bytes, fresh_for: float | None = None) -> CachedBody:
        etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        return cls(body, etag, math.inf if fresh_for is None else time.monotonic() + fresh_for)


def cacheable_response(
    request: Request,
    cached: CachedBody,
    cache_control: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """``cached`` as a JSON response with its ETag and ``cache_control``; a 304 without the body when the
    request's If-None-Match names it. By default, :data:`PUBLIC_CACHING`; a body this process serves from
    memory for a while only (a claim's summary, which a fetch may verify meanwhile) a CDN keeps no longer
    than that, whole seconds, and serves stale never."""
    if cache_control is None:
        left = cached.fresh_until - time.monotonic()
        cache_control = PUBLIC_CACHING if math.isinf(left) else f"public, max-age={max(0, int(left))}"
    sent = {**(headers or {}), "ETag": cached.etag, "Cache-Control": cache_control}
    if matches(request.headers.get("if-none-match"), cached.etag):
        return Response(status_code=304, headers=sent)
    return Response(cached.body, media_type="application/json", headers=sent)


def matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names ``etag`` (weak comparison, as RFC 9110 asks for GET)."""
    if not if_none_match:
        return False
    tags = (tag.strip().removeprefix("W/") for tag in if_none_match.split(","))
    return any(tag in ("*", etag) for tag in tags)
