"""Kinds of furniture the fifteenth outlets round (tests/test_summary_outlets_fifteenth.py, stories pasted from
print editions, e-papers and full-text databases) left as strict xfails, each read by a rule of its kind in any
outlet and language, beside news worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import NEWS, PROSE

HEADLINE = "Portland to replace its water mains under the east side"
LEDE = (
    "Portland will replace 40 miles of water mains under the city's east side over the next five years, the"
    " Water Bureau said on Monday."
)
STORY = (
    "The work will close lanes on Burnside Street and Sandy Boulevard for weeks at a time, the bureau said."
)
ARTICLE = f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize(
    "fields",
    [
        # A database's record over the story, its writer under "Byline:" and the story's deck under "Highlight:",
        # which had been the title, the writer none and the paper's name over the date the byline.
        "Section: METRO; Pg. B1\n\nLength: 612 words\n\nByline: Jane Doe\n\nHighlight: Lanes will close on two"
        " east side streets for weeks at a time",
        # The same fields copied without blank lines between them, and a dateline's field among them.
        "Section: Local news\nLength: 612 words\nByline: Jane Doe\nDateline: PORTLAND\nHighlight: Lanes will close"
        " on two east side streets for weeks at a time",
    ],
)
def test_a_database_record_s_fields_over_the_story_leave_and_its_byline_is_read(fields: str) -> None:
    text = f"The Oregonian\n\nNovember 14, 2026 Saturday\n\n{HEADLINE}\n\n{fields}\n\nBody\n\n{ARTICLE}"
    article = clean_text(text)
    assert (article.title, article.byline, article.text) == (HEADLINE, "Jane Doe", ARTICLE)


def test_a_labelled_byline_field_names_the_writer() -> None:
    article = clean_text(f"{HEADLINE}\n\nByline: Jane Doe\n\n{ARTICLE}")
    assert article.byline == "Jane Doe"


RECORD_BELOW = (
    "Word count: 612\n\nCopyright 2026 The Oregonian\n\nPublication title: The Oregonian; Portland, Ore.\n\n"
    "Pages: B1\n\nPublication year: 2026\n\nPlace of publication: Portland, Ore.\n\nCountry of publication:"
    " United States\n\nSource type: Newspaper"
)


def test_a_database_record_s_fields_under_the_story_leave_the_text_and_the_summary() -> None:
    # Fields closing on an abbreviation's stop ("Portland, Ore.") had read as sentences, stayed in the text and
    # been taken into a summary.
    text = f"{HEADLINE}\n\nBy Jane Doe\n\n{ARTICLE}\n\n{RECORD_BELOW}"
    assert clean_text(text).text == ARTICLE
    assert "Ore." not in nutgraf.summarize(text, sentences=3).text


@pytest.mark.parametrize(
    ("citation", "names"),
    [
        # A database's citation line under the headline, the writer's surname first, over its "Full Text"
        # heading: it had stayed and opened the text, and no byline was read.
        ("Doe, Jane. The Oregonian; Portland, Ore. [Portland, Ore]. 14 Nov 2026: B1.", "Jane Doe"),
        ("Nguyen, Thanh Ha. Seattle Times; Seattle, Wash. 3 December 2026: A4.", "Thanh Ha Nguyen"),
    ],
)
def test_a_database_record_s_citation_line_leaves_and_names_the_writer(citation: str, names: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{citation}\n\nFull Text\n\n{ARTICLE}")
    assert (article.title, article.byline, article.text) == (HEADLINE, names, ARTICLE)


@pytest.mark.parametrize(
    "line",
    [
        # A story about a publication's title, its label and colon opening a paragraph of news, alone.
        "Publication title: the paper's new name, The Oregonian Today, was chosen by its readers, the editor said.",
        # A sentence quoting a memo's "Highlight:", in quotation marks and not.
        '"Highlight: the mayor said the budget was balanced," the memo read.',
        "Highlight: the mayor said the budget was balanced, and the council agreed.",
    ],
)
def test_news_worded_as_a_record_s_field_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


def test_an_interview_s_labels_said_again_stay() -> None:
    # A transcript's speakers, their labels said again, are no record's fields, however short the answers.
    exchange = [
        "Q: Will the levy raise property taxes next year?",
        "A: Yes, by about 30 dollars a year for a typical home.",
        "Q: And when would the work on the roads begin?",
        "A: Next spring, if the voters approve the levy in May.",
    ]
    text = PROSE.format(line="\n\n".join(exchange))
    assert [line for line in exchange if line not in clean_text(text).text] == []


def test_a_match_report_s_box_of_labelled_lines_stays() -> None:
    # A match report's particulars, each line closing on a stop: the story's own, as the line-ups are.
    box = [
        "Sent off: Barnes.",
        "Referee: Mike Jones 6.5.",
        "Attendance: 39,496.",
        "Man of the match: Aaron Lennon.",
    ]
    text = PROSE.format(line="\n\n".join(box))
    assert [line for line in box if line not in clean_text(text).text] == []


# A story long enough that a box in its middle is the story's, not a page's furniture under it.
BOX_STORY = (
    "The bureau said the work would cost about $200 million, paid for by the water rates of the next decade.\n\n"
    "Residents of the east side have complained of low pressure and brown water for years, the bureau said.\n\n"
    "{box}\n\n"
    "Crews will start on the mains under Burnside Street in March, the bureau's director said on Monday.\n\n"
    "The city council approved the plan on Wednesday after a debate that lasted four hours."
)


@pytest.mark.parametrize(
    "box",
    [
        # A story's own boxes of four labelled lines and more, none closing on a stop, none labelled as a
        # database labels its record: an obituary's facts, a recipe's, a review's specifications, a timeline,
        # a result's, in English and in German. They had left the text as a record's fields.
        [
            "Born: March 3, 1935, in Leeds",
            "Died: December 1, 2026, in Leeds",
            "Known for: The state's first heart transplant",
            "Survived by: Her husband, Tom, and three children",
        ],
        ["Serves: 8", "Prep time: 20 minutes", "Cook time: 45 minutes", "Difficulty: Easy"],
        ["Price: $799", "Screen: 6.3in OLED", "Battery life: 22 hours", "Storage: 256GB"],
        [
            "Monday: Audit report leaked to reporters",
            "Tuesday: Council calls emergency session",
            "Wednesday: Mayor denies wrongdoing",
            "Thursday: Mayor resigns",
        ],
        [
            "Labour: Jane Smith 18,402",
            "Conservative: Tom Brown 15,388",
            "Lib Dem: Ann Green 4,120",
            "Turnout: 61%",
        ],
        [
            "Geboren: 3. März 1961 in Kassel",
            "Partei: CDU",
            "Amtszeit: 2019 bis 2026",
            "Nachfolger: noch offen",
        ],
    ],
)
def test_a_story_s_own_box_of_labelled_lines_stays(box: list[str]) -> None:
    story = BOX_STORY.format(box="\n\n".join(box))
    text = f"{HEADLINE}\n\nBy Jane Doe\n\n{ARTICLE}\n\n{story}"
    assert [line for line in box if line not in clean_text(text).text] == []


def test_a_headline_with_its_own_label_over_labelled_particulars_is_the_title() -> None:
    # A headline's label ("Exclusive:") over a byline and stamps under labels opens a run of labelled lines,
    # under a page's menu: no record's field under another, it stays the title.
    headline = "Exclusive: Water Bureau to close two east side streets for weeks"
    text = (
        f"News\n\nLocal\n\nSports\n\n{headline}\n\nBy: Jane Doe\n\nPublished: Nov. 14, 2026\n\n"
        f"Updated: Nov. 15, 2026\n\n{ARTICLE}"
    )
    assert clean_text(text).title == headline


@pytest.mark.parametrize(
    "lede",
    [
        # A lede opening on a place and its country before a stop, a semicolon and a year after: no citation.
        "Paris, France. The city will spend two billion euros on its metro; work starts in 2026.",
        "Springfield, Ill. The state will close two prisons; the governor announced it on Dec. 3, 2026.",
        # A dateline's place and its stamps under the headline, a semicolon between them: no citation, no
        # byline (they had left the text, the place read as the writer's names).
        "Kyiv, Ukraine. Published Dec. 3, 2026; updated Dec. 4, 2026.",
        "Lagos, Nigeria. Lagos State Government; Thursday, December 3, 2026.",
        "Lagos, Nigeria. Lagos State Government; Monday, Dec. 3, 2026.",
    ],
)
def test_a_lede_opening_on_a_place_and_a_stop_stays(lede: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{lede}\n\n{NEWS}")
    assert (lede in article.text, article.byline) == (True, None)


OCR_STORY = (
    "Port Authority to cut late-night bus service\n\nBy Julia Felton\n\nPittsburgh Regional Transit will end"
    " late-night service on 14 bus routes in February, the agency's board decided on Wednesday.\n\n{above}\n"
    "{below}\n\nRiders' advocates said the change would leave night workers without a safe way home."
)


def test_a_word_a_printed_line_s_hyphen_parts_is_whole_where_the_text_holds_it() -> None:
    # A scanned column's "work-" / "ers", a word the story says whole elsewhere ("night workers"): it had
    # stayed "work-ers", a word no reader, search or summary knows.
    above = "The routes carry about 3,000 riders a night, most of them hospital and restaurant work-"
    text = OCR_STORY.format(above=above, below="ers heading home after their shifts.")
    assert "restaurant workers heading home" in clean_text(text).text


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        # A compound's hyphen at a line's end, the word its halves make said nowhere ("latenight"): it stays.
        (
            "Riders of the routes said the agency should keep at least some of its late-",
            "night service, the advocates said.",
            "its late-night service",
        ),
        # A word parted as printed, the text holding it nowhere whole: it stays as printed, no list of the
        # language's words telling it from a compound.
        (
            "The board said the cuts would save the agency about $20 mil-",
            "lion a year, its budget director said.",
            "$20 mil-lion a year",
        ),
    ],
)
def test_a_compound_s_hyphen_at_a_printed_line_s_end_stays(above: str, below: str, joined: str) -> None:
    assert joined in clean_text(OCR_STORY.format(above=above, below=below)).text


@pytest.mark.parametrize(
    "call",
    [
        # An e-paper's call under the story, naming the edition with no link copied with it: it had stayed.
        "Read more stories like this in the Sowetan ePaper.",
        "Get the full edition in the Daily Dispatch e-edition.",
    ],
)
def test_a_call_to_read_an_e_paper_under_the_story_leaves(call: str) -> None:
    assert clean_text(f"{HEADLINE}\n\nBy Jane Doe\n\n{ARTICLE}\n\n{call}").text == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        # News of an e-paper's readers closing a story: no call, or a call that closes on who said it.
        "Readers will read more stories like this in the Sowetan ePaper, its editor said.",
        "Readers of the Sowetan ePaper rose to 40,000 this year.",
        # A call's word as a noun or a participle, news of the edition closing on its name: it had left.
        "Access to the paper's archive will move next year to the Sowetan e-edition.",
        "Read by 40,000 people a day, the paper will be printed no more and live on as an ePaper.",
    ],
)
def test_news_of_an_e_paper_closing_the_story_stays(line: str) -> None:
    assert clean_text(f"{HEADLINE}\n\nBy Jane Doe\n\n{ARTICLE}\n\n{line}").text.endswith(line)


STORM = (
    "Thousands of homes lost power on Thursday as winds of up to 100 miles an hour hit the coast, the utility"
    " said.\n\nCrews worked through the night to restore it, and most homes had power again by noon."
)


@pytest.mark.parametrize(
    "masthead",
    [
        # A print page's masthead in capitals over the page's date alone, over the headline: it had been the
        # title (The Yorkshire Post's), in English and in Italian.
        "THE COASTAL TIMES\n\nTHURSDAY DECEMBER 3 2026",
        "IL GIORNALE DELLA COSTA\n\nGIOVEDÌ 3 DICEMBRE 2026",
    ],
)
def test_a_masthead_in_capitals_over_the_page_s_date_is_no_title(masthead: str) -> None:
    headline = "Storm leaves thousands of homes without power"
    assert clean_text(f"{masthead}\n\n{headline}\n\nBy Jane Doe\n\n{STORM}").title == headline


@pytest.mark.parametrize(
    "head",
    [
        # A headline in capitals over its date and the story, or over its deck and then its date.
        "STORM HITS COAST\n\nThursday, December 3, 2026",
        "STORM HITS COAST\n\nThousands without power as winds reach 100 miles an hour\n\nThursday, December 3, 2026",
    ],
)
def test_a_headline_in_capitals_over_its_date_is_the_title(head: str) -> None:
    assert clean_text(f"{head}\n\n{STORM}").title == "STORM HITS COAST"


@pytest.mark.parametrize(
    "date",
    # A short headline in capitals over its date as a page writes it and then a longer deck without a stop:
    # the deck had been the title and the headline the byline.
    ["Thursday, December 3, 2026", "Giovedì 3 dicembre 2026"],
)
def test_a_short_headline_in_capitals_over_its_date_and_deck_is_the_title(date: str) -> None:
    deck = "Thousands without power as winds reach 100 miles an hour on the coast"
    article = clean_text(f"STORM HITS COAST\n\n{date}\n\n{deck}\n\n{STORM}")
    assert (article.title, article.byline) == ("STORM HITS COAST", None)


BUS_STORY = (
    "By Julia Felton\n\nPittsburgh Regional Transit will end late-night service on 14 bus routes in February,"
    " the agency's board decided on Wednesday.\n\nThe routes carry about 3,000 riders a night."
)


def test_a_headline_set_over_two_printed_lines_is_one_title() -> None:
    # A scanned page's headline over two lines, the second going on in lower case: its first line had been
    # the title, its second left out.
    text = f"Port Authority to cut\nlate-night bus service\n\n{BUS_STORY}"
    assert clean_text(text).title == "Port Authority to cut late-night bus service"


def test_a_one_line_headline_over_a_one_line_deck_stays_two_lines() -> None:
    deck = "Riders say the change leaves hospital workers without a way home"
    article = clean_text(f"Port Authority cuts late-night bus service\n{deck}\n\n{BUS_STORY}")
    assert article.title == "Port Authority cuts late-night bus service"
    assert "late-night bus service Riders" not in (article.title + article.text)


def test_a_list_s_two_items_in_the_story_stay_apart() -> None:
    # Two short lines in the story, the second going on in lower case, a list's items: below the prose they
    # are no headline over two printed lines, and had been joined into one line.
    items = "Torches and batteries\nwater for three days"
    article = clean_text(f"{HEADLINE}\n\nBy Jane Doe\n\n{LEDE}\n\n{items}\n\n{STORY}")
    assert "batteries water" not in article.text
