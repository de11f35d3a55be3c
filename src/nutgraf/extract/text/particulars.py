"""The article's particulars on a line: its byline ("By Jane Doe"), a date or time stamp, a reading time."""

from __future__ import annotations

import re

from nutgraf.extract.text.bylines import (
    _BYLINE,
    _BYLINE_MAX_CHARACTERS,
    _BYLINE_MAX_WORDS,
    _META_LINE_WORDS,
    _NAMES_MAX_WORDS,
    _TRAILING_BYLINE,
    CREDIT_OPENING,
    JOB_TITLES,
    KOREAN_BYLINE,
    NAME_SUFFIXES,
    NAMES_END,
    STAMP_BEFORE_NAMES,
    WRITERS_AND,
    _labelled_names,
    looks_like_names,
)
from nutgraf.extract.text.lines import _Line
from nutgraf.extract.text.stamps import (
    _DATE_LINE,
    _DATE_STAMP_WORDS,
    _OTHER_SCRIPT_DATE_LINE,
    _READING_TIME,
    _STAMP_MAX_WORDS,
    _is_thai_date_stamp,
    _is_time_stamp_line,
    _may_be_stamp,
)
from nutgraf.extract.text.words import folded_line, word_count


def _byline_above_the_prose(lines: list[_Line]) -> str | None:
    """The names in a byline line above the prose ("By Jane Doe, Health editor", "Von Jana Reuter",
    "Posted on May 2, 2024 by Ruth Hallam"), or ``None``. A standfirst that ends like a sentence may
    come before the byline: the search goes on to the second line of prose. A text without prose (a
    headline over its byline) is searched whole."""
    # The first two only: the lines below them are never asked. A loop, and the cached test of prose first:
    # a generator and a call a line had cost a CNN/DM article (one line of prose) 2,000 instructions.
    prose: list[int] = []
    for i, line in enumerate(lines):
        if (line.is_prose or is_list_item(line)) and not is_stamp_ending_as_sentence(line):
            prose.append(i)
            if len(prose) == 2:
                break
    end = prose[-1] if prose else len(lines)
    names = next(filter(None, map(_byline_names, lines[:end])), None)
    # A credit to one word of capitals, an agency's or a desk's code, is no writer's ("By DIN", Dinamani's
    # desk; "By PTI", "By ENS"): the line is still the particulars, and the byline none.
    if names is not None and names.isupper() and len(names) <= _DESK_CODE_MAX_CHARACTERS and " " not in names:
        return None
    return names or _names_beside_stamp(lines[:end])


# The most letters of an agency's or a desk's code ("AFP", "IANS"); a writer credited by one name in capitals
# is longer ("By MADONNA").
_DESK_CODE_MAX_CHARACTERS = 4


def is_stamp_ending_as_sentence(line: _Line) -> bool:
    """Whether a line is a date stamp closing on its time's meridiem, as Spanish writes it ("03 de diciembre de
    2026 - 10:45 a. m."), whose stop ends it as a sentence's does: taken for the story's first prose under a
    standfirst, it had ended the search for the byline above it, and both had stayed in the text."""
    # The count first: asked of the first lines of prose of every text, most of them longer than a stamp.
    return line.ends_sentence and line.words <= _STAMP_MAX_WORDS and _is_date_stamp(line)


def is_list_item(line: _Line) -> bool:
    """Whether a line is a list item in the article. A date stamp opening on its day's number ("3. prosince
    2026 14:27") is none: counted as one, it had ended the search for the byline and the particulars under
    the lede (iDNES's "Autor: Jan Kobliha") above them. A dated line opening on a dash stays one: an
    embedded post's attribution ("— NASA (@NASA) March 18, 2025") taken for a stamp under the lede went
    with the particulars, and the post it names stayed as the article's words."""
    return line.is_item and not (line.text[:1].isdigit() and _is_date_stamp(line))


#: The most words of a writer's desk or job on a line of its own between the byline and the date stamp.
DESK_WORDS = 3


