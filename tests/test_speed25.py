"""Speed round 25's pins on the figures line's label test and the scorers' line's last character, for the gates
put in front of them (a colon anywhere looked for before the label's bounded search; the scorers' last
character looked up in a string, not str.endswith): a box's label and a marked line-up leave, the label's
colon at the search's reach too, and scorers' lines closing on a bracket or on either minute's mark; a line
whose colon lies one character beyond the reach, or only past it, stays, as do sentences of a match report."""

from __future__ import annotations

import pytest

from nutgraf.extract.text import clean_text
from world_news import PROSE, check_line_leaves

_NAMES = "Martinez; Cash, Konsa, Torres, Digne; Kamara, Tielemans; Bailey, Rogers, McGinn; Watkins."
# A marked line-up's label of 60 characters: its colon's space at the 62nd, the last the search reads.
_LABEL_AT_REACH = "Sporting Clube de Portugal e Benfica Lisboa Unidos (4-2-3-1)"


@pytest.mark.parametrize(
    "line",
    [
        "Schiedsrichter: Felix Zwayer (Berlin)",
        "Zuschauer: 81.365 (ausverkauft)",
        "Aston Villa (4-2-3-1): " + _NAMES,
        _LABEL_AT_REACH + ": " + _NAMES,
        # A scorers' line closing on a bracket, an apostrophe's minute mark, a curly one's.
        "Scorers: Hackney (23, 88), Mayenda (61)",
        "Kane 12', Musiala 45', Sané 78'",
        "Kane 12’, Musiala 45’, Sané 78’",
    ],
)
def test_a_match_box_s_line_leaves_the_text(line: str) -> None:
    assert len(_LABEL_AT_REACH) == 60
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # The label's colon one character beyond the search's reach.
        "Sporting Clube de Portugal e Benfica Lisboa Unidoss (4-2-3-1): " + _NAMES,
        # A colon only past the reach, after the names.
        "Aston Villa (4-2-3-1) " + _NAMES + " Coach: Emery",
        # A sentence's colon, and sentences closing on a bracket.
        "The mayor said: the bridge reopens in May; the road in June; the park in July.",
        "Bayern won through Kane (12.)",
        "Bayern (31), Leverkusen (28)",
        "Smith, Jones and Brown scored in the second half, the club said (12)",
    ],
)
def test_a_sentence_or_a_label_beyond_the_reach_stays(line: str) -> None:
    assert line.find(": ") != 60
    assert line in clean_text(PROSE.format(line=line)).text
