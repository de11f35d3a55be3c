"""Word tokens: a text's lower-cased words (alone, or per span of it) and its word count, read through
character tables that spare the regex most of its work on mostly-ASCII text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Protocol

import numpy as np

from nutgraf.language.thai import THAI_RUN, count_thai_words


class Bounds(Protocol):
    """A stretch of a text by character offsets (:class:`nutgraf.article.Span` is one)."""

    start: int
    end: int


# The combining marks of Latin letters (U+0300 to U+036F), which Python's \w leaves out: Yoruba writes its
# tones on the dotted vowels with them, having no letter that holds both ("ẹ̀", "ọ́": "bẹ̀rẹ̀", begin, is
# "ẹ", a grave, "r", "ẹ", a grave), and text in decomposed form writes every accent so ("Malacañang").
# A word was parted at each: a Yoruba story counted 66 words for its 60, and its stems were the pieces.
_LATIN_MARK_CODES = range(0x0300, 0x0370)
_LATIN_MARKS = f"{chr(_LATIN_MARK_CODES[0])}-{chr(_LATIN_MARK_CODES[-1])}"
_WORD = re.compile(rf"[\w{_LATIN_MARKS}]+(?:['’][\w{_LATIN_MARKS}]+)*")
# A run of them, and what :func:`composed_marks` reads a line for: its search skips in C to the first mark.
_LATIN_MARK_RUN = re.compile(f"[{_LATIN_MARKS}]++")
_MARKS_COMPOSED = 30
# The characters beside which NFC composes a whole line as :func:`composed_marks` does each letter and its
# marks, and the marks: those NFC neither changes, reorders nor composes with a character before it, read
# from Unicode's data (tests/test_hostile.py), in runs of at least 64 code points below U+40000 (the few
# shorter runs, between Indic scripts' signs, are left out). Any other character with marks on it, or a
# letter with more marks than are composed, is composed by itself (another is kept out of the call of NFC,
# :func:`_composed_stretch`). Latin, Cyrillic and punctuation alone had been read so: a Latin letter's
# marks beside each Greek letter ("αé" repeated) sent a line a letter at a time, 10 s and 1 GB for 20
# million characters (hostile input, round 25).
_NFC_AS_BY_LETTER = (
    (0x0000, 0x0373), (0x0388, 0x0482), (0x0488, 0x0590), (0x05C8, 0x060F), (0x0671, 0x06D5),
    (0x074B, 0x07EA), (0x0960, 0x09BB), (0x0A5F, 0x0ABB), (0x0ACE, 0x0B3B), (0x0B5E, 0x0BBD),
    (0x0BD8, 0x0C3B), (0x0C57, 0x0CBB), (0x0CD7, 0x0D3A), (0x0D58, 0x0DC9), (0x0DE0, 0x0E37),
    (0x0E4C, 0x0EB7), (0x0ECC, 0x0F17), (0x0FC7, 0x102D), (0x103B, 0x108C), (0x108E, 0x1160),
    (0x11C3, 0x135C), (0x1360, 0x1713), (0x1735, 0x17D1), (0x17DE, 0x18A8), (0x18AA, 0x1938),
    (0x193C, 0x1A16), (0x1A19, 0x1A5F), (0x1ACF, 0x1B33), (0x1BF4, 0x1C36), (0x1C38, 0x1CCF),
    (0x1CFA, 0x1DBF), (0x1E00, 0x1F70), (0x2002, 0x20CF), (0x212C, 0x2328), (0x232B, 0x2ADB),
    (0x2ADD, 0x2CEE), (0x2CF2, 0x2D7E), (0x2D80, 0x2DDF), (0x2E00, 0x3029), (0x3030, 0x3098),
    (0x309B, 0xA66E), (0xA6A0, 0xA6EF), (0xA6F2, 0xA805), (0xA82D, 0xA8C3), (0xA954, 0xA9B2),
    (0xA9C1, 0xAAAF), (0xAAF7, 0xABEC), (0xABEE, 0xD7FF), (0xE000, 0xF8FF), (0xFADA, 0xFB1C),
    (0xFB4F, 0xFE1F), (0xFE30, 0x101FC), (0x101FE, 0x102DF), (0x102E1, 0x10375), (0x1037B, 0x10A0C),
    (0x10A40, 0x10AE4), (0x10AE7, 0x10D23), (0x10D28, 0x10EAA), (0x10EAD, 0x10F45), (0x10F86, 0x11045),
    (0x110BB, 0x110FF), (0x11174, 0x111BF), (0x111CB, 0x11234), (0x11237, 0x112E8), (0x112EB, 0x1133A),
    (0x11375, 0x11441), (0x1145F, 0x114AF), (0x114C4, 0x115AE), (0x115C1, 0x1163E), (0x11640, 0x116B5),
    (0x116B8, 0x1172A), (0x1172C, 0x11838), (0x1183B, 0x1192F), (0x11944, 0x119DF), (0x119E1, 0x11A33),
    (0x11A48, 0x11A98), (0x11A9A, 0x11C3E), (0x11C40, 0x11D41), (0x11D46, 0x11D96), (0x11D98, 0x16AEF),
    (0x16B37, 0x16FEF), (0x16FF2, 0x1BC9D), (0x1BC9F, 0x1D15D), (0x1D1C1, 0x1D241), (0x1D245, 0x1DFFF),
    (0x1E02B, 0x1E12F), (0x1E137, 0x1E2AD), (0x1E2F0, 0x1E8CF), (0x1E8D7, 0x1E943), (0x1E94B, 0x2F7FF),
    (0x2FA1E, 0x3FFFF),
)  # fmt: skip
_NFC_AS_BY_LETTER_CLASS = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _NFC_AS_BY_LETTER)
_OUTSIDE_NFC_AS_BY_LETTER = f"[^{_NFC_AS_BY_LETTER_CLASS}]"
# What ends a stretch composed in one call: a character outside them with marks written on it, or a run of
# more marks than are composed.
_NOT_NFC_AS_BY_LETTER = re.compile(
    f"{_OUTSIDE_NFC_AS_BY_LETTER}(?=[{_LATIN_MARKS}])|[{_LATIN_MARKS}]{{{_MARKS_COMPOSED + 1}}}"
)
# The characters of a stretch kept out of its call of NFC, each kind replaced by a placeholder NFC leaves
# alone beside anything and written back after: those outside them without marks, and U+0000 itself,
# which parts the pieces between them where a stretch holds more kinds than are given placeholders. One
# class, without an alternative, so that the search skips in C to the first.
_KEPT_FROM_NFC = re.compile("([^\x01" + _NFC_AS_BY_LETTER_CLASS.removeprefix("\\U00000000") + "])")
_NFC_PLACEHOLDER = "\x00"
# The placeholders of the kinds of kept characters, each given where the stretch does not hold it: control
# characters, which NFC leaves alone beside anything and, as the lowest code points, passes soonest (a
# private use character took NFC half as long again); and the most kinds a stretch gives them.
_KEPT_PLACEHOLDERS = tuple(chr(code) for code in range(0x01, 0x11))
_KEPT_KINDS = 8
# The most characters of a stretch composed in one call: its lists of kept characters are bounded with it.
_STRETCH_CHARS = 1 << 16
# The most letters composed by themselves before the next search for a stretch composed in one call.
_STRETCH_WAIT = 64
# Marks written on nothing: opening the line, or after white space (str.isspace's, the regex \s).
_MARKS_ON_NOTHING = re.compile(rf"(?:^|(?<=\s))[{_LATIN_MARKS}]++")
#: The first code point past :func:`word_character_table`: CJK kana and ideographs follow it.
FIRST_CJK = 0x3040
# The bytes of blanked text (:func:`_mostly_ascii_blanked`): a word character's mark, a blank, an apostrophe.
# Named once: ord() of a literal is a call each time it is read, and the loops over an article's characters
# beyond ASCII (curly quotes: some thirty in a news article) read them at every character.
_WORD_BYTE, _BLANK_BYTE, _APOSTROPHE_BYTE = ord("a"), ord(" "), ord("'")
# The combining marks of the Indic scripts written with spaces between words, Devanagari to Sinhala (Unicode's
# categories Mn, Mc and Me): their vowel signs, viramas and nasal signs. Python's \w leaves them out, and a
# Hindi or Nepali word was counted as several, parted at each ("पढ्नुहोस्", one word, as four). Thai's, Lao's,
# Khmer's and Burmese's marks are left out: those scripts write no spaces, and a paragraph would count as a
# word or two, where the rules' bounds read their pieces.
# And those of the scripts past them written with spaces between words, whose words \w parted likewise at
# each vowel sign, virama or tone mark: Thaana's (Dhivehi), N'Ko's tone and nasal marks, Sundanese's, Cham's,
# Tai Viet's (Tai Dam, spaced in print for some decades), Meetei Mayek's and its extensions' (Manipuri: a
# page's keyphrases had been the pieces between its signs, "ꯁꯔꯀ" of "ꯁꯔꯀꯥꯔ", government; a Dhivehi story's,
# whose letters each carry a sign, had been none), and Adlam's lengtheners and gemination mark. Javanese,
# Balinese and Tai Tham are written without spaces between words: their marks are left out, as Thai's are,
# where a paragraph would be a word.
_SPACED_SCRIPT_BLOCKS = (
    (0x0780, 0x07BF), (0x07C0, 0x07FF), (0x1B80, 0x1BBF), (0xAA00, 0xAA5F), (0xAA80, 0xAADF), (0xAAE0, 0xAAFF),
    (0xABC0, 0xABFF), (0x1E900, 0x1E95F),
)  # fmt: skip
_SPACED_SCRIPT_MARK_CODES = tuple(
    c
    for first, last in _SPACED_SCRIPT_BLOCKS
    for c in range(first, last + 1)
    if unicodedata.category(chr(c)).startswith("M")
)
#: The combining marks of :data:`_SPACED_SCRIPT_BLOCKS`, as characters for a regex class: a word's own.
SPACED_SCRIPT_MARKS = "".join(map(chr, _SPACED_SCRIPT_MARK_CODES))
_COUNTED_MARKS = (
    tuple(c for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)).startswith("M"))
    + _SPACED_SCRIPT_MARK_CODES
)
#: A word, or one CJK character (scripts written without spaces), for counting the words of a text: a run
#: of word characters and the combining marks written on them.
WORD_UNIT = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[\w"
    + _LATIN_MARKS
    + "".join(map(chr, _COUNTED_MARKS))
    + "]+"
)
#: Languages whose words :func:`count_words` counts a character at a time.
CHARACTER_COUNTED = frozenset({"zh", "ja"})
#: Languages whose words :func:`count_words` counts a letter (or sign) of their script at a time: Khmer and
#: Burmese write a space between phrases, not words, and their vowel signs are no word characters to \w,
#: so that their word tokens were pieces of words cut at each sign (1.6 a word) and their reading times
#: half as long again as they should be. Lao, written without spaces between words as Thai is, had each
#: stretch between its spaces cut at its vowel signs likewise; nutgraf ships no list of its words.
LETTER_COUNTED = frozenset({"km", "my", "lo"})
# A Khmer, Burmese or Lao letter, vowel sign, mark or digit (not their punctuation: "។", "။", "၊", Lao's
# ellipsis "ຯ" and repetition mark "ໆ").
_UNSPACED_LETTER = re.compile(
    r"[\u0e81-\u0eae\u0eb0-\u0ec4\u0ec8-\u0ece\u0ed0-\u0ed9\u1000-\u1049\u104c-\u109f"
    r"\u1780-\u17d3\u17d7\u17dc\u17dd\u17e0-\u17e9]"
)
#: Languages written with spaces between words in the scripts from Devanagari to Sinhala, whose vowel signs
#: and viramas \w leaves out: :func:`words` gives their words' pieces ("नवीन", new, is "नव" and "न"), and
#: their reductions had counted a Hindi, Marathi or Bengali article at 1.6 to 3 "words" a word, so that
#: :func:`count_words` counts their words with the marks written on them (:data:`WORD_UNIT`); and Dhivehi
#: and Manipuri, in Thaana and Meetei Mayek (:data:`SPACED_SCRIPT_MARKS`).
MARK_COUNTED = frozenset(
    {"hi", "mr", "ne", "sa", "bn", "as", "pa", "gu", "or", "ta", "te", "kn", "ml", "si", "dv", "mni"}
)
#: Languages of the Arabic script that write a zero-width non-joiner inside words (Persian in most of its
#: verbs and plurals: "می‌شود", it becomes; "خاموشی‌ها", blackouts; Sorani Kurdish, Pashto and Urdu at
#: times): :func:`words` parts such a word at the non-joiner, no word character, and :func:`count_words`
#: counts it once, as its reader does (a Persian story's reduction had counted 100 words for 90).
JOINER_WRITTEN = frozenset({"fa", "ckb", "ps", "ur"})
#: Languages of the Tibetan script, whose words :func:`count_words` counts a syllable at a time: the script
#: parts its syllables with the tsheg "་", not its words (one to three syllables each), and its vowel signs
#: and stacked letters are no word characters to \w, so that a Tibetan story had been counted in the pieces
#: between them ("བསྒྲགས", one syllable, as two; 181 "words" for its 120 syllables).
SYLLABLE_COUNTED = frozenset({"bo", "dz"})
# A Tibetan syllable: its letters, vowel signs and stacked (subjoined) letters, between tshegs or shads.
_TIBETAN_SYLLABLE = re.compile(r"[\u0f40-\u0fbc]+")
#: Languages whose words :func:`count_words` counts otherwise than :func:`words` gives their tokens: those
#: counted in characters, letters or syllables or with their marks, those written with non-joiners inside
#: words, and Thai, read into the words of its list.
WORDS_NOT_TOKENS = (
    CHARACTER_COUNTED | LETTER_COUNTED | SYLLABLE_COUNTED | MARK_COUNTED | JOINER_WRITTEN | {"th"}
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (letters and digits; inner apostrophes kept)."""
    # The same tokens in a third of the pattern's time, most of which goes to making each match (and
    # lower-cased as they are marked, without a lower-cased copy of the text).
    words_only = _mostly_ascii_words_only(text, lower=True)
    return _WORD.findall(text.lower()) if words_only is None else words_only.split()


