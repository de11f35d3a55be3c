"""Review of the twenty-seventh round's rules (``tests/test_extract_pages27.py``) on input they were not written
on: a pull quote in a bare ``<figure>``, a Tumblr embed in one, a story whose class says it has replies, an
advice column's answers, and a council's hero teaser or a story set in a teaser component, each of which had
been read twice, shown as a bare address or taken from the story."""

from __future__ import annotations

import pytest

import nutgraf
from test_extract_pages27 import QUOTE, STORY

URL = "https://townnews.example/news/bridge"
COMMENTS = "".join(
    f"<div class='comment'><p><b>user{i}</b> I think this is a good idea and the council should have done it"
    f" years ago, honestly, number {i}.</p></div>"
    for i in range(12)
)


def _page(middle: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge closed | Town News</title>'
        "</head><body><header><a href='/'>Town News</a></header><main><article><h1>Bridge closed</h1>"
        f"<div class='text'><p>{STORY[0]}</p><p>{STORY[1]}</p>{middle}<p>{STORY[2]}</p><p>{STORY[3]}</p></div>"
        "</article></main></body></html>"
    )


def _paragraphs(html: str) -> list[str]:
    return nutgraf.extract(html, url=URL).text.split("\n\n")


# ---------------------------------------------------------------- a quotation in a <figure>
@pytest.mark.parametrize(
    "figure",
    [
        # A pull quote, unnamed, of a sentence's part: it had been read twice.
        "<figure><blockquote>“…the repairs will last until the end of August.”</blockquote></figure>",
        "<figure><blockquote>The work costs 4.2 million pounds.</blockquote><figcaption>Jane Doe</figcaption></figure>",
    ],
    ids=["a-sentence-s-end", "a-sentence-s-opening"],
)
def test_a_pull_quote_in_a_bare_figure_repeating_the_story_goes(figure: str) -> None:
    assert _paragraphs(_page(figure)) == STORY


def test_a_quotation_in_a_figure_the_story_quotes_again_is_read_once() -> None:
    figure = f"<figure><blockquote>{QUOTE}</blockquote><figcaption>John Newick</figcaption></figure>"
    said = f"“{QUOTE}” said John Newick, the deputy mayor."
    assert _paragraphs(_page(figure + f"<p>{said}</p>")) == [*STORY[:2], said, *STORY[2:]]


def test_a_tumblr_embed_in_a_figure_leaves_no_bare_address() -> None:
    # Tumblr's embed code is a blockquote of the post's address alone, until its script replaces it.
    figure = (
        "<figure><blockquote class='tumblr-post' data-href='https://embed.tumblr.com/embed/post/x'>"
        "<a href='https://town.tumblr.com/post/1'>https://town.tumblr.com/post/1</a></blockquote></figure>"
    )
    assert _paragraphs(_page(figure)) == STORY


def test_a_quotation_in_a_figure_in_another_language_stays() -> None:
    # Near miss: a speaker's words the story does not repeat, two paragraphs of them.
    figure = (
        "<figure><blockquote><p>Die Brücke ist mehr als sechzig Jahre alt.</p><p>Wir konnten nicht länger"
        " warten.</p></blockquote><figcaption>Jan Nowicki, Bürgermeister</figcaption></figure>"
    )
    assert _paragraphs(_page(figure)) == [
        *STORY[:2],
        "Die Brücke ist mehr als sechzig Jahre alt.",
        "Wir konnten nicht länger warten.",
        "Jan Nowicki, Bürgermeister",
        *STORY[2:],
    ]


# ---------------------------------------------------------------- sections named for replies
def _forum(frame: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Bridge closed</title></head><body><main><h1>Bridge closed</h1>"
        f"<div class='{frame}'>{''.join(f'<p>{p}</p>' for p in STORY)}</div><div class='comments'>{COMMENTS}</div>"
        "</main></body></html>"
    )


@pytest.mark.parametrize("frame", ["post-body has-replies", "entry no-replies"])
def test_a_post_whose_class_tells_it_has_replies_stays(frame: str) -> None:
    # The post's own class names its state: the story had gone whole, its headline alone left.
    assert _paragraphs(_forum(frame)) == STORY


