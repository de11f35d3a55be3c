"""HTML as markup: telling a page from plain text, decoding its bytes, parsing it once (bounded, repaired).

All of it is linear in the page: the prolog a page opens with (comments, the XML declaration) is skipped
by scanning for each one's end, and the patterns stop at the next tag.
"""

from __future__ import annotations

import codecs
import json
import re
import string
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from contextlib import suppress
from functools import cache
from itertools import islice, takewhile
from typing import Any
from urllib.parse import urlsplit

from nutgraf.article import site_of
from nutgraf.decode import clean_characters, decode_text, garbled, reads_as_utf8, truer_encoding
from nutgraf.extract.text import ends_sentence, word_count
from nutgraf.extract.text.calls import is_pointer_label
from nutgraf.extract.text.stamps import MONTH_NAME_WORDS, WEEKDAY
from nutgraf.language import QUESTION_MARKS, WORD_UNIT, stopwords
from nutgraf.language import words as word_tokens

#: Elements of a page kept, in document order (scripts, menus and the rest counted); the rest of the page is
#: cut. The largest page of the shared sets has 9,900 (a Wikipedia article with long tables), the median
#: 300; the extractors walk every element several times, and the cut bounds their time on a page of a
#: million tiny elements.
MAX_ELEMENTS = 20_000
#: Levels of nesting kept: elements deeper than this lose their tags, and their text stays in the element at
#: this depth. The deepest of the 311 shared pages nests 50 levels. trafilatura's work on nested tables grows
#: with the cube of their depth and on paragraphs nested in links with its square: a page of 244 nested
#: tables took 28 s of CPU, past the deadline, which is checked only between the extractors' runs.
MAX_DEPTH = 64
# What libxml2's log says where a page nests past its limit (2,048 levels, with huge_tree).
_TOO_DEEP = "Excessive depth"
# A tag, its name and whether it closes (see within_depth): each scan ends at the next "<" or ">".
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*+)[^<>]*+>")
# Elements never closed, which nest nothing; and for a tag, the open elements it closes, as libxml2 reads
# them. A <dt> nests in a <dt> (and a <dd> in a <dd>): taken for siblings, 3,000 of "<dl><dt><div>" stayed
# past libxml2's limit and the story after them was lost. But each closes the other, every one open above it:
# counted as nested, a glossary of terms and definitions left open ("<dt>Term<dd>Meaning") went past
# MAX_DEPTH after 32 of them, and the tags of every term and paragraph after that were dropped, their
# words run together ("Meaning 40.Term 41"). HTML5's <embed>, <source>, <track> and <wbr> are not among
# the never closed: libxml2 does not know them so, and nests all that follows each in it, to its parent's
# close; taken for never closed, 5,000 <source>s or <wbr>s before the story stayed past libxml2's limit
# and the story was lost (its reader had the headline alone).
_VOID_ELEMENTS = frozenset("area base br col hr img input link meta param".split())
_OPEN_ELEMENTS_CLOSED = {
    **{name: frozenset((name,)) for name in "p li tr td th option".split()},
    "dt": frozenset(("dd",)),
    "dd": frozenset(("dt",)),
}
#: Pages longer than this (in characters, after dropping scripts, styles and comments) are cut here. The
#: largest news pages run to about 1.5 million characters with their scripts; the cut bounds the time
#: and memory one page can take (a few seconds at worst, for a page that is all markup).
MAX_HTML_CHARS = 2_000_000
#: Attributes an opening tag keeps; the rest are dropped before the page is parsed. libxml2 compares each
#: attribute's name with those before it: one <div> of 40,000 distinct attributes (300 KB) took 14 s to
#: parse, 300,000 of them (what 2,000,000 characters hold) hours, and the deadline is checked only between
#: stages. The most of the 311 shared pages is 62; at this bound a page of 2,000,000 characters parses in
#: a quarter of a second.
MAX_ATTRIBUTES = 256
# The JSON-LD a page keeps, in characters (trafilatura's patterns over it grow with its square): the largest
# seen on the shared pages and newspaper4k's test pages is 52,000 (CNN's 21,000).
_JSON_LD_CHARS = 100_000
# The hydration data (Next.js's __NEXT_DATA__...) a page over MAX_HTML_CHARS keeps, in characters: at least
# three quarters of the bound are left to the page's HTML.
_STATE_CHARS = 500_000
#: The names of states a script assigns (lower-cased): window.__INITIAL_STATE__ = {...}; Arc XP's Fusion
#: assigns its story as ``Fusion.globalContent={...}`` among other assignments in one script; Remix 2
#: hands its loaders' data over as ``window.__remixContext = {"state": {"loaderData": ...}}``.
STATE_NAMES = (
    "__initial_state__", "__preloaded_state__", "__apollo_state__", "__nuxt__", "__next_data__",
    "fusion.globalcontent", "__remixcontext",
)  # fmt: skip
# The ids of scripts that hold a page's state, lower-cased; and the attribute SvelteKit marks the responses
# its server fetched with (``<script type="application/json" data-sveltekit-fetched data-url=...>``).
# Angular's transfer cache is ``<script id="ng-state">`` (Angular 16 and later); Frontity's (React over WordPress)
# is ``<script id="__FRONTITY_CONNECT_STATE__">``, the REST API's posts under ``source``; Inertia.js 2's page object
# is ``<script data-page="app" type="application/json">`` (its root's ``data-page`` attribute before), its
# name with its "=" (both forms of the attributes read here write one after it): the name alone opens
# PageSpeed's ``data-pagespeed-no-defer``, which marks any script of a page it serves, and those scripts'
# code had taken the state's bound and the story in the state after them.
_STATE_IDS = (
    "__next_data__",
    "__nuxt_data__",
    "__apollo_state__",
    "__initial_state__",
    "__preloaded_state__",
    "fusion-metadata",
    "ng-state",
    "__frontity_connect_state__",
    "data-sveltekit-fetched",
    "data-page=",
)
#: What a Next.js App Router page's scripts push its React Server Components payload with, a chunk a script
#: (``self.__next_f.push([1, "..."])``): where a component rendered only in the browser has its story.
NEXT_FLIGHT_PUSH = "self.__next_f.push("
# Bytes a page's charset label is written in.
_ASCII_PROBE = b'<meta charset="x">'
# Python's names of text codecs that are no character set a page can be written in.
_NOT_CHARSETS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7"})
# A page labelled ISO-8859-x but written on Windows: bytes 0x80-0x9F are control characters in the ISO
# encoding, never text, and are the Windows encoding's quotation marks and dashes (and windows-1250's
# "Ś", "Ź", "ź"): dropped, they made "C’est" "Cest" and "Świetnie" "wietnie". A page with any of them is
# read in the Windows encoding of its script, as browsers read an ISO-8859-1 label (as windows-1252).
_WINDOWS_FORMS = {
    "iso8859-2": "cp1250", "iso8859-6": "cp1256", "iso8859-7": "cp1253", "iso8859-8": "cp1255",
    "iso8859-9": "cp1254", "iso8859-13": "cp1257", "iso8859-15": "cp1252",
}  # fmt: skip
_C1_BYTES = bytes(range(0x80, 0xA0))
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_BYTE_ORDER_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# [^<>] rather than [^>]: a scan from one "<meta" stops at the next "<", so matching stays linear.
# Possessive: white space given back one character at a time made a long run of it quadratic.
_META_CHARSET = re.compile(rb"""<meta[^<>]+charset\s*+=\s*+["']?+\s*+([-\w.:]+)""", re.IGNORECASE)
_DATA_URI = re.compile(r"""=\s*(["'])data:[^"']*\1""", re.IGNORECASE)
# A numeric character reference that libxml2 reads as a control character (C0 but tab, line feed and
# carriage return; DEL; the C1 codes windows-1252 leaves undefined, which HTML does not map to its
# letters) or as U+FFFE or U+FFFF: "bri&#1;dge" put U+0001 in the tree, which XML cannot hold, and
# trafilatura found no article; one "&#xFFFE;" anywhere in a page did the same (hostile input, round 26).
_CONTROL_REFERENCE = re.compile(
    r"&#(?:0*+([1-8]|1[124-9]|2\d|3[01]|127|129|141|143|144|157|6553[45])(?!\d)"
    r"|[xX]0*+([1-8bcefBCEF]|1[\da-fA-F]|7[fF]|8[1dfDF]|9[0dD]|[fF]{3}[eEfF])(?![\da-fA-F]));?"
)
# A tag of _METADATA_ELEMENTS or a <title> element, in a page over MAX_HTML_CHARS: [^<>] and [^<] end each
# scan at the next tag.
_METADATA_TAG = re.compile(r"<(?:meta|link|base)\b[^<>]*+>|<title\b[^<>]*+>[^<]*+</title\s*+>", re.IGNORECASE)
# An attribute's value longer than the hydration data a page over MAX_HTML_CHARS keeps (an Astro island's
# props may hold the article): a 10 MB attribute before the article had pushed it past the cut. Each scan
# ends at the next quotation mark of its kind, so no two scans of a kind overlap.
_LONG_VALUE = re.compile(rf"""=\s*+(?:"[^"]{{{_STATE_CHARS + 1},}}+"|'[^']{{{_STATE_CHARS + 1},}}+')""")
# A "word" longer than the hydration data a page over MAX_HTML_CHARS keeps, outside tags and kept scripts
# (which are no longer): no prose, and 15 MB of one letter (or of base64 pasted as text) in a paragraph
# before the article had pushed it past the cut, leaving the junk as its text. Each scan starts at a run's
# first character, so no two overlap.
_LONG_WORD = re.compile(rf"(?<![^\s<>])[^\s<>]{{{_STATE_CHARS + 1},}}+")
# And inline drawings (<svg>), text of no article wherever they stand: one of 2 million characters before the
# article had pushed it past the cut (hostile input, round 27). Not a custom element named for one ("<svg-icon>").
_NOISE_START = re.compile(r"<(script|style|noscript|template|svg(?![-:\w]))\b|<!--")
# The root of an HTML document, after its prolog (see prolog_end).
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# What may open a document before its root element: white space, comments, the XML declaration and
# other processing instructions. Skipped by scanning (prolog_end), not by one pattern: a repeated group
# of lazy comment matches backtracks exponentially in the number of comments.
_SPACE = re.compile(r"\s*")
_TAG_NAMES = (
    r"p|div|span|a|br|li|ul|ol|table|td|h[1-6]|article|section|nav|header|footer|main|aside|figure|blockquote"
    r"|strong|em|img|meta|title|script"
)
_DOCTYPE = re.compile(r"< ?! ?doctype[^<>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(rf"<(?:{_TAG_NAMES})\b[^<>]*>", re.IGNORECASE)
_KNOWN_CLOSING_TAG = re.compile(rf"</(?:{_TAG_NAMES})\s*>", re.IGNORECASE)
_CLOSING_TAG = re.compile(r"</[a-zA-Z][\w-]*\s*>\s*$")
# An attribute as HTML5 (and libxml2 since 2.14) reads one in an opening tag: a name (whose first character
# may be "="), then "=" and a value: quoted (holding "<" and ">" as any character) or up to white space or
# ">". Each alternative starts with characters the others cannot, so matching is linear.
_ATTRIBUTE = r"""[^\t\n\f\r />][^\t\n\f\r />=]*+(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"[^"]*+"|'[^']*+'|[^\t\n\f\r >]*+))?+"""
_ATTRIBUTES = re.compile(_ATTRIBUTE)
# An opening tag up to its ">" (or the end of the page): its name, then attributes and the white space and
# slashes between them; or a comment's opening.
_OPENING_TAG = re.compile(rf"<!--|<([A-Za-z][^\t\n\f\r />]*+)(?:[\t\n\f\r /]++|{_ATTRIBUTE})*+")
# Elements whose text libxml2 reads as text, not markup (HTML's raw text and escapable raw text elements): a
# "<" in a script ("x<y" in JSON-LD's articleBody, "i<n" in a site's code) opens no tag.
_RAW_TEXT_ELEMENTS = frozenset("script style textarea title xmp iframe noembed noframes".split())
# The closing tag of one of them ("</script>", "</SCRIPT "), its name in group 1.
_RAW_TEXT_END = re.compile(
    r"</(?i:(script|style|textarea|title|xmp|iframe|noembed|noframes))(?![^\t\n\f\r />])"
)
_PARSERS = threading.local()
# Elements whose text a browser shows with its line breaks.
_PREFORMATTED_START = re.compile(r"<(?i:(pre|textarea|listing|plaintext|xmp))\b")
_PREFORMATTED_END = re.compile(r"</(?i:(pre|textarea|listing|plaintext|xmp))\b")
# Elements that never hold article text, dropped with scripts once the metadata is read (JSON-LD
# scripts stay, for trafilatura): trafilatura and readability drop them too, but each on its own copy
# and after passes of regular expressions over every element; dropped first, they spare trafilatura a
# third of its work and the byline search half of its.
_NEVER_TEXT = (
    "style", "noscript", "link", "meta", "nav", "menu", "aside", "footer", "iframe", "object",
    "embed", "svg", "canvas", "img", "picture", "video", "audio", "select", "button", "input", "label",
    "textarea",
)  # fmt: skip
# Struck-through text that a correction replaces (the Anchorage Daily News's "will hold up to <del>250</del>
# 150 people", "<s>250</s> <ins>150</ins>"): read as text, it set both figures side by side ("up to 250 150
# people"), the error first. Only a bare figure before a figure, or anything before its <ins>: a struck word
# in prose is the sentence's own ("The word <s>literally</s> has lost its meaning", a column's crossed-out
# joke), a struck price beside the deal's is the saving ("<s>£40</s> £30"), and a table's struck entry its
# change log's (LWN's "<strike>Multimedia</strike>").
_STRUCK = ("del", "s", "strike")
_BARE_FIGURE = re.compile(r"\d[\d,.]*+%?+")
_FIGURE_AFTER = re.compile(r"\s*+\d")
# A disclosure's title, as the WAI-ARIA accordion pattern and Bootstrap's accordion write it: a heading whose
# whole text is one button that shows or hides the panel under it, which it names by one of these attributes
# (the panel's id; Bootstrap's target a selector, "#a0"). Its words are an explainer's question ("When will I
# get the new bins?"), and they had gone with the page's buttons while the answers stayed; not a headline's
# (``h1``). A button that names no panel under it is the page's ("Read Later", Quanta's bookmark, with
# aria-expanded over its tooltip).
_DISCLOSURE_ATTRIBUTES = ("aria-controls", "data-bs-target", "data-target")
_DISCLOSURE_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# The first words of a control's toggle, which names what it opens ("Show full table", "Read the full
# statement from the mayor", "Continue reading"), where a question or a section's title names its answer.
# So in Spanish, Portuguese, French and Italian ("Leer más", "Ver tabla completa", "Voir plus", "Mostra
# tutto"); German and Dutch put the verb last ("Mehr anzeigen", "Weniger anzeigen", "Meer lezen").
_CONTROL_VERBS = frozenset(
    """show hide view see read expand collapse toggle continue load leer ver mostrar ocultar ler esconder
    voir lire afficher masquer déplier replier leggi vedi mostra nascondi""".split()
)
_CONTROL_VERBS_LAST = frozenset(
    "anzeigen einblenden ausblenden zeigen lesen ausklappen einklappen tonen lezen weergeven bekijken".split()
)
# The markup social networks' embed codes put in a page until their script replaces it with a frame: a
# placeholder of the network's own words ("View this post on Instagram", "A post shared by ... (@...)", a
# TikTok's author, tags and "♬ original sound"), never the article's; but for the post's own words (its
# caption), which the article quotes as it quotes a post on X (:data:`_CAPTIONED_PLACEHOLDERS`).
_EMBED_PLACEHOLDERS = "|".join(
    f'//blockquote[contains(concat(" ", normalize-space(@class), " "), " {name} ")]'
    for name in ("instagram-media", "tiktok-embed", "text-post-media", "reddit-embed-bq", "mastodon-embed")
)
# A prompt's class names are a chat's or a form's too ("input_prompt" over a post's question to a chatbot, its
# words); nbconvert's prompts stand in a cell (the lab template's ``jp-Cell``, the classic one's ``cell``).
_IN_NOTEBOOK_CELL = (
    '[ancestor::div[contains(concat(" ", normalize-space(@class), " "), " jp-Cell ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " cell ")]]'
)
# A ranking's link a writer puts in a sentence ("...は人気ブログランキングで三位です") is a word of it: only a link
# standing between line breaks or a block's ends, no words beside it, is the banner's.
_ON_ITS_OWN_LINE = (
    "[not(normalize-space(preceding-sibling::node()[1][self::text()]))]"
    "[not(normalize-space(following-sibling::node()[1][self::text()]))]"
)
# What a page writes around its text for a program or a counter, never for the reader: a Jupyter notebook's
# "In [1]:" and "Out[1]:" prompts and the "¶" link after each heading, as nbconvert exports one (its lab
# template's classes, then the classic template's), and the links of a Japanese blog ranking's banner pasted
# under a post (にほんブログ村's ".../ranking/in?..." and 人気ブログランキング's "blog.with2.net/link/"), which
# count a reader's click and show the ranking's name ("にほんブログ村"), a line of its own under the story.
_PROGRAM_MARKS = "|".join(
    (
        *(
            f'//*[contains(concat(" ", normalize-space(@class), " "), " {name} ")]{_IN_NOTEBOOK_CELL}'
            for name in ("jp-InputPrompt", "jp-OutputPrompt", "input_prompt", "output_prompt")
        ),
        '//a[contains(concat(" ", normalize-space(@class), " "), " anchor-link ")][normalize-space() = "¶"]',
        f'//a[contains(@href, "blogmura.com/") and contains(@href, "/ranking/in")]{_ON_ITS_OWN_LINE}',
        f'//a[contains(@href, "//blog.with2.net/link/")]{_ON_ITS_OWN_LINE}',
        # Invision Community's note of a post's edit ("Edited May 20 by ..." and its reason), which the
        # platform marks as no part of the post for its quoting, and which had been the post's last lines.
        # A line's length at most, holding no paragraph: the mark set on a block of the post's own text
        # (a quoted reply, the post's body) would have taken the text with it.
        "//*[@data-excludequote][not(.//p)][string-length(normalize-space()) <= 200]",
    )
)
# The placeholders that hold the post's caption: Instagram's in the paragraphs above its last ("A post
# shared by ..." in the code's language), TikTok's as the text of its <section> outside its links (author,
# tags, sound).
_CAPTIONED_PLACEHOLDERS = (
    '//blockquote[contains(concat(" ", normalize-space(@class), " "), " instagram-media ")'
    ' or contains(concat(" ", normalize-space(@class), " "), " tiktok-embed ")]'
)
# The class of a social network's embed code (the placeholders and posts above).
_NETWORK_CODE = re.compile(
    "instagram-media|tiktok-embed|text-post-media|reddit-embed-bq|mastodon-embed|twitter-tweet|bluesky-embed"
)
# A site's own card around a post it quotes (a Mastodon post's name, handle, the post in a <blockquote>,
# its date and "View on Mastodon"): an element of these whose class names an embed ("social-embed",
# "embed--mastodon"), the post's nearest such ancestor at most this many levels up.
_CARD_TAGS = frozenset(("div", "figure", "section", "aside"))
_CARD_LEVELS = 3
# The most words a card holds beside its quotation (a name, a handle, a date, "View on Mastodon"): an
# element named so that holds more (an article's body of class "has-embed" around a pull-quote) is none.
_CARD_WORDS = 30
# The embed codes that write the post's own words in a paragraph, then its author, handle and date: X's
# (Twitter's) and Bluesky's.
_EMBEDDED_POSTS = "|".join(
    f'//blockquote[contains(concat(" ", normalize-space(@class), " "), " {name} ")]'
    for name in ("twitter-tweet", "bluesky-embed")
)
# The elements that hold other readers' replies under a post (:func:`drop_reply_sections`).
_REPLY_SECTION_TAGS = frozenset(("section", "div", "aside", "ol", "ul"))
# The most words of a quotation's source under it in a ``<figure>`` ("Jan Nowicki, zastępca burmistrza", a
# name and a title, a book and its author): a longer caption tells of a photo or a chart.
_QUOTE_SOURCE_WORDS = 15
# The words before "replies" in a class or id of the section of replies under a post (:func:`_names_replies`).
_REPLIES_OF = frozenset(("post", "comment", "comments", "thread", "status", "message", "topic", "reply"))
# Those of them that may hold thousands of elements and no text at all.
_ELEMENTS_WITHOUT_TEXT = ("svg", "select", "canvas")
# Elements that are never text but tell the page's metadata (charset, canonical address, base), and how
# many of them (and of the head's elements) a page over the element limit keeps, its first, before it
# keeps the first of each kind alone (see _MetadataKept): the most elements of the head of 309 shared
# pages is 211. 100,000 pairs of <meta charset>, 100,000 <title>s or 20,000 JSON-LD scripts had been the
# page's first 20,000 elements, and the article after them was cut away (its reader had the headline alone).
_METADATA_ELEMENTS = ("meta", "link", "base")
_KEPT_METADATA_ELEMENTS = 1_000
# What tells one kind of metadata element from another (see _MetadataKept), and the same read from a tag's
# text, the first four letters of its name kept ("meta", "link", "base", "titl").
_METADATA_KINDS = ("rel", "name", "property", "http-equiv", "itemprop", "type", "charset")
_METADATA_KIND = re.compile(
    r"""\b(?:rel|name|property|http-equiv|itemprop|type|charset)\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'<>]*+)""",
    re.IGNORECASE,
)
# A style that hides its element: a browser shows none of its text (readability.js drops such elements too;
# trafilatura keeps them: a fixture's hidden copy of the article halved its precision).
_HIDDEN_STYLE = re.compile(r"display\s*+:\s*+none|visibility\s*+:\s*+hidden", re.IGNORECASE)
# Text standing loose in a container of elements, beside them rather than inside one of them: one search
# per container's name (together faster than one search testing every element's name). Not their union:
# libxml2 sorts a union into document order comparing siblings by walking between them, quadratic in a
# container's children (20,000 <div>s side by side took 0.4 s, now 0.01 s). Each container's texts are
# taken in order, and a text's paragraph moves only its own container's children: the order in which
# containers are taken changes nothing.
_CONTAINERS = ("div", "section", "article", "main", "td", "blockquote")
_GALLERY_NAME = re.compile("gallery|slideshow|carousel", re.IGNORECASE)
# What trafilatura drops a slide for in its class or id ("slideshow-slide", "slide-caption"): "slide" in a
# class, "caption" in either; and with them a slideshow's captions where they are the story.
_SLIDE_NAME = re.compile("slide|caption", re.IGNORECASE)
_PULL_QUOTE_NAME = re.compile("pull-?quote", re.IGNORECASE)
# A class or id naming a paywall's or registration wall's offer ("paywall-box", "c-regwall", "meter-wall"),
# or a campaign's prompt printed in the story (Newspack's "newspack-popup newspack-inline-popup": "Local
# news is a public good ... Become a member today. Donate now").
_PAYWALL_NAME = re.compile("(?:pay|reg|meter)-?wall|popup", re.IGNORECASE)
# What a paywall's offer or a campaign's prompt says: a subscription, an account, logging in, a donation,
# a membership, unlimited access (a wire's "You're reading a preview ... Get unlimited access to global news,
# analysis and expert opinion. $1.99/month" had stayed, its priced sentence half the offer's words).
# Subscribing in Spanish, Portuguese, French, German, Dutch, Italian and Polish too ("Suscríbete", "Assine a
# Folha", "Abonnez-vous", "Jetzt abonnieren", "Abbonati", "Prenumeruj"): a Brazilian paper's offer under its
# story had stayed, two lines of the article. A member in Spanish, Italian and Portuguese ("Hazte socio",
# "Diventa socio", "Seja sócio").
_PAYWALL_WORDS = re.compile(
    r"subscri|\baccount\b|\blog ?in\b|\bsign (?:in|up)\b|\bdonat|\bmember(?:ship)?+\b|\bunlimited (?:digital )?access\b"
    r"|\bsuscri|\bassin[aeo]|\babonn|\babbona|\bprenumer|\bs[oó]ci[oa]s?\b"
    # Supporting in Hungarian ("Támogasd a független újságírást!", "legyél te is támogató"): a portal's appeal
    # between its story's paragraphs.
    r"|\btámogat",
    re.IGNORECASE,
)
# Words of a paywall's offer, at most: an element so named that holds more is the article it walls off.
_PAYWALL_OFFER_WORDS = 120
# A paywall's call to action, a link's or a button's label: "Subscribe now", "Sign in", "Register", "Create
# free account", "Start your free trial", "See plans", "Donate now".
_PAYWALL_CALL = re.compile(
    r"subscri|\bdonat|\bsign ?(?:in|up)\b|\blog ?in\b|\bregister\b|\baccount\b|\bfree trial\b|\bsee (?:all )?(?:plans|offers)\b"
    r"|\bsuscri|\bassin[aeo]|\babonn|\babbona|\bprenumer|\bs[oó]ci[oa]s?\b",
    re.IGNORECASE,
)
# A call that is an offer's however its box is named: to pay, give or join, not only to reach an account
# ("Account settings" under a how-to's tip to turn on two-step verification) or to read of members ("Socios
# del Barça" under a box of the club's 143,000 members' vote).
_JOINING_CALL = re.compile(
    r"subscri|\bdonat|\bsign ?up\b|\bregister\b|\bfree trial\b|\bsee (?:all )?(?:plans|offers)\b|\bsuscri|\bassin[aeo]"
    r"|\babonn|\babbona|\bprenumer|\b(?:ser|hazte|h[aá]gase|diventa|diventare|seja|fa[cç]a-se|tornar-se) s[oó]ci[oa]\b"
    r"|\btámogat(?:ok|ás)\b|\btámogasd\b",
    re.IGNORECASE,
)
# A class or id naming a donation box ("donate", "donation-box"), and its call ("Donate now").
_DONATION = re.compile(r"\bdonat", re.IGNORECASE)
# A link to a page of the site's tags, categories, themes or topics ("/tag/fiction", "/theme/1",
# "/category/news", "?cat=3"), and a taxonomy line's label's words at most and the marks between its links.
_TAXONOMY_HREF = re.compile(
    r"/(?:tags?|categor(?:y|ies)|themes?|topics?|labels?)(?:/|$)|[?&](?:tag|cat)=", re.I
)
_TAXONOMY_LABEL_WORDS = 3
# A link that opens a post on X (Twitter) written for the reader ("twitter.com/intent/tweet?text=...",
# "x.com/intent/post"): a click-to-tweet box's, and the words a box around it may hold at most.
_TWEET_INTENT_HREF = re.compile(r"^(?:https?:)?//(?:www\.)?(?:twitter|x)\.com/intent/(?:tweet|post)\b", re.I)
_TWEET_BOX_WORDS = 60
_TWEET_BOX_CHARS = 1_000
_TWEET_LINKS_READ = 20
# A tag's or a category's name is a few words ("sharing economy", "Technology News"): a link of more is a
# headline or a sentence of the story ("Background: <a href='/topics/...'>Food banks have warned ...</a>").
_TAXONOMY_NAME_WORDS = 4
_TAXONOMY_SEPARATORS = " ,、/|·\n\t"
# The texts of an element a reader sees, before scripts and styles are dropped.
_UNSHOWN_TEXT_TAGS = ("script", "style", "noscript")
_SHOWN_TEXTS = f".//text()[not({' or '.join(f'ancestor::{tag}' for tag in _UNSHOWN_TEXT_TAGS)})]"
# A card of one other story between the story's paragraphs, its headline a heading's link, holds at most this
# many words in all (the headline, a summary's sentence, "Read more"): more is a section of the story.
_STORY_CARD_WORDS = 30
# Words of a call to action's label, at most: a price and its term in it too ("Assine por R$ 1,90 no primeiro
# mês", "Subscribe for $1 for 3 months").
_PAYWALL_CALL_WORDS = 8
# A box of other stories' links the story's body holds between its paragraphs ("Auch interessant", "LEIA
# MAIS" over a list of headlines): a child of the element holding the paragraphs, of at least this many
# links and beside them a label of at most this many words. trafilatura drops the list as links and keeps the
# label, a line of its own in the article.
_LINK_BOX_TAGS = ("div", "aside", "section")
_LINK_BOX_MIN_LINKS = 2
_LINK_BOX_LABEL_WORDS = 4
# A label over paragraphs that are each a link to the site's own pages, unboxed, may be a word longer ("Das
# könnte Sie auch interessieren"): the links' own site says more than a box's shape.
_LINK_RUN_LABEL_WORDS = 5
_LABEL_TAGS = ("p", "h2", "h3", "h4", "h5", "h6")
# A pointer to another story between the story's paragraphs, in any language: a paragraph of a label in bold
# of at most this many words ending on a colon ("Прочетете още:", "ასევე წაიკითხეთ:", Khmer's "អានបន្ថែម៖"),
# then one link to the site's own pages holding all the rest, a headline: no sentence's stop ends it, as the
# text stage reads one (ends_sentence: a Khmer or an Amharic sentence ends a paragraph on the same mark). Not a
# label in the paragraph's own type: readability's test pages' gold keeps Spiceworks' "Learn More: <a>Seven
# Tips for Repurposing Video Content</a>" (dropped, .9661 -> .9659).
_POINTER_LABEL_WORDS = 4
_POINTER_COLONS = ":：៖፦"
_COLONS = tuple(_POINTER_COLONS)
# A video player's box between the story's paragraphs (Onet's and WP.pl's, "Nawałnica nad Opolem. Nagranie
# czytelnika" above "Dalsza część artykułu pod materiałem wideo"): a child of the element holding the
# paragraphs whose class or id names a video or a video platform, of at most this many words. Its title and
# labels, all it shows without its script, read as a line of the story.
_VIDEO_NAME = re.compile("vid[eé]o|wideo|jwplayer|brightcove|youtube|vimeo|dailymotion", re.IGNORECASE)
_VIDEO_BOX_WORDS = 30
# A label a page sets under each advert between the story's parts (Postmedia's "Article content"): an element
# of its own holding nothing but a text of two or three words, no digit and no closing stop or colon (a
# paragraph's sentence, an interview's "Q:"), that the page holds at least twice, each just after an advert.
# Not a text repeated elsewhere: a meal plan's "Workout Supplement" under each day, a manual's "and add"
# before each snippet of configuration (both lost when any repeated label went).
_REPEATED_LABEL_TAGS = ("p", "div")
_REPEATED_LABEL_WORDS = (2, 3)
_REPEATED_LABEL_MIN = 2
_REPEATED_LABEL_ENDINGS = tuple(".!?:;,…。")
# The class of a callout's title, a label over its text: VitePress's and VuePress's ``p.custom-block-title``
# ("TIP", "WARNING"), Sphinx's and MkDocs' ``p.admonition-title`` ("Note"), GitHub's ``p.markdown-alert-title``;
# a label where it names the callout's kind.
_CALLOUT_TITLE_CLASSES = frozenset(("custom-block-title", "admonition-title", "markdown-alert-title"))
# A class or id naming an advert's slot: "ad", "ads", "advert", "advertisement" as a word of it ("ad__container",
# "ad-slot"), not "add-to-cart", "shadow" or "header".
_AD_NAME = re.compile(r"(?:^|[\W_])ad(?:s|vert\w*+)?(?:$|[\W_])", re.IGNORECASE)
# A class, an id or a data attribute (its name or its value) naming a sponsor's block or a promotion in the
# story ("sponsor-block", "sponsored", "promo-box", data-sponsor, data-block-type="promoted"); an advert's by
# :data:`_AD_NAME`. Not "promontory" nor "promote-to-top".
_SPONSOR_NAME = re.compile(r"sponsor|(?:^|[\W_])promo(?:s|ted|tion)?+(?:$|[\W_])", re.IGNORECASE)
# The label a newsletter sets over a sponsor's block, unmarked by its markup (beehiiv's "Together with
# Rainline", "Presented by", "Sponsored by", "In partnership with", "Brought to you by"; Kit's "This issue is
# sponsored by"): the phrase, then a name that opens with a capital or a digit, or nothing where the name is the
# box's next line, the whole label of at most :data:`_SPONSOR_LABEL_WORDS` words.
_SPONSOR_WORDS = re.compile(
    r"(?i:(?:this (?:issue|edition|email|newsletter) is )?+"
    r"(?:together with|sponsored by|presented by|in partnership with|brought to you by))\b"
)
_SPONSOR_LABEL = re.compile(rf"{_SPONSOR_WORDS.pattern}(?:\s++[A-Z0-9]|\s*+$)")
# A sponsor's box opens with its label and its sponsor's name, whether the label holds the name or stands over
# it; a label's words before lower case ("<strong>Presented by</strong> the city's arts council, the festival
# runs ...") open the story's sentence.
_SPONSOR_NAMED = re.compile(rf"{_SPONSOR_WORDS.pattern}\s++[A-Z0-9]")
_SPONSOR_LABEL_WORDS = 6
_SPONSOR_LABEL_CHARS = 120
_SPONSOR_LABEL_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "div", "span", "strong", "b")
# Words of a sponsor's block at most (its label, its pitch, a list of what it offers, its link): an element
# so marked that holds more is a sponsored story's own body.
_SPONSOR_BOX_WORDS = 150
# The elements a box of shops' offers is (its list, or the box around the list), and its words at most.
_AFFILIATE_BOX_TAGS = ("div", "aside", "section", "ul", "ol")
_AFFILIATE_BOX_WORDS = 80
_AFFILIATE_BOX_CHARS = 1_200
_AFFILIATE_LINKS_READ = 40
# A class, an id or a data attribute's value naming a summary a machine wrote over the story ("ai-summary",
# "aiSummary", "article__ai-takeaways", data-component="ai-key-points"); not "detail-summary" nor "mail_summary".
# The camel case's capital in its case: in any, "dubai-highlights" and "thai-recap" named one.
_AI_SUMMARY_NAME = re.compile(
    r"(?:^|[\W_]|(?-i:(?<=[a-z])(?=A)))ai[-_]?+(?:summary|summaries|takeaways|key[-_]?+points|highlights|recap)",
    re.IGNORECASE,
)
# A class or id naming a fact box set in the story between its paragraphs: NRK's "fact compilation-fact",
# "fact-box", "factbox", "FactBox", Scandinavian "faktaboks" and "faktaruta"; not "artifact" nor "factual".
# The camel case's capital in its case, as above.
_FACT_BOX_NAME = re.compile(
    r"(?:^|[\W_]|(?-i:(?<=[a-z])(?=F)))(?:facts?+|fakta)(?:[-_]?+(?:box|boks|ruta|rute))?+(?![a-z])",
    re.IGNORECASE,
)
# The line under such a box that says a machine wrote it ("This summary was generated with the help of AI
# and reviewed by an editor.", "AI-generated summary", "Key points written by artificial intelligence"), and
# the words of the summary it must name too: a story about machines' writing says the same of an essay.
_AI_DISCLAIMER = re.compile(
    r"\b(?:generated|written|created|produced|summari[sz]ed|compiled)\s++(?:with\s++the\s++(?:help|assistance|use)"
    r"\s++of|by|using|with)\s++(?:an?\s++)?(?:ai|artificial\s++intelligence)\b|\bai-generated\b",
    re.IGNORECASE,
)
_AI_SUMMARY_WORDS = re.compile(r"\b(?:summary|summaries|key points|takeaways|highlights)\b", re.IGNORECASE)
# Characters of the line that says so at most (some forty words).
_AI_DISCLAIMER_CHARS = 300
# Words of a machine's summary box at most: a heading, a few bullets and the disclaimer.
_AI_SUMMARY_BOX_WORDS = 150
# A BibTeX entry's opening ("@online{okoro2024,", "@article{smith_2020,"): the record a "Citation" or "Cite
# this" box under a post gives for citing it, in a <pre> or <code>. The box around it is at most this many words.
_BIBTEX_ENTRY = re.compile(r"\s*+@[A-Za-z]{2,20}+\s*+\{[^\s,{}]{1,100}+,")
_CITATION_BOX_WORDS = 80
# The marks a quotation typed inside <q> opens on (English's, German's, French's and the others'), not the
# straight apostrophe a word may open on ("'80s").
_QUOTATION_OPENINGS = frozenset('"“”‘„‚«»「『')
# The quotation marks a browser's style sets around a <q> (CSS "quotes: auto"), by the language in effect
# there: the WHATWG rendering section's and Chromium's marks by language, outer quotations only (a <q>
# inside another is rare). English's, and Chinese's, Korean's and most others', where none is given.
_DEFAULT_QUOTATION_MARKS = ("“", "”")
_QUOTATION_MARKS = {
    **dict.fromkeys(("bg", "cs", "de", "et", "hr", "is", "ka", "lt", "mk", "sk", "sl", "sr"), ("„", "“")),
    **dict.fromkeys(("hu", "pl", "ro"), ("„", "”")),
    **dict.fromkeys(
        (
            "az",
            "be",
            "ca",
            "el",
            "es",
            "eu",
            "fa",
            "hy",
            "it",
            "kk",
            "nb",
            "nn",
            "no",
            "pt-pt",
            "ru",
            "sq",
            "uk",
        ),
        ("«", "»"),
    ),
    # French sets its guillemets apart from the words by a no-break space.
    "fr": ("«\u00a0", "\u00a0»"),
    **dict.fromkeys(("ja", "zh-hant", "zh-tw", "zh-hk", "zh-mo"), ("「", "」")),
    **dict.fromkeys(("fi", "he", "sv"), ("”", "”")),
    "ar": ("”", "“"),
}
# Words of a sign-up box at most: the element around a field for an e-mail address (a newsletter's form, a
# mailing list's, a comment form's), with its heading and its line of what the letter brings.
_SIGNUP_BOX_WORDS = 40
# A sign-up box's control: a field for an e-mail address, or a link to a newsletter's page (the address
# names it so in most languages: "/newsletter/", "/it/newsletter") of at most _SIGNUP_BUTTON_WORDS words;
# and a poll's or a quiz's choice, a radio button (Crowdsignal's poll, a survey), whose box is the question
# and its answers, with the same bound on its words: only a box that asks (a question mark), as a radio
# button is also a page's switch (text size "A / A+", light or dark, a tab), set in the story's header beside
# its headline, byline and date, where all of it went and the byline was lost.
_SIGNUP_CONTROLS = (
    './/input[translate(@type, "EMAIL", "email") = "email"]'
    ' | .//input[translate(@type, "RADIO", "radio") = "radio"]'
    ' | .//a[contains(translate(@href, "NEWSLETR", "newsletr"), "newsletter")]'
)
_SIGNUP_BUTTON_WORDS = 3
# A form's button that sends it: a poll's "Vote" under its radio buttons.
_SUBMIT_CONTROLS = './/button | .//input[translate(@type, "SUBMIT", "submit") = "submit"]'
# Elements that hold blocks, not a sentence's words: a <q> among their children is set off.
_BLOCK_PARENTS = frozenset(("div", "section", "article", "main", "aside", "figure", "body"))
# Words of a pull quote's text for it to be looked for elsewhere on the page.
_PULL_QUOTE_MIN_WORDS = 5
# Different pull quotes a page sets off, at most: each is looked for in the whole page's text, and a page
# that gives the name to more elements uses it for something else (10,000 took 4-15 s, past the deadline).
_MOST_PULL_QUOTES = 50
# Words of paragraphs outside its galleries that make a page an article with galleries, not a gallery.
_GALLERY_PAGE_PROSE = 150
# Captions of a gallery whose captions are its story, at least (a photo or two beside an article are not one).
_GALLERY_CAPTIONS = 3
# How many times the words of the prose around them a gallery's captions hold, at least.
_GALLERY_CAPTION_WEIGHT = 1.5
# A class naming a caption's credit ("credit", "photo-credit", "copyright", "image-attribution").
_CREDIT_NAME = re.compile("credit|copyright|attribution", re.IGNORECASE)
# Words of a table's cell of two paragraphs or line breaks or more for it to hold a page's prose (a layout
# table's story), not a datum ("Jane Smith<br>Labour", a note of a sentence or two); Chinese and Japanese
# counted a character a word (WORD_UNIT).
_LAYOUT_CELL_WORDS = 40
# Opening quotation marks, which a drop cap may carry ("“T") or stand after; not the apostrophe, an
# XPath literal's quote.
_OPENING_QUOTES = '"“„«‘‚‹「『'
# A listicle's number set apart from its heading has at most this many digits (:func:`number_headings`).
_HEADING_NUMBER_DIGITS = 3
_BLOCKS = frozenset(
    ("p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure",
     "figcaption", "section", "article", "main", "header", "address", "details", "fieldset", "form", "hr",
     "center")
)  # fmt: skip


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than plain text that mentions a tag or two: a document (its
    root element, ``<html>``, ``<body>`` or a doctype, opens it or one of its lines, or it is a closed prolog
    alone), or a fragment that opens with a tag and is marked up (it closes an element at its end or, cut
    off, holds three tags). Prose that names tags ("use the <p> tag", a line "</article>") is text."""
    # After the prolog: a page may open with more than a head's worth of comments.
    start = prolog_end(text)
    if start == len(text) and text.rstrip().endswith(("-->", "?>")):
        # A prolog alone, closed (comments, an XML declaration), is markup, a page with no elements: "<!--
        # x -->" had been given back as the article's text. A comment left open is text ("<!-- an unclosed
        # comment <html>").
        return True
    head = text[start : start + 4096]
    # Every test below needs a tag's "<" in the head: a substring test in C spares plain text (nearly all
    # of it) splitting the head into lines and matching each.
    if "<" not in head:
        return False
    # A line, not anywhere: prose may name the <body> tag too.
    if any(_HTML_ROOT.match(line.lstrip()) for line in head.splitlines()):
        return True
    if not _HTML_TAG.match(head):
        return False
    # Cut off, a fragment may end mid-element: then its tags tell it, where prose that opens with "<p>
    # is the paragraph tag" and names </p> has two.
    tags = len(_HTML_TAG.findall(head)) + len(_KNOWN_CLOSING_TAG.findall(head))
    return bool(_CLOSING_TAG.search(text[-256:])) or tags >= 3


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

    The charset the page declares, ``declared`` (an HTTP header's) and then its own ``<meta charset>``
    (the other way round when the header's is ISO-8859-1, HTTP's default; an ISO-8859 label means its
    script's Windows encoding on a page with bytes 0x80-0x9F), is used unless it is UTF-8, the bytes
    start with a byte-order mark, the bytes are UTF-8 (pages labelled Latin-1 that are UTF-8 are common;
    legacy-encoded text virtually never happens to be valid UTF-8; a few stray bytes are allowed), the
    label cannot decode them, or its reading is garbled (see :func:`nutgraf.decode.garbled`: the other
    label, else detection, reads it). All else goes to :func:`nutgraf.decode.decode_text` (byte-order
    mark, UTF-8, else the least garbled legacy encoding), which also refuses binary and oversized input.
    """
    if not data.startswith(_BYTE_ORDER_MARKS):
        match = _META_CHARSET.search(data[:4096])
        in_page = _codec_name(match.group(1).decode("ascii", "ignore")) if match else None
        # The page's own label was read as ASCII: one naming an encoding in which ASCII reads otherwise
        # (UTF-16 or UTF-32, EBCDIC) is wrong about the page, which browsers know (HTML's prescan reads a
        # UTF-16 label as UTF-8); believed, it turned a page into CJK characters or "binary data". So is
        # the header's on a page whose markup is in ASCII bytes: "charset=utf-16" over a windows-1252
        # page made its title and text CJK characters. (A page in UTF-16 without a byte-order mark has
        # NULs in its first tags, and keeps its header's label: Chinese UTF-16 is told by no other.)
        in_page = in_page if _reads_ascii(in_page) else None
        header = _codec_name(declared)
        header = header if _reads_ascii(header) or not _markup_in_ascii(data) else None
        # ISO-8859-1 is HTTP/1.1's default, which servers send with every page (Apache's
        # AddDefaultCharset): beside it, a page's own other label is its author's, and is read first. A
        # Turkish page's "tartışma" read "tartýþma" in windows-1252, which no sign of garbling shows.
        labels = (in_page, header) if header == "cp1252" else (header, in_page)
        names = [name for name in labels if name and name != "utf-8"]
        if names and not reads_as_utf8(data):
            if len(data.translate(None, _C1_BYTES)) < len(data):
                names = [form for name in names for form in (_WINDOWS_FORMS.get(name), name) if form]
            # A label is believed unless its reading is garbled: a server's default "ISO-8859-1" over a
            # page whose <meta> says windows-1251, or a template's label copied onto a page saved in
            # another encoding, made "Ãîðîäñêîé" of "Городской". Then the other label, else detection.
            # Nor is one believed where another legacy encoding reads the page truer to one language's
            # letters: a Czech page labelled windows-1252 read "pøíštího" (see truer_encoding).
            first = None
            for name in dict.fromkeys(names):
                with suppress(UnicodeDecodeError):
                    reading = data.decode(name)
                    if not garbled(reading):
                        truer = truer_encoding(data, name)
                        return decode_text(reading if truer is None else data.decode(truer, errors="replace"))
                    first = first or reading
            if first is not None:
                detected = decode_text(data)
                return detected if not garbled(detected) else decode_text(first)
    return decode_text(data)


