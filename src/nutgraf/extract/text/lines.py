"""A text's logical lines (:class:`_Line`): its lines, a hard-wrapped paragraph joined, a list parted into
its items; and the folding of a text of too many lines (:func:`fold_lines`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter

from nutgraf.extract.text.bylines import _BYLINE, _NAME_JOINERS, _TRAILING_BYLINE, looks_like_names
from nutgraf.extract.text.calls import (
    _CALL_PHRASE_MAX_CHARACTERS,
    _CAPTION_OPENING,
    _CAPTION_OPENING_MAX_CHARACTERS,
    _LONG_CALL_MAX_WORDS,
    credit_apart,
    is_call_to_action,
)
from nutgraf.extract.text.figures import is_figures_line
from nutgraf.extract.text.stamps import _may_be_stamp
from nutgraf.extract.text.words import (
    FINAL_STOPS,
    _ends_sentence,
    _ends_unpunctuated,
    folded_lines,
    word_count,
)

# Words (or CJK characters) in a line of prose, and in a short line.
_PROSE_WORDS = 8
# A run of letters: a word of the text, as :func:`_parts_a_word` looks one up.
_LETTERS = re.compile(r"[^\W\d_]++")
# What closes a word before the line goes on ("ers," / "ers."): punctuation, not the word's.
_WORD_END_MARKS = ".,;:!?\"'’”)"
_SHORT_WORDS = 12
# Hard-wrapped text is broken at a width in this range (in characters).
_MIN_WRAP_WIDTH, _MAX_WRAP_WIDTH = 30, 250
# Below this width a block of short capitalised lines is more likely a list of headlines than a wrap.
_NARROW_WRAP_WIDTH = 50
_LIST_MARKER = re.compile(r"(?:[-–—*•▪]|\d{1,2}[.)])\s")
_LIST_BULLETS = "-–—*•▪"
# The list markers that are no dash (a dash may open a wrapped line of prose: "the chief executive\n- Jane").
_DASHLESS_BULLETS = "*•▪"
_CONJUNCTIONS = frozenset("or nor oder sowie bis ou o lub oraz або".split())


@dataclass(init=False)
class _Line:
    text: str
    block: int
    words: int
    # Read once per line: the rules ask them of every line several times over (forty times an XSum
    # article), where a property's call cost more than the test.
    ends_sentence: bool = field(init=False, repr=False, compare=False)
    is_prose: bool = field(init=False, repr=False, compare=False)
    is_short: bool = field(init=False, repr=False, compare=False)
    # A block's one line above the first line of prose (:func:`_lines`), where a kicker stands: a class's
    # default, set on those lines alone.
    heads_alone: bool = field(default=False, init=False, repr=False, compare=False)

    # Written out, not a dataclass's __init__ and its __post_init__: a call less a line.
    def __init__(self, text: str, block: int, words: int) -> None:
        self.text = text
        self.block = block
        self.words = words
        # The last character first, in C: most lines end on their stop, and are spared the call.
        self.ends_sentence = ends_sentence = (text != "" and text[-1] in FINAL_STOPS) or _ends_sentence(text)
        self.is_prose = words >= 3 * _PROSE_WORDS or (
            words >= _PROSE_WORDS and (ends_sentence or _ends_unpunctuated(text))
        )
        self.is_short = words <= _SHORT_WORDS

    @property
    def introduces_list(self) -> bool:
        """A sentence ending in a colon ("The winners were:")."""
        # The last character's slice, not str.endswith, whose arguments are parsed at each call.
        return self.text[-1:] == ":" and self.words >= _PROSE_WORDS

    @property
    def is_call_to_action(self) -> bool:
        """:func:`is_call_to_action`, asked only of a line short enough to be one: of a long call's words at
        most, as a page's paragraph is asked (Punch's copyright notice of 33 words, "All rights reserved.
        This material ... may not be reproduced ...", the Mirror's call of 25, "Don't miss the latest news
        ... follow the Mirror on Google Discover ..."), or in characters where the language writes no spaces
        (its lines count a word a character)."""
        return (self.words <= _LONG_CALL_MAX_WORDS or len(self.text) <= _CALL_PHRASE_MAX_CHARACTERS) and (
            is_call_to_action(self.text)
            or (
                len(self.text) <= _CAPTION_OPENING_MAX_CHARACTERS
                and _CAPTION_OPENING.match(self.text) is not None
            )
        )

    @property
    def is_item(self) -> bool:
        """A list item ("- ...", "1. ..."): article content even without a final stop. A league's matchday
        whose league's name opens on its rank ("2. Bundesliga, 15. Spieltag") is none: a kicker over the
        headline (:attr:`is_matchday_label`), it had been kept as the article's first line, and the headline
        under it as prose. It stands alone in its block above the prose, and its figure opens a league's
        name: a list's item naming a round after its own number ("1. Tottenham, Matchday 16", "2. Rückrunde,
        Spieltag 19"), a list of leagues' rounds and the label between two stories of a round-up had gone
        with it."""
        marker = _list_marker(self.text)
        return (
            self.words >= 3
            and marker is not None
            and not (self.heads_alone and self.is_matchday_label and _opens_on_league_rank(self.text, marker))
        )

    @property
    def is_matchday_label(self) -> bool:
        """Whether the line names a league's matchday, the round's word (:data:`_MATCHDAY_WORDS`) and its
        number closing it, in a few words ("Bundesliga, 13. Spieltag", kicker's; "Matchday 15";
        "2. Bundesliga, 15. Spieltag"). The number is the round's, beside its word: a list's number before
        the words does not make one ("1. Der erste Spieltag")."""
        if self.words > _MATCHDAY_LABEL_WORDS:
            return False
        words = self.text.casefold().replace(",", " ").split()
        return len(words) > 1 and (
            (words[-1] in _MATCHDAY_WORDS and any(map(str.isdigit, words[-2])))
            or (words[-1].isdigit() and words[-2] in _MATCHDAY_WORDS)
        )


# A round's word of a league's season in the languages nutgraf stems ("13. Spieltag", "Matchday 15", "Jornada
# 15", "Giornata 13", "13e journée", "Speelronde 14", "Kolejka 12"), and the most words of a line naming one.
_MATCHDAY_WORDS = frozenset("spieltag matchday jornada giornata journée speelronde speeldag kolejka".split())
_MATCHDAY_LABEL_WORDS = 4
# How a league's name ends where its rank opens it ("2. Bundesliga", "3. Liga", "1. Lig", "1. Division").
_LEAGUE_ENDINGS = ("liga", "lig", "division")


def _opens_on_league_rank(text: str, marker: re.Match[str]) -> bool:
    """Whether a line's list number is a league's rank, the league's name after it ("2. Bundesliga, 15.
    Spieltag"), not a list's own number before another word ("1. Tottenham, Matchday 16")."""
    after = text[marker.end() :].split(maxsplit=1)
    return text[:1].isdecimal() and bool(after) and after[0].rstrip(",").casefold().endswith(_LEAGUE_ENDINGS)


