"""The twenty-sixth round of ``bench/extraction_pages`` (``r26-*``): what it lost, as kinds of the HTML stage.
A story only in Frontity's state, a glossary's definitions in ``[popover]`` elements inside the sentences, and a
click-to-tweet box between two paragraphs; each beside a near miss that stays."""

from __future__ import annotations

import json

import pytest

import nutgraf

STORY = [
    "Common swifts are reaching Britain nine days earlier than they did thirty years ago, according to an"
    " analysis of more than 200,000 sightings sent in by birdwatchers.",
    "The study found that the birds' average arrival date has moved from 6 May in the early 1990s to 27 April"
    " in the last five years.",
    "The researchers say warmer springs in southern Europe, where swifts stop to feed on their way north, are"
    " the most likely reason.",
    "Swift numbers in Britain have fallen by more than half since 1995, and the birds are on the red list of"
    " species of highest conservation concern.",
]


def _page(body: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Swifts arrive early | Field Notes'
        f"</title>{head}</head><body><header><a href='/'>Field Notes</a><ul><li><a href='/s/1'>Space</a></li>"
        f"<li><a href='/s/2'>Earth</a></li></ul></header><main><article><h1>Swifts arrive early</h1>{body}"
        "</article></main><footer><p>© 2024 Field Notes</p></footer></body></html>"
    )


def _paragraphs(html: str) -> list[str]:
    return nutgraf.extract(html, url="https://fieldnotes.example/swifts").text.split("\n\n")


def test_a_story_only_in_frontity_s_state_is_read_from_it() -> None:
    # Frontity's server render fell back to its loader: the page shows the headline and "Loading...", and
    # the story is the post's content.rendered in __FRONTITY_CONNECT_STATE__. It raised NoArticleFound.
    state = {
        "router": {"link": "/news/swifts/"},
        "source": {
            "post": {
                "4821": {
                    "id": 4821,
                    "type": "post",
                    "title": {"rendered": "Swifts arrive early"},
                    "content": {"rendered": "".join(f"<p>{p}</p>" for p in STORY)},
                }
            }
        },
    }
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Swifts arrive early | Field Notes</title></head><body>"
        "<div id='root'><header><a href='/'>Field Notes</a></header><main><h1>Swifts arrive early</h1>"
        "<div role='status'>Loading...</div></main></div>"
        f"<script id='__FRONTITY_CONNECT_STATE__' type='application/json'>{json.dumps(state)}</script>"
        "</body></html>"
    )
    assert _paragraphs(html) == STORY


def test_a_glossary_s_popover_definitions_go_and_its_terms_stay() -> None:
    # Each term is a button opening a span[popover] beside it: the definition had been read into the
    # sentence and the term had gone with the buttons ("known as a test").
    sentence = (
        'The test looks for blood in a sample, known as a <button class="term" popovertarget="gl-1">FIT</button>'
        '<span id="gl-1" popover>Faecal immunochemical test: a home test kit that detects tiny amounts of blood.'
        "</span> test."
    )
    html = _page(
        f"<div class='body'><p>{STORY[0]}</p><p>{sentence}</p><p>{STORY[1]}</p><p>{STORY[2]}</p></div>"
    )
    assert _paragraphs(html) == [
        STORY[0],
        "The test looks for blood in a sample, known as a FIT test.",
        STORY[1],
        STORY[2],
    ]


def test_a_bootstrap_popover_s_term_stays_with_its_sentence() -> None:
    # Near miss: Bootstrap's popovers keep their text in a data attribute, the term a link of the sentence.
    sentence = (
        'The test looks for blood in a sample, known as a <a href="#" data-bs-toggle="popover" '
        'data-bs-content="Faecal immunochemical test">FIT</a> test.'
    )
    html = _page(
        f"<div class='body'><p>{STORY[0]}</p><p>{sentence}</p><p>{STORY[1]}</p><p>{STORY[2]}</p></div>"
    )
    assert _paragraphs(html)[1] == "The test looks for blood in a sample, known as a FIT test."