def _reads_ascii(codec: str | None) -> bool:
    """Whether ``codec`` reads ASCII bytes as ASCII does (``None``: no codec, so no)."""
    return codec is not None and _ASCII_PROBE.decode(codec, "replace") == _ASCII_PROBE.decode("ascii")


def _markup_in_ascii(data: bytes) -> bool:
    """Whether ``data`` opens with markup written in ASCII bytes: "<" first, and no NUL in its first
    kilobyte, where UTF-16 and UTF-32 write one beside every ASCII character."""
    head = data[:1024]
    return head.lstrip().startswith(b"<") and b"\x00" not in head


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        codec = codecs.lookup(label.strip().lower())
    except (LookupError, ValueError):  # ValueError: a NUL in it, which an archived header may hold
        return None
    # Python's registry also answers to names of no character set: bytes-to-bytes codecs (rot13, base64,
    # zlib) that bytes.decode refuses with LookupError, and text codecs that no browser knows, which fail
    # on every byte (undefined) or read the page's "\u003c" as "<" (unicode-escape).
    if not codec._is_text_encoding or codec.name in _NOT_CHARSETS:
        return None
    name = codec.name
    # As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def parse(html: str):
    """The page's tree; ``None`` when it holds no elements. A fragment ("<p>...</p>") becomes a document."""
    from lxml.etree import ParserError
    from lxml.html import document_fromstring
    from trafilatura.utils import INVALID_XML_CHARS

    html = _unwrapped(_repaired(with_bounded_attributes(html)))
    # Read as decode_text reads the characters themselves: a word break between two words, else nothing.
    if "&#" in html:
        html, references = _CONTROL_REFERENCE.subn(_referenced_character, html)
        html = clean_characters(html) if references else html
    # The characters XML cannot hold, which trafilatura removes too, are removed only when there are
    # any: decode_text has dropped all but these four.
    if any(character in html for character in "\x0b\x0c\ufffe\uffff"):
        html = INVALID_XML_CHARS.sub("", html)
    # Parsed as UTF-8 bytes: lxml refuses a str that starts with an XML declaration naming an encoding.
    data = html.encode("utf-8", "replace")
    parser = _html_parser()
    try:
        tree = document_fromstring(data, parser=parser)
        if any(_TOO_DEEP in error.message for error in parser.error_log):
            # libxml2 reads no further than its 2,048th level of nesting, and says so only in its log:
            # the story after 5,000 nested <div>s was lost, and its reader had the headline alone. The
            # tags past MAX_DEPTH go before the page is parsed again, their text kept, as
            # flatten_deep_nesting keeps it.
            tree = document_fromstring(within_depth(html).encode("utf-8", "replace"), parser=parser)
        _out_of_foreign_content(tree)
        return tree
    except ParserError:
        return None


# The elements that close an open <svg> or <math> where they stand in it, as the HTML standard's parser
# reads them ("breaks out of foreign content"); and the drawing's and formula's elements that may hold HTML
# (its integration points), where they stay.
_FOREIGN_CONTENT = ("svg", "math")
_OUT_OF_FOREIGN_CONTENT = frozenset((
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1",
    "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p",
    "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
))  # fmt: skip
_HTML_IN_FOREIGN_CONTENT = frozenset(
    ("foreignobject", "desc", "title", "annotation-xml", "mi", "mo", "mn", "ms", "mtext")
)


def inside(element, tags: Collection[str], stop=None) -> bool:
    """Whether ``element`` stands in an element of one of ``tags``, below ``stop`` where it is given."""
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in tags:
            return True
    return False


def _out_of_foreign_content(tree) -> None:
    """Move what follows an HTML element standing in an ``<svg>`` or ``<math>`` out after it, as a browser
    does: an icon whose template forgot its "</svg>" holds the page after it in libxml2's tree, which went
    with the page's images, and the story was lost ("the page holds no article text"), where a browser
    closes the drawing at the story's first heading or paragraph and shows it."""
    # The drawings read up to the first such element of one around them, left with none: a drawing in a
    # drawing is read once, where each had been read with all it held, drawings in it too (fuzz round 18:
    # 120 nested drawings around 80,000 elements took 4.5 s, their square).
    read: set = set()
    for root in list(tree.iter(*_FOREIGN_CONTENT)):
        if root.getparent() is None or root in read:
            continue
        first = _first_out_of_foreign_content(root, read)
        if first is None:
            continue
        # It and what follows it in the drawing, in the page's order: its siblings after it, then those of
        # each element it stands in, up to the drawing.
        moved = [first, *first.itersiblings()]
        parent = first.getparent()
        while parent is not root:
            moved += parent.itersiblings()
            parent = parent.getparent()
        tail, root.tail = root.tail, None
        before = root
        for element in moved:
            before.addnext(element)
            before = element
        if tail:
            before.tail = (before.tail or "") + tail


