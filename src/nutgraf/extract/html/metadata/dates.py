"""The dates a page declares for machines (meta tags, JSON-LD, an article's <time>): whether it declares
one, and the time of day they give the day htmldate found."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from itertools import islice

from nutgraf.extract.html.metadata.date_lines import _FIRST_NEWS_YEAR

# A day's leeway for a page's clock ahead of ours: a later date is a typo or a scheduled post's.
_A_DAY = timedelta(days=1)


def latest_publication() -> datetime:
    """The latest date and time a page can have been published at: a day after this machine's clock, as
    a story dated in a time zone ahead of ours ("2026-12-08T04:48:00Z" for an AP story of 11:48 p.m. ET the
    evening before) is news already."""
    return datetime.now() + _A_DAY


_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
# A <time> of the article's own, not of a story card in it.
_ARTICLE_TIME = "//time[@datetime][ancestor::article][not(ancestor::aside or ancestor::li or ancestor::nav)]"
# The first <time> after the headline: the article's own, on a page with no <article> (WordPress's block
# themes) or with its date in a list of the byline's particulars (BLOX's "<ul class="list-inline"><li><time
# datetime="2024-03-05T18:30:00-06:00">"), which the pattern above passes over as a story card's.
_HEADLINE_TIME = "following::time[@datetime][not(ancestor::aside or ancestor::nav or ancestor::footer)][1]"
# The most paragraphs between the headline and that <time> (a standfirst): one past the article's text is
# a related story's card ("More news ... <time>6:45pm</time>"), whose time is not the article's.
_PARAGRAPHS_BEFORE_HEADLINE_TIME = 1
# The headlines whose <time> is looked for: a page's first few <h1> (its logo's, its article's).
_HEADLINES = 4
# Meta tags that state a page's date for machines (htmldate reads them before any text).
_DECLARED_DATE = (
    '//meta[contains(@property, "published_time") or contains(@property, "modified_time")'
    ' or contains(@itemprop, "datePublished") or contains(@itemprop, "dateModified")'
    ' or contains(translate(@name, "DATEPUBLISH", "datepublish"), "date")'
    ' or contains(translate(@name, "DATEPUBLISH", "datepublish"), "publish")]'
    f"|{_ARTICLE_TIME}"
)
_HALF_DAYS = frozenset({"am", "pm", "a.m.", "p.m."})


def _declares_date(tree) -> bool:
    """Whether the page states its date for machines: a meta tag or JSON-LD, which htmldate reads first."""
    if tree.xpath(_DECLARED_DATE):
        return True
    return any(
        "datePublished" in script for script in tree.xpath('//script[@type="application/ld+json"]/text()')
    )


def _is_day_alone(found: datetime) -> bool:
    return found.tzinfo is None and (found.hour, found.minute, found.second) == (0, 0, 0)


def _with_time_of_day(value: str | None, tree) -> str | None:
    """``value`` (htmldate's date) with the time the page gives for that day, when htmldate found the day
    alone: it reads no time from a URL, nor from ``itemprop="datePublished dateCreated"`` or JSON-LD, which
    have one. Where htmldate found no date, the one publication date the page declares, in a form
    htmldate reads no date from (RFC 2822's "Thu, 05 Mar 2026 09:30:00 GMT", as RSS writes dates and some
    CMSs their JSON-LD), within a news page's years."""
    found = _parse_date(value)
    if found is not None and (
        found.tzinfo is not None or (found.hour, found.minute, found.second) != (0, 0, 0)
    ):
        return value
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
    if found is not None and found.day == 1 and _only_ahead_in_month(found, stated):
        return None
    # Where those give no time (or none of that day): the same date in the article's <time> or the first
    # <time> after its headline (Joomla's ``itemprop="datePublished"``, Drupal's node date), a meta tag named for it (Hearst's
    # "datePublished", "pubdate", cXense's "publishtime") or RDFa (Drupal 7's ``property="dc:date
    # dc:created"``). Read second: the article's <time> often restates JSON-LD's time in another form
    # ("11:51:32.556Z" beside "11:51:32Z"), which would make two times of one.
    # Each path searched alone, not their union: libxml2 merges a union comparing each node with every node
    # of the other side (10,000 elements, each with the attributes of two paths: 0.9 s).
    more = [
        value
        for path in (
            f"{_ARTICLE_TIME}/@datetime",
            '//*[contains(@itemprop, "datePublished")][not(self::meta)]/@datetime',
            '//meta[@name="pubdate" or contains(translate(@name, "PUBLISH", "publish"), "publish")]/@content',
            '//*[contains(@property, "dc:date") or contains(@property, "dc:created")]/@content',
        )
        for value in tree.xpath(path)
    ]
    more += _headline_times(tree)
    return _declared_time(found, stated) or _declared_time(found, more) or value


def _headline_times(tree) -> list[str]:
    """The ``datetime`` of the first <time> after each headline, where at most a standfirst stands between
    them (:data:`_PARAGRAPHS_BEFORE_HEADLINE_TIME`)."""
    times = []
    for headline in islice(tree.iter("h1"), _HEADLINES):
        for time in headline.xpath(_HEADLINE_TIME):
            between = time.xpath("count(preceding::p)") - headline.xpath("count(preceding::p)")
            if between <= _PARAGRAPHS_BEFORE_HEADLINE_TIME:
                times.append(time.get("datetime"))
    return times


def _declared_time(found: datetime | None, stated: list[str]) -> str | None:
    """The one date and time of ``found``'s day that the ``stated`` values declare (where ``found`` is
    ``None``, of any day in news's years), ISO-written; ``None`` where they declare none, or several."""
    # RFC 2822 where the page declares no ISO date: a meta tag's "November 20, 2019 13:42" is read by it
    # too, a second, naive time beside JSON-LD's "2019-11-20 13:42:06+08:00".
    values = [value.strip() for value in stated]
    declared = {precise for precise in map(_parse_date, values) if precise is not None} or {
        precise for precise in map(_rfc_2822_date, values) if precise is not None
    }
    if found is None:
        in_news_years = {
            precise
            for precise in declared
            if precise.year >= _FIRST_NEWS_YEAR and precise.date() <= latest_publication().date()
        }
        return in_news_years.pop().isoformat() if len(in_news_years) == 1 else None
    times = {
        precise for precise in declared if precise.date() == found.date() and precise.time() != found.time()
    }
    return times.pop().isoformat() if len(times) == 1 else None


def _rfc_2822_date(value: str) -> datetime | None:
    """A date as RSS writes it ("Thu, 05 Mar 2026 09:30:00 GMT", "19 Nov 2019 07:09 GMT"): a day, a
    month's three letters, a year and a 24-hour time. The standard library's parser reads more, and
    wrongly: "November 19, 2019, 07:47 PM EST" as 07:47."""
    words = value.rsplit(",", 1)[-1].split()
    if (
        len(words) < 4
        or not words[0].isdigit()
        or not (len(words[1]) == 3 and words[1].isalpha())
        or any(word.lower() in _HALF_DAYS for word in words)
    ):
        return None
    with suppress(TypeError, ValueError, IndexError):
        return parsedate_to_datetime(value)
    return None


def _only_ahead_in_month(found: datetime, stated: list[str]) -> bool:
    """Whether every date the page declares is of ``found``'s month and past :func:`latest_publication`:
    then htmldate, bound to dates before it, read the month alone off that value and put its first day in
    its place ("2026-12-01" for a post scheduled for "2026-12-09"), a date the page never gave."""
    declared = [precise for precise in map(_parse_date, stated) if precise is not None]
    latest = latest_publication().date()
    return bool(declared) and all(
        (precise.year, precise.month) == (found.year, found.month) and precise.date() > latest
        for precise in declared
    )


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
