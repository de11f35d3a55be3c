"""The twenty-seventh round of ``bench/extraction_pages`` (``r27-*``): what it lost, as kinds of the HTML stage.
A quotation set in a ``<figure>`` with its source, a section of other readers' replies under a post, a Telegram
channel's widget (its name over the post, "View in Telegram" under it), and Adobe Experience Manager's teaser
cards under a story; each beside a near miss that stays."""

from __future__ import annotations

from pathlib import Path

import nutgraf

ROOT = Path(__file__).resolve().parents[1]

STORY = [
    "From Monday the bridge on Willow Street is closed to cars, and the repairs will last until the end of"
    " August.",
    "People on foot and on bicycles can use a temporary footbridge set up beside it, lit at night.",
    "The work costs 4.2 million pounds, three million of it from the government's fund for local roads.",
    "Buses on routes 3 and 5 will take the diversion, and the Willow Street stop moves 200 metres towards"
    " the station.",
]
QUOTE = "The bridge is more than sixty years old and its state would not let us wait any longer."


def _page(middle: str, after: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Bridge closed | Town News</title>'
        "</head><body><header><a href='/'>Town News</a><ul><li><a href='/s/1'>News</a></li>"
        "<li><a href='/s/2'>Sport</a></li></ul></header><main><article><h1>Bridge closed</h1>"
        f"<div class='text'><p>{STORY[0]}</p><p>{STORY[1]}</p>{middle}<p>{STORY[2]}</p><p>{STORY[3]}</p></div>"
        f"</article>{after}</main><footer><p>© 2024 Town News</p></footer></body></html>"
    )


def _paragraphs(html: str, url: str = "https://townnews.example/news/bridge") -> list[str]:
    return nutgraf.extract(html, url=url).text.split("\n\n")


# ---------------------------------------------------------------- a quotation in a <figure>
def test_a_quotation_in_a_figure_stays_with_its_source() -> None:
    # HTML's own markup for a quotation with its source (Kirby's quote block): trafilatura dropped the
    # figure, and the deputy mayor's words, which no paragraph repeats, were lost.
    figure = f"<figure class='quote'><blockquote>{QUOTE}</blockquote><figcaption>John Newick, deputy mayor</figcaption></figure>"
    assert _paragraphs(_page(figure)) == [*STORY[:2], QUOTE, "John Newick, deputy mayor", *STORY[2:]]


def test_a_quotation_in_a_figure_without_a_caption_stays() -> None:
    figure = f"<figure><blockquote><p>{QUOTE}</p></blockquote></figure>"
    assert _paragraphs(_page(figure)) == [*STORY[:2], QUOTE, *STORY[2:]]


def test_a_pull_quote_in_a_figure_repeating_the_story_still_goes() -> None:
    # Near miss: WordPress's pull quote block is a figure around a blockquote too; it repeats a sentence.
    figure = (
        "<figure class='wp-block-pullquote'><blockquote><p>People on foot and on bicycles can use a temporary"
        " footbridge</p><cite>Town News</cite></blockquote></figure>"
    )
    assert _paragraphs(_page(figure)) == STORY


def test_a_photo_s_caption_in_a_figure_still_goes() -> None:
    # Near miss: a figure of a photo, its caption a sentence of its own.
    figure = (
        "<figure><img src='/bridge.jpg' alt=''><figcaption>Workers take the old railings off the bridge on"
        " Willow Street.</figcaption></figure>"
    )
    assert _paragraphs(_page(figure)) == STORY


def test_a_quotation_under_a_long_caption_stays_as_it_was() -> None:
    # Near miss: a caption longer than a source's name and title tells of something else (a chart's
    # source note); the figure is left to the extractors, which drop it.
    caption = (
        "Source: the council's survey of the bridge in March, carried out by engineers from the county and"
        " checked by an independent firm"
    )
    figure = f"<figure><blockquote>{QUOTE}</blockquote><figcaption>{caption}</figcaption></figure>"
    text = _paragraphs(_page(figure))
    assert caption not in text
    assert text[:2] == STORY[:2] and text[-2:] == STORY[2:]


