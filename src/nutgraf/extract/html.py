"""HTML: decode a page, find its article with two extractors, and read its metadata.

trafilatura (fast mode, comments left out) does the main extraction; the page's meta tags, JSON-LD and
htmldate give title, byline, date and site name. readability-lxml gives a second, independent opinion on
where the article starts and ends, and the two are combined by agreement (:func:`choose_by_agreement`):
when one output is (almost) contained in the other, both extractors found the same article core and
disagree only about its edges. If trafilatura's holds readability's and is clearly larger, its surplus is
text only it took for article (link lists, teasers, captions) and readability's output is used; if
readability's holds trafilatura's and is more than twice its size, trafilatura stopped early and
readability's output is used. Outputs that do not nest found different things; trafilatura's stands.
``bench/extraction_bench.py`` measures the combination beside each extractor alone.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from contextlib import suppress
from datetime import datetime
from functools import cache
from urllib.parse import urlsplit

from nutgraf.article import Article
from nutgraf.errors import NoArticleFound
from nutgraf.extract.text import WORD_UNIT
from nutgraf.language import detect_language

#: Pages longer than this (in characters, after dropping scripts, styles and comments) are cut here. The
#: largest news pages run to about 1.5 million characters with their scripts; the cut bounds the time
#: and memory one page can take (a few seconds at worst, for a page that is all markup).
MAX_HTML_CHARS = 2_000_000

# An output shares at least this share of its 4-word shingles with the other: the two nest.
_NESTED = 0.9
# trafilatura's output, holding readability's, is this much larger: its surplus is page furniture.
_TRIM_RATIO = 1.25
# readability's output, holding trafilatura's, is this much larger: trafilatura missed part of the article.
_EXTEND_RATIO = 2.0
# Below this many words, or with fewer sentence ends and no paragraph of running prose, an extraction is
# not an article (a 404 page, a list of headlines or links: their lines are short, without final stops).
_MIN_WORDS = 25
_MIN_SENTENCES = 2
_PROSE_WORDS = 40
# A page whose extracted words are this much link text (headlines of other pages) is a list of stories.
# Articles on the benchmark reach 15% (related-story lines kept in the body).
_MAX_LINK_SHARE = 0.25

_SHINGLE_WORD = re.compile(r"\w+")
_BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_NOISE_START = re.compile(r"<(script|style|noscript|template)\b|<!--")
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"<(?:p|div|span|a|br|li|ul|table|td|h[1-6]|article|section|img|meta|title|script)\b[^>]*>", re.IGNORECASE
)
_CLOSING_TAG = re.compile(r"</[a-zA-Z][\w-]*\s*>\s*$")
_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table",
    "blockquote", "pre", "section", "article", "figure", "figcaption", "header", "footer", "dd", "dt",
)  # fmt: skip
_SENTENCE_END = re.compile(r"\w[.!?…][\"'”’»)]?(?:\s|$)|[。！？]")
_SPACES = re.compile(r"[^\S\n]+")
# Elements readability need not look at: they never hold the article.
_NEVER_ARTICLE = (
    "script", "style", "noscript", "template", "link", "nav", "header", "footer", "aside", "menu",
    "input", "button", "select", "label", "svg", "canvas", "iframe", "object", "embed", "figure", "img",
    "picture", "video", "audio",
)  # fmt: skip
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than plain text that mentions a tag or two."""
    head = text[:4096]
    if _HTML_START.match(head) or len(_HTML_TAG.findall(head)) >= 3:
        return True
    return bool(_HTML_TAG.match(text.lstrip()) and _CLOSING_TAG.search(text[-256:]))


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The text of an HTML page from its bytes.

    Valid UTF-8 is taken for UTF-8 whatever the page declares: pages labelled Latin-1 that are UTF-8 are
    common, and legacy-encoded text virtually never happens to be valid UTF-8. Then a byte-order mark
    decides (UTF-16). Otherwise ``declared`` (the charset of an HTTP header) and then the page's own
    ``<meta charset>`` are tried, and a label that cannot decode the bytes is ignored in favour of
    :func:`nutgraf.pipeline.decode_text`'s detection.
    """
    from nutgraf.pipeline import decode_text

    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return decode_text(data)  # which also refuses binary files (PDF, images) by their signature
    if data.startswith(_BYTE_ORDER_MARKS):
        return decode_text(data)
    match = _META_CHARSET.search(data[:4096])
    for label in (declared, match.group(1).decode("ascii", "ignore") if match else None):
        name = _codec_name(label)
        if name and name != "utf-8":
            try:
                return decode_text(data.decode(name))
            except UnicodeDecodeError:
                continue
    return decode_text(data)


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def extract_html(html: str, *, url: str | None = None) -> Article:
    """The article on an HTML page, with the title, byline, date and site name the page declares.

    Raises:
        NoArticleFound: the page holds no article (a home page, an error page, a list of links).
    """
    import trafilatura

    tree = _parse(_bounded(html))
    if tree is None:
        raise NoArticleFound("the page holds no HTML elements; give the HTML of an article page")
    metadata = _metadata(tree, url)
    # trafilatura works on a copy of the tree it is given; readability makes its own (TextReadability).
    document = trafilatura.bare_extraction(tree, url=url, fast=True, include_comments=False)
    primary = _paragraphs(document.text if document is not None else "")
    paragraphs = choose_by_agreement(primary, _readability_paragraphs(tree))
    if not is_article(paragraphs) or _link_share(paragraphs, tree) >= _MAX_LINK_SHARE:
        raise NoArticleFound(
            "the page holds no article text (it looks like a home page, an error page or a list of links);"
            " give the URL or HTML of a single article"
        )
    fields = _fields(metadata, url)
    body = "\n\n".join(_without_heading(paragraphs, fields["title"]))
    return Article(text=body, language=detect_language(body), url=url or metadata.url, **fields)


def _without_heading(paragraphs: list[str], title: str | None) -> list[str]:
    """The body without the page's headline at its head (the article's ``<h1>``): it is the title."""
    if title and len(paragraphs) > 1:
        head, title = paragraphs[0].casefold(), title.casefold()
        if not _SENTENCE_END.search(paragraphs[0]) and (title.startswith(head) or head.startswith(title)):
            return paragraphs[1:]
    return paragraphs


def _parse(html: str):
    """The page's tree; ``None`` when it holds no elements."""
    from lxml.etree import ParserError
    from lxml.html import document_fromstring
    from trafilatura.utils import load_html

    if _HTML_START.match(html):
        return load_html(html)
    # trafilatura refuses fragments ("<p>...</p>"); lxml makes them a document.
    try:
        return document_fromstring(html)
    except ParserError:
        return None


