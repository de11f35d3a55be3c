"""A line's words: its white space folded (:func:`folded_line`), its words counted (:func:`word_count`), and
whether it ends a sentence; and the head of a line that spares it a case-blind pattern (:func:`_head`)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np

from nutgraf.language import (
    FOOTNOTE_MARKER,
    WORD_UNIT,
    ascii_word_marks,
    composed_marks,
    count_word_units,
    holds_latin_marks,
    word_unit_bytes,
    word_unit_table,
)

#: A line ends a sentence on one of these: final stop, question or exclamation mark, possibly inside quotes
#: or brackets; in Chinese and Japanese, and the other scripts' as the segmenter reads them (Arabic's and
#: Persian's "؟", Urdu's "۔", Hindi's "।" and "॥", the Greek question mark U+037E, Amharic's full stop "።"
#: and question mark "፧", Khmer's "។", Burmese's "။", Armenian's full stop "։", and Tibetan's shad "།" and
#: double shad "༎", which a Tibetan or Dzongkha story's summary had run on through, one sentence a paragraph;
#: Ol Chiki's full stop "᱾" and double "᱿", through which a Santali story had been one sentence, and Meetei
#: Mayek's "꯫", a Manipuri story's, and Vai's full stop "꘎" and question mark "꘏", through which a Liberian
#: Vai story had been one sentence; N'Ko's exclamation mark "߹", after which a Kankan paper's next sentence
#: had run on, not its comma "߸", U+07F8, which parts a sentence's clauses as ","): without Amharic's no
#: paragraph after an Amharic story's first ended a sentence, and the page took the first for a dek. The one
#: set for the text stage, the page's pointer test (nutgraf.extract.html.markup) and the engine's features,
#: which had each kept a copy differing from the others (markup's without "…", "።", "፧").
FINAL_STOPS = ".!?…。！？؟۔।॥\u037e።፧។။։།༎᱾᱿꯫꘎꘏߹"
# Armenian's lower-case letters (the ligature "և" among them). Armenian sites and keyboards type the full stop
# "։" as the ASCII colon ("... կսկսվի հաջորդ տարի: Ծրագրի ..."); Armenian writes no colon of its own (its
# "․" does that work), so a colon after an Armenian word, or after the quotation or bracket closing on one,
# is a sentence's end: a pasted story typed so had been one sentence a paragraph.
ARMENIAN_LOWER_CASE = "\u0561-\u0587"
_ARMENIAN_TYPED_STOP = re.compile(rf"[{ARMENIAN_LOWER_CASE}][\"'”»)\]]?:$")
# Footnote markers after a sentence's stop, ending a paragraph copied from an encyclopedia ("opened in
# 1966.[1][2]"), in the last this many characters of a line. A run is tried from its first marker only
# (none closes before it): tried from each, a long run of them is read again from every one.
_TRAILING_FOOTNOTES = re.compile(rf"(?<!\])(?:{FOOTNOTE_MARKER})++$")
_FOOTNOTES_TAIL = 80
# Japanese quotes in corner brackets and closes its full-width bracket on a stop too (「控えてください。」).
_CLOSING_MARKS = "\"'”’»)]」』）"


#: Invisible characters pages set inside words (soft hyphens, zero-width spaces, word joiners, a byte-order
#: mark mid-text), which would part "Bundes\u00adregierung" into two words; none is printable. Zero-width
#: (non-)joiners shape Indic, Arabic and Persian script and stay. The embed widget leaves them out of the
#: page's text too, where it looks for a summary's sentence (nutgraf.web.embed).
INVISIBLE_CHARACTERS = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARACTERS))
# The characters str.split parts words at, bar the space, and the invisible ones: a line without them (nor
# a direction mark at an end) is folded already.
_FOLDED_CHARACTERS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + INVISIBLE_CHARACTERS
)
# How much of a line is split into its words at a time to fold its white space (str.split's, the regex \s).
_SPLIT_CHARACTERS = 1 << 16
_WHITE_SPACE = re.compile(r"\s")
# Left-to-right and right-to-left marks and embeddings, the Arabic letter mark, isolates.
_EDGE_DIRECTION_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# What :func:`_lines_folded` looks for in a text beyond ASCII: the folded characters but the line break,
# and the direction marks anywhere, not only at a line's ends (where folding drops them): a text with one
# is folded line by line.
_FOLDED_OR_EDGE_CHARACTERS = _FOLDED_CHARACTERS.replace("\n", "") + _EDGE_DIRECTION_MARKS


def folded_line(raw: str) -> str:
    """``raw`` with its white space folded to single spaces (str.split's white space is the regex \\s)
    and without the invisible characters that part words (soft hyphens, zero-width spaces)."""
    # Most lines are folded already: tests in C spare splitting a long one into words and joining them.
    if raw[:1] != " " and raw[-1:] != " " and "  " not in raw:
        if raw.isascii():  # a flag of the string, read without a scan
            # One search for each of the nine white spaces (memchr's, a fraction of an instruction a
            # character) where deleting them from the line's bytes read some 12 a character: 49,000 for
            # a pasted article's one line of 4,000. Written out: a loop over them cost more than the
            # deletion on BBC's lines of 200 characters.
            if not (
                "\t" in raw
                or "\n" in raw
                or "\v" in raw
                or "\f" in raw
                or "\r" in raw
                or "\x1c" in raw
                or "\x1d" in raw
                or "\x1e" in raw
                or "\x1f" in raw
            ):
                return raw
        elif not (
            raw[0] in _EDGE_DIRECTION_MARKS
            or raw[-1] in _EDGE_DIRECTION_MARKS
            or any(map(raw.__contains__, _FOLDED_CHARACTERS))
            or holds_latin_marks(raw)
        ):
            # A search for each character that the folding below would change (the lines of nearly
            # half of the news articles hold a curly quote or a pound sign): str.isprintable, which
            # told the same, read some 26 instructions a character, 300,000 for a pasted article's
            # line; a search for a character wider than the line's own returns at once.
            return raw
    if not raw.isascii():
        # Direction marks at a line's ends (Arabic and Hebrew pages wrap their lines in them) order nothing
        # there, and hid a byline's "بقلم:" from the patterns that read it.
        # str.translate looks each character up in its dict (some 300 instructions a character beyond
        # ASCII): a line is translated only where a search for each invisible character finds one (a
        # direction mark or a no-break space alone brings a long line here).
        if any(map(raw.__contains__, INVISIBLE_CHARACTERS)):
            raw = raw.translate(_INVISIBLE)
        raw = composed_marks(raw)
        return _single_spaced(raw).strip(_EDGE_DIRECTION_MARKS).strip()
    return _single_spaced(raw)


def _single_spaced(raw: str) -> str:
    """``raw`` with each run of white space a single space, and none at its ends."""
    if len(raw) <= _SPLIT_CHARACTERS:
        return " ".join(raw.split())
    # A long line is split a piece at a time, each cut at white space: all its words in one list had held
    # some 45 bytes a character for a line of "• " (a text of 20 million characters, 1 GB, where a huge
    # text has 500 MB; hostile input, round 23).
    pieces = []
    start = 0
    while start < len(raw):
        cut = _WHITE_SPACE.search(raw, start + _SPLIT_CHARACTERS)
        end = len(raw) if cut is None else cut.start()
        pieces.append(" ".join(raw[start:end].split()))
        start = end
    return " ".join(filter(None, pieces))


def folded_lines(text: str) -> list[str]:
    """The lines of ``text`` (parted at "\\n"), each :func:`folded_line`."""
    if "\n" not in text:  # one line (most of CNN/DM's text)
        return [folded_line(text)]
    lines = text.split("\n")
    # A text whose every line is folded already (most are) is told by a few tests of the whole text in C:
    # folded_line's own tests, asked of each line of a BBC article, cost some 1,800 instructions a line.
    if _lines_folded(text, lines):
        return lines
    return list(map(folded_line, lines))


def _lines_folded(text: str, lines: list[str]) -> bool:
    """Whether :func:`folded_line` leaves each of ``lines``, ``text`` parted at its line breaks, as it is: no
    space at a line's ends or beside another, and no other white space (nor, beyond ASCII, an invisible or
    direction character) than the line breaks, as folded_line tests a line."""
    # A space at a line's ends is looked for at each line's ends, not by searches of the whole text for " \n"
    # and "\n ": a two-character needle that holds a space stops at every space (some 5 and 12 µs of an XSum
    # article's text, where its 16 lines' ends take one).
    if "  " in text or any(line[:1] == " " or line[-1:] == " " for line in lines):
        return False
    if text.isascii():  # a flag of the string, read without a scan
        return not (
            "\t" in text
            or "\v" in text
            or "\f" in text
            or "\r" in text
            or "\x1c" in text
            or "\x1d" in text
            or "\x1e" in text
            or "\x1f" in text
        )
    # A search for each character folded_line would change, as it tests a line: str.isprintable, which told
    # as much, read some 26 instructions a character (62,000 for a BBC article with a curly quote).
    return not (any(map(text.__contains__, _FOLDED_OR_EDGE_CHARACTERS)) or holds_latin_marks(text))


# Below this many characters the pattern counts words faster than the table does.
_TABLE_COUNT_CHARS = 200
# From this many characters, a line's word runs are counted in numpy: bytes.count's search for " a" takes
# some 7 instructions a character where numpy's comparison takes one and a half, past a call's 16,000 (a
# pasted article's one line of 4,000 characters: 21,000 instructions against 33,000).
_NUMPY_RUNS_CHARS = 2400


def word_count(text: str) -> int:
    """How many :data:`WORD_UNIT` units ``text`` holds.

    Below the CJK blocks they are the runs of word characters. A line of ASCII, or with few characters
    beyond it, is counted in C on a byte a character; another long one on its code points at once in
    numpy, four times faster than the pattern, which a pasted article's one long line makes the slowest
    step of cleaning it.
    """
    # The word runs, a byte a character: "a" for a word character or a combining mark, a space for any
    # other; ``None`` for a line with more than a few characters beyond ASCII or with one past
    # :func:`word_unit_table`. Made here, not in a helper of their own: a call less for every line.
    if text.isascii():  # a flag of the string, read without a scan
        runs = text.encode("ascii").translate(_word_run_bytes())
    else:
        found = ascii_word_marks(text, _word_run_bytes(), word_unit_bytes())
        runs = None if found is None else found[0]
    if runs is not None:
        if len(runs) < _NUMPY_RUNS_CHARS:
            # The first byte's slice, not bytes.startswith, whose arguments are parsed at each call.
            return runs.count(b" a") + (runs[:1] == b"a")
        # Only "a" and " " are there: a word starts where a byte is greater than the one before it.
        marks = np.frombuffer(runs, dtype=np.uint8)
        return int(marks[0] == ord("a")) + int(np.count_nonzero(marks[1:] > marks[:-1]))
    if len(text) < _TABLE_COUNT_CHARS:
        return len(WORD_UNIT.findall(text))
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    table = word_unit_table()
    if codes.max() >= len(table):  # CJK
        return count_word_units(text)
    word = table[codes]
    return int(word[0]) + int(np.count_nonzero(word[1:] > word[:-1]))


@cache
def _word_run_bytes() -> bytes:
    table = word_unit_bytes()
    return bytes(ord("a") if table[c] else ord(" ") for c in range(256))


def _head(text: str) -> str | None:
    """The first two characters of ``text``, lower-cased, to look up among the openings of a case-blind
    pattern's ASCII matches (:data:`_CALL_VERB_OPENINGS`); ``None`` where they are not ASCII, whose
    case-blind matching is not str.lower's (the Kelvin sign matches "k"): any pattern may match there."""
    head = text[:2]
    return head.lower() if head.isascii() else None