# The most characters of a text whose marked words :func:`leading_words` keeps for :func:`words_per_span`: a
# long article's (the shared sets' longest is 25,000), so that a longer text is neither marked whole for a
# detection that reads its opening nor kept in memory, until the next text is detected, for a Document
# that may never be made. Detection alone (an extraction, keyphrases) pays for the marks it does not
# read: at 100,000 characters a typeset text's detection had taken 12 times as long (0.53 ms for 0.04),
# at 30,000 four times; and the text is held past its request by a server that only extracts.
_KEPT_MARKS_CHARS = 30_000
# The last text :func:`leading_words` marked, and its marks (:func:`_mostly_ascii_words_only`, lower-cased):
# language detection reads an article's opening words, and its Document then the words of every sentence
# of the same text, whose opening had been marked twice (some 22,000 instructions an article of news). Its
# text is held, so the identity test cannot meet another text at the same address; a thread that reads it
# as another replaces it only makes the marks again.
_kept_marks: tuple[str, str] | None = None


def leading_words(text: str, end: int) -> list[str]:
    """:func:`words` of ``text[:end]`` (the same tokens), read from the marks of all of ``text``, which
    :func:`words_per_span` of the same text object then reads instead of marking it again."""
    global _kept_marks
    kept = _kept_marks
    if kept is not None and kept[0] is text:
        words_only: str | None = kept[1]
    elif len(text) > _KEPT_MARKS_CHARS:
        return words(text[:end])
    else:
        words_only = _mostly_ascii_words_only(text, lower=True)
        if words_only is None:
            return words(text[:end])
        _kept_marks = (text, words_only)
    # An apostrophe at the cut joins a word to the letter after it, which text[:end] does not hold: there
    # it ends the word and is no part of it.
    return words_only[:end].rstrip("'’").split()


