"""Leftovers of text cleaning the last stop noticed and left alone, tenth pass: a print folio's words that are
the story's own line ("From M25", "From G7" as a cross-head or a sentence's head), a review's cross-head "Get
the app" over its prose on the app. Each is a reader's paste of a whole story (or a page's paragraphs), with
what the reader expects written before nutgraf ran, beside the furniture worded alike that still goes."""

from __future__ import annotations

import pytest

import nutgraf
from test_extract_leftovers6 import paragraphs
from test_extract_leftovers9 import LAST, LEDE, SECOND, bus_story


def page(headline: str, body: list[str]) -> str:
    """A news page of ``headline`` and ``body``'s paragraphs in its article."""
    paragraphs_html = "".join(f"<p>{paragraph}</p>" for paragraph in body)
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"{paragraphs_html}</article></body></html>"
    )


# A folio's words alone on their line, "From" and a letter and a figure, had gone as a print page's jump
# line wherever they stood: a story's cross-head over a paragraph naming the road or the summit ("From M25",
# "From G7"), and the head of a sentence broken after it ("From M25" / "to Heathrow, ...").
CROSS_HEADS = [
    ("From M25", "The M25 was closed between junctions 10 and 11 for most of Sunday after a crash."),
    ("From G7", "Leaders of the G7 said on Monday they backed the plan for cleaner city buses."),
    ("From A1", "Drivers leaving the A1 at Stamford will use the first of the new lanes from March."),
    ("From M25", "to Heathrow, the new lanes will cut bus journey times by a quarter, the council said."),
]


@pytest.mark.parametrize(("head", "below"), CROSS_HEADS)
def test_a_folio_s_words_over_the_paragraph_they_head_stay(head: str, below: str) -> None:
    assert paragraphs(bus_story([head, below])) == [LEDE, head, below, SECOND, LAST]


@pytest.mark.parametrize(("head", "below"), CROSS_HEADS)
def test_a_page_s_folio_words_over_the_paragraph_they_head_stay(head: str, below: str) -> None:
    text = nutgraf.extract(page("Council approves six new bus lanes", [LEDE, head, below, SECOND, LAST])).text
    assert text.split("\n\n") == [LEDE, head, below, SECOND, LAST]


@pytest.mark.parametrize(
    "below",
    [
        # Near misses: a jump's continuation, in lower case on the page before's sentence or a paragraph of
        # its own, names no folio; the jump goes as it went.
        "the council said the lanes would be painted green and enforced by cameras from the first day.",
        SECOND,
    ],
)
@pytest.mark.parametrize("folio", ["From A1", "From M6", "FROM B-3"])
def test_a_jump_s_folio_over_the_story_s_next_paragraph_still_leaves(folio: str, below: str) -> None:
    assert paragraphs(bus_story([folio, below])) == [LEDE, below, SECOND, LAST]


# An app review's cross-head, "Get the app" over the review's paragraph on the app, had gone as the site's
# link to its own app.
APP_REVIEW = [
    "Calm is one of the most popular meditation apps, and after a month of using it every day we can see why.",
    "Get the app",
    "The app is free to download on iOS and Android, with a subscription of $69.99 a year for the full library.",
    "It is the best of the six meditation apps we tried, and the only one our testers kept using.",
]


def test_an_app_review_s_cross_head_over_its_prose_on_the_app_stays() -> None:
    text = "\n\n".join(["Calm review: a meditation app worth paying for", "By Jane Roe", *APP_REVIEW])
    assert paragraphs(text) == APP_REVIEW
    html = page("Calm review: a meditation app worth paying for", APP_REVIEW)
    assert nutgraf.extract(html).text.split("\n\n") == APP_REVIEW


@pytest.mark.parametrize("link", ["Get the app", "Get our app"])
def test_a_site_s_link_to_its_app_over_the_story_s_next_paragraph_still_leaves(link: str) -> None:
    # Near miss: the council story's next paragraph says nothing of an app.
    assert paragraphs(bus_story([link])) == [LEDE, SECOND, LAST]
    html = page("Council approves six new bus lanes", [LEDE, link, SECOND, LAST])
    assert nutgraf.extract(html).text.split("\n\n") == [LEDE, SECOND, LAST]


MANHATTAN_LEDE = (
    "The city council voted on Tuesday to approve six new bus lanes across Manhattan, officials said."
)
MANHATTAN_STORY = [MANHATTAN_LEDE, SECOND, LAST]