def test_an_advice_column_s_answers_stay() -> None:
    answers = [
        "Dogs that refuse dry food but eat treats are often just picky, but a sudden change at eight can also"
        " mean sore teeth.",
        "Book a check-up with your vet and ask them to look at his mouth.",
    ]
    question = (
        "My dog is eight and has stopped eating his dry food, though he still eats treats. Should I worry?"
    )
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Ask the vet</title></head><body><main>"
        f"<h1>Ask the vet: my dog will not eat</h1><div class='question'><p>{question}</p></div>"
        f"<div class='expert-replies'>{''.join(f'<p>{p}</p>' for p in answers)}</div>"
        f"<div class='comments'>{COMMENTS}</div></main></body></html>"
    )
    assert _paragraphs(html) == [question, *answers]


# ---------------------------------------------------------------- AEM's teasers
def _aem(before: str) -> str:
    texts = "".join(
        f"<div class='text aem-GridColumn'><div class='cmp-text'><p>{p}</p></div></div>" for p in STORY
    )
    return (
        "<!DOCTYPE html><html lang='en-GB'><head><title>Bridge closed | Borough Council</title></head><body>"
        f"<div class='root container responsivegrid'><div class='aem-Grid aem-Grid--12'>{before}{texts}</div></div>"
        "</body></html>"
    )


def test_a_hero_teaser_of_the_headline_and_standfirst_stays() -> None:
    # Its button leads to another page, its heading and summary are the page's own.
    standfirst = (
        "The Willow Street bridge shuts to traffic for five months of repairs from Monday, the council said."
    )
    hero = (
        "<div class='title'><h1>Bridge closed</h1></div><div class='teaser aem-GridColumn'><div class='cmp-teaser'>"
        "<div class='cmp-teaser__content'><h2 class='cmp-teaser__title'>Bridge closed</h2>"
        f"<div class='cmp-teaser__description'><p>{standfirst}</p></div>"
        "<a class='cmp-teaser__action-link' href='/contact'>Contact us</a></div></div></div>"
    )
    assert _paragraphs(_aem(hero)) == [standfirst, *STORY]


def test_a_story_set_in_a_teaser_component_stays() -> None:
    story = f"<p>{STORY[0]} <a href='/roadworks'>Roadworks</a></p>" + "".join(
        f"<p>{p}</p>" for p in STORY[1:]
    )
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Bridge closed</title></head><body><main><h1>Bridge closed</h1>"
        f"<div class='cmp-teaser'><div class='cmp-teaser__description'>{story}</div></div></main></body></html>"
    )
    assert _paragraphs(html) == [f"{STORY[0]} Roadworks", *STORY[1:]]


@pytest.mark.parametrize(
    ("href", "title", "line"),
    [
        (
            "https://forms.council.example/grant",
            "Apply for a grant",
            "Shops on Willow Street can apply for grants of up to 5,000 pounds to cover lost trade until 30 June.",
        ),
        (
            "/docs/bridge-report.pdf",
            "Engineers' report (PDF)",
            "The engineers found cracks in four of the bridge's six beams.",
        ),
    ],
    ids=["a-form", "a-report"],
)
def test_a_teaser_between_the_story_s_text_components_stays(href: str, title: str, line: str) -> None:
    # A card the story points its reader to, between its paragraphs: its line is the story's.
    texts = [f"<div class='text aem-GridColumn'><div class='cmp-text'><p>{p}</p></div></div>" for p in STORY]
    teaser = (
        "<div class='teaser aem-GridColumn'><div class='cmp-teaser'><div class='cmp-teaser__content'>"
        f"<h3 class='cmp-teaser__title'><a href='{href}'>{title}</a></h3>"
        f"<div class='cmp-teaser__description'><p>{line}</p></div></div></div></div>"
    )
    html = (
        "<!DOCTYPE html><html lang='en-GB'><head><title>Bridge closed | Borough Council</title></head><body>"
        "<div class='aem-Grid aem-Grid--12'><h1>Bridge closed</h1>"
        f"{texts[0]}{texts[1]}{teaser}{texts[2]}{texts[3]}</div></body></html>"
    )
    assert _paragraphs(html) == [*STORY[:2], title, line, *STORY[2:]]
