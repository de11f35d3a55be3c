"""Fetching pages over HTTP(S), safely: bounded in time and size, and never at internal addresses.

:func:`fetch` gets one URL and returns a :class:`FetchedPage` (:func:`nutgraf.pipeline.fetch_article`
goes on to extract its :class:`~nutgraf.article.Article`, following a meta refresh). Each hop of a
redirect chain is followed here rather than by httpx, so that every hop is checked: only ``http`` and ``https``, and the host name is resolved and every address
it resolves to must be a public one (not private, loopback, link-local, multicast, reserved or
unspecified, IPv4 or IPv6, IPv4-mapped IPv6 included) unless the settings allow loopback or private
addresses. The request then goes to the very address that was checked (the URL names the IP; the
``Host`` header and TLS SNI carry the name, and the certificate is verified against the name), so a DNS
answer that changes between the check and the connection (DNS rebinding) cannot redirect it.

Setting ``NUTGRAF_ALLOW_LOOPBACK=1`` in the environment makes ``allow_loopback`` default to true, for
local use and tests.
"""

from __future__ import annotations

import contextlib
import ipaddress
import math
import os
import re
import socket
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import brotli

from nutgraf.errors import BlockedURLError, FetchError, InvalidInputError, PageTooLargeError
from nutgraf.urls import host_of
from nutgraf.version import __version__

#: Where nutgraf's user agent string points people who see it in their logs.
PROJECT_URL = "https://github.com/nutgraf/nutgraf"
#: Content types of pages nutgraf extracts articles from.
PAGE_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
#: Content types of a gzip file (``sitemap.xml.gz``): when a caller accepts one, its content is what is
#: read, unpacked under the same cap as any body.
GZIP_FILE_TYPES = ("application/gzip", "application/x-gzip")
_REDIRECTS = (301, 302, 303, 307, 308)
# Content types that are a feed and nothing else (plain XML may be a sitemap too): a page asked of one
# is answered with the command that reads it.
_FEED_ONLY_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
#: Ranges of the IANA special-purpose registries that are not globally reachable but that ipaddress of
#: some Python versions counts as global (192.0.0.0/24 before 3.11.10 and 3.12.4, CVE-2024-4032; the
#: newer IPv6 ranges in every version to date).
_NOT_GLOBAL = tuple(
    ipaddress.ip_network(network)
    for network in ("192.0.0.0/24", "192.88.99.0/24", "64:ff9b:1::/48", "3fff::/20", "5f00::/16")
)
_CHUNK = 65_536
# The most a decompressor writes in one step: what a body costs in memory beyond the cap.
_PIECE = 65_536
#: Content encodings nutgraf decodes (and asks for); a body in another is refused.
ACCEPTED_ENCODINGS = ("gzip", "deflate", "br")
# Encodings one body may be wrapped in: servers send one; each costs a decoder in the chain.
_MAX_ENCODINGS = 3
# A meta refresh tag. [^<>] rather than [^>]: a scan from one "<meta" stops at the next "<", so matching
# stays linear in the page.
_META_REFRESH = re.compile(r"""<meta\s[^<>]*?http-equiv\s*+=\s*+["']?+refresh\b[^<>]*+>""", re.IGNORECASE)
# Meta refresh tags stand in a page's head: the search reads no further.
_REFRESH_SEARCH_CHARS = 100_000
# A refresh sooner than this sends the reader on; a later one reloads for fresh adverts after minutes.
_MAX_REFRESH_SECONDS = 10


def _default_user_agent() -> str:
    return f"nutgraf/{__version__} (+{PROJECT_URL})"


#: Values of a yes-or-no environment variable (``NUTGRAF_ALLOW_LOOPBACK``...) that mean yes.
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})


def loopback_from_environment() -> bool:
    """Whether ``NUTGRAF_ALLOW_LOOPBACK`` says yes (the default of ``FetchSettings.allow_loopback``)."""
    return os.environ.get("NUTGRAF_ALLOW_LOOPBACK", "").strip().lower() in TRUE_WORDS


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


@dataclass
class FetchedPage:
    """A fetched response body with what callers need to read and re-validate it."""

    #: The final URL, after redirects.
    url: str
    #: 200 (or another 2xx), or 304 when a conditional request was answered "not modified".
    status: int
    content: bytes
    #: The media type without parameters, lower-cased (``text/html``), or ``None`` when not sent.
    content_type: str | None
    #: The charset the Content-Type header declares, or ``None``.
    encoding: str | None
    #: Response headers with lower-case names (``etag``, ``last-modified``, ``content-type``...).
    headers: dict[str, str]