def words_per_span(text: str, spans: Sequence[Bounds]) -> list[list[str]]:
    """:func:`words` of each span of ``text``, lower-casing the text once."""
    global _kept_marks
    kept = _kept_marks
    if kept is not None and kept[0] is text:
        # Marked by leading_words for the text's language: read once here, then let go.
        _kept_marks = None
        words_only: str | None = kept[1]
    else:
        # Most text is lower-cased as its words are marked, with no lower-cased copy of it made first (a
        # pass over every character, and on text beyond ASCII a lookup per character).
        words_only = _mostly_ascii_words_only(text, lower=True)
    if words_only is None:
        lowered = text.lower()
        if len(lowered) != len(text):
            # Lower-casing changed the length ("İ" becomes two code points): offsets no longer line up.
            return [words(text[span.start : span.end]) for span in spans]
        words_only = _words_only(lowered)
        if words_only is None:
            findall = _WORD.findall
            return [findall(lowered, span.start, span.end) for span in spans]
    # str.split makes the words in C: a third of findall's time, most of which went to making each
    # match's string. An apostrophe at a span's edge is one that joined a word the span cuts; findall,
    # reading the span alone, would not have taken it.
    return [words_only[span.start : span.end].strip("'’").split() for span in spans]


def _words_only(lowered: str) -> str | None:
    """``lowered`` with every character that is not part of a :data:`_WORD` match turned into a space (of
    equal length, so offsets still hold), read code point by code point in numpy: for text that
    :func:`_mostly_ascii_words_only` has declined, so as not to look at its characters twice. ``None`` for
    text with code points past :func:`word_character_table` (CJK, surrogates), which the pattern reads
    instead."""
    codes = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = word_character_table()
    if not len(codes) or codes.max() >= len(table):
        return None
    word = table.take(codes).astype(bool)
    # An apostrophe between two word characters joins them into one word ("don't", "rock'n'roll"), as
    # the pattern's (?:['’]\w+)* does.
    apostrophe = (codes[1:-1] == ord("'")) | (codes[1:-1] == ord("’"))
    word[1:-1] |= apostrophe & word[:-2] & word[2:]
    # No word character is white space to str.split (checked over the table in the tests).
    return np.where(word, codes, ord(" ")).astype(np.uint32).tobytes().decode("utf-32-le")


