"""Every regular expression nutgraf applies to text it does not control runs in time linear in the text.

A pattern that backtracks super-linearly turns one ordinary page into minutes of CPU (issue 13: a page
opening with 20 HTML comments held a worker for seconds, each further comment doubling it). The
registry below names each pattern, how the code applies it (``search``, ``scan`` for ``finditer``,
for it; every pattern is also fed a generic set of hostile shapes (runs of white space, punctuation,
one letter, "a ", unclosed tags and comments). Each shape is grown until it takes a measurable time,
then to eight times that size: a linear pattern takes about eight times as long, a quadratic one 64
times, an exponential one never finishes (each doubling is checked on the way, and a run is stopped
after a few seconds). The bound is generous (three times linear) and a failing ratio is measured again
before it counts, since the machine may be busy.

A second test reads the package's source: every ``re`` call must compile a module-level pattern, and
every such pattern must be in the registry or in :data:`TRUSTED` with the reason its input is
nutgraf's own, so that no new pattern slips in unaudited.
"""

from __future__ import annotations

import ast
import gc
import importlib
import re
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src"

#: A measured run must take at least this long (seconds of CPU) for its time to mean something.
_MEASURABLE_S = 0.0003
#: A shape this long that still runs faster than _MEASURABLE_S is linear for any purpose.
_MAX_CHARS = 1 << 17
#: Eight times the text may take at most this many times as long (linear: 8; quadratic: 64).
_MAX_RATIO = 24
#: While the text grows to a measurable size, one doubling may take at most this many times as long
#: (cubic: 8; exponential: more).
_MAX_STEP_RATIO = 16
#: A single run stopped after this long has failed whatever the ratio.
_RUN_LIMIT_S = 3
_ATTEMPTS = 3


