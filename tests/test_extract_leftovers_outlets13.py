"""Kinds of furniture the thirteenth outlets round (tests/test_summary_outlets_thirteenth.py, news genres with
their own furniture) left as strict xfails, each read by a rule of its kind in any outlet and language, beside
news worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import PROSE, check_line_leaves

HEADLINE = "Portland voters approve $600 million parks bond"
LEDE = (
    "Portland voters on Tuesday approved a $600 million bond to repair parks and community centers, early returns"
    " showed."
)
STORY = (
    "County officials said about 60,000 ballots remained to be counted, most of them dropped off on Tuesday."
)


@pytest.mark.parametrize(
    "stamps",
    [
        # OregonLive's two stamps on one line, each its word, date and time: 14 words, too many for one stamp,
        # the line had stayed and opened every summary.
        "Updated: Nov. 4, 2026, 11:48 p.m. | Published: Nov. 4, 2026, 8:15 p.m.",
        "Updated: Dec. 3, 2026 at 4:40 p.m. | Posted: Dec. 3, 2026 at 9:05 a.m.",
    ],
)
def test_a_line_of_two_stamps_under_the_headline_leaves(stamps: str) -> None:
    text = f"{HEADLINE}\n\n{stamps}\n\nBy Jane Doe\n\n{LEDE}\n\n{STORY}"
    assert clean_text(text).text == f"{LEDE}\n\n{STORY}"
    assert nutgraf.summarize(text, sentences=1).text == LEDE


def test_a_line_of_news_with_a_bar_between_stamp_words_stays() -> None:
    line = "Updated voter rolls arrive Nov. 4, 2026, at 8 a.m. | Published results follow at 8:15 p.m."
    text = f"{HEADLINE}\n\n{line}\n\nBy Jane Doe\n\n{LEDE}\n\n{STORY}"
    assert line in clean_text(text).text


RESULTS_BOX = "Measure 26-250: Parks bond\nYes 61.2% 142,318\nNo 38.8% 90,211\nPrecincts reporting: 78%"


@pytest.mark.parametrize(
    "box",
    [
        # OregonLive's results box between the story's paragraphs: its heading and rows had stayed.
        RESULTS_BOX,
        # A race's rows, the candidates' parties in brackets and the votes before the share.
        "City Council, District 2\nDan Ryan (D) 40,112 51.4%\nMaria Lopez (D) 37,950 48.6%",
        # A candidate's names with a particle in lower case.
        "Mayor\nMaria de la Cruz 40,112 51.4%\nPeter van Dyke 37,950 48.6%",
    ],
)
def test_an_election_results_box_leaves(box: str) -> None:
    text = PROSE.format(line=box)
    cleaned = clean_text(text).text
    assert not [row for row in box.splitlines() if row in cleaned], cleaned
    assert cleaned == PROSE.format(line="").replace("\n\n\n\n", "\n\n")


@pytest.mark.parametrize(
    "line",
    [
        # News of a count in prose, its figures among words.
        "Yes won 61.2% of the vote, or 142,318 ballots, with 78% of precincts reporting, the county said.",
        "Turnout reached 62%",
        # A subheading over one share alone, and a lone row, are no box.
        "Turnout 62%",
    ],
)
def test_news_of_an_election_count_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


@pytest.mark.parametrize(
    "rows",
    [
        # An earnings story's own figures, their measures in running words: two such rows had gone as a box.
        "Revenue 12.1% 142,318\nNet income 8.4% 23,100",
        "Sales rose 12% 4,210\nOperating margin widened to 18.4%",
    ],
)
def test_a_story_s_rows_of_figures_stay(rows: str) -> None:
    cleaned = clean_text(PROSE.format(line=rows)).text
    assert [row for row in rows.splitlines() if row not in cleaned] == []


MATCH_HEADLINE = "Kane trifft doppelt: Bayern gewinnt souverän in Freiburg"
MATCH_LEDE = (
    "Der FC Bayern München hat am Samstag beim SC Freiburg mit 3:1 gewonnen und seine Tabellenführung in der"
    " Bundesliga ausgebaut."
)
MATCH_STORY = "Freiburg bleibt mit 21 Punkten auf Rang sieben, sagte Trainer Julian Schuster nach dem Spiel."


@pytest.mark.parametrize(
    "scorers",
    [
        # kicker's scorers' line over the byline: closing on its bracket as a sentence may, it had stayed and
        # opened every summary.
        "Tore: 0:1 Kane (12.), 1:1 Grifo (34., Foulelfmeter), 1:2 Musiala (58.), 1:3 Kane (81.)",
        "Goals: 1-0 Smith (12.), 1-1 Jones (58., pen.)",
    ],
)
def test_a_match_report_s_scorers_line_leaves(scorers: str) -> None:
    text = f"{MATCH_HEADLINE}\n\n{scorers}\n\nVon Frank Linkesch\n\n{MATCH_LEDE}\n\n{MATCH_STORY}"
    assert clean_text(text).text == f"{MATCH_LEDE}\n\n{MATCH_STORY}"
    assert nutgraf.summarize(text, sentences=1).text == MATCH_LEDE


@pytest.mark.parametrize(
    "scorers",
    [
        # Between the story's paragraphs, or under them: each had stayed.
        "Scorers: Hackney (23, 88), Mayenda (61)",
        "Goals: Smith (12, 81 pen), Jones (58)",
        "Buts : Mbappé (12e), Dembélé (58e)",
        "Latte Lath 23', Hackney 88' | Mayenda 61'",
    ],
)
def test_a_scorers_line_between_the_paragraphs_leaves(scorers: str) -> None:
    check_line_leaves(scorers)


@pytest.mark.parametrize(
    "line",
    [
        # A match report's sentences naming scorers, with minutes or without.
        "Smith, Jones and Brown scored for the hosts.",
        "Smith, Jones and Brown scored",
        "Bayern won through Kane (12.)",
        "The goals came from Kane (12.) and Musiala (58.)",
        "Kane scored twice (12., 81.) as Bayern won 3:1 in Freiburg.",
        # Names over bare numbers in brackets under another label, or none: people's ages, a table's points.
        "Victims: John Smith (34), Mary Jones (52)",
        "Cast: Tom Hanks (68), Meryl Streep (75)",
        "Bayern (31), Leverkusen (28), Dortmund (25)",
    ],
)
def test_a_match_report_s_sentence_naming_scorers_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


CHECK_HEADLINE = "Did the FDA Ban Tap Water in Baby Formula?"
CHECK_LEDE = (
    "A post shared widely on Facebook in late November claimed that the Food and Drug Administration had banned"
    " parents from mixing infant formula with tap water."
)
CHECK_STORY = "An FDA spokesperson told reporters the agency had made no change to its formula guidance."
CLAIM = "The U.S. Food and Drug Administration banned the use of tap water to prepare baby formula."


@pytest.mark.parametrize(
    ("claim", "rating", "verdict"),
    [
        # Snopes's box under the headline: the claim had been the text's first prose, the question headline no
        # title and the byline unread.
        ("Claim:", "Rating:", "False"),
        ("Claim", "Our rating", "Mostly False"),
        ("Afirmación:", "Veredicto:", "Falso"),
    ],
)
def test_a_fact_check_s_claim_and_rating_box_leaves_and_the_question_is_the_title(
    claim: str, rating: str, verdict: str
) -> None:
    text = (
        f"{CHECK_HEADLINE}\n\n{claim}\n\n{CLAIM}\n\n{rating}\n\n{verdict}\n\nFact Check\n\nBy Jordan Liles\n\n"
        f"Published Dec. 3, 2026\n\n{CHECK_LEDE}\n\n{CHECK_STORY}"
    )
    article = nutgraf.extract(text)
    assert (article.title, article.byline) == (CHECK_HEADLINE, "Jordan Liles")
    assert article.text == f"{CHECK_LEDE}\n\n{CHECK_STORY}"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A story's subheading "Claim" over its own paragraph, no rating's label under it.
        (f"{CHECK_HEADLINE}\n\nClaim:\n\n{CLAIM}\n\n{CHECK_LEDE}\n\n{CHECK_STORY}", CLAIM),
        # A question opening the story in sentence case, or over its prose: the story's own first line.
        (
            f"Did the council really need four hours to pass the budget?\n\nBy Jane Doe\n\n{CHECK_LEDE}",
            "Did the council really need four hours to pass the budget?",
        ),
        (f"{CHECK_HEADLINE}\n{CHECK_LEDE}\n\n{CHECK_STORY}", CHECK_HEADLINE),
    ],
)
def test_a_claim_under_a_subheading_or_a_question_opening_the_story_stays(text: str, kept: str) -> None:
    assert kept in nutgraf.extract(text).text


def test_a_question_kicker_over_the_headline_is_no_title() -> None:
    # A title-case question over a title-case headline is its kicker: it had taken the title.
    headline = "Council Passes Budget After Four-Hour Debate"
    text = f"What Happens Next?\n\n{headline}\n\nBy Jane Doe\n\n{CHECK_LEDE}\n\n{CHECK_STORY}"
    assert nutgraf.extract(text).title == headline


SOURCES = (
    'Sources:\n\n"Infant Formula Preparation." U.S. Food and Drug Administration, 2025.\n\n'
    '"Boil Water Advisory," Ohio Department of Health, 14 Nov. 2026.'
)


def test_a_fact_check_s_sources_list_under_the_story_leaves() -> None:
    # Snopes's "Sources:" and its citations had closed the text.
    text = f"{CHECK_HEADLINE}\n\nBy Jordan Liles\n\n{CHECK_LEDE}\n\n{CHECK_STORY}\n\n{SOURCES}"
    assert clean_text(text).text == f"{CHECK_LEDE}\n\n{CHECK_STORY}"


@pytest.mark.parametrize(
    "closing",
    [
        # News under a subheading "Sources": a quotation its speaker is named for, a paragraph citing no work.
        'Sources\n\n"It was never banned," an FDA official said of the rule, first issued in 2025.',
        "Sources:\n\nTwo officials familiar with the 2025 guidance confirmed the agency's position.",
        # A sentence of the story naming a work and its year, in English or in Spanish: it had gone as a citation.
        'Sources\n\nThe agency\'s guide, "Infant Formula Preparation," has not changed since 2025.',
        'Fuentes\n\nEl informe "Agua y salud," publicado en 2025, no menciona ninguna prohibición.',
    ],
)
def test_news_under_a_sources_subheading_stays(closing: str) -> None:
    text = f"{CHECK_HEADLINE}\n\nBy Jordan Liles\n\n{CHECK_LEDE}\n\n{CHECK_STORY}\n\n{closing}"
    assert closing.split("\n\n")[1] in clean_text(text).text


@pytest.mark.parametrize(
    "call",
    [
        # Daily Hive's last word on a service story: after an imperative and "or", "follow @" had stayed.
        "Check TransLink's alerts page or follow @TransLink for updates.",
        "Visit the city's website or follow @CityofToronto on X for the latest.",
    ],
)
def test_a_call_to_follow_a_body_s_handle_for_updates_leaves(call: str) -> None:
    check_line_leaves(call)


@pytest.mark.parametrize(
    "line",
    [
        # A reporter's sentences naming a handle, or saying who made the call.
        "The mayor, who posts as @JaneDoe, said she would follow the count closely.",
        "Riders can check the alerts page or follow @TransLink for updates, the agency said.",
        "Check TransLink's alerts page or follow @TransLink for updates, a spokesperson said.",
    ],
)
def test_news_naming_a_handle_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


RELEASE_HEADLINE = "Northwind Energy to Build 400-Megawatt Battery Storage Plant in Arizona"
RELEASE_LEDE = (
    "PHOENIX, Dec. 3, 2026 /PRNewswire/ -- Northwind Energy Inc. said Thursday it will build a 400-megawatt battery"
    " storage plant near Buckeye, Arizona."
)
RELEASE_STORY = "Construction is expected to begin in the second quarter of 2027, the company said."


@pytest.mark.parametrize("label", ["News provided by", "Provided by:", "Fourni par"])
def test_the_issuer_under_a_newswire_s_label_is_no_byline(label: str) -> None:
    # PR Newswire's "News provided by" over the company: the company had been the byline.
    text = (
        f"{RELEASE_HEADLINE}\n\n{label}\n\nNorthwind Energy\n\nDec 03, 2026, 08:00 ET\n\n{RELEASE_LEDE}\n\n"
        f"{RELEASE_STORY}"
    )
    assert nutgraf.extract(text).byline is None


@pytest.mark.parametrize(
    ("particulars", "byline"),
    [
        # A writer's names under a credit's label, or under no label, stay the byline.
        ("Written by\n\nJane Doe", "Jane Doe"),
        ("Jane Doe", "Jane Doe"),
    ],
)
def test_a_writer_over_the_stamp_stays_the_byline(particulars: str, byline: str) -> None:
    text = (
        f"{RELEASE_HEADLINE}\n\n{particulars}\n\nDec 03, 2026, 08:00 ET\n\n{RELEASE_LEDE}\n\n{RELEASE_STORY}"
    )
    assert nutgraf.extract(text).byline == byline


def test_news_saying_provided_by_stays() -> None:
    line = "Shuttle buses provided by the city will run every five minutes, the agency said."
    assert line in clean_text(PROSE.format(line=line)).text


LOG_HEADLINE = "Police log: Bike thefts, a stolen catalytic converter and a runaway cow"
LOG_LEDE = (
    "The following incidents were reported to the Bremerton Police Department between Nov. 26 and Dec. 2, the"
    " department said."
)


@pytest.mark.parametrize(
    "address",
    ["Got a news tip? Email us at newsroom@kitsapsun.com.", "Read more at https://www.kitsapsun.com/news."],
)
def test_the_paper_s_name_over_its_stamp_is_no_byline(address: str) -> None:
    # The Kitsap Sun's name alone over its stamp, its domain in an address under the story: two capitalised
    # words over a stamp had been the byline.
    text = f"{LOG_HEADLINE}\n\nKitsap Sun\n\nPublished 6:00 a.m. PT Dec. 3, 2026\n\n{LOG_LEDE}\n\n{STORY}\n\n{address}"
    assert nutgraf.extract(text).byline is None


@pytest.mark.parametrize(
    "address",
    [
        # A writer's own address puts the names before the "@", or another paper's domain after it.
        "Contact Lena Sun at lena.sun@kitsapsun.com.",
        "Contact Lena Sun at lenasun@kitsapsun.com.",
        # A freelancer's own address at the domain of their names: it had unmade the byline.
        "Contact her at lena@lenasun.com.",
    ],
)
def test_a_writer_whose_address_is_under_the_story_stays_the_byline(address: str) -> None:
    text = f"{LOG_HEADLINE}\n\nLena Sun\n\nPublished 6:00 a.m. PT Dec. 3, 2026\n\n{LOG_LEDE}\n\n{STORY}\n\n{address}"
    assert nutgraf.extract(text).byline == "Lena Sun"