def _names_beside_stamp(lines: list[_Line]) -> str | None:
    """A writer's names on a line of their own, without a credit word ("Ross Lydall", "Shawn Jeffords ·
    The Canadian Press"), as many pages set them over the article's date: told from a kicker or a place
    ("Axios Denver") by the stamp right below them, or below the writer's job or desk ("Paul Kelso" /
    "Business correspondent @pkelso" / "Thursday 3 December 2026 12:19, UK"), or right above them."""
    for i, line in enumerate(lines):
        if line.words > _BYLINE_MAX_WORDS or line.ends_sentence:
            continue
        names, *fields = NAMES_END.split(line.text, maxsplit=1)
        names = _without_job_after_slash(names)
        # Or the newsroom after a comma, as Patch sets it ("Eric Kiefer, Patch Staff").
        writer, comma, desk = names.partition(",")
        if comma and closes_on_newsroom(desk):
            names = writer.rstrip()
        # Or before the names as a label ("Reporter: Jane Doe"): a label's colon is in no name
        # (:func:`_is_names_line`), but a writer's job is the one label the names after it are a byline's.
        label, colon, labelled = names.partition(":")
        if colon and label.casefold() in JOB_TITLES:
            names = labelled.strip()
        if not _is_names_line(names):
            if stamped := _names_run_into_stamp(line.text):
                return stamped
            continue
        # Looked for in a line of names alone, which few lines are.
        names = _without_role_run_in(names)
        # Or the stamp after a bar on the names' own line, as Dawn sets it ("Shahid Iqbal | Published
        # December 3, 2026 Updated about 2 hours ago"), or in the field right after them before a count
        # (Ars Technica's comment count, "Jon Brodkin – Dec 3, 2026 5:30 PM | 110", had hidden the stamp,
        # and the headline above it had not been the title).
        if fields and (
            _is_stamp(_Line(fields[0], 0, word_count(fields[0]))) or _is_stamp_over_counts(fields[0])
        ):
            return names
        # The stamp right below, or below the writer's job and contact, a line each (The Nassau Guardian's
        # "Jasper Ward" / "Guardian Staff Reporter" / "jasper@nasguard.com" / "Published Dec 03, 2026"): the
        # address, as two lines of a few words over a stamp are as often a story's subject and its section's
        # tags ("Rishi Sunak" / "Politics" / "UK"). A line of a few capitalised words closing on a job's is
        # the writer's beat, not another writer's names (The Chronicle Herald's "Zane Woodford" / "Municipal
        # Reporter" over the stamp, whose job had been the byline).
        below = lines[i + 1 : i + 4]
        between = next((j for j, under in enumerate(below) if _is_stamp(under)), None)
        if (
            (i > 0 and _is_stamp(lines[i - 1]))
            or between == 0
            or (between == 1 and (not _is_names_line(below[0].text) or _is_job_line(below[0].text)))
            or (
                between == 2
                and any("@" in under.text for under in below[:2])
                and not any(
                    under.words > DESK_WORDS or under.ends_sentence or _is_names_line(under.text)
                    for under in below[:2]
                )
            )
        ):
            return names
    return None


# The most words of a count in a field after a byline's stamp ("110", "12 comments", "5 min read").
_COUNT_FIELD_MAX_WORDS = 3


def _is_stamp_over_counts(fields: str) -> bool:
    """Whether the fields after a writer's names are a stamp, then counts alone (:data:`_COUNT_FIELD_MAX_WORDS`
    words at most, a digit among them): a timeline's row names a person, a date, then what happened
    ("Barack Obama – January 20, 2009 | Sworn in as the 44th president"), and had been taken for a byline."""
    stamp, *counts = NAMES_END.split(fields)
    return (
        bool(counts)
        and all(
            len(count.split()) <= _COUNT_FIELD_MAX_WORDS and any(character.isdigit() for character in count)
            for count in counts
        )
        and _is_stamp(_Line(stamp, 0, word_count(stamp)))
    )


def _is_names_over_stamp_and_counts(line: str) -> bool:
    """Whether a line is a writer's names, then a stamp and counts in the fields after them
    (:func:`_is_stamp_over_counts`)."""
    names, *fields = NAMES_END.split(line, maxsplit=1)
    return bool(fields) and _is_names_line(names) and _is_stamp_over_counts(fields[0])


# A writer's role run into the last of the names, no space between, as a page's two spans of its byline come
# out copied ("Elen WynNewyddion BBC Cymru", BBC Cymru Fyw's): a small letter, then a capital opening the role,
# which names the newsroom by its initials.
_ROLE_RUN_IN = re.compile(r"(?<=[^\W\d_]{3})(?<=[a-zà-ÿ])(?=[A-Z][a-zà-ÿ]+ )")
# The prefixes of surnames that keep a capital inside them, three letters or more ("Jane MacKenzie BBC
# Scotland", "Niamh FitzGerald BBC Sport" had given "Jane Mac", "Niamh Fitz"); two letters' ("McDonald",
# "DeSantis") are too few before the capital for _ROLE_RUN_IN.
_SURNAME_PREFIXES = frozenset({"Mac", "Fitz", "Van", "Von"})


