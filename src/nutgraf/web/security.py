"""Guards around the reader service: security headers, a request body cap, a per-client rate limit (its
buckets in ``nutgraf.web.limits``) and the optional API token for writes.

The middlewares are plain ASGI (no per-request task or body copy), because they sit on every request,
including the cached-summary path that has to stay cheap.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Request
from starlette.exceptions import HTTPException

from nutgraf.errors import InputTooLargeError
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
DOCS_PATHS = ("/docs", "/redoc")
_COMMON_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # no-referrer makes a form post send "Origin: null"
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
_STRICT_HEADERS = [*_COMMON_HEADERS, (b"content-security-policy", STRICT_CSP.encode())]
_DOCS_HEADERS = [*_COMMON_HEADERS, (b"content-security-policy", DOCS_CSP.encode())]


class SecurityHeaders:
    """Adds a Content-Security-Policy and the other hardening headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = _DOCS_HEADERS if scope["path"].startswith(DOCS_PATHS) else _STRICT_HEADERS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


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
        detail = f"the request body is larger than the {self.max_bytes:,} bytes this service accepts"
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


class RateLimit:
    """``per_minute`` requests a minute per client address, in bursts of a quarter of that, counted in
    ``buckets`` (in this process by default; see :mod:`nutgraf.web.limits` for limits shared by replicas).

    Static files and the health check are not counted. Over the limit, the answer is 429 with
    Retry-After.
    """

    _EXEMPT = ("/static/", "/healthz")

    def __init__(
        self, app: ASGIApp, per_minute: int, refuse: Refusal = problem_refusal, buckets: Buckets | None = None
    ) -> None:
        self.app = app
        self.refuse = refuse
        self.per_minute = per_minute
        self.buckets = buckets or MemoryBuckets()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self._EXEMPT):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else "unknown"
        wait = await self.buckets.take(f"client:{address}", self.per_minute)
        if wait:
            detail = f"too many requests from {address}; try again in {wait:.0f} s"
            response = self.refuse(scope, 429, detail, "rate_limited", {"Retry-After": f"{wait:.0f}"})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def token_matches(expected: str | None, given: str | None) -> bool:
    """Whether ``given`` is the configured token (always true when no token is configured)."""
    if expected is None:
        return True
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


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