def _ends_unpunctuated(line: str) -> bool:
    """Whether ``line`` ends in Thai or Lao, written without a sentence's final stop: a paragraph of
    several words there is prose however it ends (two of a pasted Thai story's four paragraphs had gone as
    headlines after the prose)."""
    return "\u0e00" <= line[-1:] <= "\u0eff"


def _ends_sentence(line: str) -> bool:
    """Whether ``line``, a line of pasted text or a page's paragraph without white space at its end, ends
    on a sentence's final stop, perhaps inside quotation marks or brackets or before footnote markers:
    prose, where a headline, a label, a byline or a line that wraps mid-sentence ends on none."""
    # A test of the line's last characters: a regex anchored at the end would scan the whole line (the
    # one for footnote markers is searched in the last few characters only). Most lines end on their stop
    # (no stop is a closing mark to strip): one test spares them the rest.
    last = line[-1:]
    if last and last in FINAL_STOPS:
        return True
    if last == "]":
        markers = _TRAILING_FOOTNOTES.search(line, max(0, len(line) - _FOOTNOTES_TAIL))
        if markers is not None:
            line = line[: markers.start()]
    stripped = line.rstrip(_CLOSING_MARKS)
    return bool(stripped) and stripped[-1] in FINAL_STOPS


def ends_on_armenian_stop(text: str) -> bool:
    """Whether ``text`` ends on a colon typed for Armenian's full stop (see :data:`ARMENIAN_LOWER_CASE`)."""
    return _ARMENIAN_TYPED_STOP.search(text, max(0, len(text) - 3)) is not None


def folded_label(text: str, max_characters: int) -> str | None:
    """``text`` case-folded without its colon, as a label alone on its line is looked up ("Claim:", "News
    provided by", "Sources"), where it is ``max_characters`` long at most, else ``None``: the length, tested
    in C, spares nearly every line the folding."""
    return text.casefold().rstrip(" :") if len(text) <= max_characters else None


def written_in_letters(word: str) -> bool:
    """Whether ``word`` is written in letters, with the vowel signs and viramas that Indic scripts join to
    them ("दिल्ली"), or with the accents of a text left decomposed (NFD's "Bogota" and its acute, as pasted
    from a Mac): Unicode counts those as marks, not letters, so ``str.isalpha`` says no."""
    return word.isalpha() or (
        word[:1].isalpha()
        and all(character.isalpha() or unicodedata.category(character)[0] == "M" for character in word)
    )