def _first_out_of_foreign_content(root, read: set):
    """The first element of :data:`_OUT_OF_FOREIGN_CONTENT` in ``root``, an ``<svg>`` or ``<math>``, outside
    the elements in it that hold HTML; the drawings in it before that element are added to ``read``."""
    # Depth first, in the page's order, passing over what an integration point holds.
    stack = list(reversed(root))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue  # a comment's or a processing instruction's
        if element.tag in _OUT_OF_FOREIGN_CONTENT:
            return element
        if element.tag in _HTML_IN_FOREIGN_CONTENT:
            continue
        if element.tag in _FOREIGN_CONTENT:
            read.add(element)
        stack.extend(reversed(element))
    return None


def within_depth(html: str, depth: int = MAX_DEPTH) -> str:
    """``html`` without the tags that open (and close) elements nested deeper than ``depth``, their text
    kept. Read as a browser nests, roughly: an element that is never closed (``<br>``, ``<img>``) nests
    nothing, a paragraph, item or cell closes the one of its kind it is written in, a term (``<dt>``) the
    definitions open above it and a definition the terms, and a closing tag closes the elements left open
    inside its own. One pass; a closing tag looks through at most ``depth`` names."""
    opened: list[str] = []
    dropped: Counter[str] = Counter()
    pieces: list[str] = []
    kept = 0
    for tag in _TAG.finditer(html):
        closing, name = tag.group(1), tag.group(2).lower()
        if name in _VOID_ELEMENTS or tag.group().endswith("/>"):
            continue
        if closing and dropped[name]:
            dropped[name] -= 1
        elif closing:
            if name in opened:
                del opened[len(opened) - opened[::-1].index(name) - 1 :]
            continue
        else:
            closed = _OPEN_ELEMENTS_CLOSED.get(name, ())
            while opened and opened[-1] in closed:
                opened.pop()
            if len(opened) < depth:
                opened.append(name)
                continue
            dropped[name] += 1
        pieces.append(html[kept : tag.start()])
        kept = tag.end()
    return "".join(pieces) + html[kept:] if pieces else html


def _referenced_character(reference: re.Match[str]) -> str:
    decimal, hexadecimal = reference.groups()
    return chr(int(decimal) if decimal else int(hexadecimal, 16))


def with_bounded_attributes(html: str) -> str:
    """``html`` with each opening tag cut after its first :data:`MAX_ATTRIBUTES` attributes, and each
    ``<embed>`` closed where it opens: what libxml2 is given to parse. One pass over the page's tags (4 ms
    a megabyte), past comments and the text of :data:`_RAW_TEXT_ELEMENTS`, where libxml2 sees no tags
    either (a title that names the tag, "Why the <embed> tag is dead", stays as written)."""
    kept, position, at = [], 0, 0
    while tag := _OPENING_TAG.search(html, at):
        at = tag.end()
        name = tag.group(1)
        if name is None:  # a comment, to its end
            end = html.find("-->", at)
            if end < 0:
                break
            at = end + 3
            continue
        # An attribute takes two characters at least ("a " or "a/"): a shorter tag holds fewer.
        if tag.end() - tag.start() > 2 * MAX_ATTRIBUTES:
            # Read from the end of the tag's name, as the tag was: a name holds '="' (<div="), a value would
            # not.
            attributes = _ATTRIBUTES.finditer(html, tag.end(1), tag.end())
            extra = next(islice(attributes, MAX_ATTRIBUTES, None), None)
            if extra is not None:
                kept.append(html[position : extra.start()])
                position = tag.end()
        name = name.lower()
        # An <embed> is never closed and holds nothing, but libxml2 nests all that follows it in it, to
        # its parent's close, and an <embed> goes with what a reader is never shown (_NEVER_TEXT): the
        # story after one PDF's <embed> in its container went with it (the reader had the headline alone).
        if name == "embed" and html.startswith(">", at):
            kept.append(html[position : at + 1] + "</embed>")
            position = at + 1
        if name == "plaintext":  # text to the end of the page
            break
        if name in _RAW_TEXT_ELEMENTS:
            while (end := _RAW_TEXT_END.search(html, at)) and end.group(1).lower() != name:
                at = end.end()
            if end is None:
                break
            at = end.end()
    if not kept:
        return html
    kept.append(html[position:])
    return "".join(kept)


def _unwrapped(html: str) -> str:
    """``html`` with its line breaks made spaces, as a browser shows them, except in preformatted elements
    (``<pre>``, ``<textarea>``...): a paragraph wrapped in the page's source is one line of text
    (trafilatura and readability kept its source lines as lines, and the pieces read as lines that end no
    sentence). ``<br>`` and block elements still break lines. Done on the markup rather than on the tree's
    texts, whose search cost 4 % of trafilatura's time."""
    first = _PREFORMATTED_START.search(html)
    if first is None:
        return _as_spaces(html)
    kept, position = [], 0
    for opening in _PREFORMATTED_START.finditer(html, first.start()):
        if opening.start() < position:
            continue
        kept.append(_as_spaces(html[position : opening.start()]))
        tag = opening.group(1).lower()
        closings = _PREFORMATTED_END.finditer(html, opening.end())
        closing = next((match for match in closings if match.group(1).lower() == tag), None)
        if closing is None:  # never closed: preformatted to the end
            kept.append(html[opening.start() :])
            return "".join(kept)
        kept.append(html[opening.start() : closing.start()])
        position = closing.start()
    kept.append(_as_spaces(html[position:]))
    return "".join(kept)


def _as_spaces(html: str) -> str:
    return html.replace("\n", " ").replace("\r", " ")


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
    two changes. ``huge_tree``: libxml2 otherwise stops reading a page at the 256th level of nesting,
    which old pages of unclosed ``<font>`` or ``<div>`` tags reach before their article (a browser shows
    it; nutgraf said the page held no article); with it the limit is 2,048 levels, and the page's size is
    bounded before it is parsed (:data:`MAX_HTML_CHARS`). And every element is an ``HtmlElement``, chosen in C. lxml's default for HTML asks a
    Python method for each element Python touches (to make forms and inputs ``FormElement``,
    ``InputElement``..., whose extras nothing here uses), and trafilatura and readability touch
    elements by the thousand: it costs a seventh of the extraction time.
    """
    parser = getattr(_PARSERS, "html", None)
    if parser is None:
        from lxml import etree, html

        parser = html.HTMLParser(
            collect_ids=False,
            default_doctype=False,
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            huge_tree=True,
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


def bounded(html: str) -> str:
    if len(html) <= MAX_HTML_CHARS:
        return html
    # Scripts, styles, comments, inline data (a base64 photo in an <img src="data:...">), metadata's tags
    # repeated past the first _KEPT_METADATA_ELEMENTS, and attributes' values and words past _STATE_CHARS are
    # never the article; without them the cut keeps the text of pages that are large only because of them.
    html = _LONG_WORD.sub("", _LONG_VALUE.sub("=''", _without_noise(html)))
    kept = next(islice(_METADATA_TAG.finditer(html), _KEPT_METADATA_ELEMENTS - 1, None), None)
    if kept is not None:
        keeps, seen = _MetadataKept(), set()

        def kept_tag(tag: re.Match[str]) -> str:
            # A tag seen before, or past the kinds kept, goes unread: the kind of each of 200,000 tags
            # tripled the time of a 5 MB flood.
            text = tag.group()
            if text in seen or keeps.full():
                return ""
            seen.add(text)
            return text if keeps(_tag_kind(text)) else ""

        html = html[: kept.end()] + _METADATA_TAG.sub(kept_tag, html[kept.end() :])
    return _DATA_URI.sub("=''", html)[:MAX_HTML_CHARS]


class _MetadataKept:
    """Whether a page over a cut keeps each of its metadata elements past the first
    :data:`_KEPT_METADATA_ELEMENTS`, asked in document order with each one's kind: the first of each kind
    stays, up to twice as many kinds, and a kind's repeats go. A flood is one kind repeated (100,000
    <meta charset>s, 20,000 JSON-LD scripts), where a page's own canonical address, site name and JSON-LD
    may follow a link to each of its 1,200 translations (all of them had gone with the repeats)."""

    def __init__(self) -> None:
        self._kinds: set[str] = set()

    def __call__(self, kind: str) -> bool:
        if kind in self._kinds or self.full():
            return False
        self._kinds.add(kind)
        return True

    def full(self) -> bool:
        """Whether no more kinds are kept."""
        return len(self._kinds) >= 2 * _KEPT_METADATA_ELEMENTS


def _tag_kind(tag: str) -> str:
    """The kind of a metadata element (see :class:`_MetadataKept`) from its tag's text."""
    return " ".join((tag[1:5].lower(), *(kind.lower() for kind in _METADATA_KIND.findall(tag))))


def is_hydration_script(attributes: str, text: str) -> bool:
    """Whether a script, by its opening tag's ``attributes`` and its ``text`` (both lower-cased), holds a
    page's state: its id names one (``__NEXT_DATA__``), or it assigns one (``window.__INITIAL_STATE__ =
    ...``) anywhere, as a script may assign the site's settings first, or it pushes a chunk of a Next.js App
    Router page's payload (:data:`NEXT_FLIGHT_PUSH`): the hydration data
    :mod:`nutgraf.extract.html.hydration` reads. One ``str.find`` per name: linear in the script."""
    return (
        any(name in attributes for name in _STATE_IDS)
        or any(name in text for name in STATE_NAMES)
        or NEXT_FLIGHT_PUSH in text
    )


def drop_json_ld_past_bound(tree) -> None:
    """Keep the page's JSON-LD within :data:`_JSON_LD_CHARS` characters in all, as a page over
    :data:`MAX_HTML_CHARS` does before it is parsed (:func:`_without_noise`). Under that bound a page
    kept all of it, and trafilatura's patterns over JSON-LD grow with its square: 1.3 MB of types in lists
    left open (``"@type":["a","a",...``) took 11 s of CPU, past the deadline, in the test whether the page
    is a forum's. The script that crosses the bound keeps what fits of it (:func:`_json_ld_within`): a live
    blog writes every update into the object that names its writer and date. Only the first that crosses
    it is read: on a page over MAX_HTML_CHARS, 15 MB of scripts past it, each read and none fitting, had
    taken 1.4 s."""
    kept, crossed = 0, False
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        text = script.text or ""
        if kept + len(text) > _JSON_LD_CHARS:
            text = None if crossed else _json_ld_within(text, _JSON_LD_CHARS - kept)
            crossed = True
            if text is None:
                script.drop_tree()
                continue
            script.text = text
        kept += len(text)


def _json_ld_within(text: str, room: int) -> str | None:
    """JSON-LD ``text`` rewritten in at most ``room`` characters, without its objects' largest values (a
    live blog's ``liveBlogUpdate``, an ``articleBody``) until the rest fits; ``None`` where it is no JSON,
    does not fit, or holds what no element's text may (JSON's "\\ufffe" or "\\ud800", read). Its objects
    are the top one, those of a list at the top and those of an ``@graph``. Written as a script's text, in a
    tree or in the page's HTML: "</" escaped, so that it never closes its element."""
    try:
        # Not strict: some CMSs write an article's tabs and line breaks into its strings as they are, and
        # trafilatura reads such JSON-LD.
        value = json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None
    objects = [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, dict)]
    objects += [node for item in objects if isinstance(graph := item.get("@graph"), list) for node in graph]
    objects = [item for item in objects if isinstance(item, dict)]
    try:
        sized = sorted(
            (
                (len(json.dumps(item[key], ensure_ascii=False)), index, key)
                for index, item in enumerate(objects)
                for key in item
                if not (key == "@graph" and isinstance(item[key], list))
            ),
            reverse=True,
        )
        length = len(json.dumps(value, ensure_ascii=False))
        for size, index, key in sized:
            if length <= room:
                break
            del objects[index][key]
            length -= size
        written = json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
    except RecursionError:
        return None
    if len(written) > room or "\ufffe" in written or "\uffff" in written:
        return None
    # JSON's control characters are written escaped; a lone surrogate is the one character left that lxml
    # refuses, and UTF-8 cannot write it.
    try:
        written.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return written


def _without_noise(html: str) -> str:
    """``html`` without scripts, styles, comments and drawings, in one pass (an unclosed one runs to the end,
    but a drawing, which stays, as does one whose close may be another's).

    JSON-LD scripts stay, up to :data:`_JSON_LD_CHARS` in all: they are the page's metadata, not code (the
    author, the date and the headline of a CNN page of 2.5 MB, over the bound for its styles, were lost
    with them); past that, a catalogue in JSON-LD would push the article out of the bound, and the first
    script that crosses it keeps what fits of it, as in :func:`drop_json_ld_past_bound`. So do hydration
    scripts (:func:`is_hydration_script`), up to :data:`_STATE_CHARS`: the
    article of a page that renders it with JavaScript may be only there."""
    lowered = html.lower()
    if len(lowered) != len(html):
        # Offsets in the lower-cased copy index the page only where each character keeps its place ("İ"
        # lower-cases to two); the tags sought are ASCII, so ASCII letters alone are lowered then.
        lowered = html.translate(_ASCII_LOWER)
    kept, position, json_ld, state, crossed, drawings_close, drawing_end = [], 0, 0, 0, False, True, -1
    for opening in _NOISE_START.finditer(lowered):
        if opening.start() < position:
            continue
        closer = "-->" if opening.group(0) == "<!--" else f"</{opening.group(1)}"
        drawing = opening.group(1) == "svg"
        if drawing and not drawings_close:
            continue
        if drawing:
            # One search per close: 100,000 drawings nested in one, each searched to it, would take their
            # count times its distance.
            if drawing_end < opening.end():
                drawing_end = lowered.find(closer, opening.end())
            end = drawing_end
        else:
            end = lowered.find(closer, opening.end())
        if end < 0 and drawing:
            # A drawing left open ends where the parser meets the next HTML element, the page after it its own;
            # no later one closes either, and none is searched again (100,000 "<svg>"s left open, each
            # searched to the page's end, would take its length times theirs).
            drawings_close = False
            continue
        if drawing and lowered.find("<svg", opening.end(), end) >= 0:
            # The close may be another's: an icon written "<svg/>" or left open before the story, and a chart
            # after it, had taken the story with the icon. An inner drawing goes when it is reached.
            continue
        if end < 0:
            kept.append(html[position : opening.start()])
            return "".join(kept)
        after = lowered.find(">", end) + 1 or len(html)
        # The opening tag's attributes: up to its ">", or the closer where it has none.
        tag_end = lowered.find(">", opening.end(), end)
        attributes = lowered[opening.end() : tag_end if tag_end >= 0 else end]
        is_script = opening.group(1) == "script"
        size = after - opening.start()
        content = opening.end() + len(attributes) + 1  # where the script's text starts
        is_json_ld = is_script and "ld+json" in attributes
        # The room its text has in the bound, its tags counted.
        room = _JSON_LD_CHARS - json_ld - size + end - content
        if is_json_ld and room >= end - content:
            json_ld += size
            kept.append(html[position:after])
        elif is_json_ld and not crossed:
            # The first script to cross the bound keeps what fits of it, as on a page under MAX_HTML_CHARS
            # (drop_json_ld_past_bound): a live blog of 2 MB writes every update into the object that names
            # its writer and date, which had gone with them.
            crossed = True
            within = _json_ld_within(html[content:end], room) if room > 0 else None
            if within is None:
                kept.append(html[position : opening.start()])
            else:
                json_ld += size - (end - content) + len(within)
                kept += (html[position:content], within, html[end:after])
        elif (
            is_script
            and state + size <= _STATE_CHARS
            and is_hydration_script(attributes, lowered[content:end])
        ):
            state += size
            kept.append(html[position:after])
        else:
            kept.append(html[position : opening.start()])
        position = after
    kept.append(html[position:])
    return "".join(kept)


_ELEMENTS_COUNT = "count(descendant-or-self::*)"
# Elements of no text and no elements inside, those of a run side by side collapsed over the cut but a line
# break (a run of them parts paragraphs), a table's cell in a row of text (an empty one holds its column's
# place: collapsed, a results table's figures had moved under the wrong heading) and metadata's elements, of
# which _MetadataKept keeps the first of each kind (a canonical address after a thousand alternates' links).
_EMPTY_ELEMENTS = "descendant-or-self::*[not(*)][not(normalize-space(text()))]"
_NOT_COLLAPSED = frozenset(("br", *_METADATA_ELEMENTS))
_CELLS = frozenset(("td", "th"))
# The elements at MAX_DEPTH with elements inside: a path of fixed steps visits each element once (count(ancestor::*) per element
# would climb to the root from each); 0.1 ms on a page of the shared sets.
_AT_MAX_DEPTH = "/" + "/".join(["*"] * MAX_DEPTH) + "[*]"


def flatten_deep_nesting(tree) -> bool:
    """Keep the text, not the tags, of the elements nested deeper than :data:`MAX_DEPTH`; whether there
    were any."""
    deepest = tree.xpath(_AT_MAX_DEPTH)
    for element in deepest:
        unwrap_elements(element, lambda _: True)
    return bool(deepest)


def unwrap_elements(
    element, unwrapped: Callable[[Any], bool], dropped: Callable[[Any], bool] = lambda _: False
) -> None:
    """Replace each element inside ``element`` that ``unwrapped`` names (the elements it holds are looked
    at too) by its text and what it holds; remove each one ``dropped`` names, its tail kept; keep the
    rest whole. Each run of text left side by side is written as one piece, in one pass.

    Not lxml's ``strip_tags``: it leaves each piece a text node of its own, and lxml reads a run of them
    (``.text``, ``.tail``, ``itertext``, XPath: every extractor) by adding each to a copy of those before,
    in time that grows with the square of the run. A 2 MB page whose deepest element held 150,000 bold
    words of Chinese took 71 s of CPU there, far past the 5 s deadline, checked only between stages.
    """
    from lxml import etree

    runs: list[list[str]] = [[element.text or ""]]
    kept = []
    walk = etree.iterwalk(element, events=("start", "end"))
    for event, node in walk:
        if node is element:
            continue
        if event == "end":
            runs[-1].append(node.tail or "")
        elif dropped(node):
            walk.skip_subtree()
        elif unwrapped(node):
            runs[-1].append(node.text or "")
        else:
            walk.skip_subtree()
            kept.append(node)
            runs.append([])
    del element[:]
    element.text = "".join(runs[0]) or None
    for node, run in zip(kept, runs[1:], strict=True):
        element.append(node)
        node.tail = "".join(run) or None


#: Elements one element of a paragraph may hold before its elements lose their tags (their text stays, in
#: one piece; line breaks stay). A paragraph of news holds a few dozen links and notes; trafilatura strips
#: such tags and then reads the text of its paragraphs, each of the run of text pieces left next to each
#: other joined anew with the rest: its time grows with the square of the run, and a 300 KB paragraph of
#: 10,000 footnote markers ("word<sup><a href=#n1>1</a></sup> " repeated) took 20-40 s of CPU in that one
#: stage, past the deadline.
MAX_INLINE_CHILDREN = 1_000
_CROWDED = f"//p/descendant-or-self::*[count(*) > {MAX_INLINE_CHILDREN}]"
# Text-level elements, which trafilatura unwraps wherever they are (its list of tags stripped, links,
# emphasis, spans): an element of any kind holding more than MAX_INLINE_CHILDREN of them loses their tags
# too, its other elements kept whole. A <div> of 19,000 <font>s of Chinese (2 MB) took 11 s of CPU inside
# trafilatura, past the deadline, as a paragraph's crowded element did.
TEXT_LEVEL = frozenset(
    "a abbr acronym b bdi bdo big cite data del dfn em font i ins kbd mark nobr q s samp small span strike"
    " strong sub sup time tt u var".split()
)
# Counted name by name (a union of the names merges node sets, testing each node against those before
# it), and only in elements crowded at all: 0.2 s on a page of 280,000 elements, either way.
_CROWDED_TEXT = "//*[count(*) > {0}][{1} > {0}]".format(
    MAX_INLINE_CHILDREN, " + ".join(f"count({name})" for name in sorted(TEXT_LEVEL))
)


def flatten_crowded_elements(tree) -> bool:
    """Keep the text, not the tags, of what an element of a paragraph holding more than
    :data:`MAX_INLINE_CHILDREN` elements holds (its line breaks kept, what a reader is not shown dropped
    as :func:`drop_never_text` drops it), and of the text-level elements of any element holding more than
    that many of them, each run of text left joined into one; whether there were any."""
    crowded = tree.xpath(_CROWDED)
    flattened = frozenset(crowded)
    crowded_text = [element for element in tree.xpath(_CROWDED_TEXT) if element not in flattened]
    # What a reader is not shown is not made text: stripped of its tags before drop_never_text took it, a
    # script's, a button's or a hidden element's text had become the paragraph's. It goes now, as that
    # would take it, in one pass (dropped one by one, each tail joined to the text before it grew with
    # the square of the elements).
    hidden = set(hidden_elements(tree)) if crowded or crowded_text else set()

    def unshown(node) -> bool:
        return node in hidden or node.tag in _NEVER_TEXT or _is_page_script(node)

    for element in crowded:
        unwrap_elements(element, lambda node: node.tag != "br", unshown)
    for element in crowded_text:
        unwrap_elements(element, lambda node: node.tag in TEXT_LEVEL, unshown)
    return bool(crowded or crowded_text)


def cut_elements(tree, limit: int = MAX_ELEMENTS) -> bool:
    """Cut ``tree`` after its ``limit``-th element in document order, as the character cut cuts the page
    (everything after that element goes); whether there was anything to cut. Over the limit, drawings and
    lists of choices go first: their elements hold no text (drop_never_text drops them later anyway), and
    a chart of 20,000 SVG paths above the article otherwise cut the article away. So do the head's
    elements past its first :data:`_KEPT_METADATA_ELEMENTS`, and metadata's elements past as many, but the
    first of each kind (see :class:`_MetadataKept`), and a run of empty elements side by side but its
    first (:data:`_EMPTY_ELEMENTS`)."""
    from lxml import etree

    # Counted in C, the usual case costs nothing; "//*" would count the whole document of a part of a
    # page (the article the byline search is given), and iter() without a tag counts comments too: either
    # way the limit-th element of the part was not there to cut after (StopIteration).
    if tree.xpath(_ELEMENTS_COUNT) <= limit:
        return False
    # Renamed, then stripped in C with their tails kept: dropped one by one, each tail joined to the text
    # before it, they took Python's time a piece.
    head = tree.find("head")
    for elements in (
        islice(head.iterdescendants() if head is not None else (), _KEPT_METADATA_ELEMENTS, None),
        islice(tree.iter(*_METADATA_ELEMENTS), _KEPT_METADATA_ELEMENTS, None),
    ):
        keeps = _MetadataKept()
        for element in elements:
            if not keeps(" ".join((str(element.tag), *(element.get(name, "") for name in _METADATA_KINDS)))):
                element.tag = _ELEMENTS_WITHOUT_TEXT[0]
    # A run of empty elements side by side (20,000 <div></div>s, radio buttons or script roots before the
    # story) keeps its first: the rest show nothing a reader reads and only pushed the story past the cut.
    # An empty cell holds its place only in a row of text: a row of 30,000 empty cells before the story,
    # kept whole, had cut the story away. Whether an element holds text is remembered for each element, not
    # each row, so that rows nested in rows read each element once: read whole for each row, 60 nested
    # rows over 160,000 empty elements took 2.4 s (each row read anew: the elements times the levels). It
    # recurses as deep as the tree, which libxml2 nests 256 levels at most.
    holds_text: dict[Any, bool] = {}

    def has_text(element) -> bool:
        known = holds_text.get(element)
        if known is None:
            # A comment's words are none a reader reads (itertext skips them too), its tail is.
            known = holds_text[element] = bool((element.text or "").strip()) or any(
                (isinstance(child.tag, str) and has_text(child)) or bool((child.tail or "").strip())
                for child in element
            )
        return known

    def is_empty(element) -> bool:
        if not _is_empty(element):
            return False
        if element.tag not in _CELLS or (row := element.getparent()) is None:
            return True
        return not has_text(row)

    for element in tree.xpath(_EMPTY_ELEMENTS):
        before = element.getprevious()
        if is_empty(element) and before is not None and is_empty(before) and not (before.tail or "").strip():
            element.tag = _ELEMENTS_WITHOUT_TEXT[0]
    etree.strip_elements(tree, *_ELEMENTS_WITHOUT_TEXT, with_tail=False)
    if tree.xpath(_ELEMENTS_COUNT) <= limit:
        return False
    # So does a run of elements that hold elements but no text (15,000 rows of empty cells, a row keeping
    # its first cell, had still cut the story after them away), where that alone was over the cut.
    for element in _textless_runs(tree):
        element.tag = _ELEMENTS_WITHOUT_TEXT[0]
    etree.strip_elements(tree, *_ELEMENTS_WITHOUT_TEXT, with_tail=False)
    if tree.xpath(_ELEMENTS_COUNT) <= limit:
        return False
    element = next(islice(tree.iter(etree.Element), limit - 1, None))
    # Deleted as slices, in C: removed one by one from Python, the 230,000 paragraphs after the cut of a
    # 2 MB page of one-word paragraphs took 0.1 s, now 0.015 s.
    del element[:]
    while (parent := element.getparent()) is not None:
        del parent[parent.index(element) + 1 :]
        element = parent
    return True


