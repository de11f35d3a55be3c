"""The names in an author field: without a date, a bio, a credit word, a job title, a news agency, the
site's or publisher's name or a photographer's credit run into them; and whether the field names an
organization alone."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from nutgraf.extract.html.metadata.cleaning import _letters, _words
from nutgraf.extract.text import CREDIT_OPENING, JOB_TITLES, MONTH, credits_a_desk, looks_like_names
from nutgraf.language import NEWS_AGENCIES

if TYPE_CHECKING:
    from nutgraf.extract.html.metadata.evidence import PageEvidence

# Where an author field runs on past the names, never at its start: a weekday, a month before a day
# ("November 19": a month alone may be a name, April Smith or Julian March), a bio, a "Published" stamp.
_BYLINE_TAIL = re.compile(
    r"(?<=\S)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|published|updated|posted"
    r"|submitted)\b"
    rf"|{MONTH}(?=\s*\d)"
    r"|is an? )"
    # A field that is a date stamp and nothing else ("Last Updated: January 7, 2025", "Posted on March 5,
    # 2024", Drupal's "Submitted on Mon, 2019-01-21"), not a credit ("Posted by Jane Doe").
    r"|^(?:last\s+)?(?:updated|modified|published|posted|submitted)\b(?!\s+by\b)",
    re.IGNORECASE,
)
# What a byline says before the names, in the languages nutgraf reads: an author field of nothing else has
# lost its names (trafilatura drops "<...>" from it as markup, so "By <Jane Doe>" arrives as "By").
_CREDIT_WORDS = frozenset(
    {"by", "von", "par", "por", "di", "da", "de", "door", "przez", "autor", "от", "від", "автор"}
)
# A label before the names in a byline element ("Текст: Лида Буслаева", "Author: ...", "作者：..."): one
# word and a colon, which trafilatura would keep as a word of the names (an Indic or Thai word's vowel signs
# are no letters to Python: "संवाददाता:", "ผู้เขียน:").
# Taiwanese and Hong Kong papers set a full-width slash after the label ("文／記者王小明", "撰文／陳大文"):
# one of theirs, as the slash follows the names too, before the place of the report ("記者王小明／台北報導").
# The BBC World Service's byline element sets its label before a comma, in English in every language:
# "Author, Esther Namuhisa" above "Role, BBC News Swahili".
_BYLINE_LABEL = re.compile(
    r"^(?:[^\W\d_][\w\u0900-\u0e7f]*+\s*+[:：]|(?:文|撰文|圖文|图文|圖|图|攝影|摄影|記者|记者)\s*+／|(?i:author),)\s*+"
)
#: The reporter's title that East Asian papers set after the names ("김철수 기자", "山口彩花記者") or, in
#: Chinese and Korean, before them ("記者王小明", "기자 이영희"), and the place of the report Taiwanese
#: papers set after a slash ("記者王小明／台北報導", reporting from Taipei): no part of the names.
REPORTER_TITLE = re.compile(
    r"^(?:記者|记者|기자)\s*+(?=[^\W\d_])|(?<!\s)\s*+(?:기자|記者|记者|특파원|特派員)$"
    r"|(?<!\s)\s*+[／/]\s*+[\u4e00-\u9fff]{0,8}?(?:報導|报道)$"
)
# Swahili's credit word before a writer's names ("Na Juma Hamisi": by Juma Hamisi), read as one only on a
# page that declares itself Swahili: elsewhere "Na" is a surname (Korean's "Na Kyung-won").
_SWAHILI_CREDIT = re.compile(r"^na\s++(?=[^\W\d_])", re.IGNORECASE)
# What a byline credits the names with, before them: "Analysis by", "Written by", "Story by".
_CREDIT_PREFIX = re.compile(r"^[^\W\d_]+\s+by\s+", re.IGNORECASE)
# The word that joins two writers' names in the languages nutgraf reads, besides the "and" and "und"
# trafilatura parts an author field at ("Ana García y Luis Pérez", "Claire Martin et Paul Durand", "Marco
# Rossi e Luca Bianchi", "Jan de Vries en Piet Bakker"); in lower case, as in a byline.
_NAMES_JOINER = re.compile(r" (?:y|e|et|en|i|и|і|та|oraz) ")
# A news agency (:data:`~nutgraf.language.NEWS_AGENCIES`) that a writer's name is credited with ("Jane Doe,
# Associated Press", "Jane Doe | Reuters"), in letters: beside a writer's name it is no second writer. Not
# the agencies whose names are also a writer's given name or initials ("Hina Khan", "Ani Petrosyan",
# "Antara Mali", "AA Gill", "Fuyuhiko Iha"): a byline that names one is a writer's.
_AGENCY_LETTERS = frozenset(map(_letters, NEWS_AGENCIES - {"hina", "ani", "antara", "aa", "tt", "iha"}))
# The most letters of an agency's initials written as a given name is written ("Ria", "Efe"): the names
# that are words ("Reuters", "Xinhua", "Kyodo") are longer.
_AGENCY_INITIALS_MAX_LETTERS = 4
# The first word of a photographer's credit beside the writer's ("Фото Руслан Исмагилов").
_PHOTO_WORDS = frozenset(
    {"photo", "photos", "foto", "fotos", "фото", "фотография", "photography", "写真", "摄影", "사진"}
    | {"video", "videos", "vídeo", "vídeos", "видео"}
)


def _with_vowel_signs(author: str, sources: list[str]) -> str:
    """``author`` (trafilatura's) with the vowel signs its names end with in the ``sources`` it read them
    from (the page's meta tags and JSON-LD, a byline element's text): trafilatura strips what is not a
    letter to Python off a name's end, and a Devanagari, Bengali, Tamil or Thai vowel sign is none ("विकास
    शर्मा" became "विकास शर्म", "สมชาย ใจดี" "สมชาย ใจด")."""
    names = []
    for name in author.split("; "):
        for source in sources:
            start = source.find(name)
            if start < 0:
                continue
            end = start + len(name)
            while end < len(source) and unicodedata.category(source[end]).startswith("M"):
                end += 1
            name = source[start:end]
            break
        names.append(name)
    return "; ".join(names)


def with_full_stops(author: str, sources: list[str]) -> str:
    """``author`` (trafilatura's) with the full stops its names' title and initials have in the ``sources``
    it read them from (the page's meta tags and JSON-LD): trafilatura takes every full stop off a name, and
    "Dr. Alisha Grant" became "Dr Alisha Grant". Only where the source writes the name so: "Dr" stays where
    the page writes it without one."""
    names = []
    for name in author.split("; "):
        stopped = " ".join(
            f"{word}."
            if len(word) <= _ABBREVIATION_LETTERS and word[:1].isupper() and word.isalpha()
            else word
            for word in name.split(" ")
        )
        names.append(stopped if stopped != name and any(stopped in source for source in sources) else name)
    return "; ".join(names)


def with_agency_casing(author: str, sources: list[str]) -> str:
    """``author`` (trafilatura's) with a news agency's name in the case the ``sources`` it read it from
    (the page's meta tags and JSON-LD) write it: trafilatura capitalises a field in lower case as a
    person's name, and dpa's "dpa" became "Dpa" (sda's "sda", ats's "ats" too). A person's name the page
    writes in lower case keeps trafilatura's capitals, and so does an agency's name that is a word
    ("reuters" in a meta tag is "Reuters" on the page and to a reader): only initials are written in lower
    case by their own agency."""
    names = []
    for name in author.split("; "):
        if (
            is_agency(name)
            and len(_letters(name)) <= _AGENCY_INITIALS_MAX_LETTERS
            and not any(name in source for source in sources)
        ):
            name = next(filter(None, (_written_as(name, source) for source in sources)), name)
        names.append(name)
    return "; ".join(names)


def _written_as(name: str, source: str) -> str | None:
    """``name`` as ``source`` writes it, a whole word in any case ("dpa" in "Von dpa"), or ``None``."""
    lowered, key = source.lower(), name.lower()
    if len(lowered) != len(source):
        return None  # a letter whose lower case is longer: the offsets would not match
    at = lowered.find(key)
    while at >= 0:
        end = at + len(key)
        if not (at and lowered[at - 1].isalnum()) and not lowered[end : end + 1].isalnum():
            return source[at:end]
        at = lowered.find(key, at + 1)
    return None


# The most letters of a title or an initial written with a full stop before a name ("Dr.", "Mrs.", "J.").
_ABBREVIATION_LETTERS = 3


def is_agency(name: str) -> bool:
    """Whether ``name`` (an author field's name) is a news agency's ("Reuters", "IANS", "Associated
    Press"), not one of the agencies whose names are also a writer's."""
    return _letters(name) in _AGENCY_LETTERS


def names_agency(names: str) -> bool:
    """Whether a line of a byline names a news agency, whole ("Reuters", "RIA Novosti") or among other
    words ("EFE Madrid", "Ines Moreau Reuters", "Reuters Tokyo"); not where the agency's initials are the
    first word of a name written as a given name is ("Ria Sharma", "Efe Kaya": an agency writes its
    initials in capitals). An agency's name that is a word is no given name: "Xinhua Beijing" had been
    credited as a writer."""
    words = names.split()
    if len(words) > 1 and words[0].istitle() and len(words[0]) <= _AGENCY_INITIALS_MAX_LETTERS:
        words = words[1:]
    return is_agency(names) or any(is_agency(word) for word in words)


def credits_organization(author: str | None, site: str | None, evidence: PageEvidence) -> bool:
    """Whether an author field (trafilatura's, its names parted by "; ") names an organization alone, not
    a writer: a news agency ("Reuters" in a portal's JSON-LD), the page's site or publisher ("CBS News" on
    MSN, a newspaper's own name in its meta author), whose writer the page's byline may name."""
    if not author:
        return False
    names = _publisher_letters(site, evidence)
    parts = author.split("; ")
    return _letters(author) in names or all(
        is_agency(part) or _letters(part) in names or _is_outlet(part, site) for part in parts
    )


def names_publisher(author: str, site: str | None, evidence: PageEvidence) -> bool:
    """Whether an author field (its names parted by "; ") names the page's own site or publisher alone
    ("BBC News" on the BBC's pages), which the page's header already names."""
    names = _publisher_letters(site, evidence)
    return _letters(author) in names or all(
        _letters(part) in names or _is_outlet(part, site) for part in author.split("; ")
    )


def _publisher_letters(site: str | None, evidence: PageEvidence) -> set[str]:
    """The letters of the names the page gives its site and publisher."""
    names = {_letters(name) for name in evidence.publishers} | {_letters(site or "")}
    names.discard("")
    return names


def writer_for(found: str | None, organization: str) -> str:
    """The writer's names the byline search ``found`` on a page whose author field names an
    ``organization`` alone; the organization where the search found none, or found the organization's
    name again, with whatever stands beside it ("Reuters, Washington": the dateline's place)."""
    credited = {_letters(name) for name in organization.split("; ")}
    if not found or any(_letters(name) in credited for name in found.split("; ")):
        return organization
    return found


def _byline(
    author: str | None,
    site: str | None = None,
    linked: tuple[str, ...] = (),
    copyright: str | None = None,
    republished: str | None = None,
) -> str | None:
    """The names in an author field, without a date or a bio run into them ("Jeff Foust Monday;
    November", "Phil Helsel is a reporter", "Wire services Published"), without what credits them
    ("Analysis by", "Por"), parted where a word other than "and" joins them ("Ana García y Luis Pérez"),
    and, beside other names, without job titles, a news agency they are credited with ("Associated
    Press"), the ``site``'s name, the publisher the page's ``copyright`` notice names (Wired's meta author
    is "Condé Nast", beside its JSON-LD's writer), the newsroom the page's ``republished`` notes credit the
    story to ("Anna Wolfe, ProPublica" over "This article was originally published by ProPublica ...") and
    names repeated.
    A name that runs on past the name of a ``linked`` author page is cut there ("Finian Cunningham
    Sputnik International")."""
    if not author:
        return None
    names = _BYLINE_TAIL.split(author, maxsplit=1)[0].strip(" ;,|–—-:")
    if names.lower() in _CREDIT_WORDS:
        return None
    # trafilatura takes "By" and "Von" off a field's front, not "Por", "Par" or "di".
    parts = [
        _without_agency(_linked_name(_CREDIT_PREFIX.sub("", name), linked))
        for part in names.split("; ")
        for name in _joined_names(_without_credit_word(part))
    ]
    # A site's name that an author field splits ("Mac & i" as "Mac; I") is not taken for names beside it.
    named_site = site is not None and _letters(names) == _letters(site)
    people = (
        [
            part
            for part in parts
            if named_site
            or not (
                _is_title_or_outlet(part, site)
                or _is_named_in(part, copyright)
                or _is_named_in(part, republished)
                or is_agency(part)
                or _is_desk_or_photo(part)
            )
        ]
        or [part for part in parts if not _is_title_or_outlet(part, site)]
        or parts
    )
    # The same name twice (NYT gives one in meta tags, one in capitals in JSON-LD): the first kept.
    unique: dict[str, str] = {}
    for part in people:
        unique.setdefault(part.casefold(), part)
    return "; ".join(unique.values()) or None


def without_language_credit(author: str | None, language: str) -> str | None:
    """``author`` without the credit word of the page's ``language`` (its declared ``lang``) that is a
    name in other languages (Swahili's "Na")."""
    if author and language.lower().replace("_", "-").partition("-")[0] == "sw":
        return _SWAHILI_CREDIT.sub("", author)
    return author


def _without_agency(name: str) -> str:
    """A writer's name without the news agency run into it ("MARK SHERMAN Associated Press", as a
    newspaper's CMS gives an AP story's byline): the name of two words or more before it."""
    words = name.split()
    for size in (2, 1):
        if len(words) - size >= 2 and _letters(" ".join(words[-size:])) in _AGENCY_LETTERS:
            return " ".join(words[:-size])
    return name


def _is_desk_or_photo(part: str) -> bool:
    """Whether a part of an author field names a newsroom ("TIC News Service", "Web Desk") or credits the
    photographs ("Фото Руслан Исмагилов", from "Текст: ..., фото: ...")."""
    # The last word of a newsroom's name ("TIC News Service", "Web Desk", "Metro Staff", "Sky News"), not
    # a writer's surname ("Robert Service"), who had been dropped beside a co-writer.
    return credits_a_desk(part.strip(" .,;:|")) or _is_photo_credit(part)


def _is_photo_credit(text: str) -> bool:
    """Whether ``text`` opens with a photo's or a video's word ("Photo by ...", "Фото Руслан ...")."""
    first = _words(" ".join(text.split(None, 1)[:1]))
    return bool(first) and first[0] in _PHOTO_WORDS


def _without_credit_word(part: str) -> str:
    """``part`` without the credit word before its names ("Por", "מאת") and a reporter's title before or
    after them ("김철수 기자")."""
    opening = CREDIT_OPENING.match(part)
    return REPORTER_TITLE.sub("", part[opening.end() :] if opening else part)


def _joined_names(part: str) -> list[str]:
    """The names ``part`` joins with a word other than "and" ("Ana García y Luis Pérez"), where each is a
    full name of two words or more: "José Ortega y Gasset" is one man."""
    names = _NAMES_JOINER.split(part)
    if len(names) > 1 and all(len(name.split()) > 1 and looks_like_names(name) for name in names):
        return names
    return [part]


def _linked_name(part: str, linked: tuple[str, ...]) -> str:
    """``part`` cut to the name of an author page it starts with (of two words or more)."""
    words = _words(part)
    for name in linked:
        start = _words(name)
        if len(start) > 1 and len(words) > len(start) and words[: len(start)] == start:
            return name
    return part


def _is_title_or_outlet(part: str, site: str | None) -> bool:
    """Whether a name of an author field is a job title ("AP Auto Writer") or the site's name, whole
    or in part ("CNN Business" on CNN, "Business Insider" on Business Insider Deutschland)."""
    words = _words(part)
    return (bool(words) and words[-1] in JOB_TITLES) or _is_outlet(part, site)


def _is_outlet(part: str, site: str | None) -> bool:
    """Whether a name of an author field is the site's name, whole or in part ("CNN Business" on CNN,
    "네이버" on 네이버 뉴스)."""
    words = _words(part)
    # "cleveland.com" is the site of "Cleveland com".
    site_words = _words((site or "").replace(".", " "))
    shorter = min(len(words), len(site_words))
    return shorter > 0 and words[:shorter] == site_words[:shorter]


def _is_named_in(part: str, notice: str | None) -> bool:
    """Whether the words of ``part`` run, in order, through ``notice``."""
    words, notice_words = _words(part), _words(notice or "")
    return bool(words) and any(
        notice_words[start : start + len(words)] == words
        for start in range(len(notice_words) - len(words) + 1)
    )