# ---------------------------------------------------------------- other readers' replies
THREAD = [
    "우리 동네 버스 노선이 사라진 이야기를 정리해 보려고 합니다. 지난달 말 시에서 마을버스 7번 노선을 폐지한다고"
    " 발표했어요.",
    "7번 버스는 하루 평균 이용객이 400명 정도로, 대부분 어르신과 학생들이었습니다.",
    "문제는 대체 노선이 없다는 겁니다. 가장 가까운 정류장까지 걸어서 20분이 걸리고, 중간에 큰 언덕이 있어요.",
    "결국 시의회는 폐지를 6개월 미루고 그동안 이용 실태를 다시 조사하기로 했습니다.",
]


def test_a_section_of_other_readers_replies_under_a_thread_goes() -> None:
    # A thread reader's "답글" (replies) under a Korean thread it unrolled: another account's words had
    # become the thread's last post.
    posts = "".join(
        f"<div class='thread-post'><p class='post-text'>{post}</p><span class='counter'>{i}/4</span></div>"
        for i, post in enumerate(THREAD, 1)
    )
    html = (
        "<!DOCTYPE html><html lang='ko'><head><title>7번 버스 | Unroll</title></head><body>"
        "<header><a href='/'>Unroll</a></header><main><h1>7번 버스</h1>"
        f"<div class='thread'>{posts}</div><section class='replies'><h2>답글</h2><div class='reply'>"
        "<strong>박서연</strong><p>저희 동네도 작년부터 같은 일이 있었어요. 정리해 주셔서 감사합니다.</p></div>"
        "</section></main><footer><p>Unroll</p></footer></body></html>"
    )
    assert _paragraphs(html) == THREAD


def test_a_forum_page_whose_post_is_among_its_replies_keeps_it() -> None:
    # Near miss: a page whose frame is named for its replies, the headline and post inside it.
    posts = "".join(f"<p>{post}</p>" for post in THREAD)
    html = (
        "<!DOCTYPE html><html lang='ko'><head><title>7번 버스 | Forum</title></head><body>"
        f"<header><a href='/'>Forum</a></header><div id='replies'><h1>7번 버스</h1><div class='post'>{posts}"
        "</div></div><footer><p>© Forum</p></footer></body></html>"
    )
    assert _paragraphs(html) == THREAD


def test_a_sentence_about_replies_stays() -> None:
    # Near miss: the word in the story, not in a class.
    sentence = "The council received 800 replies to its consultation, most of them against the closure."
    assert sentence in _paragraphs(_page(f"<p>{sentence}</p>"))


# ---------------------------------------------------------------- a Telegram channel's widget
AMHARIC = [
    "የአዲስ አበባ ቀላል ባቡር አገልግሎት ከሰኞ ጀምሮ በምሽት ሰዓታት እንደሚራዘም ተገለጸ።",
    "የኢትዮጵያ የምድር ባቡር ኮርፖሬሽን ዛሬ ባወጣው መግለጫ፣ ባቡሮቹ እስከ ምሽቱ አራት ሰዓት ድረስ በሁለቱም መስመሮች አገልግሎት እንደሚሰጡ አስታውቋል።",
    "የትኬት ዋጋ ላይ ምንም ለውጥ እንደማይኖር ኮርፖሬሽኑ ገልጿል።",
]


def _telegram(channel: str, text: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='am'><head><meta charset='utf-8'><title>{channel}</title>"
        f"<meta property='og:site_name' content='{channel}'></head><body>"
        "<div class='tgme_widget_message_wrap'><div class='tgme_widget_message' data-post='addis/4821'>"
        f"<div class='tgme_widget_message_author'><a class='tgme_widget_message_owner_name' href='https://t.me/addis'>"
        f"<span>{channel}</span></a></div><div class='tgme_widget_message_text js-message_text'>{text}</div>"
        "<div class='tgme_widget_message_footer'><span class='tgme_widget_message_views'>12.4K</span>"
        "<a class='tgme_widget_message_date' href='https://t.me/addis/4821'><time>07:41</time></a></div>"
        "<a class='tgme_widget_message_link_button' href='https://t.me/addis/4821'>View in Telegram</a>"
        "</div></div></body></html>"
    )


def test_a_telegram_widget_s_channel_name_and_view_link_go() -> None:
    # The channel's name (the page's byline and site both) had been the post's first line, above Amharic
    # prose the page did not know for prose, and "View in Telegram" its last.
    html = _telegram("አዲስ መርካቶ ዜና", "<br/><br/>".join(AMHARIC))
    assert nutgraf.extract(html, url="https://t.me/addis/4821?embed=1").text.split("\n\n") == AMHARIC


