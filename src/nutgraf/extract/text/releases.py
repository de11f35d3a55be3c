"""A press release's end: its end mark ("ENDS", "-30-", "###"), and what follows it for journalists (notes
to editors, the company's profile under "About ...")."""

from __future__ import annotations

import re
from itertools import pairwise

from nutgraf.extract.text.words import _ends_sentence, folded_label, word_count

# A press release's marks, a line of their own: "FOR IMMEDIATE RELEASE" over it, "ENDS", "###" or "-30-"
# under it.
_RELEASE_MARK_MAX_CHARACTERS = 30
_RELEASE_MARK = re.compile(r"-30-|#{3,}+|\W*+(?:for immediate release|ends)\W*+", re.IGNORECASE)
# What a release's back matter holds, under its end mark: a contact (an email address, a telephone, "Media
# contact:"), notes to editors, the company's profile under "About ..." or without a heading ("Acme Corp
# (NASDAQ: ACME) makes ...", "... is a leading maker of ...", "Founded in 1998, ..."), its web address on a
# line alone. A story's last section under a "###" that parts it holds none: an account or a web address
# in its sentences ("Follow the project on Instagram @oldmilltrust.") is no contact.
_RELEASE_BACK_MATTER = re.compile(
    r"[\w.+-]@[\w-]++\.\w|^(?:https?://|www\.)\S++$|\b(?:(?:media|press|investor) (?:contacts?|relations|enquiries"
    r"|inquiries)|contacts?\s*+:|kontakt\s*+:|contacto\s*+:|contatto\s*+:|press office|notes? to editors"
    r"|for (?:more|further) information|tel(?:ephone)?\s*+[:.]|(?:founded|established) in \d{4}|headquartered in"
    r"|is (?:a|an|the|one of the) (?:[\w'’-]++ ){0,2}(?:leading|largest|global|world's|provider|manufacturer|maker"
    r"|developer|supplier)\b)|\((?:nasdaq|nyse|lse|tsx|asx|aim|euronext|xetra|otc\w*+|bse|nse)\s*+:"
    r"|^(?-i:About [A-Z])",
    re.IGNORECASE | re.MULTILINE,
)

# A press release's contact heading, a line of its own ("Media Contact:", "Press contacts", "Investor
# Relations", "Contact:", "Pressekontakt:", "Contact presse :", "Contacto de prensa:"): the lines under it
# are for journalists (a name, the company, a telephone), and so is what a wire sets below them ("WANT YOUR
# COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?"). A bare "Contact" needs its colon: without it, it may head a
# section of the story; so does a bare "Investor relations" or "Media relations" (a story's section on them),
# and a bare "Contacts" (a government's release sets its contacts so, the Canada.ca template's heading), each
# heading a release's contacts only where the lines under it are a release's back matter (an email address,
# "Tel:", :data:`_RELEASE_BACK_MATTER`).
_CONTACT_HEADING = re.compile(
    r"(?:(?:media|press|investor|news media)\s++(?:contacts?|relations|enquiries|inquiries)|contacts?\s*+:|contacts"
    r"|pressekontakt|kontakt(?:\s++für\s++(?:die\s++)?(?:presse|medien))?\s*+:|contacts?\s++(?:presse|médias)"
    r"|contactos?\s++(?:de\s++prensa|para\s++medios)|contacto\s*+:|contatti\s++stampa"
    r"|contatos?\s++(?:para|de)\s++imprensa|perscontact|kontakt\s++dla\s++mediów)\s*+:?+",
    re.IGNORECASE,
)
# The most characters of a release's mark or contact heading: longer lines are spared both patterns.
_HEADING_MAX_CHARACTERS = 40

# The most words of a heading over a press release's boilerplate ("About Acme Robotics", "À propos de
# Solvera", "Über Nordwind"), and the word or words that open it in the languages nutgraf stems.
_ABOUT_HEADING_MAX_WORDS = 8
_ABOUT = re.compile(
    r"(?:about|à propos de|a propos de|über|acerca de|sobre|informazioni su|over|o firmie)\s++(?=\S)",
    re.IGNORECASE,
)
# The heading over a press release's notes to editors, from which on it speaks to journalists ("Notes to
# editors", "Editor's notes", "Hinweis für Redaktionen", "Note aux rédactions", "Notas para editores").
# What a company's profile says of it in those other languages, among its first words after the name
# ("Solvera est un fabricant ...", "Nordwind ist ein ...", "Acme es una ..."): their words for "about" head
# the news too ("Sobre Bolsonaro" / "Bolsonaro criticou o plano ..." in a roundup), which goes on otherwise.
_PROFILE_VERBS = frozenset("est sont ist sind es son é são è sono is zijn jest".split())
_PROFILE_VERB_REACH = 8
# The article after a profile's verb ("is a", "è la", "est un", "ist ein", "es una", "é uma", "is een"): a
# profile says what the company is, where a story's sentence on it says what it did ("Tesla is expected to
# ...").
_PROFILE_ARTICLES = frozenset(
    "a an the one il lo la l' un una uno le les une ein eine einer der die das el los las o um uma een de het"
    " jeden jedna".split()
)
_EDITORS_NOTES = re.compile(
    r"(?:notes? (?:to|for) editors|editor(?:'|’)?s(?:'|’)? notes?|hinweise? für (?:die )?redaktion(?:en)?"
    r"|notes? aux rédactions|notas? (?:para|a) (?:los )?(?:editores|redactores|redacciones))\W*",
    re.IGNORECASE,
)


