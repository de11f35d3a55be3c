"""Review of the nineteenth xfail pass: input its rules had caught that a reader was better served by as it was
before. An acronym, a country or a surname of four letters before a compound's spaced hyphen (read as a
wire's city), a third name before a print byline's one-word job (cut off), a standfirst in capitals closing
on a job (read as names), a film's or a book's facts box and a fact check's verdict closing a page (read as
the story's making credits), and a story's first paragraph in a block its class names an "intro" (read as a
summary)."""

from __future__ import annotations

import pytest

import nutgraf
from test_extract_xfails19 import print_edition

TALKS = (
    " have agreed to resume talks next month after a break of almost two years, officials said on Wednesday.\n\n"
    "The talks, to be held in a neutral venue, will cover trade, energy supplies and the security of shipping"
    " lanes, according to a joint statement released after a phone call between the two foreign ministers.\n\n"
    "Diplomats said the agreement followed weeks of quiet contacts and that neither side expected a quick deal."
    " Analysts said the resumption reflected pressure from business groups on both sides.\n\n"
    "The last round of talks collapsed in acrimony after a dispute over tariffs and the treatment of each"
    " other's companies, and trade between the two fell by a fifth the following year."
)


def _tldr(text: str) -> str:
    return nutgraf.summarize(text, form="tldr").sentences[0].text


@pytest.mark.parametrize(
    "head",
    [
        "NATO - Russia negotiators",
        "UEFA - Super League backers",
        "NASA - ESA teams",
        "OPEC - Member states",
        "IRAN - Saudi officials",
        "MUSK - Trump feud: both men",
    ],
)
def test_an_acronym_a_country_or_a_surname_before_a_compound_s_hyphen_stays_in_the_lede(head: str) -> None:
    # A long story that never names its subject's acronym again ("the alliance", "the Fund").
    assert _tldr(head + TALKS).startswith(head)


@pytest.mark.parametrize("city", ["DOHA", "KYIV", "GAZA"])
def test_a_wire_s_city_of_four_letters_over_a_long_story_still_goes(city: str) -> None:
    assert _tldr(f"{city} - Both governments{TALKS}").startswith("Both governments have agreed")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("MARY ANN SMITH REPORTER", "MARY ANN SMITH"),
        ("ANA MARIA DE SOUZA COLUMNIST", "ANA MARIA DE SOUZA"),
        # Near misses: the word before the job is the job's.
        ("KENYON WALLACE INVESTIGATIVE REPORTER", "KENYON WALLACE"),
        ("KRISTIN RUSHOWY EDUCATION REPORTER", "KRISTIN RUSHOWY"),
        ("BETSY POWELL COURTS REPORTER", "BETSY POWELL"),
    ],
)
def test_every_name_before_a_one_word_job_is_the_byline(line: str, names: str) -> None:
    assert nutgraf.extract(print_edition(line)).byline == names


@pytest.mark.parametrize(
    "line",
    [
        # A desk's place before the job, and standfirsts in capitals closing on a job's word.
        "TORONTO CITY HALL REPORTER",
        "LIFE AS A WAR CORRESPONDENT",
        "STAR WINS AWARD FOR REPORTER",
    ],
)
def test_a_capitals_line_of_no_one_s_names_before_a_job_gives_no_byline_of_it(line: str) -> None:
    byline = nutgraf.extract(print_edition(line)).byline
    assert byline is None or not set(byline.split()) & set(line.split())


REVIEW = [
    "Scorsese's film follows the murders of members of the Osage Nation in Oklahoma in the 1920s.",
    "Lily Gladstone carries the film's second half with a performance of great stillness.",
    "At three and a half hours it is long, and it earns nearly every minute of them.",
]


def _closed_page(*lines: str) -> str:
    paragraphs = "".join(f"<p>{x}</p>" for x in [*REVIEW, *lines])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Killers of the Flower Moon</title>'
        '</head><body><article><h1>Killers of the Flower Moon review</h1><div class="byline">By Ann Lee</div>'
        f"{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    "box",
    [
        (
            "Director: Martin Scorsese",
            "Cast: Leonardo DiCaprio, Lily Gladstone",
            "Editing: Thelma Schoonmaker",
        ),
        ("Dirección: Martin Scorsese", "Reparto: Lily Gladstone", "Edición: Thelma Schoonmaker"),
        ("Regie: Martin Scorsese", "Drehbuch: Eric Roth", "Gestaltung: Jack Fisk"),
    ],
)
def test_a_facts_box_closing_on_an_editing_credit_stays_whole(box: tuple[str, ...]) -> None:
    assert nutgraf.extract(_closed_page(*box)).text.split("\n\n")[-len(box) :] == list(box)


@pytest.mark.parametrize("verdict", ["Faktencheck: Falsch", "Fact-checking: Misleading"])
def test_a_fact_check_s_verdict_closing_the_text_stays(verdict: str) -> None:
    assert nutgraf.extract(_closed_page(verdict)).text.endswith(verdict)


def test_an_editor_s_credit_alone_under_the_story_still_goes() -> None:
    assert nutgraf.extract(_closed_page("Editing: Thelma Schoonmaker")).text.split("\n\n") == REVIEW


STORY_PARAGRAPHS = [
    "Volunteers set up eight telescopes on the grass and queues formed for the view of Saturn's rings.",
    "The club plans a second evening in the autumn, when the nights are longer and darker.",
]
LEDE = "Two hundred people came to see Saturn through the club's telescopes on Saturday night, the club said."


def _dated_header_page(box: str) -> str:
    content = "".join(f"<p>{x}</p>" for x in STORY_PARAGRAPHS)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Telescope evening | Academy</title>'
        '</head><body><form method="post" id="Form"><div id="dnn_ContentPane"><div class="DnnModule">'
        '<div class="edn_article"><h1 class="edn_articleTitle">Telescope evening</h1><div class="edn_metaDetails">'
        f'<time>May 20, 2024</time> <span class="edn_author">by Mr T. Bradshaw</span></div>{box}'
        f'<div class="edn_articleContent">{content}</div></div></div></div></form></body></html>'
    )


@pytest.mark.parametrize("name", ["article-intro", "story-intro", "introduction"])
def test_a_lede_in_an_intro_block_under_the_date_line_stays_the_text_s(name: str) -> None:
    # A story's first paragraph set in bold, as often as a summary.
    article = nutgraf.extract(_dated_header_page(f'<div class="{name}"><p>{LEDE}</p></div>'))
    assert article.text.split("\n\n") == [LEDE, *STORY_PARAGRAPHS]
