"""Round 28 of hostile input: HTML5's elements that libxml2 nests, and the marks, separators and sizes of
the round's crash hunt, each read as a reader would want it or refused with nutgraf's own error."""

from __future__ import annotations

import gzip
import subprocess
import sys

import pytest

import nutgraf
from nutgraf.errors import InvalidInputError

LEDE = "The harbour committee met on Thursday to review the annual report of the port, its members said."
CLOSE = "Members said the dredging programme had grown faster than expected this year, the chair added."


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour news</title></head><body><article><h1>Harbour report</h1>"
        f"{body}<p>{LEDE} {CLOSE}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "elements",
    [
        '<picture>{}<img src="harbour.jpg" alt=""></picture>'.format(
            '<source srcset="harbour.webp 1x">' * 5_000
        ),
        '<video src="harbour.mp4">{}</video>'.format('<track src="captions.vtt">' * 5_000),
        "<div>{}</div>".format('<embed src="chart.swf">' * 5_000),
        "<p>{}</p>".format("harbour<wbr>" * 5_000),
    ],
    ids=["sources", "tracks", "embeds", "word-breaks"],
)
def test_a_story_after_thousands_of_elements_libxml2_nests_is_read(elements: str) -> None:
    # libxml2 nests what follows a <source>, <track>, <embed> or <wbr> inside it: past its 2,048 levels
    # the page is parsed again within nutgraf's depth, which had taken these four for never closed, so that
    # the story after them was still past libxml2's limit and lost (the reader had the headline alone).
    article = nutgraf.extract(_page(elements))
    assert article.text.endswith(f"{LEDE} {CLOSE}")


def test_a_picture_s_sources_a_video_s_captions_and_a_word_break_read_as_before() -> None:
    # Near misses: a few of each, as pages write them, nest nothing that matters.
    article = nutgraf.extract(
        _page(
            '<picture><source srcset="a.webp 1x"><source srcset="a.jpg 1x"><img src="a.jpg" alt=""></picture>'
            '<video src="a.mp4"><track src="a.vtt"></video>'
            "<p>The committee's chair, Ms Anne-Marie Ferguson-Whitlock<wbr>-Jones, opened the meeting.</p>"
        )
    )
    assert article.text.startswith("The committee's chair, Ms Anne-Marie Ferguson-Whitlock-Jones, opened")
    assert article.text.endswith(f"{LEDE} {CLOSE}")


@pytest.mark.parametrize(
    "marks",
    ["\ufeff", "\u2028", "\u2029", "\x00"],  # a byte-order mark mid-text, as files joined together hold one
    ids=["bom", "line-separator", "paragraph-separator", "nul"],
)
def test_a_text_with_marks_between_its_sentences_is_summarized_to_its_sentences(marks: str) -> None:
    text = f"{LEDE}{marks} {CLOSE}{marks} The chair promised a full public consultation before new rules."
    summary = nutgraf.summarize(text, sentences=1)
    assert summary.text == LEDE
    assert nutgraf.keyphrases(text)


@pytest.mark.parametrize(
    "marks",
    ["\u200f", "\u202e\u2066", b"\xed\xa0\x80\xff".decode("utf-8", "surrogateescape")],
    ids=["right-to-left-mark", "bidi-override", "surrogateescape"],
)
def test_a_sentence_closing_on_a_mark_no_one_sees_ends_there(marks: str) -> None:
    text = f"{LEDE}{marks} {CLOSE}{marks} The chair promised a full public consultation before new rules."
    assert nutgraf.summarize(text, sentences=1).text.startswith(LEDE[:-1])
    assert len(nutgraf.summarize(text, sentences=1).text) < len(LEDE) + 5


def test_a_letter_under_ten_thousand_marks_leaves_the_story_s_summary_as_it_was() -> None:
    text = f"{LEDE} {CLOSE} The word a" + "\u0301" * 10_000 + " stood alone in the minutes."
    assert nutgraf.summarize(text, sentences=2).text == f"{LEDE} {CLOSE}"


@pytest.mark.parametrize(
    "body",
    [
        "<p></p>" * 100_000,
        "<table><tr><td>" * 2_000 + "Chart" + "</td></tr></table>" * 2_000,
        "<math><mrow>" * 2_000 + "x" + "</mrow></math>" * 2_000,
        '<img src="a.jpg" srcset="{}">'.format(
            ", ".join(f"https://example.com/{n}.jpg {n}w" for n in range(50_000))
        ),
    ],
    ids=["empty-paragraphs", "nested-tables", "nested-formulas", "srcset"],
)
def test_a_page_of_hostile_markup_before_the_story_keeps_the_story(body: str) -> None:
    assert nutgraf.summarize(_page(body), sentences=2).text == f"{LEDE} {CLOSE}"


def test_utf16_without_a_byte_order_mark_is_read_as_its_text() -> None:
    summary = nutgraf.summarize(_page("").encode("utf-16-le"), sentences=2)
    assert summary.text == f"{LEDE} {CLOSE}"


def test_the_command_line_refuses_a_compressed_text_on_standard_input_with_its_own_error() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, 9)
    done = subprocess.run(
        [sys.executable, "-m", "nutgraf", "summarize", "-"], input=bomb, capture_output=True, timeout=120
    )
    assert done.returncode == 1
    assert b"gzip-compressed" in done.stderr and b"Traceback" not in done.stderr
    with pytest.raises(InvalidInputError, match="gzip"):
        nutgraf.summarize(bomb)


@pytest.mark.parametrize(
    "embed",
    [
        '<embed src="annual-report.pdf" type="application/pdf" width="100%" height="600">',
        "<EMBED SRC=harbour-tour.swf WIDTH=400>",
        '<embed\ntype="image/svg+xml" src="tonnage.svg">',
    ],
    ids=["pdf", "old-flash", "chart"],
)
def test_the_story_after_one_embed_in_its_container_is_read(embed: str) -> None:
    # libxml2 nests what follows an <embed> in it, to its container's close, and embeds go with what a
    # reader is never shown: the story after one PDF's viewer had gone with it (the headline alone).
    article = nutgraf.extract(_page(f"<div>{embed}<p>The full report is above, the harbour master said.</p>"))
    assert article.text.startswith("The full report is above, the harbour master said.")
    assert article.text.endswith(f"{LEDE} {CLOSE}")


def test_an_embed_custom_element_and_the_word_embed_in_prose_read_as_before() -> None:
    # Near misses: a site's own <embed-player> element holds its caption, and prose may quote the tag.
    article = nutgraf.extract(
        _page(
            "<embed-player><p>The harbour master's tour of the new quay, filmed on Tuesday morning.</p>"
            "</embed-player><p>Engineers said the &lt;embed&gt; tag of the old site showed the embedded chart.</p>"
        )
    )
    assert "The harbour master's tour of the new quay, filmed on Tuesday morning." in article.text
    assert "Engineers said the <embed> tag of the old site showed the embedded chart." in article.text
    assert article.text.endswith(f"{LEDE} {CLOSE}")


def test_a_title_naming_the_embed_tag_reads_as_written() -> None:
    # A near miss of the embed's closing: a title's text is no markup, and its reader sees it as written.
    page = (
        "<html><head><title>Why the <embed> tag is dead</title></head><body><article>"
        f"<p>{LEDE} {CLOSE}</p></article></body></html>"
    )
    assert nutgraf.extract(page).title == "Why the <embed> tag is dead"