def _without_role_run_in(text: str) -> str:
    """``text``'s names without the role run into them (:data:`_ROLE_RUN_IN`), where the role names the
    newsroom by its initials ("BBC", "ITV"); as it is elsewhere: "Douglas MacArthur III" and "Ron DeSantis"
    keep their capitals, no initials after them or too few letters before."""
    glue = _ROLE_RUN_IN.search(text)
    if glue is None:
        return text
    # The names' last word up to the role: one capital, then small letters ("Wyn"), a surname's prefix no
    # name ("Mac") and a name with a capital inside ("VanDer" of "Tom VanDerBeek CNN") no whole one.
    head = text[: glue.start()].rsplit(maxsplit=1)[-1]
    if head in _SURNAME_PREFIXES or not head[1:].islower():
        return text
    role = text[glue.start() :].split()
    if any(word.isupper() and len(word) >= 2 and word.casefold() not in NAME_SUFFIXES for word in role):
        return text[: glue.start()]
    return text


def _names_run_into_stamp(text: str) -> str | None:
    """The names of a line that runs a writer's names into the date stamp, as Japanese papers set them
    ("山本恭介 2026年12月3日 14時05分"): a name in a script without capitals is one word, which a line of a
    name alone is not told from the site's by."""
    names, _, stamp = text.partition(" ")
    first = names[:1]
    if not stamp[:1].isdigit() or not first.isalpha() or first.isupper() or first.islower():
        return None
    date = folded_line(stamp)
    return names if looks_like_names(names) and _is_date_stamp(_Line(date, 0, word_count(date))) else None


def _is_names_line(text: str) -> bool:
    # A writer's two names or more: one capitalised word is as often the site's name ("News24"), and a
    # name closing on a newsroom's word is the site's or its desk's ("ERR News", "Metro Desk"), one of a
    # newsroom's and a job's words alone a desk's too ("Staff Correspondent", The Daily Star's). A label's
    # colon is in no name ("Published: Thursday | December 3, 2026", "Source: Myjoyonline.com"). Two words
    # an "and" joins are two people's surnames, a kicker's or a headline's pair ("Støre og Vedum",
    # "Starmer and Badenoch" over the stamp), where writers are credited by a first name and a surname. No
    # one's names open on "The": a paper's do, under its writer's (Gannett's "Bill Bush" / "The Columbus
    # Dispatch" over the stamp, whose paper had been the byline). A cleric's title does, with its stop
    # ("The Rev. Al Sharpton", an op-ed's writer). A desk's report is no one's ("Tribune Report", "Star
    # Report", "Staff Report", Bangladeshi papers'), and a link's label closing on its web word is no name
    # either ("Short Url" over Arab News's short link, which had been its byline).
    words = text.split()
    if len(words) > _NAMES_MAX_WORDS:
        # Two writers' names that an "and" parts, each a names line of its own ("Kari Nordmann og Ola
        # Hansen", "Jane Doe and John Smith" over the stamp, as a writer alone is), with no credit word
        # before them as Nordic papers set them too.
        return len(words) <= 2 * _NAMES_MAX_WORDS + 1 and any(
            word in _AND and _is_names_line(" ".join(words[:i])) and _is_names_line(" ".join(words[i + 1 :]))
            for i, word in enumerate(words)
        )
    return (
        len(words) >= 2
        and (words[0] != "The" or words[1][-1:] == ".")
        and not closes_on_newsroom(text)
        and words[-1].casefold() not in _LINK_WORDS
        and not (len(words) == 3 and words[1] in _AND)
        and ":" not in text
        and not all(word.casefold() in _DESK_OR_JOB_WORDS for word in words)
        # Nor a paper's staff job ("Guardian Staff Reporter", under the writer's names).
        and not (
            words[-1].casefold() in JOB_TITLES and not NEWSROOM_WORDS.isdisjoint(w.casefold() for w in words)
        )
        and looks_like_names(text)
    )


def _is_job_line(text: str) -> bool:
    """Whether a line under a writer's names is the writer's job: a few words, the last a job's ("Municipal
    Reporter", "Senior Writer")."""
    words = text.split()
    return len(words) <= DESK_WORDS and words[-1].casefold() in JOB_TITLES


#: A newsroom's words, closing a desk's credit ("Metro Desk", "Tribune Report", "Times staff", "Tribune News
#: Service", "AP Wires"), in a pasted text's byline and in a page's author field alike.
NEWSROOM_WORDS = frozenset("news online desk bureau staff newsroom report service wires".split())
# The newsroom's words that are surnames too ("Robert Service", the historian; "Sarah Wires"): a newsroom's
# only after another of its words or an agency's initials ("Tribune News Service", "Press Service", "AP
# Wires").
_SURNAME_NEWSROOM_WORDS = frozenset({"service", "wires"})
_NEWSROOM_WORDS_BEFORE_SURNAME_ONE = NEWSROOM_WORDS | {"press", "wire"}