def test_a_click_to_tweet_box_between_paragraphs_goes() -> None:
    box = (
        '<div class="click-to-tweet"><p class="ctt-text">Swifts now reach Britain nine days earlier than in the'
        ' 1990s.</p><a class="ctt-btn" href="https://twitter.com/intent/tweet?text=Swifts" target="_blank">'
        "Tweet this</a></div>"
    )
    html = _page(
        f"<div class='body'><p>{STORY[0]}</p><p>{STORY[1]}</p>{box}<p>{STORY[2]}</p><p>{STORY[3]}</p></div>"
    )
    assert _paragraphs(html) == STORY


def test_better_click_to_tweet_s_linked_quote_goes() -> None:
    # WordPress's Better Click To Tweet: the quote itself is the intent link, and "Click To Tweet" another.
    box = (
        '<span class="bctt-click-to-tweet"><span class="bctt-ctt-text"><a href="https://x.com/intent/post?'
        'text=Swifts">Swifts now reach Britain nine days earlier.</a></span><a href="https://x.com/intent/post?'
        'text=Swifts" class="bctt-ctt-btn">Click To Tweet</a></span>'
    )
    html = _page(
        f"<div class='body'><p>{STORY[0]}</p><p>{STORY[1]}</p>{box}<p>{STORY[2]}</p><p>{STORY[3]}</p></div>"
    )
    assert _paragraphs(html) == STORY


def test_a_paragraph_linking_a_tweet_intent_stays() -> None:
    # Near miss: the story's own sentence asking readers to post, its link inside the paragraph.
    sentence = (
        'The society asks anyone who sees a swift before May to <a href="https://twitter.com/intent/tweet?'
        'hashtags=swiftwatch">post it with the tag #swiftwatch</a>, so that sightings can be mapped.'
    )
    html = _page(
        f"<div class='body'><p>{STORY[0]}</p><p>{STORY[1]}</p><p>{sentence}</p><p>{STORY[2]}</p><p>{STORY[3]}</p></div>"
    )
    assert _paragraphs(html) == [
        STORY[0],
        STORY[1],
        "The society asks anyone who sees a swift before May to post it with the tag #swiftwatch, so that"
        " sightings can be mapped.",
        STORY[2],
        STORY[3],
    ]


PERSIAN_STORY = [
    "مدیرعامل شرکت بهره‌برداری متروی تهران اعلام کرد که از اول تیرماه، قطارهای مترو در همه خطوط تا ساعت یک"
    " بامداد به مسافران خدمات می‌دهند.",
    "به گفته او، این تصمیم با توجه به افزایش سفرهای شبانه در فصل تابستان و درخواست شهروندان گرفته شده است.",
    "این طرح به مدت سه ماه اجرا می‌شود و در صورت استقبال مسافران، در ماه‌های دیگر سال نیز ادامه خواهد یافت.",
]


def _persian_page(date_line: str, first: str) -> str:
    return (
        '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>ساعت کار مترو | خبرگزاری شهر'
        "</title></head><body><header><a href='/'>خبرگزاری شهر</a></header><main><article>"
        "<h1>ساعت کار مترو افزایش می‌یابد</h1><p class='lead'>قطارهای مترو از اول تیرماه تا ساعت یک بامداد حرکت"
        f" می‌کنند.</p><div>{date_line}</div><div class='news-body'>"
        f"<p>{first}</p>{''.join(f'<p>{p}</p>' for p in PERSIAN_STORY)}</div></article></main></body></html>"
    )


def test_a_jalali_date_line_over_a_persian_story_goes() -> None:
    # "۲۸ اردیبهشت ۱۴۰۳ - ۱۰:۱۵": the Jalali calendar's month was no month of the date stamps' (their Persian
    # names are the Gregorian calendar's), and the line had stayed as the story's first.
    html = _persian_page("۲۸ اردیبهشت ۱۴۰۳ - ۱۰:۱۵", "قطارها در ساعات پایانی شب هر پانزده دقیقه حرکت می‌کنند.")
    assert _paragraphs(html) == ["قطارها در ساعات پایانی شب هر پانزده دقیقه حرکت می‌کنند.", *PERSIAN_STORY]


