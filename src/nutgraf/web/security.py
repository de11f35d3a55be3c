"""Guards around the reader service: security headers, the Host check, a request body cap, bounds on what a
JSON body holds, a per-client rate limit (its buckets in ``nutgraf.web.limits``) and the optional API token
for writes.

The middlewares are plain ASGI (no per-request task, and no body copy but the one joining a JSON body's
chunks to count it), because they sit on every request, including the cached-summary path that has to stay
cheap.
"""

from __future__ import annotations

import hmac
import ipaddress
import math
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from starlette.exceptions import HTTPException

from nutgraf.errors import InputTooLargeError
from nutgraf.json_bounds import json_bound_exceeded, json_bound_refusal
from nutgraf.web.limits import Buckets, MemoryBuckets
from nutgraf.web.problems import problem

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
#: Builds a middleware's refusal: (scope, status, detail, problem kind, headers) -> response.
Refusal = Callable[[Scope, int, str, str, dict[str, str] | None], ASGIApp]


def problem_refusal(
    scope: Scope, status: int, detail: str, kind: str, headers: dict[str, str] | None
) -> ASGIApp:
    """A refusal as problem details (what the API answers)."""
    return problem(status, detail, kind=kind, headers=headers)


# Pages and the API load nothing from elsewhere and run no inline script: a strict policy holds.
STRICT_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# FastAPI's interactive docs load Swagger UI / ReDoc from their CDN and start them with an inline script.
DOCS_CSP = (
    "default-src 'none'; script-src 'self' https://cdn.jsdelivr.net 'unsafe-inline'; "
    "style-src 'self' https://cdn.jsdelivr.net https://fonts.googleapis.com 'unsafe-inline'; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.redoc.ly; connect-src 'self'; worker-src blob:; frame-ancestors 'none'; base-uri 'none'"
)
#: FastAPI's documentation pages, exactly: a path that merely starts like them gets the strict policy.
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc"})
_COMMON_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # no-referrer makes a form post send "Origin: null"
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
_STRICT_HEADERS = [*_COMMON_HEADERS, (b"content-security-policy", STRICT_CSP.encode())]
_DOCS_HEADERS = [*_COMMON_HEADERS, (b"content-security-policy", DOCS_CSP.encode())]
_FRAMEABLE_HEADERS = [header for header in _COMMON_HEADERS if header[0] != b"x-frame-options"]


