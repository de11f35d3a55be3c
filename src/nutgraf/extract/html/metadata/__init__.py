"""What a page says about itself: title, byline, date and site name, from its meta tags, JSON-LD, title
element and htmldate, with the site's name taken off the title and dates or bios off the author field.

The package's modules, one job each: :mod:`.jsonld` (the page's JSON-LD), :mod:`.dates` (the dates it
declares for machines), :mod:`.headline_dates` (the walk from the headline to its date lines),
:mod:`.date_lines` (what one date line says), :mod:`.calendars` (month names, the Buddhist and Jalali
calendars), :mod:`.times` (a date line's time of day and zone), :mod:`.evidence` (what else the page says of
its title, authors and site), :mod:`.titles` (the headline in a title), :mod:`.sites` (the site's name),
:mod:`.bylines` (the names in an author field), :mod:`.byline_search` (the byline in the page's elements),
:mod:`.article_element` (the page's own <article>) and :mod:`.cleaning` (a field's text cleaned and
compared). This module holds the entry points that weigh them together.
"""

from __future__ import annotations

import re
from contextlib import suppress
from copy import deepcopy
from datetime import date, datetime

from nutgraf.extract.html.metadata.article_element import own_article, own_footers
from nutgraf.extract.html.metadata.byline_search import _names_of_element, find_byline
from nutgraf.extract.html.metadata.bylines import (
    _byline,
    _with_vowel_signs,
    credits_organization,
    is_agency,
    names_publisher,
    with_agency_casing,
    with_full_stops,
    without_language_credit,
    writer_for,
)
from nutgraf.extract.html.metadata.cleaning import _clean, _letters, _title
from nutgraf.extract.html.metadata.dates import (
    _declares_date,
    _is_day_alone,
    _parse_date,
    _with_time_of_day,
    latest_publication,
)
from nutgraf.extract.html.metadata.evidence import PageEvidence, page_evidence
from nutgraf.extract.html.metadata.headline_dates import _stated_date, only_headline_names_day
from nutgraf.extract.html.metadata.jsonld import (
    _as_list,
    _json_text,
    _live_blog,
    declared_body,
    is_news_type,
    jsonld_declares_news,
    organization_authors,
    site_descriptions,
)
from nutgraf.extract.html.metadata.sites import _site, _site_in_title
from nutgraf.extract.html.metadata.titles import _headline_part, _without_byline, _without_logo, _without_site

__all__ = [
    "PageEvidence",
    "_names_of_element",
    "article_fields",
    "credits_organization",
    "declared_body",
    "declares_news",
    "find_byline",
    "meta_descriptions",
    "names_publisher",
    "organization_authors",
    "own_article",
    "own_footers",
    "page_evidence",
    "read_metadata",
    "site_descriptions",
    "writer_for",
]

# The meta tags that describe the page: trafilatura reads the first of them in its <head>.
_DESCRIPTION_TAGS = (
    '//meta[@name="description" or @property="og:description" or @name="twitter:description"]/@content'
)


def declares_news(tree) -> bool:
    """Whether the page declares itself a news story to search engines: a news type (:func:`.is_news_type`)
    in its JSON-LD, its microdata (``itemtype``) or its RDFa (``typeof``). News sites write one for news
    listings; a blog post, a guide or a documentation page writes ``BlogPosting``, ``Article`` or none,
    and so does a page with no structured data at all, a small news site's too."""
    # Two searches, not their union: libxml2 merges a union comparing each node with every node of the
    # other side, and 20,000 elements each with both attributes took 0.7 s to be read.
    return jsonld_declares_news(tree) or any(
        is_news_type(name)
        for attribute in ("itemtype", "typeof")
        for value in tree.xpath(f"//@{attribute}")
        for name in value.split()
    )


def meta_descriptions(tree) -> list[str]:
    """Every description the page's meta tags write, anywhere in it, white space folded, each once, in the
    page's order: a theme writes the site's slogan as a meta description and an SEO plugin the article's
    own after it, and a parser that meets markup only a <body> may hold moves the rest of the head into the
    body, where trafilatura does not look."""
    found: dict[str, None] = {}
    for content in tree.xpath(_DESCRIPTION_TAGS):
        found.setdefault(" ".join(str(content).split()), None)
    return [description for description in found if description]