# Text with up to this many characters beyond ASCII (and one more in 64 of its characters) has them looked
# at one by one (:func:`ascii_word_marks`), at half the time of reading all its code points in numpy
# for a news article with a few curly quotes, which nearly half of them have.
_FEW_BEYOND_ASCII = 16


def ascii_word_marks(
    text: str, translation: bytes, characters: bytes | None = None
) -> tuple[bytearray, list[int]] | None:
    """For text with few characters beyond ASCII (up to sixteen, and one more in 64 of its characters),
    all below :data:`FIRST_CJK`: its ASCII bytes put through ``translation``, each character beyond ASCII
    an "a" where it is a word character (by ``characters``, a table as :func:`word_character_bytes`, which
    it is by default) and a space where not, and the places of those characters. ``None`` for other text."""
    marked = text.encode("ascii", "replace")  # each character beyond ASCII becomes a "?"
    # Counted as they are found, the walk given up past the bound (before the translation, which text
    # that is not mostly ASCII does without): counting the "?"s of both copies first read every character
    # twice more (some 7 instructions each: 36,000 for an article of 5,000).
    most = _FEW_BEYOND_ASCII + len(text) // 64
    places = []
    position = marked.find(b"?")
    while position >= 0:
        if text[position] != "?":
            if len(places) == most or ord(text[position]) >= FIRST_CJK:
                return None
            places.append(position)
        position = marked.find(b"?", position + 1)
    marks = bytearray(marked.translate(translation))
    table = characters or word_character_bytes()
    for position in places:
        marks[position] = _WORD_BYTE if table[ord(text[position])] else _BLANK_BYTE
    return marks, places


