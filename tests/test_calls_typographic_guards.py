"""The guards that spare a line with curly quotes or dashes (``’ “ ” —``) the searches of
:mod:`nutgraf.extract.text.calls` that could never match it. Each guard asks for characters every match of its
pattern holds, so the answer is the pattern's: these tests pin that, alternative by alternative, so a new
alternative that holds none of them fails here instead of being skipped unseen."""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _parser
from re._constants import (
    AT,
    AT_END,
    ATOMIC_GROUP,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)

from nutgraf.extract.text import calls


def _needs(sequence: list, ok: Callable[[str], bool]) -> bool:
    """Whether every match of a parsed ``sequence`` consumes a character that ``ok`` accepts."""
    for op, av in sequence:
        if op is LITERAL and ok(chr(av)):
            return True
        if op is IN and all(
            (kind is LITERAL and ok(chr(value)))
            or (kind is RANGE and all(ok(chr(code)) for code in range(value[0], value[1] + 1)))
            for kind, value in av
        ):
            return True
        if op is BRANCH and all(_needs(branch.data, ok) for branch in av[1]):
            return True
        if op is SUBPATTERN and _needs(av[3].data, ok):
            return True
        if op is ATOMIC_GROUP and _needs(av.data, ok):
            return True
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1 and _needs(av[2].data, ok):
            return True
    return False


def _alternatives(pattern: re.Pattern[str]) -> list[list]:
    """The top-level alternatives of ``pattern``, parsed."""
    parsed = _parser.parse(pattern.pattern, pattern.flags).data
    if len(parsed) == 1 and parsed[0][0] is BRANCH:
        return [branch.data for branch in parsed[0][1][1]]
    return [parsed]


def test_every_call_phrase_holds_a_character_past_the_punctuation_block():
    """A line of Latin letters and typographic marks is spared the CJK and other scripts' call phrases."""
    beyond = calls._BEYOND_PUNCTUATION
    for pattern in (calls._CALL_PHRASE, calls._PAYWALL_NOTICE):
        assert not pattern.flags & re.IGNORECASE, pattern.pattern[:40]
        for alternative in _alternatives(pattern):
            assert _needs(alternative, lambda character: beyond.match(character) is not None), alternative


# Where the caption's alternatives hold one of the guard's words, not a mark: the word as the pattern writes it,
# and the words the guards must take for it. One table for both tests, so an alternative added with a new
# word fails the case test until both guards (:data:`calls._CREDIT_WORD` and, for an ASCII word,
# :data:`calls._ASCII_CREDIT_WORDS`) take it too.
_CREDIT_WORD_SOURCES = {
    "larawan mula": ("larawan",),
    "(?:fot|φωτ)\\.": ("fot.", "φωτ."),
    "nuotr\\.": ("nuotr.",),
    " via ": (" via ",),
    "s? by ": (" by ",),
}


def _closes_on_bracket(alternative: list) -> bool:
    """Whether ``alternative`` ends on a closing bracket before the line's end."""
    if len(alternative) < 2 or alternative[-1] != (AT, AT_END):
        return False
    op, av = alternative[-2]
    closing = calls._CREDIT_CLOSING_CHARACTERS
    return (op is LITERAL and chr(av) in closing) or (
        op is IN and all(kind is LITERAL and chr(value) in closing for kind, value in av)
    )


def _top_level_sources(source: str) -> list[str]:
    """``source`` cut at its top-level bars."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for index, character in enumerate(source):
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
    return [*parts, source[start:]]


def test_every_caption_credit_holds_a_mark_a_word_or_a_closing_bracket():
    """A tail that is not ASCII is spared the caption's and the agencies' patterns where it holds none of
    the guard's marks or words and closes on no bracket: each of their alternatives needs one."""
    marks = calls._CREDIT_MARK
    for pattern in (calls._CAPTION_CREDIT, calls._CAPTION_AGENCY):
        sources = _top_level_sources(pattern.pattern)
        alternatives = _alternatives(pattern)
        assert len(sources) == len(alternatives)
        for source, alternative in zip(sources, alternatives, strict=True):
            assert (
                _needs(alternative, lambda character: marks.match(character) is not None)
                or _closes_on_bracket(alternative)
                or any(word in source for word in _CREDIT_WORD_SOURCES)
            ), source


def test_the_credit_words_guard_takes_every_case_the_caption_pattern_takes():
    """The guard reads its ASCII words in ASCII's case and spells the other letters' cases out: each word
    with any one character swapped for one that case-blind Unicode matching takes for it matches the guard
    as it matches the word case-blind ("vıa", "ϕωτ.", "FOT.")."""
    words = [word for source_words in _CREDIT_WORD_SOURCES.values() for word in source_words]
    guard = calls._CREDIT_WORD
    for word in words:
        assert not word.isascii() or word in calls._ASCII_CREDIT_WORDS, word
        for index, letter in enumerate(word):
            taken = [
                chr(code)
                for code in range(0x10000)
                if re.fullmatch(re.escape(letter), chr(code), re.IGNORECASE)
            ]
            for character in taken:
                variant = word[:index] + character + word[index + 1 :]
                assert guard.fullmatch(variant), variant
            variant = word[:index] + "%" + word[index + 1 :]
            assert not guard.fullmatch(variant), variant
