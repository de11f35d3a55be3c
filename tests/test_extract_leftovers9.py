"""Leftovers of text cleaning the last stop noticed and left alone, ninth pass: a print edition's folio alone on
its line ("From M6"), a site's link to its app between the paragraphs ("Get the app"), a machine
translation's bare note ("Machine translation"), and the kinds that held already (a French reading time with its colon spaced, a machine translation's note, Daum's stamps, a
live report's entries in lower case under their clocks, a stamp line and a byline tens of thousands of
characters long). Each is a reader's paste of a whole story, with what the reader expects written before
nutgraf ran, beside news worded like the furniture that stays."""

from __future__ import annotations

import time

import pytest

import nutgraf
from test_extract_leftovers6 import paragraphs

HEADLINE = "Council approves six new bus lanes"
LEDE = (
    "The city council voted on Tuesday to approve six new bus lanes across the city centre, officials said."
)
SECOND = "Work on the first lanes will begin in March and is expected to take a year, the council said."
LAST = "Cyclists' groups welcomed the plan but asked for more protected lanes on the ring road."


def bus_story(middle: list[str]) -> str:
    """A reader's paste of a council story with ``middle`` between its lede and its second paragraph."""
    return "\n\n".join([HEADLINE, "By Jane Roe", LEDE, *middle, SECOND, LAST])


# A print edition's jump head, the folio alone ("From M6", a Sunday section's; "From A1"), had stayed a line
# of the story where the jump rule knew "Continued from A1" and the slug's "FIRE: From A1" only.
@pytest.mark.parametrize("folio", ["From M6", "From A1", "FROM B-3"])
def test_a_print_page_s_folio_alone_leaves(folio: str) -> None:
    assert paragraphs(bus_story([folio])) == [LEDE, SECOND, LAST]


@pytest.mark.parametrize(
    "middle",
    [
        # A road, not a page: the sentence goes on.
        "From M6 to the coast, the storm closed every road in the county on Monday.",
        # A figure alone, or an Interstate, is no print page's folio.
        "From 2019",
        "From I-95",
    ],
)
def test_news_worded_as_a_folio_stays(middle: str) -> None:
    assert paragraphs(bus_story([middle])) == [LEDE, middle, SECOND, LAST]


# Clickability's link to its app, alone between two paragraphs, had stayed a line of the story.
@pytest.mark.parametrize("link", ["Get the app", "Get our app"])
def test_a_site_s_link_to_its_app_leaves(link: str) -> None:
    assert paragraphs(bus_story([link])) == [LEDE, SECOND, LAST]


def test_a_sentence_opening_as_the_app_s_link_stays() -> None:
    middle = "Get the app right and users will follow, the council's digital chief told the meeting."
    assert paragraphs(bus_story([middle])) == [LEDE, middle, SECOND, LAST]


FRENCH_HEADLINE = "Le conseil municipal approuve six nouvelles voies de bus"
FRENCH_LEDE = (
    "Le conseil municipal a voté mardi la création de six nouvelles voies de bus dans le centre-ville, a"
    " indiqué la mairie."
)
FRENCH_AFTER = [
    "Les travaux commenceront en mars et devraient durer un an, selon la mairie.",
    "Les associations de cyclistes ont salué le projet tout en demandant davantage de pistes protégées.",
]


# Held already at the base: a French reading time with its colon spaced as French writes it, a no-break
# space or a plain one, goes with the headline's particulars; a subheading that opens as one stays.
@pytest.mark.parametrize(
    "reading", ["Lecture : 20 min par jour", "Lecture\u00a0: 4\u00a0min", "Lecture : 3 min"]
)
def test_a_french_reading_time_with_its_colon_spaced_leaves(reading: str) -> None:
    text = "\n\n".join([FRENCH_HEADLINE, reading, FRENCH_LEDE, *FRENCH_AFTER])
    assert paragraphs(text) == [FRENCH_LEDE, *FRENCH_AFTER]


def test_a_french_sentence_opening_on_reading_minutes_stays() -> None:
    middle = "Lecture 15 minutes par jour : c'est ce que recommande désormais le ministère pour les élèves de primaire."
    text = "\n\n".join([FRENCH_HEADLINE, FRENCH_LEDE, middle, *FRENCH_AFTER])
    assert paragraphs(text) == [FRENCH_HEADLINE, FRENCH_LEDE, middle, *FRENCH_AFTER]


# A machine translation's bare note at the top of a text: "Machine translated" went already, "Machine
# translation" had stayed the text's first line. And, held already, Daum's input and edit stamps.
@pytest.mark.parametrize("note", ["Machine translated", "Machine translation"])
def test_a_machine_translation_s_bare_note_leaves(note: str) -> None:
    assert paragraphs("\n\n".join([note, LEDE, SECOND, LAST])) == [LEDE, SECOND, LAST]


KOREAN_STORY = [
    "서울시는 6일 도심에 버스전용차로 6곳을 새로 만들겠다고 밝혔다.",
    "첫 공사는 내년 3월에 시작되며 1년 정도 걸릴 것으로 보인다고 시는 설명했다.",
    "자전거 단체들은 계획을 환영하면서도 보호 차로를 더 늘려 달라고 요구했다.",
]


