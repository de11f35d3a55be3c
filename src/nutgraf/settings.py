"""The settings of the service's roles (`serve`'s web replicas and `nutgraf worker`), from arguments or
``NUTGRAF_*`` environment variables."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any

from nutgraf.environment import seconds, yes_or_no
from nutgraf.errors import InvalidInputError, UnknownSummarizerError
from nutgraf.fetch import FetchSettings, loopback_from_environment
from nutgraf.urls import check_http_url

#: The most requests a minute a rate variable takes: a bucket's burst (a quarter of it) and a replica's
#: take from it stay within the rate_limits table's integers, which 10^23 overflowed on PostgreSQL.
MAX_RATE_PER_MINUTE = 1_000_000_000


class UTCFormatter(logging.Formatter):
    """A log line's time in UTC, ISO 8601 to the millisecond (``2026-12-06T16:30:05.123Z``): the same
    on every host whatever its time zone, and in order when replicas' logs are merged."""

    converter = time.gmtime
    default_time_format = "%Y-%m-%dT%H:%M:%S"
    default_msec_format = "%s.%03dZ"


#: How ``serve`` (uvicorn's lines and nutgraf's) and ``nutgraf worker`` log: a line per event on stderr,
#: starting with its time and level. uvicorn's own format had neither time nor, for nutgraf's lines
#: (Python's last-resort handler), a level: an operator reading a log written to a file could not tell
#: when a store error or a failed poll had happened.
LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"timed": {"()": UTCFormatter, "fmt": "%(asctime)s %(levelname)s %(message)s"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "timed", "stream": "ext://sys.stderr"}
    },
    "root": {"level": "WARNING", "handlers": ["stderr"]},
    "loggers": {"uvicorn": {"level": "INFO"}},
}


