"""Kinds of page furniture the ninth and eleventh outlets rounds (tests/test_summary_outlets_ninth.py,
tests/test_summary_outlets_eleventh.py) left as strict xfails, each read by a rule of its kind (in any outlet),
beside news worded like it that must stay."""

from __future__ import annotations

import pytest

from nutgraf.extract.text import clean_text
from world_news import PROSE, check_line_leaves


@pytest.mark.parametrize(
    "line",
    [
        # A caption credited in brackets to its photographer, a middle initial in the names, and the paper
        # after a comma (KSL's), in round or square brackets.
        "A cyclist rides along 300 South in Salt Lake City on Tuesday. (Jeffrey D. Allred, Deseret News)",
        "Fans cheer at the stadium on Friday. [Scott G. Winterton, Deseret News]",
        "Firefighters work the blaze near Provo on Monday. (Mary Ann B. Smith, The Salt Lake Tribune)",
    ],
)
def test_a_caption_credited_with_a_comma_after_a_middle_initial_leaves(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # A bracketed citation, a place, a name with its initial before a year or a word in lower case, and
        # a name of initials alone before a comma: no photographer's credit.
        "The study built on earlier work. (Smith, 2019)",
        "The report was cited by the council. (Jane Smith, 2019)",
        "The summit was held in the capital. (Paris, France)",
        "The airport was named for him. (John F. Kennedy, 1963)",
        "The speech was praised across the country. (John F. Kennedy, president)",
        "He met the author at the college. (J. R. Tolkien, Oxford)",
        "The talks were held in the city. (Washington, D.C.)",
    ],
)
def test_bracketed_names_with_a_comma_in_news_stay(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text
