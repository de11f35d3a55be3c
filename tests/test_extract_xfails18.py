"""The eighteenth pass over the strict xfails, as kinds: an agency's own casing and a newswire's issuer in an
author field, a place in its own case before a long dash at the lede, a mark no one sees after a stop, and a
thread reader's link to the thread. Each beside near misses that stay as they were."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.segment import split_sentences

PROSE = (
    "The council approved the new budget on Tuesday after a four-hour debate, officials said.",
    "Spending on roads will rise by 12 percent next year, while library hours stay the same.",
    "Opposition members said the plan left too little for social housing in the city.",
)


def _page(author: str, header: str = "", lang: str = "en") -> str:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in PROSE)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Council approves budget</title>'
        f'<meta name="author" content="{author}"></head><body><article><h1>Council approves budget</h1>'
        f"{header}{paragraphs}</article></body></html>"
    )


# 1. An agency's name in an author field, and a newswire's issuer.


@pytest.mark.parametrize(
    ("author", "header", "expected"),
    [
        ("dpa", "<span class='author'>Von dpa</span>", "dpa"),
        ("sda", "<span class='author'>sda</span>", "sda"),
    ],
)
def test_an_agency_s_name_keeps_its_own_casing(author: str, header: str, expected: str) -> None:
    assert nutgraf.extract(_page(author, header)).byline == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        # Near misses: a person's name the field writes in lower case is capitalised as before, and an
        # agency written in capitals stays so.
        ("jane doe", "Jane Doe"),
        ("AFP", "AFP"),
        ("Reuters", "Reuters"),
    ],
)
def test_a_person_s_name_and_an_agency_in_capitals_stay_as_they_were(author: str, expected: str) -> None:
    assert nutgraf.extract(_page(author)).byline == expected


@pytest.mark.parametrize(
    "label", ["News provided by", "Sponsored by", "Fourni par"], ids=["provided", "sponsored", "french"]
)
def test_the_issuer_under_a_newswire_s_label_is_no_byline(label: str) -> None:
    header = f"<div class='meta'>{label} <a href='/news/northwind/'>Northwind Energy</a></div>"
    assert nutgraf.extract(_page("Northwind Energy", header)).byline is None


def test_a_writer_linked_under_another_label_stays_the_byline() -> None:
    # Near miss: "Written by" credits a writer, and the meta author names her.
    header = "<div class='meta'>Written by <a href='/authors/jane-doe/'>Jane Doe</a></div>"
    assert nutgraf.extract(_page("Jane Doe", header)).byline == "Jane Doe"


def test_a_provider_label_naming_someone_else_leaves_the_author_as_it_was() -> None:
    # Near miss: the label credits a photo agency, the meta author is the writer.
    header = "<div class='meta'>Provided by <a href='/partners/acme/'>Acme Images</a></div>"
    assert nutgraf.extract(_page("Jane Doe", header)).byline == "Jane Doe"


# 2. A place in its own case before a long dash, opening the text.

VIENNA = (
    "Wien – Die Jahreskarte der Wiener Linien wird teurer. Ab 1. Jänner kostet sie 467 statt 365 Euro, teilte"
    " die Stadt am Mittwoch mit.\n\nDie Stadt begründet den Schritt mit gestiegenen Energie- und Personalkosten."
    "\n\nDie Opposition kritisierte die Erhöhung als Wortbruch, sagte die Parteichefin am Abend."
)
ADDIS = (
    "Addis Abeba – The Ethiopian Railways Corporation said it would resume evening service on the Addis Abeba"
    " Light Rail from next Monday, three years after it stopped.\n\nTrains will run until 10pm on both lines, the"
    " corporation said in a statement.\n\nCommuters have long complained about the lack of transport at night."
)


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        (VIENNA, "Die Jahreskarte der Wiener Linien wird teurer."),
        (ADDIS, "The Ethiopian Railways Corporation"),
    ],
    ids=["wien", "addis-abeba"],
)
def test_a_titled_place_before_a_long_dash_is_the_lede_s_dateline(text: str, lede: str) -> None:
    summary = nutgraf.summarize(text, sentences=1, summarizer="lead")
    assert summary.text.startswith(lede), summary.text
    assert nutgraf.summarize(text).text.startswith(lede)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # Near misses: a headline of the same shape in lower case, or ending on no mark; a later paragraph's
        # name before a dash (a list's entry); a label; a name the sentence goes on about by a pronoun; and
        # the spaced hyphen, which asks for the place to be named again, as before.
        ("Wien – eine Stadt im Wandel, die jedes Jahr mehr Menschen anzieht.", "Wien – eine Stadt"),
        (
            "Analyse – Die Koalition steht vor ihrer schwersten Woche seit Beginn der Legislaturperiode.",
            "Analyse –",
        ),
        ("Arsenal – He scored twice in the second half and the club said he would start again.", "Arsenal –"),
        (
            "Brexit - The exit from the European Union has cost the economy billions, economists said.",
            "Brexit -",
        ),
    ],
    ids=["lower-case", "label", "pronoun", "hyphen"],
)
def test_a_name_before_a_dash_that_is_no_dateline_stays(text: str, opening: str) -> None:
    text = f"{text}\n\n{PROSE[0]}\n\n{PROSE[1]}"
    assert split_sentences(text)[0].start == 0
    assert nutgraf.extract(text).text.startswith(opening)


def test_a_titled_place_before_a_long_dash_past_the_first_paragraph_stays() -> None:
    # Near miss: a timeline's or a list's entry further down is its sentence's own.
    text = f"{PROSE[0]}\n\nGraz – Die Stadt plant ein neues Busnetz bis zum Jahr 2028.\n\n{PROSE[1]}"
    sentences = [text[span.start : span.end] for span in split_sentences(text)]
    assert "Graz – Die Stadt plant ein neues Busnetz bis zum Jahr 2028." in sentences


def test_the_line_over_a_titled_dateline_is_the_headline() -> None:
    text = f"Addis Abeba light rail to resume night service after three years\n\n{ADDIS}"
    article = nutgraf.extract(text)
    assert article.title == "Addis Abeba light rail to resume night service after three years"
    assert article.text.startswith("Addis Abeba – The Ethiopian")


def test_a_standfirst_over_a_lede_without_a_dateline_stays_in_the_text() -> None:
    # Near miss: a sentence-case line of 11 words over a lede with no dateline is read as before.
    standfirst = "The city says rising energy and staff costs leave it no other choice"
    text = f"{standfirst}\n\n{PROSE[0]}\n\n{PROSE[1]}\n\n{PROSE[2]}"
    assert nutgraf.extract(text).text.startswith(standfirst)


# 3. A key-points box with a second label of its own, no particulars under it.

BRIDGE_STORY = (
    "The council has closed the Willow Street bridge to cars for the whole summer, saying its sixty-year-old"
    " deck could no longer wait for repairs that had been put off twice.",
    "The bridge will stay closed to cars until the end of August, and a footbridge beside it stays open for"
    " people on foot and on bicycles.",
    "Engineers found cracks in the deck in March, and the repairs will cost 4.2 million pounds, the council"
    " said on Monday.",
)


def _boxed(box: str) -> str:
    story = "\n\n".join(BRIDGE_STORY)
    return f"Willow Street bridge closes to cars for the summer\n\nBy Jane Doe\n\n{box}\n\n{story}"


def test_a_key_points_box_with_a_second_label_leaves_the_story() -> None:
    box = (
        "In short:\n\nThe Willow Street bridge is closed to cars until the end of August.\n\nEngineers found"
        " cracks in its deck in March.\n\nWhat's next?\n\nA footbridge stays open for people on foot."
    )
    article = nutgraf.extract(_boxed(box))
    assert article.text.startswith(BRIDGE_STORY[0]), article.text
    assert "In short" not in article.text and "What's next?" not in article.text
    assert nutgraf.summarize(article, sentences=1).text == BRIDGE_STORY[0]


@pytest.mark.parametrize(
    "box",
    [
        # Near misses: the story's own short opening under the label and a subheading of its own, which the
        # story does not tell again; and a box with no second label, whose end nothing marks (as before).
        "In short:\n\nResidents queued for hours at the town hall on Monday.\n\nMany of them had walked.\n\n"
        "What did they want?\n\nA say in the plans, one of them told reporters.",
        "In short:\n\nThe Willow Street bridge is closed to cars until the end of August.\n\nEngineers found"
        " cracks in its deck in March.",
    ],
    ids=["story-s-own", "no-second-label"],
)
def test_short_paragraphs_under_a_points_label_without_a_told_box_stay(box: str) -> None:
    first = box.split("\n\n")[1]
    assert first in nutgraf.extract(_boxed(box)).text


# 5. A mark no one sees between a stop and the next sentence's space.

LEDE = "The harbour committee met on Thursday to review the annual report of the port, its members said."
CLOSE = "Members said the dredging programme had grown faster than expected this year, the chair added."


@pytest.mark.parametrize(
    "mark",
    ["\u200e", "\u200f", "\u202c", "\u2069", "\ufffd"],
    ids=["ltr", "rtl", "pop", "isolate", "replacement"],
)
def test_a_mark_no_one_sees_after_a_stop_ends_the_sentence(mark: str) -> None:
    text = f"{LEDE}{mark} {CLOSE}"
    assert [text[span.start : span.end] for span in split_sentences(text)] == [LEDE, CLOSE]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a mark after an abbreviation ends no sentence, nor one inside a sentence.
        "He met Dr.\u200f Ana Reyes at the port on Thursday, officials said.",
        "The word \u200fport\u200f stands for the harbour in the minutes.",
    ],
)
def test_a_mark_where_no_sentence_ends_joins_nothing_new(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_an_arabic_question_closing_on_its_direction_mark_ends_there() -> None:
    # Arabic's own question mark, read by its script's rule, then the mark a right-to-left text sets.
    text = "هل وافق المجلس على الميزانية؟\u200f قال المسؤولون إن التصويت جرى يوم الثلاثاء."
    spans = split_sentences(text)
    assert len(spans) == 2


def test_ten_thousand_marks_after_each_stop_split() -> None:
    # Hostile input: 10,000 marks after each stop, read once each (the closers' run is possessive).
    text = ("It rained." + "\u200f" * 10_000 + " ") * 20
    assert len(split_sentences(text)) == 20


# 6. A thread reader's link to the thread on its network.

THREAD = (
    "<p>The bus route that served our street is gone, and here is how it happened over the last month.</p>"
    "<p>The council said the route lost three hundred million won a year, most of its riders elderly.</p>"
    "<p>After a petition, the council delayed the closure by six months to count riders again.</p>"
)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("<a href='https://bsky.app/profile/kim.bsky.social/post/3ksx2'>View thread on Bluesky</a> · May 24, 2024",
         "en"),
        ("<a href='https://x.com/kim/status/1793000'>Ver hilo en X</a> · 24 de mayo de 2024", "es"),
        ("<a href='https://bsky.app/profile/kim.bsky.social/post/3ksx2'>Bluesky에서 스레드 보기</a>", "ko"),
        ("<a href='https://bsky.app/profile/kim.bsky.social/post/3ksx2'>Bluesky에서 스레드 보기</a> · 2024년 5월 24일",
         "ko"),
        ("<a href='https://www.threads.net/@kim/post/C7a'>Ver no Threads</a> · 24 de maio de 2024", "pt"),
        ("<a href='https://t.me/kyivnews/1234'>Telegram</a> · 24.05.2024", "uk"),
    ],
    ids=["english", "spanish-x", "korean-no-date", "korean-dated", "portuguese-threads", "telegram"],
)  # fmt: skip
def test_a_thread_reader_s_link_to_the_thread_leaves_the_text(line: str, lang: str) -> None:
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Our bus route</title></head><body><main>'
        f"<h1>Our bus route</h1><div class='thread'>{THREAD}</div><p class='source'>{line}</p></main></body></html>"
    )
    text = nutgraf.extract(html).text
    assert text.endswith("to count riders again."), text
    assert "Bluesky" not in text and "Telegram" not in text and "Ver hilo" not in text


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: a sentence that names the network and links the post; an embedded post's attribution,
        # which links its date.
        "The mayor's <a href='https://bsky.app/profile/mayor.bsky.social/post/3kq'>post on Bluesky</a> drew"
        " 2,000 replies.",
        "— Kim Ji-hoon (@kim.bsky.social) <a href='https://bsky.app/profile/kim.bsky.social/post/3ksx2'>May 24,"
        " 2024 at 10:02</a>",
    ],
    ids=["sentence", "attribution"],
)
def test_a_line_naming_or_quoting_a_post_stays(line: str) -> None:
    html = (
        '<!DOCTYPE html><html lang="en"><head><title>Our bus route</title></head><body><main>'
        f"<h1>Our bus route</h1><div class='thread'>{THREAD}</div><p>{line}</p></main></body></html>"
    )
    words = nutgraf.extract(html).text.split("\n\n")[-1]
    assert "Bluesky" in words or "Kim Ji-hoon" in words or "2,000 replies" in words, words
