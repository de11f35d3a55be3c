"""Registering a site: its id, the hosts whose pages it may have summarized, the origins that may embed
the widget, its defaults and its warm-up sources, each checked before anything is stored; and the snippet
a publisher pastes.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from functools import partial
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from nutgraf.engines.base import summarizer_class
from nutgraf.engines.options import MAX_SENTENCES
from nutgraf.errors import InvalidInputError
from nutgraf.feeds import SITE_SOURCE_INTERVAL_MINUTES, SourcesCheck, feed_address, kept_feed_address
from nutgraf.fetch import FetchSettings, check_destination
from nutgraf.urls import check_http_url, credentials_refusal, host_of, shown_url

if TYPE_CHECKING:
    from nutgraf.store import Store, StoredSite

#: A site id: lower-case letters, digits and inner hyphens, 1 to 64 characters (it is public: a slug).
SITE_ID = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
_NOT_IN_AN_ID = re.compile(r"[^a-z0-9]+")


def check_site_id(site_id: str) -> str:
    """``site_id`` if it is a valid id; else :class:`InvalidInputError` saying what one looks like."""
    if not SITE_ID.fullmatch(site_id):
        raise InvalidInputError(
            f"a site id is 1 to 64 lower-case letters, digits and inner hyphens (news-example), not "
            f"{site_id[:80]!r}"
        )
    return site_id


def check_site_sentences(sentences: int) -> int:
    """``sentences`` if a site's summaries may have that many; else :class:`InvalidInputError`."""
    if not 1 <= sentences <= MAX_SENTENCES:
        raise InvalidInputError(f"a site's summaries have 1 to {MAX_SENTENCES} sentences, not {sentences}")
    return sentences


def default_site_id(url: str) -> str:
    """The id a site gets when none is chosen: its host without ``www.``, dots as hyphens
    (``https://www.news.example`` -> ``news-example``)."""
    host = (host_of(url) or "").removeprefix("www.")
    return _NOT_IN_AN_ID.sub("-", host).strip("-")[:64].strip("-") or "site"


