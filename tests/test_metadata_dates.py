"""A page's date against this machine's clock: a story published in a time zone ahead of ours is dated
later than our now, and is news already (an AP story of 11:48 p.m. ET carries "T04:48:00Z" of the next
day). Its date is the page's, not one htmldate made up in its place (the first of the month); a date far
ahead is a typo or a scheduled post's and dates nothing. The pages are dated from the clock the test runs
at, so the test reads the same on any day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import nutgraf

STORY = (
    "<p>The city council approved the budget on Monday after a long debate about road repairs and parks.</p>"
    "<p>Members voted five to two in favour, with the mayor saying the plan would hold taxes level.</p>"
    "<p>Opponents said the plan cut too deeply into library hours and would be revisited in spring.</p>"
)


def _page(published: datetime) -> str:
    stamp = published.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        "<html><head><title>Council approves budget</title>"
        f'<meta property="article:published_time" content="{stamp}"></head>'
        f"<body><article><h1>Council approves budget</h1>{STORY}</article></body></html>"
    )


@pytest.mark.parametrize("hours_ahead", [0, 9, 20])
def test_a_page_dated_hours_ahead_of_our_clock_keeps_its_date(hours_ahead: int) -> None:
    published = (datetime.now(UTC) + timedelta(hours=hours_ahead)).replace(second=0, microsecond=0)
    article = nutgraf.extract(_page(published))
    assert article.published is not None
    assert article.published.date() == published.date()


@pytest.mark.parametrize("days_ahead", [3, 12, 400])
def test_a_page_dated_days_ahead_has_no_date(days_ahead: int) -> None:
    article = nutgraf.extract(_page(datetime.now(UTC) + timedelta(days=days_ahead)))
    assert article.published is None