def fetch(
    url: str, *, settings: FetchSettings | None = None, headers: dict[str, str] | None = None
) -> FetchedPage:
    """GET ``url``, following redirects, within the limits of ``settings``.

    ``headers`` are sent on every hop (feed polling sends ``If-None-Match`` / ``If-Modified-Since``
    here; a 304 answer comes back as a page with status 304 and no content).

    Returns:
        The :class:`FetchedPage` of the final URL: its body (decompressed), status, content type, charset
        and headers.

    Raises:
        InvalidInputError: ``url`` is not a str.
        BlockedURLError: a scheme other than http(s), or a host that resolves to a refused address.
        FetchError: every other failure (bad URL, DNS, connection, timeout, HTTP error status, too many
            redirects, an unaccepted content type, a body over ``max_bytes``).
    """
    import httpx

    if not isinstance(url, str):
        raise InvalidInputError(f"the URL must be a str, not {type(url).__name__}")
    settings = settings or FetchSettings()
    current = url
    with (
        _Deadline(settings.total_timeout) as deadline,
        httpx.Client(
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would connect to the name, not the checked IP
            timeout=httpx.Timeout(settings.timeout),
            headers={
                "User-Agent": settings.user_agent,
                "Accept": _accept_header(settings.accept),
                "Accept-Encoding": ", ".join(ACCEPTED_ENCODINGS),
            },
        ) as client,
    ):
        for _ in range(settings.max_redirects + 1):
            deadline.check(current)
            target = _Target.parse(current)
            if settings.hosts is not None and host_of(current) not in settings.hosts:
                hosts = ", ".join(sorted(settings.hosts))
                where = current if current == url else f"{url}, which redirects to {current},"
                raise BlockedURLError(f"{where} is not on the hosts this page may come from: {hosts}")
            page, location = _get_any(client, target, settings, headers or {}, deadline)
            if location is None:
                return page
            current = urljoin(current, location)
    raise FetchError(
        f"{url} redirects more than {settings.max_redirects} times; open it in a browser to find the"
        " page's final address"
    )


def refresh_target(html: str, url: str) -> str | None:
    """Where a ``<meta http-equiv="refresh">`` of ``html`` sends the reader within _MAX_REFRESH_SECONDS,
    or ``None``: no such tag, no address in it, its own page (a page that reloads itself), or a later
    time (a site reloading its pages for fresh adverts after minutes)."""
    import lxml.html
    from lxml.etree import ParserError

    tag = _META_REFRESH.search(html, 0, _REFRESH_SEARCH_CHARS)
    if tag is None:
        return None
    try:
        content = lxml.html.fragment_fromstring(tag.group()).get("content") or ""
    except ParserError:
        return None
    delay, _, rest = content.replace(",", ";").partition(";")
    rest = rest.strip()
    if rest[:3].lower() == "url":
        rest = rest[3:].lstrip()
        rest = rest[1:].strip() if rest.startswith("=") else rest
    address = rest.strip("'\" \t")
    try:
        seconds = float(delay.strip() or "0")
    except ValueError:
        return None
    if not address or not 0 <= seconds <= _MAX_REFRESH_SECONDS:
        return None
    target = urljoin(url, address)
    parts = urlsplit(target)
    # A script's address ("javascript:...") is not a page's: what the reader sees is the page itself.
    if parts.scheme not in ("http", "https") or parts._replace(fragment="") == urlsplit(url)._replace(
        fragment=""
    ):
        return None
    return target


def check_destination(url: str, *, settings: FetchSettings | None = None) -> None:
    """Refuse ``url`` now, as :func:`fetch` would, if it is not http(s) or its host is an internal address.

    For addresses kept to fetch later (feeds): a host name that does not resolve yet is let through, since
    every fetch checks again.

    Raises:
        BlockedURLError: another scheme, credentials in the URL, or a refused address.
        FetchError: a malformed URL.
    """
    target = _Target.parse(url)
    with contextlib.suppress(_Unresolved):
        _checked_addresses(target, settings or FetchSettings())


