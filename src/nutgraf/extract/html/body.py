"""The article's text on a parsed page: trafilatura's, readability's where trafilatura's is in doubt,
combined by agreement, and the tests that tell an article from a list of links.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import cache
from itertools import chain, islice, takewhile
from urllib.parse import urlsplit

from nutgraf.extract.html.markup import TEXT_LEVEL, first_class, hidden_elements, with_bounded_attributes
from nutgraf.extract.text import (
    BYLINE_FIELD,
    TITLE_MAX_WORDS,
    credit_apart,
    ends_sentence,
    ends_unpunctuated,
    folded_line,
    heads_the_line_below,
    is_call_to_action,
    is_date_line,
    is_particulars_line,
    is_site_notice,
    opens_on_dateline,
    stands_among_figures,
    without_closing_source,
    word_count,
)
from nutgraf.extract.text.figures import has_a_verb, is_figures_line, is_share_table_row
from nutgraf.extract.text.furniture import _REFERENCE_LABEL_INITIALS, _REFERENCE_MAX_WORDS, is_disclosure_line
from nutgraf.extract.text.span import is_defined_term_heading, is_reference_entry
from nutgraf.language import CHARACTER_COUNTED, WORD_UNIT, content_stems, words

# readability logs a traceback for a page it cannot parse, then raises; nutgraf catches that and goes on
# with trafilatura's text, so the traceback on stderr would only alarm the user.
logging.getLogger("readability").addHandler(logging.NullHandler())
logging.getLogger("readability").propagate = False

# An output shares at least this share of its 4-word shingles with the other: the two nest.
_NESTED = 0.9
# trafilatura's output, holding readability's, is this much larger: its surplus is page furniture.
_TRIM_RATIO = 1.25
# ...unless what only trafilatura has is mostly prose and this many times readability's text: readability
# took one part of an article split between containers (one page of the shared sets, mozilla-2: .28 -> .98).
_PART_RATIO = 2
# readability's output, holding trafilatura's, is this much larger: trafilatura missed part of the article.
_EXTEND_RATIO = 1.5
# The two extractors share at most this share of trafilatura's text: each took another part of the page.
_DISJOINT = 0.1
# The most lines of prose trafilatura's text holds where it missed the article (a standfirst, the comments'
# notice): one of more is a short article by itself, and readability's, beside it, the teasers of others.
_MISSED_ARTICLE_PROSE_LINES = 2
# readability's opinion is asked (is_doubtful) when this share of trafilatura's lines end no sentence,
# or when the page's <p> elements hold fewer than _DOUBT_LOW or more than _DOUBT_HIGH times its words.
_DOUBT_UNFINISHED = 0.25
_DOUBT_LOW = 0.9
_DOUBT_HIGH = 1.5
# trafilatura's text of this many words is not doubted: on the ScrapingHub pages (8 of them) readability's
# opinion of such texts changed F1 by -.001 in all, and took a quarter of its time (on readability's own
# test pages, three quarters, for a loss of .2 F1 summed over 25 pages).
_LONG_WORDS = 1500
# Below this many words, or with fewer sentence ends and no paragraph of running prose, an extraction is
# not an article (a 404 page, a list of headlines or links: their lines are short, without final stops).
_MIN_WORDS = 25
# A line of prose: a sentence end and at least this many words.
_PROSE_LINE_WORDS = 8
# The most lines read for the first line of prose that particulars stand above: a page's byline and stamps
# stand in its first lines, and a page of 200,000 short lines (a list in <pre>) had been read to its end
# twice, testing each line as particulars, half the extraction's 5 s.
_PARTICULARS_LINES_READ = 1_000
# A line of prose's words ending on a colon over a list introduces it: an invitation's "..., which will be held
# on:" over its list of particulars ("- Date: Saturday, 25 May 2024"), the story's, not a page's date stamp.
_COLONS = (":", "：")
_MIN_SENTENCES = 2
# A <pre> that holds more than this share of the text of the page's body (in characters other than white
# space) is its text, where that is prose (plain_text_body): a mailing list's archived message has its
# headers, links to the next and previous messages and the list's footer around it. On the pages of the
# shared sets, no <pre> (code listings, an RFC's pages, a table) holds more than a tenth.
_PLAIN_TEXT_SHARE = 0.5
# ...and where at least this share of its words are in prose: paragraphs (hard-wrapped or one a line) of
# _PROSE_LINE_WORDS words or more that end a sentence. A code listing's lines end in brackets and
# semicolons; the sentences of its comments are a small part of it.
_PLAIN_TEXT_PROSE_SHARE = 0.5
# The characters of a <pre> read to tell whether it is prose (its opening: a text of a million lines is
# not read line by line for that).
_PLAIN_TEXT_SAMPLE = 20_000
_PROSE_WORDS = 40
# A page whose extracted words are this much link text (headlines of other pages) is a list of stories.
# Articles on the benchmark reach 15% (related-story lines kept in the body).
_MAX_LINK_SHARE = 0.25
_ERROR_STATUS = re.compile(r"\s*(?:error\W*)?[45]\d\d\b", re.IGNORECASE)
# Lines that are each a link's text, at least, in the run of links an extracted text may end with.
_CLOSING_LINKS = 2
# A second copy of the article (:func:`without_second_copy`) repeats at least this many prose paragraphs.
_COPY_MIN_PROSE = 2
# Characters the paragraphs' search in the links' text may scan (paragraphs times the text's length).
_MAX_LINK_SCAN = 20_000_000
# Words in the longest link taken for a story card (headline and teaser).
_CARD_LINK_WORDS = 60
_SHINGLE_WORD = re.compile(r"\w+")
# Elements whose hidden parts are theirs, not the article's (dropped with them).
_FURNITURE = frozenset(("nav", "aside", "footer", "header", "menu"))
# Elements above a hidden article that its shown teaser is looked for in.
_LEAD_SIBLINGS = 8
# Elements just above a hidden article that the control showing it ("Continue reading") is looked for in.
_CONTROL_SIBLINGS = 3
# Words in the class or id of readers' comments, hidden behind their own control ("Show comments"): prose,
# but never the article's rest.
_COMMENT_NAMES = ("comment", "disqus", "discussion")
# Words in the class or id of a dialog, banner or overlay: hidden until shown over the page, never its
# article.
_OVERLAY_NAMES = (
    "modal", "dialog", "popup", "pop-up", "overlay", "cookie", "consent", "gdpr", "banner", "newsletter",
    "paywall", "subscribe", "signup", "sign-up", "login", "drawer", "menu", "toast", "tooltip",
)  # fmt: skip
# Words in a name (a hydration's key, a class: lower-cased, without "_" and "-") that name a part of the page
# other than the article.
NOT_ARTICLE_NAMES = (
    "comment", "related", "recommend", "trending", "popular", "mostread", "navigation", "menu", "footer",
    "promo", "sponsor", "newsletter", "breadcrumb", "teaser", "advert", "recirc", "outbrain", "taboola",
    "sidebar", "readmore", "morefrom", "moreon", "latest", "topstories", "nextarticle",
    "playlist", "caption", "credit", "seo", "meta", "share", "social", "byline", "author",
)  # fmt: skip
_SHINGLE_SIZE = 4
# Whole words of the class, id, itemprop or rel of the element that names a post's author on a forum:
# phpBB's "username" and "author", Discourse's itemprop "author", XenForo's "message-user", Stack
# Exchange's "user-info", Reddit's "author". A word holding one ("author-bio", "photo-creator",
# "card-author") names no post's author: a split article's closing bio, a photo's credit, a related card.
_AUTHOR_NAMES = frozenset(
    ("author", "username", "user-name", "post-author", "postauthor", "message-user", "user-info", "poster")
)
# Words of a post's author element at most: a name, "by newsdesk » Mon May 20, 2024", Stack Exchange's
# "asked May 3, 2012 at 14:12 Jane Doe 12.3k 4 45" (a longer one is a bio or a paragraph).
_AUTHOR_MAX_WORDS = 12
# Other posts, of distinct authors, that make a page a thread (one is a related card's, or the article's
# second part's credit).
_MIN_REPLY_AUTHORS = 2
# Levels above the element holding a post's text that its author's name is looked for in.
_POST_LEVELS = 6
# A footnote or endnote read as one: at most this many words (a longer target of a link is a section).
_NOTE_MAX_WORDS = 200
# Characters of a note's marker: "1", "[12]", "(3)", "*".
_NOTE_MARKER_CHARS = 5
# Notes read from a page: a long encyclopaedia article has some hundreds.
_MAX_NOTES = 500
# Words of the class, id or role of a note, or of the list, section or aside of notes holding it: Pandoc's
# and markdown-it's "footnotes" and "fn1", Wikipedia's "references" and "cite_note-1", DPUB-ARIA's
# "doc-endnote". A link's target named otherwise is a note only as an item of an ordered list.
_NOTE_NAMES = frozenset(
    ("note", "notes", "footnote", "footnotes", "endnote", "endnotes", "fn", "ref", "refs", "reference",
     "references", "cite", "citation", "citations")
)  # fmt: skip
_NAME_WORD = re.compile(r"[a-z]++")
# Levels above a link's target where the list, section or aside of notes it is in is looked for.
_NOTE_LEVELS = 3
# What a link's target is never a note of: a chart's or photo's credit, a table of figures, a heading.
_NEVER_NOTES = frozenset(
    ("figure", "figcaption", "img", "picture", "video", "svg", "table", "caption", "thead", "tbody", "tr",
     "td", "th", "h1", "h2", "h3", "h4", "h5", "h6")
)  # fmt: skip
# A note's text, less its links back to the text ("↩", "^").
_NOTE_TEXT = './/text()[not(ancestor::a[starts-with(@href, "#")])]'
# An e-mail newsletter's link to its web version, closing its preheader, and the preheader's most characters.
_WEB_VERSION_LINKS = (
    "view this email in your browser",
    "view this email in a browser",
    "view it in your browser",
    "view in browser",
    "view this email online",
)
_PREHEADER_MAX_CHARACTERS = 300
# What a preview's text ends on before a link that does not name the e-mail: a sentence's end or a bar.
_PREVIEW_ENDS = frozenset(".!?…:|")
# Blocks a heading may open, one inside the next, and have the paragraph before the outermost's before it
# (a newsletter's block: a table, its row and cell, the table inside it, its row and cell).
_OPENED_BLOCKS = 8
# Elements without a paragraph (a figure, an advert's slot, a box of links) a heading may stand after, its
# paragraph before them.
_SKIPPED_BOXES = 3
# A list set back between two of the text's paragraphs (:func:`with_lists`) is of at most this many items: a
# story's facts or steps; past it, a page's index.
_RESTORED_LIST_ITEMS = 20
# Elements named a heading by their class, not their tag, a page's first (each is read for the text after
# it), and the characters of a paragraph's opening that find it.
_CLASSED_HEADING = '//div[contains(@class, "heading")]'
_CLASSED_HEADINGS = 50
_KEY_OPENING = 40
# A feedback box's question under an article (a how-to's, a help page's, GOV.UK's "Is this page useful?"),
# the whole line; the letters it opens on, and its most characters, spare the pattern every other line.
_FEEDBACK_QUESTION = re.compile(
    r"(?:(?:was|is) this|did you find this) (?:article|page|story|post|guide|answer|information)"
    r"(?: (?:helpful|useful))?\s*+\?",
    re.IGNORECASE,
)
_FEEDBACK_QUESTION_INITIALS = frozenset("WwIiDd")
_FEEDBACK_QUESTION_MAX_CHARACTERS = 50
# Characters of a line's opening that find the element it was read from.
_LINE_OPENING = 60
# The lines of the body's head where the headline may stand below a kicker or a teaser, and the fewest
# words of a headline found there (a one-word heading lower down is a section's).
_HEAD_LINES = 3
_HEADLINE_MIN_WORDS = 3
# A header's dek under the headline: its least and most words (a subtitle of four, a standfirst of two
# or three sentences), the tags it is written in, and the most words the header's block holds besides
# the headline and it (a kicker, a byline and a date, share buttons' labels).
# A block of more holds the story's paragraphs: the one under the headline is the first of them.
_DECK_WORDS = (4, 80)
# The headings among them, which alone a dek under a header's date line is written in (:func:`header_deck`).
_DECK_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_DECK_TAGS = _DECK_HEADINGS | {"p", "div"}
_HEADER_OTHER_WORDS = 40
# A post's writer in a forum thread's copy: the element its class names a user's ("PostUser", "username").
_POST_USER = ".//*[contains(translate(@class, 'USER', 'user'), 'user')]"
# A class or an id naming a story's summary under its date line ("edn_articleSummary", "article-standfirst",
# "sapo", "chapo"): not a "lead", which a leaderboard's advert names too, nor an "intro", which names the
# story's own first paragraph set in bold ("article-intro") as often as a summary.
_SUMMARY_NAME = re.compile(r"summary|standfirst|sapo|chapo|chapeau|excerpt|abstract", re.IGNORECASE)
# The <div>s wrapping nothing but the headline that the dek's search climbs through (:func:`_title_block`).
_TITLE_WRAPPERS = 2
# A meta description of this many content words or more that shares none with its page's title and text
# of this many words or more is the site's slogan (is_site_slogan); a real one shares some with a story.
_SLOGAN_WORDS = 3
_SLOGAN_TEXT_WORDS = 150
# Languages written without spaces between words, whose word tokens are runs of a phrase or more: a
# description and its text share none.
_UNSPACED_LANGUAGES = CHARACTER_COUNTED | {"th", "lo", "km", "my"}
# The most words of a byline and date line under a dek ("By Jane Doe and John Roe, Updated May 5, 2024, 10:02
# a.m. EDT, 6 min read").
_BYLINE_LINE_WORDS = 20
# An author's marks: an <address>, a name or link marked as the author's.
_AUTHOR_MARKS = 'descendant-or-self::address | descendant-or-self::*[@rel="author" or @itemprop="author"]'
# A byline line's marks: an author's, or a <time>. Not a link to an /author page alone: a
# photo of the author links to one over its credit ("Portrait by ...", Daring Fireball's About page).
_BYLINE_LINE_MARKS = f"{_AUTHOR_MARKS} | .//time"
# A byline's or a date's marks: a header's block under the headline holding one is its byline and date
# line ("Maria Lopez Mar 5, 2024"), no dek.
_BYLINE_MARKS = (
    './/time | .//*[@rel="author" or @itemprop="author"] | .//a[contains(@href, "/author")]'
    ' | .//a[contains(@href, "/people/")]'
)
# What the story's paragraphs after a dek's candidate are written in (:func:`_story_follows`).
_STORY_TAGS = ("p", "li", "blockquote")
_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table",
    "blockquote", "pre", "section", "article", "figure", "figcaption", "header", "footer", "dd", "dt",
)  # fmt: skip
# A sentence's end anywhere in a paragraph (whether it holds a sentence; whether it ends on one is
# ends_sentence's, the text cleaner's test): a stop after a word, or a stop of a script of its own (Chinese
# and Japanese; Urdu's "۔" and Arabic's "؟", Hindi's "।" and "॥", as the segmenter reads them): without the
# Urdu stop, no line of an Urdu story was prose, and its date stamp above the story stayed; without
# Amharic's "።" and "፧", a Telegram channel's name stayed over its Amharic post.
_SENTENCE_END = re.compile(r"\w[.!?…][\"'”’»)]?(?:\s|$)|[。！？؟۔।॥።፧]")
# A blank line (perhaps of spaces) between two paragraphs of plain text.
_BLANK_LINES = re.compile(r"\n[ \t\r]*+\n")
# Elements readability need not look at: they never hold the article.
_NEVER_ARTICLE = (
    "script", "style", "noscript", "template", "link", "nav", "header", "footer", "aside", "menu",
    "input", "button", "select", "label", "svg", "canvas", "iframe", "object", "embed", "figure", "img",
    "picture", "video", "audio",
)  # fmt: skip
# The tag names that keep a <div> from being read as a paragraph (readability's divToPElementsRe, which
# matches them as prefixes in the div's markup).
_BLOCK_TAG_STARTS = ("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul")
_SPACE_RUN = re.compile(r"[ \t]{2,}|\t")
_LONG_SPACE_RUNS = f'//text()[contains(., "{" " * 16}") or contains(., "{chr(9) * 4}")]'


def choose_by_agreement(primary: list[str], secondary: list[str]) -> list[str]:
    """trafilatura's paragraphs (``primary``), or readability's where the two agree on the article's core.

    Readability's output wins when it nests in trafilatura's and is clearly shorter (the rest is text
    only trafilatura takes for article: teasers, link lists, captions), when trafilatura's nests in it
    and is less than two thirds its size (trafilatura stopped early), or when the two share next to
    nothing, trafilatura's holds at most two lines of prose, and readability's is prose over twice
    trafilatura's size that repeats no line (trafilatura's class-name filters dropped the article). A
    readability output that is no article by itself (a stray sentence) never wins. Where trafilatura's
    stands, its lines of no prose before and after the stretch readability agrees on go
    (:func:`_without_stray_edges`).
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
    if (
        common >= _NESTED * size_second
        and size_first > _TRIM_RATIO * size_second
        and not _holds_more_prose(primary, second, size_second)
    ):
        return secondary
    if common >= _NESTED * size_first and size_second > _EXTEND_RATIO * size_first:
        return secondary
    # Where the two took different parts of the page and readability's is mostly prose, over _PART_RATIO
    # times trafilatura's, and no line of it given twice, trafilatura dropped the article by its
    # containers' class names (Der Spiegel's "RichText--iconLinks" holds "-icon") and took the header and
    # the comments' notice. Readability's text that repeats a line is a list of other texts, each under
    # its share buttons (a quotations site of ScrapingHub's, whose article trafilatura took); beside
    # trafilatura's of more lines of prose, it is the block of the region's teasers under a short story.
    if (
        common <= _DISJOINT * size_first
        and sum(map(_is_prose, primary)) <= _MISSED_ARTICLE_PROSE_LINES
        and len(set(secondary)) == len(secondary)
        and _holds_more_prose(secondary, first, size_first)
    ):
        return secondary
    return _without_stray_edges(primary, second)