def choose_by_agreement(primary: list[str], secondary: list[str]) -> list[str]:
    """trafilatura's paragraphs (``primary``), or readability's where the two agree on the article's core.

    Readability's output wins when it nests in trafilatura's and is clearly shorter (the rest is text
    only trafilatura takes for article: teasers, link lists, captions), or when trafilatura's nests in it
    and is less than half its size (trafilatura stopped early). A readability output that is no article
    by itself (a stray sentence) never wins.
    """
    if not primary:
        return secondary
    if not is_article(secondary):
        return primary
    first, second = _shingles(" ".join(primary)), _shingles(" ".join(secondary))
    size_first, size_second = sum(first.values()), sum(second.values())
    if not size_first or not size_second:
        return primary
    common = sum((first & second).values())
    if common >= _NESTED * size_second and size_first > _TRIM_RATIO * size_second:
        return secondary
    if common >= _NESTED * size_first and size_second > _EXTEND_RATIO * size_first:
        return secondary
    return primary


def is_article(paragraphs: list[str]) -> bool:
    """Whether extracted paragraphs read as an article: enough words, and sentences rather than links."""
    text = "\n".join(paragraphs)
    if len(WORD_UNIT.findall(text)) < _MIN_WORDS:
        return False
    if len(_SENTENCE_END.findall(text)) >= _MIN_SENTENCES:
        return True
    return any(len(WORD_UNIT.findall(p)) >= _PROSE_WORDS for p in paragraphs)


def _link_share(paragraphs: list[str], tree) -> float:
    """The share of the words in ``paragraphs`` that are in paragraphs that are the text of a link."""
    links = {" ".join(a.text_content().split()).casefold() for a in tree.iter("a")}
    total = sum(len(p.split()) for p in paragraphs)
    linked = sum(len(p.split()) for p in paragraphs if " ".join(p.split()).casefold() in links)
    return linked / total if total else 0.0