def _textless_runs(tree) -> list:
    """The elements holding elements but no text, none a line break or metadata's, that follow one such
    element (or an empty one) with no text between: all of a run of them but its first. One walk, each
    element's children read once (an XPath of each element's text read every subtree once per level)."""
    from lxml import etree

    silent, runs = set(), []
    for _, element in etree.iterwalk(tree, events=("end",), tag=etree.Element):
        if (
            element.tag not in _NOT_COLLAPSED
            and not (element.text or "").strip()
            and all(child in silent and not (child.tail or "").strip() for child in element)
        ):
            silent.add(element)
            before = element.getprevious()
            # A cell holds its column's place (see cut_elements); a row of them all goes as one.
            if (
                len(element)
                and element.tag not in _CELLS
                and before in silent
                and not (before.tail or "").strip()
            ):
                runs.append(element)
    return runs


def _is_empty(element) -> bool:
    return element.tag not in _NOT_COLLAPSED and len(element) == 0 and not (element.text or "").strip()


def drop_never_text(tree) -> None:
    """Remove scripts (JSON-LD excepted), the elements :data:`_NEVER_TEXT`, social networks' embed
    placeholders (:data:`_EMBED_PLACEHOLDERS`) and the elements a browser does not show
    (:func:`hidden_elements`); the text after them stays."""
    from lxml import etree

    # Before asides go: a site's card of a quoted post may be one, and so may a fact box.
    _plain_embed_cards(tree)
    _fact_boxes_as_blocks(tree)
    _captions_of_placeholders(tree)
    _disclosure_titles_as_text(tree)
    _popover_terms_as_text(tree)
    _drop_struck_corrections(tree)
    # lxml's strip_elements leaves each tail a text node of its own, and a run of them is read in time
    # that grows with its square (see unwrap_elements): 20,000 images each before a word took 8 s in
    # wrap_loose_text's search, past the deadline (hostile input, round 26). Those with a tail are dropped
    # by their parent's one pass, each run written as one piece; the rest in C.
    parents = dict.fromkeys(element.getparent() for element in tree.iter(*_NEVER_TEXT) if element.tail)
    for parent in parents:
        unwrap_elements(parent, lambda _: False, lambda node: node.tag in _NEVER_TEXT)
    etree.strip_elements(tree, *_NEVER_TEXT, with_tail=False)
    for script in [script for script in tree.iter("script") if _is_page_script(script)]:
        script.drop_tree()
    for placeholder in tree.xpath(_EMBED_PLACEHOLDERS):
        placeholder.drop_tree()
    for mark in tree.xpath(_PROGRAM_MARKS):
        mark.drop_tree()
    for element in hidden_elements(tree):
        element.drop_tree()


def _drop_struck_corrections(tree) -> None:
    """Drop each struck-through element a correction replaces (:data:`_STRUCK`), its tail kept."""
    struck = [
        element
        for element in tree.iter(*_STRUCK)
        if (
            _is_inserted_after(element)
            or (
                _BARE_FIGURE.fullmatch((element.text_content() or "").strip()) is not None
                and _FIGURE_AFTER.match(element.tail or "") is not None
            )
        )
        and next(element.iterancestors("table"), None) is None
    ]
    for element in struck:
        element.drop_tree()


def _is_inserted_after(element) -> bool:
    """Whether an ``<ins>`` follows ``element`` with only white space between."""
    following = element.getnext()
    return following is not None and following.tag == "ins" and not (element.tail or "").strip()


def _fact_boxes_as_blocks(tree) -> None:
    """Make each ``<aside>`` among the story's paragraphs whose class or id names a fact box
    (:data:`_FACT_BOX_NAME`), and that is no box of links, a ``<div>``: its facts are the story's (NRK's
    "Fakta om ..." box of figures between two paragraphs), and as an aside it went with the page's other
    asides. An aside outside the story's body, or above its first paragraph or below its last, is left to go."""
    body = tree.find("body")
    if body is None:
        return
    for child in _paragraphs_and_between(_paragraphs_holder(body))[1:-1]:
        if (
            child.tag == "aside"
            and any(_FACT_BOX_NAME.search(child.get(name) or "") for name in ("class", "id"))
            and not _is_link_box(child)
        ):
            child.tag = "div"


def _popover_terms_as_text(tree) -> None:
    """Unwrap each button that opens a popover (``popovertarget``) between words of its line: a glossary's
    term, a word of the sentence whose definition the popover holds ("known as a <button
    popovertarget="gl-1">FIT</button> test"), in a paragraph, a list's item, a table's cell or a heading. It
    had gone with the page's buttons, and the sentence read "known as a test". A button that is its line's only
    words (a share menu's "Share") still goes."""
    for button in tree.xpath("//body//button[@popovertarget]"):
        parent = button.getparent()
        if (button.tail or "").strip() or (parent is not None and _text_before(button, parent)):
            button.drop_tag()


def _text_before(element, parent) -> bool:
    """Whether ``parent`` holds words before its child ``element``: its text, or an earlier sibling's."""
    if (parent.text or "").strip():
        return True
    for sibling in element.itersiblings(preceding=True):
        if (sibling.tail or "").strip() or (sibling.text_content() or "").strip():
            return True
    return False


def _disclosure_titles_as_text(tree) -> None:
    """Unwrap each button that is the whole of a heading and toggles the panel under it
    (:data:`_DISCLOSURE_ATTRIBUTES`), so its words stay the heading's when buttons go: an accordion's
    question, over its answer. Its element goes, not only its tag's name, and the heading's class with it:
    trafilatura drops an element of a class naming a button ("accordion-button"), and readability one of a
    class naming a header ("accordion-header", Bootstrap's). Not over a panel of links: a table of contents'
    toggle ("Contents") is the page's. Nor a toggle alone in its accordion, nor one of an accordion whose
    toggles repeat their words or open on a verb of showing (:data:`_CONTROL_VERBS`, or close on German's
    or Dutch's, :data:`_CONTROL_VERBS_LAST`; a question is none): an accordion is distinct questions, and such toggles are a
    control's words ("Read more" over the story's rest, "Full table" over each of a story's tables, "Show
    the costs", "Leer más", "Mehr anzeigen")."""
    accordions: dict[Any, list] = {}
    for button in tree.iter("button"):
        if _is_disclosure_title(button):
            accordions.setdefault(_accordion_of(button.getparent()), []).append(button)
    for buttons in accordions.values():
        words = [" ".join(button.text_content().split()) for button in buttons]
        if len(words) < 2 or len(set(words)) < len(words):
            continue
        if any(
            text.split(maxsplit=1)[0].lower() in _CONTROL_VERBS
            or text.rsplit(maxsplit=1)[-1].lower() in _CONTROL_VERBS_LAST
            for text in words
            # A question asks for its answer, though it opens on the verb (Portuguese's and French's open
            # with no mark: "Ver televisão no telemóvel tem custos?").
            if text and not text.endswith("?")
        ):
            continue
        for button in buttons:
            heading = button.getparent()
            button.drop_tag()
            heading.attrib.pop("class", None)


def _is_disclosure_title(button) -> bool:
    """Whether ``button`` is the whole of a heading and names the panel under it: see
    :func:`_disclosure_titles_as_text`."""
    heading = button.getparent()
    return (
        heading is not None
        and heading.tag in _DISCLOSURE_HEADINGS
        and _children_up_to(heading, 1) == 1
        and not (heading.text or "").strip()
        and not (button.tail or "").strip()
        and (panel := heading.getnext()) is not None
        and bool(panel.get("id"))
        and any(
            panel.get("id") in (button.get(name) or "").replace("#", " ").split()
            for name in _DISCLOSURE_ATTRIBUTES
        )
        and not _is_link_box(panel)
    )


def _accordion_of(heading):
    """The element holding the accordion ``heading`` is a question of: its parent, or, where that parent is
    the question's item alone (Bootstrap's ``accordion-item``, the heading and its panel), the item's."""
    item = heading.getparent()
    return item.getparent() if _children_up_to(item, 2) == 2 and item.getparent() is not None else item


def _children_up_to(element, most: int) -> int:
    """How many children ``element`` holds, counted up to one past ``most``: lxml's ``len`` walks them all,
    and asked for each of an accordion's thousands of toggles it had grown with their square (8,000
    questions in one accordion took 3.5 s)."""
    return sum(1 for _ in islice(element, most + 1))


def _is_page_script(element) -> bool:
    """Whether ``element`` is a script the page runs (JSON-LD is data that metadata reads)."""
    return element.tag == "script" and (element.get("type") or "").strip().lower() != "application/ld+json"


def _captions_of_placeholders(tree) -> None:
    """Make each Instagram or TikTok placeholder (:data:`_CAPTIONED_PLACEHOLDERS`) a plain quotation of its
    caption, the post's own words; one without a caption goes whole (:func:`drop_never_text`)."""
    from lxml import etree, html

    for placeholder in tree.xpath(_CAPTIONED_PLACEHOLDERS):
        if "tiktok-embed" in (placeholder.get("class") or ""):
            section = next(placeholder.iter("section"), None)
            words = [] if section is None else [section.text or ""]
            for child in [] if section is None else section:
                words += [child.text_content() if child.tag != "a" else "", child.tail or ""]
            lines = [" ".join(" ".join(words).split())]
        else:
            lines = [" ".join(p.text_content().split()) for p in list(placeholder.iter("p"))[:-1]]
        lines = [line for line in lines if line]
        if not lines:
            continue
        quote = html.Element("blockquote")
        for line in lines:
            etree.SubElement(quote, "p").text = line
        quote.tail = placeholder.tail
        placeholder.getparent().replace(placeholder, quote)


def _plain_embed_cards(tree) -> None:
    """Make a site's own card of a post it quotes (:data:`_CARD_TAGS`) the post's words alone: the card's
    one ``<blockquote>``, without the name, handle, date and "View on ..." around it (trafilatura drops
    every element named "embed", and the quoted post was lost). Each quotation looks a few levels up for
    its card, and a card is checked once: thousands of cards nested in each other cost what one does."""
    cards: dict = {}
    for quote in tree.iter("blockquote"):
        # A network's embed code in the site's wrapper is read as the code is.
        if _NETWORK_CODE.search(quote.get("class") or ""):
            continue
        for ancestor in islice(quote.iterancestors(), _CARD_LEVELS):
            if ancestor.tag in _CARD_TAGS and "embed" in (ancestor.get("class") or "").lower():
                cards.setdefault(ancestor, []).append(quote)
                break
    for card, quotes in cards.items():
        if (
            len(quotes) == 1
            and card.getparent() is not None
            and len(card.xpath(".//blockquote")) == 1
            and len(WORD_UNIT.findall(card.text_content())) - len(WORD_UNIT.findall(quotes[0].text_content()))
            <= _CARD_WORDS
        ):
            quotes[0].tail = card.tail
            card.getparent().replace(card, quotes[0])


def plain_embedded_posts(tree) -> None:
    """Make each post embedded with X's or Bluesky's code (:data:`_EMBEDDED_POSTS`) a plain quotation of
    its words: without its class, and out of wrappers that hold nothing else. The author, handle and date
    after its words stay, and so does its "pic.twitter.com/..." link: ScrapingHub's gold keeps both (dropping
    them cost .0010 there). The article quotes the post
    as it quotes a speaker; the extractors took it for furniture: readability drops every element named
    "tweet" or "twitter", trafilatura every one named "embed" (a site's ``<div class="embed
    embed--twitter">``), so a quoted post was lost or, kept by trafilatura alone, decided the choice for
    readability's text without it."""
    for post in tree.xpath(_EMBEDDED_POSTS):
        post.attrib.clear()
        # A link standing for the post's media, its words in brackets (Bluesky's "[image or embed]"): no words
        # of the post's, and it had been a line of the text.
        for link in [a for a in post.iter("a") if _is_bracketed(a.text_content())]:
            link.drop_tree()
        # Wrappers (a site's frame around the embed code) whose text is the post's alone.
        while (
            (parent := post.getparent()) is not None
            and parent.tag in ("div", "figure", "section")
            and (" ".join(parent.text_content().split()) == " ".join(post.text_content().split()))
        ):
            parent.drop_tag()


def plain_figure_quotes(tree) -> None:
    """Make each quotation set in a ``<figure>`` with its source under it (HTML's own markup for one:
    ``<figure><blockquote>...</blockquote><figcaption>Jan Nowicki, deputy mayor</figcaption></figure>``, Kirby's
    and other editors' quote blocks) the quotation and a paragraph of its source: trafilatura drops every
    ``<figure>`` with its caption, and the story lost a speaker's words that no paragraph repeats. Run after
    :func:`drop_pulled_quotes`, which has taken out a pull quote set so that repeats the story. A figure holding
    anything else (a photo's or chart's caption, an embed's wrapper, a social network's embed code), or a
    caption longer than a name and a title (:data:`_QUOTE_SOURCE_WORDS`), stays as it was, and so does a
    quotation whose words are all a link's (an embed's fallback, a Tumblr post's bare address). One whose words
    the page has elsewhere goes with its source: a pull quote however named ("…the repairs will last until the
    end of August.", a sentence's part under a bare ``<figure>``), which had been read twice."""
    body = tree.find("body")
    if body is None:
        return
    figures = []
    for figure in body.iter("figure"):
        children = [child for child in figure if isinstance(child.tag, str)]
        if (
            [child.tag for child in children] not in (["blockquote"], ["blockquote", "figcaption"])
            or (figure.text or "").strip()
            or _NETWORK_CODE.search(children[0].get("class") or "")
            or (len(children) == 2 and word_count(children[1].text_content()) > _QUOTE_SOURCE_WORDS)
            or _words(children[0]) == sum(_words(link) for link in children[0].iter("a"))
        ):
            continue
        figures.append((figure, children))
    _drop_repeating(body, [children[0] for _, children in figures])
    for figure, children in figures:
        if children[0].getparent() is None:
            figure.drop_tree()
            continue
        if len(children) == 2:
            children[1].tag = "p" if children[1].find(".//p") is None else "div"
            children[1].attrib.clear()
        figure.drop_tag()


def _is_bracketed(text: str) -> bool:
    words = text.strip()
    return len(words) > 2 and words[0] == "[" and words[-1] == "]"


def show_deferred_paragraphs(tree) -> None:
    """Show each hidden element a ``<noscript>`` right after it repeats, word for word: a paragraph a script
    reveals as the reader scrolls, written again for readers without the script (a TV station's lazy
    paragraphs). Hidden, it went with the unshown elements and its copy with the ``<noscript>``s, and the story
    lost every paragraph after its first two. The ``<noscript>`` still goes: the text stays once. Only
    paragraphs, and only two or more in one block: lazy paragraphs come in a run, while a hidden menu or one
    notice ("Please enable JavaScript to view the comments.") repeated for readers without the script is no
    story's text."""
    deferred: dict = {}
    for fallback in tree.xpath("//body//noscript"):
        shown = fallback.getprevious()
        if (
            shown is not None
            and shown.tag == "p"
            and _is_hidden(shown)
            and (words := " ".join(shown.text_content().split()))
            and words == " ".join(fallback.text_content().split())
        ):
            deferred.setdefault(shown.getparent(), []).append(shown)
    for paragraphs in deferred.values():
        if len(paragraphs) < 2:
            continue
        for shown in paragraphs:
            for name in ("hidden", "style", "aria-hidden"):
                shown.attrib.pop(name, None)


def hidden_elements(tree) -> list:
    """The elements of the page's body a browser does not show: ``hidden``, hidden by their ``style``,
    ``aria-hidden="true"`` (as readability.js reads it, a fallback image aside: a copy of the article for
    an animation, screen readers' twin of a visible text, had been given twice), or a ``popover`` (shown only
    when a button opens it: a glossary's definition of a term beside it, which had been read into the
    sentence, "are offered a An examination of the inside of the bowel ..., usually within two weeks")."""
    return [
        element
        for element in tree.xpath("//body//*[@hidden or @style or @aria-hidden or @popover]")
        if _is_hidden(element)
    ]


def _is_hidden(element) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("popover") is not None
        or _HIDDEN_STYLE.search(element.get("style", "")) is not None
        or (
            (element.get("aria-hidden") or "").strip().lower() == "true"
            and "fallback-image" not in (element.get("class") or "")
            and not _is_shown_drop_cap(element)
        )
    )


def _is_shown_drop_cap(element) -> bool:
    """Whether ``element`` is a drop cap a page hides from screen readers only (Shorthand's
    ``<span class="Theme-DropCap" aria-hidden="true">T</span>he ...``): one capital letter (an opening quotation
    mark before it or not) and no element, opening its paragraph, the word going on right after it. Gone
    with the unshown elements, it had left "he ..." to open the story. A screen readers' twin of the letter
    beside it (``<span class="sr-only">T</span>he``) stands between it and its word: it stays hidden, and so
    does a letter its word opens on again (an icon's "W" before "WhatsApp", an avatar's "J" before "Jonas")."""
    mark = (element.text or "").strip()
    return (
        not len(element)
        and 0 < len(mark) <= 2
        and mark[-1].isalpha()
        and mark[-1].isupper()
        and mark[:-1] in _OPENING_QUOTES
        and (element.tail or "")[:1].isalpha()
        and (element.tail or "")[:1] != mark[-1]
        and _opens_its_paragraph(element)
    )


def drop_galleries(tree) -> None:
    """Remove picture galleries, slideshows and carousels (named so by their class or id) from an article
    page: their captions describe pictures or other stories, not the article (a business gallery's 50
    captions inside a hotel story). Kept: one that holds the page's ``<h1>``, is an ``<article>`` or
    ``<main>``, holds half of the page's text or fewer than three captions (a lead photo's slideshow),
    and every one on a page with under :data:`_GALLERY_PAGE_PROSE` words of paragraphs outside them (a
    gallery page, whose captions are its article). A page that is a gallery (:func:`_captions_tell_story`)
    keeps every one, and its captions become paragraphs, without their credits, and the names of its
    slides lose "slide" and "caption": trafilatura drops every ``<figure>`` with its caption, and every
    element so named."""
    body = tree.find("body")
    if body is None:
        return
    if _captions_tell_story(body):
        for figure in body.iter("figure"):
            figure.tag = "div"
        for caption in list(body.iter("figcaption")):
            # A credit is no part of the story ("Photo: A. Sharma"), and the text's cleaning takes a line
            # that a credit closes ("... Photo: John Smith/PA") for a stray caption, and drops it.
            for credit in [e for e in caption.iterdescendants() if _CREDIT_NAME.search(e.get("class") or "")]:
                credit.drop_tree()
            caption.tag = "p" if caption.find(".//p") is None else "div"
            # Its own name goes with its tag: trafilatura drops an element whose class says "caption"
            # (an Exposure essay's "caption"), the story's every caption with it.
            for attribute in ("class", "id"):
                if names := caption.get(attribute):
                    caption.set(attribute, _SLIDE_NAME.sub("", names))
        # The slides are the story (a slideshow's "slideshow-slide" holding a "slide-caption"): a class or
        # id naming a slide loses the words trafilatura drops it for, and keeps the rest ("ad-slot",
        # "footer", "hidden", an id's "related"), for which it drops a slideshow's furniture.
        for element in body.iter():
            for attribute in ("class", "id"):
                names = element.get(attribute)
                if names and "slide" in names.lower():
                    element.set(attribute, _SLIDE_NAME.sub("", names))
        return
    found = _named_galleries(body)
    if not found:
        return
    total = len(body.text_content())
    galleries = {
        element
        for element in found
        if element.tag not in ("article", "main")
        and len(element.text_content()) * 2 < total
        and _captions(element) >= 3
        and element.find(".//h1") is None
    }
    if not galleries:
        return
    inside = sum(_words(p) for gallery in galleries for p in gallery.iter("p"))
    if sum(_words(p) for p in body.iter("p")) - inside >= _GALLERY_PAGE_PROSE:
        for element in galleries:
            element.drop_tree()


def _captions_tell_story(body) -> bool:
    """Whether the page is a gallery, whose captions (``<figcaption>``) are its story: it has
    :data:`_GALLERY_CAPTIONS` different captions of five words or more, holding
    :data:`_GALLERY_CAPTION_WEIGHT` times the words of the paragraphs outside figures around them (in the
    element that holds them all, the article's body, or the one that holds their named gallery), and
    under :data:`_GALLERY_PAGE_PROSE` words of those paragraphs. A short story's photos captioned at some
    length, or an article's "In pictures" gallery, are not its story. The page's other paragraphs
    (banners, other stories' teasers) do not count."""
    captions = [caption for caption in body.iter("figcaption") if len(caption.text_content().split()) >= 5]
    texts = {" ".join(caption.text_content().split()) for caption in captions}
    if len(texts) < _GALLERY_CAPTIONS:
        return False
    lineage = list(captions[0].iterancestors())
    depth = {id(ancestor): index for index, ancestor in enumerate(lineage)}
    # The lowest ancestor of the first caption that holds every caption.
    highest = 0
    for caption in captions[1:]:
        shared = next((a for a in caption.iterancestors() if id(a) in depth), None)
        if shared is None:
            return False
        highest = max(highest, depth[id(shared)])
    # Out of the gallery that holds them, to the prose around it: an article's "In pictures" gallery,
    # which holds no paragraphs, is no gallery page.
    region = highest
    for index in range(highest, len(lineage) - 2):  # below <body> and <html>
        if _GALLERY_NAME.search(f"{lineage[index].get('class', '')} {lineage[index].get('id', '')}"):
            region = index + 1
    prose = sum(
        _words(p)
        for p in lineage[region].iter("p")
        if not any(ancestor.tag == "figure" for ancestor in p.iterancestors())
    )
    words = sum(text.count(" ") + 1 for text in texts)
    return prose < _GALLERY_PAGE_PROSE and words >= _GALLERY_CAPTION_WEIGHT * prose


def _words(element) -> int:
    return len(element.text_content().split())


def _captions(element) -> int:
    """How many different texts of five words or more ``element`` holds."""
    return len({" ".join(words) for text in element.itertext() if len(words := text.split()) >= 5})


def _named_galleries(body) -> list:
    """The outermost elements under ``body`` whose class or id names a gallery, a slideshow or a carousel
    (one inside another is not looked at: each part of the page is read once). The attributes are
    searched in Python: XPath's ``translate`` on every element cost ten times as much."""
    named = {
        value.getparent()
        for search in _attribute_searches()
        for value in search(body)
        if _GALLERY_NAME.search(value)
    }
    return [element for element in named if not any(a in named for a in element.iterancestors())]


@cache
def _attribute_searches():
    from lxml import etree

    # Two searches, not their union: libxml2 sorts a union into document order, which costs more.
    return [etree.XPath("descendant::*/@class"), etree.XPath("descendant::*/@id")]


# What pdf2htmlEX writes in the ``<meta name="generator">`` of the HTML it makes of a PDF.
_PDF_CONVERTER = "pdf2htmlex"
# A printed line at least this share of the longest line of the PDF goes on in the next line: a paragraph's
# lines fill the column; its last, a letterhead's, a heading's and a running head's are shorter.
_PDF_FULL_LINE = 0.6
# A line that ends a sentence and falls this short of the longest closes its paragraph too: a ragged column's
# lines fill it to within a word or two.
_PDF_FILLED_LINE = 0.85
# The PDF's lines read for its title, and the fewest words a line is taken for the title with.
_PDF_LETTERHEAD_LINES = 12
_PDF_TITLE_MIN_WORDS = 3


