"""The reader service: an ASGI app (FastAPI) with the JSON API, the reader pages, the embeddable widget
for publishers' pages, and background jobs (feed and sitemap polls).

:func:`create_app` opens the store (migrating it) and wires the pieces; :func:`serve` runs it on uvicorn,
as ``nutgraf serve`` does, in one process or several (``--workers``). Any number of such processes, on
any number of hosts, may share one PostgreSQL database: background jobs and summaries being made are
claimed with leases, and rate limits are kept in the database (see ``docs/deploy.md``). The API is
documented at ``/docs`` (OpenAPI at ``/openapi.json``).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import errno
import functools
import json
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from nutgraf.environment import check_workers
from nutgraf.errors import NutgrafError
from nutgraf.settings import LOG_CONFIG, Settings
from nutgraf.store import Store, StoredSite
from nutgraf.store.database import MISSING_SCHEMA_ERRORS, OUTAGE_ERRORS, bounded_statements
from nutgraf.version import __version__
from nutgraf.web import api, embed, health, pages, problems
from nutgraf.web.api.common import HEAD_REQUEST
from nutgraf.web.api.embed import EmbedState, embedded, refusal_cors
from nutgraf.web.api.summaries import SummaryCache
from nutgraf.web.fetches import FetchPool
from nutgraf.web.limits import buckets_for
from nutgraf.web.security import (
    DOCS_PATHS,
    AllowedHosts,
    BodyLimit,
    JsonBodyBounds,
    RateLimit,
    SecurityHeaders,
    loopback_names,
)
from nutgraf.web.single_flight import SingleFlight
from nutgraf.worker import Worker, store_for

__all__ = ["Settings", "app_from_environment", "create_app", "serve"]

#: New summaries a process waits for or makes at once; more queue (the engine calls themselves are bounded
#: by ``Settings.summarizing_threads``).
SUMMARY_WAITS = 32


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """The reader app. Opens (and migrates) ``settings.database_url`` unless a ``store`` is given.

    Raises :class:`~nutgraf.errors.StoreError` when the store cannot be opened.
    """
    settings = settings or Settings.from_env()
    store = store_for(settings, store)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.loop = asyncio.get_running_loop()
        worker = None
        if settings.background:
            worker = Worker.from_settings(store, settings)
            app.state.feed_wake = worker.wake
            worker.start()
        try:
            yield
        finally:
            # Reached once the server has drained the requests under way (SIGTERM, Ctrl-C).
            if worker is not None:
                await worker.stop()
            store.close()  # releases the leases held: other processes take those jobs over at once

    app = FastAPI(
        title="nutgraf",
        summary="Clean news articles and faithful summaries of them.",
        version=_version(),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    #: Token buckets by name ("client:ADDRESS" for the service-wide limit; "embed-client:ADDRESS" and
    #: "site:ID" for the widget's new pages), shared by the replicas on PostgreSQL:
    #: ``await app.state.rate_buckets.take(name, per_minute)``.
    app.state.rate_buckets = buckets_for(store, shared=settings.shared_rate_limit)
    app.state.summary_cache = SummaryCache(settings.summary_cache_size)
    app.state.summary_flights = SingleFlight()
    app.state.article_fetches = SingleFlight()
    app.state.embed = EmbedState(settings, app.state.rate_buckets)
    app.state.feed_wake = None
    app.state.summarizing_threads = anyio.CapacityLimiter(settings.summarizing_threads)
    #: Threads of new summaries looking in the store while another replica makes them (up to
    #: ``summary_wait_seconds`` each), apart from the pool that article look-ups and streams share.
    app.state.summary_waits = anyio.CapacityLimiter(SUMMARY_WAITS)
    app.state.fetches = FetchPool(settings.fetch_threads, settings.fetch_queue, settings.fetches_per_client)
    # The health check's own threads: it never waits behind pages, summaries or fetches.
    app.state.health_threads = anyio.CapacityLimiter(2)
    app.state.health_log = health.HealthLog()

    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(health.router)
    app.include_router(embed.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")

    app.add_exception_handler(NutgrafError, _on_nutgraf_error)
    app.add_exception_handler(HTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    # The database down or restarting (connections refused, dropped mid-query), or every pooled
    # connection busy for longer than the pool waits: 503 store_unavailable, until it answers again. A
    # table missing (SQLite's OperationalError, PostgreSQL's ProgrammingError): 500 schema_incomplete.
    for outage in dict.fromkeys((*OUTAGE_ERRORS, *MISSING_SCHEMA_ERRORS)):
        app.add_exception_handler(outage, _on_store_outage)

    # Outermost last: headers go on every response, the rate limit answers before any body is read, the
    # body cap before the JSON body's contents are counted.
    app.add_middleware(HeadAsGet)
    app.add_middleware(JsonBodyBounds)
    if settings.max_body_bytes:
        app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, refuse=_refusal)
    if settings.rate_limit_per_minute:
        # A burst of fetches must find room in the fetch pool rather than overflow it.
        app.add_middleware(
            RateLimit,
            per_minute=settings.rate_limit_per_minute,
            refuse=_refusal,
            buckets=app.state.rate_buckets,
            max_burst=app.state.fetches.capacity,
        )
    if settings.allowed_hosts:
        app.add_middleware(AllowedHosts, hosts=settings.allowed_hosts, refuse=_refusal)
    # Outside the rate limit, whose buckets are rows of the store on PostgreSQL.
    app.add_middleware(BoundedStatements, seconds=settings.statement_seconds)
    app.add_middleware(SecurityHeaders)
    return app


class BoundedStatements:
    """Bounds each PostgreSQL statement a request runs to ``seconds`` (see
    :func:`~nutgraf.store.database.bounded_statements`): a search of a big store had held its thread for
    as long as it took. The background worker's jobs, in the same process, are not bounded."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            # Not the lifespan's: the worker's tasks, started there, would carry the bound.
            await self.app(scope, receive, send)
            return
        # The bound is a context variable: the endpoints' threads run in a copy of this task's context.
        with bounded_statements(self.seconds):
            await self.app(scope, receive, send)


