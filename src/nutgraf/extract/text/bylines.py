"""Bylines and names: the patterns of a byline line ("By Jane Doe", "Posted on May 2, 2024 by Ruth Hallam",
"作者：李华"), and whether words look like a writer's names."""

from __future__ import annotations

import re

from nutgraf.extract.text.stamps import MONTH, WEEKDAY

# "By" in the languages nutgraf stems (Romanian's "de" in lower case only, as Italian's "di": "De Gaulle"
# is a name; and only before capitalised names that close the line or meet a separator, or two writers'
# parted by "și" that close it or meet a bar or a dash, not a comma ("de Crăciun și Anul Nou, iar ..." goes
# on with a clause), each writer a first name and a surname at least (a hard-wrapped line's last words, "...
# sporurile plătite" / "de Crăciun și Anul Nou", name two feasts), as a hard-wrapped
# line of Spanish, French, Portuguese or Romanian goes on with "de la ciudad ..." or "de Madrid y ...",
# which a block of two lines read as a headline over its byline would not join), opening a byline line
# (with a colon or not: "Por: Ana García", "بقلم أحمد محمود"), or the label a page sets before the names
# ("Author:", "Автор:", "作者：", "Texte :"); or "... by Name Surname" closing one after a date, a time, a
# credit word or a separator ("Posted on May 2, 2024 by", "Words by", "Publié le 3 mars 2026 à 10h12 –
# Par Claire Martin"): after anything else it
# is a headline ("Senator attacked by Protesters"). The names end at a comma, a colon or a separator:
# a place or a date stamp follows ("Автор: Иван Петров, 3 марта 2026", "Por Ana García | Madrid").
#: "Story" before a credit word, as MSN credits a partner's story in each language (see :data:`_BYLINE`), and
#: the credit words after it ("Story by", "Geschichte von", "História de").
STORY_CREDIT_WORDS = "story|geschichte|história|historia|storia"
STORY_CREDIT_BY = "by|par|por|da|di|von|de"
_BYLINE = re.compile(
    # A section's label glued to the credit word where the page's label and byline meet without a space
    # (Reach's "NewsBy Ruth Mosalski, Chief Reporter"): a capitalised word in lower case before "By" and a
    # writer's two capitalised names, read past; "Abby Smith" and "Standby" glue no capital "By", and a
    # title's one word after it ("StandBy Me") names no writer.
    r"(?-i:[A-Z][a-z]{1,20}+(?=By\s++[A-Z][\w'’-]*+\s++[A-Z]))?+"
    # The participle "written" before the credit word in the Romance languages and German, as Nouvelle-Calédonie
    # la 1ère sets its byline ("Écrit par Thierry Pérès", whose names had been read as none), at the line's head.
    # The article before it, as franceinfo sets its byline ("Article rédigé par Léa Dupont - franceinfo").
    r"(?:(?:article\s++)?+(?:écrit|écrite|rédigé|rédigée|escrito|escrita|scritto|scritta|geschrieben)\s++(?=par|por|da|di|von)"
    # So is "story" before it, as MSN credits a partner's story in each language ("Story by Simon Calder • 2h",
    # "Geschichte von ...", "História de ..."), only with the story's age, its number, after a bullet on the
    # line: without, "story" before a credit word opens a headline or a section's heading ("Geschichte von
    # Berlin", "Storia di Roma • Politica"), whose last words had been read as the writer's and had left the text.
    rf"|(?:{STORY_CREDIT_WORDS})\s++(?=(?:{STORY_CREDIT_BY})\s[^•·\n]{{1,60}}+[•·] ?\d))?"
    r"(?:by|von|par|por|(?-i:di|da|de(?=(?:\s++[A-ZĂÂÎŞȘŢȚ][^\s,.:：|•·–—(（]*+){1,4}+\s*+(?:$|[,:：|•·–—(（])"
    r"|(?:\s++[A-ZĂÂÎŞȘŢȚ][^\s,.:：|•·–—(（]*+){2,4}+\s++(?:și|şi)(?:\s++[A-ZĂÂÎŞȘŢȚ][^\s,.:：|•·–—(（]*+){2,4}+"
    r"\s*+(?:$|[|•·–—(（])))"
    r"|door|av|af|przez|від|от|بقلم"
    # "Byline" as a database's record labels its field (Nexis's "Byline: Mario B. Casayuran", read as none).
    r"|(?:author|autor|auteur|autore|auteurs|autores|autori|auteur|byline|text|texte|testo|texto|tekst|автор|текст"
    # The writer's job as the label, as the Bangkok Post sets it in capitals ("WRITER: Aekarach Sattaburuth"),
    # between its section's field and the story, with no stamp beside it: in capitals only, as a review's
    # credits box sets "Writer: Phoebe Waller-Bridge" under "Director: ...", whose writer had been read as
    # the review's. Not "Reporter:", a transcript's speaker before the one addressed ("REPORTER: Senator
    # Warren, ..."); beside a stamp it is read as a writer's job
    # (:func:`nutgraf.extract.text.particulars._names_beside_stamp`).
    r"|(?-i:WRITER)"
    # Polish regional papers' "compiled by" (Polska Press's "Opracowanie: Piotr Kowalski" over the stamp).
    r"|opracowanie"
    r"|作者|记者|記者|撰文|文|كتب|كتبت)(?=\s*+[:：])"
    # Portuguese papers' "Texto" before the names without a colon (Observador's "Texto Rita Dinis"), in its
    # capital, before two capitalised words: before one it is a heading's "text" ("Texto Final" had been
    # read as a writer's byline, "Final").
    r"|(?-i:Texto)(?=\s++(?-i:[A-ZÁÂÃÀÇÉÊÍÓÔÕÚ])[^\W\d_]*+\s++(?-i:[A-ZÁÂÃÀÇÉÊÍÓÔÕÚ])))\b"
    r"(?:\s*+[:：])?\s*+(?P<names>[^\W\d_][^,:：|•·–—(（]*)",
    re.IGNORECASE,
)
# A word with a digit in it is read from its start (not from each digit: a run of digits would be read
# again from each of them). The names are one to four words, whose capitals are looked at where the
# names are read (:func:`looks_like_names`): the pattern's classes know no capitals beyond ASCII.
_TRAILING_BYLINE = re.compile(
    r"(?:(?<!\S)[^\s\d]*+\d\S*+|[|•·–—:]"
    r"|(?i:\b(?:posted|published|updated|written|words|story|text|report|reported|reporting"
    r"|photos?|pictures|video|interview|edited|ago|today|yesterday|am|pm|gmt|utc|et|bst|cet)\.?"
    rf"|\b{MONTH}))"
    r"\s+(?i:by|par|por|von|door|przez|від|от)\s+(?P<names>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})\s*$"
)
#: A Korean byline line: the names, then "reporter" or "correspondent" after them, and the e-mail address
#: or nothing ("김민기 기자", "김민기·박지영 기자", "정철환 파리 특파원", "김민기 기자 kmk@chosun.com"): a line
#: that goes on ("서울시가 기자 회견을 열었다") is a sentence.
KOREAN_BYLINE = re.compile(
    r"(?P<names>[가-힣]{2,4}(?:(?:·|, ?)[가-힣]{2,4}){0,2})(?: [가-힣]{2,6})? ?(?:기자|특파원)"
    r"(?: [\w.+-]{1,64}@[\w.-]{1,255})?"
)
_BYLINE_MAX_WORDS = 12
# An author's label inside a longer line of the article's particulars (source, date, author), the most
# words of such a line, and of the names after the label; or, opening the line (a list's item), with a
# comma, as BBC pages in every language set their byline's fields ("Author, Esther Namuhisa" over "Role,
# BBC News"): "Interview with author, Jane Smith" names no writer.
_AUTHOR_LABEL = re.compile(
    r"(?<!\S)(?:author|autor|auteur|autore|автор|作者|记者|記者|بقلم)\s*+[:：]\s*+|^(?:-\s++)?author\s*+,\s*+",
    re.IGNORECASE,
)
#: A byline's field as BBC pages set it, its label and a comma opening the line ("Author, Jane Doe", "Role,
#: BBC News", "Nafasi, BBC News Swahili", "Reporting from, Kyiv").
BYLINE_FIELD = re.compile(r"(?:-\s++)?[^\W\d_]++(?: [^\W\d_]++){0,2},\s")
_META_LINE_WORDS = 40
# The most characters of a byline or a line of particulars, its forty words and more: a longer line (a
# pasted text of one line, 20 million characters) is not searched for names, which took 3 s.
_BYLINE_MAX_CHARACTERS = 1000
_NAMES_MAX_WORDS = 4
#: The credit word a byline element opens with, before its names ("Por Ana García | Madrid", "Door Jan de
#: Vries", "Von Hans Müller | Stand: ...", Arabic's "كتب" and "كتبت", "wrote", Hebrew's "מאת", Thai's "โดย");
#: "di" and "da" in lower case only, as "Di Maio" is a name.
CREDIT_OPENING = re.compile(
    r"(?:by|von|par|por|door|av|af|przez|від|от|بقلم|كتب|كتبت|מאת|โดย|(?-i:di|da))(?:\s*+[:：])?\s++(?=[^\W\d_])",
    re.IGNORECASE,
)
#: Where a byline's names end when it opens with its credit word: a separator, and a place, a date stamp or
#: a section after it; phpBB's "»" before the post's date ("by Moderator » Tue Sep 03, 2024 6:00 pm").
NAMES_END = re.compile(r"\s[|•·–—»-]\s")
#: The last word of a job title given after a writer's names ("Tom Krisher; AP Auto Writer", "Helena Marsh
#: Environment correspondent", "Chris Cillizza; CNN Editor-at-large").
JOB_TITLES = frozenset(
    {"writer", "reporter", "correspondent", "editor", "editor-at-large", "columnist", "contributor"}
)
#: What follows a name, after a comma or not, and is part of it ("John Smith, Jr.", "Henry Ford III").
NAME_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})
#: The particles inside a name ("Ana de la Cruz", "Ludwig van Beethoven"), words of no name of their own.
NAME_PARTICLES = frozenset("de da di del della der den van von la le du dos das bin al".split())
_NAME_JOINERS = frozenset("and und et y e i og och și şi и та".split()) | NAME_PARTICLES
#: A date stamp that opens a byline, before its names: "Posted on March 5, 2024 by Jane Doe", or the
#: names after a comma that ends the date ("Updated 5 March 2024, Ines Moreau"). Only a date and a time
#: come between: "Updated March 5, 2024 Photo by ..." names a photographer, "... Medically reviewed by
#: ..." a reviewer, and "Updated 5 March 2024, 14:32 GMT" no one.
STAMP_BEFORE_NAMES = re.compile(
    r"^(?:last\s+)?(?:updated|modified|published|posted|submitted)(?:[:,]?\s++(?:on|at|[\d,.:/-]++"
    rf"|{MONTH}|{WEEKDAY}\b,?|[ap]\.?m\.?))*+(?:\s++by\s+|(?<=\d,)\s++(?=[^\W\d_]))",
    re.IGNORECASE,
)


