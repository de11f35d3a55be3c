"""The GET itself: :func:`fetch` gets one URL and returns a :class:`~nutgraf.fetch.responses.FetchedPage`
(:func:`nutgraf.pipeline.fetch_article` goes on to extract its :class:`~nutgraf.article.Article`,
following a meta refresh).

Each hop of a redirect chain is followed here rather than by httpx, so that every hop is checked
(:mod:`nutgraf.fetch.destinations`). The request then goes to the very address that was checked (the URL
names the IP; the ``Host`` header and TLS SNI carry the name, and the certificate is verified against the
name), so a DNS answer that changes between the check and the connection (DNS rebinding) cannot redirect
it.
"""

from __future__ import annotations

import errno
import logging
import ssl
from urllib.parse import urljoin, urlunsplit

from nutgraf.errors import BlockedURLError, FetchError, InvalidInputError
from nutgraf.fetch.body import ACCEPTED_ENCODINGS, read_body
from nutgraf.fetch.deadline import Deadline
from nutgraf.fetch.destinations import Target, checked_addresses
from nutgraf.fetch.responses import FetchedPage, fetched_page, status_hint, what_to_do
from nutgraf.fetch.settings import GZIP_FILE_TYPES, PAGE_CONTENT_TYPES, FetchSettings
from nutgraf.urls import host_of, shown_url

log = logging.getLogger(__name__)

_REDIRECTS = (301, 302, 303, 307, 308)
# What a certificate that fails verification has wrong, by OpenSSL's verify code.
_CERTIFICATE_PROBLEMS = {
    10: "it has expired",
    18: "it is self-signed",
    19: "an authority nutgraf does not trust signed it",
    20: "an authority nutgraf does not trust signed it",
    21: "an authority nutgraf does not trust signed it",
    62: "it is for another host name",
}
# How far down an error's chain its cause is looked for (httpx wraps httpcore's, which wraps the OS's).
_CHAIN_DEPTH = 8


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
        Deadline(settings.total_timeout) as deadline,
        httpx.Client(
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would connect to the name, not the checked IP
            # Connections are pooled by the checked IP: one kept open would carry a redirect to another
            # name at that IP without that name's certificate being asked for.
            limits=httpx.Limits(max_keepalive_connections=0),
            timeout=httpx.Timeout(settings.timeout),
            headers={
                "User-Agent": settings.user_agent,
                "Accept": accept_header(settings.accept),
                "Accept-Encoding": ", ".join(ACCEPTED_ENCODINGS),
            },
        ) as client,
    ):
        for _ in range(settings.max_redirects + 1):
            deadline.check(current)
            try:
                target = Target.parse(current)
            except BlockedURLError as exc:
                if current == url:
                    raise
                # A redirect to file: or with credentials: the refused address was named nowhere given,
                # and is named once (the refusal starts with it quoted), without the credentials it may
                # carry, which reach what the user sees, a feed's stored error and the log otherwise.
                shown = shown_url(current)
                reason = str(exc).removeprefix(f"{shown!r}: ").removeprefix(f"{shown!r} ")
                if shown != current:
                    reason = (
                        "it carries a user name or password (not shown here), which nutgraf does not send"
                    )
                raise BlockedURLError(f"{url} redirects to {shown}: {reason}") from None
            if settings.hosts is not None and host_of(current) not in settings.hosts:
                hosts = ", ".join(sorted(settings.hosts))
                where = current if current == url else f"{url}, which redirects to {current},"
                raise BlockedURLError(f"{where} is not on the hosts this page may come from: {hosts}")
            try:
                page, location = _get_any(client, target, settings, headers or {}, deadline)
            except BlockedURLError as exc:
                if current == url:
                    raise
                # Named as the redirect it is: the refused host alone was named nowhere in what was given.
                raise BlockedURLError(f"{url} redirects to {current}: {exc}") from None
            if location is None:
                return page
            current = urljoin(current, location)
    raise FetchError(
        f"{url} redirects more than {settings.max_redirects} times; open it in a browser to find the"
        " page's final address"
    )


