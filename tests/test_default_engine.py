"""The default summarizer: what it picks, on cased, lower-cased and non-English news, and how well."""

from __future__ import annotations

import gzip
import itertools
import json
import random
import re
import string
import time
import tracemalloc
from importlib import resources
from typing import Any

import numpy as np
import pytest

import nutgraf
from nutgraf.engines.base import Budget, get_summarizer
from nutgraf.engines.default import (
    CANDIDATE_FEATURES,
    FEATURES,
    MAX_SCORED_CHARACTERS,
    MAX_SCORED_SENTENCES,
    MODEL_FILE,
    RERANKED_SENTENCES,
    RERANKER_FILE,
    is_roll_of_names,
    is_title_cased,
    load_model,
    load_reranker,
    opens_unresolved,
)
from nutgraf.errors import InputTooLargeError
from nutgraf.evaluate import evaluate, read_jsonl
from nutgraf.language import words
from nutgraf.segment import make_document

# A wire story as a page copy gives it: a byline and a dateline line, then a photo caption, before the news.
ARTICLE = """By Jane Smith, Senior Reporter
PUBLISHED: 09:14 EST, 3 March 2015 | UPDATED: 11:02 EST, 3 March 2015

Photo: Firefighters at the scene on Tuesday (Reuters)

A fire at a chemical plant in northern Ohio forced the evacuation of 2,000 residents on Tuesday, officials said.

The blaze broke out shortly after 6 a.m. at the Midwest Polymer plant in Lorain and sent a plume of black smoke over the city. No injuries were reported.

Fire chief Tom Baker said crews had contained the fire by noon but that residents within a mile of the plant should stay away until air tests were complete. "We are not taking any chances with people's health," Baker said.

The plant makes plastics for car parts and employs about 400 people. It was fined $80,000 in 2012 for safety violations.

Residents were taken to two schools that the city opened as shelters. Officials expect them to return home on Wednesday.
"""

FURNITURE = ("By Jane Smith", "PUBLISHED:", "Photo:")

GERMAN = """Von Anna Müller

Foto: Die Feuerwehr am Unglücksort (dpa)

Bei einem Brand in einer Chemiefabrik in Ludwigshafen sind am Dienstag 2000 Anwohner in Sicherheit gebracht worden, teilte die Stadt mit.

Das Feuer war kurz nach sechs Uhr morgens in einer Halle des Werks ausgebrochen und hatte eine schwarze Rauchwolke über die Stadt getrieben. Verletzt wurde nach Angaben der Polizei niemand.

Der Einsatzleiter der Feuerwehr sagte, der Brand sei gegen Mittag unter Kontrolle gewesen, die Anwohner sollten aber bis zum Abschluss der Luftmessungen nicht zurückkehren.

Das Werk stellt Kunststoffe für die Autoindustrie her und beschäftigt rund 400 Menschen. Die Anwohner wurden in zwei Schulen untergebracht und sollen am Mittwoch nach Hause zurückkehren.
"""


def _picked(text: str, **options) -> list[str]:
    return [s.text for s in nutgraf.summarize(text, summarizer="default", **options).sentences]


def test_skips_byline_dateline_and_caption_for_the_news() -> None:
    picked = _picked(ARTICLE)
    assert len(picked) == 3
    assert not [s for s in picked if s.startswith(FURNITURE)], picked
    assert any("evacuation of 2,000 residents" in s for s in picked), "the lede sentence is in the summary"


def test_a_greeting_or_a_paywall_prompt_is_not_news() -> None:
    # A newsletter's "Good morning." opens the first paragraph, a paywall's "Already a subscriber?" sits
    # between paragraphs: short as they are, they suited the reranker, which favours short summaries.
    briefing = (
        "Good morning. Traders now expect two interest-rate cuts before the end of the year, after"
        " inflation figures on Tuesday came in lower than forecast for a second month running.\n\n"
        "The governor of the central bank said last week that the committee wanted more evidence first,"
        " but markets appear to have made up their minds.\n\n"
        "Already a subscriber?\n\n"
        "In the capital, negotiators reached a provisional deal on export licences that would let chip"
        " makers resume some sales abroad. Several lawmakers called it too lenient.\n\n"
        "The heatwave in the south will last at least another week, forecasters said, and utilities asked"
        " customers to use less power in the evening.\n\n"
        "Elsewhere: a court blocked the merger of two grocers; scientists said coral bleaching hit 60% of"
        " reefs.\n\n"
        "One more thing. A retired teacher has spent 30 years building a model of her town out of"
        " matchsticks.\n\n"
        "That's it for today. We'll be back tomorrow morning with everything you need to know."
    )
    picked = _picked(briefing)
    assert len(picked) == 3
    assert not {"Good morning.", "Already a subscriber?", "One more thing.", "That's it for today."} & set(
        picked
    )


def test_the_pages_calls_to_its_reader_are_not_news() -> None:
    # CNN/DailyMail's own article text carries lines like these ("Click here to view our match zone").
    story = (
        "The harbour bridge will close to cars next spring after the council voted on Tuesday. "
        "Click here to read the full council report on the harbour bridge vote. "
        "Engineers said the bridge, opened in 1931, could no longer carry heavy traffic safely. "
        "Read more: what the council decided on the harbour bridge. "
        "A replacement crossing for cars is expected to cost about 40 million euros. "
        "Sign up for our newsletter for harbour bridge updates after the council vote. "
        "Cyclists and pedestrians will keep using the old bridge while the new one is designed."
    )
    picked = _picked(story)
    assert len(picked) == 3
    assert not [s for s in picked if s.startswith(("Click here", "Read more", "Sign up"))], picked


def test_the_cells_of_a_data_table_are_not_news_out_of_their_row() -> None:
    # As extracted pages write a table (a sports report's player statistics): "4 tackles, 1 assist."
    # read alone has lost the player it is about.
    story = (
        "The Browns beat the Steelers 24 to 17 on Sunday behind a strong game from their defensive line.\n"
        "| DL | Larry Ogunjobi | 63 snaps | Ogunjobi made 4 tackles and 1 assist against the Steelers. |\n"
        "| DL | Myles Garrett | 60 snaps | Garrett made 2 sacks and 3 tackles against the Steelers on Sunday. |\n"
        "The defensive line held the Steelers to 70 rushing yards, their lowest total of the season.\n"
        "Coach Kevin Stefanski said the line had been the difference in a close game against a rival.\n"
        "The Browns play the Ravens in Baltimore next Sunday with first place in the division at stake.\n"
        "Garrett now has 12 sacks this season, the most of any player in the league after ten weeks."
    )
    picked = _picked(story)
    assert len(picked) == 3
    assert not [s for s in picked if "snaps" in s or s.startswith(("Ogunjobi made", "Garrett made"))], picked


def _player_rows(count: int) -> str:
    return "\n".join(
        f"| P{i} | {i} | Player number {i} made {i % 7} tackles and {i % 5} assists in the game. |"
        for i in range(count)
    )


def test_a_page_of_data_tables_is_summarized_from_their_sentences() -> None:
    # With too few sentences outside the tables, the tables' sentences are the candidates (the cells "1"
    # and "2" had come out).
    picked = _picked(_player_rows(300))
    assert len(picked) == 3 and all(s.startswith("Player number") for s in picked), picked


