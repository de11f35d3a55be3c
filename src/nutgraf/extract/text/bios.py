"""A writer's bio set after the article or under its byline ("Rachel Kim is a health reporter at ...",
"Mr. Medina is a hydrologist ..."), and a closing one that names no one the article quotes."""

from __future__ import annotations

import re

from nutgraf.extract.text.bylines import _names_and_job, looks_like_names
from nutgraf.extract.text.calls import _EMAIL_LINE, _STOP_INSIDE
from nutgraf.extract.text.furniture import is_writers_address

# The paragraphs at the article's end searched for its writer's bio (a correction or a credit may follow it).
_BIO_PARAGRAPHS = 3
_BIO_MAX_WORDS = 60
_BYLINE_NAMES_SEPARATOR = re.compile(r"[,;&]|\band\b")
# The most words of the writer's contact line (see :func:`_is_contact_line`).
_CONTACT_LINE_MAX_WORDS = 25
# The words that say how to reach the writer, and the page's words for its writer in a contact line that does
# not name them, then the comma or the word before the address or the means ("To contact the author, email
# ...", "Reach the reporter at ..."): the author of a study, the reporter who broke a story are someone else.
_CONTACT_WORDS = ("can be reached", "contact", "email", "e-mail", "write to", "reach ")
_THE_WRITER = tuple(
    f"{writer}{after}"
    for writer in ("the author", "the writer", "the reporter", "this reporter")
    for after in (",", " at ", " by ", " via ", " on ")
)
# The word an author's box heads the writer's names with.
_ABOUT = "About "
# What a bio under the writer's name alone never holds (:func:`without_name_box`): a question, a quotation or
# reported speech, which an interview's closing lines under its speaker's name do (the writer, its host, last:
# "Dana Reyes" over "I think the bank will cut in March, she told me.").
_SPEECH = ("?", "“", "”", '"', "«", "»", "„", " said", " says", " told ")


# The honorifics an opinion page sets before a guest writer's surname in the bio under the byline ("Mr.
# Medina is a hydrologist and ...", as The New York Times writes it).
_HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "Dr", "Mr", "Ms", "Mrs", "Professor", "Prof.")
# How such a bio goes on after the name: it says what the writer is or does. A paragraph of news may open
# with someone who shares the writer's surname ("Mr. Lee is accused of ..." under "By Jin Lee").
_BIO_WORDING = (
    "is a ",
    "is an ",
    "is the ",
    "was a ",
    "was an ",
    "was the ",
    "teaches ",
    "writes ",
    "directs ",
)
# The same for a bio under a byline that ran the paper's name on (:func:`without_author_bio`), where a bio
# says what the writer covers too ("Liliana Hernández covers Minneapolis City Hall for the Star Tribune.").
# And an academic writer's disclosure statement as The Conversation's republished pieces close on it ("Juliana
# Rangel receives funding from the U.S. Department of Agriculture.", "... does not work for, consult, own shares
# in or receive funding from any company ..."): the writer's ties, no news.
_RUN_ON_BIO_WORDING = (
    *_BIO_WORDING,
    "covers ",
    "reports ",
    "receives funding ",
    "has received funding ",
    "does not work for, consult",
)


# The word closing a byline's run-on desk ("Globe Staff"), and the contact line's wording after the names.
_STAFF_RUN_ON = " Staff"
_CONTACT_WORDING = ("can be reached ", "may be reached ", "can be contacted ")


def _byline_names(byline: str) -> list[str]:
    return [
        " ".join(name.split()) for name in _BYLINE_NAMES_SEPARATOR.split(byline) if len(name.split()) >= 2
    ]


def without_name_box(paragraphs: list[str], byline: str | None) -> list[str]:
    """``paragraphs`` less an author's box that closes them headed by the writer's name alone, its bio the
    last line, which need not name them (Exposure's and a Payload site's "Morag Duncan" over "Documentary
    photographer based in Aberdeen."): the box had closed the text. Not a last line with a label's colon
    ("Correction: ..."), nor one that speaks (:data:`_SPEECH`)."""
    if not byline or len(paragraphs) < 3:
        return paragraphs
    bio = paragraphs[-1]
    if (
        paragraphs[-2] in _byline_names(byline)
        and len(bio.split()) <= _BIO_MAX_WORDS
        and ":" not in bio
        and not any(speech in bio for speech in _SPEECH)
    ):
        return paragraphs[:-2]
    return paragraphs