def join_pdf_lines(tree) -> None:
    """Make the printed lines of a PDF converted by pdf2htmlEX (its ``generator``) paragraphs, in one
    container. The converter sets each line in a positioned ``div.t`` and each page in a ``div.pf`` of its
    own under ``#page-container``: the extractors took one page, its first, and gave each line a paragraph
    of its own, the letterhead's and the running foot's ("Page 1 of 2") among the story's. A line as long as
    :data:`_PDF_FULL_LINE` of the longest runs on into the next; a shorter one closes its paragraph, and so
    does one ending a sentence short of :data:`_PDF_FILLED_LINE` of the longest; a page's short last line
    that ends no sentence, under a paragraph running on to the next page, is its foot, set after that
    paragraph as one of its own. The lines
    down to the one the page's ``<title>`` (or ``og:title``) opens with are the letterhead over the headline:
    they go in a ``<header>``, that line its ``<h1>``."""
    generator = next(tree.iterfind('.//meta[@name="generator"]'), None)
    if generator is None or not (generator.get("content") or "").lower().startswith(_PDF_CONVERTER):
        return
    container = next(tree.iterfind('.//div[@id="page-container"]'), None)
    if container is None:
        return
    lines: list[str] = []
    pages: list[int] = []
    page = 0
    taken = None  # the last line read
    for element in container.iter("div"):
        classes = (element.get("class") or "").split()
        if "pf" in classes:
            page += 1
        elif "t" in classes and not any(ancestor is taken for ancestor in element.iterancestors()):
            # A line in a line is read with it, once: the converter nests none, and a page of 60 nested
            # lines around 1.9 MB of words had written them 60 times over, 2.3 GB and past the deadline.
            taken = element
            if text := " ".join(element.text_content().split()):
                lines.append(text)
                pages.append(page)
    if not lines:
        return
    lines, pages = _without_running_heads(lines, pages)
    # Each page's last line, where its running foot ("Page 1 of 2") stands: a paragraph running on to the
    # next page had taken the foot in between its words.
    last_on_page = [at + 1 == len(pages) or pages[at + 1] != pages[at] for at in range(len(pages))]
    # The letterhead: the lines down to the one the page's title opens with (the PDF's title, or a site's
    # "Title | Site"), in a header, the title its headline.
    titles = [
        " ".join(text.split()).casefold()
        for text in (
            *(title.text_content() for title in tree.iterfind(".//title")),
            *(meta.get("content") or "" for meta in tree.iterfind('.//meta[@property="og:title"]')),
        )
    ]
    title_at = next(
        (
            index
            for index, line in enumerate(lines[:_PDF_LETTERHEAD_LINES])
            if len(line.split()) >= _PDF_TITLE_MIN_WORDS
            and any(title.startswith(line.casefold()) for title in titles)
        ),
        None,
    )
    for child in list(container):
        container.remove(child)
    container.text = None
    if title_at is not None:
        header = container.makeelement("header", {})
        for index, line in enumerate(lines[: title_at + 1]):
            element = header.makeelement("h1" if index == title_at else "p", {})
            element.text = line
            header.append(element)
        container.append(header)
        lines = lines[title_at + 1 :]
        last_on_page = last_on_page[title_at + 1 :]
    longest = max((len(line) for line in lines), default=0)
    paragraphs: list[list[str]] = [[]]
    feet: list[str] = []
    for line, last in zip(lines, last_on_page, strict=True):
        short = len(line) < _PDF_FULL_LINE * longest
        # A short line closing a page on no sentence's end is its foot, the paragraph over it running on
        # into the next page: the foot goes after that paragraph, a paragraph of its own.
        if last and short and paragraphs[-1] and not ends_sentence(line):
            feet.append(line)
            continue
        paragraphs[-1].append(line)
        if short or (len(line) < _PDF_FILLED_LINE * longest and ends_sentence(line)):
            paragraphs.extend([[foot] for foot in feet])
            feet.clear()
            paragraphs.append([])
    paragraphs.extend([[foot] for foot in feet])
    for paragraph in paragraphs:
        if paragraph:
            element = container.makeelement("p", {})
            element.text = " ".join(paragraph)
            container.append(element)


def _without_running_heads(lines: list[str], pages: list[int]) -> tuple[list[str], list[int]]:
    """A converted PDF's ``lines`` and the ``pages`` they are on, without its running head past the first
    page: the lines atop a page, among its first :data:`_PDF_LETTERHEAD_LINES`, that stand at the same
    place atop another page too. A letterhead printed atop every page had run into the paragraph the page's
    end broke ("... found lead levels METRO CITY COUNCIL"); on the first page it is the letterhead over the
    headline."""
    # Where each line stands on its page, counted from the top: a running head is printed in the same place
    # on each page, where a transcript's speaker opening one page had stood lower on another, and was taken
    # for a head when any of a page's first lines was.
    places: list[int] = []
    for at, page in enumerate(pages):
        places.append(places[-1] + 1 if at and pages[at - 1] == page else 0)
    opening = Counter(
        (place, line) for line, place in zip(lines, places, strict=True) if place < _PDF_LETTERHEAD_LINES
    )
    kept_lines: list[str] = []
    kept_pages: list[int] = []
    in_head = False
    for line, page, place in zip(lines, pages, places, strict=True):
        if place == 0:
            in_head = page != pages[0]
        in_head = in_head and place < _PDF_LETTERHEAD_LINES and opening[place, line] > 1
        if not in_head:
            kept_lines.append(line)
            kept_pages.append(page)
    return kept_lines, kept_pages


def unwrap_layout_tables(tree) -> None:
    """Make the tables that lay out a page (an old site's menu in one cell, its story in the next) plain
    ``<div>``s (:func:`_lays_out`). trafilatura gives a table's rows as lines of cells, and a layout table's
    menu, story and footer came out as one row of a table, the story glued to the menu's links. A data
    table's cells hold a figure or a name each, however they are marked up (WordPress's
    ``<td><p>£120m</p></td>``, ``Jane Smith<br>Labour``), and it stays a table."""
    tables = list(tree.iter("table"))
    # Read before any is made a <div>: a table outside it no longer is one then.
    nested = {table for table in tables if next(table.iterancestors("table"), None) is not None}
    for table in tables:
        if _lays_out(table, table in nested):
            for element in [table, *table.iterchildren("tbody", "thead", "tfoot", "tr")]:
                for row in [element] if element.tag == "tr" else element.iterchildren("tr"):
                    for cell in row.iterchildren("td", "th"):
                        cell.tag = "div"
                    row.tag = "div"
                element.tag = "div"


def _lays_out(table, nested: bool) -> bool:
    """Whether a table lays out a page: it holds another table, or is one column of lines, or one cell
    within another table (``nested``), or a cell of it holds two paragraphs or line breaks or more of prose
    (:data:`_LAYOUT_CELL_WORDS` words or more) or of a menu's links (:func:`_is_menu`). A data table's cells
    are short and side by side."""
    if table.find(".//table") is not None:
        return True
    # A column of boxes, each a heading over a link or a line or two, down the side of the page: a data
    # table has rows of cells side by side.
    if _lines(table) >= 2 and all(
        len(row.findall("td")) + len(row.findall("th")) <= 1 for row in table.iter("tr")
    ):
        return True
    # A table of one cell of paragraphs or headings in a table that lays out the page (one that holds a
    # table) is a box of the layout: an e-mail newsletter's every block, its greeting's paragraph in one.
    # One cell of a line alone is a pull quote or a note set apart, which trafilatura keeps as a table's
    # row and drops as a box (an old site's pull quotes in its layout's table, ScrapingHub .9830 -> .9828).
    if nested and len(cells := table.xpath(_TABLE_CELLS)) == 1 and _lines(cells[0]):
        return True
    for cell in table.iter("td", "th"):
        if _lines(cell) >= 2 and (
            len(WORD_UNIT.findall(cell.text_content())) >= _LAYOUT_CELL_WORDS
            or _is_menu(cell)
            # A box of the page's own in a cell (a forum's post, its writer's profile): a data table's
            # cells hold a figure or a name, in a paragraph at most.
            or cell.find(".//div") is not None
        ):
            return True
    return False


# The cells of a table's own rows (in a <tbody> or not), not those of a table inside one.
_TABLE_CELLS = "(tr | */tr)/td | (tr | */tr)/th"


