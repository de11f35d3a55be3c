"""Sentence segmentation with character spans.

Line breaks always end a sentence (news text puts headlines, datelines and list items on lines of their
own, often without final punctuation); inside a line, blingfire's finite-state splitter finds the
boundaries, and a few repairs undo its known misses on news text.
"""

from __future__ import annotations

import re

import blingfire

from nutgraf.article import Span

_LINE = re.compile(r"[^\n]+")
# Words that end in a period without ending a sentence when a capitalised name or number follows.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov lt col gen sgt capt cmdr adm maj st jr sr rev hon pres supt
    insp det gov atty jan feb mar apr jun jul aug sep sept oct nov dec no vs v etc approx est
    inc ltd co corp bros dept univ ave blvd rd mt ft""".split()
)
_LAST_WORD = re.compile(r"(\w+)\.\s*$")
_INITIAL = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}\s*$")


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans, in order, trimmed of surrounding white space."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        spans.extend(_split_line(line.group(), line.start()))
    return spans


def _split_line(line: str, offset: int) -> list[Span]:
    _, offsets = blingfire.text_to_sentences_and_offsets(line)
    pieces: list[list[int]] = []
    for start, end in offsets:
        if pieces and _continues(line[pieces[-1][0] : pieces[-1][1]]):
            pieces[-1][1] = end
        else:
            pieces.append([start, end])
    return [Span(offset + start, offset + end) for start, end in pieces if end > start]


def _continues(previous: str) -> bool:
    """Whether a piece blingfire ended should run on into the next: it ends in an abbreviation."""
    if _INITIAL.search(previous) and len(previous) > 3:
        return True
    match = _LAST_WORD.search(previous)
    return bool(match) and match.group(1).lower() in _ABBREVIATIONS