def test_a_sentence_about_viewing_a_post_on_telegram_stays() -> None:
    # Near miss: a sentence of the story naming the network.
    sentence = "You can view the post on Telegram, where the channel has two million followers."
    assert sentence in _paragraphs(_page(f"<p>{sentence}</p>"))


def test_a_writer_s_name_alone_over_a_story_stays() -> None:
    # Near miss: a byline that is no site's name ("Staff Reports", kept by ScrapingHub's gold) stays.
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Bridge closed | Town News</title>"
        "<meta name='author' content='Staff Reports'><meta property='og:site_name' content='Town News'></head>"
        "<body><main><article><h1>Bridge closed</h1><div class='text'><p>Staff Reports</p>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div></article></main></body></html>"
    )
    assert _paragraphs(html)[0] == "Staff Reports"


# ---------------------------------------------------------------- AEM's teasers
def _aem(after: str) -> str:
    texts = "".join(
        f"<div class='text aem-GridColumn aem-GridColumn--default--12'><div class='cmp-text'><p>{p}</p></div></div>"
        for p in STORY
    )
    return (
        "<!DOCTYPE html><html lang='en-GB'><head><title>Bridge closed | Borough Council</title></head><body>"
        "<div class='root container responsivegrid'><div class='aem-Grid aem-Grid--12'>"
        "<div class='title aem-GridColumn'><div class='cmp-title'><h1 class='cmp-title__text'>Bridge closed</h1>"
        f"</div></div>{texts}{after}</div></div></body></html>"
    )


def _teaser(href: str, title: str, description: str) -> str:
    return (
        "<div class='teaser aem-GridColumn'><div class='cmp-teaser'><div class='cmp-teaser__content'>"
        f"<h3 class='cmp-teaser__title'><a class='cmp-teaser__title-link' href='{href}'>{title}</a></h3>"
        f"<div class='cmp-teaser__description'><p>{description}</p></div></div></div></div>"
    )


def test_aem_teasers_of_other_pages_under_a_story_go() -> None:
    # Each teaser's title and description had been two more lines of the council's story.
    teasers = _teaser(
        "/news/bins", "Bin collections over the bank holiday", "Collections will be a day late next week."
    ) + _teaser("/news/libraries", "Libraries open longer this summer", "Six libraries will open until 8pm.")
    assert _paragraphs(_aem(teasers), "https://council.example/news/bridge") == STORY


def test_an_aem_teaser_of_the_page_itself_stays() -> None:
    # Near miss: a hero teaser linking the page it stands on, its summary the page's own.
    hero = _teaser(
        "/news/bridge",
        "Bridge repairs",
        "The council is repairing the bridge on Willow Street this summer, and it is closed to cars until"
        " the end of August while the work goes on.",
    )
    text = _paragraphs(_aem(hero), "https://council.example/news/bridge")
    assert any("repairing the bridge on Willow Street" in line for line in text)


def test_a_thread_reader_s_link_to_the_thread_goes() -> None:
    # The r27 page itself: "Bluesky에서 스레드 보기 · 2024년 5월 24일" (see the thread on Bluesky) under the
    # seven posts; a line a reader would not call the thread's.
    html = (ROOT / "bench" / "extraction_pages" / "html" / "r27-ko-bluesky-thread-unrolled.html").read_text(
        "utf-8"
    )
    last = nutgraf.extract(html).text.split("\n\n")[-1]
    assert last.startswith("작은 노선 하나지만")


def test_ten_thousand_reply_sections_and_teasers_go_in_time() -> None:
    # Hostile input: each section named for replies, nested in two more, and each teaser is read once; the
    # extraction stays within its deadline.
    sections = "<div class='replies'><div class='replies'><section class='replies'><p>Reply.</p></section></div></div>"
    teasers = "<div class='cmp-teaser'><a href='/news/other'>Another story</a></div>"
    assert _paragraphs(_page("", after=(sections + teasers) * 10_000)) == STORY


def test_five_thousand_quotations_in_figures_stay_in_time() -> None:
    # Hostile input (15,000 elements, under the page's bound): every figure is asked once, and the quotations'
    # words stay.
    figures = "".join(
        f"<figure><blockquote>Quotation number {n} of the page.</blockquote><figcaption>Speaker {n}</figcaption>"
        "</figure>"
        for n in range(5_000)
    )
    text = nutgraf.extract(_page(figures)).text
    assert STORY[3] in text and "Quotation number 4999 of the page." in text
