"""Thai, written without spaces between words: a stretch of it divided into words by maximal matching over a
word list shipped with nutgraf (no library, no network).

The list, ``thai_words.txt.gz``, is PyThaiNLP 5.4.0's ``corpus/words_th.txt`` (the list its ``newmm``
tokenizer reads), released by the PyThaiNLP project under CC0-1.0 (public domain; its
``corpus_license.md``), kept to its 60,963 entries written in Thai letters and signs alone (its
abbreviations with full stops and its phrases with spaces left out) and gzipped.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib.resources import files

from nutgraf.errors import MissingDependencyError

# Thai vowels and marks that never start a syllable (they follow its consonant), and vowels that lead one:
# a word starts nowhere else.
_THAI_FOLLOWING = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
_THAI_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
# A silent ห leads the consonant after it: "หมาย" is one syllable, not "ห" and "มา".
_THAI_LED_BY_HO = frozenset("งญนมยรลว")
#: A run of Thai letters and signs (not its digits, nor its punctuation but "ฯ", which shortens a word).
THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")


# A run is divided this many characters at a time, its table of the best divisions a window's (a run of a
# million Thai characters with no space, hostile input, had taken a table of a million entries). Of each
# window but the last, the words that end within its last _OVERLAP characters are divided again at the
# next window's start, with what follows them: the window's end had cut a word in two, or left the words
# before it divided as no whole text divides them (67 of 36,549 words of Thai news in windows of 2,000;
# all but 69 of the list's words are 30 characters or fewer).
_WINDOW = 2_000
_OVERLAP = 100
# A text's Thai characters read into words for a count: past them (a book, hostile input of 20 million
# characters, half a minute and more of division) the words are counted at the rate the first ones gave.
_COUNTED_CHARACTERS = 300_000
# The word list's file, in this package.
_WORD_LIST = "thai_words.txt.gz"


@cache
def _word_list() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The Thai words, and the lengths of those opening with each pair of characters, longest first: at a
    syllable's start only those lengths are looked up (under a dozen, mostly), so a stretch costs time in
    proportion to its length (keyed by the first character alone, some 30 lengths a start were sliced and
    looked up: 8 s for a million characters, where this takes 3)."""
    try:
        packed = files("nutgraf.language").joinpath(_WORD_LIST).read_bytes()
    except FileNotFoundError:
        # A package built or copied without its data: a bare FileNotFoundError had reached the command line
        # as "nutgraf: error: No such file or directory" (read as its output's fault) and the service as a
        # 500, on every Thai text.
        raise MissingDependencyError(
            f"Thai's word list ({_WORD_LIST}) is missing from the installed nutgraf package; reinstall nutgraf"
        ) from None
    text = gzip.decompress(packed)
    known = frozenset(text.decode("utf-8").split())
    lengths: dict[str, set[int]] = {}
    for word in known:
        if len(word) > 1:  # the list's three letters alone (ฆ, ฏ, ฒ) are no words a text holds
            lengths.setdefault(word[:2], set()).add(len(word))
    return known, {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def _syllable_start(text: str, i: int) -> bool:
    """Whether a Thai word may start at ``i`` of ``text`` (a Thai run): not on a vowel or mark that follows
    its consonant, not after a vowel that leads one, not between a silent ห and the consonant it leads."""
    if i == 0:
        return True
    if i >= len(text):
        return i == len(text)
    return (
        text[i] not in _THAI_FOLLOWING
        and text[i - 1] not in _THAI_LEADING
        and not (text[i - 1] == "ห" and text[i] in _THAI_LED_BY_HO)
    )


def thai_words(run: str) -> list[tuple[int, int, bool]]:
    """The words of ``run`` (Thai letters and signs, no space) as ``(start, end, known)``: the division
    into listed words that leaves the fewest characters outside any, then has the fewest words (maximal
    matching); characters no listed word covers are one word per stretch of them, not ``known`` (a name
    the list lacks: "นราธิวาส" is listed, a new minister's name may not be). A run past
    :data:`_WINDOW` characters is divided a window at a time, each ending at a syllable's start, and the
    next starting after the last word that ends :data:`_OVERLAP` characters before it."""
    pieces: list[tuple[int, int, bool]] = []
    start = 0
    while start < len(run):
        end = min(start + _WINDOW, len(run))
        while not _syllable_start(run, end):
            end += 1
        divided = _divided(run[start:end])
        if end < len(run):
            kept = [piece for piece in divided if piece[1] <= end - start - _OVERLAP]
            divided = kept or divided  # a window of one word (a stretch no listed word covers) is kept whole
        pieces.extend((a + start, b + start, listed) for a, b, listed in divided)
        start += divided[-1][1]
    return pieces


def count_thai_words(text: str) -> int:
    """How many Thai words ``text`` holds (in its runs of Thai letters): those of its first
    :data:`_COUNTED_CHARACTERS` Thai characters, and past them the rest at the rate read there."""
    counted = read = rest = 0
    for run in THAI_RUN.findall(text):
        divided = run[: _COUNTED_CHARACTERS - read]
        if divided:
            counted += len(thai_words(divided))
            read += len(divided)
        rest += len(run) - len(divided)
    return counted + round(rest * counted / read) if rest else counted


def _divided(run: str) -> list[tuple[int, int, bool]]:
    """:func:`thai_words` of a run of :data:`_WINDOW` characters at most."""
    known, lengths = _word_list()
    n = len(run)
    starts = [_syllable_start(run, i) for i in range(n + 1)]
    # best[i]: (characters outside listed words, words) of the best division of run[:i], and where its
    # last word starts and whether it is listed.
    best: list[tuple[int, int] | None] = [None] * (n + 1)
    back: list[tuple[int, bool]] = [(0, False)] * (n + 1)
    best[0] = (0, 0)
    for i in range(n):
        here = best[i]
        if here is None or not starts[i]:
            continue
        unknown, count = here
        for length in lengths.get(run[i : i + 2], ()):
            j = i + length
            if j <= n and starts[j] and run[i:j] in known:
                score = (unknown, count + 1)
                if (found := best[j]) is None or score < found:
                    best[j], back[j] = score, (i, True)
        j = i + 1
        while not starts[j]:
            j += 1
        score = (unknown + j - i, count + 1)
        if (found := best[j]) is None or score < found:
            best[j], back[j] = score, (i, False)
    pieces: list[tuple[int, int, bool]] = []
    end = n
    while end > 0:
        start, listed = back[end]
        if not listed and pieces and not pieces[-1][2]:
            # Characters outside listed words next to others: one word of them.
            pieces[-1] = (start, pieces[-1][1], False)
        else:
            pieces.append((start, end, listed))
        end = start
    pieces.reverse()
    return pieces
