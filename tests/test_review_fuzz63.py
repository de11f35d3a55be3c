"""Review of hostile input round 33: a story's short closing sentence under the story's box (a candidate's rows,
a book's info line, a spec table) stays, where it had gone with the box as a stray line; what is past a box
and other furniture (a share bar, a list of links, a sign-up line) still goes."""

from __future__ import annotations

import time

import pytest

from nutgraf.extract.text import clean_text

STORY = (
    "The harbour committee met on Thursday to review the annual report. "
    "Members said the dredging programme had grown faster than expected this year. "
    "The chair promised a full public consultation before any new rules are written."
)
CANDIDATE_BOX = "Party: Democrat\n\nAge: 54\n\nOccupation: Lawyer\n\nResidence: Springfield"
CLOSING = "The port authority said the dredgers would start work in the spring, weather permitting."
BOOK_BOX = (
    "The Salt Road by Ana Ruiz (Faber, 320pp, £18.99)\n\nRating: ★★★★☆\n\nSpectator Books price: £16.99"
)


@pytest.mark.parametrize(
    ("box", "closing"),
    [
        (
            CANDIDATE_BOX,
            "The port authority said the dredgers would start work in the spring, weather permitting.",
        ),
        (
            "Party: Democrat\n\nAge: 54\n\nOccupation: Lawyer",
            "The vote will be held on Tuesday, the county clerk said.",
        ),
        (BOOK_BOX, "Ana Ruiz will be at the Hay Festival on 28 May."),
        ("Partei: SPD\n\nAlter: 54\n\nBeruf: Anwältin\n\nWohnort: Kiel", "Die Wahl findet am Sonntag statt."),
    ],
    ids=["candidate", "three-rows", "book", "german"],
)
def test_a_story_s_closing_sentence_under_its_box_stays(box: str, closing: str) -> None:
    # The box's lines part the closing sentence from the story: a lone line of fewer than 25 words past them
    # had been a stray one, and the reader got the opening paragraph alone.
    assert clean_text(f"{STORY}\n\n{box}\n\n{closing}").text == f"{STORY}\n\n{closing}"


@pytest.mark.parametrize(
    "after_box",
    [
        "Share this story\n\nThe port authority said the dredgers would start work in spring.",
        "Related\n\nHarbour fees to rise\n\nFerry timetable changes\n\nThe port authority said work starts in spring.",
        "Sign up for our newsletter to get the week's news.",
        "(c) 2024 Times Ltd. All rights reserved.",
        "Photo: Jane Roe/Gazette.",
        "Have a story tip? Email us at news@gazette.com.",
        "We use cookies to improve your experience on our site.",
    ],
    ids=[
        "share-bar",
        "related-links",
        "sign-up",
        "copyright",
        "photo-credit",
        "tip-line",
        "cookies",
    ],
)
def test_what_is_past_a_box_and_other_furniture_still_goes(after_box: str) -> None:
    assert clean_text(f"{STORY}\n\n{CANDIDATE_BOX}\n\n{after_box}").text == STORY


@pytest.mark.parametrize(
    ("box", "note"),
    [
        (BOOK_BOX, "To order a copy for £16.99 go to guardianbookshop.com. Delivery charges may apply."),
        (
            "Screen: 6.3in OLED\n\nBattery: 4,500mAh\n\nStorage: 256GB\n\nPrice: $799",
            "Read our full review of the Pixel 10.",
        ),
        (
            "Getting there: Norwegian flies from London Gatwick to Tromsø daily\n\n"
            "Where to stay: The Thon Hotel has doubles from £120\n\n"
            "Where to eat: Mathallen serves fish soup for £15",
            "This trip was provided by the tourism board.",
        ),
    ],
    ids=["bookshop", "review-link", "travel-note"],
)
def test_a_desk_s_note_under_its_box_still_goes(box: str, note: str) -> None:
    # Under a book's, a gadget's or a trip's box a lone line is the desk's: it tells nothing that happened, or
    # closes a travel story's practical box, which closes its story.
    assert clean_text(f"{STORY}\n\n{box}\n\n{note}").text == STORY


def test_a_labelled_furniture_block_is_no_box_and_the_line_past_it_still_goes() -> None:
    # Tags and share rows are labelled ("Filed under: News") but no desk's box: a line about the paper past them
    # is no part of the story.
    tags = "Tags: harbour, dredging\n\nFiled under: News\n\nShare this: Facebook, Twitter"
    text = clean_text(f"{STORY}\n\n{tags}\n\nThe Gazette was founded in 1887 by the Ruiz family.").text
    assert text == STORY


def test_a_closing_sentence_under_thousands_of_box_lines_is_read_in_linear_time() -> None:
    # The box's lines are asked once each, up to the first that is none (each row its own, no repeated button).
    def seconds(boxes: int) -> float:
        rows = "\n\n".join(
            f"Party: Democrat {n}\n\nAge: {n}\n\nOccupation: Lawyer {n}\n\nResidence: Springfield {n}"
            for n in range(boxes)
        )
        text = f"{STORY}\n\n{rows}\n\n{CLOSING}"
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            cleaned = clean_text(text).text
            best = min(best, time.process_time() - started)
        assert cleaned == f"{STORY}\n\n{CLOSING}"
        return best

    ratio = seconds(1_600) / seconds(400)
    assert ratio < 9, f"4 times the box lines took {ratio:.0f} times as long"