def closes_on_newsroom(text: str) -> bool:
    """Whether ``text`` closes on a newsroom's word (:data:`NEWSROOM_WORDS`): a desk's credit ("Metro Desk",
    "Tribune News Service", "AP Wires"), not a writer whose surname is one of its words ("Robert Service")."""
    *before, last = text.split() or [""]
    if last.casefold() not in NEWSROOM_WORDS:
        return False
    if last.casefold() not in _SURNAME_NEWSROOM_WORDS:
        return True
    return bool(before) and (
        before[-1].isupper() or before[-1].casefold() in _NEWSROOM_WORDS_BEFORE_SURNAME_ONE
    )


# Not "link", which is a surname too ("Jane Link").
_LINK_WORDS = frozenset("url permalink".split())
# "And" in the languages whose bylines join two writers with it.
_AND = frozenset("and und et y e i og och și şi и та".split())
_DESK_OR_JOB_WORDS = NEWSROOM_WORDS | JOB_TITLES | {"our", "special", "senior", "chief"}


# The openings of a stamp of the day's word and a time ("Today at 06:30"), which, as a stamp's age alone,
# is the article's (a time of day alone is a live report's entry's).
_DAY_AT = ("Today at ", "today at ", "Yesterday at ", "yesterday at ")
# The most words of the desk's city in capitals after a stamp and a dash ("... IST - NEW DELHI").
_STAMP_PLACE_MAX_WORDS = 3


def _is_stamp(line: _Line) -> bool:
    # A line of particulars opening on its stamp, the fields after it ("Posted: Dec 03, 2026 10:11 AM EST |
    # Last Updated: 2 hours ago") making it longer than a stamp of its own; or the stamp's age alone ("4
    # minutes ago", the Evening Standard's), where a time of day alone is a live report's entry's.
    if (
        line.words <= _META_LINE_WORDS and not line.ends_sentence and _may_be_stamp(line.text)
    ) or _is_date_stamp(line):
        return True
    if line.text.endswith(" ago") or line.text.startswith(_DAY_AT):
        return _is_time_stamp_line(line.text)
    # The desk's city in capitals after the stamp and a dash, as The Hindu sets it ("Updated - December 03,
    # 2026 09:44 pm IST - CHENNAI").
    stamp, dash, place = line.text.rpartition(" - ")
    return (
        bool(dash)
        and place.isupper()
        and len(place.split()) <= _STAMP_PLACE_MAX_WORDS
        and _is_stamp(_Line(stamp, 0, word_count(stamp)))
    )


def is_particulars_line(text: str) -> bool:
    """Whether a line is the article's particulars rather than its text: a byline ("By Jane Doe",
    "Posted on May 2, 2024 by Ruth Hallam"), a date or time stamp ("June 2, 2025", "Updated June 3,
    2025, 10:15 a.m. ET") or a reading time, with the date after it ("4 min read · Jun 2, 2025")."""
    line = folded_line(text)
    if not line:
        return False
    parsed = _Line(line, 0, word_count(line))
    return (
        _is_stamp_line(parsed)
        or _is_date_stamp(parsed)
        or _is_reading_time(parsed)
        or _byline_names(parsed) is not None
        or _is_credit_over_stamp(parsed)
        # A writer's names and the stamp in the field after them, counts after it ("Jon Brodkin – Dec 3, 2026
        # 5:30 PM | 110", Ars Technica's, its comment count last): the headline above it had not been the
        # title. Not a row of names, a date and what happened, which a page's body opens on as often.
        or (NAMES_END.search(line) is not None and _is_names_over_stamp_and_counts(line))
    )


def is_date_line(text: str) -> bool:
    """Whether a line is a date or time stamp alone ("May 16, 2024", "Posted May 16, 2024", "Updated at 1:23
    p.m."), no byline nor reading time; not one holding an address or fields (an embedded post's signature, "—
    Cooper Lund (@cooperlund) November 18, 2019", an exhibition's dates, "29 November 2018 | 20 January 2019":
    ScrapingHub's gold keeps both as the story's closing lines), nor one dating a period ("Until May 16,
    2024", :data:`_PERIOD_WORDS`)."""
    line = folded_line(text)
    if _bar_before_time(line):
        # A bar between the date and its time of day is the stamp's own ("16 maggio 2024 (modifica il 16
        # maggio 2024 | 19:02)", Corriere's), no fields.
        line = line.replace("|", " ")
    if not line or any(mark in line for mark in _NOT_DATE_LINE_MARKS):
        return False
    if not _PERIOD_WORDS.isdisjoint(line.lower().replace(",", " ").split()):
        return False
    parsed = _Line(line, 0, word_count(line))
    return _is_stamp_line(parsed) or _is_date_stamp(parsed)