def without_replies(paragraphs: list[str], article: list[str], tree) -> list[str]:
    """readability's ``paragraphs`` without the replies to the post whose text trafilatura took (``article``)
    on a forum's thread: the lines that are in the other posts, those held in an element of the post's
    text's tag and class, each with its own author (:func:`_names_author`, within :data:`_POST_LEVELS`
    levels above it, at the same place in the post as the post's author) and outside the post's, where
    :data:`_MIN_REPLY_AUTHORS` distinct authors or more wrote them.

    On a thread (phpBB, Discourse, XenForo, Stack Exchange's announcements) readability takes the posts'
    common container, the opening post and the replies under it, and trafilatura the opening post alone;
    readability's text holding trafilatura's and being much the larger read as trafilatura having stopped
    early, and the replies became the article. An article split between containers of one class is not
    touched: its parts share one author's element, the article's byline, and what its second part's
    wrapper may hold (a closing author's bio, a photo's credit, a related card's byline) names no post's
    author, or one author at most, at another place than the byline."""
    own = _shingles(" ".join(article))
    if all(_shared(paragraph, own) for paragraph in paragraphs):
        return paragraphs  # readability took nothing trafilatura did not: no reply to look for
    body = _element_holding(article, tree)
    if body is None or not body.get("class"):
        return paragraphs
    # The elements holding an author's name, and all above them: the posts (read once, not per post;
    # each walk up stops where another's did).
    marks = set(filter(_names_author, tree.iter()))
    holders: set = set()
    for mark in marks:
        for above in chain((mark,), mark.iterancestors()):
            if above in holders:
                break
            holders.add(above)
    post = _authored(body, holders)
    if post is None:
        return paragraphs
    place = _author_place(post, marks)
    replies: Counter = Counter()
    authors: set[str] = set()
    for peer in tree.iter(body.tag):
        if peer is body or peer.get("class") != body.get("class"):
            continue
        author = _authored(peer, holders)
        if author is None or author is post or _within(body, author) or _within(peer, post):
            continue
        if _author_place(author, marks) != place:
            continue  # not a post like the opening one: its author's name stands elsewhere
        authors.add(
            min((" ".join(mark.text_content().split()) for mark in _marks_in(author, marks)), key=len)
        )
        replies.update(_shingles(" ".join(peer.itertext())))
    if len(authors) < _MIN_REPLY_AUTHORS:
        return paragraphs
    return [
        paragraph for paragraph in paragraphs if _shared(paragraph, own) or not _shared(paragraph, replies)
    ]


def _element_holding(paragraphs: list[str], tree):
    """The lowest element of ``tree`` whose text holds the prose of ``paragraphs`` (:data:`_NESTED` of its
    shingles), found up from the element its first line of prose was read from; ``None`` where none is."""
    prose = [paragraph for paragraph in paragraphs if _is_prose(paragraph)]
    return _holding(prose, _opening_element(prose[0], tree)) if prose else None


def _opening_element(line: str, tree):
    """The first element of ``tree`` whose own text holds the opening of ``line``; ``None`` where none
    does."""
    opening = " ".join(line.split())[:_LINE_OPENING]
    return next(
        (
            element
            for element in tree.iter()
            if isinstance(element.tag, str) and opening in " ".join((element.text or "").split())
        ),
        None,
    )


def _holding(prose: list[str], found):
    """``found`` or its lowest ancestor whose text holds :data:`_NESTED` of ``prose``'s shingles; ``None``
    where none does."""
    shingles = _shingles(" ".join(prose))
    size = sum(shingles.values())
    for element in () if found is None else (found, *found.iterancestors()):
        if sum((shingles & _shingles(" ".join(element.itertext()))).values()) >= _NESTED * size:
            return element
    return None


# Levels climbed from the element holding the article's text to the page builder's record it stands in (Tilda:
# the text five levels under its ``div.t-rec``).
_RECORD_LEVELS = 6
# A part of the article in another record holds at least this share of the words of the part the extractors
# took (as 1/N): a story's text blocks are of a size, where a box of the article's template under it is a
# line (Space.com's "Join our Space Forums ..." under a story of 800 words, a writer's bio of 40 words).
_RECORD_SHARE = 4
# Elements a record is no part of: above them the page holds more than one story or is the page itself.
_RECORD_BOUNDS = frozenset(("article", "main", "body", "html"))
# Elements that part two records' text into two stories: the next one's title, or its article.
_PART_PARTERS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "article"))
# The records before the story's that are read for its parts: its opening is in the records above it, an
# image's or a quote's between, where a page of 10,000 records of one template took 1.5 s to read whole.
_RECORD_SIBLINGS = 20


def with_sibling_records(paragraphs: list[str], tree) -> list[str]:
    """``paragraphs`` with the parts of the article's opening a page builder set in sibling records of one
    template before the one the extractors took (Tilda's ``div.t-rec``, a text block each, parted by an
    image's record): both extractors take the longest part, and a story of two text blocks lost its first.
    A part is an element at the place of the one holding ``paragraphs`` (by tag and first class at each
    level) in a preceding sibling of its record, the ancestor within :data:`_RECORD_LEVELS` levels (and
    below any ``article`` or ``main``) that has such siblings; and it holds prose, a quarter of the words of
    the part taken at least (:data:`_RECORD_SHARE`). Only parts before the one taken: the records under a
    story in its template are its furniture as often as its end (a donation appeal, the site's "about us",
    a sidebar's column, the next story), and the part a story lost was its opening. Not where a heading
    (``h1`` to ``h6``) or an ``article`` stands between the parts (the story above, under its title), nor
    where a record names its author (a thread's replies, :func:`_names_author`)."""
    from copy import deepcopy

    first = next((paragraph for paragraph in paragraphs if _is_prose(paragraph)), None)
    opening = None if first is None else _opening_element(first, tree)
    # Most pages hold no element of the story's template before the one of its first line, up from it:
    # reading every line for prose and finding the element holding the text (shingles of each level's
    # text) cost 4% of the pages' extraction, where this is 1%.
    if opening is None or not any(_follows_alike(above) for above in _below_bounds(opening)):
        return paragraphs
    body = _holding([paragraph for paragraph in paragraphs if _is_prose(paragraph)], opening)
    if body is None or not body.get("class"):
        return paragraphs
    size = sum(len(paragraph.split()) for paragraph in paragraphs)
    path: list = []
    found: list = []
    for record in _below_bounds(body):
        if len(path) > _RECORD_LEVELS:
            return paragraphs
        path.append(record)
        window = list(islice(record.itersiblings(preceding=True), _RECORD_SIBLINGS))
        found = [
            (index, part)
            for index, sibling in enumerate(window)
            if (part := _same_place(sibling, path)) is not None
            and _is_prose(text := " ".join(part.text_content().split()))
            and len(text.split()) * _RECORD_SHARE >= size
        ]
        if found:
            break
    # A thread's replies are records of the opening post's template too, each naming its author.
    if not found or any(_names_author(element) for index, _ in found for element in window[index].iter()):
        return paragraphs
    parts = [part for _, part in reversed(found)]
    # The records from the farthest part's to the story's, in the page's order.
    records = [*reversed(window[: found[-1][0] + 1]), record]
    if _heading_between(records, parts[0], body):
        return paragraphs
    return [line for part in parts for line in _block_paragraphs(deepcopy(part))] + paragraphs


def _below_bounds(element):
    """``element`` and its ancestors below the first of :data:`_RECORD_BOUNDS` (and below the root)."""
    for above in chain((element,), element.iterancestors()):
        if above.tag in _RECORD_BOUNDS or above.getparent() is None:
            return
        yield above


def _follows_alike(element) -> bool:
    """Whether a sibling before ``element`` is of its template (:func:`_alike`)."""
    siblings = islice(element.itersiblings(preceding=True), _RECORD_SIBLINGS)
    return any(_alike(sibling, element) for sibling in siblings)


def _heading_between(records: list, first, last) -> bool:
    """Whether a heading or an ``article`` (:data:`_PART_PARTERS`) stands in ``records`` after ``first``
    began and before ``last``."""
    started = False
    for element in chain.from_iterable(record.iter() for record in records):
        if element is last:
            return False
        if started and element.tag in _PART_PARTERS:
            return True
        started = started or element is first
    return False


def _same_place(record, path: list):
    """The element in ``record`` at the place of ``path[0]`` in ``path[-1]`` (``path`` runs up from it to
    the record it stands in): ``record`` alike ``path[-1]`` and each level's first child alike the level
    below; ``None`` where there is none."""
    if not _alike(record, path[-1]):
        return None
    place = record
    for model in reversed(path[:-1]):
        place = next((child for child in place if _alike(child, model)), None)
        if place is None:
            return None
    return place


def _alike(element, model) -> bool:
    """Whether two elements are of one template: one tag and one first class (the one before a modifier,
    "t-rec t-rec_pt_15" beside "t-rec t-rec_pt_30")."""
    return element.tag == model.tag and first_class(element) == first_class(model)


def _authored(element, holders: set):
    """``element`` or its lowest ancestor (:data:`_POST_LEVELS` up at most) among ``holders``, the elements
    that hold one naming an author (:func:`_names_author`): the post the element's text is of; ``None``
    where none is."""
    return next(
        (unit for unit in islice((element, *element.iterancestors()), _POST_LEVELS + 1) if unit in holders),
        None,
    )


def _marks_in(post, marks: set) -> list:
    return [element for element in post.iter() if element in marks]