class SecurityHeaders:
    """Adds a Content-Security-Policy and the other hardening headers to every response.

    A response that sets its own Content-Security-Policy keeps it, and is framed as its
    ``frame-ancestors`` says (no ``X-Frame-Options: DENY``): the embed frame, which a site's pages frame.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = _DOCS_HEADERS if scope["path"] in DOCS_PATHS else _STRICT_HEADERS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", ())
                own_policy = any(name == b"content-security-policy" for name, _ in headers)
                added = _FRAMEABLE_HEADERS if own_policy else extra
                message["headers"] = [*headers, *added]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def host_name(value: str) -> str | None:
    """The host name of a Host header or an allowed-host setting (``Reader.example:8000`` ->
    ``reader.example``, ``[::1]:8000`` -> ``::1``), or ``None`` when it names none."""
    value = value.strip()
    if value.count(":") > 1 and not value.startswith("["):  # a bare IPv6 address, as --host takes it
        value = f"[{value}]"
    try:
        name = urlsplit(f"//{value}").hostname
    except ValueError:  # an unclosed bracket, a port that is no number
        return None
    return (name or "").rstrip(".") or None


def loopback_names(bound: str) -> tuple[str, ...]:
    """The names a reader listening on ``bound`` answers by default: this machine's loopback names when
    ``bound`` is a loopback address (or ``localhost``), none otherwise (its public names are unknown)."""
    name = host_name(bound) or ""
    try:
        loopback = name == "localhost" or ipaddress.ip_address(name).is_loopback
    except ValueError:
        loopback = False
    return tuple(dict.fromkeys((name, "localhost", "127.0.0.1", "::1"))) if loopback else ()


class AllowedHosts:
    """Refuses requests whose Host header names a host not in ``hosts`` (400, ``host_not_allowed``).

    A page at ``evil.example``, whose name its owner points at 127.0.0.1 (DNS rebinding), is the same
    origin as a reader on loopback to the browser: it could read the reader's pages and post its forms.
    Its requests carry ``Host: evil.example``. The port is not compared; ``/healthz`` (which tells
    nothing) and requests without a Host header (no browser sends one) are let through.
    """

    _EXEMPT = "/healthz"

    def __init__(self, app: ASGIApp, hosts: Iterable[str], refuse: Refusal = problem_refusal) -> None:
        self.app = app
        self.hosts = frozenset(filter(None, map(host_name, hosts)))
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] != self._EXEMPT:
            for name, value in scope["headers"]:
                if name == b"host" and host_name(value.decode("latin-1")) not in self.hosts:
                    detail = (
                        f"this reader does not answer to the host name in {value.decode('latin-1')[:100]!r};"
                        " open it by its own address (serve --allowed-host adds names)"
                    )
                    refusal = self.refuse(scope, 400, detail, "host_not_allowed", None)
                    await refusal(scope, receive, send)
                    return
        await self.app(scope, receive, send)


class BodyTooLarge(HTTPException):
    """A body found over the cap while reading: a 413 problem of the same kind as one refused up front."""

    kind = InputTooLargeError.kind


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413, by Content-Length up front or while reading."""

    def __init__(self, app: ASGIApp, max_bytes: int, refuse: Refusal = problem_refusal) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        detail = (
            f"the request body is larger than the {self.max_bytes:,} bytes this service accepts; send at most"
            f" {self.max_bytes:,} bytes, or an article's URL instead of its HTML or text"
        )
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await self.refuse(scope, 413, detail, InputTooLargeError.kind, None)(scope, receive, send)
                return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                # FastAPI passes HTTPExceptions from body reading through to the problem handler
                # (a nutgraf error there would become "400 error parsing the body").
                raise BodyTooLarge(413, detail)
            return message

        await self.app(scope, counting_receive, send)


#: The most strings, and bytes outside them, a JSON request body may hold: the API's bodies are objects of
#: a few fields (60 short strings at most, a site's origins, feeds and sitemaps) whose large parts are
#: strings. Within these ``json.loads`` takes well under a millisecond over the structure, and a 5 MB
#: text string about 25 ms; 1.6 million empty lists in 5 MB took it 2 s, during which no other request,
#: ``/healthz`` included, was answered.
MAX_BODY_STRINGS = 1_000
MAX_BODY_STRUCTURE_BYTES = 10_000
_BODIES = (
    "this service's request bodies are objects of a few fields, whose large parts are strings: send the"
    " endpoint's object as /docs describes it"
)


