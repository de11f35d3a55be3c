"""The walk from the page's headline to its date lines: the elements under it, above the first paragraph,
then the few above it."""

from __future__ import annotations

from datetime import date, datetime
from itertools import islice

from lxml import etree

from nutgraf.extract.html.metadata.article_element import own_article
from nutgraf.extract.html.metadata.byline_search import _BYLINE_LINE_WORDS
from nutgraf.extract.html.metadata.cleaning import _letters
from nutgraf.extract.html.metadata.date_lines import (
    _DATE_LABEL,
    _DATE_LINE_CHARACTERS,
    _DATE_LINE_WORDS,
    _counts_buddhist_years,
    _date_in_line,
    _is_english,
    _LineDates,
    _numeric_order,
)
from nutgraf.extract.html.metadata.dates import _is_day_alone
from nutgraf.extract.html.metadata.evidence import declared_language
from nutgraf.extract.html.metadata.times import _reads_american_zones
from nutgraf.extract.text import folded_line

_DATE_LINE_ELEMENTS = 8
# The elements beside the headline, before it, that may hold its date (a section's name, the date, a
# kicker), and the parts of a page that are the site's, not the article's.
_LINES_ABOVE_HEADLINE = 3
_SITE_PARTS = frozenset(("header", "nav", "aside", "footer"))
# The elements after the headline a date line is looked for in (it stands right under the headline).
_AFTER_HEADLINE = (
    "following::*[self::p or self::div or self::span or self::time or self::li or self::address]"
    "[not(ancestor::nav or ancestor::aside or ancestor::footer)][position() <= 60]"
)
_SENTENCE_ENDS = tuple(".!?。！？")
# The page's elements a date line may be (its footer's included), and how many are read for another that
# names a day the headline names: a page's lines are some hundreds.
_PAGE_LINES = etree.XPath(
    "//body//*[self::p or self::div or self::span or self::time or self::li or self::address or self::footer"
    " or self::small]"
)
_PAGE_LINES_READ = 2000


def _headline(tree, title: str | None):
    """The page's headline element: the article's <h1> (a site's logo may be the page's first <h1>, with
    today's date under it), or the page's, or where the page has none, the <h2> or <h3> that reads its
    ``title`` (Naver's, Daum's); ``None`` where none is found."""
    article = own_article(tree)
    headline = next(article.iter("h1"), None) if article is not None else None
    headline = headline if headline is not None else next(tree.iter("h1"), None)
    if headline is None and title:
        wanted = _letters(title)
        headline = next((h for h in tree.iter("h2", "h3") if _letters(h.text_content()) == wanted), None)
    return headline


def _date_reading(tree) -> tuple[str, bool, bool, bool]:
    """How the page's language reads a date line's dates (:func:`_date_in_line`'s arguments after the text):
    the order of a date in numbers, American time zones, Buddhist years, English words."""
    lang = declared_language(tree)
    return _numeric_order(lang), _reads_american_zones(lang), _counts_buddhist_years(lang), _is_english(lang)


def _holds_few_elements(line) -> bool:
    """Whether ``line`` may be a date line: it holds a few elements at most, where a container's text is its
    lines', read one by one."""
    return sum(1 for _ in islice(line.iterdescendants(), _DATE_LINE_ELEMENTS + 1)) <= _DATE_LINE_ELEMENTS


def only_headline_names_day(tree, title: str | None, day: date) -> bool:
    """Whether the page's headline names ``day`` ("Stand am 12. Mai 2026: Die meisten Kitas bleiben zu")
    and no other line of the page does: a date there is the news's, the day a count stood or a vote falls,
    which htmldate reads from the headline's text as the page's when nothing else dates it. A line that
    names the day elsewhere ("Veröffentlicht am 12.05.2026" under the story, in its footer) is a date
    htmldate may have read, the page's."""
    headline = _headline(tree, title)
    if headline is None:
        return False
    reading = _date_reading(tree)

    def names_day(element) -> bool:
        text = folded_line(element.text_content())
        if len(text) > _DATE_LINE_CHARACTERS:
            return False
        named = _date_in_line(text, *reading)
        return any(
            stamp is not None and date.fromisoformat(stamp[:10]) == day
            for stamp in (named.published, named.updated)
        )

    if not names_day(headline):
        return False
    for line in islice(_PAGE_LINES(tree), _PAGE_LINES_READ):
        if line is headline or headline in line.iterancestors() or not _holds_few_elements(line):
            continue
        if names_day(line):
            return False
    return True


