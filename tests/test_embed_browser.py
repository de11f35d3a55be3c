"""The widget on a publisher's page in a real browser (Debian's Chromium driven by Playwright): the page is
the seed article as HTML, served from a second loopback origin with the snippet pasted in. The button
shows the summary with text-fragment links into that page; an origin the site does not list gets nothing;
the publisher's CSS and a strict CSP leave it alone; the iframe mode; German labels; the keyboard; the
llm summary streaming in; Report a problem; no shift when it loads."""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote as url_encoded
from urllib.parse import unquote

import httpx
import pytest

from nutgraf.sites.registry import frame_snippet
from nutgraf.web import Settings, create_app
from nutgraf.web.widget_labels import WIDGET_LABELS
from servers import SEED_FURNITURE, FakeLLM, Page, ReaderServer, Reply, Site, publisher_page

HOSTILE_CSS = """
* { font-family: "Comic Sans MS", cursive !important; color: red !important; letter-spacing: 3px;
    text-transform: uppercase; line-height: 3; margin: 7px; padding: 9px; box-sizing: content-box; }
button { background: lime !important; border: 6px dashed blue; font-size: 30px; display: inline; }
li { list-style: square; margin-left: 40px; color: green; font-weight: 900; }
a { color: orange !important; text-decoration: none !important; font-size: 9px; }
"""
# docs/embed.md's reserved height: 48 px at the default text size, and the widget's at a reader's larger one.
RESERVE_CSS = "nutgraf-summary { display: block; font-size: medium; min-height: calc(2.75em + 4px); }"
# The publisher's own script for the iframe mode: the frame says its height, the page sets it.
RESIZE_JS = """
window.heights = [];
addEventListener("message", (event) => {
  if (event.origin !== NUTGRAF || !event.data || event.data.nutgraf !== "height") return;
  window.heights.push(event.data.height);
  document.getElementById("summary-frame").height = event.data.height;
});
"""
# The computed styles compared with and without the publisher's hostile stylesheet.
STYLES_OF_THE_WIDGET = """
() => {
  const host = document.querySelector("nutgraf-summary");
  const root = host.shadowRoot;
  const names = ["font-family", "font-size", "font-weight", "color", "background-color", "letter-spacing",
    "text-transform", "line-height", "margin-left", "padding-top", "list-style-type", "text-decoration-line",
    "border-top-width", "display"];
  const styles = {};
  for (const selector of [".w", "button", "li", "li a", ".n", "summary"]) {
    const style = getComputedStyle(root.querySelector(selector));
    styles[selector] = Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  }
  // The host's own box (its width is the publisher's layout's to choose).
  const own = getComputedStyle(host);
  styles.host = { margin: own.margin, padding: own.padding, border: own.borderTopWidth, display: own.display,
    height: String(host.getBoundingClientRect().height) };
  return styles;
}
"""

# The colour of one pixel of a screenshot (a PNG in base64), read in the browser: [red, green, blue].
PIXEL = """
async ([png, x, y]) => {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  return Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3));
}
"""


@dataclass
class World:
    nutgraf: str
    publisher: Site

    @property
    def pub(self) -> str:
        return self.publisher.url

    @property
    def stranger(self) -> str:
        """The publisher's pages at another origin (localhost, not 127.0.0.1): one the site does not list."""
        return self.publisher.url.replace("127.0.0.1", "localhost")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, seed_article: str) -> Iterator[World]:
    database = tmp_path_factory.mktemp("embed") / "reader.db"
    settings = Settings(
        database_url=f"sqlite:///{database}", background=False, rate_limit_per_minute=0, allow_loopback=True
    )
    with ReaderServer(create_app(settings)) as server, Site() as publisher:
        nutgraf, pub = server.url, publisher.url
        script = f'<script src="{nutgraf}/embed.js" async></script>'
        css = '<link rel="stylesheet" href="/site.css">'
        widget = '<nutgraf-summary site="ledger"></nutgraf-summary>'

        def page(
            path: str, *, head: str = "", lang: str = "en", button: str = widget, **extra: object
        ) -> None:
            canonical = f'<link rel="canonical" href="{pub}/zelensky">'
            html = publisher_page(seed_article, lang=lang, head=canonical + css + head, button=button)
            publisher.pages[path] = Page(html, **extra)

        publisher.pages["/site.css"] = Page(RESERVE_CSS.encode(), "text/css")
        publisher.pages["/hostile.css"] = Page(HOSTILE_CSS.encode(), "text/css")
        publisher.pages["/resize.js"] = Page(
            f"const NUTGRAF = {json.dumps(nutgraf)};{RESIZE_JS}".encode(), "text/javascript"
        )
        page("/zelensky", head=script)
        page("/bare")  # the snippet's element without the script: the reserved box alone
        page("/hostile", head=script + '<link rel="stylesheet" href="/hostile.css">')
        page("/de", head=script, lang="de")
        page("/llm", head=script, button='<nutgraf-summary site="ledger" summarizer="llm"></nutgraf-summary>')
        page(
            "/elsewhere",
            head=script,
            button=f'<nutgraf-summary site="ledger" url="{pub}/zelensky"></nutgraf-summary>',
        )
        strict = f"default-src 'none'; script-src {nutgraf}; connect-src {nutgraf}; style-src 'self'"
        page("/strict", head=script, headers={"Content-Security-Policy": strict})
        frame = (
            f'<iframe id="summary-frame" title="Summary" width="100%" height="60" '
            f'src="{nutgraf}/embed/frame?site=ledger&amp;url={pub}/zelensky"></iframe>'
        )
        page("/framed", head='<script src="/resize.js"></script>', button=frame)
        created = httpx.post(f"{nutgraf}/api/sites", json={"url": pub, "id": "ledger"})
        assert created.status_code == 201, created.text
        yield World(nutgraf, publisher)


def open_summary(page, name: str = "Get a summary") -> None:
    page.get_by_role("button", name=name).click()
    page.locator("nutgraf-summary li").first.wait_for()


def fragment_quotes(href: str) -> list[str]:
    return [unquote(part) for part in href.split("#:~:text=", 1)[1].split(",")]


def test_the_button_shows_the_summary_with_links_into_the_page(browser, world: World) -> None:
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{world.pub}/zelensky")
    assert page.get_by_text("No time to read?").first.is_visible()
    button = page.locator("nutgraf-summary [part=button]")
    assert button.inner_text() == "Get a summary" and button.get_attribute("aria-expanded") == "false"
    open_summary(page)
    assert button.get_attribute("aria-expanded") == "true" and button.inner_text() == "Hide the summary"
    sentences = page.locator("nutgraf-summary li").all_inner_texts()
    assert 1 <= len(sentences) <= 3
    assert not any(line in sentence for line in SEED_FURNITURE for sentence in sentences)
    article_text = " ".join(" ".join(page.locator("article > p").all_inner_texts()).split())
    links = page.locator("nutgraf-summary li a")
    assert links.count() == len(sentences)
    for link in links.all():
        href = link.get_attribute("href")
        assert href.startswith(f"{world.pub}/zelensky#:~:text=")
        quotes = fragment_quotes(href)
        position = 0
        for quote in quotes:  # the start (and end) of the sentence, in order, in the page's own text
            position = article_text.find(quote, position)
            assert position >= 0, (quote, href)
        assert quotes[0] in link.inner_text()
    note = page.locator("nutgraf-summary [part=note]")
    assert note.inner_text() == "These are the article’s own sentences, chosen by nutgraf."
    assert page.locator("nutgraf-summary [part=summary]").get_attribute("aria-live") == "polite"

    # Report a problem: the reader's words are kept as text.
    page.get_by_text("Report a problem").click()
    page.get_by_label("What is wrong?").select_option(label="It misses the main point")
    page.get_by_label("Details (optional)").fill('<img src=x onerror="window.pwned=1"> The vote is missing.')
    page.get_by_role("button", name="Send").click()
    page.get_by_text("Thank you, the report was sent.").wait_for()
    flags = httpx.get(f"{world.nutgraf}/api/sites/ledger/flags").json()["items"]
    assert flags[0]["reason"] == "missing" and flags[0]["note"].startswith("<img src=x")
    assert flags[0]["url"] == f"{world.pub}/zelensky"
    page.goto(f"{world.nutgraf}/sites/ledger")
    assert "The vote is missing." in page.locator(".flags").inner_text()
    assert page.locator(".flags img").count() == 0 and page.evaluate("typeof window.pwned") == "undefined"
    page.get_by_role("button", name="Get a summary").click()  # the install page's live preview
    page.locator("nutgraf-summary li").first.wait_for()

    button_closes = page.get_by_role("button", name="Hide the summary")
    button_closes.click()
    assert page.locator("nutgraf-summary li").count() == 0
    # Nothing but the publisher and nutgraf was asked for; nothing was stored in the browser.
    assert all(url.startswith((world.pub, world.nutgraf)) for url in requested), requested
    assert context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    context.close()


