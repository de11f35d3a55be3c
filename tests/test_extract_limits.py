"""Extraction of hostile and huge pages: linear work, bounded input, a deadline with a clear error.

Growth is checked as a ratio of times measured in the same test (never an absolute time): work that is
linear in the input grows about as the input does; a pattern that backtracks grows with its square or
exponentially. An alarm stops a test that would otherwise never finish (Python's regular expression
engine checks for signals while it backtracks).
"""

from __future__ import annotations

import gc
import json
import signal
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import UTC, datetime
from functools import partial

import lxml.etree
import lxml.html
import pytest

import nutgraf
from nutgraf.errors import ExtractionTimeoutError, InvalidInputError, NoArticleFound
from nutgraf.extract.html import looks_like_html
from nutgraf.extract.html.body import is_list_of_links
from nutgraf.extract.html.hydration import hydration_scripts
from nutgraf.extract.html.markup import (
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_HTML_CHARS,
    cut_elements,
    drop_galleries,
    drop_machine_summaries,
    drop_never_text,
    drop_pulled_quotes,
    drop_rating_boxes,
    drop_stale_blog_notices,
    flatten_deep_nesting,
    join_drop_caps,
    parse,
    within_depth,
    wrap_loose_text,
)
from nutgraf.extract.html.metadata import _with_time_of_day, declares_news, page_evidence
from nutgraf.extract.text import clean_text
from nutgraf.extract.text.furniture import without_closing_notes
from nutgraf.extract.text.lines import _Line, _lines
from nutgraf.extract.text.menus import _is_link_like, _is_section_kicker
from nutgraf.extract.text.particulars import _is_date_stamp
from nutgraf.extract.text.words import word_count
from nutgraf.sites.pages import page_links

ARTICLE = "".join(
    f"<p>Paragraph {n} of the report says the council met on Tuesday to discuss the harbour bridge, and"
    " that the vote on its future was put off until the spring.</p>"
    for n in range(8)
)
PAGE = (
    f"<html><head><title>Bridge vote put off</title></head><body><article>{ARTICLE}</article></body></html>"
)
# Growth allowed when the input grows GROWTH times: linear work with timing noise on a shared machine
# stays far below it; quadratic work reaches GROWTH squared.
GROWTH = 8
ALLOWED = 3 * GROWTH


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fail, rather than hang, a test whose work blows up (60 s)."""

    def expire(signum, frame):
        raise TimeoutError("still running after 60 s: the work grows super-linearly")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _seconds(work: Callable[[], object]) -> float:
    """The least of three timings, in this thread's CPU time: other work on the machine does not count,
    nor do garbage collections, whose cost follows what earlier tests left on the heap."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            start = time.thread_time()
            work()
            best = min(best, time.thread_time() - start)
    finally:
        gc.enable()
    return best


def _growth(make: Callable[[int], str], work: Callable[[str], object], size: int) -> float:
    small, large = make(size), make(GROWTH * size)
    return _seconds(lambda: work(large)) / max(_seconds(lambda: work(small)), 1e-6)


def _extract_or_nothing(source: str) -> None:
    with suppress(NoArticleFound):
        nutgraf.extract(source)


def test_a_page_that_opens_with_a_thousand_comments_extracts_like_any_other(alarm):
    # The feed and HTML sniffing patterns matched each comment lazily inside a repeated group: each
    # further comment doubled the time (20 comments took 3.4 s, a thousand would never finish).
    def commented(count: int) -> str:
        return "<!-- page cached -->" + "<!-- block -->\n" * count + PAGE

    article = nutgraf.extract(commented(1000))
    assert article.text.startswith("Paragraph 0 of the report")
    plain = _seconds(lambda: nutgraf.extract(PAGE))
    assert _seconds(lambda: nutgraf.extract(commented(1000))) < 3 * plain + 0.05
    assert _growth(commented, nutgraf.extract, 1000) < ALLOWED


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "<!-- a -->" * n, id="comments"),
        pytest.param(lambda n: "<!--" + "<!-- a --" * n, id="unclosed-comments"),
        pytest.param(lambda n: "<?xml version='1.0'?>" + "<!-- a -->" * n + "<rss>", id="feed"),
        pytest.param(lambda n: "<!DOCTYPE html PUBLIC " + "/" * n, id="doctype-of-slashes"),
        pytest.param(lambda n: "<!DOCTYPE html>\n<html/>" + " " * n + "<p>x", id="self-closed-html"),
        pytest.param(lambda n: "<p " * n, id="unclosed-tags"),
        pytest.param(lambda n: "<html><head><meta " + "<meta charset " * n, id="unclosed-meta"),
    ],
)
def test_sniffing_and_repairs_are_linear_in_the_page(alarm, make):
    assert _growth(make, _extract_or_nothing, 20_000) < ALLOWED
    assert _growth(make, looks_like_html, 20_000) < ALLOWED


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "<div>" + "<p>a</p>loose text" * n + "</div>", id="text-between-paragraphs"),
        pytest.param(lambda n: "<div>loose" + "<b>x</b> y" * n + "<p>a</p></div>", id="one-long-inline-run"),
        # libxml2 sorted one search's union of containers' texts comparing siblings by walking between them.
        pytest.param(
            lambda n: "<div><p>a</p>loose</div><section><p>b</p>loose</section>" * n, id="containers"
        ),
    ],
)
def test_loose_text_is_given_its_paragraphs_in_linear_time(alarm, make):
    # Each loose text's paragraph goes in beside it, not at an index counted from the container's start.
    def wrapped(html: str) -> None:
        wrap_loose_text(lxml.html.document_fromstring(html))

    assert _growth(lambda n: f"<html><body>{make(n)}</body></html>", wrapped, 5_000) < ALLOWED


def test_text_between_dropped_images_is_read_in_linear_time_and_in_order(alarm):
    # lxml's strip_elements left each image's tail a text node of its own, a run of them searched for loose
    # text in time that grew with its square: 20,000 images each before a word in an <article> took 8 s,
    # past the deadline, and the words came out a paragraph each, the run's in reverse (hostile input,
    # round 26).
    def page(n: int) -> str:
        images = "".join(f'<img src="/a{i}.jpg"> word{i % 7} ' for i in range(n))
        return (
            f"<html><head><title>T</title></head><body><article><h2>Case</h2>{images}</article></body></html>"
        )

    def dropped_and_wrapped(html: str) -> None:
        tree = lxml.html.document_fromstring(html)
        drop_never_text(tree)
        wrap_loose_text(tree)

    assert _growth(page, dropped_and_wrapped, 1_500) < ALLOWED
    assert nutgraf.extract(page(30)).text.startswith("Case\n\nword0 word1 word2 word3")


def test_galleries_are_dropped_in_linear_time(alarm):
    # Each gallery is looked at with its ancestors and its text, and every paragraph is counted.
    gallery = (
        "<div class='carousel'>" + "".join(f"<p>caption {i} of five words</p>" for i in range(3)) + "</div>"
    )

    def dropped(html: str) -> None:
        tree = lxml.html.document_fromstring(html)
        drop_galleries(tree)
        assert "caption" not in tree.text_content()

    def page(n: int) -> str:
        return f"<html><body>{(gallery + '<p>a paragraph of the article</p>') * n}</body></html>"

    assert _growth(page, dropped, 2_000) < ALLOWED


