"""Kinds of page furniture the ninth and tenth outlets rounds (tests/test_summary_outlets_ninth.py,
tests/test_summary_outlets_tenth.py) left as strict xfails, each read by a rule of its kind (in any outlet),
beside news worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from test_extract_leftovers_kinds import HEADLINE, LAST, LEDE
from world_news import PROSE, check_line_leaves


@pytest.mark.parametrize(
    "closing",
    [
        # A site's statement of itself, then its call to join, subscribe or give (GGWash's, Malaysiakini's,
        # a reader-funded site's), or one in the first person closing on a call that names the site (Cabin
        # Radio's); with the heading over it or not.
        "GGWash is a nonprofit. Become a member today to keep our reporting free.",
        "Support our work\n\nGGWash is a nonprofit. Become a member today to keep our reporting free.",
        "Malaysiakini has been covering the news without fear or favour for 26 years. Subscribe now to support"
        " independent journalism.",
        "The Tyee is reader-funded. Join Tyee Builders today.",
        "We are funded by people who read our stories. Support Cabin Radio.",
    ],
)
def test_a_site_s_statement_closing_on_its_call_leaves_the_text(closing: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{closing}").text == f"{LEDE}\n\n{LAST}"


def test_a_site_s_statement_under_the_writer_s_bio_naming_the_site_leaves_the_text() -> None:
    # The bio above names the site as the writer's: the site's own, not one the story is about.
    bio = "Alex Baca is GGWash's Housing Program Organizer."
    closing = "GGWash is a nonprofit. Become a member today to keep our reporting free."
    text = f"{HEADLINE}\n\nBy Alex Baca\n\n{LEDE}\n\n{LAST}\n\n{bio}\n\n{closing}"
    assert clean_text(text).text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # A story's last paragraph of an appeal: a thing named in lower case, a column's own plea, a call
        # to a club in lower case, one said by someone.
        "The museum is closed for repairs. Support the museum by visiting its shop.",
        "We could not have coped without the hospice. Please consider making a donation.",
        "We are a small town. Join the Rotary Club.",
        "The shelter is full. Support Hope House, volunteers said.",
        # A statement opening on a capitalised thing, or a campaign's, before a call for something other
        # than the site's journalism.
        "Democracy is fragile. Join us.",
        "Admission is free. Sign up at the library.",
        "Friday is the deadline. Subscribe to the newsletter for updates.",
        "Greenpeace is a campaign group. Become a member today to help save the oceans.",
    ],
)
def test_news_of_an_appeal_closing_the_story_stays(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)


def test_an_appeal_for_an_organisation_the_story_tells_of_stays() -> None:
    # Oxfam is the story's, named above: its appeal closing the story is the story's service line.
    oxfam = "Oxfam said the shortage was the worst in a decade."
    appeal = "Oxfam is a charity working in 70 countries. Donate to Oxfam."
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{oxfam}\n\n{appeal}").text.endswith(appeal)


@pytest.mark.parametrize(
    "pointer",
    [
        # A related-links heading over the headline it points to, in its reports' or news' word.
        "RELATED REPORTS\n\nPenang LRT alignment finalised, says MRT Corp",
        "Related news\n\nCouncil to vote on bus fares next week",
    ],
)
def test_a_related_links_heading_and_its_headline_leave_the_text(pointer: str) -> None:
    cleaned = clean_text(PROSE.format(line=pointer)).text
    assert not [line for line in pointer.split("\n\n") if line in cleaned], cleaned


def test_news_of_related_reports_stays() -> None:
    news = "Related reports of flooding came from Kent and Sussex on Tuesday."
    assert news in clean_text(PROSE.format(line=news)).text


@pytest.mark.parametrize(
    ("byline", "contact"),
    [
        # The writer's contact line under the story: the byline's names and an address to reach them at.
        ("Jonah Kim", "Daily Staff Reporter Jonah Kim can be reached at jonkim@umich.edu."),
        ("Jane Doe", "Reporter Jane Doe can be reached by email at jdoe@example.com."),
        ("Jane Doe", "Reach the reporter at jdoe@example.com."),
    ],
)
def test_the_writer_s_contact_line_leaves_the_text(byline: str, contact: str) -> None:
    text = f"{HEADLINE}\n\nBy {byline}\n\n{LEDE}\n\n{LAST}\n\n{contact}"
    assert clean_text(text).text == f"{LEDE}\n\n{LAST}"


def test_rigzone_s_closing_block_leaves_the_text() -> None:
    # The contact line, the comment call after the site's question (18 words) and the network's blurb
    # closing on its call: each had stayed.
    block = (
        "To contact the author, email andreas.exarheas@rigzone.com\n\n"
        "What do you think? We'd love to hear from you, join the conversation on the Rigzone Energy Network.\n\n"
        "The Rigzone Energy Network is a new social experience created for you and all energy professionals to"
        " Speak Up about our industry, share knowledge, make connections, and find opportunities. Sign up today!"
    )
    text = f"{HEADLINE}\n\nBy Andreas Exarheas\n\n{LEDE}\n\n{LAST}\n\n{block}"
    assert clean_text(text).text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # Someone else's address, with the writer's byline over the story; the writer named beside another's
        # address, no call to reach them; a contact the story tells of, said by someone.
        "The clerk, Mary Fox, can be reached at clerk@lethbridge.ca.",
        "The clerk said questions for Jonah Kim's story went to clerk@lethbridge.ca.",
        "Residents with questions can contact the author of the report at planning@lethbridge.ca, the city said.",
        # Someone else called the author or the reporter, and the address to reach them at.
        "Readers who want a copy of the report can email the author of the study at prof@uni.edu.",
        "Anyone with information can contact the reporter who broke the story at tips@rival.com.",
    ],
)
def test_a_contact_the_story_tells_of_stays(news: str) -> None:
    text = f"{HEADLINE}\n\nBy Jonah Kim\n\n{LEDE}\n\n{LAST}\n\n{news}"
    assert clean_text(text).text.endswith(news)


@pytest.mark.parametrize(
    "line",
    [
        # The desk's question on what its story missed before the tip call (VTDigger's).
        "Did we miss anything? Do you have any tips? Email newsroom@vtdigger.org.",
        "Did we get something wrong? Have a tip? Email tips@example.org.",
        # The comment call after the site's question and wish, 18 words (Rigzone's).
        "What do you think? We'd love to hear from you, join the conversation on the Rigzone Energy Network.",
        # The lead-in to the site's own video or playlist under it (KARE 11's).
        "See the latest news from around the Twin Cities in our YouTube playlist:",
        "Watch more of our videos on our YouTube channel:",
    ],
)
def test_a_tip_call_a_comment_call_or_a_video_s_lead_in_leaves_the_text_and_the_summaries(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # A question in a story with an address after it; a wish said by someone; a lead-in to a quotation,
        # to someone else's video, to "our" report, or said by someone.
        "Did we miss the deadline? No, the clerk said, and the forms reached clerk@lethbridge.ca on time.",
        "We'd love to hear from you, join the conversation, the mayor told residents at the town hall.",
        "See what residents told the council:",
        "Watch the video the police released on YouTube:",
        "See our report on the budget:",
        "Watch our video of the flood, the mayor told residents:",
    ],
)
def test_news_worded_as_a_tip_call_a_comment_call_or_a_video_s_lead_in_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


STAMP = "Thursday, December 3, 2026 - 16:20"


def _byline(particulars: str) -> str | None:
    return nutgraf.extract(f"{HEADLINE}\n\n{particulars}\n\n{LEDE}\n\n{LAST}").byline


@pytest.mark.parametrize(
    ("particulars", "byline"),
    [
        # A section's label glued to the credit word (Reach's "NewsBy"): the names had been read as none.
        ("NewsBy Ruth Mosalski, Chief Reporter", "Ruth Mosalski"),
        ("SportBy Jane Doe", "Jane Doe"),
        # News worded so: the credit word's capital glued to no label, or to one before words of a heading.
        ("By PA Reporters", "PA Reporters"),
        (f"Ruth Mosalski\n\n{STAMP}", "Ruth Mosalski"),
    ],
)
def test_a_byline_glued_to_its_section_s_label_is_read(particulars: str, byline: str) -> None:
    assert _byline(particulars) == byline


@pytest.mark.parametrize(
    "particulars",
    [
        # An agency's desk, its code after the agency (AFP Fact Check's "By AFP UK"), read as a first name
        # and a surname; a place and its country over the stamp (Matangi Tonga's), read as names beside it.
        "By AFP UK",
        "By AP US",
        f"Matangi Tonga Online\n\nNuku'alofa, Tonga\n\n{STAMP}",
        f"Yellowknife, NWT\n\n{STAMP}",
        f"Austin, Texas\n\n{STAMP}",
        # A heading glued as a label is: no names after it, or a title's one word ("StandBy Me").
        "SportBy the numbers: a season in review",
        "StandBy Me",
    ],
)
def test_an_agency_s_desk_or_a_place_over_the_stamp_is_no_byline(particulars: str) -> None:
    assert _byline(particulars) is None


@pytest.mark.parametrize(
    ("particulars", "byline"),
    [
        # A writer's names parted by a comma, the surname first, over the stamp: no country after the comma,
        # nor a code in capitals after a place written in its own case ("Nuku'alofa, Tonga" is a place line).
        (f"Smith, John\n\n{STAMP}", "Smith, John"),
        (f"Kim, Lee\n\n{STAMP}", "Kim, Lee"),
        (f"DOE, JANE\n\n{STAMP}", "DOE, JANE"),
        # Two agencies credited together, in capitals: no agency and its desk's code.
        ("By AFP AND AP", "AFP AND AP"),
    ],
)
def test_a_byline_with_the_surname_before_a_comma_over_the_stamp_is_read(
    particulars: str, byline: str
) -> None:
    assert _byline(particulars) == byline


@pytest.mark.parametrize(
    "closing",
    [
        # A fact check's box under its story, and its account of itself closing on a pointer to "our"
        # methodology (AFP Fact Check's), with the verdict's label or a rating's.
        "Claim: Video shows River Thames flooding London in December 2026\n\nVerdict: False\n\nAFP Fact Check has"
        " verified more than 10,000 claims. Read more about our methodology.",
        "Claim: Video shows River Thames flooding London in December 2026\n\nRating: Misleading\n\nAFP Fact Check"
        " has verified more than 10,000 claims. Read more about our methodology.",
    ],
)
def test_a_fact_check_s_box_and_its_note_under_the_story_leave_the_text(closing: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{closing}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # Labelled sentences of news closing a story; a statement of a thing in lower case before a pointer.
        "Verdict: guilty on all counts, the jury found on Friday.",
        "Rating: the agency cut the country's debt to junk on Tuesday.",
        "The institute has studied the river for decades. Read more about our methodology.",
    ],
)
def test_labelled_news_or_a_pointer_closing_the_story_stays(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)
