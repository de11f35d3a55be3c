"""What a reader expects of a news article pasted from a page in any language, shared by the rounds of
tests/test_summary_world_news.py, tests/test_summary_world_news_more.py and the outlets' rounds
(tests/test_summary_outlets_more.py, tests/test_summary_outlets_third.py, tests/test_summary_outlets_fourth.py,
tests/test_summary_outlets_fifth.py, tests/test_summary_outlets_sixth.py,
tests/test_summary_outlets_seventh.py, tests/test_summary_outlets_eighth.py,
tests/test_summary_outlets_ninth.py, tests/test_summary_outlets_tenth.py,
tests/test_summary_outlets_eleventh.py, tests/test_summary_outlets_twelfth.py,
tests/test_summary_outlets_thirteenth.py, tests/test_summary_outlets_fourteenth.py,
tests/test_summary_outlets_fifteenth.py, tests/test_summary_outlets_sixteenth.py,
tests/test_summary_outlets_seventeenth.py, tests/test_summary_outlets_eighteenth.py,
tests/test_summary_outlets_nineteenth.py, tests/test_summary_outlets_twentieth.py,
tests/test_summary_outlets_twentyfirst.py, tests/test_summary_outlets_twentysecond.py):
the article as pasted, and the checks each round runs on its articles (:class:`OutletRound`, for a round's
test class to inherit) and on its pages (:class:`OutletPages`)."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from datetime import date
from typing import ClassVar

import pytest

import nutgraf
from nutgraf.engines.default import opens_unresolved
from nutgraf.extract.text import clean_text
from nutgraf.language import words
from nutgraf.segment import split_sentences


@dataclass
class OutletPage:
    """An outlets round's page as a fetch gets it, with what a reader expects of it: its title, byline, date,
    the lede its text opens on and the furniture lines it must not keep."""

    markup: str
    _: KW_ONLY
    title: str
    byline: str | None
    published: date
    lede: str
    furniture: tuple[str, ...]


@dataclass(frozen=True)
class World:
    """An article as pasted, with what a reader expects of it."""

    language: str
    text: str
    title: str | None  # the headline it opens on (None: it opens on its lede)
    dateline: str | None  # what opens the lede before its news
    lede: str  # how the lede's news opens
    furniture: tuple[str, ...]  # words of the page's lines, in no summary nor the cleaned text
    whole: tuple[str, ...]  # sentences split on their abbreviations or quotations at one's peril


OPTIONS = [{}, {"form": "tldr"}, {"length": "short"}]

# Two paragraphs of news about a line under test, for the rounds' tests of a line that goes or stays.
PROSE = (
    "The city council approved the new budget on Tuesday after a debate that lasted four hours.\n\n"
    "{line}\n\n"
    "The budget raises spending on roads and parks by 6 per cent and takes effect in January."
)
# The two paragraphs alone, as a cleaned text reads them.
NEWS = PROSE.format(line="").replace("\n\n\n\n", "\n\n")
# The same in German, for the world-news rounds' lines of a German page.
GERMAN_PROSE = (
    "Der Stadtrat hat am Dienstag ein neues Gesetz über den Nahverkehr beschlossen, wie die Stadt mitteilte.\n\n"
    "{line}\n\n"
    "Die Opposition kritisierte den Beschluss scharf und kündigte Widerstand im Landtag an."
)


def text(paragraphs: list[str]) -> str:
    """A story's paragraphs as a reader's copy sets them."""
    return "\n\n".join(paragraphs)


def html(paragraphs: list[str]) -> str:
    """A story's paragraphs as a page's markup sets them."""
    return "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def check_line_stays(line: str) -> None:
    """A line of news worded as a round's furniture, between two paragraphs of news, stays in the cleaned text."""
    assert line in clean_text(PROSE.format(line=line)).text


def check_line_leaves(line: str) -> None:
    """A page's line between two paragraphs of news leaves the cleaned text and the summaries."""
    text = PROSE.format(line=line)
    assert line not in clean_text(text).text
    assert line not in nutgraf.summarize(text, sentences=3).text


