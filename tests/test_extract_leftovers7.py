"""Leftovers of the fourteenth and twelfth outlets rounds and of the last stop, sorted by the furniture's kind:
a transcript's time codes and speakers' labels, a video transcript's captions under their time codes, a site's
name after the title's bar, a key-points box over the byline, a desk's place and job under the standfirst, a
wire's photo credit under its caption, a timeline's date and clock opening its entries, and a word hyphenated
before a figure at a line's end. Each is a reader's paste, with what the reader expects written before
nutgraf ran, beside news worded like the furniture that stays."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from test_extract_leftovers5 import AFTER, HEADLINE, LEDE
from test_extract_leftovers6 import DECK, paragraphs


# A podcast's transcript under the story: each line's time code in brackets and a transcribing tool's numbered
# speaker's label had stayed in the text and the summaries, and its heading "Transcript" had been a keyphrase.
@pytest.mark.parametrize(
    ("stamp", "label"),
    [
        ("[00:00:03]", "Speaker 1: "),
        ("[00:03]", "Speaker 2: "),
        ("(00:00:03)", "Sprecher 1: "),
        ("[00:00:03]", ""),
    ],
)
def test_a_transcript_s_time_codes_and_numbered_labels_leave(stamp: str, label: str) -> None:
    said = "The minister told us she had no choice but to go."
    text = f"{HEADLINE}\n\n{LEDE}\n\n{AFTER}\n\nTranscript\n\n{stamp} {label}{said}\n\n{stamp} {label}{said[:-1]} now."
    assert paragraphs(text) == [LEDE, *AFTER.split("\n\n"), said, f"{said[:-1]} now."]


# A story's "Speaker 1" in a sentence, or a time in brackets inside one, is its news; a speaker's name after the
# time code says whose words they are (the code goes).
@pytest.mark.parametrize(
    "line",
    [
        "The witness, named in court papers only as Speaker 1, told investigators she saw the car.",
        "Speaker 1: the label the transcript gave the minister, her lawyers said on Tuesday.",
        "The recording (00:01:12 into the tape) shows the minister leaving the room, officials said.",
    ],
)
def test_a_speaker_s_name_and_news_worded_as_a_transcript_stay(line: str) -> None:
    assert line in paragraphs(f"{HEADLINE}\n\n{LEDE}\n\n{line}\n\n{AFTER}")


# A live report's heading over its first entry under a clock of the day in brackets is the story's, and the
# clock is the entry's time: both stay.
@pytest.mark.parametrize("heading", ["Latest updates", "The verdict"])
def test_a_heading_and_clock_over_a_live_report_s_first_entry_stay(heading: str) -> None:
    entry = "The jury returned after four hours and found the former minister guilty."
    kept = paragraphs(f"{HEADLINE}\n\n{LEDE}\n\n{heading}\n\n[12:05] {entry}\n\n{AFTER}")
    assert kept[1:3] == [heading, f"[12:05] {entry}"]


# A numbered speaker's label says a transcript's, whatever its code's first figures: both go.
def test_a_numbered_label_after_a_code_of_the_clock_leaves() -> None:
    said = "The minister told us she had no choice but to go."
    kept = paragraphs(f"{HEADLINE}\n\n{LEDE}\n\n{AFTER}\n\nTranscript\n\n[12:40] Speaker 1: {said}")
    assert kept[-1] == said and "Transcript" not in kept


def test_a_time_code_leaves_and_the_speaker_s_name_after_it_stays() -> None:
    kept = paragraphs(
        f"{HEADLINE}\n\n{LEDE}\n\n{AFTER}\n\n[00:01:12] Jane Doe: The minister had no choice but to go."
    )
    assert kept[-1] == "Jane Doe: The minister had no choice but to go."


# A video's transcript copied as the story, a time code over each caption line and a sentence running on from
# one caption to the next: the first caption had gone with the channel's lines over it, the rest had stayed
# halves of sentences, and the title had kept the channel's name after its bar.
VIDEO_TRANSCRIPT = """Floods close Mombasa road for a second day | KTN News Kenya