def test_a_summary_sentence_s_link_takes_the_reader_to_the_story_s_sentence_not_the_summary_s(
    browser, world: World
) -> None:
    # The link's text fragment matches the first copy of the sentence on the page, which is the summary's
    # own, above the story: the browser highlighted that one where the reader already was, and the page
    # did not move. The story's sentence is the one shown and highlighted (selected).
    page = browser.new_page(viewport={"width": 800, "height": 400})
    page.goto(f"{world.pub}/zelensky")
    open_summary(page)
    link = page.locator("nutgraf-summary li a").last
    sentence = link.inner_text()
    link.click()
    page.wait_for_function("getSelection().rangeCount > 0 && scrollY > 0")
    chosen = page.evaluate(CHOSEN)
    assert " ".join(chosen["text"].split()) == sentence
    assert chosen["in"] == "P" and chosen["in_article"]
    assert chosen["top"] >= 0 and chosen["bottom"] <= 400
    page.close()


def _story_page_with_widget(world: World, seed_article: str) -> str:
    """The publisher's story page with the widget's script tag and button, its canonical address /zelensky."""
    script = f'<script src="{world.nutgraf}/embed.js" async></script>'
    canonical = f'<link rel="canonical" href="{world.pub}/zelensky">'
    button = '<nutgraf-summary site="ledger"></nutgraf-summary>'
    return publisher_page(seed_article, head=script + canonical, button=button).decode()


def test_a_summary_sentence_is_found_in_a_story_with_soft_hyphens_and_line_breaks(
    browser, world: World, seed_article: str
) -> None:
    # A Swiss or German page sets soft hyphens in its long words, and some set a story's lines apart with
    # <br> alone: nutgraf's text has neither the hyphens nor a word "said.Next", so the search found no
    # sentence holding one, and the link fell back to the text fragment, which highlights the summary's
    # own copy above the story. Each of the summary's sentences is found and selected in the story.
    html = _story_page_with_widget(world, seed_article)
    top, story = html.split("</h1>", 1)
    # "Zelensky" as "Zele\u00adnsky" in the text between tags, and the paragraphs as one, in lines.
    story = re.sub(r">[^<]++", lambda text: re.sub(r"\b(\w{4})(\w{4,})", "\\1\u00ad\\2", text[0]), story)
    story = story.replace("</p><p>", "<br>")
    world.publisher.pages["/shy"] = Page(f"{top}</h1>{story}".encode())
    assert_each_link_selects_its_sentence(
        browser, f"{world.pub}/shy", lambda text: text.replace("\u00ad", "")
    )


def test_a_summary_sentence_is_found_in_a_story_written_in_decomposed_letters(
    browser, world: World, seed_article: str
) -> None:
    # A page written from a Mac's decomposed text (NFD) sets each accent as a letter and a combining mark,
    # which nutgraf's text composes ("e" and an acute: "é"), and a stray mark after a space, which it
    # leaves out: the widget's search of the page must read the page's letters so too, or no sentence
    # holding one is found. Every "e" of the story's text is written with a decomposed acute, and a stray
    # grave stands after each sentence's full stop.
    # Its own address, no canonical one: the summary is of this page's text, composed.
    html = _story_page_with_widget(world, seed_article).replace("/zelensky", "/decomposed")
    top, story = html.split("</h1>", 1)
    story = re.sub(r">[^<]++", lambda text: text[0].replace("e", "e\u0301").replace(". ", ". \u0300 "), story)
    world.publisher.pages["/decomposed"] = Page(f"{top}</h1>{story}".encode())
    assert_each_link_selects_its_sentence(
        browser,
        f"{world.pub}/decomposed",
        lambda text: unicodedata.normalize("NFC", text.replace(" \u0300", "")),
    )


def test_a_summary_sentence_is_found_around_a_q_element_s_marks_and_not_in_a_hidden_copy(
    browser, world: World, seed_article: str
) -> None:
    # nutgraf's text writes the quotation marks a browser sets around a <q>, which the page's text lacks: a
    # sentence holding one was not found, and the link fell back to the text fragment. A hidden copy of the
    # story above it (a print or app version) was searched first: its sentence was selected out of sight.
    script = f'<script src="{world.nutgraf}/embed.js" async></script>'
    canonical = f'<link rel="canonical" href="{world.pub}/quoted">'
    button = '<nutgraf-summary site="ledger"></nutgraf-summary>'
    html = publisher_page(seed_article, head=script + canonical, button=button).decode()
    top, story = html.split("</h1>", 1)
    # Every word of nine letters or more quoted: most sentences hold one, some open or end on it.
    story = re.sub(r">[^<]++", lambda text: re.sub(r"\b(\w{9,})\b", r"<q>\1</q>", text[0]), story)
    hidden = '<div style="display: none">' + story.split("</div>", 1)[1].split("</article>")[0] + "</div>"
    world.publisher.pages["/quoted"] = Page(
        f"{top.replace('<main>', '<main>' + hidden)}</h1>{story}".encode()
    )
    assert_each_link_selects_its_sentence(browser, f"{world.pub}/quoted", lambda text: text)


def test_a_summary_sentence_is_found_where_its_first_letter_is_a_drop_cap(
    browser, world: World, seed_article: str
) -> None:
    # A floated first letter is laid out as a block of its own, which the search took for the end of a word:
    # "U kraine’s president", so the story's first sentence, the one a summary most often quotes, was not
    # found, and its link fell back to the text fragment. nutgraf's text joins the letter to its word.
    html = _story_page_with_widget(world, seed_article)
    capped = re.sub(r"<p>(\w)", r'<p><span style="float: left; font-size: 3.5em">\1</span>', html)
    world.publisher.pages["/drop-cap"] = Page(capped.encode())
    assert_each_link_selects_its_sentence(browser, f"{world.pub}/drop-cap", lambda text: text)


def test_a_summary_sentence_is_found_where_a_space_follows_its_drop_cap(
    browser, world: World, seed_article: str
) -> None:
    # "<span>W</span> ASHINGTON —": the page's text has the space, nutgraf's joins the letter to its word
    # where the letter is no word of the page (join_drop_caps), so the story's first sentence was not found
    # and its link fell back to the text fragment, which highlights the summary's own copy above the story.
    html = _story_page_with_widget(world, seed_article)
    # "U kraine’s" and "T he" (neither letter a word here) are joined; the selection holds the page's space.
    capped = re.sub(r"<p>([TU])", r'<p><span style="float: left; font-size: 3.5em">\1</span> ', html)
    world.publisher.pages["/drop-cap-spaced"] = Page(capped.encode())
    assert_each_link_selects_its_sentence(
        browser, f"{world.pub}/drop-cap-spaced", lambda text: re.sub(r"^([TU]) ", r"\1", text)
    )


def test_a_summary_sentence_is_not_selected_in_a_copy_hidden_by_visibility(
    browser, world: World, seed_article: str
) -> None:
    # A copy of the story above it hidden by visibility:hidden (not display:none: it keeps its room, and
    # a child may show again) was searched as seen text: its sentence was selected out of sight.
    html = _story_page_with_widget(world, seed_article)
    top, story = html.split("</h1>", 1)
    hidden = (
        '<div style="visibility: hidden">' + story.split("</div>", 1)[1].split("</article>")[0] + "</div>"
    )
    world.publisher.pages["/invisible-copy"] = Page(
        f"{top.replace('<main>', '<main>' + hidden)}</h1>{story}".encode()
    )
    assert_each_link_selects_its_sentence(browser, f"{world.pub}/invisible-copy", lambda text: text)


def test_a_summary_sentence_s_first_words_opening_another_sentence_above_it_select_only_the_sentence(
    browser, world: World, seed_article: str
) -> None:
    # The search takes a long sentence's first four words and its last four: where another sentence above
    # it opened on the same four, the selection ran from there to the sentence's end, two paragraphs.
    html = _story_page_with_widget(world, seed_article)
    assert "<p>Ukraine’s president has made a direct appeal" in html
    opening = "<p>Ukraine’s president has made headlines all week.</p>"
    world.publisher.pages["/same-opening"] = Page(html.replace("</div>", f"</div>{opening}", 1).encode())
    assert_each_link_selects_its_sentence(browser, f"{world.pub}/same-opening", lambda text: text)


