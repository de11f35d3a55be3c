"""The time of day a date line gives beside its date, and the zone it names: a date and time made one
instant where the zone's offset is known."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from nutgraf.extract.text import WEEKDAY

# The time zones a date line names by letters, and their offsets from UTC in hours: North America's and
# GMT/UTC (other letters, "IST" in India, Ireland and Israel, name more than one zone). North America's
# are read on pages in American (or Canadian) English or English of no region alone: "CST" is China
# Standard Time (+8) on a Chinese page, "PST" Philippine Standard Time on a Philippine one. Central Europe's,
# East Africa's and Indonesia's name one zone each, on any page, of one offset for years (Moscow's "MSK" has
# been +3 since 2014 only, +4 before: its time is read as local).
_ZONES = {
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "GMT": 0,
    "UTC": 0,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EAT": 3,
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
}
_ZONE_NAMES = "(?-i:" + "|".join(_ZONES) + ")"
_NORTH_AMERICAN_ZONES = frozenset(("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"))
_UNIVERSAL_ZONES = frozenset({"GMT", "UTC"})
_NORTH_AMERICAN_ENGLISH = frozenset({"", "us", "ca"})
# The local time of a North American zone, standard or daylight by the date ("5:42 PM ET", "2:05 p.m.
# ET"): the commonest American form, its offset the zone's standard one, an hour more in the United States'
# daylight saving time; and those standard offsets.
_LOCAL_ZONE_NAMES = "(?-i:ET|CT|MT|PT)"
_LOCAL_ZONES = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}
# The time of day after a date: "à 10h12", "10:12 Uhr", ", 10:12", "10時12分", "- 10:12", "at 9:30 p.m.",
# "14.05 Uhr" and Thai's "14.05 น." (a full stop parts hours from minutes only before the clock's word or a
# zone's letters, as British papers write "14.05 GMT"), and
# the half of the day a 12-hour clock names, after the time (Arabic's "ص" and "م": "01:30 م" is 13:30) or
# (in Chinese and Japanese) before it; a zone's letters, and GMT's or UTC's offset ("GMT+7", "(GMT+7)": the
# time is 7 hours ahead of GMT, not GMT's; "GMT +7" too, a space before the sign).
_LINE_TIME = re.compile(
    rf"[^\d]{{0,8}}?(?P<h>\d{{1,2}})\s*+(?:[:h]|時|\.(?=\d{{2}}\s*+(?:Uhr|น|{_ZONE_NAMES}(?![^\W\d_]))))\s*+(?P<mi>\d{{2}})(?!\d)"
    r"(?:\s*+(?:(?P<half>[aApP])\.?[mM]|(?P<arabic_half>[صم]))(?![^\W\d_]))?"
    rf"(?:\.?\s*+\(?(?:(?P<local>{_LOCAL_ZONE_NAMES})|(?P<zone>{_ZONE_NAMES}))(?:\x20?+(?P<sign>[+\-−])(?P<oh>\d{{1,2}})(?::?(?P<om>\d\d))?)?(?![^\W\d_]))?"
)
# A time of day right before a date, as American television sites write it ("Published: 5:42 PM EST
# February 27, 2024", "Posted at 9:51 PM, Mar 14, 2024", CNN's "Published 10:35 PM EST, Tue February 27,
# 2024") and Russian ones, on a 24-hour clock ("14:05, 3 декабря 2026"), and Vietnamese ones, with the
# date's "ngày" (day) between ("14:05 ngày 3 tháng 12 năm 2026": its time had been lost).
_TIME_BEFORE = re.compile(
    r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})(?!\d)\s*+(?:(?P<half>[aApP])\.?[mM]\.?)?"
    rf"(?:\s*+(?:(?P<zone>{_ZONE_NAMES})|(?P<local>{_LOCAL_ZONE_NAMES}))(?![^\W\d_]))?\s*+,?\s*+"
    rf"(?:(?i:{WEEKDAY})\.?,?\s*+)?(?:[Nn]gày\s*+)?$"
)
_AFTERNOON = ("午後", "下午", "晚上", "오후")


def _in_daylight_saving(local: datetime) -> bool:
    """Whether a United States local time is in daylight saving time: from 2 a.m. on March's second Sunday
    to 2 a.m. on November's first (before 2007, April's first Sunday to October's last)."""
    if local.year >= 2007:
        start, end = _sunday(local.year, 3, 2), _sunday(local.year, 11, 1)
    else:
        start, end = _sunday(local.year, 4, 1), _sunday(local.year, 10, 5)
    return (
        datetime(start.year, start.month, start.day, 2) <= local < datetime(end.year, end.month, end.day, 2)
    )


def _sunday(year: int, month: int, nth: int) -> date:
    """The ``nth`` Sunday of a month (the 5th its last, whether it has four or five)."""
    first = date(year, month, 1)
    sunday = first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    return sunday if sunday.month == month else sunday - timedelta(days=7)


def _reads_american_zones(lang: str) -> bool:
    """Whether a page in ``lang`` (its ``lang`` attribute, maybe none) means North America's zones by
    their letters ("CST" is China's on a Chinese page)."""
    language, _, region = lang.lower().replace("_", "-").partition("-")
    return language in ("", "en") and region[:2] in _NORTH_AMERICAN_ENGLISH


def _date_of(match, day: date, american: bool) -> str:
    """The ISO date and time of ``day``, read from a :data:`_LINE_DATE` match, with the time of day that
    follows the match, and the offset of its zone (of North America's, where ``american``)."""
    time = _LINE_TIME.match(match.string, match.end())
    if time is None:
        time = _TIME_BEFORE.search(match.string, 0, match.start()) or time
    hour, minute = (int(time.group("h")), int(time.group("mi"))) if time else (0, 0)
    if time and hour <= 12:
        # "9:30 p.m.", "午後3時30分", "01:30 م"; "12:15 a.m." is a quarter past midnight.
        half = (time.group("half") or "").lower() or {"م": "p", "ص": "a"}.get(
            time.groupdict().get("arabic_half"), ""
        )
        afternoon = half == "p" or any(
            word in match.string[time.start() : time.start("h")] for word in _AFTERNOON
        )
        if afternoon and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
    if hour > 23 or minute > 59:  # digits in any script (Arabic pages write "١٠:١٢"), a clock's values only
        hour, minute = 0, 0
    zone = time.group("zone") if time else None
    offset = (
        timezone(timedelta(hours=_ZONES[zone]))
        if zone and (american or zone not in _NORTH_AMERICAN_ZONES)
        else None
    )
    local = time.group("local") if time else None
    if local and american:
        daylight = _in_daylight_saving(datetime(day.year, day.month, day.day, hour, minute))
        offset = timezone(timedelta(hours=_LOCAL_ZONES[local] + daylight))
    if zone in _UNIVERSAL_ZONES and time.groupdict().get("oh"):
        hours, minutes = int(time.group("oh")), int(time.group("om") or 0)
        sign = -1 if time.group("sign") != "+" else 1
        offset = (
            timezone(sign * timedelta(hours=hours, minutes=minutes)) if hours <= 14 and minutes < 60 else None
        )
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=offset).isoformat()