#: The most lines :func:`clean_text` looks at; longer text is folded (:func:`fold_lines`).
MAX_LINES = 10_000


def fold_lines(text: str, max_lines: int = MAX_LINES) -> str:
    """``text`` as it is when it has at most ``max_lines`` non-blank lines; else its lines joined with
    spaces, the same number at a time, into at most ``max_lines`` paragraphs.

    What an article costs to clean, store and show grows with its lines: a million one-word lines (2 MB)
    were a million paragraphs. No article needs more lines than this; text that has more loses its line
    breaks, never its words.
    """
    # A text of fewer characters has fewer lines, told without str.count's scan (some 8 instructions a
    # character, 32,000 on a CNN/DM article).
    if len(text) < max_lines or text.count("\n") < max_lines:  # fewer lines, blank ones included
        return text
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) <= max_lines:
        return text
    size = -(-len(lines) // max_lines)
    return "\n\n".join(" ".join(lines[i : i + size]) for i in range(0, len(lines), size))


def _lines(text: str) -> list[_Line]:
    """The text's logical lines: its lines, except that a hard-wrapped block becomes one line, and a credit
    of the story's source after a paragraph's last sentence one of its own (:func:`credit_apart`), to go
    as such a line goes, leaving the paragraph's sentences."""
    blocks: list[list[str]] = [[]]
    for line in folded_lines(text):
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    width = _wrap_width(blocks)
    blocks = _across_column_breaks(blocks)
    # The text's words, read once and only where a hyphen closes a line: searching the text for each parted
    # word had taken 14 s on 576 KB of hyphenated lines (0.1 s without). A list holds them, not a
    # functools.cache, whose wrapper cost every text some 16,000 instructions to build.
    read: list[frozenset[str]] = []

    def text_words() -> frozenset[str]:
        if not read:
            read.append(frozenset(_LETTERS.findall(text)))
        return read[0]

    lines = []
    # Above the first line of prose, where a headline stands (:func:`_unbroken`).
    heading = True
    for number, block in enumerate(blocks):
        items = _list_items(block)
        for item in items:
            for line in _unbroken(item, width, text_words, heading=heading):
                for part in credit_apart(line) or (line,):
                    logical = _Line(part, number, word_count(part))
                    lines.append(logical)
                    if heading and len(items) == 1 and len(item) == 1:
                        logical.heads_alone = True
                    # Its test read from the line, which made it: asked again, a call more a line.
                    heading = heading and not (logical.words >= _PROSE_WORDS and logical.ends_sentence)
    return lines


# The fewest words of a paragraph a printed column's break cuts mid-sentence: a headline, a subheading or a
# list's lead-in is shorter.
_COLUMN_BREAK_MIN_WORDS = 15
# The most words of a label before its colon opening a line ("a note on sources:").
_OPENING_LABEL_MAX_WORDS = 4


# A list's or a string's first item: a block's first line, a line's first character.
_FIRST = itemgetter(0)


def _across_column_breaks(blocks: list[list[str]]) -> list[list[str]]:
    """``blocks`` with a paragraph that a printed column's break cut mid-sentence across a blank line joined
    again (the Times Colonist's on PressReader, "... will take patients without" / "appointments seven days
    a week, the health authority said Wednesday."): a block whose last line of prose, of
    :data:`_COLUMN_BREAK_MIN_WORDS` words or more, stops on a word in lower case with no mark after it, and
    the next block's first line goes on in lower case and closes its sentence (:func:`_unbroken` joins
    them). Apart, the sentence's halves had been read as two, its first a fragment. A paragraph opening in
    lower case after a stop (a data set's, its names cut: "... said on Monday." / "the minister added ...")
    and a short line over one (a headline, a list's lead-in) stay apart."""
    # One block has no block under it; in more, a paragraph opening in lower case is looked for first, in C
    # (each block's first line's first character; its lines are never empty): most texts have none, and are
    # spared the loop, a few hundred instructions a block.
    if len(blocks) < 2 or not any(map(str.islower, map(_FIRST, map(_FIRST, filter(None, blocks))))):
        return blocks
    joined = blocks[:1]
    for block in blocks[1:]:
        above = joined[-1]
        # The last character and the next block's first in C: nearly every paragraph ends on a stop, and
        # every block is spared the counts.
        if (
            above
            and block
            and above[-1][-1:].islower()
            and block[0][:1].islower()
            and _ends_sentence(block[0])
            and word_count(above[-1]) >= _COLUMN_BREAK_MIN_WORDS
            and _runs_on_across(above, block[0])
        ):
            above.extend(block)
        else:
            joined.append(block)
    return joined


def _runs_on_across(above: list[str], below: str) -> bool:
    """Whether ``below`` may go on with the sentence ``above`` stops in. A stanza of a poem or a song opens in
    lower case as the one over it does ("and the river runs on ..." / "and nobody asks ..."), which a
    column's break never cuts; a speaker's or a credit's label ("poet: relieved ...", "photograph: jane
    doe.") opens a line of its own; and an address closing the paragraph ("... at www.cityfest.org" /
    "prices start at £5.") closes it without a stop."""
    return (
        not above[0][:1].islower()
        and ":" not in " ".join(below.split(maxsplit=_OPENING_LABEL_MAX_WORDS)[:_OPENING_LABEL_MAX_WORDS])
        and not any(mark in above[-1].rpartition(" ")[2] for mark in ("/", ".", "@"))
    )


def _list_marker(line: str) -> re.Match[str] | None:
    """:data:`_LIST_MARKER` matched at the start of ``line``: its first character, a bullet, a dash or a
    digit, tested in C spares nearly every line the pattern's call."""
    first = line[:1]
    return _LIST_MARKER.match(line) if first in _LIST_BULLETS or first.isdecimal() else None


def _list_items(block: list[str]) -> list[list[str]]:
    """``block`` parted before each line that opens a list item ("* Revenue of $1.5 billion", "- Parking
    fees double", "2. Cuts"): a wrapped list is joined item by item, never into one line of all its items.
    A marker before a lower-case word goes on a wrapped sentence ("the senator\n— who has served ..."),
    and so does a dash or a number after a line that stops mid-sentence outside a list ("the chief
    executive\n- Jane Doe - said", "rose by\n2. The ..."): only a bullet opens an item there."""
    items = [block[:1]]
    for line in block[1:]:
        marker = _list_marker(line)
        if marker is None or line[marker.end() : marker.end() + 1].islower():
            items[-1].append(line)
            continue
        previous = items[-1][-1]
        if (
            line[0] in _DASHLESS_BULLETS
            or _list_marker(items[-1][0])
            or _ends_sentence(previous)
            or previous[-1] == ":"
        ):
            items.append([line])
        else:
            items[-1].append(line)
    return items


def _joined(block: list[str], text_words: Callable[[], frozenset[str]]) -> str:
    """The lines of a wrapped paragraph as one; a line broken after a hyphen ("low-" / "lying", "Covid-" /
    "19") joins the next without a space, and without the hyphen where it parts one word of the text's,
    ``text_words`` (:func:`_parts_a_word`)."""
    text = block[0]
    for line in block[1:]:
        # Not a suspended hyphen before a conjunction: "pre- and post-flood", "Klein- und Mittelbetriebe".
        # Before a figure too ("Covid-" / "19", "mid-" / "1990s"): it had read "Covid- 19".
        hyphen = text.endswith("-") and text[-2:-1].isalpha() and (line[:1].islower() or line[:1].isdigit())
        if hyphen and line.split(maxsplit=1)[0] not in _NAME_JOINERS | _CONJUNCTIONS:
            text = text[:-1] + line if _parts_a_word(text, line, text_words) else text + line
        else:
            text += " " + line
    return text


def _parts_a_word(above: str, line: str, text_words: Callable[[], frozenset[str]]) -> bool:
    """Whether the hyphen closing ``above`` parts one word a printed line broke ("work-" / "ers heading"):
    the word its halves make stands whole elsewhere in the text ("workers", a scanned page's OCR). A
    compound's hyphen ("late-" / "night service") makes no word the text holds ("latenight"), and stays; a
    word the text holds nowhere else stays parted as printed ("mil-lion"), as no list of a language's words
    tells it from a compound."""
    head = above[above.rfind(" ") + 1 : -1]
    tail = line.split(maxsplit=1)[0].rstrip(_WORD_END_MARKS)
    if not (head.isalpha() and tail.isalpha() and tail.islower()):
        return False
    return head + tail in text_words()


def _unbroken(
    block: list[str], text_width: int | None, text_words: Callable[[], frozenset[str]], *, heading: bool
) -> list[str]:
    """``block``'s lines with their wraps joined: the whole block where it is wrapped at a width
    (:func:`_hard_wrapped`), else each run of lines broken mid-sentence (:func:`_goes_on`) that closes a
    sentence, or a headline's two lines where the block is ``heading``, above the text's prose; ``text_words``,
    the text's words, tell a word a hyphen parts (:func:`_joined`)."""
    if len(block) < 2:
        return block
    if _hard_wrapped(block, text_width):
        return [_joined(block, text_words)]
    runs = [block[:1]]
    for above, line in pairwise(block):
        # The next line's first character first, in C: most lines open on a capital (every pair of an XSum
        # article's lines, one block), and are spared the call.
        if (line[:1].islower() or (above[-1:] == "-" and line[:1].isalnum())) and _goes_on(above, line):
            runs[-1].append(line)
        else:
            runs.append([line])
    if len(runs) == len(block):  # no line goes on the one above: the block as it is
        return block
    # A headline set over two printed lines, the second going on in lower case ("Port Authority to cut" /
    # "late-night bus service", a scanned page's): the block's two lines, its first capitalised, few words,
    # above the prose, where a headline stands. Not in the story: a list's two items ("Torches and batteries" /
    # "water for three days") had been joined, and the line taken for the title.
    if (
        heading
        and len(block) == 2
        and block[0][:1].isupper()
        and not _ends_sentence(block[0])
        and not _ends_sentence(block[1])
        and word_count(block[0]) + word_count(block[1]) <= _SHORT_WORDS
    ):
        return [_joined(block, text_words)]
    # A run that closes no sentence may be a list's items, each opening on a small letter (a team's notes,
    # "mconley fixed ..."): its lines stay apart.
    return [
        line
        for run in runs
        for line in ([_joined(run, text_words)] if len(run) > 1 and _ends_sentence(run[-1]) else run)
    ]


def _goes_on(line: str, following: str) -> bool:
    """Whether ``following`` goes on with the sentence ``line`` breaks off: lines broken by hand or by a
    narrow, uneven column (a PDF's, a forum's or an e-mail client's copy), too uneven to be wrapped at a
    width, where the line stops on no sentence's end and holds three words at least, and the next goes on
    in lower case or after a hyphen ("Covid-" / "19"). Left apart as lines of their own, all but a
    paragraph's last had read as fragments and gone. The next line's opening, in lower case or after a
    hyphen, :func:`_unbroken` tests before the call."""
    return (
        line.count(" ") >= 2
        and line[-1] != ":"  # a list's lead-in: its items, each a line, are no wrapped sentence
        and not _ends_sentence(line)
        # A byline under its headline opens in lower case in many languages ("di Marco Rossi", "von ...").
        and not ((byline := _BYLINE.match(following)) and looks_like_names(byline.group(1) or ""))
    )


def _hard_wrapped(block: list[str], text_width: int | None) -> bool:
    """Lines broken at a fixed width inside a paragraph (an e-mail, a terminal or editor copy), not one
    paragraph per line. A block of three lines or more shows its own width (its longest line); a block
    of two needs the width the whole text is wrapped at (:func:`_wrap_width`). A headline over its time
    stamp ("Mis à jour le 5 mars 2024 à 09h15", "Updated 5 March 2024") is no wrap however wide its
    lines: joined, the headline, stamp and byline had become the article's first paragraph."""
    if len(block) < 2:
        return False
    # The widths first: the byline's pattern, asked of every block's first line, had cost an XSum article
    # (one block of lines too long to be wrapped) some 9,000 instructions.
    wrapped = (len(block) >= 3 and _wraps_at(block, max(map(len, block)))) or (
        text_width is not None
        and not (len(block) == 2 and (_BYLINE.match(block[1]) or _TRAILING_BYLINE.search(block[1])))
        and _wraps_at(block, text_width)
    )
    # A box's rows of near one width (a wine column's tasting rows, "2022 Ch. Roc de Bourg, Côtes de Bourg,
    # £14, Waitrose"), each a line of its own: joined, the rows had become one line no rule reads as theirs.
    if not wrapped or all(map(is_figures_line, block)):
        return False
    # A byline over the writer's job and address, a line each (the Jamaica Observer's "BY ALICIA
    # DUNKLEY-WILLIS" / "Senior staff reporter" / "dunkleywillisa@..."): fields, the line under the names
    # opening on a capital, where a wrapped sentence opening on "By" goes on in lower case. Joined as a
    # narrow wrap, the names had been read as none. Names only after the credit word: a sentence opening on
    # "By" may break before a capital too ("By the end of the year Nairobi County" / "Governor ...").
    if (
        (byline := _BYLINE.match(block[0]))
        and block[1][:1].isupper()
        and not _ends_sentence(block[0])
        and looks_like_names(byline.group(1) or "")
    ):
        return False
    # A stamp opens its line with a capital; a wrapped sentence goes on in lower case ("... the report
    # / published on 5 March 2024 said").
    return not any(line[:1].isupper() and _may_be_stamp(line) for line in block[1:])


def _wraps_at(block: list[str], width: int) -> bool:
    """Whether ``block`` is wrapped at ``width`` (in the range of wrap widths): every line but the last
    nearly that long, none longer (a subheading over a paragraph on the next line is no wrap), and most
    of them stopping mid-sentence."""
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    inner = [len(line) for line in block[:-1]]
    if not (0.6 * width <= min(inner) and max(*inner, len(block[-1])) <= width):
        return False
    if sum(_ends_sentence(line) for line in block[:-1]) >= len(inner) / 2:
        return False
    # Narrower than text is usually wrapped, lines may be a list of headlines, each starting with a
    # capital, where a wrapped sentence goes on without one on most lines (CJK has no capitals at all).
    continued = sum(not line[0].isupper() for line in block[1:])
    return width >= _NARROW_WRAP_WIDTH or 2 * continued >= len(inner)


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a hard-wrapped text is broken at: the longest line that ends mid-sentence with another
    line of its paragraph after it, when most such lines come close to it; ``None`` for a text written
    one paragraph per line."""
    # The line's last character first, in C: most lines end on their stop, and are spared the call (a
    # block's lines are never empty).
    stops = FINAL_STOPS
    broken = [
        len(line)
        for block in blocks
        for line in block[:-1]
        if line[-1] not in stops and not _ends_sentence(line)
    ]
    if len(broken) < 2:
        return None
    width = max(broken)
    close = sum(length >= 0.75 * width for length in broken)
    return width if _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH and close >= 0.7 * len(broken) else None