def test_a_persian_sentence_opening_on_a_jalali_date_stays() -> None:
    # Near miss: the story's sentence that opens on the day it tells of.
    sentence = "۲۸ اردیبهشت ۱۴۰۳ روز افتتاح خط جدید مترو بود و هزاران نفر از ایستگاه‌های تازه دیدن کردند."
    html = _persian_page("سه‌شنبه", sentence)
    assert sentence in _paragraphs(html)


NEWSLETTER = [
    "Hello again from Kirkwall, where the new summer ferry timetable landed on Monday and has been the only topic"
    " in the queue at the bakery since.",
    "The short version: from June, the morning sailing to Scrabster leaves forty minutes earlier, and the late"
    " sailing on Fridays is gone.",
    "The community council has asked for a meeting with the operator before the timetable starts.",
    "I'll be at the public meeting in the Town Hall next Thursday and will report back in the next issue.",
]


def _email(middle: str) -> str:
    cells = "".join(f'<p style="margin:0 0 16px">{p}</p>' for p in NEWSLETTER[:2])
    rest = "".join(f'<p style="margin:0 0 16px">{p}</p>' for p in NEWSLETTER[2:])
    return (
        "<!DOCTYPE html><html lang='en'><head><title>The ferry timetable nobody asked for</title></head><body>"
        "<table role='presentation' width='100%'><tr><td align='center'><table role='presentation' width='600'>"
        "<tr><td><a href='https://kit.example/view'>View in browser</a></td></tr>"
        "<tr><td><h1>The ferry timetable nobody asked for</h1></td></tr>"
        f"<tr><td><table role='presentation' width='100%'><tr><td>{cells}{middle}{rest}</td></tr></table></td></tr>"
        "<tr><td><p><a href='https://kit.example/unsubscribe'>Unsubscribe</a></p></td></tr>"
        "</table></td></tr></table></body></html>"
    )


def test_a_newsletter_s_sponsor_under_a_label_of_its_own_goes() -> None:
    # Kit's "This issue is sponsored by" stands alone over the sponsor's name and pitch: the label, unknown,
    # and alone with no name after it, had left the block as two lines of the letter.
    sponsor = (
        '<table role="presentation" width="100%"><tr><td><p>This issue is sponsored by</p>'
        "<p><strong>Northlink Outdoor</strong> — waterproofs that survive a Force 8 on the Pentland Firth. Use"
        ' code DISPATCH for 15% off.</p><p><a href="https://northlink.example/?ref=dispatch">Shop the range</a>'
        "</p></td></tr></table>"
    )
    assert nutgraf.extract(_email(sponsor)).text.split("\n\n") == NEWSLETTER


def test_a_letter_s_sentence_opening_on_its_sponsors_stays() -> None:
    # Near miss: the letter's own sentence about who pays for it, a link in it.
    sentence = (
        "This issue is sponsored by readers like you, 2,300 of whom now pay £5 a month: "
        '<a href="https://kit.example/support">join them</a>.'
    )
    text = nutgraf.extract(_email(f"<p>{sentence}</p>")).text.split("\n\n")
    assert "This issue is sponsored by readers like you, 2,300 of whom now pay £5 a month: join them." in text


RELEASE = [
    "We are happy to announce Tidepool 3.0, the biggest release since the project began. It brings a new query"
    " planner, a smaller install and a faster command-line tool.",
    "The planner now picks join orders by estimated cost instead of by the order the tables are written in.",
    "Python 3.8 is no longer supported, and the old configuration file format has been removed.",
    "Thanks to the 57 people who contributed to this release.",
]
ADVICE = "Run tidepool migrate-config on your old configuration files before upgrading."