def names(articles: dict[str, object], left: dict[str, str]) -> list:
    """The articles' (or pages') names, those in ``left`` (a known miss, with why) as strict xfails."""
    return [pytest.param(name, marks=xfail_marks(left, name)) for name in sorted(articles)]


def xfail_marks(left: dict[str, str], *keys: str) -> list:
    """A strict xfail with the reason ``left`` gives the first of ``keys`` it holds; none where it holds none."""
    reason = next((left[key] for key in keys if key in left), None)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def page_params(pages: dict[str, OutletPage], left: dict[str, dict[str, str]], check: str) -> list:
    """The pages' names for a page ``check`` ("title", "text", ...), its known misses in ``left`` strict xfails."""
    return [pytest.param(name, marks=xfail_marks(left.get(check, {}), name)) for name in sorted(pages)]


class OutletPages:
    """The checks of a round's pages (its ``PAGES``, as a fetch gets them), for a round's test class
    (``Test...``) to inherit, one copy where each round had written the five tests again: the title, the
    byline, the date, the text and the summaries as :data:`OPTIONS` ask for them. ``LEFT``, by check
    ("title", "byline", "date", "text", "summary"), holds the known misses with why, each a strict xfail.
    Each test's failure is its check's (:func:`check_page_text`, ...), the page's name in its id."""

    PAGES: ClassVar[dict[str, OutletPage]] = {}
    LEFT: ClassVar[dict[str, dict[str, str]]] = {}
    _CHECKS: ClassVar[dict[str, str]] = {
        "test_a_page_s_title_is_its_headline": "title",
        "test_a_page_s_byline_is_its_writer_s": "byline",
        "test_a_page_s_date_is_its_story_s": "date",
        "test_a_page_s_text_keeps_the_story_and_none_of_its_furniture": "text",
        "test_a_page_s_summaries_hold_only_the_story_s_sentences": "summary",
    }

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        check = self._CHECKS.get(metafunc.function.__name__)
        if check is None:
            return
        if "options" in metafunc.fixturenames:
            metafunc.parametrize("options", OPTIONS, ids=["default", "tldr", "short"])
        metafunc.parametrize("name", page_params(self.PAGES, self.LEFT, check))

    def test_a_page_s_title_is_its_headline(self, name: str) -> None:
        check_page_title(self.PAGES[name])

    def test_a_page_s_byline_is_its_writer_s(self, name: str) -> None:
        check_page_byline(self.PAGES[name])

    def test_a_page_s_date_is_its_story_s(self, name: str) -> None:
        check_page_date(self.PAGES[name])

    def test_a_page_s_text_keeps_the_story_and_none_of_its_furniture(self, name: str) -> None:
        check_page_text(self.PAGES[name])

    def test_a_page_s_summaries_hold_only_the_story_s_sentences(self, name: str, options: dict) -> None:
        check_page_summary(self.PAGES[name], options)


class OutletLines:
    """The checks of a round's lines, for a round's test class (``Test...``) to inherit, one copy where each
    round had written the two tests again: ``LINES``, a page's boxes, notes and calls, each leaves the cleaned
    text and the summaries (:func:`check_line_leaves`), and ``NEWS_LIKE_LINES``, the story's own sentences
    worded near them, each stays (:func:`check_line_stays`). Each test's failure is its check's, the line in
    its id."""

    LINES: ClassVar[list[str]] = []
    NEWS_LIKE_LINES: ClassVar[list[str]] = []

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        lines = {
            "test_this_round_s_line_leaves_the_text_and_the_summaries": self.LINES,
            "test_news_worded_as_this_round_s_lines_stays": self.NEWS_LIKE_LINES,
        }.get(metafunc.function.__name__)
        if lines is not None:
            metafunc.parametrize("line", lines)

    def test_this_round_s_line_leaves_the_text_and_the_summaries(self, line: str) -> None:
        check_line_leaves(line)

    def test_news_worded_as_this_round_s_lines_stays(self, line: str) -> None:
        check_line_stays(line)


def check_page_title(page: OutletPage) -> None:
    """A page's title is its headline."""
    assert nutgraf.extract(page.markup).title == page.title


