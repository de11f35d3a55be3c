"""The headline in a page's title: without the site's name, a section's, an author's or a logo's put
before or after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nutgraf.extract.html.metadata.cleaning import _letters, _words

if TYPE_CHECKING:
    from nutgraf.extract.html.metadata.evidence import PageEvidence

# Separators between a page's headline and its site's name in <title> and og:title (" -- ": a
# typewriter's dash, "Headline -- Sott.net").
_TITLE_SEPARATOR = re.compile(r" [|–—·-] | :: | -- ")
# Separators a title may put right after the headline, without a space (or brackets round the source it
# credits), and the fewest letters of an <h1>
# read as the headline before one (a Chinese site's name is 2-4 characters, a headline 10 or more).
_TIGHT_SEPARATORS = frozenset("-_|–—·")
_TIGHT_HEADLINE_LETTERS = 8
# A section's name after the site's name that ends a title has at most this many words ("Headline | CNN
# Politics", "Headline - Yahoo Finance").
_SECTION_WORDS = 2
# Where a title parts into the headline and the rest (a section, the site's name, before or after it):
# the separators above, or a colon after the rest ("LinkNaija | Nigeria's popular news platform: ...").
_HEADLINE_SEPARATOR = re.compile(_TITLE_SEPARATOR.pattern + "|: ")
# A headline cut out of a title by the page's <h1> has at least this many words: a shorter <h1> is a
# site's logo or a section's name as often as a headline.
_HEADLINE_WORDS = 4


def _without_logo(title: str | None, evidence: PageEvidence) -> str | None:
    """The headline of the page's <title> element where ``title`` is the page's only <h1> and the name the
    <title> gives after the headline, the site's: trafilatura takes a page's only <h1> for its title, and a
    blog theme's logo is one ("Tide Notes" over an <h2> headline, "Headline | Tide Notes" in <title>). A
    title of 4 words or more is a headline."""
    title_element = evidence.title_element
    if (
        not title
        or not title_element
        or len(title.split()) >= _HEADLINE_WORDS
        or _letters(evidence.only_h1 or "") != _letters(title)
    ):
        return title
    last = next(reversed(list(_TITLE_SEPARATOR.finditer(title_element))), None)
    if last is None or _letters(title_element[last.end() :]) != _letters(title):
        return title
    headline = title_element[: last.start()]
    return headline if len(_letters(headline)) > len(_letters(title)) else title


def _without_site(title: str | None, site: str | None) -> str | None:
    """``title`` without the site's name that pages put after (or before) it: "Headline | ZDNet"."""
    if not title or not site:
        return title
    names = {_letters(site), _letters(site.rsplit(".", 1)[0])}
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    # From the first separator on: a site's name may hold one ("Remember 80/90 - Memorabilia anni 80/90").
    for separator in separators:
        if _letters(title[separator.end() :]) in names:
            return title[: separator.start()]
    # The site's name and one of its sections, last, after a headline: a single word before them is a
    # label, and what follows it the headline ("Analysis - BBC boss resigns").
    last = separators[-1]
    rest, site_words = _words(title[last.end() :]), _words(site)
    headline = title[: last.start()]
    if (
        len(site_words) < len(rest) <= len(site_words) + _SECTION_WORDS
        and rest[: len(site_words)] == site_words
        and not (headline.isascii() and len(_words(headline)) == 1)
    ):
        return headline
    first = separators[0]
    # In front only after a bar ("ZDNet | Headline"): "Fortune - 500 companies ..." is a headline.
    if first.group().strip() in ("|", "::") and _letters(title[: first.start()]) in names:
        return title[first.end() :]
    return title


def _without_byline(title: str | None, byline: str | None) -> str | None:
    """``title`` without the author's name put after it, as the site's name is ("Headline | Jane Doe",
    "Headline | Editorial")."""
    if not title or not byline:
        return title
    last = next(reversed(list(_TITLE_SEPARATOR.finditer(title))), None)
    names = {_letters(name) for name in byline.split("; ")}
    if last is not None and _letters(title[last.end() :]) in names:
        return title[: last.start()]
    return title


def _headline_part(
    title: str | None, headline: str | None, shown: str | None, site: str | None
) -> str | None:
    """The page's headline in ``title`` (from its meta tags) where the page's ``headline`` (its <h1>) or
    ``shown`` (its <title> element, less the site's name) tells it apart from a section, a site's or an
    author's name put before or after it ("Opinion | Headline", "Headline - Auto News"); the <title>
    element where it agrees with the <h1> and the meta tags give the title of the site's home page
    ("Yahoo News - Latest News & Headlines"): one that starts with the site's name. Elsewhere a social
    headline in the meta tags that differs from the <h1> is the page's title as much as the <h1> is.
    """
    if not title:
        return title
    # A short <h1> is a logo or a section's name as often as a headline, and a blog's is its name.
    wanted = _letters(headline or "")
    if len((headline or "").split()) < _HEADLINE_WORDS or (site and wanted == _letters(site)):
        wanted = ""
    if wanted and shown and _letters(shown) == wanted and _starts_with_site(title, site):
        return shown
    # The <h1> then a site's or a section's name after a separator without spaces, as Chinese sites put
    # them ("标题-新华网", "标题_新浪新闻"): counted in letters, as Chinese parts no words with spaces.
    end = _folded_prefix_end(title, headline) if headline else None
    if end is not None and len(_letters(headline)) >= _TIGHT_HEADLINE_LETTERS:
        rest = title[end:]
        # Or the source in brackets after it, as Yahoo! Japan credits the paper it republishes
        # ("見出し（共同通信） - Yahoo!ニュース").
        credited = rest.startswith(("（", "(")) and rest.rstrip().endswith(("）", ")"))
        if (rest[:1] in _TIGHT_SEPARATORS or credited) and len(_letters(rest)) < len(_letters(headline)):
            return title[:end]
    separators = list(_HEADLINE_SEPARATOR.finditer(title))
    for separator in separators:
        before, after = title[: separator.start()], title[separator.end() :]
        for part, rest in ((before, after), (after, before)):
            # The headline is the longer part.
            if wanted and _letters(part) == wanted and len(wanted) > len(_letters(rest)):
                return part
    if not separators or not shown:
        return title
    # A section before the headline that the page's own <title> leaves out ("Opinion | Headline" in
    # og:title, "Headline - WSJ" in <title>).
    front, rest = _letters(title[: separators[0].start()]), title[separators[0].end() :]
    seen = _letters(shown)
    if seen.startswith(_letters(rest)) and not seen.startswith(front) and len(_letters(rest)) > len(front):
        return rest
    return title


def _starts_with_site(title: str, site: str | None) -> bool:
    site_words = _words(site or "")
    return bool(site_words) and _words(title)[: len(site_words)] == site_words


def _folded_prefix_end(text: str, prefix: str) -> int | None:
    """Where the part of ``text`` that case-folds to ``prefix`` (case-folded) ends, or ``None``: folding
    can lengthen a character ("ß" is "ss"), so the length of ``prefix`` is no offset in ``text``."""
    folded = end = 0
    while end < len(text) and folded < len(prefix):
        folded += len(text[end].casefold())
        end += 1
    return end if text[:end].casefold() == prefix else None