def without_author_bio(paragraphs: list[str], byline: str | None, *, worded: bool = False) -> list[str]:
    """``paragraphs`` less the writer's bio pages set after the article: one of the last few paragraphs
    that opens with a name of the ``byline`` and goes on about them in lower case ("Rachel Kim is a
    health reporter at ...", "Jeanna Smialek covers the Federal Reserve ..."), or with an honorific and
    the surname and what the writer is or does ("Mr. Medina is a hydrologist ..."); the latter also among
    the first few paragraphs, where an opinion page sets it under the byline; or, among the last few, an
    author's box: the byline's names and a job title, and a bio by the writer's first name ("Jon is a ...").
    A summary had quoted both. ``worded``: a last paragraph opening on the names goes only where it says what
    the writer is, does or covers (:data:`_RUN_ON_BIO_WORDING`), as a page's byline may be its meta author's,
    a company's or an obituary's subject's ("Northwind Energy expects the sale to close in March.", "Mary
    Smith was preceded in death by ..."), and a page's "Stella Kim reported from Seoul." is its story's."""
    paragraphs = without_name_box(paragraphs, byline)
    if not byline:
        return _without_closing_contact_line(paragraphs)
    if not paragraphs:
        return paragraphs
    names = _byline_names(byline)
    titled = [f"{honorific} {name.split()[-1]}" for name in names for honorific in _HONORIFICS]
    # A byline may run the paper's name on after the writer's ("By Liliana Hernández Star Tribune"), where
    # the bio names her alone and the paper later ("Liliana Hernández covers Minneapolis City Hall for the
    # Star Tribune."): a bio may open on the byline's first two words or more where it names the rest too
    # and says what the writer is or covers, since news of the paper's own writer names them and the paper
    # as well ("Liliana Hernández won the Pulitzer Prize ... for her Star Tribune series ...").
    run_on = [
        (" ".join(words[:size]), " ".join(words[size:]))
        for words in (name.split() for name in names)
        for size in range(2, len(words))
    ]
    # An author's box under a tech or trade site's story heads the bio with the names and the job ("Jon
    # Brodkin Senior IT Reporter") and calls the writer by the first name ("Jon is a Senior IT Reporter for
    # Ars Technica."): a summary had quoted the bio. By the first name, only a bio's wording right under
    # that head is a bio: news names others by a first name the writer shares ("Sarah is a nurse ...").
    # Or heads it "About" and the names (Science News's "About Susan Milius"), a line no story's is.
    first_names = [name.split()[0] for name in names]
    start = max(0, len(paragraphs) - _BIO_PARAGRAPHS)
    about = {_ABOUT + name for name in names}
    box_heads = {
        i
        for i in range(start, len(paragraphs))
        if (any(paragraphs[i].startswith(name + " ") for name in names) and _names_and_job(paragraphs[i]))
        or paragraphs[i] in about
    }

    def opens_bio(paragraph: str, openings: list[str], wording: tuple[str, ...] = ("",)) -> bool:
        return len(paragraph.split()) <= _BIO_MAX_WORDS and any(
            paragraph.startswith(name + " ")
            and paragraph[len(name) + 1 : len(name) + 2].islower()
            and paragraph.startswith(wording, len(name) + 1)
            for name in openings
        )

    return [
        p
        for i, p in enumerate(paragraphs)
        if not (
            (
                i >= start
                and (
                    opens_bio(p, names, _RUN_ON_BIO_WORDING if worded else ("",))
                    or _is_contact_line(p, names)
                    or i in box_heads
                    or (i - 1 in box_heads and opens_bio(p, first_names, _BIO_WORDING))
                    or any(
                        rest in p and opens_bio(p, [opening], _RUN_ON_BIO_WORDING) for opening, rest in run_on
                    )
                    # Or the paper's staff run on ("By Kay Lazar Globe Staff", The Boston Globe's), the
                    # contact line naming the writer alone ("Kay Lazar can be reached at ...").
                    or any(
                        rest.endswith(_STAFF_RUN_ON) and opens_bio(p, [opening], _CONTACT_WORDING)
                        for opening, rest in run_on
                    )
                )
            )
            or ((i >= start or i < _BIO_PARAGRAPHS) and opens_bio(p, titled, _BIO_WORDING))
        )
    ]