def check_page_byline(page: OutletPage) -> None:
    """A page's byline holds its writer's names; a page that credits no writer (``byline`` ``None``: a
    desk's job alone, "By Court Reporter") has none."""
    byline = nutgraf.extract(page.markup).byline
    if page.byline is None:
        assert byline is None, byline
    else:
        assert byline is not None and page.byline in byline, byline


def check_page_date(page: OutletPage) -> None:
    """A page's date is its story's."""
    published = nutgraf.extract(page.markup).published
    assert published is not None and published.date() == page.published


def check_page_text(page: OutletPage) -> None:
    """A page's cleaned text keeps its lede and none of its furniture."""
    cleaned = nutgraf.extract(page.markup).text
    assert page.lede in cleaned
    assert [mark for mark in page.furniture if mark in cleaned] == [], cleaned


def check_page_summary(page: OutletPage, options: dict) -> None:
    """A page's summary is of its cleaned text's sentences, none holding its furniture."""
    article = nutgraf.extract(page.markup)
    summary = nutgraf.summarize(article, **options)
    assert summary.sentences
    for sentence in summary.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert [mark for mark in page.furniture if mark in sentence.text] == [], sentence.text


def check_cleaned_text(article: World) -> None:
    """The cleaned text holds no furniture, keeps the lede, and the headline is the title."""
    cleaned = clean_text(article.text)
    assert cleaned.title == article.title
    assert not [mark for mark in article.furniture if mark.casefold() in cleaned.text.casefold()], (
        cleaned.text
    )
    assert article.lede in cleaned.text


def check_summary(article: World, options: dict) -> None:
    """Every summary is of the article's sentences, without furniture, none opening on the dateline."""
    summary = nutgraf.summarize(article.text, **options)
    assert summary.sentences, summary
    assert summary.source == clean_text(article.text).text
    for sentence in summary.sentences:
        assert summary.source[sentence.start : sentence.end] == sentence.text
        assert not [mark for mark in article.furniture if mark.casefold() in sentence.text.casefold()], (
            sentence.text
        )
        if article.dateline:
            assert not sentence.text.startswith(article.dateline.split()[0]), sentence.text
        if article.lede in sentence.text:
            assert sentence.text.startswith(article.lede), sentence.text


def check_language(article: World) -> None:
    assert nutgraf.summarize(article.text).language == article.language


def check_lede(article: World) -> None:
    # A news report's first paragraph says its news: a three-sentence summary without it misses the story.
    summary = nutgraf.summarize(article.text)
    assert [s.text for s in summary.sentences if s.text.startswith(article.lede)], summary.text


def check_sentences(article: World) -> None:
    """Sentences are split on the language's stops, not its abbreviations or quotations."""
    cleaned = clean_text(article.text).text
    split = [cleaned[span.start : span.end] for span in split_sentences(cleaned)]
    assert [sentence for sentence in article.whole if sentence not in split] == []


def check_opening(article: World) -> None:
    # "He said ..." or "But ..." first, after a sentence the summary left out, reads as if a page were
    # missing. The article's own first sentence may open as it likes.
    for options in [{}, {"sentences": 3}, {"form": "tldr"}]:
        summary = nutgraf.summarize(article.text, **options)
        first = summary.sentences[0]
        assert first.start == 0 or not opens_unresolved(words(first.text), summary.language), first.text


def check_keyphrases(article: World) -> None:
    """The keyphrases are the story's words: none is, or holds, a furniture line's."""
    phrases = [keyphrase.text for keyphrase in nutgraf.keyphrases(article.text)]
    assert phrases, article.title
    assert [
        phrase
        for phrase in phrases
        for mark in article.furniture
        if mark.casefold() in phrase.casefold() or phrase.casefold() in mark.casefold()
    ] == [], phrases


