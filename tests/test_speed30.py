"""Speed round 30: the pool reads each sentence's score, and the ranked summary its lede's flag, as Python
floats rather than numpy scalars. No summary changes: these pin what the reads decide on both sides, the
sentences held out of the pool (scored minus infinity) and a brief's lede under a headline."""

from __future__ import annotations

import pytest

import nutgraf

HEADLINE = "Flood barrier opens on the River Ouse after a week of rain"
LEDE = (
    "A new flood barrier on the River Ouse was opened for the first time on Tuesday after a week of heavy"
    " rain raised the river by two metres."
)
PROSE = [
    "The barrier cost the city council 45 million pounds and took three years to build.",
    "Engineers said it had held back water that would have reached some 2,000 homes in the city.",
    "Residents of the streets nearest the river had been told to move their cars on Monday evening.",
    "The Environment Agency said more rain was expected in the north of England over the weekend.",
]
# Held out of the pool whatever they score: no final stop, fewer than six words, a call to the reader.
HELD = ["Pictures from the riverside", "It rained.", "Click here to read more."]


def _article(prose: list[str]) -> str:
    return "\n\n".join([HEADLINE, LEDE, HELD[0], *prose[:2], HELD[1], *prose[2:], HELD[2]])


def _summary_texts(text: str, **budget: int) -> list[str]:
    return [sentence.text for sentence in nutgraf.summarize(text, **budget).sentences]


@pytest.mark.parametrize("budget", [{}, {"sentences": 1}, {"sentences": 2}, {"words": 60}])
@pytest.mark.parametrize("prose", [PROSE, PROSE[:2]])
def test_held_sentences_stay_out_of_the_summary_even_where_the_pool_reaches_them(
    prose: list[str], budget: dict[str, int]
) -> None:
    # With three sentences eligible, the pool's draw of six reaches the held ones (the selection
    # passes every sentence, the held ones last) and leaves them out by their score alone.
    texts = _summary_texts(_article(prose), **budget)
    assert texts
    # A budget in words takes short sentences ("He never wept." is news): the short one is held by the others.
    held = {HEADLINE, HELD[0], HELD[2]} if "words" in budget else {HEADLINE, *HELD}
    assert not set(texts) & held


def test_a_briefs_lede_under_its_headline_is_in_its_summary() -> None:
    # The headline has no stop: the lede is the second line, the first whose flag column reads 0.
    assert LEDE in _summary_texts(_article(PROSE), sentences=2)


def test_near_miss_a_headline_ending_on_a_stop_is_prose() -> None:
    text = _article(PROSE).replace(HEADLINE, HEADLINE + " in the city.", 1)
    assert any(text_.startswith(HEADLINE) for text_ in _summary_texts(text, sentences=5))