# A call to reach someone by their names, the words before the means ("Reach Maria Lopez at ...", "Contact
# Olivia Herken at ..."): the names are two to four words, each opening on a letter.
_CALL_TO_REACH = re.compile(
    r"(?:Reach|Contact|Email|E-mail) ([^\W\d_][\w'’.-]*+(?: [^\W\d_][\w'’.-]*+){1,3}?) at "
)


def _without_closing_contact_line(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less a last one that is a writer's contact line (:func:`_is_contact_line`) of the names
    it calls the reader to reach (:data:`_CALL_TO_REACH`), at an address made of them and no official's or
    body's (:func:`~nutgraf.extract.text.furniture.is_writers_address`), where the page names no writer: a
    BLOX paper's
    "Reach Maria Lopez at 555-0142 or mlopez@...", which goes under a byline, had stayed in pasted text
    without one. An appeal for witnesses names a means other than an e-mail address last ("... contact
    Detective Jane Doe at 555-0100."), and an event's contact runs on past it ("... to register.")."""
    if len(paragraphs) < 2:
        return paragraphs
    call = _CALL_TO_REACH.match(paragraphs[-1])
    if call is None or not _is_contact_line(paragraphs[-1], [call[1]]):
        return paragraphs
    return paragraphs[:-1] if is_writers_address(paragraphs[-1].split()[-1], call[1]) else paragraphs


def _is_contact_line(paragraph: str, names: list[str]) -> bool:
    """Whether a paragraph is the writer's contact line, one short sentence naming a name of the byline, or
    the writer as "the author" (:data:`_THE_WRITER`), and closing on an e-mail address (The Michigan Daily's
    "Daily Staff Reporter Jonah Kim can be reached at jonkim@umich.edu.", Rigzone's "To contact the author,
    email ..."), the writer's job before the name or not, and words that say how to reach them
    (:data:`_CONTACT_WORDS`): a summary had taken it for news. News names the writer with no address, another's
    address, or the writer and an address without a call to reach them ("The clerk said questions for Jonah
    Kim's story went to clerk@...")."""
    words = paragraph.split()
    return (
        len(words) <= _CONTACT_LINE_MAX_WORDS
        and _EMAIL_LINE.fullmatch(words[-1].rstrip(".")) is not None
        and _STOP_INSIDE.search(paragraph) is None
        and any(map((lowered := paragraph.lower()).__contains__, _CONTACT_WORDS))
        and (any(name in paragraph for name in names) or any(map(lowered.__contains__, _THE_WRITER)))
    )


# What a bio says of the one it names after their name: "Jane Doe is a professor ...".
_BIO_VERB = "is"
_BIO_ARTICLES = frozenset(("a", "an", "the"))
# The most words of the name a closing bio opens with.
_BIO_NAME_WORDS = 4


def _without_closing_bio(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less a last one that introduces a writer or the publisher the article never names:
    a name, "is a/an/the", in a paragraph of a bio's length ("Richard Holt is a senior fellow at the
    Brookings Institution ...", an op-ed's bio with no byline to match; "Full Fact is a registered
    charity. Support our work."). News that ends on someone it quoted names them before."""
    if len(paragraphs) < 2:
        return paragraphs
    last = paragraphs[-1]
    words = last.split(maxsplit=_BIO_NAME_WORDS + 2)
    for size in range(2, min(_BIO_NAME_WORDS, len(words) - 2) + 1):
        if words[size] == _BIO_VERB and words[size + 1] in _BIO_ARTICLES:
            # The paragraph's length only where it opens as a bio (a few in a thousand): a whole
            # paragraph split into its words to be counted had cost every XSum article some 9,000
            # instructions. Counted up to one word past the bound.
            if len(last.split(maxsplit=_BIO_MAX_WORDS)) > _BIO_MAX_WORDS:
                return paragraphs
            name = words[:size]
            if words[0] in _BIO_ARTICLES or not looks_like_names(" ".join(name)):
                return paragraphs
            earlier = "\n".join(paragraphs[:-1])
            return paragraphs if name[-1] in earlier else paragraphs[:-1]
    return paragraphs


# A broadcast script's sign-off, its writer's name after "I'm" (Learning English's and a radio story's "I'm Dan
# Novak."), its own paragraph at the story's end.
_SIGN_OFF = re.compile(r"(?:I['’]m|I am) ([^\W\d_][\w.'’ -]{1,60}?)\.?")
_SIGN_OFF_MAX_CHARACTERS = 70


def without_sign_off(paragraphs: list[str], byline: str | None) -> list[str]:
    """``paragraphs`` less a last one that signs the script off with the name the byline gives: the writer
    saying who they are, no news. A closing quotation ("I'm Spartacus.") names someone the byline does not."""
    if not paragraphs or byline is None or len(last := paragraphs[-1]) > _SIGN_OFF_MAX_CHARACTERS:
        return paragraphs
    sign_off = _SIGN_OFF.fullmatch(last)
    if sign_off is None or not sign_off.group(1)[:1].isupper():
        return paragraphs
    # The byline's words whole, a name's: "I'm in." under "By Justin Webb" is the columnist's own sentence,
    # "in" only letters of "Justin".
    name = sign_off.group(1).split()
    words = [word.strip(",;:()") for word in byline.split()]
    signed = any(words[start : start + len(name)] == name for start in range(len(words)))
    return paragraphs[:-1] if signed else paragraphs


# The labels of a story's closing credits of its editing and making, before their colon and the names
# ("Redigat: Justus von Daniels", Correctiv's; "Schlussredaktion: ...", "Grafiken: ...", "Editing: ..."): no
# writer's, whose byline heads the story. "Recherche:" and "Text:" credit the writers, and stay.
_MAKING_CREDIT_LABELS = frozenset(
    """redigat redaktion schlussredaktion lektorat faktencheck grafik grafiken illustration illustrationen
    gestaltung editing edited fact-checking edición edição""".split()
)
# The most characters of such a credit's line, and the names it credits split at their commas and "and"s.
_MAKING_CREDIT_CHARACTERS = 120
_CREDITED_NAMES_SEPARATOR = re.compile(r",|\b(?:und|and|y|et)\b|&")


def without_making_credits(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less the lines closing them that credit the story's editing and making, a role's label
    and its colon before people's names (:data:`_MAKING_CREDIT_LABELS`: Correctiv's "Redigat: Justus von
    Daniels" under the story, which a page's text had kept where a pasted copy's lost it past its prose).
    A label before a sentence ("Redaktion: Die Zeitung hat ...") or before no names stays."""
    end = len(paragraphs)
    # The length and the colon first, in C: nearly every story closes on a paragraph longer or without one.
    while end > 1 and len(last := paragraphs[end - 1]) <= _MAKING_CREDIT_CHARACTERS and ":" in last:
        label, _, names = last.partition(":")
        parts = [part.strip() for part in _CREDITED_NAMES_SEPARATOR.split(names)]
        # A person's names are two words at least: one is a fact check's verdict ("Faktencheck: Falsch").
        if label.strip().casefold() not in _MAKING_CREDIT_LABELS or not all(
            len(part.split()) > 1 and looks_like_names(part) for part in parts
        ):
            break
        end -= 1
    # Under a box of other roles' labels, the credits close a film's or a book's facts ("Regie: ...",
    # "Director: ...", "Verlag: ..." over "Editing: Thelma Schoonmaker"), which stay whole.
    if end < len(paragraphs) and _is_labelled_line(paragraphs[end - 1]):
        return paragraphs
    return paragraphs[:end]


def _is_labelled_line(paragraph: str) -> bool:
    """Whether ``paragraph`` is a short line of a label of a word or two, its colon and a value."""
    label, colon, value = paragraph.partition(":")
    return (
        bool(colon)
        and len(paragraph) <= _MAKING_CREDIT_CHARACTERS
        and 0 < len(label.split()) <= 2
        and bool(value.strip())
    )
