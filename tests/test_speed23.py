"""Speed round 23's gate on a republished story's note, pinned where it could differ from the test it replaced:
the note's opening is found from its first four characters, lower-cased, before its whole word is tested, and
its subject's " is " on the head lower-cased first. Notes opening in any case and on a verb in capitals still
leave; a story's sentence sharing a note opening's first four letters, or a note's words in the middle, stays."""

from __future__ import annotations

import pytest

from nutgraf.extract.text import clean_text
from world_news import PROSE, check_line_leaves


@pytest.mark.parametrize(
    "line",
    [
        # The opening in title case and in lower case: each lower-cased before its first four are looked up.
        "This Story Originally Appeared In Inside Climate News and is republished here with permission.",
        "this article was originally published by ProPublica, a Pulitzer Prize-winning investigative newsroom.",
        # The newsroom's account, its verb in capitals: " IS " is " is " in the head lower-cased.
        "The Texas Tribune IS a member-supported, nonpartisan newsroom informing and engaging Texans on state"
        " politics and policy. Learn more at texastribune.org.",
        # An opening of fewer than five characters ("our ") and a head that is not ASCII, which no gate spares.
        "Our stories are published under a Creative Commons license.",
        "Ce billet a été traduit de l’espagnol. Billet d’origine publié le 2 décembre 2026.",
    ],
)
def test_a_republishing_note_in_any_case_leaves_the_text(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # The first four letters of an opening ("this", "shar", "read", "our "), not the opening.
        "Thistle growers said this year's harvest was published late because of the rain.",
        "Shareholders approved the deal after it appeared in the company's licence filing.",
        "Readers who learn more at the library will find the story republished in the archive, she said.",
        "Our reporters published the findings in March, and the council responded a week later.",
    ],
)
def test_news_opening_on_a_note_s_first_letters_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text
