"""The site's name: the one the page declares, less a credit or a tagline run into it, else the one its
<title> gives beside the headline, else its address's host."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nutgraf.article import site_of
from nutgraf.extract.html.metadata.cleaning import _clean, _letters
from nutgraf.extract.html.metadata.titles import _HEADLINE_SEPARATOR, _TITLE_SEPARATOR

if TYPE_CHECKING:
    from nutgraf.extract.html.metadata.evidence import PageEvidence

# The most words of a site's name read from a page's <title>.
_SITE_WORDS = 5
_LEADING_ARTICLE = re.compile(r"^the\s++", re.IGNORECASE)
# What a copyright notice read as a site's name ends with ("网易版权所有": "NetEase, all rights reserved").
_RIGHTS_RESERVED = re.compile(r"(?<!\s)\s*+(?:版权所有|版權所有|all rights reserved\.?)$", re.IGNORECASE)
# A site's name that is its address, or its copyright line: the page names no site.
_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# A credit run into a site's name after a separator: "SIMPLYFOUND.COM | BY: JOE WEE".
_SITE_CREDIT = re.compile(r" [|–—·-] by\b", re.IGNORECASE)


def _site_in_title(
    title_element: str | None, headlines: tuple[str | None, ...], url: str | None, evidence: PageEvidence
) -> str | None:
    """The site's name a page that declares none gives in its <title> element, beside the headline (one of
    ``headlines``, its meta title or its <h1>): after it ("Headline | Valley Courier", "Headline - News -
    University of Kentmere": the last part) or before it ("The Marshfield Birder: Headline"); a name of
    at most :data:`_SITE_WORDS` words. A name before the headline is as often a label ("Analysis:",
    "Exclusive:") or the writer's ("John Smith: Why I quit my job"): it is the site's only where the page's
    address (``url``) or its logo (its ``evidence``) names it too."""
    # The name after the headline and its last separator (a section's name may stand between), or
    # before the headline and its first separator, a colon too ("Blog Name: Headline").
    title = title_element or ""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    first = _HEADLINE_SEPARATOR.search(title)
    readings = []
    if separators:
        readings.append((title[: separators[0].start()], title[separators[-1].end() :], False))
    if first is not None:
        readings.append((title[first.end() :], title[: first.start()], True))
    for headline in filter(None, headlines):
        wanted = _letters(headline)
        for part, name, before in readings:
            name = name.strip()
            if (
                _letters(part) == wanted
                and name
                and len(name.split()) <= _SITE_WORDS
                and len(_letters(name)) < len(wanted)
                and (not before or _names_site(name, url, evidence))
            ):
                return name
    return None


def _names_site(name: str, url: str | None, evidence: PageEvidence) -> bool:
    """Whether the page's address (one of its host's labels: "marshfieldbirder" of
    marshfieldbirder.blogspot.com, an article "The" aside) or its logo names ``name``. (A copyright
    notice in meta ``copyright`` is trafilatura's site name, read before the title is.)"""
    letters = {_letters(name), _letters(_LEADING_ARTICLE.sub("", name))}
    host = site_of(url) or ""
    return not letters.isdisjoint(map(_letters, host.split(".")[:-1])) or not letters.isdisjoint(
        map(_letters, evidence.logos)
    )


def _site(sitename: str | None, url: str | None) -> str | None:
    """The site's name the page gives, less a credit run into it ("SIMPLYFOUND.COM | BY: JOE WEE") or a
    tagline after the name its address spells ("LinkNaija | Nigeria's popular news platform" on
    linknaija.com, "Autoracing | F1 | Indy" on autoracing.com.br); its host when the name is an address ("http://www.tmz.com"), or the host of ``url``
    when the page gives no name or a copyright line for one ("Copyright 2014")."""
    name = _clean(sitename.lstrip("@")) if sitename else None
    host = site_of(url)
    if name and _ADDRESS.match(name):
        return site_of(name) or host
    if not name or _COPYRIGHT.match(name):
        return host
    name = _SITE_CREDIT.split(name, maxsplit=1)[0] or name
    name = _RIGHTS_RESERVED.sub("", name) or name
    first = _TITLE_SEPARATOR.split(name, maxsplit=1)[0]
    # The name twice ("European Commission - European Commission").
    if first != name and _letters(first) == _letters(name[len(first) :]):
        return first
    # The host's labels but its last: "autoracing" of autoracing.com.br.
    if host and first != name and _letters(first) in {_letters(host), *map(_letters, host.split(".")[:-1])}:
        return first
    return name
