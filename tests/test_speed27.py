"""Speed round 27's pins on the cleaning's gates in front of a desk's note, an affiliate note and a paper's
reference (a note's first three characters looked up in every case a line may set them; a DOI's "1" and a
reference label's initial or colon asked before the line is scanned; a long line's first 400 characters counted
for the affiliate note's sixty spaces before its words are looked for): the notes leave in each case they are
set in, at the space limit and with a long link in them; a note one space over the limit, and sentences of news
that name a commission, a study's authors or a DOI, stay."""

from __future__ import annotations

import pytest

from nutgraf.extract.text import clean_text
from world_news import PROSE, check_line_leaves

_NOTE = "When you purchase through links on our site, we may earn an affiliate commission."
# Words to pad a note with up to the affiliate note's sixty spaces.
_PAD = " Here's how it works" + " and why" * 30
# A link longer than the 400 characters whose spaces are counted before the note's words are looked for.
_LINK = "https://www.example.com/" + "a" * 420


def _note_with_spaces(spaces: int) -> str:
    """The affiliate note, padded with words after it to ``spaces`` spaces."""
    words = (_NOTE + _PAD).split(" ")
    return " ".join(words[: spaces + 1]) + "."


@pytest.mark.parametrize(
    "line",
    [
        # A desk's note in each case its opening is set in.
        "FTC: We use income earning auto affiliate links.",
        "ftc: we use income earning auto affiliate links.",
        "Ftc: We use income earning auto affiliate links.",
        "WE MAY EARN A COMMISSION WHEN YOU BUY THROUGH LINKS ON OUR SITE.",
        "We may earn a commission when you buy through links on our site.",
        "THIS ARTICLE IS FOR INFORMATIONAL PURPOSES ONLY AND IS NOT A SUBSTITUTE FOR PROFESSIONAL MEDICAL ADVICE.",
        "fUNDING: The study was funded by the Swedish Research Council.",
        "Medically reviewed by Jurairat J. Molina, MD, MBA",
        "Algunos de los enlaces de este artículo son afiliados y pueden reportar un beneficio a Xataka.",
        # The affiliate note with 59 spaces, the most it may hold; and with a link that takes it past 400
        # characters, its spaces still few.
        _note_with_spaces(59),
        _NOTE + " https://www.example.com/" + "a" * 400,
        # A note after a link of over 400 characters: its 59 spaces all past the first 400 counted.
        _LINK + " " + _note_with_spaces(58),
        # A paper's reference: its DOI, or its authors under a label opening the line.
        "DOI: 10.1038/s41591-026-03312-7",
        "Journal reference: del Pozo Cruz, B. et al. (2026). Daily steps and incident dementia. Nature Medicine.",
        "Referencia: Malhotra A. et al. The New England Journal of Medicine (2026).",
    ],
)
def test_a_note_or_a_reference_leaves_the_text(line: str) -> None:
    check_line_leaves(line)


def test_a_reference_under_its_label_leaves_with_it() -> None:
    text = PROSE.format(
        line="Reference:\n\nLarsen K, et al. Abstract 4417. Presented at: AHA Scientific Sessions."
    )
    cleaned = clean_text(text).text
    assert "et al" not in cleaned
    assert "Reference:" not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # One space over the affiliate note's limit, its spaces in the first 400 characters or all past them.
        _note_with_spaces(60),
        _LINK + " " + _note_with_spaces(59),
        # Sentences of news on a commission, a study's authors, a DOI; and a note's words opening on the dotted
        # capital I, which lower-cases to two characters.
        "The European Commission said on Monday it would fine the company 10.5 million euros.",
        "Brokers may earn a commission on each trade, the regulator said.",
        "Smith et al. found that the drug halved the risk, the journal reported.",
        "Since 2015, the team has published 10.000 pages of findings.",
        "İnteressenkonflikte gibt es laut dem Bericht keine, sagte der Sprecher der Stadt.",
        "The article was shared widely on Monday, the council said.",
    ],
)
def test_a_sentence_or_a_note_over_the_limit_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text
