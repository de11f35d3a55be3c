"""Kinds of page furniture the ninth outlets round (tests/test_summary_outlets_ninth.py) left as strict xfails,
each read by a rule of its kind (in any outlet and language), beside news worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf

RELEASE = (
    "Northwind Energy Brings Texas Battery Storage Project Online\n\n{lede}\n\n"
    "The project can supply power to about 80,000 homes for four hours at peak demand."
)


@pytest.mark.parametrize(
    ("dateline", "news"),
    [
        # ACCESS Newswire's three fields, each closed by a spaced slash: every summary had opened on them.
        (
            "HOUSTON, TX / ACCESS Newswire / December 3, 2026 / ",
            "Northwind Energy Inc. today announced that its battery storage project has begun operation.",
        ),
        (
            "SALT LAKE CITY, UT / ACCESSWIRE / Dec. 3, 2026 / ",
            "Northwind Energy Inc. today announced that its battery storage project has begun operation.",
        ),
    ],
)
def test_a_release_wire_s_dateline_between_slashes_opens_no_summary(dateline: str, news: str) -> None:
    summary = nutgraf.summarize(RELEASE.format(lede=dateline + news), sentences=1)
    assert summary.sentences[0].text == news


@pytest.mark.parametrize(
    "lede",
    [
        # A business story naming a newswire company; places parted by slashes, dating nothing; a wire's
        # fields before words that go on in lower case; a currency pair and its rate, no place or month.
        "ACCESS Newswire, a press release distributor based in Raleigh, said on December 3, 2026 that its"
        " revenue rose.",
        "HOUSTON / DALLAS / AUSTIN / The three cities will share the new rail line, officials said.",
        "HOUSTON, TX / ACCESS Newswire / December 3, 2026 / and other releases were delayed by the outage.",
        "EUR / USD / 1.05 / The euro fell against the dollar for a third day on Tuesday.",
    ],
)
def test_news_with_a_newswire_s_name_or_slashes_keeps_its_opening(lede: str) -> None:
    summary = nutgraf.summarize(RELEASE.format(lede=lede), sentences=1)
    assert summary.sentences[0].text == lede
