"""Kinds of page furniture the twelfth outlets round (tests/test_summary_outlets_twelfth.py) left as strict
xfails, each read by a rule of its kind (in any outlet), beside lines worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import NEWS, PROSE

HEADLINE = "Council approves new budget for the city after long debate"


@pytest.mark.parametrize(
    "header",
    [
        # A browser's print header atop each printed page of a story saved to PDF: the day in figures, a comma,
        # the time and the page's title, with its site's name or not, in the browser's language.
        "12/3/26, 4:05 PM Council approves new budget for the city after long debate | The Riverton Herald",
        "03.12.26, 16:05 Stadtrat beschließt neuen Haushalt nach langer Debatte",
    ],
)
def test_a_print_header_is_no_title_and_leaves_between_pages(header: str) -> None:
    cleaned = clean_text(f"{header}\n\n{HEADLINE}\n\nBy Jane Doe\n\n{NEWS}")
    assert (cleaned.title, cleaned.text) == (HEADLINE, NEWS)
    # Atop the second page, as atop the first.
    text = f"{header}\n\n{HEADLINE}\n\n{PROSE.format(line=header)}"
    assert header not in clean_text(text).text
    assert header not in nutgraf.summarize(text, sentences=3).text


@pytest.mark.parametrize(
    "rows",
    [
        # A timeline's rows and a live report's entries, each opening on its own date and time: the story.
        "12/3/26, 4:05 PM The council voted to approve the budget\n\n12/3/26, 5:10 PM The mayor signed the order",
        "3/12/2026, 09:00 Police said two people were hurt",
    ],
)
def test_rows_of_a_timeline_opening_on_a_date_and_a_time_stay(rows: str) -> None:
    cleaned = clean_text(f"{HEADLINE}\n\n{PROSE.format(line=rows)}").text
    assert all(row in cleaned for row in rows.split("\n\n"))


@pytest.mark.parametrize(
    "headline",
    [
        # A headline with a date and a time in it, or a colon after them: no print header.
        "Polls close at 8:00 PM on 12/3/26 in three states",
        "12/3/26, 4:05 PM: the moment the city's lights went out",
    ],
)
def test_a_headline_with_a_date_and_a_time_is_the_title(headline: str) -> None:
    assert clean_text(f"{headline}\n\nBy Jane Doe\n\n{NEWS}").title == headline


@pytest.mark.parametrize(
    "line",
    [
        # A sentence opening on the day and the time, and a stamp under a writer's names, its time's word after
        # it, stay what they were.
        "12/3/26, 4:05 PM was the last time the station reported, the police said.",
    ],
)
def test_a_sentence_opening_on_a_date_and_a_time_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


def test_a_stamp_with_its_time_s_word_under_the_names_still_dates_the_byline() -> None:
    text = f"{HEADLINE}\n\nJane Doe\n\n03.12.26, 16:05 Uhr\n\n{NEWS}"
    assert (clean_text(text).title, nutgraf.extract(text).byline) == (HEADLINE, "Jane Doe")


@pytest.mark.parametrize(
    "particulars",
    [
        # A read-later app's source line and button over the headline, the reading time under it (Pocket's):
        # the reading time had been the title, the masthead's rule looking past the short first line.
        "Saved from bbc.co.uk\n\nView Original\n\n{headline}\n\nReading time: 3 minutes",
        "Saved from nytimes.com\n\nView Original\n\n{headline}\n\nReading time: 12 minutes",
        # An aggregator's card line crediting who passed the story on, over the source's name (Flipboard's),
        # or a sharer's: it had been the title.
        "Flipped into Science & Nature by Flipboard Editors\n\nNew Scientist\n\n{headline}",
        "Saved to the Weekend Reads board by Jane Doe\n\nThe Riverton Herald\n\n{headline}",
    ],
)
def test_a_reading_time_or_a_sharer_s_credit_over_the_headline_is_no_title(particulars: str) -> None:
    cleaned = clean_text(f"{particulars.format(headline=HEADLINE)}\n\n{NEWS}")
    assert (cleaned.title, cleaned.text) == (HEADLINE, NEWS)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # A headline on reading time below a masthead and its menus, and a headline crediting its news to
        # someone, over the byline or over its deck: each the title as before.
        (
            "The Riverton Herald\n\nHome\n\nNews\n\nReading time for pupils to double under new plan",
            "Reading time for pupils to double under new plan",
        ),
        (
            "Novel about the flood wins prize judged by Jane Smith\n\nBy Tom Lee",
            "Novel about the flood wins prize judged by Jane Smith",
        ),
        (
            "Council budget plan rejected by Mayor Tom Lee\n\nThe vote came after a four-hour debate on roads and"
            " parks spending",
            "Council budget plan rejected by Mayor Tom Lee",
        ),
    ],
)
def test_a_headline_on_reading_time_or_crediting_someone_is_the_title(head: str, title: str) -> None:
    assert clean_text(f"{head}\n\n{NEWS}").title == title


@pytest.mark.parametrize(
    "between",
    [
        # A byline, a section's name or names and a stamp between a headline crediting its news to someone and
        # its deck without a stop: the headline is the title, as with the deck right under it.
        "By Jane Doe",
        "Politics",
        "Jane Doe\n\nDecember 3, 2026",
    ],
)
def test_a_headline_crediting_someone_over_its_byline_and_deck_is_the_title(between: str) -> None:
    title = "Council budget plan rejected by Mayor Tom Lee"
    head = f"{title}\n\n{between}\n\nThe vote came after a four-hour debate on roads and parks spending"
    assert clean_text(f"{head}\n\n{NEWS}").title == title


# The Conversation's boxes over a story, as its republished pages carry them.
DISCLOSURE = "Disclosure statement\n\nJane Smith receives funding from the Australian Research Council."
PARTNERS = "Partners\n\nMonash University provides funding as a member of The Conversation AU."
NO_TIES = (
    "Disclosure statement\n\nJane Smith does not work for, consult, own shares in or receive funding from any"
    " company or organisation that would benefit from this article, and has disclosed no relevant affiliations"
    " beyond their academic appointment."
)


@pytest.mark.parametrize(
    "box",
    [
        # A writer's disclosure box over the story, under its heading, and a box's heading of a few words under
        # it over one more note of funding: each had stayed as the story's first prose, a summary taking it.
        f"{DISCLOSURE}\n\n{PARTNERS}",
        DISCLOSURE,
        NO_TIES,
        f"{NO_TIES}\n\n{PARTNERS}",
    ],
)
def test_a_writer_s_disclosure_box_over_the_story_leaves(box: str) -> None:
    text = f"{HEADLINE}\n\n{box}\n\n{NEWS}"
    assert clean_text(text).text == NEWS
    assert "funding" not in nutgraf.summarize(text, sentences=3).text


@pytest.mark.parametrize(
    "line",
    [
        # A story about research funding, a sentence on a project's partners, and a "Partners" cross-head over
        # a paragraph on funding in the story, under no disclosure heading: news.
        "The laboratory receives funding from the Australian Research Council, its director said.",
        "Partners in the project include the university and the regional water board.",
        "Partners\n\nThe city provides funding as a member of the regional transport alliance.",
    ],
)
def test_news_of_funding_and_partners_stays(line: str) -> None:
    assert line in clean_text(f"{HEADLINE}\n\n{PROSE.format(line=line)}").text


def test_a_story_s_cross_head_under_a_disclosure_box_stays_with_its_paragraph() -> None:
    # A cross-head over the story's first paragraph, on a project's funding, right under the box: the story.
    paragraph = "The project was funded by the state last year."
    text = f"{HEADLINE}\n\n{DISCLOSURE}\n\nBackground\n\n{paragraph}\n\n{NEWS}"
    assert clean_text(text).text == f"{paragraph}\n\n{NEWS}"


def test_a_story_opening_on_its_funding_news_under_a_disclosure_heading_stays() -> None:
    # A heading "Disclosure" over the story's own paragraph of news with a speaker: no note of the box.
    line = "The university receives funding from a mining company, a spokesman for the campaign said."
    assert line in clean_text(f"{HEADLINE}\n\nDisclosure\n\n{line}\n\n{NEWS}").text


@pytest.mark.parametrize(
    "credit",
    [
        # A platform's credit of an agency's story, the story's age after a bullet (MSN's), the agency in lower
        # case or not, in German, Portuguese and English: it had stayed over the lede, or been the byline.
        "Geschichte von dpa • 3 Std.",
        "História de Lusa • 5 h",
        "Story by Reuters • 2h",
    ],
)
def test_a_platform_s_credit_of_an_agency_s_story_leaves_and_is_no_byline(credit: str) -> None:
    text = f"{HEADLINE}\n\n{credit}\n\n{NEWS}"
    assert (clean_text(text).text, nutgraf.extract(text).byline) == (NEWS, None)


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        # A writer credited so stays the byline, and an agency credited with no story's word before it is read
        # as before.
        ("Geschichte von Hans Müller • 3 Std.", "Hans Müller"),
        ("By Reuters", "Reuters"),
    ],
)
def test_a_writer_s_or_an_agency_s_plain_credit_is_read_as_before(credit: str, byline: str) -> None:
    assert nutgraf.extract(f"{HEADLINE}\n\n{credit}\n\n{NEWS}").byline == byline


@pytest.mark.parametrize(
    "line",
    [
        # A heading of a story about an agency's history, and a sentence with a bullet: no credit.
        "Geschichte von dpa",
        "History of Reuters • 175 years of news",
    ],
)
def test_an_agency_s_name_in_a_heading_or_news_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


@pytest.mark.parametrize(
    ("particulars", "byline"),
    [
        # A writer's names under a byline's label alone on its line (The Conversation's "Author"), or over a
        # stamp opening on its weekday, one word too many before (Yahoo's, the agency's name above them): each
        # had been no byline.
        (
            "Author\n\nVerena Schoepf\n\nSenior Lecturer in Marine Biology, The University of Western Australia",
            "Verena Schoepf",
        ),
        ("Reuters\n\nFabian Cambero\n\nThu, December 3, 2026 at 3:15 PM UTC", "Fabian Cambero"),
    ],
)
def test_a_writer_s_names_labelled_or_over_a_stamp_are_the_byline(particulars: str, byline: str) -> None:
    text = f"{HEADLINE}\n\n{particulars}\n\n{NEWS}"
    assert (nutgraf.extract(text).byline, clean_text(text).text) == (byline, NEWS)


# The source's address over the headline, as an aggregator's view of a story sets it (Google News's).
SOURCE = "www.riverton-herald.example"


def test_a_writer_s_names_alone_under_a_sourced_headline_are_the_byline() -> None:
    # Right under the headline, over the story's first prose: they had been no byline.
    text = f"{SOURCE}\n\n{HEADLINE}\n\nOlivia Kelly\n\n{NEWS}"
    assert (nutgraf.extract(text).byline, clean_text(text).text) == ("Olivia Kelly", NEWS)


@pytest.mark.parametrize(
    ("headline", "kicker", "news"),
    [
        # A kicker, a section's or a league's name, or a title and names under a headline with no source's
        # address over it, in English and in Spanish: no byline.
        (HEADLINE, "Premier League", NEWS),
        (HEADLINE, "Photo Gallery", NEWS),
        (HEADLINE, "Mayor Tom Lee", NEWS),
        (
            "El Ayuntamiento aprueba el nuevo presupuesto tras un largo debate",
            "Última Hora",
            "El pleno del Ayuntamiento aprobó el martes el nuevo presupuesto tras un debate de cuatro horas.\n\n"
            "El presupuesto aumenta el gasto en carreteras y parques un 6 por ciento.",
        ),
    ],
)
def test_a_kicker_under_a_headline_without_its_source_is_no_byline(
    headline: str, kicker: str, news: str
) -> None:
    assert nutgraf.extract(f"{headline}\n\n{kicker}\n\n{news}").byline is None


@pytest.mark.parametrize(
    "lines",
    [
        # Names as a sentence's subject, a place or a dateline's capitals under the headline, names in the
        # lede's own block, and a heading of one word over a line that is no byline: no byline.
        "Jane Smith and Tom Lee were married on Saturday in the city's cathedral, the family said.",
        "Western Australia",
        "New York",
        "NEW YORK",
        "Analysis\n\nCouncil finances",
        # A books section's "Author" heading over a book's title.
        "Author\n\nThe Last Summer",
    ],
)
def test_names_in_prose_or_a_place_under_the_headline_are_no_byline(lines: str) -> None:
    assert nutgraf.extract(f"{SOURCE}\n\n{HEADLINE}\n\n{lines}\n\n{NEWS}").byline is None


@pytest.mark.parametrize(
    ("line", "lede"),
    [
        # A kicker's place, team or section, or a photo's subject, over a story that names them again: its
        # writer is seldom in the story.
        (
            "Keir Starmer",
            "Keir Starmer's government approved the new budget on Tuesday after a four-hour debate.",
        ),
        (
            "San Francisco",
            "The San Francisco council approved the new budget on Tuesday after a four-hour debate.",
        ),
        ("Arsenal Chelsea", "Arsenal beat Chelsea 2-1 on Tuesday in a match that was delayed by four hours."),
        (
            "Local Politics",
            "City politics turned on the new budget on Tuesday after a debate that lasted four hours.",
        ),
    ],
)
def test_a_subject_or_a_kicker_the_story_names_again_is_no_byline(line: str, lede: str) -> None:
    assert nutgraf.extract(f"{SOURCE}\n\n{HEADLINE}\n\n{line}\n\n{lede}\n\n{NEWS}").byline is None


def test_names_in_the_lede_s_block_are_no_byline() -> None:
    text = f"{SOURCE}\n\n{HEADLINE}\n\nJane Smith\n{NEWS}"
    assert nutgraf.extract(text).byline is None