class HeadAsGet:
    """Answers HEAD as GET; the server (uvicorn) sends the headers and leaves out the body.

    FastAPI's routes answer only the methods they name, so a monitor's ``HEAD /healthz`` or a link
    checker's ``HEAD /articles/1`` was a 405. The scope is marked (:data:`HEAD_REQUEST`) so that the
    routes whose GET makes a summary refuse it (:func:`~nutgraf.web.api.common.refuse_head`).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "HEAD":
            scope = {**scope, "method": "GET", HEAD_REQUEST: True}
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
        return pages.error_page(
            request, problems.status_of(exc), problems.client_message(exc), headers=problems.retry_after(exc)
        )
    return await problems.nutgraf_error_handler(request, exc)


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if _is_page(request):
        return pages.error_page(request, exc.status_code, str(exc.detail), headers=exc.headers)
    if exc.status_code == 400 and exc.__cause__ is not None:
        # FastAPI's bare 400 for a JSON body json.loads raised something else than a decode error on.
        return _compressed_body(request) or problems.problem(
            422, _unreadable_body(exc.__cause__), kind="invalid_request"
        )
    return await problems.http_error_handler(request, exc)


def _compressed_body(request: Request) -> Response | None:
    """A 415 for a body sent compressed (``Content-Encoding: gzip``), which the service does not inflate:
    it read as "not UTF-8" or "not JSON", which sent the client looking at its JSON."""
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding == "identity":
        return None
    return problems.problem(
        415,
        f"this service does not take compressed request bodies (Content-Encoding: {encoding[:40]});"
        " send the JSON uncompressed",
        kind="unsupported_media_type",
    )


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
    """A middleware's refusal (body too large, too many requests): an HTML page for a page's address, the
    widget's CORS headers for a page of an embedding site's origins."""
    request = Request(scope)
    if _is_page(request):
        return pages.error_page(request, status, detail, headers=headers)
    response = problems.problem(status, detail, kind=kind, headers=headers)
    if request.url.path.startswith("/api/embed/"):
        # The service-wide 429 had no CORS header: the widget read it as a failure it could not see and said
        # there was no summary, where it could have said when to try again.
        response.headers.update(refusal_cors(request))
    return response


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if _is_page(request):
        return pages.error_page(request, 422, _page_faults(exc))
    response = _unparsed_body(request, exc) or await problems.validation_error_handler(request, exc)
    site_id = request.query_params.get("site")
    if not (request.url.path.startswith("/api/embed/") and site_id):
        return response
    # As the widget's other problems: with the CORS header of a site's origin, so that its developers read
    # the detail ("sentences must be a whole number from 1 to 50") where the browser said only that CORS
    # refused the answer.
    response.headers["Cache-Control"] = "no-store"

    async def answer(request: Request, site: StoredSite) -> Response:
        return response

    return await embedded(request, site_id, answer)


def _page_faults(exc: RequestValidationError) -> str:
    """What is wrong with a page's address, parameter by parameter: "That address has a parameter this
    page does not accept" was all a page said, for a value out of range and for a parameter missing too
    (an embed frame without its ``url``)."""
    faults = [
        f"{_parameter(error['loc'])}: "
        f"{(problems.option_refusal(error) or error['msg'].removeprefix('Value error, '))[:200]}"
        for error in exc.errors()
        if error.get("loc")
    ]
    return f"This address does not fit the page ({'; '.join(faults[:5])}); correct it and load it again."


def _parameter(location: tuple[int | str, ...]) -> int | str:
    """The parameter an error's ``location`` names: ``avoid`` for ``("query", "avoid", 0)``, where a
    repeated parameter's value is refused (the page said "0: Input should be 'questions' or 'quotes'")."""
    return next((part for part in reversed(location) if isinstance(part, str)), location[-1])


