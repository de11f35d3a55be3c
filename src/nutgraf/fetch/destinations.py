"""Where a fetch may go: only ``http`` and ``https``, and a host name that is resolved and whose every
address is a public one (not private, loopback, link-local, multicast, reserved or unspecified, IPv4 or
IPv6, IPv4-mapped IPv6 included) unless the settings allow loopback or private addresses. The addresses
checked are the ones connected to (:mod:`nutgraf.fetch.client` pins them)."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from nutgraf.errors import BlockedURLError, FetchError, HostNotFoundError
from nutgraf.fetch.settings import FetchSettings
from nutgraf.urls import credentials_refusal, shown_url

log = logging.getLogger(__name__)
# The resolver's answers that it could not look the name up now (no DNS server answered, or it failed),
# rather than that the name does not exist.
_DNS_UNANSWERED = (socket.EAI_AGAIN, socket.EAI_FAIL)
#: httpx's own limit on a URL's characters: no longer address is fetched.
MAX_FETCHED_URL_CHARS = 65_536

#: Ranges of the IANA special-purpose registries that are not globally reachable but that ipaddress of
#: some Python versions counts as global (192.0.0.0/24 before 3.11.10 and 3.12.4, CVE-2024-4032; the
#: newer IPv6 ranges in every version to date), and IPv6's site-local fec0::/10, deprecated but still
#: routed inside some networks as private addresses are, which ipaddress counts as global.
_NOT_GLOBAL = tuple(
    ipaddress.ip_network(network)
    for network in ("192.0.0.0/24", "192.88.99.0/24", "64:ff9b:1::/48", "3fff::/20", "5f00::/16", "fec0::/10")
)


def check_destination(url: str, *, settings: FetchSettings | None = None) -> None:
    """Refuse ``url`` now, as :func:`fetch` would, if it is not http(s) or its host is an internal address.

    For addresses kept to fetch later (feeds): a host name that does not resolve yet is let through, since
    every fetch checks again.

    Raises:
        BlockedURLError: another scheme, credentials in the URL, or a refused address.
        FetchError: a malformed URL.
    """
    target = Target.parse(url)
    with contextlib.suppress(HostNotFoundError):
        checked_addresses(target, settings or FetchSettings(), page=False)


@dataclass(frozen=True)
class Target:
    """A URL taken apart for a request: its scheme (http or https), host name (IDNA) and port, and no
    credentials (:meth:`parse` refuses the rest)."""

    scheme: str
    host: str
    port: int
    path: str
    query: str
    url: str

    @classmethod
    def parse(cls, url: str) -> Target:
        # Every message names the address as a person may see it: without a user name and password.
        shown = shown_url(url)
        if len(url) > MAX_FETCHED_URL_CHARS:
            # httpx refuses it as "URL too long", which the fetch took for a redirect's bad Location, and
            # the message held the whole address (a feed's 100 KB link stored its 100 KB error twice).
            raise FetchError(
                f"{shown[:100]!r}... is {len(url):,} characters long; nutgraf fetches addresses of at most"
                f" {MAX_FETCHED_URL_CHARS:,}"
            )
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError as exc:
            raise FetchError(f"{shown!r} is not a valid URL ({exc})") from None
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise BlockedURLError(
                f"{shown!r}: only http and https URLs can be fetched"
                + (f", not {scheme}" if scheme else " (the URL has no scheme)")
            )
        if not parts.hostname:
            raise FetchError(f"{shown!r} has no host name")
        try:
            host = parts.hostname.encode("idna").decode("ascii")
        except UnicodeError:
            raise FetchError(f"{shown!r}: {parts.hostname!r} is not a valid host name") from None
        if shown != url:
            raise BlockedURLError(credentials_refusal(url))
        return cls(
            scheme=scheme,
            host=host,
            port=port or (443 if scheme == "https" else 80),
            path=parts.path or "/",
            query=parts.query,
            url=url,
        )


def checked_addresses(target: Target, settings: FetchSettings, *, page: bool = True) -> list[str]:
    """The addresses to connect to, after checking every address the host resolves to; ``page``: the
    target is a page, whose HTML or text may be given instead (not a feed's or a site's address)."""
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        # The resolver's own words ("[Errno -2] Name or service not known") go to the log.
        log.info("cannot resolve %s: %r", target.host, exc)
        if isinstance(exc, UnicodeError):  # a label IDNA cannot encode (empty, over 63 characters)
            what = f"{target.host} is not a valid host name; check the address"
        elif exc.errno in _DNS_UNANSWERED:
            what = (
                f"the host {target.host} could not be looked up (DNS did not answer); check the network"
                " connection, or try again later"
            )
        else:
            what = f"the host {target.host} was not found (DNS knows no such name); check the address"
        raise HostNotFoundError(f"cannot fetch {target.url}: {what}") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchError(f"{target.host} resolves to no address")
    for address in addresses:
        reason = refusal_reason(address, settings)
        if reason:
            # The address a name resolves to goes to the log only: where the resolver knows internal names,
            # a client would otherwise map them to the network's addresses.
            log.info("refused %s: it resolves to %s", target.host, address)
            what = "is" if target.host == address else "resolves to"
            # Loopback alone has a switch, for a test or a feed served on this machine: named, so that the
            # refusal says what to do about it. Another address's page can still be given as its HTML or text
            # (a file, the API's html or text, the reader's paste box), where the refusal had said nothing; a
            # feed or a site to add cannot, and had been told to.
            if reason == _LOOPBACK:
                switch = " (set NUTGRAF_ALLOW_LOOPBACK=1 where nutgraf runs to fetch from this machine)"
            else:
                switch = "; give the page's HTML or its text instead" if page else ""
            raise BlockedURLError(
                f"{target.host} {what} {reason}; nutgraf fetches only public addresses{switch}"
            )
    return addresses


#: Why a loopback address is refused, told apart from the other refusals by the switch that lifts it.
_LOOPBACK = "a loopback address"


def refusal_reason(address: str, settings: FetchSettings) -> str | None:
    """Why nutgraf refuses to connect to ``address`` under ``settings`` (``None``: it may)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return refusal_reason(str(ip.ipv4_mapped), settings)
        if ip.sixtofour is not None and refusal_reason(str(ip.sixtofour), settings):
            return "a 6to4 address of a refused IPv4 address"
    if ip.is_loopback:
        return None if settings.allow_loopback else _LOOPBACK
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
