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

from copy import deepcopy

from nutgraf.article import Article
from nutgraf.errors import NoArticleFound
from nutgraf.extract.html.body import (
    choose_by_agreement,
    is_article,
    is_doubtful,
    is_list_of_links,
    readability_paragraphs,
    split_paragraphs,
    without_heading,
)
from nutgraf.extract.html.markup import (
    MAX_HTML_CHARS,
    bounded,
    decode_html,
    drop_never_text,
    looks_like_html,
    parse,
    prolog_end,
)
from nutgraf.extract.html.metadata import article_fields, own_footers, read_metadata
from nutgraf.extract.text import is_call_to_action
from nutgraf.language import detect_language


def extract_html(html: str, *, url: str | None = None) -> Article:
    """The article on an HTML page, with the title, byline, date and site name the page declares.

    ``html`` is text as :func:`nutgraf.decode.decode_text` returns it (as :func:`nutgraf.extract`
    passes it): without NUL and other control characters.

    Raises:
        NoArticleFound: the page holds no article (a home page, an error page, a list of links).
    """
    import trafilatura

    tree = parse(bounded(html))
    if tree is None:
        raise NoArticleFound("the page holds no HTML elements; give the HTML of an article page")
    metadata = read_metadata(tree, url)
    # An article's own <footer> (WordPress puts "Published ... By ..." there) goes with the other
    # footers below; a copy is kept for the byline search, which looks there first.
    article_footers = [] if metadata.author else [deepcopy(f) for f in own_footers(tree)]
    drop_never_text(tree)
    # trafilatura works on a copy of the tree it is given; readability makes its own (TextReadability).
    document = trafilatura.bare_extraction(tree, url=url, fast=True, include_comments=False)
    paragraphs = split_paragraphs(document.text if document is not None else "")
    if is_doubtful(paragraphs, tree):
        paragraphs = choose_by_agreement(paragraphs, readability_paragraphs(tree))
    if not is_article(paragraphs) or is_list_of_links(paragraphs, tree):
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
    fields = article_fields(metadata, url)
    # Calls to the reader the page wrote as paragraphs of the article ("Read more: ...", "Anzeige").
    paragraphs = [p for p in paragraphs if not is_call_to_action(p)] or paragraphs
    body = "\n\n".join(without_heading(paragraphs, fields["title"]))
    return Article(text=body, language=detect_language(body), url=url or metadata.url, **fields)


__all__ = [
    "MAX_HTML_CHARS",
    "choose_by_agreement",
    "decode_html",
    "extract_html",
    "looks_like_html",
    "prolog_end",
]
