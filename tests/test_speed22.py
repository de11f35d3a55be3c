"""Speed round 22's gates, pinned where they could differ from the tests they spare: each is exact, and these
pages hold the cases at their edges (the last letter of each form of a feed entry's age, a paragraph opening in
lower case as the only one), and a Latin-1 text in another language than English."""

from __future__ import annotations

import pytest

import nutgraf

HEADLINE = "City council approves new bus lanes on Main Street"
LEDE = (
    "The city council on Thursday approved new bus lanes along two miles of Main Street, a plan that transit"
    " officials say will cut journey times by a quarter."
)
STORY = "Work on the lanes will start in March and is expected to take six months, the council said."


@pytest.mark.parametrize(
    "age",
    # Every form of the entry's age, by its last letter: the line's last character is looked for first.
    ["45m", "5 min", "10 mins", "3h", "1 hr", "4 hrs", "2d", "3h ago"],
)
def test_a_feed_entry_s_names_beside_each_form_of_its_age_are_the_byline(age: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\nMaria Lopez / {age}\n\nVisit Website\n\n{LEDE}\n\n{STORY}")
    assert article.byline == "Maria Lopez"
    assert article.text.startswith(LEDE)


def test_a_latin_1_text_in_another_language_is_read_as_it() -> None:
    # Accented letters all below U+0100, none another script's: the language is the text's own.
    text = (
        "Le conseil municipal a approuvé jeudi de nouvelles voies de bus le long de la rue principale, un"
        " projet qui, selon les responsables, réduira les temps de trajet d'un quart. Les travaux débuteront"
        " en mars et dureront six mois, a précisé la mairie."
    )
    assert nutgraf.extract(text).language == "fr"


def test_a_sentence_cut_by_a_column_break_before_the_only_lower_case_paragraph_is_one_again() -> None:
    above = (
        "The new clinic opened its doors on Monday and the health authority said it will take patients"
        " without"
    )
    below = "appointments seven days a week, the health authority said Wednesday."
    article = nutgraf.extract(f"{HEADLINE}\n\n{LEDE}\n\n{above}\n\n{below}\n\n{STORY}")
    assert f"{above} {below}" in article.text


# The gates' edges the round's own tests had left open: a gate one block, one paragraph or one line short
# still passed them.
CUT_ABOVE = (
    "The new clinic opened its doors on Monday and the health authority said it will take patients without"
)
CUT_BELOW = "appointments seven days a week, the health authority said Wednesday."


@pytest.mark.parametrize("after", ["", f"\n\n{STORY}"])
def test_a_text_opening_on_a_sentence_cut_by_a_column_break_reads_it_as_one(after: str) -> None:
    # The lower-case paragraph is the second block of two or three: the gate reads every block's opening.
    assert nutgraf.extract(f"{CUT_ABOVE}\n\n{CUT_BELOW}{after}").text.startswith(f"{CUT_ABOVE} {CUT_BELOW}")


def test_a_comment_box_s_rules_under_a_one_paragraph_story_leave_with_their_heading() -> None:
    # Three paragraphs, the heading the second: the fewest a heading with a rule under it closes.
    rules = (
        "The rules of replying:\n\nBe respectful. This is a space for friendly local discussions. No racist,"
        " discriminatory, vulgar or threatening language will be tolerated."
    )
    assert nutgraf.extract(f"{LEDE}\n\n{rules}").text == LEDE


def test_an_app_review_s_cross_head_over_its_closing_paragraph_stays() -> None:
    # The call's line is the last but one: the cross-head test is asked of it, its paragraph the last line.
    review = [
        "Calm is one of the most popular meditation apps, and after a month of using it every day we can see why.",
        "It is the best of the six meditation apps we tried, and the only one our testers kept using.",
        "Get the app",
        "The app is free to download on iOS and Android, with a subscription of $69.99 a year for the full library.",
    ]
    text = "\n\n".join(["Calm review: a meditation app worth paying for", "By Jane Roe", *review])
    assert nutgraf.extract(text).text.split("\n\n") == review


RELEASE = """{label}

Acme Robotics Unveils Warehouse Picking Arm That Cuts Order Times by 40 Percent

BOSTON, March 3, 2026 /PRNewswire/ -- Acme Robotics, Inc., a leading provider of warehouse automation, today \
announced the launch of PickPro 5, a robotic picking arm that cuts order times by up to 40 percent.

The arm will be available to customers in North America from June 2026. Pricing starts at $85,000 per unit.

Acme Robotics

Acme Robotics is a maker of automation systems for warehouses. Founded in 2014 and headquartered in Boston, the \
company has more than 400 employees.
"""


@pytest.mark.parametrize("label", ["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "News release"])
def test_a_labelled_release_s_profile_under_the_company_s_name_alone_goes(label: str) -> None:
    # The label is one of three opening lines, the others longer than any label: the lengths' gate lets it by.
    assert nutgraf.extract(RELEASE.format(label=label)).text.endswith("Pricing starts at $85,000 per unit.")


def test_an_unlabelled_story_s_closing_section_on_a_company_stays() -> None:
    # Near miss: no label, no release; the section under the company's name is the story's.
    article = nutgraf.extract(RELEASE.format(label="").lstrip())
    assert article.text.endswith("the company has more than 400 employees.")