class _Deadline:
    """The whole fetch's time limit, enforced on the connection itself.

    httpx's timeouts bound each read, not their sum: a server that sends a byte of its headers or body
    every few seconds would hold a fetch for as long as it liked. A timer shuts the open connection's
    socket when the time is up, which ends the read that is waiting; the fetch then reports the limit.
    A name lookup is not cut short: it has the resolver's own limits.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        # No limit (inf) is no timer: a thread cannot wait that long.
        self._timer = threading.Timer(seconds, self._expire) if math.isfinite(seconds) else None
        if self._timer is not None:
            self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        if self._timer is not None:
            self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def trace(self, event: str, info: dict) -> None:
        """httpcore's ``trace`` extension: keeps hold of each new connection's socket."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            with self._lock:
                # Wrapping a socket in TLS detaches the plain one: the TLS socket is the one to shut.
                self._socket = info["return_value"].get_extra_info("socket")
                if self.expired:
                    self._shut()

    def check(self, url: str) -> None:
        if self.expired:
            raise FetchError(f"{url} took longer than {self.seconds:g} seconds to send; try again later")

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._shut()

    def _shut(self) -> None:
        if self._socket is None:
            return
        # socket.socket's own shutdown: SSLSocket's drops its TLS state, racing the reading thread.
        with contextlib.suppress(OSError):  # already closed
            socket.socket.shutdown(self._socket, socket.SHUT_RDWR)


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str
    query: str
    url: str

    @classmethod
    def parse(cls, url: str) -> _Target:
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError as exc:
            raise FetchError(f"{url!r} is not a valid URL ({exc})") from None
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise BlockedURLError(
                f"{url!r}: only http and https URLs can be fetched"
                + (f", not {scheme}" if scheme else " (the URL has no scheme)")
            )
        if not parts.hostname:
            raise FetchError(f"{url!r} has no host name")
        try:
            host = parts.hostname.encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError(f"{url!r}: {parts.hostname!r} is not a valid host name") from None
        if parts.username or parts.password:
            raise BlockedURLError(f"{url!r} carries credentials; nutgraf does not send them")
        return cls(
            scheme=scheme,
            host=host,
            port=port or (443 if scheme == "https" else 80),
            path=parts.path or "/",
            query=parts.query,
            url=url,
        )


def _get_any(
    client, target: _Target, settings: FetchSettings, headers: dict[str, str], deadline: _Deadline
) -> tuple[FetchedPage, str | None]:
    """One request to the first of the host's (checked) addresses that accepts a connection."""
    addresses = _checked_addresses(target, settings)
    for address in addresses[:-1]:
        try:
            return _get(client, target, address, settings, headers, deadline)
        except _Unreachable:
            continue
    try:
        return _get(client, target, addresses[-1], settings, headers, deadline)
    except _Unreachable as exc:
        raise FetchError(
            f"cannot connect to {target.host} ({exc}); check the URL or try again later"
        ) from None


class _Unreachable(Exception):
    """A connection to one address failed; the host may have others."""


class _Unresolved(FetchError):
    """The host name does not resolve (now)."""


def _checked_addresses(target: _Target, settings: FetchSettings) -> list[str]:
    """The addresses to connect to, after checking every address the host resolves to."""
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise _Unresolved(f"cannot resolve {target.host} ({exc}); check the URL's host name") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError(f"{target.host} resolves to no address")
    for address in addresses:
        reason = refusal_reason(address, settings)
        if reason:
            shown = target.host if target.host == address else f"{target.host} ({address})"
            raise BlockedURLError(f"{shown} is {reason}; nutgraf fetches only public addresses")
    return addresses


