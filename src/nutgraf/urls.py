"""URL rules: which addresses nutgraf takes, and the canonical form under which a page is known.

A canonical URL drops what does not change the page (fragment, default port, tracking parameters such as
``utm_*``), so two links to the same story compare equal; the store keys articles by it.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit, urlunsplit

from nutgraf.errors import InvalidInputError

#: The longest URL nutgraf accepts, in UTF-8 bytes, as given and in its canonical form (see
#: :func:`url_bytes`): the store indexes canonical URLs, and PostgreSQL's btree indexes refuse an entry
#: over 2,704 bytes, which 2,048 characters of another script (up to 8 KB) passed.
MAX_URL_BYTES = 2048
# Query parameters that track a click rather than name a page; a canonical URL drops them.
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src"})
_DEFAULT_PORTS = {"http": 80, "https": 443}

_HOST_NAME = re.compile(rb"[A-Za-z0-9._-]+")
_URL_UNSAFE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def check_http_url(url: str) -> str:
    """``url`` stripped, if it is an absolute http(s) URL of reasonable length; else InvalidInputError."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        port = parts.port
    except ValueError:  # an unclosed IPv6 bracket, a port past 65535
        hostname = port = None
    if shown_url(url) != url:
        raise InvalidInputError(credentials_refusal(url))
    # Control characters (NUL), and lone surrogates no encoder takes, would reach the database.
    if (
        not hostname
        or not _is_host_name(hostname)
        or port == 0
        or _URL_UNSAFE.search(url)
        or parts.scheme not in ("http", "https")
    ):
        raise InvalidInputError(
            f"not an http(s) URL: {url[:200]!r}; give an address like https://example.com/news/1"
        )
    size = url_bytes(url)
    if size > MAX_URL_BYTES:
        raise InvalidInputError(
            f"the URL is {size:,} bytes long in UTF-8 ({len(url):,} characters); at most"
            f" {MAX_URL_BYTES:,} bytes are accepted"
        )
    return url


def shown_url(url: str) -> str:
    """``url`` without the user name and password it may carry before its host (``https://user:secret@host/``
    is shown ``https://host/``), as it may be shown to a person or kept in an error message, a log or a
    record. Read as :func:`~urllib.parse.urlsplit` reads an address (its host part ends at the first "/",
    "?" or "#"), but without its errors: a malformed address (an unclosed IPv6 bracket) is hidden too."""
    start = url.find("//")
    # "//" opens the host part only at the very start or right after the scheme ("https:").
    if start < 0 or any(mark in url[:start] for mark in "/?#") or (start and url[start - 1] != ":"):
        return url
    end = len(url)
    for mark in "/?#":
        found = url.find(mark, start + 2)
        if 0 <= found < end:
            end = found
    at = url.rfind("@", start + 2, end)
    return url if at < 0 else url[: start + 2] + url[at + 1 :]


def credentials_refusal(url: str) -> str:
    """Why an address given with a user name or password (``url``) is refused, naming it without them:
    nutgraf never sends credentials, and fetching the address without them would store the page a reader
    who is not logged in gets (a login form, a paywall) as the one asked for."""
    return (
        f"{shown_url(url)[:200]!r} has a user name or password before its host (not shown here); nutgraf"
        " does not send credentials: give the address without them"
    )


def url_bytes(url: str) -> int:
    """The UTF-8 bytes of ``url`` or of its canonical form, whichever is more: what the store's indexes
    hold of it (a canonical query writes each non-ASCII character as up to 12 bytes of ``%XX``)."""
    return max(len(form.encode("utf-8", "surrogatepass")) for form in (url, canonical_url(url)))


def fits_url_limit(url: str) -> bool:
    """Whether ``url`` is within :data:`MAX_URL_BYTES` (see :func:`url_bytes`): an address the store can
    key a page by. An address from elsewhere than a person (a redirect, a page's canonical link) is
    checked with it before it becomes a key."""
    return url_bytes(url) <= MAX_URL_BYTES


def _is_host_name(hostname: str) -> bool:
    """Whether a fetch could look ``hostname`` up: letters, digits, "-", "_" and dots once in IDNA form,
    no empty label ("a..b") or one over 63 characters."""
    if ":" in hostname:  # an IPv6 literal, checked by the fetch
        return True
    try:
        return _HOST_NAME.fullmatch(hostname.encode("idna")) is not None
    except UnicodeError:
        return False


def http_link(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else ``None``: never ``javascript:``, ``data:`` or a
    relative link, which are no page's address and must not reach a link or the store as one."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def canonical_url(url: str, *, keep_query: bool = False) -> str:
    """``url`` with what does not change the page removed: fragment, default port, tracking parameters.

    Scheme and host are lower-cased and the remaining query parameters sorted, so two links to the same
    article compare equal. With ``keep_query`` the query stays as written (a URL that is fetched again,
    like a feed's, may need it so).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = _netloc(scheme, host, port)
    if keep_query:
        return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    query = sorted(
        (key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not _tracks(key)
    )
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def without_tracking(url: str) -> str:
    """``url`` without its fragment and the tracking parameters :func:`canonical_url` drops, the rest as
    written: the address to fetch. A canonical query is decoded and encoded again, which changes what some
    sites read raw ("index.php?/archives/12-x.html" became "?%2Farchives%2F12-x.html=", "?123456"
    "?123456=", "?id=1;page=2" "?id=1%3Bpage%3D2": another page, or none)."""
    parts = urlsplit(url)
    pieces = [
        piece for piece in parts.query.split("&") if piece and not _tracks(unquote_plus(piece.split("=")[0]))
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(pieces), ""))


def _tracks(key: str) -> bool:
    """Whether a query parameter named ``key`` tracks a click rather than names a page."""
    return key.lower().startswith("utm_") or key.lower() in _TRACKING_PARAMS


def host_of(url: str | None) -> str | None:
    """The host an http(s) ``url`` names, as sites list their hosts: lower-case, in IDNA form, with the
    port when it is not the scheme's default (``news.example``, ``127.0.0.1:8080``); ``None`` for anything
    else (another scheme, no host, a malformed URL)."""
    try:
        parts = urlsplit(url.strip()) if url else None
        port = parts.port if parts else None
    except ValueError:
        return None
    if parts is None or parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return None
    try:
        host = parts.hostname.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    return _netloc(parts.scheme.lower(), host, port)


def _netloc(scheme: str, host: str, port: int | None) -> str:
    """``host`` (an IPv6 literal keeps its brackets) with ``port`` where it is not the scheme's default."""
    if ":" in host:
        host = f"[{host}]"
    return host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"


__all__ = [
    "MAX_URL_BYTES",
    "canonical_url",
    "check_http_url",
    "credentials_refusal",
    "fits_url_limit",
    "host_of",
    "http_link",
    "shown_url",
    "url_bytes",
]
