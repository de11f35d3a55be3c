"""The page's JSON-LD: its objects, a live blog's own, and the article's whole text where the page declares
it."""

from __future__ import annotations

import html
import json
import re
from contextlib import suppress


def declared_body(tree) -> str | None:
    """The longest ``articleBody`` of an article the page's JSON-LD declares (plain text; one written as
    HTML is left out): the whole text, on pages whose HTML holds only a teaser of it."""
    bodies = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if "articleBody" not in script:
            continue  # the usual page: no parse
        with suppress(ValueError, RecursionError):
            bodies.extend(
                html.unescape(body)
                for item in _json_items(json.loads(script))
                if isinstance(body := item.get("articleBody"), str) and "</" not in body
            )
    return max(bodies, key=len, default=None)


def jsonld_declares_news(tree) -> bool:
    """Whether the page's JSON-LD gives an object a news type (:func:`is_news_type`), alone or among its
    list of types. Read from the script's text, not parsed: a news site's JSON-LD is often no JSON (wrapped
    in ``<![CDATA[``, with a trailing comma, a comment or a single-quoted string), and eleven of the news
    pages of the extraction sets would have read as pages that declare none."""
    return any(
        is_news_type(name.strip().strip("\"'"))
        for script in tree.xpath('//script[@type="application/ld+json"]/text()')
        if "NewsArticle" in script or "LiveBlogPosting" in script  # the usual page: no search
        for value in _TYPE_VALUE.findall(script)
        for name in value.strip("[]").split(",")
    )


def is_news_type(name: str) -> bool:
    """Whether a schema.org type, as JSON-LD, microdata or RDFa write it (``NewsArticle``,
    ``https://schema.org/NewsArticle``, ``schema:NewsArticle``), is a news story's: ``NewsArticle``, a kind
    of it (``ReportageNewsArticle``, ``OpinionNewsArticle``) or ``LiveBlogPosting``."""
    return name.endswith(("NewsArticle", "LiveBlogPosting"))


# An object's type or list of types as written ("@type": "NewsArticle", "@type": ["Article",
# "NewsArticle"], single quotes too). Linear: each "@type" is followed by one bounded run.
_TYPE_VALUE = re.compile(r"""["']@type["']\s*:\s*(\[[^\]]{0,300}\]|"[^"]{0,300}"|'[^']{0,300}')""")


def site_descriptions(tree) -> set[str]:
    """The descriptions the page's JSON-LD gives its site, white space folded and lower-cased: a
    ``WebSite``'s or an organization's ``description`` (at the top, in an ``@graph``, or an article's
    ``publisher`` or ``isPartOf``), where SEO plugins (Yoast, Rank Math) write the site's tagline, which they
    write as the meta description of pages without one of their own too."""
    found = set()
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if "description" not in script or ("WebSite" not in script and "Organization" not in script):
            continue  # the usual page: no parse
        with suppress(ValueError, RecursionError):
            items = _json_items(json.loads(script))
            items += [
                part for item in items for key in _SITE_PARTS if isinstance(part := item.get(key), dict)
            ]
            found.update(
                " ".join(html.unescape(description).split()).casefold()
                for item in items
                if any(
                    isinstance(kind, str) and (kind == "WebSite" or kind.endswith("Organization"))
                    for kind in _as_list(item.get("@type"))
                )
                and (description := _json_text(item.get("description")))
            )
    return found


# The keys under which an article's JSON-LD nests its site or publisher.
_SITE_PARTS = ("publisher", "isPartOf")


def _json_items(data) -> list[dict]:
    """The objects of a JSON-LD script: at its top, in a list, or in an ``@graph``."""
    items = data if isinstance(data, list) else [data]
    items += [item for top in items if isinstance(top, dict) for item in _as_list(top.get("@graph"))]
    return [item for item in items if isinstance(item, dict)]


def _live_blog(tree) -> dict | None:
    """The page's schema.org ``LiveBlogPosting`` in its JSON-LD (at the top of a script, in a list or in an
    ``@graph``); ``None`` when it declares none."""
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if "LiveBlogPosting" not in script:
            continue  # the usual page: no parse
        with suppress(ValueError, RecursionError):
            for item in _json_items(json.loads(script)):
                if "LiveBlogPosting" in _as_list(item.get("@type")):
                    return item
    return None


def _as_list(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _json_text(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def organization_authors(tree) -> str | None:
    """The names of the authors of JSON-LD type ``Organization`` (or a kind of it: ``GovernmentOrganization``,
    ``NewsMediaOrganization``) the page's JSON-LD gives its article, parted by "; " as trafilatura parts
    names; ``None`` where it gives none. trafilatura reads a person's name alone, and a government's press
    release or a portal's agency copy credits a department or an agency as its author ("Department for
    Transport", "共同通信")."""
    names: dict[str, None] = {}
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if "author" not in script or "Organization" not in script:
            continue  # the usual page: no parse
        with suppress(ValueError, RecursionError):
            for item in _json_items(json.loads(script)):
                for author in _as_list(item.get("author")):
                    if (
                        isinstance(author, dict)
                        and any(
                            isinstance(kind, str) and kind.endswith("Organization")
                            for kind in _as_list(author.get("@type"))
                        )
                        and (name := _json_text(author.get("name")))
                    ):
                        names.setdefault(html.unescape(name), None)
    return "; ".join(names) or None
