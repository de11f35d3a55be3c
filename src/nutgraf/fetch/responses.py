"""What a server answers, as nutgraf keeps it: the :class:`FetchedPage`, the media type and charset of its
Content-Type header, and what to tell the user of an answer refused (an error status, an unwanted
content type)."""

from __future__ import annotations

from dataclasses import dataclass

# Content types that are a feed and nothing else (plain XML may be a sitemap too): a page asked of one
# is answered with the command that reads it.
_FEED_ONLY_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
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


def fetched_page(url: str, status: int, content: bytes, headers: dict[str, str]) -> FetchedPage:
    """The :class:`FetchedPage` of an answer from ``url``, its content type and charset read from ``headers``
    (with lower-case names)."""
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


def what_to_do(content_type: str, accepted: tuple[str, ...]) -> str:
    """What to do about an answer of ``content_type`` to a request for one of ``accepted``."""
    if content_type in _FEED_ONLY_TYPES:
        return "subscribe to this feed with `nutgraf feeds add URL`, which summarizes each item"
    if content_type in ("text/html", "application/xhtml+xml"):
        # Refused, so a feed or a sitemap was asked for: most often a site's home page given for its feed.
        return (
            "this is a web page, not a feed or sitemap: give the address of the feed itself"
            ' (a page names its feeds in <link rel="alternate" type="application/rss+xml"> tags)'
        )
    if "text/xml" in accepted:  # a feed or a sitemap was asked for
        return "nutgraf reads RSS, Atom, RDF and JSON feeds and sitemaps: give the address of one"
    return "give the address of a web page"


def status_hint(status: int) -> str:
    """What to do about an answer of HTTP ``status``, as a clause to end its message ("" where nothing
    helps)."""
    if status == 404:
        return "; check the URL"
    if status in (401, 403):
        return "; the site refuses access (paywall or login); save the page from a browser instead"
    if status == 429 or status >= 500:
        return "; try again later"
    return ""