@dataclass(frozen=True)
class Settings:
    """How the reader service runs. :meth:`from_env` reads the ``NUTGRAF_*`` variables."""

    #: SQLAlchemy URL of the store; ``None``: the SQLite file in the user's data directory.
    database_url: str | None = None
    #: When set, writes (POST and DELETE under ``/api``, the paste form) need ``Authorization: Bearer``.
    api_token: str | None = field(default=None, repr=False)
    #: During a rotation, the token being replaced, accepted alongside ``api_token`` (which it needs).
    api_token_previous: str | None = field(default=None, repr=False)
    #: Requests per minute one client may make to the API and forms; 0 turns the limit off.
    rate_limit_per_minute: int = 300
    #: Whether the limit is counted in the store when it is PostgreSQL (across every replica; one more
    #: database statement per request), rather than in each process.
    shared_rate_limit: bool = True
    #: The largest request body accepted, in bytes; 0 turns the cap off.
    max_body_bytes: int = 5_000_000
    #: Whether server-side fetches may reach loopback addresses (for tests and local feeds).
    allow_loopback: bool = False
    #: Whether ``serve`` does background jobs (feed polls) too; a deployment may leave them to ``nutgraf worker``.
    background: bool = True
    #: Seconds between looks for due background jobs.
    background_check_seconds: float = 60.0
    #: Seconds a claim on a job or on a summary being made lasts unless renewed (the holder renews it
    #: every third of that): how long the work of a process that died waits before another takes it over.
    lease_seconds: float = 60.0
    #: Seconds a request waits for a summary another process is making before making it itself.
    summary_wait_seconds: float = 60.0
    #: Seconds ``serve`` gives requests under way to finish after SIGTERM before closing them.
    drain_seconds: float = 30.0
    #: Seconds a request's line and headers may take to arrive (from the connection's start, or from the
    #: first byte of the next request on a kept-alive one); past them, 408 and the connection closed.
    request_head_seconds: float = 10.0
    #: Seconds a request's body may take to arrive after its head (5 MB at 100 KB/s takes 50); past
    #: them, 408 and the connection closed.
    request_body_seconds: float = 60.0
    #: Seconds a response may wait for a client that takes none of it; past them it is dropped and the
    #: connection closed (a slow client that takes some of it every so often keeps it).
    response_stall_seconds: float = 60.0
    #: Seconds each database statement of a request may run on PostgreSQL (``statement_timeout``); past
    #: them the request is answered 503 ``store_timeout``. A search reads every article's text (0.86 s
    #: for 10,000 articles): this lets one through on about 300,000. PostgreSQL's longest is 24.8 days; a
    #: longer bound is that.
    statement_seconds: float = 30.0
    #: Connections one ``serve`` process holds at once: past it a new connection closes the one that has
    #: waited longest for a request, and a request finding this many under way is answered 503. Below
    #: the file descriptors a process may open (``ulimit -n``, often 1,024). 0: no cap.
    max_connections: int = 900
    #: The summarizer the reader's button and the API use when a request names none.
    summarizer: str = "default"
    #: Threads that summarize at once (stateless requests). Summarizing holds the GIL: more threads than
    #: this only take turns, and lose time doing so.
    summarizing_threads: int = 1
    #: Fetches of other sites (articles by URL) at once, on threads of their own (see
    #: :mod:`nutgraf.web.fetches`); mostly waiting on the network, so more than the CPUs.
    fetch_threads: int = 16
    #: Fetches that may wait for a thread; past ``fetch_threads + fetch_queue`` a fetch is refused (503).
    fetch_queue: int = 64
    #: Fetches one client (address) may have running or waiting; past that, 429.
    fetches_per_client: int = 4
    #: Entries in the in-memory cache of summary responses.
    summary_cache_size: int = 4096
    #: The summarizers the reader page offers; ``None``: those usable here (see :meth:`reader_choices`).
    reader_summarizers: tuple[str, ...] | None = None
    #: Host names the reader answers to (the Host header; ports are not compared); empty: any.
    #: ``serve`` on a loopback address adds this machine's loopback names.
    allowed_hosts: tuple[str, ...] = ()
    #: The address publishers' pages reach this service at (``https://nutgraf.example``), for the snippet
    #: to paste; ``None``: the address a request came to (``nutgraf sites add``: http://127.0.0.1:8000).
    public_url: str | None = None
    #: Per client address, new pages a minute the embed endpoints fetch for it, and flags it sends; 0: no
    #: limit. Answers from the cache are not counted (the service-wide limit still holds).
    embed_client_rate: int = 30
    #: Per site, new pages a minute the embed endpoints fetch from it; 0: no limit.
    embed_site_rate: int = 600

    @classmethod
    def from_env(cls, *, check_engines: bool = True, **overrides: object) -> Settings:
        """Settings from ``NUTGRAF_DATABASE_URL``, ``NUTGRAF_API_TOKEN``, ``NUTGRAF_API_TOKEN_PREVIOUS``,
        ``NUTGRAF_RATE_LIMIT``,
        ``NUTGRAF_MAX_BODY_BYTES``, ``NUTGRAF_SUMMARIZING_THREADS``, ``NUTGRAF_FETCH_THREADS``,
        ``NUTGRAF_FETCH_QUEUE``, ``NUTGRAF_FETCHES_PER_CLIENT``, ``NUTGRAF_ALLOW_LOOPBACK``,
        ``NUTGRAF_BACKGROUND`` (its older name ``NUTGRAF_POLL_FEEDS`` too), ``NUTGRAF_SHARED_RATE_LIMIT``,
        ``NUTGRAF_SUMMARIZER``, ``NUTGRAF_READER_SUMMARIZERS`` and ``NUTGRAF_ALLOWED_HOSTS`` (names, comma
        separated), ``NUTGRAF_PUBLIC_URL``, ``NUTGRAF_EMBED_CLIENT_RATE``, ``NUTGRAF_EMBED_SITE_RATE``,
        ``NUTGRAF_MAX_CONNECTIONS``, and the seconds of ``NUTGRAF_BACKGROUND_CHECK_SECONDS``,
        ``NUTGRAF_LEASE_SECONDS``, ``NUTGRAF_SUMMARY_WAIT_SECONDS``, ``NUTGRAF_DRAIN_SECONDS``,
        ``NUTGRAF_REQUEST_HEAD_SECONDS``, ``NUTGRAF_REQUEST_BODY_SECONDS``,
        ``NUTGRAF_RESPONSE_STALL_SECONDS`` and ``NUTGRAF_STATEMENT_SECONDS``; ``overrides`` (those not ``None``)
        win. The ``llm`` engine's ``NUTGRAF_LLM_BASE_URL``, ``NUTGRAF_LLM_TIMEOUT``,
        ``NUTGRAF_LLM_TOTAL_TIMEOUT`` and ``NUTGRAF_LLM_RETRIES`` are checked too (the engine reads them
        when it is made) and the ``transformers`` engine's ``NUTGRAF_TRANSFORMERS_MODEL``, unless
        ``check_engines`` is false, and the store's ``NUTGRAF_SQLITE_BUSY_SECONDS`` (read when it opens).
        The one-shot store commands (``feeds``, ``sites``, ``articles``) pass ``check_engines=False``: they
        make an engine, which checks its variables then, only when they summarize with it, and ``sites
        list`` had been refused for a ``NUTGRAF_LLM_BASE_URL`` it never reads."""
        env = os.environ
        # NUTGRAF_POLL_FEEDS, the older name, is read where the newer one is not set.
        background = (
            "NUTGRAF_BACKGROUND" if env.get("NUTGRAF_BACKGROUND", "").strip() else "NUTGRAF_POLL_FEEDS"
        )
        values: dict[str, object] = {
            "database_url": env.get("NUTGRAF_DATABASE_URL") or None,
            "api_token": env.get("NUTGRAF_API_TOKEN") or None,
            "api_token_previous": env.get("NUTGRAF_API_TOKEN_PREVIOUS") or None,
            "allow_loopback": loopback_from_environment(),
            "background": yes_or_no(background, env.get(background), default=True),
            "shared_rate_limit": yes_or_no(
                "NUTGRAF_SHARED_RATE_LIMIT", env.get("NUTGRAF_SHARED_RATE_LIMIT"), default=True
            ),
            "summarizer": env.get("NUTGRAF_SUMMARIZER") or "default",
            "reader_summarizers": _names(env.get("NUTGRAF_READER_SUMMARIZERS", "")) or None,
            "allowed_hosts": tuple(
                allowed_host(name, "NUTGRAF_ALLOWED_HOSTS")
                for name in _names(env.get("NUTGRAF_ALLOWED_HOSTS", ""))
            ),
            "public_url": _public_url(env["NUTGRAF_PUBLIC_URL"]) if env.get("NUTGRAF_PUBLIC_URL") else None,
        }
        for name, variable in (
            ("rate_limit_per_minute", "NUTGRAF_RATE_LIMIT"),
            ("embed_client_rate", "NUTGRAF_EMBED_CLIENT_RATE"),
            ("embed_site_rate", "NUTGRAF_EMBED_SITE_RATE"),
        ):
            if env.get(variable):
                values[name] = _whole_number(variable, env[variable], 0, MAX_RATE_PER_MINUTE)
        for name, variable, least in (
            ("max_body_bytes", "NUTGRAF_MAX_BODY_BYTES", 1),
            # No thread at all would leave every summary request waiting forever.
            ("summarizing_threads", "NUTGRAF_SUMMARIZING_THREADS", 1),
            ("fetch_threads", "NUTGRAF_FETCH_THREADS", 1),
            ("fetch_queue", "NUTGRAF_FETCH_QUEUE", 0),
            ("fetches_per_client", "NUTGRAF_FETCHES_PER_CLIENT", 1),
            ("max_connections", "NUTGRAF_MAX_CONNECTIONS", 0),
        ):
            if env.get(variable):
                values[name] = _whole_number(variable, env[variable], least)
        for name, variable in (
            ("background_check_seconds", "NUTGRAF_BACKGROUND_CHECK_SECONDS"),
            ("lease_seconds", "NUTGRAF_LEASE_SECONDS"),
            ("summary_wait_seconds", "NUTGRAF_SUMMARY_WAIT_SECONDS"),
            ("drain_seconds", "NUTGRAF_DRAIN_SECONDS"),
            ("request_head_seconds", "NUTGRAF_REQUEST_HEAD_SECONDS"),
            ("request_body_seconds", "NUTGRAF_REQUEST_BODY_SECONDS"),
            ("response_stall_seconds", "NUTGRAF_RESPONSE_STALL_SECONDS"),
            ("statement_seconds", "NUTGRAF_STATEMENT_SECONDS"),
        ):
            if env.get(variable):
                values[name] = seconds(variable, env[variable])
        given = {name: value for name, value in overrides.items() if value is not None}
        # Only the variables' names are checked: a name given in code (or a command's option) wins over
        # a misspelt variable, and is checked where it is used.
        if "summarizer" not in given:
            _check_summarizers("NUTGRAF_SUMMARIZER", (values["summarizer"],))
        if "reader_summarizers" not in given:
            _check_summarizers("NUTGRAF_READER_SUMMARIZERS", values["reader_summarizers"] or ())
        # The abstractive engines read their own variables when they are made: a mistake in one is said
        # now, at start, not to the first request for a summary.
        from nutgraf.store.database import sqlite_busy_seconds

        if check_engines:
            from nutgraf.engines import llm, transformers

            llm.check_environment()
            transformers.check_environment()
        sqlite_busy_seconds()  # read where the store opens, checked now too
        values.update(given)
        if isinstance(values["database_url"], str) and _in_memory_sqlite(values["database_url"]):
            # Each connection would get a database of its own, gone when it closes: `feeds add` had
            # said "added" and kept nothing, and serve's threads found no tables.
            raise InvalidInputError(
                f"{values['database_url']} is a SQLite database in memory, which ends with the connection"
                " that opened it; give a file (sqlite:///PATH), or leave the database out for the default one"
            )
        return cls(**values)  # type: ignore[arg-type]

    def __post_init__(self) -> None:
        for variable, token in (
            ("NUTGRAF_API_TOKEN", self.api_token),
            ("NUTGRAF_API_TOKEN_PREVIOUS", self.api_token_previous),
        ):
            if token is not None and (
                token != token.strip() or not token.isprintable() or not token.isascii()
            ):
                # An HTTP header loses the white space at its ends and cannot carry control characters:
                # such a token (an environment file's trailing space, a pasted tab) matched no request,
                # and every write was refused with "needs an API token" though the writer sent it. Nor
                # one outside ASCII: a header is read as Latin-1, and the UTF-8 that clients send of
                # "pässwörd" matched no more.
                raise InvalidInputError(
                    f"{variable} starts or ends with white space or holds a control character or one"
                    " outside ASCII, which no Authorization header can carry; set it to the token alone,"
                    " in ASCII"
                )
        if self.api_token_previous is not None and self.api_token is None:
            # The previous token alone would leave writes open to anyone, though its setter meant them
            # to need a token: a rotation's steps done in the wrong order, or the main one misspelt.
            raise InvalidInputError(
                "NUTGRAF_API_TOKEN_PREVIOUS is set but NUTGRAF_API_TOKEN is not: the previous token is"
                " accepted only beside the current one, during a rotation; set NUTGRAF_API_TOKEN to the"
                " new token, or unset NUTGRAF_API_TOKEN_PREVIOUS"
            )

    @property
    def write_tokens(self) -> tuple[str, ...]:
        """The tokens a write may carry: the current one and, during a rotation, the previous one; none
        when writes need no token."""
        if self.api_token is None:
            return ()
        return (
            (self.api_token,)
            if self.api_token_previous is None
            else (self.api_token, self.api_token_previous)
        )

    def reader_choices(self) -> tuple[str, ...]:
        """The summarizers the reader page offers, the service's own first.

        ``reader_summarizers`` when set; else every registered engine that needs no configuration (the
        extractive ones), plus ``llm`` when its server and model are configured
        (``NUTGRAF_LLM_BASE_URL``/``NUTGRAF_LLM_MODEL``) and ``transformers`` when its model directory is
        (``NUTGRAF_TRANSFORMERS_MODEL``).
        """
        if self.reader_summarizers is not None:
            names = self.reader_summarizers
        else:
            from nutgraf.engines.base import available

            names = tuple(name for name in available() if _configured(name))
        return (self.summarizer, *(name for name in names if name != self.summarizer))

    def fetch_settings(self) -> FetchSettings:
        """The SSRF-safe fetcher's settings for this service (loopback only where allowed)."""
        return FetchSettings(allow_loopback=self.allow_loopback)