def _get_any(
    client, target: Target, settings: FetchSettings, headers: dict[str, str], deadline: Deadline
) -> tuple[FetchedPage, str | None]:
    """One request to the first of the host's (checked) addresses that accepts a connection."""
    # A page refused may be given as its HTML or text instead; a feed or a sitemap, which is polled, not.
    page = set(settings.accept) <= set(PAGE_CONTENT_TYPES)
    addresses = checked_addresses(target, settings, page=page)
    for address in addresses[:-1]:
        try:
            return _get(client, target, address, settings, headers, deadline)
        except _Unreachable:
            continue
    try:
        return _get(client, target, addresses[-1], settings, headers, deadline)
    except _Unreachable as exc:
        raise FetchError(f"cannot fetch {target.url}: {exc}") from None


class _Unreachable(Exception):
    """A connection to one address failed (what happened in words); the host may have others."""


def _get(
    client,
    target: Target,
    address: str,
    settings: FetchSettings,
    headers: dict[str, str],
    deadline: Deadline,
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
                return fetched_page(target.url, response.status_code, b"", response_headers), location
            if response.status_code == 304:
                return fetched_page(target.url, 304, b"", response_headers), None
            if response.status_code >= 400 or response.status_code < 200:
                raise FetchError(
                    f"{target.url} answered HTTP {response.status_code} {response.reason_phrase}".rstrip()
                    + status_hint(response.status_code)
                )
            page = fetched_page(target.url, response.status_code, b"", response_headers)
            if page.content_type and page.content_type not in settings.accept:
                raise FetchError(
                    f"{target.url} is {page.content_type}, not one of {', '.join(settings.accept)};"
                    f" {what_to_do(page.content_type, settings.accept)}"
                )
            page.content = read_body(
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
        # The OS's and TLS's own words ("[Errno -2] ...", "[SSL: WRONG_VERSION_NUMBER] ...") go to the log;
        # the user is told what happened and what to do.
        log.info("fetch of %s from %s failed: %r", target.url, address, _cause(exc))
        if isinstance(exc, httpx.ConnectError):
            raise _Unreachable(_connection_failure(exc, target.host, target.port)) from exc
        if isinstance(exc, httpx.TimeoutException):
            message = f"{target.url} did not answer within {settings.timeout:g} seconds; try again later"
        elif isinstance(exc, httpx.RemoteProtocolError) and _cause(exc) is exc.__cause__:
            # httpcore's own error, with none of h11's under it: the server hung up without a word.
            message = f"cannot fetch {target.url}: {target.host} closed the connection without answering;"
            message += " try again later"
        elif isinstance(exc, httpx.RemoteProtocolError):
            # h11's own words ("Receive buffer too long": headers over 100 KB) say nothing of who erred.
            message = f"cannot fetch {target.url}: its server did not answer in valid HTTP; try again later"
        else:
            message = f"cannot fetch {target.url}: {_connection_failure(exc, target.host, target.port)}"
        raise FetchError(message) from None


def _cause(error: BaseException) -> BaseException:
    """The error at the bottom of ``error``'s chain: the OS's, TLS's or h11's under httpx's and httpcore's."""
    for _ in range(_CHAIN_DEPTH):
        below = error.__cause__ or error.__context__
        if below is None:
            break
        error = below
    return error


def _connection_failure(error: BaseException, host: str, port: int) -> str:
    """What went wrong on the connection to ``host`` in words, with what to do about it."""
    cause = _cause(error)
    if isinstance(cause, ssl.SSLCertVerificationError):
        problem = _CERTIFICATE_PROBLEMS.get(cause.verify_code, "it could not be verified")
        return (
            f"{host}'s security certificate is not valid ({problem}); open the address in a browser to see"
            " the warning"
        )
    if isinstance(cause, ssl.SSLError):
        if cause.reason == "WRONG_VERSION_NUMBER":  # a plain HTTP answer to the TLS handshake
            return f"{host} does not serve HTTPS on port {port}; try the address with http://"
        return f"no secure (HTTPS) connection could be made with {host}; try again later"
    if isinstance(cause, ConnectionRefusedError):
        return (
            f"{host} refused the connection (no web server answers on port {port}); check the address,"
            " or try again later"
        )
    if isinstance(cause, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
        return f"{host} cut the connection off before the page arrived; try again later"
    if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return (
            f"{host} cannot be reached from here (no network route to it); check the network connection,"
            " or try again later"
        )
    return f"the connection to {host} failed; check the address, or try again later"


def accept_header(accepted: tuple[str, ...]) -> str:
    """The Accept header asking for ``accepted`` first and anything else at a lower weight."""
    return ", ".join((*accepted, "*/*;q=0.1"))
