"""The settings of a fetch: its time and size limits, the addresses it may reach and the content types it
accepts.

Setting ``NUTGRAF_ALLOW_LOOPBACK=1`` in the environment makes ``allow_loopback`` default to true, for
local use and tests.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

from nutgraf.environment import yes_or_no
from nutgraf.errors import InvalidInputError
from nutgraf.version import __version__

#: Where nutgraf's user agent string points people who see it in their logs.
PROJECT_URL = "https://github.com/nutgraf/nutgraf"
#: Content types of pages nutgraf extracts articles from.
PAGE_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
#: Content types of a gzip file (``sitemap.xml.gz``): when a caller accepts one, its content is what is
#: read, unpacked under the same cap as any body.
GZIP_FILE_TYPES = ("application/gzip", "application/x-gzip")


def _default_user_agent() -> str:
    return f"nutgraf/{__version__} (+{PROJECT_URL})"


def loopback_from_environment() -> bool:
    """Whether ``NUTGRAF_ALLOW_LOOPBACK`` says yes (the default of ``FetchSettings.allow_loopback``)."""
    return yes_or_no("NUTGRAF_ALLOW_LOOPBACK", os.environ.get("NUTGRAF_ALLOW_LOOPBACK"), default=False)


@dataclass
class FetchSettings:
    """Limits and policy for :func:`fetch`."""

    #: Seconds allowed to connect, and then between received chunks of data.
    timeout: float = 10.0
    #: Seconds allowed for the whole fetch, redirects included (a server that trickles data can
    #: otherwise hold a fetch for as long as it likes).
    total_timeout: float = 60.0
    #: The largest body read (after decompression); a larger one is an error, not a truncated page.
    max_bytes: int = 10_000_000
    #: Redirects followed before giving up.
    max_redirects: int = 5
    #: Fetch from loopback addresses (127.0.0.0/8, ::1); default from ``NUTGRAF_ALLOW_LOOPBACK``.
    allow_loopback: bool = field(default_factory=loopback_from_environment)
    #: Fetch from private networks (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10...). Link-local
    #: addresses (169.254/16, cloud metadata services) stay refused either way.
    allow_private: bool = False
    user_agent: str = field(default_factory=_default_user_agent)
    #: Content types accepted (a response without a Content-Type is accepted and left to the caller).
    accept: tuple[str, ...] = PAGE_CONTENT_TYPES
    #: The only hosts the fetch may reach, redirects included, as :func:`nutgraf.urls.host_of` writes
    #: them (a site's pages); ``None``: any public host.
    hosts: frozenset[str] | None = None

    def __post_init__(self) -> None:
        whole = all(type(n) is int for n in (self.max_bytes, self.max_redirects))
        try:  # written so that NaN, which fails every comparison, fails the checks
            sensible = whole and 0 < self.timeout < math.inf and self.total_timeout > 0
            sensible = sensible and self.max_bytes >= 1 and self.max_redirects >= 0
        except TypeError:
            sensible = False
        if not sensible:
            raise InvalidInputError(
                "FetchSettings: timeout must be a finite positive number of seconds and total_timeout a"
                " positive one (inf: no overall limit), max_bytes a whole number of at least 1 and"
                " max_redirects one of at least 0"
            )