# A press release's label over its head, a line of its own ("Comunicato stampa", "Press release"), where no
# end mark or contact heading is left to tell it from a story.
_RELEASE_LABELS = frozenset(
    {
        "press release",
        "news release",
        "media release",
        "for immediate release",
        "comunicato stampa",
        "communiqué de presse",
        "communiqué",
        "pressemitteilung",
        "presseinformation",
        "nota de prensa",
        "comunicado de prensa",
        "comunicado de imprensa",
        "persbericht",
        "informacja prasowa",
    }
)
# The lines a release's label is looked for in, from its top, over or under its headline.
_RELEASE_LABEL_REACH = 3


def is_release(paragraphs: list[str], end: int) -> bool:
    """Whether ``paragraphs`` are a press release's: :func:`release_end` found its ``end`` before the last,
    or a label says so over its head (:data:`_RELEASE_LABELS`)."""
    # A label is a short line (folded_label reads none longer): their lengths, taken in C, spare a text whose
    # opening lines are all longer (a headline, a lede) the generator's calls.
    opening = paragraphs[:_RELEASE_LABEL_REACH]
    return end < len(paragraphs) or (
        min(map(len, opening), default=_HEADING_MAX_CHARACTERS + 1) <= _HEADING_MAX_CHARACTERS
        and any(folded_label(paragraph, _HEADING_MAX_CHARACTERS) in _RELEASE_LABELS for paragraph in opening)
    )


def release_end(paragraphs: list[str]) -> int:
    """Where a press release's text ends: at its end mark, a line of its own ("ENDS", "-ENDS-", "-30-",
    "###"), when that is the text's only one and stands in its second half with fewer words after it than
    before; or at its contact heading ("Media Contact:", :data:`_CONTACT_HEADING`) with fewer words after
    it than before; else at the end (``len(paragraphs)``). What follows the mark is for journalists: notes
    to editors, the company's profile, "For more information, contact the press office ..."; what follows
    the heading, the contact's name, company and telephone, a line each. Read before the mark and the
    heading go as furniture. A story that parts its sections with "###" has more than one mark, and a mark
    in a text's first half, or over most of its words, ends no release. The heading is measured in words
    alone: the contact's lines, a few words each, outnumber the release's paragraphs."""
    marks: list[int] = []
    contact = None
    for i, paragraph in enumerate(paragraphs):
        short = len(paragraph) <= _HEADING_MAX_CHARACTERS
        if short and _is_release_end(paragraph):
            marks.append(i)
        elif (
            contact is None
            and i
            # A contact heading is short or a table's first cell: the rest of a release's paragraphs, and every
            # paragraph of a story, are spared the call.
            and (short or paragraph[:1] == "|")
            and (heading := _contact_heading(paragraph, short)) is not None
            and _heads_contacts(paragraphs, i, heading)
        ):
            contact = i
    end = len(paragraphs)
    if len(marks) == 1 and marks[0] >= len(paragraphs) // 2 and _ends_release(paragraphs, marks[0]):
        end = marks[0]
    if contact is not None and contact < end and _fewer_words_after(paragraphs, contact):
        end = contact
    return end


def _contact_heading(paragraph: str, short: bool) -> str | None:
    """The contact heading ``paragraph`` is (``short``: of a heading's characters at most), or opens as a
    table's first cell; ``None`` if none. A wire gives its contacts as a Markdown table whose first cell is
    the heading ("| Contact: | Jane Doe, Chief Financial Officer |", as GlobeNewswire sets it), of any length
    ("| Contact: | Ann Lee, a@hm.com |" is no longer than a heading, and had stayed)."""
    if paragraph[:1] == "|":
        cell = paragraph[1 : _HEADING_MAX_CHARACTERS + 2].partition("|")[0].strip()
        return cell if cell and _CONTACT_HEADING.fullmatch(cell) else None
    return paragraph if short and _CONTACT_HEADING.fullmatch(paragraph) else None


def _ends_release(paragraphs: list[str], mark: int) -> bool:
    if not _fewer_words_after(paragraphs, mark):
        return False
    # "###" parts a story's sections too: it ends a release only where what follows it is for journalists.
    return (
        not paragraphs[mark].startswith("#")
        or _RELEASE_BACK_MATTER.search("\n".join(paragraphs[mark + 1 :])) is not None
    )


