"""Leftovers of stop 58, each as what a reader notices: a story's own table of shares under a sentence for its
caption, a headline under a candidate box's label told from the box's value by its verb, a German news run-in
in the perfect or the past under a travel label, a forecast day's sentence of news with a figure, a lone
feedback link in a Japanese page's list; a batch resumed over lines that hold no record, read once."""

from __future__ import annotations

from pathlib import Path

import pytest

import nutgraf
from nutgraf.extract import clean_text
from test_extract_xfails22 import FIRST, LAST, SECOND, page
from test_leftovers15 import _resume_over
from world_news import check_line_leaves, check_line_stays


# ---------------------------------------------------------------- a story's table of shares under a sentence
def _shares(caption: str) -> str:
    """A table of two parties' shares under ``caption``."""
    return (
        f"<table><caption>{caption}</caption><tr><td>Labour</td><td>34%</td></tr>"
        "<tr><td>Conservative</td><td>24%</td></tr></table>"
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Labour won 34% of the vote, its best result since 2001.",
        "Most voters back the amendment, the Iowa Poll finds",
        "Die SPD hat in Kiel die meisten Stimmen geholt.",
    ],
)
def test_a_story_s_share_table_under_a_sentence_stays(caption: str) -> None:
    # The caption tells the news the shares are of; the poll box's rule had taken caption and rows away.
    text = nutgraf.extract(page(_shares(caption))).text
    assert f"| {caption} |" in text and "| Labour | 34% |" in text and "| Conservative | 24% |" in text


@pytest.mark.parametrize(
    "caption",
    ["Iowa Poll: Property tax amendment", "Sonntagsfrage Thüringen", "Share this story", "Reader poll"],
)
def test_a_box_s_share_table_under_its_name_still_goes(caption: str) -> None:
    assert nutgraf.extract(page(_shares(caption))).text == f"{FIRST}\n\n{SECOND}\n\n{LAST}"


# ---------------------------------------------------------------- a candidate box's value, a noun phrase
@pytest.mark.parametrize(
    "line",
    [
        "Occupation: Retired Oregon State Police Captain",
        "Hometown: Grand Rapids Michigan Upper Peninsula",
        "Residence: Southeast Portland Near Mount Tabor Park",
        "Occupation: Chief Executive Officer of Acme Corp",
        # A verb's base form that names a business or a campaign is no headline's verb.
        "Occupation: Owner of Open Door Bakery in Sellwood",
        "Occupation: Director of Get Out The Vote Oregon",
    ],
)
def test_a_candidate_box_s_value_of_five_capitalised_words_goes(line: str) -> None:
    # A job or a home in title case is a noun phrase, no headline: it had stayed between the story's paragraphs.
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        "Occupation: West Bank Settlers Attack Villages",
        "Residence: Tenants Win Fight Over Eviction Notices",
        "Occupation: Portland Teacher Wins State Award",
        "Residence: Landlords Face New Rules on Rent Increases",
    ],
)
def test_a_headline_with_a_verb_under_a_candidate_label_stays(line: str) -> None:
    check_line_stays(line)


# ---------------------------------------------------------------- German run-ins with an auxiliary
@pytest.mark.parametrize(
    "line",
    [
        "Anreise: Die Bahn hat im Winter die Hälfte der Verbindungen nach Sylt gestrichen.",
        "Anreise: Die Strecke ist seit Montag wegen Bauarbeiten gesperrt.",
        "Unterkunft: Die Turnhalle wurde zur Notunterkunft für Flüchtlinge umgebaut.",
        "Anreise: Die Fähre nach Amrum wird im Winter eingestellt",
        "Übernachtung: Die Hotels der Insel sind seit Oktober geschlossen.",
    ],
)
def test_a_german_news_run_in_with_an_auxiliary_stays(line: str) -> None:
    check_line_stays(line)


@pytest.mark.parametrize(
    "line",
    [
        "Anreise: Mit dem Zug ab München, 4 Std.",
        "Unterkunft: Das Hotel ist ganzjährig geöffnet.",
        "Anreise: Der Flughafen Bodø wird täglich von Oslo aus angeflogen.",
        "Unterkunft: Das Hotel Adler am Marktplatz hat schöne Zimmer mit Blick auf den See.",
    ],
)
def test_a_german_travel_row_still_goes(line: str) -> None:
    check_line_leaves(line)


# ---------------------------------------------------------------- forecast rows and a day's news
@pytest.mark.parametrize(
    "line",
    [
        "Monday: High 45 mph winds are expected to close the bridge at noon.",
        "Friday: High 30 schools will close at noon because of the storm.",
        "Monday: High winds are expected to close the bridge at noon.",
    ],
)
def test_a_day_s_sentence_of_news_with_a_figure_stays(line: str) -> None:
    check_line_stays(line)


@pytest.mark.parametrize(
    "line",
    [
        "Monday: High 5 at noon",
        "Tuesday: High 12 at 3 p.m., falling to 4 by midnight.",
        "Tonight: Low 24. Snow will fall after midnight.",
        "Today: High 38, Low 24. Clouds increasing.",
    ],
)
def test_a_forecast_row_with_clock_times_still_goes(line: str) -> None:
    check_line_leaves(line)


