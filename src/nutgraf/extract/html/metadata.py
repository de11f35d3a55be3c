"""What a page says about itself: title, byline, date and site name, from its meta tags, JSON-LD, title
element and htmldate, with the site's name taken off the title and dates or bios off the author field.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import datetime

from nutgraf.article import site_of
from nutgraf.extract.html.markup import cut_elements
from nutgraf.extract.text import MONTH, folded_line

# The time of day and offset where the page gives them; a date alone reads as that day's midnight.
# Elements of the article (or page) the byline search looks at, from its start: on the shared pages the
# first 500 hold every byline the whole page gives (the first 250 lose 3 of 311 pages' bylines).
_BYLINE_ELEMENTS = 500
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
# Separators between a page's headline and its site's name in <title> and og:title.
_TITLE_SEPARATOR = re.compile(r" [|–—·-] | :: ")
# Where an author field runs on past the names, never at its start: a weekday, a month before a day
# ("November 19": a month alone may be a name, April Smith or Julian March), a bio, a "Published" stamp.
_BYLINE_TAIL = re.compile(
    r"(?<=\S)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|published|updated|posted)\b"
    rf"|{MONTH}(?=\s*\d)"
    r"|is an? )",
    re.IGNORECASE,
)
# What a byline says before the names, in the languages nutgraf reads: an author field of nothing else has
# lost its names (trafilatura drops "<...>" from it as markup, so "By <Jane Doe>" arrives as "By").
_CREDIT_WORDS = frozenset(
    {"by", "von", "par", "por", "di", "da", "de", "door", "przez", "autor", "от", "від", "автор"}
)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def read_metadata(tree, url: str | None):
    """What the page says about itself: meta tags, JSON-LD, its title element, date.

    trafilatura's own pieces, minus the categories, tags and licence nutgraf has no use for. The byline,
    when the meta tags and JSON-LD name no author, is searched for in the page's elements after the
    article is extracted.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    metadata = examine_meta(tree)
    # trafilatura's own rule: a one-word "author" in meta tags is a site or handle, not a byline.
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    # Malformed JSON-LD raises all sorts; the meta tags then stand.
    with suppress(ValueError, TypeError, AttributeError, KeyError):
        metadata = extract_meta_json(tree, metadata)
    metadata.title = metadata.title or extract_title(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    metadata.date = _with_time_of_day(
        find_date(
            tree,
            url=url or metadata.url,
            extensive_search=False,
            original_date=True,
            outputformat=_DATE_FORMAT,
        ),
        tree,
    )
    return metadata


def _with_time_of_day(date: str | None, tree) -> str | None:
    """``date`` with the time the page gives for that day, when htmldate found the day alone: it reads
    no time from a URL, nor from ``itemprop="datePublished dateCreated"`` or JSON-LD, which have one."""
    found = _parse_date(date)
    if found is None or found.tzinfo is not None or (found.hour, found.minute, found.second) != (0, 0, 0):
        return date
    # Not a related story's card (an item of another type) or a video's own date: a time is used only
    # when it is the one time the page states for that day.
    stated = tree.xpath(
        '//meta[contains(@itemprop, "datePublished")]'
        "[not(ancestor::aside or ancestor::nav or ancestor::footer)]"
        '[not(ancestor::*[@itemscope][not(contains(@itemtype, "Article") or contains(@itemtype, "Posting"))])]'
        '/@content|//meta[@property="article:published_time"]/@content'
    )
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        stated.extend(_JSON_LD_PUBLISHED.findall(script))
    times = {
        precise
        for precise in map(_parse_date, (value.strip() for value in stated))
        if precise is not None and precise.date() == found.date() and precise.time() != found.time()
    }
    return times.pop().isoformat() if len(times) == 1 else date


def article_fields(metadata, url: str | None) -> dict:
    site = _site(metadata.sitename, url or metadata.url)
    return {
        "title": _without_site(_clean(metadata.title), site),
        "byline": _byline(_clean(metadata.author)),
        "published": _parse_date(metadata.date),
        "site": site,
    }


def _without_site(title: str | None, site: str | None) -> str | None:
    """``title`` without the site's name that pages put after (or before) it: "Headline | ZDNet"."""
    if not title or not site:
        return title
    names = {_letters(site), _letters(site.rsplit(".", 1)[0])}
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    last, first = separators[-1], separators[0]
    if _letters(title[last.end() :]) in names:
        return title[: last.start()]
    # In front only after a bar ("ZDNet | Headline"): "Fortune - 500 companies ..." is a headline.
    if first.group().strip() in ("|", "::") and _letters(title[: first.start()]) in names:
        return title[first.end() :]
    return title


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _byline(author: str | None) -> str | None:
    """The names in an author field, without a date or a bio run into them ("Jeff Foust Monday;
    November", "Phil Helsel is a reporter", "Wire services Published")."""
    if not author:
        return None
    names = _BYLINE_TAIL.split(author, maxsplit=1)[0].strip(" ;,|–—-:")
    return None if names.lower() in _CREDIT_WORDS else names or None


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    cleaned = folded_line(value)
    return cleaned or None


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _site(sitename: str | None, url: str | None) -> str | None:
    if sitename:
        return _clean(sitename.lstrip("@"))
    return site_of(url)


def own_article(tree):
    """The page's own <article> element: not one inside an aside or a menu (a story card), nor one nested
    in another; ``None`` when the page has none."""
    return next((a for a in tree.iter("article") if not _inside(a, ("aside", "nav", "article"))), None)


def own_footers(article) -> list:
    """The footers of the page's own ``article`` (WordPress puts "Published ... By ..." there): not of an
    article nested in it, not of a comment."""
    return [
        footer
        for footer in article.iter("footer")
        if "comment" not in (footer.get("class") or "")
        and not _inside(footer, ("article", "aside", "nav"), stop=article)
    ]


def find_byline(footers: list, region, tree) -> str | None:
    """trafilatura's search for a byline element, in the article's ``footers``, then in ``region`` (the
    page's own article, or the page without its navigation, asides and footers: there a name is another
    story's, or a commenter's). It tests a dozen patterns on every element with a class: searched in the
    article alone, it costs a fraction of a search of the page.

    The search takes ``tree`` (the page) apart: it is the last reader of the page, and the elements are
    moved and cut rather than copied (trafilatura's own search copies what it is given).
    """
    from trafilatura.metadata import extract_author

    for footer in footers:
        if author := extract_author(footer):
            return author
    # trafilatura's patterns search the whole document the region is in: the region becomes the document.
    if region is not tree:
        for child in list(tree):
            tree.remove(child)
        tree.append(region)
    # Bylines stand near the top of the article: the search looks at its first elements only, so that
    # its cost stays that of an ordinary page on a long one (a long encyclopedia page spent a quarter
    # of its time here).
    cut_elements(tree, _BYLINE_ELEMENTS)
    return _author(tree)


def _author(tree) -> str | None:
    """trafilatura's ``extract_author`` on ``tree`` itself rather than on a copy of it."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import extract_metainfo, normalize_authors
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    author = extract_metainfo(prune_unwanted_nodes(tree, AUTHOR_DISCARD_XPATHS), AUTHOR_XPATHS, len_limit=120)
    return normalize_authors(None, author) if author else None


def _inside(element, tags: tuple[str, ...], stop=None) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in tags:
            return True
    return False
