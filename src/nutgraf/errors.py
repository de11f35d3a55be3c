"""Exceptions raised by nutgraf.

Every error nutgraf raises on purpose derives from :class:`NutgrafError`, and its message says what went
wrong and, where there is one, what to do about it. Interfaces (CLI, HTTP, batch) turn these into one-line
messages, problem details or error records; anything else reaching them is a bug.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


class NutgrafError(Exception):
    """Base class of every error nutgraf raises on purpose."""

    #: A short machine-readable kind, used in JSON output, problem details and batch error records.
    kind: str = "error"


class InvalidInputError(NutgrafError, ValueError):
    """The input cannot be read as an article (empty, binary, undecodable)."""

    kind = "invalid_input"


class EmptyInputError(InvalidInputError):
    """The input holds no text."""

    kind = "empty_input"


class InputTooLargeError(InvalidInputError):
    """The input is larger than nutgraf will process."""

    kind = "input_too_large"


class ExtractionTimeoutError(InvalidInputError):
    """Extracting the article took longer than its deadline: the page's markup is too large or too
    complex (see ``nutgraf.extract.EXTRACTION_SECONDS``)."""

    kind = "extraction_timeout"


class UnknownSummarizerError(NutgrafError, ValueError):
    """No summarizer is registered under the requested name."""

    kind = "unknown_summarizer"


class SummarizerUnavailableError(NutgrafError, RuntimeError):
    """The summarizer exists but cannot run here (a missing optional extra, model or server)."""

    kind = "summarizer_unavailable"


class SummarizerResponseError(SummarizerUnavailableError):
    """The summarizer could not summarize this input: its server refused the request (a prompt too long)
    or answered, but not in time or not with a usable summary (empty, not JSON, wrong shape). Other
    inputs may fare better; a batch records it and goes on."""

    kind = "bad_summarizer_response"


class NoArticleFound(NutgrafError):
    """The page holds no article text (a home page, an error page, a list of links)."""

    kind = "no_article"


class FetchError(NutgrafError):
    """A URL could not be fetched."""

    kind = "fetch_failed"


class PageTooLargeError(FetchError):
    """A fetched page is larger than nutgraf reads (counted as it is decompressed)."""

    kind = InputTooLargeError.kind


class HostNotFoundError(FetchError):
    """A URL's host name does not resolve (now): DNS knows no such name, did not answer, or the name is
    not a valid one. Its kind is ``fetch_failed``, as other fetches' failures; a feed kept to fetch later
    is let through it (see ``check_destination``)."""


class BlockedURLError(FetchError):
    """The URL points at an address nutgraf refuses to fetch (private, loopback, link-local...)."""

    kind = "blocked_url"


class TooManyRequestsError(NutgrafError):
    """One client asks for more at once than it may (fetches of other sites); it should wait for its
    earlier requests to finish."""

    kind = "rate_limited"
    #: Seconds a client is told to wait (Retry-After).
    retry_after = 5


class BusyError(NutgrafError):
    """The service is doing as much of this work as it takes (fetches of other sites); try again soon."""

    kind = "busy"
    #: Seconds a client is told to wait (Retry-After).
    retry_after = 5


class StoreError(NutgrafError):
    """The article store cannot be opened or used (bad database URL, server down, missing driver)."""

    kind = "store_unavailable"


class StoreOutageError(StoreError):
    """The database does not answer for now (down, restarting, locked, every connection busy); it
    answers again by itself, so a client is told when to try again."""

    #: Seconds a client is told to wait (Retry-After): about a database restart.
    retry_after = 5


class StoreSchemaError(StoreError):
    """A table or a column of nutgraf's schema is missing from a database that records its schema as
    current: something other than nutgraf dropped it, or replaced the database (a SQLite file by an empty
    one) while the service ran. It stays so until the operator acts, so no client is told when to try
    again."""

    kind = "schema_incomplete"


class StoreTimeoutError(StoreError):
    """A statement ran past the bound the service sets on a request's statements (PostgreSQL's
    ``statement_timeout``): a search reading every article of a big store, or a lock held elsewhere.
    Trying again at once takes as long, so its message (which names no part of the database) says what
    to change, and is the client's."""

    kind = "store_timeout"


class MissingDependencyError(NutgrafError, RuntimeError):
    """A feature needs an optional extra that is not installed, or a data file the installed package lacks;
    the message names it."""

    kind = "missing_dependency"


#: What a client is told of a :class:`StoreSchemaError` (:func:`client_message`).
SCHEMA_INCOMPLETE_MESSAGE = (
    "the store's database lacks a part of nutgraf's schema; its operator must restore the database"
    " from a backup, or start afresh (the SQLite file moved aside, or an empty PostgreSQL database)"
    " and restart the service, which sets up the new one: the service's log says what is missing"
)


def client_message(error: NutgrafError) -> str:
    """What a client is told of ``error`` (a problem's detail, a feed's ``last_error``): its message, except
    that a store's error is told in general words and its message (the database's own text: a SQLite
    file's path, a constraint's name, the operator's advice) goes to the log, which is the operator's."""
    if not isinstance(error, StoreError) or isinstance(error, StoreTimeoutError):
        return str(error)
    log.error("store error: %s", error)
    if isinstance(error, StoreOutageError):
        return "the store does not answer; try again soon"
    if isinstance(error, StoreSchemaError):
        return SCHEMA_INCOMPLETE_MESSAGE
    return "the store could not do this; the service's log says why"


def named_input(error: InvalidInputError, name: str) -> InvalidInputError:
    """``error`` said of ``name`` (a file's name, "what https://... sent") where the library's message
    says "input" ("input looks like binary data, not text"): a command that reads a file, or a fetch,
    had named neither the file nor the address. Any other message is kept as it is."""
    message = str(error)
    if not message.startswith("input "):
        return error
    return type(error)(f"{name} {message.removeprefix('input ')}")
