"""Leftovers of the last stops, each as what a user notices: a German news run-in under a travel box's label,
a headline under a candidate box's label, a committee's report cited, an explainer's question cross-heads, a
batch resumed over an old output with lines it cannot read, a NUL in ``eval --by``'s error."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import nutgraf
from nutgraf.cli import main
from nutgraf.extract import clean_text
from test_batch import article
from test_leftovers13 import _batch_command
from world_news import check_line_leaves, check_line_stays

# A news story's run-in under a travel box's label, five words or more: a sentence of news, no directions.
NEWS_UNDER_TRAVEL_LABELS = [
    "Unterkunft: Flüchtlinge sollen in der Turnhalle untergebracht werden",
    "Anreise: Die Bahn streicht im Winter die Hälfte der Verbindungen nach Sylt",
    "Anreise: Die Bahn streicht im Winter die Hälfte der Verbindungen nach Sylt.",
    "Übernachtung: Der Stadtrat verbietet Ferienwohnungen in der Altstadt",
    "Getting there: The government says the new bridge will open next spring",
    "Unterkunft: Die Stadt will Ferienwohnungen in der Altstadt verbieten",
    "Getting there: Ferries will not run on Sundays this winter, the operator said.",
]


@pytest.mark.parametrize("line", NEWS_UNDER_TRAVEL_LABELS)
def test_a_news_run_in_under_a_travel_label_stays(line: str) -> None:
    # The travel box's label took the sentence of news under it for the box's directions.
    check_line_stays(line)


# The box's rows themselves: a fare, a time or a price in the directions, or Italian's lower case.
TRAVEL_ROWS = [
    "Anreise: Mit dem Zug ab München, 4 Std.",
    "Unterkunft: Hotel Adlon am Pariser Platz, Doppelzimmer ab 180 Euro",
    "Where to stay: Svinøya Rorbuer in Svolvær has fishermen's cabins from £160 a night.",
    "Come arrivare: in treno fino a Bari, poi con le Ferrovie Appulo Lucane fino a Matera.",
    # Rows with no figure, capitalised: their verbs are the traveller's, no news is reported or decided.
    "Getting there: Fly to Oslo, then take the ferry.",
    "Getting there: Eurostar runs from London St Pancras to Brussels, with connections to Ghent.",
    "Where to stay: The Thief, a design hotel on the Oslo waterfront, is the best base.",
    "Where to eat: Maaemo serves a tasting menu of Norwegian produce in a glass-walled dining room.",
    "Y aller : Vols directs depuis Paris avec Air France et Norwegian.",
    "Come arrivare: Ryanair vola da Roma a Bari, poi il treno per Matera.",
    "Anreise: Mit dem Zug über Hamburg nach Westerland, dann mit dem Bus zum Hotel.",
    "Unterkunft: Das Hotel Adler am Marktplatz hat schöne Zimmer mit Blick auf den See.",
    "Anreise: Der Flughafen Bodø wird täglich von Oslo aus angeflogen.",
    "Getting there: A taxi from the station will take about twenty minutes.",
]


@pytest.mark.parametrize("line", TRAVEL_ROWS)
def test_a_travel_box_s_rows_still_go(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        "Occupation: West Bank Settlers Attack Villages",
        "Residence: Tenants Win Fight Over Eviction Notices",
        "Occupation: Settlers attacked three villages near Nablus overnight.",
    ],
)
def test_a_headline_under_a_candidate_box_s_label_stays(line: str) -> None:
    # A Middle East desk's cross-head run in after "Occupation:" went as a candidate's job.
    check_line_stays(line)


@pytest.mark.parametrize(
    "line",
    [
        "Occupation: Small business owner, former city commissioner",
        "Occupation: Retired Portland Fire Captain",
        "Residence: Foster-Powell",
        "Occupation: Executive director, Bridgeview shelter",
        # As long as a headline, in title case: an office's or a place's words tell the job or the home.
        "Occupation: Chief Executive Officer of Acme Corp",
        "Occupation: Senior Vice President of Marketing at Nike",
        "Occupation: Owner of Blue Door Bakery in Sellwood",
        "Occupation: Professor of History at Portland State University",
        "Residence: Lake Oswego in Clackamas County Oregon",
        "Residence: North Portland Near the Kenton Neighborhood",
    ],
)
def test_a_candidate_box_s_rows_still_go(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        "Report by the Committee on Budget (HC 123, 45 pages)",
        "Evidence by the National Audit Office (HC 87, 112 pages)",
    ],
)
def test_a_parliamentary_report_s_citation_stays(line: str) -> None:
    # A story's source, a committee's report, went as a book review's info line.
    check_line_stays(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Salt Road by Ana Ruiz (Faber, 320pp, £18.99)",
        "Wolf Hall by Hilary Mantel (Fourth Estate, 672pp, £20)",
        "Das Salz by Ana Ruiz (Hanser, 320 Seiten, 24 Euro)",
        # A writer in lower case is no committee.
        "Stories by bell hooks (Routledge, 200pp, £16.99)",
        "A memoir by a former spy (Penguin, 300pp, £20)",
    ],
)
def test_a_book_review_s_info_line_still_goes(line: str) -> None:
    check_line_leaves(line)


EXPLAINER = (
    "Heating grant: what you need to know\n\n"
    "The government has given households until March to apply for the new heating grant, officials said on "
    "Monday. About two million homes are eligible for the payment of up to £7,500, the energy department "
    "said.\n\n"
    "{head}\n\n"
    "{answer}\n\n"
    "Who can apply?\n\n"
    "Any homeowner whose boiler is more than fifteen years old can apply, as can landlords with tenants on "
    "benefits.\n\n"
    "How much is the grant?\n\n"
    "The grant pays up to £7,500 towards a heat pump, and up to £5,000 towards a biomass boiler, officials "
    "said."
)


@pytest.mark.parametrize(
    ("head", "answer"),
    [
        (
            "What is the deadline?",
            "The deadline is 31 March, and no extensions will be granted after that date.",
        ),
        ("What are the rules?", "The rules are set by the energy department, which can change them at will."),
    ],
)
def test_an_explainer_s_question_cross_head_stays_in_the_text_and_out_of_the_summary(
    head: str, answer: str
) -> None:
    """An explainer's question heads are its structure: the reader of the cleaned text finds each answer under
    its question, as the page set it, and "What is the deadline?" over "The deadline is 31 March" had gone as
    a fact box's definition of a term while "Who can apply?" stayed. The summary is the story's sentences: a
    question alone tells the reader nothing, so it keeps the answer and leaves the head out, as it does the
    other heads."""
    text = EXPLAINER.format(head=head, answer=answer)
    cleaned = clean_text(text).text
    assert f"{head}\n\n{answer}" in cleaned
    assert "Who can apply?" in cleaned
    summary = nutgraf.summarize(text, sentences=4).text
    assert head not in summary and "Who can apply?" not in summary


@pytest.mark.parametrize(
    ("head", "answer"),
    [
        ("What is RSV?", "RSV is a common virus that causes cold-like symptoms in most people."),
        (
            "What is the Insurrection Act?",
            "The Insurrection Act is an 1807 law that lets a president deploy troops.",
        ),
        (
            "What is a heat pump?",
            "A heat pump is a device that moves heat from the air or ground into a home.",
        ),
    ],
)
def test_a_fact_box_s_definition_heading_still_goes(head: str, answer: str) -> None:
    cleaned = clean_text(EXPLAINER.format(head=head, answer=answer)).text
    assert head not in cleaned and answer in cleaned


KICKED_STORY = (
    "{kicker}\n\n{headline}\n\n"
    "The gallery says engineers need the hall empty to replace its leaking glass roof.\n\n"
    "The Tate Modern will close its turbine hall for eight months from January while engineers replace the "
    "roof, the gallery said on Tuesday. The closure will cost the museum some £4 million in lost ticket sales, "
    "its director told reporters.\n\n"
    "The hall has hosted large commissions since the museum opened in 2000, and the next one has been "
    "postponed until 2028, the gallery said."
)


@pytest.mark.parametrize(
    "kicker",
    [
        "Arts and culture",
        "Arts and Culture",
        "Arts and entertainment",
        # Already kickers on the base: a sign's joiner, a desk's one word.
        "Arts & Culture",
        "Culture",
    ],
)
def test_an_arts_desk_s_name_over_the_headline_is_no_title(kicker: str) -> None:
    # "Arts and culture" over the headline and its deck was the title, and the headline was lost from the
    # page: a reader expects the desk's label to be furniture, as "Arts & Culture" is.
    headline = "Tate Modern to close turbine hall"
    article = clean_text(KICKED_STORY.format(kicker=kicker, headline=headline))
    assert article.title == headline
    assert kicker not in article.text


@pytest.mark.parametrize(
    "headline",
    [
        # A headline that opens on the desk's words is the story's.
        "Arts and culture funding cut by a third",
        "Arts and culture: why the cuts hurt",
    ],
)
def test_a_headline_opening_on_an_arts_desk_s_words_stays_the_title(headline: str) -> None:
    body = KICKED_STORY.format(kicker="", headline=headline).lstrip()
    assert clean_text(body).title == headline


def test_a_column_s_headline_of_two_beats_over_its_deck_stays_the_title() -> None:
    # The review's choice, kept: "Science and technology" over its deck names the column's pair.
    article = clean_text(
        KICKED_STORY.format(kicker="Science and technology", headline="Why the two never part")
    )
    assert article.title == "Science and technology"


def _resume_over(tmp_path: Path, name: str, damage: bytes, total: int = 8) -> tuple[list[str], str, str]:
    """Every record's id in a batch's output resumed over the first five records of its whole output, the
    third's line replaced by ``damage`` (an old output's), with the run's report and the output's bytes."""
    source = tmp_path / "in.jsonl"
    if not source.exists():
        lines = [json.dumps({"id": f"r{n}", "text": article(n, 20)}) + "\n" for n in range(total)]
        source.write_text("".join(lines))
        whole = tmp_path / "whole.jsonl"
        done = subprocess.run(_batch_command(source, whole), capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    records = (tmp_path / "whole.jsonl").read_bytes().splitlines(keepends=True)
    out = tmp_path / f"{name}.jsonl"
    out.write_bytes(b"".join([*records[:2], damage.replace(b"LINE", records[2]), *records[3:5]]))
    (tmp_path / f"{name}.jsonl.options.json").write_bytes(
        (tmp_path / "whole.jsonl.options.json").read_bytes()
    )
    resumed = subprocess.run(_batch_command(source, out), capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    ids = []
    for line in out.read_bytes().splitlines():
        try:
            ids.append(json.loads(line.decode("utf-8"))["id"])
        except ValueError:
            continue
    return ids, resumed.stderr


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"\0" * 300 + b"\n", id="NULs-mid-file"),
        pytest.param(b"\xef\xbb\xbfLINE", id="a-BOM-mid-file"),
        pytest.param(b"\0" * 40 + b"LINE", id="NULs-before-a-record"),
    ],
)
def test_a_batch_resumed_over_lines_it_cannot_read_says_so_and_loses_no_record(
    tmp_path: Path, damage: bytes
) -> None:
    # Resumed past them, the third record was lost without a word: counted as written, never redone.
    ids, report = _resume_over(tmp_path, "old", damage)
    assert sorted(set(ids)) == sorted(f"r{n}" for n in range(8))
    assert "could not read 1 line of the output (3;" in report
    assert "redone" in report


def test_a_batch_resumed_over_a_clean_output_redoes_nothing(tmp_path: Path) -> None:
    ids, report = _resume_over(tmp_path, "clean", b"LINE")
    assert ids == [f"r{n}" for n in range(8)]
    assert "could not read" not in report


def test_eval_by_a_field_with_a_control_character_shows_it_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The NUL was echoed as it was, into the terminal or the log that read the error.
    data = tmp_path / "news.jsonl"
    data.write_text(json.dumps({"article": "A story. " * 20, "reference": "A story."}) + "\n")
    assert main(["eval", str(data), "--by", "out\x00let\x1b[2J"]) == 1
    error = capsys.readouterr().err
    assert "`'out\\x00let\\x1b[2J'` to group by" in error
    assert "\x00" not in error and "\x1b" not in error


# Long hostile lines of this round's kinds end as any line does (linear work, no pattern that backtracks).
@pytest.mark.parametrize(
    "line",
    [
        "Anreise: " + "Die Bahn " * 10_000,
        "Unterkunft: " + "x" * 10_000 + " 4",
        "Occupation: " + "West Bank " * 10_000,
        "Occupation: Chief " + "Officer " * 10_000,
        "Getting there: " + "The Bahn says " * 10_000,
        "Stories by " + "bell " * 10_000 + "(Routledge, 200pp, £16.99)",
        "Report by " + "the " * 10_000 + "(45 pages)",
        "What is the " + "deadline " * 10_000 + "?",
        "Arts and " * 10_000 + "culture",
    ],
)
def test_this_round_s_kinds_read_a_hostile_line_in_linear_time(line: str) -> None:
    clean_text(f"The council met on Monday to discuss the budget for next year.\n\n{line}")