def _lines(element) -> int:
    """How many paragraphs, line breaks, list items and headings ``element`` holds, counted up to two: a
    newsletter's story box, a cell of a heading over a paragraph, is two lines, not a figure in a cell."""
    return sum(1 for _ in islice(element.iter("p", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6"), 2))


def _is_menu(element) -> bool:
    """Whether ``element``, of two lines or more, is a menu: three links or more, holding three quarters of its
    text or more (a site's sections down the side of the page)."""
    links = element.findall(".//a")
    return len(links) >= 3 and 4 * sum(len(link.text_content().strip()) for link in links) >= 3 * len(
        "".join(element.text_content().split())
    )


def drop_paywall_offers(tree) -> None:
    """Remove a paywall's offer under a teaser: "Keep reading with a subscription. Get unlimited access
    ... Subscribe now", whose sentences read as prose; and a campaign's prompt named "popup" that a site
    prints between the story's paragraphs, shown, not hidden ("Local news is a public good ... Become a
    member today. Donate now"). An offer is an element whose class or id names a
    paywall or a registration wall, of at most :data:`_PAYWALL_OFFER_WORDS` words, that holds a call to
    action (a link or button labelled "Subscribe", "Sign in", "Register", "Create free account"...), whose
    text speaks mostly of subscribing, an account or logging in, and that does not hold the article's
    paragraphs: Google's markup for paywalled content names the article's own text ``paywall``
    (``article-body paywall``), and a short story of a bank's outage speaks of accounts and logging in.
    A ``div`` or ``section`` named for a donation, not the story's holder, goes on a call to donate that
    stands alone, whatever its appeal speaks of. Run before buttons go (:func:`drop_never_text`): they are most offers' calls to action."""
    body = tree.find("body")
    if body is None:
        return
    named = {
        value.getparent()
        for search in _attribute_searches()
        for value in search(body)
        # A cheap test first: "wall" and "popup" hold these.
        if ("all" in value or "popup" in value) and _PAYWALL_NAME.search(value)
    }
    holder = _paragraphs_holder(body)
    kept = {holder, *holder.iterancestors()} if holder is not None else set()
    for element in [e for e in named if not any(a in named for a in e.iterancestors())]:
        if element not in kept and _is_offer(element):
            element.drop_tree()
    # A box between the story's paragraphs that reads as an offer is one, however it is named (a fact
    # checker's "Verificar cuesta tiempo y dinero ... hazte socio desde 3 euros al mes. Quiero ser socio").
    for box in _boxes_between_paragraphs(holder):
        if _is_offer(box, _JOINING_CALL):
            box.drop_tree()
    # A box named for a donation, asking for one ("Our reporting is free. It is not cheap. Chip in ...
    # Donate now"): its appeal speaks of the journalism, not of paying, and it had stayed under the story.
    for box in [
        e for e in body.iter("div", "section") if _DONATION.search(f"{e.get('class', '')} {e.get('id', '')}")
    ]:
        if box not in kept and _is_offer(box, _DONATION, appeal_alone=True):
            box.drop_tree()


def _is_offer(element, calls: re.Pattern[str] = _PAYWALL_CALL, appeal_alone: bool = False) -> bool:
    """Whether ``element`` reads as a paywall's offer: short, with a call to action (a label ``calls``
    finds), and at least half its words in texts that speak of subscribing, an account or logging in (or
    not, ``appeal_alone``: a box named for a donation, whose call says what it asks)."""
    # Counted as they are read, and left past the bound: boxes named for donations nested 50 deep around 1.4
    # MB of text had each listed and split all of it (_SHOWN_TEXTS), 1.4 s more than boxes otherwise named
    # (hostile input, round 27).
    texts, words = [], 0
    for text in _texts_shown(element):
        # Split no further than the words left: one text of 1.4 MB was split whole in each box.
        room = _PAYWALL_OFFER_WORDS - words
        parts = text.split(None, room + 1)
        if len(parts) > room:
            return False
        if parts:
            words += len(parts)
            texts.append(" ".join(parts))
    offer = sum(text.count(" ") + 1 for text in texts if text and _PAYWALL_WORDS.search(text))
    labels = (
        control.get("value", "") if control.tag == "input" else control.text_content()
        for control in element.iter("a", "button", "input")
        # A box named for a donation asks with a button of its own: a link inside a sentence ("lists where to
        # <a>donate</a> tins") is a story's, about donations, in a box its site named for them.
        if not appeal_alone or _stands_alone(control)
    )
    return (appeal_alone or 2 * offer >= words) and any(
        len(label.split()) <= _PAYWALL_CALL_WORDS and calls.search(label) for label in labels
    )


def _texts_shown(element) -> Iterator[str]:
    """The texts of ``element`` a reader sees, as :data:`_SHOWN_TEXTS` finds them (not in document order),
    read one at a time: none inside a script, a style or a ``<noscript>``, nor a comment's."""
    if element.tag in _UNSHOWN_TEXT_TAGS or any(a.tag in _UNSHOWN_TEXT_TAGS for a in element.iterancestors()):
        return
    if element.text:
        yield element.text
    holders = [element]
    while holders:
        for child in holders.pop():
            # A child's tail is its parent's text, shown where the parent is.
            if child.tail:
                yield child.tail
            if isinstance(child.tag, str) and child.tag not in _UNSHOWN_TEXT_TAGS:
                if child.text:
                    yield child.text
                holders.append(child)


def _stands_alone(control) -> bool:
    """Whether no text of its block runs up to ``control`` or on from it."""
    previous = control.getprevious()
    before = previous.tail if previous is not None else control.getparent().text
    return not (before or "").strip() and not (control.tail or "").strip()


def drop_signup_boxes(tree) -> None:
    """Remove the boxes around a field for an e-mail address, a poll's radio buttons or a button linking to a
    newsletter's page (a link of a few words alone in its block, to an address with "newsletter" in it:
    WPBakery's call-to-action box, "Iscriviti" to ``/newsletter/``): the largest element around each of at most
    :data:`_SIGNUP_BOX_WORDS` words that is not the article's body nor above it (on a page of paragraphs,
    whose body is known). The field and its button went with the other controls, and the box's line of what
    the letter brings ("Get the weekly briefing on Ohio's water, land and weather, free.") had stayed, a
    sentence under the story; so had a poll's question ("Should the town build the new parking garage on
    Elm Street?"), a line of the story where the poll stood: a radio button's box goes where it asks, or
    stands between the story's paragraphs with a button to vote, not where the button is a page's switch
    (text size, in the story's header with its byline; a table's views among the paragraphs). Looked for from
    the field, not its ``<form>``: an ASP.NET page is one form.
    Run before controls go (:func:`drop_never_text`)."""
    body = tree.find("body")
    fields = body.xpath(_SIGNUP_CONTROLS) if body is not None else []
    # A link is a button where its words are few and all its block's: one in a sentence is the story's.
    fields = [
        field
        for field in fields
        if field.tag == "input"
        or (
            len(field.text_content().split()) <= _SIGNUP_BUTTON_WORDS
            and (parent := field.getparent()) is not None
            and parent.text_content().split() == field.text_content().split()
        )
    ]
    holder = _paragraphs_holder(body) if fields else None
    # A page of no paragraph has no body to stop at: a brief of two sentences in <div>s and <br>s, beside a
    # field in the same wrapper (28 words), went with it, and the page gave no article.
    if holder is None:
        return
    kept = {body, holder, *holder.iterancestors()}
    # The story's other parts like its body's: a story written in chunks (a <div class="chunk"> of a
    # paragraph or two each) held "The mayor declined to comment." in the chunk of the box, 30 words. Told
    # by their first class, the one before a modifier ("chunk chunk--last").
    chunk = (holder.tag, first_class(holder))
    # Each element's words are counted once, and each box asked once: the fields of one form share their
    # way up, and a poll of 8,000 radio buttons had counted its form's words for each (some 8 s, past the
    # extraction's deadline, whose cut left the story a paragraph).
    counted: dict = {}
    asked: dict = {}
    for field in fields:
        box = None
        for above in field.iterancestors():
            if above in kept or (above.tag, first_class(above)) == chunk:
                break
            if (words := counted.get(above)) is None:
                words = counted[above] = _words(above)
            if words > _SIGNUP_BOX_WORDS:
                break
            box = above
        if box is None:
            continue
        # A radio button's box between the story's paragraphs (a child of its body) that sends its choice is a
        # poll's even where it puts a statement to agree or disagree with, not a question ("Stelling: De
        # binnenstêd ... moat autofrij wurde." over "Iens", "Net iens", a "Stim" button, "1.482 stimmen"): a
        # page's switch stands in its header, and radio buttons that send nothing switch the story's own views
        # (a table's "Totals" / "Per capita", a fact box's tabs), whose rows and lines had gone with them.
        if field.get("type", "").lower() == "radio" and (
            box.getparent() is not holder or not box.xpath(_SUBMIT_CONTROLS)
        ):
            if (asks := asked.get(box)) is None:
                asks = asked[box] = _asks(box)
            if not asks:
                continue
        # A field in a box dropped before it has no way up to the body.
        if box.getparent() is not None and body in box.iterancestors():
            box.drop_tree()


# FC2 Blog's heading over the advert it puts atop a blog not written in for a month, with its notice
# ("上記の広告は1ヶ月以上更新のないブログに表示されています。新しい記事を書く事で広告が消せます。"), as an entry
# of its own over the post; the words of that notice no other box so headed holds (a company's "sponsor
# site" box, "当社のスポンサーサイトはこちら", is the story's); and the most characters of that entry's text
# beside its heading: a post so titled says more.
_STALE_BLOG_HEADING = "スポンサーサイト"
_STALE_BLOG_NOTICE = "更新のないブログ"
_STALE_BLOG_NOTICE_CHARS = 120


def drop_stale_blog_notices(tree) -> None:
    """Remove FC2 Blog's sponsored entry (its heading :data:`_STALE_BLOG_HEADING` and the notice under it) over
    a post: its notice's last sentence had opened the post's text. Not an entry whose text under that heading
    is longer than :data:`_STALE_BLOG_NOTICE_CHARS` characters, holds another heading, or is neither empty nor
    the notice (:data:`_STALE_BLOG_NOTICE`)."""
    body = tree.find("body")
    if body is None:
        return
    for heading in list(body.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        entry = heading.getparent()
        if (
            heading.text_content().strip() == _STALE_BLOG_HEADING
            and entry is not None
            and entry is not body
            # Two headings are enough to tell: a count of all would read a shared parent once per heading.
            and sum(1 for _ in islice(entry.iter("h1", "h2", "h3", "h4", "h5", "h6"), 2)) == 1
            and _is_stale_blog_notice(
                "".join(entry.text_content().split()).replace(_STALE_BLOG_HEADING, "", 1)
            )
        ):
            entry.drop_tree()


def _is_stale_blog_notice(text: str) -> bool:
    """Whether ``text``, an entry's under FC2's sponsored heading, is its notice or nothing."""
    return not text or (_STALE_BLOG_NOTICE in text and len(text) <= _STALE_BLOG_NOTICE_CHARS)


def drop_sponsor_blocks(tree) -> None:
    """Remove a sponsor's block in the story: a block whose class, id or data attribute names a sponsor or a
    promotion (or whose class or id names an advert), of at most :data:`_SPONSOR_BOX_WORDS` words; and a box
    of as many words at most that opens with a sponsor's label and holds a link (beehiiv's "Together with
    Rainline", a pitch, "Shop Rainline →"), which a newsletter's markup leaves unmarked. Its label and pitch
    read as two lines of the article. Never the article's body (the element whose paragraphs hold the most
    words) nor an element around it: a sponsored story's body is named so."""
    body = tree.find("body")
    if body is None:
        return
    named = {element for element in body.iter(*_BLOCKS) if _names_sponsor(element)}
    boxes = [e for e in named if not any(a in named for a in e.iterancestors())]
    # A page's every <div> and <p> is asked: its first text first, a label's words or not.
    labels = [element for element in body.iter(*_SPONSOR_LABEL_TAGS) if _opens_with_sponsor(element)]
    if not boxes and not labels:
        return
    holder = _paragraphs_holder(body)
    kept = {body, holder, *holder.iterancestors()} if holder is not None else {body}
    # Each element is climbed through once: a label inside another (a <b> in a <p>, <div>s in <div>s) or
    # beside another in a box reaches what the first label's climb already asked.
    climbed: set = set()
    labelled = (_labelled_sponsor_box(label, kept, climbed) for label in labels)
    boxes += [box for box in labelled if box is not None]
    for box in boxes:
        # A box inside one dropped before it has no way up to the body.
        in_body = box.getparent() is not None and body in box.iterancestors()
        if box not in kept and in_body and _words(box) <= _SPONSOR_BOX_WORDS:
            box.drop_tree()


def drop_affiliate_boxes(tree) -> None:
    """Remove a box of shops' offers in the story: a ``div``, ``aside``, ``section`` or list of at most
    :data:`_AFFILIATE_BOX_WORDS` words holding two links or more, every one of them marked paid
    (``rel="sponsored"``, as search engines ask of affiliate links): a review's price comparison ("Verkkokauppa
    279 € Katso tarjous", three shops, the note on commissions) had been five lines of the review. Never the
    article's body nor an element around it, nor a box whose paid links stand in a paragraph: "It is sold at
    <a>Verkkokauppa</a> and <a>Gigantti</a> from Friday." is the story's sentence."""
    body = tree.find("body")
    if body is None:
        return
    # The first paid links alone: each climb reads its boxes' text, and a page holds a few boxes of offers.
    links = body.xpath(".//a[contains(@rel, 'sponsored')]")[:_AFFILIATE_LINKS_READ]
    if len(links) < 2:
        return
    holder = _paragraphs_holder(body)
    kept = {body, holder, *holder.iterancestors()} if holder is not None else {body}
    boxes = []
    for link in links:
        box = next((a for a in link.iterancestors() if a.tag in _AFFILIATE_BOX_TAGS), None)
        if box is None or box in kept or box in boxes:
            continue
        # The list of offers, then the box around it and its note, while every link is a paid one. A box
        # climbed to was read as one on the way: read again, its text had been walked twice.
        climbed = False
        while (above := box.getparent()) is not None and above not in kept and _is_affiliate_box(above):
            box = above
            climbed = True
        if climbed or _is_affiliate_box(box):
            boxes.append(box)
    for box in boxes:
        if box.getparent() is not None:
            box.drop_tree()


def _is_affiliate_box(element) -> bool:
    # Its text first, read a piece at a time: an element above the box may hold the whole page.
    text = _short_text(element, _AFFILIATE_BOX_CHARS)
    if text is None or len(text.split()) > _AFFILIATE_BOX_WORDS:
        return False
    anchors = list(element.iter("a"))
    return (
        len(anchors) >= 2
        and all("sponsored" in (a.get("rel") or "").split() for a in anchors)
        # An offer's link closes its line ("Gigantti 289 € Katso tarjous"); words after it go on with a
        # sentence of the story ("A <a>5-quart Dutch oven</a> with a lid" in a recipe's equipment).
        and not any(character.isalpha() for a in anchors for character in a.tail or "")
        and not _paragraph_before_link(element)
    )


def _paragraph_before_link(element) -> bool:
    """Whether a paragraph of ``element`` opens before one of its links: a link inside a paragraph is a word
    of its sentence, and a paragraph over the links a product's description that opens its card ("Woodcrete
    lasts for decades ...", then "£48 at NHBS"); a box's note on commissions stands under its offers."""
    paragraph_seen = False
    for node in element.iter("p", "a"):
        if node.tag == "p":
            paragraph_seen = True
        elif paragraph_seen:
            return True
    return False


def _opens_with_sponsor(element) -> bool:
    """Whether the first text of ``element`` (its own, or its first child's: "<p><b>Together with ...")
    opens with the words of a sponsor's label."""
    first = element.text if element.text and not element.text.isspace() else None
    if first is None and len(element) and isinstance(element[0].tag, str):
        first = element[0].text
    return bool(first) and bool(_SPONSOR_WORDS.match(first.lstrip()))


def _names_sponsor(element) -> bool:
    """Whether the class or id of ``element`` names a sponsor, a promotion or an advert, or a data attribute
    of it a sponsor or a promotion: one naming adverts may say where the page puts them (data-ad-insertion
    on a story's body)."""
    for name, value in element.attrib.items():
        if name in ("class", "id") and (_SPONSOR_NAME.search(value) or _AD_NAME.search(value)):
            return True
        if name.startswith("data-") and _SPONSOR_NAME.search(f"{name} {value}"):
            return True
    return False


def _labelled_sponsor_box(label, kept: set, climbed: set):
    """The largest element above ``label`` (a sponsor's label, :data:`_SPONSOR_LABEL`) of at most
    :data:`_SPONSOR_BOX_WORDS` words that opens with it and holds a link, outside ``kept``; else None.
    Not above an element in ``climbed`` (labels and the elements above them asked before), which it adds to."""
    if label in climbed or label.getparent() in climbed:  # inside a label: its text is the label's
        return None
    pieces, size = [], 0
    # Read until the text is past a label's length: an element opening with a label's words may hold the
    # page's text, and nested ones would each read it whole.
    for piece in label.itertext():
        size += len(piece)
        if size > _SPONSOR_LABEL_CHARS:
            return None
        pieces.append(piece)
    text = " ".join("".join(pieces).split())
    if not text or text.count(" ") >= _SPONSOR_LABEL_WORDS or not _SPONSOR_LABEL.match(text):
        return None
    climbed.add(label)
    box = None
    for above in label.iterancestors():
        if above in kept or above in climbed:
            break
        climbed.add(above)
        if _words(above) > _SPONSOR_BOX_WORDS:
            break
        if (
            " ".join(above.text_content().split()).startswith(text)
            # Its pieces apart: a label standing over the name ends a <p> of its own, the name opens the next,
            # or the sponsor's logo does (its name its image's alt).
            and _SPONSOR_NAMED.match(" ".join(" ".join(above.xpath(".//text() | .//img/@alt")).split()))
            and above.find(".//a") is not None
        ):
            box = above
    return box


def _asks(box) -> bool:
    """Whether ``box`` asks a poll's question: its text holds a question mark (``QUESTION_MARKS``), and no
    story's headline (``h1``), whose header a page's switch may share with the byline."""
    text = box.text_content()
    return any(mark in text for mark in QUESTION_MARKS) and box.find(".//h1") is None


def first_class(element) -> str:
    """The first word of ``element``'s class, "" where it has none."""
    return next(iter(element.get("class", "").split()), "")


def drop_citation_boxes(tree) -> None:
    """Remove the box under a post that tells how to cite it: the largest element of at most
    :data:`_CITATION_BOX_WORDS` words around a ``<pre>`` or ``<code>`` opening on a BibTeX entry
    (:data:`_BIBTEX_ENTRY`), not the article's body nor above it (Quarto's appendix: "Reuse", "Citation",
    "BibTeX citation:", the entry, "For attribution, please cite this work as:" and the reference, all of
    which had closed the text). Not one among the story's paragraphs nor one that holds a paragraph
    (``<p>``): a how-to's entry is its text."""
    body = tree.find("body")
    if body is None:
        return
    entries = [
        element
        for element in body.iter("pre", "code")
        if (text := _short_text(element, 2_000)) and _BIBTEX_ENTRY.match(text)
    ]
    holder = _paragraphs_holder(body) if entries else None
    if holder is None:
        return
    kept = {body, holder, *holder.iterancestors()}
    for entry in entries:
        box = None
        for above in entry.iterancestors():
            if above in kept or _words(above) > _CITATION_BOX_WORDS:
                break
            box = above
        # One among the story's paragraphs (a child of its body) is the story's: a how-to showing an entry.
        # So is a box with a paragraph: the appendix's lines are labels and a reference in <div>s, where a
        # post's own section that shows an entry ("An example entry", "Paste this into your references
        # file:") explains it in <p>s, and had gone whole. An entry in a box dropped before it has no way up
        # to the body.
        if (
            box is not None
            and box.getparent() is not holder
            and box.find(".//p") is None
            and body in box.iterancestors()
        ):
            box.drop_tree()


# A box of key points over the story's text: a heading of at most this many words over a list of at least
# this many points, each of at most this many words, and nothing else; looked for among this many elements
# before the story's text.
_KEY_POINTS_HEADING_WORDS = 4
_KEY_POINTS_MIN_ITEMS = 2
_KEY_POINT_WORDS = 25
_KEY_POINTS_SIBLINGS = 6
_KEY_POINTS_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "span", "div")
# At least this share of the points' words are words of the story's paragraphs: key points restate the story
# (the Pashto agency's box .96), where a list that is the story's own says what its paragraphs do not (road
# closures, "What we know:", a recipe's ingredients: about .2 of their words in the text after them).
_KEY_POINTS_SHARED = 0.6
# A point's word of at least this many characters is the story's where a word of the story opens on the same
# ones: its stem, in another of its forms.
_KEY_POINT_STEM = 5


def drop_key_points_boxes(tree) -> None:
    """Remove a box of key points set above the story's text, however named and in whatever language ("مهم
    ټکي", "اہم نکات", "Key points", "Das Wichtigste"): a block (a ``div``, ``aside`` or ``section``) among the
    :data:`_KEY_POINTS_SIBLINGS` elements before the element holding the story's paragraphs
    (:func:`_paragraphs_holder`) or before its first paragraph inside it, holding a short heading over a list
    of short points and nothing else, no link among them (:func:`_is_key_points_box`), the points in the
    story's words (:data:`_KEY_POINTS_SHARED`). A Pashto agency's box had been read as the story's first four
    lines, its points repeating the story's opening."""
    body = tree.find("body")
    holder = _paragraphs_holder(body) if body is not None else None
    if holder is None:
        return
    before = list(takewhile(lambda child: child.tag != "p", holder))
    before += list(islice(holder.itersiblings(preceding=True), _KEY_POINTS_SIBLINGS))
    boxes = [box for box in before if box.tag in ("div", "aside", "section") and _is_key_points_box(box)]
    if not boxes:
        return
    story = {
        word
        for paragraph in holder.iter("p")
        for word in WORD_UNIT.findall(paragraph.text_content().casefold())
    }
    # A point may write a word of the story in another of its forms ("seferleri" for the story's "seferi",
    # "hatları" for "hatlarında"): a Turkish box of three points shared .59 of its words as written, and stayed.
    stems = {word[:_KEY_POINT_STEM] for word in story if len(word) >= _KEY_POINT_STEM}
    for box in boxes:
        points = [
            word for item in box.iter("li") for word in WORD_UNIT.findall(item.text_content().casefold())
        ]
        shared = sum(
            word in story or (len(word) >= _KEY_POINT_STEM and word[:_KEY_POINT_STEM] in stems)
            for word in points
        )
        if shared >= _KEY_POINTS_SHARED * len(points):
            box.drop_tree()


def _is_key_points_box(box) -> bool:
    """Whether ``box`` holds a heading of at most :data:`_KEY_POINTS_HEADING_WORDS` words over a list of at
    least :data:`_KEY_POINTS_MIN_ITEMS` points of at most :data:`_KEY_POINT_WORDS` words each, and nothing else,
    no link: a list of other stories' headlines is linked."""
    children = [child for child in box if isinstance(child.tag, str)]
    if (
        len(children) != 2
        or children[0].tag not in _KEY_POINTS_HEADINGS
        or children[1].tag not in ("ul", "ol")
        or (box.text or "").strip()
        or box.find(".//a") is not None
        or not 0 < _words(children[0]) <= _KEY_POINTS_HEADING_WORDS
    ):
        return False
    points = [item for item in children[1] if isinstance(item.tag, str)]
    return (
        len(points) >= _KEY_POINTS_MIN_ITEMS
        and all(item.tag == "li" for item in points)
        and all(0 < _words(item) <= _KEY_POINT_WORDS for item in points)
    )


# A review's rating in stars: a run of at least three of a rating's star signs, filled or hollow ("★★★★☆").
_RATING_STARS = re.compile("[★☆✩✪✫✬✭✮✯⭐]{3,}")
# A rating box holds at least this many ratings (one for each of a dish's, a film's qualities), in at most
# this many characters (the shop's or film's card beside them): a story's review of several films, a rating
# a paragraph, is the story's.
_RATING_BOX_RATINGS = 2
_RATING_BOX_CHARS = 600
_RATING_BOX_TAGS = frozenset(("div", "aside", "section", "table", "ul", "dl"))


# The labels of a notice board's fields, in the table a board (Korea's eGovFrame and its kin, a Chinese or
# Japanese portal's) sets over a post: its title, writer, dates, views and files, each a ``th`` beside its
# value ("제목 | 국토교통위원회, ...", "작성자 | ...", "조회수 | 1,284").
_BOARD_FIELD_LABELS = frozenset(
    (
        "제목",
        "작성자",
        "글쓴이",
        "등록자",
        "등록일",
        "작성일",
        "게시일",
        "수정일",
        "조회수",
        "조회",
        "첨부파일",
        "담당부서",
        "标题",
        "作者",
        "来源",
        "发布时间",
        "发布日期",
        "浏览次数",
        "件名",
        "投稿者",
        "登録日",
        "閲覧数",
    )
)
# A board's particulars are a few short values; a table longer than this is a table of the story's.
_BOARD_TABLE_WORDS = 60


def drop_board_particulars(tree) -> None:
    """Remove a notice board's table of a post's particulars (each of its two or more ``th`` a field's label,
    :data:`_BOARD_FIELD_LABELS`): a parliament's press release board had opened its text with "제목 ...",
    "작성자 ... 등록일 2024-05-21" and "조회수 1,284", its title, writer, date and views. Not a table with a label
    of another kind among them, nor a long one: a table of the story's that has a "제목" column; nor one whose
    labels are not each beside its value (:func:`_labels_beside_values`)."""
    body = tree.find("body")
    if body is None:
        return
    for table in list(body.iter("table")):
        labels = [" ".join(cell.text_content().split()) for cell in table.iter("th")]
        if (
            len(labels) >= 2
            and _BOARD_FIELD_LABELS.issuperset(labels)
            and table.find(".//table") is None
            and _words(table) <= _BOARD_TABLE_WORDS
            and _labels_beside_values(table)
        ):
            table.drop_tree()


def _labels_beside_values(table) -> bool:
    """Whether every ``th`` of ``table`` has its value in the ``td`` after it and every ``td`` a label before
    it: a board's particulars. A header row over rows of values ("标题 | 作者 | 来源" over a story's reading
    list) is the story's table, and a ``td`` of its own row holds a board's post itself."""
    for cell in table.iter("th", "td"):
        beside = cell.getnext() if cell.tag == "th" else cell.getprevious()
        if beside is None or beside.tag != ("td" if cell.tag == "th" else "th"):
            return False
    return True


def drop_rating_boxes(tree) -> None:
    """Remove a review's rating box set in the story's body: a block child of the element holding its
    paragraphs (:func:`_paragraphs_holder`), of at most :data:`_RATING_BOX_CHARS` characters, holding at least
    :data:`_RATING_BOX_RATINGS` ratings in stars (:data:`_RATING_STARS`: "湯頭：★★★★★", "麵條：★★★★☆") and the
    card beside them (the shop's name, address and hours), above the paragraphs or under them, not between
    them. A food blog on PIXNET sets it above its text, and
    its ratings and card had been read as the review's first eleven lines."""
    body = tree.find("body")
    holder = _paragraphs_holder(body) if body is not None else None
    if holder is None:
        return
    children = list(holder)
    # The paragraph before each box and whether one follows it, read in one walk over the children: each
    # box's siblings walked to its nearest paragraph had taken 3.9 s for 20,000 boxes between two of them.
    last_paragraph = max((index for index, child in enumerate(children) if child.tag == "p"), default=-1)
    before, before_ends = None, None
    for index, child in enumerate(children):
        if child.tag == "p":
            before, before_ends = child, None
            continue
        if child.tag not in _RATING_BOX_TAGS:
            continue
        text = _short_text(child, _RATING_BOX_CHARS)
        if not text or len(_RATING_STARS.findall(text)) < _RATING_BOX_RATINGS:
            continue
        # Set off between the paragraphs, ratings are what the story says (a critic's week of films, one a
        # line with its stars, under "This week's picks:"); the box stands above the text or under it. A
        # paragraph of the story ends a sentence, where a byline over the box does not.
        if before is not None and index < last_paragraph:
            if before_ends is None:
                before_ends = ends_sentence(before.text_content().strip())
            if before_ends:
                continue
        child.drop_tree()


# The heading of a funeral home's box of an obituary's services, lower-cased, its colon left out.
_SERVICE_HEADINGS = frozenset(
    (
        "services",
        "service details",
        "service information",
        "service schedule",
        "funeral services",
        "memorial services",
    )
)
# What each entry of such a box opens on: the event's name, a word of its own ("Wakefield" is a town's).
_SERVICE_EVENTS = (
    "visitation", "funeral", "memorial", "burial", "interment", "graveside", "celebration of life", "viewing",
    "wake", "committal", "mass of christian burial", "rosary", "prayer service",
)  # fmt: skip
# The events a box of a holiday's or a town's services lists too ("Memorial Day parade, 9 a.m."): one of
# the others is the box's mark of a death.
_SERVICE_EVENTS_NOT_OF_A_DEATH = frozenset(("memorial", "prayer service"))
# The most words such a box holds: an event's name, its day, hours and place, a few times over.
_SERVICE_BOX_WORDS = 150


def drop_service_boxes(tree) -> None:
    """Remove a funeral home's box of an obituary's services after or beside its text: an element headed
    "Services" (:data:`_SERVICE_HEADINGS`, an ``h2`` to ``h4``), of at most :data:`_SERVICE_BOX_WORDS` words,
    whose lines after the heading each open on an event's name (:data:`_SERVICE_EVENTS`: "Visitation Friday,
    May 17, 2024, 4:00 - 7:00 pm, Hartley Funeral Home", "Funeral service Saturday ..."), one of them an
    event only a death has (a Memorial Day story's box of "Memorial services" is the story's), beside the story's
    body (a sibling of the element holding its paragraphs). It had closed the obituary's text, the box's times
    and places read as its last lines. An obituary's own line ("A memorial service will be held at 2 p.m.
    ...") is its text, and a box in another part of the page is left to the extractors, which had left one
    out, where taking it away had them take the guest book under it."""
    body = tree.find("body")
    if body is None:
        return
    headings = [
        heading
        for heading in body.iter("h2", "h3", "h4")
        if " ".join(heading.text_content().split()).rstrip(":").casefold() in _SERVICE_HEADINGS
    ]
    holder = _paragraphs_holder(body) if headings else None
    if holder is None:
        return
    for heading in headings:
        box = heading.getparent()
        if (
            box is None
            or box is holder
            or box.getparent() is not holder.getparent()
            or _words(box) > _SERVICE_BOX_WORDS
        ):
            continue
        events = [
            _service_event(line.casefold())
            for element in heading.itersiblings()
            if isinstance(element.tag, str) and (line := " ".join(element.text_content().split()))
        ]
        if events and all(events) and not _SERVICE_EVENTS_NOT_OF_A_DEATH.issuperset(events):
            box.drop_tree()


def _service_event(line: str) -> str | None:
    """The event of :data:`_SERVICE_EVENTS` the lower-cased ``line`` opens on, as a word of its own."""
    return next(
        (
            event
            for event in _SERVICE_EVENTS
            if line.startswith(event) and not line[len(event) : len(event) + 1].isalpha()
        ),
        None,
    )


def drop_machine_summaries(tree) -> None:
    """Remove the summary a machine wrote over a story, a box of "Key points" that repeats it: a block whose
    class, id or data attribute names one (:data:`_AI_SUMMARY_NAME`), or the box around a line saying a
    machine wrote the summary (:data:`_AI_DISCLAIMER`), of at most :data:`_AI_SUMMARY_BOX_WORDS` words. Its
    bullets read as the story's first lines, and a summary of the article quoted them. Never the article's
    body (the element whose paragraphs hold the most words) nor an element around it, nor one of the body's
    paragraphs or an element between them: a story about machines' summaries quotes one, or says a summary
    was "generated by AI" in a paragraph whose text a ``<span>`` wraps, and a line saying so alone among the
    body's paragraphs is no box either; nor, around such a line, an element holding other paragraphs."""
    body = tree.find("body")
    if body is None:
        return
    boxes = [element for element in body.iter(*_BLOCKS, "aside") if _names_machine_summary(element)]
    named = len(boxes)
    # The page's text is searched once: nearly every page says nothing of the kind, and is spared reading
    # each element's.
    if _AI_DISCLAIMER.search(body.text_content()):
        for line in body.iter("p", "small", "em", "span", "div"):
            text = _short_text(line, _AI_DISCLAIMER_CHARS)
            if text and _AI_DISCLAIMER.search(text) and _AI_SUMMARY_WORDS.search(text):
                boxes.append(line)
    if not boxes:
        return
    holder = _paragraphs_holder(body)
    kept = {body, holder, *holder.iterancestors()} if holder is not None else {body}
    # Kept with all they hold: a line inside a quotation between the paragraphs climbs to the quotation's
    # paragraph only.
    between = set(_paragraphs_and_between(holder))
    kept |= between
    # Each box is judged once, though every line in it climbs to it: 4,000 lines saying a machine wrote a
    # summary in one sidebar had its words counted 4,000 times (a page of 0.26 MB past the deadline). A box
    # kept for its size stays kept: the named boxes, judged first, are those whose paragraphs do not count.
    judged: set = set()
    for index, found in enumerate(boxes):
        box = found
        # The largest box below the kept elements: a disclaimer's <p> climbs to the box of bullets it closes.
        while box.getparent() is not None and box.getparent() not in kept:
            box = box.getparent()
        in_body = box.getparent() is not None and body in box.iterancestors()
        boxed = box is not found or found.tag not in ("p", "small", "em", "span")
        if not boxed or box in kept or box.getparent() in between or not in_body or box in judged:
            continue
        judged.add(box)
        if _words(box) <= _AI_SUMMARY_BOX_WORDS and (
            # Around a line, a box of headings and bullets, no paragraph but the line's: a chunk of a story
            # set in chunks holds paragraphs, and the line may be one of them.
            index < named or sum(1 for _ in box.iter("p")) <= 1
        ):
            box.drop_tree()


def _paragraphs_and_between(holder) -> list:
    """The children of the story's body ``holder`` from its first paragraph to its last, both included: the
    story's paragraphs and what it sets between them (a quotation, a figure, a paragraph written as a div)."""
    if holder is None:
        return []
    children = list(holder)
    paragraphs = [i for i, child in enumerate(children) if child.tag == "p"]
    return children[paragraphs[0] : paragraphs[-1] + 1]


def _short_text(element, most: int) -> str | None:
    """The text of ``element`` if it is at most ``most`` characters long, else None: read a piece at a time
    and left as soon as it is past them, as an element may hold the whole page."""
    pieces, size = [], 0
    for piece in element.itertext():
        size += len(piece)
        if size > most:
            return None
        pieces.append(piece)
    return "".join(pieces)


def _names_machine_summary(element) -> bool:
    return any(
        (name in ("class", "id") or name.startswith("data-")) and _AI_SUMMARY_NAME.search(value)
        for name, value in element.attrib.items()
    )


def _paragraphs_holder(body):
    """The element whose own paragraphs (``<p>`` children) hold the most words on the page: the article's
    body. Words as :func:`~nutgraf.extract.text.word_count` counts them, a Chinese or Japanese character
    each: counted between spaces, a Chinese story's paragraphs were a word each, fewer than its footer's
    line, which was taken for the body, and a sign-up box's climb took the page's ``<main>`` with it. A Korean
    syllable block counts one too (some three a word): a Korean page's own paragraphs are all counted so, and
    only a block in a spaced script weighs less beside them (an English summary of 84 words lost to a body of
    34 Korean words, 107 syllables, where counted between spaces it won); the seven Korean pages of
    bench/extraction_pages give the same text counted either way."""
    words: dict = {}
    for paragraph in body.iter("p"):
        parent = paragraph.getparent()
        words[parent] = words.get(parent, 0) + word_count(paragraph.text_content())
    return max(words, key=words.get, default=None)


def drop_link_boxes(tree, url: str | None) -> None:
    """Remove the boxes of other stories' links a story's body holds between its paragraphs, with their label
    (:data:`_LINK_BOX_TAGS`): an Ippen paper's "Auch interessant", Folha's "LEIA MAIS". Only the body's own
    children between its first paragraph and its last are asked: a list of links the article is about sits in its paragraphs, and a site's lists
    around the article go by other rules. The same label and links unboxed go too: the label a paragraph or
    a heading of its own, each link a paragraph ("Mehr zum Thema" / "<p><a>Freising: Neues Gymnasium kostet
    20 Millionen mehr</a></p>" / ...), where the label went as a call to the reader and the headlines had
    stayed lines of the story. Unboxed, only links to the site's own pages (``url``'s, the page's address):
    a label over links elsewhere ("Where to get help:" over a helpline's number and a charity's site, "The
    shortlist" over books linked to a bookshop) is the story's. So does a paragraph of a label and one
    link to the site's own pages (:func:`_is_pointer`), "read also:" in any language, on a page that opens
    no paragraph of its own on a label in bold."""
    body = tree.find("body")
    holder = _paragraphs_holder(body) if body is not None else None
    site = site_of(url)
    for box in _boxes_between_paragraphs(holder):
        if _is_link_box(box) or _is_story_card(box, url, site):
            box.drop_tree()
    for run in _link_runs_between_paragraphs(holder, site):
        for element in run:
            element.drop_tree()
    paragraphs = [child for child in _paragraphs_and_between(holder) if child.tag == "p"]
    # Those shaped as pointers, the first and the last paragraph too (a story may end on its "read also").
    shaped = {child for child in paragraphs if _is_pointer(child, site)}
    listed = {child for child in paragraphs if _is_pointer_list(child, site)}
    # A story that opens its own paragraphs on a label in bold (an interview's "Q:" and "A:", a speaker's
    # name, a live story's "Update:") writes a label before a link as one more of them.
    if any(_bold_label(child) for child in paragraphs if child not in shaped and child not in listed):
        return
    for child in paragraphs[1:-1]:
        if child in shaped:
            child.drop_tree()
    # A label over several links, each on a line of its own, is a box of them wherever it stands: a blog
    # closes its post on one ("延伸閱讀：" over two of its posts), whose first link had gone with the label
    # and the second stayed as the post's last line.
    for child in listed:
        child.drop_tree()


def _is_pointer(paragraph, site: str | None) -> bool:
    """Whether ``paragraph`` is a label in bold and a link to another of ``site``'s pages
    (:data:`_POINTER_LABEL_WORDS`):
    "<p><strong>Прочетете още:</strong> <a href="/bulgaria/1">БДЖ купува ...</a></p>"."""
    links = paragraph.findall(".//a")
    if len(links) != 1 or not _links_within(links[0].get("href", ""), site):
        return False
    text, headline = paragraph.text_content().strip(), links[0].text_content().strip()
    label = text[: -len(headline)].strip() if headline and text.endswith(headline) else ""
    if not 0 < len(label.split()) <= _POINTER_LABEL_WORDS:
        return False
    # Or with no colon, a line break after it, where the label is one that only ever points to another
    # article (a Thai portal's "<strong>อ่านข่าวที่เกี่ยวข้อง</strong><br><a>...</a>"): the break had made the
    # label and the headline two lines of the text, which stayed.
    if label[-1] not in _POINTER_COLONS:
        return _is_broken_pointer(paragraph, label) and not ends_sentence(headline)
    return _bold_label(paragraph) == label[:-1].rstrip() and not ends_sentence(headline)


def _is_broken_pointer(paragraph, label: str) -> bool:
    """Whether ``paragraph`` opens on ``label`` in bold, a label that only ever points to another article
    (:func:`~nutgraf.extract.text.calls.is_pointer_label`), then a line break: "<p><b>อ่านข่าวที่เกี่ยวข้อง</b>
    <br><a>...</a></p>"."""
    bold = paragraph[0] if len(paragraph) else None
    return (
        bold is not None
        and bold.tag in ("strong", "b")
        and not (paragraph.text or "").strip()
        and not (bold.tail or "").strip()
        and bold.getnext() is not None
        and bold.getnext().tag == "br"
        and bold.text_content().strip() == label
        and is_pointer_label(label)
    )


def _is_pointer_list(paragraph, site: str | None) -> bool:
    """Whether ``paragraph`` is a label in bold over :data:`_LINK_BOX_MIN_LINKS` or more links to other
    pages of ``site``, one a line (parted by ``<br>``), and nothing else: "<p><b>延伸閱讀：</b><br><a>...</a><br>
    <a>...</a></p>"."""
    links = paragraph.findall(".//a")
    label = _bold_label(paragraph)
    if len(links) < _LINK_BOX_MIN_LINKS or not label or len(label.split()) > _POINTER_LABEL_WORDS:
        return False
    headlines = [link.text_content().strip() for link in links]
    text, linked = "".join(paragraph.text_content().split()), "".join("".join(headlines).split())
    # Nothing but the label, its colon and the links: no sentence around them.
    return (
        all(_links_within(link.get("href", ""), site) for link in links)
        and not any(_links_document(link.get("href", "")) for link in links)
        and all(headline and not ends_sentence(headline) for headline in headlines)
        and len(paragraph.findall(".//br")) >= len(links) - 1
        and text.endswith(linked)
        and len(text) - len(linked) <= len("".join(label.split())) + 1
    )


# The endings of a document's address rather than a page's: an investigation's "Documents:" over the files it
# publishes on its own site gives its reader its sources, not other stories.
_DOCUMENT_SUFFIXES = (
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".csv",
    ".ppt",
    ".pptx",
    ".odt",
    ".ods",
    ".zip",
)


def _links_document(href: str) -> bool:
    """Whether ``href`` is the address of a document (:data:`_DOCUMENT_SUFFIXES`), not of a page."""
    try:
        path = urlsplit(href).path
    except ValueError:  # an unclosed IPv6 bracket
        return False
    return path.lower().endswith(_DOCUMENT_SUFFIXES)


def _bold_label(paragraph) -> str:
    """The label in bold ``paragraph`` opens on, ending on a colon inside the bold or right after it ("<b>Read
    also:</b> ...", "<b>Read also</b>: ..."), without the colon; "" where it opens otherwise."""
    if not len(paragraph) or paragraph[0].tag not in ("strong", "b") or (paragraph.text or "").strip():
        return ""
    bold = paragraph[0].text_content().strip()
    if bold and (bold[-1] in _POINTER_COLONS or (paragraph[0].tail or "").lstrip().startswith(_COLONS)):
        return bold.rstrip(_POINTER_COLONS).rstrip()
    return ""


def drop_video_boxes(tree) -> None:
    """Remove a video player's box between the story's paragraphs (:data:`_VIDEO_NAME`), of at most
    :data:`_VIDEO_BOX_WORDS` words: the video's title and the player's labels, the video itself being
    nothing without its script."""
    body = tree.find("body")
    for box in _boxes_between_paragraphs(_paragraphs_holder(body) if body is not None else None):
        if _names_video(box) and _words(box) <= _VIDEO_BOX_WORDS:
            box.drop_tree()


def _names_video(element) -> bool:
    return any(_VIDEO_NAME.search(element.get(name, "")) for name in ("class", "id"))


def _boxes_between_paragraphs(holder) -> list:
    """The boxes (:data:`_LINK_BOX_TAGS`) among the children of the story's body ``holder`` between its first
    paragraph and its last: above them, a byline's linked names ("By <a>Jane Doe</a> and <a>John Roe</a>")
    are a label and links too, and below them a story's own closing box may be its text."""
    return [child for child in _paragraphs_and_between(holder)[1:-1] if child.tag in _LINK_BOX_TAGS]


def _link_runs_between_paragraphs(holder, site: str | None) -> list[list]:
    """The runs among the children of the story's body ``holder``, between its first paragraph and its last,
    of a label (:func:`_is_label`) and :data:`_LINK_BOX_MIN_LINKS` or more elements after it that are each
    a link alone to a page of ``site`` (:func:`_is_link_alone`)."""
    if holder is None:
        return []
    children = [child for child in holder if isinstance(child.tag, str)]
    paragraphs = [i for i, child in enumerate(children) if child.tag == "p"]
    runs, i = [], paragraphs[0] + 1 if paragraphs else len(children)
    end = paragraphs[-1] if paragraphs else 0
    while i < end:
        j = i + 1
        if _is_label(children[i]):
            while j < end and _is_link_alone(children[j], site):
                j += 1
            if j - i - 1 >= _LINK_BOX_MIN_LINKS:
                runs.append(children[i:j])
        i = j
    return runs


def _is_label(element) -> bool:
    """Whether ``element`` is a paragraph or heading of at most :data:`_LINK_RUN_LABEL_WORDS` words and no
    link."""
    return (
        element.tag in _LABEL_TAGS
        and 0 < _words(element) <= _LINK_RUN_LABEL_WORDS
        and element.find(".//a") is None
    )


def _is_link_alone(element, site: str | None) -> bool:
    """Whether ``element`` is a paragraph or list item whose text is its links' text, each to a page of
    ``site`` (:func:`_links_within`): a headline linked."""
    links = element.findall(".//a")
    return (
        element.tag in ("p", "li", "div")
        and bool(links)
        and element.text_content().split() == [word for link in links for word in link.text_content().split()]
        and all(_links_within(link.get("href", ""), site) for link in links)
    )


def _links_within(href: str, site: str | None) -> bool:
    """Whether ``href`` is an address on ``site`` (a host without "www."; ``None`` when the page's is not
    known): a path of its own ("/frankfurt/mietspiegel"), or a full address on the site, a subdomain of it or
    the domain it is one of. Not another scheme's ("tel:988", "mailto:")."""
    try:
        parts = urlsplit(href)
    except ValueError:  # an unclosed IPv6 bracket
        return False
    if not parts.scheme and not parts.netloc:
        return bool(parts.path.strip())
    host = site_of(href)
    return (
        site is not None
        and host is not None
        and (host == site or host.endswith(f".{site}") or site.endswith(f".{host}"))
    )


def _path_of(href: str) -> str | None:
    """The path of the address ``href`` ("/news/pipes" of "https://x.example/news/pipes/?post=2#p2"), ``None``
    where it is no address."""
    try:
        return urlsplit(href.strip()).path.rstrip("/")
    except ValueError:  # an unclosed IPv6 bracket
        return None


def _is_link_box(element) -> bool:
    links = element.findall(".//a")
    if len(links) < _LINK_BOX_MIN_LINKS:
        return False
    return _words(element) - sum(_words(link) for link in links) <= _LINK_BOX_LABEL_WORDS


def _is_story_card(box, url: str | None, site: str | None) -> bool:
    """Whether ``box`` is a card of one other story of ``site``: every link in it leads to the same page of the
    site, not the page at ``url`` itself (a live blog's entry whose heading and "Link to this post" lead to
    the entry), and beside the linked headline it holds a label of at most :data:`_LINK_BOX_LABEL_WORDS` words
    ("İlgili Haber", "هەروەها بخوێنەوە:") or, the headline a heading's link and linked again, at most
    :data:`_STORY_CARD_WORDS` words (the story's summary and "Read more"). One link is no box of links, and
    the card had stayed a line of the story ("İlgili HaberMarmaray'da sefer sayısı artırıldı"). A linked
    sentence ("The full report is on the council's website.") is the story's, and so is a sentence with a link
    in it: a CMS that writes its paragraphs as ``<div>``s sets "He was <a>charged with murder</a> in March." as
    a box with a short label."""
    links = box.findall(".//a")
    if not links or len({link.get("href", "").strip() for link in links}) != 1:
        return False
    href = links[0].get("href", "")
    if not _links_within(href, site) or (url is not None and _path_of(href) == _path_of(url)):
        return False
    headline = max((link.text_content().strip() for link in links), key=len)
    if word_count(headline) < 2 or ends_sentence(headline) or ends_sentence(box.text_content().strip()):
        return False
    headed = any(
        heading.text_content().strip() == headline for heading in box.iter("h2", "h3", "h4", "h5", "h6")
    )
    unlinked = _words(box) - sum(_words(link) for link in links)
    # A heading's link alone over a short paragraph is as often an item of the story's own list (a guide's
    # "Harbour Cafe, Old Town" linked to the site's review of it): a card links its story twice ("Read more").
    return unlinked <= _LINK_BOX_LABEL_WORDS or (
        headed and len(links) > 1 and _words(box) <= _STORY_CARD_WORDS
    )


def drop_pulled_quotes(tree) -> None:
    """Remove pull quotes (an element whose class names one: ``pullquote``, ``pull-quote``,
    ``wp-block-pullquote``) whose words the page also has elsewhere: set off between paragraphs, they repeat a
    sentence of the article, which the summary then gave twice. One whose words are nowhere else is the
    article's own and stays."""
    body = tree.find("body")
    if body is None:
        return
    quotes = {
        value.getparent()
        for value in _attribute_searches()[0](body)
        if "ull" in value and _PULL_QUOTE_NAME.search(value)
    }
    # The outermost only: a quote's inner element ("pull-quote__text") is read with it.
    _drop_repeating(body, [q for q in quotes if not any(a in quotes for a in q.iterancestors())])
    _drop_unnamed_pull_quotes(_paragraphs_holder(body))


def _drop_unnamed_pull_quotes(holder) -> None:
    """Remove the quotations set off between the story's paragraphs in ``holder``, however named (Kakao
    Brunch's editor names its quotation styles by number), whose words are a part of a longer text of the
    story: a pull quote, which repeated a sentence of a letter the story quoted in full and was read twice.
    Not one whose words are a whole text of the story too: a post quoting the same tweet twice, its reader
    shown it twice."""
    quotes = [element for element in _paragraphs_and_between(holder) if element.tag == "blockquote"]
    if not quotes or len(quotes) > _MOST_PULL_QUOTES:
        return
    # The holder's texts read into their words once, and each quote looked for in them all at once: read
    # again and gone over for each quote, 50 quotes beside 1.8 MB of paragraphs had taken 2.6 s of the
    # extraction's 5 (hostile input, round 20). Joined by a character no word holds: no match spans two.
    texts = {
        element: [f" {' '.join(WORD_UNIT.findall(piece.casefold()))} " for piece in element.itertext()]
        for element in holder
    }
    every = [piece for pieces in texts.values() for piece in pieces]
    counted, joined = Counter(every), "\0".join(every)
    taken: list[str] = []  # the texts of the quotes taken out, no longer the story's
    for quote in quotes:
        words = " ".join(WORD_UNIT.findall(quote.text_content().casefold()))
        if len(words.split()) < _PULL_QUOTE_MIN_WORDS:
            continue
        needle, own = f" {words} ", [*texts[quote], *taken]
        if counted[needle] > own.count(needle):
            continue
        if joined.count(needle) > sum(piece.count(needle) for piece in own):
            quote.drop_tree()
            taken += texts[quote]


def _drop_repeating(body, quotes: list) -> None:
    """Remove those of ``quotes`` (pull quotes' elements in ``body``) whose words ``body`` also has elsewhere."""
    if not quotes:
        return
    # Each quote by its words (its longest text: the quote, not the name under it); the same quote set off
    # twice is looked for once.
    by_words: dict[str, list] = {}
    for quote in quotes:
        words = WORD_UNIT.findall(max(quote.itertext(), key=len, default="").casefold())
        if len(words) >= _PULL_QUOTE_MIN_WORDS:
            by_words.setdefault(f" {' '.join(words)} ", []).append(quote)
    if len(by_words) > _MOST_PULL_QUOTES:
        return
    # The texts parted by spaces: a paragraph ending "... to do." joined to the quote after it ("do.Kids")
    # made one word of the two, and the sentence the quote repeats was not found twice.
    page = f" {' '.join(WORD_UNIT.findall(' '.join(body.itertext()).casefold()))} "
    for words, same in by_words.items():
        # Found twice, the two finds may share the space between them: a quote set right after the
        # paragraph that ends on its sentence (str.count, counting apart, found it once). No more than that
        # space: a refrain's quote ("save our harbour, save our harbour, save our harbour") after a paragraph
        # ending on its first words was found twice in itself and the paragraph's end.
        if (first := page.find(words)) >= 0 and page.find(words, first + len(words) - 1) >= 0:
            for quote in same:
                quote.drop_tree()


def drop_taxonomy_lines(tree) -> None:
    """Remove each line that is a label and links to the site's own taxonomy pages alone: "テーマ：旅行" over
    an Ameba blog's post, "Category: News", "Tags: a, b". Between the headline and the story, beside its
    date, trafilatura kept it as the story's first line (the date went). A line is an element whose own text
    is a label of at most :data:`_TAXONOMY_LABEL_WORDS` words closed by a colon, whose children are links
    only (commas, slashes and the like between them), each to a page of tags, categories, themes or topics
    (:data:`_TAXONOMY_HREF`): a story's sentence, a byline's "By: <a href='/author/...'>" and a "Read more:"
    link to a story are none."""
    body = tree.find("body")
    if body is None:
        return
    for line in [element for element in body.iter() if len(element) and element.text]:
        label = line.text.strip()
        if (
            label.endswith((":", "："))
            and len(label.split()) <= _TAXONOMY_LABEL_WORDS
            and all(
                child.tag == "a"
                and _TAXONOMY_HREF.search(child.get("href") or "")
                and len(child.text_content().split()) <= _TAXONOMY_NAME_WORDS
                and not (child.tail or "").strip(_TAXONOMY_SEPARATORS)
                for child in line
            )
        ):
            line.drop_tree()


def drop_tweet_boxes(tree) -> None:
    """Remove each click-to-tweet box: a ``div``, ``span``, ``aside`` or ``blockquote`` of at most
    :data:`_TWEET_BOX_WORDS` words and at most one paragraph whose links all open a post on X for the reader to
    send (:data:`_TWEET_INTENT_HREF`; WordPress's Better Click To Tweet, a site's "Tweet this" box). Its
    sentence is the story's said again, shorter, and it had stayed with its "Tweet this" under it between two
    paragraphs, where readability's text dropped it. A paragraph linking one stays: its sentence is the story's."""
    body = tree.find("body")
    if body is None:
        return
    # The first links alone, each box asked once: a box's text is read for each link asked.
    # A link inside a paragraph is a word of the story's sentence ("to <a>post it with #swiftwatch</a>"),
    # whether or not the paragraph has a <div> of its own.
    links = [
        a
        for a in body.xpath(".//a[contains(@href, '/intent/') and not(ancestor::p)]")
        if _TWEET_INTENT_HREF.match(a.get("href") or "")
    ]
    asked: set = set()
    for link in links[:_TWEET_LINKS_READ]:
        box = next(
            (
                ancestor
                for ancestor in link.iterancestors()
                if ancestor.tag in ("div", "span", "aside", "blockquote")
            ),
            None,
        )
        if box is None or box in asked:
            continue
        asked.add(box)
        if (
            box.getparent() is not None
            and (text := _short_text(box, _TWEET_BOX_CHARS)) is not None
            and len(text.split()) <= _TWEET_BOX_WORDS
            and not any(ancestor.tag == "p" for ancestor in box.iterancestors())
            and len(box.xpath(".//p")) <= 1
            # A box's quote is an element of its own; words the box holds itself are a sentence written in it.
            and not _holds_loose_text(box)
            and all(_TWEET_INTENT_HREF.match(a.get("href") or "") for a in box.iter("a"))
        ):
            box.drop_tree()


# The social networks a thread reader or a page of posts links the original on, by the link's host, each
# with the names its link's words call it by; and the parts of a path that open a post there.
_POST_NETWORKS = {
    "bsky.app": ("bluesky",),
    "twitter.com": ("twitter", "x"),
    "x.com": ("twitter", "x"),
    "threads.net": ("threads",),
    "www.threads.net": ("threads",),
    "threads.com": ("threads",),
    "www.threads.com": ("threads",),
    "t.me": ("telegram",),
}
_POST_PATH_PARTS = ("/post/", "/status/")
# A post on a Mastodon server, any server's host: its account's handle and its number ("/@kim/1123...").
_MASTODON_POST_PATH = re.compile(r"/@[\w.]++/\d++/?+")
# An account's full handle on its server ("@kim@mastodon.social"), the words a thread reader may link a
# Mastodon post by in place of the network's name.
_FEDIVERSE_HANDLE = re.compile(r"@[\w.]++@[\w-]++(?:\.[\w-]++)++")
# The most words beside the link on its line: a date and its separator ("· 2024년 5월 24일", "· May 24, 2024").
_POST_SOURCE_DATE_WORDS = 5
# The most letters of a date's joining word beside its figures and its month ("24 de mayo de 2024", "at").
_DATE_JOINING_LETTERS = 3
# An English weekday's name, a date's word before its month ("Fri, May 24, 2024").
_WEEKDAY_NAME = re.compile(WEEKDAY)


# A photo's caption written as a bare <div> under it: a sentence of at most these words.
_BARE_CAPTION_WORDS = 25
# The story's first paragraph under it runs at least this many times its words: a poem's lines run alike.
_BARE_CAPTION_STORY_TIMES = 2


def drop_bare_captions(tree) -> None:
    """Remove a photo's caption written as a bare ``<div>`` (no class, no block inside) right under the
    ``<div>`` or ``<p>`` that holds the photo alone, where the story's paragraphs follow it as bare ``<div>``s
    too: "<div><img></div><div>Workers on the bridge</div><div>The council voted ...</div>", whose caption
    had opened the text. The caption is a line of two to :data:`_BARE_CAPTION_WORDS` words that ends no
    sentence and is neither bold, in capitals nor numbered, the ``<div>`` after it ending a sentence and at
    least :data:`_BARE_CAPTION_STORY_TIMES` times as long; a photo essay's captions
    (a photo after each) and a first paragraph longer than the one after it stay. A caption that closes on a
    stop ("La piazza durante la sagra.") stays too: in this markup it reads as a brief's or a press release's
    one-sentence lede ("Police are searching for a man who robbed a bank on Monday."), which had gone."""
    # Each holder asked once: a block of thousands of photos and no text had been read once for each.
    # A holder of the photo alone: a few elements at most, read no further.
    holders = dict.fromkeys(_photo_holder(image) for image in tree.iter("img"))
    for holder in holders:
        # The photo over the story's first line: under a photo further down, a short line ending no sentence
        # is as often the story's subheading ("What happens next").
        if (
            holder is None
            or holder.getprevious() is not None
            or (holder.getparent() is not None and (holder.getparent().text or "").strip())
            or sum(1 for _ in islice(holder.iter(), 4)) > 3
            or holder.text_content().strip()
        ):
            continue
        caption = holder.getnext()
        story = caption.getnext() if caption is not None else None
        if (
            story is None
            or not _is_classless_text_div(caption)
            or not _is_classless_text_div(story)
            or (holder.tail or "").strip()
            or (caption.tail or "").strip()
        ):
            continue
        text, after = " ".join(caption.text_content().split()), " ".join(story.text_content().split())
        words = word_count(text)
        # Not a dateline or a kicker ("LONDON", "WASHINGTON —"), a poem's first line over its second, nor a
        # club's score or fixture ("U12s 3 Harford Rovers 1"), each the story's own first line.
        if (
            1 < words <= _BARE_CAPTION_WORDS
            and not ends_sentence(text)
            and not text.isupper()
            and not any(character.isdigit() for character in text)
            and word_count(after) >= _BARE_CAPTION_STORY_TIMES * words
            and ends_sentence(after)
            and not _CAPTION_INNER_STOP.search(text)
            and not text.endswith(":")
            and not _is_bold_line(caption)
        ):
            caption.drop_tree()


def _photo_holder(image):
    """The block that holds ``image``, past the links and spans around it."""
    holder = image.getparent()
    while holder is not None and holder.tag in ("a", "span", "picture"):
        holder = holder.getparent()
    return holder if holder is not None and holder.tag in ("div", "p") else None


# Blocks and photos a caption's <div> holds none of.
_CAPTION_BLOCKS = (
    "div",
    "p",
    "ul",
    "ol",
    "table",
    "figure",
    "img",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
)
# A stop inside a line with more after it: two sentences, a paragraph rather than a caption.
_CAPTION_INNER_STOP = re.compile(r"[.!?。！？][\"'”’»)]?\s++\S")


def _is_bold_line(element) -> bool:
    """Whether ``element``'s text is all in one ``<b>`` or ``<strong>``: a subheading's, which a story in bare
    ``<div>``s sets under a photo as a caption would stand."""
    return (
        len(element) == 1
        and element[0].tag in ("b", "strong")
        and not (element.text or "").strip()
        and not (element[0].tail or "").strip()
    )


def _is_classless_text_div(element) -> bool:
    """Whether ``element`` is a ``<div>`` without class or id holding text and inline markup alone."""
    return (
        element.tag == "div"
        and not element.get("class")
        and not element.get("id")
        and next(element.iterdescendants(*_CAPTION_BLOCKS), None) is None
        and bool(element.text_content().strip())
    )


def drop_post_source_lines(tree) -> None:
    """Remove each line that is a link to a post on a social network (:data:`_POST_NETWORKS`) whose words
    name the network, alone or beside its date: a thread reader's "Bluesky에서 스레드 보기 · 2024년 5월 24일"
    (see the thread on Bluesky) or "View thread on X · May 24, 2024" under the posts, which had been the
    thread's last line. An embedded post's own attribution links its date, not the network's name, and a
    sentence that names the network ("The mayor's <a>post on Bluesky</a> drew 2,000 replies.") ends on its
    stop or runs longer. The line opens on the link: a credit that names the network as a claim's source
    ("Quelle: <a>Telegram</a> 24.05.2024", "Source: <a>X</a>, May 24") tells a reader where it came from.
    A line or an embed's blockquote of a post's bare address, linked, goes too (:func:`_is_own_address`)."""
    # Each paragraph's text read once, for all its links' spans (see _set_in_a_sentence): read for each, a
    # paragraph of a thousand linked handles had cost a thousand readings of it, seconds past the deadline
    # on a page of forty. A line that goes takes its own words alone from a paragraph's text, never its
    # end, which the sentence's test reads.
    blocks: dict[object, str] = {}
    for link in tree.xpath(
        "//a[contains(@href, '/post/') or contains(@href, '/status/') or contains(@href, 't.me/')"
        " or contains(@href, '/@')]"
    ):
        line = link.getparent()
        # A line of two links or more stays, asked first: its text had been read once for each of its links.
        if (
            line is None
            or line.tag not in ("p", "div", "span", "li", "blockquote")
            or not _links_a_network_post(link)
            or sum(1 for _ in islice(line.iter("a"), 2)) != 1
            or _set_in_a_sentence(line, blocks)
        ):
            continue
        text, named = " ".join(line.text_content().split()), " ".join(link.text_content().split())
        rest = text.replace(named, " ", 1).strip(" ·|–—-,").split()
        if (
            text.startswith(named)
            and not ends_sentence(text)
            and (not rest or (len(rest) <= _POST_SOURCE_DATE_WORDS and any(map(str.isdigit, "".join(rest)))))
            and all(map(_dates_a_post, rest))
        ):
            line.drop_tree()


# The tags a sentence's words run through within its paragraph, which a link's span may sit in.
_PHRASE_TAGS = frozenset(("span", "em", "strong", "b", "i", "small"))


def _set_in_a_sentence(line, blocks: dict[object, str]) -> bool:
    """Whether ``line``, a span, sits within a paragraph's sentence that goes on around it ("A transit
    blogger, <span><a>@kim@mastodon.social</a></span>, wrote ...", "posted the plan (<span><a>t.me/council/812
    </a></span>) on ..."): the handle or the address is a word of the sentence, which had lost it.
    ``blocks`` holds the paragraphs' texts read so far, by paragraph."""
    if line.tag != "span":
        return False
    text = " ".join(line.text_content().split())
    block = line.getparent()
    while block is not None and block.tag in _PHRASE_TAGS:
        block = block.getparent()
    if block is None:
        return False
    if (around := blocks.get(block)) is None:
        around = blocks[block] = " ".join(block.text_content().split())
    return around != text and ends_sentence(around)


def _dates_a_post(word: str) -> bool:
    """Whether ``word``, beside a post's link on its line, is a word of the post's date: a figure, a month's
    or a weekday's name, or a joining word ("24 de mayo de 2024", "Fri, May 24, 2024 at 10:00"). A list's
    line or a caption that goes on after the link with no stop ("<a>@kim@mastodon.social</a> said 2 servers
    were down") says something of the post, which the reader keeps."""
    folded = word.strip(".,()").casefold()
    return (
        any(map(str.isdigit, word))
        or len(folded) <= _DATE_JOINING_LETTERS
        or folded in MONTH_NAME_WORDS
        or _WEEKDAY_NAME.fullmatch(folded) is not None
    )


def _links_a_network_post(link) -> bool:
    """Whether ``link`` opens a post on a social network (:data:`_POST_NETWORKS`) and its words name it, or a
    post on a Mastodon server (:data:`_MASTODON_POST_PATH`), whose host is any server's, and its words name
    Mastodon or are the account's full handle ("@kim@mastodon.social")."""
    address = urlsplit(link.get("href") or "")
    names = _POST_NETWORKS.get(address.netloc.lower())
    if names is None:
        if _MASTODON_POST_PATH.fullmatch(address.path) is None:
            return False
        words = " ".join(link.text_content().split())
        return "mastodon" in words.casefold() or _FEDIVERSE_HANDLE.fullmatch(words) is not None
    # A Telegram post's path is its channel and its number ("/kyivindependent/1234").
    post = address.path.rstrip("/").rpartition("/")[2].isdigit() if names == ("telegram",) else False
    if not post and not any(part in address.path for part in _POST_PATH_PARTS):
        return False
    words = link.text_content().casefold()
    return any(
        name in words if len(name) > 1 else name in words.split() for name in names
    ) or _is_own_address(words, address)


def _is_own_address(words: str, address) -> bool:
    """Whether a link's casefolded ``words`` are its split ``address`` itself, its scheme and "www." left out
    or not ("t.me/kyivnews/1234", "https://twitter.com/jane/status/1"): an embedded post's box before its
    script runs, which a page of many had made read as a list of links (NoArticleFound)."""
    bare = words.strip().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
    return bare == f"{address.netloc.casefold().removeprefix('www.')}{address.path.casefold()}".rstrip("/")


def _holds_loose_text(element) -> bool:
    """Whether ``element`` holds words of its own: its text, or a child's tail."""
    return bool((element.text or "").strip()) or any((child.tail or "").strip() for child in element)


def drop_teaser_components(tree, url: str | None) -> None:
    """Remove Adobe Experience Manager's teasers (its Core Components' ``cmp-teaser``): each a card of another
    page, its title linked and a line describing it, set in the grid's columns as the story's text components
    are, so that a council's "Related news" cards under a story had been its last lines (neither extractor
    knows the name). Not a teaser whose every link leads to the page at ``url`` itself, or that holds no link:
    a hero banner of the page's own title and summary."""
    own = _path_of(url) if url else None
    body = tree.find("body")
    if body is None:
        return
    teasers = body.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' cmp-teaser ')]")
    if not teasers:
        return
    # Nor a teaser that is the page's own header or story (a hero teaser of the headline and the standfirst
    # over a button to another page, a story set in the component): its heading is the page's headline, or
    # it holds half the page's words.
    headlines = {" ".join(h1.text_content().split()) for h1 in body.iter("h1")} - {""}
    words = _words(body)
    # Nor one set between the story's text components: a card the story points its reader to ("Apply for a
    # grant", "Engineers' report (PDF)" and the finding it tells), whose line had been the story's own.
    order = {element: index for index, element in enumerate(body.iter())}
    texts = body.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' cmp-text ')]")
    story_end = max((order[text] for text in texts), default=-1)
    for teaser in teasers:
        if (
            order[teaser] > story_end
            and any(_path_of(link.get("href", "")) not in (None, "", own) for link in teaser.iter("a"))
            and not any(
                " ".join(heading.text_content().split()) in headlines
                for heading in teaser.iter("h1", "h2", "h3", "h4", "h5", "h6")
            )
            and 2 * _words(teaser) < words
        ):
            teaser.drop_tree()