# A dateline's place glued to the stamp by a bar ("New York |03.12.2026 14:05", as Anadolu glues its writer's
# names) had been the story's byline.
@pytest.mark.parametrize(
    "dateline",
    [
        "New York |03.12.2026 14:05",
        "New York |03.12.2026 - 14:05 GMT-5",
        "San Francisco |03.12.2026 14:05",
        "South Africa |03.12.2026 14:05",
        "Western Australia |03.12.2026 14:05",
    ],
)
def test_a_place_glued_to_its_stamp_by_a_bar_is_no_byline(dateline: str) -> None:
    article = nutgraf.extract("\n\n".join(["Council approves six new bus lanes", dateline, *MANHATTAN_STORY]))
    assert article.byline is None
    assert article.text.split("\n\n") == MANHATTAN_STORY


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Near misses: a writer's names so glued stay the byline, Anadolu's and a writer named as a place opens.
        ("Burak Dag |03.12.2026 - 13:45 GMT+3 Update: 03.12.2026 - 14:20 GMT+3", "Burak Dag"),
        ("Jane Roe |03.12.2026 14:05", "Jane Roe"),
        ("Georgia Brown |03.12.2026 14:05", "Georgia Brown"),
    ],
)
def test_a_writer_s_names_glued_to_the_stamp_by_a_bar_stay_the_byline(line: str, names: str) -> None:
    article = nutgraf.extract("\n\n".join(["Council approves six new bus lanes", line, *MANHATTAN_STORY]))
    assert article.byline == names
    assert article.text.split("\n\n") == MANHATTAN_STORY


# The story's subject named alone over the broadcaster's desk and place ("Rupert Murdoch" over "Sky News,
# London") had been its byline, and the lede, opening on his name, gone as the writer's bio.
MURDOCH = [
    "Rupert Murdoch has agreed to sell his remaining stake in Sky News, the broadcaster said on Thursday.",
    "The deal, worth £1.2bn, is expected to close in the spring, subject to regulatory approval.",
    "Analysts said the sale marked the end of an era for the media group.",
]


def test_the_subject_s_name_over_the_desk_is_no_byline() -> None:
    text = "\n\n".join(["Murdoch sells Sky News stake", "Rupert Murdoch", "Sky News, London", *MURDOCH])
    article = nutgraf.extract(text)
    assert article.byline is None
    assert article.text.split("\n\n") == MURDOCH


def test_a_writer_s_name_over_the_desk_stays_the_byline() -> None:
    # Near miss: the reporter's names, which the story does not name, are its byline.
    text = "\n\n".join(["Murdoch sells Sky News stake", "Sam Coates", "Sky News, London", *MURDOCH])
    article = nutgraf.extract(text)
    assert article.byline == "Sam Coates"
    assert article.text.split("\n\n") == MURDOCH


# A Persian date line with its weekday and its hour's word ("سه‌شنبه ۲۸ اردیبهشت ۱۴۰۳ ساعت ۱۰:۱۵", Tuesday 28
# Ordibehesht 1403, at 10:15) was no date line: under a standfirst set as a heading, the two had gone together,
# and under the lead's paragraph the date had stayed the story's second line.
PERSIAN_HEADLINE = "ساعت کار مترو افزایش می‌یابد"
PERSIAN_STANDFIRST = "قطارهای مترو از اول تیرماه تا ساعت یک بامداد حرکت می‌کنند."
PERSIAN_STORY = [
    "مدیرعامل شرکت بهره‌برداری متروی تهران اعلام کرد که از اول تیرماه، قطارهای مترو در همه خطوط تا ساعت یک"
    " بامداد به مسافران خدمات می‌دهند.",
    "به گفته او، این تصمیم با توجه به افزایش سفرهای شبانه در فصل تابستان و درخواست شهروندان گرفته شده است.",
    "این طرح به مدت سه ماه اجرا می‌شود و در صورت استقبال مسافران، در ماه‌های دیگر سال نیز ادامه خواهد یافت.",
]
PERSIAN_DATE_LINES = [
    "سه‌شنبه ۲۸ اردیبهشت ۱۴۰۳ ساعت ۱۰:۱۵",
    "سه‌شنبه، ۲۸ اردیبهشت ۱۴۰۳ - ۱۰:۱۵",
    "جمعه ۲۸ اردیبهشت ۱۴۰۳",
]


def persian_page(standfirst: str, date_line: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{PERSIAN_HEADLINE}</title>'
        f"</head><body><main><article><h1>{PERSIAN_HEADLINE}</h1>{standfirst}<div>{date_line}</div>"
        f"<div class='news-body'>{''.join(f'<p>{p}</p>' for p in PERSIAN_STORY)}</div></article></main></body>"
        "</html>"
    )


@pytest.mark.parametrize("date_line", PERSIAN_DATE_LINES)
@pytest.mark.parametrize("tag", ["h2", "p"])
def test_a_persian_standfirst_stays_over_a_weekday_s_date_line(tag: str, date_line: str) -> None:
    article = nutgraf.extract(persian_page(f"<{tag}>{PERSIAN_STANDFIRST}</{tag}>", date_line))
    paragraphs_read = article.text.split("\n\n")
    # The standfirst is the article's description, as an English one over its date line is.
    assert article.description == PERSIAN_STANDFIRST
    assert paragraphs_read == PERSIAN_STORY
    assert article.published is not None and article.published.date().isoformat() == "2024-05-17"


@pytest.mark.parametrize("date_line", PERSIAN_DATE_LINES)
def test_a_pasted_persian_story_s_weekday_date_line_goes(date_line: str) -> None:
    text = "\n\n".join([PERSIAN_HEADLINE, PERSIAN_STANDFIRST, date_line, *PERSIAN_STORY])
    assert paragraphs(text) == [PERSIAN_STANDFIRST, *PERSIAN_STORY]