def refusal_reason(address: str, settings: FetchSettings) -> str | None:
    """Why nutgraf refuses to connect to ``address`` under ``settings`` (``None``: it may)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return refusal_reason(str(ip.ipv4_mapped), settings)
        if ip.sixtofour is not None and refusal_reason(str(ip.sixtofour), settings):
            return "a 6to4 address of a refused IPv4 address"
    if ip.is_loopback:
        return None if settings.allow_loopback else "a loopback address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private or not ip.is_global:
        return None if settings.allow_private else "a private address"
    if any(ip in network for network in _NOT_GLOBAL):
        return (
            None if settings.allow_private else "a special-purpose address, not reachable from the internet"
        )
    return None


def _get(
    client,
    target: _Target,
    address: str,
    settings: FetchSettings,
    headers: dict[str, str],
    deadline: _Deadline,
) -> tuple[FetchedPage, str | None]:
    """One request to ``address``; returns the page, or the Location of a redirect."""
    import httpx

    host_for_url = f"[{address}]" if ":" in address else address
    default_port = 443 if target.scheme == "https" else 80
    netloc = host_for_url if target.port == default_port else f"{host_for_url}:{target.port}"
    pinned = urlunsplit((target.scheme, netloc, target.path, target.query, ""))
    host_header = target.host if target.port == default_port else f"{target.host}:{target.port}"
    if ":" in target.host:  # an IPv6 literal in the Host header keeps its brackets
        host_header = host_header.replace(target.host, f"[{target.host}]", 1)
    request_headers = {**headers, "Host": host_header}
    try:
        with client.stream(
            "GET",
            pinned,
            headers=request_headers,
            extensions={"sni_hostname": target.host, "trace": deadline.trace},
        ) as response:
            response_headers = {k.lower(): v for k, v in response.headers.items()}
            if response.status_code in _REDIRECTS:
                location = response_headers.get("location")
                if not location:
                    raise FetchError(
                        f"{target.url} redirects (HTTP {response.status_code}) without a Location"
                    )
                return _page(target.url, response.status_code, b"", response_headers), location
            if response.status_code == 304:
                return _page(target.url, 304, b"", response_headers), None
            if response.status_code >= 400 or response.status_code < 200:
                raise FetchError(
                    f"{target.url} answered HTTP {response.status_code} {response.reason_phrase}".rstrip()
                    + _status_hint(response.status_code)
                )
            page = _page(target.url, response.status_code, b"", response_headers)
            if page.content_type and page.content_type not in settings.accept:
                raise FetchError(
                    f"{target.url} is {page.content_type}, not one of {', '.join(settings.accept)};"
                    f" {_what_to_do(page.content_type, settings.accept)}"
                )
            page.content = _read_body(
                response,
                target.url,
                settings.max_bytes,
                deadline,
                gzip_file=page.content_type in GZIP_FILE_TYPES,
            )
            # A shut connection can look like the end of a body sent without a length.
            deadline.check(target.url)
            return page, None
    except httpx.InvalidURL as exc:
        # httpx parses a redirect's Location even when not following it: "javascript:..." lands here.
        raise FetchError(f"{target.url} redirects to an address that is not a valid URL ({exc})") from None
    except httpx.HTTPError as exc:
        deadline.check(target.url)
        if isinstance(exc, httpx.ConnectError):
            raise _Unreachable(str(exc)) from exc
        if isinstance(exc, httpx.TimeoutException):
            message = f"{target.url} did not answer within {settings.timeout:g} seconds; try again later"
        elif isinstance(exc, httpx.RemoteProtocolError):
            # h11's own words ("Receive buffer too long": headers over 100 KB) say nothing of who erred.
            message = f"cannot fetch {target.url}: its server did not answer in valid HTTP ({exc})"
        else:
            message = f"cannot fetch {target.url}: {exc or type(exc).__name__}"
        raise FetchError(message) from None


def _read_body(response, url: str, max_bytes: int, deadline: _Deadline, *, gzip_file: bool = False) -> bytes:
    """The body, decompressed as it arrives and refused as soon as it grows past ``max_bytes``.

    httpx would decompress each network chunk whole before the size could be counted: 100 bytes of
    brotli can expand to gigabytes. Here the raw bytes go through decoders that each write at most
    ``_PIECE`` bytes a step, so memory stays within the cap and a piece.
    """
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise PageTooLargeError(f"{url} is {int(declared):,} bytes; nutgraf reads at most {max_bytes:,}")
    body = bytearray()
    try:
        pieces = _decoded(response.iter_raw(_CHUNK), response.headers.get("content-encoding", ""), url)
        for piece in _unpacked(pieces) if gzip_file else pieces:
            if len(body) + len(piece) > max_bytes:
                raise PageTooLargeError(f"{url} is larger than {max_bytes:,} bytes, the most nutgraf reads")
            body += piece
            # Decompressing is work of its own, not waiting on a socket that the deadline shuts.
            deadline.check(url)
    except (zlib.error, brotli.error) as exc:
        raise FetchError(f"{url} sent a body that cannot be decompressed ({exc})") from None
    return bytes(body)


def _decoded(raw: Iterable[bytes], content_encoding: str, url: str) -> Iterator[bytes]:
    """``raw`` decoded from the Content-Encoding header's encodings, the last applied undone first."""
    encodings = [e for e in (part.strip().lower() for part in content_encoding.split(",")) if e]
    encodings = ["gzip" if e == "x-gzip" else e for e in encodings if e != "identity"]
    if len(encodings) > _MAX_ENCODINGS:
        raise FetchError(
            f"{url} sent its body in {len(encodings)} encodings, one inside the other; nutgraf reads at"
            f" most {_MAX_ENCODINGS}"
        )
    pieces: Iterable[bytes] = raw
    for encoding in reversed(encodings):
        decoder = _DECODERS.get(encoding)
        if decoder is None:
            raise FetchError(
                f"{url} sent its body in the {encoding} encoding, which nutgraf does not read (it asks for"
                f" {', '.join(ACCEPTED_ENCODINGS)})"
            )
        pieces = decoder(pieces)
    return iter(pieces)