def _mostly_ascii_words_only(text: str, *, lower: bool = False) -> str | None:
    """:func:`_words_only` of ASCII text, or of text with few characters beyond ASCII (its ASCII ones are
    translated in C as in :func:`_mostly_ascii_blanked`, the others looked at one by one); ``None`` for
    other text, and for code points past :func:`word_character_table`.

    With ``lower``, that of ``text.lower()``, lower-cased on the way: the ASCII letters by the same
    translation, the others one by one (``None`` where one lower-cases to other than one character of
    its own class below :data:`FIRST_CJK`, or is a capital sigma, whose lower case depends on the letters
    around it: the lower-cased text is then read instead).
    """
    found = _mostly_ascii_blanked(text, lower=lower)
    if found is None:
        return None
    blanked, kept = found
    ascii_only = blanked.decode("ascii")
    pieces = []
    start = 0
    for position, character in kept:
        if blanked[position] != _BLANK_BYTE:  # a word character, or an apostrophe that joins two
            pieces += (ascii_only[start:position], character)
            start = position + 1
    pieces.append(ascii_only[start:])
    return "".join(pieces)


def _mostly_ascii_blanked(
    text: str, *, lower: bool = False
) -> tuple[bytearray, list[tuple[int, str]]] | None:
    """What :func:`_mostly_ascii_words_only` is made from: ``text`` as bytes, a space wherever its words
    have one, its ASCII characters translated in C (one byte translation, :func:`_ascii_word_bytes`,
    blanks out all but word characters and apostrophes, and each apostrophe, a dozen in an article, is
    then kept only between two word characters), each character beyond ASCII an "a" where it is a word
    character and an apostrophe where it is a curly one that joins two; and the places and characters of
    those beyond ASCII that may stay (lower-cased with ``lower``). ``None`` where
    :func:`_mostly_ascii_words_only` is."""
    translation = _ascii_word_bytes(lower)
    if text.isascii():  # a flag of the string, read without a scan
        blanked = bytearray(text.encode("ascii").translate(translation))
        _blank_loose_apostrophes(blanked)
        return blanked, []
    found = ascii_word_marks(text, translation)
    if found is None:
        return None
    blanked, places = found
    characters = [text[position] for position in places]
    if lower:
        # Lower-cased in one call, not one a character (some thirty curly quotes in a typeset article):
        # str.lower reads a character's neighbours only for a capital sigma, which is read the slow way, so
        # each character lowers as it would alone; every one lowers to one character or more, so an equal
        # length is one each.
        joined = "".join(characters)
        if "Σ" in joined:
            return None
        lowered = joined.lower()
        if len(lowered) != len(joined):
            return None
        classes = word_character_bytes()
        characters = list(lowered)
        for position, character in zip(places, characters, strict=True):
            if ord(character) >= FIRST_CJK or classes[ord(character)] != (blanked[position] == _WORD_BYTE):
                return None
    kept = []  # the places of the characters beyond ASCII that may stay, and the characters
    for position, character in zip(places, characters, strict=True):
        if blanked[position] == _WORD_BYTE:  # any word character, for the apostrophes' test
            kept.append((position, character))
        elif character == "’":
            blanked[position] = _APOSTROPHE_BYTE
            kept.append((position, character))
    _blank_loose_apostrophes(blanked)
    return blanked, kept


def _blank_loose_apostrophes(blanked: bytearray) -> None:
    """Turns each apostrophe of ``blanked`` (word characters and apostrophes, spaces for the rest) into a
    space unless it stands between two word characters."""
    last = len(blanked) - 1
    position = blanked.find(b"'")
    while position >= 0:
        # A neighbour that is no word character is now a space, or an apostrophe (never a kept one).
        if not 0 < position < last or blanked[position - 1] in b" '" or blanked[position + 1] in b" '":
            blanked[position] = _BLANK_BYTE
        position = blanked.find(b"'", position + 1)


# A byte translation of blanked text (:func:`_mostly_ascii_blanked`) that leaves its spaces and makes every
# other byte an "a", so that each word opens at an "a" after a space or at the start.
_RUNS = bytes(ord(" ") if c == ord(" ") else ord("a") for c in range(256))


