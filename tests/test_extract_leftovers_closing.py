"""Leftovers of the text cleaning a stop noticed and left alone, each a reader's paste with what the reader
expects written before nutgraf ran, beside news worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf

FORUM_STORY = """Council approves new cycle lanes

The city council voted 7-2 on Tuesday to build 12 miles of protected cycle lanes across the centre.

Work will begin in the spring and is expected to cost $4.5 million, officials said.

Residents on Main Street had opposed the plan, saying it would remove parking spaces."""


def test_a_call_to_the_comments_run_onto_the_story_s_last_paragraph_leaves_the_text() -> None:
    # A forum story's closing call glued to its last sentence: the reader expects the story to end on the
    # residents' objection.
    text = nutgraf.extract(FORUM_STORY + " Join the discussion below.").text
    assert text.endswith("saying it would remove parking spaces.")
    assert "Join the discussion" not in text


def test_a_last_sentence_worded_like_a_call_but_news_stays() -> None:
    line = " Join the discussion below the bridge, the protest's organisers told cyclists."
    assert nutgraf.extract(FORUM_STORY + line).text.endswith(line)


SENATE_PARAGRAPHS = "".join(
    f"<p>{paragraph}</p>"
    for paragraph in (
        "The bill now goes to the House, where its fate is less certain after a week of talks between the"
        " two parties broke down on Friday.",
        "Democrats said the measure would cut costs for families, while Republicans said it would add to the"
        " deficit by more than $200 billion over ten years.",
        "A vote in the House is expected before the end of the month, party leaders said on Tuesday evening.",
    )
)


def _senate_page(over_byline: str) -> str:
    return (
        "<html><head><title>Senate passes spending bill</title></head><body><article>"
        f"<h1>Senate passes spending bill</h1><div class='dek'><p>{over_byline}</p></div>"
        f"<div class='byline'>By Jane Doe</div>{SENATE_PARAGRAPHS}</article></body></html>"
    )


@pytest.mark.parametrize(
    "lede",
    [
        "WASHINGTON (AP) — The Senate passed a $1.2 trillion spending bill early Wednesday, averting a"
        " government shutdown hours before the deadline.",
        "WASHINGTON — The Senate passed a $1.2 trillion spending bill early Wednesday, averting a government"
        " shutdown hours before the deadline.",
        # Another dash further on, a clause's, is not the dateline's.
        "WASHINGTON - The Senate — after weeks of talks — passed a $1.2 trillion spending bill early"
        " Wednesday.",
    ],
)
def test_a_dateline_lede_in_a_div_over_the_byline_opens_the_story(lede: str) -> None:
    # The reader expects the story to open on its dateline's lede, not to find the lede as the page's
    # description and the story opening on its second paragraph.
    article = nutgraf.extract(_senate_page(lede), url="https://news.example.com/senate")
    assert article.text.startswith(lede)
    assert article.description != lede


def test_a_notice_in_a_div_over_the_byline_is_no_description() -> None:
    notice = "Sign up for our newsletter to get the latest news from Capitol Hill every morning."
    article = nutgraf.extract(_senate_page(notice), url="https://news.example.com/senate")
    assert article.description != notice
    assert notice not in article.text


@pytest.mark.parametrize(
    "standfirst",
    [
        "The Senate's vote came after a night of talks; the House has yet to act.",
        # A kicker's label, an acronym or words a bracket explains before a dash: no place, no agency.
        "ANALYSIS - Why the Senate's vote may not end the fight over the deficit, and what comes next.",
        "EXCLUSIVE - Leaders of both parties struck the deal in a late-night meeting, sources say.",
        "COVID-19 – The pandemic's cost still weighs on the budget, which both parties now want to trim.",
        "Senators (both parties) - a rare show of unity on spending, after months of stalled talks.",
    ],
)
def test_a_standfirst_over_the_byline_stays_the_description(standfirst: str) -> None:
    article = nutgraf.extract(_senate_page(standfirst), url="https://news.example.com/senate")
    assert article.description == standfirst


def test_a_date_in_the_headline_is_no_publication_date() -> None:
    # A German page that declares no date: its headline says how things stood on 12 May, which the reader
    # does not expect as the day the page was published.
    headline = "Stand am 12. Mai 2026: Die meisten Kitas in Berlin bleiben geschlossen"
    paragraphs = "".join(
        f"<p>{paragraph}</p>"
        for paragraph in (
            "Der Streik der Erzieherinnen geht am Dienstag in die zweite Woche, teilte die Gewerkschaft Verdi"
            " am Montag in Berlin mit.",
            "Eltern müssen sich weiter selbst um die Betreuung ihrer Kinder kümmern, sagte ein Sprecher der"
            " Stadt.",
        )
    )
    page = (
        f"<html lang='de'><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"{paragraphs}</article></body></html>"
    )
    article = nutgraf.extract(page, url="https://zeitung.example.de/kita-streik")
    assert article.title == headline
    assert article.published is None


@pytest.mark.parametrize(
    "date_line",
    ["<p class='date'>Veröffentlicht am 12.05.2026</p>", "<footer>Veröffentlicht: 12. Mai 2026</footer>"],
)
def test_a_date_line_under_the_story_that_names_the_headline_s_day_still_dates_the_page(
    date_line: str,
) -> None:
    # The page says when it was published, under the story: the reader expects that day, the headline's too.
    headline = "Stand am 12. Mai 2026: Die meisten Kitas in Berlin bleiben geschlossen"
    page = (
        f"<html lang='de'><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        "<p>Der Streik der Erzieherinnen geht am Dienstag in die zweite Woche, teilte die Gewerkschaft Verdi"
        " am Montag in Berlin mit.</p><p>Eltern müssen sich weiter selbst um die Betreuung ihrer Kinder"
        f" kümmern, sagte ein Sprecher der Stadt.</p>{date_line}</article></body></html>"
    )
    article = nutgraf.extract(page, url="https://zeitung.example.de/kita-streik")
    assert article.published is not None
    assert article.published.date().isoformat() == "2026-05-12"


def test_a_date_line_under_the_headline_still_dates_the_page() -> None:
    headline = "Stand am 12. Mai 2026: Die meisten Kitas in Berlin bleiben geschlossen"
    page = (
        f"<html lang='de'><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        "<p>12.05.2026, 14:30 Uhr</p><p>Der Streik der Erzieherinnen geht am Dienstag in die zweite Woche,"
        " teilte die Gewerkschaft Verdi am Montag in Berlin mit.</p></article></body></html>"
    )
    article = nutgraf.extract(page, url="https://zeitung.example.de/kita-streik")
    assert article.published is not None
    assert article.published.date().isoformat() == "2026-05-12"


@pytest.mark.xfail(
    strict=True,
    reason="a line of two words over a stamp is as often a section's label ('Local News'), a desk's credit"
    " ('Tribune Report') or a writer's names ('Jane Doe', a paste that starts at the byline) as a short"
    " headline, and a headline has three words at least (_has_title): 'Traffic Report' goes as a desk's"
    " credit, 'Mayor Resigns' is the byline; telling them apart needs more than the line's words",
)
@pytest.mark.parametrize("headline", ["Traffic Report", "Mayor Resigns"])
def test_a_two_word_headline_over_a_stamp_is_the_title(headline: str) -> None:
    paste = (
        f"{headline}\n\nUpdated 7:45 a.m., Dec. 5, 2026\n\n"
        "A crash closed two lanes of Interstate 95 northbound near Exit 12 on Friday morning, police said.\n\n"
        "Drivers should expect delays of up to 30 minutes until the wreck is cleared, officials said."
    )
    assert nutgraf.extract(paste).title == headline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # A syndicated writer's newsroom after a comma, as a page's author field names it ("TIC News
        # Service"): the reader expects the writer alone; the newsroom alone is nobody's byline.
        ("Jane Doe, Tribune News Service", "Jane Doe"),
        ("Jane Doe, AP Wires", "Jane Doe"),
        ("Tribune News Service", None),
        # A writer whose surname is a newsroom's word (Robert Service, the historian, writes for papers): the
        # reader expects the writer, with a co-writer, as any other's.
        ("Robert Service", "Robert Service"),
        ("Jane Doe and Robert Service", "Jane Doe and Robert Service"),
        pytest.param(
            "Jane Doe, Sarah Wires",
            "Jane Doe, Sarah Wires",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'Wires' beside a writer closes a wire desk's name after any word ('Gannett Wires'),"
                " far more bylines' than a writer named Wires: telling 'Sarah' from 'Gannett' needs a list of"
                " given names (docs/extraction.md)",
            ),
        ),
    ],
)
def test_a_newsroom_named_as_an_author_field_names_it_is_no_writer(line: str, byline: str | None) -> None:
    paste = (
        f"Council approves new cycle lanes across the centre\n\n{line}\n\nDec. 3, 2026\n\n"
        "The city council voted 7-2 on Tuesday to build 12 miles of protected cycle lanes across the centre.\n\n"
        "Work will begin in the spring and is expected to cost $4.5 million, officials said."
    )
    article = nutgraf.extract(paste)
    assert article.byline == byline
    assert line not in article.text


def test_a_caption_s_credit_after_a_bar_leaves_with_its_caption() -> None:
    # An East African paper's caption, its credit after a bar; the reader expects the story without it.
    caption = "Passengers wait for a Dart bus at the Kimara terminal. PHOTO | FILE"
    text = nutgraf.extract(FORUM_STORY.replace("\n\nWork will", f"\n\n{caption}\n\nWork will")).text
    assert "PHOTO | FILE" not in text
    assert "Work will begin in the spring" in text


def test_a_headline_closing_on_photo_and_its_site_after_a_bar_stays_the_title() -> None:
    # A bar parts a headline from its site's name: the reader expects the headline, not a credit gone.
    headline = "The year in one photo | Nation"
    assert nutgraf.extract(f"{headline}\n\n{FORUM_STORY.partition(chr(10))[2].strip()}").title == headline


def test_a_line_with_a_bar_after_the_word_photo_and_no_stop_stays() -> None:
    line = "The mayor posed for a photo | a moment the council later regretted"
    text = nutgraf.extract(FORUM_STORY.replace("\n\nWork will", f"\n\n{line}\n\nWork will")).text
    assert line in text


def test_a_sentence_with_a_bar_after_the_word_photo_stays() -> None:
    line = "The council said the photo | video ban at meetings would end in March, officials said."
    text = nutgraf.extract(FORUM_STORY.replace("\n\nWork will", f"\n\n{line}\n\nWork will")).text
    assert line in text


def test_a_newsroom_beside_the_writer_in_a_page_s_author_field_is_no_writer() -> None:
    # The page's author field names the writer and the channel; the reader expects the writer alone.
    page = (
        "<html><head><title>Senate passes spending bill</title><meta name='author' content='Jane Doe; Sky News'>"
        f"</head><body><article><h1>Senate passes spending bill</h1>{SENATE_PARAGRAPHS}</article></body></html>"
    )
    assert nutgraf.extract(page, url="https://news.example.com/senate").byline == "Jane Doe"