def _bar_before_time(line: str) -> bool:
    """Whether ``line``'s one bar stands before a time of day closing it ("... 2024 | 19:02", "... | 9:05)")."""
    head, bar, tail = line.rpartition("|")
    hours, _, minutes = tail.strip(" )").partition(":")
    return (
        bool(bar)
        and "|" not in head
        and 0 < len(hours) <= 2
        and hours.isdigit()
        and len(minutes) == 2
        and minutes.isdigit()
    )


# What a line holding a date and more than a stamp's words holds: an address, fields, a dash before a name.
_NOT_DATE_LINE_MARKS = ("@", "|", "—", "–")
# Words that make a date a period's end or start, the story's news, not a stamp: an exhibition's or a
# closure's run closing a review or a notice ("Museum Ludwig" / "Until May 16, 2024", "Open daily since 16
# May 2024"), in the languages nutgraf stems most.
_PERIOD_WORDS = frozenset(
    "until till through since from between bis seit ab depuis jusqu'au jusqu’au hasta desde fino dal tot vanaf"
    " sinds até".split()
)


def _is_credit_over_stamp(line: _Line) -> bool:
    """Whether a line is a credit to a desk or a team, not a person, with the date after it ("By Music desk ·
    3 May 2025 · 6 min read", "Von Wirtschaftsredaktion | 03.03.2026"): a credit word, at most
    :data:`_NAMES_MAX_WORDS` words, a separator, then a date stamp among the fields it parts. The names are no
    person's, so no byline's test took it, and it was the header's dek, the article's description. A sentence
    opening on "By" ends on a stop, or parts no date stamp off ("By 2030 – the plan's deadline – ...")."""
    if line.words > _BYLINE_MAX_WORDS or line.ends_sentence:
        return False
    credit = CREDIT_OPENING.match(line.text)
    if credit is None:
        return False
    fields = NAMES_END.split(line.text[credit.end() :])
    return (
        len(fields) > 1
        and len(fields[0].split()) <= _NAMES_MAX_WORDS
        and any(
            _is_date_stamp(_Line(field, 0, word_count(field)))
            for field in map(folded_line, fields[1:])
            if field
        )
    )


def byline_names(text: str) -> str | None:
    """The names in ``text`` when it is a byline line ("Von Hans Müller | Stand: ...", "Publié le 3 mars
    2026 – Par Claire Martin", "作者：李华", "Posted on May 2, 2024 by Ruth Hallam"), else ``None``."""
    line = folded_line(text)
    return _byline_names(_Line(line, 0, word_count(line))) if line else None


def _byline_names(line: _Line) -> str | None:
    if len(line.text) > _BYLINE_MAX_CHARACTERS:
        return None
    # A name's suffix closes the names, after a comma or not, where the comma would end them ("By John
    # Smith, Jr.", "By Henry Ford, III"): read without it, and given back without its comma and stop, as
    # the metadata's byline gives it. Its full stop is the only one a byline line ends in: "Jr." had
    # been taken for a sentence's end, and the line for prose.
    text, _, last = line.text.rpartition(" ")
    suffix = last.rstrip(".")
    if suffix.casefold() in NAME_SUFFIXES and text:
        text = text.rstrip(", ")
    else:
        text, suffix = line.text, ""
    if line.ends_sentence and not (suffix and last.endswith(".")):
        return None
    if line.words > _BYLINE_MAX_WORDS:
        if line.words > _META_LINE_WORDS:
            return None
        return _labelled_names(line.text) or _credited_field(line.text)
    match = _BYLINE.match(text) or _TRAILING_BYLINE.search(text)
    if match:
        # A separator closes the names where no comma does ("by Al Weaver - 12/03/26 9:45 PM ET", "By:
        # Krixia Subingsubing - Reporter / @KSubingsubingINQ").
        names = _without_job_after_slash(NAMES_END.split(match.group("names"), maxsplit=1)[0]).strip()
        # A prose sentence closing on a suffix names its man after some word ("The speech was written by
        # Martin Luther King Jr."): a stop-ended byline opens on its credit ("By John Smith, Jr.",
        # "Reported by John Smith, Jr."), or has a date before its names.
        if suffix and line.ends_sentence and match.re is _TRAILING_BYLINE and match.start() > 0:
            names = names if any(map(str.isdigit, text[: match.start("names")])) else ""
        ending = match.end("names")
    elif stamp := STAMP_BEFORE_NAMES.match(text):
        names, ending = text[stamp.end() :].strip(), len(text)
    elif ("기자" in text or "특파원" in text) and (korean := KOREAN_BYLINE.fullmatch(text)):
        names, ending = korean.group("names"), korean.end("names")
    else:
        return _labelled_names(line.text) or _credited_field(line.text)
    if suffix and names and text[ending:].strip() == "":
        names = f"{names} {suffix}"
    names = _without_job(names)
    writers_and = WRITERS_AND.get(text[: match.start("names")].strip(" :：").casefold(), "") if match else ""
    return names if looks_like_names(names, writers_and) else None


