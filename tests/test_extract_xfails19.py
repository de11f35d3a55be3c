"""The nineteenth pass over the strict xfails, as kinds: a wire's city of four letters before a spaced hyphen
at a story's head, a paper's name over its city and stamp, a print byline in capitals with the writer's job
run on. Each beside near misses that stay as they were."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.segment import dateline_end

STORY = (
    "Italian police have arrested 14 people suspected of running a network that smuggled migrants from Tunisia"
    " to Sicily in fishing boats, prosecutors in Palermo said on Wednesday.\n\n"
    "The suspects, most of them Tunisian nationals, charged up to 5,000 euros a person for the crossing,"
    " according to a statement from the prosecutors' office.\n\n"
    "Investigators said the group organised at least 40 crossings over the past two years, carrying more than"
    " 1,500 people.\n\n"
    "Several of the boats were found to be unseaworthy, and in one case a vessel carrying 60 people sank off"
    " the island of Lampedusa, killing nine.\n\n"
    "Prime Minister Giorgia Meloni has pledged to crack down on smugglers and has sought help from the"
    " European Union to curb departures from North Africa."
)


def _tldr(text: str) -> str:
    return nutgraf.summarize(text, form="tldr").sentences[0].text


# 1. A city of four letters in capitals before a spaced hyphen, over a story that names it nowhere else.


@pytest.mark.parametrize("city", ["ROME", "LIMA", "BAKU", "OSLO"])
def test_a_four_letter_city_s_dateline_over_a_story_that_never_names_it_is_left_out(city: str) -> None:
    assert _tldr(f"{city} - {STORY}").startswith("Italian police have arrested 14 people")


@pytest.mark.parametrize(
    ("head", "again"),
    [
        # An acronym the story names again, in capitals or in British style's own case.
        ("NATO - Russia council talks", " Nato officials said little."),
        ("NATO - Russia council talks", " NATO ministers will meet again in March."),
        ("FIFA - The governing body", " Fifa's president spoke."),
        ("OPEC - Russia talks", " OPEC said output would stay flat."),
        # A city the story names again as a word of another ("Romeo"), or a dateline again later: the rule
        # asks for no mention at all, and the one there was before.
        ("ROME - Italian police", " Rome's mayor welcomed the arrests."),
        # Labels are no places, however long the story.
        ("UPDATE - Italian police", ""),
        ("BREAKING - Italian police", ""),
        ("LIVE - Italian police", ""),
    ],
)
def test_a_spaced_hyphen_after_an_acronym_or_a_label_stays_in_the_lede(head: str, again: str) -> None:
    text = STORY.replace("Italian police", head, 1) + again
    assert _tldr(text).startswith(head)


def test_a_short_text_under_a_four_letter_word_keeps_it() -> None:
    # Too short to say whether the story would name an acronym again.
    text = "ROME - Police arrested 14 people. Romeo and Juliet is staged in Verona."
    assert dateline_end(text, 0, len(text)) == 0


def test_the_form_past_the_text_s_first_paragraph_stays() -> None:
    text = f"Police said on Wednesday that a smuggling network had been broken up.\n\nROME - {STORY}"
    start = text.index("ROME")
    assert dateline_end(text, start, text.index("\n\n", start)) == start


def test_the_unnamed_city_rule_reads_a_long_text_in_linear_time() -> None:
    # The mentions are looked for with str.find, once per spelling: 10,000 near-mentions ("ROMEO", "xROME",
    # no whole word) leave the city unnamed, and a whole one after them names it.
    text = "ROME - " + STORY + " ROMEO xROME" * 10_000
    assert dateline_end(text, 0, text.index("\n\n")) == len("ROME - ")
    assert dateline_end(text + " Rome", 0, text.index("\n\n")) == 0


# 2. A paper's name over its city and the stamp; a print byline in capitals with the writer's job run on.

PROSE = (
    "Doha Metro and Lusail Tram will run until 2am from December 17 to December 20 to serve crowds at"
    " National Day events, Qatar Rail said yesterday.\n\n"
    "Services will start at 6am on those days, and extra trains will run on the Red Line between Msheireb and"
    " Lusail QNB stations.\n\n"
    "Qatar Rail urged visitors to use the metro instead of driving to Corniche, where roads will be closed."
)


def _over_stamp(names: str, place: str = "Doha") -> str:
    return (
        f"Doha Metro to extend hours during National Day holiday\n\n{names}\n\n{place}\n\n"
        f"Published: 03 Dec 2026 - 10:45 pm\n\n{PROSE}"
    )


@pytest.mark.parametrize("paper", ["Gulf Times", "Khaleej Times", "Deccan Chronicle", "Peninsula Gazette"])
def test_a_paper_s_name_over_its_city_and_stamp_is_no_byline(paper: str) -> None:
    article = nutgraf.extract(_over_stamp(paper))
    assert article.byline is None
    assert paper not in article.text


@pytest.mark.parametrize("writer", ["Jane Doe", "Sarah Post", "Emily Sun", "Anna Star"])
def test_a_writer_s_names_over_a_city_and_stamp_are_the_byline(writer: str) -> None:
    assert nutgraf.extract(_over_stamp(writer)).byline == writer


PRINT_PROSE = (
    "Ontario will fund 10,000 new licensed child-care spaces over the next two years, Education Minister Paul"
    " Calandra announced Wednesday.\n\n"
    "The spaces will be built mostly in fast-growing suburbs west and north of Toronto, where waiting lists"
    " are longest.\n\n"
    "The province will spend $1.2 billion on the program, with Ottawa covering about half of it."
)


def _print_edition(line: str) -> str:
    return (
        "PressReader\n\nToronto Star\n\n3 Dec 2026\n\nListen\n\nTranslate\n\nPrint\n\nShare\n\n"
        f"Ontario to add 10,000 child-care spaces by 2028\n\n{line}\n\n{PRINT_PROSE}"
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("ROBERT BENZIE QUEEN'S PARK BUREAU CHIEF", "ROBERT BENZIE"),
        ("JOANNA CHIU STAFF REPORTER", "JOANNA CHIU"),
        ("KENYON WALLACE INVESTIGATIVE REPORTER", "KENYON WALLACE"),
        ("ROBERT BENZIE BUREAU CHIEF", "ROBERT BENZIE"),
    ],
)
def test_a_print_byline_in_capitals_with_the_job_run_on_gives_the_names(line: str, names: str) -> None:
    article = nutgraf.extract(_print_edition(line))
    assert article.byline == names
    assert line not in article.text


@pytest.mark.parametrize(
    "line",
    [
        # A standfirst or a kicker in capitals closing on a job's word is no one's byline.
        "MAYOR NAMES NEW POLICE CHIEF",
        "CITY APPOINTS FIRE CHIEF",
        "QUEEN'S PARK BUREAU CHIEF",
        "ANALYSIS BY POLITICAL EDITOR",
        "SPECIAL TO THE STAR",
    ],
)
def test_a_capitals_line_with_no_names_before_a_job_gives_no_byline_of_it(line: str) -> None:
    byline = nutgraf.extract(_print_edition(line)).byline
    assert byline is None or not set(byline.split()) & set(line.split())