def _vitepress(title: str) -> str:
    block = (
        f'<div class="warning custom-block"><p class="custom-block-title">{title}</p><p>{ADVICE}</p></div>'
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Tidepool 3.0 | Tidepool</title></head><body><div id='app'>"
        "<header class='VPNav'><a href='/'>Tidepool</a> <a href='/guide/'>Guide</a></header><main class='main'>"
        f"<div class='vp-doc'><h1>Tidepool 3.0</h1><p>{RELEASE[0]}</p><p>{RELEASE[1]}</p>{block}<p>{RELEASE[2]}</p>"
        f"<p>{RELEASE[3]}</p></div></main></div></body></html>"
    )


def test_a_callout_s_label_over_its_text_goes() -> None:
    # VitePress's "WARNING" over the advice had been a line of the post.
    assert nutgraf.extract(_vitepress("WARNING")).text.split("\n\n") == [*RELEASE[:2], ADVICE, *RELEASE[2:]]


@pytest.mark.parametrize("title", ["Before you upgrade to 3.0", "Interactive Editor", "Upgrading"])
def test_a_callout_s_title_written_for_it_stays(title: str) -> None:
    # Near miss: a title written for the callout, not its kind (readability-testpages' "Interactive Editor"
    # over a tip is a line of its gold).
    assert title in nutgraf.extract(_vitepress(title)).text.split("\n\n")


REVIEW = [
    "Aalto Q3 on suomalaisen äänitekniikkayhtiön toinen vastamelukuulokemalli. Se maksaa alle 300 euroa, mikä on"
    " noin sata euroa vähemmän kuin alan tunnetuimmat mallit.",
    "Käytimme kuulokkeita kahden viikon ajan junassa, toimistossa ja lentomatkalla Ouluun.",
    "Akku kesti testissämme 41 tuntia vastamelu päällä, mikä on enemmän kuin valmistajan lupaama.",
    "Q3 on hintaansa nähden erinomainen valinta matkustajalle.",
]


def _review(middle: str) -> str:
    return (
        '<!DOCTYPE html><html lang="fi"><head><title>Testissä Aalto Q3 | Laitelehti</title></head><body>'
        "<header><a href='/'>Laitelehti</a></header><main><article><h1>Testissä Aalto Q3</h1>"
        f"<div class='article-body'><p>{REVIEW[0]}</p><p>{REVIEW[1]}</p>{middle}<p>{REVIEW[2]}</p><p>{REVIEW[3]}</p>"
        "</div></article></main></body></html>"
    )


def test_a_box_of_shops_paid_offers_inside_a_review_goes() -> None:
    # Every link rel="sponsored": the price comparison's heading, shops, prices, buttons and note had been
    # five lines of the review.
    box = (
        '<div class="price-compare"><h4>Hintavertailu</h4><ul>'
        '<li><span>Verkkokauppa</span> <span>279 €</span> <a href="/go/1" rel="sponsored">Katso tarjous</a></li>'
        '<li><span>Gigantti</span> <span>289 €</span> <a href="/go/2" rel="sponsored">Katso tarjous</a></li>'
        '</ul><p class="disclaimer">Saatamme saada palkkion linkkien kautta tehdyistä ostoista.</p></div>'
    )
    assert nutgraf.extract(_review(box)).text.split("\n\n") == REVIEW


def test_a_sentence_naming_shops_with_paid_links_stays() -> None:
    # Near miss: the review's own sentence, in a box of its own, its shops linked as paid links.
    sentence = (
        'Kuulokkeita myyvät <a href="/go/1" rel="sponsored">Verkkokauppa</a> ja <a href="/go/2" rel="sponsored">'
        "Gigantti</a> perjantaista alkaen."
    )
    text = nutgraf.extract(_review(f'<div class="where-to-buy"><p>{sentence}</p></div>')).text.split("\n\n")
    assert "Kuulokkeita myyvät Verkkokauppa ja Gigantti perjantaista alkaen." in text
