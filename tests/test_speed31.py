"""Speed round 31's pins on the police appeal's gate in the sentence furniture: the appeal is asked apart, after
its own openings ("anyon", "hinwe", "zeuge") or any opening that is not ASCII, no longer as an alternative of the
joined pattern tried for every sentence the gate lets through. The appeals stay out of the summaries in every case
they may be set in, dotless i and dotted capital I included; the same sentences of news stay in."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import is_page_furniture

_STORY = (
    "Man charged after Bristol shop break-in\n\n"
    "A man has been charged after a shop in Bristol city centre was broken into overnight on Tuesday, police said."
    "\n\nOfficers found the front window smashed and several phones missing when they arrived just after 2am."
    "\n\n{line}\n\n"
    "The 34-year-old is due to appear before Bristol Magistrates' Court on Thursday, the force said in a statement."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone with information is asked to call 101 quoting reference 5226318452.",
        "ANYONE WITH INFORMATION IS ASKED TO CALL 101 QUOTING REFERENCE 5226318452.",
        "anyone with any information should contact Crimestoppers anonymously on 0800 555 111.",
        "Hinweise nimmt die Polizeiinspektion Regensburg Süd unter der Telefonnummer 0941 entgegen.",
        "HINWEISE nehmen die Beamten unter 110 entgegen.",
        # The case-blind pattern reads a dotless i and a dotted capital I as "i": the opening is not ASCII, and
        # the appeal is asked all the same.
        "H\u0131nweise nimmt die Polizei unter 110 entgegen.",
        "H\u0130NWEISE nimmt die Polizei unter 110 entgegen.",
        "Zeugen werden gebeten, sich bei der Polizei in Regensburg zu melden.",
        "Zeugenhinweise werden gebeten, sich unter 0800 zu melden.",
    ],
)
def test_police_appeal_is_furniture(sentence: str) -> None:
    assert is_page_furniture(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone with information is asked to come forward, the detective said.",
        "Anyone with a ticket can enter the ground from 6pm.",
        "Hinweise auf den Täter gibt es bislang nicht.",
        "Zeugen sahen den Mann gegen Mitternacht.",
        "H\u0131nweise auf den Täter gibt es nicht.",
        "The police said the man was arrested on Tuesday.",
        "In this case the court heard from three witnesses.",
    ],
)
def test_news_is_no_furniture(sentence: str) -> None:
    assert not is_page_furniture(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Anyone with information is asked to call 101 quoting reference 5226318452.",
        "H\u0131nweise nimmt die Polizei unter 110 entgegen.",
    ],
)
def test_police_appeal_stays_out_of_the_summary(line: str) -> None:
    summary = nutgraf.summarize(_STORY.format(line=line), sentences=3)
    said = " ".join(sentence.text for sentence in summary.sentences)
    assert "charged" in said and line not in said
    # The reader of the cleaned text keeps the number to call.
    assert summary.article is not None and line in summary.article.text