def test_a_persian_sentence_opening_on_a_weekday_s_date_stays() -> None:
    # Near miss: the story's sentence that opens on the day it tells of.
    sentence = (
        "سه‌شنبه ۲۸ اردیبهشت ۱۴۰۳ روز افتتاح خط جدید مترو بود و هزاران نفر از ایستگاه‌های تازه دیدن کردند."
    )
    text = "\n\n".join([PERSIAN_HEADLINE, PERSIAN_STANDFIRST, *PERSIAN_STORY[:2], sentence, PERSIAN_STORY[2]])
    assert sentence in paragraphs(text)


# A TV story's listing, its rows a clock's time and a programme ("20:15 Tagesschau"): rows between the story's
# paragraphs go as a programme listing by design (tests/test_summary_more_genres.py's "tv_listings" asks that
# "8.00pm The Great British Bake Off, Channel 4" leave the text), and stay under a lead-in closing on a colon.
# At the story's top, a row whose title closes on a stop ("20:15 Wetten, dass..?") had read as prose and
# stayed while the rows beside it went; between two rows it is one since the nineteenth xfails pass.
TV_ROWS = ["20:00 Tagesschau", "20:15 Wetten, dass..?", "22:45 Tatort: Das Wunder von Wolbeck"]
TV_STORY = [
    "Das ZDF setzt dagegen auf Fußball und zeigt das Spitzenspiel live, der Anpfiff ist um 20:30 Uhr.",
    "Wer lieber Filme sieht, findet bei Arte einen Klassiker mit Romy Schneider.",
]


def test_a_tv_story_s_listing_at_its_top_stays_or_goes_whole() -> None:
    text = "\n\n".join(["TV-Tipps für Samstag: Das läuft heute im Ersten", *TV_ROWS, *TV_STORY])
    kept = [row for row in TV_ROWS if row in paragraphs(text)]
    assert kept in ([], TV_ROWS)


# Review of the tenth pass. A jump's continuation runs on in lower case from the page before on any word, a
# range's too ("and", "to"), and may name the road the folio's letters spell: the folio still goes.
@pytest.mark.parametrize(
    "below",
    [
        "and the council said the lanes would be painted green and enforced by cameras.",
        "to the council's surprise, the vote was unanimous and work will start in March.",
        "through the winter, the council said, crews would work overnight on the lanes.",
        "the council said buses on the A1 would run every ten minutes from the spring.",
    ],
)
def test_a_jump_s_folio_over_a_lower_case_continuation_still_leaves(below: str) -> None:
    assert paragraphs(bus_story(["From A1", below])) == [LEDE, below, SECOND, LAST]
    html = page("Council approves six new bus lanes", [LEDE, "From A1", below, SECOND, LAST])
    assert nutgraf.extract(html).text.split("\n\n") == [LEDE, below, SECOND, LAST]


# A news story's paragraph on an app ("The app, which TikTok said ...") under the site's own "Get the app" link
# names an app, not where to get it: the link still goes.
@pytest.mark.parametrize(
    "below",
    [
        "The app, which TikTok said has 150 million users in the US, faces a ban from January.",
        "Officials said the app had been downloaded 2 million times since its launch in March.",
    ],
)
def test_a_site_s_app_link_over_a_news_paragraph_on_an_app_still_leaves(below: str) -> None:
    assert paragraphs(bus_story(["Get the app", below])) == [LEDE, below, SECOND, LAST]
    html = page("Council approves six new bus lanes", [LEDE, "Get the app", below, SECOND, LAST])
    assert nutgraf.extract(html).text.split("\n\n") == [LEDE, below, SECOND, LAST]


@pytest.mark.parametrize("line", ["Abu Bakar |03.12.2026 14:05", "Santa Montefiore |03.12.2026 14:05"])
def test_a_writer_named_as_a_city_opens_glued_to_the_stamp_stays_the_byline(line: str) -> None:
    # "Abu" and "Santa" open cities' names ("Abu Dhabi", "Santa Monica") and first names alike.
    article = nutgraf.extract("\n\n".join(["Council approves six new bus lanes", line, *MANHATTAN_STORY]))
    assert article.byline == line.split(" |")[0]
    assert article.text.split("\n\n") == MANHATTAN_STORY


@pytest.mark.parametrize(
    "lede",
    [
        "Sam Coates, Sky's deputy political editor, looks at what the sale means for the channel.",
        "Sam Coates is Sky News' deputy political editor.",
    ],
)
def test_a_writer_named_with_a_job_in_the_lede_under_the_desk_stays_the_byline(lede: str) -> None:
    # The lede names the writer by a job's title: they are the writer, no subject of the story.
    text = "\n\n".join(["Murdoch sells Sky News stake", "Sam Coates", "Sky News, London", lede, *MURDOCH[1:]])
    assert nutgraf.extract(text).byline == "Sam Coates"
