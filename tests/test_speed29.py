"""Speed round 29's pins on three exact gates of the cleaning: a line opening on "The" reaches the desks' notes
only on one of their eight-character starts ("the article", "the writer", "the author", ...), in each case it
may be set in; a page paragraph's DOI is looked for behind its "1"; a byline's stamp is searched for only where a
comma parts it or a credit word opens the line. The notes leave, the bylines read as before, and sentences of
news opening on "The" or naming a stamp's word stay."""

from __future__ import annotations

import pytest

from nutgraf.extract import extract
from nutgraf.extract.text import clean_text
from nutgraf.extract.text.furniture import _NOTE_OPENINGS, _THE_HEAD_CHARACTERS, _THE_HEADS, _THE_NOTE_HEADS
from world_news import PROSE, check_line_leaves, check_line_stays

_STORY = (
    "<html><head><title>Study finds walking helps</title></head><body><article><h1>Study finds walking helps"
    "</h1><p>People who walked 8,000 steps a day had a lower risk of dementia, researchers in Sydney said on"
    " Monday after following 78,000 adults for seven years.</p><p>{line}</p><p>The team now plans a trial in"
    " older adults across three countries, which will start next year and run until 2029.</p></article>"
    "</body></html>"
)
_NEWS_UNDER_BYLINE = (
    "Daily walk cuts dementia risk, study finds\n\n{line}\n\n"
    "People who walked 8,000 steps a day had a lower risk of dementia, researchers in Sydney said on Monday.\n\n"
    "The team followed 78,000 adults for seven years and now plans a trial in older adults next year."
)


@pytest.mark.parametrize(
    "line",
    [
        # A desk's note opening on "The", in each case its eight characters may be set in.
        "The writer travelled as a guest of Visit Wales.",
        "THE WRITER TRAVELLED AS A GUEST OF Visit Wales.",
        "the writer travelled as a guest of Visit Wales.",
        "tHE wRITER travelled as a guest of Visit Wales.",
        "The author was a guest of Tourism Australia.",
        "The reporter stayed with the help of Friends of Kyiv.",
        "The information in this article is for informational purposes only and is not medical advice.",
        "THE INFORMATION IN THIS ARTICLE IS FOR INFORMATIONAL PURPOSES ONLY.",
        "The article contains affiliate links.",
        "THE POST MAY CONTAIN AFFILIATE LINKS.",
        "The page contains affiliate links.",
    ],
)
def test_a_note_opening_on_the_leaves_the_text(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # News opening on "The", and on the notes' first words without the rest of them.
        "The writers' guild voted on Monday to end the strike after five months, the union said.",
        "The authorities closed the road after the crash, police said on Tuesday evening.",
        "The article's author, a former minister, said the claims were false and would be challenged.",
        "The information commissioner fined the company 2 million pounds for the breach on Friday.",
        "The reporters were released after 400 days in detention, the foreign ministry said.",
        "Thé dansant returns to the town hall this winter, the organisers said on Monday.",
        "Theatre tickets sold out within an hour of going on sale, the box office said.",
        "The postman delivered 400 letters a day before the strike, the union said.",
        "The page of the ledger was found in an attic in Leeds, the museum said on Monday.",
        "The story of the three girls was told on TikTok, where it was watched a million times.",
    ],
)
def test_news_opening_on_the_stays(line: str) -> None:
    check_line_stays(line)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A stamp after a comma, a bar or the credit word's names, as each had read.
        ("By Kay Lazar Globe Staff, Updated December 2, 2026, 7:48 p.m.", "Kay Lazar Globe Staff"),
        ("By Jessica Priest, The Texas Tribune | Posted on December 3, 2026, 5:40 PM", "Jessica Priest"),
        ("By Emily Cooke published December 3, 2026", "Emily Cooke"),
        ("BY Emily Cooke published December 3, 2026", "Emily Cooke"),
        (
            "Written by Annie Lennon on December 4, 2026 — Fact checked by Anna Guildford, Ph.D.",
            "Annie Lennon",
        ),
        ("Written by Annie Lennon on December 4, 2026", "Annie Lennon"),
    ],
)
def test_a_byline_with_its_stamp_gives_the_writer_s_names(line: str, names: str) -> None:
    assert clean_text(_NEWS_UNDER_BYLINE.format(line=line)).byline == names


@pytest.mark.parametrize(
    "line",
    [
        # A stamp's word with no comma and no credit word opening the line: no byline is read of it.
        "Posted on May 2, 2024 by Ruth Hallam",
        "Jane Doe published December 3, 2026",
    ],
)
def test_a_stamp_without_a_comma_or_a_credit_word_gives_no_byline_of_its_words(line: str) -> None:
    byline = clean_text(_NEWS_UNDER_BYLINE.format(line=line)).byline
    assert byline is None or "published" not in byline.lower()


@pytest.mark.parametrize(
    "line",
    [
        "DOI: 10.1038/s41591-026-03312-7",
        "Smith J, Jones K, et al. Nature. 2026;5:100-110. doi:10.1038/s41586-026-1234-5",
    ],
)
def test_a_page_s_reference_leaves_its_text(line: str) -> None:
    assert line not in extract(_STORY.format(line=line)).text


@pytest.mark.parametrize(
    "line",
    [
        "Since 2015, the team has published 10.000 pages of findings, the journal said.",
        "Scores rose by 10.5 points in the trial's first year, the researchers reported.",
    ],
)
def test_a_page_s_sentence_with_a_decimal_stays(line: str) -> None:
    assert line in extract(_STORY.format(line=line)).text


def test_a_the_note_between_news_leaves_and_the_news_stays() -> None:
    cleaned = clean_text(PROSE.format(line="The author was a guest of Tourism Australia.")).text
    assert "Tourism Australia" not in cleaned
    assert "The city council approved" in cleaned


def _set_as_a_page_may(opening: str) -> list[str]:
    """``opening`` (lower-cased, as the tables hold it) in the cases a page sets a line in, and with a "k" as
    the Kelvin sign, which lower-cases to it."""
    return [
        opening,
        opening.upper(),
        opening.title(),
        opening.capitalize(),
        "".join(c.upper() if i % 2 else c for i, c in enumerate(opening)),
        opening.replace("k", "\u212a"),
    ]


@pytest.mark.parametrize("opening", _NOTE_OPENINGS)
def test_every_note_s_opening_passes_the_the_gate(opening: str) -> None:
    # The gate is read off the tables: an opening on "the" added to either later, shorter than the others or
    # holding a "k", must still reach the notes' call in every case a page may set it in.
    for line in (f"{head} was sponsored by Acme." for head in _set_as_a_page_may(opening)):
        assert line[:3] not in _THE_HEADS or line[:_THE_HEAD_CHARACTERS] in _THE_NOTE_HEADS, line
