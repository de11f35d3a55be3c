"""What else a page says of its title, authors and site, read before the page is taken apart: its <title>
element, its author links, its copyright notice, its only <h1>, its publisher, its logo's names and the
newsroom its republished story credits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import suppress
from itertools import islice
from typing import NamedTuple

from lxml import etree

from nutgraf.extract.html.metadata.cleaning import _clean, _title
from nutgraf.extract.html.metadata.jsonld import _as_list, _json_items, _json_text
from nutgraf.extract.text import is_provider_label
from nutgraf.extract.text.furniture import is_republishing_note

# Where a page names itself: its logo's image (its ``alt``), and the links to its home page (their text,
# their image's ``alt``: a blog's name in its header); the first few of them.
_LOGO_NAMES = 20
# The paragraphs read for a republishing note (:func:`_republishing_notes`): a page's first few hundred.
_REPUBLISHING_NOTE_PARAGRAPHS = 400


class PageEvidence(NamedTuple):
    """What else the page says of its title and authors, read before the page is taken apart: the text
    of its <title> element, the names its ``rel="author"`` links give, its copyright notice (meta
    ``copyright``), which names the publisher, the text of its <h1> where it has one alone, which
    trafilatura takes for its title, the names its logo gives (see :func:`_logo_names`), the language it
    declares (see :func:`declared_language`), the bodies it credits under a label as issuer or sponsor
    (see :func:`_issuers`) and its notes of the newsroom its story is republished from (see
    :func:`_republishing_notes`)."""

    title_element: str | None
    authors: tuple[str, ...]
    copyright: str | None = None
    only_h1: str | None = None
    publishers: tuple[str, ...] = ()
    logos: tuple[str, ...] = ()
    language: str = ""
    issuers: tuple[str, ...] = ()
    republished: str | None = None


def page_evidence(tree) -> PageEvidence:
    title = tree.find(".//title")
    links = tree.xpath('//a[contains(concat(" ", normalize-space(@rel), " "), " author ")]')
    names = (_clean(link.text_content()) for link in links)
    notice = next(iter(tree.xpath('//meta[@name="copyright"]/@content')), None)
    h1s = list(islice(tree.iter("h1"), 2))
    return PageEvidence(
        _title(title.text_content()) if title is not None else None,
        tuple(filter(None, names)),
        _clean(notice),
        _clean(h1s[0].text_content()) if len(h1s) == 1 else None,
        _publishers(tree),
        _logo_names(tree),
        declared_language(tree),
        _issuers(tree),
        _republishing_notes(tree),
    )


# The provider label that credits a person, who presents the page's programme or podcast.
_PRESENTER_LABEL = "presented by"


def _issuers(tree) -> tuple[str, ...]:
    """The names of the elements a label credits as what issued or paid for the page (PR Newswire's "News
    provided by" / ``<a>Northwind Energy</a>``, "Sponsored by" / ``<strong>Acme</strong>``): a company's, no
    writer's, though the page's meta author repeats it. Not a presenter's ("Presented by" / Jane Doe over
    a podcast or a video), who is a person, nor a caption's credit ("Provided by" under a photo), which
    credits the picture, not the page."""
    names = []
    for element in tree.iter(etree.Element):
        parent = element.getparent()
        previous = element.getprevious()
        before = previous.tail if previous is not None else (parent.text if parent is not None else None)
        if (
            before
            and is_provider_label(before.strip())
            and " ".join(before.casefold().rstrip(": ").split()) != _PRESENTER_LABEL
            and not element.xpath("ancestor::figure|ancestor::figcaption")
        ):
            names.append(_clean(element.text_content()))
    return tuple(dict.fromkeys(filter(None, names)))


def _republishing_notes(tree) -> str | None:
    """The page's notes of the newsroom its story is republished from (ProPublica's "This article was
    originally published by ProPublica, ..." over the story, :func:`is_republishing_note`), joined: the
    author field names that newsroom beside the writer ("Anna Wolfe, ProPublica"), and no writer it is."""
    notes = [
        text
        for paragraph in islice(tree.iter("p"), _REPUBLISHING_NOTE_PARAGRAPHS)
        if (text := _clean(paragraph.text_content())) and is_republishing_note(text)
    ]
    return " ".join(notes) or None


# An XHTML page's language (``xml:lang``, as Drupal 7 writes it), under the name lxml gives it.
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def declared_language(tree) -> str:
    """The language the page's root element declares ("sw", "en-US"), or "" where it declares none."""
    return tree.get("lang") or tree.get("xml:lang") or tree.get(_XML_LANG) or ""


def _logo_names(tree) -> tuple[str, ...]:
    """The names a page gives itself by its logo and its links home (their text, their images' ``alt``),
    the first :data:`_LOGO_NAMES` of them in document order."""
    return tuple(dict.fromkeys(filter(None, map(_clean, islice(_logos_and_links_home(tree), _LOGO_NAMES)))))


def _logos_and_links_home(tree) -> Iterator[str]:
    """The text of each link to the page's home and the ``alt`` of each image that is a logo or in such a
    link, in document order. One walk: the three searches' union had been merged by libxml2, which compares
    each node with every node of the other side (10,000 links home, each with its logo: 0.3 s)."""
    home_links = 0
    for event, element in etree.iterwalk(tree, events=("start", "end"), tag=("a", "img")):
        if element.tag == "a":
            if _is_home(element.get("href")):
                home_links += 1 if event == "start" else -1
                if event == "start":
                    yield element.text_content()
        elif (
            event == "start"
            and (alt := element.get("alt")) is not None
            and (home_links or any("logo" in (element.get(name) or "") for name in ("class", "id", "src")))
        ):
            yield alt


def _is_home(href: str | None) -> bool:
    """Whether a link's address is its site's home ("/", "./", "https://example.com/")."""
    if href is None:
        return False
    return href in ("/", "./") or (href.startswith("http") and not href.partition("//")[2].partition("/")[2])


def _publishers(tree) -> tuple[str, ...]:
    """The names the page gives its publisher and site: meta ``publisher``, ``og:site_name``, and the
    ``publisher`` and ``provider`` (the agency a portal republishes) of its JSON-LD."""
    names = tree.xpath(
        '//meta[@name="publisher" or @property="og:site_name" or @itemprop="publisher"]/@content'
    )
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        if "publisher" not in script and "provider" not in script:
            continue  # no parse
        with suppress(ValueError, RecursionError):
            for item in _json_items(json.loads(script)):
                for key in ("publisher", "provider"):
                    for value in _as_list(item.get(key)):
                        names.append(value.get("name") if isinstance(value, dict) else value)
    return tuple(dict.fromkeys(filter(None, map(_json_text, names))))