#: What the API's writes take, for the problems of a body that is not a JSON object.
_SEND_JSON = (
    'send one JSON object, such as {"url": "https://example.com/news/1"}, with Content-Type: application/json'
)


def _unparsed_body(request: Request, exc: RequestValidationError) -> Response | None:
    """The problem of a body FastAPI could not read as JSON, in words that say what to send, instead of
    "body.1: JSON decode error" or "Input should be a valid dictionary" (which a form post, a text/plain
    body and a body with no Content-Type all got), or ``None`` for a body that was JSON."""
    errors = exc.errors()
    whole_body = [
        error for error in errors if tuple(error["loc"])[:1] == ("body",) and len(error["loc"]) <= 2
    ]
    if not whole_body:
        return None
    error = whole_body[0]
    if error["type"] == "json_invalid":
        doc, position = exc.body if isinstance(exc.body, str) else "", error["loc"][1]
        line = doc.count("\n", 0, position) + 1
        column = position - doc.rfind("\n", 0, position)
        reason = error.get("ctx", {}).get("error", "not JSON")
        detail = f"the body is not JSON: {reason} at line {line}, column {column}; {_SEND_JSON}"
        return problems.problem(422, detail, kind="invalid_request")
    if isinstance(exc.body, bytes):
        # FastAPI parses a body as JSON only when its Content-Type says JSON; any other is left as bytes.
        sent = request.headers.get("content-type", "").strip()[:100]
        came = f"as {sent!r}" if sent else "without a Content-Type"
        return _compressed_body(request) or problems.problem(
            415, f"the body came {came}, not as JSON; {_SEND_JSON}", kind="unsupported_media_type"
        )
    if len(error["loc"]) == 1 and error["type"] in ("missing", "model_attributes_type"):
        what = (
            "the request has no body" if error["type"] == "missing" else "the body is JSON but not an object"
        )
        return problems.problem(422, f"{what}; {_SEND_JSON}", kind="invalid_request")
    return None