@cache
def word_unit_table() -> np.ndarray:
    """Whether each code point below :data:`FIRST_CJK` continues a :data:`WORD_UNIT` run (a word character or
    a combining mark), as 0 or 1."""
    table = word_character_table().copy()
    table[[c for c in _COUNTED_MARKS if c < FIRST_CJK]] = 1
    return table


@cache
def word_unit_bytes() -> bytes:
    """:func:`word_unit_table` as bytes, read an entry at a time without numpy."""
    return word_unit_table().tobytes()


@cache
def word_character_bytes() -> bytes:
    """:func:`word_character_table` as bytes, read an entry at a time without numpy."""
    return word_character_table().tobytes()


@cache
def _ascii_word_bytes(lower: bool = False) -> bytes:
    """A byte translation table: word characters and the apostrophe stay, every other byte is a space;
    with ``lower``, A to Z become a to z, as ``str.lower`` makes them."""
    table = word_character_table()
    return bytes(
        (c + 32 if lower and ord("A") <= c <= ord("Z") else c) if table[c] or c == ord("'") else ord(" ")
        for c in range(256)
    )


#: A footnote marker as Wikipedia and its copies write one ("trade,[217]", "[a]", "[citation needed]"): a
#: sentence's stop may come before it, and cleaning, segmentation and the summary pool all read it so.
FOOTNOTE_MARKER = r"\[(?:\d{1,4}|[a-z]|citation needed)\]"
#: Question marks: Latin, full-width (CJK) and Arabic; Greek ends a question with a semicolon. Read by the
#: summary's sentence features and by the extraction's poll boxes, which ask.
QUESTION_MARKS = ("?", "？", "؟")


_WORD_CHARACTER = re.compile(rf"[\w{_LATIN_MARKS}]")


@cache
def word_character_table() -> np.ndarray:
    """Whether each code point below :data:`FIRST_CJK` is a word character (the regex ``\\w``, or a
    combining mark of Latin letters), as 0 or 1."""
    return np.array([bool(_WORD_CHARACTER.match(chr(c))) for c in range(FIRST_CJK)], dtype=np.int8)


# Below this many characters the pattern counts word units faster than numpy does; above it, its
# matches are counted a stretch of this many at a time (memory in proportion to the stretch, not the text).
_UNIT_PATTERN_CHARS = 1000
_UNIT_STRETCH = 1 << 16
# What a code point is to WORD_UNIT: of no unit, a word character outside its CJK ranges (which opens or
# continues a \w+ run), a word character inside them (a unit of its own, unless a run goes on through it),
# a character inside them that is no word character (a unit of its own, ending any run).
_NO_UNIT, _RUN, _CJK_WORD, _CJK_OTHER = 0, 1, 2, 3
_UNIT_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF))
# No code point from here on is a word character (the last, CJK extension H, ends at U+323AF): past the
# table's end, a code point reads its last entry, of no unit.
_UNIT_TABLE_END = 0x40000


@cache
def _unit_class_table() -> np.ndarray:
    """Each code point's class to :data:`WORD_UNIT` (``_NO_UNIT`` ... ``_CJK_OTHER``), as one byte, up to
    :data:`_UNIT_TABLE_END`."""
    # The word characters of the pattern's \w: str.isalnum's, and "_".
    word = np.fromiter(
        map(str.isalnum, map(chr, range(_UNIT_TABLE_END))), dtype=np.uint8, count=_UNIT_TABLE_END
    )
    word[ord("_")] = 1
    word[_LATIN_MARK_CODES.start : _LATIN_MARK_CODES.stop] = 1
    word[list(_COUNTED_MARKS)] = 1
    table = word.copy()
    for first, last in _UNIT_RANGES:
        table[first : last + 1] = np.where(word[first : last + 1] == 1, _CJK_WORD, _CJK_OTHER)
    return table


def count_word_units(text: str) -> int:
    """How many :data:`WORD_UNIT` matches ``text`` holds, as ``len(WORD_UNIT.findall(text))`` but, on long
    text, in numpy a stretch at a time: the pattern's matches counted one by one took 4.7 s (and a list of
    them 1.4 GB) for 20 million Chinese characters, numpy a tenth of a second."""
    if len(text) < _UNIT_PATTERN_CHARS:
        return len(WORD_UNIT.findall(text))
    table = _unit_class_table()
    count, running = 0, False  # whether a \w+ run goes on at the end of the stretch before
    for offset in range(0, len(text), _UNIT_STRETCH):
        stretch = text[offset : offset + _UNIT_STRETCH].encode("utf-32-le", "surrogatepass")
        classes = table.take(np.frombuffer(stretch, dtype=np.uint32), mode="clip")
        run_character = classes == _RUN
        cjk_word = classes == _CJK_WORD
        # A CJK word character continues a run when the last character before it that is none opens or
        # continues one (a run character; a run that goes on from the stretch before, where there is none).
        places = np.arange(len(classes))
        anchor = np.where(cjk_word, -1, places)
        np.maximum.accumulate(anchor, out=anchor)
        anchored = np.where(anchor >= 0, run_character[np.maximum(anchor, 0)], running)
        in_run = run_character | (cjk_word & anchored)
        run_before = np.concatenate(([running], in_run[:-1]))
        opens = (classes == _CJK_OTHER) | ((run_character | cjk_word) & ~run_before)
        count += int(np.count_nonzero(opens))
        running = bool(in_run[-1])
    return count


