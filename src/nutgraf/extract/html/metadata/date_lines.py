"""What one date line says ("Publié le 3 mars 2026 à 10h12, mis à jour le 5 mars 2026"): the publication's
date, the update's, and the days a date in numbers may be where the page's language leaves its order open."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date, datetime
from typing import NamedTuple

from nutgraf.extract.html.metadata.calendars import _BUDDHIST_ERA, _FIRST_BUDDHIST_YEAR, _named_month_date
from nutgraf.extract.html.metadata.times import _date_of
from nutgraf.extract.text import MONTH, WEEKDAY

# A date line has at most this many words ("Publié le 3 mars 2026 à 10h12, mis à jour le 5 mars 2026 à
# 08h30 – Par Claire Martin").
_DATE_LINE_WORDS = 30
_DATE_LINE_CHARACTERS = 300
# The earliest year a date line's date is read in (htmldate's own floor is 1995).
_FIRST_NEWS_YEAR = 1990
# A calendar date as pages write it: "2026年3月3日" (and in Japan's eras, "令和6年12月3日", "平成元年"), "2026-03-03" (Korean pages: "2026. 3. 3."), "03.03.2026" (day first, but for "/" and
# "-" on an English page: see _numeric_order), "3 mars 2026", "3. März 2026", "3 de marzo de 2026", "3 марта
# 2026", "3 مارس 2026", and English's "March 3, 2026"; the first of the month as French, Spanish and Italian
# write it ("1er décembre", "1º de diciembre", "1° dicembre"), Thai's abbreviated months ("3 ธ.ค. 2569") and
# Persian's two-letter month ("۱۲ دی ۱۴۰۵"); Vietnamese's numbered months ("ngày 3 tháng 12 năm 2026", "3
# tháng 12, 2026"). A year of two digits ("03.12.26", as ynet writes it) only where one century (or era)
# alone puts it in news's years: see _numeric_year. A date in numbers is no part of a longer run of numbers
# parted by full stops, an address or a version ("10.1.12.26" had been 1 December 2026).
# The year before an era's first: 令和 (Reiwa) began in 2019, 平成 (Heisei) in 1989; "元" is its first year.
# A page may give the year both ways, the other in parentheses before the month ("2024年（令和6年）12月3日",
# "令和6年（2024年）12月3日"): the first is read.
_ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988}
_LINE_DATE = re.compile(
    r"(?:(?P<y1>\d{4})|(?P<era>令和|平成)\s*+(?P<era_year>\d{1,2}|元))\s*+年(?:\s*+[（(](?:\d{4}|(?:令和|平成)\s*+(?:\d{1,2}|元))\s*+年?[）)])?\s*+(?P<m1>\d{1,2})\s*+月\s*+(?P<d1>\d{1,2})\s*+日"
    r"|(?<!\d)(?P<y2>\d{4})(?:[-/]|\.\s?+)(?P<m2>\d{1,2})(?:[-/]|\.\s?+)(?P<d2>\d{1,2})(?!\d)"
    r"|(?<!\d)(?<!\d\.)(?P<d3>\d{1,2})(?P<sep3>[-/.])(?P<m3>\d{1,2})[-/.](?P<y3>\d{4}|\d{2})(?!\.?\d)"
    r"|(?<!\d)(?P<d4>\d{1,2})(?:er|º|°)?\.?\s++(?:de\s++)?"
    r"(?P<mon4>[^\W\d_][^\s\d,.]{2,11}\.?|[\u0e00-\u0e7f]{1,3}\.[\u0e00-\u0e7f]{1,2}\.|دی|دي)"
    r"\s*+(?:de\s++)?,?\s*+(?P<y4>\d{4})(?!\d)"
    r"|(?<![^\W\d_])(?P<mon5>[^\W\d_]{3,10}\.?)\s++(?P<d5>\d{1,2})(?:st|nd|rd|th)?,?\s++(?P<y5>\d{4})(?!\d)"
    r"|(?<!\d)(?P<d6>\d{1,2})\s++[Tt]háng\s++(?P<m6>\d{1,2})(?:\s++[Nn]ăm|,)\s++(?P<y6>\d{4})(?!\d)"
    # The year first, then the month's name and the day, as Hungarian ("2026. december 3.", "2026. dec. 3.")
    # and Lithuanian ("2026 m. gruodžio 3 d.") write a date, and Basque, the year's "-ko" (of) and the month in
    # the genitive before the day and its ending ("2026ko abenduaren 5a", "2025eko urriaren 3an").
    r"|(?<!\d)(?P<y7>\d{4})(?:\.|\s++m\.|(?P<eu7>e?ko))\s*+(?P<mon7>[^\W\d_]{3,12}\.?)\s*+(?P<d7>\d{1,2})"
    r"(?(eu7)(?:e?an?)?(?![^\W\d_])|(?:\.|\s++d\.))"
)
# The weekday a date line names before a date in numbers ("Fri, 11/08/2013 - 14:20", Drupal's default):
# it tells which of the date's two readings is meant. English only: the order is open on English pages.
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<day>{WEEKDAY})\.?,?\s*+$", re.IGNORECASE)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# English-speaking regions that write a date in numbers day first, as the rest of the world does; the
# United States (and a page that says "en" alone, as often British as American) write it month first.
_DAY_FIRST_ENGLISH = frozenset({"gb", "uk", "au", "nz", "ie", "in", "za", "sg", "ng", "ke", "pk", "hk"})
# Words that say what a date in a date line is: its publication or its last update.
_DATE_LABEL = re.compile(
    r"(?P<updated>mis à jour|màj|actualisé|modifié|aktualisiert|geändert|actualizado|actualizada|atualizado"
    r"|atualizada|aggiornato|aggiornata|modificato|bijgewerkt|aangepast|обновлено|обновлён|оновлено"
    r"|zaktualizowano|aktualizacja|güncelleme|güncellendi|diperbarui|cập nhật|更新|updated|modified"
    r"|last updated|تم التحديث|آخر تحديث)"
    r"|(?:publié|publiée|publication|veröffentlicht|erschienen|publicado|publicada|pubblicato|pubblicata"
    r"|publiziert|gepubliceerd|опубликовано|опубликован|опубліковано|opublikowano|yayınlanma|yayınlandı|yayın tarihi"
    r"|diterbitkan|发布|發布|公開|配信|نشر في|تاريخ النشر|published|posted)",
    re.IGNORECASE,
)
# The word before a date in numbers with full stops that makes it a version on an English page ("Linux
# 6.1.23", "WordPress 4.9.12", "iOS 16.1.12"): a name with a capital letter, or "version", but no word that
# leads a date ("Published 6.1.23", "Monday 6.1.23", "Date 6.1.23").
_DATE_WORD = re.compile(rf"{WEEKDAY}\.?|{MONTH}|date|dated|issued|released", re.IGNORECASE)


class _LineDates(NamedTuple):
    """What a page's date lines say: the publication's date and time, the first update's (ISO-written, or
    ``None``), and the days a date written in numbers may be where the page's language leaves its order
    open."""

    published: str | None
    updated: str | None
    unsure: frozenset[date]


def _numeric_order(lang: str) -> str:
    """How a page in ``lang`` (its ``lang`` attribute) writes a date in numbers with "/" or "-": "dmy" (day
    first), "mdy" (month first, in the United States), or "" where it may be either: English of no region,
    and another language of the United States (its Spanish pages write both)."""
    language, _, region = lang.lower().replace("_", "-").partition("-")
    if language != "en":
        # Spanish of the United States writes either order ("12/03/2026" may be 3 December).
        return "" if region == "us" else "dmy"
    if region == "us":
        return "mdy"
    return "dmy" if region[:2] in _DAY_FIRST_ENGLISH else ""


def _date_in_line(
    text: str, order: str, american: bool = True, buddhist: bool = False, english: bool = False
) -> _LineDates:
    """The publication date ``text`` (a date line of a few hundred characters at most) gives, the first
    date it gives an update, ISO-written, and the days of the dates in numbers that ``order`` (see
    :func:`_numeric_order`) leaves open; a North American zone's offset where ``american`` (see
    :func:`_reads_american_zones`); years in numbers of the Buddhist era where ``buddhist``; on a page in
    English where ``english`` (see :func:`_is_english`), a version ("Linux 6.1.23", see
    :func:`_is_version`) is no date, its days unsure."""
    chosen = published = updated = None
    unsure: set[date] = set()
    labels = list(_DATE_LABEL.finditer(text))
    for match in _LINE_DATE.finditer(text):
        if english and _is_version(match):
            # No date, but htmldate reads one in it ("Version 6.1.23" as 6 January 2023): its days are
            # unsure, which drops htmldate's.
            unsure.update(_readings(match, order, buddhist))
            continue
        # The last label before the date is its own.
        label = next((label for label in reversed(labels) if label.end() <= match.start()), None)
        kind = None if label is None else ("updated" if label.group("updated") else "published")
        readings = _readings(match, order, buddhist)
        if len(readings) > 1 and (weekday := _WEEKDAY_BEFORE.search(text, 0, match.start())):
            named = _WEEKDAYS.index(weekday.group("day")[:3].lower())
            readings = [day for day in readings if day.weekday() == named] or readings
        if len(readings) > 1:
            unsure.update(readings)
            continue
        found = _date_of(match, readings[0], american) if readings else None
        if found is None:
            continue
        if kind == "updated":
            updated = updated or found
        elif kind == "published":
            published = published or found
        else:
            chosen = chosen or found
    return _LineDates(published or chosen, updated, frozenset(unsure))


def _is_english(lang: str) -> bool:
    """Whether a page in ``lang`` (its ``lang`` attribute, maybe none) may be in English, where a date in
    numbers with full stops after a product's name is its version (see :func:`_is_version`): a page in
    German writes "Stand 6.1.23" for its date."""
    return lang.lower().replace("_", "-").partition("-")[0] in ("", "en")


def _is_version(match) -> bool:
    """Whether a :data:`_LINE_DATE` match of a date in numbers with full stops is a version: its day and
    month unpadded (a date line writes "06.01.23" as often as "6.1.23"; no version writes "06"), its year
    of two digits (no version writes "6.1.2023"; "Sydney 6.1.2023", "By Jane Doe 6.1.2023" are dates), right
    after "v" ("v6.1.23") or a name with a capital letter or "version" and a space ("Linux 6.1.23") that is
    no word leading a date (:data:`_DATE_WORD`)."""
    day, month = match.group("d3"), match.group("m3")
    if (
        match.group("sep3") != "."
        or day.startswith("0")
        or month.startswith("0")
        or len(match.group("y3")) > 2
    ):
        return False
    before = match.string[: match.start()]
    if before[-1:] in ("v", "V"):
        return not before[-2:-1].isalnum()
    if not before.endswith(" "):
        return False
    word = before[:-1].rpartition(" ")[2]
    return (
        word.isalpha()
        and (word.lower() == "version" or not word.islower())
        and _DATE_WORD.fullmatch(word) is None
        and _DATE_LABEL.fullmatch(word) is None
    )


def _counts_buddhist_years(lang: str) -> bool:
    """Whether a page in ``lang`` may write a date in numbers with the Buddhist era's year ("03/12/2569"):
    Thai pages; elsewhere a year past 2400 in numbers is no date."""
    return lang.lower().replace("_", "-").partition("-")[0] == "th"


def _numeric_year(year: str, buddhist: bool) -> int | None:
    """The Gregorian year of a date in numbers: a Thai page's Buddhist-era year converted (where
    ``buddhist``); a year of two digits where one century (or, on a Thai page, the Buddhist era's) alone
    puts it in news's years ("26" is 2026, "95" 1995, a Thai page's "69" 2569, which is 2026), ``None``
    where none or two do (in 2033, a Thai page's "33" may be 2033 or 2533, which is 1990)."""
    number = int(year)
    if len(year) == 4:
        return number - _BUDDHIST_ERA if buddhist and number > _FIRST_BUDDHIST_YEAR else number
    years = {1900 + number, 2000 + number} | ({2500 + number - _BUDDHIST_ERA} if buddhist else set())
    in_news_years = [found for found in years if _FIRST_NEWS_YEAR <= found <= datetime.now().year + 1]
    return in_news_years[0] if len(in_news_years) == 1 else None


def _readings(match, order: str, buddhist: bool = False) -> list[date]:
    """The days a :data:`_LINE_DATE` match may be: none (no month's name, no calendar day, no news year),
    one, or, for a date in numbers whose ``order`` the page leaves open, two; a year in numbers of the
    Buddhist era where ``buddhist`` (see :func:`_counts_buddhist_years`)."""
    groups = match.groupdict()
    if groups["y1"]:
        candidates = [(groups["y1"], groups["m1"], groups["d1"])]
    elif groups["era"]:
        year = _ERA_YEAR_ZERO[groups["era"]] + (1 if groups["era_year"] == "元" else int(groups["era_year"]))
        candidates = [(year, groups["m1"], groups["d1"])]
    elif groups["y2"]:
        candidates = [(_numeric_year(groups["y2"], buddhist), groups["m2"], groups["d2"])]
    elif groups["y6"]:
        candidates = [(groups["y6"], groups["m6"], groups["d6"])]
    elif groups["y3"]:
        # Of two digits or four, the year is read in the order the page's language fixes; where it
        # leaves it open, both days are unsure ("03/12/26" on an English page of no region).
        year = _numeric_year(groups["y3"], buddhist) or 0
        day_first, month_first = (year, groups["m3"], groups["d3"]), (year, groups["d3"], groups["m3"])
        candidates = (
            [month_first, day_first] if order == "mdy" and groups["sep3"] != "." else [day_first, month_first]
        )
    else:
        year, day, name = (
            (groups["y4"], groups["d4"], groups["mon4"])
            if groups["y4"]
            else (groups["y5"], groups["d5"], groups["mon5"])
            if groups["y5"]
            else (groups["y7"], groups["d7"], groups["mon7"])
        )
        candidates = _named_month_date(int(year), name, int(day))
    days = []
    for year, month, day in candidates:
        # A year outside news's: a version number, a product code.
        if _FIRST_NEWS_YEAR <= int(year) <= datetime.now().year + 1:
            with suppress(ValueError):
                days.append(date(int(year), int(month), int(day)))
    days = list(dict.fromkeys(days))
    # Where the order is known, the first reading that is a calendar day ("25/03/2026" is day first
    # anywhere); on an English page of no region, both where both are.
    open_order = groups["y3"] and groups["sep3"] != "." and not order
    return days if open_order else days[:1]
