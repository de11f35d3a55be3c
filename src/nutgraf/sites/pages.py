"""A site's pages by their address: found in the store under any address they are known by, or fetched
by nutgraf from the site's own hosts (redirects that leave them refused), extracted, stored and known from
then on under the address asked for, the final address, and the page's own canonical and AMP links that
lie within the site's hosts.

The page's links are trusted only that far: nutgraf fetched the page from the site, so the site says
where else that page lives on its own hosts; it can never claim an address of another host, nor take over
an address the site already knows (the first page known there keeps it).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from nutgraf.extract.html.markup import with_bounded_attributes
from nutgraf.fetch import FetchSettings, fetch
from nutgraf.urls import fits_url_limit

if TYPE_CHECKING:
    from nutgraf.article import Article
    from nutgraf.store import Store, StoredArticle, StoredSite

#: Characters of a page read for its ``<link>`` elements when no ``<body>`` start is found sooner.
MAX_HEAD_CHARS = 1_000_000
_LINK_RELS = ("canonical", "amphtml")


@dataclass(frozen=True)
class SitePage:
    """A site's page as fetched: its article, and the addresses (on the site's hosts) it is known by."""

    article: Article
    addresses: tuple[str, ...]


def page_links(html: str, base: str) -> list[str]:
    """The absolute addresses of a page's ``<link rel="canonical">`` and ``<link rel="amphtml">`` (the
    first of each), read from its head."""
    import lxml.html
    from lxml.etree import ParserError

    body = html.lower().find("<body", 0, MAX_HEAD_CHARS)
    head = html[: body if body >= 0 else MAX_HEAD_CHARS]
    try:
        tree = lxml.html.document_fromstring(with_bounded_attributes(head))
    except (ParserError, ValueError):
        return []
    found: dict[str, str] = {}
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        for rel in _LINK_RELS:
            if rel in rels and href and rel not in found:
                try:
                    found[rel] = urljoin(base, href)
                except ValueError:  # no address ("http://[2001:db8::1/a", an unclosed bracket): not a link
                    continue
    return list(found.values())


def read_site_page(site: StoredSite, url: str, *, fetch_settings: FetchSettings | None = None) -> SitePage:
    """Fetch the site's page at ``url`` from the site's hosts only, and extract its article.

    Raises what :func:`nutgraf.fetch.fetch` and :func:`nutgraf.extract` raise; a redirect off the site's
    hosts is a :class:`~nutgraf.errors.BlockedURLError`.
    """
    from nutgraf.extract import extract
    from nutgraf.extract.html import decode_html

    settings = dataclasses.replace(fetch_settings or FetchSettings(), hosts=frozenset(site.hosts))
    page = fetch(url, settings=settings)
    html = decode_html(page.content, page.encoding)
    article = extract(html, url=page.url)
    links = page_links(html, page.url) if page.content_type != "text/plain" else []
    # An address longer than any nutgraf takes is no address to know the page by (and PostgreSQL refuses
    # to index one of a few kilobytes): a page's canonical link is the publisher's to write.
    addresses = tuple(
        dict.fromkeys(u for u in (url, page.url, *links) if fits_url_limit(u) and site.covers(u))
    )
    return SitePage(article, addresses)


def site_article(
    store: Store,
    site: StoredSite,
    url: str,
    *,
    fetch_settings: FetchSettings | None = None,
    feed_id: int | None = None,
    item_key: str | None = None,
) -> tuple[StoredArticle, bool]:
    """The stored article of the site's page at ``url``, fetched now unless the store knows it; returns it
    and whether it is new. With ``feed_id`` and ``item_key``, the feed item is recorded as done.

    Nothing is written unless the page was fetched now or a feed item is recorded: a known page is only
    read.
    """
    known = store.find_site_article(site.id, [url])
    if known is not None and feed_id is None:
        return known, False
    if known is None:
        page = read_site_page(site, url, fetch_settings=fetch_settings)
        # An AMP page whose canonical page is stored (or the other way round) is that article.
        known = store.find_site_article(site.id, page.addresses)
        article = page.article if known is None else known.article
        addresses = page.addresses
    else:
        article, addresses = known.article, (url,)
    # Storing a known article again stores nothing: it finds it (and records the feed item). Either way
    # nutgraf fetched the page from the site's own hosts, so its addresses are verified.
    stored, created = store.add_article(article, feed_id=feed_id, item_key=item_key, url_verified=True)
    store.add_site_pages(site.id, addresses, stored.id)
    return stored, created


__all__ = ["SitePage", "page_links", "read_site_page", "site_article"]
