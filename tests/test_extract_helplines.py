"""A story's closing helpline or appeal, whom the reader is to contact (a support line under a story on
suicide or abuse, a police appeal, the official to write to), is news the reader needs and stays; a writer's
own contact line under a story ("Contact Jon Brodkin at brodkinj@...") is the paper's furniture and goes, from
pasted text and from pages alike."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import furniture, is_page_furniture

HEADLINE = "Council to close two youth centres"
BODY = [
    "The county council voted on Tuesday to close two of its four youth centres by the end of the year, citing"
    " a budget gap of 3 million pounds.",
    "Parents and staff packed the public gallery, and several speakers said the centres were the only safe"
    " place their children had after school.",
    "Council leader Anne Ward said the decision was painful but that the authority had run out of other options"
    " after years of cuts.",
    "Campaigners said they would seek a judicial review and have started a fund to pay for lawyers, raising"
    " 12,000 pounds in two days.",
    "The remaining centres will extend their hours, the council said, and a mobile service will visit the"
    " affected estates twice a week.",
]

# Whom the reader is to contact: a service, an organisation, an official with a title, a police officer, a
# phone line, a call that says when ("if you ...").
HELPLINES = [
    "Contact Samaritans at jo@samaritans.org or call 116 123.",
    "Contact Child Protective Services at cps@county.gov if you are worried about a child.",
    "Contact Mayor Lisa Brown at mayor@springfield.gov.",
    "Contact Sgt. Mike Hall at mhall@police.example.org.",
    "Contact Sgt. Mike Hall at hall@police.example.org.",
    "Contact Detective Jane Doe at jdoe@police.example.org.",
    "Contact Springfield Police at police@springfield.gov.",
    "Contact Child Protective Services at cps@county.gov.",
    "Contact Councillor Ruth Ames at ruth.ames@county.gov.uk.",
]
# A writer's own contact line, the address made of the names it calls the reader to reach.
WRITERS_LINES = [
    "Reach Maria Lopez at 555-0142 or mlopez@example.com.",
    "Contact Jon Brodkin at brodkinj@example.com",
    "Contact Mia Castillo at mcastillo@dailycal.org, and follow her on X at @miacastillo_dc.",
    "Contact Sarah O'Neil at sarah.oneil@example.com.",
]


def _pasted(line: str, *, byline: str | None = None) -> str:
    head = [HEADLINE, f"By {byline}"] if byline else [HEADLINE]
    return "\n\n".join([*head, *BODY, line])


def _page(line: str, *, byline: str = "Jon Brodkin") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODY, line])
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p class='byline'>By {byline}</p>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize("line", HELPLINES)
@pytest.mark.parametrize("byline", [None, "Jon Brodkin"])
def test_a_helpline_closing_a_pasted_story_stays(line: str, byline: str | None) -> None:
    text = nutgraf.extract(_pasted(line, byline=byline)).text
    assert text.endswith(line)
    assert text.startswith(BODY[0])


@pytest.mark.parametrize("line", HELPLINES)
def test_a_helpline_closing_a_page_s_story_stays(line: str) -> None:
    assert nutgraf.extract(_page(line)).text.endswith(line)


@pytest.mark.parametrize("line", WRITERS_LINES)
def test_a_writer_s_contact_line_still_goes_from_pasted_text(line: str) -> None:
    text = nutgraf.extract(_pasted(line)).text
    assert text.endswith(BODY[-1])
    assert "@" not in text


@pytest.mark.parametrize("line", WRITERS_LINES[1:])
def test_a_writer_s_contact_line_still_goes_from_a_page(line: str) -> None:
    assert nutgraf.extract(_page(line)).text.endswith(BODY[-1])


def test_a_writer_s_contact_line_under_their_byline_still_goes() -> None:
    # The address of the first name alone is the writer's where the byline names them.
    line = "Contact Jon Brodkin at jon@example.com."
    assert nutgraf.extract(_pasted(line, byline="Jon Brodkin")).text.endswith(BODY[-1])
    assert nutgraf.extract(_page(line)).text.endswith(BODY[-1])


def test_a_helpline_mid_story_stays() -> None:
    line = "Contact Mayor Lisa Brown at mayor@springfield.gov."
    text = nutgraf.extract("\n\n".join([HEADLINE, *BODY[:3], line, *BODY[3:]])).text
    assert line in text


def test_the_contact_line_pattern_is_linear() -> None:
    hostile = "Contact " + "a. " * 10_000 + "at a@a" + ".a" * 10_000 + "!"
    assert furniture._CONTACT_LINE.fullmatch(hostile) is None


@pytest.mark.parametrize("line", WRITERS_LINES[1:])
def test_a_writer_s_contact_sentence_is_still_no_summary_s(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", HELPLINES[2:])
def test_a_helpline_s_sentence_may_be_a_summary_s(line: str) -> None:
    assert not is_page_furniture(line)
