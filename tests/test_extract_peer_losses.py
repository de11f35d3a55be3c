"""Extraction defects of the pages where nutgraf scored below a peer (bench/extraction_pages), each on a
page of the shape it was seen on, beside news worded like the furniture that must stay."""

from __future__ import annotations

import nutgraf
from nutgraf.extract.html.body import without_feedback_box

STEPS = [
    "If your radiator is cold at the top and warm at the bottom, air is trapped inside it. Bleeding it lets"
    " the air out, so that hot water fills it again.",
    "Turn the heating off and let the radiators cool. Hot water can spray out when you open the valve, so"
    " wait at least an hour.",
    "Hold a cloth under the valve and turn the key a quarter turn anticlockwise. You will hear a hiss as the"
    " air escapes.",
    "Close the valve as soon as water appears. Turn the key clockwise until it is tight, but do not force it.",
]


def _how_to(after: str) -> str:
    """A how-to page as a how-to site writes it: its lede, its steps in a list, then ``after`` under them in
    the article's block."""
    steps = "".join(
        f"<li><div class='step'><b>{step.split('. ')[0]}.</b> {step.partition('. ')[2]}</div></li>"
        for step in STEPS[1:]
    )
    return (
        "<html><head><title>How to Bleed a Radiator</title></head><body><header><a href='/'>HowToHome</a>"
        "</header><div id='bodycontents'><h1>How to Bleed a Radiator</h1>"
        f"<div class='mf-section-0'><p>{STEPS[0]}</p><div class='section steps'><h3>Steps</h3>"
        f"<ol>{steps}</ol></div></div>{after}</div><footer><p>© 2024 HowToHome</p></footer></body></html>"
    )


def test_a_feedback_box_under_the_article_goes_with_the_links_under_it():
    # A how-to's "Was this article helpful?" with its buttons, then its related how-tos' heading and titles:
    # all had stayed as the article's last lines (howto-radiator .916, trafilatura .968).
    box = (
        "<div class='article_rating'><p>Was this article helpful?</p><button>Yes</button><button>No</button>"
        "</div><div id='related'><h2>Related how-tos</h2><a href='/1'>How to Fix a Dripping Tap</a>"
        "<a href='/2'>How to Hang a Shelf</a><a href='/3'>How to Paint a Door</a></div>"
    )
    text = nutgraf.extract(_how_to(box)).text
    assert text.startswith(STEPS[0])
    assert text.endswith("Turn the key clockwise until it is tight, but do not force it.")


def test_a_feedback_question_with_the_articles_prose_under_it_stays():
    # A question worded as the box's heads a section of the story, whose prose follows it; and one in a
    # story's sentence is no line of its own.
    paragraphs = [
        *STEPS[:2],
        "Was this guide useful?",
        "Readers who wrote to us said the quarter turn was the step they had been getting wrong for years.",
        "Photos by Jo Tanner",
    ]
    assert without_feedback_box(paragraphs) == paragraphs
    asked = [*STEPS[:2], "Was this article helpful? Most of the readers we asked said it was not."]
    assert without_feedback_box(asked) == asked
