"""Lines the seventeenth outlets pass's rules (tests/test_extract_leftovers_outlets17.py) had misread on pages
of other kinds: a feed's section or subject over a story about it, a story's closing section on a company, a
place or a person, a poem's stanzas, a transcript's turns, a caption's credit, and a story's own timeline."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text

STORY = "Work on the lanes will start in March and is expected to take six months, the council said."


@pytest.mark.parametrize(
    ("headline", "line", "lede"),
    [
        # A feed's line of the story's subject and its age, over a lede opening on that subject: the subject
        # had been the byline, and the lede gone with it as the writer's bio.
        (
            "Biden signs climate bill",
            "President Biden / 2h",
            "President Biden on Tuesday signed the climate bill into law at the White House, capping months of"
            " talks with Congress.",
        ),
        (
            "United sack manager after derby defeat",
            "Manchester United / 2h",
            "Manchester United sacked their manager on Sunday after a 3-0 derby defeat to City left the club"
            " tenth in the league.",
        ),
        # A place's section and its age over a story on somewhere else.
        (
            "City council approves new bus lanes",
            "New York / 3h",
            "The city council on Thursday approved new bus lanes along two miles of the high street, a plan that"
            " officials say will cut journey times by a quarter.",
        ),
    ],
)
def test_a_subject_s_or_a_place_s_name_beside_the_entry_s_age_is_no_byline(
    headline: str, line: str, lede: str
) -> None:
    article = nutgraf.extract(f"{headline}\n\n{line}\n\n{lede}\n\n{STORY}")
    assert article.byline is None
    assert article.text.startswith(lede)


def test_a_writer_s_names_beside_the_age_over_a_story_that_names_others_are_the_byline() -> None:
    # Held: the writer is named nowhere in the story.
    lede = (
        "President Biden on Tuesday signed the climate bill into law at the White House, capping months of talks"
        " with Congress."
    )
    article = nutgraf.extract(f"Biden signs climate bill\n\nMaria Lopez / 2h\n\n{lede}\n\n{STORY}")
    assert (article.byline, article.text.startswith(lede)) == ("Maria Lopez", True)


NEWS = [
    "Acme, the Leeds engineering firm, said on Monday it would close its plant in the city with the loss of 200"
    " jobs.",
    "Unions called the decision a betrayal and said they would seek talks with the company this week.",
    "The council leader said the city would help workers find new jobs.",
]


@pytest.mark.parametrize(
    ("name", "closing"),
    [
        # A news story's closing section on the company its lede names, in English and Italian: no release's
        # profile, and it had gone.
        ("Acme", "Acme is a small family firm that has made pumps in Leeds since 1921, its workers say."),
        ("Acme", "Acme è la società che più di tutte ha segnato la storia industriale della città."),
    ],
)
def test_a_news_story_s_closing_section_on_the_company_it_names_stays(name: str, closing: str) -> None:
    text = clean_text(
        "Acme closes Leeds plant with loss of 200 jobs\n\n" + "\n\n".join([*NEWS, name, closing])
    )
    assert text.text.endswith(f"{name}\n\n{closing}")


def test_an_obituary_s_closing_section_on_the_founder_s_company_stays() -> None:
    paragraphs = [
        "Jane Roe, who founded Roe Books in her kitchen in 1962, has died at 88, her family said.",
        "She built the publisher into one of the country's best-known independent houses.",
        "Her authors included three winners of the Booker Prize.",
        "Roe Books",
        "Roe Books is a house that she said would always put its writers first, and it still does.",
    ]
    text = clean_text("Jane Roe, founder of Roe Books, dies at 88\n\n" + "\n\n".join(paragraphs)).text
    assert text.endswith("\n\n".join(paragraphs[-2:]))


HEADLINE = "Poet laureate reads at city festival"
LEDE = (
    "The poet laureate opened the city's literature festival on Friday night with a reading to a crowd of more"
    " than 400 people."
)
CLOSING = (
    "The festival runs until Sunday, with events in libraries and schools across the city, organisers said."
)


@pytest.mark.parametrize(
    ("above", "below"),
    [
        # A poem's stanzas, each opening in lower case: no column's break.
        (
            "and the river runs on under the bridges of the town where we were young and the old men fish all day",
            "and nobody asks them what they caught or why they came back.",
        ),
        # A transcript's turns, each under its speaker's label.
        (
            "interviewer: so how did you feel when you were told that the festival would go ahead after all the"
            " delays",
            "poet: relieved, to be honest.",
        ),
        # A paragraph closing on the festival's address, its stop left out, over the next.
        (
            "Tickets for all the events can be booked online in advance through the festival's website at"
            " www.cityfest.org",
            "prices start at £5.",
        ),
        # A note's label in lower case.
        (
            "The council gave the festival a grant of £40,000 this year, up from £25,000 last year, to pay for the"
            " new venue in",
            "a note on sources: figures are from the council.",
        ),
    ],
)
def test_paragraphs_that_no_column_s_break_cut_stay_apart(above: str, below: str) -> None:
    text = clean_text("\n\n".join([HEADLINE, LEDE, above, below, CLOSING])).text
    assert f"{above} {below}" not in text


def test_a_caption_s_credit_in_lower_case_is_not_run_into_the_caption() -> None:
    caption = (
        "The crowd at the opening night of the festival in the town hall on Friday, where the poet read for an"
        " hour and"
    )
    text = clean_text("\n\n".join([HEADLINE, LEDE, caption, "photograph: jane doe.", CLOSING])).text
    assert "photograph: jane doe" not in text


BLASTS = [
    "Two explosions hit the city centre on Monday morning, killing three people and injuring dozens, police"
    " said.",
    "The first blast went off at the central station during the rush hour, and the second half an hour later"
    " near the cathedral.",
    "Police said they were treating the explosions as linked and had arrested two men.",
]
SILENCE = "The mayor said the city would hold a minute's silence on Tuesday for the victims of the attack."


@pytest.mark.parametrize(
    "rows",
    [
        # A story's own timeline, a dash or a colon after each time and no lead-in over it, and a live report's
        # entries: they had gone as a programme listing's rows.
        ["08:15 - First explosion at the central station", "08:45 - Second blast near the cathedral"],
        ["9pm: The deadline for a deal passes", "10pm: Talks collapse in acrimony"],
        ["10:02 – Exit poll puts Labour ahead", "10:15 – First result declared in Sunderland"],
        ["08:15: First explosion at the central station", "08:45: Second explosion near the cathedral"],
    ],
)
def test_a_story_s_timeline_of_times_and_dashes_stays(rows: list[str]) -> None:
    text = clean_text("\n\n".join(["Two blasts hit city centre", *BLASTS, *rows, SILENCE])).text
    assert all(row in text for row in rows)
    assert text.endswith(SILENCE)


def test_a_page_of_five_thousand_lines_of_names_and_ages_is_read_once() -> None:
    # Hostile input: each line of names and an age asked whether the story names them had read the page
    # through once a line; the first alone is asked, and the story names its writer here.
    lines = "\n\n".join(["Maria Lopez / 3h"] * 5_000)
    lede = "Lopez said on Monday that the council would approve the plan for new bus lanes in the spring."
    assert nutgraf.extract(f"Council backs bus lanes\n\n{lines}\n\n{lede}").byline is None
