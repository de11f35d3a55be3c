"""Review of round 27's hostile-input fixes on input they were not written on."""

from __future__ import annotations

import time
from collections import Counter

import lxml.html
import pytest

import nutgraf
from nutgraf.extract.html.markup import _shown_text_search, _texts_shown, parse
from test_extract_leftovers6 import paragraphs
from test_extract_leftovers8 import SCHOOLS_AFTER, SCHOOLS_LEDE, schools_story
from test_extract_limits import PAGE, alarm  # noqa: F401 (alarm: the fixture that fails a hung test)

# A donation box as CMSs write it, with what a reader does not see inside it (a script's string, a style,
# a <noscript> fallback, a comment) and what a reader does (tails after each of them, an entity, a chart's
# label), and one box inside a <noscript>, whose texts are all unseen.
DONATION_PAGE = """<html><body><noscript><div class="donate">Enable scripts to <b>give</b></div></noscript>
<div class="donate">Support our journalism <!-- campaign 12 -->today<?php echo 1 ?> please
<script>var label = "<b>Give now</b>";</script>from as little as &pound;1<style>.give{}</style>a month
<noscript>Your browser <span>blocks</span> scripts</noscript>, and it takes a minute.
<svg><text>Goal: 80%</text></svg><p>Every <i>reader</i> counts</p> thank you
<div><div><div>Give</div> once</div> or monthly</div><template>tmpl</template>end</div></body></html>"""


def test_a_boxs_shown_texts_are_those_the_xpath_found() -> None:
    # _texts_shown replaced the XPath in the test whether a donation box is an appeal; it must count the
    # same words, or a box of 120 words would be read as an appeal (dropped) or as the story (kept).
    for root in (lxml.html.fromstring(DONATION_PAGE), parse(DONATION_PAGE)):
        for element in root.iter():
            if isinstance(element.tag, str):
                shown = Counter(_texts_shown(element))
                assert shown == Counter(str(text) for text in _shown_text_search()(element)), element.tag


def test_a_second_lead_in_inside_a_list_s_run_keeps_the_list_whole() -> None:
    # The walk for items goes on from the last lead-in's run (round 27): a lead-in inside the run ("and on
    # top of that it includes:") is one of its items, and the lede, both lead-ins and the items all stay.
    # (Items left unmarked go with the lede as a stray line.)
    middle = [
        "The package includes:",
        "free school meals for every primary pupil",
        "and on top of that it includes:",
        "a cap on class sizes of 30",
        "new funding for school buildings",
    ]
    assert paragraphs(schools_story(middle)) == [SCHOOLS_LEDE, *middle, *SCHOOLS_AFTER]


@pytest.mark.usefixtures("alarm")
def test_drawings_nested_100_000_deep_before_the_story_are_dropped_in_time() -> None:
    # Each drawing whose close may be another's stays, and an inner one goes when reached: searched for its
    # close each, 100,000 nested would take their count times the distance to it.
    nested = "<svg>" * 100_000 + "<path d='M0 0h1'/>" + "</svg>" * 100_000
    styles = "<style>" + "p { margin: 0 }\n" * 160_000 + "</style>"
    started = time.thread_time()
    article = nutgraf.extract(
        PAGE.replace("<article>", f"{nested}<article>").replace("</body>", f"{styles}</body>")
    )
    assert time.thread_time() - started < 5
    assert "Paragraph 7 of the report" in article.text