KTN News Kenya

3.4M subscribers

Transcript

0:00

Floods have closed the main road into Mombasa for a second day

0:05

after heavy rain washed away part of the bridge at Mtwapa.

0:11

Engineers say repairs could take a week

0:15

and traffic is being sent through Kilifi.

0:20

Police have asked drivers to avoid the area until further notice."""


def test_a_video_transcript_s_captions_are_joined_and_the_channel_leaves_the_title() -> None:
    article = clean_text(VIDEO_TRANSCRIPT)
    assert article.title == "Floods close Mombasa road for a second day"
    assert article.text.split("\n\n") == [
        "Floods have closed the main road into Mombasa for a second day after heavy rain washed away part of the"
        " bridge at Mtwapa.",
        "Engineers say repairs could take a week and traffic is being sent through Kilifi.",
        "Police have asked drivers to avoid the area until further notice.",
    ]


# A live report's entries under their times each open on a capital: they stay apart. A bar in a headline
# whose words after it no line says again stays in the title.
def test_a_live_report_s_entries_stay_apart_and_a_headline_s_bar_stays() -> None:
    text = (
        "Ukraine | The long war\n\n14:32\n\nThe council voted to close the bridge on Tuesday after the floods."
        "\n\n14:45\n\nPolice said the closure would last at least a week while engineers inspect it."
    )
    article = clean_text(text)
    assert article.title == "Ukraine | The long war"
    assert article.text.split("\n\n") == [
        "The council voted to close the bridge on Tuesday after the floods.",
        "Police said the closure would last at least a week while engineers inspect it.",
    ]


# A live report's headline-like entry with no stop, then an entry opening on a brand written in lower case:
# the second is no caption running on from the first, and the two stay apart.
def test_a_live_report_s_entry_opening_on_a_lower_case_brand_stays_apart() -> None:
    text = (
        f"{HEADLINE}\n\n14:32\n\nMarkets open lower after the minister's resignation\n\n14:45\n\n"
        "eBay shares fell 4 percent in early trading, the exchange said.\n\n15:02\n\n"
        "The prime minister is due to speak at 4 p.m., her office said."
    )
    assert "eBay shares fell 4 percent in early trading, the exchange said." in clean_text(text).text.split(
        "\n\n"
    )


# A headline's words after its bar that head a section of the story under the lede are the headline's: the
# title keeps them (only the site's name on a line over the prose leaves it).
def test_a_headline_s_words_after_its_bar_heading_a_section_stay_in_the_title() -> None:
    text = (
        f"Who won at the Oscars | The winners\n\n{LEDE}\n\nThe winners\n\n"
        "Best picture went to a film about a family farm in Iowa.\n\n"
        "Best actress went to a first-time nominee from Nigeria, who thanked her mother."
    )
    assert clean_text(text).title == "Who won at the Oscars | The winners"


# A key-points box of sentences, no list items, between the headline and the stamp and byline (SBS's): read as
# the story's opening, it had held the byline below it past where one is looked for.
KEY_POINTS = """Australia to lift cap on international students from 2027

Key Points

The cap on new international students will be lifted from July 2027.

Universities must show they have housing for students.

Published 3 December 2026 4:20pm

By Anna Henderson

The federal government will lift its cap on new international students from July 2027, Education Minister Jason Clare announced on Thursday.