@dataclass(frozen=True)
class Shape:
    """Text of about ``size`` characters: ``head``, then ``unit`` repeated, then ``tail``."""

    unit: str
    tail: str = ""
    head: str = ""

    def text(self, size: int) -> str:
        return self.head + self.unit * max(1, size // len(self.unit)) + self.tail

    def __str__(self) -> str:
        return f"{self.head!r} + {self.unit!r} * n + {self.tail!r}"


@dataclass(frozen=True)
class Use:
    """How the code applies a pattern, and the shapes of input worst for it."""

    how: str  # "search", "scan" (finditer, findall, sub, split), "match" or "fullmatch"
    shapes: tuple[Shape, ...] = ()


def _shapes(*units: str, tails: tuple[str, ...] = ("", "!")) -> tuple[Shape, ...]:
    return tuple(Shape(unit, tail) for unit in units for tail in tails)


#: Hostile input every pattern gets: white space, punctuation, one letter, "a ", unclosed tags and
#: comments, digits, quotes, scripts without spaces; each run ends in the text's end or in a character
#: that fails the match.
GENERIC = tuple(
    Shape(unit, tail)
    for unit, tail in (
        (" ", "!"), ("\n", ""), ("\t \n", "x"), ("a", "!"), ("A", ""), ("1", "!"), ("a ", ""), ("Aa. ", "!"),
        (".", ""), ("!?", "x"), ("。", ""), ("‘", "!"), ("``", ""), ("'", "!"), ('"', ""), ("-", "!"),
        (":=", ""), ("<", "!"), ("<a ", ""), ("</a", "!"), ("<!--", ""), ("<!-- a -->", "!"), ("@", ""),
        ("é", "!"), ("д", ""), ("中", "!"), ("www.", ""), ("http://", "!"),
    )
)  # fmt: skip

#: Each pattern applied to page, feed, article, summary or request text, by module and name.
# The worst inputs of the notices standing alone under a story (furniture._CLOSING_NOTICE), which two
# patterns hold.
_CLOSING_NOTICE_SHAPES = (
    Shape("a ", "!", "contact "),
    Shape("a.", "!", "contact a at a@"),
    Shape(".a", "!", "contact a at a@a"),
    Shape("a ", "!", "keep up with the latest news "),
    Shape("a ", "!", "like a on facebook, follow @a on x "),
    Shape("a ", "!", "published in "),
    Shape("a ", "!", "this segment aired on "),
    Shape("1 ", "!", "this segment aired on monday, december "),
    Shape("a ", "!", "please use chrome browser "),
    Shape("a ", "!", "followed categories will be added to my "),
    Shape("a ", "!", "comments: our "),
    Shape("a ", "!", "we want our comments to be "),
    Shape("a ", "!", "this story can be republished "),
    Shape("a ", "!", "you may republish our stories "),
    Shape("a. ", "!", "you may republish our stories a. read our "),
    Shape("a ", "!", "this report by "),
    Shape("1 ", "!", "this report by the a was first published monday, dec "),
    Shape("a ", "!", "we care about your data. read our privacy "),
    Shape("a ", "!", "we want to hear from you. share "),
    Shape("a ", "!", "found a mistake? "),
    Shape("a ", "!", "donate today to keep "),
    Shape("a ", "!", "please give now to help support a "),
    Shape("our ", "!"),
    Shape("a.", "!", "for a reprint of this article, contact a@a"),
    Shape("a ", "!", "get "),
    Shape("a ", "!", "get a delivered to your inbox "),
    Shape("a ", "!", "arrangements by "),
    Shape("1 ", "!", "nutrition: "),
    Shape("1 ", "!", "per serving: 520 calories "),
    Shape("a ", "!", "diese nachricht wurde am 04.12.2026 im programm "),
    Shape("a ", "!", "this article appeared in "),
    Shape("a ", "!", "cet article est paru dans l'édition du "),
    Shape("a ", "!", "dit artikel verscheen in de krant van "),
    Shape("a ", "!", "artiklen blev bragt i "),
    Shape("a ", "!", "diese nachricht wurde am 04.12.2026 im programm a "),
    Shape("a ", "!", "dieser beitrag wurde im programm "),
    Shape("a ", "!", "dit item is uitgezonden in "),
    Shape("a ", "!", "dit item is uitgezonden in a "),
    Shape("a ", "!", "audio is not supported in your browser "),
)

REGISTRY: dict[str, Use] = {
    "nutgraf.article._NOT_IN_A_HOST": Use("search"),
    "nutgraf.article._CONTROLS": Use("scan", _shapes("\x00", "\x85", "a\x00")),
    "nutgraf.article._CUT_MARK": Use("search", _shapes(".", "..", "…", ". .")),
    "nutgraf.check._NUMBER": Use(
        "scan", _shapes("1.", "1,1", "1 a", "1 a1", "1.1.", "1 111", "11 111 ", "1\u202f111,1", "1 1111 ")
    ),
    "nutgraf.check._SPLIT_NUMBER": Use("scan", _shapes("1. ", "1, 1", "1111, 1")),
    "nutgraf.check._PHONE_NUMBER": Use(
        "scan", _shapes("+1 1", "+1 (1", "+1 1)", "+11 1111", "(01) 111 ", "01 111 1", "111-111-", "111 1")
    ),
    "nutgraf.check._NUMBER_WORD": Use("scan", _shapes("twenty ", "twenty-", "one million ")),
    "nutgraf.check._QUOTE": Use("scan", _shapes("‘a", "``a", "“ab", "‘a’", "``a'", "„")),
    "nutgraf.check._PERCENT": Use("search", _shapes("per ", "pct")),
    "nutgraf.check._CAPITALISED": Use("scan", _shapes("A'", "Aa-")),
    "nutgraf.check._SENTENCE_START": Use("match", _shapes("_", "!_")),
    "nutgraf.check._NUMBER_SEPARATOR": Use("scan"),
    "nutgraf.store.articles._AGE": Use("fullmatch", _shapes("1", "1 ", " ", "11111 ")),
    "nutgraf.cli.render._MARKDOWN_INLINE": Use("scan", _shapes("[", "\\", "[a](")),
    "nutgraf.cli.render._MARKDOWN_BULLET": Use("scan", _shapes(" ", "\t", "\n ", "\n-", " \n")),
    "nutgraf.cli.render._MARKDOWN_NUMBER": Use("scan", _shapes("1", " 1", "\n1", "\n 1", " ", "1111111111.")),
    "nutgraf.decode._CONTROL_CHARS": Use("scan", _shapes("\x00", "\x85")),
    "nutgraf.decode._SEPARATING_CONTROLS": Use(
        "scan", _shapes("a\x00", "\x00", "\x85", "\x85\x00", "a\x85", "a\x85\x85\x00", "a\x00 ")
    ),
    "nutgraf.decode._LONE_SURROGATES": Use("scan", _shapes("\ud800")),
    "nutgraf.decode._UNCLEAN": Use("search"),
    "nutgraf.decode._C1_BYTES": Use("search", _shapes("\x85", "Â")),
    "nutgraf.decode._MOJIBAKE_UTF8": Use("search", _shapes("é", "é»", "áš", "ã\u20ac", "ð\u0178\u02dc")),
    "nutgraf.decode._SYMBOL_BY_LETTER": Use("scan", _shapes("a¡", "¢a")),
    "nutgraf.decode._ACCENTED_RUN": Use("scan", _shapes("ÀÀ ", "À")),
    "nutgraf.decode._CASE_FLIP": Use("scan", _shapes("aA")),
    "nutgraf.decode._MIXED_SCRIPT": Use("scan", _shapes("aд")),
    "nutgraf.decode._CYRILLIC_CAPITALS": Use("scan", _shapes("ДДДД ", "Д")),
    "nutgraf.decode._UNLIKELY": Use("scan", _shapes("→")),
    "nutgraf.decode._CENTRAL_EUROPEAN": Use("scan", _shapes("ą")),
    "nutgraf.decode._FRENCH_OE": Use("scan", _shapes("œ", "œi", "œu")),
    "nutgraf.decode._SOFT_BY_VOWEL": Use("scan", _shapes("ńa", "ń", "śu", "ś")),
    "nutgraf.decode._NON_ASCII_RUN": Use("scan", _shapes("é", "a é", "Дa")),
    "nutgraf.decode._STRAY_RUN": Use("scan", _shapes("\udce9", "a\udce9", "\udce9\udc80 ")),
    "nutgraf.decode._LATIN_BY_GREEK": Use("scan", _shapes("aα", "αa")),
    "nutgraf.decode._FORBIDDEN_UTF8": Use("scan", _shapes("\x80", "\u0800")),
    "nutgraf.decode._FORBIDDEN_FORM": Use(
        "scan", _shapes("\udcc0\udcae", "\udce0\udc80", "\udcf0\udc80\udc80")
    ),
    "nutgraf.decode._FORBIDDEN_RUN": Use(
        "scan", _shapes("\udcc0\udcae", "\udce0\udc80\udcae", "\udcc0", tails=("", "\udce9", "!"))
    ),
    "nutgraf.decode._BESIDE_STRAYS": Use("scan", _shapes("\udce9", "é\udce9", "\udce9é", "é")),
    "nutgraf.decode._BY_STRAYS": Use(
        "scan", _shapes("\udce9", "\udce9 ", "\udce9 人", "人", "人 ", "人\udce9")
    ),
    "nutgraf.decode._WORD": Use("scan", _shapes("a", "é", "a\u0301", ";a", "1a", "&#3;a")),
    "nutgraf.engines.llm._THINKING": Use("scan", _shapes("<think>", "<think></thi")),
    "nutgraf.engines.llm._POINT_MARKER": Use("match", _shapes("- ", "1.", "11)")),
    "nutgraf.engines.llm._ARTICLE_TAG": Use("scan", _shapes("<article", "</article ", "<article\t")),
    "nutgraf.extract._FEED_ROOT": Use("match", _shapes("<rss", "<feed")),
    "nutgraf.extract._ADDRESSES_ONLY": Use(
        "fullmatch",
        (
            *_shapes("http://", "https://a ", "http://a\n", " \n", "https://a.example/b?c=d "),
            # The repeated address group run on past a page's worth of addresses into a word.
            Shape("https://a.example/b ", "x y"),
        ),
    ),
    "nutgraf.feeds._XML_ENCODING": Use(
        "match", (*_shapes("<?xml ", "encoding", "encoding= "), Shape(" ", '<?xml encoding="a"', " "))
    ),
    "nutgraf.feeds._CROWDED_TAG": Use(
        "search",
        (
            *_shapes("<a ", '<a a="', "<a a='>", '<a a = ">" ', "<a <a", 'a="<a '),
            *(Shape(unit, tail, "<a ") for unit in ('a="" ', "a = ' '", 'a="', "=") for tail in ("", "<")),
        ),
    ),
    "nutgraf.feeds._ITEM_OPENER": Use("search", _shapes("<item", "<entry", "<items", "<")),
    "nutgraf.feeds._MERIDIEM_TIME": Use("search", _shapes("1:00 ", "1:00 P", "12:00:0", "1:00 a.", "1")),
    "nutgraf.feeds._UNMARKED_OPENING": Use(
        "match", _shapes(" \x00", "\x00 ", " \x00\x00\x00", "\x00\x00\x00 ")
    ),
    "nutgraf.feeds._ELEMENT_START": Use("search", _shapes("<!", "<1", "<<", "<!DOCTYPE ")),
    "nutgraf.extract.html.body._ERROR_STATUS": Use("match", _shapes(" ", "error ", "4")),
    "nutgraf.extract.html.body._SHINGLE_WORD": Use("scan"),
    "nutgraf.extract.html.body._FEEDBACK_QUESTION": Use(
        "fullmatch", _shapes("was this page ", "this ", " ?")
    ),
    "nutgraf.extract.html.body._SENTENCE_END": Use("scan", _shapes("a.", "a.)", "።")),
    "nutgraf.extract.html.body._SPACE_RUN": Use("scan", _shapes("  ", " \t")),
    "nutgraf.extract.html.body._BLANK_LINES": Use("scan", _shapes("\n ", "\n\t", "\n \t\r")),
    "nutgraf.extract.html.body._NAME_WORD": Use("scan"),
    "nutgraf.extract.html.metadata.date_lines._LINE_DATE": Use(
        "scan",
        _shapes(
            "1 ",
            "1.1.",
            "2026年1月",
            "2026年（令和1年）",
            "2026年（",
            "1 de ",
            "1 mars ",
            "1. märz",
            "1111-1-",
            "1/1/1111",
            "march 1",
            "mar. 1, ",
            "1111. 1. ",
            "1111. dec ",
            "1111 m. abc 1 ",
            "1111ko abenduaren 1",
            "1111eko ",
            "1 फ़रवरी ",
            "1 ab)",
            "1er ",
            "1º de ",
            "1 ธ.ค",
            "1 ธ.",
            "1 دی ",
            "1/1/11",
            "1.1.11.",
            # A run of numbers parted by stops (an address, a version), where no date may stand.
            "11.1.1.11",
            "1.1.1111.",
            "1 tháng 1 ",
            "1 tháng 1 năm ",
        ),
    ),
    "nutgraf.extract.html.metadata._OFFSET": Use("scan", _shapes("0+25:0", "1-9999", "+25:")),
    "nutgraf.extract.html.metadata.sites._LEADING_ARTICLE": Use("match", _shapes("the ", "the")),
    "nutgraf.extract.html.metadata.jsonld._TYPE_VALUE": Use(
        "scan",
        (
            *_shapes('"@type": "a', '"@type":[ "News', "'@type':'", "a", tails=("", '"', "]")),
            Shape("a", "", '"@type": ['),
            Shape('"@type":[', "]"),
            Shape(" ", '"NewsArticle"', '"@type":'),
        ),
    ),
    "nutgraf.extract.html.metadata.bylines._NAMES_JOINER": Use("scan", _shapes(" y ", " e", " oraz")),
    "nutgraf.extract.html.metadata.byline_search._AUTHOR_CLASS": Use(
        "search", _shapes("aut", "auteu", "redact")
    ),
    "nutgraf.extract.html.metadata.times._LINE_TIME": Use(
        "match",
        _shapes(
            "a",
            "1",
            "10h",
            "10 時 ",
            "10:10 ",
            "10:10 p.",
            "10:10 pm",
            "10:10 م",
            "10:10 pm. ES",
            "10.10 ",
            "10.10 Uh",
            "10:10 (GMT+1",
            "10:10 GMT+10:",
            "10:10 (",
            "10:10 UTC-",
            "10:10 GMT +1",
        ),
    ),
    "nutgraf.extract.html.metadata.times._TIME_BEFORE": Use(
        "search",
        _shapes(
            "1:11 pm ",
            "1:11 pm EST ",
            "11:11 a.m.",
            "1:11 pm ET, tue ",
            "1:11 pm, fri., ",
            "11:11 ",
            "11:11, ",
            "11:11 ngày ",
        ),
    ),
    "nutgraf.extract.html.metadata.date_lines._WEEKDAY_BEFORE": Use(
        "search", _shapes("mon ", "friday, ", "fri.,  ")
    ),
    "nutgraf.extract.html.metadata.byline_search._SUBMITTED_BY": Use(
        "match", _shapes("submitted by a ", "posted by ab on ", "posted by a le ab ", "by a on abc, ")
    ),
    "nutgraf.extract.html.metadata.byline_search._REPORTER_CREDIT": Use(
        "search",
        _shapes(
            "记者 ",
            "（记者中",
            "김지 ",
            "中记者",
            "记者 李贺 ",
            "记者李贺摄",
            "기자명 ",
            "기자 김지",
            "기자명 기자 ",
        ),
    ),
    "nutgraf.extract.html.metadata.byline_search._WORLD_SERVICE_LABEL": Use(
        "match", _shapes("author,", "author,  ")
    ),
    "nutgraf.extract.html.metadata.sites._RIGHTS_RESERVED": Use(
        "search", _shapes(" all rights ", "版权所有 ")
    ),
    "nutgraf.extract.html.metadata.date_lines._DATE_WORD": Use(
        "fullmatch", _shapes("mon", "janu", "dat", "tues")
    ),
    "nutgraf.extract.html.metadata.date_lines._DATE_LABEL": Use(
        "scan", _shapes("mis à ", "last ", "publi", "pub", "güncel", "yayın ", "modifi")
    ),
    "nutgraf.extract.html.metadata.titles._TITLE_SEPARATOR": Use("scan", _shapes(" | ", " :: ", " -- ")),
    "nutgraf.extract.html.metadata.bylines._BYLINE_TAIL": Use(
        "search", _shapes(" jan", " is a", "a  ", "posted  b")
    ),
    "nutgraf.extract.html.metadata.titles._HEADLINE_SEPARATOR": Use(
        "scan", _shapes(" | ", " :: ", ": ", " :")
    ),
    "nutgraf.extract.html.metadata.bylines._BYLINE_LABEL": Use(
        "scan",
        _shapes("a", "a  ", "a :", "सं", "सं :", "ผู้", "ผู้ :", "author,", "author,  ", "文／", "文 ", "記者王／"),
    ),
    "nutgraf.extract.html.metadata.bylines.REPORTER_TITLE": Use(
        "search", (*_shapes(" 기자 ", "記者", "기자 ", "記者 a", " ", "／", "／ 台"), Shape("台", "報", "／"))
    ),
    "nutgraf.extract.html.metadata.bylines._CREDIT_PREFIX": Use("scan", _shapes("a", "a by", "a  by ")),
    "nutgraf.extract.html.metadata.bylines._SWAHILI_CREDIT": Use("scan", _shapes("na", "na ", "a")),
    "nutgraf.extract.html.metadata.sites._ADDRESS": Use("match", _shapes("http", "https:/")),
    "nutgraf.extract.html.metadata.sites._COPYRIGHT": Use("match", _shapes("copyright", "(c")),
    "nutgraf.extract.html.metadata.sites._SITE_CREDIT": Use("scan", _shapes(" | ", " | b", " - by")),
    "nutgraf.extract.html.metadata.dates._JSON_LD_PUBLISHED": Use(
        "scan", _shapes('"datePublished" ', '"datePublished": "')
    ),
    "nutgraf.extract.html.markup._META_CHARSET": Use(
        "search", (*_shapes("<meta ", "<meta charset"), Shape(" ", "!", "<meta charset="))
    ),
    "nutgraf.extract.html.markup._HIDDEN_STYLE": Use(
        "search", _shapes("display ", "display: ", "visibility :", "visibility: hidde")
    ),
    "nutgraf.extract.html.markup._TAG": Use("scan", _shapes("<a", "<a ", "</a", "<a<", "<a/")),
    "nutgraf.extract.html.markup._GALLERY_NAME": Use("search", _shapes("galler", "slidesho", "carouse")),
    "nutgraf.extract.html.markup._SLIDE_NAME": Use("scan", _shapes("slid", "captio")),
    "nutgraf.extract.html.markup._CREDIT_NAME": Use("search", _shapes("credi", "copyrigh", "attributio")),
    "nutgraf.extract.html.markup._PULL_QUOTE_NAME": Use("search", _shapes("pull", "pull-", "pullquot")),
    "nutgraf.extract.html.markup._RATING_STARS": Use("scan", _shapes("★", "★☆", "★★ ")),
    "nutgraf.extract.html.markup._CAPTION_INNER_STOP": Use("search", _shapes(".", ". ", "。", '."', "a.")),
    "nutgraf.extract.html.markup._PAYWALL_NAME": Use(
        "search", _shapes("pay", "pay-", "reg-wal", "meter-", "popu")
    ),
    "nutgraf.extract.html.markup._NETWORK_CODE": Use(
        "search", _shapes("instagram-", "tiktok-embe", "twitter-tw")
    ),
    "nutgraf.extract.html.markup._PAYWALL_WORDS": Use(
        "search",
        _shapes(
            "subscr",
            "log ",
            "sign ",
            "accoun",
            "donat",
            "members",
            "suscr",
            "assin",
            "abonn",
            "abbon",
            "prenume",
            "unlimited ",
            "unlimited digital ",
            "támoga",
        ),
    ),
    "nutgraf.extract.html.markup._AD_NAME": Use("search", _shapes("ad", "_ad", "-advert", " ads")),
    "nutgraf.extract.html.markup._PAYWALL_CALL": Use(
        "search",
        _shapes(
            "subscr",
            "log ",
            "sign ",
            "accoun",
            "see all ",
            "free ",
            "registe",
            "suscr",
            "assin",
            "abonn",
            "abbon",
            "prenume",
        ),
    ),
    "nutgraf.extract.html.markup._DATA_URI": Use("scan", _shapes("= ", '="data:', "='data:\"")),
    "nutgraf.extract.html.markup._METADATA_TAG": Use(
        "scan", _shapes("<meta ", "<link a=", "<base", "<title>", "<title>a", "<title></title ")
    ),
    "nutgraf.extract.html.markup._CONTROL_REFERENCE": Use(
        "scan", _shapes("&#", "&#0", "&#x0", "&#1", "&#x1", "&#xFFF", "&#6553")
    ),
    "nutgraf.extract.html.markup._METADATA_KIND": Use(
        "scan", _shapes("rel=", 'rel="', "rel='", "name= ", "type=a")
    ),
    "nutgraf.extract.html.markup._LONG_VALUE": Use("scan", _shapes('="', "= ", "='", '="a')),
    "nutgraf.extract.html.markup._LONG_WORD": Use("scan", _shapes("a", "a ", "<a", "a" * 1000 + " ")),
    "nutgraf.extract.html.markup._NOISE_START": Use("scan", _shapes("<script", "<!-", "<svg", "<svg-")),
    "nutgraf.extract.html.markup._OPENING_TAG": Use(
        "scan",
        (
            *_shapes("<a ", "<a a=", '<a a="<', '<a="', "<a a ='", 'a="<a ', "</a <a", "<!-", "<!--<a "),
            *(
                Shape(unit, tail, "<a ")
                for unit in ("a ", "a=b ", 'a="<>"', "a = ", "/")
                for tail in ("", ">")
            ),
        ),
    ),
    "nutgraf.extract.html.markup._RAW_TEXT_END": Use("search", _shapes("</script", "</", "</styl", "</ ")),
    "nutgraf.extract.html.markup._ATTRIBUTES": Use(
        "scan", _shapes("a ", "a=", 'a="', "a = '", "a=b", "=", 'a="<>" ', tails=("", ">", '"'))
    ),
    "nutgraf.extract.html.markup._PREFORMATTED_START": Use("scan", _shapes("<pre", "<textarea", "<p")),
    "nutgraf.extract.html.markup._PREFORMATTED_END": Use("scan", _shapes("</pre", "</textarea", "</p")),
    "nutgraf.extract.html.markup._HTML_ROOT": Use("match", _shapes("<html", "<!doctype ")),
    "nutgraf.extract.html.markup._SPACE": Use("match"),
    "nutgraf.extract.html.markup._DOCTYPE": Use("match", _shapes("<!doctype ", "< ! doctype")),
    "nutgraf.extract.html.markup._HTML_TAG": Use("scan", _shapes("<br ", "<p", "<a b")),
    "nutgraf.extract.html.markup._KNOWN_CLOSING_TAG": Use("search", _shapes("</p ", "</p")),
    "nutgraf.extract.html.markup._CLOSING_TAG": Use("search", _shapes("</a> ", "</a", "</a-")),
    "nutgraf.extract.text.lines._LIST_MARKER": Use("match"),
    "nutgraf.extract.text.lines._LETTERS": Use("scan", _shapes("ab-", "a1")),
    "nutgraf.extract.text._INLINE_TAG": Use("scan", _shapes("<a ", "<b", "</a ", "<abbr")),
    "nutgraf.extract.text._LINE_BREAK_TAG": Use("scan", _shapes("<br ", "<br/")),
    "nutgraf.extract.text._CHARACTER_REFERENCE": Use("scan", _shapes("&#1", "&#x", "&a", "&a1")),
    "nutgraf.extract.text.menus._URL": Use("scan", _shapes("www.", "https://a", "www.中", "www.ก")),
    "nutgraf.extract.text.menus._CJK_CHARACTER": Use("scan", _shapes("中", "あa")),
    "nutgraf.extract.text.menus._SOUTHEAST_ASIAN_CHARACTER": Use("scan", _shapes("ก", "ကa")),
    "nutgraf.extract.text.menus._MENU_SEPARATOR": Use("scan", _shapes("|", "a »")),
    "nutgraf.extract.text.menus._MENU_ITEM_CHARACTER": Use("search", _shapes("• ", " |\u3000", "＞ ")),
    "nutgraf.extract.text.bylines._BYLINE": Use(
        # Romanian's "de" before capitalised names that close the line, or two writers' parted by "și".
        "match",
        (
            *_shapes("a", "by "),
            Shape("a", "!", "by "),
            Shape(" A", "!", "de"),
            Shape(" Aa", "", "de"),
            Shape(" Aa", "!", "de Aa Aa și"),
            Shape(" Aa Aa și", "!", "de"),
            # "Written" before the credit word ("Écrit par").
            Shape("a", "!", "écrit par "),
            Shape(" ", "!", "écrit"),
            Shape(" ", "!", "article "),
            Shape("a", "!", "article rédigé par "),
            # Portuguese's "Texto" before capitalised names.
            Shape(" A", "!", "Texto"),
            Shape("A", "!", "Texto "),
            # A section's label glued to "By" before a writer's names ("NewsBy Ruth Mosalski").
            Shape("a", "By ", "A"),
            Shape(" ", "!", "NewsBy"),
            Shape("a", " A", "NewsBy A"),
        ),
    ),
    "nutgraf.extract.text.bylines._TRAILING_BYLINE": Use(
        "search", _shapes("1", "1a", "| ", "posted ", "1 by A ", "jan", " by", "1 by Aa", "May 2 by Ann ")
    ),
    "nutgraf.extract.text.headlines._SENTENCE_INSIDE": Use(
        "search", (*_shapes("ab. "), Shape(" ", "!", "ab."))
    ),
    "nutgraf.extract.text.stamps._STAMP": Use(
        "match",
        (
            Shape(" ", "x", "posted"),
            Shape("jan", "!", "posted "),
            Shape("1", "x", "posted "),
            Shape(" ", "x", "updated date"),
        ),
    ),
    "nutgraf.extract.text.bylines.STAMP_BEFORE_NAMES": Use(
        "scan",
        (
            Shape(" ", "x", "posted"),
            Shape("a ", "!", "posted on "),
            Shape("b", "y", "posted "),
            Shape("1, ", "!", "updated "),
            Shape("mon, ", "1,", "updated "),
        ),
    ),
    "nutgraf.extract.text.bios._BYLINE_NAMES_SEPARATOR": Use("scan", _shapes(" ", " and", " ,", " an")),
    "nutgraf.extract.text.bios._CREDITED_NAMES_SEPARATOR": Use(
        "scan", _shapes(" ", " und", " &", " an", "e")
    ),
    "nutgraf.extract.text.bios._CALL_TO_REACH": Use(
        "match",
        (
            Shape("Maria ", "at ", head="Reach "),
            Shape("a ", " at", head="Contact "),
            Shape("M.'", " at !", head="Reach A "),
        ),
    ),
    "nutgraf.extract.text._TIME_CODE": Use("match", _shapes("1", "[1", "(1:1", "1:1\n")),
    "nutgraf.extract.text._TIMED_LINE": Use("search", _shapes("\n", "\n[1", "\n(1:1", "1:1\n")),
    "nutgraf.extract.text.stamps._TRANSCRIPT_STAMP": Use(
        "match",
        (*_shapes(" ", "1", "a", "a 1: "), Shape(" ", "a", "[11:11:11]"), Shape("a", " 1", "(11:11) ")),
    ),
    "nutgraf.extract.text.stamps._TIME_STAMP_LINE": Use("fullmatch", _shapes("1:11", "11:11 ", "1:11 am")),
    "nutgraf.extract.text.stamps._DATED_ROW": Use(
        "match", _shapes("march 1", "march 1, 1111", "1 march ", "mar. 1 ", "march 1st ", "march 1 - ", " ")
    ),
    "nutgraf.extract.text.stamps._SCHEDULE_ROW": Use(
        "match", _shapes("1:11", "1:11 ", "1 ", "1.11 pm ", "1 am ", "1:11pm", "1pm: ", "1:11 - ", "1 pm -")
    ),
    "nutgraf.extract.text.furniture._ARTICLE_HISTORY": Use(
        "match", (Shape(" ", "!", "this article was "), Shape("a ", "!", "dieser artikel wurde am "))
    ),
    "nutgraf.extract.text.furniture._REPORTING_CREDIT": Use(
        "match", (*_shapes("a ", "contributed to this report "), Shape("a", "", "reporting by"))
    ),
    "nutgraf.extract.text.furniture._NEWSROOM_NOTE": Use(
        "match",
        (
            *_shapes("a ", "live "),
            Shape("a ", "!", "welcome to our "),
            Shape("a ", "!", "willkommen zu unserem "),
            Shape("a ", "!", "bienvenidos a nuestra "),
            Shape("a ", "!", "welcome to "),
            Shape("a ", "!", "hi there, welcome to "),
            Shape("a ", "!", "this is the "),
            Shape("a ", "!", "your "),
            Shape("a ", "!", "start your day with the "),
            # An unlabelled content note's subject, its few words before a stop or a warning.
            Shape("a ", "!", "this article contains references to "),
            Shape("ab ", "that ", "this story includes descriptions of "),
        ),
    ),
    "nutgraf.extract.text.furniture._SIGN_UP_NOTICE": Use("match", (Shape(" ", "!", "privacy notice"),)),
    "nutgraf.extract.text.furniture._NEWSROOM_BLURB_END": Use(
        "search", (Shape(". learn more about ", "a", ""), Shape(". learn more about a", " ", ""))
    ),
    "nutgraf.extract.text.calls._CJK_STOP_INSIDE": Use(
        "search",
        _shapes(
            "。",
            "。」",
            "。ご意見",
            "。ご意見フォーム",
            "。応援",
            "。応援クリック",
            "。応援クリックお願いします",
        ),
    ),
    "nutgraf.extract.text.calls._BEYOND_INERT": Use("search", _shapes("£", "a")),
    "nutgraf.extract.text.calls._BEYOND_PUNCTUATION": Use("search", _shapes("’", "a“")),
    "nutgraf.extract.text.calls._CREDIT_MARK": Use("search", _shapes("’", "a“")),
    "nutgraf.extract.text.calls._CREDIT_WORD": Use(
        "search", _shapes(" b", " v", "fot", "larawa", "φω", "nuotr")
    ),
    "nutgraf.extract.text.calls._PAYWALL_NOTICE": Use(
        "search", _shapes("この記事は", "会員登録で", "続きを")
    ),
    "nutgraf.extract.text.stamps._READER_MODE_ESTIMATE": Use("match", _shapes("1", "1-1 ", "1-1 minutes ")),
    "nutgraf.extract.text.stamps._READING_TIME": Use(
        "match", _shapes("1", "1 min", "1 min ", "reading time ")
    ),
    "nutgraf.extract.text.calls._PAYWALL_LINE": Use(
        "match",
        _shapes(
            "you have read ", "you have read a", "subscribe to ", "this article is ", "access to a ", "a "
        ),
    ),
    "nutgraf.extract.text.words._TRAILING_FOOTNOTES": Use(
        "search", _shapes("[1]", "[", "[citation", "[1", "[a]")
    ),
    "nutgraf.extract.text.words._ARMENIAN_TYPED_STOP": Use("search", _shapes("ա:", "ա»:", ":")),
    "nutgraf.extract.text.furniture._CAPTION": Use(
        "match", (*_shapes("a ", "photo "), Shape("a ", "!", "in this "))
    ),
    "nutgraf.extract.text.furniture._DISCLOSURE": Use(
        "match",
        (
            *_shapes("a ", "is "),
            Shape("a ", "!", "this "),
            Shape("post ", "!", "this "),
            Shape("a ", "!", "we may earn a commission "),
            Shape("a ", "!", "if you buy "),
            Shape("a, we ", "!", "if you buy "),
            # A newsletter's line past its "for": full stops, each looking on over the spaces after it.
            Shape(". ", "!", "your briefing for "),
            Shape(" ", "x", "your briefing for ."),
        ),
    ),
    "nutgraf.extract.text.furniture._SENTENCE_FURNITURE": Use(
        "match",
        (
            *_shapes("a ", "photo ", "is ", "live "),
            Shape("a ", "!", "in this "),
            Shape("post ", "!", "this "),
            Shape(" ", "!", "this article was "),
            Shape("a ", "!", "dieser artikel wurde am "),
            Shape("a ", "!", "welcome to our "),
            Shape("a ", "!", "willkommen zu unserem "),
            Shape("a ", "!", "bienvenidos a nuestra "),
            Shape(" ", "!", "privacy notice"),
            Shape("a ", "!", "anyone with information "),
        ),
    ),
    "nutgraf.extract.text.furniture._CLOSING_NOTICE_LINE": Use("match", _CLOSING_NOTICE_SHAPES),
    "nutgraf.extract.text.furniture._CONTACT_LINE": Use(
        "fullmatch",
        (
            Shape("a ", "!", "contact "),
            Shape("a.", "!", "contact a at a@"),
            Shape(".a", "!", "contact a at a@a"),
            Shape("a ", "!", "contact a at a@a.a, and follow her on x at @"),
        ),
    ),
    "nutgraf.extract.text.furniture._PAGE_NOTICE": Use(
        "match",
        (
            *_shapes("a ", "' ", "(a) ", "click ", "may not be reproduced "),
            Shape("a ", "!", "for more on "),
            Shape("a ", "!", "follow "),
            Shape("a ", "!", "watch "),
            Shape("a, ", "!", "for further information "),
            Shape("a ", "!", "this material may not be reproduced "),
            Shape("a ", "!", "get alerts "),
            # The notices standing alone under a story are alternatives of the page's notices too.
            *_CLOSING_NOTICE_SHAPES,
        ),
    ),
    "nutgraf.extract.text.furniture._NOTICE_INSIDE": Use(
        "search",
        _shapes("click ", "may not be reproduced ", "may not be reproduced a", "not responsible for "),
    ),
    "nutgraf.extract.text.headlines._NO_HEADLINE": Use(
        "match", (*_shapes("good ", "hi", "story continues"), Shape(" ", "A", "hi"), Shape(" ", "a", "dear"))
    ),
    "nutgraf.extract.text.headlines._HEADLINE_LABEL": Use("match", _shapes("a ", "a: ", "Budget 2024 ")),
    "nutgraf.extract.text.headlines._HEADLINE_SCORE": Use("search", _shapes("A 1-1 ", "Arsenal ", "A 1-")),
    "nutgraf.extract.text.headlines._WIRE_DATELINE": Use("match", _shapes("(", "A (AA)", "ANKARA (AA) ")),
    "nutgraf.extract.text.particulars._AGE_AFTER_BULLET": Use(
        "search", _shapes(" • ", " • 1", " • 1 a", "a.")
    ),
    "nutgraf.extract.text.headlines._AGENCY_TAG_DATELINE": Use(
        "match", _shapes("(", "A, ", "A, 3 ", "A, Dec 3 (PTI) ")
    ),
    "nutgraf.extract.text.furniture._DOI": Use("search", _shapes("doi", "doi:", "doi: 10.", "doi.org/10.1")),
    "nutgraf.extract.text.furniture._BARE_DOI": Use(
        "fullmatch", _shapes("10.1234/", "https://doi.org/10.1", "a")
    ),
    "nutgraf.extract.text.furniture._REFERENCE_LABEL": Use("match", _shapes(" ", "journal ", "reference ")),
    "nutgraf.extract.text.furniture._REFERENCE_HEADING": Use(
        "fullmatch", _shapes(" ", "journal ", "references ")
    ),
    "nutgraf.extract.text.releases._ABOUT": Use("match", _shapes(" ", "about ")),
    "nutgraf.extract.text.releases._EDITORS_NOTES": Use("fullmatch", _shapes("notes to editors ", " ", "!")),
    "nutgraf.extract.text.stamps._DATE_LINE": Use(
        "search",
        _shapes(
            "1 ",
            "jan ",
            "1 jan ",
            "jan 1 ",
            "1.1",
            "1. dez ",
            "1 de dic ",
            "1 de ",
            "1.dez.",
            "1.",
            "1. dec. ",
            "1. ledna ",
            "1 dicembr",
            "1. sierpni",
            "1 Des ",
            "1 des ",
            "2026. dec. 1",
            "2026. ",
            "2026ko abenduaren 1",
            "2026ko ",
            # Spaced numbers after their stops, an ordinal's day, a comma before the year.
            "1. 1. ",
            "jan 1st, ",
            "1 jan, ",
        ),
    ),
    # A bar glued to the stamp after a writer's names, and a second stamp's label after the first (Anadolu's).
    "nutgraf.extract.text.particulars._GLUED_BAR": Use("search", _shapes(" |", " |1", "a |")),
    "nutgraf.extract.text.particulars._COLUMN_STANDFIRST": Use(
        "match",
        (
            Shape("weekly ", "column", head="In his "),
            Shape("a-", " column, ", head="In her "),
            Shape("a ", "column,", head="In their a "),
        ),
    ),
    "nutgraf.extract.text.particulars._ENTRY_AGE": Use("fullmatch", _shapes("1", "1 ", "1 m", "11h ago ")),
    "nutgraf.extract.text.particulars._SECOND_STAMP_LABEL": Use("scan", _shapes(" a: 1", " aa:", " aa: ")),
    "nutgraf.extract.text.particulars._MERIDIEM_END": Use("search", _shapes("1 ", "1 p. ", "p.m.", "1 p")),
    "nutgraf.extract.text.particulars._CLOCK_END": Use("search", _shapes("1:11.", "11:1", "1:", "1")),
    "nutgraf.extract.text.particulars._WEEKDAY_HEAD": Use("match", _shapes("monday, ", "mon ", "mon,")),
    "nutgraf.extract.text.particulars._CLOCK_AFTER_DATE": Use(
        "match", _shapes(" ", " - ", "at ", "alle ", "1:", "1", "1.1", "1 p")
    ),
    "nutgraf.extract.text.stamps._OTHER_SCRIPT_DATE_LINE": Use(
        "search",
        _shapes(
            "1 ",
            "1 दिसंबर ",
            "1111年1月1日 ",
            "1111年1月1日 1時11",
            "1 مئی ",
            "1 مئی ، ",
            "۱ اردیبهشت ",
            "1 دی  ",
            "سه\u200cشنبه ۱ ",
            "سه شنبه، ",
            "Понедельник",
            "1 мар",
            "1 январ",
            "1 мая, ",
            # Every other script's months of MONTH_NAMES.
            "1 ديسمبر ",
            "1 ديسمبر ، ",
            "1. Δεκεμβρίου ",
            "1 μα",
        ),
    ),
    "nutgraf.extract.text.calls._ADVERT_LABEL": Use(
        "fullmatch", _shapes("conforme a los criterios de ", "ข่าวที่เกี่ยวข้อง", "según los ")
    ),
    "nutgraf.extract.text.calls._GALLERY_COUNTER": Use("fullmatch", _shapes("1", "image ", "1 ", "1/")),
    "nutgraf.extract.text.calls._VIEW_COUNT": Use(
        "fullmatch", _shapes("views", "views: ", "views: 1", "views: 1,")
    ),
    "nutgraf.extract.text.calls._LABELLED_FIGURE": Use(
        "fullmatch", _shapes("a", "a ", "a a a :", "a: 1", "a: 1,")
    ),
    "nutgraf.extract.text.calls._EMAIL_LINE": Use("fullmatch", _shapes("a", "a.", "a@", "a@a.", ".a", "-")),
    "nutgraf.extract.text.calls._JUMP_LINE": Use(
        "fullmatch",
        _shapes(
            "see a ",
            "see a a a a, page ",
            "A A ",
            "A: from page ",
            "continued on page ",
            "(",
            "forts. på sid ",
            "From A",
        ),
    ),
    "nutgraf.extract.text.calls._FOLIO": Use("fullmatch", _shapes("page ", "a-", "aa-1")),
    "nutgraf.extract.text.calls._BUTTON_LABEL": Use(
        "fullmatch",
        _shapes(
            "share ",
            " ",
            "share this ",
            "+ ",
            "open in the ",
            "get the ",
            "get our app ",
            "buy now at ",
            "check price on a.'",
            "buy now at a/",
            "our newsletter a ",
            "hier ",
            "jetzt kostenlos ",
            "diskutieren sie ",
            "subscribe to A ",
            "subscribe to Aa ",
            "view the post ",
            "view on ",
        ),
    ),
    "nutgraf.extract.text.releases._RELEASE_MARK": Use("fullmatch", _shapes("#", " ", "-")),
    "nutgraf.extract.text.releases._CONTACT_HEADING": Use(
        "fullmatch", _shapes(" ", "media ", "contact ", ":")
    ),
    "nutgraf.extract.text.releases._RELEASE_BACK_MATTER": Use(
        "search",
        _shapes(
            "contact ",
            "media ",
            "for more ",
            "\nAbout a",
            "About",
            "press ",
            "a@",
            "a@a",
            "\nwww.",
            "is a ",
            "is one of the a ",
            "(nasdaq",
            "founded in 1",
            "tel ",
        ),
    ),
    "nutgraf.extract.text.calls._COPYRIGHT_NOTICE": Use(
        "match", _shapes("copyright ", " ", "(c)", "저작권자 ", "<", "- copyright notice: all posts ")
    ),
    "nutgraf.extract.text.calls._AGENCY_CREDIT": Use(
        "fullmatch",
        (
            *_shapes("dpa und ", "afp, ", "ap ", "agenturen sowie "),
            Shape("afp und ", "erstellt", "dieser artikel wurde mit material der nachrichtenagenturen "),
            Shape("efe y ", ".", "con información de "),
        ),
    ),
    "nutgraf.extract.text.calls._DASH_CREDIT": Use(
        "fullmatch",
        (
            *_shapes("reuters and ", "afp, ", "F.A.", "a.", "a-", "a.a"),
            Shape("a.", "!", "– R"),
            Shape("ap und ", "!", "— "),
            Shape("F.", "a", "– "),
        ),
    ),
    "nutgraf.extract.text.calls._DESK_CODES": Use(
        "search", _shapes(". ", ". AB", ". PTI AB ", '." PTI AB CD')
    ),
    "nutgraf.extract.text.calls._INLINE_CREDIT_GAP": Use(
        "scan",
        (
            *_shapes(
                ". ", ".” ", ". (", ". source: ", ". ab:", "a. — ", "x" * 117 + ". (", tails=("", "\n", "!")
            ),
            Shape(". ", "(" + "a" * 200),
            Shape("a", "(afp)", ".   "),
        ),
    ),
    "nutgraf.extract.text.calls._SOURCE_CREDIT": Use(
        "fullmatch",
        (
            *_shapes("reuters and ", "afp, ", "news agencies & ", "F.A."),
            Shape("ap, ", "!", "source: "),
            Shape("F.", "a", "quelle: "),
            Shape("F.A.Z. and ", "!", "quelle: "),
            Shape("a.", "1", "źródło: "),
            Shape("wp.pl, ", "!", "źródło: "),
            Shape(" ", "x", "source"),
            Shape("pa media, ", "!", "sources : "),
        ),
    ),
    "nutgraf.extract.text.calls._SOURCE_LABEL_OPENING": Use("match", _shapes(" ", "sources ", "s")),
    "nutgraf.extract.text.calls._SITE_OFFER": Use(
        "fullmatch",
        (*_shapes("a.", "a-", "*a.de ist ein Angebot von a"), Shape("a ", "!", "*a.de ist ein Angebot von ")),
    ),
    "nutgraf.extract.text.calls._WIRE_MARK": Use(
        "fullmatch", _shapes("AB // ", "AB//", "lusa ", "lusa/ ", "ab-", "bur-", "bur-ab/", "burs")
    ),
    "nutgraf.extract.text.calls._LICENCE_TAG": Use(
        "search", _shapes("a (CC BY", "a (CC-BY-SA", "a (CC BY 1.1")
    ),
    "nutgraf.extract.text.calls._NEWSLETTER_PITCH": Use(
        "match", (*_shapes("a-", "a"), Shape("a-", "x", "unser "), Shape("a", "-", "unser kostenloser "))
    ),
    "nutgraf.extract.text.particulars._UPDATE_WORD": Use("search", _shapes("modifi", "mis à ")),
    "nutgraf.extract.text.particulars._STAMP_WORDS": Use(
        "search",
        _shapes(
            "publ", "aktual", "a ", "نش", "به ", "به\u200c", "به روز ", "به\u200cروز\u200c", "تاریخ ", "زمان "
        ),
    ),
    "nutgraf.extract.text.particulars._DATE_AFTER_NAMES": Use(
        "search", _shapes(" dec 1", " december 12, ", "  ")
    ),
    "nutgraf.extract.text.particulars._RECORD_FIELD": Use("match", _shapes("Ab ", "a-", "Word count", "a")),
    "nutgraf.extract.text.particulars._CITATION": Use(
        "fullmatch", _shapes("Ab, ", "Ab, Cd ", "Ab, Cd. ", "a; 2026. ", "a")
    ),
    "nutgraf.extract.text.particulars._DAY_OF_WEEK": Use("search", _shapes("monday", "sun", "a")),
    "nutgraf.extract.text.particulars._HOLIDAY": Use("match", _shapes("new ", "new", "easter")),
    "nutgraf.extract.text.particulars._PICTURE_CREDIT": Use("match", _shapes("photo", "pictures")),
    "nutgraf.extract.text.particulars._ROLE_RUN_IN": Use("search", _shapes("abcD", "abcDe", "Aaaa", "aB ")),
    "nutgraf.extract.text.calls._STATION_CALL": Use("match", (Shape(" ", "x", "for the latest"),)),
    "nutgraf.extract.text.calls._KEEP_FREE": Use(
        "match", (Shape("a ", "!", "keep "), Shape("a", " ", "keep "))
    ),
    "nutgraf.extract.text.calls._TRANSCRIPT_NOTICE": Use(
        "match", (*_shapes("npr ", "a.b "), Shape("npr ", "transcripts may", "accuracy and availability of "))
    ),
    "nutgraf.extract.text.calls._SYNDICATION_CREDIT": Use(
        "match",
        (*_shapes("this article originally appeared "), Shape("a", "", "this story first appeared in ")),
    ),
    "nutgraf.extract.text.calls._PRINT_EDITION_NOTE": Use(
        "match",
        (
            *_shapes("a version of this "),
            Shape("a", "", "a version of this article appears in "),
            Shape(" ", "", "a version of this story appeared in the print"),
        ),
    ),
    "nutgraf.extract.text.calls._ORIGINAL_PUBLICATION_NOTE": Use(
        "fullmatch",
        (
            *_shapes("this story was originally published "),
            Shape("Ab ", "", "this post was originally published at "),
            Shape("A", "", "this post was first published on "),
            Shape("1", "", "this story was originally published December 2, 2026 at 9:"),
        ),
    ),
    "nutgraf.extract.text.particulars._AGE_BEFORE_READING_TIME": Use("match", _shapes("1", "1h ", "1h • ")),
    "nutgraf.extract.text.particulars._STAMP_AFTER_NAMES": Use(
        "search", _shapes(", ", " | ", ",  updated", " ")
    ),
    "nutgraf.extract.text.particulars._SHARE_LINE": Use(
        "fullmatch", _shapes("a", "a ", "Left 1", "Left 1 %")
    ),
    "nutgraf.extract.text.furniture._COMMENT_RULES_HEADING": Use(
        "fullmatch", (*_shapes("the rules of replying", " "), Shape(" ", ":", "comment rules"))
    ),
    "nutgraf.extract.text.calls._SEPARATOR": Use("fullmatch", _shapes("*", "* ", "- ", "—")),
    "nutgraf.extract.text.stamps._THAI_DATE_STAMP": Use(
        "fullmatch",
        (
            *_shapes("ไทย ", "ไทย", "3 ธ.ค. 2567 ", "22 พฤษภาคม 2567 ", "เวลา ", "วันพุธที่ ", "วันพฤหัส"),
            Shape("ไทย", "!", "3 ธ.ค. 2567 14:05 "),
            Shape(" ", "!", "22 พฤษภาคม 2567 เวลา"),
            Shape("วันที่", "!", "วันพุธที่ "),
        ),
    ),
    "nutgraf.extract.text.calls._POINTER_LABEL": Use(
        "match",
        (
            Shape(" ", "!", "read more"),
            Shape(" ", "!", "image caption"),
            Shape(" ", "!", "इमेज स्रोत"),
            Shape(" ", "1", "read more -"),
            # The bare label's run of spaces before the lookahead for a headline's letter.
            Shape(" ", "1", "(читайте также"),
            Shape(" ", "!", "یہ بھی پڑھیں"),
        ),
    ),
    "nutgraf.extract.text.calls._PHOTO_CREDIT": Use(
        "fullmatch",
        (
            *_shapes("a ", "a/", "a b/", "a/ "),
            Shape("a b c d e ", "/afp", "("),
            Shape("a ", ")", "(ap photo/"),
            Shape(" / a", "!", "(ap photos"),
        ),
    ),
    "nutgraf.extract.text.calls._STAFF_CREDIT": Use(
        "fullmatch",
        (*_shapes("A ", "Ab ", "A-", "A / "), Shape(" A", "!", "Ab Cd/The"), Shape("A", "!", "Ab Cd/")),
    ),
    "nutgraf.extract.text.calls._COURTESY_CREDIT": Use(
        "fullmatch",
        (
            *_shapes("A ", "of ", "A-"),
            Shape("A ", "!", "image courtesy of "),
            Shape("of the ", "a", "photo courtesy "),
            # The photographer's credit and the site after "on" or "via".
            Shape(" A", "!", "photo by"),
            Shape(" A", "!", "photo by A on"),
            Shape("A on ", "!", "photo by "),
        ),
    ),
    "nutgraf.extract.text.calls._PHOTOGRAPHER_CREDIT": Use(
        "fullmatch",
        (
            *_shapes("A ", "A", "photo by A "),
            # The names after "by", and the capitalised words before the photo's word.
            Shape("A ", "!", "photo by "),
            Shape("A.", "!", "photo by "),
            Shape("A ", "photo by "),
        ),
    ),
    "nutgraf.extract.text.calls._ABBREVIATION": Use("fullmatch", _shapes("A.", "U.S.", "St.")),
    "nutgraf.extract.text.calls._OUR_WORK_QUESTION": Use(
        "search", _shapes("our ", "our a ", "nos a", "unsere ")
    ),
    "nutgraf.extract.text.calls._CALL_VERB": Use(
        "match",
        (
            Shape("a ", "!", "follow "),
            Shape("a", "!", "gabung"),
            Shape(" ", "!", "simak"),
            Shape("a", "!", "urmărește"),
            # The words before "on" a platform.
            Shape(" a", " pe", "urmărește"),
            Shape(" a", " pe", "urmărește-ne"),
            Shape(" ", "στο", "ακολουθήστε"),
            # Hungarian's, the platform in its case.
            Shape(" a", " facebook", "kövesd"),
            # isiZulu's, the words before the platform in its locative.
            Shape(" a", " ku-", "landela"),
            # A call to watch, the words before what is watched.
            Shape("a ", " for free on", "watch "),
            Shape("a ", "!", "watch "),
            Shape("a ", "!", "like our "),
            Shape("a ", "!", "please share your thoughts in the "),
        ),
    ),
    "nutgraf.extract.text.calls._CAPTION_CREDIT": Use(
        "search",
        (
            *_shapes("foto: a", "foto:", "(foto a", "(a", "(a摄", "© a", " foto", "©", "[", "[사진", "[a"),
            *_shapes(". a", ". a/", ". /a", "(ansa/a", "fot. a", ". a /", ". kuva: a"),
            Shape("a", ":", "foto: "),
            # Czech's after a bar, Lithuanian's "nuotr." and an agency after "via".
            *_shapes("| foto: a", "a nuotr", "a via ", " via getty images"),
            # Initials dotted after a slash's credit in brackets; a file photo in brackets, names before it or
            # after "by".
            *_shapes(
                ". (a/U.",
                ". (a/U.S. a",
                # A middle initial before the slash, and a first name or two before it.
                ". (Ab A. ",
                ". (Ab Ab A. Ab",
                # A comma after the surname before the paper's name.
                ". (Ab A. Ab, A",
                ". (Ab A. Ab, ",
                ". (Ab A. Ab, A News",
                "Ab ",
                " A.",
                ". (a/A.",
                ". (a/A a.",
                ". (A file photo",
                ". (file photo by a",
                ". (A A A file ",
            ),
            # "Picture by" and the capitalised names after the stop, a dash before it or not; a dash before a
            # slash's credit.
            *_shapes(". picture by A", ". - picture by A", ". - a/", ". - /a"),
            Shape(" A", "!", ". Picture by"),
            Shape("A", "!", ". — Picture by "),
            # A credit closing on its own stop, its names capitalised.
            *_shapes(". foto: A", ". foto: A "),
            Shape("A ", "!", ". Foto: "),
        ),
    ),
    "nutgraf.extract.text.calls._LISTEN_CALL": Use("match", _shapes("listen to ", "écouter l", "artikel ")),
    "nutgraf.extract.text.bylines._AUTHOR_LABEL": Use(
        "scan", _shapes("作者 ", "author ", "autor: ", "- author ")
    ),
    "nutgraf.extract.text.bylines.BYLINE_FIELD": Use("match", _shapes("a ", "- ", "a", "- a ")),
    "nutgraf.extract.text.span._CAPTION_DAY": Use("search", _shapes("dec", "december ", "decem", "tues")),
    "nutgraf.extract.text.calls._FOLLOW_HANDLE_CALL": Use(
        "fullmatch", _shapes("check ", "check a or follow @a for updates ", "a or follow @", "check a or ")
    ),
    "nutgraf.extract.text.calls._CITED_YEAR": Use("search", _shapes("1", "19", "2026")),
    "nutgraf.extract.text.span._RESULTS_ROW": Use(
        "fullmatch", _shapes("a ", "(a ", "a: ", "a 1,111", "1,111 ", "a 1% ", "a 1% 1,111,111", "a.", "1.1 ")
    ),
    # The twentieth outlets round's numbers desks' lines: a quote widget's row, a currency note, a table's
    # caption, a data provider's notice, a terminal's advert, a live blog's pointer, a league table's row and
    # heading, a columnist's disclaimer, a line-up's parting and a box score's entry.
    "nutgraf.extract.text.figures._QUOTE_ROW": Use(
        "fullmatch", _shapes("a ", "a 1", "a 1 ", "a 1 +1", "a 1 +1 (", "A. ", "1.1,", "a 1 EUR +1,1 %")
    ),
    "nutgraf.extract.text.figures._CURRENCY_NOTE": Use(
        "fullmatch", _shapes("($", "($1 = 1", "(1 a 1 = 1 a", " a")
    ),
    "nutgraf.extract.text.figures._TABLE_CAPTION": Use(
        "fullmatch", _shapes("a ", "a (", "a (in millions of ")
    ),
    "nutgraf.extract.text.figures._DATA_PROVIDER": Use(
        "fullmatch", _shapes("market data provided by a", "a. ", "a. 1 min", "1")
    ),
    "nutgraf.extract.text.figures._TERMINAL_AD": Use(
        "fullmatch", _shapes("before it's here, it's on the a", "a ")
    ),
    "nutgraf.extract.text.figures._LIVE_BLOG_CALL": Use(
        "fullmatch", _shapes("follow our live a", "a ", "a-", "suivez le direct a")
    ),
    "nutgraf.extract.text.figures._TABLE_ROW": Use("fullmatch", _shapes("1. a", "a ", "A 1", "a.", "1 pts ")),
    "nutgraf.extract.text.figures._TABLE_HEADING": Use("fullmatch", _shapes("classement a", " a", "a-")),
    # The twenty-first outlets round's: a deals widget's row, a desk's note, a site's affiliate note, a health
    # site's sourcing statement.
    "nutgraf.extract.text.figures._DEAL_ROW": Use("fullmatch", _shapes("$1 at A", "$1", "1,", " a", "a ")),
    "nutgraf.extract.text.furniture._DESK_NOTE": Use(
        "match",
        _shapes(
            "disclosures: a",
            "funding: ",
            "a ",
            "this article is for ",
            "ftc: a",
            "wenn sie a",
        ),
    ),
    "nutgraf.extract.text.furniture._OPINION_NOTE": Use(
        "match",
        _shapes(
            "letters to the editor: write ",
            "have feedback? email a ",
            "this is an opinion ",
            "paid for by a ",
            "submit a letter a ",
            "the writer travelled a ",
            "the writer travelled as a guest of a ",
            "mehr zu a ",
            "retrouvez nos articles a ",
            "available from the a ",
            "available from the bookshop £1",
        ),
    ),
    "nutgraf.extract.text.furniture._AFFILIATE_NOTE": Use(
        "search", _shapes("a ", "a may earn ", "we may ", "a.")
    ),
    "nutgraf.extract.text.calls._SOURCING_STATEMENT": Use("match", _shapes("a ", "a uses only ", "a,")),
    # The twenty-third outlets round's: the courts and local desks' notes, a forecast's temperatures, a tally.
    "nutgraf.extract.text.furniture._BEAT_NOTE": Use(
        "match",
        tuple(
            Shape("a ", tail, head)
            for head in (
                "booking photo: A",
                "court reporting by ",
                "the following appeared at ",
                "stay with A",
                "restez avec nous pour suivre ",
                "the next meeting is at ",
                "public comment can be submitted ",
                "de volgende vergadering is op ",
                "il prossimo consiglio è convocato ",
                "this story is part of our ",
                "all suspects are ",
            )
            for tail in ("", "!")
        ),
    ),
    # The review's: a police appeal's call, out of the summaries (in the sentence furniture's pattern too).
    "nutgraf.extract.text.furniture._POLICE_APPEAL": Use(
        "match",
        tuple(
            Shape("a ", tail, head)
            for head in ("anyone with information ", "hinweise nimmt ", "zeugen werden gebeten, sich ")
            for tail in ("", "!", " quoting")
        ),
    ),
    "nutgraf.extract.text.figures._FORECAST_OUTLOOK": Use("scan", _shapes(" wit", " an", ".", " whil", " a")),
    "nutgraf.extract.text.figures._TEMPERATURES": Use("fullmatch", _shapes("1°C / ", "1 ", "1°/1°, a", "a ")),
    "nutgraf.extract.text.figures._TALLY": Use("match", _shapes("1-1 ", "1-1. Yes", " ", "1")),
    # The twenty-fourth outlets round's: a wine column's tasting row.
    "nutgraf.extract.text.figures._TASTING_ROW": Use(
        "fullmatch",
        tuple(
            Shape(unit, tail, "2022 ")
            for unit, tail in (("a", ", £1"), (", a", ", £1, a!"), ("a, ", "£"), (", £1", "!"), ("a", ""))
        ),
    ),
    # The twenty-first round's review: a review's score, the reader addressed by an affiliate note.
    "nutgraf.extract.text.figures._SCORE": Use("fullmatch", _shapes("1", "1 ", "1 out of ", "1/", "a")),
    "nutgraf.extract.text.furniture._ADDRESSES_THE_READER": Use("search", _shapes("yo", "a ", "our", "you")),
    "nutgraf.extract.text.figures._OPINIONS_OWN": Use(
        "fullmatch", _shapes("the author is a a", "a ", "the opinions expressed are", "a. ")
    ),
    # The twenty-second outlets round's: a book review's info line's bracket, a theatre review's run, a film's
    # certificate and release line.
    "nutgraf.extract.text.figures._BOOK_DETAILS": Use("fullmatch", _shapes("(a", "(a, 1", "1pp ", "a ", ",")),
    # A single character of a class, searched for: the travel box's figure (the fifteenth leftovers round).
    "nutgraf.extract.text.figures._PRACTICAL_FIGURE": Use("search", _shapes("a ", "Die Bahn ")),
    "nutgraf.extract.text.figures._RUN_LINE": Use(
        "fullmatch", _shapes("at the a", "at a until ", "until a at ", "a; tickets ", "a ", ".")
    ),
    "nutgraf.extract.text.figures._FILM_DETAILS": Use(
        "fullmatch", _shapes("certificate 15 ", "1 ", "in cinemas ", "abc ", "a")
    ),
    "nutgraf.extract.text.figures._FORMATION": Use("search", _shapes("(1", "(1-1", "(1-1-1-1-", "(")),
    "nutgraf.extract.text.figures._SCORE_BEFORE_TEAM": Use("match", _shapes("1", "1 ", "1 -")),
    "nutgraf.extract.text.figures._LINE_UP_PARTING": Use("scan", _shapes(" - ", ";", " y ", " ", "a")),
    "nutgraf.extract.text.figures._BOX_SCORE_ENTRY": Use(
        "scan", _shapes("a", "a.", "a 1-1 ", "a 1-1 1-1 ", "A 1")
    ),
    # The twenty-third xfails pass: a court list's row, a name and an age.
    "nutgraf.extract.text._COURT_LIST_ROW": Use("match", _shapes("A", "A ", "Aa-", "A, 1")),
    "nutgraf.extract.text._COURT_WORDS": Use("search", _shapes("court", "courts ", "magistrate", "sheriffs")),
    # The twenty-second xfails pass: a poll's share in a table's cell, a blog entry's posted line and its
    # comment counter.
    "nutgraf.extract.text.figures._SHARE_CELL": Use("fullmatch", _shapes("1", "1 ", "1.1 %")),
    "nutgraf.extract.html.body._POSTED_LINE": Use(
        "match", (*_shapes("a", "a ", " at "), Shape("a at ", "1", "posted by "))
    ),
    "nutgraf.extract.html.body._COMMENT_COUNT": Use("fullmatch", _shapes("comments ", "(", "1")),
    # The twenty-first xfails pass: a shell's command line, a site's disclaimer of its owner, a fact box's
    # question, a wire's link to its hub.
    "nutgraf.extract.text.figures._COMMAND_LINE": Use(
        "match",
        (*_shapes("pip ", "sudo ", "a", "-"), Shape("h ", "!", "powershell -w "), Shape("/", "!", "cmd /c")),
    ),
    "nutgraf.extract.text.furniture._OWNER_DISCLAIMER": Use(
        "search",
        (
            *_shapes(
                "this ",
                "a. ",
                "this story does not necessarily represent the position of our parent company, ",
            ),
            Shape("a ", "!", "this story does not necessarily represent the views of our owners, "),
        ),
    ),
    "nutgraf.extract.text.span._TERM_QUESTION": Use(
        "fullmatch", (*_shapes("what is ", "a ", "a?", "¿"), Shape("a ", "!", "what is "))
    ),
    "nutgraf.extract.text.calls._HUB_LINK": Use(
        "fullmatch",
        (
            *_shapes("A", "A a", "a: http://"),
            Shape("a", " x", "AP NBA: https://"),
            Shape(" a", ": x", "AP"),
            Shape("a", "!", "AP "),
        ),
    ),
    "nutgraf.extract.text.span._SCORERS_LABEL": Use("match", _shapes("a", "a ", "a :")),
    "nutgraf.extract.text.span._MARKED_MINUTE": Use("search", _shapes("1", "1 ", "a1")),
    "nutgraf.extract.text.span._SCORERS_PARTING": Use("scan", _shapes(")", ") ", "), ", "' | ")),
    "nutgraf.extract.text.span._SCORER": Use(
        "fullmatch",
        (
            *_shapes(
                "1:1 ", "a ", "a a ", "a (", "a (1.", "a (1., ", "a (1 a", "a (1.' a ", "a 1", "1-1 a (1.+1'"
            ),
            # The minutes' repeated group inside one bracket, and the words after them, closed by nothing.
            Shape("12, ", "a", "Kane ("),
            Shape("1., ", "Ab cd ef", "Kane ("),
            Shape("a b ", "", "Kane (12, "),
        ),
    ),
    "nutgraf.extract.text.span._POINTER_HEADING": Use(
        "fullmatch",
        _shapes(
            "related ", "more on this ", "lire aussi", "lesen sie ", "ये भी पढ़ें", "read more from a", "a.'"
        ),
    ),
    "nutgraf.extract.text.calls._CAPTION_OPENING": Use("match", _shapes("图", "写真")),
    "nutgraf.extract.text.calls._CAPTION_AGENCY": Use("search", _shapes("＝", "＝a", "(共同", "(")),
    "nutgraf.extract.text.calls._CAPTION_STOPS": Use("search", _shapes("ab.", "a.", "ab")),
    "nutgraf.extract.text.calls._PHOTO_WORD_LABEL": Use(
        "search", (*_shapes("credit", "credit ", "pic", "image /"), Shape(" ", "x", "credit"))
    ),
    "nutgraf.extract.text.bylines.CREDIT_OPENING": Use(
        "match",
        (Shape(" ", "!", "by"), Shape(" ", "!", "by:"), Shape(" ", "!", "كتب"), Shape(" ", "!", "מאת")),
    ),
    "nutgraf.extract.text.bylines.NAMES_END": Use("scan", _shapes(" |", " - ", " a", " »")),
    "nutgraf.extract.text.calls._WEB_THING": Use(
        "search",
        _shapes(
            "our ",
            "our a",
            "@",
            "the A ",
            "the ",
            "tu ",
            "tu e-",
            "news from A ",
            "news from A. ",
            "news from Aa",
        ),
    ),
    "nutgraf.extract.text.calls._APP_CALL": Use(
        "search", _shapes("डाउनलोड करा ", "डाउनलोड करा a ", "डाउनलोड कर", tails=("", "!", "ॲप"))
    ),
    "nutgraf.extract.text.calls._CALL_PHRASE": Use(
        "search",
        (
            *_shapes(
                # A Chinese call to download the app: the app's name, and the rest of its line.
                "下載",
                "下載 ",
                "下載a",
                "按此下載",
                "続きを読む",
                "続きを読む ",
                "粉絲團",
                "粉絲團 ",
                "请",
                "关注我们",
                "责任编辑",
                "责任编辑 ",
                "제보는 ",
                "编辑",
                "编辑 ",
                "来源 ",
                "点击",
                "点击“",
                "واٹس ایپ ",
                "واٹس ایپ چینل ",
                "کو ",
                # The line's first words before the platform's name.
                "ا ",
                # A Japanese share button and ban on reuse, whole lines; BBC Hindi's calls, the words between
                # "आप हमें" (you ... us) and "फ़ॉलो" (follow).
                "この記事を",
                "記事をシェアする",
                "無断転載",
                "無断転載・複製を",
                # A lone feedback link's list marks before its words.
                "・",
                "・ご意見フォーム",
                "ご意見フォーム",
                "आप हमें ",
                "आप हमें क ",
                "आप यहां ",
                # A Japanese blog's ranking note and its request to click; a Thai portal's credit line.
                "ランキングに参加しています",
                "ランキングに参加しています。",
                "応援クリックお願いします",
                "ขอบคุณข้อมูล",
                "ขอบคุณข้อมูลจาก ",
                "ขอบคุณภาพจาก",
                "応援よろしくお願いします",
            ),
            # Tajik's and Kyrgyz's calls: the platform's name, then words and spaces before the closing verb.
            Shape(" a", "!", "Telegram"),
            Shape(" ", "x", "Telegram окуңуз"),
            Shape("!", "x", "Telegram окуңуз"),
            # The rest of a Chinese call's line after "App", up to a full stop.
            Shape("a", "。", "下載a App"),
            Shape("，a", "。", "下載a App"),
            # Colons and spaces before "click here to download".
            Shape("： ", "按此"),
        ),
    ),
    "nutgraf.extract.text.furniture._SITE_USES_COOKIES": Use(
        "search", _shapes("we ", "this site ", "cookie ", "çerez ", "cookie we ", "bu web ")
    ),
    "nutgraf.extract.text.furniture._CONSENT": Use("search", _shapes("accept", "agree")),
    "nutgraf.extract.text.furniture._SUPPORT_APPEAL": Use(
        "search",
        _shapes(
            "support ",
            "please support our ",
            ". support the ",
            "your gift ",
            "readers like you ",
            # A condition before the imperative, the paper's name before its journalism, the funders' role.
            ". if a, support ",
            "support a' ",
            "support a b's our ",
            "financial supporters play no role in a",
            "legyél te is a a ",
            # The station's name before the member.
            ". become a ",
            ". become a a-",
        ),
    ),
    "nutgraf.extract.text.calls._TIP_CALL_TO_US": Use(
        "match", _shapes(" ", " it to ", " sie ", "enos", " a letter to the ")
    ),
    "nutgraf.extract.text.furniture._PRICED_APPEAL": Use(
        "match",
        _shapes(
            "for ", "for just $1 a month you can help us ", "for the price of a coffee, you can support us a"
        ),
    ),
    "nutgraf.extract.text.furniture._NEWSROOM_ACCOUNT": Use(
        "match", _shapes("a ", "a is a ", "a-a, ", "a is part of ", "a is part of a, a ")
    ),
    "nutgraf.extract.text.furniture._NEWSROOM_FUNDED": Use(
        "search", _shapes(". ", ". it is ", ". our work are ", "news network ", "news site mainly ")
    ),
    "nutgraf.extract.text.furniture._REPUBLISHING_TERMS": Use(
        "match", _shapes("our stories may be ", "all of our ", "our ")
    ),
    "nutgraf.extract.text.furniture._GENRE_CLOSING_NOTE": Use(
        "match",
        _shapes(
            "critics dine anonymously ", "a critics dine ", "bet on this game at ", "bet on this game at $"
        ),
    ),
    "nutgraf.extract.text.furniture._SUPPORT_NEWS_BUTTON": Use(
        "fullmatch", _shapes("please support ", "support local news you ", "support news ")
    ),
    "nutgraf.extract.text.furniture._SITE_STATEMENT": Use(
        "match", _shapes("our site is the place ", "our site is the place news ", "a. ")
    ),
    "nutgraf.extract.text.furniture._READER_THANKS": Use("match", _shapes("thanks for reading ", "a. ")),
    "nutgraf.extract.text.furniture._FUNDERS_NOTE": Use(
        "fullmatch",
        (
            *_shapes("a ", "desk ", " receives support from ", "a receives support from a. a "),
            Shape("a ", "!", "the desk receives support from the fund. "),
            Shape("coverage ", "!", "the desk receives support from the fund. a "),
        ),
    ),
    "nutgraf.extract.text.furniture._STANDARDS_POINTER": Use(
        "fullmatch", _shapes("our standards: ", "our standards: the reuters ", "a ")
    ),
    "nutgraf.extract.text.furniture._REPUBLISHING_BUTTON": Use(
        "fullmatch", _shapes("republish our content ", "for publishers: a", "for editors :")
    ),
    "nutgraf.extract.text.furniture._REPUBLISHED_SOURCE": Use(
        "fullmatch",
        _shapes(
            "this story was originally published by A",
            " Ab",
            "this story was published by A, a ",
            "this article originally appeared in A at a/",
            "this story is republished from A and is republished under a ",
            "a is an independent source of news and views",
        ),
    ),
    "nutgraf.extract.text.furniture._NEWSROOM_LICENCE": Use(
        "fullmatch",
        _shapes(
            "republish our articles for free under a creative commons ",
            "nos articles sont publiés sous licence creative commons a",
            "esta reportagem pode ser republicada a sob licença creative commons ",
            "dieser artikel darf a lizenz a ",
        ),
    ),
    "nutgraf.extract.text.furniture._NEWSROOM_DESCRIPTION": Use(
        "fullmatch", _shapes("a ", "a is a ", "a-a, ", "a is a nonprofit newsroom a")
    ),
    "nutgraf.extract.text.furniture._REPUBLISHING_NOTE_COMPANION": Use(
        "fullmatch", _shapes("a ", "a is a ", "a is a reporter for a", "we want our journalism to reach a")
    ),
    "nutgraf.extract.text.furniture._REPUBLISHING_NOTE_CALL": Use(
        "fullmatch", _shapes("sign up for a", "learn more at a.", "learn more at a.a", "read the original ")
    ),
    "nutgraf.extract.text.furniture._SENTENCE_BREAK": Use("scan", _shapes(". ", ".  ", "a. a", "!")),
    "nutgraf.extract.text.furniture._STORY_TYPE_LABEL": Use("fullmatch", _shapes("type of story: ", "a")),
    "nutgraf.extract.text.furniture._STORY_TYPE_DEFINITION": Use(
        "fullmatch", _shapes("based on facts either observed and verified a", "a ")
    ),
    "nutgraf.extract.text.furniture._RESTRICTIONS_NOTE": Use(
        "match",
        _shapes("reporting restrictions prevent us from publishing a", "for legal reasons we cannot name "),
    ),
    "nutgraf.extract.text.furniture._FACT_CHECK_BOX_LINE": Use(
        "match", _shapes("claim ", "verdict: ", "a: ")
    ),
    "nutgraf.extract.text.furniture._SITE_CALL": Use(
        "fullmatch", _shapes("support ", "become a member ", "a. ")
    ),
    "nutgraf.extract.text.furniture._NAMED_SITE_CALL": Use(
        "fullmatch", _shapes("Support ", "Support A ", "A. ")
    ),
    "nutgraf.extract.text.furniture._FIRST_PERSON": Use("search", _shapes("w", "we", "ou")),
    "nutgraf.extract.text.furniture._CALL_TO_GIVE": Use(
        "search",
        _shapes(". ", ". donate to support our ", ". support us by ", ". make a donation today to keep us "),
    ),
    "nutgraf.extract.text.furniture._COMMENT_RULES": Use(
        "search",
        _shapes(
            "you ",
            "you can comment on ",
            "you must be ",
            "you need to log in to ",
            "your first ",
            "please review our ",
        ),
    ),
    "nutgraf.extract.text.calls._STOP_INSIDE": Use("search", _shapes("ab.")),
    "nutgraf.extract.text.calls._BRACKETED_SENTENCE_END": Use("scan", _shapes(". ", "। ", ".", " ")),
    "nutgraf.extract.text.calls._CALL_AFTER_STATEMENT": Use("search", _shapes(". ", ". Sign ", ". Follow ")),
    "nutgraf.extract.text.calls._FULL_STOP_INSIDE": Use("search", _shapes("abc.")),
    "nutgraf.extract.text.stamps._TIME_OF_DAY": Use("search", _shapes("1:11", "11.11.")),
    "nutgraf.extract.text.particulars._AGENCY_STORY_CREDIT": Use(
        "match", _shapes("story by a", "story by a a", "story by a • ")
    ),
    "nutgraf.extract.text.particulars._GLUED_WORD": Use("search", _shapes("aaa", "aB")),
    "nutgraf.extract.text.stamps._PRINT_HEADER": Use("match", _shapes("1/1/11, 1:11 ", "1.1.11, 11:11 AM ")),
    "nutgraf.extract.text.stamps._PRINT_FOOTER": Use(
        "fullmatch", _shapes("1 of 1 ", "1 of 1 1/1/11, 1:11 AM")
    ),
    "nutgraf.extract.text.stamps._PRINT_STAMP": Use("fullmatch", _shapes("1/1/11, 1:11 ", "1111/1/1 1:11")),
    "nutgraf.extract.text.stamps._YEARLESS_STAMP_LINE": Use(
        "fullmatch",
        _shapes(
            "1.1. ",
            "1.1. 1:11 | ",
            "1.1. 1:11 | aaa 1.1. ",
            "1:11pm, ",
            "1:11pm, Dec ",
            "lun. 1 ",
            "lundi, 1 févr",
        ),
    ),
    "nutgraf.language.tokens.WORD_UNIT": Use("scan"),
    "nutgraf.language.tokens._TIBETAN_SYLLABLE": Use("scan", _shapes("བ", "བསྒྲགས་")),
    "nutgraf.language.tokens._UNSPACED_LETTER": Use("scan", _shapes("ក្រ", "မြို့ ", "ກະ")),
    "nutgraf.language.thai.THAI_RUN": Use("scan", _shapes("ก", "ก ", "ฯ1")),
    "nutgraf.fetch.meta_refresh._META_REFRESH": Use(
        "search",
        _shapes("<meta ", "<meta http-equiv=", "<meta http-equiv='refresh", "<meta a http-equiv = refresh "),
    ),
    "nutgraf.keyphrases.words._GAP_AND_WORD": Use(
        "scan",
        _shapes(
            "a\ufe0f",
            "a-",
            "a'",
            "a.",
            "U.",
            ".a",
            "-",
            "a-a'",
            "a.1",
            "1.",
            ".1",
            "a-1.1",
            "aa.",
            "aa.a",
            "a\u200c",
            "\u200d",
        ),
    ),
    "nutgraf.keyphrases.words._SENTENCE_END": Use("search"),
    "nutgraf.keyphrases.words._PARTY_LABEL": Use("scan", _shapes(", D-", "(R-A", "(I-A.", ", D-Aa")),
    "nutgraf.cli.render._MARKDOWN_INDENT": Use("scan", _shapes(" ", "\t", " \n")),
    "nutgraf.extract.html.markup._DONATION": Use("search", _shapes("donat", "-dona", "a donat")),
    "nutgraf.extract.html.markup._TWEET_INTENT_HREF": Use(
        "match", _shapes("//", "https://x.com/intent/", "//www.twitter.com/intent/twee")
    ),
    "nutgraf.extract.html.markup._MASTODON_POST_PATH": Use(
        "fullmatch", _shapes("/@", "/@k.", "/@k/1", "/@k/1/")
    ),
    "nutgraf.extract.html.markup._FEDIVERSE_HANDLE": Use(
        "fullmatch", _shapes("@k@", "@k@a.", "@k@a-.b", "@.@-.")
    ),
    "nutgraf.extract.html.markup._WEEKDAY_NAME": Use("fullmatch", _shapes("mon", "tues", "thur", "sunday")),
    "nutgraf.extract.html.markup._TAXONOMY_HREF": Use(
        "search", _shapes("/tag", "/categor", "/topics", "?ta", "&cat")
    ),
    "nutgraf.extract.html.markup._JOINING_CALL": Use(
        "search", _shapes("ser ", "hazte s", "sign ", "see all ", "támogat")
    ),
    "nutgraf.extract.html.markup._SPONSOR_NAME": Use("search", _shapes("promo", "-promo", "sponso")),
    "nutgraf.extract.html.markup._VIDEO_NAME": Use("search", _shapes("vid", "video", "vide", "wide")),
    "nutgraf.extract.html.markup._SPONSOR_WORDS": Use(
        "match", _shapes("together ", "brought to you ", "this issue is ", "this issue is sponsored ")
    ),
    "nutgraf.extract.html.markup._SPONSOR_LABEL": Use(
        "match", _shapes("Together with ", "presented by \t", "this email is sponsored by ", "sponsored by  ")
    ),
    "nutgraf.extract.html.markup._SPONSOR_NAMED": Use(
        "match", _shapes("sponsored by ", "this edition is presented by \t", "Together with  ")
    ),
    "nutgraf.extract.html.markup._AI_SUMMARY_NAME": Use("search", _shapes("ai-", "ai_key-", "aA", "-ai")),
    "nutgraf.extract.html.body._SUMMARY_NAME": Use("search", _shapes("summar", "intr", "sap", "ch", "-")),
    "nutgraf.extract.html.markup._FACT_BOX_NAME": Use("search", _shapes("fact", "fact-", "aF", "faktabo")),
    "nutgraf.extract.html.markup._BIBTEX_ENTRY": Use("match", _shapes(" ", "@", "@aa", "@aa{", "@aa{a")),
    "nutgraf.extract.html.markup._AI_DISCLAIMER": Use(
        "search", _shapes("generated ", "written with the ", "by an ", "ai-")
    ),
    "nutgraf.extract.text.calls._COMMENTS_OPEN_UNTIL": Use(
        "fullmatch",
        (
            *_shapes("a ", "kello 23 ", "23.5. "),
            Shape(" a", "!", "voit keskustella aiheesta"),
            Shape(" kello 23", " asti!", "voit keskustella aiheesta"),
        ),
    ),
    "nutgraf.extract.text.calls._REUSE_BAN": Use(
        "match", _shapes("draudžia naudoti ", "be ", "a be sutikimo ")
    ),
    "nutgraf.extract.text.calls._TRANSLATION_NOTICE": Use(
        "match",
        (
            *_shapes("a ", "a", "translated "),
            Shape("a ", "!", "this article was translated "),
            Shape("a ", "!", "dieser artikel wurde "),
            Shape("ki ", "!", "dieser artikel wurde "),
            Shape("a ", "!", "translation of an article published in "),
        ),
    ),
    "nutgraf.extract.text.calls._TRANSLATOR_CREDIT": Use(
        "fullmatch",
        (
            *_shapes("a ", "a", "translated by a ", "machine translation ", "machine-"),
            Shape("Aa ", "!", "Translated from the Spanish by "),
            Shape("a", "!", "Traduit de l'"),
            Shape("/a", "!", "Übertragen aus dem Englischen: a"),
        ),
    ),
    "nutgraf.extract.text.calls._LANGUAGE_SWITCH_LINE": Use(
        "fullmatch", (*_shapes("a ", "a", "read in ", "english "), Shape("a", "!", "Read the original in "))
    ),
    "nutgraf.extract.text.bios._SIGN_OFF": Use("fullmatch", _shapes("a ", "a.", "I'm a ", " -")),
    "nutgraf.extract.text.headlines._CAPTION_LABEL_LINE": Use("fullmatch", _shapes("image caption", "a")),
    "nutgraf.extract.text.calls._FEED_NOTICE": Use(
        "match",
        (
            *_shapes("a ", "(", "syndicated "),
            Shape("a ", "!", "(except for the headline"),
            Shape("a (", "!", "this story "),
        ),
    ),
    "nutgraf.extract.text.calls._COURT_NOTICE": Use(
        "match",
        (
            *_shapes("a ", "a.", "this summary "),
            Shape("a ", "!", "this summary "),
            Shape(" ", "!", "this summary. "),
            Shape(" ", "!", "note:"),
        ),
    ),
    "nutgraf.extract.text.calls._LINK_REQUIRED_NOTICE": Use(
        "match",
        (
            *_shapes("а ", "a.b", "ссылка "),
            Shape("а ", "!", "при цитировании "),
            Shape("a.b ", "!", "при цитировании ссылка "),
            Shape("ա ", "!", "մեջբերումներ անելիս "),
            Shape("հղում ", "!", "մեջբերումներ անելիս "),
        ),
    ),
    "nutgraf.extract.text.calls._DESK_QUESTION": Use("match", _shapes("did we miss ", "have we get ", "a? ")),
    "nutgraf.extract.text.calls._OWN_VIDEO": Use(
        "search", _shapes("our ", "our a ", "our a-a ", "our youtube ")
    ),
    "nutgraf.extract.text.calls._TIP_QUESTION": Use(
        "match", _shapes("a ", "news ", "tips ", "story? ", "have ", "have a tip? ")
    ),
    "nutgraf.extract.html.markup._AI_SUMMARY_WORDS": Use("search", _shapes("key ", "summar")),
    "nutgraf.keyphrases.cjk._CJK": Use("search"),
    "nutgraf.keyphrases.thai._THAI": Use("search"),
    "nutgraf.keyphrases.lexicon._QUANTITY": Use("fullmatch", _shapes("1", "1.", "1a")),
    "nutgraf.keyphrases.words._ADDRESS": Use(
        "scan", _shapes("a", "a.", "a@", "a@a.", "http://", "www.", "@", "@a", " @")
    ),
    "nutgraf.keyphrases.cjk._CJK_PIECE": Use(
        "scan", _shapes("ア", "中", "の", "ア中の", "a", "a-", "中a", "a-a")
    ),
    "nutgraf.segment.CHINESE_DATELINE": Use("match", _shapes("中", "中1", "1月1日电", "1月1日电（", "（")),
    "nutgraf.extract.text.bylines.KOREAN_BYLINE": Use(
        "fullmatch", _shapes("김민", "김민·", "김민 ", "김민 기자 a", "김민 기자 a@")
    ),
    "nutgraf.segment._BRACKETED_CHINESE_DATELINE": Use("match", _shapes("（中", "（1", "（1日", "（1日電")),
    "nutgraf.segment.KOREAN_DATELINE": Use(
        "match", _shapes("(가", "가=", "가=가", "가=가) 가가", "가=가 = ")
    ),
    "nutgraf.language.tokens._WORD": Use("scan", _shapes("a'", "a’a", "a\u0301", "a\u0301’")),
    "nutgraf.language.tokens._LATIN_MARK_RUN": Use("scan", _shapes("\u0301", "a\u0301 ", " \u0300\u0323")),
    "nutgraf.extract.text.words._WHITE_SPACE": Use("search", _shapes("a", "•", "\u00e9a")),
    "nutgraf.language.tokens._NOT_NFC_AS_BY_LETTER": Use(
        "search",
        _shapes(
            "\u0301", "a\u0301", "e" + "\u0301" * 30 + " ", "\u0438\u0306 ", "\u03b1e\u0301", "\u1f71e\u0301"
        ),
    ),
    "nutgraf.language.tokens._KEPT_FROM_NFC": Use("scan", _shapes("\u1f71e\u0301", "\x00a", "\uf900")),
    "nutgraf.language.tokens._MARKS_ON_NOTHING": Use(
        "scan", _shapes("\u0301", " \u0301", "a\u0301 ", "\t\u0300a")
    ),
    "nutgraf.language.codes._LANGUAGE_TAG": Use(
        "fullmatch", (*_shapes("-a", "-aaaaaaaa"), Shape("-a", "!", "en"))
    ),
    "nutgraf.language.codes._ADLAM_LETTER": Use("scan", _shapes("𞤐", "𞤐𞥄 ")),
    "nutgraf.language.detection._CYRILLIC": Use("scan", _shapes("д", "д ")),
    "nutgraf.language.detection._HEBREW_POINTS": Use("scan", _shapes("אָ", "אַ ")),
    "nutgraf.language.detection._LATIN_NON": Use("scan", _shapes("non ", "qua ", "non grat")),
    "nutgraf.language.detection._QUOTED": Use("scan", _shapes("«", "“a ", '"a ')),
    "nutgraf.language.detection._QUOTATIONS": Use("scan", _shapes("„", "„a ", "„a“", '"a ')),
    "nutgraf.language.detection._SINGLE_QUOTED_OTHER_SCRIPT": Use(
        "scan", _shapes("'ب", "‘ب ", " 'ب'", "a'ب")
    ),
    "nutgraf.language.detection._LETTER": Use("scan", _shapes("a", "a ")),
    "nutgraf.language.detection._NOT_LATIN_LETTERS": Use("scan", _shapes("あ", "aあ", "ש ")),
    "nutgraf.language.detection._LATIN_WORDS": Use("scan", _shapes("a", "aあ", "é ")),
    "nutgraf.language.detection._BEYOND_LATIN": Use("scan", _shapes("a", "—", "aあ")),
    "nutgraf.language.detection._BULGARIAN_SIGNS": Use(
        "search", _shapes("а край ", "ий край А", "ъ", "ът", "а би ", "би А")
    ),
    "nutgraf.language.detection._MACEDONIAN_WONT": Use(
        "search", _shapes("нема ", "нема д", "анема да", "нема да се ", "нема да само", "мо")
    ),
    "nutgraf.language.detection._BELARUSIAN_ENDING": Use("search", _shapes("ац", "ацц", "ацца")),
    "nutgraf.language.detection._NEITHER_RUSSIAN_NOR_UKRAINIAN": Use("scan"),
    "nutgraf.language.detection._RUSSIAN_ENDING": Use("scan", _shapes("ост", "ости")),
    "nutgraf.language.detection._THAANA": Use("scan", _shapes("ދ", "ދި ")),
    "nutgraf.language.detection._NOT_A_PACIFIC_LETTER": Use("search", _shapes("a", "“a” é")),
    "nutgraf.language.detection._TIFINAGH": Use("scan", _shapes("ⵜ", "ⵜⴰ ")),
    "nutgraf.language.detection._SYLLABICS": Use("scan", _shapes("ᐃ", "ᐃᓕ ")),
    "nutgraf.language.detection._CHEROKEE": Use("scan", _shapes("Ꮳ", "ᏣᎳᎩ ")),
    "nutgraf.language.detection._OL_CHIKI": Use("scan", _shapes("ᱥ", "ᱥᱟ ")),
    "nutgraf.language.detection._SYRIAC": Use("scan", _shapes("ܐ", "ܡܕܪ ")),
    "nutgraf.language.detection._NKO": Use("scan", _shapes("ߞ", "ߞߊ߲߬ ")),
    "nutgraf.language.detection._ADLAM": Use("scan", _shapes("𞤄", "𞤄𞤢 ")),
    "nutgraf.language.detection._VAI": Use("scan", _shapes("ꕉ", "ꕉꕜ ")),
    "nutgraf.language.detection._MEETEI_MAYEK": Use("scan", _shapes("ꯂ", "ꯂꯣꯀ ")),
    "nutgraf.language.detection._INUKTITUT_LETTERS": Use("search", _shapes("ᐃ", "ᐃᓕ ")),
    "nutgraf.language.detection._TIBETAN_SYLLABLE_MARKS": Use("scan", _shapes("་", "ལུ་ ")),
    "nutgraf.language.detection._UKRAINIAN_ENDING": Use("scan", _shapes("нн", "нням")),
    "nutgraf.segment._LINE": Use("scan"),
    "nutgraf.segment._INNER_STOP": Use("scan", _shapes(".", "3.5", "a.", "։", "14։30", "።1", "1።")),
    "nutgraf.segment._PLACE_PREPOSITION": Use("scan", _shapes(" in", " in ", "In", "aIn ", " à", " en")),
    "nutgraf.segment._NAME_KEY": Use("match", _shapes("a", "a-", "a1", "1", "a b", "-a", "é ", "a_")),
    "nutgraf.segment._DIALLED_NUMBER": Use("match", _shapes("+1", " 1", "1 (1)-", "1111111 ")),
    "nutgraf.segment._OUNCES": Use("match", _shapes("1", "1.", "1/", "1 ", "1 -", "1 o", "1 ounce")),
    "nutgraf.segment._DATED_HEAD": Use("fullmatch", _shapes("jan", "jan. 1", "jan 1, ", "jana")),
    "nutgraf.segment._RELEASE_MARK_HEAD": Use(
        "match", _shapes(" ", "for immediate release ", "for immediate release,")
    ),
    "nutgraf.segment._DATED_PARAGRAPH": Use(
        "search", _shapes("\njan", "\njan. 1", "\njan 1, 2024", "\njan 1, 2024 -", "\njana 1, 2024 ")
    ),
    "nutgraf.segment.LETTER_OR_DIGIT": Use("search"),
    "nutgraf.segment._CELL": Use("scan", _shapes("|", "| ", "a|")),
    "nutgraf.segment._SEPARATORS": Use("match", _shapes("|", "| ", " |a")),
    "nutgraf.segment._DATELINE_TAG": Use("match", (*_shapes("(a", "(a ", "(a)"), Shape(" ", "", "(a)"))),
    "nutgraf.segment._BULLET": Use("match", _shapes("- ", " ", "-\t")),
    "nutgraf.segment._LIST_NUMBER": Use("match", _shapes("1", "1. ", "1)", "1 ", "1.\t")),
    "nutgraf.segment._POST_ATTRIBUTION": Use(
        "scan", (*_shapes("\n-", "\n- a", "\n-(", "(@a", "\na post shared by "), Shape("a", "", "\n— (@"))
    ),
    "nutgraf.segment._ENTRY_STAMP": Use(
        "match", _shapes("1", "1:11 ", "1.11 ", "1+1'", " ", "1:11pm ", "1:11 a.m.", "1:11 GMT —", " —")
    ),
    "nutgraf.segment._DATED_ENTRY_STAMP": Use(
        "match",
        (
            *_shapes(" ", "1", "a ", "1:11 "),
            Shape(" ", "a", "march 1, 1111, 1:11 a.m."),
            Shape(" —", "!", "march 1, 1111 at 1:11 GMT"),
        ),
    ),
    "nutgraf.extract.html.markup._BARE_FIGURE": Use("fullmatch", _shapes("1", "1,", "1.1", "1%")),
    "nutgraf.extract.html.markup._FIGURE_AFTER": Use("match", _shapes(" ", " 1")),
    "nutgraf.segment._UPDATE_STAMP": Use(
        "match", _shapes("update ", "update, 1", "update 1:11 p.m.", "update (1:11 pm ", "updated at 1 pm: ")
    ),
    "nutgraf.segment.DATELINE_DASH": Use("search", _shapes(" ", " -", "-", " - ", "--", " --")),
    "nutgraf.segment._SPEAKER_LABEL": Use(
        "match",
        _shapes(
            "A ", "A", "A:", "A b ", " A:", "A.-", "[1:11 ", "1:11:11", "Ab", "A b c d ", "P.", "Pregunta"
        ),
    ),
    "nutgraf.engines.default._CITATION": Use("scan", _shapes("[1", "[", " ^", "[citation")),
    "nutgraf.engines.default._LOWER_CASE_WORD": Use("search", _shapes(" ", "A ", "of ", "the ")),
    "nutgraf.engines.default._CLAIM_LABEL": Use("match", _shapes(" ", "claim ", " claim")),
    "nutgraf.segment._PERIOD_CANDIDATE": Use(
        "scan",
        _shapes(
            ".",
            ".)",
            ". ",
            "..",
            ".. ",
            ".[1]",
            "[1]",
            ".[",
            ".[citation",
            ". »",
            ". » ",
            " »",
            "\u00a0»",
            # The plain candidate's look-behinds: words of each length, listed and not, before ". a".
            " said. a",
            " approx. a",
            " mr. a",
            " xyz. ",
            " abcdefghijkl. a",
            " dec. ",
        ),
    ),
    "nutgraf.segment._WHOLE_LINE": Use("match"),
    "nutgraf.segment._CJK_END": Use(
        "scan", _shapes("。", "。」", "。 ", "！」 ", "？”。", "た。が、", "た。")
    ),
    "nutgraf.segment._WORD_START": Use("match"),
    "nutgraf.segment._SCRIPT_END": Use(
        "scan",
        _shapes(
            "؟",
            "؟ ",
            "α;",
            "α; ",
            "।»",
            "॥[1]",
            "። ",
            "។»",
            "።፧",
            "။ ",
            "។ ",
            "։ ",
            "۔a",
            "।a",
            "α;a",
            "։1",
            "ب۔ب",
            "ក។ល។",
            "ա: ",
            "ա»: ",
            "ա:",
        ),
    ),
    "nutgraf.segment._TWO_WORDS": Use("match", _shapes("a", "a ", "a a", "a\t")),
    "nutgraf.segment._OTHER_SCRIPT": Use("search", _shapes("a", "é", "“")),
    "nutgraf.segment._THAI_SPACE": Use("scan", _shapes("ก", "ก ", "ก \t", " ก")),
    "nutgraf.segment._ATTRIBUTION_CLAUSE": Use("match", _shapes("记", "记者", "记：", "a b")),
    "nutgraf.sites.registry.SITE_ID": Use("fullmatch", _shapes("a-", "a")),
    "nutgraf.sites.registry._NOT_IN_AN_ID": Use("scan", _shapes(".", "-a")),
    "nutgraf.store.articles._WORD": Use("scan"),
    "nutgraf.urls._HOST_NAME": Use("fullmatch"),
    "nutgraf.urls._URL_UNSAFE": Use("search"),
    "nutgraf.web.pages._PARAGRAPH_BREAK": Use("scan", _shapes("\n ", "\n\t \n ")),
}

#: Patterns applied only to input nutgraf controls, with the reason.
TRUSTED: dict[str, str] = {
    "nutgraf.batch.outputs._PART_NAME": "names of the part files nutgraf writes in its own output folder",
    "nutgraf.language.tokens._WORD_CHARACTER": "one character at a time, the code points below CJK, at import",
}


def _pattern(name: str) -> re.Pattern:
    module, _, attribute = name.rpartition(".")
    return getattr(importlib.import_module(module), attribute)


def _runner(pattern: re.Pattern, how: str):
    if how == "scan":

        def run(text):
            for _ in pattern.finditer(text):
                pass

        return run
    return {"search": pattern.search, "match": pattern.match, "fullmatch": pattern.fullmatch}[how]


class _TooSlow(Exception):
    pass


def _stop(signum, frame):  # Python's regex engine checks for signals as it backtracks
    raise _TooSlow


def _seconds(run, text) -> float:
    """CPU seconds of one run (not wall time: other processes on a busy machine do not count)."""
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(_RUN_LIMIT_S)
    try:
        start = time.thread_time()
        run(text)
        return time.thread_time() - start
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _best(run, text, repeats: int) -> float:
    return min(_seconds(run, text) for _ in range(repeats))


def _super_linearity(run, shape: Shape, as_bytes: bool) -> str | None:
    """Why ``run`` is super-linear on ``shape``, or ``None`` when its time grows about linearly."""
    try:
        return _growth(run, shape, as_bytes)
    except _TooSlow:
        return f"a run did not finish in {_RUN_LIMIT_S} s"


def _growth(run, shape: Shape, as_bytes: bool) -> str | None:
    def text(size: int):
        value = shape.text(size)
        return value.encode("utf-8") if as_bytes else value

    # Grow by doublings (an exponential pattern is caught at the first doubling it explodes on) until
    # a run takes a measurable time.
    # A measurable time is the least of three runs: one slow run in a busy spell had ended the doubling at 8
    # characters, where a pattern's fixed cost made 8 times the text look 34 times as slow (a CI run).
    size, seconds = 8, _best(run, text(8), 3)
    while seconds < _MEASURABLE_S:
        if size >= _MAX_CHARS:
            return None
        doubled = _seconds(run, text(2 * size))
        if doubled >= _MEASURABLE_S:
            doubled = _best(run, text(2 * size), 3)
            if doubled > _MAX_STEP_RATIO * max(seconds, _MEASURABLE_S / 8):
                seconds = _best(run, text(size), 3)
                if doubled > _MAX_STEP_RATIO * max(seconds, _MEASURABLE_S / 8):
                    return f"doubling {size:,} characters took {doubled / seconds:.0f} times as long"
        size, seconds = 2 * size, doubled
    base, small, large = size, text(size), text(8 * size)
    ratios = []
    for rounds in range(2, 2 + _ATTEMPTS):
        # Interleaved, so that a busy spell of the machine weighs on both sizes alike.
        small_s, large_s = float("inf"), float("inf")
        for _ in range(rounds):
            small_s = min(small_s, _seconds(run, small))
            large_s = min(large_s, _seconds(run, large))
        ratios.append(large_s / small_s)
        if ratios[-1] <= _MAX_RATIO:
            return None
    return (
        f"8 times the text ({8 * base:,} characters) took {min(ratios):.0f} times as long"
        f" ({large_s * 1000:.1f} ms)"
    )


@pytest.mark.parametrize("name", sorted(REGISTRY), ids=lambda name: name.removeprefix("nutgraf."))
def test_pattern_time_grows_linearly_with_hostile_input(name: str) -> None:
    pattern, use = _pattern(name), REGISTRY[name]
    run = _runner(pattern, use.how)
    as_bytes = isinstance(pattern.pattern, bytes)
    gc.disable()  # a collection in one timed run would skew its ratio
    try:
        failures = [
            f"{shape}: {why}"
            for shape in (*use.shapes, *GENERIC)
            if (why := _super_linearity(run, shape, as_bytes)) is not None
        ]
    finally:
        gc.enable()
    assert not failures, f"{name} ({use.how}) is super-linear:\n" + "\n".join(failures)


def test_the_checks_catch_quadratic_and_exponential_patterns() -> None:
    """The measurement itself: a linear pattern passes, the classic bad shapes do not."""
    quadratic = _runner(re.compile(r"a+b"), "scan")  # every start scans the rest of a run of a
    exponential = _runner(re.compile(r"(?:a|a)*b"), "match")
    linear = _runner(re.compile(r"(?<!a)a+b"), "scan")  # only a run's first a starts a match
    assert _super_linearity(linear, Shape("a", "!"), False) is None
    assert "times as long" in _super_linearity(quadratic, Shape("a", "!"), False)
    assert "times as long" in _super_linearity(exponential, Shape("a", "!"), False)


_RE_CALLS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}


