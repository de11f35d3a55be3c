"""Errors as RFC 9457 problem details (``application/problem+json``), with the status each error kind means."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

import orjson
from fastapi import Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.routing import Match

from nutgraf.engines.options import SummaryOptions
from nutgraf.errors import (
    BlockedURLError,
    BusyError,
    FetchError,
    InputTooLargeError,
    InvalidInputError,
    MissingDependencyError,
    NoArticleFound,
    NutgrafError,
    StoreError,
    StoreSchemaError,
    StoreTimeoutError,
    SummarizerUnavailableError,
    TooManyRequestsError,
    UnknownSummarizerError,
    client_message,
)
from nutgraf.store.database import OUTAGE_ERRORS, is_missing_schema, is_statement_timeout, store_error
from nutgraf.wording import shown

PROBLEM_JSON = "application/problem+json"

log = logging.getLogger(__name__)

# Looked up along the exception's class hierarchy, so subclasses added later map to their parent's status.
_STATUS: dict[type[NutgrafError], int] = {
    InputTooLargeError: 413,
    InvalidInputError: 422,
    UnknownSummarizerError: 422,
    NoArticleFound: 422,
    # A refused URL is the request's fault, not the remote server's.
    BlockedURLError: 422,
    FetchError: 502,
    SummarizerUnavailableError: 503,
    # A summarizer whose package the service lacks: the service's set-up, not the request, is at fault.
    MissingDependencyError: 503,
    StoreError: 503,
    # Not a 503: a table gone from the database comes back only when the operator acts, not by waiting.
    StoreSchemaError: 500,
    TooManyRequestsError: 429,
    BusyError: 503,
}


def status_of(error: NutgrafError) -> int:
    """The HTTP status for a nutgraf error: its class's, else its nearest mapped base class's, else 400."""
    for cls in type(error).__mro__:
        if cls in _STATUS:
            return _STATUS[cls]
    return 400


def problem(
    status: int,
    detail: str | None = None,
    *,
    kind: str | None = None,
    headers: dict[str, str] | None = None,
    **members: Any,
) -> Response:
    """A problem details response: ``type``, ``title``, ``status``, ``detail`` and extension members.

    Problems with a nutgraf error ``kind`` have ``type`` ``urn:nutgraf:problem:<kind>`` and carry the
    ``kind`` member too; plain HTTP problems have ``type`` ``about:blank``.
    """
    body: dict[str, Any] = {
        "type": f"urn:nutgraf:problem:{kind}" if kind else "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    if kind:
        body["kind"] = kind
    body.update(members)
    return Response(orjson.dumps(body), status_code=status, media_type=PROBLEM_JSON, headers=headers)


async def nutgraf_error_handler(request: Request, exc: Exception) -> Response:
    """An anticipated nutgraf error as a problem."""
    assert isinstance(exc, NutgrafError)
    return problem(status_of(exc), client_message(exc), kind=exc.kind, headers=retry_after(exc))


def is_store_failure(exc: BaseException) -> bool:
    """Whether ``exc`` is a store error a client is told of (:func:`store_failure`): one of
    :data:`~nutgraf.store.database.OUTAGE_ERRORS`, or a table or a column gone. Any other of SQLAlchemy's
    ProgrammingErrors is a fault of nutgraf's SQL, the server error it is."""
    return isinstance(exc, OUTAGE_ERRORS) or is_missing_schema(exc)


def store_failure(request: Request, exc: Exception) -> StoreError:
    """What a request says of a store error of :data:`~nutgraf.store.database.OUTAGE_ERRORS`: a statement
    past the request's bound (``statement_seconds``) as :class:`StoreTimeoutError`, anything else (the
    database down, restarting, locked) as :class:`StoreOutageError`, whose details stay in the log. A
    table or a column gone from the database (:data:`~nutgraf.store.database.MISSING_SCHEMA_ERRORS`) is
    :class:`StoreSchemaError`: waiting does not mend it, so it is no outage."""
    if is_statement_timeout(exc):
        # Past the request's bound: said as such, where it read "the store does not answer; try again
        # soon", which a search as slow again would not mend.
        seconds = request.app.state.settings.statement_seconds
        log.warning("a statement of %s ran past the %g s a request may take", request.url.path, seconds)
        advice = (
            "; a search reads every article: search for rarer words, or within one site"
            if request.query_params.get("q")
            else ""
        )
        return StoreTimeoutError(f"the store took longer than the {seconds:g} s a request may take{advice}")
    # A table gone is a StoreSchemaError, where SQLite's read "the store does not answer; try again soon"
    # (with Retry-After) and PostgreSQL's was a bare 500. The log names what is missing.
    failure = store_error(exc, f"on {request.url.path}")
    assert failure is not None, exc  # is_store_failure(exc)
    return failure


def retry_after(error: NutgrafError) -> dict[str, str] | None:
    """The Retry-After header for an error that says when to try again (too busy, too many at once)."""
    seconds = getattr(error, "retry_after", None)
    return {"Retry-After": str(seconds)} if seconds else None


