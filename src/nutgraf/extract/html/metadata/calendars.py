"""Month names, and the calendars other than the Gregorian that pages date their news in: Thai's Buddhist
era, Iran's Jalali calendar."""

from __future__ import annotations

from datetime import date, timedelta

from nutgraf.extract.text.stamps import JALALI_MONTH_NAMES, MONTH_NAMES

# The month names of every language, looked up case-folded, as a date's month is: Greek's May, "μαΐου", folds
# its "ΐ" to three code points.
_MONTHS = {
    name.casefold(): number for number, names in enumerate(MONTH_NAMES, start=1) for name in names.split()
}
# Thai's months, whose dates give the year of the Buddhist era (2569 is 2026) where it is past 2400 (a Thai
# page may write the Gregorian year too): full and abbreviated ("ธ.ค.", read without its last full stop).
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "มกราคม ม.ค",
            "กุมภาพันธ์ ก.พ",
            "มีนาคม มี.ค",
            "เมษายน เม.ย",
            "พฤษภาคม พ.ค",
            "มิถุนายน มิ.ย",
            "กรกฎาคม ก.ค",
            "สิงหาคม ส.ค",
            "กันยายน ก.ย",
            "ตุลาคม ต.ค",
            "พฤศจิกายน พ.ย",
            "ธันวาคม ธ.ค",
        ),
        start=1,
    )
    for name in names.split()
}
_BUDDHIST_ERA = 543
_FIRST_BUDDHIST_YEAR = 2400
# The months of the Persian (Jalali) calendar, as Iranian pages date their news ("۱۲ آذر ۱۴۰۵" is 3 December
# 2026), written with Persian's yeh (Arabic's "ي" is folded to it before they are looked up).
_JALALI_MONTHS = {name: number for number, name in enumerate(JALALI_MONTH_NAMES.split(), start=1)}
# The years in which the Jalali calendar's leap cycle changes (jalaali-js's "breaks", after Borkowski's
# reading of the astronomical calendar): what converts a Jalali date to the Gregorian day without error.
_JALALI_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)
_JALALI_EPOCH_OFFSET = 621


def _named_month_date(year: int, name: str, day: int) -> list[tuple[int, int, int]]:
    """The Gregorian year, month and day of a date written with its month's ``name`` (none for a word that
    names no month): a Thai month's Buddhist-era year and a Jalali date converted."""
    key = name.casefold().rstrip(".")
    if month := _MONTHS.get(key):
        return [(year, month, day)]
    if month := _THAI_MONTHS.get(key):
        return [(year - _BUDDHIST_ERA if year > _FIRST_BUDDHIST_YEAR else year, month, day)]
    # Within the years jalaali-js converts (the next year's too, which tells Esfand's length): a later one
    # (a typo, a hostile page's "۱۲ آذر ۹۹۹۹") had passed the Gregorian calendar's last year and raised.
    month = _JALALI_MONTHS.get(key.replace("ي", "ی"))
    if month and year + 1 < _JALALI_BREAKS[-1] and 1 <= day <= _jalali_month_days(year, month):
        return [_gregorian_of_jalali(year, month, day)]
    return []


def _jalali_month_days(year: int, month: int) -> int:
    """The days of a Jalali month: six of 31, five of 30, and Esfand's 29, or 30 in a leap year, counted to
    the next year's first day by the same break table that converts the date ("30 اسفند ۱۴۰۲", a day a
    common year lacks, had been read as the next year's 1 Farvardin)."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    esfand = date(*_gregorian_of_jalali(year, 12, 1))
    return (date(*_gregorian_of_jalali(year + 1, 1, 1)) - esfand).days


def _gregorian_of_jalali(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of a Jalali one (jalaali-js's algorithm): the day in March on which the year's
    first month begins, from the leap years the cycle between two of :data:`_JALALI_BREAKS` has had, then
    the days of the months before ``month`` (six of 31 days, then 30)."""
    gregorian_year = year + _JALALI_EPOCH_OFFSET
    leap_days, previous, jump = -14, _JALALI_BREAKS[0], 0
    for jalali_break in _JALALI_BREAKS[1:]:
        jump = jalali_break - previous
        if year < jalali_break:
            break
        leap_days += jump // 33 * 8 + jump % 33 // 4
        previous = jalali_break
    into = year - previous
    leap_days += into // 33 * 8 + (into % 33 + 3) // 4
    if jump % 33 == 4 and jump - into == 4:
        leap_days += 1
    gregorian_leap_days = gregorian_year // 4 - (gregorian_year // 100 + 1) * 3 // 4 - 150
    new_year = date(gregorian_year, 3, 20 + leap_days - gregorian_leap_days)
    days = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    found = new_year + timedelta(days=days + day - 1)
    return found.year, found.month, found.day