def _author_place(post, marks: set) -> frozenset:
    """Where ``post``'s author elements stand in it: the tags and classes from the post down to each."""
    return frozenset(tuple(_path_below(mark, post)) for mark in _marks_in(post, marks))


def _path_below(element, ancestor):
    for above in chain((element,), element.iterancestors()):
        if above is ancestor:
            return
        yield above.tag, above.get("class")


def _names_author(element) -> bool:
    """Whether ``element`` reads as the name of a post's author: a word of its class, id, itemprop or rel
    is one of :data:`_AUTHOR_NAMES`, and its text is a name's or a post header's (1 to
    :data:`_AUTHOR_MAX_WORDS` words)."""
    if not isinstance(element.tag, str):
        return False
    names = " ".join(element.get(name, "") for name in ("class", "id", "itemprop", "rel")).lower().split()
    return (
        not _AUTHOR_NAMES.isdisjoint(names) and 0 < len(element.text_content().split()) <= _AUTHOR_MAX_WORDS
    )


def _within(element, ancestor) -> bool:
    return any(above is ancestor for above in element.iterancestors())


def page_notes(tree) -> list[tuple[str, str]]:
    """The footnotes and endnotes of the page (:data:`_MAX_NOTES` at most), each with the text of the block
    its marker stands in: the targets of the links in the page (``href="#fn1"``) that are a note's marker
    (a number, "[1]", or ``role="doc-noteref"``), read without their links back to the text ("↩", "^").
    Read before the elements that never hold text go: notes may be in an ``<aside>``
    (``role="doc-endnotes"``). The bare markers of the notes read leave the tree (:func:`_is_bare_marker`):
    their number had stayed in the text, in a word ("the name Jakob1 was") or after a stop, where it joined
    two sentences into one ("the theatre's accounts.2 A music student ...")."""
    markers = [
        link
        for link in tree.iter("a")
        if (link.get("href") or "").startswith("#")
        and (link.get("role") == "doc-noteref" or _is_marker(link.text_content()))
    ]
    if not markers:
        return []
    targets = {element.get("id"): element for element in tree.xpath("//body//*[@id]")}
    read: list = []  # (a marker's block, its note's text)
    marking: list = []  # the markers of notes, which leave the tree
    seen: set[str] = set()
    for link in markers:
        name = link.get("href")[1:]
        target = targets.get(name)
        if target is None or _within(link, target) or _within(target, link) or not _is_note(target):
            continue
        if _is_marker(link.text_content()) and _is_bare_marker(link):
            marking.append(link)
        if name in seen or len(read) == _MAX_NOTES:
            continue
        seen.add(name)
        block = next((above for above in link.iterancestors() if above.tag in _BLOCK_TAGS), None)
        if block is None or len(target.text_content().split()) > _NOTE_MAX_WORDS:
            continue
        if text := " ".join(" ".join(target.xpath(_NOTE_TEXT)).split()):
            read.append((block, text))
    for link in marking:
        link.drop_tree()
    blocks: dict = {}  # a block's text, read once however many markers it held
    for block, _ in read:
        if block not in blocks:
            blocks[block] = " ".join(" ".join(block.itertext()).split())
    return [(blocks[block], text) for block, text in read]


def _is_note(target) -> bool:
    """Whether a marker's link ``target`` is a note: an item of an ordered list, or an element named a note
    (:data:`_NOTE_NAMES`) or in a list, section or aside so named (:data:`_NOTE_LEVELS` up at most), that
    is no figure, table or heading, nor in a figure (a chart's "Graphic: ... Source: ...", a photo's
    credit)."""
    if target.tag in _NEVER_NOTES or any(above.tag == "figure" for above in target.iterancestors()):
        return False
    if target.tag == "li" and target.getparent() is not None and target.getparent().tag == "ol":
        return True
    return any(
        not _NOTE_NAMES.isdisjoint(
            _NAME_WORD.findall(" ".join(unit.get(name, "") for name in ("class", "id", "role")).lower())
        )
        for unit in islice((target, *target.iterancestors()), _NOTE_LEVELS + 1)
    )


# The inline elements a marker's link sits in, at most, where brackets may stand outside them ("<sup>",
# "<sup><span>").
_MARKER_WRAPPERS = 2


def _is_bare_marker(link) -> bool:
    """Whether a note's marker is a bare number or sign, written in no brackets inside its link or around
    it: such a number runs into the text ("the name Jakob1 was", "accounts.2 A music student"), where
    "[3]" reads as a marker and the shared sets' gold keeps it (Wikipedia's "free.[3] One day")."""
    if link.text_content().strip()[:1] in ("[", "("):
        return False
    # The text before the marker: before the inline elements it opens, where it opens them ("(<sup><a
    # ...>1</a></sup>)" is in brackets as much as "<sup>(<a ...>1</a>)</sup>").
    element = link
    for _ in range(_MARKER_WRAPPERS + 1):
        before = element.getprevious()
        if before is not None:
            preceding = before.tail or ""
            break
        parent = element.getparent()
        preceding = parent.text or ""
        if preceding.strip() or parent.tag in _BLOCK_TAGS or parent.getparent() is None:
            break
        element = parent
    return preceding.rstrip()[-1:] not in ("[", "(")


def _is_marker(text: str) -> bool:
    marker = text.strip().strip("[]()")
    return len(text.strip()) <= _NOTE_MARKER_CHARS and (marker.isdigit() or marker in ("*", "†", "‡"))


def with_notes(paragraphs: list[str], notes: list[tuple[str, str]]) -> list[str]:
    """``paragraphs`` and, after them, the ``notes`` (:func:`page_notes`) whose markers stand in them and
    that they do not hold already: the extractors drop a ``<section class="footnotes">`` (readability
    every element named "foot", trafilatura the list under the article), yet the article's sentences
    send the reader there, and a note says what the sentence leaves out (its source, a caveat)."""
    if not notes:
        return paragraphs
    text = _shingles(" ".join(paragraphs))
    words: str | None = None  # the text's words, read for a note too short for a shingle
    in_text: dict[str, bool] = {}  # one block holds many markers
    added = []
    for block, note in notes:
        if block not in in_text:
            in_text[block] = _shared(block, text)
        if not in_text[block]:
            continue
        note_words = _SHINGLE_WORD.findall(note)
        if len(note_words) < _SHINGLE_SIZE:
            if words is None:
                words = f" {' '.join(_SHINGLE_WORD.findall(' '.join(paragraphs)))} "
            shown = f" {' '.join(note_words)} " in words
        else:
            shown = _shared(note, text)
        if not shown:
            added.append(note)
    return paragraphs + added


def completed(paragraphs: list[str], declared: list[str]) -> list[str]:
    """The text the page declares (JSON-LD's ``articleBody``, or its hydration data's) where the extracted
    ``paragraphs`` are a teaser of it: their prose nests in it (:func:`holds_prose_of`), and it is more than
    :data:`_EXTEND_RATIO` times their size (a paywalled page shows its first paragraphs and a notice, "This
    article is for subscribers only."; its JSON-LD holds the whole article)."""
    prose = [paragraph for paragraph in paragraphs if _is_prose(paragraph)]
    size = sum(_shingles(" ".join(prose)).values())
    if (
        holds_prose_of(declared, paragraphs)
        and sum(_shingles(" ".join(declared)).values()) > _EXTEND_RATIO * size
    ):
        return declared
    return paragraphs


def holds_prose_of(text: list[str], paragraphs: list[str]) -> bool:
    """Whether ``text`` holds the prose of ``paragraphs`` (their lines of 8 words or more with a sentence
    end): :data:`_NESTED` of its 4-word shingles, or more; ``False`` where they have none."""
    prose = [paragraph for paragraph in paragraphs if _is_prose(paragraph)]
    extracted, full = _shingles(" ".join(prose)), _shingles(" ".join(text))
    size = sum(extracted.values())
    return bool(size) and sum((extracted & full).values()) >= _NESTED * size


def prose_words(paragraphs: list[str]) -> int:
    """The words of the lines of prose in ``paragraphs``."""
    return sum(len(WORD_UNIT.findall(paragraph)) for paragraph in paragraphs if _is_prose(paragraph))


def html_paragraphs(markup: str) -> list[str]:
    """The paragraphs of a piece of HTML (a block per paragraph), as a browser shows its text."""
    from lxml import etree
    from lxml.html import fragment_fromstring

    try:
        markup = with_bounded_attributes(markup).replace("\n", " ").replace("\r", " ")
        root = fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return split_paragraphs(markup)
    etree.strip_elements(root, "script", "style", "template", with_tail=False)
    return _block_paragraphs(root)


def _holds_more_prose(paragraphs: list[str], other: Counter, other_size: int) -> bool:
    """Whether the ``paragraphs`` the other extractor does not share (:func:`_shared`) are mostly prose and
    more than :data:`_PART_RATIO` times the other's text: the other took one part of the article (readability
    keeps one container, and a page may split its article between several), not the article less its
    furniture, which is short lines, headlines and link lists."""
    surplus = [paragraph for paragraph in paragraphs if not _shared(paragraph, other)]
    counts = [(len(_SHINGLE_WORD.findall(paragraph)), _is_prose(paragraph)) for paragraph in surplus]
    words = sum(count for count, _ in counts)
    prose = sum(count for count, is_prose in counts if is_prose)
    return words > _PART_RATIO * other_size and 2 * prose >= words


def _shared(paragraph: str, other: Counter) -> bool:
    """Whether half or more of the paragraph's shingles are in ``other``."""
    own = _shingles(paragraph)
    return 2 * sum(1 for shingle in own if shingle in other) >= len(own) > 0


def _without_stray_edges(paragraphs: list[str], other: Counter) -> list[str]:
    """``paragraphs`` without the lines before and after the stretch the other extractor agrees on
    (paragraphs with half their shingles in ``other``) that are no prose: bylines, labels, captions'
    credits, "Related" headings. On the ScrapingHub pages such edge lines are article text for 8 of
    1,358 shingles; prose at the edges stays (there it is as often the article as a teaser), and so does a
    line too short for a shingle that the other has too (a subheading; a line of Chinese, whose words
    no space parts)."""
    first = next((index for index, paragraph in enumerate(paragraphs) if _shared(paragraph, other)), None)
    if first is None:
        return paragraphs
    last = next(
        index for index in range(len(paragraphs) - 1, first - 1, -1) if _shared(paragraphs[index], other)
    )
    runs: set[tuple[str, ...]] = set()  # the other's runs of 1-3 words, gathered when first asked for

    def short_and_shared(paragraph: str) -> bool:
        words = tuple(_SHINGLE_WORD.findall(paragraph))
        if not 0 < len(words) < _SHINGLE_SIZE:
            return False
        if not runs:
            runs.update(shingle[:size] for shingle in other for size in range(1, _SHINGLE_SIZE))
            last_shingle = next(reversed(other))  # the text's last words start no shingle
            runs.update(last_shingle[start:] for start in range(1, _SHINGLE_SIZE))
        return words in runs

    return [
        paragraph
        for index, paragraph in enumerate(paragraphs)
        if first <= index <= last or _is_prose(paragraph) or short_and_shared(paragraph)
    ]


def names_other_part(name: str) -> bool:
    """Whether a key or a class names a part of the page other than the article (:data:`NOT_ARTICLE_NAMES`)."""
    folded = name.lower().replace("_", "").replace("-", "")
    return any(word in folded for word in NOT_ARTICLE_NAMES)


def _is_prose(paragraph: str) -> bool:
    return bool(_SENTENCE_END.search(paragraph)) and len(WORD_UNIT.findall(paragraph)) >= _PROSE_LINE_WORDS


def is_doubtful(paragraphs: list[str], tree) -> bool:
    """Whether trafilatura's ``paragraphs`` may hold more or less than the article on the page ``tree``.

    Article text is running prose, and on nearly every news page it sits in ``<p>`` elements. Doubt
    comes from a quarter or more of the lines ending no sentence (other stories' headlines, link lists,
    labels, share and print buttons: text beside the article), from the page's paragraphs holding
    under 90 % of the words extracted (the rest came from lists, tables or bare ``<div>`` text), and
    from the page's paragraphs holding over 1.5 times the words extracted (trafilatura may have stopped
    early). Readability is asked only then: elsewhere its opinion rarely changes the text. Nor is it
    asked about a long text (:data:`_LONG_WORDS`): there its opinion cost most and gained nothing.
    """
    if not paragraphs:
        return True
    if is_long(paragraphs):
        return False
    words = sum(len(paragraph.split()) for paragraph in paragraphs)
    unfinished = sum(1 for paragraph in paragraphs if not _SENTENCE_END.search(paragraph))
    if unfinished >= _DOUBT_UNFINISHED * len(paragraphs):
        return True
    in_paragraphs = sum(len(element.text_content().split()) for element in tree.iter("p"))
    if in_paragraphs > _DOUBT_HIGH * words:
        return True
    # Steps written as the items of a numbered list, in sentences (a how-to's "Turn the heating off. Wait an
    # hour."), not <p>: trafilatura's fast mode can stop before them, and the page's <p> alone do not say so.
    # Numbered only: a bulleted list of sentences is as often the story's key points, given twice.
    in_paragraphs += sum(
        len(text.split())
        for item in tree.xpath("//ol/li[not(.//p)]")
        if _SENTENCE_END.search(text := item.text_content())
    )
    return not _DOUBT_LOW * words <= in_paragraphs <= _DOUBT_HIGH * words


def is_long(paragraphs: list[str]) -> bool:
    """Whether an extracted text is long (:data:`_LONG_WORDS` or more): the article shown whole."""
    return sum(len(paragraph.split()) for paragraph in paragraphs) >= _LONG_WORDS


