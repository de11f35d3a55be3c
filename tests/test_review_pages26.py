"""Review of the twenty-sixth round's rules (``tests/test_extract_pages26.py``) on input they were not written
on: a story's own sentences that look like a click-to-tweet box, a popover's term, a sponsor's label or a box of
paid offers, each of which had been taken from the story."""

from __future__ import annotations

import pytest

import nutgraf

STORY = [
    "Common swifts are reaching Britain nine days earlier than they did thirty years ago, according to an"
    " analysis of more than 200,000 sightings sent in by birdwatchers.",
    "The study found that the birds' average arrival date has moved from 6 May in the early 1990s to 27 April"
    " in the last five years.",
    "The researchers say warmer springs in southern Europe, where swifts stop to feed on their way north, are"
    " the most likely reason.",
    "Swift numbers in Britain have fallen by more than half since 1995, and the birds are on the red list of"
    " species of highest conservation concern.",
]


def _text(middle: str) -> str:
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Swifts arrive early | Field Notes'
        "</title></head><body><header><a href='/'>Field Notes</a></header><main><article>"
        f"<h1>Swifts arrive early</h1><div class='body'><p>{STORY[0]}</p><p>{STORY[1]}</p>{middle}<p>{STORY[2]}"
        f"</p><p>{STORY[3]}</p></div></article></main></body></html>"
    )
    return nutgraf.extract(html, url="https://fieldnotes.example/swifts").text


_INTENT = "https://twitter.com/intent/tweet?hashtags=swiftwatch"
_ASK = (
    f'The society asks anyone who sees a swift before May to <a href="{_INTENT}">post it with the tag'
    " #swiftwatch</a>, so that sightings can be mapped."
)


@pytest.mark.parametrize(
    "middle",
    [
        f'<div class="paragraph"><p>{_ASK}</p></div>',
        f'<div class="text">{_ASK}</div>',
        f"<blockquote>“Swifts are back,” the society wrote, <a href='{_INTENT}'>asking followers to post"
        " sightings</a>, so that sightings can be mapped.</blockquote>",
    ],
    ids=["paragraph-in-its-own-div", "sentence-in-a-div", "quote-in-a-blockquote"],
)
def test_a_story_s_sentence_linking_a_tweet_intent_stays(middle: str) -> None:
    # Sites that wrap each paragraph in a <div> (or write it in one): the sentence had gone as a
    # click-to-tweet box, its box the <div> around it.
    assert "so that sightings can be mapped." in _text(middle)


_TERM = (
    '<button class="term" popovertarget="gl-1">FIT</button><span id="gl-1" popover>Faecal immunochemical test:'
    " a home kit that detects tiny amounts of blood.</span>"
)


@pytest.mark.parametrize(
    ("middle", "line"),
    [
        (f"<ul><li>Patients are sent a {_TERM} test kit by post.</li><li>Results come in two weeks.</li></ul>",
         "- Patients are sent a FIT test kit by post."),
        (f"<table><tr><td>Screening uses a {_TERM} test kit.</td><td>Every two years</td></tr></table>",
         "| Screening uses a FIT test kit. | Every two years |"),
        (f"<blockquote>Patients are sent a {_TERM} test kit by post, said the NHS.</blockquote>",
         "Patients are sent a FIT test kit by post, said the NHS."),
        (f"<h2>What the {_TERM} test finds</h2>", "What the FIT test finds"),
    ],
    ids=["list-item", "table-cell", "blockquote", "heading"],
)  # fmt: skip
def test_a_glossary_term_outside_a_paragraph_stays_with_its_sentence(middle: str, line: str) -> None:
    # The popover's definition is hidden; its term, a word of the line, had gone with the page's buttons
    # ("Patients are sent a test kit by post.") everywhere but inside a <p>.
    assert line in _text(middle).split("\n\n")


@pytest.mark.parametrize(
    ("middle", "line"),
    [
        ("<p><strong>Presented by</strong> the city's arts council, the swift festival runs from 4 May in Norwich;"
         " <a href='https://festival.example/'>tickets</a> are free.</p>",
         "Presented by the city's arts council, the swift festival runs from 4 May in Norwich; tickets are free."),
        ("<p><b>Sponsored by</b> the RSPB and the BTO, the survey has run since 1995. <a href='/methods'>Read the"
         " methods</a>.</p>",
         "Sponsored by the RSPB and the BTO, the survey has run since 1995. Read the methods."),
        ("<div><h3>Brought to you by</h3><p>the people of Norwich, who counted 4,000 swifts over the cathedral"
         " last year; <a href='/map'>see the map</a>.</p></div>",
         "the people of Norwich, who counted 4,000 swifts over the cathedral last year; see the map."),
    ],
    ids=["strong-presented-by", "b-sponsored-by", "heading-then-lower-case"],
)  # fmt: skip
def test_a_story_s_line_opening_on_sponsor_words_without_a_name_stays(middle: str, line: str) -> None:
    # A sponsor's label alone ("This issue is sponsored by" over the name) is followed by its sponsor's name;
    # a bold "Presented by" opening the story's sentence is followed by the sentence, and it had gone.
    assert line in _text(middle).split("\n\n")


def test_a_product_card_s_description_stays_beside_its_paid_offers() -> None:
    # A buying guide's card: the product's name and the reviewer's sentence on it, then two shops' paid
    # links. The whole card had gone as a box of offers.
    card = (
        '<div class="product-card"><h3>Schwegler 1MF swift box</h3><p>Woodcrete lasts for decades, and swifts'
        ' took to it in our second summer of testing.</p><a href="/go/1" rel="sponsored nofollow">£48 at NHBS</a>'
        ' <a href="/go/2" rel="sponsored nofollow">£52 at Amazon</a></div>'
    )
    text = _text(card).split("\n\n")
    assert "Woodcrete lasts for decades, and swifts took to it in our second summer of testing." in text


def test_a_sponsor_s_logo_under_its_label_alone_goes_with_its_block() -> None:
    # The name after a label standing alone is the sponsor's logo, its alt; the block goes as the one
    # whose name is text does (the label's name is asked in the box, beside the story's "Presented by the ...").
    block = (
        "<div class='block'><p>This issue is sponsored by</p><p><img src='/northlink.png' alt='Northlink"
        " Outdoor'></p><p>waterproofs that survive a Force 8 on the Pentland Firth. Use code DISPATCH for 15%"
        " off.</p><p><a href='https://northlink.example/?ref=dispatch'>Shop the range</a></p></div>"
    )
    assert _text(block).split("\n\n") == STORY


def test_a_recipe_s_equipment_list_with_paid_links_in_its_lines_stays() -> None:
    # Each item names its tool in a sentence's words around the paid link: a recipe's lines, not a shop's offer.
    equipment = (
        "<h3>Equipment</h3><ul><li>A <a href='/go/1' rel='sponsored'>5-quart Dutch oven</a> with a tight lid</li>"
        "<li>A <a href='/go/2' rel='sponsored'>digital thermometer</a> for the oil</li></ul>"
    )
    text = _text(equipment).split("\n\n")
    assert "- A 5-quart Dutch oven with a tight lid" in text