def without_joiners(text: str) -> str:
    """``text`` without the zero-width non-joiners and joiners written inside words (no word characters)."""
    return text.replace("\u200d", "").replace("\u200c", "")


def holds_latin_marks(text: str) -> bool:
    """Whether ``text`` holds a combining mark of Latin letters (U+0300 to U+036F), which
    :func:`composed_marks` composes or drops. Each is the byte 3 after its low byte in UTF-16-LE: a text
    without that byte (the encoding a copy in C, the search memchr's) holds none, a quarter of the pattern's
    scan on a line of accented news (whose "é" is U+00E9); a few other characters hold it too ("ă", Greek)."""
    return _may_hold_latin_marks(text) and _LATIN_MARK_RUN.search(text) is not None


def _may_hold_latin_marks(text: str) -> bool:
    """Whether ``text`` may hold a combining mark of Latin letters (:func:`holds_latin_marks`'s first
    tests): not where it is ASCII (a flag of the string, read without a scan), nor where its UTF-16-LE holds
    no byte 3."""
    return not text.isascii() and b"\x03" in text.encode("utf-16-le", "surrogatepass")


def composed_marks(line: str) -> str:
    """``line`` with each Latin letter and the combining marks written after it (U+0300 to U+036F) composed
    into one character where Unicode has one (NFC: "e" and an acute are "é"), and without a mark written on
    nothing (after white space or opening the line).

    Text pasted from a Mac, or a Vietnamese or Yoruba keyboard's, writes every accent as a letter and a mark
    (Unicode's decomposed form, NFD): a French story's "présenté" missed the stopword lists' and the verb
    lexicon's "présenté" and was a keyphrase, as "à" and "été" were no stopwords. A mark after a space, left
    where a tool parted it from its letter, sits on nothing a reader can read: it had opened a summary
    sentence ("́ Les élus ...") and been counted as a word. Only the letters the marks are written on change,
    each to the one character NFC gives (a Yoruba "ẹ̀", which Unicode has no character for, stays a letter and
    a mark); other scripts' marks and the rest of the line are as written."""
    # The pattern tries its class at every character (some 150 instructions a character: 700,000 for a
    # pasted article's line of 4,700 made ASCII by deleting its zero-width space); the tests of a flag and
    # a byte spare it on most lines.
    found = _LATIN_MARK_RUN.search(line) if _may_hold_latin_marks(line) else None
    if found is None:
        return line
    # Letter by letter, a call of NFC and a Python step each, a text of 20 million characters with two marks
    # on every letter took 9.4 s of CPU and 816 MB, where a huge text has 5 s and 500 MB (bench/hostile_bench.py;
    # hostile input, round 23): a stretch of the line that NFC composes alike is composed in one call, in C
    # (3.9 s, 256 MB), up to the next character it is not known to compose alike. Only a letter outside those
    # stretches, or one of more marks than are composed, is composed by itself: one Greek letter at a line's
    # end had sent all of it letter by letter again (hostile input, round 24).
    pieces = []
    written = 0
    # Letters alternating with other characters ("αé" repeated) make stretches of one letter each: the search
    # for a stretch waits twice as many letters after each such stretch, its cost a share of theirs.
    wait = skipped = 0
    while found is not None:
        start = found.start()
        # Where the letter the marks are written on stands: the first mark opens the line, on nothing.
        base_at = max(start - 1, 0)
        pieces.append(line[written:base_at])
        end = found.end()
        if skipped < wait:
            skipped += 1
        else:
            # Searched to the stretch's bound and as far past it as a run of marks ending it may reach.
            limit = base_at + _STRETCH_CHARS
            other = _NOT_NFC_AS_BY_LETTER.search(line, base_at, limit + _MARKS_COMPOSED + 2)
            if other is not None:
                # A run of more marks than are composed ends the stretch before its letter. A stretch of one
                # letter and its marks is composed by itself, without the pass for marks on nothing.
                end = other.start() - (other.end() - other.start() > 1)
            elif limit >= len(line):
                end = len(line)
            else:
                marks_at_limit = _LATIN_MARK_RUN.match(line, limit)
                end = limit if marks_at_limit is None else marks_at_limit.end()
            wait = 0 if end > found.end() else min(2 * wait + 1, _STRETCH_WAIT)
            skipped = 0
        if end > found.end():
            pieces.append(_composed_stretch(_MARKS_ON_NOTHING.sub("", line[base_at:end])))
            written = end
        else:
            base = line[start - 1] if start else " "
            if not base.isspace():
                marks = found.group()
                # NFC puts a letter's marks in order by sorting them, in time that grows with the square of
                # their number (40,000 marks on one letter took 2.4 s); Unicode's stream-safe form reads at
                # most 30 on a character, no language writes more, and the rest are left as written.
                pieces.append(unicodedata.normalize("NFC", base + marks[:_MARKS_COMPOSED]))
                pieces.append(marks[_MARKS_COMPOSED:])
            elif start:
                pieces.append(base)
            written = found.end()
        found = _LATIN_MARK_RUN.search(line, written)
    pieces.append(line[written:])
    return "".join(pieces)


