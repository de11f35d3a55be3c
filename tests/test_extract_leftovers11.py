"""Kinds the last rounds' notes left alone, each read as a reader meets it: a feed reader's section or a club's
name over the entry's age, a columnist named only in the standfirst, and a writer's contact line under a
story pasted without its byline."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.errors import NoArticleFound

HEADLINE = "City council approves new bus lanes on Main Street"
LEDE = (
    "The city council on Thursday approved new bus lanes along two miles of Main Street, a plan that transit"
    " officials say will cut journey times by a quarter."
)
STORY = "Work on the lanes will start in March and is expected to take six months, the council said."
ARTICLE = f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize(
    "line",
    [
        # A feed reader's or an app's source line of its section, or of the story's club, and the entry's
        # age, over a story that does not name them: the section had been the byline.
        "Top Stories / 10m",
        "Latest Headlines · 2h",
        "Real Madrid · 5h",
        "Leeds United / 4h",
        "Manchester City | 1h",
        "Athletic Club · 3h",
    ],
)
def test_a_feed_s_section_or_a_club_beside_the_entry_s_age_is_no_byline(line: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{line}\n\nVisit Website\n\n{ARTICLE}")
    assert article.byline is None
    assert line not in article.text
    assert article.text.startswith(LEDE)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # The near misses: a writer's names beside the age, some of them words of a place or a colour, are
        # the byline as they were.
        ("Jon Brodkin / 3h", "Jon Brodkin"),
        ("Maria Lopez · 2d", "Maria Lopez"),
        ("Jane Brown / 45m", "Jane Brown"),
        ("By Sam Coates | 5 min", "Sam Coates"),
        # A club's opening word closing a writer's names (Spanish "Real" is a surname too).
        ("Terry Real / 3h", "Terry Real"),
        ("José Real · 2h", "José Real"),
    ],
)
def test_a_writer_s_names_beside_the_entry_s_age_stay_the_byline(line: str, byline: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{line}\n\nVisit Website\n\n{ARTICLE}")
    assert (article.byline, article.text.startswith(LEDE)) == (byline, True)


def test_a_subject_beside_the_age_over_a_story_on_him_stays_no_byline() -> None:
    # Held from tests/test_review_xfails17.py: the story names him.
    lede = (
        "President Biden on Tuesday signed the climate bill into law at the White House, capping months of talks"
        " with Congress."
    )
    article = nutgraf.extract(f"Biden signs climate bill\n\nPresident Biden / 2h\n\n{lede}\n\n{STORY}")
    assert (article.byline, article.text.startswith(lede)) == (None, True)


def test_a_sentence_ending_on_a_club_s_name_and_an_age_is_prose() -> None:
    # A line of prose is no source line, whatever its last field.
    line = "The draw was made by Real Madrid's captain, the club said on Monday, after a delay of 3h"
    assert line in nutgraf.extract(f"{HEADLINE}\n\n{LEDE}\n\n{line}\n\n{STORY}").text


@pytest.mark.parametrize(
    ("standfirst", "byline"),
    [
        # A column's standfirst naming its writer, on a page that names them nowhere else: the columnist had
        # been lost.
        (
            "In his weekly column, Sam Coates asks whether the council can afford the lanes at all.",
            "Sam Coates",
        ),
        ("In her latest column, Jane Doe argues that the lanes come ten years too late.", "Jane Doe"),
        ("In their monthly column, Ana María Ruiz looks at who pays for the city's buses.", "Ana María Ruiz"),
    ],
)
def test_a_standfirst_naming_its_columnist_gives_the_byline(standfirst: str, byline: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{standfirst}\n\n{ARTICLE}")
    assert article.byline == byline
    assert LEDE in article.text


@pytest.mark.parametrize(
    "standfirst",
    [
        # The near misses: a column someone else's or named no one's, a place after the comma, a sentence of
        # the story that mentions a column further down, and a lede of a story on a columnist's words.
        "In a column for the Times, Sam Coates asks whether the council can afford the lanes at all.",
        "In his weekly column, Paris is where the mayor says the lanes came from.",
        "In his weekly column, the mayor asks whether the council can afford the lanes at all.",
        # The column's subject after the comma, in a verb no columnist's or with a noun after the names.
        "In his weekly column, Joe Biden is criticised for the lanes he promised.",
        "In her latest column, Taylor Swift fans are told to take the bus.",
        "In his weekly column, Rishi Sunak's plan for the lanes is taken apart.",
        "In her weekly column, Greta Thunberg inspires a new generation of cyclists.",
        "In his weekly column, Main Street gets a makeover.",
    ],
)
def test_a_standfirst_naming_no_columnist_of_its_own_gives_no_byline(standfirst: str) -> None:
    assert nutgraf.extract(f"{HEADLINE}\n\n{standfirst}\n\n{ARTICLE}").byline is None


def test_a_standfirst_naming_a_columnist_leaves_a_byline_given_as_it_was() -> None:
    standfirst = "In his weekly column, Sam Coates asks whether the council can afford the lanes at all."
    article = nutgraf.extract(f"{HEADLINE}\n\nBy Maria Lopez\n\n{standfirst}\n\n{ARTICLE}")
    assert article.byline == "Maria Lopez"


CONTACT = "Reach Maria Lopez at 555-0142 or mlopez@example.com."


@pytest.mark.parametrize(
    "contact",
    [
        # A writer's contact line under a story pasted without its byline: it goes as it does under one
        # (and on the page, whose byline is its author field), where it had stayed the story's last line.
        CONTACT,
        "Contact Olivia Herken at 608-791-8234 or oherken@lacrossetribune.example.",
        "Email Ana María Ruiz at ana.ruiz@example.com.",
        "Reach Jon Brodkin at brodkinj@example.com.",
    ],
)
def test_a_writer_s_contact_line_under_a_story_without_a_byline_goes(contact: str) -> None:
    assert nutgraf.extract(f"{HEADLINE}\n\n{ARTICLE}\n\n{contact}").text.endswith(STORY)


@pytest.mark.parametrize(
    "closing",
    [
        # The near misses: an appeal for witnesses closing on a telephone number, an event's contact that
        # runs on past the address, and a call to reach a company's names.
        "Anyone with information should contact Detective Jane Doe at 555-0100.",
        "Contact Jane Doe at jdoe@library.example to register for the class by Friday.",
        "Contact Millbrook Transit Authority at 555-0199.",
        # A police appeal, a tip line and a service closing on an address that is not made of the names:
        # news a reader needs, which had gone as a writer's line.
        "Contact Detective Jane Doe at 555-0100 or jane.doe@police.example.",
        "Contact Officer Dan Reyes at 555-0111 or dreyes@pd.example.",
        "Contact Crime Stoppers at 1-800-222-8477 or tips@crimestoppers.example.",
        "Email Tenant Services at tenants@city.example.",
        "Reach Lost Pet Rescue at info@lostpet.example.",
    ],
)
def test_a_closing_line_that_is_no_writer_s_contact_line_stays(closing: str) -> None:
    assert nutgraf.extract(f"{HEADLINE}\n\n{ARTICLE}\n\n{closing}").text.endswith(closing)


def test_a_contact_line_mid_story_stays() -> None:
    text = nutgraf.extract(f"{HEADLINE}\n\n{LEDE}\n\n{CONTACT}\n\n{STORY}").text
    assert CONTACT in text


def test_a_contact_line_of_ten_thousand_capitalised_words_is_read_fast() -> None:
    # The call's pattern is linear: 10,000 names' words and no " at " after them.
    hostile = "Reach " + "Maria " * 10_000 + "mlopez@example.com."
    assert nutgraf.extract(f"{HEADLINE}\n\n{ARTICLE}\n\n{hostile}").text.endswith(hostile)


def test_a_standfirst_of_ten_thousand_words_before_column_is_read_fast() -> None:
    hostile = "In his " + "weekly " * 10_000 + "column, Sam Coates asks why."
    assert nutgraf.extract(f"{HEADLINE}\n\n{hostile}\n\n{ARTICLE}").byline is None


def _rss(count: int) -> str:
    items = "".join(
        f"<item><title>Story {n}</title><link>https://news.example/{n}</link></item>" for n in range(count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Town</title>{items}</channel></rss>'


@pytest.mark.parametrize(
    "feed",
    [
        # A feed of 100,000 items given to the check as its article: it had been read as prose for seconds
        # (3.4 s), where extraction and summaries refuse it and say how to subscribe.
        _rss(100_000),
        '{"version": "https://jsonfeed.org/version/1.1", "title": "Town", "items": []}',
    ],
)
def test_the_check_refuses_a_feed_as_extraction_does(feed: str) -> None:
    with pytest.raises(NoArticleFound, match="subscribe to it with `nutgraf feeds add URL`") as refused:
        nutgraf.check(feed, "Story 5 was published.")
    with pytest.raises(NoArticleFound) as extracted:
        nutgraf.extract(feed)
    assert str(refused.value) == str(extracted.value)


@pytest.mark.parametrize(
    "article",
    [
        # The near misses: an article quoting a feed's markup, and one of JSON-like prose.
        f"{LEDE} The council's site lists it in an <rss> feed of its own.\n\n{STORY}",
        f'{LEDE} The feed reads {{"version": 1}} at the top.\n\n{STORY}',
    ],
)
def test_the_check_reads_an_article_that_mentions_a_feed(article: str) -> None:
    assert nutgraf.check(article, STORY).sentences[0].supported


def test_a_columnist_under_the_desk_named_in_the_standfirst_is_the_byline() -> None:
    # The tenth leftovers pass's review's case: the writer's names over the desk, then the standfirst naming
    # them as its columnist, read as a subject named in the lede; the byline had been lost.
    murdoch = [
        "The deal, worth £1.2bn, is expected to close in the spring, subject to regulatory approval.",
        "Analysts said the sale marked the end of an era for the media group.",
    ]
    standfirst = "In his weekly column, Sam Coates asks what the sale means for the channel."
    text = "\n\n".join(
        ["Murdoch sells Sky News stake", "Sam Coates", "Sky News, London", standfirst, *murdoch]
    )
    article = nutgraf.extract(text)
    assert (article.byline, article.text.split("\n\n")) == ("Sam Coates", [standfirst, *murdoch])