The cap, set at 270,000 this year, was introduced to ease pressure on housing in the big cities."""


def test_a_key_points_box_over_the_stamp_and_byline_is_the_description() -> None:
    article = clean_text(KEY_POINTS)
    assert article.byline == "Anna Henderson"
    assert article.text.startswith("The federal government will lift its cap")
    assert "Universities must show" not in article.text
    assert article.description is not None and "Universities must show" in article.description


# The story's own paragraphs under a "Key points" heading, no stamp nor byline closing them, stay its text.
def test_the_story_s_paragraphs_under_a_key_points_heading_stay() -> None:
    text = f"{HEADLINE}\n\nKey points\n\n{LEDE}\n\n{AFTER}"
    assert paragraphs(text)[:2] == [LEDE, AFTER.split("\n\n")[0]]


# One paragraph under "In short" over the byline is the story's lede, no box of points: it stays the text's.
def test_a_lone_paragraph_under_a_points_label_over_the_byline_stays_the_lede() -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\nIn short\n\n{LEDE}\n\nBy Jane Smith\n\n{AFTER}")
    assert article.text.split("\n\n") == [LEDE, *AFTER.split("\n\n")]


# A desk's place and a job under the standfirst ("Hong Kong, Staff Reporter"): no writer's names, but the
# story's particulars; it had stayed in the text between the standfirst and the lede.
@pytest.mark.parametrize("line", ["Hong Kong, Staff Reporter", "New York, Staff Reporter"])
def test_a_desk_s_place_and_job_under_the_standfirst_leave_the_text(line: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{DECK}\n\n{line}\n\n{LEDE}\n\n{AFTER}")
    assert line not in article.text
    assert article.text.split("\n\n") == [DECK, LEDE, *AFTER.split("\n\n")]


# A place in a sentence, and a writer's names and job (the byline), stay as they were.
def test_a_place_in_news_stays_and_a_writer_s_names_and_job_are_the_byline() -> None:
    line = "Hong Kong, a former British colony, has its own currency and courts."
    assert line in paragraphs(f"{HEADLINE}\n\n{DECK}\n\n{line}\n\n{LEDE}\n\n{AFTER}")
    article = nutgraf.extract(f"{HEADLINE}\n\n{DECK}\n\nJohn Doe, Staff Writer\n\n{LEDE}\n\n{AFTER}")
    assert article.byline == "John Doe"


# A wire's caption, in the past or the present, over its credit in brackets on a line of its own: both had
# stayed as a paragraph of the story, above the lede or between two paragraphs.
@pytest.mark.parametrize(
    "caption",
    [
        "Police officers stood guard outside the court on Monday.",
        "Police officers stand guard outside the court in Paris on Monday.",
    ],
)
@pytest.mark.parametrize("credit", ["(AP Photo/Jane Doe)", "AFP Photo/Jane Doe"])
@pytest.mark.parametrize("above", [True, False])
def test_a_wire_s_caption_over_its_credit_on_the_next_line_leaves(
    caption: str, credit: str, above: bool
) -> None:
    middle = f"{caption}\n\n{credit}"
    text = (
        f"{HEADLINE}\n\n{middle}\n\n{LEDE}\n\n{AFTER}"
        if above
        else f"{HEADLINE}\n\n{LEDE}\n\n{middle}\n\n{AFTER}"
    )
    assert paragraphs(text) == [LEDE, *AFTER.split("\n\n")]


# The story's own sentence over a credit stays: it reports someone, names no day, or names one to come.
@pytest.mark.parametrize(
    "line",
    [
        "Officers stood guard outside the court on Monday, the police said.",
        "Officers stood guard outside the court for most of the day.",
        "The council meets again on Tuesday.",
        # The story's news told in the past, over a credit whose caption went elsewhere.
        "Police arrested two men on Monday.",
    ],
)
def test_the_story_s_sentence_over_a_photo_credit_stays(line: str) -> None:
    assert line in paragraphs(f"{HEADLINE}\n\n{LEDE}\n\n{line}\n\n(AP Photo/Jane Doe)\n\n{AFTER}")


# Under a photographer's credit, the story's sentence naming a day to come had gone as the photo's caption.
@pytest.mark.parametrize(
    "line",
    [
        "The council meets again on Tuesday.",
        "The road stays closed until Friday.",
        "Voting opens next Monday.",
    ],
)
def test_a_sentence_naming_a_day_to_come_under_a_photo_credit_stays(line: str) -> None:
    assert line in paragraphs(f"{HEADLINE}\n\n{LEDE}\n\nPhoto by Jane Doe\n\n{line}\n\n{AFTER}")


# "Next to" in a caption places what the photo shows, no day to come: the caption goes as it did on 96f6af90.
@pytest.mark.parametrize("credit", ["Photo by Jane Doe", "(AP Photo/Jane Doe)"])
def test_a_caption_placing_its_subject_next_to_something_goes(credit: str) -> None:
    caption = "A man stands next to his flooded car in Lismore on Monday."
    lines = [caption, credit] if credit.startswith("(") else [credit, caption]
    text = "\n\n".join([HEADLINE, LEDE, *lines, AFTER])
    assert paragraphs(text) == [LEDE, *AFTER.split("\n\n")]


# A timeline's entries, each opening on its date and clock: the first's stamp had been a summary's sentence of
# its own, the summary's lede.
TIMELINE = (
    f"{HEADLINE}\n\nMarch 3, 2026, 9:14 a.m. Officials said the vote would be delayed.\n\n"
    "March 3, 2026, 10:02 a.m. The minister left the building without speaking to reporters.\n\n"
    "Dec. 3, 2026 at 11:30 PM EST — The prime minister named a deputy."
)


TIMELINE_NEWS = (
    "Officials said the vote would be delayed.",
    "The minister left the building without speaking to reporters.",
    "The prime minister named a deputy.",
)


@pytest.mark.parametrize("options", [{"sentences": 1}, {"sentences": 3}, {"length": "short"}])
def test_a_timeline_s_stamps_leave_the_summary_and_its_news_stays(options: dict) -> None:
    summary = nutgraf.summarize(TIMELINE, **options)
    assert [sentence.text for sentence in summary.sentences if sentence.text not in TIMELINE_NEWS] == []


# A time in a sentence of news stays in the summary's sentence, at its head or inside it.
@pytest.mark.parametrize(
    "line",
    [
        "At 9:14 a.m. officials said the vote would be delayed until the minister's replacement is named.",
        "Officials said at 9:14 a.m. on March 3, 2026, that the vote would be delayed until spring.",
        # A date and time at the head running on in lower case are the sentence's words, no entry's stamp.
        "Dec. 3, 2026 at 11:30 the prime minister named a deputy to take over the finance ministry.",
        "March 3, 2026, 9:14 a.m. was when officials said the vote would be delayed until spring.",
    ],
)
def test_times_and_dates_in_news_stay_in_the_summary(line: str) -> None:
    summary = nutgraf.summarize(f"{HEADLINE}\n\n{line}\n\n{AFTER}", sentences=1)
    assert summary.sentences[0].text == line


# A word hyphenated before a figure at a printed line's end ("Covid-" / "19") had read "Covid- 19"; compounds
# in letters keep their hyphen as they did.
WRAPPED = (
    "Rotterdam opens Europe's largest floating solar park\n\n"
    "Rotterdam opened Europe's largest floating solar park on Thursday, on a former sand quarry north of the"
    " city.\n\n"
    "Engineers chose the quarry because its water keeps the panels cool, which raises their {first}-\n"
    "{second} by up to 10 percent, and because the site had no other use since the quarry closed in\n"
    "2019.\n\n"
    "The park cost 120 million euros and was built in 18 months, the port authority said."
)


@pytest.mark.parametrize("word", ["Covid-19", "mid-1990s", "well-known", "re-elect", "Covid-related"])
def test_a_compound_hyphenated_at_a_line_s_end_keeps_its_hyphen_and_no_space(word: str) -> None:
    first, second = word.split("-")
    assert f"their {word} by up to" in clean_text(WRAPPED.format(first=first, second=second)).text
