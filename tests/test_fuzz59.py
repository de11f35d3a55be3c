"""Round 29 of hostile input: the last stop's cleaning rules at their worst sizes, and the round's crash hunt
(feed dates in odd forms and years, addresses, long texts of every script), each read as a reader would want it
or refused with nutgraf's own error."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import nutgraf
from nutgraf.errors import InputTooLargeError
from nutgraf.feeds import parse_feed


def _feed(published: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>'
        "<link>https://news.example/</link><item><title>Harbour report</title>"
        f"<link>https://news.example/a</link><pubDate>{published}</pubDate></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "published",
    ["Fri, 31 Dec 9999 11:59 PM EST", "Fri, 31 Dec 9999 1:00 PM -2359", "31 Dec 9999 12:59 AM PST"],
    ids=["zone", "offset", "no-weekday"],
)
def test_a_feed_item_dated_on_a_twelve_hour_clock_in_the_year_9999_is_read_without_a_date(
    published: str,
) -> None:
    # A placeholder date on the last day a datetime holds, in a zone west of UTC, is past that day in UTC:
    # reading it had failed the whole feed (OverflowError), so none of its stories were read.
    (entry,) = parse_feed(_feed(published), url="https://news.example/feed.xml").entries
    assert entry.link == "https://news.example/a"
    assert entry.published is None


def test_a_feed_item_dated_on_a_twelve_hour_clock_this_year_keeps_its_hour() -> None:
    # Near miss: the same form on a real day is read in its zone.
    (entry,) = parse_feed(_feed("Mon, 07 Dec 2026 1:00 PM EST"), url="https://news.example/feed.xml").entries
    assert entry.published == datetime(2026, 12, 7, 18, tzinfo=UTC)


@pytest.mark.parametrize(
    "sentence",
    ["ሰላም ነው። ", "សួស្តី។ ", "မင်္ဂလာပါ။ ", "Բարեւ ձեզ։ "],
    ids=["amharic", "khmer", "burmese", "armenian"],
)
def test_a_million_sentences_ending_on_another_script_s_stop_are_refused_saying_the_bound(
    sentence: str,
) -> None:
    # The bound on sentence-final marks counted the Latin, CJK, Arabic and Indic ones alone: a million
    # Amharic sentences, which the segmenter ends on "።" as it does on ".", were summarized in 7 s and
    # 490 MB, where as many English ones are refused at once.
    with pytest.raises(InputTooLargeError, match="1,000,000 sentence-final marks"):
        nutgraf.summarize(sentence * 1_000_000)


def test_a_long_amharic_story_under_the_bound_is_summarized() -> None:
    # Near miss: 720,000 characters of Amharic news, 30,000 sentences, are well within the bound.
    story = "የከተማው ምክር ቤት ዛሬ ስብሰባ አካሄደ። " * 30_000
    assert nutgraf.summarize(story, sentences=1).text == "የከተማው ምክር ቤት ዛሬ ስብሰባ አካሄደ።"


def _timetable(rows: int) -> str:
    # A summer timetable, each train's 16 departures written as Armenian does, its full stop for the colon.
    row = "Երևան – Գյումրի գնացքը մեկնում է " + " ".join(f"{hour:02d}։10" for hour in range(6, 22)) + "։\n"
    return "Ամառային չվացուցակ։ Գնացքները կմեկնեն հետևյալ ժամերին։\n" + row * rows


def test_a_long_armenian_timetable_is_summarized_not_refused_for_its_times() -> None:
    # Armenian's full stop in a time ("14։30") ends no sentence: 40,000 rows hold 680,000 of them but 40,000
    # sentences, which were summarized, until the bound counted every one as a sentence's end.
    timetable = _timetable(40_000)
    summary = nutgraf.summarize(timetable, sentences=1)
    assert summary.text
    assert summary.text in timetable


def test_a_million_armenian_sentences_each_giving_a_time_are_still_refused() -> None:
    # Near miss: the stops that end the sentences are still counted, the times' alone are not.
    with pytest.raises(InputTooLargeError, match="sentence-final marks"):
        nutgraf.summarize("Մեկնում է 14։30։ " * 1_000_000)