# uCoz's comments under a site's news or blog entry: ``div#allEntries`` holding each in a ``div#comEntN`` (its
# number, name and date in ``td.cTop``, its words in ``td.cMessage``), in tables trafilatura reads as the
# story's rows ("| Дякуємо депутатам ... |"), no class naming them comments.
_UCOZ_COMMENTS = ".//div[@id = 'allEntries'][div[starts-with(@id, 'comEnt')]]"


# The words a class or id names a section of readers' comments by in languages whose word holds no "comment",
# which trafilatura's own names do not reach: Indonesian and Malay "komentar" (on their pages only,
# :data:`_KOMENTAR_LANGUAGES`), Polish "komentarze", Czech and
# Slovak "komentare", Croatian and Serbian "komentari", German "kommentare", Scandinavian "kommentarer",
# Spanish and Portuguese "comentarios", Dutch "reacties", Turkish "yorumlar". Plurals, or a word of their
# own: German "kommentar" alone is an opinion piece, a story.
_COMMENT_SECTION_NAMES = frozenset(
    (
        "komentarze",
        "komentare",
        "komentari",
        "kommentare",
        "kommentarer",
        "comentarios",
        "reacties",
        "yorumlar",
    )
)
# The languages whose "komentar" is readers' comments (Indonesian and Malay, where it is its own plural): in
# Czech, Slovak, Slovene and Croatian it is one commentary, a box of the story's (Czech "Komentář" over an
# editor's view).
_KOMENTAR_LANGUAGES = frozenset(("id", "ms"))


