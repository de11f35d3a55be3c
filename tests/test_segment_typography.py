"""Sentence splits on news as other languages print it: their quotation marks, abbreviations, titles and
ordinals. Each case was a wrong split, a summary sentence cut into a fragment ("Hauptstr.", "dr hab.") or
two sentences run into one."""

from __future__ import annotations

from nutgraf.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


def test_a_german_quotation_set_apart_by_spaces_closes_on_its_own_guillemet() -> None:
    # German quotes »so«, some papers with spaces inside the marks: the closing "«" ends the sentence (it had
    # opened the next, "« Dann ging sie."), and the opening "»" opens one (a sentence had ended on it).
    text = "Sie sagte: » Wir warten. « Dann ging sie. Er ging. » Warum? « fragte sie."
    assert sentences(text) == [
        "Sie sagte: » Wir warten. «",
        "Dann ging sie.",
        "Er ging.",
        "» Warum? « fragte sie.",
    ]
    assert sentences("Er sagte: » Das reicht. «\nDie Opposition schwieg.") == [
        "Er sagte: » Das reicht. «",
        "Die Opposition schwieg.",
    ]
