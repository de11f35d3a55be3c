"""Leftovers the last stop noticed and left alone: a wire's credit closing a sentence of news in the middle of a
story, a timeline's entry holding a time of day, a listing of dated events under the first paragraph, a story
whose first paragraph opens on "IN SHORT:". Each is a reader's paste, with what the reader expects written
before nutgraf ran, beside furniture worded like it that still goes."""

from __future__ import annotations

import pytest

import nutgraf

HEADLINE = "Finance minister resigns over budget row"
LEDE = (
    "The finance minister resigned on Tuesday after a row with the prime minister over next year's budget,"
    " officials said."
)
AFTER = (
    "The prime minister named her deputy as acting finance minister until a new appointment is made next week."
    "\n\nOpposition parties called for an early election and said the government had lost its majority in"
    " parliament."
)


# A wire's paragraph in the middle of a story closing on its credit: the reader expects the paragraph's sentence
# kept and the credit alone gone. A sentence that narrates (a past in "-ed", "will", "had") or credits a source
# ("according to") had gone whole as a photo's caption, since it reports no one with "said" or "told".
@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry announced on Tuesday that it would cut fuel subsidies by half from January.",
        "Fuel subsidies will be cut by half from January, according to the ministry.",
        "The minister confirmed she would step down at the end of the month.",
        "Police cordoned off the square outside parliament on Tuesday evening.",
        "On Tuesday, the central bank raised its main interest rate to 4.5 percent.",
        "Italy rejected the European Commission's plan for a common gas price cap.",
    ],
)
@pytest.mark.parametrize("credit", ["— Reuters", "— AP", "– AFP"])
def test_a_sentence_of_news_closing_on_a_wire_s_credit_mid_story_keeps_its_sentence(
    sentence: str, credit: str
) -> None:
    text = nutgraf.extract(f"{HEADLINE}\n\n{LEDE}\n\n{sentence} {credit}\n\n{AFTER}").text
    assert text == f"{LEDE}\n\n{sentence}\n\n{AFTER}"


# A credit closing a paragraph with the dash of the dateline it came from ("WASHINGTON (AP) — "): the reader
# expects the paragraph's sentence and no "(AP) —" after it, where it had stayed in the text.
@pytest.mark.parametrize("credit", ["(AP) —", "(Reuters) -", "(AFP) –"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Cuts to the health service would hurt the poorest families, the minister said.",
        "Police cordoned off the square outside parliament on Tuesday evening.",
    ],
)
def test_a_bracketed_agency_and_its_dateline_dash_closing_a_paragraph_leaves_the_sentence(
    credit: str, sentence: str
) -> None:
    text = nutgraf.extract(f"{HEADLINE}\n\n{LEDE}\n\n{sentence} {credit}\n\n{AFTER}").text
    assert text == f"{LEDE}\n\n{sentence}\n\n{AFTER}"


# A caption between two paragraphs says what its photo shows, in the present: it still goes with its credit,
# a present passive too.
@pytest.mark.parametrize(
    "caption",
    [
        "Protesters gather outside parliament in the capital. — Reuters",
        "A protester is detained by police outside parliament. — AFP",
        # An adjective in "-ed" after its article, a name in "-ed": no past.
        "Residents wade through a flooded street in the United States capital. — AP",
        # A participle after its noun, in the caption's subject or after its verb, or after an adverb: no past.
        "A man injured in the blast is carried to an ambulance in Kabul. — Reuters",
        "Relatives mourn over the body of a man killed in an airstrike in Gaza. — Reuters",
        "People walk past a building damaged by shelling in Kharkiv. — AFP",
        "Residents displaced by the floods shelter in a school in Dhaka. — AP",
        "Riot police and heavily armed soldiers patrol the streets of the capital. — AFP",
    ],
)
def test_a_caption_in_the_present_closing_on_a_wire_s_credit_mid_story_still_goes(caption: str) -> None:
    assert nutgraf.extract(f"{HEADLINE}\n\n{LEDE}\n\n{caption}\n\n{AFTER}").text == f"{LEDE}\n\n{AFTER}"


ELECTION = (
    "Election day: what happens when\n\nVoters across the state go to the polls on Tuesday to choose a new"
    " governor and fill two seats in Congress.\n\n{entries}\n\nOfficials expect the first results late on"
    " election night, though close races may take days to call."
)


# A timeline's entries, each a date and the news on it, closing on a time of day and its meridiem: the reader
# expects every entry. The line had been read as a stamp (a date opening it, a meridiem closing it).
def test_a_timeline_s_entries_closing_on_a_time_of_day_stay() -> None:
    entries = [
        "May 5, 2026: Polls open at 7 a.m.",
        "May 5, 2026: Polls close at 8 p.m.",
        "May 8, 2026: The state board certifies the county results at 10:30 a.m.",
    ]
    text = nutgraf.extract(ELECTION.format(entries="\n\n".join(entries))).text
    assert all(entry in text.split("\n\n") for entry in entries)