def drop_reply_sections(tree) -> None:
    """Remove the sections of other readers' replies under a post (:data:`_REPLY_SECTION_TAGS` whose class or
    id names them, :func:`_names_replies`: ``section.replies``, ``replies-wrapper``, ``post-replies``; uCoz's
    comments, :data:`_UCOZ_COMMENTS`; comments named in another language, :data:`_COMMENT_SECTION_NAMES`, as
    Kompasiana's ``div.komentar`` under an article): trafilatura drops the sections it
    knows by "comment", but a thread reader's "답글" (replies) under an unrolled Bluesky thread, another account's
    words, had become the thread's last post. Not one that holds the page's ``<h1>`` or half its words or more:
    there the replies' name is the page's own frame (a forum whose post is among them)."""
    body = tree.find("body")
    if body is None:
        return
    language = (tree.getroottree().getroot().get("lang") or "").split("-")[0].lower()
    found = [
        element
        for element in body.xpath(
            ".//*[contains(@class, 'replies') or contains(@id, 'replies') or contains(@class, 'omentar')"
            " or contains(@id, 'omentar') or contains(@class, 'reacties') or contains(@class, 'yorumlar')]"
        )
        if element.tag in _REPLY_SECTION_TAGS
        and any(
            _names_replies(name)
            or name.casefold() in _COMMENT_SECTION_NAMES
            or (name.casefold() == "komentar" and language in _KOMENTAR_LANGUAGES)
            for value in (element.get("class"), element.get("id"))
            if value
            for name in value.split()
        )
    ] + body.xpath(_UCOZ_COMMENTS)
    if not found:
        return
    words, named = _words(body), set(found)
    # The outermost only: each is read once, however many nested in it are named so too.
    for element in found:
        if any(ancestor in named for ancestor in element.iterancestors()):
            continue
        if element.find(".//h1") is None and 2 * _words(element) < words:
            element.drop_tree()


def _names_replies(name: str) -> bool:
    """Whether the class or id ``name`` names a section of replies: "replies" its first word ("replies",
    "replies-wrapper") or after a post's word ("post-replies", BEM's "thread__replies"). Not a state of a post
    ("has-replies", "no-replies", the class of the post itself) nor another's replies ("expert-replies", an
    advice column's answers, the story)."""
    words = name.replace("_", "-").split("-")
    words = [word for word in words if word]
    if "replies" not in words:
        return False
    index = words.index("replies")
    return index == 0 or words[index - 1] in _REPLIES_OF


def drop_callout_titles(tree) -> None:
    """Remove a callout's title where it is a label (:data:`_CALLOUT_TITLE_CLASSES`), the callout's kind its
    class names too (:func:`_names_callout_kind`), text after it in its callout: VitePress's "TIP" and "WARNING"
    over a release post's advice had each been a line of the post. A title written for its callout stays
    (Material for MkDocs' "Interactive Editor" over a ``div.admonition.tip``, a line of readability-testpages'
    gold), and so does a callout's only text."""
    body = tree.find("body")
    if body is None:
        return
    # Each class named ends so: the page's other paragraphs are not split into classes.
    for title in body.xpath(".//p[contains(@class, '-title')]"):
        if (
            not _CALLOUT_TITLE_CLASSES.isdisjoint((title.get("class") or "").split())
            and (callout := title.getparent()) is not None
            and _names_callout_kind(title.text_content(), callout.get("class") or "")
            and title.getnext() is not None
            and title.getnext().text_content().strip()
        ):
            title.drop_tree()


def _names_callout_kind(title: str, classes: str) -> bool:
    """Whether ``title`` is one word that a class of its callout names too ("WARNING" of ``div.warning``,
    "Note" of ``div.markdown-alert-note``): the callout's kind, a label."""
    word = title.strip().casefold()
    return (
        bool(word)
        and " " not in word
        and any(name == word or name.endswith(f"-{word}") for name in classes.casefold().split())
    )


def drop_repeated_labels(tree) -> None:
    """Remove the labels a page repeats between the story's parts (:data:`_REPEATED_LABEL_TAGS`): Postmedia
    writes "Article content" under each advert inside the story, and trafilatura kept each as a line of the
    article (an advert's own label, "Advertisement 2", goes by its name). Only an element with no child
    element is read (a heading, a list's item or a paragraph's bold lead-in, "<p><b>Q:</b> ...", is none),
    and only where each of its copies comes just after an advert's slot."""
    body = tree.find("body")
    if body is None:
        return
    low, high = _REPEATED_LABEL_WORDS
    by_text: dict[str, list] = {}
    for element in body.iter(_REPEATED_LABEL_TAGS):
        if len(element) or not element.text:
            continue
        text = " ".join(element.text.split())
        if (
            low <= text.count(" ") + 1 <= high
            and not text.endswith(_REPEATED_LABEL_ENDINGS)
            and not any(character.isdigit() for character in text)
        ):
            by_text.setdefault(text.casefold(), []).append(element)
    for same in by_text.values():
        if len(same) >= _REPEATED_LABEL_MIN and all(_follows_advert(label) for label in same):
            for label in same:
                label.drop_tree()


def _follows_advert(element) -> bool:
    """Whether the element just before ``element`` (or before its parent, where it is its parent's first)
    is an advert's slot by its class or id."""
    before = element.getprevious()
    if before is None and (parent := element.getparent()) is not None:
        before = parent.getprevious()
    if before is None or not isinstance(before.tag, str):
        return False
    return bool(_AD_NAME.search(f"{before.get('class', '')} {before.get('id', '')}"))


def unmark_entries(tree) -> None:
    """Make ``<article>`` elements that stand side by side, none holding a headline (``<h1>``), plain
    ``<div>``s: they are a live blog's entries or a list's story cards, parts of the page rather than its
    article. trafilatura takes the first ``<article>`` for the article: a live blog's first entry, too
    short for one, came out on its own above the headline (and was then cut off with it). Cards nested in
    an ``<article>`` stay."""
    # Those in another <article> stay: related stories' cards inside it, which trafilatura leaves out as
    # they are.
    parents = {
        article.getparent()
        for article in tree.iter("article")
        if not any(ancestor.tag == "article" for ancestor in article.iterancestors())
    }
    for parent in parents:
        if parent is None:
            continue
        siblings = parent.findall("article")
        if len(siblings) > 1 and not any(article.find(".//h1") is not None for article in siblings):
            for article in siblings:
                article.tag = "div"


def number_headings(tree) -> None:
    """Put a listicle's number into the heading it stands before, set in an element of its own (IDN Times'
    cards: ``<span class="card-number">1.</span><h2>Tarif maksimal naik ...</h2>``): alone on its line, the
    number went as a stray figure, and the list's items lost their order. A number of at most
    :data:`_HEADING_NUMBER_DIGITS` digits, a full stop or a parenthesis after it or not, its element holding
    nothing else, right before an ``<h2>`` to ``<h6>`` that opens on no figure, and one of a run: the number
    next to it (one less or one more) stands so before another heading. A number alone before a heading is a
    count or a reading time ("5" over "What the plan means for tenants"), no rank."""
    numbered = []
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6"):
        number = heading.getprevious()
        if number is None or not isinstance(number.tag, str) or len(number) or (number.tail or "").strip():
            continue
        mark = (number.text or "").strip()
        digits = mark[:-1] if mark[-1:] in ".)" else mark
        opening = (heading.text or "").lstrip()
        if (
            0 < len(digits) <= _HEADING_NUMBER_DIGITS
            and digits.isascii()
            and digits.isdigit()
            and opening
            and not opening[0].isdigit()
        ):
            numbered.append((int(digits), mark, number, heading))
    ranks = {rank for rank, *_ in numbered}
    for rank, mark, number, heading in numbered:
        if rank - 1 in ranks or rank + 1 in ranks:
            heading.text = f"{mark} {(heading.text or '').lstrip()}"
            number.drop_tree()


def _is_set_off(quotation) -> bool:
    """Whether the ``<q>`` ``quotation`` stands by itself among its parent's blocks: no sentence's words on
    either side of it, nor an inline element. A CMS that writes its text straight into a ``<div>`` ("The mayor
    said <q>we will rebuild the wall</q>, adding ...") quotes inside the div's sentences, and the quote whose
    words the headline repeats had gone from its sentence."""
    parent, previous, following = quotation.getparent(), quotation.getprevious(), quotation.getnext()
    before = parent.text if previous is None else previous.tail
    return (
        parent.tag in _BLOCK_PARENTS
        and not (before or "").strip()
        and not (quotation.tail or "").strip()
        and all(neighbour is None or neighbour.tag in _BLOCKS for neighbour in (previous, following))
    )


def quote_inline_quotations(tree) -> None:
    """Write each ``<q>``'s quotation marks, which a browser's style sets around it, into its text, and unwrap
    it: trafilatura took ``<q>`` for a block quotation and parted its sentence there, the marks lost ("He
    asked Is it over?" and a paragraph "and left the room ...", a summary sentence's fragment). One set off
    among blocks that repeats the page's words goes, a pull quote. Not around
    a quotation that types its own marks (:data:`_QUOTATION_OPENINGS`). The marks are the language's in
    effect at the ``<q>`` (:func:`_quotation_marks`): a German page's had read “…” where a browser shows „…“.
    The same marks at every depth: a ``<q>`` inside another is rare, and telling its depth reads each
    one's ancestors."""

    quotations = list(tree.iter("q"))
    if not quotations:  # nearly every page: the tree is read once, in C
        return
    # A <q> is a quotation inside a sentence; one standing by itself among a body's blocks is set off, as
    # Vox Media's pages set a pull quote off (<q class="right">, named for no pull quote): one repeating
    # the page's words elsewhere is a pull quote, and goes as those named so go (drop_pulled_quotes).
    body = tree.find("body")
    if body is not None:
        _drop_repeating(body, [q for q in quotations if _is_set_off(q)])
    for quotation in quotations:
        if quotation.getparent() is None:  # a pull quote, dropped
            continue
        # A page that types the marks inside it sets its style's quotes to none: the marks are there once.
        if (quotation.text or "").lstrip()[:1] in _QUOTATION_OPENINGS:
            continue
        opening, closing = _quotation_marks(quotation)
        quotation.text = opening + (quotation.text or "")
        if len(quotation):
            last = quotation[-1]
            last.tail = (last.tail or "") + closing
        else:
            quotation.text += closing
    # Unwrapped where each quotation's text goes, beside the text around it (a climb of at most MAX_DEPTH
    # levels: deeper ones have lost their tags).
    holders = {next((a for a in quotation.iterancestors() if a.tag != "q"), None) for quotation in quotations}
    for holder in holders - {None}:
        unwrap_elements(holder, lambda node: node.tag == "q")


def _quotation_marks(quotation) -> tuple[str, str]:
    """The opening and closing marks a browser shows around ``quotation``: those of the language its
    nearest ``lang`` names (its own, a paragraph's, the page's ``<html lang>``), by the full tag
    ("zh-Hant", "pt-PT"), its first two subtags ("zh-Hant-TW") or its language ("de-AT" as "de")."""
    for element in (quotation, *quotation.iterancestors()):
        tag = element.get("lang")
        if tag is not None:
            # Three subtags at most: a page's lang of thousands of them is read no further.
            subtags = tag.strip().lower().replace("_", "-").split("-", 3)[:3]
            for size in range(len(subtags), 0, -1):
                if marks := _QUOTATION_MARKS.get("-".join(subtags[:size])):
                    return marks
            return _DEFAULT_QUOTATION_MARKS
    return _DEFAULT_QUOTATION_MARKS


def join_drop_caps(tree) -> None:
    """Join a drop cap to the rest of its word: the first letter of a paragraph set in an element of its own
    ("<span class="dropcap">T</span>he county ..."), which the page's style floats beside the rest, shown
    as one word. With spaces inside the element ("<span class="dropcap">\\n T\\n</span>he") or the element a
    block ("<div class="first-letter">T</div>he"), the extractors gave "T he county" and "T" over a
    paragraph of "he county". Known by its shape, not its class: an element holding one capital letter and
    nothing else (or an opening quotation mark, with the letter or alone), nothing shown before it in its
    paragraph but an opening quotation mark, the word going on right after it in a letter or an apostrophe
    ("I’m", "O’Brien"). A letter with a space after it ("<b>A</b> new law", "<span>W</span> ASHINGTON") is
    joined only where the page's words show it is no word: the letter stands as a word nowhere else on the
    page, and the word it would make is one of the page's words or the rest of it is none ("T he" is "The",
    "W ASHINGTON" "WASHINGTON"; "A new" stays on a page where "a" is a word, "I am" where "am" is one of the
    language's common words, by the page's ``lang``), and so is one before an apostrophe ("I ’m"). One typed
    with its space inside the element, none before it ("<strong>A </strong>new law", "<b>O </b>governo"), is
    a word, where a template's line breaks surround the letter."""
    page_words: Counter[str] | None = None
    common: frozenset[str] = frozenset()
    for text in _drop_cap_search()(tree):
        mark = text.strip()
        letter = mark[-1:]
        if (
            text.is_tail
            or (mark[:-1] and mark[:-1] not in _OPENING_QUOTES)
            or not ((letter.isalpha() and letter.isupper()) or letter in _OPENING_QUOTES)
            or (text[-1:].isspace() and not text[:1].isspace())
        ):
            continue
        cap = text.getparent()
        if len(cap):
            continue  # the letter opens an element that goes on ('"<i>Prefer</i> not"'): no drop cap's
        # The letter may be wrapped twice ("<span class="dropcap"><span>T</span></span>he"). Its parent's
        # only child, told by its neighbours: len() counts the children, and for each of a <div>'s 20,000
        # one-letter <address>es it took 2.6 s.
        while (
            not cap.tail
            and (parent := cap.getparent()) is not None
            and cap.getprevious() is None
            and cap.getnext() is None
        ):
            if parent.tag in _BLOCKS or (parent.text or "").strip():
                break
            cap = parent
        rest = cap.tail or ""
        if rest[:1].isspace():
            rest = rest.lstrip()
            # No word opens on an apostrophe after a space: "I ’m" is "I’m".
            if letter.isalpha() and not (rest[:1] in "'’" and rest[1:2].isalpha()):
                if page_words is None:
                    page_words = _page_words(tree)
                    language = (tree.getroottree().getroot().get("lang") or "").split("-")[0].lower()
                    common = stopwords(language or "en")
                if not _splits_a_word(letter, rest, page_words, common):
                    continue
        if not (rest[:1].isalpha() or (letter.isalpha() and rest[:1] in "'’" and rest[1:2].isalpha())):
            continue
        if not _opens_its_paragraph(cap):
            continue
        parent, previous = cap.getparent(), cap.getprevious()
        # What stands before it in its parent is white space or an opening quotation mark
        # (_opens_its_paragraph): the word replaces the space.
        if previous is None:
            parent.text = (parent.text or "").strip() + mark + rest
        else:
            previous.tail = (previous.tail or "").strip() + mark + rest
        parent.remove(cap)


def _page_words(tree) -> Counter[str]:
    """How often each word (lower-cased) stands in the page's shown text, outside the texts a drop cap's
    search finds (a lone letter, the drop caps themselves)."""
    return Counter(
        word for text in _shown_text_search()(tree) if len(text.strip()) > 2 for word in word_tokens(text)
    )


# Common words the pronoun "I" never stands before, which make a word with it: "Ian", "Ion", "Ill", "Its".
_NEVER_AFTER_THE_PRONOUN = frozenset({"an", "on", "ll", "ts"})
# Verbs of a third person's, which never follow the pronoun "I" and the word after it: "I ran has rejected
# the deal" is Iran's news, not the writer's, where the page writes "Iran" nowhere else. A word after a drop
# cap opens its paragraph, so no "What I said was ..." puts "I" and its verb before one of them.
_THIRD_PERSON_VERBS = frozenset({"has", "is", "was", "says", "said"})
_THIRD_PERSON_VERB_CHARACTERS = 6


def _splits_a_word(letter: str, rest: str, page_words: Counter[str], common: frozenset[str]) -> bool:
    """Whether a capital ``letter`` with a space before ``rest`` is a drop cap parted from its word rather than
    a word of one letter, by the page's words: the letter is no word anywhere else on it, and the word it
    makes with the rest ("the") is one, or the rest ("ashington") stands nowhere but here and is none of the
    language's ``common`` words: "I am" opening an essay whose writer says "I" nowhere else had come out
    "Iam"."""
    following = "".join(takewhile(str.isalpha, rest)).lower()
    return (
        bool(following)
        and not page_words[letter.lower()]
        and (
            bool(page_words[letter.lower() + following])
            # A letter alone ("I t") is no word the language writes after another: the lists hold "t" for
            # "don t". Only the pronoun "I" is a word of one letter before a common word ("I am"): "E very",
            # "F our", "S even", "M any" are parted words, and so are "I an Smith", "I ll health" and
            # "I ran's president", which the pronoun never stands before.
            or (
                page_words[following] <= 1
                and (
                    len(following) == 1
                    or letter != "I"
                    or following not in common
                    or following in _NEVER_AFTER_THE_PRONOUN
                    or rest[len(following) : len(following) + 2] in ("'s", "’s")
                    or _third_person_verb_at(rest, len(following))
                )
            )
        )
    )


def _third_person_verb_at(text: str, start: int) -> bool:
    """Whether a space and one of :data:`_THIRD_PERSON_VERBS` stand at ``start`` in ``text`` (read in a few
    characters, however long the paragraph)."""
    after = text[start : start + _THIRD_PERSON_VERB_CHARACTERS + 1]
    return after[:1] == " " and after.split(None, 1)[0].lower() in _THIRD_PERSON_VERBS


def _opens_its_paragraph(element) -> bool:
    """Whether ``element`` opens a paragraph: it is a block, which the text after it goes on from, or nothing
    is shown before it in the block it stands in (an anchor without text or an image may be) but an opening
    quotation mark."""
    node = element
    while node.tag not in _BLOCKS and (parent := node.getparent()) is not None:
        if _shows_text(parent.text) or any(
            _shows_text(sibling.tail) or (isinstance(sibling.tag, str) and sibling.xpath("normalize-space()"))
            for sibling in node.itersiblings(preceding=True)
        ):
            return False
        node = parent
    return True


def _shows_text(text: str | None) -> bool:
    """Whether ``text`` shows more than white space and opening quotation marks."""
    return bool((text or "").strip().strip(_OPENING_QUOTES))


@cache
def _drop_cap_search():
    from lxml import etree

    # In C, the test of each text's length spares Python nearly every text of the page: one character, or
    # two opening on a quotation mark ("“T").
    return etree.XPath(
        "//text()[string-length(normalize-space()) = 1 or (string-length(normalize-space()) = 2"
        f" and contains('{_OPENING_QUOTES}', substring(normalize-space(), 1, 1)))]"
    )


@cache
def _shown_text_search():
    from lxml import etree

    return etree.XPath(_SHOWN_TEXTS)


def wrap_loose_text(tree) -> None:
    """Give text that stands loose in a container beside block elements (after a photo's frame, between
    two paragraphs) a paragraph of its own, with the inline elements (links, emphasis) that follow it up
    to the next block, as readability.js does with a ``<div>``'s runs of phrasing content: trafilatura
    leaves such text out (a paragraph of the article after a photo, on pages of Yahoo and ScrapingHub's)."""
    for text in [text for search in _loose_text_searches() for text in search(tree)]:
        owner = text.getparent()
        if text.is_tail:
            if owner.tag not in _BLOCKS:
                continue  # text after a link or emphasis: inline with what precedes it
            inline = _inline_run(owner.itersiblings())
            owner.tail = None
            paragraph = owner.makeelement("p", {})
            owner.addnext(paragraph)
        else:
            # The container's own text, before its first child: loose only beside a block element.
            if not any(child.tag in _BLOCKS for child in owner if isinstance(child.tag, str)):
                continue
            inline = _inline_run(iter(owner))
            owner.text = None
            paragraph = owner.makeelement("p", {})
            owner.insert(0, paragraph)
        paragraph.text = str(text)
        paragraph.extend(inline)  # moved, each with the text after it


def wrap_br_text(tree) -> None:
    """Give a ``<div>`` whose text is written with ``<br>`` alone (paragraphs parted by two of them, no block
    element in it: a Seesaa or Movable Type blog's ``div.text``) one paragraph around it all. trafilatura adds
    the page's other blocks after such a frame, and readability, asked where trafilatura's text is short,
    scores paragraphs and, finding none in it, took the entry's whole frame: a short Japanese entry had come
    through followed by its date header, its headline and its "posted by ... at 21:08| Comment(0)" line,
    which readability, reading the one paragraph, now leaves out. A block of single breaks (an address, a
    poem's lines), of no sentence, or mostly links' text stays as it was; and so do all where a page holds two
    or more such frames or two paragraphs (``<p>``) that end a sentence, and a frame whose class another
    ``<div>`` with text of its own shares: a forum thread's posts (phpBB's ``div.content``), whose replies
    trafilatura had left out and read as the story's once the first post was a paragraph."""
    frames = []
    classes = Counter(div.get("class") for div in tree.iter("div") if (div.text or "").strip())
    for div in tree.iter("div"):
        if not (div.text or "").strip() or div.getparent() is None or not _parted_by_breaks(div):
            continue
        # A frame named a comment's keeps its bare text: as a paragraph trafilatura prunes it as comments, and a
        # CMS that names the story's own frame so ("div.comments" around a post written with breaks) had
        # lost the whole story.
        named = f"{div.get('class') or ''} {div.get('id') or ''}".casefold()
        if (div.get("class") and classes[div.get("class")] > 1) or "comment" in named:
            continue
        text = " ".join(div.text_content().split())
        linked = sum(len(" ".join(a.text_content().split())) for a in div.iter("a"))
        if ends_sentence(text) and 2 * linked <= len(text):
            frames.append(div)
            if len(frames) > 1:
                return
    # A page whose story is in paragraphs of its own holds its br-written frame as furniture (a disclaimer
    # under a short story, "The views expressed ... <br><br> Letters may be edited ..."), which as a paragraph
    # trafilatura had read on as the story's.
    sentences = (p for p in tree.iter("p") if ends_sentence(" ".join(p.text_content().split())))
    if frames and next(sentences, None) is not None and next(sentences, None) is not None:
        return
    for div in frames:
        paragraph = div.makeelement("p", {})
        paragraph.text, div.text = div.text, None
        paragraph.extend(list(div))  # moved, each with the text after it
        div.append(paragraph)


def _parted_by_breaks(div) -> bool:
    """Whether ``div`` holds no block element and two ``<br>`` in a row, nothing but white space between."""
    double = False
    for element in div.iterdescendants():
        if not isinstance(element.tag, str) or element.tag in _BLOCKS:
            return False
        if element.tag == "br" and not (element.tail or "").strip():
            following = element.getnext()
            double = double or (following is not None and following.tag == "br")
    return double


def _inline_run(siblings) -> list:
    """The elements of ``siblings`` up to the first block element."""
    run = []
    for sibling in siblings:
        if isinstance(sibling.tag, str) and sibling.tag in _BLOCKS:
            break
        run.append(sibling)
    return run


@cache
def _loose_text_searches():
    from lxml import etree

    return [etree.XPath(f"//{name}[*]/text()[normalize-space()]") for name in _CONTAINERS]
