"""The public summarize() API: offsets, budgets, engines, determinism."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import nutgraf
from nutgraf.errors import UnknownSummarizerError
from nutgraf.segment import make_document

ARTICLE = """City officials approved a new budget on Monday that raises spending on schools by 12 percent.

The budget, worth $4.2 billion, passed by a vote of 7 to 2 after a long debate. Mayor Ana Ruiz said the plan would hire 300 teachers.

Critics said the plan relies on optimistic tax forecasts. "We are spending money we do not have," said council member Tom Lee.

The new budget takes effect on July 1. Schools will begin hiring in the spring. Parents welcomed the news at a meeting on Tuesday.
"""


@pytest.mark.parametrize("engine", ["default", "lead", "textrank"])
def test_every_sentence_is_a_span_of_the_source(engine: str) -> None:
    summary = nutgraf.summarize(ARTICLE, summarizer=engine)
    assert len(summary.sentences) == 3
    for sentence in summary.sentences:
        assert summary.source[sentence.start : sentence.end] == sentence.text
    starts = [s.start for s in summary.sentences]
    assert starts == sorted(starts), "summary sentences come in article order"
    assert summary.summarizer == engine


def test_lead_takes_the_first_sentences() -> None:
    summary = nutgraf.summarize(ARTICLE, summarizer="lead", sentences=2)
    assert summary.text == (
        "City officials approved a new budget on Monday that raises spending on schools by 12 percent. "
        "The budget, worth $4.2 billion, passed by a vote of 7 to 2 after a long debate."
    )


def test_word_budget_limits_length() -> None:
    summary = nutgraf.summarize(ARTICLE, sentences=None, words=25)
    assert 1 <= len(summary.sentences) <= 2
    assert len(summary.text.split()) <= 25 or len(summary.sentences) == 1


def test_short_article_gives_fewer_sentences() -> None:
    summary = nutgraf.summarize("Only one sentence here.", sentences=3)
    assert [s.text for s in summary.sentences] == ["Only one sentence here."]


def test_same_input_same_summary() -> None:
    assert nutgraf.summarize(ARTICLE).to_dict() == nutgraf.summarize(ARTICLE).to_dict()


def test_near_duplicate_sentences_are_not_both_chosen() -> None:
    text = (
        "The storm knocked out power to 40,000 homes across the county on Friday night. "
        "The storm knocked out power to 40,000 homes across the county on Friday night, officials said. "
        "Crews expect to restore service by Sunday. Schools will stay closed on Monday."
    )
    summary = nutgraf.summarize(text, summarizer="textrank", sentences=2)
    assert sum("knocked out power" in s.text for s in summary.sentences) == 1


def test_unknown_summarizer_names_the_choices() -> None:
    with pytest.raises(UnknownSummarizerError, match="default"):
        nutgraf.summarize(ARTICLE, summarizer="nope")


def test_summarizers_lists_the_builtin_engines() -> None:
    assert {"default", "lead", "textrank"} <= set(nutgraf.summarizers())


BUDGET_PARAGRAPHS = [
    "The city council approved a new budget on Monday after a long debate about road repairs and park funding.",
    "Council leader Anna Price said the plan would fix more than 200 roads over the next two years.",
    "Opposition members argued that the money for parks had been cut too far and voted against the plan.",
    "The budget also raises parking fees in the city centre for the first time since 2015.",
    "Residents will be able to comment on the parking changes at public meetings in March.",
    "The council expects the road repairs to begin in April, weather permitting.",
]


def _page(body: str) -> str:
    return f"<html><head><title>Council approves budget</title></head><body>{body}</body></html>"


def test_an_article_laid_out_in_a_table_has_no_stray_bars() -> None:
    # The whole article in one table cell, as older sites lay pages out: its text comes out as a table
    # row ("| The city council ... |"), whose bar opened the first summary sentence.
    page = _page("<table><tr><td>" + "".join(f"<p>{p}</p>" for p in BUDGET_PARAGRAPHS) + "</td></tr></table>")
    summary = nutgraf.summarize(page, sentences=3)
    assert summary.sentences[0].text == BUDGET_PARAGRAPHS[0]
    assert not any("|" in s.text for s in summary.sentences)


def test_a_table_in_an_article_is_read_cell_by_cell() -> None:
    table = (
        "<table><tr><th>Item</th><th>Cost</th><th>Notes</th></tr>"
        "<tr><td>Roads</td><td>£2m</td><td>Repairs to more than 200 roads across the city.</td></tr>"
        "<tr><td>Parks</td><td>£1m</td><td>Funding for parks was cut by a third this year.</td></tr></table>"
    )
    paragraphs = [f"<p>{p}</p>" for p in BUDGET_PARAGRAPHS]
    page = _page("<article>" + "".join(paragraphs[:3]) + table + "".join(paragraphs[3:]) + "</article>")
    summary = nutgraf.summarize(page, summarizer="lead", sentences=20)
    texts = [s.text for s in summary.sentences]
    assert texts[3:12] == [
        "Item",
        "Cost",
        "Notes",
        "Roads",
        "£2m",
        "Repairs to more than 200 roads across the city.",
        "Parks",
        "£1m",
        "Funding for parks was cut by a third this year.",
    ]
    assert not any("|" in text for text in texts)


@pytest.mark.data
def test_the_summarize_bench_says_when_its_peers_are_not_installed(shared_data: Path) -> None:
    # Without sumy it printed minutes of ROUGE tables, then ended on a ModuleNotFoundError.
    script = str(Path(__file__).resolve().parents[1] / "bench" / "summarize_bench.py")
    without_sumy = (
        "import runpy, sys; sys.modules['sumy'] = None; "
        f"sys.argv = [{script!r}, '--data', {str(shared_data)!r}, '--limit', '1', '--rounds', '1']; "
        f"runpy.run_path({script!r}, run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", without_sumy], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert done.stdout == ""
    # summa is named beside it where it is missing too (CI installs no peer).
    advice = " not installed (a peer compared with): pip install -r bench/requirements.txt"
    assert {f"sumy{advice}", f"sumy, summa{advice}"} & set(done.stderr.splitlines())


def test_a_long_article_s_words_share_one_string_for_each_distinct_word() -> None:
    # A string per word, and copies of the whole text to mark them in: 300 of the 500 MB that an article of
    # 20 million characters, the most nutgraf takes, peaked at while it was summarized.
    sentences = [
        "The council voted on Tuesday to approve the new budget for the coming year.",
        "Critics said the $40 million cost was too high, and that the schools would pay for it.",
        "Officials promised a review in the spring, when the first figures are due.",
    ]
    text = "\n\n".join(f"{' '.join(sentences[n % 3 :] + sentences[: n % 3])} ({n})" for n in range(20_000))
    document = make_document(text, language="en")
    tracemalloc.start()
    try:
        words = document.words
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert words[0] == nutgraf.language.words(text[document.sentences[0].start : document.sentences[0].end])
    assert sum(map(len, words)) == 900_000
    assert peak < 45_000_000, f"{peak:,} bytes for the words of {len(text):,} characters"
