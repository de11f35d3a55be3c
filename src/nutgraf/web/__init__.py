"""The reader service: an ASGI app (FastAPI) with the JSON API, the reader pages, the embeddable widget
for publishers' pages, and feed polling.

:func:`create_app` opens the store (migrating it) and wires the pieces; :func:`serve` runs it on uvicorn,
as ``nutgraf serve`` does. The API is documented at ``/docs`` (OpenAPI at ``/openapi.json``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from nutgraf.errors import NutgrafError, StoreError
from nutgraf.store import Store
from nutgraf.version import __version__
from nutgraf.web import api, embed, pages, problems
from nutgraf.web.api.common import LRU, json_response
from nutgraf.web.api.embed import EmbedState
from nutgraf.web.fetches import FetchPool
from nutgraf.web.security import (
    DOCS_PATHS,
    AllowedHosts,
    BodyLimit,
    RateLimit,
    SecurityHeaders,
    loopback_names,
)
from nutgraf.web.settings import Settings
from nutgraf.web.single_flight import SingleFlight

__all__ = ["Settings", "create_app", "serve"]

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """The reader app. Opens (and migrates) ``settings.database_url`` unless a ``store`` is given.

    Raises :class:`~nutgraf.errors.StoreError` when the store cannot be opened.
    """
    settings = settings or Settings.from_env()
    store = store or Store.open(settings.database_url)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.loop = asyncio.get_running_loop()
        poller = None
        if settings.poll_feeds:
            from nutgraf.feeds import poll_forever

            app.state.feed_wake = asyncio.Event()
            poller = asyncio.create_task(
                poll_forever(
                    store,
                    fetch_settings=settings.fetch_settings(),
                    check_every=settings.poll_check_every,
                    wake=app.state.feed_wake,
                )
            )
        try:
            yield
        finally:
            if poller is not None:
                poller.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await poller
            store.close()

    app = FastAPI(
        title="nutgraf",
        summary="Clean news articles and faithful summaries of them.",
        version=_version(),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.summary_cache = LRU(settings.summary_cache_size)
    app.state.summary_flights = SingleFlight()
    app.state.embed = EmbedState(settings)
    app.state.feed_wake = None
    app.state.summarizing_threads = anyio.CapacityLimiter(settings.summarizing_threads)
    app.state.fetches = FetchPool(settings.fetch_threads, settings.fetch_queue, settings.fetches_per_client)
    # The health check's own threads: it never waits behind pages, summaries or fetches.
    health_threads = anyio.CapacityLimiter(2)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(embed.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")

    @app.get("/healthz", tags=["service"])
    async def healthz() -> Response:
        """200 while the service and its store answer, 503 otherwise."""
        try:
            await anyio.to_thread.run_sync(_ping, store, limiter=health_threads)
        except Exception as exc:
            return problems.problem(503, f"the store does not answer: {exc}", kind="store_unavailable")
        return json_response({"status": "ok"})

    app.add_exception_handler(NutgrafError, _on_nutgraf_error)
    app.add_exception_handler(HTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(OperationalError, _on_store_outage)

    # Outermost last: headers go on every response, the rate limit answers before any body is read.
    app.add_middleware(HeadAsGet)
    if settings.max_body_bytes:
        app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, refuse=_refusal)
    if settings.rate_limit_per_minute:
        # A burst of fetches must find room in the fetch pool rather than overflow it.
        app.add_middleware(
            RateLimit,
            per_minute=settings.rate_limit_per_minute,
            refuse=_refusal,
            max_burst=app.state.fetches.capacity,
        )
    if settings.allowed_hosts:
        app.add_middleware(AllowedHosts, hosts=settings.allowed_hosts, refuse=_refusal)
    app.add_middleware(SecurityHeaders)
    return app


def _ping(store: Store) -> None:
    with store.engine.connect() as connection:
        connection.execute(text("SELECT 1"))


class HeadAsGet:
    """Answers HEAD as GET; the server (uvicorn) sends the headers and leaves out the body.

    FastAPI's routes answer only the methods they name, so a monitor's ``HEAD /healthz`` or a link
    checker's ``HEAD /articles/1`` was a 405.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "HEAD":
            scope = {**scope, "method": "GET"}
        await self.app(scope, receive, send)