def _shingles(text: str) -> Counter:
    tokens = _SHINGLE_WORD.findall(text)
    return Counter(zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


def _bounded(html: str) -> str:
    if len(html) <= MAX_HTML_CHARS:
        return html
    return _without_noise(html)[:MAX_HTML_CHARS]


def _without_noise(html: str) -> str:
    """``html`` without scripts, styles and comments, in one pass (an unclosed one runs to the end)."""
    lowered = html.lower()
    kept, position = [], 0
    for opening in _NOISE_START.finditer(lowered):
        if opening.start() < position:
            continue
        kept.append(html[position : opening.start()])
        closer = "-->" if opening.group(0) == "<!--" else f"</{opening.group(1)}"
        end = lowered.find(closer, opening.end())
        if end < 0:
            return "".join(kept)
        position = lowered.find(">", end) + 1 or len(html)
    kept.append(html[position:])
    return "".join(kept)


def _paragraphs(text: str) -> list[str]:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def _readability_paragraphs(tree) -> list[str]:
    from lxml import etree
    from readability.readability import Unparseable

    try:
        return _text_readability()(tree).article_paragraphs()
    except (Unparseable, ValueError, etree.ParserError):
        return []


def _block_paragraphs(root) -> list[str]:
    """The text of an element, a paragraph per block element (it edits the element's white space)."""
    from lxml import etree

    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + element.tail if element.tail else "\n"
        element.text = "\n" + element.text if element.text else "\n"
    return _paragraphs(etree.tostring(root, method="text", encoding="unicode"))


@cache
def _text_readability():
    """readability-lxml's ``Document``, made to parse for text only (imported on first use)."""
    from copy import deepcopy

    import lxml.html
    from lxml import etree
    from readability import Document

    class TextReadability(Document):
        """Readability without its HTML sanitizer: nutgraf keeps only the text of the result.

        The stock ``_parse`` rewrites every link and attribute for safe re-display, nearly half of its run
        time; text needs none of that. Elements that never hold the article text (navigation, headers,
        asides, footers, controls, figures and embedded media; not forms, which wrap whole pages on some
        sites) are dropped before scoring: that halves the time again and does not
        lower the benchmark's F1.
        """

        def _parse(self, input):
            # ``input`` is the page's parsed tree; readability edits what it parses, and may parse twice.
            doc = deepcopy(input)
            for element in doc.xpath("//*[@hidden]"):
                element.drop_tree()
            for element in doc.xpath("//*[@style]"):
                if _DISPLAY_NONE.search(element.get("style", "")):
                    element.drop_tree()
            etree.strip_elements(
                doc, *_NEVER_ARTICLE, etree.Comment, etree.ProcessingInstruction, with_tail=False
            )
            return doc

        def get_link_density(self, elem):
            # readability's formula, with text lengths taken without its three regex passes per element
            # (a quarter of its run time): white space runs count as one character either way.
            links = sum(_text_length(a) for a in elem.iterfind(".//a"))
            return links / max(_text_length(elem), 1)

        def get_clean_html(self):
            # readability's hook for turning the chosen article into its result: the text is taken
            # here, rather than serialising the article to HTML, cleaning that and parsing it back.
            markup = lxml.html.tostring(self.html, encoding="unicode")  # summary() retries when short
            self.paragraphs = _block_paragraphs(self.html)
            return markup

        def article_paragraphs(self) -> list[str]:
            """The paragraphs of the article readability chooses."""
            self.paragraphs: list[str] = []
            self.summary(html_partial=True)
            return self.paragraphs

    return TextReadability


def _text_length(element) -> int:
    return len(" ".join((element.text_content() or "").split()))


def _metadata(tree, url: str | None):
    """What the page says about itself (meta tags, JSON-LD, title and byline elements, date).

    trafilatura's own pieces, minus the categories, tags and licence nutgraf has no use for.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_author,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    metadata = examine_meta(tree)
    # trafilatura's own rule: a one-word "author" in meta tags is a site or handle, not a byline.
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    # Malformed JSON-LD raises all sorts; the meta tags then stand.
    with suppress(ValueError, TypeError, AttributeError, KeyError):
        metadata = extract_meta_json(tree, metadata)
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or extract_author(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    metadata.date = find_date(tree, url=url or metadata.url, extensive_search=False, original_date=True)
    return metadata


def _fields(metadata, url: str | None) -> dict:
    return {
        "title": _clean(metadata.title),
        "byline": _clean(metadata.author),
        "published": _parse_date(metadata.date),
        "site": _site(metadata.sitename, url or metadata.url),
    }


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    cleaned = _SPACES.sub(" ", value).strip()
    return cleaned or None


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _site(sitename: str | None, url: str | None) -> str | None:
    if sitename:
        return _clean(sitename.lstrip("@"))
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