def _credited_field(text: str) -> str | None:
    """The names of a credit among a line's fields, parted by separators, beside a date stamp, as NDTV sets
    its section, editor and stamp ("India News | Edited by Aditi Sharma | Updated: December 05, 2026 11:15 am
    IST", "World | By Jane Doe | 3 May 2025"): a credit's pattern wants the names at a line's end or after its
    opening credit word, where the fields after or before them had hidden them. Without a stamp, a line of
    fields may be a menu's ("Books | Written by Ann Patchett | Reviews"). Only a field between two separators
    holds the names alone: the first or the last may run on into the words a page set beside it ("Written by
    Nisha Kulkarni Pune | Updated: ...", the writer's link and the desk's city side by side)."""
    fields = [folded_line(field) for field in NAMES_END.split(text)]
    if len(fields) < 3 or not any(_is_stamp(_Line(field, 0, word_count(field))) for field in fields if field):
        return None
    for field in fields[1:-1]:
        credit = _BYLINE.match(field) or _TRAILING_BYLINE.search(field)
        if credit is not None and looks_like_names(names := credit["names"].strip()):
            return names
    return None


def _without_job_after_slash(names: str) -> str:
    """``names`` less the writer's job after a slash, spaced or not, the site before it or not (The Gleaner's
    "Jovan Johnson/Senior Gleaner Writer", NHL.com's "Kristina Rutherford @krutherford23 / NHL.com Independent
    Correspondent"), and less the writer's handle, one word after its "@": the slash's field closes on a
    job's title and the handle is the last word, where a line of prose goes on after a slash or an "@" ("By
    Land Rover / Jeep to the Arctic circle", "By Land Rover @ the border crossing")."""
    writer, slash, job = names.partition("/")
    if slash and job.rsplit(" ", 1)[-1].casefold() in JOB_TITLES:
        names = writer.rstrip()
    writer, at, handle = names.partition(" @")
    return writer.rstrip() if at and handle[:1].isalnum() and " " not in handle else names


def _without_job(names: str) -> str:
    """``names`` without the writer's job in lower case before them, as ABC News sets it ("business reporter
    Emilia Terzon", "chief political correspondent Jane Doe"): a few words closing on a job's title."""
    words = names.split(" ", _JOB_MAX_WORDS)
    for end, word in enumerate(words[:_JOB_MAX_WORDS], start=1):
        if not word.islower():
            break
        if word in JOB_TITLES and end < len(words):
            return " ".join(words[end:])
    return names


def _is_stamp_line(line: _Line) -> bool:
    """Whether a line is a date or time stamp of its own, ending no sentence ("Posted at 10:42", "Updated
    2 min ago"): anywhere, even between a live report's entries, where a short line is kept as a
    subheading."""
    return line.words <= _STAMP_MAX_WORDS and not line.ends_sentence and _may_be_stamp(line.text)


# The most words of a writer's job before the names in a byline ("chief political correspondent").
_JOB_MAX_WORDS = 4
# A time of day closing on its meridiem's stops ("2:20 p.m.", Spanish "02:20 p. m."), looked for in a line's
# last characters: that stop ends no sentence.
_MERIDIEM_END = re.compile(r"\d\s?+[ap]\.\s?+m\.$", re.IGNORECASE)
_MERIDIEM_END_CHARACTERS = 10


