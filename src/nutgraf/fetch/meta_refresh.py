"""A page's ``<meta http-equiv="refresh">``, read as the redirect a browser would follow."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

# A meta refresh tag. [^<>] rather than [^>]: a scan from one "<meta" stops at the next "<", so matching
# stays linear in the page.
_META_REFRESH = re.compile(r"""<meta\s[^<>]*?http-equiv\s*+=\s*+["']?+refresh\b[^<>]*+>""", re.IGNORECASE)
# Meta refresh tags stand in a page's head: the search reads no further.
_REFRESH_SEARCH_CHARS = 100_000
# A refresh sooner than this sends the reader on; a later one reloads for fresh adverts after minutes.
_MAX_REFRESH_SECONDS = 10


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