def _stated_date(tree, title: str | None) -> _LineDates:
    """The date (and time) the date lines under the page's headline, above its first paragraph, give for
    the article's publication (the first line's with one: the date after a "published" word where the line
    names one, else the first date no "updated" word leads), the first date they give an update, and the
    days of the dates in numbers they give that read both ways. The headline is the article's <h1>, or
    the page's, or where the page has none, the <h2> or <h3> that reads its ``title`` (Naver's, Daum's)."""
    headline = _headline(tree, title)
    if headline is None:
        return _LineDates(None, None, frozenset())
    order, american, buddhist, english = _date_reading(tree)
    first_update, unsure = None, set()
    standfirst = read = None
    # The lines under the headline, then, where none dates the article, the few beside it above it (the
    # date over the headline, with the section's name: "03 dicembre 2026 14:05 CRONACA"), nearest first.
    above = islice(headline.itersiblings(preceding=True), _LINES_ABOVE_HEADLINE)
    for under, lines in ((True, headline.xpath(_AFTER_HEADLINE)), (False, above)):
        for line in lines:
            if not _holds_few_elements(line):
                continue
            if line.tag in _SITE_PARTS:
                break  # the site's header, with today's date
            if read is not None and read in line.iterancestors():
                # An element of a line read already, whose words said what its date is: the <time> of
                # "Updated <time>4:40 PM, Jan 17, 2024</time>", read alone, had dated the publication.
                continue
            if standfirst is not None and not _closes(line, standfirst):
                continue  # a date the standfirst's sentence names ("a vote on <span>12 March</span> on")
            text = folded_line(line.text_content())
            words = len(text.split())
            if line.tag == "p" and words > _BYLINE_LINE_WORDS and text.endswith(_SENTENCE_ENDS):
                # The article has begun; but a first such paragraph beside the headline, in its element, is
                # the standfirst over the byline and date ("Après trois jours de débats, les sénateurs ont
                # voté le texte par 212 voix contre 118.").
                if standfirst is None and line.getparent() is headline.getparent():
                    standfirst = line
                    continue
                break
            if words <= _DATE_LINE_WORDS and len(text) <= _DATE_LINE_CHARACTERS:
                line_dates = _date_in_line(text, order, american, buddhist, english)
                if _marks_update(line):
                    line_dates = line_dates._replace(
                        published=None, updated=line_dates.published or line_dates.updated
                    )
                if not under and _may_be_todays(line_dates.published, text):
                    continue
                if line_dates.updated or line_dates.unsure:
                    read = line
                first_update = first_update or line_dates.updated
                unsure |= line_dates.unsure
                if line_dates.published:
                    return _LineDates(line_dates.published, first_update, frozenset(unsure))
    return _LineDates(None, first_update, frozenset(unsure))


def _marks_update(line) -> bool:
    """Whether a line's microdata says its date is the last update's (WordPress themes' ``<time
    itemprop="dateModified">11/20/19 6:38 AM</time>`` under the headline, with no word that says so), and
    none of its elements the publication's: its time is no publication's. Only where the update's elements
    hold every digit of the line: "Published 3 March 2024 · Updated <time itemprop="dateModified">5 March
    2024</time>" dates the publication in its own words (it had been given no publication date)."""
    marks = " ".join(line.xpath("descendant-or-self::*/@itemprop"))
    if "dateModified" not in marks or "datePublished" in marks:
        return False
    updates = line.xpath("descendant-or-self::*[contains(@itemprop, 'dateModified')]")
    digits = sum(map(str.isdigit, line.text_content()))
    return sum(sum(map(str.isdigit, update.text_content())) for update in updates) >= digits


def _closes(element, block) -> bool:
    """Whether ``element``, if it is inside ``block``, ends its text (a stamp closing a byline's paragraph,
    "By Jane Doe <span>on Monday, November 18th, 2019 at 11:08 a.m.</span>"); ``True`` outside it."""
    if block not in element.iterancestors():
        return True
    while element is not block:
        if (element.tail or "").strip() or element.getnext() is not None:
            return False
        element = element.getparent()
    return True


def _may_be_todays(published: str | None, text: str) -> bool:
    """Whether a line over the headline that gives the date ``published`` may be a site's bar with today's
    date ("Thursday, 3 December 2026", on a page whose bar is no ``<header>``): a day alone, without a word
    that says it is the publication's ("publiziert am 25. September 2018"), and without its time of day
    ("03 dicembre 2026 14:05")."""
    return (
        published is not None
        and _is_day_alone(datetime.fromisoformat(published))
        and all(label.group("updated") for label in _DATE_LABEL.finditer(text))
    )