def _labelled_names(text: str) -> str | None:
    """The names after an author's label inside a line of the article's particulars, as Chinese pages
    write it ("2026-03-03 10:12 来源：新华网 作者：李华"): the words up to the next field (a label, a date)."""
    for label in _AUTHOR_LABEL.finditer(text):
        names = []
        for word in text[label.end() :].split()[:_NAMES_MAX_WORDS]:
            if not word[0].isalpha() or any(c in word for c in ":：") or any(c.isdigit() for c in word):
                break
            names.append(word.rstrip(",;"))
            if word.endswith((",", ";")):
                break
        if names and looks_like_names(" ".join(names)):
            return " ".join(names)
    return None


def names_after_stamp(text: str) -> str | None:
    """The names a byline gives after its date stamp and credit word ("Publié le 3 mars 2026 à 10h12 – Par
    Claire Martin", "May 2, 2024 by Ruth Hallam"), or ``None``. Without a date before them they may be
    anyone's: "Rob Ewaschuk Edited by Betsy Beyer" names the editor last."""
    match = _TRAILING_BYLINE.search(text)
    if match is None or not any(map(str.isdigit, text[: match.start("names")])):
        return None
    names = match.group("names").strip()
    return names if looks_like_names(names) else None


def looks_like_names(text: str, writers_and: str = "") -> bool:
    """One to a few capitalised words, with name particles and "and" between ("Ana de la Cruz and Li Wei");
    in a script without capitals (Chinese, Arabic), words of a name's length ("李华", "أحمد محمود").
    ``writers_and`` is the byline's language's "and" where it is no joiner elsewhere (:data:`WRITERS_AND`),
    taken between two writers of two words each."""
    words = text.split()
    capitalised = [w for w in words if _is_name_word(w)]
    return (
        1 <= len(capitalised) <= 6
        and not names_an_institution(text)
        and all(
            _is_name_word(w)
            or w.casefold() in _NAME_JOINERS
            or (w == writers_and and 2 <= i <= len(words) - 3)
            for i, w in enumerate(words)
        )
        and _is_name_word(words[0])
    )