def is_article(paragraphs: list[str]) -> bool:
    """Whether extracted paragraphs read as an article: enough words, and sentences rather than links."""
    text = "\n".join(paragraphs)
    # Counted up to the threshold only: an article's text is long.
    if _count(WORD_UNIT.finditer(text), _MIN_WORDS) < _MIN_WORDS:
        return False
    if _count(_SENTENCE_END.finditer(text), _MIN_SENTENCES) >= _MIN_SENTENCES:
        return True
    # A paragraph of fewer characters than _PROSE_WORDS holds fewer words (a word is a character or more).
    return any(
        len(p) >= _PROSE_WORDS and _count(WORD_UNIT.finditer(p), _PROSE_WORDS) >= _PROSE_WORDS
        for p in paragraphs
    )


def _count(matches, enough: int) -> int:
    return sum(1 for _ in islice(matches, enough))


def is_error_page(tree) -> bool:
    """Whether the page says it is an HTTP error page: its <title> or first heading opens with a 4xx or
    5xx status ("404 Not Found", "Error 500 - ...")."""
    heading = next(tree.iter("h1", "h2"), None)
    texts = (tree.findtext(".//title") or "", heading.text_content() if heading is not None else "")
    return any(_ERROR_STATUS.match(text) for text in texts)


def is_mostly_links(tree) -> bool:
    """Whether half the words of the page (what is left of it) or more are in links."""
    linked = sum(len(link.text_content().split()) for link in _links(tree))
    return linked >= 0.5 * len(tree.text_content().split())


def is_list_of_links(paragraphs: list[str], tree) -> bool:
    """Whether a quarter or more of the words in ``paragraphs`` are in paragraphs of a link's text (the
    link itself, or an element inside it: a story card's headline and teaser are one link): headlines of
    other pages."""
    total = sum(len(p.split()) for p in paragraphs)
    # All the words in links, and one for each link (an empty one counts as a word below): on most pages
    # they are too few for a closer look. (Walked link by link: libxml2's search for //a//text() merges
    # its node sets in quadratic time, 2 s on a page of 64,000 links.)
    links = list(tree.iter("a"))
    linked_words = " ".join(text for link in links for text in link.itertext()).split()
    if len(linked_words) + len(links) < _MAX_LINK_SHARE * total:
        return False
    # A paragraph that is a link's text is, without its spaces, a part of the links' texts run together:
    # the paragraphs that are not cannot be a link's, and when they are most of the text, no link need be
    # looked at one by one (on a long page of many links that cost a third of the page's time).
    # Each paragraph scans the links' text: on a page of very many of both (a hostile page's product
    # runs to billions) the links are looked at one by one instead, which is linear. Within the bound, a
    # search for a short paragraph may compare up to ~100 characters per character scanned: a page written
    # for it costs about a quarter of a second here.
    in_links = "".join(linked_words).casefold()
    if len(paragraphs) * len(in_links) <= _MAX_LINK_SCAN:
        paragraphs = [p for p in paragraphs if _spaceless(p) in in_links]
        if sum(len(p.split()) for p in paragraphs) < _MAX_LINK_SHARE * total:
            return False
    # Links of a story card's size: a whole article wrapped in one link is still an article.
    cards = [
        (link, text)
        for link in _links(tree)
        if (text := _normal(link.text_content())).count(" ") < _CARD_LINK_WORDS
    ]
    if sum(text.count(" ") + 1 for _, text in cards) < _MAX_LINK_SHARE * total:
        return False  # too few words in links, wherever they are: the usual article
    linked_texts = set()
    for link, text in cards:
        linked_texts.add(text)
        linked_texts.update(_normal(element.text_content()) for element in link.iterdescendants())
    linked = sum(len(p.split()) for p in paragraphs if _normal(p) in linked_texts)
    return linked >= _MAX_LINK_SHARE * total > 0


def _links(tree):
    """The page's links to other pages: not ``javascript:`` ones, whose text a browser shows as the page's
    own (readability replaces them by their text), nor those to an element of the page itself (a table of
    contents' links to the story's own headings)."""
    ids = None  # the page's element ids, gathered at its first link to a fragment
    for link in tree.iter("a"):
        href = (link.get("href") or "").lstrip()
        if href[:11].lower().startswith("javascript:"):
            continue
        if href[:1] == "#":
            if ids is None:
                ids = set(tree.xpath("//@id"))
            # "#" alone is a script's button, whatever empty id (id="") the page holds.
            if href[1:] and href[1:] in ids:
                continue
        yield link


