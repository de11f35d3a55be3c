"""A long article in a real browser (Debian's Chromium driven by Playwright): it is shown a page at a time,
and the summary shown in place links to a sentence on another page."""

from __future__ import annotations

from pathlib import Path

import httpx
from playwright.sync_api import expect

from nutgraf.web import Settings, create_app
from servers import ReaderServer

LONG_ARTICLE = "\n\n".join(
    f"Paragraph {n} says the council met on day {n}. It approved plan {n} after a long debate."
    for n in range(1, 1_200)
)


def test_a_summary_sentence_on_another_page_links_there(browser, tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'reader.db'}", background=False, rate_limit_per_minute=0
    )
    with ReaderServer(create_app(settings)) as server:
        article = httpx.post(f"{server.url}/api/articles", json={"text": LONG_ARTICLE}).json()
        page = browser.new_page()
        page.goto(f"{server.url}/articles/{article['id']}?page=2")
        assert page.locator(".page-number").inner_text() == "Page 2 of 6"
        page.get_by_label("Form").select_option("tldr")  # one sentence: the first, from lead
        page.get_by_label("Summarizer").select_option("lead")
        page.get_by_role("button", name="Get a summary").click()
        link = page.locator("#summary .summary-list li a")
        link.wait_for()
        # The first sentence is on page 1: not a span of this page, which must not be marked instead.
        # The summary's address kept the page read; its link to page 1 keeps the summary (as the page
        # without JavaScript links it), where it had opened page 1 without it.
        summary = f"{server.url}/articles/{article['id']}/summary?form=tldr&summarizer=lead"
        assert page.url == f"{summary}&page=2#summary"
        assert link.get_attribute("href") == f"{summary}&at=0#s-0"
        assert page.locator(".body .s.in-summary").count() == 0
        link.click()
        page.wait_for_url(f"{summary}&at=0#s-0")
        assert page.locator(".page-number").inner_text() == "Page 1 of 6"
        assert page.locator("#summary .summary-list li a").get_attribute("href") == "#s-0"
        assert page.evaluate("document.querySelector(':target').id") == "s-0"
        page.close()


def test_a_right_to_left_override_in_a_title_does_not_turn_the_tab_s_name_around(
    browser, tmp_path: Path
) -> None:
    # The title "Budget <U+202E>plan" made the tab read "Budget nalp · fargtun": the override ran on to
    # the end of the tab's text, over nutgraf's own name.
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'reader.db'}", background=False, rate_limit_per_minute=0
    )
    with ReaderServer(create_app(settings)) as server:
        text = "The council met on Monday. It approved the budget after a long debate."
        article = httpx.post(
            f"{server.url}/api/articles", json={"text": text, "title": "Budget \u202eplan"}
        ).json()
        page = browser.new_page()
        page.goto(f"{server.url}/articles/{article['id']}")
        # The tab's text laid out as a line of the page: where do the first and last letters of nutgraf go?
        first_left, last_left = page.evaluate(
            """() => {
                const line = document.createElement("div");
                line.textContent = document.title;
                document.body.append(line);
                const text = line.firstChild, at = document.title.lastIndexOf("nutgraf");
                const left = (i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1);
                                      return r.getBoundingClientRect().left; };
                return [left(at), left(at + 6)];
            }"""
        )
        assert first_left < last_left
        page.close()


def test_summaries_asked_in_a_loop_show_though_the_browser_refuses_more_history(
    browser, tmp_path: Path
) -> None:
    # Safari refuses history.pushState past 100 calls in 10 s, and Firefox past its own rate or a state of
    # 16 MiB, with a SecurityError: a reader asking summary after summary (a script, a held key) had been told
    # 'No summary this time: ...' for a summary that had come. Chromium drops such calls without an error, so
    # its pushState is made to refuse as those browsers' does.
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'reader.db'}", background=False, rate_limit_per_minute=0
    )
    with ReaderServer(create_app(settings)) as server:
        article = httpx.post(f"{server.url}/api/articles", json={"text": LONG_ARTICLE}).json()
        page = browser.new_page()
        page.add_init_script(
            "history.pushState = () => { throw new DOMException("
            "'Attempt to use history.pushState() more than 100 times per 10 seconds', 'SecurityError'); };"
        )
        page.goto(f"{server.url}/articles/{article['id']}")
        page.get_by_label("Form").select_option("tldr")
        page.get_by_label("Summarizer").select_option("lead")
        button = page.get_by_role("button", name="Get a summary")
        button.click()
        expect(button).not_to_have_attribute("aria-disabled", "true")  # the answer is in
        assert "No summary" not in page.locator("#summary").inner_text()
        assert page.locator("#summary .summary-list li a").count() == 1
        page.close()
