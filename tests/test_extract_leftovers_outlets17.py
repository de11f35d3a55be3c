"""Kinds the outlets rounds up to the seventeenth (tests/test_summary_outlets_seventeenth.py, text-only
editions and reading tools) left as strict xfails, each read by a rule of its kind on a second page, beside a
line worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf

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
