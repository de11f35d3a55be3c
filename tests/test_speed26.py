"""Speed round 26: lines with curly quotes and dashes cost less to split into sentences and words, with the
same sentences and words as before. These pin the edges of the shortcuts (they pass before and after them):
Greek just below the punctuation blocks and CJK just above them still read as other scripts, and the
apostrophes and marks beyond ASCII still join or part words as they did."""

from __future__ import annotations

import pytest

from nutgraf.language import count_words, words
from nutgraf.segment import (
    _OTHER_SCRIPT,
    _PUNCTUATION_BLOCKS_END,
    _PUNCTUATION_BLOCKS_FIRST,
    split_sentences,
)

SENTENCES = [
    # Greek after curly quotes and a dash: its question mark ";" still ends a sentence.
    (
        "He said “it’s over” — then left. Τι σημαίνουν για τα νοικοκυριά; Η κυβέρνηση απαντά.",
        ["He said “it’s over” — then left.", "Τι σημαίνουν για τα νοικοκυριά;", "Η κυβέρνηση απαντά."],
    ),
    # Japanese after them: "。" ends each sentence.
    (
        "She wrote “done” — and ‘final’… 東京は晴れ。大阪は雨。",
        ["She wrote “done” — and ‘final’…", "東京は晴れ。", "大阪は雨。"],
    ),
    # The ideographic space (U+3000), the first code point past the punctuation blocks, after them.
    ("Done “yes” — ok.\u3000次の文です。その次。", ["Done “yes” — ok.", "次の文です。", "その次。"]),
    # Greek Extended (U+1F00-U+1FFF), the last block before them, opening a line and after them.
    (
        "“Yes” — he said. ἀρχὴ ἥμισυ παντός; ὁ δὲ ἀπῆλθε.",
        ["“Yes” — he said.", "ἀρχὴ ἥμισυ παντός; ὁ δὲ ἀπῆλθε."],
    ),
    ("Ὅμηρος — “ποιητής”; ναι. Yes.", ["Ὅμηρος — “ποιητής”; ναι.", "Yes."]),
    # Symbols from all over U+2000-U+2FFF: a line of Latin letters still, its periods its only stops.
    (
        "A “b” c ‘d’ — e… f. ⁂ ※ ℃ ™ ⅓ → ∑ ⌘ ① ■ ★ ♪ ✓ ⟨x⟩ ⺀ end. Next one.",
        ["A “b” c ‘d’ — e…", "f. ⁂ ※ ℃ ™ ⅓ → ∑ ⌘ ① ■ ★ ♪ ✓ ⟨x⟩ ⺀ end.", "Next one."],
    ),
    # A few Greek letters among curly quotes and dashes: the line's other script is found among its first
    # characters past the first 256, one by one (a long Greek line is found by the search past the bound, and
    # does not tell whether the shortcut passes a Greek letter by).
    ("He asked “Γιατί;” Then he left.", ["He asked “Γιατί;”", "Then he left."]),
    ("“Yes” — Πού; Εδώ.", ["“Yes” — Πού;", "Εδώ."]),
    ("She — “Κύριε;” — Yes. Go.", ["She — “Κύριε;”", "— Yes.", "Go."]),
    ("“Yes” — he said: ἀρχή; Ναι.", ["“Yes” — he said: ἀρχή;", "Ναι."]),
    # Prose in curly quotes and dashes alone: sentences as in its ASCII form.
    (
        "It’s “fine” — really… It is. Then — “more” — came.",
        ["It’s “fine” — really…", "It is.", "Then — “more” — came."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences_of_lines_with_curly_quotes_and_dashes(text: str, expected: list[str]) -> None:
    assert [text[span.start : span.end] for span in split_sentences(text)] == expected


def test_no_character_of_the_punctuation_blocks_is_of_another_script() -> None:
    # What lets _holds_other_script pass U+2000-U+2FFF by without the pattern: it must say the same of each.
    first, end = ord(_PUNCTUATION_BLOCKS_FIRST), ord(_PUNCTUATION_BLOCKS_END)
    assert not any(_OTHER_SCRIPT.match(chr(code)) for code in range(first, end))
    assert _OTHER_SCRIPT.match(chr(first - 1)) and _OTHER_SCRIPT.match(chr(end))


WORDS = [
    (
        "The rock’n’roll star’s “don’t” and ’tis dogs’ bowls — O’Brien’s.",
        ["the", "rock’n’roll", "star’s", "don’t", "and", "tis", "dogs", "bowls", "o’brien’s"],
    ),
    (
        "A “b” c ‘d’ — e… f. ⁂ ※ ℃ ™ ⅓ → ∑ ⌘ ① ■ ★ ♪ ✓ ⟨x⟩ ⺀ end. Next one.",
        ["a", "b", "c", "d", "e", "f", "⅓", "①", "x", "end", "next", "one"],
    ),
    (
        "It's O'Brien's 'quote' and ''doubled'' ' alone.",
        ["it's", "o'brien's", "quote", "and", "doubled", "alone"],
    ),
    ("ΣΟΦΙΑ’Σ “ΛΟΓΟΣ” — İstanbul’s", ["σοφια’ς", "λογος", "i̇stanbul’s"]),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words_and_their_count_beside_curly_apostrophes(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert count_words(text, "en") == len(expected)
