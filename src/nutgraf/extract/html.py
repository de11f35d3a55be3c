"""HTML: decode a page, find its article with two extractors, and read its metadata.

The page is parsed once. Its meta tags, JSON-LD and htmldate give title, date and site name; then the
elements that never hold article text are dropped, and trafilatura (fast mode, comments left out) does
the main extraction. Where its output gives cause for doubt (:func:`is_doubtful`), readability-lxml gives a
second, independent opinion on where the article starts and ends, and the two are combined by agreement
(:func:`choose_by_agreement`): when one output is (almost) contained in the other, both extractors found
the same article core and disagree only about its edges. If trafilatura's holds readability's and is
clearly larger, its surplus is text only it took for article (link lists, teasers, captions) and
readability's output is used; if readability's holds trafilatura's and is more than 1.5 times its size,
trafilatura stopped early and readability's output is used. Outputs that do not nest found different
things; trafilatura's stands. When no meta tag names the author, trafilatura's byline search comes last.
``bench/extraction_bench.py`` measures the result beside each extractor alone.
"""

from __future__ import annotations

import codecs
import logging
import re
import threading
from collections import Counter
from contextlib import suppress
from copy import deepcopy
from datetime import datetime
from functools import cache

from nutgraf.article import Article, site_of
from nutgraf.decode import decode_text, utf8_reading
from nutgraf.errors import NoArticleFound
from nutgraf.extract.text import MONTH, WORD_UNIT, is_call_to_action
from nutgraf.language import detect_language

# readability logs a traceback for a page it cannot parse, then raises; nutgraf catches that and goes on
# with trafilatura's text, so the traceback on stderr would only alarm the user.
logging.getLogger("readability").addHandler(logging.NullHandler())
logging.getLogger("readability").propagate = False

#: Pages longer than this (in characters, after dropping scripts, styles and comments) are cut here. The
#: largest news pages run to about 1.5 million characters with their scripts; the cut bounds the time
#: and memory one page can take (a few seconds at worst, for a page that is all markup).
MAX_HTML_CHARS = 2_000_000

# An output shares at least this share of its 4-word shingles with the other: the two nest.
_NESTED = 0.9
# trafilatura's output, holding readability's, is this much larger: its surplus is page furniture.
_TRIM_RATIO = 1.25
# readability's output, holding trafilatura's, is this much larger: trafilatura missed part of the article.
_EXTEND_RATIO = 1.5
# readability's opinion is asked (is_doubtful) when this share of trafilatura's lines end no sentence,
# or when the page's <p> elements hold fewer than _DOUBT_LOW or more than _DOUBT_HIGH times its words.
_DOUBT_UNFINISHED = 0.25
_DOUBT_LOW = 0.9
_DOUBT_HIGH = 1.5
# Below this many words, or with fewer sentence ends and no paragraph of running prose, an extraction is
# not an article (a 404 page, a list of headlines or links: their lines are short, without final stops).
_MIN_WORDS = 25
_MIN_SENTENCES = 2
_PROSE_WORDS = 40
# A page whose extracted words are this much link text (headlines of other pages) is a list of stories.
# Articles on the benchmark reach 15% (related-story lines kept in the body).
_MAX_LINK_SHARE = 0.25
# Words in the longest link taken for a story card (headline and teaser).
_CARD_LINK_WORDS = 60