def _is_date_stamp(line: _Line) -> bool:
    """A line that is a date and a time, and little else ("03.03.2026, 10.12 Uhr", "5 March 2024", "3 ธ.ค.
    2567 14:05 น.", "3 de diciembre de 2026, 02:20 p. m."), or two, the second after the word for its update
    ("Le 3 décembre 2026 à 14h05, modifié le 3 décembre 2026 à 16h40", 12 words)."""
    # A line opening on its date (or a stamp's word) and closing on a time's meridiem is a stamp, the
    # meridiem's letters no words of it; a sentence naming a date and time opens on its subject ("Polls
    # close on 3 May 2025 at 8 p.m.").
    meridiem = (
        line.ends_sentence
        and _MERIDIEM_END.search(line.text, max(0, len(line.text) - _MERIDIEM_END_CHARACTERS)) is not None
        and _DATE_LINE.match(line.text) is not None
    )
    words = line.words - 2 * meridiem
    return (
        words <= 2 * _DATE_STAMP_WORDS
        and (not line.ends_sentence or meridiem)
        and (
            (
                words <= _DATE_STAMP_WORDS
                and (
                    (
                        (date := _DATE_LINE.search(line.text)) is not None
                        and not _clause_after(line.text, date.end())
                        and not _clause_before(line.text, date.start())
                    )
                    or (
                        not line.text.isascii()
                        and (other := _OTHER_SCRIPT_DATE_LINE.search(line.text)) is not None
                        and not _clause_before(line.text, other.start())
                    )
                )
            )
            or _is_updated_date_stamp(line.text)
        )
    ) or _is_thai_date_stamp(line.text)


def _clause_after(text: str, end: int) -> bool:
    """Whether a line's date (ending at ``end``) goes on with a clause, two words of small letters ("Ab 1.
    Januar 2027 gilt das neue Ticket", "Od 1. ledna 2027 platí nová pravidla", "Deadline is 5 March 2027
    for all"): a subheading or a one-line paragraph naming a date, which a short line had been dropped for
    as a stamp. A stamp's date goes on with a time, a zone, a separator or one word before the time ("3.
    prosince 2026 14:27", "December 3, 2026 at 10:35 am", "3 dicembre 2026 alle ore 14:05", "... 2026
    Updated about 2 hours ago"): no clause where a figure follows."""
    rest = text[end:]
    if any(character.isdigit() for character in rest):
        return False
    # The stop after a Serbian or Hungarian year or day ("1. januara 2027. važe ...") is the date's; a comma,
    # a colon or a dash sets the clause off from it ("3 December 2026: the day the bridge fell").
    words = rest.lstrip(" .,:;–—").split(maxsplit=2)[:2]
    return len(words) == 2 and all(word.isalpha() and word.islower() for word in words)


# The least words of small letters a clause before a line's date has ("The council meets again on 3 March
# 2027": "council meets again on"); a stamp's words before it are fewer ("Last updated on", "Posted by Jane
# Doe on", "Publicado el") or name the stamp (:data:`_STAMP_WORDS`).
_CLAUSE_BEFORE_WORDS = 3
# The words that date a heading's noun, right before its date (see _clause_before).
_DATING_WORDS = frozenset("on am le el il em op".split())
# Past participles' endings in English and the Romance languages, and German's prefixes of those that take
# no "ge-" (Dutch's and German's others hold it: "bijgewerkt", "geändert"); see _is_participle.
_PARTICIPLE_ENDINGS = ("ed", "é", "ée", "ado", "ada", "ido", "ida", "ato", "ata", "ito", "ita")
_PARTICIPLE_PREFIXES = ("be", "ver", "er", "über")
# The words naming a stamp, whose small words before a date are no clause ("Dernière mise à jour le 3
# décembre 2026", "Fecha de la última actualización: 3 de diciembre de 2026"); Arabic's, Hebrew's, Hindi's
# and Urdu's too, whose words are all small ones to the count ("تم النشر في 3 ديسمبر 2026", "آخر تحديث في
# ...", "עודכן לאחרונה ב-3 בדצמבר 2026", "अपडेट किया गया: 3 दिसंबर 2026", "آخری اپ ڈیٹ 16 مئی 2024":
# published, updated; Hindi's and Urdu's stamps were stamps before a clause was looked for); Gujarati's,
# Tamil's and Persian's ("છેલ્લે અપડેટ કરાયું: 16 મે 2024", "கடைசியாக புதுப்பிக்கப்பட்ட தேதி: ...", "آخرین به
# روز رسانی: ..."), Persian's publication named with its date or time ("تاریخ انتشار", "زمان انتشار"), its
# "انتشار" alone being a spread or an issue too, and its update written with or without the joiner, with
# its noun's or participle's ending ("به‌روزرسانی", "به روز شده"): "به روزهای" and "به روزی" are "to the
# days" and "to a day", which a heading holds ("بازگشت به روزهای آرام از 3 دسامبر 2026" had gone).
_STAMP_WORDS = re.compile(
    r"publi|post|updat|modifi|jour|aktuali|actuali|atuali|aggiorn|veröffentl|opublik|frissít|objav|ažur"
    r"|erschien|erstellt|geschrieben|written|escrit|geplaatst"
    r"|نشر|تحديث|עודכן|פורסם|अपडेट|प्रकाशित|पोस्ट|ڈیٹ|اشاعت|شائع"
    r"|અપડેટ|પ્રકાશિત|புதுப்பிக்கப்பட்ட|வெளியிடப்பட்ட|அப்டேட்"
    r"|به[\u200c ]?روز[\u200c ]?(?:رسان|شد)|منتشر شد|(?:تاریخ|زمان) انتشار",
    re.IGNORECASE,
)