# ---------------------------------------------------------------- a lone feedback link in a Japanese list
JA_STORY = "橋は六週間閉鎖される。\n\nバスは中心街を迂回し、所要時間は約十分延びる見込みだ。"


@pytest.mark.parametrize(
    "item", ["- ご意見フォーム", "・ご意見フォーム", "• ご感想フォーム", "* ご意見フォーム"]
)
def test_a_lone_feedback_link_in_a_japanese_list_leaves_the_text(item: str) -> None:
    assert clean_text(f"{JA_STORY}\n\n{item}").text == JA_STORY


@pytest.mark.parametrize("item", ["- ご意見フォームを新設した。", "・市はご意見フォームで要望を受け付ける。"])
def test_a_list_s_sentence_naming_the_feedback_form_stays(item: str) -> None:
    assert item.lstrip("-・ ") in clean_text(f"{JA_STORY}\n\n{item}").text


def test_a_line_of_list_marks_and_no_feedback_link_stays() -> None:
    # The marks before the link's words are read possessively (tests/test_regex_linearity.py times them).
    line = "・" * 10_000 + "ご意見フォームを"
    assert line in clean_text(f"{JA_STORY}\n\n{line}").text


# ---------------------------------------------------------------- a resume's lines read once
@pytest.mark.parametrize(
    "damage",
    [
        # A record torn inside its line, another written after it on the same line: JSON with more after it.
        pytest.param(b'{"id": "r2", "summ' + b"LINE", id="a-torn-record-before-a-record"),
        pytest.param(b'{"id": "r2"} {"id": "r2"}\n', id="two-records-on-a-line"),
        pytest.param(b'{"id": "r2"\n', id="a-record-cut-short"),
    ],
)
def test_a_resumed_batch_redoes_a_line_json_reads_no_record_from(tmp_path: Path, damage: bytes) -> None:
    # The output's lines are read once, by the scanner json.loads runs: a line it refuses is still no record.
    ids, report = _resume_over(tmp_path, "old", damage)
    assert sorted(set(ids)) == sorted(f"r{n}" for n in range(8))
    assert "could not read 1 line of the output (3;" in report


# ---------------------------------------------------------------- the review's misfires, each as it had gone
@pytest.mark.parametrize(
    "caption",
    [
        # A poll box asks its question or calls to vote: the question's verb made it a story's sentence.
        "Will the amendment pass?",
        "Quick poll: Has the city done enough?",
        "Readers' poll. Vote below.",
        # A box's name or its source with a stop after it is no sentence.
        "Source: YouGov.",
        "Poll results.",
        "Sondage Ifop.",
    ],
)
def test_a_poll_box_s_table_under_its_question_still_goes(caption: str) -> None:
    assert nutgraf.extract(page(_shares(caption))).text == f"{FIRST}\n\n{SECOND}\n\n{LAST}"


@pytest.mark.parametrize(
    "line",
    [
        # A verb's title-case form after "of" names a cause or a business; "Falls" names a town.
        "Occupation: Former Director of Planned Parenthood Oregon",
        "Occupation: Co-Founder of Lost Coast Brewery in Eureka",
        "Occupation: President of Found Objects Gallery Inc",
        "Residence: Idaho Falls Near Snake River Canyon",
        "Occupation: Teacher at Will Rogers High School",
        "Occupation: Owner of Won Ton House on Main",
    ],
)
def test_a_candidate_s_job_or_home_naming_a_verb_still_goes(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # How to get there and how the place is: "zu" and an infinitive, an adverb or an adjective last.
        "Anreise: Der Ort ist mit dem Auto gut zu erreichen.",
        "Anreise: Mit dem Zug ist man in drei Stunden da.",
        "Unterkunft: Das Hotel ist sehr empfehlenswert.",
        "Unterkunft: Die Zimmer sind hell und sauber.",
        "Anreise: Der Bahnhof ist zu Fuß erreichbar.",
    ],
)
def test_a_german_travel_row_with_an_auxiliary_and_no_participle_still_goes(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        "Anreise: Die Brücke ist im Sommer eingestürzt.",
        "Anreise: Der Flughafen wurde am Freitag wegen Sturms geschlossen.",
        "Anreise: Die Fähre nach Föhr wurde wegen Sturms verlegt.",
    ],
)
def test_a_german_news_run_in_with_a_participle_stays(line: str) -> None:
    check_line_stays(line)


@pytest.mark.parametrize(
    "line",
    [
        # The outlook joined on after the reading: its verb is the forecast's, no story's.
        "Wednesday: High 52 with showers expected.",
        "Tonight: Low 24 with snow expected after midnight.",
        "Saturday: High 70 and sunny; winds will gust to 30 mph",
        "Sunday: High 12 and windchills will fall below zero",
        "Thursday: High 45 but winds will make it feel colder",
    ],
)
def test_a_forecast_row_with_its_outlook_joined_on_still_goes(line: str) -> None:
    check_line_leaves(line)
