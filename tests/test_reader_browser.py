"""The reader in a real browser (Debian's Chromium driven by Playwright): the summary appears in place,
an LLM's summary streams in and then shows what the article supports, Previous and Next work, and hostile
articles run no script."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from nutgraf.web import Settings, create_app
from servers import FakeLLM, ReaderServer, Reply


def story(topic: str) -> str:
    return (
        f"The {topic} committee met on Thursday to review the annual report.\n\n"
        f"Members said the {topic} programme had grown faster than expected. "
        "The chair promised a public consultation before any new rules are written. "
        f"Local groups welcomed the decision but asked for more money for {topic} projects.\n\n"
        "A final vote is planned for the spring, after the consultation closes."
    )


HOSTILE_TEXT = (
    'Officials said <script>window.pwned = "text"</script> the plan was safe. '
    "Read <a href=\"javascript:window.pwned='link'\">the report</a> for details. "
    "<img src=x onerror=\"window.pwned='img'\"> Critics disagreed with the plan."
)
HOSTILE_HTML = (
    '<html><head><title>Budget <script>window.pwned="head"</script></title></head><body><article>'
    "<h1>Budget vote <img src=x onerror=\"window.pwned='h1'\"></h1>"
    "<p>The council approved the budget after a long debate on Tuesday evening in the town hall.</p>"
    "<p onclick=\"window.pwned='p'\">Critics said <a href=\"javascript:window.pwned='a'\">the tax rise</a> "
    "would hurt small businesses across the county for years to come.</p>"
    "<script>window.pwned='body'</script><p>The mayor is expected to sign the budget next week "
    "after a final review by the finance committee and the city lawyers.</p></article></body></html>"
)


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[tuple[str, list[int]]]:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'reader.db'}", background=False, rate_limit_per_minute=0
    )
    with ReaderServer(create_app(settings)) as server:
        ids = []
        for topic in ("parks", "roads", "schools"):
            response = httpx.post(
                f"{server.url}/api/articles",
                json={"text": story(topic), "title": f"{topic.title()} plan approved"},
            )
            ids.append(response.json()["id"])
        yield server.url, ids


def test_summary_shows_in_place_and_links_into_the_body(browser, reader) -> None:
    url, ids = reader
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{url}/articles/{ids[1]}")
    page.evaluate("window.sameDocument = true")
    assert page.locator("#summary").is_hidden()

    page.get_by_role("button", name="Get a summary").click()
    items = page.locator("#summary .summary-list li a")
    items.first.wait_for()
    assert page.locator("#summary").is_visible()
    assert 1 <= items.count() <= 3
    assert page.evaluate("window.sameDocument") is True  # no reload happened
    # The summary's own address, as the page without JavaScript has it (shared, it shows the summary).
    assert (
        page.url == f"{url}/articles/{ids[1]}/summary?length=medium&form=paragraph&summarizer=default#summary"
    )
    first = items.first
    target = first.get_attribute("href")
    assert page.locator(f"{target}.in-summary").inner_text() == first.inner_text()
    assert page.locator(".body .s.in-summary").count() == items.count()

    first.click()
    assert page.url.endswith(target)
    assert page.evaluate("document.querySelector(':target').id") == target[1:]
    assert dialogs == []
    page.close()


def test_a_failed_summary_says_so_apart_from_the_summary_sentences(browser, reader) -> None:
    url, ids = reader
    page = browser.new_page()
    page.route("**/api/articles/*/summary/**", lambda route: route.fulfill(status=503, body="down"))
    page.goto(f"{url}/articles/{ids[0]}")
    page.get_by_role("button", name="Get a summary").click()
    error = page.locator("#summary p.summary-error[role=alert]")
    error.wait_for()
    assert error.inner_text().startswith("No summary this time")
    assert page.locator("#summary .summary-list li").count() == 0
    page.unroute("**/api/articles/*/summary/**")
    page.get_by_role("button", name="Get a summary").click()  # a retry that works clears the error
    page.locator("#summary .summary-list li a").first.wait_for()
    assert page.locator("#summary .summary-error").count() == 0
    page.close()


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        # A proxy's or a load balancer's page in front of the reader: "error 503", nothing to do.
        (
            {"status": 503, "body": "<html><body>Service Unavailable</body></html>"},
            "No summary this time: the server answered with error 503 and no reason; try again in a minute",
        ),
        # A proxy's refusal: no outage that a minute's wait ends.
        (
            {"status": 404, "body": "<html><body>Not Found</body></html>"},
            "No summary this time: the server answered with error 404 and no reason; reload the page and try"
            " again",
        ),
        # A proxy's own rate limit, saying how long to wait.
        (
            {"status": 429, "headers": {"Retry-After": "600"}, "body": "Too Many Requests"},
            "No summary this time: the server answered with error 429 and no reason; try again in 10 minutes",
        ),
        # The server's own reason is shown as it is.
        (
            {
                "status": 422,
                "content_type": "application/problem+json",
                "body": '{"title": "Unprocessable", "detail": "the article holds no sentence to summarize"}',
            },
            "No summary this time: the article holds no sentence to summarize",
        ),
        # The connection lost: the browser's own "Failed to fetch".
        (None, "No summary this time: the reader could not be reached; check the connection and try again"),
        # A stream cut before its summary.
        (
            {
                "status": 200,
                "content_type": "text/event-stream",
                "body": 'event: delta\ndata: {"text": "The"}\n\n',
            },
            "No summary this time: the connection closed before the summary was complete; try again",
        ),
    ],
)
def test_a_summary_that_fails_without_the_reader_s_words_says_what_to_do(
    browser, reader, answer, said
) -> None:
    url, ids = reader
    page = browser.new_page()
    page.route(
        "**/api/articles/*/summary/**",
        lambda route: route.abort() if answer is None else route.fulfill(**answer),
    )
    page.goto(f"{url}/articles/{ids[0]}")
    page.get_by_role("button", name="Get a summary").click()
    error = page.locator("#summary p.summary-error[role=alert]")
    expect(error).to_have_text(said)
    page.close()


def test_next_and_previous_follow_the_list(browser, reader) -> None:
    url, ids = reader
    page = browser.new_page()
    page.goto(f"{url}/articles/{ids[1]}")
    assert page.locator("h1").inner_text() == "Roads plan approved"
    next_link = page.get_by_role("link", name="Next article")
    assert "Parks plan approved" in next_link.inner_text()
    next_link.click()
    page.wait_for_url(f"{url}/articles/{ids[0]}")
    assert page.locator("h1").inner_text() == "Parks plan approved"
    page.get_by_role("link", name="Previous article").click()
    page.wait_for_url(f"{url}/articles/{ids[1]}")
    page.get_by_role("link", name="Previous article").click()
    page.wait_for_url(f"{url}/articles/{ids[2]}")
    assert page.locator("h1").inner_text() == "Schools plan approved"
    page.close()


@pytest.mark.parametrize("width", [1280, 360])
def test_the_article_list_is_searched_by_keyboard_without_javascript(browser, reader, width) -> None:
    url, ids = reader
    context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(url)
    search = page.get_by_role("searchbox", name="Search the articles")
    search.focus()
    page.keyboard.type("ROADS plan")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{url}/?q=ROADS+plan")
    assert page.locator(".teaser h2").all_inner_texts() == ["Roads plan approved"]
    assert page.locator("h1").inner_text() == "Articles holding “ROADS plan”"
    assert page.get_by_role("searchbox", name="Search the articles").input_value() == "ROADS plan"
    # The box and its button fit a phone's width.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.get_by_role("link", name="All articles", exact=True).click()
    assert page.locator(".teaser").count() == len(ids)
    context.close()


def test_the_form_works_by_keyboard_without_javascript(browser, reader) -> None:
    url, ids = reader
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{url}/articles/{ids[0]}")
    page.get_by_label("Length").select_option("long")
    page.get_by_role("button", name="Get a summary").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(
        f"{url}/articles/{ids[0]}/summary?length=long&form=paragraph&summarizer=default#summary"
    )
    assert page.locator("#summary .summary-list li a").count() == 3
    assert page.locator(".body .s.in-summary").count() == 3
    assert re.fullmatch(
        r"Reduced by \d\d%, under a minute saved\.", page.locator(".summary-reduction").inner_text()
    )
    context.close()


def test_without_javascript_a_summary_that_fails_says_so_beside_the_article(
    browser, reader, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An error page ("Something went wrong") had taken the article's place: the reader lost the story and
    # the menus, where the page with JavaScript says it in the summary box.
    url, ids = reader
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    llm.replies = [Reply(body="{garbage")]
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{url}/articles/{ids[0]}")
    page.get_by_label("Summarizer").select_option(label="Rewritten by a language model")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Get a summary").click()
    assert navigation.value.status == 503
    assert page.title() == "\u2068Parks plan approved\u2069 · nutgraf"
    assert page.locator("h1").inner_text() == "Parks plan approved"
    assert page.locator(".body .s").count() == 5
    error = page.locator("#summary p.summary-error[role=alert]")
    assert error.inner_text().startswith(
        f"No summary this time: the LLM server at {llm.url}/chat/completions"
    )
    assert "did not answer with JSON" in error.inner_text()
    assert page.locator("#summary .summary-note").is_hidden()
    assert page.get_by_label("Summarizer").input_value() == "llm"
    context.close()


def test_key_points_without_questions_show_in_place_with_what_they_save(browser, reader) -> None:
    url, ids = reader
    page = browser.new_page()
    page.goto(f"{url}/articles/{ids[2]}")
    page.get_by_label("Form").select_option(label="TL;DR (one sentence)")
    assert page.get_by_label("Length").is_disabled()  # one sentence, whatever the length
    page.get_by_label("Form").select_option(label="Key points")
    assert page.get_by_label("Length").is_enabled()
    page.get_by_label("questions").check()
    page.get_by_role("button", name="Get a summary").click()
    items = page.locator("#summary ol.form-key_points li a")
    items.first.wait_for()
    assert items.count() == 2  # medium, for a 70-word story
    assert page.evaluate("getComputedStyle(document.querySelector('#summary ol li')).listStyleType") == "disc"
    assert page.locator(".summary-reduction").inner_text().startswith("Reduced by ")
    assert page.url == (
        f"{url}/articles/{ids[2]}/summary?length=medium&form=key_points&summarizer=default&avoid=questions#summary"
    )
    page.close()


def summary_shown(page) -> list[str]:
    return page.locator("#summary .summary-list li").all_inner_texts()


def test_a_summary_shown_in_place_is_in_the_address_and_the_history(browser, reader) -> None:
    # The summary came in place and the address stayed the article's: a link copied from the address bar
    # opened the article without it, and Back left the article instead of going to the summary before.
    url, ids = reader
    page = browser.new_page()
    page.goto(f"{url}/articles/{ids[0]}")
    page.evaluate("window.sameDocument = true")
    page.get_by_label("Length").select_option(label="Long")
    page.get_by_label("Form").select_option(label="Key points")
    page.get_by_role("button", name="Get a summary").click()
    page.locator("#summary ol.form-key_points li a").first.wait_for()
    key_points = summary_shown(page)
    assert len(key_points) > 1
    shared = page.url
    assert shared == f"{url}/articles/{ids[0]}/summary?length=long&form=key_points&summarizer=default#summary"

    page.get_by_label("Form").select_option(label="TL;DR (one sentence)")
    page.get_by_role("button", name="Get a summary").click()
    page.locator("#summary ol.form-tldr li a").first.wait_for()
    tldr = summary_shown(page)
    assert page.url == f"{url}/articles/{ids[0]}/summary?form=tldr&summarizer=default#summary"
    assert len(tldr) == 1 and tldr != key_points

    page.go_back()
    page.locator("#summary ol.form-key_points").wait_for()
    assert page.url == shared and summary_shown(page) == key_points
    assert page.get_by_label("Form").input_value() == "key_points"
    assert page.get_by_label("Length").input_value() == "long" and page.get_by_label("Length").is_enabled()
    # The keyboard's place is the summary, as after asking for it; it had fallen to the page's start.
    expect(page.locator("#summary-heading")).to_be_focused()
    page.go_back()
    page.locator("#summary").wait_for(state="hidden")
    assert page.url == f"{url}/articles/{ids[0]}"
    expect(page.get_by_role("button", name="Get a summary")).to_be_focused()
    assert page.get_by_label("Form").input_value() == "paragraph"
    assert page.locator(".body .s.in-summary").count() == 0
    page.go_forward()
    page.locator("#summary ol.form-key_points").wait_for()
    assert summary_shown(page) == key_points
    assert page.evaluate("window.sameDocument") is True  # all in place

    # A sentence's link into the body is not a new view: Back from it stays on the summary.
    page.locator("#summary li a").first.click()
    page.go_back()
    assert page.url == shared and summary_shown(page) == key_points

    # The address copied opens the same summary, with the menus that asked for it.
    other = browser.new_page()
    other.goto(shared)
    assert summary_shown(other) == key_points
    assert other.get_by_label("Form").input_value() == "key_points"
    assert other.get_by_label("Length").input_value() == "long"
    # Back from a summary asked for there returns to the one it opened with.
    other.get_by_label("Form").select_option(label="TL;DR (one sentence)")
    other.get_by_role("button", name="Get a summary").click()
    other.locator("#summary ol.form-tldr li a").first.wait_for()
    other.go_back()
    other.locator("#summary ol.form-key_points").wait_for()
    assert other.url == shared and summary_shown(other) == key_points
    other.close()
    page.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_an_article_pasted_into_the_form_opens_in_the_reader(browser, reader, javascript) -> None:
    url, _ = reader
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(url)
    page.get_by_text("… or paste the article itself").click()
    page.get_by_label("Article text or page HTML").fill(story("harbour"))
    page.get_by_label("Title (optional)").fill("Harbour plan approved")
    page.get_by_role("button", name="Read it").click()
    page.wait_for_url(re.compile(rf"{re.escape(url)}/articles/\d+$"))
    assert page.locator("h1").inner_text() == "Harbour plan approved"
    context.close()


def test_a_long_url_in_a_headline_does_not_widen_a_phone_screen(browser, reader) -> None:
    url, ids = reader
    title = (
        "Report: https://www.example.com/2024/05/12/politics/senate-votes-to-extend-the-harbour-bridge-plan"
    )
    added = httpx.post(f"{url}/api/articles", json={"text": story("ferry"), "title": title}).json()["id"]
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in ("/", f"/articles/{added}", f"/articles/{ids[2]}"):  # the last links to it as Previous
        page.goto(url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    context.close()


def test_hostile_articles_run_no_script(browser, reader) -> None:
    url, _ = reader
    hostile_ids = [
        httpx.post(
            f"{url}/api/articles",
            json={
                "text": HOSTILE_TEXT,
                "title": '<script>window.pwned="title"</script><img src=x onerror=alert(1)>',
            },
        ).json()["id"],
        httpx.post(
            f"{url}/api/articles", json={"html": HOSTILE_HTML, "url": "https://news.example/budget"}
        ).json()["id"],
    ]
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for article_id in hostile_ids:
        for path in (f"/articles/{article_id}", f"/articles/{article_id}/summary", "/"):
            page.goto(url + path)
            page.wait_for_load_state("load")
            for link in page.locator("a").all():
                assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
            assert page.evaluate("typeof window.pwned") == "undefined", path
            # Not just blocked by the CSP: no hostile element made it into the page at all.
            assert page.locator("[onerror], [onclick], [onmouseover], img[src=x]").count() == 0
            assert [s.get_attribute("src") for s in page.locator("script").all()] in (
                [],
                ["/static/reader.js"],
            )
        page.goto(f"{url}/articles/{article_id}")
        page.get_by_role("button", name="Get a summary").click()
        page.locator("#summary .summary-list li").first.wait_for()
        page.locator("#summary").click()
        assert page.evaluate("typeof window.pwned") == "undefined"
    page.goto(f"{url}/articles/{hostile_ids[0]}")
    assert (
        page.locator("h1").inner_text().startswith('<script>window.pwned="title"</script>')
    )  # shown as text
    assert "<script>window.pwned" in page.locator(".body").inner_text()
    assert dialogs == []
    page.close()


def test_the_llm_summary_streams_in_then_shows_what_the_article_supports(
    browser, reader, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ids = reader
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    faithful = "The chair promised a public consultation before any new rules are written."
    invented = "Mayor Lena Ortiz cancelled the vote on Friday."
    # The server stops after the first words until the test has seen them on the page.
    reply = Reply(content=f"{faithful} {invented}", pause_after=4)
    llm.replies = [reply]
    page = browser.new_page()
    page.goto(f"{url}/articles/{ids[1]}")
    page.get_by_label("Summarizer").select_option(label="Rewritten by a language model")
    page.get_by_role("button", name="Get a summary").click()

    draft = page.locator("#summary .summary-draft")
    # The words come as several events: wait for all of those before the pause, not the first alone.
    expect(draft).to_have_text("The chair promised")
    assert page.locator("#summary").get_attribute("aria-busy") == "true"
    assert page.locator("#summary .summary-list li").count() == 0
    assert page.locator("#summary .summary-note").is_hidden()  # it describes the checked summary
    # A menu changed while the summary streams in is for the next one: the address had taken it, and
    # named a key-points summary for the paragraph shown.
    page.get_by_label("Form").select_option(label="Key points")
    reply.resume.set()

    unsupported = page.locator("#summary .summary-list li.unsupported")
    unsupported.wait_for()
    assert draft.is_hidden()
    assert "checked against the article" in page.locator("#summary .summary-note").inner_text()
    assert page.locator("#summary").get_attribute("aria-busy") is None
    assert unsupported.locator(".summary-text").inner_text() == invented
    verdict = unsupported.locator(".support").inner_text()
    assert verdict.startswith("Not supported by the article: it does not mention")
    assert "“Lena”" in verdict and "“Ortiz”" in verdict and "“Friday”" in verdict
    supported = page.locator("#summary .summary-list li.supported")
    assert supported.locator(".summary-text").inner_text() == faithful
    backing = supported.locator("a.backing")
    assert backing.count() == 1 and backing.inner_text().startswith("“The chair promised")
    target = backing.get_attribute("href")
    assert page.locator(f"{target}.in-summary").inner_text() == faithful
    assert page.locator(".body .s.in-summary").count() == 1
    assert page.url == f"{url}/articles/{ids[1]}/summary?length=medium&form=paragraph&summarizer=llm#summary"
    backing.click()
    assert page.url.endswith(target)
    assert len(llm.requests) == 1 and llm.requests[0]["json"]["stream"] is True
    page.close()


def test_a_hostile_llm_server_shows_as_text_or_a_clear_error_without_the_key(
    browser, reader, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ids = reader
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    monkeypatch.setenv("NUTGRAF_LLM_API_KEY", "sk-reader-secret")
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    def ask(article_id: int) -> None:
        page.goto(f"{url}/articles/{article_id}")
        page.get_by_label("Summarizer").select_option(label="Rewritten by a language model")
        page.get_by_role("button", name="Get a summary").click()

    markup = '<img src=x onerror="window.pwned=1"> The chair promised a <b>public</b> consultation.'
    llm.replies = [Reply(content=markup)]
    ask(ids[0])
    page.locator("#summary .summary-list li").first.wait_for()
    assert page.locator("#summary .summary-list li .summary-text").inner_text() == markup
    assert page.locator("#summary img, #summary b").count() == 0
    assert page.evaluate("typeof window.pwned") == "undefined" and dialogs == []

    # A model that never stops: the draft it wrote goes, and the reader says what happened.
    llm.replies = [Reply(stream=itertools.repeat(json.dumps({"choices": [{"delta": {"content": "la "}}]})))]
    ask(ids[1])
    error = page.locator("#summary .summary-error")
    error.wait_for(timeout=30_000)
    assert "more than 1,000,000 bytes" in error.inner_text()
    assert page.locator("#summary .summary-draft").is_hidden()

    llm.replies = [Reply(status=401, body={"error": {"message": "unknown key sk-reader-secret"}})]
    ask(ids[2])
    error.wait_for()
    assert "NUTGRAF_LLM_API_KEY" in error.inner_text()
    assert "sk-reader-secret" not in page.content()
    page.close()


def test_keyphrases_show_as_tags_under_the_summary_linked_into_the_body(browser, reader) -> None:
    url, ids = reader
    page = browser.new_page()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(f"{url}/articles/{ids[0]}")
    page.get_by_role("button", name="Get a summary").click()
    tags = page.get_by_role("list", name="Keyphrases").locator("a.keyphrase")
    tags.first.wait_for()
    shown = tags.all_inner_texts()
    assert "parks" in shown and len(shown) == len(set(shown)) == 8
    assert any("keyphrases=8" in address for address in asked if "/api/" in address)
    for tag in tags.all():  # each tag links to the body sentence it first occurs in
        assert tag.inner_text().lower() in page.locator(tag.get_attribute("href")).inner_text().lower()
    # The summary's own sentences are still the list above them, and the tags sit below it.
    summary_box = page.locator("#summary .summary-list").bounding_box()
    assert (
        page.locator(".summary-keyphrases").bounding_box()["y"] > summary_box["y"] + summary_box["height"] - 1
    )
    assert page.evaluate("getComputedStyle(document.querySelector('.summary-keyphrases')).display") == "flex"

    page.get_by_label("Form").select_option(label="TL;DR (one sentence)")
    page.get_by_role("button", name="Get a summary").click()
    page.locator("#summary ol.form-tldr li").first.wait_for()
    assert page.locator("#summary .summary-list li").count() == 1
    assert tags.all_inner_texts() == shown  # shown again, not added twice
    target = tags.first.get_attribute("href")
    tags.first.click()
    assert page.url.endswith(target)
    page.close()


ARABIC_STORY = (
    "أعلنت الحكومة يوم الخميس عن خطة جديدة لدعم المدارس في المناطق الريفية. "
    "وقال الوزير إن الخطة ستكلف مليار دولار على مدى خمس سنوات. "
    "ورحبت النقابات بالقرار، لكنها طالبت بمزيد من المعلمين.\n\n"
    "ومن المتوقع أن يصوت البرلمان على الخطة في الربيع المقبل، بعد انتهاء المشاورات العامة."
)
# Each element's language and the direction the browser lays its text out in; and where a list's markers
# go: its start padding is on the right in a right-to-left list.
DIRECTIONS = """
(selectors) => Object.fromEntries(selectors.map((selector) => {
  const node = document.querySelector(selector);
  const style = getComputedStyle(node);
  return [selector, [node.closest("[lang]").lang, style.direction, style.paddingRight !== "0px"]];
}))
"""


def test_an_arabic_article_and_its_summary_read_right_to_left(browser, reader) -> None:
    # The Arabic body, headline and summary were laid out left to right: lines aligned left, each
    # sentence's stop at its start, the summary's numbers on the left.
    url, _ = reader
    added = httpx.post(f"{url}/api/articles", json={"text": ARABIC_STORY, "title": "خطة المدارس"}).json()
    assert added["language"] == "ar"
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{url}/articles/{added['id']}")
    page.get_by_role("button", name="Get a summary").click()
    page.locator("#summary .summary-list li a").first.wait_for()
    shown = page.evaluate(DIRECTIONS, ["h1", "#body p", ".summary-list", ".summary-keyphrases li"])
    assert shown == {
        "h1": ["ar", "rtl", False],
        "#body p": ["ar", "rtl", False],
        ".summary-list": ["ar", "rtl", True],
        ".summary-keyphrases li": ["ar", "rtl", False],
    }
    # The page's own words stay English, left to right.
    assert page.evaluate(DIRECTIONS, [".gist h2"]) == {".gist h2": ["en", "ltr", False]}
    # Without JavaScript, the summary page lays it out the same way.
    page.goto(f"{url}/articles/{added['id']}/summary?length=medium")
    assert page.evaluate(DIRECTIONS, [".summary-list"]) == {".summary-list": ["ar", "rtl", True]}
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # In the list of articles, and as "Previous article" on the page of the one stored before it.
    page.goto(url)
    assert page.evaluate(DIRECTIONS, [".teaser .excerpt"]) == {".teaser .excerpt": ["ar", "rtl", False]}
    page.goto(f"{url}/articles/{added['id'] - 1}")
    # Its language too: a screen reader read the Arabic headline out with an English voice.
    assert page.evaluate(DIRECTIONS, [".previous .headline"]) == {".previous .headline": ["ar", "rtl", False]}
    page.close()


def test_a_long_url_in_a_summary_sentence_does_not_widen_a_phone_screen(browser, reader) -> None:
    # The body wrapped it, the summary above it did not: the page scrolled sideways by 180 px.
    url, _ = reader
    address = "https://www.example.com/2024/05/12/politics/senate-votes-to-extend-the-harbour-bridge-plan"
    text = f"The council put the budget online at {address} on Thursday.\n\n{story('budget')}"
    added = httpx.post(f"{url}/api/articles", json={"text": text, "title": "Budget online"}).json()["id"]
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(f"{url}/articles/{added}/summary?summarizer=lead")
    assert address in page.locator("#summary .summary-list li").first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.close()


def test_by_keyboard_the_button_keeps_its_focus_and_contrast_while_it_summarizes_and_after_a_failure(
    browser, reader, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The button was disabled while it summarized: its "Summarizing…" faded to 2.9:1, and the keyboard's
    # focus went to the page, so that after a failure Tab started again from the top.
    url, ids = reader
    focused = "document.activeElement.textContent"
    page = browser.new_page()
    page.route("**/api/articles/*/summary/**", lambda route: route.fulfill(status=503, body="down"))
    page.goto(f"{url}/articles/{ids[0]}")
    page.get_by_role("button", name="Get a summary").focus()
    page.keyboard.press("Enter")
    page.locator("#summary p.summary-error[role=alert]").wait_for()
    assert page.evaluate(focused) == "Get a summary"
    page.unroute("**/api/articles/*/summary/**")
    page.keyboard.press("Enter")  # try again, from where the reader is
    page.locator("#summary .summary-list li a").first.wait_for()

    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    reply = Reply(
        content="The chair promised a public consultation before any new rules are written.", pause_after=4
    )
    llm.replies = [reply]
    page.goto(f"{url}/articles/{ids[1]}")
    page.get_by_label("Summarizer").select_option(label="Rewritten by a language model")
    page.get_by_role("button", name="Get a summary").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#summary .summary-draft")).to_have_text("The chair promised")
    assert page.evaluate(focused) == "Summarizing…"
    button = page.locator(".get-summary button")
    assert (
        button.get_attribute("aria-disabled") == "true"
        and button.evaluate("b => getComputedStyle(b).opacity") == "1"
    )
    page.keyboard.press("Enter")  # while it is written, another press asks for nothing more
    reply.resume.set()
    page.locator("#summary .summary-list li.supported").wait_for()
    assert len(llm.requests) == 1
    assert button.get_attribute("aria-disabled") is None and button.inner_text() == "Get a summary"
    page.close()


def test_by_keyboard_the_summary_heading_shows_the_focus_it_is_given(browser, reader) -> None:
    # The summary's heading took the focus when it was shown, with its outline turned off: a reader on
    # the keyboard lost sight of where the next Tab would start.
    url, ids = reader
    page = browser.new_page()
    page.goto(f"{url}/articles/{ids[0]}")
    page.get_by_role("button", name="Get a summary").focus()
    page.keyboard.press("Enter")
    page.locator("#summary .summary-list li a").first.wait_for()
    assert page.evaluate("document.activeElement.id") == "summary-heading"
    outline = page.evaluate(
        "(({ outlineStyle, outlineWidth }) => [outlineStyle, outlineWidth])(getComputedStyle(document.activeElement))"
    )
    assert outline == ["solid", "3px"]
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.summary-list') !== null")
    page.close()


def test_in_forced_colours_the_button_keeps_an_outline(browser, reader) -> None:
    # Windows high contrast drops the button's fill: without a border it was a line of text like any other.
    url, ids = reader
    page = browser.new_page(forced_colors="active")
    page.goto(f"{url}/articles/{ids[0]}")
    border = page.get_by_role("button", name="Get a summary").evaluate(
        "(button) => [getComputedStyle(button).borderTopWidth, getComputedStyle(button).borderTopStyle]"
    )
    assert border == ["1px", "solid"]
    page.close()


def test_the_summary_shown_is_busy_while_the_next_one_is_made(browser, reader) -> None:
    # Asking again with other options left the old summary as it was, not aria-busy, until the new one
    # replaced it: a screen reader had no sign that it was about to change.
    url, ids = reader
    page = browser.new_page()
    page.goto(f"{url}/articles/{ids[0]}")
    page.get_by_role("button", name="Get a summary").click()
    page.locator("#summary .summary-list li a").first.wait_for()
    assert page.locator("#summary").get_attribute("aria-busy") is None
    held: list = []
    page.route("**/api/articles/*/summary/**", lambda route: held.append(route))
    page.get_by_label("Form").select_option(label="TL;DR (one sentence)")
    page.get_by_role("button", name="Get a summary").click()
    expect(page.locator(".get-summary button")).to_have_text("Summarizing…")
    assert page.locator("#summary").get_attribute("aria-busy") == "true"
    assert len(held) == 1 and page.locator("#summary .summary-list li").count() > 1  # the old one, still
    held[0].continue_()
    page.locator("#summary ol.form-tldr li").first.wait_for()
    assert page.locator("#summary").get_attribute("aria-busy") is None
    page.close()


def test_a_one_sentence_story_s_summary_says_it_is_the_whole_article(browser, reader) -> None:
    url, _ = reader
    flash = (
        "Heavy snow has closed the M62 in both directions, with drivers stuck for several hours overnight."
    )
    article_id = httpx.post(f"{url}/api/articles", json={"text": flash, "title": "M62 closed"}).json()["id"]
    page = browser.new_page()
    page.goto(f"{url}/articles/{article_id}")
    page.get_by_role("button", name="Get a summary").click()
    reduction = page.locator(".summary-reduction")
    reduction.wait_for()
    # Not "Reduced by 0%, under a minute saved."
    assert reduction.inner_text() == "Not reduced: the summary is the whole article."


def test_an_article_that_opens_with_a_long_url_does_not_widen_the_list_on_a_phone(browser, reader) -> None:
    # The list's excerpt of it, 217 characters of the address with no place to break, widened the page
    # to 2,085 px: the whole list scrolled sideways.
    url, _ = reader
    address = "https://www.example.com/plans?token=" + "Zm9yIGFueW9uZQ" * 140  # 2,000 characters
    text = f"{address} is where the council put the full plan for anyone who wants to read it.\n\n{story('plan')}"
    httpx.post(f"{url}/api/articles", json={"text": text, "title": "Plan online"}).raise_for_status()
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(url)
    assert (
        page.locator(".teaser .excerpt").first.inner_text().startswith("https://www.example.com/plans?token=")
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


# For each label of the summary's options: whether it stands with its menu, on its line before it or
# right above it.
LABELS_WITH_MENUS = """
() => Array.from(document.querySelectorAll(".get-summary label[for]")).map((label) => {
  const shown = label.getBoundingClientRect();
  const menu = document.getElementById(label.htmlFor).getBoundingClientRect();
  const middle = (shown.top + shown.bottom) / 2;
  const beside = menu.top <= middle && middle <= menu.bottom && shown.right <= menu.left;
  const above = Math.abs(shown.left - menu.left) < 1 && shown.bottom <= menu.top && menu.top - shown.bottom < 16;
  return [label.htmlFor, beside || above];
})
"""


@pytest.mark.parametrize("width", [1280, 390])
def test_each_summary_option_s_label_stays_with_its_menu(browser, reader, width) -> None:
    # The row of options wrapped between a label and its menu: "Summarizer" ended one line (on a phone,
    # "Form") and its menu began the next, under the words of another option.
    url, ids = reader
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(f"{url}/articles/{ids[0]}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(LABELS_WITH_MENUS) == [
        ["length", True],
        ["form", True],
        ["summarizer", True],
    ]
    page.close()


AVOID_CONTROLS = """
() => {
  const legend = document.querySelector('fieldset.avoid legend').getBoundingClientRect();
  const line = parseFloat(getComputedStyle(document.querySelector('fieldset.avoid legend')).lineHeight);
  const boxes = [...document.querySelectorAll('fieldset.avoid label')].map(label => {
    const box = label.getBoundingClientRect();
    const tick = label.querySelector('input').getBoundingClientRect();
    return [label.textContent.trim(), box.width >= 24 && box.height >= 24, tick.width >= 16 && tick.height >= 16];
  });
  return [legend.height < line * 1.5, boxes];
}
"""


@pytest.mark.parametrize("width", [1280, 360])
def test_the_leave_out_controls_are_one_line_and_big_enough_to_tap(browser, reader, width) -> None:
    # On a 360 px phone "Leave out" broke into two lines beside its boxes, and each box was the browser's
    # 13 px square in a label 20 px tall: under the 24 px a finger's target needs (WCAG 2.5.8).
    url, ids = reader
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(f"{url}/articles/{ids[0]}")
    assert page.evaluate(AVOID_CONTROLS) == [True, [["questions", True, True], ["quotes", True, True]]]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.close()


def test_a_paste_that_is_refused_says_so_in_the_page_s_title(browser, reader) -> None:
    # The page that shows the form again with what went wrong was titled "Articles · nutgraf", as the
    # list is: the first thing a screen reader says of the new page gave no sign that the paste failed.
    url, _ = reader
    page = browser.new_page()
    page.goto(url)
    page.get_by_role("button", name="Read it").click()
    page.locator("form.add .error").wait_for()
    assert page.title() == "Error: Articles · nutgraf"
    page.close()


def test_a_refused_paste_opens_with_the_focus_on_the_field_to_mend(browser, reader) -> None:
    # The page shown again opened on its top, the field to mend a dozen tabs away; the focus is now on the
    # paste box where a paste was refused, and on the link's field where nothing was given.
    url, _ = reader
    page = browser.new_page()
    page.goto(url)
    page.get_by_text("… or paste the article itself").click()
    page.get_by_label("Article text or page HTML").fill("We use cookies. Accept all cookies.")
    page.get_by_role("button", name="Read it").click()
    page.locator("form.add .error").wait_for()
    assert page.evaluate("document.activeElement.id") == "content"
    expect(page.get_by_label("Article text or page HTML")).to_have_accessible_description(
        re.compile("page furniture")
    )
    page.get_by_label("Article text or page HTML").fill("")
    page.get_by_role("button", name="Read it").click()
    page.locator("form.add .error").wait_for()
    assert page.evaluate("document.activeElement.id") == "url"
    page.close()
