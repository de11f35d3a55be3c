"""Wording the messages of every stage and interface share."""

from __future__ import annotations

import unicodedata


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, the noun in the plural unless the number is one: "1 record",
    "2,000 records", "0 records" (``plural`` where adding an s does not make it: "1 entry", "3 entries")."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


#: The direction marks (U+200E, U+200F, U+061C), to :meth:`str.translate` away: invisible, they embed and
#: override nothing, and a right-to-left line carries them to place its punctuation.
DIRECTION_MARKS = dict.fromkeys([0x200E, 0x200F, 0x061C])
# The joiners (U+200C, U+200D): invisible too, they only join or part the letters beside them, and a word
# holds them as written (Persian's "می‌خواهم", an emoji's family): a value with one had been shown as a repr.
_JOINERS = dict.fromkeys([0x200C, 0x200D])


def shown(text: str, limit: int = 40) -> str:
    """``text`` from a user's file (an options file's value, a field of a JSON line) as a message or a
    table on the terminal shows it: cut at ``limit`` characters, and as repr writes it where it holds
    control characters or direction overrides, which had reached the terminal as written (an escape
    sequence clears or recolours it, an override shows the rest of the line reversed). The direction marks
    of a right-to-left line are written as they are: a Hebrew feed's title ending on one had been shown as a
    repr, "'חדשות העיר\\u200f'", and so are the joiners a word holds (a Persian one's U+200C)."""
    cut = text[:limit] + ("..." if len(text) > limit else "")
    if cut.isprintable():
        return cut
    unjoined = cut.translate(_JOINERS)
    if unjoined.isprintable():
        return cut
    unmarked = unjoined.translate(DIRECTION_MARKS)
    # Only beside right-to-left letters: marks alone would be written as nothing where a value was given, and
    # in a left-to-right value one moves the digits and punctuation after it ("10\u200f-20" shown as "1020-").
    if unmarked.isprintable() and any(unicodedata.bidirectional(char) in ("R", "AL") for char in unmarked):
        return cut
    return repr(cut)