def _compiled_patterns() -> tuple[set[str], list[str]]:
    """Names of the module-level patterns in the package's source, and the ``re`` calls that compile no
    module-level pattern (a pattern written inline, which the registry cannot name)."""
    names, inline = set(), []
    for path in sorted((SOURCE / "nutgraf").rglob("*.py")):
        parts = path.relative_to(SOURCE).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named = set()
        for node in tree.body:
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            if _is_re_call(value, {"compile"}) and len(targets) == 1 and isinstance(targets[0], ast.Name):
                names.add(f"{module}.{targets[0].id}")
                named.add(id(value))
        inline += [
            f"{module} line {node.lineno}"
            for node in ast.walk(tree)
            if _is_re_call(node, _RE_CALLS) and id(node) not in named
        ]
    return names, inline


def _is_re_call(node, functions: set[str]) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
        and node.func.attr in functions
    )


def test_every_pattern_in_the_package_is_audited() -> None:
    names, inline = _compiled_patterns()
    assert not inline, f"compile these patterns at module level and add them to REGISTRY: {inline}"
    unaudited = names - REGISTRY.keys() - TRUSTED.keys()
    assert not unaudited, (
        f"add these patterns to REGISTRY (with their worst input) or to TRUSTED (with the reason their"
        f" input is nutgraf's own): {sorted(unaudited)}"
    )
    stale = (REGISTRY.keys() | TRUSTED.keys()) - names
    assert not stale, f"these registered patterns are gone: {sorted(stale)}"
    assert not REGISTRY.keys() & TRUSTED.keys()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # Each pattern's repeated group, 10,000 times over, then what fails the match after it: a repeated
        # group holding an unbounded run backtracks exponentially there unless it is possessive throughout.
        ("nutgraf.extract._ADDRESSES_ONLY", "https://a.example/b " * 10_000 + "x y"),
        ("nutgraf.extract.text.span._SCORER", "Kane (" + "12, " * 10_000 + "a"),
        ("nutgraf.extract.text.span._SCORER", "Kane (12, " + "Ab cd ef " * 10_000),
        # The words after a scorer's minutes, each a run of letters, stops and hyphens the group's wildcard reads.
        ("nutgraf.extract.text.span._SCORER", "Kane (12 " + "a.b-" * 10_000 + " x"),
        ("nutgraf.extract._ADDRESSES_ONLY", " https://a" * 10_000 + " b"),
        # The eighteenth languages round's review: a word after Macedonian's "нема да" read to its end for
        # Serbian's "-мо", and clitics before a verb, each 10,000 times over.
        ("nutgraf.language.detection._MACEDONIAN_WONT", "нема да " + "мо" * 10_000 + "x"),
        ("nutgraf.language.detection._MACEDONIAN_WONT", "нема да се " * 10_000 + "мо"),
        ("nutgraf.extract.text.stamps._OTHER_SCRIPT_DATE_LINE", "سه\u200cشنبه" + " " * 10_000 + "۲۸ x"),
        ("nutgraf.feeds._MERIDIEM_TIME", "Mon, 07 Dec 2026 " + "1:00 " * 10_000 + "PX EST"),
        # The eighteenth outlets round's: a name's words, a share's label, a heading's spaces, a reading time's
        # age, each 10,000 times over.
        (
            "nutgraf.extract.text.calls._ORIGINAL_PUBLICATION_NOTE",
            "This post was originally published at A" + " Ab" * 10_000 + "!",
        ),
        ("nutgraf.extract.text.particulars._SHARE_LINE", "Left" + " a" * 10_000 + " 1%"),
        (
            "nutgraf.extract.text.furniture._COMMENT_RULES_HEADING",
            "the rules of replying" + " " * 10_000 + "!",
        ),
        ("nutgraf.extract.text.particulars._AGE_BEFORE_READING_TIME", "1h" + " " * 10_000 + "•"),
        # The twentieth outlets round's: a widget's name, a caption's name, a table row's club, a live blog's
        # words, a box score's name, each 10,000 times over.
        ("nutgraf.extract.text.figures._QUOTE_ROW", "Tesla" + " Ab" * 10_000 + " 1"),
        # A price's thousands before its cents (the review's), 10,000 of them with no cents after.
        ("nutgraf.extract.text.figures._QUOTE_ROW", "Tesla 1" + ",111" * 10_000 + ".1 +1%"),
        ("nutgraf.extract.text.figures._DATA_PROVIDER", "Market Data Provided By" + " A" * 10_000 + "!"),
        ("nutgraf.extract.text.figures._TABLE_CAPTION", "Toyota" + " Motor" * 10_000 + " (in"),
        ("nutgraf.extract.text.figures._TABLE_ROW", "1. PSG" + " Ab" * 10_000 + " 36"),
        ("nutgraf.extract.text.figures._LIVE_BLOG_CALL", "follow our live" + " transfer" * 10_000 + "!"),
        ("nutgraf.extract.text.figures._BOX_SCORE_ENTRY", "Gordon" + ".a" * 10_000 + " 5-11 2-2"),
        ("nutgraf.extract.text.figures._DATA_PROVIDER", "market data provided by a." + " 1" * 10_000),
        # The nineteenth outlets round's: a source's name, a licence's words, a newsroom's adjectives, a page's
        # address, an update's spaces and a byline's separators, each 10,000 times over.
        (
            "nutgraf.extract.text.furniture._REPUBLISHED_SOURCE",
            "This story was originally published by A" + " Ab" * 10_000 + "!",
        ),
        # The review's narrowing of the round's: a struck figure's digits and stops, a call's address.
        ("nutgraf.extract.html.markup._BARE_FIGURE", "1," * 10_000 + "a"),
        ("nutgraf.extract.html.markup._FIGURE_AFTER", " " * 10_000 + "a"),
        ("nutgraf.extract.text.furniture._REPUBLISHING_NOTE_CALL", "Learn more at a" + ".a-" * 10_000 + "!"),
        (
            "nutgraf.extract.text.furniture._NEWSROOM_LICENCE",
            "Esta reportagem pode ser republicada sob licença Creative Commons"
            + " a." * 10_000
            + ", desde que a!",
        ),
        (
            "nutgraf.extract.text.furniture._REPUBLISHED_SOURCE",
            "This article originally appeared in A at a" + "/a" * 10_000 + " !",
        ),
        (
            "nutgraf.extract.text.furniture._NEWSROOM_DESCRIPTION",
            "A is a " + "nonprofit, " * 10_000 + "!",
        ),
        ("nutgraf.extract.text.furniture._NEWSROOM_LICENCE", "Dieser Artikel darf " + "a " * 10_000 + "!"),
        ("nutgraf.segment._UPDATE_STAMP", "Update, 3:15 p.m.:" + " " * 10_000 + "1"),
        ("nutgraf.extract.text.particulars._STAMP_AFTER_NAMES", "By A" + " |" * 10_000 + " x"),
        # The nineteenth xfails pass: a summary box's class, a closing credit's names.
        ("nutgraf.extract.html.body._SUMMARY_NAME", "summar" * 10_000 + "x"),
        ("nutgraf.extract.text.bios._CREDITED_NAMES_SEPARATOR", "und " * 10_000 + "x"),
        # The twenty-first outlets round's: a shop's name, a note's words before its funder, a site's name
        # before its commission, a statement's subject, a byline's names before a stamp, each 10,000 times over.
        ("nutgraf.extract.text.figures._DEAL_ROW", "$199 at Best" + " Buy" * 10_000 + "!"),
        ("nutgraf.extract.text.furniture._DESK_NOTE", "Disclosures: " + "a " * 10_000 + "!"),
        ("nutgraf.extract.text.furniture._AFFILIATE_NOTE", "a" + ".a" * 10_000 + " may earn a x"),
        ("nutgraf.extract.text.calls._SOURCING_STATEMENT", "A" + " a" * 10_000 + " uses only x"),
        ("nutgraf.extract.text.particulars._STAMP_AFTER_NAMES", "By A" + " on" * 10_000 + " x"),
        ("nutgraf.extract.text.calls._CALL_VERB", "puedes seguir a x en facebook" + ", x" * 10_000 + " y"),
        ("nutgraf.extract.text.figures._SCORE", "4" + " out of 5" * 10_000 + "x"),
        ("nutgraf.extract.text.furniture._ADDRESSES_THE_READER", "yours " * 10_000 + "x"),
        # The twenty-first xfails pass: a command's arguments, an owner's name, a term's words, a hub's label.
        ("nutgraf.extract.text.figures._COMMAND_LINE", "powershell -w" + " h" * 10_000 + "\n"),
        (
            "nutgraf.extract.text.furniture._OWNER_DISCLAIMER",
            "this story does not necessarily represent the views of its owners, " + "a " * 10_000 + "x",
        ),
        ("nutgraf.extract.text.span._TERM_QUESTION", "What is " + "RSV " * 10_000 + "x"),
        ("nutgraf.extract.text.calls._HUB_LINK", "AP" + " NBA" * 10_000 + ": x"),
        # The twenty-third xfails pass: a court list's row's names.
        ("nutgraf.extract.text._COURT_LIST_ROW", "A" + " Aa" * 10_000 + "!"),
        ("nutgraf.extract.text._COURT_WORDS", "courts magistrat sheriffs " * 10_000 + ":"),
        # The twenty-second xfails pass: a handle's words before the time, a share's digits.
        ("nutgraf.extract.html.body._POSTED_LINE", "posted by " + "a at " * 10_000 + "x"),
        ("nutgraf.extract.text.figures._SHARE_CELL", "1" * 10_000 + "%"),
        # Round 34's review: a UTC offset's digits, 10,000 near-offsets over.
        ("nutgraf.extract.html.metadata._OFFSET", "0+25:0" * 10_000 + "x"),
    ],
)
def test_a_repeated_group_ten_thousand_times_over_then_a_mismatch_ends(name: str, text: str) -> None:
    module, _, attribute = name.rpartition(".")
    pattern = getattr(importlib.import_module(module), attribute)
    try:
        _seconds(pattern.fullmatch, text)
    except _TooSlow:
        pytest.fail(f"{name} did not finish in {_RUN_LIMIT_S} s of CPU on 10,000 repeats of its group")
