"""Review of the twelfth languages round (wt-lang12): input its rules were not written on, each as a reader
pastes it or an outlet prints it."""

from __future__ import annotations

import pytest

from nutgraf.language import detect_language


@pytest.mark.parametrize(
    ("paste", "language"),
    [
        # Welcome to Wales; today's news; Wales for ever (a rugby crowd's banner); welcome (Hausa). The
        # classifier reads each far likelier in its language than in any other: no guess to withhold.
        ("Croeso i Gymru", "cy"),
        ("Newyddion heddiw", "cy"),
        ("Cymru am byth", "cy"),
        ("Sannu da zuwa", "ha"),
    ],
)
def test_a_short_paste_the_classifier_reads_clearly_keeps_its_language(paste: str, language: str) -> None:
    assert detect_language(paste) == language