# The time of day and offset where the page gives them; a date alone reads as that day's midnight.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


# A UTC offset written after a time ("10:00:00+25:00", "-9999"): read again without it where its hours and
# minutes pass a day. Digits on both sides and a fixed width: no backtracking.
_OFFSET = re.compile(r"(?<=\d)[+-](\d\d):?(\d\d)(?!\d)")
_MINUTES_A_DAY = 24 * 60


def _without_impossible_offsets(tree):
    """A copy of ``tree`` whose attribute values and texts hold no UTC offset of a day or more, the time
    before it left naive ("2026-03-03T10:00:00+25:00" read as "2026-03-03T10:00:00")."""

    def naive(match: re.Match[str]) -> str:
        return "" if int(match[1]) * 60 + int(match[2]) >= _MINUTES_A_DAY else match[0]

    copy = deepcopy(tree)
    for element in copy.iter():
        for name, value in element.attrib.items():
            element.set(name, _OFFSET.sub(naive, value))
        if isinstance(element.text, str):
            element.text = _OFFSET.sub(naive, element.text)
        if isinstance(element.tail, str):
            element.tail = _OFFSET.sub(naive, element.tail)
    return copy


def _htmldate(tree, url: str | None) -> str | None:
    """The page's date as htmldate finds it. A date it reads with an offset no clock has
    ("2026-12-08T04:48:00+25:00") raised in its bound's comparison, a traceback for the whole page: the page
    is read again with such offsets left out, where a meta tag's good date beside a ``<time>``'s broken one
    had been lost with it, and ``None`` where that fails too."""
    from htmldate import find_date

    for attempt in (tree, None):
        try:
            return find_date(
                attempt if attempt is not None else _without_impossible_offsets(tree),
                url=url,
                extensive_search=False,
                original_date=True,
                outputformat=_DATE_FORMAT,
                # htmldate's own bound is today: a later date is dropped, and the first of its month read
                # from the same value in its place ("2026-12-01" for a page published "2026-12-08T04:48Z").
                max_date=latest_publication(),
            )
        except ValueError:
            continue
    return None