def _summarizing_seconds(text: str, tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        started = time.process_time()
        nutgraf.summarize(text)
        best = min(best, time.process_time() - started)
    return best


def test_the_cells_of_data_tables_are_set_aside_in_time_linear_in_the_page() -> None:
    # Each pool of table cells was set aside in turn, and the pool drawn again: a page of 3,000 rows took
    # 2.7 s (bounded only by the 2,000 sentences scored). Eight times the rows, within that bound, may take
    # at most 24 times as long (linear: 8).
    small, large = _player_rows(80), _player_rows(640)
    ratio = _summarizing_seconds(large) / _summarizing_seconds(small)
    if ratio > 24:  # the machine may be busy: measure once more before it counts
        ratio = _summarizing_seconds(large) / _summarizing_seconds(small)
    assert ratio <= 24, ratio


def test_lower_case_text_gets_the_same_sentences() -> None:
    original = nutgraf.summarize(ARTICLE, summarizer="default")
    lowered = nutgraf.summarize(ARTICLE.lower(), summarizer="default")
    assert [(s.start, s.end) for s in lowered.sentences] == [(s.start, s.end) for s in original.sentences]


def test_upper_case_text_still_gets_the_news() -> None:
    # Sentence splitting may differ in all-caps text ("6 A.M."), so compare what is picked, not offsets.
    picked = [s.upper() for s in _picked(ARTICLE.upper())]
    assert not [s for s in picked if s.startswith(tuple(f.upper() for f in FURNITURE))], picked
    assert any("EVACUATION OF 2,000 RESIDENTS" in s for s in picked)


def test_german_article_gets_its_news_sentences() -> None:
    summary = nutgraf.summarize(GERMAN, summarizer="default")
    assert summary.language == "de"
    assert len(summary.sentences) == 3
    picked = [s.text for s in summary.sentences]
    assert not [s for s in picked if s.startswith(("Von Anna", "Foto:"))], picked
    assert any("Chemiefabrik" in s for s in picked)


def test_same_input_same_summary_in_article_order_without_duplicates() -> None:
    repeated = (
        ARTICLE
        + "\n\n"
        + "A fire at a chemical plant in northern Ohio forced the evacuation of 2,000 residents on Tuesday, officials said.\n"
    )
    first = nutgraf.summarize(repeated, summarizer="default")
    second = nutgraf.summarize(repeated, summarizer="default")
    assert first.to_dict() == second.to_dict()
    starts = [s.start for s in first.sentences]
    assert starts == sorted(starts)
    assert len({s.text for s in first.sentences}) == len(first.sentences)


def test_word_budget_and_short_articles() -> None:
    assert len(" ".join(_picked(ARTICLE, sentences=None, words=40)).split()) <= 40
    assert _picked("Only one sentence here.") == ["Only one sentence here."]


def test_very_long_article_is_summarized_from_its_scored_part() -> None:
    body = " ".join(f"Sentence number {i} reports figure {i * 7} from the council." for i in range(3000))
    summary = nutgraf.summarize(body, summarizer="default")
    assert len(summary.sentences) == 3
    assert all(s.start < len(body) for s in summary.sentences)
    last_scored = nutgraf.segment.make_document(body).sentences[MAX_SCORED_SENTENCES - 1]
    assert all(s.end <= last_scored.end for s in summary.sentences)


def test_scores_of_a_very_long_article_rank_its_unscored_sentences_last() -> None:
    body = " ".join(f"Sentence number {i} reports figure {i * 7} from the council." for i in range(2100))
    document = make_document(body)
    scores = get_summarizer("default").score(document)
    assert len(scores) == len(document.sentences) > MAX_SCORED_SENTENCES
    assert scores[MAX_SCORED_SENTENCES:].max() < scores[:MAX_SCORED_SENTENCES].min()


def _distinct_words(count: int, seed: int) -> str:
    """``count`` random lower-case words of eight letters: nearly all distinct, each a stem of its own."""
    chosen = random.Random(seed).choices(string.ascii_lowercase, k=8 * count)
    return " ".join("".join(chosen[k : k + 8]) for k in range(0, len(chosen), 8))


def test_a_sentence_longer_than_a_book_is_refused_without_scoring_its_words() -> None:
    # A hostile "sentence" of distinct words with no stop was scored whole: a stem per word, and a summary
    # that was the whole text (20 MB of them took 18 s and 1.3 GB).
    text = "The " + _distinct_words(MAX_SCORED_CHARACTERS // 9 + 10_000, seed=1) + "."
    document = make_document(text)
    assert len(document.sentences) == 1
    tracemalloc.start()
    try:
        refusal = (
            f"the text's first sentence is {len(text):,} characters long; nutgraf summarizes sentences"
            " within the first 1,000,000 characters: give prose, whose sentences end with a stop (. ! ?)"
            " well before that"
        )
        with pytest.raises(InputTooLargeError, match=f"^{re.escape(refusal)}$"):
            get_summarizer("default").summarize(document, Budget(sentences=3))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, f"{peak:,} bytes to refuse {len(text):,} characters"
    with pytest.raises(InputTooLargeError):
        nutgraf.summarize(text)


def test_a_text_of_long_sentences_is_summarized_from_its_first_million_characters() -> None:
    # 150 sentences of 2,000 distinct words: within MAX_SCORED_SENTENCES, each was scored, a stem per
    # word (190 MB for this text, growing with it); the scored part's cost is bounded by its characters.
    text = " ".join(f"The {_distinct_words(2000, seed=k)}." for k in range(150))
    document = make_document(text)
    nutgraf.summarize(ARTICLE)  # the model and the tables loaded before the count starts
    tracemalloc.start()
    try:
        chosen = get_summarizer("default").summarize(document, Budget(sentences=3))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(chosen) == 3
    assert all(s.end <= MAX_SCORED_CHARACTERS for s in chosen)
    assert peak < 80_000_000, f"{peak:,} bytes to summarize {len(text):,} characters"
    assert len(nutgraf.summarize(text).sentences) == 3


def test_weights_ship_inside_the_package() -> None:
    assert resources.files("nutgraf.engines").joinpath(MODEL_FILE).is_file()
    model = load_model()
    assert len(model["roots"]) > 0
    # Compiled nodes are addressed by a code that packs the node and its feature; a leaf's children are
    # itself, and every tree's leftmost path reaches one within the model's depth.
    assert np.all(model["roots"] & model["column"] < len(FEATURES))
    reached = model["roots"]
    for _ in range(model["depth"]):
        reached = model["child_code"][reached]
    assert np.all(model["child_code"][reached] == reached)
    assert np.all(model["child_code"][reached + 1] == reached)


@pytest.mark.parametrize("sentences", range(1, RERANKED_SENTENCES + 2))
def test_whole_summaries_of_each_size_are_spans_in_article_order(sentences: int) -> None:
    # Up to RERANKED_SENTENCES the reranker picks the set; past it the sentences are picked one by one.
    summary = nutgraf.summarize(ARTICLE, summarizer="default", sentences=sentences)
    assert len(summary.sentences) == sentences
    starts = [s.start for s in summary.sentences]
    assert starts == sorted(starts) and len(set(starts)) == sentences
    assert all(summary.source[s.start : s.end] == s.text for s in summary.sentences)
    if sentences <= RERANKED_SENTENCES:
        # The pool leaves out lines without a final stop (one by one, five sentences take the byline).
        assert not [s.text for s in summary.sentences if s.text.startswith(FURNITURE)]


def test_lines_without_a_final_stop_still_make_a_summary_when_nothing_else_does() -> None:
    # The reranker's pool holds only sentences that end with a stop; with too few, the best ones are taken.
    lines = "Election results\n\nTurnout at record high\n\nCount continues overnight\n"
    assert len(_picked(lines)) == 3


def test_reranker_weights_ship_inside_the_package() -> None:
    assert resources.files("nutgraf.engines").joinpath(RERANKER_FILE).is_file()
    weights = load_reranker()
    assert weights.shape == (len(CANDIDATE_FEATURES),) and np.all(np.isfinite(weights))


def test_how_the_paragraphs_are_broken_does_not_change_the_summary() -> None:
    # Articles come on one line (research corpora) or in paragraphs (pages); the model was trained on
    # both, and no feature sees the paragraphs, so both give the same sentences.
    body = ARTICLE.split("\n\n", 3)[3]
    one_line = " ".join(body.split())
    in_paragraphs = "\n\n".join(one_line[s.start : s.end] for s in nutgraf.segment.split_sentences(one_line))
    assert _picked(one_line) == _picked(in_paragraphs) == _picked(body)


def test_a_summary_does_not_open_with_a_sentence_leaning_on_one_left_out() -> None:
    # Sentences that open with "He", "But", "It" or "They" point back to something before them; the
    # summary may hold them, but not first, unless the article itself opens so. Here the opening is a
    # short question no summary takes, so the best sentences left lean on it.
    story = (
        "Why now?"
        " He said the decision to close the Lorain chemical plant followed three fires in two years."
        " But the plant's owner, Midwest Polymer, said it would appeal the closure order in court."
        " It employs about 400 people and makes plastics for car parts sold across the Midwest region."
        " Residents near the plant welcomed the mayor's decision at a crowded council meeting on Tuesday."
        " They have been told their jobs are safe until the appeal is decided, the company's manager said."
        " The state environmental agency fined the company 80,000 dollars for safety violations in 2012."
    )
    from nutgraf.engines.default import opens_unresolved
    from nutgraf.language import words

    for sentences in (1, 2, 3):
        summary = nutgraf.summarize(story, summarizer="default", sentences=sentences)
        first = summary.sentences[0]
        assert first.start == 0 or not opens_unresolved(words(first.text), "en"), first.text


@pytest.mark.parametrize("options", [{"form": "tldr"}, {"length": "short"}])
def test_a_notice_too_short_for_the_pool_does_not_open_on_a_sentence_leaning_on_the_one_left_out(
    options: dict[str, str],
) -> None:
    # Both sentences are kept out of the pool (a note on the article's history; under six words), and the
    # best-scoring one had been "It will reopen in June.", the bridge left behind.
    notice = "Correction: An earlier version of this article said the bridge would reopen in May. It will reopen in June."
    summary = nutgraf.summarize(notice, **options)
    assert [s.text for s in summary.sentences] == [notice[: notice.index(".") + 1]]
    long_enough = nutgraf.summarize(notice, sentences=2)
    assert [s.text for s in long_enough.sentences] == [
        notice[: notice.index(".") + 1],
        "It will reopen in June.",
    ]


def test_a_contraction_with_a_typographic_apostrophe_is_neither_a_quote_nor_a_new_word() -> None:
    from nutgraf.engines.default import opens_unresolved, sentence_features
    from nutgraf.segment import make_document

    text = "He's sure the mayor's plan didn't fail. The council said 'no' and 'never' twice."
    straight, typographic = (make_document(form, language="en") for form in (text, text.replace("'", "’")))
    assert np.array_equal(sentence_features(straight), sentence_features(typographic))
    assert sentence_features(straight)[:, FEATURES.index("quotes")].tolist() == [0, 4]
    assert opens_unresolved(typographic.words[0], "en")


@pytest.mark.data
def test_typographic_quotes_give_the_summary_of_straight_ones(shared_data) -> None:
    # Pages set “quotes” and don’t; research sets (and the model's training text) mostly '"' and "'".

    def typographic(text: str) -> str:
        text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
        text = re.sub(r'(?:^|(?<=[\s(\[]))"', "“", text).replace('"', "”")
        return re.sub(r"(?:^|(?<=[\s(\[]))'", "‘", text).replace("'", "’")

    for record in read_jsonl(shared_data / "xsum_bbc.jsonl", 150):
        article = record["article"]
        spans = [
            [(s.start, s.end) for s in nutgraf.summarize(form, sentences=3).sentences]
            for form in (article, typographic(article))
        ]
        assert spans[0] == spans[1], record["id"]


@pytest.mark.data
def test_beats_lead3_on_held_out_cnndm(shared_data) -> None:
    # The first 2,000 articles are never trained or tuned on (training/train_default.py validates on
    # 2,000-2,999 and trains from 3,000 on).
    lead, default = evaluate(shared_data / "cnndm_dev.jsonl", ["default"], limit=300, oracle=False)
    assert default.failures == 0
    assert default.mean("rouge1") > lead.mean("rouge1") + 0.5
    assert default.mean("rouge2") > lead.mean("rouge2")
    assert default.mean("rougeLsum") > lead.mean("rougeLsum")


def test_how_each_sentence_ends_is_read_past_its_closing_marks() -> None:
    from nutgraf.engines.default import sentence_features
    from nutgraf.segment import make_document

    lines = [
        "The council met on Tuesday.",
        '"It is over."',
        "Is it over?",
        'Who said "it is over?"',
        "The mayor said:",
        "Photo: the council (Reuters)",
        "The minutes (page 3.)",
        "会议在周二举行。",
        "Breaking news",
    ]
    document = make_document("\n".join(lines), language="en")
    assert len(document.sentences) == len(lines)
    features = sentence_features(document)
    column = {name: features[:, FEATURES.index(name)].tolist() for name in FEATURES}
    assert column["no_final_stop"] == [0, 0, 0, 0, 1, 1, 0, 0, 1]
    assert column["question"] == [0, 0, 1, 1, 0, 0, 0, 0, 0]
    assert column["colon_end"] == [0, 0, 0, 0, 1, 0, 0, 0, 0]


def test_a_sentence_has_the_same_length_and_mark_features_in_a_short_article_and_a_long_one() -> None:
    # Lengths are read from a table up to 4,096 words an article and computed past it; the marks are counted
    # for all sentences at once. Neither may depend on the article around the sentence.
    from nutgraf.engines.default import sentence_features

    lead = [
        "The council met on Tuesday!",
        "It said 'no' to 3 plans.",
        "Short one.",
        " ".join(["The long report on the harbour walls"] * 6) + ".",
    ]
    filler = "The river rose again overnight near the old mill by the bridge. " * 450
    short, long = (make_document(" ".join(lead) + tail, language="en") for tail in ("", " " + filler))
    assert sum(map(len, long.words)) > 4096
    names = (
        "log_words",
        "words_over_30",
        "short_under_6",
        "quotes",
        "digits",
        "exclamation",
        "no_final_stop",
    )
    columns = [FEATURES.index(name) for name in names]
    in_short, in_long = sentence_features(short)[:4, columns], sentence_features(long)[:4, columns]
    assert np.array_equal(in_short, in_long)
    assert in_short[:, names.index("short_under_6")].tolist() == [1, 0, 1, 0]
    assert in_short[:, names.index("words_over_30")].tolist()[:3] == [0, 0, 0]
    assert in_short[3, names.index("words_over_30")] > 0
    assert in_short[:, names.index("quotes")].tolist() == [0, 2, 0, 0]
    assert in_short[:, names.index("digits")].tolist() == [0, 1, 0, 0]
    assert in_short[:, names.index("exclamation")].tolist() == [1, 0, 0, 0]


# A Wikipedia article's text as an extractor gives it: reference marks after the facts, and its reference
# list at the end.
ENCYCLOPEDIA = """New Zealand is an island country in the southwestern Pacific Ocean.[1] It consists of two main landmasses, the North Island and the South Island, and over 700 smaller islands.[2][3]

New Zealand is heavily dependent on international trade,[217] particularly in agricultural products.[218] Exports account for 24% of its output,[143] making the country vulnerable to commodity prices.

The country's varied topography and sharp mountain peaks owe much to tectonic uplift and volcanic eruptions. The capital city is Wellington, and the most populous city is Auckland.

The islands were settled by Polynesians between 1280 and 1350 and developed a distinctive culture. A British colony was proclaimed in 1841 and the country became a dominion in 1907.

Most of the population is of European descent, and the indigenous Māori are the largest minority. English, Māori and sign language are the official languages of the country.

References

^ "New Zealand country profile: the islands and their people in brief" . BBC News. 2 May 2023.
^ "The North Island and the South Island: a guide to the country's two main landmasses" . Te Ara.
"""


def test_a_summary_of_an_encyclopedia_page_has_no_footnote_marks_or_reference_lines() -> None:
    picked = _picked(ENCYCLOPEDIA)
    assert len(picked) == 3
    assert not [s for s in picked if "[" in s or s.startswith("^")], picked


def test_table_cells_stay_out_of_a_summary_of_a_page_whose_sentences_carry_footnotes() -> None:
    # Cells and footnoted sentences are set aside each on its own: where too few sentences are left
    # without a footnote, the footnoted ones come back, and the cells, out of their rows, stay out.
    page = (
        "The bridge over the river Tay opened in 1966 and carries the main road into the city of Dundee.\n\n"
        "The bridge is 2,250 metres long and was the longest road bridge in Europe when it opened.[1]\n\n"
        "| Span | Length | The bridge over the river Tay has forty two spans of steel and concrete. |\n\n"
        "| Piers | 43 | The bridge over the river Tay stands on forty three concrete piers in the river. |\n\n"
        "| Lanes | 4 | The bridge over the river Tay carries four lanes of road traffic into Dundee. |\n\n"
        "Tolls on the bridge over the river Tay were abolished in 2008 by the Scottish Government.[2]\n\n"
        "The bridge over the river Tay was strengthened between 2010 and 2012 at a cost of 14 million.[3]\n\n"
        "Around 30,000 vehicles cross the bridge over the river Tay into Dundee every day.[4]\n\n"
        "A walkway in the middle of the bridge gives views of the river and the city of Dundee."
    )
    picked = _picked(page)
    assert len(picked) == 3
    assert not [s for s in picked if "spans" in s or "piers" in s or "four lanes" in s], picked
    # Sentences, not the table's labels ("Length", "Piers", "4"), and a footnoted one among them.
    assert all(len(s.split()) > 10 for s in picked) and any(s.endswith(".[1]") for s in picked), picked


# A blog post as a page copy gives it: a time stamp worded as a sentence, a photo caption in an agency's
# words and the sponsor's line, each ending on a stop as the story's sentences do.
SPONSORED_POST = """Plague case confirmed in Inner Mongolia after hunter ate wild rabbit

Posted on November 18, 2019, at 11:29 a.m.

In this photo taken Sunday, Nov. 17, 2019, health workers disinfect a street in Xilingol, Inner Mongolia.

This week's episode is sponsored by the Xilingol Tourism Board, which runs tours all through November.

Health authorities in Inner Mongolia confirmed a case of bubonic plague on Sunday after a hunter ate a wild rabbit.

Twenty-eight people who had close contact with the hunter were placed in quarantine, officials said in a statement.

The case follows two cases of pneumonic plague diagnosed in Beijing last week, which prompted fears of an outbreak.

Officials said the risk of the disease spreading was extremely low and urged residents not to hunt wild animals.
"""


def test_a_summary_leaves_out_time_stamps_captions_and_sponsor_lines() -> None:
    picked = _picked(SPONSORED_POST)
    assert len(picked) == 3
    assert not [s for s in picked if s.startswith(("Posted on", "In this photo", "This week's episode"))], (
        picked
    )


# A Chinese news page as a page copy gives it: a photo caption, then section headings between the paragraphs.
CHINESE_PAGE = """图为马素湘在澳大利亚悉尼游玩时的近影。

在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。

出国前后关注点大不同

出国前：政治科目会出啥考题？

在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生时，就开始关注两会了。他说，那时候最关心的是政治考试会考哪些内容。

出国后：国家未来将如何发展？

如今，他更关心的是国家未来的发展方向，以及留学生回国就业和创业的相关政策。他认为，这些政策将直接影响留学生的选择。
"""


def test_a_summary_of_a_chinese_page_leaves_out_its_caption_and_headings() -> None:
    picked = _picked(CHINESE_PAGE)
    assert len(picked) == 3
    assert not [s for s in picked if s.startswith(("图为", "出国"))], picked


def test_a_long_chinese_text_without_a_sentence_end_is_summarized_without_listing_its_characters() -> None:
    # Its one sentence was counted twice as a list of a string per character (is it short? how many words
    # does the summary save?): 1.4 GB each for the 20 million characters nutgraf takes.
    text = "市议会周一批准了新的预算，预算将增加学校的开支，市长表示计划将雇用三百名教师" * 25_000
    nutgraf.summarize(CHINESE_PAGE)  # the model and the tables loaded before the count starts
    tracemalloc.start()
    try:
        summary = nutgraf.summarize(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.text == text
    assert (
        summary.reduction.article_words == summary.reduction.summary_words == sum(c.isalnum() for c in text)
    )
    assert peak < 40_000_000, f"{peak:,} bytes to summarize {len(text):,} characters"


@pytest.mark.parametrize(
    ("field", "damage"),
    [("feature", 10_000), ("feature", -1), ("left", 10**9), ("right", -2), ("roots", 10**9)],
)
def test_damaged_weights_are_refused_not_read_as_other_numbers(field: str, damage: int) -> None:
    # The trees' gathers wrap rather than check their indices (they are in range by construction), so a
    # weights file naming a feature or a node that does not exist must be refused when it is read.
    import copy

    from nutgraf.engines.default import MODEL_FILE, _read_weights, compile_model
    from nutgraf.errors import SummarizerUnavailableError

    model = copy.deepcopy(_read_weights(MODEL_FILE))
    compile_model(model)  # the shipped file is sound
    model[field][0] = damage
    with pytest.raises(SummarizerUnavailableError, match="damaged"):
        compile_model(model)


INTERVIEW = """'We cannot keep building on flood plains': the engineer who rebuilt York's defences

Dr Helen Marsh spent twenty years designing flood barriers in the Netherlands before returning to lead the £45m upgrade of York's defences. She spoke to us about what Britain gets wrong.

Q: Why did York flood so badly in 2015?

A: The Foss barrier was overwhelmed. Water got into the building that houses the pumps, and the operators had to lift the gates to stop the electrics failing.

Q: Is the new barrier big enough?

A: It pumps 50 tonnes of water a second, which is more than three times the old capacity.

Interviewer: What would you change about the way councils approve new housing?

Helen Marsh: I would stop approving housing on functional flood plains altogether.

Interviewer: Do you think the government is listening to engineers like you?

Helen Marsh: They are listening more than they were, and the new planning guidance is a step forward.
"""


def test_an_interviewers_questions_and_the_speakers_labels_stay_out_of_the_summary() -> None:
    # The summary of an interview had been "Q: Why did York flood so badly in 2015?" and "A: The Foss
    # barrier was overwhelmed.": a question and two labels of the page's layout.
    for options in ({}, {"form": "tldr"}, {"length": "short"}, {"sentences": 4}):
        picked = _picked(INTERVIEW, **options)
        assert picked, options
        for sentence in picked:
            assert not sentence.endswith("?") and ":" not in sentence, (options, picked)


MATCH_REPORT = """Harlow Town 3-1 Riverside United: Okonkwo double sends hosts top

Two goals from Daniel Okonkwo fired Harlow Town to the top of the National League South with a 3-1 win over Riverside United on Saturday.

The striker opened the scoring in the 12th minute, turning in Sam Price's low cross at the near post, and doubled the lead just before half-time with a header from a corner.

Riverside pulled one back through Liam Carter's penalty on the hour after Harlow defender Tom Briggs was judged to have handled, but substitute Kieran Walsh sealed the win with a curling shot from the edge of the area in stoppage time.

"We were excellent for an hour and then we got nervous," Harlow manager Paul Denton said.

The win moves Harlow a point clear of Chelmsford City, who drew 0-0 at Dover.

Harlow Town: Evans; Briggs, Ward, Hughes, Patel; Price, Murphy, Kane; Okonkwo, Doyle, Ashworth. Subs: Walsh (for Doyle 70), Green (for Ashworth 84), Lee, Hart.

Riverside United: Collins; Moore, Bell, Shaw, Reid; Carter, Grant, Palmer; Lewis, Hall, Knight.
"""


def test_a_match_reports_line_ups_stay_out_of_its_summary() -> None:
    # "Harlow Town: Evans; Briggs, Ward, Hughes, Patel; ..." had been the summary's third sentence.
    for options in ({}, {"sentences": 4}):
        picked = _picked(MATCH_REPORT, **options)
        assert len(picked) == options.get("sentences", 3)
        assert not [s for s in picked if s.startswith(("Harlow Town:", "Riverside United:", "Subs:"))], picked


@pytest.mark.parametrize(
    "news",
    [
        "The victims were named as John Smith, Mary Jones, Peter Brown and Ann Lee.",
        "Paris, London, Berlin and Rome all saw protests on Saturday.",
        "Those attending included Barack Obama, Joe Biden, Hillary Clinton, John Kerry, Nancy Pelosi.",
    ],
)
def test_news_that_names_people_is_no_roll_of_names(news: str) -> None:
    assert not is_roll_of_names(news)


EMBEDDED_POST = """Astronauts return safely after nine months in orbit

Two astronauts who spent nine months on the International Space Station after their spacecraft developed faults have returned safely to Earth.

Welcome home, Butch and Suni! Splashdown confirmed at 5:57pm ET, and both crew members are doing well. pic.twitter.com/abc123XYZ

— NASA (@NASA) March 18, 2025

The pair had been due to spend only eight days in orbit when they launched on the Starliner capsule in June.

What a view from up here. Thank you to everyone on the ground who brought the two of us home safely.

— Suni Williams (@Astro_Suni) March 18, 2025

Recovery teams helped the crew out of the capsule, and both were taken for medical checks, as is routine.

The mission has raised questions about the future of the Starliner programme, which is years behind schedule.
"""


def test_posts_embedded_in_an_article_stay_out_of_its_summary() -> None:
    # "Splashdown confirmed at 5:57pm ET, ..." had been a summary sentence: NASA's words, its attribution
    # ("— NASA (@NASA) March 18, 2025") left behind.
    for options in ({}, {"sentences": 4}, {"form": "tldr"}):
        picked = _picked(EMBEDDED_POST, **options)
        assert picked
        assert not [s for s in picked if "Splashdown" in s or "What a view" in s or "Thank you" in s], picked


@pytest.mark.parametrize(
    "opening",
    [
        "If you have, you will know the drill: ring at 8am and wait in a queue of 40.",
        "If so, the council will have to find the money elsewhere.",
        "In that time, three department stores have closed in the town centre.",
        "Since then, the number of patients waiting has risen every month.",
    ],
)
def test_an_english_phrase_that_points_back_leaves_an_opening_unresolved(opening: str) -> None:
    # An opinion column's TL;DR had been "If you have, you will know the drill: ...", the question it
    # answers ("Have you tried to see a GP recently?") left out.
    assert opens_unresolved(make_document(opening).words[0], "en")


@pytest.mark.parametrize(
    "opening",
    [
        "If you have your passport, you can travel on Friday.",
        "In this year's election, turnout fell to 52 percent.",
        "For those who live near the river, the warning stays in place.",
        "After the vote, the minister resigned.",
    ],
)
def test_an_english_opening_that_points_nowhere_is_resolved(opening: str) -> None:
    assert not opens_unresolved(make_document(opening).words[0], "en")


EXPLAINER = """Why are energy bills going up again?

Energy bills for millions of households in Great Britain will rise from April after the regulator raised its price cap.

How much will bills go up?

The typical household on a variable tariff will pay £1,849 a year, up £111 or 6.4 percent, Ofgem said on Tuesday.

Why are they rising?

Wholesale gas prices have risen since the autumn because cold weather drained European storage faster than expected.

Can I do anything about it?

Fixing your tariff may save money, but most fixed deals currently cost more than the cap, according to Uswitch.

Is there any help available for households?

The Warm Home Discount of £150 is paid to about three million low-income households, the government said.
"""


def test_an_explainers_question_subheadings_stay_out_of_its_summary() -> None:
    # "How much will bills go up?", a paragraph of its own, had been the summary's second sentence.
    for options in ({}, {"sentences": 4}):
        picked = _picked(EXPLAINER, **options)
        assert len(picked) == options.get("sentences", 3)
        assert not [s for s in picked if s.endswith("?")], picked


HARBOUR = """The council voted on Tuesday to close the harbour bridge for six months of repairs after engineers found corroded cables.
The mayor, asked by reporters why the work could not wait until winter, said: “Would you drive over a bridge we know is failing?”
Traders on the quay said the closure would cost them much of the summer trade, and several said they had not been consulted.
Engineers said the cables had lost a third of their strength since the last survey, in 2019.
The bridge carries about 12,000 vehicles a day, according to the council's own figures.
A ferry will run every twenty minutes while the bridge is closed, the council said.
Work is due to start on 1 June and the council hopes to reopen the bridge by the end of November."""


def test_a_question_reported_in_a_paragraph_of_its_own_is_a_line_of_the_story() -> None:
    # Set aside as an explainer's question subheading is, the mayor's answer was never in the summary.
    mayor = "The mayor, asked by reporters why the work could not wait until winter, said:"
    assert any(s.startswith(mayor) for s in _picked(HARBOUR, sentences=4))
    assert not any(s.startswith(mayor) for s in _picked(HARBOUR, sentences=4, avoid=["questions"]))
    # A mark closing nothing the line opened (a page's stray one) reports no one: the question is alone.
    stray = HARBOUR.replace(f"{mayor} “Would", "Would")
    assert not any(s.startswith("Would you drive") for s in _picked(stray, sentences=4))


FACT_CHECK = """Fact check: No, drinking hot water does not kill the flu virus

Claim: Drinking a glass of hot water every hour kills the flu virus and prevents infection.

Verdict: False.

Posts shared thousands of times on Facebook this week say that drinking hot water every hour kills the flu virus before it can infect the body.

Doctors and public health agencies say there is no evidence for this. The flu virus infects cells in the nose, throat and lungs, which the water never reaches, and the body keeps its temperature whatever a person drinks.

"Hot drinks can soothe a sore throat, but they do not kill viruses," said Dr Anna Berg, an infectious disease specialist at Karolinska Institute.

The World Health Organization says the best protection against the flu is the yearly vaccine, washing hands often and staying home when ill.
"""
FAKTENCHECK = """Behauptung: Das Trinken von heißem Wasser jede Stunde tötet das Grippevirus und verhindert eine Ansteckung.

Bewertung: Falsch.

In sozialen Netzwerken wird seit Tagen behauptet, heißes Wasser töte das Grippevirus, bevor es den Körper infizieren könne.

Ärzte und Gesundheitsbehörden sagen, dafür gebe es keinerlei Belege. Das Virus befällt Zellen in Nase, Rachen und Lunge, die das Wasser nie erreicht.

„Heiße Getränke können einen wunden Hals lindern, aber sie töten keine Viren“, sagte die Infektiologin Anna Berg.

Die Weltgesundheitsorganisation empfiehlt die jährliche Grippeimpfung, häufiges Händewaschen und bei Krankheit zu Hause zu bleiben.
"""


@pytest.mark.parametrize(
    "text",
    [
        FACT_CHECK,
        FACT_CHECK.replace("Claim:", "Claim :"),
        FACT_CHECK.replace("Claim:", "CLAIM:"),
        FAKTENCHECK,
        FAKTENCHECK.replace("Behauptung:", "Affirmation :"),
        FAKTENCHECK.replace("Behauptung:", "Afirmación:"),
    ],
)
def test_a_fact_checks_labelled_claim_stays_out_of_its_summary(text: str) -> None:
    # "Claim: Drinking a glass of hot water every hour kills the flu virus ..." had been the TL;DR: the
    # false claim given as the article's own statement.
    for options in ({}, {"length": "short"}, {"form": "tldr"}):
        picked = _picked(text, **options)
        assert picked and not [s for s in picked if "Drinking a glass" in s or "Das Trinken" in s], picked


PODCAST = """Transcript: The Briefing, episode 212 – Why egg prices soared

JANE MORRIS: Welcome to The Briefing. I'm Jane Morris. Egg prices in the United States have more than doubled in a year. Why? Here to explain is our food correspondent, Sam Ortiz. Sam, what happened?

SAM ORTIZ: Bird flu, mostly. Since 2022 the virus has killed or forced farmers to cull more than 160 million birds, and about 40 million of them were egg-laying hens lost in the last three months alone.

JANE MORRIS: And when will prices come down?

SAM ORTIZ: The Agriculture Department expects them to rise another 40 percent this year before falling in 2027, as flocks are rebuilt.

JANE MORRIS: Sam Ortiz, thank you.

SAM ORTIZ: Thanks, Jane.

This episode of The Briefing was produced by Lily Chen. Our theme music is by Amos Grey.
"""


def test_a_podcasts_transcript_is_summarized_from_what_it_tells() -> None:
    # Its credits ("This episode of The Briefing was produced by ...", "Our theme music is by ...") had
    # been a summary sentence; once they went, too few sentences were left beside the host's questions
    # and the summary fell back on every sentence: "I'm Jane Morris.", "Why?", "And when will prices come
    # down?".
    picked = _picked(PODCAST)
    assert len(picked) == 3
    assert not [s for s in picked if s.endswith("?") or "produced by" in s or "music" in s], picked
    assert not [s for s in picked if len(s.split()) < 6], picked


MAYOR_INTERVIEW = """Jane Doyle was elected mayor of Leeds in May. She faces a £60m gap in the city's budget.

Courier: You have promised not to close libraries. How will you pay for them?

Jane Doyle: By selling buildings the council no longer needs. We own 40 offices and use half of them, and the sales will raise about £25m over three years.

Courier: Will council tax rise?

Jane Doyle: Yes, by the maximum 4.99 percent allowed without a local referendum. I would rather not, but the government has left us no choice.

Courier: What about bus services?

Jane Doyle: Only through franchising, as Manchester has done. We are taking the buses back into public control from 2027, which will let us set fares and routes ourselves.
"""


def test_an_answers_first_sentence_which_replies_to_the_question_stays_out_of_the_summary() -> None:
    # "By selling buildings the council no longer needs." had been a summary sentence, its question ("How
    # will you pay for them?") left out.
    picked = _picked(MAYOR_INTERVIEW)
    assert len(picked) == 3
    assert not [s for s in picked if s.startswith(("By selling", "Yes, by", "Only through"))], picked
    assert not [s for s in picked if s.endswith("?")], picked


# An opinion page as a reader copies it: a section line, then the headline in title case, ending with stops.
OPINION_PAGE = """Opinion | Guest Essay
Our Cities Are Running Out of Water. We Know How to Fix It.
March 9, 2026
Last summer, Phoenix went 113 days with temperatures above 100 degrees. The city did not run dry, but it came closer than most residents realize.
Across the American West, cities are growing faster than their water supplies. The Colorado River, which serves 40 million people, has lost a fifth of its flow since 2000.
The good news is that we already know what works. Las Vegas cut its water use by a quarter between 2002 and 2022, even as its population grew by 800,000.
Other cities should follow its example. Congress could help by funding water recycling plants and by tying federal grants to conservation targets.
"""


def test_a_headline_in_title_case_is_not_a_summary_sentence() -> None:
    for options in ({}, {"form": "tldr"}, {"length": "short"}):
        picked = [s.text for s in nutgraf.summarize(OPINION_PAGE, **options).sentences]
        assert not [s for s in picked if s.startswith(("Our Cities", "We Know"))], (options, picked)
    # News names people and places in capitals, not its verbs.
    assert not is_title_cased("Manchester United beat Liverpool at Old Trafford on Sunday.", "en")
    assert is_title_cased("Our Cities Are Running Out of Water.", "en")


def test_an_article_in_capitals_keeps_its_summary_sentences(shared_data) -> None:
    # Every word of a text set in capitals opens with one: it is not a page of headlines.
    assert not is_title_cased("OUR CITIES ARE RUNNING OUT OF WATER.", "en")
    for record in read_jsonl(shared_data / "xsum_bbc.jsonl", 5):
        as_written = nutgraf.summarize(record["article"], sentences=3)
        in_capitals = nutgraf.summarize(record["article"].upper(), sentences=3)
        assert [s.start for s in in_capitals.sentences] == [s.start for s in as_written.sentences]


# A court report whose sentences lean on the one before ("He returned ...", "They escaped ...", "It was
# Doncaster."), a missing-person appeal and a science story whose quotations run over several sentences,
# and a story whose opening question leaves the best sentences leaning on it.
COURT_REPORT = """Man jailed for eight years over Doncaster warehouse fire

A man who set fire to a warehouse full of sleeping workers' belongings has been jailed for eight years.

Daniel Hurst, 34, of Balby, admitted arson with intent to endanger life at Sheffield Crown Court in January.

The court heard that Hurst had been sacked from the Hexthorpe distribution centre two weeks before the fire, after a row with a supervisor over unpaid overtime.

He returned in the early hours of 14 September with a can of petrol, which he had bought from a garage on Balby Road an hour earlier.

CCTV showed him pouring the fuel along the loading bay and setting it alight with a lighter before running towards the car park.

Eleven agency workers were asleep in a converted office on the first floor, which the company had been using as temporary accommodation.

They escaped down a fire escape after one of them was woken by the smoke alarm. Two were treated in hospital for smoke inhalation.

Prosecutor Rebecca Lyall said the damage to the building and its stock came to more than £2.3m.

"This was a deliberate and planned act of revenge," she told the court. "The defendant knew that people were living on the premises. He had worked night shifts there himself and had seen them go up to bed."

Defending, Michael Dunn said his client had been drinking heavily and had not meant to hurt anyone.

He said Hurst had struggled with depression since the death of his mother last year and had shown genuine remorse.

Judge Sarah Whitfield said she accepted that Hurst had not intended to kill, but that he had been reckless as to whether lives were endangered.

"You knew those men were there. It was only by good fortune that nobody died," she said.

It was the third serious arson attack on a commercial building in the town in twelve months, South Yorkshire Fire and Rescue said.

It was Doncaster. The brigade's area manager, Paul Kerr, said the service had seen a rise in deliberate fires across South Yorkshire since 2023.

The distribution centre reopened in March after repairs. Its owners, Northline Logistics, said the agency workers had since been moved to rented houses in the town.

Hurst will serve half of his sentence in custody before being released on licence.
"""

MISSING_APPEAL = """Police appeal for help to find missing Bristol teenager

Police are appealing for help to find a 15-year-old girl who has been missing from her home in Bristol since Friday evening.

Amira Hassan was last seen at about 6pm on Friday at Temple Meads railway station, where she was caught on CCTV buying a ticket to Cardiff.

She is described as slim, about 5ft 4in tall, with long dark hair, and was wearing a black puffer jacket, grey jogging bottoms and white trainers.

Avon and Somerset Police said officers were working with British Transport Police and South Wales Police to trace her movements after she left the train.

Inspector Mark Doyle said: "Amira has not been in touch with her family or friends since Friday, which is very out of character for her. We are growing increasingly concerned for her welfare.

"We know she has links to the Cardiff area and may have travelled there to meet someone she met online. Her family are understandably very worried."

Officers have searched the area around Cardiff Central station and are examining footage from buses and shops nearby.

Amira's mother, Leila Hassan, said her daughter had been excited about starting her GCSE courses in the autumn and had given no sign that anything was wrong.

"We just want her to come home. Nobody is angry with her. Please, Amira, if you see this, call us," she said.

Anyone who has seen Amira or knows where she might be is asked to call 101, quoting reference 5224083519, or to call 999 if they have seen her in the last few minutes.

Information can also be given anonymously to the charity Crimestoppers on 0800 555 111.

The force said it had also contacted the National Crime Agency's child exploitation unit as a precaution.
"""

SCIENCE_STORY = """Astronomers find water vapour on a rocky planet for the first time

Astronomers have detected water vapour in the atmosphere of a rocky planet outside the solar system, a discovery that could reshape the search for life elsewhere in the galaxy.

The planet, known as LHS 1140 b, orbits a red dwarf star about 48 light years from Earth in the constellation Cetus.

The team used the James Webb Space Telescope to watch the planet pass in front of its star four times between 2024 and 2025, measuring how starlight filtered through its atmosphere.

Their results, published in the journal Nature on Wednesday, show the clear signature of water vapour, along with hints of carbon dioxide.

"This is the first time we have seen water in the air of a world that is not a gas giant or a mini-Neptune. It tells us that rocky planets around small stars can hold on to their atmospheres, which many of us had doubted.

"For years the worry was that these stars' flares would strip any atmosphere away. That does not seem to have happened here," said Dr Charlotte Kwan, of the University of Montreal, who led the study.

The planet is about 1.7 times the size of Earth and receives roughly half as much light from its star as Earth gets from the Sun.

That places it inside its star's habitable zone, where temperatures could allow liquid water on the surface.

Other scientists urged caution. Prof Rajesh Menon, of the University of Edinburgh, who was not involved in the research, said the signal could partly come from spots on the star's surface.

"It is an exciting result, but we need more observations before we can be sure the water is in the planet's atmosphere and not in the star's. I would like to see it confirmed with a second instrument.

"Her team has done careful work. But extraordinary claims need extraordinary evidence."

The researchers plan to observe the planet again in 2027 with Webb's mid-infrared instrument, which can detect other molecules such as methane and ozone.

NASA said the telescope had now been used to study the atmospheres of more than 70 exoplanets since it began science operations in 2022.
"""

LEANING_STORY = (
    "Why now? He said the decision to close the Lorain chemical plant followed three fires in two years."
    " But the plant's owner, Midwest Polymer, said it would appeal the closure order in court."
    " It employs about 400 people and makes plastics for car parts sold across the Midwest region."
    " Residents near the plant welcomed the mayor's decision at a crowded council meeting on Tuesday."
    " They have been told their jobs are safe until the appeal is decided, the company's manager said."
    " The state environmental agency fined the company 80,000 dollars for safety violations in 2012."
    " Mayor Joan Avery said the city would help the plant's workers find jobs at other firms in the county."
    " The company has until the end of the month to file its appeal with the state court in Columbus."
    " Its lawyers said the fires had been caused by faulty equipment that has since been replaced."
)

LONG_BUDGETS = [{"length": "long"}, {"sentences": 5}, {"sentences": 8}, {"sentences": None, "words": 120}]


def _alone(summary: nutgraf.Summary) -> list[str]:
    """The summary's sentences that lean on a sentence of the article left out of it, the article's sentence
    before them not the summary's: its first, when it opens pointing back ("He said ..."), and any that
    opens inside a quotation another sentence opened."""
    source = summary.source
    alone = []
    for before, sentence in zip([None, *summary.sentences], summary.sentences, strict=False):
        # A quotation left open at a paragraph's end opens again with the next paragraph.
        paragraph = source.rfind("\n", 0, sentence.start) + 1
        opening_quoted = source[paragraph : sentence.start].count('"') % 2 == 1
        pointing = before is None and opens_unresolved(words(sentence.text), "en")
        leaning = sentence.start > 0 and (pointing or opening_quoted)
        if leaning and (before is None or source[before.end : sentence.start].strip()):
            alone.append(sentence.text)
    return alone


@pytest.mark.parametrize("options", LONG_BUDGETS)
@pytest.mark.parametrize("article", [COURT_REPORT, MISSING_APPEAL, SCIENCE_STORY, LEANING_STORY])
def test_a_long_summary_takes_a_sentence_leaning_on_the_one_before_only_with_it(article, options) -> None:
    # Long summaries, taken sentence by sentence in article order, had opened with "He said the decision
    # ...", read "Her family are understandably very worried.\u201d" closing a quotation they never
    # opened, and "It tells us that rocky planets ..." without the astronomer's words it goes on from.
    summary = nutgraf.summarize(article, **options)
    assert len(summary.sentences) >= 3
    assert not _alone(summary), options


TENNIS_REPORT = """The Briton, 24, beat world number 31 Lindqvist 6-3 7-5 in 71 minutes to reach the quarter-finals in Vienna.
Hartley, ranked a career-high 14th in the world, won the Stockholm Open on Sunday and is closing in on a place at the ATP Finals.
"I was just a bit flat at times," said Hartley, when asked why he had shown so little emotion against Lindqvist.
"I was feeling very tired. It was just hard work out there. I'm just tired so maybe I just wanted to get the match done."
Hartley said his week in Sweden, and the late flight to Austria the night before his first match, had taken its toll.
"I didn't sleep well last night and obviously got in late the day before," he said. "The practice courts are a long way from the hotel too."
It was in Vienna two years ago that Hartley was fined $2,000 for smashing a racket, calling the umpire "a joke".
"""


def _typographic(text: str) -> str:
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    return re.sub(r'(?:^|(?<=[\s(\[]))"', "“", text).replace('"', "”")


@pytest.mark.parametrize(
    "form",
    [str, str.lower, _typographic, lambda text: text.replace("\n", " ")],
    ids=["cased", "lower", "typographic", "one line"],
)
def test_a_summary_does_not_take_the_end_of_a_quotation_without_its_opening(form) -> None:
    # XSum's Kyrgios report had been summarized by its lede, its second sentence and "I'm just tired so
    # maybe I just wanted to get the job done.\"": the player's words given as the report's own, closed by a
    # mark nothing opened.
    summary = nutgraf.summarize(form(TENNIS_REPORT))
    assert len(summary.sentences) == 3
    assert not any("just tired" in s.text for s in summary.sentences), summary.text


EXPLAINER_QA = """Measles: what are the symptoms and who is most at risk?

Measles cases in England have risen to their highest level in more than a decade, with 2,911 confirmed infections last year, according to the UK Health Security Agency (UKHSA).

A child died of the disease in Liverpool this month, and health officials are urging parents to check that their children have had both doses of the MMR vaccine.

What is measles?

Measles is a highly infectious viral illness that spreads through coughs and sneezes. One infected person can pass it on to as many as nine out of ten unvaccinated people around them.

What are the symptoms?

Cold-like symptoms, such as a runny nose, sneezing and a cough, come first. They are followed a few days later by a high temperature and a blotchy red-brown rash that usually starts on the face and behind the ears.

Small white spots may appear inside the cheeks. Most people recover within seven to ten days.

Who is most at risk?

Babies too young to be vaccinated, pregnant women and people with weakened immune systems. About one in five children who catch measles needs hospital treatment, and the disease can lead to pneumonia, meningitis and blindness.

In rare cases it causes swelling of the brain, which can be fatal.

How does the vaccine work?

Two doses of the MMR vaccine give about 99% protection against measles. The first dose is offered to babies at one year old and the second at three years and four months.

Uptake of the second dose in England has fallen to 83.9%, well below the 95% the World Health Organization says is needed to stop the disease spreading.

Why has vaccination fallen?

Partly because of misinformation. Dr Vanessa Saliba, a consultant epidemiologist at the UKHSA, said some parents had been put off by false claims on social media linking the vaccine to autism.

"There is no link between MMR and autism. That claim was investigated thoroughly and disproved many years ago," she said.

Difficulty booking GP appointments has also played a part, according to the Royal College of Paediatrics and Child Health.

What should I do if my child has symptoms?

Call your GP or NHS 111 rather than going to a surgery in person, so that you do not infect others in the waiting room.
"""

EXPLAINER_LABELLED = """Measles: what are the symptoms and who is most at risk?

Measles cases in England have risen to their highest level in more than a decade, with 2,911 confirmed infections last year, according to the UK Health Security Agency (UKHSA).

A child died of the disease in Liverpool this month, and health officials are urging parents to check that their children have had both doses of the MMR vaccine.

Q: What is measles?

A: Measles is a highly infectious viral illness that spreads through coughs and sneezes. One infected person can pass it on to as many as nine out of ten unvaccinated people around them.

Q: What are the symptoms?

A: Cold-like symptoms, such as a runny nose, sneezing and a cough, come first. They are followed a few days later by a high temperature and a blotchy red-brown rash that usually starts on the face and behind the ears.

Small white spots may appear inside the cheeks. Most people recover within seven to ten days.

Q: Who is most at risk?

A: Babies too young to be vaccinated, pregnant women and people with weakened immune systems. About one in five children who catch measles needs hospital treatment, and the disease can lead to pneumonia, meningitis and blindness.

In rare cases it causes swelling of the brain, which can be fatal.

Q: How does the vaccine work?

A: Two doses of the MMR vaccine give about 99% protection against measles. The first dose is offered to babies at one year old and the second at three years and four months.

Uptake of the second dose in England has fallen to 83.9%, well below the 95% the World Health Organization says is needed to stop the disease spreading.

Q: Why has vaccination fallen?

A: Partly because of misinformation. Dr Vanessa Saliba, a consultant epidemiologist at the UKHSA, said some parents had been put off by false claims on social media linking the vaccine to autism.

"There is no link between MMR and autism. That claim was investigated thoroughly and disproved many years ago," she said.

Difficulty booking GP appointments has also played a part, according to the Royal College of Paediatrics and Child Health.

Q: What should I do if my child has symptoms?

A: Call your GP or NHS 111 rather than going to a surgery in person, so that you do not infect others in the waiting room.
"""


@pytest.mark.parametrize("article", [EXPLAINER_QA, EXPLAINER_LABELLED])
def test_a_summary_in_words_leaves_out_an_explainers_questions(article: str) -> None:
    # A budget in words drew its pool for one sentence a word, and its kinds set aside for lack of others
    # never were: an explainer's words=120 had been "... What is measles? What are the symptoms?".
    for budget in (60, 120, 150):
        picked = _picked(article, sentences=None, words=budget)
        assert picked and not [s for s in picked if s.endswith("?")], (budget, picked)
    answers = _picked(EXPLAINER_LABELLED, sentences=None, words=150)
    assert not [s for s in answers if s.startswith(("Cold-like", "Babies too young", "Partly because"))]


@pytest.mark.parametrize(
    "page",
    [
        "readability-testpages/html/cnn.html.gz",
        "scrapinghub-aeb/html/374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4.html.gz",
        "scrapinghub-aeb/html/7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b.html.gz",
        "scrapinghub-aeb/html/a6968f427cdb786531cfb326518e674bd8b48af94df7c5c6165cdf40e944357a.html.gz",
        "scrapinghub-aeb/html/ba4dfe2d3e817ff7b8b01172ccc307850fc5469bcdd26c3c48ca046cb88ab7cf.html.gz",
    ],
)
def test_a_later_summary_sentence_leaning_back_follows_its_own_predecessor(shared_data, page) -> None:
    # "It ranked near the bottom ...", "Its fleet of roughly 400 737 Max jets ...", "But in cases where ...",
    # "However, with three confirmed diagnoses ..." had followed a sentence the article does not put
    # before them: a reader finds nothing for "It" or "But" to answer.
    html = gzip.decompress((shared_data / "extraction" / page).read_bytes()).decode("utf-8", "replace")
    summary = nutgraf.summarize(html)
    text = summary.article.text
    for before, sentence in itertools.pairwise(summary.sentences):
        if opens_unresolved(words(sentence.text), summary.article.language):
            assert not text[before.end : sentence.start].strip(), sentence.text


@pytest.mark.parametrize(
    ("page_set", "page_id", "opening"),
    [
        ("readability-testpages", "blogger", "I've written a couple of posts in the past few months"),
        ("readability-testpages", "medium-1", "We pushed out the first version of the Open Journalism site"),
        (
            "scrapinghub-aeb",
            "65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c",
            "Welcome to the new 16-inch MacBook Pro.",
        ),
    ],
)
def test_a_long_read_whose_opening_paragraph_introduces_it_is_summarized_from_its_opening(
    shared_data, page_set, page_id, opening
) -> None:
    # A blog post, a newsroom's post and a laptop review of 1,400 words and more, their editors'
    # descriptions copied from their opening paragraph: the summary had taken the sentences after the
    # opening ("We've spent the last several days taking the new Pro for a spin ...") without it.
    truth = json.loads(
        (shared_data / "extraction" / page_set / "ground-truth.json").read_text(encoding="utf-8")
    )
    text = truth[page_id]["articleBody"]
    summary = nutgraf.summarize(text)
    assert opening in summary.article.text[:100]  # the opening, under a headline at most
    assert summary.sentences[0].text.startswith(opening)
    assert len(summary.sentences) == 3


@pytest.mark.parametrize(
    ("page", "second"),
    [
        # The Fetch API's introduction (no JSON-LD) and a how-to on graduation parties.
        ("002", "While very useful, XHR is not a very nice API."),
        ("ehow-2", "They’re also costly for mom and dad."),
    ],
)
def test_a_page_that_declares_no_news_is_summarized_from_its_opening(shared_data, page, second) -> None:
    # Documentation and a how-to, their editors' descriptions copied from their opening paragraph: the
    # reranker, trained on CNN/DM's highlights, had left the opening paragraph for later sentences ("In
    # addition, it introduces a utility function fetch() ..."). Pasted as text, nothing tells them from news.
    html = gzip.decompress(
        (shared_data / "extraction" / "readability-testpages" / "html" / f"{page}.html.gz").read_bytes()
    )
    summary = nutgraf.summarize(html)
    assert summary.article.news is False
    opening = make_document(summary.article.text).sentences[:3]
    assert [(s.start, s.end) for s in summary.sentences] == [(s.start, s.end) for s in opening]
    assert summary.sentences[1].text == second
    pasted = nutgraf.summarize(summary.article.text)
    assert [s.text for s in pasted.sentences] != [s.text for s in summary.sentences]


@pytest.mark.parametrize(
    ("page_set", "page", "furniture", "first"),
    [
        # A serial's chapter under its view count, a fan fiction's under its heading, a company's
        # announcement under its dateline's place: each line had opened the summary.
        ("readability-testpages", "royal-road", "102", "“Were you expecting the competition"),
        ("readability-testpages", "archive-of-our-own", "Chapter Text", "Izuku was struggling"),
        (
            "scrapinghub-aeb",
            "5ae11e580afc12d3ba1a12944281e6a7a5dded5c98b4efcf24aedcb28f0d5b22",
            "BAAR, SWITZERLAND",
            "Based on Ascom’s connectivity",
        ),
    ],
)
def test_a_page_that_declares_no_news_is_summarized_from_its_prose_not_its_furniture(
    shared_data, page_set, page, furniture, first
) -> None:
    html = gzip.decompress((shared_data / "extraction" / page_set / "html" / f"{page}.html.gz").read_bytes())
    summary = nutgraf.summarize(html)
    assert summary.article.news is False
    assert furniture in summary.article.text
    assert [s.text for s in summary.sentences if s.text == furniture] == []
    assert summary.sentences[0].text.startswith(first)
    assert len(summary.sentences) == 3


def test_a_page_that_declares_itself_news_keeps_the_rerankers_choice(shared_data) -> None:
    # Reuters' WeWork story declares a NewsArticle: its summary is the pasted text's, which passes the
    # dateline's lede over ("(Reuters) — The New York State Attorney General ...") for what follows it.
    page = "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85"
    html = gzip.decompress(
        (shared_data / "extraction" / "scrapinghub-aeb" / "html" / f"{page}.html.gz").read_bytes()
    )
    summary = nutgraf.summarize(html)
    assert summary.article.news is True
    assert [s.text for s in summary.sentences] == [
        s.text for s in nutgraf.summarize(summary.article.text).sentences
    ]
    assert summary.sentences[0].start > 0


def _lede_over_calls(call: str, count: int) -> nutgraf.Article:
    lede = (
        "The council voted on Tuesday to close the old bridge for repairs. Officials said the work would take a"
        " year. Drivers will use the ring road while the crews replace the deck. The mayor said the city had"
        " waited too long to fix it."
    )
    return nutgraf.Article(text="\n\n".join([lede, *(call.format(i) for i in range(count))]))


@pytest.mark.parametrize(
    "call",
    [
        "Sign up for our newsletter to get the latest news every morning.",
        "Sign up for our newsletter {} to get the latest news every morning.",
    ],
)
def test_a_call_repeated_thousands_of_times_is_set_aside_in_time_linear_in_the_text(call: str) -> None:
    # The pool's selection passes over a call's repeats and near-repeats while the call is eligible, so each
    # pool held one more of them: a selection per repeat, 2,000 of them 6.5 s (as a page of 20,000 lines of
    # the call, which cleaning keeps, was), numbered 8.4 s. Eight times the repeats may take at most 24 times
    # as long (linear: 8).
    picked = [s.text for s in nutgraf.summarize(_lede_over_calls(call, 2_000)).sentences]
    assert picked and not any("newsletter" in s for s in picked), picked
    small, large = _lede_over_calls(call, 250), _lede_over_calls(call, 2_000)
    ratio = _summarizing_seconds(large) / _summarizing_seconds(small)
    if ratio > 24:  # the machine may be busy: measure once more before it counts
        ratio = _summarizing_seconds(large) / _summarizing_seconds(small)
    assert ratio <= 24, ratio


@pytest.mark.parametrize("budget", [{}, {"words": 40}, {"length": "long"}])
def test_what_leans_on_a_repeated_call_goes_with_each_repeat(budget: dict[str, Any]) -> None:
    # A call set aside takes the sentence after it in its paragraph that leans on it; its repeats, set aside
    # with it at once, had left theirs: "It is free and arrives in your inbox ..." came into summaries.
    call = "Follow us on Twitter and Facebook for the latest updates on this story."
    leaning = "It is free and arrives in your inbox every weekday before seven in the morning."
    paragraphs = [
        call,
        "The council voted on Tuesday to close the old bridge for repairs. Officials said the work would take a year.",
        *[f"{call} {leaning}"] * 2,
        "Drivers will use the ring road while the crews replace the deck. The mayor said the city had waited too"
        " long to fix it. Engineers found cracks in two of the bridge's steel beams during an inspection last"
        " spring. Residents of the east side said the closure would add twenty minutes to their commute each way.",
    ]
    picked = [
        s.text for s in nutgraf.summarize(nutgraf.Article(text="\n\n".join(paragraphs)), **budget).sentences
    ]
    assert picked and not any("inbox" in s or "Follow us" in s for s in picked), picked