def _is_page(request: Request) -> bool:
    path = request.url.path
    return (
        path != "/api"
        and path not in DOCS_PATHS
        and not path.startswith(("/api/", "/healthz", "/static/", "/openapi"))
    )


async def _on_nutgraf_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NutgrafError)
    if _is_page(request):
        return pages.error_page(request, problems.status_of(exc), str(exc), headers=problems.retry_after(exc))
    return await problems.nutgraf_error_handler(request, exc)


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if _is_page(request):
        return pages.error_page(request, exc.status_code, str(exc.detail), headers=exc.headers)
    if exc.status_code == 400 and exc.__cause__ is not None:
        # FastAPI's bare 400 for a JSON body json.loads raised something else than a decode error on.
        return problems.problem(422, _unreadable_body(exc.__cause__), kind="invalid_request")
    return await problems.http_error_handler(request, exc)


def _unreadable_body(cause: BaseException) -> str:
    if isinstance(cause, RecursionError):
        reason = "its arrays or objects are nested too deeply"
    elif isinstance(cause, UnicodeDecodeError):
        reason = "it is not UTF-8 text"
    elif isinstance(cause, ValueError) and "digits" in str(cause):
        reason = f"it holds a number with more than {sys.get_int_max_str_digits():,} digits"
    else:
        reason = type(cause).__name__
    return f"the body is not JSON this service can read: {reason}"


def _refusal(scope: Scope, status: int, detail: str, kind: str, headers: dict[str, str] | None) -> Response:
    """A middleware's refusal (body too large, too many requests): an HTML page for a page's address."""
    request = Request(scope)
    if _is_page(request):
        return pages.error_page(request, status, detail, headers=headers)
    return problems.problem(status, detail, kind=kind, headers=headers)


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if _is_page(request):
        return pages.error_page(request, 422, "That address has a parameter this page does not accept.")
    return await problems.validation_error_handler(request, exc)


async def _on_store_outage(request: Request, exc: Exception) -> Response:
    # The database went away mid-request (server down, disk gone): a 503, not a traceback. The details
    # go to the log, not to the client.
    log.error("store error on %s: %s", request.url.path, exc)
    return await _on_nutgraf_error(request, StoreError("the store does not answer; try again soon"))


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the reader on uvicorn until interrupted.

    On a loopback address it answers to this machine's loopback names (``localhost``, ``127.0.0.1``,
    ``::1``) and ``settings.allowed_hosts``; elsewhere to ``settings.allowed_hosts``, or to any name when
    there are none.

    Raises:
        NutgrafError: the address cannot be listened on (a port in use, a host not of this machine).
    """
    import uvicorn

    _check_listening(host, port)
    if names := loopback_names(host):
        settings = replace(settings, allowed_hosts=(*names, *settings.allowed_hosts))
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    print(f"nutgraf reader on http://{shown}:{port}/ (API docs at /docs); Ctrl-C stops it", flush=True)
    # No access log: a line per request would cost more than serving a cached summary does.
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, server_header=False)


def _check_listening(host: str, port: int) -> None:
    """Refuse, in one line, an address uvicorn could not listen on: it would log an error among its own
    lines and exit with status 3."""
    if not host:  # every interface, as uvicorn reads it
        return
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError) as exc:
        raise NutgrafError(
            f"cannot listen on {host}: {exc}; give --host an address of this machine"
        ) from None
    with socket.socket(family, kind, protocol) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind(address)
        except OSError as exc:
            raise NutgrafError(
                f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port, or stop what uses it"
            ) from None


def _version() -> str:
    return __version__