def _heads_contacts(paragraphs: list[str], heading: int, line: str) -> bool:
    """Whether the contact heading ``line`` at ``heading`` heads a release's contacts: "Investor relations",
    "Media relations" or "Contacts" without a colon only over a release's back matter, having cut a story's
    second half."""
    folded = line.casefold()
    bare_contacts = folded.strip() == "contacts"
    return (
        line.rstrip().endswith(":")
        or ("relations" not in folded and not bare_contacts)
        # A story's "Contacts" section (between two governments) opens on a sentence, and the reporter's
        # address under its last ("Reach Jane Doe at jdoe@...") is back matter too; a release's contacts open
        # on a name.
        or (
            not (bare_contacts and heading + 1 < len(paragraphs) and _ends_sentence(paragraphs[heading + 1]))
            and _RELEASE_BACK_MATTER.search("\n".join(paragraphs[heading + 1 :])) is not None
        )
    )


def _fewer_words_after(paragraphs: list[str], index: int) -> bool:
    return sum(map(word_count, paragraphs[index + 1 :])) < sum(map(word_count, paragraphs[:index]))


def _is_release_end(paragraph: str) -> bool:
    # The release marks less the one over a release's head ("FOR IMMEDIATE RELEASE").
    return (
        len(paragraph) <= _RELEASE_MARK_MAX_CHARACTERS
        and _RELEASE_MARK.fullmatch(paragraph) is not None
        and "release" not in paragraph.casefold()
    )


def without_company_boilerplate(paragraphs: list[str], *, release: bool = False) -> list[str]:
    """``paragraphs`` less a press release's closing boilerplate: from a heading "About <Name>" (or "À
    propos de <Name>", "Über <Name>", ...) in their second half whose next paragraph opens with that name
    ("About Acme Robotics" / "Acme Robotics, Inc. designs ...") to the end, where the company's profile,
    its forward-looking statements and its media contacts stand; or from a heading "Notes to editors".
    A summary had taken the profile's "Northwind Energy plc is a renewable energy developer listed on
    ..." for news, and a long one the notes' "For further information, please contact ..."; and from the
    company's name alone over its profile closing the text (:func:`_closing_bare_profile`), where the text
    is a ``release`` (:func:`is_release`). A news story may close on such a section too
    ("Acme" / "Acme is a small family firm that has made pumps in Leeds since 1921 ..."), and it is the
    story's."""
    if release and (bare := _closing_bare_profile(paragraphs)) is not None:
        return paragraphs[:bare]
    for i in range(len(paragraphs) // 2, len(paragraphs) - 1):
        heading = paragraphs[i]
        # The word count first: nearly every paragraph is longer than a heading. Counted up to one word
        # past the bound: splitting a whole paragraph into its words had cost an XSum article 0.7%.
        if len(heading.split(maxsplit=_ABOUT_HEADING_MAX_WORDS)) > _ABOUT_HEADING_MAX_WORDS:
            continue
        if _EDITORS_NOTES.fullmatch(heading):
            return paragraphs[:i]
        about = _ABOUT.match(heading)
        if about is None:
            continue
        name = heading[about.end() :].strip().rstrip(":").strip()
        profile = paragraphs[i + 1]
        if (
            name[:1].isupper()
            and not _ends_sentence(heading)
            and profile.casefold().startswith(name.casefold())
            and (
                heading[:6].casefold() == "about "
                or not _PROFILE_VERBS.isdisjoint(profile[len(name) :].split()[:_PROFILE_VERB_REACH])
            )
        ):
            return paragraphs[:i]
    return paragraphs


def _is_bare_profile(heading: str, profile: str) -> bool:
    """Whether ``heading`` is a name alone and ``profile`` opens on it, a profile's verb and its article
    ("Ricarica Italia" / "Ricarica Italia è la società del gruppo ...")."""
    if (
        not heading[:1].isupper()
        or _ends_sentence(heading)
        or len(heading.split(maxsplit=_ABOUT_HEADING_MAX_WORDS)) > _ABOUT_HEADING_MAX_WORDS
        or not profile.startswith(heading + " ")
    ):
        return False
    verb, article = [*profile[len(heading) + 1 :].split(maxsplit=2), "", ""][:2]
    return verb in _PROFILE_VERBS and (article in _PROFILE_ARTICLES or article[:2] in ("l'", "l’"))


def _closing_bare_profile(paragraphs: list[str]) -> int | None:
    """Where a press release's profile of its company under the company's name alone closes the text, the
    name's index; else ``None``. Without "About" or "Chi siamo" over it, the name reads as a subheading and
    the profile as news (an Italian release's "Ricarica Italia" / "Ricarica Italia è la società del gruppo
    Energie Unite ...", which a summary could take): a profile is told by the name that opens it and its
    verb and article, the text's last paragraph, of the company the lede names. A roundup's sections, each
    under a company's name over a paragraph opening on it ("Tesla" / "Tesla is the biggest seller ..."),
    are no profile: the form is the text's once, as a release's profile is."""
    if len(paragraphs) < 4 or not _is_bare_profile(paragraphs[-2], paragraphs[-1]):
        return None
    name = paragraphs[-2]
    if name not in paragraphs[0] or any(
        _is_bare_profile(heading, opening) for heading, opening in pairwise(paragraphs[:-2])
    ):
        return None
    return len(paragraphs) - 2