def _composed_stretch(stretch: str) -> str:
    """``stretch`` composed by one call of NFC, its characters outside :data:`_NFC_AS_BY_LETTER` (none with
    marks on it) as written. Each Greek letter with an oxia, or compatibility ideograph, beside a Latin
    letter with marks had ended a stretch: 20 million such characters went a letter at a time, 10.3 s and
    1 GB to summarize (hostile input, round 25). Listed and written back one by one, in Python, they still
    took 7.6 s of CPU (round 26): each kind of them is now replaced throughout, and back, by ``str.replace``
    (5 s, as with a Greek letter without an oxia before each)."""
    kinds = []
    placeholders = iter(_KEPT_PLACEHOLDERS)
    found = _KEPT_FROM_NFC.search(stretch)
    while found is not None and len(kinds) < _KEPT_KINDS:
        placeholder = next((free for free in placeholders if free not in stretch), None)
        if placeholder is None:
            break
        kinds.append((found.group(), placeholder))
        stretch = stretch.replace(found.group(), placeholder)
        found = _KEPT_FROM_NFC.search(stretch, found.start())
    if found is None:
        composed = unicodedata.normalize("NFC", stretch)
    else:
        # The kinds past the placeholders kept a character at a time, the pieces between them joined by one.
        pieces = _KEPT_FROM_NFC.split(stretch)
        pieces[::2] = unicodedata.normalize("NFC", _NFC_PLACEHOLDER.join(pieces[::2])).split(_NFC_PLACEHOLDER)
        composed = "".join(pieces)
    for kept, placeholder in kinds:
        composed = composed.replace(placeholder, kept)
    return composed


def count_words(text: str, language: str) -> int:
    """The words of ``text`` as a reader's pace is counted: its word tokens (:func:`words`), or, in
    Chinese and Japanese, written without spaces, its characters, or, in Khmer, Burmese and Lao, their
    script's letters and signs, or, in Tibetan and Dzongkha, its syllables, or, in the languages of India's
    scripts and Sinhala's, its words with the vowel signs written on them, or, in Thai, the words of its list (:func:`~nutgraf.language.thai_words`;
    and the word tokens of other scripts: a name in Latin letters, a figure)."""
    if language in CHARACTER_COUNTED:
        return count_word_units(text)
    if language in MARK_COUNTED:
        # Sinhala writes a zero-width joiner inside its words ("ශ්‍රී", Sri; "ප්‍රවාහනය", transport), India's
        # scripts a joiner or non-joiner at times: no word character, it had parted one word into two.
        return count_word_units(without_joiners(text))
    if language in LETTER_COUNTED:
        return len(_UNSPACED_LETTER.findall(text)) + count_words(_UNSPACED_LETTER.sub(" ", text), "")
    if language in SYLLABLE_COUNTED:
        return len(_TIBETAN_SYLLABLE.findall(text)) + count_words(_TIBETAN_SYLLABLE.sub(" ", text), "")
    if language == "th":
        # Its tokens had been the pieces between the vowel signs \w leaves out, whatever its words:
        # "จังหวัด" (a province) three, "ประชาชน" (the public) one.
        return count_thai_words(text) + count_words(THAI_RUN.sub(" ", text), "")
    if "\u200c" in text or "\u200d" in text:
        # A non-joiner or joiner inside a word (JOINER_WRITTEN) leaves it one word, in a text of few
        # characters beyond ASCII too, which the bytes below read it in as a space: "می‌شود" (it becomes)
        # had been two words alone, one in a paragraph.
        text = without_joiners(text)
    found = _mostly_ascii_blanked(text)  # as in words()
    if found is None:
        return len(_WORD.findall(text))
    # The words' runs counted in the blanked bytes, each an "a" after a space or at the start, with no
    # text made of them and no list of its words (str.split made one: 6,400 of the 15,000 instructions
    # on a 17-word sentence). A word character is never white space, nor is an apostrophe, and every
    # other character is blanked to a space.
    runs = found[0].translate(_RUNS)
    return runs.count(b" a") + runs.startswith(b"a")