def _check_summarizers(variable: str, names: tuple[str, ...]) -> None:
    """Refuse a variable naming a summarizer no engine is registered as: the service would start, then
    answer every summary request that names none with an error about the request."""
    from nutgraf.engines.base import available

    known = available()
    unknown = [name for name in names if name not in known]
    if unknown:
        raise UnknownSummarizerError(
            f"{variable} names no summarizer {', '.join(map(repr, unknown))}; choose from: {', '.join(known)}"
        )


def _whole_number(name: str, value: str, least: int, most: int | None = None) -> int:
    try:
        number = int(value)
    except ValueError:
        number = least - 1
    if number < least or (most is not None and number > most):
        bounds = f"of at least {least}" if most is None else f"from {least} to {most:,}"
        raise InvalidInputError(f"{name} must be a whole number {bounds}, not {value!r}")
    return number


def allowed_host(name: str, given_as: str = "") -> str:
    """``name`` when it can be a host name the reader answers to (``reader.example``, with a port or as
    an IP address); a URL, a path or a space is refused: a Host header never holds one, so the reader
    would answer to no name the user meant (and, off loopback, to none at all). ``given_as`` (the
    variable's name) begins the message."""
    if not name or "/" in name.rstrip("/") or any(character in name for character in "@ \t"):
        problem = f"expected a host name such as reader.example, not {name!r}; leave out the scheme and path"
        raise InvalidInputError(f"{given_as}: {problem}" if given_as else problem)
    return name


