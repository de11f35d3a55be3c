"""Speed round 28: the pool's check of another language's sentence counts function words only where the
sentence holds three different words of the other languages' lists, and the characters beyond ASCII are
lower-cased in one call. Neither changes a summary or a word: these pin the edges on both sides."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.article import Span
from nutgraf.language import words, words_per_span

LEDE = (
    "The mayor of Barcelona announced on Monday a new plan to limit tourist flats in the city centre from"
    " next year."
)
REST = (
    " Hotel owners welcomed the decision. The plan will be debated by the council in March."
    " Critics said the rules came too late. About 10,000 flats are affected by the change."
)


def _summary_texts(quotation: str) -> list[str]:
    text = f"{LEDE}\n\n{quotation}\n\n{REST}"
    summary = nutgraf.summarize(text, sentences=2)
    assert summary.language == "en"
    return [sentence.text for sentence in summary.sentences]


@pytest.mark.parametrize(
    "quotation",
    [
        # Three different Spanish function words, one of them capitalized, one written beyond ASCII.
        "“Pero también el turismo sostenible necesita reglas claras para todos nuestros vecinos,"
        " comerciantes locales,” Colau wrote.",
        # In capitals: the words are read lower-cased, "TAMBIÉN" as "también".
        "“PERO TAMBIÉN EL TURISMO SOSTENIBLE NECESITA REGLAS CLARAS PARA TODOS NUESTROS VECINOS,”"
        " Colau wrote.",
    ],
)
def test_a_quotation_of_three_different_function_words_of_another_language_is_set_aside(
    quotation: str,
) -> None:
    assert not any("turismo" in text.lower() for text in _summary_texts(quotation))


@pytest.mark.parametrize(
    "quotation",
    [
        # Two different Spanish function words ("el" twice, "y"): no other language's sentence.
        "“El turismo sostenible necesita reglas claras, el turismo responsable necesita vecinos y"
        " comerciantes locales,” Colau wrote.",
        # French "qu" inside "qu’il" and "qu'elle" is one word with its apostrophe, no function word.
        "“Barcelona qu’il aime, Barcelona qu'elle aime: turismo sostenible necesita reglas claras,” Colau"
        " wrote.",
    ],
)
def test_near_miss_a_quotation_of_fewer_different_function_words_stays(quotation: str) -> None:
    assert any("turismo" in text.lower() for text in _summary_texts(quotation))


@pytest.mark.parametrize("first", [0x80, 0x370, 0x1E00, 0x2000, 0x2C00])
def test_words_beside_characters_beyond_ascii_are_those_of_the_lower_cased_text(first: int) -> None:
    # Each character between two words and inside curly quotes, beside a final capital sigma (lowered by
    # its neighbours): "İ" lowers to two characters, the Kelvin sign to an ASCII "k".
    for code in range(first, first + 0x200):
        character = chr(code)
        text = f"Ab{character}cd “{character}x’s” {character} DON’T ΣΟΦΙΑ’Σ"
        assert words(text) == words(text.lower()), hex(code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“İSTANBUL’S” ΣΟΦΙΑ’Σ", ["i̇stanbul’s", "σοφια’ς"]),
        ("KELVIN 5\u212a “\u2126MEGA” Straẞe", ["kelvin", "5k", "ωmega", "straße"]),
        ("ΟΔΟΣ “ΑΘΗΝΑΣ” — Ναι", ["οδος", "αθηνας", "ναι"]),
    ],
)
def test_words_of_typeset_capitals(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert words_per_span(text, [Span(0, len(text))]) == [expected]