async def http_error_handler(request: Request, exc: Exception) -> Response:
    """A routing or protocol error (404, 405, 413...) as a problem."""
    assert isinstance(exc, HTTPException)
    detail = exc.detail if exc.detail != HTTPStatus(exc.status_code).phrase else None
    headers = exc.headers
    if exc.status_code == 405 and headers and headers.get("Allow"):
        headers = {**headers, "Allow": _allowed(request) or headers["Allow"]}
    if detail is None:
        detail = _routing_detail(request, exc.status_code, headers)
    return problem(exc.status_code, detail, kind=getattr(exc, "kind", None), headers=headers)


def _allowed(request: Request) -> str:
    """Every method the endpoints of a 405's address take ("GET, POST"), each asked of the routes as the
    request was: Starlette's Allow names only the first route whose path matches, and ``PUT /api/articles``
    had been told it takes POST only, where GET lists the articles."""
    routes = request.app.router.routes
    return ", ".join(
        method
        for method in _API_METHODS
        if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes)
    )


# The methods nutgraf's endpoints declare, in the order an Allow header names them.
_API_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _routing_detail(request: Request, status: int, headers: dict[str, str] | None) -> str | None:
    """What a 404 for an address no endpoint answers, or a 405 for a method an endpoint does not take,
    means and what to do: their bodies had held the status's phrase alone ("Not Found"), which a client
    could not tell from an article that is not there. Under /api only: /docs lists no static file, and a
    missing stylesheet had been sent there. The address is shown as :func:`~nutgraf.wording.shown` shows a
    user's value: its percent-escapes decoded, an override (U+202E) had reversed the rest of the detail where a
    client printed it, and an escape sequence had reached the terminal of one reading a log."""
    if not f"{request.url.path}/".startswith("/api/"):
        return None
    where = f"{shown(request.method, 20)} {shown(request.url.path, 200)}"
    if status == 404:
        return f"{where}: no endpoint of the API answers this address; /docs lists them"
    if status == 405 and headers and headers.get("Allow"):
        return f"{where}: this endpoint takes {headers['Allow']} only; /docs lists what each takes"
    return None


# Pydantic's words for a string holding a lone surrogate, which JSON's "\\ud800" escape can write and no
# encoding can: "unable to parse raw data as a unicode string" told a client neither what nor where.
_UNICODE_FAULT = (
    "holds half of a UTF-16 surrogate pair (an escape such as \\ud83d without the \\udXXX that completes"
    " it), which is no character; send the text as UTF-8, or escape both halves of the pair"
)


async def validation_error_handler(request: Request, exc: Exception) -> Response:
    """Request parameters or body that do not fit the API, as a 422 problem listing each fault."""
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "location": ".".join(str(part) for part in error["loc"]),
            "message": _message(request, error),
        }
        for error in exc.errors()
    ]
    detail = "; ".join(f"{e['location']}: {e['message']}" for e in errors)
    return problem(422, detail, kind="invalid_request", errors=errors)


def _message(request: Request, error: dict[str, Any]) -> str:
    if error["type"] == "string_unicode":
        return _UNICODE_FAULT
    if error["type"] == "int_parsing" and isinstance(error.get("input"), str):
        # Pydantic's "Input should be a valid integer, unable to parse string as an integer" named
        # neither the value nor what a whole number is, where an id or a count in the address is mistyped.
        return f"must be a whole number, not {error['input'][:80]!r}"
    return (
        _unknown_field(request, error) or option_refusal(error) or error["msg"].removeprefix("Value error, ")
    )


#: The summary options whose values are a list to choose from (pydantic checks them before the library).
_LISTED_OPTIONS = ("length", "form", "avoid")


def option_refusal(error: dict[str, Any]) -> str | None:
    """For a summary option's value off its list (``length``, ``form``, ``avoid``), the library's words
    ("length must be one of short, medium, long, not 'huge'"), as the command line and ``nutgraf.summarize``
    say it: pydantic's "Input should be 'short', 'medium' or 'long'" was the API's and the reader's alone."""
    names = [part for part in error["loc"][1:] if isinstance(part, str)]
    if error["type"] != "literal_error" or names not in ([name] for name in _LISTED_OPTIONS):
        return None
    value = (error["input"],) if names[0] == "avoid" else error["input"]
    try:
        SummaryOptions(**{names[0]: value})
    except InvalidInputError as exc:
        return str(exc)
    return None


def _unknown_field(request: Request, error: dict[str, Any]) -> str | None:
    """For a top-level body field the endpoint does not take (pydantic says only "Extra inputs are not
    permitted"), a message naming the fields it does, as a misspelt query parameter's names them."""
    if error["type"] != "extra_forbidden" or len(error["loc"]) != 2 or error["loc"][0] != "body":
        return None
    body = getattr(request.scope.get("route"), "body_field", None)
    fields = getattr(getattr(getattr(body, "field_info", None), "annotation", None), "model_fields", None)
    if not fields:
        return None
    names = sorted(field.alias or name for name, field in fields.items())
    return f"not a field of this endpoint's body; it takes {', '.join(names)}"