def _public_url(value: str) -> str:
    """``NUTGRAF_PUBLIC_URL``'s address, checked as a URL; refused in words that name the variable, which
    every role reads at start (``nutgraf worker`` and ``sites list`` too), so that the message says where
    the address came from."""
    try:
        return check_http_url(value)
    except InvalidInputError as error:
        raise InvalidInputError(f"NUTGRAF_PUBLIC_URL: {error}") from None


def _in_memory_sqlite(url: str) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # not a URL, or a port not a number: refused where the store opens it
        return False
    return parsed.get_backend_name() == "sqlite" and (
        parsed.database in (None, "", ":memory:") or parsed.query.get("mode") == "memory"
    )


def _names(value: str) -> tuple[str, ...]:
    return tuple(name for name in (part.strip() for part in value.split(",")) if name)


def _configured(summarizer: str) -> bool:
    """Whether ``summarizer`` has the settings it needs in the environment (engines that need none do)."""
    if summarizer == "llm":
        from nutgraf.engines.llm import BASE_URL_ENV, MODEL_ENV

        return any(os.environ.get(name) for name in BASE_URL_ENV) and bool(os.environ.get(MODEL_ENV))
    if summarizer == "transformers":
        from nutgraf.engines.transformers import MODEL_ENV

        return bool(os.environ.get(MODEL_ENV))
    return True