async def _on_store_outage(request: Request, exc: Exception) -> Response:
    if not problems.is_store_failure(exc):
        raise exc  # any other ProgrammingError is a fault of nutgraf's SQL: the server error it was
    # The database went away mid-request (server down, disk gone), a statement ran past the request's
    # bound, or a table is gone: a 503 or a 500 that says which, not a traceback.
    return await _on_nutgraf_error(request, problems.store_failure(request, exc))


#: Carries the settings of ``serve --workers N`` to the worker processes uvicorn starts.
_SETTINGS_ENV = "NUTGRAF_SERVE_SETTINGS"
#: How long a worker process of ``serve --workers N`` may take to answer uvicorn's check, its start included.
_WORKER_CHECK_SECONDS = 60
#: Carries the process id of ``serve --workers N`` to its worker processes, which stop once it is gone.
_PARENT_ENV = "NUTGRAF_SERVE_PARENT"
#: How often a worker process of ``serve --workers N`` looks whether its parent is still there, in seconds.
_PARENT_CHECK_SECONDS = 0.5


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Run the reader on uvicorn until SIGTERM or Ctrl-C, in ``workers`` processes on one port.

    With more than one worker, uvicorn's process manager starts them (each builds its app with
    :func:`app_from_environment`) and restarts one that dies. On SIGTERM every process stops taking
    connections, gives the requests under way up to ``settings.drain_seconds`` to finish, then releases
    the leases it holds.

    On a loopback address it answers to this machine's loopback names (``localhost``, ``127.0.0.1``,
    ``::1``) and ``settings.allowed_hosts``; elsewhere to ``settings.allowed_hosts``, or to any name when
    there are none.

    Raises:
        NutgrafError: the address cannot be listened on (a port in use, a host not of this machine), the
            store cannot be opened, or ``workers`` is more than this machine can run
            (:func:`~nutgraf.environment.check_workers`).
    """
    import uvicorn

    check_workers(workers)
    _check_listening(host, port)
    if names := loopback_names(host):
        settings = replace(settings, allowed_hosts=(*names, *settings.allowed_hosts))
    elif not settings.api_token:
        # Open writes are the default for a reader on this machine; off it they let anyone who reaches it
        # register, switch off or delete sites and store articles under any address, unannounced.
        print(
            f"nutgraf: warning: anyone who reaches {host} can write (add and delete articles, feeds and"
            " sites); set NUTGRAF_API_TOKEN to a secret to require it for writes",
            file=sys.stderr,
            flush=True,
        )
    options = {
        "host": host,
        "port": port,
        "log_level": "info",
        "log_config": LOG_CONFIG,
        # No access log: a line per request would cost more than serving a cached summary does.
        "access_log": False,
        "server_header": False,
        "timeout_graceful_shutdown": max(1, round(settings.drain_seconds)),
        "http": _http_protocol(settings),
        # Past it a new connection closes the one that has waited longest for a head (see
        # nutgraf.web.http_protocol), and a request finding the cap's worth of requests under way is
        # answered 503 at once: each costs memory and a file descriptor, and a flood must not take every
        # one the process may open.
        # uvicorn counts the connection asking among those under way (503 from N - 1 others on, so with a
        # cap of 1 every request was refused): one more, for it.
        "limit_concurrency": settings.max_connections + 1 if settings.max_connections else None,
    }
    shown = f"[{host}]" if ":" in host else host
    started = f"nutgraf reader on http://{shown}:{port}/ (API docs at /docs)"
    # Migrated here, once, rather than by every worker at the same moment; a store that cannot be opened
    # is then one error line, not one traceback per worker. One lacking a table is refused here too: it
    # had started without a word, its requests failing with 500s that only the log explained.
    store = Store.open(settings.database_url)
    try:
        store.refuse_incomplete_schema()
    finally:
        store.close()
    if workers == 1:
        app = create_app(settings)
        print(f"{started}; Ctrl-C stops it", flush=True)
        uvicorn.run(app, **options)
        return
    settings_json = json.dumps(dataclasses.asdict(settings))
    os.environ[_SETTINGS_ENV] = settings_json
    os.environ[_PARENT_ENV] = str(os.getpid())
    print(f"{started} in {workers} worker processes; Ctrl-C stops them", flush=True)
    uvicorn.run(
        f"{__name__}:app_from_environment",
        factory=True,
        workers=workers,
        # uvicorn kills a worker that has not answered its check for this long. Its 5 s were less than a
        # new worker takes to import nutgraf on a loaded host: the worker was killed as hung and started
        # again, as slowly, for as long as the load lasted. A hung worker is still replaced, later.
        timeout_worker_healthcheck=_WORKER_CHECK_SECONDS,
        **options,
    )


def _http_protocol(settings: Settings) -> Any:
    """The protocol that reads requests: uvicorn's faster httptools one with bounds on a request's head,
    the time it and its body take and the time a response waits for its client (see
    :mod:`nutgraf.web.http_protocol`).

    Raises:
        NutgrafError: httptools cannot be imported. Its fallback, uvicorn's h11 protocol, bounds no time: a
            client sending half a head, a byte now and then, held its connection for good, and as many such
            clients held every connection the process may open.
    """
    try:
        from nutgraf.web.http_protocol import BoundedHttpToolsProtocol
    except ImportError as exc:
        raise NutgrafError(
            f"nutgraf serve needs httptools, which cannot be imported ({exc}): without it no request's "
            "time is bounded; install uvicorn[standard] (a dependency of nutgraf) again"
        ) from None
    # A partial of a class named at module level: ``serve --workers N`` pickles it for its processes.
    return functools.partial(
        BoundedHttpToolsProtocol,
        head_seconds=settings.request_head_seconds,
        body_seconds=settings.request_body_seconds,
        stall_seconds=settings.response_stall_seconds,
        max_connections=settings.max_connections or None,
    )


def app_from_environment() -> FastAPI:
    """The app of one ``serve --workers N`` worker process, with the settings ``serve`` was given; the
    process stops as SIGTERM stops it once ``serve`` is gone (:func:`_stop_when_orphaned`)."""
    _stop_when_orphaned(int(os.environ[_PARENT_ENV]))
    values = json.loads(os.environ[_SETTINGS_ENV])
    # JSON has no tuples: the settings' tuples (reader_summarizers, allowed_hosts) come back as lists.
    return create_app(Settings(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}))


def _stop_when_orphaned(parent: int) -> None:
    """Send this process SIGTERM once its parent, ``parent``, is no longer it: uvicorn's worker processes
    outlived a ``serve --workers N`` killed with SIGKILL (the OOM killer's, a supervisor's after its
    timeout), still answering on its port and polling feeds, until someone found and killed each.
    SIGTERM stops one as ``serve`` would have: the requests under way finish, the leases are released.

    A thread looking at the parent's id twice a second, not Linux's PR_SET_PDEATHSIG: that fires when the
    thread that started the process ends, which need not be the process, and exists on Linux alone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_CHECK_SECONDS)
        print(f"nutgraf: serve (process {parent}) is gone; worker process {os.getpid()} stops", flush=True)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


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
            # An address of another machine (or of none) is the host's fault, not the port's: it had been
            # answered "choose another --port" too.
            advice = (
                "give --host an address of this machine (127.0.0.1, or 0.0.0.0 for all)"
                if exc.errno == errno.EADDRNOTAVAIL
                else "choose another --port, or stop what uses it"
            )
            raise NutgrafError(f"cannot listen on {host}:{port}: {exc.strerror}; {advice}") from None


def _version() -> str:
    return __version__