# A stamp whose time follows its date stays no part of the story.
@pytest.mark.parametrize(
    "stamp",
    [
        "December 3, 2026, 2:20 p.m.",
        "Updated: December 3, 2026, 11:29 a.m.",
        "Dec. 3, 2026 at 8 p.m.",
        # The time after a bullet, or after the update's word: each had stayed as the story's first line.
        "December 3, 2026 • 4:15 p.m.",
        "Published December 3, 2026 | Updated 4:15 p.m.",
        "Published: December 3, 2026 Updated: 4:15 p.m.",
    ],
)
def test_a_stamp_of_a_date_and_its_time_with_a_meridiem_still_goes(stamp: str) -> None:
    article = nutgraf.extract(ELECTION.format(entries="").replace("\n\nVoters", f"\n\n{stamp}\n\nVoters", 1))
    assert stamp not in article.text


STADIUM_LEDE = (
    "The city council will hold three public hearings on the new stadium before it votes next month, the mayor"
    " said on Monday."
)
STADIUM_REST = (
    "Council members said they want an independent review of the financing before the vote.\n\nThe team's"
    " owners said they were disappointed but would keep working with the city.\n\nResidents remain divided,"
    " with a recent poll showing 48 percent support for the project."
)


# A listing of dated events right under the story's first paragraph, each row a date and what is on: the
# reader expects the story whole, the listing in it. Its rows, no prose, had parted the story in two and the
# smaller part (the lede) had gone with them.
@pytest.mark.parametrize("headline", ["Council sets three stadium hearings\n\n", ""])
@pytest.mark.parametrize(
    "rows",
    [
        [
            "March 3: Public hearing at City Hall",
            "March 5: Hearing at the East Library",
            "March 10: Final hearing",
        ],
        ["Mar. 3: Public hearing at City Hall", "Mar. 5: Hearing at the East Library", "Mar. 10: Final vote"],
        # With the year, each row had gone as a date stamp.
        ["March 3, 2026: Public hearing at City Hall", "March 5, 2026: Hearing at the East Library"],
    ],
)
def test_a_listing_of_dated_events_under_the_first_paragraph_keeps_the_story(
    headline: str, rows: list[str]
) -> None:
    listing = "\n".join(rows)
    text = nutgraf.extract(f"{headline}{STADIUM_LEDE}\n\n{listing}\n\n{STADIUM_REST}").text
    assert text == "\n\n".join([STADIUM_LEDE, *rows, STADIUM_REST])


BRIDGE_LEDE = (
    "The city's main bridge will close for six months from Monday for urgent repairs to its steel frame,"
    " officials said."
)
BRIDGE_STORY = (
    "Engineers found cracks in the frame during an inspection last month and recommended the closure.\n\n"
    "Drivers will be diverted to the ring road, adding up to twenty minutes to journeys at peak hours.\n\n"
    "The city said buses would run a shuttle service across the river during the works."
)


# A story whose own first paragraph opens on a box's label, its words said nowhere below: the reader expects
# the lede in the text (the label gone), where it had left for the description and the summary had opened on
# the second paragraph.
@pytest.mark.parametrize("label", ["IN SHORT:", "In short:", "Key points:"])
def test_a_lede_under_a_summary_box_s_label_that_nothing_restates_stays_the_lede(label: str) -> None:
    article = nutgraf.extract(f"Bridge closes for repairs\n\n{label} {BRIDGE_LEDE}\n\n{BRIDGE_STORY}")
    assert article.text == f"{BRIDGE_LEDE}\n\n{BRIDGE_STORY}"
    assert article.description is None
    assert nutgraf.summarize(article.text, sentences=1).sentences[0].text == BRIDGE_LEDE


# A fact check's box restating its claim and finding, which the story tells again below, stays its description.
def test_a_summary_box_that_the_story_restates_is_still_the_description() -> None:
    box = (
        "A viral post claims Kenya will ban the import of second-hand clothes from January 2027. But the trade"
        " ministry says no such decision has been made."
    )
    story = (
        "A post shared widely on Facebook claims the government has banned the import of second-hand clothes"
        " from January 2027.\n\nKenya's trade ministry told reporters it had made no decision to ban the"
        " imports."
    )
    article = nutgraf.extract(f"No, Kenya has not banned second-hand clothes\n\nIN SHORT: {box}\n\n{story}")
    assert article.description == box
    assert article.text == story