def test_on_a_page_of_megabytes_a_summary_sentence_s_link_reads_only_the_page_s_first_characters(
    browser, world: World, seed_article: str
) -> None:
    # The search read the page's whole text at each click, with each character's place: under the story,
    # 12 MB of comments held the page (and the reader's clicks) some 3 s, and took half a gigabyte. It now
    # stops after a million characters; counted in the nodes it walks, not in milliseconds, which a loaded
    # machine stretches.
    html = _story_page_with_widget(world, seed_article)
    comment = (
        "<p>" + "I read this and I do not agree with a word of what the minister said here. " * 10 + "</p>"
    )
    world.publisher.pages["/long-thread"] = Page(
        html.replace("</main>", comment * 16_000 + "</main>").encode()
    )
    page = browser.new_page(viewport={"width": 800, "height": 400})
    page.add_init_script(
        """(() => {
          const next = TreeWalker.prototype.nextNode;
          window.walked = 0;
          TreeWalker.prototype.nextNode = function () { window.walked++; return next.call(this); };
        })()"""
    )
    page.goto(f"{world.pub}/long-thread")
    open_summary(page)
    page.evaluate("window.walked = 0")
    page.locator("nutgraf-summary li a").first.click()
    assert page.evaluate("getSelection().rangeCount") == 1
    paragraphs = page.evaluate("document.querySelectorAll('main p').length")
    assert paragraphs > 16_000
    # A million characters are some 1,300 of the comments: their paragraphs and their text, and the story's.
    assert page.evaluate("window.walked") < 4_000
    page.close()


def assert_each_link_selects_its_sentence(browser, address: str, shown: Callable[[str], str]) -> None:
    """Follow each summary sentence's link on the page at ``address``: the story's sentence is selected and
    in the window, its text (as ``shown`` reads the selection's) the sentence's, bar the marks of a <q>."""
    page = browser.new_page(viewport={"width": 800, "height": 400})
    page.goto(address)
    open_summary(page)
    links = page.locator("nutgraf-summary li a")
    for n in range(links.count()):
        page.evaluate("getSelection().removeAllRanges(); scrollTo(0, 0)")
        sentence = links.nth(n).inner_text()
        links.nth(n).click()
        page.wait_for_function("getSelection().rangeCount > 0")
        chosen = page.evaluate(CHOSEN)
        assert " ".join(shown(chosen["text"]).split()) == sentence.replace("“", "").replace("”", "")
        assert chosen["in_article"] and chosen["top"] >= 0 and chosen["bottom"] <= 400
    page.close()


# What is selected on the page: its text, the element it starts in, and where it is in the window.
CHOSEN = """
() => {
  const selection = getSelection();
  const range = selection.getRangeAt(0);
  const box = range.getBoundingClientRect();
  const element = range.startContainer.parentElement;
  return { text: selection.toString(), in: element.tagName, in_article: !!element.closest("article"),
    top: box.top, bottom: box.bottom };
}
"""


def test_an_origin_the_site_does_not_list_gets_no_summary_and_no_cors_header(browser, world: World) -> None:
    page = browser.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    warnings: list[str] = []
    page.on("console", lambda message: warnings.append(message.text) if message.type == "warning" else None)
    page.goto(f"{world.stranger}/elsewhere")
    page.get_by_role("button", name="Get a summary").click()
    page.get_by_text("No summary is available for this page right now.").wait_for()
    # The publisher's console says where to look (the browser's own line says only that CORS refused it).
    assert warnings == [
        f"nutgraf: no answer this page may read from {world.nutgraf}: it is down, or {world.stranger} is "
        'not an origin of the site "ledger" (nutgraf sites list)'
    ]
    assert page.locator("nutgraf-summary li").count() == 0
    assert page.get_by_role("button", name="Get a summary").get_attribute("aria-expanded") == "false"
    # The browser would not let the page read the answer: the request it made, asked again as it was.
    assert len(failed) == 1 and failed[0].startswith(f"{world.nutgraf}/api/embed/summary?")
    answer = httpx.get(failed[0], headers={"Origin": world.stranger})
    assert answer.status_code == 403 and "access-control-allow-origin" not in answer.headers
    page.close()


def test_a_site_id_with_a_typo_tells_the_publisher_in_the_console(browser, world: World) -> None:
    # The unknown site's 404 had no CORS header: the console said only that CORS blocked the answer, which
    # sent the publisher to the site's origins, not to the element's site attribute.
    world.publisher.pages["/typo"] = Page(
        f'<!doctype html><html lang="en"><head><script src="{world.nutgraf}/embed.js" async></script></head>'
        '<body><nutgraf-summary site="ledgr"></nutgraf-summary></body></html>'.encode()
    )
    page = browser.new_page()
    warnings: list[str] = []
    page.on("console", lambda message: warnings.append(message.text) if message.type == "warning" else None)
    page.goto(f"{world.pub}/typo")
    page.get_by_role("button", name="Get a summary").click()
    page.get_by_text("No summary is available for this page right now.").wait_for()
    assert warnings == [
        "nutgraf: the site 'ledgr' is not registered on this nutgraf server; register it with "
        "`nutgraf sites add URL` (URL: your site's address), and give the element the id that prints as "
        f"its site attribute; pages of {world.pub} may embed the site ledger"
    ]
    page.close()


def test_a_publisher_stylesheet_leaves_the_widget_as_it_is(browser, world: World) -> None:
    styles = {}
    for path in ("/zelensky", "/hostile"):
        page = browser.new_page()
        page.goto(world.pub + path)
        open_summary(page)
        styles[path] = page.evaluate(STYLES_OF_THE_WIDGET)
        page.close()
    assert styles["/hostile"] == styles["/zelensky"]
    assert styles["/zelensky"]["button"]["font-family"] != '"Comic Sans MS", cursive'


def test_a_strict_content_security_policy_runs_the_widget_without_a_violation(browser, world: World) -> None:
    page = browser.new_page()
    page.add_init_script(
        "window.violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));"
    )
    page.goto(f"{world.pub}/strict")
    open_summary(page)
    page.get_by_text("Report a problem").click()
    assert page.evaluate("window.violations") == []
    # The listener does hear what the policy blocks: an inline style attribute.
    page.evaluate("document.body.setAttribute('style', 'color: red')")
    page.wait_for_function("window.violations.length > 0")
    assert page.evaluate("window.violations")[0].startswith("style-src")
    page.close()


def test_the_iframe_mode_works_and_refuses_other_framers(browser, world: World) -> None:
    page = browser.new_page()
    page.goto(f"{world.pub}/framed")
    frame = page.frame_locator("#summary-frame")
    frame.get_by_role("button", name="Get a summary").click()
    frame.locator("nutgraf-summary li").first.wait_for()
    page.wait_for_function("window.heights.length > 0 && Math.max(...window.heights) > 100")
    assert int(page.locator("#summary-frame").get_attribute("height")) > 100
    assert frame.locator("nutgraf-summary li a").first.get_attribute("target") == "_top"

    page.goto(f"{world.stranger}/framed")
    page.wait_for_load_state("load")
    child = page.frames[1]
    assert child.url.startswith("chrome-error://") or child.locator("nutgraf-summary").count() == 0
    assert page.evaluate("window.heights") == []
    page.close()