def read_metadata(tree, url: str | None):
    """What the page says about itself: meta tags, JSON-LD, its title element, date.

    trafilatura's own pieces, minus the categories, tags and licence nutgraf has no use for. The byline,
    when the meta tags and JSON-LD name no author, is searched for in the page's elements after the
    article is extracted.
    """
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    metadata = examine_meta(tree)
    declared_title = metadata.title
    # trafilatura's own rule: a one-word "author" in meta tags is a site or handle, not a byline; but a
    # news agency's name of one word ("Reuters", "IANS") credits the story as "Associated Press" does, and
    # is an organization's name that the writer the page names takes the place of.
    if metadata.author and " " not in metadata.author and not is_agency(metadata.author):
        metadata.author = None
    # Malformed JSON-LD raises all sorts (RecursionError: arrays nested thousands deep); the meta tags
    # then stand.
    with suppress(ValueError, TypeError, AttributeError, KeyError, RecursionError):
        metadata = extract_meta_json(tree, metadata)
    # trafilatura reads a live blog's JSON-LD as its updates ("liveBlogUpdate"): the first update's
    # headline ("10:42", "Governor to speak at noon") became the page's title, and the blog's author was
    # lost. The blog's own headline, author and date stand; its updates' dates are no publication date
    # either (htmldate took the first).
    live_blog = _live_blog(tree)
    if live_blog is not None:
        if not declared_title:
            metadata.title = _json_text(live_blog.get("headline"))
        authors = [
            _json_text(a.get("name") if isinstance(a, dict) else a) for a in _as_list(live_blog.get("author"))
        ]
        metadata.author = metadata.author or "; ".join(filter(None, authors)) or None
    if metadata.author:
        sources = tree.xpath('//meta/@content|//script[@type="application/ld+json"]/text()')
        if not metadata.author.isascii():
            metadata.author = _with_vowel_signs(metadata.author, sources)
        metadata.author = with_agency_casing(with_full_stops(metadata.author, sources), sources)
    metadata.title = metadata.title or extract_title(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    # trafilatura takes any part of the <title> with a full stop in it for the site's name ("example.com"),
    # the headline's own part too ("U.S. lifts ban | Valley Courier"): that part names no site.
    in_title = None if metadata.sitename else extract_sitename(tree)
    if in_title and _letters(in_title) != _letters(metadata.title or ""):
        metadata.sitename = in_title
    metadata.date = _with_time_of_day(_htmldate(tree, url or metadata.url), tree)
    # htmldate reads dates written as English and ISO pages write them, and no word beside them; under the
    # headline of a page that declares no date in its meta tags or JSON-LD, a date line ("2026年3月3日
    # 10時12分", "Mis à jour le 5 mars 2026 · Publié le 3 mars 2026", "Updated March 7, 2026 / Published
    # March 5, 2026") is the article's own date, where htmldate had found none, or a related story's, or
    # the update's. Where both give the same day, the one with the
    # time of day stands (htmldate reads a time from a hidden form field).
    # A line that dates only an update ("Mis à jour le 5 mars 2026") gives no publication date: htmldate
    # had given the update's day as the article's.
    # A date in numbers that reads as two days on a page in English ("03/05/2026": 3 May in Britain, March 5
    # in the United States) gives neither: htmldate read it day first.
    stated, updated, unsure = _stated_date(tree, metadata.title)
    found = _parse_date(metadata.date)
    if (
        stated is not None
        and found is not None
        and _is_day_alone(found)
        and found.date() == date.fromisoformat(stated[:10])
    ):
        # The time of day the date line gives for the day the page declares alone ("Stand: 18.06.2024,
        # 17:45 Uhr" under a meta date of "2024-06-18").
        metadata.date = stated
    elif (
        stated is not None
        and updated is not None
        and found is not None
        and found.replace(tzinfo=None, second=0, microsecond=0) == datetime.fromisoformat(updated)
        and stated < updated
    ):
        # The page declares the update's date and time as its publication's ("article:published_time"
        # of 18:30 beside "Publié le 02/12/2026 à 09h00 · Mis à jour le 03/12/2026 à 18h30"): the date
        # line tells the two apart.
        metadata.date = stated
    elif (stated or updated or unsure) and not _declares_date(tree):
        if stated is not None:
            line_date = datetime.fromisoformat(stated)
            same_day = found is not None and found.date() == line_date.date()
            # The same time, with its offset in the page's metadata (Drupal 7's RDFa), stands too.
            same_time = (
                same_day and found.tzinfo is not None and found.time().replace(second=0) == line_date.time()
            )
            if not (same_day and stated.endswith("T00:00:00")) and not same_time:
                metadata.date = stated
        elif found is not None and (
            (updated is not None and found.date() == datetime.fromisoformat(updated).date())
            or (found.date() in unsure and f"/{found:%Y/%m/%d}/" not in (url or ""))
        ):
            metadata.date = None
    elif (
        stated is None
        and found is not None
        and _is_day_alone(found)
        and f"/{found:%Y/%m/%d}/" not in (url or "")
        and not _declares_date(tree)
        and only_headline_names_day(tree, metadata.title, found.date())
    ):
        # htmldate's date read from the headline's words ("Stand am 12. Mai 2026: Die meisten Kitas ...")
        # is the news's day, not the page's: the page had been dated by its headline.
        metadata.date = None
    if live_blog is not None and _parse_date(started := _json_text(live_blog.get("datePublished"))):
        metadata.date = started
    return metadata


def article_fields(metadata, url: str | None, headline: str | None, evidence: PageEvidence) -> dict:
    """Title, byline, date and site of the page's ``metadata``, weighed against ``headline`` (the page's
    <h1>) and the page's other ``evidence``, which tell which part of a title with a section or a site's
    name in it is the headline, and where a byline's name ends."""
    site = _site(
        metadata.sitename
        or _site_in_title(evidence.title_element, (metadata.title, headline), url or metadata.url, evidence),
        url or metadata.url,
    )
    author = without_language_credit(_clean(metadata.author), evidence.language)
    byline = _byline(author, site, evidence.authors, evidence.copyright, evidence.republished)
    title = _without_logo(_without_byline(_without_site(_title(metadata.title), site), byline), evidence)
    shown = _without_byline(_without_site(evidence.title_element, site), byline)
    return {
        "title": _headline_part(title, headline, shown, site),
        "byline": byline,
        "published": _parse_date(metadata.date),
        "site": site,
    }
