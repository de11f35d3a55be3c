"""The reader service's settings, from arguments or ``NUTGRAF_*`` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nutgraf.errors import InvalidInputError

if TYPE_CHECKING:
    from nutgraf.fetch import FetchSettings

_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """How the reader service runs. :meth:`from_env` reads the ``NUTGRAF_*`` variables."""

    #: SQLAlchemy URL of the store; ``None``: the SQLite file in the user's data directory.
    database_url: str | None = None
    #: When set, writes (POST and DELETE under ``/api``, the paste form) need ``Authorization: Bearer``.
    api_token: str | None = field(default=None, repr=False)
    #: Requests per minute one client may make to the API and forms; 0 turns the limit off.
    rate_limit_per_minute: int = 300
    #: The largest request body accepted, in bytes.
    max_body_bytes: int = 5_000_000
    #: Whether server-side fetches may reach loopback addresses (for tests and local feeds).
    allow_loopback: bool = False
    #: Whether ``serve`` polls due feeds in the background.
    poll_feeds: bool = True
    #: Seconds between looks for due feeds.
    poll_check_every: float = 60.0
    #: The summarizer the reader's button and the API use when a request names none.
    summarizer: str = "default"
    #: Threads that summarize at once (stateless requests). Summarizing holds the GIL: more threads than
    #: this only take turns, and lose time doing so.
    summarizing_threads: int = 1
    #: Entries in the in-memory cache of summary responses.
    summary_cache_size: int = 4096

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from ``NUTGRAF_DATABASE_URL``, ``NUTGRAF_API_TOKEN``, ``NUTGRAF_RATE_LIMIT``,
        ``NUTGRAF_MAX_BODY_BYTES``, ``NUTGRAF_SUMMARIZING_THREADS``, ``NUTGRAF_ALLOW_LOOPBACK``, ``NUTGRAF_POLL_FEEDS`` and
        ``NUTGRAF_SUMMARIZER``; ``overrides``
        (those not ``None``) win."""
        env = os.environ
        values: dict[str, object] = {
            "database_url": env.get("NUTGRAF_DATABASE_URL") or None,
            "api_token": env.get("NUTGRAF_API_TOKEN") or None,
            "allow_loopback": env.get("NUTGRAF_ALLOW_LOOPBACK", "").lower() in _TRUE,
            "poll_feeds": env.get("NUTGRAF_POLL_FEEDS", "1").lower() in _TRUE,
            "summarizer": env.get("NUTGRAF_SUMMARIZER") or "default",
        }
        for name, variable in (
            ("rate_limit_per_minute", "NUTGRAF_RATE_LIMIT"),
            ("max_body_bytes", "NUTGRAF_MAX_BODY_BYTES"),
            ("summarizing_threads", "NUTGRAF_SUMMARIZING_THREADS"),
        ):
            if env.get(variable):
                values[name] = _whole_number(variable, env[variable])
        values.update({name: value for name, value in overrides.items() if value is not None})
        return cls(**values)  # type: ignore[arg-type]

    def fetch_settings(self) -> FetchSettings:
        """The SSRF-safe fetcher's settings for this service (loopback only where allowed)."""
        from nutgraf.fetch import FetchSettings

        return FetchSettings(allow_loopback=self.allow_loopback)


def _whole_number(name: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise InvalidInputError(f"{name} must be a whole number of at least 0, not {value!r}")
    return number
