"""Kinds the outlets rounds up to the seventeenth (tests/test_summary_outlets_seventeenth.py, text-only
editions and reading tools) left as strict xfails, each read by a rule of its kind on a second page, beside a
line worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text

HEADLINE = "City council approves new bus lanes on Main Street"
LEDE = (
    "The city council on Thursday approved new bus lanes along two miles of Main Street, a plan that transit"
    " officials say will cut journey times by a quarter."
)
STORY = "Work on the lanes will start in March and is expected to take six months, the council said."
ARTICLE = f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # A feed reader's source line over the entry: the writer's names and the entry's age in its short form
        # after a slash (Inoreader's and Feedly's), a middle dot or a bar, the credit word before them or not.
        ("Maria Lopez / 3h", "Maria Lopez"),
        ("Maria Lopez / 45m", "Maria Lopez"),
        ("Maria Lopez · 2d", "Maria Lopez"),
        ("Maria Lopez | 5 min", "Maria Lopez"),
        ("By Maria Lopez · 3h", "Maria Lopez"),
        ("Maria Lopez / 3h ago", "Maria Lopez"),
        # A platform's credit of a writer's story with its age (MSN's), after a slash.
        ("Story by Maria Lopez / 2h", "Maria Lopez"),
    ],
)
def test_a_writer_s_names_beside_the_entry_s_age_are_the_byline(line: str, byline: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{line}\n\nVisit Website\n\n{ARTICLE}")
    assert (article.byline, article.title) == (byline, HEADLINE)
    assert line not in article.text
    assert article.text.startswith(LEDE)


@pytest.mark.parametrize(
    "line",
    [
        # The near misses: a club's name or a page's count over the story, a figure that is no age (a year, a
        # count of hours spelled out), and a line of prose closing on an age.
        "Arsenal / 2h",
        # A platform's credit of an agency's story with its age (MSN's), no writer's.
        "História de Lusa / 3h",
        "Page 3 / 4",
        "Maria Lopez / 2026",
        "Maria Lopez / 3 hours of talks",
        "The mayor spoke for 3h",
    ],
)
def test_a_line_worded_as_names_and_an_age_that_is_neither_is_no_byline(line: str) -> None:
    assert nutgraf.extract(f"{HEADLINE}\n\n{line}\n\n{ARTICLE}").byline is None


def test_a_line_of_ten_thousand_slashes_and_figures_is_read_as_no_byline() -> None:
    # A hostile line of 10,000 figures and slashes after a name (its pattern's time is checked in
    # tests/test_regex_linearity.py): every field but the last is no age, and the line no names.
    hostile = "Maria Lopez" + " / 3" * 10_000 + "h"
    assert nutgraf.extract(f"{HEADLINE}\n\n{hostile}\n\n{ARTICLE}").byline is None


RELEASE_LEDE = (
    "Lyon, le 3 décembre 2026 – Solvera et la Métropole de Lyon ont signé un accord pour installer 500 bornes de"
    " recharge d'ici 2028."
)
RELEASE = (
    f"Solvera signe un accord avec la Métropole de Lyon\n\nCommuniqué de presse\n\n{RELEASE_LEDE}\n\n"
    "Les bornes seront installées dans 40 communes, en priorité dans les quartiers les moins équipés.\n\n"
    "L'investissement total s'élève à 12 millions d'euros, dont 3 millions à la charge de la Métropole.\n\n"
)


@pytest.mark.parametrize(
    ("name", "profile"),
    [
        # A release's company profile under the company's name alone, with no "About" or "À propos de" over
        # it, in French, English and German: it had stayed as the story's closing section, and a summary
        # could take it for news.
        ("Solvera", "Solvera est une entreprise du groupe Energia dédiée à la mobilité électrique."),
        ("Solvera", "Solvera is a subsidiary of the Energia group dedicated to electric mobility."),
        ("Solvera", "Solvera ist ein Unternehmen der Energia-Gruppe für Elektromobilität."),
    ],
)
def test_a_release_s_profile_under_the_company_s_name_alone_leaves_the_text(name: str, profile: str) -> None:
    text = clean_text(f"{RELEASE}{name}\n\n{profile}\n\nContact presse :\npresse@solvera.fr").text
    assert profile not in text
    assert not text.endswith(name)
    assert text.endswith("à la charge de la Métropole.")


@pytest.mark.parametrize(
    ("name", "closing"),
    [
        # The near misses: a closing section whose paragraph says what the company did or will do, not what
        # it is; a company the lede does not name; a subheading that is no name.
        (
            "Solvera",
            "Solvera est attendue au conseil de la Métropole en janvier pour présenter le calendrier.",
        ),
        ("Energia", "Energia est une entreprise du groupe Solvera dédiée à la mobilité électrique."),
        ("La suite", "La suite est un calendrier serré, selon la Métropole."),
    ],
)
def test_a_closing_section_on_the_company_that_is_no_profile_stays(name: str, closing: str) -> None:
    text = clean_text(f"{RELEASE}{name}\n\n{closing}").text
    assert text.endswith(f"{name}\n\n{closing}")


def test_a_roundup_s_sections_each_under_a_company_s_name_stay() -> None:
    # A roundup of carmakers, each company's section under its name and opening on it: the closing one
    # is no release's profile, the form the text's every section's.
    sections = (
        ("Tesla", "Tesla is the biggest seller of electric cars in Europe, with 18% of the market."),
        ("Volkswagen", "Volkswagen is the runner-up, with 14%, its sales up by a fifth."),
        ("Renault", "Renault is the third, with 9%, helped by its cheaper models."),
    )
    lede = "Tesla, Volkswagen and Renault sold more electric cars in Europe in November than a year ago."
    body = "\n\n".join(f"{name}\n\n{section}" for name, section in sections)
    text = clean_text(f"Europe's electric car sales rise again\n\n{lede}\n\n{body}").text
    assert text.endswith("Renault\n\nRenault is the third, with 9%, helped by its cheaper models.")


COLUMN_HEAD = (
    "Work on the lanes will start in March, and the contractor has agreed to keep one lane open for cars and"
    " delivery vans on every"
)
COLUMN_TAIL = "weekday morning until the work is finished, the council said."


def test_a_sentence_a_column_s_break_cuts_across_a_blank_line_is_one_again() -> None:
    # An e-paper's column break mid-sentence, a blank line between its halves: the halves had been two
    # paragraphs, the first a fragment a summary could take.
    text = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{COLUMN_HEAD}\n\n{COLUMN_TAIL}\n\n{STORY}").text
    assert f"{COLUMN_HEAD} {COLUMN_TAIL}" in text
    summary = nutgraf.summarize(f"{HEADLINE}\n\n{LEDE}\n\n{COLUMN_HEAD}\n\n{COLUMN_TAIL}\n\n{STORY}")
    assert not any(s.text == COLUMN_HEAD for s in summary.sentences)


@pytest.mark.parametrize(
    ("above", "below"),
    [
        # The near misses: a paragraph closing on its stop over one a data set opened in lower case (its names
        # cut), a headline over a lower-case lede, a list's lead-in over its items, and a paragraph over a
        # line in lower case that closes no sentence (a tag's or a caption's).
        (f"{COLUMN_HEAD} weekday.", COLUMN_TAIL),
        ("Council approves bus lanes for every weekday morning on Main Street", COLUMN_TAIL),
        (
            "Work on the lanes will start in March, and the contractor has agreed to do these things for",
            "cars",
        ),
        (COLUMN_HEAD, "weekday mornings and evenings"),
    ],
)
def test_paragraphs_with_no_sentence_cut_across_them_stay_apart(above: str, below: str) -> None:
    text = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{above}\n\n{below}\n\n{STORY}").text
    assert f"{above} {below}" not in text


FESTIVAL = [
    "The city's first food festival will open on Saturday in Victoria Park, with more than 60 stalls from local"
    " restaurants and farms.",
    "Organisers expect about 20,000 visitors over the weekend, and entry will be free for children under 12.",
    "The council has closed two streets around the park to traffic for both days.",
]
TIMETABLE = ["10:00 – Gates open", "12:30 – Cookery demonstration", "15:00: Children's baking contest"]
CLOSING = "The festival's organisers said they hoped to make it an annual event if the weekend was a success."


def test_the_story_s_last_paragraph_under_a_timetable_of_times_and_colons_stays() -> None:
    # A festival's timetable, each time with a colon or a dash after it and no lead-in, between the story's
    # paragraphs: the rows had parted the last paragraph from the rest, and it had gone as the page's.
    text = clean_text(
        "Food festival comes to Victoria Park\n\n" + "\n\n".join([*FESTIVAL, *TIMETABLE, CLOSING])
    )
    assert text.text.endswith(CLOSING)
    assert text.text.startswith(FESTIVAL[0])


def test_a_timeline_of_times_and_colons_under_its_lead_in_stays() -> None:
    # The story's own timeline under a line closing on a colon, its rows' times with colons: it had gone with
    # the paragraph under it, the lead-in left closing the text.
    rows = ["08:15: First explosion at the central station", "08:40: Police close the city centre"]
    lead_in = "Police gave this account of how the morning unfolded:"
    text = clean_text(
        "Two blasts hit city centre\n\n" + "\n\n".join([*FESTIVAL[:2], lead_in, *rows, CLOSING])
    ).text
    assert all(row in text for row in rows)
    assert text.endswith(CLOSING)


@pytest.mark.parametrize(
    "sentence",
    [
        # The near misses: a sentence opening on a time and its colon or dash, between the story's paragraphs.
        "9pm: that is when the curfew will start on Saturday, police said in a statement.",
        "10:30 - the time the last train leaves, which the council wants to push back by an hour.",
    ],
)
def test_a_sentence_opening_on_a_time_and_a_colon_stays(sentence: str) -> None:
    text = clean_text(
        "Food festival comes to Victoria Park\n\n" + "\n\n".join([*FESTIVAL, sentence, CLOSING])
    ).text
    assert sentence in text
    assert text.endswith(CLOSING)