def _clause_before(text: str, start: int) -> bool:
    """Whether a line's date (starting at ``start``) closes a clause, three words of small letters before it
    and no stamp's word ("The council meets again on 3 March 2027", "Nová pravidla platí od 1. ledna 2027"):
    a subheading or a one-line paragraph naming a date, which a short line had been dropped for as a stamp."""
    before = text[:start]
    words = before.split()
    small = sum(1 for word in words if _is_small_word(word))
    # Or a heading's noun and the word that dates it (:func:`dates_a_heading`).
    return (small >= _CLAUSE_BEFORE_WORDS or _dated_noun(words)) and _STAMP_WORDS.search(before) is None


def dates_a_heading(text: str, start: int) -> bool:
    """Whether the date at ``text[start:]`` dates the heading's noun before it ("Eleccions el 12 de maig de
    2026", "Elections on 12 May 2026", "Wahlen am 12. Mai 2026"): a heading, which had gone as a stamp
    and been no headline. A stamp's word there names the stamp ("Publicat el", "Erschienen am")."""
    before = text[:start]
    return _dated_noun(before.split()) and _STAMP_WORDS.search(before) is None


def _dated_noun(words: list[str]) -> bool:
    """Whether ``words``, before a date, are a capitalised word, no participle, and one of
    :data:`_DATING_WORDS`."""
    return (
        len(words) == 2
        and words[0].isalpha()
        and words[0][0].isupper()
        and words[1].lower() in _DATING_WORDS
        and not _is_participle(words[0].lower())
    )


def _is_participle(word: str) -> bool:
    """Whether a lower-cased word has a past participle's shape, a stamp's verb that :data:`_STAMP_WORDS`
    does not name ("Edited on", "Bijgewerkt op", "Geändert am", "Créé le", "Editado el"): as a heading's
    noun, a stamp opening a page had been its headline."""
    return word.endswith(_PARTICIPLE_ENDINGS) or (
        word.endswith(("t", "d")) and ("ge" in word[:6] or word.startswith(_PARTICIPLE_PREFIXES))
    )


def _is_small_word(word: str) -> bool:
    """Whether ``word`` is of small letters, or of a script without capitals ("الانتخابات", "מתקיימות"): a
    word no name or heading's capital opens (a vowel sign inside a Devanagari or Tamil word is no letter).
    Not one a comma closes: a place or a field before the date ("ભાસ્કર ન્યૂઝ અમદાવાદ, 16 મે 2024", a
    Gujarati daily's desk and city over its story)."""
    if word.isalpha():
        return word.islower() or not (word[0].isupper() or word[0].islower())
    return (
        word[:1].isalpha()
        and not (word[0].isupper() or word[0].islower())
        and word[-1] not in ",،"
        and not any(map(str.isdigit, word))
    )


# The word for a stamp's update, before its second date, in the languages nutgraf stems.
_UPDATE_WORD = re.compile(
    r"modifié|mis à jour|updated|aktualisiert|actualizado|atualizado|aggiornato|modifica|zaktualizowano",
    re.IGNORECASE,
)


def _is_updated_date_stamp(text: str) -> bool:
    """Whether a line is a date, the word for its update and a second date ("Publié le 3 décembre 2026 à
    14h05, modifié le 3 décembre 2026 à 16h40"): the search for the word spares most lines the dates'."""
    update = _UPDATE_WORD.search(text)
    return (
        update is not None
        and _DATE_LINE.search(text, 0, update.start()) is not None
        and _DATE_LINE.search(text, update.end()) is not None
    )


def _is_reading_time(line: _Line) -> bool:
    """A reading time on a line of its own, with the date after it or not ("4 min read · Jun 2, 2025",
    "Lesezeit: 3 Min.", whose stop had made it a sentence the article opened on)."""
    return line.words <= _DATE_STAMP_WORDS and _READING_TIME.match(line.text) is not None