@pytest.mark.parametrize(
    "stamps",
    [
        ["입력 2026.12.06. 오전 9:41", "수정 2026.12.06. 오전 10:15"],
        ["입력2026.12.06. 오전 9:41 수정2026.12.06. 오전 10:15"],
    ],
)
def test_daum_s_input_and_edit_stamps_leave(stamps: list[str]) -> None:
    text = "\n\n".join(["서울시, 버스전용차로 6곳 신설", *stamps, *KOREAN_STORY])
    assert paragraphs(text) == KOREAN_STORY


# Held already: a live report written oldest-first, each entry opening in lower case after its clock, is one
# sentence an entry, none run into the one before.
LIVE_ENTRIES = [
    (
        "9:15 am",
        "the Met Office has issued an amber warning for heavy rain across the county until midnight.",
    ),
    (
        "10:02 am",
        "firefighters say they have rescued two drivers from cars stuck in flood water near Ashford.",
    ),
    ("10:42 am", "police say the A28 is closed in both directions between Ashford and Tenterden."),
    ("11:30 am", "the county council says 14 schools have closed for the day."),
]


@pytest.mark.parametrize("between", [" — ", "\n", " "])
def test_a_live_report_s_entries_in_lower_case_are_a_sentence_each(between: str) -> None:
    text = "Live: Flooding closes roads across the county\n\n" + "\n\n".join(
        clock + between + entry for clock, entry in LIVE_ENTRIES
    )
    sentences = [sentence.text for sentence in nutgraf.summarize(text, sentences=6).sentences]
    assert sentences == [entry for _, entry in LIVE_ENTRIES]


# A live report written oldest first, each entry in lower case with no stop under its clock: its clocks run
# on as a video's codes do, and its entries had been joined into one sentence, their clocks gone (the eighth
# pass had parted them newest first only).
M5_ENTRIES = [
    ("13:40", "a spokesman for the highways agency said the road would reopen by the evening rush hour"),
    ("14:05", "police said the road would stay closed in both directions until the lorry is recovered"),
    ("14:30", "the fire service said two crews were still at the scene helping to clear the fuel spill"),
]


def m5_live_report(entries: list[tuple[str, str]]) -> str:
    return "Live: M5 closed after lorry crash near Bristol\n\n" + "\n\n".join(
        f"{clock}\n\n{entry}" for clock, entry in entries
    )


@pytest.mark.parametrize("entries", [M5_ENTRIES, M5_ENTRIES[::-1]], ids=["oldest first", "newest first"])
def test_a_live_report_s_entries_under_their_clocks_stay_apart(entries: list[tuple[str, str]]) -> None:
    assert paragraphs(m5_live_report(entries)) == [entry for _, entry in entries]


NEWSNIGHT = [
    "BBC Two will broadcast a special edition of Newsnight on Monday to mark the programme's 45th anniversary,"
    " the corporation said.",
    "The programme will be presented by Victoria Derbyshire and will include archive interviews with former prime"
    " ministers.",
    "The BBC said the anniversary edition would run for an hour instead of the usual 45 minutes.",
    "Newsnight was first broadcast in January 1980 and has been presented by Jeremy Paxman and Kirsty Wark.",
]
SCHEDULE = ["7pm: The One Show", "8pm: EastEnders", "9pm: Newsnight at 45", "10pm: BBC News at Ten"]


def test_a_tv_schedule_under_its_lead_in_is_no_prose() -> None:
    # Held already: the entries stay lines of the story under their lead-in, and no summary reads them.
    text = "Newsnight turns 45\n\n" + "\n\n".join(
        [*NEWSNIGHT[:2], "Tonight on BBC Two:", *SCHEDULE, *NEWSNIGHT[2:]]
    )
    assert paragraphs(text) == [*NEWSNIGHT[:2], "Tonight on BBC Two:", *SCHEDULE, *NEWSNIGHT[2:]]
    summary = [sentence.text for sentence in nutgraf.summarize(text, sentences=9).sentences]
    assert not set(SCHEDULE) & set(summary)


def test_the_story_s_paragraph_under_a_tv_schedule_without_its_lead_in_stays() -> None:
    text = "Newsnight turns 45\n\n" + "\n\n".join([*NEWSNIGHT[:3], *SCHEDULE, *NEWSNIGHT[3:]])
    assert paragraphs(text)[-1] == NEWSNIGHT[3]


# A stamp line and a byline tens of thousands of characters long, far past the fold: each is read in time
# linear in its length and reaches no summary (measured: 30,000 and 60,000 characters, 0.03 s and 0.06 s).
@pytest.mark.parametrize(
    "line",
    [
        "Updated " + ("March 3, 2026 10:15 a.m. " * 1200)[:30_000],
        "By " + ("Jane Roe and " * 4200)[:50_000],
    ],
)
def test_a_stamp_or_byline_line_tens_of_thousands_of_characters_long_stays_out_of_the_summary(
    line: str,
) -> None:
    body = [LEDE, *[SECOND] * 30, line, "The council will meet again in January."]
    started = time.process_time()
    summary = nutgraf.summarize("\n\n".join([HEADLINE, *body]), sentences=40)
    assert time.process_time() - started < 5
    assert all(len(sentence.text) < 300 for sentence in summary.sentences)


@pytest.mark.parametrize(
    "middle",
    [
        "Machine translation has improved quickly, but councils still pay people to check it, the report said.",
        "Machine translation tools",
    ],
)
def test_news_of_machine_translation_stays(middle: str) -> None:
    assert paragraphs(bus_story([middle])) == [LEDE, middle, SECOND, LAST]
