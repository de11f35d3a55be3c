"""How candidates are scored (their features and the weights that combine them) and the best chosen."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from nutgraf.keyphrases.candidates import _is_name, _Key, _most_units

if TYPE_CHECKING:
    from nutgraf.keyphrases.words import _Words

#: What a candidate's score adds up, in the order of _WEIGHTS.
FEATURES = (
    "log_count",  # how often the phrase (any variant; a name with its surname alone) occurs
    "first",  # where it first occurs, as a share of the text
    "spread",  # from its first to its last occurrence, as a share of the text
    "title",  # the headline has it
    "letters",  # letters per stem (at most 8; a compound's longest part): long words are rarer
    "extra_words",  # words past the first (Chinese and Japanese characters do not count)
    "name",  # a whole name of two or more words
    "full_name",  # log of how often a name is given in full: a story's protagonists are, again and again
)
# Fitted for F1@10 on the tuning halves of 500N-KPCrowd and of the editors' tags of the shared pages, under
# a check that a story's subject still comes first on other news (docs/keyphrases.md); the name and
# extra-word weights are held where they were set so that a story's protagonists ("Michael Buble", not
# "Buble") make the list.
_WEIGHTS = (0.75, -0.7, 0.1, 0.8, 0.15, -1.4, 1.0, 0.7)
# An acronym has this many letters, at least and at most: "EU", "NATO", "UNESCO" is a word.
_MIN_ACRONYM = 2
_MAX_ACRONYM = 5
# Past this many letters a stem says no more about how specific a word is: on 500N-KPCrowd the share of
# words the crowd picks stops rising at eight, and with a longer cap long words outrank a story's subject
# more often on other news (a long compound, as German and Finnish write them, would too).
_MAX_LETTERS = 8
# A word longer than this is no keyphrase's: no language written with spaces has one (German's longest
# compounds have some 60 letters; the shared pages' longest tag, Lao, 44 characters), and a run of a script
# nutgraf does not divide into words (Lao, Khmer, Myanmar), or of letters pasted without a space, that long
# is a clause or a blob. 94,000 characters of Thai, Lao and Khmer run together had been a text's one tag.
_MAX_WORD_CHARACTERS = 100


def _features(
    words: _Words, occurrences: dict[_Key, list[int]], title_keys: set[_Key], length: int
) -> list[tuple[_Key, tuple[float, ...]]]:
    """Each candidate with its :data:`FEATURES` (parts of a longer phrase left out)."""
    length = max(length, 1)
    starts = words.starts
    # A phrase that only ever occurs inside one longer phrase is a part of it ("civil" of "civil
    # ceremony", "北京" of "北京大学"): the longer one is the candidate. (A name's words are candidates
    # only where they stand alone, and a name is whole as it is.)
    parts = {
        part
        for key, found in occurrences.items()
        if len(key) > 1 and not _is_name(words, key, found[0])
        for part in (key[:-1], key[1:])
        if len(occurrences.get(part, ())) == len(found) and not _is_name(words, part, occurrences[part][0])
    }
    letters: dict[str, int] = {}
    too_long: set[str] = set()
    characters = words.characters
    most_units = _most_units(words)
    log = math.log
    rows = []
    for key, found in occurrences.items():
        if key in parts or (len(key) > most_units and found[0] in characters):
            continue
        single = len(key) == 1
        first, last = found[0], found[-1]
        name = not single and _is_name(words, key, first)
        for stem_ in key:
            if stem_ not in letters:
                letters[stem_] = min(max(map(len, stem_.split("-"))), _MAX_LETTERS)
                if len(stem_) > _MAX_WORD_CHARACTERS:
                    too_long.add(stem_)
        if too_long and not too_long.isdisjoint(key):
            continue
        count = len(found)
        if name and (mentions := next(filter(None, map(occurrences.get, _suffixes(key))), None)):
            # A name is also mentioned by its last words alone: "Delia" after "Hurricane Delia", "Le Pen"
            # after "Marine Le Pen".
            count += len(mentions)
            first, last = min(first, mentions[0]), max(last, mentions[-1])
        rows.append(
            (
                key,
                (
                    log(count),
                    starts[first] / length,
                    (starts[last] - starts[first]) / length,
                    1.0 if key in title_keys else 0.0,
                    letters[key[0]]
                    if single
                    # A stretch of Chinese or Japanese is one term: its characters are its letters, as a
                    # katakana word's are.
                    else min(sum(map(len, key)), _MAX_LETTERS)
                    if found[0] in characters
                    else sum(letters[stem_] for stem_ in key) / len(key),
                    0.0 if single or found[0] in characters else len(key) - 1.0,
                    1.0 if name else 0.0,
                    log(len(found)) if name else 0.0,
                ),
            )
        )
    return rows


def _suffixes(key: _Key) -> list[_Key]:
    """A name's last words, longest first: ("le", "pen"), ("pen",) of "Marine Le Pen"."""
    return [key[i:] for i in range(1, len(key))]


def _select(
    scored: list[tuple[float, int, _Key]],
    top: int,
    acronym: Callable[[_Key], str | None],
    characters: set[int],
) -> list[tuple[float, _Key]]:
    """The best ``top`` candidates, each neither made of another's words nor holding all of them, nor
    the acronym of another: of "EU" and "European Union", "E.B." and "Easter Bunny", the phrase."""
    chosen: list[tuple[float, _Key]] = []
    taken: list[frozenset[str]] = []
    # The letters of the acronyms chosen, each with its place in chosen; the initials of the phrases.
    acronyms: dict[str, int] = {}
    initials: set[str] = set()
    for score, first, key in scored:
        stems = frozenset(key)
        if any(stems <= other or stems >= other for other in taken):
            continue
        letters = acronym(key)
        if letters in initials:
            continue
        spelled = (
            "".join(stem_[0] for stem_ in key)
            if _MIN_ACRONYM <= len(key) <= _MAX_ACRONYM and -first not in characters
            else None
        )
        if spelled:
            initials.add(spelled)
            if spelled in acronyms:
                # The phrase an acronym chosen already stands for says more to a reader: it takes its place.
                place = acronyms.pop(spelled)
                chosen[place], taken[place] = (score, key), stems
                continue
        if letters:
            acronyms[letters] = len(chosen)
        chosen.append((score, key))
        taken.append(stems)
        if len(chosen) == top:
            break
    return sorted(chosen, key=lambda choice: choice[0], reverse=True)