def without_second_copy(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less a second copy of the article: a page that writes its article twice, for the
    desktop and for phones (``div.hidden-xs`` and ``div.visible-xs``, CSS showing one), gave both, each
    sentence twice. The copy is the second half of the prose paragraphs, each the same as the first
    half's in turn (the lines between, ad labels and captions, may differ); the text is cut where it
    starts, before the lines that open both copies. A paragraph said twice within one article (a
    refrain, a quote repeated) is no copy."""
    # Counted in C: an article without two paragraphs said twice (nearly every one) is spared the rest.
    if len(set(paragraphs)) > len(paragraphs) - _COPY_MIN_PROSE:
        return paragraphs
    prose = [i for i, paragraph in enumerate(paragraphs) if _is_prose(paragraph)]
    half = len(prose) // 2
    if half < _COPY_MIN_PROSE or len(prose) % 2:
        return paragraphs
    if not all(paragraphs[prose[k]] == paragraphs[prose[half + k]] for k in range(half)):
        return paragraphs
    # The copy starts at the lines before its first prose paragraph that open the first copy too (a
    # heading, a lede in bold), or they end the text.
    cut, first = prose[half], prose[0]
    while cut > prose[half - 1] + 1 and first > 0 and paragraphs[cut - 1] == paragraphs[first - 1]:
        cut, first = cut - 1, first - 1
    return paragraphs[:cut]


def without_closing_links(paragraphs: list[str], tree) -> list[str]:
    """``paragraphs`` without the run of links they end with: two or more lines, none of them prose, each
    the whole text of a link on the page (a list item's dash aside): other stories ("You may also like",
    "Related"), tags. A lone closing link stays: it may be the article's ("Read the full report").

    Used to tell a list of links from an article that ends with some, not to cut the text: readability.js
    keeps such links in its article, and on ScrapingHub's pages they are furniture (dropping them there
    gave ScrapingHub +.0005 F1 and readability-testpages -.0001)."""
    end = len(paragraphs)
    while end and not _is_prose(paragraphs[end - 1]):
        end -= 1
    # Without prose before them, the links are no article's closing links: a list of links under a heading.
    if end == 0 or len(paragraphs) - end < _CLOSING_LINKS:
        return paragraphs  # the usual article ends in prose: its links are not looked at
    texts = {_normal(link.text_content()) for link in _links(tree)}
    start = len(paragraphs)
    while start > end and _normal(paragraphs[start - 1].removeprefix("- ")) in texts:
        start -= 1
    return paragraphs[:start] if len(paragraphs) - start >= _CLOSING_LINKS else paragraphs


def without_closing_link_heading(paragraphs: list[str], tree) -> list[str]:
    """``paragraphs`` without a last line that is a heading over nothing but links: an ``<h2>`` to ``<h6>`` of
    the page whose section (its siblings after it, up to the next heading) holds no text but its links' (a
    government release's "Associated links" over a list of them, which the extractors dropped and its heading
    not). The text's last line and no prose: a heading over a story's own list of links heads lines the text
    keeps, and the text then ends on them."""
    if not paragraphs or _is_prose(paragraphs[-1]):
        return paragraphs
    last = _normal(paragraphs[-1])
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6"):
        if _normal(heading.text_content()) != last:
            continue
        section = list(takewhile(lambda element: element.tag not in _PART_PARTERS, heading.itersiblings()))
        # In characters other than spaces: a list's items glue their words in its text ("Rail safetyGrade ...").
        linked = sum(
            _visible_characters(link.text_content()) for element in section for link in element.iter("a")
        )
        # Links, and nothing else: a heading over pictures alone (a test page's "Test Case 2") heads no links.
        if linked and sum(_visible_characters(element.text_content()) for element in section) == linked:
            return paragraphs[:-1]
    return paragraphs


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shingles(text: str) -> Counter:
    """The runs of four words in ``text`` (the benchmarks' unit of comparison), counted."""
    tokens = _SHINGLE_WORD.findall(text)
    return Counter(zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


def unglued(paragraphs: list[str], article) -> list[str]:
    """trafilatura's ``paragraphs``, or, where they are its baseline's one line of the whole ``article``
    element's text (what it gives when the article is under its floor of 250 characters: a paywalled
    page's teaser), the article's own paragraphs from its first line of prose to its last: the headline,
    byline and date above and the paywall's buttons below had been glued into the first sentence."""
    if len(paragraphs) != 1 or article is None:
        return paragraphs
    if "".join(paragraphs[0].split()) != "".join(article.text_content().split()):
        return paragraphs
    from copy import deepcopy

    blocks = _block_paragraphs(deepcopy(article))
    prose = [index for index, block in enumerate(blocks) if _is_prose(block)]
    return blocks[prose[0] : prose[-1] + 1] if prose else paragraphs


def hidden_article(tree) -> tuple[list[str], list[str], bool]:
    """The lines of prose shown above it (:func:`_lead`), the paragraphs of the part of the page a
    browser does not show (yet) that reads as an article: a ``<noscript>`` holding the article for readers
    without JavaScript, or the body a lazy-rendering page's script shows (``hidden``, ``display: none``),
    and whether a control ("Continue reading") stands between them (:func:`_behind_control`): the part
    is then the rest of the text shown; ``([], [], False)`` where none is. Of several, the one with most words of prose. Dialogs, banners and
    overlays (cookie notices, sign-up walls), the hidden parts of menus, asides, headers and footers, and a
    screen readers' copy (``aria-hidden``) are never one. Read before hidden elements are dropped."""
    from copy import deepcopy

    from lxml import etree

    found = [
        element
        for element in (*tree.xpath("//body//noscript"), *hidden_elements(tree))
        if (element.get("aria-hidden") or "").strip().lower() != "true"
    ]
    outermost = set(found)
    best: tuple = (0, None, [])
    for element in found:
        # Inside another (read with it), a dialog, or page furniture (a hidden menu, a rail's other stories).
        if _is_overlay(element) or any(
            ancestor in outermost or ancestor.tag in _FURNITURE for ancestor in element.iterancestors()
        ):
            continue
        # Counted as the article's words are (a Chinese character a word): split at spaces, a WeChat
        # article's body, hidden until its script lays out its images, was a few words and went unread.
        if _count(WORD_UNIT.finditer(element.text_content()), _MIN_WORDS) < _MIN_WORDS:
            continue  # the usual hidden element: an icon's label, an empty dialog, a tracking pixel
        copy = deepcopy(element)
        etree.strip_elements(copy, "script", "style", "template", with_tail=False)
        for overlay in [inner for inner in copy.iter() if inner is not copy and _is_overlay(inner)]:
            overlay.drop_tree()
        paragraphs = _own_paragraphs(copy)
        if is_article(paragraphs) and (words := prose_words(paragraphs)) > best[0]:
            best = (words, element, paragraphs)
    _, element, paragraphs = best
    if not paragraphs:
        return [], [], False
    return _lead(element, paragraphs), paragraphs, _behind_control(element)


def _own_paragraphs(part) -> list[str]:
    """The paragraphs of a hidden part's one ``<article>`` (else ``<main>``), or of the part: a client-rendered
    app's ``<noscript>`` fallback writes the page's menu, rails and footer around its story, and read whole
    they had opened and closed the text. Only an element holding at least half the part's prose: a part whose
    story is in plain ``<div>``s beside one ``<article>`` card of another story had given the card, no
    article, and the page had lost its story."""
    # A forum thread's copy (Flarum's ``noscript#flarum-content``) writes each post as an <article> under its
    # writer's user name (``h3.PostUser-name``): the thread's first post is what it says, the rest replies,
    # which had followed it as the story's paragraphs, each under its writer's name.
    posts = part.findall(".//article")
    if len(posts) > 1 and all(users := [post.xpath(_POST_USER) for post in posts]):
        for user in users[0]:
            user.drop_tree()
        return _block_paragraphs(posts[0])
    whole = _block_paragraphs(part)
    for tag in ("article", "main"):
        found = part.findall(f".//{tag}")
        if len(found) == 1 and 2 * prose_words(own := _block_paragraphs(found[0])) >= prose_words(whole):
            return own
    return whole


def _behind_control(element) -> bool:
    """Whether one of the few elements just above a hidden ``element`` is a control that shows it: a
    ``<button>`` (or one inside), or an element that says what it expands or controls (``aria-expanded``,
    ``aria-controls``). Without one, a hidden element after the article is another part of the page (its
    related stories, hidden until scrolled to), not the article's rest; nor is a thread of readers'
    comments behind "Show comments"."""
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if any(name in names for name in _COMMENT_NAMES):
        return False
    return any(
        sibling.tag == "button"
        or sibling.get("aria-expanded") is not None
        or sibling.get("aria-controls") is not None
        or next(sibling.iter("button"), None) is not None
        for sibling in islice(element.itersiblings(preceding=True), _CONTROL_SIBLINGS)
    )


def _lead(element, paragraphs: list[str]) -> list[str]:
    """The lines of prose shown just above a hidden ``element`` in its container (its
    :data:`_LEAD_SIBLINGS` preceding siblings) and not in its ``paragraphs``: the teaser a "Continue
    reading" button opens the rest of the article under."""
    from copy import deepcopy

    siblings = list(islice(element.itersiblings(preceding=True), _LEAD_SIBLINGS))[::-1]
    lines = [line for sibling in siblings for line in _block_paragraphs(deepcopy(sibling))]
    return [line for line in lines if _is_prose(line) and not holds_prose_of(paragraphs, [line])]


def _is_overlay(element) -> bool:
    """Whether an element is a dialog, a banner or an overlay (a cookie notice, a sign-up wall), by its
    tag, its role or its class and id."""
    if element.tag == "dialog" or (element.get("role") or "").strip().lower() in ("dialog", "alertdialog"):
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return any(name in names for name in _OVERLAY_NAMES)


# A closing date line is dropped from a text of at least this many paragraphs (two of prose and the date), and
# the place above it of at most this many words ("New Delhi", "Washington, DC").
_CLOSING_DATE_MIN_PARAGRAPHS = 3
_CLOSING_PLACE_WORDS = 3


def without_particulars_above(
    paragraphs: list[str], byline: str | None = None, site: str | None = None
) -> list[str]:
    """``paragraphs`` without the bylines and date stamps above their first line of prose ("By Jonas
    Keller", "June 2, 2025", "Updated June 3, 2025, 10:15 a.m. ET"): the article's byline and date,
    given beside it, not its text (a stamp with "a.m." in it reads as prose). A table's row ("| Founded |
    February 28, 1998 |") is the article's. A byline set as BBC pages set it, in fields ("Author, Esther
    Namuhisa"), goes with the fields under it ("Nafasi, BBC News Swahili", "Role, BBC News"). Thai prose
    ends in no stop: a paragraph of several words ending in Thai is prose (Thairath's "ไทยรัฐออนไลน์3 ธ.ค.
    2567 14:05 น." had stayed above it, the page holding no prose). The page's ``byline`` run into the
    writer's role, as trafilatura glues BBC Cymru Fyw's two spans ("Elen WynNewyddion BBC Cymru"), goes too, and
    so does the ``byline`` alone where it is the ``site``'s name too: a Telegram channel's name over its post in
    the channel's widget, which had been the post's first line. A writer's name alone stays ("Staff Reports"
    over a story, a line of ScrapingHub's gold)."""
    kept: list[str] = []
    fields = False
    for index, paragraph in enumerate(islice(paragraphs, _PARTICULARS_LINES_READ)):
        if paragraph.startswith("|") or not (
            is_particulars_line(paragraph)
            or _run_into_role(paragraph, byline)
            or (
                paragraph.strip() == byline
                and (_names_the_site(byline, site) or _names_thai_newsroom(byline))
            )
        ):
            if _is_prose(paragraph) or (
                (ends_unpunctuated(paragraph) or _introduces_list(paragraphs, index))
                and len(WORD_UNIT.findall(paragraph)) >= _PROSE_LINE_WORDS
            ):
                return kept + paragraphs[index:]
            if not (fields and BYLINE_FIELD.match(paragraph)):
                kept.append(paragraph)
                fields = False
        else:
            fields = paragraph.lstrip("- ")[:7].casefold() == "author,"
    return paragraphs  # no prose (in its first lines): nothing tells the particulars from the text


# The words a Thai portal's source line names a newsroom by, as its byline: "ข่าว" (news) or "ทีมข่าว" (the
# news team) opening it ("ข่าวช่อง 9", "ข่าวสยามพอร์ทัล"), "ออนไลน์" (online) closing it ("ไทยรัฐออนไลน์").
_THAI_NEWSROOM_OPENINGS = ("ข่าว", "ทีมข่าว")
_THAI_NEWSROOM_ENDING = "ออนไลน์"


def _names_thai_newsroom(byline: str) -> bool:
    """Whether ``byline`` is a Thai newsroom's name (:data:`_THAI_NEWSROOM_OPENINGS`), which a portal after
    Sanook or Kapook sets alone between its headline and the story, where it had opened the text; a
    writer's name alone stays, as English pages' "Staff Reports" does."""
    return byline.startswith(_THAI_NEWSROOM_OPENINGS) or byline.endswith(_THAI_NEWSROOM_ENDING)


# The fewest characters of a site's name read inside a byline: a short one ("AP", "RT") is many words' part.
_SITE_NAME_MIN_CHARACTERS = 5


def _names_the_site(byline: str, site: str | None) -> bool:
    """Whether a page's ``byline`` is its ``site``'s name, or holds it whole as a desk's credit named for the
    site (a Thai portal's "ข่าวสยามพอร์ทัล", the portal's news, over its story beside the time): no writer's
    name, which a line of its own over the story may be ("Staff Reports")."""
    return bool(site) and (byline == site or (len(site) >= _SITE_NAME_MIN_CHARACTERS and site in byline))


def _introduces_list(paragraphs: list[str], index: int) -> bool:
    """Whether the paragraph at ``index`` ends in a colon over a list's first item ("- Date: ..."): a line
    such as "Listen to this article, read by our narrator:" over a byline and a date introduces no list, and
    the stamp under it is still the page's."""
    following = paragraphs[index + 1 : index + 2]
    return paragraphs[index].endswith(_COLONS) and bool(following) and following[0].startswith("- ")


def _run_into_role(paragraph: str, byline: str | None) -> bool:
    """Whether ``paragraph`` is the page's ``byline`` with the writer's role run into it, no space between
    (a capital right after the names' last small letter), in a line of particulars' length ending no
    sentence. An agency's initials are no names a role runs into: a line in capitals opening on them is the
    story's ("APPLE'S HEADSET GOES ON SALE" under the byline "AP", "PARLIAMENT" under "PA")."""
    return (
        byline is not None
        and len(paragraph) > len(byline)
        and byline[-1:].islower()
        and paragraph.startswith(byline)
        and paragraph[len(byline)].isupper()
        and word_count(paragraph) <= _BYLINE_LINE_WORDS
        and not ends_sentence(paragraph)
    )


# A blog entry's posted line under it (Movable Type's and Seesaa's "posted by jo at 21:08 |", "posted by
# かわせみ爺 at 21:08| Comment(0) | 野鳥観察"): the writer's handle and the time, and the comment counter
# under it or on it ("Comment(0)", "Comments (3)"). It is looked for on the last line and the one over
# it (a counter of its own may stand under it; a story's last lines are no frame's), by its first characters.
_POSTED_LINE = re.compile(r"posted by [^|\n]{1,60}? at \d{1,2}:\d{2}", re.IGNORECASE)
_POSTED_OPENING = "posted by "
_POSTED_REACH = 3
_COMMENT_COUNT = re.compile(r"comments? ?\(\d{1,6}\)", re.IGNORECASE)


def without_posted_frame(paragraphs: list[str], title: str | None) -> list[str]:
    """``paragraphs`` without a blog entry's frame, where its posted line closes them (:data:`_POSTED_LINE`,
    ending no sentence, nothing under it but a comment counter): the line and the counter, and the blog's
    date header and the entry's title, a date alone over a line ending no sentence, above the entry's text
    or right above the posted line. An extractor that takes the entry's whole frame (readability, for an
    entry written as lines with ``<br>``) or reads the rest of the page after it (trafilatura) had given
    them as the story's. A story's sentence on who posted what ends on its stop, and a date and a title with
    no posted line under the text are left to the other rules. The entry's title is the page's ``title``: an
    entry with none opens on its own first line under the date header, which may end on no stop (a list's
    "as follows:", a Japanese diary's line with no 。), and stays."""
    size = len(paragraphs)
    at = next(
        (
            i
            for i in range(size - 1, max(size - _POSTED_REACH, 0), -1)
            if paragraphs[i][: len(_POSTED_OPENING)].casefold() == _POSTED_OPENING
            and _POSTED_LINE.match(paragraphs[i]) is not None
            and not ends_sentence(paragraphs[i])
        ),
        None,
    )
    if at is None or not all(_COMMENT_COUNT.fullmatch(line.strip(" |")) for line in paragraphs[at + 1 :]):
        return paragraphs
    kept = paragraphs[:at]
    if title is None:
        return kept
    if len(kept) > _ENTRY_HEAD_LINES and is_date_line(kept[-2]) and _is_entry_title(kept[-1], title):
        kept = kept[:-_ENTRY_HEAD_LINES]
    if len(kept) > _ENTRY_HEAD_LINES and is_date_line(kept[0]) and _is_entry_title(kept[1], title):
        kept = kept[_ENTRY_HEAD_LINES:]
    return kept


def _is_entry_title(paragraph: str, title: str) -> bool:
    """Whether a paragraph under a blog's date header is the entry's title: a line ending no sentence that
    the page's title holds ("Entry" of "Entry | Blog")."""
    return not ends_sentence(paragraph) and paragraph in title


# A blog's date header and its entry's title.
_ENTRY_HEAD_LINES = 2


def without_closing_date(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a date line closing them and the place's line right above it, where there is
    one (a ministry's statement and a government's release close on "New Delhi" / "May 16, 2024"): the
    statement's place and date, given beside it, not its text, as pasted text's lines after the last of its
    prose go. The place is a line of at most :data:`_CLOSING_PLACE_WORDS` capitalised words and no digit or
    sentence's end. A story's last sentence naming a date ends on a stop and is no stamp; and a date below a
    clause broken off on a word in lower case ("The council votes on the plan on" / "May 16, 2024") ends the
    story's sentence."""
    if len(paragraphs) < _CLOSING_DATE_MIN_PARAGRAPHS or not is_date_line(paragraphs[-1]):
        return paragraphs
    above = paragraphs[-2]
    if ends_sentence(above):
        return paragraphs[:-1]
    place = above.replace(",", " ").split()
    if len(place) <= _CLOSING_PLACE_WORDS and all(
        word[:1].isupper() and not any(c.isdigit() for c in word) for word in place
    ):
        return paragraphs[:-2]
    return paragraphs if above[-1:].islower() else paragraphs[:-1]


def without_feedback_box(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less a feedback box under the article, where one is there: its question ("Was this
    article helpful?", :data:`_FEEDBACK_QUESTION`), a line of its own, and the lines after it where none
    ends a sentence (a how-to's "Related how-tos" and their titles, the page's buttons). A question with
    a sentence below it, the article's prose or its quotes however short ("“No,” said another."), is a
    heading of the article's, and stays."""
    for index in range(len(paragraphs) - 1, -1, -1):
        line = paragraphs[index]
        if (
            len(line) <= _FEEDBACK_QUESTION_MAX_CHARACTERS
            and line[:1] in _FEEDBACK_QUESTION_INITIALS
            and _FEEDBACK_QUESTION.fullmatch(line)
        ):
            return paragraphs[:index]
        # Asked before the question, which ends a sentence of its own.
        if _SENTENCE_END.search(line):
            return paragraphs
    return paragraphs


def without_preheader(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less an e-mail newsletter's preheader opening them, where it does: its preview line
    closing on the link to its web version ("Your Friday briefing. View this email in your browser", a
    table's row or not), as the web version of the e-mail shows it above the greeting. Only the first line
    is read: a story's sentence about such a link is no line of its own there."""
    if len(paragraphs) < 2 or len(paragraphs[0]) > _PREHEADER_MAX_CHARACTERS:
        return paragraphs
    # No stop after it: a story's sentence closing on such words ends on one.
    closing = paragraphs[0].strip(" |").casefold()
    link = next((link for link in _WEB_VERSION_LINKS if closing.endswith(link)), None)
    if link is None:
        return paragraphs
    # A link naming the e-mail is its web version's, after whatever preview; one that does not ("view it in
    # your browser") may close a story's clause ("... and view it in your browser"), and is the link only
    # alone or after the preview's sentence ("Trouble viewing it? View ...") or a bar.
    before = closing[: -len(link)].rstrip()
    return paragraphs[1:] if "email" in link or not before or before[-1] in _PREVIEW_ENDS else paragraphs


def without_calls(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less the calls to the reader the page wrote as paragraphs of the article ("Read more:
    ...", "Anzeige", "Donate") and its notices of cookies, sign-ups and appeals for money, with the heading
    over such a notice where no prose follows it ("Trusted, accurate, up-to-date" over a public radio's
    "Your gift keeps independent local journalism free ..."): it heads the notice. A heading over a notice
    with the article's prose below is the article's (a section's heading, an appeal set under it). And the
    credit of the story's source on its last line ("Source : Le Monde"). All of them where nothing else is
    left."""
    kept: list[str] = []
    over_notice: list[int] = []
    # A credit of the story's source after a paragraph's last sentence ("... said the minister. Source:
    # Reuters") goes as it goes on a paragraph of its own, the paragraph's sentences staying.
    parts = [part for written in paragraphs for part in credit_apart(written) or (written,)]
    # Whether the paragraph before was a box's row set as a table's, gone (a review's spec table's caption).
    row_gone = False
    # Whether it was a poll's row set so, gone with its caption.
    share_box = False
    for index, paragraph in enumerate(parts):
        if (
            is_call_to_action(paragraph)
            and not stands_among_figures(parts, index)
            and not (index + 1 < len(parts) and heads_the_line_below(paragraph, parts[index + 1]))
        ) or is_figures_line(paragraph):
            row_gone = paragraph[:1] == "|"
            continue
        # A poll's box set as a table under its caption, a choice and its share a row ("| Iowa Poll: Property
        # tax amendment | |", "|---|---|", "| Yes | 48% |", "| Not sure | 8% |"): the caption's row and the rule
        # go with the rows. A table of the story's results has a heading of its columns ("| Answer | Share |"),
        # or a sentence for its caption (:func:`_is_sentence_caption`), and stays.
        if (
            paragraph[:1] == "|"
            and paragraph[-1:] == "|"
            and is_share_table_row(paragraph)
            and (
                share_box
                or (
                    len(kept) >= _CAPTION_AND_RULE
                    and _is_table_rule(kept[-1])
                    and kept[-2][:1] == "|"
                    and kept[-2].endswith("| |")
                    and kept[-2].count("|") == _CAPTION_ROW_BARS
                    and not _is_sentence_caption(kept[-2].strip("| "))
                    and _share_rows_to_table_end(parts, index)
                )
            )
        ):
            if not share_box:
                del kept[-_CAPTION_AND_RULE:]
            share_box = True
            continue
        share_box = False
        # The rule under a table's first row goes with the row ("|---|---|" under "| Google Pixel 11 specs | |").
        if row_gone and _is_table_rule(paragraph):
            continue
        row_gone = False
        # A fact box's heading asking what a term is, over its answer (:func:`is_defined_term_heading`).
        if (
            paragraph[-1:] == "?"
            and 0 < index < len(parts) - 1
            and is_defined_term_heading(paragraph, parts[index + 1])
        ):
            continue
        # A desk's note (a disclosure, a disclaimer, an affiliate note) and a paper's reference under a science
        # story, as the pasted text's lines leave (:func:`~nutgraf.extract.text.clean_text`): the DOI's "1" first,
        # a scan for one character (memchr), where a paragraph of prose pays the three characters' search.
        above = kept[-1] if kept else ""
        if is_disclosure_line(paragraph) or (
            (
                ("1" in paragraph and "10." in paragraph)
                or (
                    (paragraph[:1] in _REFERENCE_LABEL_INITIALS or above[-1:] == ":") and "et al" in paragraph
                )
            )
            and len(paragraph.split()) <= _REFERENCE_MAX_WORDS
            and is_reference_entry(paragraph, above)
        ):
            continue
        if is_site_notice(paragraph, len(paragraph.split())):
            if kept and len(kept[-1].split()) <= TITLE_MAX_WORDS and not _SENTENCE_END.search(kept[-1]):
                over_notice.append(len(kept) - 1)
            continue
        kept.append(paragraph)
    last_prose = max((i for i, paragraph in enumerate(kept) if _is_prose(paragraph)), default=-1)
    headings = {i for i in over_notice if i > last_prose}
    kept = [paragraph for i, paragraph in enumerate(kept) if i not in headings]
    return without_closing_source(kept) or paragraphs


# A table's caption row and the rule under it, and the bars of a caption's row of two cells ("| Caption | |").
_CAPTION_AND_RULE = 2
_CAPTION_ROW_BARS = 3


def _is_sentence_caption(caption: str) -> bool:
    """Whether a table's caption is a sentence, the story's news told over its figures ("Labour won 34% of the
    vote, its best result since 2001.", "Most voters back the amendment, the Iowa Poll finds"): one sentence of a
    sentence's length with a stop at its end, or a verb (:func:`has_a_verb`); a box's caption names it ("Iowa
    Poll: Property tax amendment", "Sonntagsfrage Thüringen", "Source: YouGov.", "Poll results."), asks its
    question ("Will the amendment pass?") or calls to vote after its name ("Readers' poll. Vote below.")."""
    if "?" in caption:
        return False
    words = caption.split()
    return (
        caption[-1:] == "." and ". " not in caption and len(words) >= _SENTENCE_CAPTION_MIN_WORDS
    ) or has_a_verb(words)


# A box's name with a stop after it runs to three words ("Share this story."); a sentence, to more.
_SENTENCE_CAPTION_MIN_WORDS = 4


def _share_rows_to_table_end(parts: list[str], start: int) -> bool:
    """Whether every row of the table from ``parts[start]`` to its end is a choice and its share
    (:func:`is_share_table_row`): a table that goes on in other figures ("| Seats won | 412 |") is the story's
    results, which a reader would have lost the shares of, its rest left with no caption."""
    # Read to the first row that is none, not to the table's end first: a table of captions, rules and rows
    # repeated had been read to its end under each caption (4,000 of them: 4 s, the page's whole deadline).
    for index in range(start, len(parts)):
        if parts[index][:1] != "|":
            return True
        if not is_share_table_row(parts[index]):
            return False
    return True


def _is_table_rule(paragraph: str) -> bool:
    """Whether a paragraph is the rule under a table's first row ("|---|---|")."""
    return paragraph[:2] == "|-" and not paragraph.strip("|-: ")


def split_paragraphs(text: str) -> list[str]:
    lines = map(folded_line, text.split("\n"))
    return [line for line in lines if line]


def without_heading(paragraphs: list[str], headlines: list[str], below: str | None = None) -> list[str]:
    """The body without the page's headline at its head: it is the title. ``headlines`` are the page's
    title and the text of its ``<h1>`` elements (a page's ``<title>`` and its article's headline often
    differ). The head is a headline when it has the same words, no more than a headline has (whatever its
    punctuation and quotes: a headline may end in "?" or quote a sentence; a gallery's caption in an
    ``<h1>`` may be a paragraph), or when, ending no sentence, it starts the headline or
    the headline starts it and the shorter is at least half the longer ("Headline" and "Headline: a
    subtitle"), not when a one-word title starts the first line ("Lorem" and "Lorem ipsum dolor sit amet,
    consectetur"). A headline of three words or more among the first :data:`_HEAD_LINES` lines goes with
    the lines above it: a kicker, a section's name, another story's teaser; the article starts below
    its headline. Where the text of the block the headline heads is known (``below``,
    :func:`text_below_headline`), a line of prose or a sentence, however short, above it that the page
    writes there stays: it is the article's, which an extractor put first (trafilatura takes a live blog's
    first post, named "post" or "entry", for the article, then reads the rest of the page after it)."""
    if len(paragraphs) < 2:
        return paragraphs
    headlines = [headline.casefold() for headline in headlines if headline]
    for index, line in enumerate(paragraphs[1:_HEAD_LINES], start=1):
        words = _SHINGLE_WORD.findall(line.casefold())
        if _HEADLINE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS and any(
            words == _SHINGLE_WORD.findall(headline) for headline in headlines
        ):
            moved = [
                line
                for line in paragraphs[:index]
                # A live blog's post may be a sentence of a few words ("Dublin Airport has reopened."):
                # ending on a stop, it is no kicker nor tag, which end on none.
                if below is not None
                and (_is_prose(line) or ends_sentence(line))
                and "".join(line.split()) in below
            ]
            return moved + paragraphs[index + 1 :]
    head = paragraphs[0].casefold()
    head_words = _SHINGLE_WORD.findall(head)
    for headline in headlines:
        if len(head_words) <= TITLE_MAX_WORDS and head_words == _SHINGLE_WORD.findall(headline):
            return paragraphs[1:]
        shorter, longer = sorted((head, headline), key=len)
        # Or the headline closes the head, a few words before it: an obituary's text headed "Obituary for
        # Margaret Ellen Dunbar" under the name.
        if (
            not _SENTENCE_END.search(paragraphs[0])
            and (longer.startswith(shorter) or longer.endswith(f" {shorter}"))
            and 2 * len(shorter) >= len(longer)
        ):
            return paragraphs[1:]
    return paragraphs


def page_headline(tree) -> str | None:
    """The text of the page's first ``<h1>``: the article's headline, where the page has one (later ones
    are often a gallery's captions)."""
    h1 = next(tree.iter("h1"), None)
    return None if h1 is None else _normal(h1.text_content())


def _spaceless(text: str) -> str:
    """``text`` without its white space, case folded: a paragraph as the text holds it and as its element on
    the page spells it read alike."""
    return "".join(text.split()).casefold()


def with_headings(paragraphs: list[str], tree) -> list[str]:
    """``paragraphs`` with the subheadings (``<h2>`` to ``<h6>``) the page writes between two of them that
    follow each other: a heading whose next element is a paragraph of the text, and whose element before is
    the paragraph before that one or a figure after it. trafilatura, finding no container it knows, reads
    the page's paragraphs alone and leaves its headings out (a Webflow post's "More staff, not longer
    shifts", after a figure)."""
    at = {_spaceless(paragraph): index for index, paragraph in enumerate(paragraphs)}
    headings: dict[int, str] = {}
    kinds: set[tuple[str, str | None]] = set()
    opening_heading: tuple[str, str | None, str] | None = None
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6"):
        text = " ".join(heading.text_content().split())
        # A heading alone in its block (a live blog's entry of blocks, Tickaroo's: the headline's block, then
        # the text's) heads what follows the block; not one closing a card (a label, a picture, the title),
        # nor a linked one, another story's card between the paragraphs.
        after, block = heading.getnext(), heading
        linked = heading.find(".//a") is not None
        for _ in range(_OPENED_BLOCKS):
            parent = block.getparent()
            if after is not None or linked or parent is None or len(parent) > 1 or parent.tag == "a":
                break
            block = parent
            after = block.getnext()
        opening = after
        for _ in range(_OPENED_BLOCKS):
            if opening is None or opening.tag != "div" or not len(opening):
                break
            opening = opening[0]
        if (
            opening is not None
            and opening is not after
            and opening.tag == "p"
            # A live blog's entry may name its writer so (<h4 class="author">), over the same block.
            and not _names_author(heading)
        ):
            # A heading over its entry's text block (a live ticker's entry: a time, a heading, a <div> of
            # paragraphs, one inside another): it heads the block's first paragraph.
            after = opening
        if not text or _spaceless(text) in at or after is None or after.tag != "p":
            continue
        before = _element_before(heading)
        while before is not None and before.tag == "figure":
            before = before.getprevious()
        # Past an advert's slot or a box of links the text leaves out, a few at most, and out of the block
        # they open (an entry's time over its heading, the entry before holding the paragraph before).
        for _ in range(_SKIPPED_BOXES):
            if before is None or before.tag == "p" or before.find(".//p") is not None:
                break
            before = _element_before(before)
        if before is not None and before.tag != "p":
            # The heading opens its box (an e-mail newsletter's block, a heading over its paragraph): the
            # paragraph before is the box before's last.
            before = next(reversed(list(before.iter("p"))), None)
        index = at.get(_spaceless(after.text_content()))
        if index == 0:
            opening_heading = (heading.tag, heading.get("class"), text)
        if (
            before is not None
            and index is not None
            and at.get(_spaceless(before.text_content())) == index - 1
        ):
            headings[index] = text
            kinds.add((heading.tag, heading.get("class")))
    # The heading over the text's first paragraph has no paragraph before it: it is one where the page heads
    # others so, with the same tag and class (a live blog's entries, the first entry's headline).
    if opening_heading and opening_heading[1] and opening_heading[:2] in kinds:
        headings[0] = opening_heading[2]
    headings.update(_headings_by_class(tree, at))
    return [
        line
        for index, paragraph in enumerate(paragraphs)
        for line in (headings.get(index), paragraph)
        if line
    ]


def with_lists(paragraphs: list[str], tree) -> list[str]:
    """``paragraphs`` with the lists (``<ul>``, ``<ol>``) the page writes between two of them that follow each
    other, each item a line opened by "- " as trafilatura writes one: trafilatura, finding no container it
    knows, reads the page's paragraphs alone and leaves the story's lists out (a Grav page's fact box, its
    title a paragraph kept, its facts a list lost). A list with a link in it (a menu, other stories, tags),
    one of more than :data:`_RESTORED_LIST_ITEMS` items, one with an empty item, one with an item holding
    more than text-level elements (a gallery's slides, figures and their captions; a list inside it), one
    in a box beside the story (:func:`_in_box_beside`), one of single words (share buttons, tags,
    breadcrumbs), one repeating a paragraph of the text (key points) and one after a call to the reader
    ("Read also:") stay out."""
    at = {_spaceless(paragraph): index for index, paragraph in enumerate(paragraphs)}
    lists: dict[int, list[str]] = {}
    for element in tree.iter("ul", "ol"):
        before, after = _element_before(element), _element_after(element)
        heading = _list_heading(before, at)
        if heading is not None:
            # The paragraph before the heading is the one beside it, not one before a box the heading opens (a
            # widget's "Opening hours" over its list): such a heading heads the box, not a section of the text.
            before = _closing_element(before.getprevious())
        if before is None or after is None or before.tag != "p" or after.tag != "p":
            continue
        index = at.get(_spaceless(after.text_content()))
        if not index or at.get(_spaceless(before.text_content())) != index - 1:
            continue
        if (
            any(ancestor.tag == "li" for ancestor in element.iterancestors())
            or element.find(".//a") is not None
            or any(inner.tag not in TEXT_LEVEL for item in element for inner in _item_contents(item))
            or _in_box_beside(element, after)
        ):
            continue
        items = [" ".join(item.text_content().split()) for item in element.iterchildren("li")]
        if (
            items
            and len(items) == len(element) <= _RESTORED_LIST_ITEMS
            and all(items)
            # Words alone are a share bar's, a tag list's or breadcrumbs' labels, no story's facts.
            and any(word_count(item) > 1 for item in items)
            # A key points box's sentences the text holds already would be read twice.
            and not any(_spaceless(item) in at for item in items)
            # The list a call to the reader opens ("Read also:") is the call's, which goes.
            and not is_call_to_action(paragraphs[index - 1])
        ):
            lists[index] = [*([] if heading is None else [heading]), *(f"- {item}" for item in items)]
    return [line for index, paragraph in enumerate(paragraphs) for line in (*lists.get(index, ()), paragraph)]


def _list_heading(element, at: dict[str, int]) -> str | None:
    """The text of ``element`` where it is a subheading over a list (``<h2>`` to ``<h6>``: a programme's
    "Programme" over its times) that the text lacks: a short line ending no sentence, with no link in it.
    trafilatura leaves both out where it reads the page's paragraphs alone."""
    if (
        element is None
        or element.tag not in ("h2", "h3", "h4", "h5", "h6")
        or element.find(".//a") is not None
    ):
        return None
    text = " ".join(element.text_content().split())
    if not text or _spaceless(text) in at or len(text.split()) > TITLE_MAX_WORDS or ends_sentence(text):
        return None
    return text


def _closing_element(element):
    """``element``, or where it is a block (``<div>``, ``<section>``), the element that closes it, up to
    :data:`_OPENED_BLOCKS` blocks down: the paragraph before a section's heading may close the section before
    (DokuWiki's ``div.level1``)."""
    for _ in range(_OPENED_BLOCKS):
        if element is None or element.tag not in ("div", "section") or not len(element):
            break
        element = element[-1]
    return element


def _item_contents(item):
    """The elements in the list item ``item``; inside the one ``<div>`` it holds alone where it does (each
    item of a DokuWiki list is a ``div.li``), which wraps its text and is no block of its own."""
    if (
        len(item) == 1
        and item[0].tag == "div"
        and not (item.text or "").strip()
        and not (item[0].tail or "").strip()
    ):
        return item[0].iterdescendants()
    return item.iterdescendants()


def _headings_by_class(tree, at: dict[str, int]) -> dict[int, str]:
    """The headings a page builder writes as a ``<div>`` named one (Tilda's ``div.t-heading``, a record of its
    own between two text records, each text a ``<div>`` of lines parted by ``<br>``), by the index of the
    paragraph they head (``at``: each paragraph's index by its words, white space left out): a short line,
    ending no sentence, whose element after (its record's next, where it ends its record) opens with that
    paragraph and whose element before (up to :data:`_SKIPPED_BOXES` back, past an image's record) closes
    with the paragraph before it, and which is no box beside the story's, nor closes one
    (:func:`_in_box_beside`). The first :data:`_CLASSED_HEADINGS` only."""
    keys = {index: key for key, index in at.items()}
    opening = {key[:_KEY_OPENING]: index for key, index in at.items()}
    found: dict[int, str] = {}
    for heading in islice(tree.xpath(_CLASSED_HEADING), _CLASSED_HEADINGS):
        if not any(name == "heading" or name.endswith("-heading") for name in heading.get("class").split()):
            continue
        text = " ".join(heading.text_content().split())
        key = _spaceless(text)
        if not key or key in at or len(text.split()) > TITLE_MAX_WORDS or ends_sentence(text):
            continue
        after = _element_after(heading)
        if after is None or _in_box_beside(heading, after):
            continue
        after_key = _spaceless(after.text_content())
        index = opening.get(after_key[:_KEY_OPENING])
        if not index or index - 1 not in keys or not after_key.startswith(keys[index]):
            continue
        before = _element_before(heading)
        for _ in range(_SKIPPED_BOXES + 1):
            if before is None:
                break
            if _spaceless(before.text_content()).endswith(keys[index - 1]):
                found[index] = text
                break
            before = before.getprevious()
    return found


def _in_box_beside(heading, after) -> bool:
    """Whether ``heading`` or a box it closes (each of its ancestors below ``after``'s parent) is a box beside
    the story by its tag or name: a sign-up's, the comments', "Most read" (:func:`names_other_part`,
    :func:`_is_overlay`). Set between two of the story's paragraphs, its heading heads neither."""
    boxes = chain((heading,), takewhile(lambda box: box is not after.getparent(), heading.iterancestors()))
    return any(
        box.tag in _FURNITURE
        or _is_overlay(box)
        or names_other_part(f"{box.get('class', '')} {box.get('id', '')}")
        for box in boxes
    )


def _element_after(element):
    """The element after ``element``, or, where it closes its block, after the block it closes, up to
    :data:`_OPENED_BLOCKS` blocks up."""
    for _ in range(_OPENED_BLOCKS + 1):
        if (after := element.getnext()) is not None or (element := element.getparent()) is None:
            return after
    return None


def _element_before(element):
    """The element before ``element``, or, where it opens its block, before the block it opens, up to
    :data:`_OPENED_BLOCKS` blocks up."""
    for _ in range(_OPENED_BLOCKS + 1):
        if (before := element.getprevious()) is not None or (element := element.getparent()) is None:
            return before
    return None


def text_below_headline(tree) -> str | None:
    """The text of the block the page's first ``<h1>`` heads, after it, white space left out: the
    headline's siblings after it and theirs, up to the first of its ancestors that holds more than
    :data:`_HEADER_OTHER_WORDS` words besides it (a header's kicker, byline and date are fewer; the story,
    a live blog's posts are more). ``None`` on a page without one."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return None
    headline_words = word_count(h1.text_content())
    node, parts = h1, []
    while (parent := node.getparent()) is not None:
        parts.append(node.tail or "")
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                parts.append(sibling.text_content())
            parts.append(sibling.tail or "")
        if word_count(parent.text_content()) - headline_words > _HEADER_OTHER_WORDS:
            break
        node = parent
    return "".join("".join(part.split()) for part in parts)


def is_site_slogan(
    description: str, site_descriptions: set[str], title: str | None, text: str, language: str | None
) -> bool:
    """Whether a page's meta ``description`` is its site's slogan or boilerplate, written alike on every
    page, rather than about its article: the site's own description in the page's JSON-LD
    (:func:`~nutgraf.extract.html.metadata.jsonld.site_descriptions`), or a line of
    :data:`_SLOGAN_WORDS` content words or more none of which the title or a text of
    :data:`_SLOGAN_TEXT_WORDS` words or more holds ("The best source of news for the Valley since 1887"
    over a story on water pipes). A shorter text is a teaser a real description may share no word with
    (a paywalled story's opening), and text written without spaces between its words is not compared."""
    if " ".join(description.split()).casefold() in site_descriptions:
        return True
    if language in _UNSPACED_LANGUAGES or word_count(text) < _SLOGAN_TEXT_WORDS:
        return False
    stems = set(content_stems(words(description), language or "en"))
    return len(stems) >= _SLOGAN_WORDS and stems.isdisjoint(
        content_stems(words(f"{title or ''} {text}"), language or "en")
    )


def outranked_description(
    description: str, others: list[str], title: str | None, text: str, language: str | None
) -> str:
    """``description``, or the first of the page's ``others`` (:func:`~nutgraf.extract.html.metadata.
    meta_descriptions`) that shares more content words with the title and ``text`` where ``description``
    shares at most one of its :data:`_SLOGAN_WORDS` or more: the site's slogan, written first by a theme, with
    the article's own written after it by an SEO plugin (Rolling Stone's "Music, Film, TV and Political News
    Coverage", which shares "music" with a story on a band's tour, over "The Doobie Brothers will unite with
    ..."). A description the page writes alone stands: nothing on the page tells a slogan that shares a word
    with its story from a terse dek. Text written without spaces is not compared."""
    if not others or language in _UNSPACED_LANGUAGES:
        return description
    story = set(content_stems(words(f"{title or ''} {text}"), language or "en"))
    own = set(content_stems(words(description), language or "en"))
    if len(own) < _SLOGAN_WORDS or len(own & story) > 1:
        return description
    return next(
        (
            other
            for other in others
            # More than one word, or it is no less a slogan by this test: "A reunion nobody expected, and a
            # summer on the road" (a dek sharing "road") had yielded to "Music, Film, TV and Political News
            # Coverage" (sharing "music" alone).
            if len(set(content_stems(words(other), language or "en")) & story) > max(len(own & story), 1)
        ),
        description,
    )


def header_deck(tree) -> str | None:
    """The text (its white space folded) of the dek under the page's headline, where the header writes one (a standfirst, a
    summary: the Guardian's standfirst, Público's ``div.story__blurb``, an ``h2`` or ``h3`` subtitle): the
    first element with text after the page's first ``<h1>`` and beside it (or beside the ``<div>`` that wraps
    it alone, :func:`_title_block`, where a ``<div>`` must wrap a lead's paragraph), a heading or a paragraph
    (one ``<p>`` at most) of :data:`_DECK_WORDS` words, in a block that holds at most
    :data:`_HEADER_OTHER_WORDS` words besides the headline and it (a kicker, a byline, a date). In a
    block that holds more, or with a paragraph that ends a sentence after it (:func:`_story_follows`), the
    headline stands over the story's paragraphs and the one under it is the first of them (a brief of a few
    short paragraphs had lost its first); one that ends in a colon introduces what follows. None under
    a site's logo (:func:`_is_site_name`), none of lines broken by ``<br>``, and none that holds a byline's
    or a date's marks (:data:`_BYLINE_MARKS`) or reads as one ("By Jane Doe · 2024-11-25 · 6 min read")."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None or h1.getparent() is None or _is_site_name(h1) or _in_notebook_cell(h1):
        return None
    title = _title_block(h1)
    shown = (e for e in title.itersiblings() if isinstance(e.tag, str) and e.text_content().strip())
    deck = next(shown, None)
    # A header may set its date line between the headline and a subtitle (Thanh Niên's time over its
    # ``h2.detail-sapo``): the heading after it is the dek, the story's text following it in the same block.
    # A sapo is a sentence; a heading that is none there ("How the council reached its decision") is the
    # story's first section's, and the story's text.
    # Or a block that its class names a summary, wrapping a lead's paragraph (EasyDNNnews's
    # ``div.edn_articleSummary`` over ``div.edn_articleContent``), which had stayed the story's first line.
    dated = deck is not None and _is_header_stamp(deck)
    if dated:
        deck = next(shown, None)
        if deck is None or not (
            (deck.tag in _DECK_HEADINGS and ends_sentence(deck.text_content().strip()))
            or (deck.tag == "div" and _names_summary(deck) and _wraps_lead(deck))
        ):
            return None
    # A <div> of lines broken by <br> is the story's paragraphs written so (a brief), not one dek.
    # Beside a block that wraps the headline, a <div> is the dek only where it wraps a lead's paragraph
    # (Quarto's ``div.description``): a share bar's or an audio player's line there ("Share this story on
    # Facebook, Twitter or by email"), which such a page had never taken for a dek, became its description.
    if (
        deck is None
        or deck.tag not in _DECK_TAGS
        or len(deck.findall(".//p")) > 1
        or deck.find(".//br") is not None
        or (title is not h1 and deck.tag == "div" and not _wraps_lead(deck))
    ):
        return None
    # As written, white space folded and a block's edge a space, where text_content glues a live blog's
    # "<time>10:02</time><p>The bridge" into "10:02The": the article's description (Article.description)
    # shows it.
    text = " ".join(_spaced_text(deck).split())
    words = word_count(text)
    if not _DECK_WORDS[0] <= words <= _DECK_WORDS[1]:
        return None
    beside = word_count(title.getparent().text_content()) - word_count(title.text_content()) - words
    if text.endswith(":") or deck.xpath(_BYLINE_MARKS) or is_particulars_line(text):
        return None
    # A paragraph that opens on a wire's dateline is the story's first, over the byline or not ("WASHINGTON
    # (AP) — The Senate passed ..."), and a call to the reader no summary of the story: as the dek, the one
    # had left the story's text for its description, the other had become it. A heading its class names the
    # summary is the dek where it opens on the outlet's own name in brackets, no place before it: a Vietnamese
    # sapo ("(Dân trí) - Từ ngày 1/6, ..."), which had stayed the text's first. One opening on a place
    # ("WASHINGTON (AP) — ...", "SAN FRANCISCO — ...") is a wire's lede set in such a heading, the story's first.
    if (
        opens_on_dateline(text)
        and not (text.startswith("(") and deck.tag in _DECK_HEADINGS and _names_summary(deck))
    ) or is_call_to_action(text):
        return None
    # A paragraph or heading over the byline is the dek even where the story follows in the same block; a
    # <div> there is as often a video's playlist or a teaser card, unless it only wraps a lead's paragraph
    # (a Statamic interview's ``div.intro``, Wagtail's ``div.page-intro``).
    # A paragraph its class names the summary, the story in a block of its own after it and no paragraph of
    # it beside (an agency's ``p.summary`` over ``div.item-text``), is the dek too: it had opened the text.
    if (
        not dated
        and (beside > _HEADER_OTHER_WORDS or _story_follows(deck))
        and ((deck.tag == "div" and not _wraps_lead(deck)) or not _over_byline(deck))
        and not _summary_over_body(deck)
    ):
        return None
    return text


def _summary_over_body(deck) -> bool:
    """Whether ``deck`` is a ``<p>`` its class or id names the story's summary with no ``<p>`` beside it: the
    story's paragraphs are in a block of their own after it, not the block's own."""
    return (
        deck.tag == "p"
        and _names_summary(deck)
        # A teaser of another story so named links to it ("Parks reopen ... Read more"): it had become the
        # description of a story it is not.
        and deck.find(".//a") is None
        and not any(sibling.tag == "p" for sibling in deck.itersiblings())
        and not any(sibling.tag == "p" for sibling in deck.itersiblings(preceding=True))
    )


def _is_header_stamp(element) -> bool:
    """Whether ``element`` is a header's line of particulars alone, no byline (a date and time: "17/05/2024
    08:15 GMT+7"), of at most :data:`_BYLINE_LINE_WORDS` words and no sentence."""
    text = " ".join(_spaced_text(element).split())
    return (
        element.tag not in _DECK_HEADINGS
        and word_count(text) <= _BYLINE_LINE_WORDS
        and not ends_sentence(text)
        and (bool(element.xpath(".//time")) or is_particulars_line(text))
    )


def _title_block(h1):
    """``h1``, or the ``<div>`` that wraps it and nothing else (through at most :data:`_TITLE_WRAPPERS`
    of them): a header that sets its headline alone in a block sets the dek beside that block (Quarto's
    ``div.quarto-title`` and the ``div.description`` after it), where the headline had no sibling and the dek
    opened the text."""
    title = h1
    for _ in range(_TITLE_WRAPPERS):
        parent = title.getparent()
        if (
            parent is None
            or parent.tag != "div"
            or parent.getparent() is None
            or len(parent) != 1
            or (parent.text or "").strip()
            or (title.tail or "").strip()
        ):
            break
        title = parent
    return title


def _names_summary(element) -> bool:
    """Whether ``element``'s class or id names a story's summary (:data:`_SUMMARY_NAME`)."""
    return any(_SUMMARY_NAME.search(element.get(name) or "") for name in ("class", "id"))


def _wraps_lead(element) -> bool:
    """Whether ``element``'s text is all one ``<p>``'s, through wrappers of nothing else, and that paragraph
    reads as a lead: it ends a sentence and is not mostly a link's text. A teaser card's headline (a link)
    and a playlist's entry ("Watch: ...", no stop), each a <div> of one paragraph, had been taken for the
    header's dek and become the article's description."""
    paragraphs = element.findall(".//p")
    if len(paragraphs) != 1:
        return False
    text = paragraphs[0].text_content().strip()
    linked = sum(len(link.text_content().strip()) for link in paragraphs[0].iter("a"))
    return text.split() == element.text_content().split() and ends_sentence(text) and 2 * linked < len(text)


def _over_byline(deck) -> bool:
    """Whether the element after ``deck`` is the header's byline and date line (:data:`_BYLINE_LINE_MARKS`,
    or a line that reads as one, of :data:`_BYLINE_LINE_WORDS` words at most): a header
    sets its dek between the headline and the byline, the story after them, even where one block holds
    them all (Aftonbladet's lead-text over its address and date, then the body's block); a story's first
    paragraph does not stand over its byline."""
    following = next(
        (e for e in deck.itersiblings() if isinstance(e.tag, str) and e.text_content().strip()), None
    )
    if following is None:
        return False
    text = " ".join(_spaced_text(following).split())
    # A live blog's next post holds its time too, over a paragraph that ends a sentence.
    return (
        word_count(text) <= _BYLINE_LINE_WORDS
        and bool(
            following.xpath(_BYLINE_LINE_MARKS)
            or is_particulars_line(text)
            or _names_author_over_particulars(following)
        )
        and not any(
            ends_sentence(paragraph.text_content().rstrip()) for paragraph in following.iter(_STORY_TAGS)
        )
    )


def _names_author_over_particulars(line) -> bool:
    """Whether ``line`` is a link to its writer's page and the particulars of a byline's line beside it
    (Loksatta's "<a href="/author/...">Name</a> मुंबई | Updated: May 16, 2024 10:12 IST"): the link alone
    is no byline's mark, for a photo of the writer links there over its credit, but with the city and the
    date the rest of the line is one."""
    links = line.xpath('.//a[contains(@href, "/author")]')
    if not links:
        return False
    rest = " ".join(_spaced_text(line).split())
    for link in links:
        rest = rest.replace(" ".join(link.text_content().split()), " ", 1)
    rest = " ".join(rest.split())
    return bool(rest) and is_particulars_line(rest)


def _spaced_text(element) -> str:
    """``element``'s text with a space at each edge of a block inside it, in document order (walked, not
    recursed: a page may nest elements thousands deep)."""
    from lxml import etree

    pieces = []
    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        edge = " " if node is not element and node.tag in _BLOCK_TAGS else ""
        if event == "start":
            pieces += (edge, node.text or "")
        elif node is not element:  # an element's end, or a comment's or instruction's place: its tail follows
            pieces += (edge, node.tail or "")
    return "".join(pieces)


def _is_site_name(h1) -> bool:
    """Whether ``h1`` is the site's name over every page (a theme's logo, a link to the site's front
    page), not the article's headline: the line under it is the site's slogan, no dek."""
    return any(
        (address := urlsplit(href)).path in ("", "/") and not address.query
        for link in h1.iter("a")
        if (href := link.get("href"))
    )


def is_notebook(tree) -> bool:
    """Whether the page is a Jupyter notebook as nbconvert exports it: its ``<body>`` of class
    ``jp-Notebook`` (the lab template) or a ``div#notebook-container`` (the classic one)."""
    body = tree.find("body")
    if body is None:
        return False
    return (
        "jp-Notebook" in (body.get("class") or "").split()
        or body.find(".//div[@id='notebook-container']") is not None
    )


def _in_notebook_cell(h1) -> bool:
    """Whether ``h1`` is a Jupyter notebook's, in a markdown cell as nbconvert exports one (its lab
    template's ``jp-RenderedMarkdown``, the classic one's ``rendered_html``): a notebook has no header, and
    the paragraph under its title in the same cell opens its text, where a header's block would hold a dek."""
    names = (h1.getparent().get("class") or "").split()
    return "jp-RenderedMarkdown" in names or "rendered_html" in names


def _story_follows(deck) -> bool:
    """Whether a paragraph that ends a sentence follows ``deck`` in its block, as one of the block's own
    paragraphs or within a block of it (a brief's body ``<div>``, a live blog's posts, a quotation, a list):
    the candidate is then the story's first paragraph, not a dek over it. A story written in ``<div>``s of
    text alone (a page builder's, a town office's) is one where the next is such a ``<div>`` too
    (:func:`_is_story_div_beside`) that ends a sentence: a brief of two or three such paragraphs under its
    headline had lost its first to the description."""
    if _is_bare_div(deck):
        following = next(
            (e for e in deck.itersiblings() if isinstance(e.tag, str) and e.text_content().strip()), None
        )
        if following is not None and _is_story_div_beside(following, deck):
            return ends_sentence(following.text_content().rstrip())
    return any(
        # At its end: a header's byline paragraph holds a stop too ("By Dr. Amelia Grant").
        ends_sentence(paragraph.text_content().rstrip())
        for sibling in deck.itersiblings()
        if isinstance(sibling.tag, str)
        for paragraph in sibling.iter(_STORY_TAGS)
    )


def _is_bare_div(element) -> bool:
    """Whether ``element`` is a ``<div>`` of text and inline markup alone, no block inside it."""
    return element.tag == "div" and next(element.iterdescendants(*_BLOCK_TAGS), None) is None


def _is_story_div_beside(element, deck) -> bool:
    """Whether ``element`` is a bare ``<div>`` (:func:`_is_bare_div`) of ``deck``'s class and more words than
    the fewest a dek holds: a story's paragraphs so written share one class or none, where a header's dek
    (``div.dek``, ``div.date``, ``div.sub-title``) has one of its own; and a line of a few words under a dek
    ("Photo by Jane Roe.", "By Ann Lee.") is the header's credit or byline. Either had put the dek in the
    text, where a short CJK story's had always been the description."""
    return (
        _is_bare_div(element)
        and element.get("class") == deck.get("class")
        and word_count(element.text_content()) > _DECK_WORDS[0]
    )


def without_deck(paragraphs: list[str], deck: str | None, bylines: tuple[str, ...] = ()) -> list[str]:
    """``paragraphs`` without the header's dek (:func:`header_deck`) and byline line (one of ``bylines``,
    :func:`header_bylines`) at their head: the ScrapingHub gold leaves out 39 of the 41 deks its pages write
    in the header (docs/extraction.md, *Header ledes*), and a byline is the article's author, not its text."""
    deck = None if deck is None else _normal(deck)
    byline = {_normal(line) for line in bylines}
    while len(paragraphs) > 1 and (deck is not None or byline):
        head = _normal(paragraphs[0])
        if head == deck:
            deck = None
        elif head in byline:
            byline = set()
        else:
            break
        paragraphs = paragraphs[1:]
    return paragraphs


def header_bylines(tree) -> tuple[str, ...]:
    """The byline line right under the page's first ``<h1>``, as the text may give it: the first element
    with text after the headline, where it is or holds an ``<address>`` (the element HTML gives an article's
    author) and :data:`_BYLINE_LINE_WORDS` words at most ending no sentence; its text and that of each name
    marked in the address (``rel="author"``, ``itemprop="author"``), white space folded. A Telegraph page
    writes its channel's name so ("Двір на Лук'янівці"), which reads as no person's names, and it had stayed
    the text's first line. Not a name marked as the author's outside an ``<address>``: ScrapingHub's gold
    keeps "Staff Reports" so marked under a headline."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return ()
    following = next(
        (e for e in h1.itersiblings() if isinstance(e.tag, str) and e.text_content().strip()), None
    )
    addresses = [] if following is None else following.xpath("descendant-or-self::address")
    if not addresses:
        return ()
    marked = [name for address in addresses for name in address.xpath(_AUTHOR_MARKS)]
    lines = [" ".join(_spaced_text(element).split()) for element in (following, *marked)]
    if word_count(lines[0]) > _BYLINE_LINE_WORDS or ends_sentence(lines[0]):
        return ()
    return tuple(line for line in lines if line)


def plain_text_body(tree) -> str | None:
    """The text of the ``<pre>`` that is the page's article, where the page is plain text a server wrapped
    in HTML (a text file, wire copy, a mailing list's archived message): one ``<pre>`` holding most of the
    body's text (:data:`_PLAIN_TEXT_SHARE`), in prose (:data:`_PLAIN_TEXT_PROSE_SHARE`). The extractors
    take a ``<pre>`` for one block and keep the page's furniture in it; its text is cleaned as pasted text
    is. ``None`` on other pages, among them those whose ``<pre>`` is a code listing or a table beside
    the article."""
    texts = [pre.text_content() for pre in tree.iter("pre")]
    if not texts:
        return None
    text = max(texts, key=len)
    body = tree.find("body")
    # Shares of the characters other than white space: a word count of the whole page would cost more.
    if _visible_characters(text) <= _PLAIN_TEXT_SHARE * _visible_characters(
        (tree if body is None else body).text_content()
    ):
        return None
    sample = text[:_PLAIN_TEXT_SAMPLE]
    # Paragraphs are hard-wrapped lines between blank lines, or a line each (then a block of them ends
    # where its last line ends, perhaps in a headline).
    paragraphs, prose_words = max(
        _prose(_BLANK_LINES.split(sample)), _prose(sample.split("\n")), key=lambda counted: counted[1]
    )
    if paragraphs < 2 or prose_words < _PLAIN_TEXT_PROSE_SHARE * word_count(sample):
        return None
    return text


def _visible_characters(text: str) -> int:
    return len(text) - sum(map(text.count, " \n\t\r\xa0"))


def _prose(paragraphs: list[str]) -> tuple[int, int]:
    """How many of ``paragraphs`` are prose that ends a sentence, and the words they hold."""
    counts = [
        count
        for paragraph in map(str.rstrip, paragraphs)
        # The end alone is searched: a sentence's ("word.", "word.\u201d", "。"). Stricter than ends_sentence
        # (a letter or digit before the stop, one closing mark at most): this tells a person's prose from a
        # code listing, whose lines end on '."""' or '.")' too.
        if _SENTENCE_END.search(paragraph, max(0, len(paragraph) - 4))
        and (count := word_count(paragraph)) >= _PROSE_LINE_WORDS
    ]
    return len(counts), sum(counts)


def readability_paragraphs(tree) -> list[str]:
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
    # A table's cells are a row's words side by side, as a browser spaces them: glued, a results table's
    # "1", "Maya Ortiz" and "Eastmont" made one word that no other extractor's row shares.
    for cell in root.iter("td", "th"):
        cell.tail = " " + cell.tail if cell.tail else " "
    return split_paragraphs(etree.tostring(root, method="text", encoding="unicode"))


@cache
def _text_readability():
    """readability-lxml's ``Document``, made to parse for text only (imported on first use)."""
    from copy import deepcopy

    import lxml.html
    from lxml import etree
    from readability import Document
    from readability.readability import REGEXES

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
            etree.strip_elements(
                doc, *_NEVER_ARTICLE, etree.Comment, etree.ProcessingInstruction, with_tail=False
            )
            # Long runs of spaces and tabs become one space, as readability's ``clean`` makes them
            # before it counts characters: its pattern for line ends takes time quadratic in such runs
            # (a page of indented tables spent most of readability's time there). The search finds
            # the few texts concerned without visiting the others.
            for text in doc.xpath(_LONG_SPACE_RUNS):
                collapsed, parent = _SPACE_RUN.sub(" ", text), text.getparent()
                if text.is_tail:
                    parent.tail = collapsed
                else:
                    parent.text = collapsed
            return doc

        def remove_unlikely_candidates(self):
            # readability's test looks at the class and id only: elements without either are skipped
            # by the search rather than one by one, and each name is tested once (pages repeat them).
            unlikely: dict[str, bool] = {}
            for element in self.html.xpath(".//*[@class or @id]"):
                names = f"{element.get('class', '')} {element.get('id', '')}"
                if names not in unlikely:
                    unlikely[names] = bool(
                        REGEXES["unlikelyCandidatesRe"].search(names)
                        and not REGEXES["okMaybeItsACandidateRe"].search(names)
                    )
                if (
                    unlikely[names]
                    and element.tag not in ("html", "body")
                    and not element.xpath("ancestor-or-self::pre | ancestor-or-self::code")
                    and not element.xpath(
                        "descendant-or-self::main | descendant-or-self::article | descendant-or-self::math"
                    )
                ):
                    element.drop_tree()

        def transform_misused_divs_into_paragraphs(self):
            # readability turns a <div> into a <p> when its serialised children hold no block tag: the
            # same test by the descendants' tag names, without serialising each div's subtree (nested
            # divs made that quadratic); readability's own pass over the divs is then skipped.
            for element in self.tags(self.html, "div"):
                if not any(
                    isinstance(child.tag, str) and child.tag.startswith(_BLOCK_TAG_STARTS)
                    for child in element.iterdescendants()
                ):
                    element.tag = "p"
            self.divs_tested = True
            super().transform_misused_divs_into_paragraphs()

        def tags(self, node, *names):
            if names == ("div",) and getattr(self, "divs_tested", False):
                self.divs_tested = False
                return ()
            return super().tags(node, *names)

        def is_quote_lead(self, elem):
            # readability's test (an element, or an ancestor, ending with a colon before a blockquote),
            # with the colon looked at before the text is cleaned: cleaning every ancestor's text for
            # every div made it quadratic (a long page spent nine tenths of readability's time here).
            for lead in (elem, *elem.iterancestors()):
                following = lead.getnext()
                if following is None or not following.findall(".//blockquote"):
                    continue
                text = lead.text_content() or ""
                if text.rstrip().endswith(":") and _text_length(lead) >= self.min_text_length:
                    return True
            return False

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