class JsonBodyBounds:
    """Refuses, with 413, a JSON request body holding more than :data:`MAX_BODY_STRINGS` strings or
    :data:`MAX_BODY_STRUCTURE_BYTES` bytes outside them, once it is all read and before FastAPI parses it
    on the event loop.

    Bodies are counted where FastAPI may parse them: those sent as ``application/json``,
    ``application/*+json`` or without a Content-Type, with any method but GET and HEAD (whose bodies no
    route reads, and a summary stream listens on the request while it sends).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD") or not _parsed_as_json(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []

        async def checking_receive() -> Message:
            message = await receive()
            if message["type"] != "http.request":
                return message
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                body = b"".join(chunks)
                chunks.clear()
                exceeded = json_bound_exceeded(
                    body, max_strings=MAX_BODY_STRINGS, max_structure_bytes=MAX_BODY_STRUCTURE_BYTES
                )
                if exceeded is not None:
                    detail = json_bound_refusal(
                        exceeded,
                        "the request body",
                        max_strings=MAX_BODY_STRINGS,
                        max_structure_bytes=MAX_BODY_STRUCTURE_BYTES,
                        reader="this service",
                        unit="a request",
                        form=_BODIES,
                    )
                    raise BodyTooLarge(413, detail)
            return message

        await self.app(scope, checking_receive, send)


def _parsed_as_json(scope: Scope) -> bool:
    """Whether FastAPI may parse the request's body as JSON: its Content-Type is empty, missing, or a
    media type with ``json`` in it (a superset of those FastAPI parses; a form's never is)."""
    for name, value in scope["headers"]:
        if name == b"content-type":
            media_type = value.split(b";", 1)[0].strip().lower()
            return not media_type or b"json" in media_type
    return True


#: An IPv6 client is its network of this prefix: a home or a server is given a /64, every address of it
#: the client's to use (each would otherwise be a client of its own to the limits).
CLIENT_IPV6_PREFIX = 64
# The well-known prefix of IPv4 addresses translated to IPv6 (RFC 6052).
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def client_address(scope: Scope) -> str:
    """The client the limits count: its address as uvicorn gives it (the proxy's client for a trusted
    proxy), an IPv6 one as its /64 network (``2001:db8:1:2::/64``), an IPv4-mapped one as the IPv4 address."""
    client = scope.get("client")
    if not client:
        return "unknown"
    address = client[0]
    if ":" not in address:
        return address
    try:
        ip = ipaddress.IPv6Address(address.split("%", 1)[0])
    except ValueError:  # no address (a Unix socket's path, a name a proxy sent): counted as it is
        return address
    if ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    if ip in _NAT64:
        # An IPv4 client through a NAT64 or SIIT translator: its own address is the last 32 bits, and the
        # whole IPv4 internet would share the translator's /64.
        return str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return str(ipaddress.IPv6Network((ip, CLIENT_IPV6_PREFIX), strict=False))


class RateLimit:
    """``per_minute`` requests a minute per client address, in bursts of a quarter of that (at most
    ``max_burst``), counted in ``buckets`` (in this process by default; see :mod:`nutgraf.web.limits` for
    limits shared by replicas).

    Static files, the widget's script and labels and the health check are not counted. Over the limit, the
    answer is 429 with Retry-After.
    """

    _EXEMPT = ("/static/", "/embed.js", "/embed/labels/", "/healthz")

    def __init__(
        self,
        app: ASGIApp,
        per_minute: int,
        refuse: Refusal = problem_refusal,
        buckets: Buckets | None = None,
        max_burst: float = math.inf,
    ) -> None:
        self.app = app
        self.refuse = refuse
        self.per_minute = per_minute
        self.max_burst = max_burst
        self.buckets = buckets or MemoryBuckets()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self._EXEMPT):
            await self.app(scope, receive, send)
            return
        key = client_address(scope)
        wait = await self.buckets.take(f"client:{key}", self.per_minute, self.max_burst)
        if wait:
            detail = f"too many requests from {key}; try again in {wait:.0f} s"
            response = self.refuse(scope, 429, detail, "rate_limited", {"Retry-After": f"{wait:.0f}"})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def token_matches(expected: tuple[str, ...], given: str | None) -> bool:
    """Whether ``given`` is one of the configured tokens (always true when none is configured).

    Every token is compared, in constant time, whichever matches: the time taken says nothing of which
    one (or how much of it) was right.
    """
    if not expected:
        return True
    if given is None:
        return False
    sent = given.encode()
    matches = [hmac.compare_digest(sent, token.encode()) for token in expected]
    return any(matches)


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer`` header, or ``None``."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def same_origin(request: Request) -> bool:
    """Whether a form post comes from this site's own pages (a browser sends Origin on POST).

    Requests without Origin (curl, old browsers) pass: the check stops other sites' pages from
    posting forms here, which is all it is for.
    """
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host
