"""Speed round 24's pins on the statement-then-call test of :func:`is_call_to_action`'s prose path, for any gate
put in front of its bounded search (round 24 tried a look for the stop and space first: exact, but dearer than
the search, and dropped). A site's call after its one-sentence statement leaves, its words ending at the search's
reach too; a line whose call is in lower case, or whose stop lies beyond the reach, stays."""

from __future__ import annotations

import pytest

from nutgraf.extract.text import clean_text
from world_news import PROSE, check_line_leaves


@pytest.mark.parametrize(
    "line",
    [
        "News24 is on WhatsApp. Join the News24 channel here.",
        "KQED relies on support from listeners and readers like you. Become a KQED member today.",
        # The call's words ending at the search's reach, and one character before it.
        "Catch all the Latest News, Breaking News and Top Headlines on the Hindustan Times. Download the"
        " Hindustan Times App for latest updates.",
        "Catch all the Latest News, Breaking News and Top Headlines on Hindustan Times. Download the Hindustan"
        " Times App for latest updates.",
    ],
)
def test_a_call_after_a_statement_leaves_the_text(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # The call's word in lower case, after a stop: a sentence of the story.
        "News24 is on WhatsApp. join the News24 channel here.",
        # The stop's space beyond the search's reach: a statement too long for a site's, the story's own.
        "Our newsroom has covered the valley for fifty years and it relies on your support xxxxxxxx. Subscribe"
        " today.",
        # Stops and spaces, no call after any: the story's sentences.
        "The council met on Monday. The mayor said the vote would follow. Residents were not surprised.",
    ],
)
def test_news_with_a_stop_in_reach_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text