class OutletRound:
    """The checks of a round of outlets, for a round's test class (``Test...``) to inherit: its ``ARTICLES``,
    the writers' names in ``BYLINES`` (an article not there has a desk's or an agency's, or none), and
    ``LEFT``, by check (a test's name less ``test_``), the known misses with why, each a strict xfail (a
    summary's by the article's name, or by it and its options' label, "name-tldr").
    Every summary is checked as :data:`SUMMARY_OPTIONS` ask for it."""

    ARTICLES: ClassVar[dict[str, World]] = {}
    BYLINES: ClassVar[dict[str, str]] = {}
    LEFT: ClassVar[dict[str, dict[str, str]]] = {}
    SUMMARY_OPTIONS: ClassVar[dict[str, dict]] = {
        "default": {},
        "sentences3": {"sentences": 3},
        "tldr": {"form": "tldr"},
    }

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # A round whose every story credits its writer has no desk's byline to check: the check goes, where an
        # empty set of articles would be a skip, which CI fails (the fifteenth round's print stories).
        if all(name in cls.BYLINES for name in cls.ARTICLES):
            cls.test_a_desk_s_or_an_agency_s_name_is_no_person_s_byline = None  # type: ignore[assignment]

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        left = self.LEFT.get(metafunc.function.__name__.removeprefix("test_"), {})
        if "name" not in metafunc.fixturenames:
            return
        if "options" in metafunc.fixturenames:
            metafunc.parametrize(
                ("name", "options"),
                [
                    pytest.param(
                        name,
                        options,
                        id=f"{name}-{label}",
                        # A miss of some of an article's summaries only is keyed by its name and the label.
                        marks=xfail_marks(left, f"{name}-{label}", name),
                    )
                    for name in sorted(self.ARTICLES)
                    for label, options in self.SUMMARY_OPTIONS.items()
                ],
            )
        elif metafunc.function.__name__ == "test_the_byline_s_names_are_the_byline":
            metafunc.parametrize("name", names(self.BYLINES, left))
        elif metafunc.function.__name__ == "test_a_desk_s_or_an_agency_s_name_is_no_person_s_byline":
            desks = {name: article for name, article in self.ARTICLES.items() if name not in self.BYLINES}
            metafunc.parametrize("name", names(desks, left))
        else:
            metafunc.parametrize("name", names(self.ARTICLES, left))

    def test_every_known_miss_names_a_check_and_an_article(self) -> None:
        # A misspelt key would leave its miss a plain failure, or, once fixed, a stale line no XPASS flags.
        checks = {name.removeprefix("test_") for name in dir(self) if name.startswith("test_")}
        keys = {
            *self.ARTICLES,
            *(f"{name}-{label}" for name in self.ARTICLES for label in self.SUMMARY_OPTIONS),
        }
        assert [check for check in self.LEFT if check not in checks] == []
        assert [(check, key) for check, left in self.LEFT.items() for key in left if key not in keys] == []

    def test_the_byline_s_names_are_the_byline(self, name: str) -> None:
        byline = nutgraf.extract(self.ARTICLES[name].text).byline
        assert byline is not None and self.BYLINES[name] in byline, byline

    def test_a_desk_s_or_an_agency_s_name_is_no_person_s_byline(self, name: str) -> None:
        assert nutgraf.extract(self.ARTICLES[name].text).byline is None

    def test_the_cleaned_text_holds_no_furniture_and_the_headline_is_the_title(self, name: str) -> None:
        check_cleaned_text(self.ARTICLES[name])

    def test_every_summary_is_of_the_article_s_sentences_without_furniture_or_dateline(
        self, name: str, options: dict
    ) -> None:
        check_summary(self.ARTICLES[name], options)

    def test_the_language_is_detected(self, name: str) -> None:
        check_language(self.ARTICLES[name])

    def test_the_summary_holds_the_lede(self, name: str) -> None:
        check_lede(self.ARTICLES[name])

    def test_no_summary_opens_leaning_on_a_sentence_it_left_out(self, name: str) -> None:
        check_opening(self.ARTICLES[name])

    def test_keyphrases_hold_no_furniture(self, name: str) -> None:
        check_keyphrases(self.ARTICLES[name])

    def test_sentences_are_split_on_the_language_s_stops_not_its_abbreviations_or_quotations(
        self, name: str
    ) -> None:
        check_sentences(self.ARTICLES[name])