def test_in_dark_mode_the_documented_frame_shows_the_page_around_the_widget_not_a_dark_box(
    browser, world: World, seed_article: str
) -> None:
    # The snippet as the install page gives it, pasted without the publisher's resizing script: the frame
    # (64 px) is taller than the closed widget (48 px), so the page shows through below it.
    page_url = url_encoded(f"{world.pub}/zelensky", safe="")
    snippet = frame_snippet(world.nutgraf, "ledger").replace("PAGE_URL", page_url)
    world.publisher.pages["/framed-plain"] = Page(publisher_page(seed_article, button=snippet))
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(f"{world.pub}/framed-plain")
    page.frame_locator("iframe").get_by_role("button", name="Get a summary").wait_for()
    box = page.locator("iframe").bounding_box()
    shot = base64.b64encode(page.screenshot(clip=box)).decode()
    width, height = round(box["width"]), round(box["height"])
    # Inside the frame's 2 px border, 4 px above its bottom: the publisher's white page, as a transparent
    # frame shows it (a frame that declared a dark scheme on this light page was painted opaque black).
    below = page.evaluate(PIXEL, [shot, width // 2, height - 6])
    assert min(below) > 240, below
    # The widget itself still follows the reader's dark setting.
    assert max(page.evaluate(PIXEL, [shot, width // 2, 8])) < 60
    context.close()


def test_a_german_page_gets_german_labels(browser, world: World) -> None:
    page = browser.new_page()
    page.goto(f"{world.pub}/de")
    page.get_by_text("Keine Zeit zum Lesen?").wait_for()  # by a request after the script's (none for English)
    open_summary(page, "Zusammenfassung anzeigen")
    assert page.get_by_role("button", name="Zusammenfassung ausblenden").is_visible()
    assert page.get_by_text("Problem melden").is_visible()
    assert page.locator("nutgraf-summary [part=note]").inner_text().startswith("Sätze aus dem Artikel")
    page.close()


def test_a_german_page_whose_labels_do_not_come_gets_the_english_bar(browser, world: World) -> None:
    # The bar's labels in German come by a request of their own: unanswered, the bar is English's, not
    # missing; the summary still comes, under the German labels that come with it.
    page = browser.new_page()
    page.route("**/embed/labels/**", lambda route: route.abort())
    page.goto(f"{world.pub}/de")
    assert page.locator("nutgraf-summary .q").inner_text() == "No time to read?"
    open_summary(page, "Get a summary")
    assert page.get_by_text("Problem melden").is_visible()
    page.close()


def test_the_widget_works_by_keyboard_alone(browser, world: World) -> None:
    page = browser.new_page()
    page.goto(f"{world.pub}/zelensky")
    page.locator("nutgraf-summary").wait_for()
    focused = "document.activeElement.shadowRoot?.activeElement?.textContent ?? null"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate(focused) == "Get a summary":
            break
    assert page.evaluate(focused) == "Get a summary"
    page.keyboard.press("Enter")
    page.locator("nutgraf-summary li").first.wait_for()
    assert page.evaluate(focused) == "Hide the summary"  # focus stays on the button
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.shadowRoot.activeElement.tagName") == "A"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    assert page.locator("nutgraf-summary li").count() == 0
    assert page.get_by_role("button", name="Get a summary").get_attribute("aria-expanded") == "false"
    page.close()


def test_nothing_shifts_when_the_widget_loads(browser, world: World) -> None:
    page = browser.new_page()
    page.goto(f"{world.pub}/bare")
    reserved = page.evaluate("document.querySelector('nutgraf-summary').getBoundingClientRect().height")
    page.goto(f"{world.pub}/zelensky")
    page.get_by_role("button", name="Get a summary").wait_for()
    loaded = page.evaluate("document.querySelector('nutgraf-summary').getBoundingClientRect().height")
    assert reserved == loaded == 48
    page.close()


def test_the_llm_summary_streams_in_then_shows_its_evidence(
    browser, world: World, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    faithful = (
        "Zelensky announced a meeting on joint production of military equipment, weapons and ammunition."
    )
    invented = "Mayor Lena Ortiz cancelled the talks on Friday."
    reply = Reply(content=f"{faithful} {invented}", pause_after=4)
    llm.replies = [reply]
    page = browser.new_page()
    page.goto(f"{world.pub}/llm")
    page.get_by_role("button", name="Get a summary").click()
    draft = page.locator("nutgraf-summary .d")
    # The pieces before the pause come one by one: the draft is whole once the fourth is in (it had been
    # read after the first, "Zelensky", on a loaded machine), and stays so while the model pauses.
    page.wait_for_function(
        "document.querySelector('nutgraf-summary').shadowRoot.querySelector('.d')?.textContent.trim()"
        " === 'Zelensky announced a'"
    )
    assert draft.inner_text().strip() == "Zelensky announced a"
    assert page.locator("nutgraf-summary [part=summary]").get_attribute("aria-busy") == "true"
    button = page.locator("nutgraf-summary [part=button]")
    button.click()  # a second click while it is written changes nothing
    assert button.get_attribute("aria-expanded") == "true" and draft.is_visible()
    reply.resume.set()
    verdicts = page.locator("nutgraf-summary .v")
    verdicts.first.wait_for()
    assert page.locator("nutgraf-summary [part=summary]").get_attribute("aria-busy") is None
    assert button.get_attribute("aria-expanded") == "true" and button.inner_text() == "Hide the summary"
    assert page.locator("nutgraf-summary [part=note]").inner_text().startswith("Written by a language model")
    supported, unsupported = verdicts.all_inner_texts()
    assert supported.startswith("Supported by the article: “")
    assert unsupported.startswith("Not supported by the article")
    assert "Lena" in unsupported or "Ortiz" in unsupported
    backing = page.locator("nutgraf-summary .v a").first.get_attribute("href")
    article_text = " ".join(" ".join(page.locator("article > p").all_inner_texts()).split())
    assert all(quote in article_text for quote in fragment_quotes(backing))
    assert len(llm.requests) == 1 and llm.requests[0]["json"]["stream"] is True
    page.close()


def test_a_summary_written_in_another_language_says_not_checked_not_unsupported(
    browser, world: World, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch, seed_article: str
) -> None:
    # The check compares words, so a German summary of this English article is not checked at all: the
    # reader must not be told that the article does not support it.
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    llm.replies = [Reply(content="Selenskyj bittet die USA um Zugang zu Militärtechnik.")]
    script = f'<script src="{world.nutgraf}/embed.js" async></script>'
    canonical = f'<link rel="canonical" href="{world.pub}/zelensky">'
    button = '<nutgraf-summary site="ledger" summarizer="llm" output-language="de"></nutgraf-summary>'
    world.publisher.pages["/llm-de"] = Page(
        publisher_page(seed_article, head=script + canonical, button=button)
    )
    page = browser.new_page()
    page.goto(f"{world.pub}/llm-de")
    page.get_by_role("button", name="Get a summary").click()
    verdict = page.locator("nutgraf-summary .v")
    verdict.wait_for()
    assert verdict.inner_text().startswith("Not checked: the summary is in German and the article in English")
    assert page.locator("nutgraf-summary ol").get_attribute("lang") == "de"
    note = page.locator("nutgraf-summary [part=note]").inner_text()
    assert note == "Written by a language model; not checked against the article."
    page.close()


def test_the_form_attribute_shows_a_tldr_as_one_sentence_and_key_points_as_a_list_with_keyphrases(
    browser, world: World, seed_article: str
) -> None:
    script = f'<script src="{world.nutgraf}/embed.js" async></script>'
    canonical = f'<link rel="canonical" href="{world.pub}/zelensky">'
    for path, attributes in (
        ("/tldr", 'form="tldr" keyphrases="4"'),
        ("/points", 'form="key_points" length="long"'),
    ):
        button = f'<nutgraf-summary site="ledger" {attributes}></nutgraf-summary>'
        world.publisher.pages[path] = Page(
            publisher_page(seed_article, head=script + canonical, button=button)
        )
    page = browser.new_page()
    page.goto(f"{world.pub}/tldr")
    page.get_by_role("button", name="Get a summary").click()
    sentence = page.locator("nutgraf-summary [part=sentence]")
    sentence.first.wait_for()
    assert sentence.count() == 1 and sentence.evaluate("node => node.tagName") == "SPAN"
    assert page.locator("nutgraf-summary ol, nutgraf-summary ul:not([part=keyphrases])").count() == 0
    article_text = " ".join(" ".join(page.locator("article > p").all_inner_texts()).split())
    assert sentence.inner_text() in article_text
    tags = page.get_by_role("list", name="Keyphrases").locator("[part=keyphrase] a")
    assert tags.count() == 4
    for tag in tags.all():  # each tag links to where the page has it
        (quote,) = fragment_quotes(tag.get_attribute("href"))
        assert quote == tag.inner_text() and quote in article_text

    page.goto(f"{world.pub}/points")
    page.get_by_role("button", name="Get a summary").click()
    points = page.locator("nutgraf-summary ul > [part=sentence]")
    points.first.wait_for()
    assert points.count() > 3  # long, for this story
    assert points.first.evaluate("node => getComputedStyle(node).listStyleType") == "disc"
    assert page.locator("nutgraf-summary [part=keyphrases]").count() == 0  # none asked for
    page.close()


ARABIC_PARAGRAPHS = (
    "أعلنت الحكومة يوم الخميس عن خطة جديدة لدعم المدارس في المناطق الريفية في جميع أنحاء البلاد.",
    "وقال الوزير إن الخطة ستكلف مليار دولار على مدى خمس سنوات، وستشمل بناء مدارس جديدة وتدريب المعلمين.",
    "ورحبت النقابات بالقرار، لكنها طالبت بمزيد من المعلمين في القرى البعيدة عن المدن الكبرى.",
    "ومن المتوقع أن يصوت البرلمان على الخطة في الربيع المقبل، بعد انتهاء المشاورات العامة مع الأهالي.",
    "وأكد رئيس الوزراء أن التعليم يبقى أولوية الحكومة في السنوات المقبلة، وأن التمويل مضمون.",
)
# An element of the widget: the language it is in, the direction its text runs, and whether its start
# padding (a list's markers) is on the right.
WIDGET_DIRECTION = """
(selector) => {
  const node = document.querySelector("nutgraf-summary").shadowRoot.querySelector(selector);
  const style = getComputedStyle(node);
  return [node.closest("[lang]").lang, style.direction, style.paddingRight !== "0px"];
}
"""


def test_on_a_right_to_left_page_the_summary_and_its_labels_read_right_to_left(browser, world: World) -> None:
    # On an Arabic page (dir="rtl") the English labels ran right to left ("?No time to read", the note's
    # stop at its start), and the Arabic summary was marked English (lang="en") for screen readers; the
    # labels are Arabic now, and run right to left as their language does.
    body = "".join(f"<p>{paragraph}</p>" for paragraph in ARABIC_PARAGRAPHS)
    world.publisher.pages["/ar"] = Page(
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة المدارس</title>'
        f'<script src="{world.nutgraf}/embed.js" async></script></head><body><main><article>'
        f'<h1>خطة المدارس</h1><nutgraf-summary site="ledger" form="key_points"></nutgraf-summary>{body}'
        "</article></main></body></html>".encode()
    )
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{world.pub}/ar")
    open_summary(page, "عرض الملخص")
    assert page.evaluate(WIDGET_DIRECTION, "ul") == ["ar", "rtl", True]
    for label in (".q", "[part=button]", "[part=note]"):
        assert page.evaluate(WIDGET_DIRECTION, label)[:2] == ["ar", "rtl"], label
    assert page.locator("nutgraf-summary [part=button]").inner_text() == "إخفاء الملخص"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # An English story's summary on a German page is English, under German labels.
    page.goto(f"{world.pub}/de")
    open_summary(page, "Zusammenfassung anzeigen")
    assert page.evaluate(WIDGET_DIRECTION, "ol") == ["en", "ltr", False]
    assert page.evaluate(WIDGET_DIRECTION, "[part=note]")[0] == "de"
    page.close()


@pytest.mark.parametrize(
    ("lang", "ask", "get", "hide", "note", "report", "direction"),
    [
        ("nl", "Geen tijd om te lezen?", "Toon de samenvatting", "Verberg de samenvatting", "Zinnen uit het artikel zelf", "Meld een probleem", "ltr"),
        ("he", "אין זמן לקרוא?", "הצגת הסיכום", "הסתרת הסיכום", "משפטים מהכתבה עצמה", "דיווח על בעיה", "rtl"),
        # A right-to-left page in a language without labels gets English ones, left to right.
        ("fa", "No time to read?", "Get a summary", "Hide the summary", "These are the article’s own", "Report a problem", "ltr"),
    ],
)  # fmt: skip
def test_a_dutch_or_hebrew_page_gets_its_own_labels(
    browser,
    world: World,
    seed_article: str,
    lang: str,
    ask: str,
    get: str,
    hide: str,
    note: str,
    report: str,
    direction: str,
) -> None:
    # Dutch, Swedish, Danish, Norwegian, Finnish, Arabic and Hebrew pages got the English labels. The
    # bar's labels come by one request of the page's language (none for English's or a language without
    # labels, whose the script carries), the rest with the summary, and nothing more is asked.
    head = f'<script src="{world.nutgraf}/embed.js" async></script><link rel="canonical" href="{world.pub}/zelensky">'
    html = publisher_page(
        seed_article, lang=lang, head=head, button='<nutgraf-summary site="ledger"></nutgraf-summary>'
    )
    if lang != "nl":  # the page runs right to left, as Hebrew and Persian pages do
        html = html.replace(b"<html ", b'<html dir="rtl" ', 1)
    world.publisher.pages[f"/page-{lang}"] = Page(html)
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{world.pub}/page-{lang}")
    assert page.locator("nutgraf-summary .q").inner_text() == ask
    open_summary(page, get)
    assert page.get_by_role("button", name=hide).is_visible()
    assert page.get_by_text(report).is_visible()
    assert page.locator("nutgraf-summary [part=note]").inner_text().startswith(note)
    expected = "en" if lang == "fa" else lang
    for label in (".q", "[part=button]", "[part=note]", "[part=report]"):
        assert page.evaluate(WIDGET_DIRECTION, label)[:2] == [expected, direction], label
    assert page.evaluate(WIDGET_DIRECTION, "ol")[:2] == ["en", "ltr"]  # the summary is the article's English
    assert [url for url in requested if url.startswith(world.nutgraf)] == [
        f"{world.nutgraf}/embed.js",
        *([] if lang == "fa" else [f"{world.nutgraf}/embed/labels/{lang}"]),
        *[url for url in requested if "/api/embed/summary?" in url],
    ]
    assert len([url for url in requested if "/api/embed/summary?" in url]) == 1
    page.close()


def test_the_labels_follow_the_page_languages_primary_subtag(browser, world: World) -> None:
    # "frr" (North Frisian) got French labels and "pli" (Pali) Polish: the first two letters were read.
    page = browser.new_page()
    for lang, button in (("frr", "Get a summary"), ("pli", "Get a summary"), ("pt-BR", "Ver o resumo")):
        world.publisher.pages[f"/lang-{lang}"] = Page(
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>x</title>'
            f'<script src="{world.nutgraf}/embed.js" async></script></head><body>'
            '<nutgraf-summary site="ledger"></nutgraf-summary></body></html>'.encode()
        )
        page.goto(f"{world.pub}/lang-{lang}")
        assert page.locator("nutgraf-summary [part=button]").inner_text() == button, lang
        frame = httpx.get(
            f"{world.nutgraf}/embed/frame",
            params={"site": "ledger", "url": f"{world.pub}/zelensky", "lang": lang},
        )
        assert f'<html lang="{"pt" if lang == "pt-BR" else "en"}">' in frame.text, lang
    page.close()


def test_a_long_url_in_a_summary_sentence_does_not_widen_a_phone_screen(browser, world: World) -> None:
    # The page wraps its own text, but the host's all:initial keeps that from the widget, which did not
    # wrap it: the summary overflowed its box and the page scrolled sideways by 130 px.
    address = "https://www.example.com/2024/05/12/politics/senate-votes-to-extend-the-harbour-bridge-plan"
    paragraphs = [
        f"The council put the full budget plan online at {address} for residents on Thursday.",
        *(
            f"Councillors said the {topic} programme had grown faster than expected over the past two years."
            for topic in ("parks", "roads", "schools", "libraries")
        ),
    ]
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    world.publisher.pages["/budget"] = Page(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget online</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<style>p {{ overflow-wrap: anywhere; }}</style><script src="{world.nutgraf}/embed.js" async></script>'
        f"</head><body><main><article><h1>Budget online</h1>"
        f'<nutgraf-summary site="ledger" summarizer="lead" length="long"></nutgraf-summary>{body}'
        "</article></main></body></html>".encode()
    )
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{world.pub}/budget")
    open_summary(page)
    assert address in page.locator("nutgraf-summary li").first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.close()


# Whether a label's final "?" (or ";") is at the start of a line of its own: the line before it ends in
# a space the browser broke at.
ORPHANED_MARK = """
(selector) => {
  const node = document.querySelector("nutgraf-summary").shadowRoot.querySelector(selector);
  const text = node.firstChild;
  const at = (index) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect();
  };
  const mark = text.data.lastIndexOf("?");
  return at(mark).top > at(mark - 2).top;
}
"""


def test_french_labels_keep_their_question_mark_on_the_line_of_the_question(browser, world: World) -> None:
    # "Pas le temps de lire ?" was written with a plain space: in a narrow column the "?" went alone
    # onto the next line. French sets a narrow no-break space there.
    world.publisher.pages["/fr"] = Page(
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>x</title>'
        f'<script src="{world.nutgraf}/embed.js" async></script></head><body>'
        '<div id="column"><nutgraf-summary site="ledger"></nutgraf-summary></div></body></html>'.encode()
    )
    page = browser.new_page()
    page.goto(f"{world.pub}/fr")
    page.locator("nutgraf-summary [part=button]").wait_for()
    orphaned = []
    for width in range(100, 260, 2):
        page.evaluate("(width) => { document.getElementById('column').style.width = `${width}px`; }", width)
        if page.evaluate(ORPHANED_MARK, ".q"):
            orphaned.append(width)
    assert orphaned == []
    page.close()


def test_in_forced_colours_the_button_keeps_an_outline(browser, world: World) -> None:
    # Windows high contrast drops the button's fill: without a border it was a line of text like any other.
    page = browser.new_page(forced_colors="active")
    page.goto(f"{world.pub}/zelensky")
    border = page.locator("nutgraf-summary [part=button]").evaluate(
        "(button) => [getComputedStyle(button).borderTopWidth, getComputedStyle(button).borderTopStyle]"
    )
    assert border == ["1px", "solid"]
    page.close()


def test_the_report_form_fits_a_narrow_phone_column(browser, world: World) -> None:
    # The reason menu kept the width of its longest reason: in Russian, on a 320 px phone with the page's
    # 24 px margins, it stuck out of the widget and the page scrolled sideways.
    script = f'<script src="{world.nutgraf}/embed.js" async></script>'
    world.publisher.pages["/ru"] = Page(
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>x</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{script}</head>'
        '<body style="margin: 0; padding: 0 24px">'
        f'<nutgraf-summary site="ledger" url="{world.pub}/zelensky"></nutgraf-summary></body></html>'.encode()
    )
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(f"{world.pub}/ru")
    open_summary(page, "Показать краткое содержание")
    page.get_by_text("Сообщить о проблеме").click()
    widget = page.locator("nutgraf-summary").bounding_box()
    menu = page.get_by_label("Что не так?").bounding_box()
    assert menu["x"] + menu["width"] <= widget["x"] + widget["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.close()


def test_a_nutgraf_that_does_not_answer_gives_the_calm_line_not_summarizing_for_ever(
    browser, world: World
) -> None:
    # A nutgraf that hung (overloaded, or down behind a proxy that holds the connection) left the button
    # at "Summarizing…" for ever, and a screen reader heard nothing meanwhile: the live region was empty
    # and aria-busy. It says "Summarizing…" now, and gives up after 20 seconds without an answer.
    page = browser.new_page()
    page.clock.install()
    held = []
    page.route("**/api/embed/summary?*", lambda route: held.append(route))  # never answered
    page.goto(f"{world.pub}/zelensky")
    button = page.locator("nutgraf-summary [part=button]")
    button.click()
    region = page.locator("nutgraf-summary [part=summary]")
    assert button.inner_text() == "Summarizing…" and region.text_content() == "Summarizing…"
    assert region.get_attribute("aria-busy") is None and region.get_attribute("aria-live") == "polite"
    assert page.locator("nutgraf-summary").bounding_box()["height"] == 48  # said, not shown
    page.clock.run_for(19_000)
    assert button.inner_text() == "Summarizing…"
    page.clock.run_for(2_000)
    page.get_by_text("No summary is available for this page right now.").wait_for(timeout=3_000)
    assert button.get_attribute("aria-expanded") == "false" and button.inner_text() == "Get a summary"
    assert len(held) == 1
    page.close()


FOCUSED = "document.activeElement.shadowRoot?.activeElement?.textContent ?? null"


def test_escape_closes_the_report_form_then_the_summary_and_focus_goes_back(browser, world: World) -> None:
    # Escape did nothing: a keyboard reader in the summary's links had to Shift+Tab back to the button.
    page = browser.new_page()
    page.goto(f"{world.pub}/zelensky")
    open_summary(page)
    page.get_by_text("Report a problem").click()
    page.get_by_label("Details (optional)").focus()
    page.keyboard.press("Escape")
    assert page.locator("nutgraf-summary details").get_attribute("open") is None
    assert page.evaluate(FOCUSED) == "Report a problem"
    assert page.locator("nutgraf-summary li").count() > 0  # the summary stays
    page.locator("nutgraf-summary li a").first.focus()
    page.keyboard.press("Escape")
    assert page.locator("nutgraf-summary li").count() == 0
    assert page.evaluate(FOCUSED) == "Get a summary"
    assert page.get_by_role("button", name="Get a summary").get_attribute("aria-expanded") == "false"
    page.close()


LIBRARY_PARAGRAPHS = (
    "The city council approved a new budget on Tuesday that doubles spending on public libraries.",
    "The mayor said the money would pay for longer opening hours, new books and free internet access.",
    "Opposition councillors argued that the plan relied on optimistic tax forecasts for next year.",
    "Library staff welcomed the decision, saying visitor numbers had risen sharply since last spring.",
    "The first branches will extend their hours in September, according to the published timetable.",
)
# What a single-page app does when the reader follows a link to another story: a new address in the
# history, the new story's text and canonical link, the widget (in the page's frame) left as it is.
NEXT_STORY = """
async (address) => {
  const html = await (await fetch(address)).text();
  const next = new DOMParser().parseFromString(html, "text/html");
  history.pushState({}, "", address);
  document.querySelector("article").replaceWith(document.importNode(next.querySelector("article"), true));
  document.querySelector('link[rel="canonical"]').href = address;
}
"""


def serve_single_page_app(world: World) -> None:
    """Two stories of a single-page app on the publisher's site, /app/zelensky (the widget in the app's
    frame, outside the story the app replaces) and /app/budget."""
    library = "".join(f"<p>{paragraph}</p>" for paragraph in LIBRARY_PARAGRAPHS)
    world.publisher.pages["/app/budget"] = Page(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Library budget</title>'
        f'<link rel="canonical" href="{world.pub}/app/budget"></head><body><main><article>'
        f"<h1>Library budget doubles</h1>{library}</article></main></body></html>".encode()
    )
    first = world.publisher.pages["/zelensky"].body.decode()  # the widget moves to the app's frame
    world.publisher.pages["/app/zelensky"] = Page(
        first.replace("<body>", '<body><nutgraf-summary site="ledger"></nutgraf-summary>', 1)
        .replace('<div class="gist"><nutgraf-summary site="ledger"></nutgraf-summary></div>', "")
        .replace(f'href="{world.pub}/zelensky"', f'href="{world.pub}/app/zelensky"')
        .encode()
    )


def test_a_single_page_app_moving_to_another_story_gets_that_storys_summary(browser, world: World) -> None:
    # A widget kept across history.pushState went on showing the first story's summary, open or opened
    # again, with links into the new page that quoted the old one.
    serve_single_page_app(world)
    page = browser.new_page()
    page.goto(f"{world.pub}/app/zelensky")
    open_summary(page)
    assert "Zelensky" in " ".join(page.locator("nutgraf-summary li").all_inner_texts())
    page.evaluate(NEXT_STORY, f"{world.pub}/app/budget")
    page.wait_for_function("document.querySelector('h1').textContent === 'Library budget doubles'")
    assert page.locator("nutgraf-summary li").count() == 0  # the old story's summary went
    open_summary(page)
    sentences = " ".join(page.locator("nutgraf-summary li").all_inner_texts())
    assert "librar" in sentences and "Zelensky" not in sentences
    href = page.locator("nutgraf-summary li a").first.get_attribute("href")
    assert href.startswith(f"{world.pub}/app/budget#:~:text=")
    page.close()


def test_a_story_left_while_its_summary_loads_does_not_show_it_on_the_next(browser, world: World) -> None:
    # A single-page app that moved on while the summary was on its way showed the old story's summary on
    # the new one (the move was not heeded while loading), and took it for the new story's on a next click.
    serve_single_page_app(world)
    page = browser.new_page()
    held = []  # the first story's summary, held back until the reader has moved on
    page.route("**/api/embed/summary?*", lambda route: route.continue_() if held else held.append(route))
    page.goto(f"{world.pub}/app/zelensky")
    button = page.locator("nutgraf-summary [part=button]")
    button.click()
    while not held:
        page.wait_for_timeout(50)
    page.evaluate(NEXT_STORY, f"{world.pub}/app/budget")
    page.wait_for_function("document.querySelector('h1').textContent === 'Library budget doubles'")
    held[0].continue_()
    page.wait_for_function(
        "document.querySelector('nutgraf-summary').shadowRoot.querySelector('[part=button]')"
        ".getAttribute('aria-expanded') === 'false'"
    )
    assert page.locator("nutgraf-summary li").count() == 0
    open_summary(page)
    sentences = " ".join(page.locator("nutgraf-summary li").all_inner_texts())
    assert "librar" in sentences and "Zelensky" not in sentences
    page.close()


def test_on_a_phone_the_closed_button_keeps_the_height_the_page_reserved(browser, world: World) -> None:
    # On a 360 px phone the button did not fit beside a German question and wrapped under it: the widget
    # grew from the 48 px the publisher reserved to 64 px when it loaded, and the story below jumped. The
    # question goes where both do not fit; the button stays whole on the one line.
    script = f'<script src="{world.nutgraf}/embed.js" async></script>'
    world.publisher.pages["/de-phone"] = Page(
        f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>x</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{script}'
        f"<style>{RESERVE_CSS}</style></head>"
        '<body style="margin: 0; padding: 0 16px"><nutgraf-summary site="ledger"></nutgraf-summary>'
        '<p id=story style="margin: 0">Der Text.</p></body></html>'.encode()
    )
    page = browser.new_page(viewport={"width": 360, "height": 640})
    page.goto(f"{world.pub}/de-phone")
    button = page.get_by_role("button", name="Zusammenfassung anzeigen")
    button.wait_for()
    widget = page.locator("nutgraf-summary").bounding_box()
    assert widget["height"] == 48 and page.locator("#story").bounding_box()["y"] == 48
    box = button.bounding_box()
    assert widget["x"] < box["x"] and box["x"] + box["width"] < widget["x"] + widget["width"]
    assert widget["y"] < box["y"] and box["y"] + box["height"] < widget["y"] + 48
    # On a wide screen the question is there, on the button's line.
    page.set_viewport_size({"width": 900, "height": 640})
    question = page.get_by_text("Keine Zeit zum Lesen?").bounding_box()
    assert question["y"] > box["y"] and question["y"] + question["height"] < box["y"] + box["height"]
    assert page.locator("nutgraf-summary").bounding_box()["height"] == 48
    page.close()


def test_on_a_320_px_phone_a_long_russian_label_wraps_in_its_button_instead_of_being_cut_off(
    browser, world: World
) -> None:
    # "Показать краткое содержание" is 293 px as a button, wider than the 262 px a 320 px phone with the
    # page's 16 px margins leaves the bar: it ran past the bar's edge, which cut it off mid-word. It wraps
    # onto a second line of the button now (the bar grows, as it does for a larger text).
    script = f'<script src="{world.nutgraf}/embed.js" async></script>'
    world.publisher.pages["/ru-phone"] = Page(
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>x</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{script}'
        f"<style>{RESERVE_CSS}</style></head>"
        '<body style="margin: 0; padding: 0 16px">'
        f'<nutgraf-summary site="ledger" url="{world.pub}/zelensky"></nutgraf-summary></body></html>'.encode()
    )
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(f"{world.pub}/ru-phone")
    for label in ("Показать краткое содержание", "Скрыть краткое содержание"):
        button = page.get_by_role("button", name=label)
        button.wait_for()
        shown = page.evaluate(BUTTON_IN_ITS_BAR)
        assert shown["bar"][0] <= shown["button"][0] and shown["button"][1] <= shown["bar"][1], (label, shown)
        assert shown["text"] <= shown["inside"], (label, shown)
        assert page.evaluate("document.documentElement.scrollWidth") == 320
        button.click()
    page.close()


# Where the button is across, beside its bar's box, and how wide its label is beside the room inside it.
BUTTON_IN_ITS_BAR = """
() => {
  const root = document.querySelector("nutgraf-summary").shadowRoot;
  const button = root.querySelector("[part=button]");
  const [bar, box] = [root.querySelector("[part=bar]").getBoundingClientRect(), button.getBoundingClientRect()];
  return { bar: [bar.left, bar.right], button: [box.left, box.right], text: button.scrollWidth, inside: button.clientWidth };
}
"""


BAR_AND_BUTTON = """
() => {
  const root = document.querySelector("nutgraf-summary").shadowRoot;
  const box = (selector) => root.querySelector(selector).getBoundingClientRect();
  const [bar, button, question] = [box("[part=bar]"), box("[part=button]"), box(".q")];
  return { bar: [bar.top, bar.bottom], button: [button.top, button.bottom], question: [question.top, question.bottom],
    size: getComputedStyle(root.querySelector("[part=button]")).fontSize, page: getComputedStyle(document.body).fontSize,
    host: document.querySelector("nutgraf-summary").getBoundingClientRect().height };
}
"""


def test_a_reader_s_larger_text_size_grows_the_bar_without_clipping_the_button(browser, world: World) -> None:
    # The widget's text was 16 px whatever font size the reader chose in the browser's settings (Chrome's
    # "Font size": the page around it grew, the button did not), and its bar was 46 px high: text grown
    # by the browser (Firefox's text-only zoom) was clipped by it. Sizes now follow the reader's.
    page = browser.new_page(viewport={"width": 1000, "height": 700})
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32}})
    page.goto(f"{world.pub}/zelensky")
    page.get_by_role("button", name="Get a summary").wait_for()
    sizes = page.evaluate(BAR_AND_BUTTON)
    assert sizes["page"] == sizes["size"] == "32px", sizes
    (top, bottom), (button_top, button_bottom) = sizes["bar"], sizes["button"]
    assert top < button_top and button_bottom < bottom, sizes  # the whole label, with its margins
    assert top <= sizes["question"][0] and sizes["question"][1] <= bottom, sizes  # the question on its line
    assert sizes["host"] == 2 * 44 + 4  # the 48 px at 16 px, grown with the text
    page.goto(f"{world.pub}/bare")  # and the height the publisher reserved grows as much: nothing moves
    assert page.evaluate("document.querySelector('nutgraf-summary').getBoundingClientRect().height") == 92
    page.goto(f"{world.pub}/zelensky")
    open_summary(page)
    page.close()


def test_a_button_the_publisher_made_larger_grows_the_bar_instead_of_being_clipped(
    browser, world: World
) -> None:
    # The bar was 46 px high whatever its button: a ::part(button) rule (the docs invite one) or a
    # reader's stylesheet that made the button larger cut off the bottom of its label.
    larger = "<style>nutgraf-summary::part(button) { font-size: 24px; padding: 10px 24px; }</style>"
    world.publisher.pages["/large-button"] = Page(
        f'<!doctype html><html lang="en"><head><script src="{world.nutgraf}/embed.js" async></script>'
        f'{larger}</head><body><nutgraf-summary site="ledger"></nutgraf-summary></body></html>'.encode()
    )
    page = browser.new_page(viewport={"width": 1000, "height": 700})
    page.goto(f"{world.pub}/large-button")
    page.get_by_role("button", name="Get a summary").wait_for()
    sizes = page.evaluate(BAR_AND_BUTTON)
    (top, bottom), (button_top, button_bottom) = sizes["bar"], sizes["button"]
    assert sizes["size"] == "24px" and top < button_top and button_bottom < bottom, sizes
    assert top <= sizes["question"][0] and sizes["question"][1] <= bottom, sizes
    page.close()


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two computed colours (``rgb(r, g, b)``)."""

    def luminance(colour: str) -> float:
        channels = [int(part) / 255 for part in colour[colour.index("(") + 1 : -1].split(",")[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


WIDGET_COLOURS = """
() => {
  const root = document.querySelector("nutgraf-summary").shadowRoot;
  const style = (selector) => getComputedStyle(root.querySelector(selector));
  return { paper: style(".w").backgroundColor, ink: style(".w").color, muted: style(".n").color,
    link: style("li a").color, button: style(".g").backgroundColor, label: style(".g").color,
    field: style("textarea").borderTopColor, menu: style("select").borderTopColor };
}
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_default_colours_have_enough_contrast(browser, world: World, scheme: str) -> None:
    # The report form's fields had a border of 1.3:1 on the widget's paper: a low-vision reader could not
    # see where to type (WCAG 1.4.11 asks 3:1 of a field's edge; text asks 4.5:1).
    page = browser.new_page(color_scheme=scheme)
    page.goto(f"{world.pub}/zelensky")
    open_summary(page)
    page.get_by_text("Report a problem").click()
    colours = page.evaluate(WIDGET_COLOURS)
    for text in ("ink", "muted", "link"):
        assert contrast(colours[text], colours["paper"]) >= 4.5, (text, colours)
    assert contrast(colours["label"], colours["button"]) >= 4.5, colours
    for edge in ("field", "menu"):
        assert contrast(colours[edge], colours["paper"]) >= 3, (edge, colours)
    page.close()


def test_a_nonce_based_policy_with_trusted_types_and_cross_origin_isolation_runs_the_widget(
    browser, world: World
) -> None:
    # The policy most sites call strict (a nonce with 'strict-dynamic', Trusted Types) ignores the host
    # allowlist docs/embed.md gave for scripts: the script tag needs the page's nonce. And a page isolated
    # for SharedArrayBuffer (COEP require-corp) loads only cross-origin resources that allow it.
    nonce = "r4nd0m"
    policy = (
        f"script-src 'nonce-{nonce}' 'strict-dynamic'; connect-src {world.nutgraf}; object-src 'none'; "
        "base-uri 'none'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'"
    )
    world.publisher.pages["/nonce"] = Page(
        f'<!doctype html><html lang="en"><head><link rel="canonical" href="{world.pub}/zelensky">'
        f'<script nonce="{nonce}" src="{world.nutgraf}/embed.js" async></script></head>'
        '<body><nutgraf-summary site="ledger"></nutgraf-summary></body></html>'.encode(),
        headers={
            "Content-Security-Policy": policy,
            "Cross-Origin-Embedder-Policy": "require-corp",
            "Cross-Origin-Opener-Policy": "same-origin",
        },
    )
    page = browser.new_page()
    page.add_init_script(
        "window.violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));"
    )
    page.goto(f"{world.pub}/nonce")
    assert page.evaluate("crossOriginIsolated")
    open_summary(page)
    page.get_by_text("Report a problem").click()
    assert page.evaluate("window.violations") == []
    page.close()


def test_a_reader_over_the_limit_of_new_pages_is_told_when_to_try_again(
    browser, seed_article: str, tmp_path
) -> None:
    # The 429 carried Retry-After, which the page could not read (no Access-Control-Expose-Headers), and
    # the reader was told there was no summary for the page: now when a click will be answered, in the
    # page's language and its plural.
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'reader.db'}",
        background=False,
        rate_limit_per_minute=0,
        allow_loopback=True,
        embed_client_rate=1,
    )
    with ReaderServer(create_app(settings)) as server, Site() as publisher:
        script = f'<script src="{server.url}/embed.js" async></script>'
        for lang in ("en", "ru"):
            button = f'<nutgraf-summary site="ledger" url="{publisher.url}/new-{lang}"></nutgraf-summary>'
            publisher.pages[f"/{lang}"] = Page(
                publisher_page(seed_article, lang=lang, head=script, button=button)
            )
        assert (
            httpx.post(f"{server.url}/api/sites", json={"url": publisher.url, "id": "ledger"}).status_code
            == 201
        )
        with httpx.Client(base_url=server.url, timeout=60) as http:
            for n in range(10):  # the burst of new pages this address may ask for
                http.get("/api/embed/summary", params={"site": "ledger", "url": f"{publisher.url}/gone-{n}"})
        page = browser.new_page()
        page.goto(f"{publisher.url}/en")
        page.get_by_role("button", name="Get a summary").click()
        told = page.locator("nutgraf-summary .e")
        told.wait_for()
        assert re.fullmatch(r"Too many requests right now; try again in \d+ seconds\.", told.inner_text())
        page.goto(f"{publisher.url}/ru")
        page.get_by_role("button", name="Показать краткое содержание").click()
        told.wait_for()
        assert re.fullmatch(
            r"Слишком много запросов\. Время до новой попытки: \d+ секунд[аы]?\.", told.inner_text()
        )
        page.close()


def test_a_page_a_nutgraf_fails_to_fetch_still_gets_the_calm_line(
    browser, world: World, seed_article: str
) -> None:
    # A 502 (the page could not be had) is no limit: no wait to tell, the line for no summary.
    page = browser.new_page()
    world.publisher.pages["/gone-widget"] = Page(
        publisher_page(
            seed_article,
            head=f'<script src="{world.nutgraf}/embed.js" async></script>',
            button=f'<nutgraf-summary site="ledger" url="{world.pub}/nowhere"></nutgraf-summary>',
        )
    )
    page.goto(f"{world.pub}/gone-widget")
    page.get_by_role("button", name="Get a summary").click()
    page.get_by_text("No summary is available for this page right now.").wait_for()
    page.close()


def _told_after_a_429(page, retry_after: int | str, origin: str) -> str:
    """What the widget tells its reader when nutgraf (or a proxy before it) answers 429 with ``retry_after``."""
    headers = {
        "Retry-After": str(retry_after),
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Expose-Headers": "Retry-After",
    }
    body = json.dumps({"status": 429, "detail": "too many requests"})
    page.unroute("**/api/embed/summary?*")
    page.route("**/api/embed/summary?*", lambda route: route.fulfill(status=429, headers=headers, body=body))
    page.locator("nutgraf-summary button").first.click()
    told = page.locator("nutgraf-summary .e")
    told.wait_for()
    return told.inner_text()


def test_a_proxy_s_day_long_wait_is_told_in_hours_in_each_language(
    browser, world: World, seed_article: str
) -> None:
    # A proxy before nutgraf answered Retry-After: 86400, and the widget said "try again in 86,400 seconds".
    page = browser.new_page()
    for language, labels in WIDGET_LABELS.items():
        world.publisher.pages[f"/wait-{language}"] = Page(
            publisher_page(
                seed_article, lang=language, head=f'<script src="{world.nutgraf}/embed.js" async></script>',
                button='<nutgraf-summary site="ledger"></nutgraf-summary>',
            )
        )  # fmt: skip
        page.goto(f"{world.pub}/wait-{language}")
        day = page.evaluate(
            "(lang) => new Intl.NumberFormat(lang, {style: 'unit', unit: 'hour', unitDisplay: 'long'}).format(24)",
            language,
        )
        told = _told_after_a_429(page, 86400, world.pub)
        assert told == labels["retry"].replace("{n}", day), language
        assert "86" not in told
    page.close()


def test_a_proxy_s_wait_past_a_day_gets_the_line_for_no_summary_in_each_language(
    browser, world: World, seed_article: str
) -> None:
    # A hostile proxy's Retry-After of "1e300" is an integer to Number.isInteger: the widget had told its reader
    # to try again in an hour count of 401 characters. Past a day, no wait is promised.
    page = browser.new_page()
    for language, labels in WIDGET_LABELS.items():
        world.publisher.pages[f"/long-wait-{language}"] = Page(
            publisher_page(
                seed_article, lang=language, head=f'<script src="{world.nutgraf}/embed.js" async></script>',
                button='<nutgraf-summary site="ledger"></nutgraf-summary>',
            )
        )  # fmt: skip
        for retry_after in ("1e300", "86401", "9" * 40):
            page.goto(f"{world.pub}/long-wait-{language}")
            assert _told_after_a_429(page, retry_after, world.pub) == labels["failed"], (
                language,
                retry_after,
            )
    page.close()


@pytest.mark.parametrize(
    ("retry_after", "said"),
    [
        (86400, "24 hours"),
        (5401, "2 hours"),
        (5400, "90 minutes"),
        (91, "2 minutes"),
        (90, "90 seconds"),
        (30, "30 seconds"),
        (1, "1 second"),
    ],
)
def test_a_wait_is_told_in_seconds_to_90_then_minutes_to_90_then_hours(
    browser, world: World, retry_after: int, said: str
) -> None:
    page = browser.new_page()
    page.goto(f"{world.pub}/zelensky")
    assert (
        _told_after_a_429(page, retry_after, world.pub)
        == f"Too many requests right now; try again in {said}."
    )
    page.close()


def test_the_service_wide_limit_tells_the_widget_s_reader_when_to_try_again(
    browser, seed_article: str, tmp_path
) -> None:
    # NUTGRAF_RATE_LIMIT's 429 (a middleware's) is read by the widget as a site's own 429 is: its reader is
    # told when to try again, not that there is no summary.
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'reader.db'}",
        background=False,
        rate_limit_per_minute=8,
        allow_loopback=True,
    )
    with ReaderServer(create_app(settings)) as server, Site() as publisher:
        script = f'<script src="{server.url}/embed.js" async></script>'
        for name in ("first", "second"):
            button = f'<nutgraf-summary site="ledger" url="{publisher.url}/{name}"></nutgraf-summary>'
            publisher.pages[f"/{name}"] = Page(publisher_page(seed_article, head=script, button=button))
        with httpx.Client(base_url=server.url, timeout=60) as http:
            assert http.post("/api/sites", json={"url": publisher.url, "id": "ledger"}).status_code == 201
            page = browser.new_page()
            page.goto(f"{publisher.url}/first")
            open_summary(page)  # the widget's first click, answered
            spent = [http.get("/api/articles").status_code for _ in range(10)]  # the address's share
            assert 429 in spent
        page.goto(f"{publisher.url}/second")
        page.get_by_role("button", name="Get a summary").click()
        told = page.locator("nutgraf-summary .e")
        told.wait_for()
        assert re.fullmatch(r"Too many requests right now; try again in \d+ seconds?\.", told.inner_text())
        page.close()