def origin_of(value: str) -> str:
    """An embedding page's origin as browsers send it: ``https://news.example`` (scheme and host
    lower-cased, no default port, no path). Raises :class:`InvalidInputError` for anything else."""
    value = value.strip()
    if shown_url(value) != value:
        raise InvalidInputError(credentials_refusal(value))
    # A host name's characters only: an origin is written into the frame's Content-Security-Policy, where
    # "https://news.example *" would let every page frame it.
    try:
        host = host_of(check_http_url(value))
        parts = urlsplit(value)
    except (InvalidInputError, ValueError):  # ValueError: an unclosed bracket, "http://[", had been a 500
        host = parts = None
    if (
        host is None
        or parts is None
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise InvalidInputError(
            f"not an origin: {value[:200]!r}; give a scheme and host, like https://news.example"
        )
    return f"{parts.scheme.lower()}://{host}"


def _is_ip_address(hostname: str) -> bool:
    try:
        ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return True


def _www_twin(host: str) -> str:
    return host.removeprefix("www.") if host.startswith("www.") else f"www.{host}"


def register_site(
    store: Store,
    url: str,
    *,
    site_id: str | None = None,
    origins: Iterable[str] = (),
    feeds: Iterable[str] = (),
    sitemaps: Iterable[str] = (),
    www: bool = False,
    summarizer: str = "default",
    sentences: int = 3,
    fetch_settings: FetchSettings | None = None,
    check: SourcesCheck | None = None,
) -> StoredSite:
    """Register the site at ``url`` and return it.

    The site covers ``url``'s host (and its ``www.`` twin with ``www``); ``origins`` default to the
    site's own (``url``'s scheme on those hosts). Every address is checked now, as a fetch would check
    it: a host that resolves to a private, loopback or link-local address is refused. ``check`` fetches
    the feeds and sitemaps once everything else is checked (a mistyped id is refused before any fetch),
    and the channel titles it finds name the feeds from the start.

    Raises:
        InvalidInputError: a malformed URL, id, origin or default; a taken id; a source of another site.
        BlockedURLError: an internal address.
        FetchError: as ``check`` raises it.
    """
    url = check_http_url(url)
    check_destination(url, settings=fetch_settings)
    site_id = check_site_id(site_id) if site_id is not None else default_site_id(url)
    host = host_of(url)
    assert host is not None  # check_http_url passed it
    if www and _is_ip_address(urlsplit(url).hostname or ""):
        # It had registered www.127.0.0.1:9201, a name no page is on.
        raise InvalidInputError(
            f"--www (the API's www) covers a host name's www. twin, and {host} is an IP address, which has"
            " none: leave --www out"
        )
    hosts = [host, _www_twin(host)] if www else [host]
    scheme = urlsplit(url).scheme.lower()
    chosen = [origin_of(origin) for origin in origins] or [f"{scheme}://{h}" for h in hosts]
    summarizer_class(summarizer)  # an unknown engine is refused now, not at the first click
    check_site_sentences(sentences)
    feeds, sitemaps = list(feeds), list(sitemaps)
    sources = [("feed", feed_address(u, fetch_settings=fetch_settings)) for u in feeds]
    sources += [("sitemap", feed_address(u, fetch_settings=fetch_settings)) for u in sitemaps]
    add = partial(
        store.add_site,
        site_id,
        url=url,
        hosts=hosts,
        origins=chosen,
        summarizer=summarizer,
        sentences=sentences,
        sources=sources,
        source_interval_s=SITE_SOURCE_INTERVAL_MINUTES * 60,
    )
    if check is not None and sources:
        # Tried first, as the store checks it (a taken id, a host or an origin of another site): the
        # sources' fetches may take a minute, and had been made for a site that was then refused.
        add(trial=True)
    return add(titles=_checked_titles(check, feeds, sitemaps))


def _checked_titles(check: SourcesCheck | None, feeds: list[str], sitemaps: list[str]) -> dict[str, str]:
    """The channel titles ``check`` found of the new feeds, by address as kept: a feed added with its site
    had been listed by its address alone until its first poll, where one added alone had its title."""
    if check is None:
        return {}
    found = check(feeds, sitemaps)
    return {kept_feed_address(url): what.title for _, url, what in found if what.title}


def change_site(
    store: Store,
    site_id: str,
    *,
    enabled: bool | None = None,
    origins: Iterable[str] | None = None,
    add_origins: Iterable[str] = (),
    remove_origins: Iterable[str] = (),
    summarizer: str | None = None,
    sentences: int | None = None,
    add_feeds: Iterable[str] = (),
    remove_feeds: Iterable[str] = (),
    add_sitemaps: Iterable[str] = (),
    remove_sitemaps: Iterable[str] = (),
    fetch_settings: FetchSettings | None = None,
    check: SourcesCheck | None = None,
) -> StoredSite | None:
    """Change what is given of the site ``site_id``, checked as :func:`register_site` checks it, in one
    transaction; the site after the change, or ``None`` when there is no such site.

    ``origins`` replace the site's; ``add_origins`` and ``remove_origins`` change them one by one (not
    with ``origins``). Feeds and sitemaps added are polled at once; those removed are unsubscribed, their
    articles kept (as when the site is removed). ``check`` fetches those added once everything else is
    checked, as :func:`register_site` does.

    Raises:
        InvalidInputError: a malformed origin, address or default; ``origins`` with ``add_origins`` or
            ``remove_origins``; an origin to remove that is not the site's, or its last; a feed or sitemap
            of another site to add, or one to remove that is not the site's.
        BlockedURLError: an internal address to add.
    """
    changes: dict[str, object] = {}
    if enabled is not None:
        changes["enabled"] = enabled
    added_origins = [origin_of(origin) for origin in add_origins]
    removed_origins = [origin_of(origin) for origin in remove_origins]
    if origins is not None:
        if added_origins or removed_origins:
            raise InvalidInputError(
                "give either the whole list of origins (--origin, each of them) or the ones to add and"
                " remove (--add-origin, --remove-origin), not both (through the API: origins, or"
                " add_origins and remove_origins)"
            )
        changes["origins"] = [origin_of(origin) for origin in origins]
    if summarizer is not None:
        summarizer_class(summarizer)
        changes["summarizer"] = summarizer
    if sentences is not None:
        changes["sentences"] = check_site_sentences(sentences)
    removed = [("feed", kept_feed_address(u)) for u in remove_feeds]
    removed += [("sitemap", kept_feed_address(u)) for u in remove_sitemaps]
    add_feeds, add_sitemaps = list(add_feeds), list(add_sitemaps)
    added = [("feed", feed_address(u, fetch_settings=fetch_settings)) for u in add_feeds]
    added += [("sitemap", feed_address(u, fetch_settings=fetch_settings)) for u in add_sitemaps]
    update = partial(
        store.update_site,
        site_id,
        add_sources=added,
        remove_sources=removed,
        source_interval_s=SITE_SOURCE_INTERVAL_MINUTES * 60,
        add_origins=added_origins,
        remove_origins=removed_origins,
        **changes,
    )
    if check is not None and added and update(trial=True) is None:
        # Tried first, as the store checks it (an origin or a feed to remove that is not the site's, its
        # last origin, an origin of another site), before the fetches of those added.
        return None
    return update(titles=_checked_titles(check, add_feeds, add_sitemaps) if added else {})


def snippet(public_url: str, site_id: str) -> str:
    """The HTML a publisher pastes where the button belongs."""
    base = escape(public_url.rstrip("/"))
    return (
        f'<script src="{base}/embed.js" async></script>\n'
        f'<nutgraf-summary site="{escape(site_id)}"></nutgraf-summary>'
    )


def frame_snippet(public_url: str, site_id: str) -> str:
    """The iframe a publisher whose Content-Security-Policy allows no third-party script pastes
    (``PAGE_URL`` stands for the page's own address, ``en`` for its language: the frame's labels are in
    it, and English without it)."""
    base = escape(public_url.rstrip("/"))
    return (
        f'<iframe src="{base}/embed/frame?site={escape(site_id)}&amp;url=PAGE_URL&amp;lang=en" '
        'title="Summary" loading="lazy" width="100%" height="64"></iframe>'
    )


__all__ = [
    "SITE_ID",
    "change_site",
    "check_site_id",
    "default_site_id",
    "frame_snippet",
    "origin_of",
    "register_site",
    "snippet",
]