def _unpacked(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """A gzip file's content; or the bytes as they are, when they are not gzip (a server that sends a
    ``.gz`` file with ``Content-Encoding: gzip`` too has had it unpacked already)."""
    head = b""
    for piece in pieces:
        head += piece
        if len(head) >= 2:
            break
    whole = _chained(head, pieces)
    return _gunzipped(whole) if head.startswith(b"\x1f\x8b") else whole


def _inflated(chunks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    """A zlib, gzip or raw deflate stream (by ``wbits``), decompressed ``_PIECE`` bytes at a time."""
    inflater = zlib.decompressobj(wbits)
    for chunk in chunks:
        pending = chunk
        while pending and not inflater.eof:
            piece = inflater.decompress(pending, _PIECE)
            pending = inflater.unconsumed_tail
            if piece:
                yield piece
            # A full piece may leave output inside zlib though all input is taken: ask again.
            while len(piece) == _PIECE and not pending and not inflater.eof:
                piece = inflater.decompress(b"", _PIECE)
                if piece:
                    yield piece
        if inflater.eof:  # what follows the stream's end is ignored, as browsers and httpx do
            return
    if tail := inflater.flush():
        yield tail


def _gunzipped(chunks: Iterable[bytes]) -> Iterator[bytes]:
    return _inflated(chunks, 16 + zlib.MAX_WBITS)


def _deflated(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """HTTP's deflate: a zlib stream, or, from some servers, a bare deflate stream (told apart by the
    zlib header's first two bytes, as browsers do)."""
    chunks = iter(chunks)
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) >= 2:
            break
    zlib_wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
    yield from _inflated(_chained(head, chunks), zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS)


def _chained(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _unbrotlied(chunks: Iterable[bytes]) -> Iterator[bytes]:
    decoder = brotli.Decompressor()
    for chunk in chunks:
        piece = decoder.process(chunk, output_buffer_limit=_PIECE)
        while True:
            if piece:
                yield piece
            if decoder.can_accept_more_data():
                break
            # The output limit was reached: the rest of this input comes out with empty calls.
            piece = decoder.process(b"", output_buffer_limit=_PIECE)
        if decoder.is_finished():
            return


_DECODERS: dict[str, Callable[[Iterable[bytes]], Iterator[bytes]]] = {
    "gzip": _gunzipped,
    "deflate": _deflated,
    "br": _unbrotlied,
}


def _page(url: str, status: int, content: bytes, headers: dict[str, str]) -> FetchedPage:
    content_type, encoding = parse_content_type(headers.get("content-type"))
    return FetchedPage(
        url=url,
        status=status,
        content=content,
        content_type=content_type,
        encoding=encoding,
        headers=headers,
    )


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """The media type (lower-cased) and the charset of a Content-Type header's value, ``None`` where absent."""
    if not value:
        return None, None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        name, _, param_value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'") or None
    return media_type.strip().lower() or None, charset


def _what_to_do(content_type: str, accepted: tuple[str, ...]) -> str:
    """What to do about an answer of ``content_type`` to a request for one of ``accepted``."""
    if content_type in _FEED_ONLY_TYPES:
        return "subscribe to this feed with `nutgraf feeds add URL`, which summarizes each item"
    if content_type in ("text/html", "application/xhtml+xml"):
        # Refused, so a feed or a sitemap was asked for: most often a site's home page given for its feed.
        return (
            "this is a web page, not a feed or sitemap: give the address of the feed itself"
            ' (a page names its feeds in <link rel="alternate" type="application/rss+xml"> tags)'
        )
    if "text/xml" in accepted:  # a feed or a sitemap was asked for (a JSON Feed, say, is neither)
        return "nutgraf reads RSS, Atom and RDF feeds and sitemaps: give the address of one"
    return "give the address of a web page"


def _accept_header(accepted: tuple[str, ...]) -> str:
    return ", ".join((*accepted, "*/*;q=0.1"))


def _status_hint(status: int) -> str:
    if status == 404:
        return "; check the URL"
    if status in (401, 403):
        return "; the site refuses access (paywall or login); save the page from a browser instead"
    if status == 429 or status >= 500:
        return "; try again later"
    return ""
