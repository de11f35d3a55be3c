"""Review of fuzz round 30: a direction mark is written to the terminal as it is only in a right-to-left
line. Marks alone had been written as nothing where the file gave a value, and one in a left-to-right value
moves the digits and punctuation after it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nutgraf.errors import InvalidInputError
from nutgraf.evaluate import read_jsonl
from nutgraf.feeds import parse_feed
from nutgraf.wording import shown


@pytest.mark.parametrize(
    "value",
    ["\u200f", "\u200e\u200f", "\u061c", "10\u200f-20", "ref 2026\u200e-12\u200f-07", "a\u061c"],
    ids=["rlm", "marks", "alm", "range", "date", "latin"],
)
def test_a_mark_outside_a_right_to_left_line_is_still_shown_as_a_repr(value: str) -> None:
    # "10\u200f-20" reaches a bidi terminal as "1020-"; a mark alone as nothing at all.
    assert shown(value) == repr(value)


def test_an_evaluation_line_s_field_named_by_a_mark_alone_is_named_as_a_repr(tmp_path: Path) -> None:
    # The message had listed the line's fields as "(the line's fields: )": the mark written as it is.
    path = tmp_path / "eval.jsonl"
    path.write_text(json.dumps({"\u200f": "The council met.", "reference": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"\(the line's fields: '\\u200f', reference\)"):
        list(read_jsonl(path))


@pytest.mark.parametrize(
    "value",
    ["חדשות העיר\u200f", "\u200fأخبار المدينة", "Town news \u200eעדכון", "ميناء 10\u200f-20", "Harbour news"],
    ids=["hebrew", "arabic", "mixed", "arabic-range", "plain"],
)
def test_a_right_to_left_line_keeps_its_marks_as_written(value: str) -> None:
    # Near misses: the round's own case, and a line without marks, are written as they are.
    assert shown(value) == value


@pytest.mark.parametrize("title", ["   ", "\t\n"], ids=["spaces", "tab-newline"])
def test_a_json_feed_s_title_of_white_space_alone_is_no_title_as_an_rss_one_is(title: str) -> None:
    # The round's docs say a title of white space is none: a JSON Feed's had been kept, a blank listing.
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "items": [{"id": "1", "url": "https://news.example/a", "title": f" Harbour report{title}"}],
    }
    parsed = parse_feed(json.dumps(feed).encode(), url="https://news.example/feed.json")
    assert parsed.title is None
    assert [entry.title for entry in parsed.entries] == ["Harbour report"]