#: The words an institution's name opens on, no one's first name, in the languages nutgraf stems: with one
#: particle after them ("Universidad de Chile", "Banco de España") the name reads as a person's ("Ana de
#: Souza"), and an author field or a byline naming the institution was taken for a writer's; cut at "of" ("By
#: University of Ghana"), the head word alone was the byline ("University"). A source's credit naming one is
#: a body's, no outlet's (the calls' :data:`~nutgraf.extract.text.calls._SOURCE_BODY_WORDS`).
INSTITUTION_HEADS = frozenset(
    """university universidad université universität universidade università uniwersytet bank banco banque
    banca ministry ministerio ministère ministero ministério ministerium institute instituto institut
    istituto government gobierno gouvernement governo regierung""".split()
)


def names_an_institution(text: str) -> bool:
    """Whether a byline's names open on an institution's word (:data:`INSTITUTION_HEADS`): no writer's."""
    head = text.split(maxsplit=1)[:1]
    return bool(head) and head[0].casefold() in INSTITUTION_HEADS


#: The "and" that parts two writers after a credit word, where the word is not "and" in the other
#: languages nutgraf reads, so it joins no names elsewhere: Dutch "en" after "Door" ("Door Jan de Vries en
#: Piet Jansen") is Spanish's and French's "in" ("Por Ana García en Buenos Aires" names a city), Czech's and
#: Slovak's "a" after "Autor:" ("Autor: Jan Novák a Petr Svoboda") Italian's and Portuguese's "to".
WRITERS_AND = {"door": "en", "autor": "a"}


# The most characters of a word of a name in a script without capitals: a Chinese name is two to four, an
# Arabic one rarely past ten; a line of Chinese prose, written without spaces, is one longer "word".
_CASELESS_NAME_CHARACTERS = 12


def _is_name_word(word: str) -> bool:
    first = word[0]
    if first.isupper():
        return True
    # A letter that is neither upper nor lower case: its script has no capitals.
    return first.isalpha() and not first.islower() and len(word) <= _CASELESS_NAME_CHARACTERS


def _names_and_job(text: str) -> bool:
    """A writer's names and job title, as a page sets them under its headline ("Helena Marsh Environment
    correspondent")."""
    words = text.split()
    return words[-1].casefold() in JOB_TITLES and looks_like_names(" ".join(words[:-1]))
