"""Kinds the last rounds' notes left alone, each read as a reader meets it: a club named by its region over
a feed entry's age, a helpline in another language under a story, a thread reader's link to a thread on
Mastodon or Threads, and a page of a short paragraph under a wall of embedded posts."""

from __future__ import annotations

import time

import pytest

import nutgraf

HEADLINE = "City council approves new bus lanes on Main Street"
LEDE = (
    "The city council on Thursday approved new bus lanes along two miles of Main Street, a plan that transit"
    " officials say will cut journey times by a quarter."
)
STORY = "Work on the lanes will start in March and is expected to take six months, the council said."
ARTICLE = f"{LEDE}\n\n{STORY}"


# 1. A club or a subject over a feed entry's age.


@pytest.mark.parametrize(
    "line",
    [
        # A club named by its region in its own language or by its club's word in another, and by its city,
        # over the entry's age in a feed reader: the club had been the byline.
        "Bayern Munich · 1h",
        "Bayern München / 3h",
        "Borussia Dortmund · 5h",
        "Eintracht Frankfurt | 2h",
        "Olympique Marseille / 4h",
        "Dynamo Kyiv · 1h",
    ],
)
def test_a_club_named_by_its_region_beside_the_entry_s_age_is_no_byline(line: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{line}\n\nVisit Website\n\n{ARTICLE}")
    assert (article.byline, line in article.text, article.text.startswith(LEDE)) == (None, False, True)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # The near misses: writers' names beside the age, a surname that is a region's word in English.
        ("Jon Brodkin / 3h", "Jon Brodkin"),
        ("Maria Lopez · 2d", "Maria Lopez"),
        ("Jack London / 2h", "Jack London"),
        ("Paris Lees · 4h", "Paris Lees"),
        ("Anna Bayer / 1h", "Anna Bayer"),
    ],
)
def test_a_writer_s_names_beside_the_entry_s_age_stay_the_byline(line: str, byline: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{line}\n\nVisit Website\n\n{ARTICLE}")
    assert (article.byline, article.text.startswith(LEDE)) == (byline, True)


@pytest.mark.xfail(
    strict=True,
    reason="A public figure's names over an age, above a story that never names them, read as a writer's: no"
    " line of the page tells a head of state from a writer without a list of public figures, which nutgraf"
    " does not keep.",
)
def test_a_public_figure_beside_the_entry_s_age_over_another_story_is_no_byline() -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\nEmmanuel Macron / 2h\n\nVisit Website\n\n{ARTICLE}")
    assert article.byline is None