# The time of day and offset where the page gives them; a date alone reads as that day's midnight.
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_SHINGLE_WORD = re.compile(r"\w+")
# Separators between a page's headline and its site's name in <title> and og:title.
_TITLE_SEPARATOR = re.compile(r" [|–—·-] | :: ")
# Where an author field runs on past the names, never at its start: a weekday, a month before a day
# ("November 19": a month alone may be a name, April Smith or Julian March), a bio, a "Published" stamp.
_BYLINE_TAIL = re.compile(
    r"(?<=\S)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|published|updated|posted)\b"
    rf"|{MONTH}(?=\s*\d)"
    r"|is an? )",
    re.IGNORECASE,
)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# [^<>] rather than [^>]: a scan from one "<meta" stops at the next "<", so matching stays linear.
_META_CHARSET = re.compile(rb"""<meta[^<>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_DATA_URI = re.compile(r"""=\s*(["'])data:[^"']*\1""", re.IGNORECASE)
_NOISE_START = re.compile(r"<(script|style|noscript|template)\b|<!--")
# The root of an HTML document, after its prolog (see prolog_end).
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# What may open a document before its root element: white space, comments, the XML declaration and
# other processing instructions. Skipped by scanning (prolog_end), not by one pattern: a repeated group
# of lazy comment matches backtracks exponentially in the number of comments.
_SPACE = re.compile(r"\s*")
_TAG_NAMES = r"p|div|span|a|br|li|ul|table|td|h[1-6]|article|section|img|meta|title|script"
_DOCTYPE = re.compile(r"< ?! ?doctype[^<>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(rf"<(?:{_TAG_NAMES})\b[^<>]*>", re.IGNORECASE)
_KNOWN_CLOSING_TAG = re.compile(rf"</(?:{_TAG_NAMES})\s*>", re.IGNORECASE)
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
_PARSERS = threading.local()
# Elements that never hold article text, dropped with scripts once the metadata is read (JSON-LD
# scripts stay, for trafilatura): trafilatura and readability drop them too, but each on its own copy
# and after passes of regular expressions over every element; dropped first, they spare trafilatura a
# third of its work and the byline search half of its.
_NEVER_TEXT = (
    "style", "noscript", "link", "meta", "nav", "menu", "aside", "footer", "iframe", "object",
    "embed", "svg", "canvas", "img", "picture", "video", "audio", "select", "button", "input", "label",
    "textarea",
)  # fmt: skip


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than plain text that mentions a tag or two."""
    # After the prolog: a page may open with more than a head's worth of comments.
    start = prolog_end(text)
    head = text[start : start + 4096]
    if _HTML_ROOT.match(head) or len(_HTML_TAG.findall(head)) >= 3:
        return True
    # A fragment: it opens with a tag, and closes one (at its end, or early on if it was cut off).
    closes = _CLOSING_TAG.search(text[-256:]) or _KNOWN_CLOSING_TAG.search(head)
    return bool(_HTML_TAG.match(text.lstrip()) and closes)


def prolog_end(text: str) -> int:
    """Where ``text`` leaves its prolog: the white space, comments, XML declaration and processing
    instructions a document may open with. Each is skipped with one search for its end: linear time."""
    position = 0
    while True:
        position = _SPACE.match(text, position).end()
        if text.startswith("<!--", position):
            end, length = text.find("-->", position + 4), 3
        elif text.startswith("<?", position):
            end, length = text.find(">", position + 2), 1
        else:
            return position
        if end < 0:
            return len(text)
        position = end + length


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The text of an HTML page from its bytes.

    The charset the page declares, ``declared`` (an HTTP header's) and then its own ``<meta charset>``,
    is used unless it is UTF-8, the bytes start with a byte-order mark, the bytes are UTF-8 (pages
    labelled Latin-1 that are UTF-8 are common; legacy-encoded text virtually never happens to be valid
    UTF-8; a few stray bytes are allowed) or the label cannot decode them. All else goes to
    :func:`nutgraf.decode.decode_text`
    (byte-order mark, UTF-8, else the least garbled legacy encoding), which also refuses binary and
    oversized input.
    """
    if not data.startswith(_BYTE_ORDER_MARKS):
        match = _META_CHARSET.search(data[:4096])
        labels = (declared, match.group(1).decode("ascii", "ignore") if match else None)
        names = [name for name in map(_codec_name, labels) if name and name != "utf-8"]
        if names and utf8_reading(data) is None:
            for name in names:
                with suppress(UnicodeDecodeError):
                    return decode_text(data.decode(name))
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

    ``html`` is text as :func:`nutgraf.decode.decode_text` returns it (as :func:`nutgraf.extract`
    passes it): without NUL and other control characters.

    Raises:
        NoArticleFound: the page holds no article (a home page, an error page, a list of links).
    """
    import trafilatura

    tree = _parse(_bounded(html))
    if tree is None:
        raise NoArticleFound("the page holds no HTML elements; give the HTML of an article page")
    metadata = _metadata(tree, url)
    # An article's own <footer> (WordPress puts "Published ... By ..." there) goes with the other
    # footers below; a copy is kept for the byline search, which looks there first.
    article_footers = [] if metadata.author else [deepcopy(f) for f in _own_footers(tree)]
    _drop_never_text(tree)
    # trafilatura works on a copy of the tree it is given; readability makes its own (TextReadability).
    document = trafilatura.bare_extraction(tree, url=url, fast=True, include_comments=False)
    paragraphs = _paragraphs(document.text if document is not None else "")
    if is_doubtful(paragraphs, tree):
        paragraphs = choose_by_agreement(paragraphs, _readability_paragraphs(tree))
    if not is_article(paragraphs) or _link_share(paragraphs, tree) >= _MAX_LINK_SHARE:
        cut = (
            f" in its first {MAX_HTML_CHARS:,} characters (the page has {len(html):,}; scripts, styles and"
            " inline data left out)"
            if len(html) > MAX_HTML_CHARS
            else ""
        )
        raise NoArticleFound(
            f"the page holds no article text{cut} (it looks like a home page, an error page or a list of"
            " links); give the URL or HTML of a single article"
        )
    if not metadata.author:
        from trafilatura.metadata import extract_author

        # trafilatura's search for a byline element: a dozen regular expressions on every element, run
        # on the article's footers, then on the smaller tree (never in navigation, asides or page
        # footers: there it is another story's, or a commenter's).
        for footer in article_footers:
            metadata.author = metadata.author or extract_author(footer)
        metadata.author = metadata.author or extract_author(tree)
    fields = _fields(metadata, url)
    # Calls to the reader the page wrote as paragraphs of the article ("Read more: ...", "Anzeige").
    paragraphs = [p for p in paragraphs if not is_call_to_action(p)] or paragraphs
    body = "\n\n".join(_without_heading(paragraphs, fields["title"]))
    return Article(text=body, language=detect_language(body), url=url or metadata.url, **fields)


def _own_footers(tree) -> list:
    """The footers of the page's own <article>: not of one inside an aside or a menu (a story card),
    not of an article nested in it, not of a comment."""
    article = next((a for a in tree.iter("article") if not _inside(a, ("aside", "nav", "article"))), None)
    if article is None:
        return []
    return [
        footer
        for footer in article.iter("footer")
        if "comment" not in (footer.get("class") or "")
        and not _inside(footer, ("article", "aside", "nav"), stop=article)
    ]


def _inside(element, tags: tuple[str, ...], stop=None) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in tags:
            return True
    return False


def _drop_never_text(tree) -> None:
    """Remove scripts (JSON-LD excepted) and the elements :data:`_NEVER_TEXT`; the text after them stays."""
    from lxml import etree

    etree.strip_elements(tree, *_NEVER_TEXT, with_tail=False)
    for script in list(tree.iter("script")):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            script.drop_tree()


def _without_heading(paragraphs: list[str], title: str | None) -> list[str]:
    """The body without the page's headline at its head (the article's ``<h1>``): it is the title."""
    if title and len(paragraphs) > 1:
        head, title = paragraphs[0].casefold(), title.casefold()
        if not _SENTENCE_END.search(paragraphs[0]) and (title.startswith(head) or head.startswith(title)):
            return paragraphs[1:]
    return paragraphs


def _parse(html: str):
    """The page's tree; ``None`` when it holds no elements. A fragment ("<p>...</p>") becomes a document."""
    from lxml.etree import ParserError
    from lxml.html import document_fromstring
    from trafilatura.utils import INVALID_XML_CHARS

    html = _repaired(html)
    # The characters XML cannot hold, which trafilatura removes too, are removed only when there are
    # any: decode_text has dropped all but these four.
    if any(character in html for character in "\x0b\x0c\ufffe\uffff"):
        html = INVALID_XML_CHARS.sub("", html)
    # Parsed as UTF-8 bytes: lxml refuses a str that starts with an XML declaration naming an encoding.
    data = html.encode("utf-8", "replace")
    try:
        return document_fromstring(data, parser=_html_parser())
    except ParserError:
        return None


def _repaired(html: str) -> str:
    """``html`` with trafilatura's repairs of what libxml2 misreads, made in linear time (trafilatura's
    own patterns backtrack quadratically on a long first line of slashes): a DOCTYPE naming a DTD by
    its path is dropped, and a self-closed ``<html .../>`` in the first lines is opened."""
    doctype = _DOCTYPE.match(html)
    if doctype and "/" in doctype.group():
        html = html[doctype.end() :]
    head = html[:4096]
    for line in head.splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            start = html.find("<html")
            end = html.find("\n", start)
            slash = html.find("/>", start, end if end >= 0 else len(html))
            return html[:slash] + html[slash + 1 :] if slash >= 0 else html
    return html


def _html_parser():
    """This thread's HTML parser (lxml advises against sharing a parser between threads: it is slower).

    trafilatura's settings (comments and processing instructions dropped as the page is parsed), with
    one change: every element is an ``HtmlElement``, chosen in C. lxml's default for HTML asks a
    Python method for each element Python touches (to make forms and inputs ``FormElement``,
    ``InputElement``..., whose extras nothing here uses), and trafilatura and readability touch
    elements by the thousand: it costs a seventh of the extraction time.
    """
    parser = getattr(_PARSERS, "html", None)
    if parser is None:
        from lxml import etree, html

        parser = html.HTMLParser(
            collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
        )
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=html.HtmlElement,
                comment=html.HtmlComment,
                pi=html.HtmlProcessingInstruction,
                entity=html.HtmlEntity,
            )
        )
        _PARSERS.html = parser
    return parser


def choose_by_agreement(primary: list[str], secondary: list[str]) -> list[str]:
    """trafilatura's paragraphs (``primary``), or readability's where the two agree on the article's core.

    Readability's output wins when it nests in trafilatura's and is clearly shorter (the rest is text
    only trafilatura takes for article: teasers, link lists, captions), or when trafilatura's nests in it
    and is less than two thirds its size (trafilatura stopped early). A readability output that is no article
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


def is_doubtful(paragraphs: list[str], tree) -> bool:
    """Whether trafilatura's ``paragraphs`` may hold more or less than the article on the page ``tree``.

    Article text is running prose, and on nearly every news page it sits in ``<p>`` elements. Doubt
    comes from a quarter or more of the lines ending no sentence (other stories' headlines, link lists,
    labels, share and print buttons: text beside the article), from the page's paragraphs holding
    under 90 % of the words extracted (the rest came from lists, tables or bare ``<div>`` text), and
    from the page's paragraphs holding over 1.5 times the words extracted (trafilatura may have stopped
    early). Readability is asked only then: elsewhere its opinion rarely changes the text.
    """
    if not paragraphs:
        return True
    unfinished = sum(1 for paragraph in paragraphs if not _SENTENCE_END.search(paragraph))
    if unfinished >= _DOUBT_UNFINISHED * len(paragraphs):
        return True
    words = sum(len(paragraph.split()) for paragraph in paragraphs)
    in_paragraphs = sum(len(element.text_content().split()) for element in tree.iter("p"))
    return not _DOUBT_LOW * words <= in_paragraphs <= _DOUBT_HIGH * words


def is_article(paragraphs: list[str]) -> bool:
    """Whether extracted paragraphs read as an article: enough words, and sentences rather than links."""
    text = "\n".join(paragraphs)
    if len(WORD_UNIT.findall(text)) < _MIN_WORDS:
        return False
    if len(_SENTENCE_END.findall(text)) >= _MIN_SENTENCES:
        return True
    return any(len(WORD_UNIT.findall(p)) >= _PROSE_WORDS for p in paragraphs)


def _link_share(paragraphs: list[str], tree) -> float:
    """The share of the words in ``paragraphs`` that are in paragraphs inside the text of a link (a
    story card's headline and teaser are one link)."""
    # Links of a story card's size: a whole article wrapped in one link is still an article.
    texts = (" ".join(a.text_content().split()).casefold() for a in tree.iter("a"))
    links = "\0".join(text for text in texts if len(text.split()) <= _CARD_LINK_WORDS)
    total = sum(len(p.split()) for p in paragraphs)
    linked = sum(len(p.split()) for p in paragraphs if " ".join(p.split()).casefold() in links)
    return linked / total if total else 0.0


def _shingles(text: str) -> Counter:
    tokens = _SHINGLE_WORD.findall(text)
    return Counter(zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


def _bounded(html: str) -> str:
    if len(html) <= MAX_HTML_CHARS:
        return html
    # Scripts, styles, comments and inline data (a base64 photo in an <img src="data:...">) are never
    # the article; without them the cut keeps the text of pages that are large only because of them.
    return _DATA_URI.sub("=''", _without_noise(html))[:MAX_HTML_CHARS]


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
    """What the page says about itself: meta tags, JSON-LD, its title element, date.

    trafilatura's own pieces, minus the categories, tags and licence nutgraf has no use for. The byline,
    when the meta tags and JSON-LD name no author, is searched for in the page's elements after the
    article is extracted.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
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
    metadata.url = metadata.url or extract_url(tree, url)
    metadata.sitename = metadata.sitename or extract_sitename(tree)
    metadata.date = _with_time_of_day(
        find_date(
            tree,
            url=url or metadata.url,
            extensive_search=False,
            original_date=True,
            outputformat=_DATE_FORMAT,
        ),
        tree,
    )
    return metadata


def _with_time_of_day(date: str | None, tree) -> str | None:
    """``date`` with the time the page gives for that day, when htmldate found the day alone: it reads
    no time from a URL, nor from ``itemprop="datePublished dateCreated"`` or JSON-LD, which have one."""
    found = _parse_date(date)
    if found is None or found.tzinfo is not None or (found.hour, found.minute, found.second) != (0, 0, 0):
        return date
    # Not a related story's card (an item of another type) or a video's own date: a time is used only
    # when it is the one time the page states for that day.
    stated = tree.xpath(
        '//meta[contains(@itemprop, "datePublished")]'
        "[not(ancestor::aside or ancestor::nav or ancestor::footer)]"
        '[not(ancestor::*[@itemscope][not(contains(@itemtype, "Article") or contains(@itemtype, "Posting"))])]'
        '/@content|//meta[@property="article:published_time"]/@content'
    )
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        stated.extend(_JSON_LD_PUBLISHED.findall(script))
    times = {
        precise
        for precise in map(_parse_date, (value.strip() for value in stated))
        if precise is not None and precise.date() == found.date() and precise.time() != found.time()
    }
    return times.pop().isoformat() if len(times) == 1 else date


def _fields(metadata, url: str | None) -> dict:
    site = _site(metadata.sitename, url or metadata.url)
    return {
        "title": _without_site(_clean(metadata.title), site),
        "byline": _byline(_clean(metadata.author)),
        "published": _parse_date(metadata.date),
        "site": site,
    }


def _without_site(title: str | None, site: str | None) -> str | None:
    """``title`` without the site's name that pages put after (or before) it: "Headline | ZDNet"."""
    if not title or not site:
        return title
    names = {_letters(site), _letters(site.rsplit(".", 1)[0])}
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    last, first = separators[-1], separators[0]
    if _letters(title[last.end() :]) in names:
        return title[: last.start()]
    # In front only after a bar ("ZDNet | Headline"): "Fortune - 500 companies ..." is a headline.
    if first.group().strip() in ("|", "::") and _letters(title[: first.start()]) in names:
        return title[first.end() :]
    return title


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _byline(author: str | None) -> str | None:
    """The names in an author field, without a date or a bio run into them ("Jeff Foust Monday;
    November", "Phil Helsel is a reporter", "Wire services Published")."""
    if not author:
        return None
    return _BYLINE_TAIL.split(author, maxsplit=1)[0].strip(" ;,|–—-") or None


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
    return site_of(url)