def test_lines_saying_a_machine_wrote_a_summary_are_judged_in_linear_time(alarm):
    # Every such line in one sidebar climbed to the sidebar, whose words were counted again for each (fuzz
    # round 16): 4,000 of them, a page of 0.26 MB, ran past the deadline. The sidebar is no summary's box
    # (it is too long), and the story stays.
    def page(lines: int) -> str:
        sidebar = "<div><span>Summary generated by AI.</span> more words here</div>" * lines
        return f"<html><body><article>{ARTICLE}</article><div class='side'>{sidebar}</div></body></html>"

    def dropped(html: str) -> None:
        tree = lxml.html.document_fromstring(html)
        drop_machine_summaries(tree)
        assert tree.text_content().count("generated by AI") == html.count("generated by AI")

    assert _growth(page, dropped, 250) < ALLOWED


def test_a_block_of_countless_one_letter_elements_is_read_in_linear_time(alarm):
    # Each element holding one capital letter is a drop cap's shape: whether it was its parent's only child
    # was asked by counting the parent's children, so a <div> of 20,000 one-letter <address>es (the page's
    # cut) took 2.6 s of CPU in that one stage, and the letters stay as they were.
    def joined(html: str) -> None:
        tree = lxml.html.document_fromstring(html)
        join_drop_caps(tree)
        assert len(tree.find(".//div")) == html.count("<address>")

    def page(n: int) -> str:
        return f"<html><body><div>{'<address>J</address>' * n}</div></body></html>"

    assert _growth(page, joined, MAX_ELEMENTS // GROWTH) < ALLOWED


def test_the_list_of_links_test_is_linear_in_paragraphs_and_links(alarm):
    # Each paragraph was searched for in the links' text run together (paragraphs times links' text), and
    # libxml2's search for the links' text (//a//text()) merged its node sets in quadratic time.
    def page(n: int) -> list:
        links = "".join(f'<a href="/{i}">story {i} of the day</a> ' for i in range(n))
        paragraphs = [f"Paragraph {i} tells its own part of the story." for i in range(n)]
        return [paragraphs, lxml.html.document_fromstring(f"<html><body><div>{links}</div></body></html>")]

    def test(made: list) -> None:
        is_list_of_links(*made)

    small, large = page(4_000), page(GROWTH * 4_000)
    assert _seconds(lambda: test(large)) / max(_seconds(lambda: test(small)), 1e-6) < ALLOWED


def _menu_line(text: str) -> _Line:
    return _Line(text, 0, word_count(text))


def test_a_giant_menu_line_is_read_for_a_kicker_only_to_its_first_entries(alarm):
    # Two or three entries make a section kicker: the test had listed all of a line's entries first, and a
    # line of 10 million "• " before a story, listed twice over, took 1.9 of its summary's 5.4 s (hostile
    # input, round 25). Eight times the line now costs what the line did.
    for unit in ("Home • ", "a | ", "新闻 · "):
        line, longer = _menu_line(unit * 50_000), _menu_line(unit * 50_000 * GROWTH)
        growth = _seconds(partial(_is_section_kicker, longer)) / _seconds(partial(_is_section_kicker, line))
        assert growth < GROWTH / 2, f"{unit!r}: eight times the line took {growth:.1f} times as long"
    assert _is_section_kicker(_menu_line("Opinion • " * 3))
    assert not _is_section_kicker(_menu_line("Opinion • " * 4))


def _peak_bytes(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_giant_menu_line_is_judged_a_menu_in_memory_that_does_not_grow_with_it():
    # 5 million "• 1 " held their entries in one list, 594 MB of the summary's peak (hostile input, rounds 24
    # and 25): the entries are now read a piece of the line at a time, and it is still a menu.
    line = _menu_line("• 1 " * 50_000)
    longer = _menu_line("• 1 " * 50_000 * GROWTH)
    assert _is_link_like(line) and _is_link_like(longer)
    small, large = _peak_bytes(lambda: _is_link_like(line)), _peak_bytes(lambda: _is_link_like(longer))
    assert large < 2 * small, f"eight times the line held {large / small:.1f} times the memory"
    assert not _is_link_like(_menu_line("• 1 " * 100_000 + "• a long entry of five words " + "• 1 " * 3))


def test_the_prolog_is_skipped_whatever_it_holds():
    assert looks_like_html("<!-- a --><!-- b -->\n<?xml-stylesheet href='x'?><!DOCTYPE html><p>x</p>")
    assert looks_like_html("<!-- a -- b --><html><body>x</body></html>")
    assert not looks_like_html("<!-- an unclosed comment <html>")
    with pytest.raises(NoArticleFound, match="feed"):
        nutgraf.extract("<?xml version='1.0'?><!-- a --> <?xml-stylesheet href='s.xsl'?><!-- b --><rss>")


def test_a_page_past_its_deadline_stops_with_a_clear_error():
    with pytest.raises(ExtractionTimeoutError, match=r"longer than 0 s .*give the article's text") as caught:
        nutgraf.extract(PAGE, time_limit=0)
    assert caught.value.kind == "extraction_timeout"
    assert isinstance(caught.value, InvalidInputError)  # the caller's input, as the API's 422 says


def test_a_title_of_countless_separators_is_no_title_and_costs_no_more_than_the_page(alarm):
    # Taking the site's name off a title compared what follows each separator with it: a 90 KB <title> of
    # "Headline - " repeats ran past the deadline, and a 600 KB one took two and a half minutes of CPU.
    def page(repeats: int) -> str:
        title = "Bridge vote put off - " * repeats + "Harbour Times"
        return (
            f'<html><head><title>{title}</title><meta property="og:site_name" content="Harbour Times">'
            f"</head><body><h1>Bridge vote put off</h1><article>{ARTICLE}</article></body></html>"
        )

    article = nutgraf.extract(page(4_000), url="https://harbourtimes.example/bridge")
    assert article.title == "Bridge vote put off"
    assert article.text.startswith("Paragraph 0 of the report")
    assert _growth(page, nutgraf.extract, 2_000) < ALLOWED


def test_a_page_of_countless_elements_is_cut_after_the_article():
    # 300,000 one-word paragraphs after the article: the extractors walk every element several times (a
    # 2 MB page of them took 18 s); the page is cut at MAX_ELEMENTS, the article kept.
    tail = "".join(f"<p>w{n}</p>" for n in range(300_000))
    article = nutgraf.extract(PAGE.replace("</article>", f"</article><div>{tail}</div>"))
    assert article.text.startswith("Paragraph 0 of the report")
    assert "w299999" not in article.text


def test_cut_elements_keeps_the_start_of_the_page():
    tree = lxml.html.document_fromstring("<html><body>" + "<p>x</p>" * (2 * MAX_ELEMENTS) + "</body></html>")
    assert cut_elements(tree)
    assert len(list(tree.iter())) == MAX_ELEMENTS
    assert not cut_elements(tree)


def test_cut_elements_counts_the_part_of_the_page_it_is_given():
    # The byline search cuts the article's element, part of a page: the whole page's elements were counted
    # (and comments with them), and a page of more elements than the limit around an article of fewer
    # stopped extraction with a StopIteration traceback (found by fuzzing the shared pages).
    tree = lxml.html.document_fromstring(
        "<html><body>"
        + "<p>menu</p>" * 30
        + "<article>"
        + "<!-- c --><p>x</p>" * 12
        + "</article></body></html>"
    )
    article = tree.find(".//article")
    assert not cut_elements(article, 20)
    assert len(article.findall("p")) == 12
    assert cut_elements(article, 5)
    assert [element.tag for element in article.iter(lxml.etree.Element)] == ["article", "p", "p", "p", "p"]
    assert cut_elements(tree, 20)
    assert len(list(tree.iter(lxml.etree.Element))) == 20


def test_elements_nested_past_the_depth_limit_keep_their_text_not_their_tags():
    # trafilatura's work on nested tables grows with the cube of their depth: a mutated shared page of
    # 244 tables one inside the other took 28 s of CPU, and one of paragraphs inside links 255 deep 11 s,
    # both far past the 5 s deadline, which is checked only between the extractors' runs (found by fuzzing).
    levels = 3 * MAX_DEPTH
    tree = lxml.html.document_fromstring(
        "<html><body>" + "".join(f"<table><p>Ward {n} voted.</p>" for n in range(levels)) + "</body></html>"
    )
    text = tree.text_content()
    assert flatten_deep_nesting(tree)
    assert max(len(list(element.iterancestors())) for element in tree.iter()) < MAX_DEPTH
    assert tree.text_content() == text
    assert not flatten_deep_nesting(tree)


def test_a_page_nested_far_deeper_than_any_real_one_keeps_its_article():
    nested = "".join(f'<table align="center"><p>Ward {n} results are in.</p>' for n in range(250))
    article = nutgraf.extract(PAGE.replace("</article>", f"</article>{nested}"))
    assert article.text.startswith("Paragraph 0 of the report")


def test_trafilatura_full_mode_is_left_out_on_a_page_of_very_many_elements(monkeypatch):
    # A page of lines that read as no article goes down the fallback chain; full mode walked a page its
    # fast mode had just walked without finding an article, 0.8 s of the 2 s a page of 20,000 lines took.
    import trafilatura

    modes = []
    extraction = trafilatura.bare_extraction

    def recorded(tree, **options):
        modes.append(options["fast"])
        return extraction(tree, **options)

    monkeypatch.setattr(trafilatura, "bare_extraction", recorded)

    def lines(count: int) -> str:
        return "<html><body>" + "".join(f"<div>line {n}</div>" for n in range(count)) + "</body></html>"

    assert nutgraf.extract(lines(100)).text.startswith("line 0")
    assert modes == [True, False]
    modes.clear()
    assert nutgraf.extract(lines(6_000)).text.startswith("line 0")
    assert modes == [True]


def test_json_ld_nested_too_deep_to_read_leaves_the_article():
    # JSON-LD of arrays nested 100,000 deep: Python's json reader gives up with a RecursionError, which
    # came out of extract as a traceback; such JSON-LD is left unread, as malformed JSON-LD is.
    nest = "[" * 100_000 + "]" * 100_000
    page = PAGE.replace("</head>", f'<script type="application/ld+json">{nest}</script></head>')
    article = nutgraf.extract(page)
    assert article.title == "Bridge vote put off"
    assert article.text.startswith("Paragraph 0 of the report")


@pytest.mark.parametrize(
    ("json_ld", "size"),
    [
        pytest.param(lambda n: ('"@type":[' + '"a",' * 80) * n, 200, id="lists-of-types-left-open"),
        # JSON past the bound is rewritten without its largest values.
        pytest.param(
            lambda n: json.dumps({f"list {i}": ["a"] * 80 for i in range(n)}), 400, id="json-of-lists"
        ),
    ],
)
def test_json_ld_past_its_bound_costs_no_more_than_its_characters(alarm, json_ld, size):
    # A page under the bound of characters kept all its JSON-LD, where trafilatura's patterns grow with
    # its square (fuzz round 17): 1.3 MB of lists of types left open took 11 s of CPU, past the deadline.
    # JSON-LD past its bound is dropped on every page, as on a page over the bound of characters; the
    # article and the title stay.
    def page(n: int) -> str:
        return PAGE.replace("</head>", f'<script type="application/ld+json">{json_ld(n)}</script></head>')

    def extracted(html: str) -> None:
        article = nutgraf.extract(html)
        assert article.title == "Bridge vote put off"
        assert article.text.startswith("Paragraph 0 of the report")

    assert _growth(page, extracted, size) < ALLOWED


# A live blog's page over MAX_HTML_CHARS: its stylesheet and script bundle inline, as some CMSs serve a
# live page (2.4 MB in all).
LIVE_PAGE_ASSETS = (
    "<style>"
    + ".live-update__card{margin:0 0 16px;padding:12px;border-left:3px solid #c00}\n" * 20_000
    + "</style>"
    "<script>" + "window.liveConfig=window.liveConfig||{};liveConfig.poll=30000;\n" * 12_000 + "</script>"
)


@pytest.mark.parametrize("assets", ["", LIVE_PAGE_ASSETS], ids=["under-the-bound", "over-the-bound"])
def test_a_live_blog_whose_json_ld_is_past_its_bound_keeps_its_writer_date_and_news(assets):
    # A live blog's JSON-LD holds each update (240 of them: 130,000 characters): dropped whole past the
    # bound, the page lost the writer, the time and the news type it declares. Its largest values go, and
    # the rest of it stays. Its tabs are raw in its strings, as some CMSs write them (trafilatura reads such
    # JSON-LD). On a page over MAX_HTML_CHARS it had still been dropped whole before the page was parsed.
    # Its embed's "<\/script>", read as "</script>", is written back escaped: it closes no element.
    update = {
        "@type": "BlogPosting",
        "headline": "Ministers meet again",
        "articleBody": "The council met.\t" * 30,
    }
    live = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "description": 'Follow live. <script async src="https://platform.twitter.com/widgets.js"></script>',
        "headline": "Bridge vote live",
        "datePublished": "2024-05-02T09:30:00Z",
        "author": {"@type": "Person", "name": "Maria Lopez"},
        "liveBlogUpdate": [update] * 240,
    }
    script = json.dumps(live).replace("\\t", "\t").replace("</", "<\\/")
    assert len(script) > 100_000
    page = PAGE.replace("</head>", f'<script type="application/ld+json">{script}</script>{assets}</head>')
    assert (len(page) > MAX_HTML_CHARS) == bool(assets)
    article = nutgraf.extract(page)
    assert (article.byline, article.news) == ("Maria Lopez", True)
    assert article.published == datetime(2024, 5, 2, 9, 30, tzinfo=UTC)
    assert article.text.startswith("Paragraph 0 of the report")


@pytest.mark.parametrize("assets", ["", LIVE_PAGE_ASSETS], ids=["under-the-bound", "over-the-bound"])
@pytest.mark.parametrize("character", ["\ufffe", "\ud800"])
def test_json_ld_past_its_bound_read_as_no_text_leaves_the_article(character, assets):
    # JSON-LD past the bound is rewritten as read: one that reads as characters no element can hold is
    # dropped, not a traceback, on a page over MAX_HTML_CHARS too (rewritten into its HTML).
    script = json.dumps(
        {"@type": "NewsArticle", "headline": character, "articleBody": "The council met. " * 7_000}
    )
    page = PAGE.replace("</head>", f'<script type="application/ld+json">{script}</script>{assets}</head>')
    article = nutgraf.extract(page)
    assert article.text.startswith("Paragraph 0 of the report")
    assert article.title == "Bridge vote put off"


def test_a_drawing_of_countless_elements_before_the_article_does_not_push_it_past_the_cut():
    # A chart drawn in SVG, or a drop-down list, of more elements than MAX_ELEMENTS before the article:
    # the cut counted its elements, none of which holds text, and the article was cut away.
    drawing = "<svg>" + '<path d="M0 0h1"/>' * MAX_ELEMENTS + "</svg>"
    choices = "<select>" + "<option>x</option>" * MAX_ELEMENTS + "</select>"
    for before in (drawing, choices):
        article = nutgraf.extract(PAGE.replace("<article>", f"{before}<article>"))
        assert article.text.startswith("Paragraph 0 of the report")
        assert "Paragraph 7 of the report" in article.text


def test_a_drawing_of_millions_of_characters_before_the_article_does_not_push_it_past_the_cut(
    alarm: None,
) -> None:
    # A chart drawn inline in SVG of 2.5 million characters before the story: the page's cut at
    # MAX_HTML_CHARS fell inside the drawing, and extract said the page held no article.
    drawing = "<svg viewBox='0 0 9 9'>" + '<path d="M0 0h1"/>' * 140_000 + "</svg>"
    started = time.thread_time()
    article = nutgraf.extract(PAGE.replace("<article>", f"{drawing}<article>"))
    assert time.thread_time() - started < 5
    assert article.text.startswith("Paragraph 0 of the report")
    assert "Paragraph 7 of the report" in article.text
    # An icon's <svg> left open before the story ends where its next HTML element opens: the story after it
    # stays on a page over the cut (2.5 MB of styles under it); 100,000 more left open under the story, each
    # searched for its close to the page's end, would take the page's length times theirs.
    styles = "<style>" + "p { margin: 0 }\n" * 160_000 + "</style>"
    for icons, more in (("<svg><path d='M0 0h1'/>", ""), ("", "<svg>" * 100_000)):
        started = time.thread_time()
        article = nutgraf.extract(
            PAGE.replace("<article>", f"{icons}<article>").replace("</body>", f"{more}{styles}</body>")
        )
        assert time.thread_time() - started < 5
        assert "Paragraph 7 of the report" in article.text


@pytest.mark.parametrize(
    "icon",
    [
        "<svg class='sprite' width='0' height='0'/>",
        '<SVG aria-hidden="true" />',
        "<svg class='icon'><use href='#logo'></use>",
        "<a href='/' data-icon=\"<svg viewBox='0 0 1 1'>\">Home</a>",
    ],
    ids=["self-closed", "self-closed-upper-case", "left-open", "in-an-attribute"],
)
def test_an_icon_without_its_own_close_before_the_story_keeps_it_on_a_page_over_the_cut(icon: str) -> None:
    # An icon's <svg> closed by no "</svg>" of its own (written "<svg/>", left open, or inside an attribute's
    # value) before the story, and a chart drawn in SVG after it, on a page over the cut (2.5 MB of styles):
    # the story up to the chart's "</svg>" had been taken for the icon's drawing and dropped with it.
    chart = "<svg viewBox='0 0 9 9'><text>Share of votes</text></svg>"
    styles = "<style>" + "p { margin: 0 }\n" * 160_000 + "</style>"
    page = PAGE.replace("<article>", f"{icon}<article>").replace("</body>", f"{chart}{styles}</body>")
    article = nutgraf.extract(page)
    assert article.text.startswith("Paragraph 0 of the report")
    assert "Paragraph 7 of the report" in article.text


@pytest.mark.parametrize(
    "run",
    [
        "<div></div>" * 20_000,
        '<input type="radio" name="poll">' * 20_000,
        '<div id="app" data-page="{}"></div>\n' * 20_000,
        "<div> </div>" * 150_000,  # most of the 2,000,000 characters the page may hold
    ],
)
def test_a_run_of_empty_elements_before_the_article_does_not_push_it_past_the_cut(run: str) -> None:
    # Each empty element was counted against the cut, and the story after them was cut away: its reader
    # had the headline alone, with no error. A run of them side by side shows nothing; its first stays.
    article = nutgraf.extract(PAGE.replace("<article>", f"{run}<article>"))
    assert article.text.startswith("Paragraph 0 of the report")
    assert "Paragraph 7 of the report" in article.text


def test_a_story_past_the_cut_is_a_clear_error_not_its_headline() -> None:
    # 20,000 answers of a poll, each a labelled radio button, are no run of empty elements: the story
    # after them is past the cut. Its reader had "Bridge vote put off" as the article's text.
    poll = '<label><input type="radio" name="poll">Yes</label>' * 20_000
    page = PAGE.replace("<article>", f"<h1>Bridge vote put off</h1>{poll}<article>")
    with pytest.raises(NoArticleFound, match=r"20,000 elements .* the rest of the page is not read"):
        nutgraf.extract(page)


_POLL = '<label><input type="radio" name="poll">Yes</label>' * 20_000


@pytest.mark.parametrize(
    "particulars",
    [
        "<p>By Jane Doe</p>",
        "<p>May 16, 2024</p>",
        "<div>Jane Doe</div><div>16 May 2024</div>",
        "<p>Von Anna Schmidt</p><p>16. Mai 2024</p>",
    ],
)
def test_a_story_past_the_cut_is_a_clear_error_not_its_headline_and_byline_or_date(particulars: str) -> None:
    # Its headline with a byline or date line under it survived the cut: its reader had "By Jane Doe" or
    # "May 16, 2024" as the article's text, and no error.
    page = PAGE.replace("<article>", f"<h1>Bridge vote put off</h1>{particulars}{_POLL}<article>")
    with pytest.raises(NoArticleFound, match=r"20,000 elements .* the rest of the page is not read"):
        nutgraf.extract(page)


@pytest.mark.parametrize(
    ("head", "news"),
    [
        (
            "<p>By Jane Doe</p><p>May 16, 2024</p>",
            "Police closed the M4 between junctions 32 and 33 after a lorry caught fire on Tuesday morning.",
        ),
        (
            "<p>16. Mai 2024</p>",
            "Die Bahn stellt den Verkehr zwischen Köln und Bonn am Wochenende ein. Busse ersetzen die Züge.",
        ),
        ("", "Le conseil municipal a reporté son vote sur le pont au mois de juin."),
    ],
)
def test_a_short_story_before_the_cut_still_comes_back_with_its_byline_and_date(head: str, news: str) -> None:
    # One or two sentences of news under the headline and its particulars are an article, cut or not.
    page = PAGE.replace("<article>", f"<h1>Bridge vote put off</h1>{head}<p>{news}</p>{_POLL}<article>")
    assert news in nutgraf.extract(page).text


def test_a_line_break_run_before_the_article_still_parts_its_lines() -> None:
    # Line breaks are empty elements too, but a run of them parts the text: none of them goes.
    tree = lxml.html.document_fromstring(
        "<html><body><p>First line<br><br>Second line</p>" + "<p>x</p>" * MAX_ELEMENTS + "</body></html>"
    )
    assert cut_elements(tree)
    assert len(tree.findall(".//br")) == 2


def test_a_large_tables_empty_cells_keep_their_columns() -> None:
    # A results table of 5,000 wards, past the cut, with two columns empty in every row: its empty cells
    # side by side had gone as a run of empty elements, and each ward's turnout stood under "Reform".
    rows = "".join(
        f"<tr><td>Ward {n}</td><td>{n * 3}</td><td></td><td></td><td>{n * 7}</td></tr>" for n in range(5_000)
    )
    table = f"<table><tr><th>Ward</th><th>Labour</th><th>Green</th><th>Reform</th><th>Turnout</th></tr>{rows}</table>"
    text = nutgraf.extract(PAGE.replace("</article>", f"{table}</article>")).text
    assert "| Ward | Labour | Green | Reform | Turnout |" in text
    assert "| Ward 2 | 6 | | | 14 |" in text
    # And a run of other empty elements still goes (the story after 20,000 empty divs: see above).
    assert "Paragraph 7 of the report" in text


def test_a_row_of_empty_cells_before_the_article_is_collapsed() -> None:
    # Empty cells hold their columns' places only in a row of text: a row of 30,000 of them before the
    # story, kept whole, had pushed the story past the element cut (NoArticleFound).
    spacer = "<table><tr>" + "<td></td>" * 30_000 + "</tr></table>"
    text = nutgraf.extract(PAGE.replace("<article>", f"{spacer}<article>")).text
    assert "Paragraph 7 of the report" in text
    # A comment among them (as cut_elements is given one, the page's comments kept) is no text a reader
    # reads: read as the row's, it had kept the row whole.
    commented = spacer.replace("<tr>", "<tr><!-- x -->")
    tree = lxml.html.document_fromstring(PAGE.replace("<article>", f"{commented}<article>"))
    cut_elements(tree)
    assert tree.find(".//article") is not None


def test_rows_nested_in_rows_are_read_once_over_the_cut(alarm) -> None:
    # Whether a row holds text was read from the whole row for each row: rows nested in rows, each with an
    # empty cell, over a run of empty elements read those elements once a level, with the square of the
    # page (60 levels over 160,000 empty elements: 2.4 s of the cut's). Depth and elements both grow here.
    def nested(size: int) -> str:
        levels = "<table><tr><td></td><td>" * (size // 1_000)
        return f"<html><body>{levels}{'<i></i>' * size}</body></html>"

    def cut(page: str) -> None:
        cut_elements(lxml.html.document_fromstring(page), limit=1_000)

    assert _growth(nested, cut, 6_000) < ALLOWED


# Elements each with the attributes that two or three of the metadata's searches look for. Those searches
# had been one XPath union each, which libxml2 merges comparing each node with every node of the other side
# (fuzz round 17): 20,000 elements with both a microdata and an RDFa type took 0.7 s to say the page
# declares no news, 10,000 with a publication date in both microdata and RDFa 0.9 s to read its time, and
# 10,000 links home, each with its logo, 0.3 s to read the site's name.
@pytest.mark.parametrize(
    ("element", "read", "answer"),
    [
        pytest.param(
            '<div itemtype="https://schema.org/Thing" typeof="schema:Thing">x</div>',
            declares_news,
            False,
            id="microdata-and-rdfa-types",
        ),
        pytest.param(
            '<time itemprop="datePublished" datetime="2024-05-02T10:00:00Z" property="dc:date"'
            ' content="2024-05-02T10:00:00Z">2 May</time>',
            lambda tree: _with_time_of_day("2024-05-02", tree),
            "2024-05-02T10:00:00+00:00",
            id="dates-in-microdata-and-rdfa",
        ),
        pytest.param(
            '<a href="/">Harbour Times<img alt="Harbour Times logo" class="logo"></a>',
            lambda tree: page_evidence(tree).logos,
            ("Harbour Times", "Harbour Times logo"),
            id="links-home-with-logos",
        ),
    ],
)
def test_metadata_read_from_elements_of_many_kinds_is_read_in_linear_time(alarm, element, read, answer):
    def page(n: int) -> str:
        return f"<html><body><article>{ARTICLE}{('<p>' + element * 3 + '</p>') * (n // 3)}</article></body></html>"

    def answered(html: str) -> None:
        assert read(lxml.html.document_fromstring(html)) == answer

    assert _growth(page, answered, 1_200) < ALLOWED


def test_hydration_scripts_among_thousands_of_numbered_roots_are_read_in_linear_time(alarm):
    # Scripts and Inertia.js's roots were found by one XPath union, which libxml2 merges comparing each
    # node with every node of the other side (fuzz round 17): 10,000 of each, side by side, took 0.12 s.
    def page(n: int) -> str:
        pair = '<script>var a = 1;</script><div data-page="2">x</div>'
        return f"<html><body><article>{ARTICLE}</article>{pair * n}</body></html>"

    def read(html: str) -> None:
        assert hydration_scripts(lxml.html.document_fromstring(html)) == []

    assert _growth(page, read, 2_000) < ALLOWED


@pytest.mark.parametrize(
    ("accordion", "size"),
    [
        # Thousands of questions side by side in one accordion (an FAQ page of every product).
        pytest.param(
            lambda n: (
                "<div>"
                + "".join(
                    f"<h3><button aria-controls='a{i}'>Question {i}?</button></h3><div id='a{i}'>Yes.</div>"
                    for i in range(n)
                )
                + "</div>"
            ),
            500,
            id="questions",
        ),
        # Thousands of toggles in one heading, each naming the panel under it.
        pytest.param(
            lambda n: "<h3>" + "<button aria-controls='a'>Open</button>" * n + "</h3><div id='a'>Yes.</div>",
            2_000,
            id="toggles-in-one-heading",
        ),
    ],
)
def test_an_accordion_of_thousands_of_toggles_is_read_in_time_with_its_size(alarm, accordion, size) -> None:
    # Each toggle counted its heading's and its accordion's children (lxml walks them to count), with the
    # square of the toggles: 8,000 questions took 3.5 s of a 0.7 MB page, 16,000 toggles in one heading 3 s.
    def page(size: int) -> str:
        return PAGE.replace("<article>", accordion(size) + "<article>")

    def read(page: str) -> None:
        drop_never_text(lxml.html.document_fromstring(page))

    assert _growth(page, read, size) < ALLOWED


@pytest.mark.parametrize(
    "rows", ["<tr><td></td></tr>" * 15_000, "<tr><td>&nbsp;</td><td> <span></span></td></tr>" * 15_000]
)
def test_rows_of_empty_cells_before_the_article_are_collapsed(rows: str) -> None:
    # Each row kept its first empty cell, and 15,000 such rows still pushed the story past the element cut.
    text = nutgraf.extract(PAGE.replace("<article>", f"<table>{rows}</table><article>")).text
    assert text.startswith("Paragraph 0 of the report")
    assert "Paragraph 7 of the report" in text


@pytest.mark.parametrize(
    "nest",
    [
        "<div>" * 5_000 + "</div>" * 5_000,
        "<div>" * 5_000,
        "<font><b>" * 2_500,
        # libxml2 nests a <dt> in a <dt> (and a <dd> in a <dd>): taken for siblings, each kept past the
        # depth limit, they left the page past the parser's (fuzz round 16).
        "<dl><dt><div>" * 3_000,
        "<dd>" * 5_000,
    ],
)
def test_the_article_after_elements_nested_past_the_parsers_limit_is_read(nest: str) -> None:
    # libxml2 reads no further than the 2,048th level of nesting and says so only in its log: the story
    # after 5,000 nested <div>s was gone, and its reader had the headline alone (or "no article").
    page = PAGE.replace("<article>", f"<h1>Bridge vote put off</h1>{nest}<article>")
    text = nutgraf.extract(page).text
    assert text.startswith("Paragraph 0 of the report")
    assert "Paragraph 7 of the report" in text


def test_the_paragraphs_after_a_glossary_left_open_on_a_page_past_the_parsers_depth_stay_apart() -> None:
    # A term and a definition close each other as libxml2 reads them, every one open above: counted as
    # nested, 50 "<dt>Term<dd>Meaning" went past the depth kept after 32, and on a page read again within
    # it (deep elsewhere), each later entry's tags went, and with the list left open, the tags of the
    # story's paragraphs after it: their words ran into one line ("Meaning 49.Paragraph 4 ...Paragraph 5").
    glossary = "<dl>" + "".join(f"<dt>Term {i}<dd>Meaning {i} of the word." for i in range(50))
    page = PAGE.replace("<article>", "<h1>Bridge vote put off</h1>" + "<div>" * 3_000 + "</div>" * 3_000)
    text = nutgraf.extract(page.replace("<p>Paragraph 4 ", f"{glossary}<p>Paragraph 4 ")).text
    assert [line[:12] for line in text.splitlines() if "Paragraph" in line] == [
        f"Paragraph {n} " for n in range(8)
    ]
    entries = "".join(f"<dt>Term {i}<dd>Meaning {i}." for i in range(50))
    assert within_depth(f"<div><dl>{entries}</dl></div>", 3) == f"<div><dl>{entries}</dl></div>"


def test_tags_past_the_depth_limit_go_before_parsing_and_their_text_stays() -> None:
    html = "<div><p>a<br>b<p>c" + "<span>" * 3 + "d" + "</span>" * 3 + "</div><p>e</p>"
    assert within_depth(html, 3) == "<div><p>a<br>b<p>c<span>d</span></div><p>e</p>"


@pytest.mark.parametrize(
    "flood",
    [
        '<meta charset="utf-8"><meta charset="windows-1251">' * 15_000,  # 740 KB: the element cut
        '<meta charset="utf-8"><meta charset="windows-1251">' * 100_000,  # 5 MB: the character cut
        '<link rel="alternate" href="/a"><base href="/">' * 100_000,
        "<title>Bridge</title>" * 30_000,
        "<title>Bridge</title>" * 150_000,
        '<script type="application/ld+json">{"@type": "NewsArticle"}</script>' * 20_000,
    ],
)
def test_a_head_of_countless_metadata_elements_does_not_push_the_article_past_the_cut(flood: str) -> None:
    # Either cut took the head's flood and cut the article away: its reader had the headline alone.
    # Metadata's elements, and the head's, are never the article, and past the first thousand they go.
    article = nutgraf.extract(PAGE.replace("</head>", flood + "</head>"))
    assert article.text.startswith("Paragraph 0 of the report")
    assert "Paragraph 7 of the report" in article.text


@pytest.mark.parametrize(("comments", "filler"), [(12_000, 0), (0, 200_000)])
def test_a_large_page_keeps_the_metadata_it_declares_after_a_thousand_links_in_its_head(
    comments: int, filler: int
) -> None:
    # A page with a link to each of its 1,200 translations, then its canonical address, site name and
    # JSON-LD, over the element cut (comments) or the character cut (filler): past the head's first
    # thousand elements they had gone with the floods' repeats, and its reader had no address, site, byline
    # or date. Past the first thousand, the first of each kind of element stays.
    links = "".join(
        f'<link rel="alternate" hreflang="x{n}" href="https://news.example/x{n}/">' for n in range(1_200)
    )
    declared = (
        '<link rel="canonical" href="https://news.example/2024/05/bridge">'
        '<meta property="og:site_name" content="Example News">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": '
        '"Jane Doe"}, "datePublished": "2024-05-16T09:00:00Z"}</script>'
    )
    page = PAGE.replace("</head>", links + declared + "</head>").replace(
        "</article>",
        "</article><ul>" + "<li><b>Reader</b> wrote</li>" * comments + "</ul>" + "<p>a </p>" * filler,
    )
    article = nutgraf.extract(page)
    assert article.text.startswith("Paragraph 0 of the report")
    assert (article.url, article.site) == ("https://news.example/2024/05/bridge", "Example News")
    assert (article.byline, article.published) == ("Jane Doe", datetime(2024, 5, 16, 9, tzinfo=UTC))


def test_a_giant_attribute_before_the_article_does_not_push_it_past_the_cut() -> None:
    # One attribute of 10 MB (a page's data that is no hydration data nutgraf reads) took the character
    # cut, and the article after it was cut away.
    for value in ('"' + "a" * 10_000_000 + '"', "'" + "a" * 3_000_000 + "'"):
        article = nutgraf.extract(PAGE.replace("<article>", f"<div data-x={value}><article>"))
        assert article.text.startswith("Paragraph 0 of the report")
        assert "Paragraph 7 of the report" in article.text


def test_a_giant_word_before_the_article_does_not_push_it_past_the_cut() -> None:
    # 15 MB of one letter in a paragraph (or base64 pasted as text) took the character cut: the article
    # after it was cut away, and the junk was its text.
    for junk in ("a" * 15_000_000, "QUJD" * 1_000_000 + " " + "x" * 600_000):
        article = nutgraf.extract(PAGE.replace("<article>", f"<article><p>{junk}</p>"))
        assert article.text.startswith("Paragraph 0 of the report")
        assert "Paragraph 7 of the report" in article.text


def test_an_article_under_hundreds_of_unclosed_tags_is_read():
    # Old pages leave <font> or <div> unclosed by the hundred: libxml2 stopped reading at the 256th level
    # of nesting, before the article, and extract said the page held none.
    for tag in ("font", "div"):
        article = nutgraf.extract(PAGE.replace("<article>", f"<{tag}>" * 1000 + "<article>"))
        assert article.text.startswith("Paragraph 0 of the report")
    # Nor does nesting past libxml2's 2,048 levels stop reading (see within_depth), 100,000 levels either.
    article = nutgraf.extract(PAGE.replace("<article>", "<div>" * 100_000 + "<article>"))
    assert "Paragraph 7 of the report" in article.text


def _attributes(count: int, value: str = "") -> str:
    """``count`` attributes of distinct names (``value`` with each), as one opening tag holds them."""
    return " ".join(f"data-a{n}{value}" for n in range(count))


def _page_of_a_tag_of(count: int) -> str:
    return PAGE.replace("<article>", f"<article {_attributes(count)}>")


def _data_of_a_tag_of(count: int) -> str:
    # A Next.js page whose article is in its data, one string of HTML; quoted values hold "<" and ">", as
    # HTML lets them (a scan that stopped at them would not see the tag whole).
    markup = "<div " + _attributes(count, '="<>"') + f">{ARTICLE}</div>"
    data = {"props": {"pageProps": {"hydration": {"responses": [{"data": {"entity": {
        "title": "Bridge vote put off", "body": {"html": markup}}}}]}}}}  # fmt: skip
    script = json.dumps(data).replace("<", "\\u003c")
    return (
        "<html><head><title>Bridge vote put off</title></head><body><main><h1>Bridge vote put off</h1></main>"
        f'<script id="__NEXT_DATA__" type="application/json">{script}</script></body></html>'
    )


def _head_of_a_tag_of(count: int) -> str:
    return f'<html><head><link rel="canonical" href="/bridge" {_attributes(count)}></head><body>'


@pytest.mark.parametrize(
    ("make", "work", "read"),
    [
        (_page_of_a_tag_of, nutgraf.extract, lambda article: article.text),
        (_data_of_a_tag_of, nutgraf.extract, lambda article: article.text),
        (_head_of_a_tag_of, lambda head: page_links(head, "https://news.example/a"), str),
    ],
    ids=["page", "hydration data", "a site page's head"],
)
def test_a_tag_of_countless_attributes_costs_no_more_than_its_characters(make, work, read):
    # libxml2 compares each attribute's name with those before it: a tag of 40,000 attributes took 14 s
    # to parse, one of the 300,000 a page's 2,000,000 characters hold hours, past the deadline (checked
    # only between stages), holding a worker of the service all the while.
    assert _growth(make, work, 3_000) < ALLOWED
    kept = read(work(make(24_000)))
    assert "Paragraph 7 of the report" in kept or kept == "['https://news.example/bridge']"


def test_a_lt_sign_in_a_scripts_text_is_no_tag_whose_attributes_are_cut():
    # A script's text is no markup to libxml2, but the cut of a tag's attributes read "x<y" in it as a tag,
    # its hundreds of words after as attributes, up to the ">" of </script>: the cut took "</script" with
    # them, and the rest of the page became the script's text (the article lost, or the canonical link).
    words = " ".join(f"word{n}" for n in range(400))
    body = {"@type": "NewsArticle", "headline": "Bridge vote put off", "articleBody": f"If x<y then {words}"}
    page = PAGE.replace("</head>", f'<script type="application/ld+json">{json.dumps(body)}</script></head>')
    assert nutgraf.extract(page).text.startswith("Paragraph 0 of the report")
    head = f'<html><head><script>if (a<b) {words}</script><link rel="canonical" href="/bridge"></head><body>'
    assert page_links(head, "https://news.example/a") == ["https://news.example/bridge"]


def _crowded_paragraph_seconds(piece: str, pieces: int) -> float:
    paragraph = "<p>" + piece * pieces + "</p>"
    started = time.thread_time()
    article = nutgraf.extract(PAGE.replace("<article>", f"<article>{paragraph}"))
    assert "the vote on its future was put off until the spring" in article.text
    return time.thread_time() - started


@pytest.mark.parametrize(
    "piece", ["word<sup><a href=#n1>1</a></sup> ", "word<nobr>1</nobr> ", "word<span hidden>note</span> "]
)
def test_a_paragraph_of_thousands_of_inline_elements_is_read_in_linear_time(alarm, piece: str):
    # trafilatura strips such tags and then reads each paragraph's text, the run of pieces they leave
    # joined anew for each piece: 10,000 footnote markers in one 300 KB paragraph took 20-40 s of CPU in
    # that one stage, far past the 5 s deadline, which is checked only between stages
    # (ExtractionTimeoutError); any tag it strips will do, not only the common ones.
    small = _crowded_paragraph_seconds(piece, 10_000 // GROWTH)
    assert _crowded_paragraph_seconds(piece, 10_000) < ALLOWED * max(small, 0.05)


def test_a_crowded_paragraph_keeps_no_text_a_reader_is_not_shown():
    # Its tags were stripped before scripts, styles, buttons and hidden elements went, so what they held
    # became the paragraph's text: a read-aloud page wrapping each of 1,100 words in a <span> gave its
    # article the paragraph's script, and the text of a hidden <span>, which 900 words did not.
    for words in (900, 1_100):
        spoken = " ".join(f"<span>word{n % 50}</span>" for n in range(words))
        paragraph = (
            f"<p>The mayor spoke. {spoken}<script>window.player = 'ready';</script>"
            '<span style="display:none">Share this story</span><button>Listen</button> The end came.</p>'
        )
        text = nutgraf.extract(PAGE.replace("<article>", f"<article>{paragraph}")).text
        assert "The end came" in text
        for shown_to_no_one in ("window.player", "Share this story", "Listen"):
            assert shown_to_no_one not in text, (words, shown_to_no_one)


@pytest.mark.parametrize("piece", ["word<button>1</button> ", "word<span hidden>1</span> "])
def test_a_paragraph_of_thousands_of_buttons_or_hidden_elements_is_read_in_linear_time(alarm, piece: str):
    # Dropped one by one, each joined its tail to the text before it, a copy of all that text: 80,000 of
    # them in one paragraph took 8 s before the first stage's deadline check (60,000 here: the page stays under
    # its cut).
    small = _crowded_paragraph_seconds(piece, 60_000 // GROWTH)
    assert _crowded_paragraph_seconds(piece, 60_000) < ALLOWED * max(small, 0.05)


@pytest.mark.parametrize(
    "never_text",
    [
        "<script>var trackingPixel = 1;</script>",
        "<button>Copy link</button>",
        '<span style="display:none">Hidden twin</span>',
        '<span aria-hidden="true">Hidden twin</span>',
    ],
)
def test_a_crowded_paragraphs_scripts_buttons_and_hidden_text_stay_out(never_text: str):
    # A crowded paragraph's elements lose their tags before drop_never_text reads them: a script's code, a
    # button's label and hidden text had been read into the paragraph of 1,100 footnote markers.
    notes = "".join(f"word{n}<sup><a href=#n{n}>{n}</a></sup> " for n in range(1_100))
    page = PAGE.replace("<article>", f"<article><p>The notes begin here. {never_text} {notes}</p>")
    text = nutgraf.extract(page).text
    assert "word1099" in text
    assert not any(leak in text for leak in ("trackingPixel", "Copy link", "Hidden twin"))


# Chinese words, three bytes each in the tree, a few to an element: what makes each piece of text left
# beside the others cost most to read again.
_WORDS = "<b>漢字漢</b>漢字漢"
_DEEP = MAX_DEPTH + 6


@pytest.mark.parametrize(
    ("where", "words", "pieces"),
    [
        ("<p>{}</p>", _WORDS, 150_000),  # a paragraph's crowded element: 2 MB, the page's cut
        ("<div>" * _DEEP + "{}" + "</div>" * _DEEP, _WORDS, 40_000),  # past the depth limit
        ("<div>{}</div>", f"<q>{'漢' * 45}</q>{'字' * 45}", 10_000),  # unwrapped by nutgraf
        ("<div>{}</div>", f"<font>{'漢' * 45}</font>{'字' * 45}", 19_000),  # stripped by trafilatura
    ],
    ids=["crowded", "too-deep", "quotations", "fonts"],
)
def test_text_left_by_tags_taken_away_is_read_within_the_deadline(alarm, where: str, words: str, pieces: int):
    # Stripped of their tags, the elements left their text as pieces side by side, and lxml reads such a
    # run by copying all the pieces before each one: the article was refused as too complex after 10 s of
    # CPU (the crowded paragraph), 53 s (the deep one), 10 s (quotations of 45 characters each, beside 45
    # more) or 11 s (the same in <font>s), the deadline being checked only between stages.
    text = nutgraf.extract(PAGE.replace("<article>", "<article>" + where.format(words * pieces))).text
    assert "Paragraph 0 of the report" in text and "Paragraph 7 of the report" in text


def test_lines_of_a_converted_pdf_nested_in_each_other_are_read_once(alarm):
    # pdf2htmlEX sets each printed line in a div of class "t" of its own; a page that nested 60 such lines
    # around 250 KB of words (fuzz round 18) had each read with all the lines inside it, the words written 60
    # times over: 400 MB and past the extraction's deadline, 2.3 GB for 1.9 MB of words.
    words = " ".join(f"word{n}" for n in range(20_000))
    page = (
        '<html><head><meta name="generator" content="pdf2htmlEX"><title>Harbour bridge vote</title></head>'
        '<body><div id="page-container"><div class="pf">'
        + "".join(f'<div class="t">Line {n} ' for n in range(60))
        + words
        + "</div>" * 60
        + "</div></div></body></html>"
    )
    text = nutgraf.extract(page).text
    assert text.count("word19999") == 1
    assert text.startswith("Line 0 Line 1 ")


def test_drawings_left_open_in_each_other_are_read_in_linear_time(alarm):
    # Each <svg> was searched, all it held, for the first paragraph that closes it where a browser does, and
    # one left open in another's <foreignObject> was searched again within it (fuzz round 18): 120 nested
    # drawings around 80,000 elements took 4.5 s, and the time grew with their product.
    def page(size: int) -> str:
        nested = size // 100
        return (
            "<html><body>"
            + "<svg><foreignObject>" * nested
            + "<i>x</i>" * size
            + "</foreignObject></svg>" * nested
            + ARTICLE
            + "</body></html>"
        )

    assert nutgraf.extract(page(2000)).text.startswith("Paragraph 0 of the report")
    assert _growth(page, nutgraf.extract, 2000) < ALLOWED


def test_rating_boxes_between_two_paragraphs_are_told_in_linear_time(alarm):
    # Each box in the story's body walked its siblings to the paragraphs nearest it, to tell one set off
    # between them (fuzz round 20): 20,000 boxes between two paragraphs took 3.9 s, 2,500 0.03 s.
    def page(size: int) -> str:
        boxes = "<div>Broth: ★★★★★ Noodles: ★★★★☆</div>" * size
        return f"<html><body><article><p>The soup came first.</p>{boxes}{ARTICLE}</article></body></html>"

    def kept(source: str) -> int:
        tree = parse(source)
        drop_rating_boxes(tree)
        return len(tree.findall(".//div"))

    # Between the story's paragraphs, ratings are the story's: every box stays.
    assert kept(page(2_500)) == 2_500
    assert _growth(page, kept, 2_500) < ALLOWED


def test_quotations_set_off_between_many_paragraphs_are_compared_with_them_in_linear_time(alarm):
    # Each quotation set off between the paragraphs read all the story's paragraphs into their words again
    # to tell a pull quote (fuzz round 20): 50 of them beside 1.8 MB of paragraphs took 2.6 s of the
    # extraction's 5, the time growing with the quotations times the text.
    def page(size: int) -> str:
        paragraphs = [
            f"<p>Paragraph {n} of the report tells what the council decided.</p>" for n in range(size)
        ]
        for n in range(size // 200):
            paragraphs[n * 200 + 1] += (
                f"<blockquote>Quotation {n} says what no paragraph of the story says.</blockquote>"
            )
        return f"<html><body><article>{''.join(paragraphs)}</article></body></html>"

    small, large = parse(page(1_000)), parse(page(GROWTH * 1_000))
    drop_pulled_quotes(large)
    # Quotations saying what no paragraph says are the story's own: they stay.
    assert len(large.findall(".//blockquote")) == GROWTH * 1_000 // 200
    assert (
        _seconds(lambda: drop_pulled_quotes(large)) / max(_seconds(lambda: drop_pulled_quotes(small)), 1e-6)
        < ALLOWED
    )


def _story_under_notes(note: str, size: int) -> str:
    story = [f"The council voted on the budget {n} times, officials said on Tuesday." for n in range(20)]
    return "\n\n".join([*story, *(note.format(n=n) for n in range(size))])


def test_a_text_closing_on_thousands_of_a_site_s_notes_is_cleaned_in_linear_time(alarm):
    # Each note under the story was looked for in all the story above it (fuzz round 21): 8,000 lines of a
    # site's statement before its call ("We are funded by ... Support Radio 7 Cabin.") took 1.4 s, 2,000
    # 0.13 s, the time growing with the notes times the text.
    def text(size: int) -> str:
        return _story_under_notes(
            "We are funded by people who read our stories. Support Radio{n} Cabin.", size
        )

    # The site's note under the story goes, as one does under any story.
    assert "Support" not in clean_text(text(1)).text
    assert _growth(text, clean_text, 1_000) < ALLOWED


def test_a_fact_check_s_box_of_countless_lines_is_taken_off_in_linear_time(alarm):
    # Each of the box's lines taken off the text's end copied all the lines above it (fuzz round 21): 20,000
    # lines took 0.5 s, 5,000 0.03 s.
    def paragraphs(size: int) -> list[str]:
        return _story_under_notes("Claim: Video {n} shows the river flooding London", size).split("\n\n")

    assert without_closing_notes(paragraphs(2_000)) == paragraphs(0)
    assert _growth(paragraphs, without_closing_notes, 2_000) < ALLOWED


def test_a_text_of_thousands_of_print_headers_is_cleaned_in_linear_time(alarm):
    # Each browser's print header was counted among all the text's headers (hostile input, round 24): 10,000
    # of them, one atop each page, took 4.3 s, 1,000 0.04 s.
    def text(size: int) -> str:
        header = "12/3/26, 4:05 PM Harbour bridge vote put off | Dutch News"
        return "\n\n".join([*(header for _ in range(size)), *_story_under_notes("", 0).split("\n\n")])

    # A header repeated atop the pages goes, as one does over any story.
    assert "Dutch News" not in clean_text(text(2)).text
    assert _growth(text, clean_text, 1_000) < ALLOWED


def test_a_line_of_bullets_is_no_date_stamp_whatever_its_length(alarm):
    # A line of few words is a stamp's only if short: a line of 10 million "• ", no word, had its dates
    # searched for over all of it, 3.3 s of the 11 s its text took (hostile input, round 24).
    def line(size: int) -> _Line:
        return _lines("• " * size)[0]

    def stamps(one: _Line) -> None:
        for _ in range(10):
            assert not _is_date_stamp(one)

    short, long = line(100_000), line(800_000)
    assert _seconds(lambda: stamps(long)) < 3 * _seconds(lambda: stamps(short)) + 1e-3
    # A stamp is still one.
    assert _is_date_stamp(_lines("Thursday, December 3, 2026 - 16:20")[0])


def test_boxes_named_for_donations_nested_around_a_long_text_read_it_no_longer_than_other_boxes() -> None:
    # Each box named for a donation is asked whether it is an appeal, short with a button to donate: 100
    # boxes nested around 1.4 MB of text had each split all of it, 4 to 5 times the time of boxes otherwise
    # named.
    text = "<span>Our reporting is free and it is not cheap at all for us.</span> " * 20_000

    def page(name: str) -> str:
        return PAGE.replace(
            "</article>", "</article>" + f'<div class="{name}">' * 100 + text + "</div>" * 100
        )

    for name in ("donate", "denote"):
        assert "Paragraph 7 of the report" in nutgraf.extract(page(name)).text
    donation, other = (
        _seconds(lambda name=name: nutgraf.extract(page(name))) for name in ("donate", "denote")
    )
    assert donation < 2 * other, f"{donation:.2f} s against {other:.2f} s"


@pytest.mark.xfail(
    strict=True,
    reason="trafilatura's _extract reads a run of paragraphs each followed by an inline element in time that"
    " grows with its square (10,000 pairs 2 s, 20,000 8 s of CPU); nutgraf does not yet hand it less",
)
def test_a_run_of_paragraphs_and_inline_elements_after_the_story_is_read_in_bounded_time() -> None:
    run = "<p>Our reporting is free.</p><b>x</b>" * 20_000
    started = time.thread_time()
    article = nutgraf.extract(PAGE.replace("</article>", f"</article><div>{run}</div>"))
    assert time.thread_time() - started < 3
    assert "Paragraph 7 of the report" in article.text


def test_sponsored_headings_under_one_parent_are_read_in_linear_time(alarm):
    # Each "スポンサーサイト" heading (FC2 Blog's notice over a stale blog) counted every heading of its parent:
    # 10,000 of them in one <div>, 0.2 MB, took 40 s and ran past the deadline (review of round 29). None is a
    # notice of its own, and all stay.
    def page(n: int) -> str:
        return f"<html><body><div>{'<h2>スポンサーサイト</h2>' * n}</div><p>a paragraph</p></body></html>"

    def dropped(html: str) -> None:
        tree = lxml.html.document_fromstring(html)
        drop_stale_blog_notices(tree)
        assert tree.text_content().count("スポンサーサイト") == html.count("スポンサーサイト")

    assert _growth(page, dropped, 1_250) < ALLOWED
