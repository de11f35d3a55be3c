"""Plain text: the article in a reader's copy of a page, without the page's furniture.

A page copied as text carries, besides the article, lines that belong to the page: navigation words,
"Previous/Next Article" blocks with the headlines under them, share and subscribe prompts, advert labels,
summary-button widgets. They are found by what such lines look like, not by what they say:

* **Where they are.** The article is the stretch from its first to its last line of prose (a line of
  several words ending like a sentence), leaving out a stray prose line beyond a block of furniture (a
  footer's copyright line). Furniture gathers before and after it.
* **How they end.** Headlines, link texts, buttons and labels carry no final punctuation. Before and
  after the prose, such lines are dropped (list items, "- ..." or "1. ...", and the first line, when it
  is not the title but the article's opening, excepted); inside it, only
  runs of two or more of a few words each (a share bar, a menu) are, since a lone short line between
  paragraphs is a subheading and a run of longer ones is a list.
* **Repetition.** A short line that occurs twice (a widget shown above and below the article) is
  furniture wherever it stands.
* **Link-like text.** Bare URLs and lists of short items joined by ``|``, ``·`` or ``»`` are menus.
* **Neighbours.** Before and after the prose, a short line in the same block as a dropped line goes
  with it (the question above a button: "No time to read?" / "Get a summary").

A first line that reads like a headline becomes :attr:`Article.title`; below menus, the headline is
the longest headline-like line in the block nearest the prose. Clean prose (news articles one
paragraph per line or separated by blank lines, with headline-style lines inside) comes through with
its content unchanged; only white space is normalised.

The package's modules, one job each, each importing only the ones before it: :mod:`.words` (a line's white
space folded, its words counted, how it ends), :mod:`.stamps` (date and time stamps), :mod:`.bylines` (a
byline's patterns, the test of names), :mod:`.bios` (a writer's bio), :mod:`.releases` (a press release's end
and boilerplate), :mod:`.calls` (calls to action, photo credits, paywalls), :mod:`.furniture` (furniture
worded as a sentence, cookie and sign-up notices), :mod:`.lines` (the :class:`_Line` model: logical lines,
wraps, lists), :mod:`.menus` (menus and links), :mod:`.particulars` (a line's byline or stamp),
:mod:`.headlines` (the title) and :mod:`.span` (the article's span and the lines dropped around it). This
module holds :func:`clean_text`, which puts them together, and the names other modules import.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter

from nutgraf.article import Article
from nutgraf.errors import EmptyInputError, NoArticleFound
from nutgraf.extract.text.bios import (
    _without_closing_bio,
    without_author_bio,
    without_making_credits,
    without_name_box,
    without_sign_off,
)
from nutgraf.extract.text.bylines import (
    BYLINE_FIELD,
    CREDIT_OPENING,
    JOB_TITLES,
    NAME_SUFFIXES,
    NAMES_END,
    STAMP_BEFORE_NAMES,
    looks_like_names,
    names_after_stamp,
    names_an_institution,
)
from nutgraf.extract.text.calls import (
    _POINTER_LABEL,
    _is_caption,
    credit_apart,
    heads_the_line_below,
    is_call_to_action,
    stands_among_figures,
    without_closing_call,
    without_closing_source,
    without_source_box,
    without_sources_list,
)
from nutgraf.extract.text.furniture import (
    _AFFILIATE_NOTE_MAX_WORDS,
    _AFFILIATE_SPACES_READ,
    _COOKIE_NOTICE_MAX_WORDS,
    _NOTE_HEADS,
    _RARE_NOTE_INITIALS,
    _RARE_NOTE_OPENINGS,
    _REFERENCE_HEADING,
    _REFERENCE_LABEL_INITIALS,
    _REFERENCE_MAX_WORDS,
    _SIGN_UP_OPENINGS,
    _THE_HEAD_CHARACTERS,
    _THE_HEADS,
    _THE_NOTE_HEADS,
    DISCLOSURE_HEADINGS,
    _is_sign_up_notice,
    _is_sponsor_message,
    _may_hold_site_notice,
    is_affiliate_note,
    is_appeal_for_journalism,
    is_disclosure_note,
    is_page_furniture,
    is_republishing_note,
    is_site_notice,
    names_a_speaker,
    speaks_for_its_journalism,
    without_closing_notes,
)
from nutgraf.extract.text.headlines import (
    LABEL_WORDS_NOT_PLACES,
    TITLE_MAX_WORDS,
    _has_title,
    _headline_above_the_prose,
    _opens_the_prose,
    _title_line,
    _under_given_title,
    given_title,
    is_titled_place,
    opens_on_dateline,
    without_heading_mark,
)
from nutgraf.extract.text.lines import _PROSE_WORDS, MAX_LINES, _Line, _lines, _list_marker, fold_lines
from nutgraf.extract.text.menus import _MENU_ENTRY_WORDS, _is_path_kicker, _is_section_kicker
from nutgraf.extract.text.particulars import (
    NEWSROOM_WORDS,
    _byline_above_the_prose,
    byline_names,
    capitals_names_before_job,
    citation_names,
    closes_on_newsroom,
    columnist_in_standfirst,
    credits_a_desk,
    is_date_line,
    is_particulars_line,
    is_provider_label,
    names_again,
    names_the_site,
    names_under_headline,
    record_fields,
)
from nutgraf.extract.text.releases import is_release, release_end, without_company_boilerplate
from nutgraf.extract.text.span import _AROUND_WORDS, _drop_furniture, is_reference_entry
from nutgraf.extract.text.stamps import (
    MONTH,
    PAGE_ADDRESS_OPENINGS,
    WEEKDAY,
    _is_time_stamp_line,
    closes_on_page_address,
    is_addressed_print_footer,
    is_print_footer,
    is_print_header,
    is_print_stamp,
    transcript_stamp_end,
)
from nutgraf.extract.text.words import (
    ARMENIAN_LOWER_CASE,
    FINAL_STOPS,
    ends_on_armenian_stop,
    folded_label,
    folded_line,
    word_count,
    written_in_letters,
)
from nutgraf.extract.text.words import _ends_sentence as ends_sentence
from nutgraf.extract.text.words import _ends_unpunctuated as ends_unpunctuated
from nutgraf.language import detect_language

__all__ = [
    "ARMENIAN_LOWER_CASE",
    "BYLINE_FIELD",
    "CREDIT_OPENING",
    "FINAL_STOPS",
    "JOB_TITLES",
    "LABEL_WORDS_NOT_PLACES",
    "MAX_LINES",
    "MONTH",
    "NAMES_END",
    "NAME_SUFFIXES",
    "NEWSROOM_WORDS",
    "STAMP_BEFORE_NAMES",
    "TITLE_MAX_WORDS",
    "WEEKDAY",
    "byline_names",
    "clean_text",
    "closes_on_newsroom",
    "credit_apart",
    "credits_a_desk",
    "ends_on_armenian_stop",
    "ends_sentence",
    "ends_unpunctuated",
    "fold_lines",
    "folded_line",
    "given_title",
    "heads_the_line_below",
    "is_call_to_action",
    "is_date_line",
    "is_page_furniture",
    "is_particulars_line",
    "is_provider_label",
    "is_release",
    "is_site_notice",
    "is_titled_place",
    "looks_like_names",
    "names_a_speaker",
    "names_after_stamp",
    "names_again",
    "names_an_institution",
    "opens_on_dateline",
    "release_end",
    "stands_among_figures",
    "without_author_bio",
    "without_closing_source",
    "without_company_boilerplate",
    "without_making_credits",
    "without_name_box",
    "without_sources_list",
    "word_count",
    "written_in_letters",
]

# Inline HTML left in a copy of a page's text ("<b>Breaking:</b>", a link): markup, not words.
_INLINE_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|span|small|mark|sup|sub|abbr|cite|q|font|time)(?:\s[^<>]*)?>", re.IGNORECASE
)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A character reference left in text (a feed's description escaped twice: "It&#8217;s", "&amp;"); only
# with its semicolon, so that "AT&T" and "R&D" stay as written.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The French regional papers' box over the story (La Dépêche's, Le Parisien's "L'essentiel"), its sentence in
# other words than the lede's, which a summary had taken for the lede: a summary's label where the story says
# its paragraph again (see _labelled_summary).
_ESSENTIALS_LABELS = ("l'essentiel", "l’essentiel")
# A summary's label alone on its line, over the page's summary of the story (see _labelled_summary). "In
# summary" without its colon too (CalMatters's box of one sentence over the lede, as "Summary" is): the word
# says what the paragraph under it is, where "In short" may head the story's own first one.
_SUMMARY_LABELS = frozenset(
    (
        "summary:", "summary", "in summary:", "in summary", "abstract:", "resumen:", "résumé :", "résumé:",
        "zusammenfassung:",
        *_ESSENTIALS_LABELS,
    )
)  # fmt: skip
_FURNITURE_ONLY = (
    "the input holds no article text, only page furniture (menus, buttons, links, a site's notices);"
    " give the story's own paragraphs, or its page's address or HTML"
)
# A summary box restates the story when this share of its longer words is in the story's paragraphs below it;
# words shorter than this are as often a sentence's small words ("will", "from", "that") as its matter.
_RESTATED_SHARE = 0.5
_RESTATED_WORD_LETTERS = 5
# A key-points box's label alone on its line, colon or none, over the page's points of the story set as list
# items (The Star's "In Summary" over two bullets, above the byline): only over items, where the box's last
# item marks its end, as a lone paragraph under "In short" may be the story's first.
_POINTS_LABELS = frozenset(
    (
        "in summary",
        "in short",
        "key points",
        "en bref",
        "en resumen",
        "das wichtigste in kürze",
        "in breve",
        "if your time is short",
    )
)
# The fewest and the most paragraphs of a key-points box whose end a stamp or a byline under it marks: a box
# holds points, and one paragraph under "In short" over the byline is the story's lede, which had gone.
_POINTS_MIN_PARAGRAPHS = 2
_POINTS_MAX_PARAGRAPHS = 5
# The most words of a key-points box's point, a sentence shorter than a lede, and of a second label inside the
# box ("What's next?").
_POINT_MAX_WORDS = 20
_POINTS_LABEL_MAX_WORDS = 4
# No line longer than the longest label case-folds to one (case folding never shortens a text): a pasted
# article's one line of thousands of characters is not folded to find out.
_SUMMARY_LABEL_CHARACTERS = max(map(len, _SUMMARY_LABELS | _POINTS_LABELS)) + len(" :")
# The most words of an appeal's button, a short line with no stop under its words ("Make a donation").
_APPEAL_BUTTON_MAX_WORDS = 4
# A machine translation's bare note, which goes over the story only (:func:`clean_text`).
_MACHINE_TRANSLATION_NOTES = frozenset(("machine translation", "machine-translation"))
# A newsletter box's heading, a short line with no stop naming the newsletter ("Daily Sabah Newsletter"), and
# the most words of the blurb between it and the box's sign-up notice.
_NEWSLETTER_HEADING_MAX_WORDS = 5
_NEWSLETTER_WORDS = ("newsletter", "nyhetsbrev", "nieuwsbrief", "infolettre", "boletín", "uutiskirje")
_NEWSLETTER_BLURB_MAX_WORDS = 30
# A fact check's box over the story (see _without_fact_check_box): the claim's label and the rating's, alone on
# their lines, in the languages of the verdict labels furniture._CLOSING_NOTICE knows; the most words of the
# rating ("Mostly False", "Pants on Fire", "Falso"), and how far under the text's head the box stands (under
# the headline and a kicker).
_CLAIM_LABELS = frozenset(("claim", "affirmation", "afirmación", "alegação", "affermazione", "behauptung"))
_RATING_LABELS = frozenset(
    ("rating", "verdict", "our rating", "veredicto", "veredito", "verdetto", "bewertung", "notre verdict")
)
_RATING_MAX_WORDS = 4
_FACT_CHECK_BOX_REACH = 3
_BOX_LABEL_MAX_CHARACTERS = 16
# A line opening on a clock time, in brackets or not: a transcript's time code, alone or before its words;
# the text's first line matched at its head, the others searched for from their line break. A search for
# "^" (re.MULTILINE) tries the pattern at every character, where a literal first is skipped to in C: a
# CNN/DM article's cleaning took 917,000 instructions with it, 633,000 without.
_TIME_CODE = re.compile(r"[\[(]?+\d{1,2}:\d\d")
_TIMED_LINE = re.compile(rf"\n{_TIME_CODE.pattern}")
# The most words of a transcript's heading over its first stamped line ("Transcript", "Full transcript").
_TRANSCRIPT_HEADING_MAX_WORDS = 2
# A box's second heading under a disclosure box, over the note of a funder's membership (The Conversation's
# "Partners"): any short heading there had been one, and a story's "Background" over its first paragraph, on
# a project's funding, had left with the box.
_FUNDERS_HEADINGS = frozenset(("Partners", "Partner", "Funders", "Funding"))
# A court list's row, a name and the age after a comma opening it, at most this long ("Jordan Ashworth, 31, of
# Highfield Road, Darwen, fined £220 for driving without insurance.").
_COURT_LIST_ROW = re.compile(r"[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){1,3}, \d{1,3}, ")
_COURT_LIST_ROW_MAX_CHARACTERS = 240
# The words of a court list's heading ("The following also appeared at Blackburn Magistrates' Court:").
_COURT_WORDS = re.compile(r"\b(?:court|magistrates|sheriff)\b", re.IGNORECASE)


def clean_text(text: str, *, title: str | None = None) -> Article:
    """An :class:`Article` from plain text: title taken from a headline-like first line, page furniture
    and stray inline HTML tags dropped, paragraphs separated by one blank line, spaces folded.

    A text of a headline and page furniture alone is its headline (the article's only words).

    ``title``, a title given with the text (pasted to the API or the reader, a batch record's), is the
    article's title: the text's own headline stays as the body's first line when it says something else
    (words the user gave, and perhaps the article's own headline beside the user's label), and goes when
    it has the words of ``title`` (it would be the title twice).

    Raises:
        EmptyInputError: the text holds no text.
        NoArticleFound: it holds only page furniture (menus, buttons, calls to the reader).
    """
    title = given_title(title)
    if "<" in text:  # a test far cheaper than the regex, for the text without any
        text = _LINE_BREAK_TAG.sub("\n", _INLINE_TAG.sub("", text))
    if "&" in text:
        text = _CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference.group()), text)
    text = fold_lines(text)
    # A site's notice is never the article, however long: out before it can pass for its opening.
    lines = _lines(text)
    # A print header repeats atop every page, whatever stands beside it: out before it can pass for the title.
    # Atop the first page or again atop another: a timeline's or a live report's rows, each its own time
    # ("12/3/26, 4:05 PM The council voted"), and a chat's pasted lines are the story.
    # Counted at once: each header counted among all of them had taken 4.3 s for a text of 10,000 headers
    # (hostile input, round 24). The Counter only where there is one: made for every text, it cost an
    # article's cleaning some thousands of instructions; and a loop, not a list's comprehension (a function
    # made and called a text, for a list nearly always empty).
    # Its footer, each page's number its own, goes wherever it stands; a running head that names the page's
    # address, or its stamp alone on its line, goes where it repeats (said once, it may be a paragraph over a
    # link, or closing on one, or a story's stamp): the title with the address at its end, Firefox's
    # ("Seattle voters back ... | The Seattle Times https://..."), or the title over a line opening on it,
    # Chrome's (over "https://www3.nhk.or.jp/... 1/2"), which had stayed between the pages, and atop them as
    # the title where the headline ran over 25 words with it.
    printed: list[str] = []
    addressed: list[str] = []
    footers: set[str] = set()
    for line in lines:
        if line.text[:1].isdigit():
            if is_print_header(line.text):
                printed.append(line.text)
            elif is_print_footer(line.text):
                footers.add(line.text)
            elif is_print_stamp(line.text):
                addressed.append(line.text)
    # The lines asked of an address only where the text holds one: its slash first, memchr's test, then the
    # address's mark from there (the mark's search over a whole CNN/DM article, 13,000 instructions).
    if (slash := text.find("/")) >= 0 and text.find("://", max(slash - 1, 0)) >= 0:
        for i, line in enumerate(lines):
            if "://" not in line.text:
                continue
            if line.text.startswith(PAGE_ADDRESS_OPENINGS):
                # Counted once: a line closing on the same link is counted below.
                if i > 0 and "://" not in lines[i - 1].text:
                    addressed.append(lines[i - 1].text)
                if is_addressed_print_footer(line.text):
                    footers.add(line.text)
            elif closes_on_page_address(line.text):
                addressed.append(line.text)
    if printed or addressed or footers:
        headers = Counter(printed)
        heads = Counter(addressed)
        lines = [
            line
            for i, line in enumerate(lines)
            if not (
                headers[line.text] > 1
                or (i == 0 and line.text in headers)
                or line.text in footers
                or heads[line.text] > 1
            )
        ]
    # A transcript's time codes open lines of few texts: one search of the text, in C, spares the rest two
    # passes over their lines; and the colon and a line break first, memchr's tests, spare most texts the
    # search, which reads every character (a CNN/DM article's one line, 20,000 instructions).
    if ":" in text and (
        _TIME_CODE.match(text) is not None or ("\n" in text and _TIMED_LINE.search(text) is not None)
    ):
        lines = _joined_captions(_without_transcript_stamps(lines))
    # Unless its short lines name cookies or journalism, a sign-up notice is the only site notice they may be.
    short = [line.text for line in lines if line.words <= _COOKIE_NOTICE_MAX_WORDS]
    # The sign-up notice's first letter tested here, in C: the call for each line had cost more than the test.
    if _may_hold_site_notice(short):
        noticed = [is_site_notice(line.text, line.words) for line in lines]
    else:
        noticed = [
            line.text[:1] in _SIGN_UP_OPENINGS and _is_sign_up_notice(line.text, line.words) for line in lines
        ]
    # A machine translation's bare note over the story ("Machine translation", as "Machine translated" is
    # anywhere), which had stayed its first line: over the prose only, where below it the noun alone heads a
    # tech story's section, which had gone.
    for i, line in enumerate(lines):
        if line.is_prose:
            break
        if len(line.text) == len("machine translation") and line.text.lower() in _MACHINE_TRANSLATION_NOTES:
            noticed[i] = True
    # A paragraph under an appeal that names journalism as "we", before the appeal's button or another
    # notice, is the appeal's too: it holds no call, and Premium Times' "At Premium Times, we firmly believe
    # in ... journalism" (over its "Make a donation") had stayed. Under another notice (a newsletter's) it
    # may be an editorial's on journalism. Where no line is a notice (most texts), no line goes.
    if any(noticed):
        lines = [
            line
            for i, line in enumerate(lines)
            if not (
                noticed[i]
                or (
                    i > 0
                    and noticed[i - 1]
                    and is_appeal_for_journalism(lines[i - 1].text)
                    and _closes_an_appeal(lines, noticed, i)
                )
                or _in_newsletter_box(lines, noticed, i)
            )
        ]
    if not lines:
        # A site's notice alone had been "the input holds no text", where the reader had pasted some.
        raise NoArticleFound(_FURNITURE_ONLY) if any(noticed) else EmptyInputError("the input holds no text")
    # Out before the title is looked for: the claim under the headline had read as the prose's opening.
    lines = _without_fact_check_box(lines)
    title_at = _title_line(lines) if _has_title(lines) else None
    own_title = lines.pop(title_at).text if title_at is not None else None
    if own_title is not None:
        own_title = _without_site_name(without_heading_mark(own_title), lines)
    # Without a headline on top, the first line is the article's opening (a standfirst without a final
    # stop) only when the prose follows it; below a page's menus, the headline is further down.
    opening = (
        own_title is None
        and _opens_the_prose(lines)
        and not _is_section_kicker(lines[0])
        and not _is_path_kicker(lines[0])
    )
    # A kicker of a word or two ("Politique", "Heizungsgesetz") over the headline, its standfirst and the
    # prose, copied without blank lines, opens no prose where a headline stands below it.
    kicker = opening and lines[0].words <= _MENU_ENTRY_WORDS and not lines[0].ends_sentence
    if (
        own_title is None
        and (kicker or not opening)
        and (headline := _headline_above_the_prose(lines)) is not None
    ):
        own_title = without_heading_mark(lines.pop(headline).text)
        title_at = headline
        opening = False
    # Read before a box's lines go from under the headline: only the line right under it is asked.
    names_under = names_under_headline(lines, title_at) if title_at is not None else None
    # A job run on after the names says whose they are, where the line over a stamp may be a paper's name.
    names_and_job = capitals_names_before_job(lines, title_at) if title_at is not None else None
    # Under the headline, where its heading had told the headline from a standfirst.
    lines = _without_disclosure_box(lines)
    # A press release's end mark goes as furniture below; cut at first, or what it closes stays.
    texts = [line.text for line in lines]
    end = release_end(texts)
    release = is_release(texts, end)
    lines = lines[:end]
    description = _labelled_summary(lines)
    byline = names_and_job or _byline_above_the_prose(lines) or names_under
    # A database's record around the story, read for the byline first (Nexis's "Byline:" field).
    lines, cited = _without_database_record(lines)
    byline = byline or cited or columnist_in_standfirst(lines)
    # A photo's credit under a date stamp ("منبع تصویر، Getty Images", BBC Persian's image source, under its
    # Jalali date, read as a stamp since the twenty-sixth extraction round) is no writer's byline.
    if byline is not None and (
        names_the_site(byline, text) or ((label := _POINTER_LABEL.match(byline)) and label["label"] is None)
    ):
        byline = None
    if byline is not None and ", " in byline:
        byline = _without_republished_source(byline, lines)
    # A sponsor's message and a paper's reference go after the article's span is drawn: as prose they
    # hold the short lines beside them in it ("The results were published in Nature.").
    kept: list[str] = []
    above = ""
    # Under a note gone that ends on a colon (a court list's "The following also appeared at Blackburn
    # Magistrates' Court:"), the rows of the list it heads.
    listed = False
    for line in _drop_furniture(lines, opening=opening):
        if listed:
            # A court list's row, a name and an age ("Jordan Ashworth, 31, of Highfield Road, Darwen, fined £220
            # ..."): a sentence of a court story opens so too ("Liam Walsh, 29, of Bolton Road, admitted ..."),
            # and stays where no list's heading went above it.
            if (
                len(line.text) <= _COURT_LIST_ROW_MAX_CHARACTERS
                and _COURT_LIST_ROW.match(line.text) is not None
            ):
                continue
            listed = False
        # Each rule's cheap test first, here, in C: the two calls a line had cost more than their tests (a
        # reference's length and its DOI's "10.", a disclosure's first three characters). A scan of the whole
        # line for a phrase costs a line of prose some 800 instructions: the DOI's "1" first (memchr), the
        # label's initial or colon before the "et al".
        if (
            line.words <= _REFERENCE_MAX_WORDS
            and (
                ("1" in line.text and "10." in line.text)
                or (
                    (line.text[:1] in _REFERENCE_LABEL_INITIALS or above[-1:] == ":") and "et al" in line.text
                )
            )
            and is_reference_entry(line.text, above)
        ):
            # Its label alone on the line above goes with it: left, it closed the text on "Journal Reference:".
            if kept and kept[-1] == above and _REFERENCE_HEADING.fullmatch(above):
                kept.pop()
        # is_disclosure_line's tests in C here, not behind its call: the call a line had cost XSum's articles
        # some 20,000 instructions.
        elif not (
            (
                (
                    (
                        line.text[:3] in _NOTE_HEADS
                        and (
                            line.text[:3] not in _THE_HEADS
                            or line.text[:_THE_HEAD_CHARACTERS] in _THE_NOTE_HEADS
                        )
                    )
                    or (line.text[:1] in _RARE_NOTE_INITIALS and line.text.startswith(_RARE_NOTE_OPENINGS))
                )
                and _is_sponsor_message(line.text)
            )
            or (
                (
                    len(line.text) < _AFFILIATE_SPACES_READ
                    or line.text.count(" ", 0, _AFFILIATE_SPACES_READ) < _AFFILIATE_NOTE_MAX_WORDS
                )
                and ("ommission" in line.text or "filia" in line.text)
                and is_affiliate_note(line.text)
            )
        ):
            kept.append(line.text)
        else:
            # A court's list only: an affiliate note run on to a colon had taken a court story's own sentence
            # of a name and an age under it.
            listed = line.text[-1:] == ":" and _COURT_WORDS.search(line.text) is not None
        above = line.text
    # A line ending like a sentence after the prose stays in its span: the story's source's ("Source : Le
    # Monde.") goes here, and so do the page's notes under the story (a comment box's rules, a newsroom's
    # account of itself) and a call to the reader run onto the last paragraph's end.
    kept = without_closing_call(
        without_closing_notes(without_closing_source(without_source_box(without_sources_list(kept))))
    )
    body = "\n\n".join(
        _without_comments_button(
            without_company_boilerplate(
                _without_closing_bio(without_sign_off(without_author_bio(kept, byline), byline)),
                release=release,
            )
        )
    )
    if title:
        body = _under_given_title(body, own_title, title)
    elif own_title is not None:
        title = own_title
    if not body and own_title is not None:
        body = own_title  # a headline alone (and page furniture): the headline is all the article says
    if not body:
        # A caption story (a photo and the caption under it, credit and all) is all in its caption, which
        # an article's text drops: "Crowds gather in Trafalgar Square ... (Photo: Jane Smith/Reuters)".
        body = "\n\n".join(
            line.text for line in lines if line.words >= _PROSE_WORDS and _is_caption(line.text)
        )
    if not body:
        raise NoArticleFound(_FURNITURE_ONLY)
    return Article(
        text=body, title=title or None, byline=byline, language=detect_language(body), description=description
    )


def _without_republished_source(byline: str, lines: list[_Line]) -> str:
    """``byline`` without the newsroom after its comma that a republishing note of the text credits the story
    to (The Colorado Sun's "Melanie Asmar, Chalkbeat Colorado" over "... This story was originally published
    by Chalkbeat. ..."): the writer's names alone, as a page's author field gives them beside the same note. A
    second writer after the comma is named in no such note."""
    writer, _, credited = byline.rpartition(", ")
    words = credited.split()
    if not writer or not words:
        return byline
    source = f" {words[0]}"
    return (
        writer if any(source in line.text and is_republishing_note(line.text) for line in lines) else byline
    )


# How far under the headline a database record's citation line stands (ProQuest's, under the headline alone).
_CITATION_REACH = 2


def _without_database_record(lines: list[_Line]) -> tuple[list[_Line], str | None]:
    """``lines`` without a library database's record around the story, and the writer's names its citation
    line gives: the citation line under the headline (:func:`citation_names`) and the record's fields over or
    under the story (:func:`record_fields`: "Highlight:", "Publication title: Tulsa World; Tulsa, Okla."), which
    had stayed in the text, a summary and the keyphrases."""
    cited = [i for i, line in enumerate(lines[:_CITATION_REACH]) if citation_names(line.text)]
    fields = record_fields(lines)
    if not cited and not fields:
        return lines, None
    names = citation_names(lines[cited[0]].text) if cited else None
    gone = fields.union(cited)
    return [line for i, line in enumerate(lines) if i not in gone], names


def _without_transcript_stamps(lines: list[_Line]) -> list[_Line]:
    """``lines`` without a transcript's time codes and numbered speakers' labels at their heads
    (:func:`transcript_stamp_end`: "[00:00:03] Speaker 1: Egg prices are down ..."), and without the
    transcript's heading, a short line with no stop right over its first stamped line ("Transcript"). Left,
    the codes and labels had been the text's and a summary's words, and the heading a keyphrase."""
    ends = [transcript_stamp_end(line.text) for line in lines]
    first = next((i for i, end in enumerate(ends) if end), None)
    if first is None or not _is_transcript(lines[first].text, ends[first]):
        return lines
    heading = first - 1 if first and _is_transcript_heading(lines[first - 1]) else None
    return [
        _Line(line.text[end:], line.block, word_count(line.text[end:])) if end else line
        for i, (line, end) in enumerate(zip(lines, ends, strict=True))
        if i != heading
    ]


def _is_transcript(text: str, stamp_end: int) -> bool:
    """Whether the first line opening on a time code in brackets, ``stamp_end`` its code's and label's end,
    is a transcript's: its code counts from a recording's start, its first figures zeros ("[00:00:03]",
    "[00:03]"), or a numbered speaker's label closes on its colon after it ("[12:40] Speaker 1: "). A live
    report's clock of the day over its entry ("[12:05] The jury returned ...") is the entry's time, kept as the
    text keeps a live report's clocks, and the heading over it ("Latest updates", "The verdict") is the
    story's: both had gone."""
    return not text[1 : text.index(":")].strip("0") or text[:stamp_end].endswith(": ")


def _is_transcript_heading(line: _Line) -> bool:
    return line.words <= _TRANSCRIPT_HEADING_MAX_WORDS and not line.ends_sentence and not line.is_item


def _joined_captions(lines: list[_Line]) -> list[_Line]:
    """``lines`` with a video's transcript's captions joined where a sentence runs on from one to the next
    under its time code ("Eskom says it may have to cut power over the festive season" / "0:04" / "as several
    of its power stations remain offline ..."): a caption with no stop under a time code, then a time code
    and a caption in lower case. Apart, the first caption had gone with the channel's lines over it, as a
    short line with no stop, and the rest had stayed halves of sentences. A live report's entries under their
    times each open on a capital, or on a name in lower case with a capital inside ("iPhone", "eBay"): the
    caption's first word is in lower case whole; and a recording's codes run on (:func:`_runs_on`), where a
    live report's clocks run back from its newest entry ("14:05" / "police said the road ..." / "13:40" /
    "a spokesman said ..."), entries that had been joined into one sentence, their clocks gone. And a
    recording's codes count from its start, one of them "0:00" or "00:04": a live report written oldest
    first ("13:40" / "a spokesman said ..." / "14:05" / "police said ..."), its clocks running on as a
    recording's do, had been joined so too (:func:`_counts_from_zero`)."""
    joined: list[_Line] = []
    at = 0
    # Whether the text's first time code is a recording's start: read once, at the first caption's join.
    from_zero: bool | None = None
    while at < len(lines):
        line = lines[at]
        if (
            len(joined) >= 2
            and at + 1 < len(lines)
            and _is_time_stamp_line(line.text)
            and lines[at + 1].text.split(maxsplit=1)[0].islower()
            and not joined[-1].ends_sentence
            and _is_time_stamp_line(joined[-2].text)
            and _runs_on(joined[-2].text, line.text)
            and (from_zero if from_zero is not None else (from_zero := _counts_from_zero(lines)))
        ):
            caption = joined[-1]
            text = f"{caption.text} {lines[at + 1].text}"
            joined[-1] = _Line(text, caption.block, caption.words + lines[at + 1].words)
            at += 2
        else:
            joined.append(line)
            at += 1
    # An entry apart under its clock, in lower case and with no stop (a ticker's "police said the road would
    # stay closed ..."), is the report's prose, as a caption joined is: read as a headline after the prose,
    # it had gone.
    for code, entry in itertools.pairwise(joined):
        if (
            entry.words >= _PROSE_WORDS
            and not entry.is_prose
            and entry.text.split(maxsplit=1)[0].islower()
            and _is_time_stamp_line(code.text)
        ):
            entry.is_prose = True
    return joined


def _runs_on(code: str, next_code: str) -> bool:
    """Whether the time code ``next_code`` is later than ``code``, each alone on its line ("0:04", "0:09"), as a
    recording's codes run from its start; a code read as no figures, two and two ("Today at 06:30", "2:15pm"),
    is no caption's."""
    first, then = _code_figures(code), _code_figures(next_code)
    return first is not None and then is not None and first < then


def _counts_from_zero(lines: list[_Line]) -> bool:
    """Whether a time code alone on its line in ``lines`` is in a recording's first minute ("0:00", "00:04"),
    as a recording's codes count from its start; a live report's clocks are the day's ("13:40", and a
    morning's "08:05", which had been read as a recording's). Any code, not the first: a video's length
    ("2:31") or its posting time over the transcript had kept its captions apart."""
    for line in lines:
        if (
            _is_time_stamp_line(line.text)
            and (figures := _code_figures(line.text)) is not None
            and not figures[0]
        ):
            return True
    return False


def _code_figures(code: str) -> tuple[int, int] | None:
    """The two figures of a time code alone on its line ("0:04", "14.05 GMT"), else ``None``."""
    for separator in ":.h":
        before, found, after = code.split(maxsplit=1)[0].partition(separator)
        if found and before.isdigit() and after.isdigit():
            return int(before), int(after)
    return None


def _without_site_name(title: str, lines: list[_Line]) -> str:
    """``title`` without the site's name after its last bar where a line of its own over the prose's first
    sentence says that name (a video site's title "Eskom warns of power cuts ... | eNCA" over the channel's
    name "eNCA"): the page's name, not the headline's words. A bar in a headline with no such line stays
    ("Ukraine | The long war"), and so does one whose words after it head a section of the story ("Who won at
    the Oscars | The winners" over the subheading "The winners" under the lede), where they had gone."""
    headline, bar, site = title.rpartition(" | ")
    if not bar or not headline:
        return title
    page_head = itertools.takewhile(lambda line: not line.ends_sentence, lines)
    return headline if any(line.text == site for line in page_head) else title


# A comment box's button or heading alone, in the languages nutgraf stems, with a count or a verb before it
# ("Comments", "12 Comments", "View comments", "Kommentare"): see _without_comments_button.
_COMMENTS_WORDS = frozenset(
    "comments comment kommentare kommentar commentaires commentaire comentarios comentários commenti reacties".split()
)
_COMMENTS_VERBS = frozenset("view show read see load".split())
_COMMENTS_BUTTON_CHARACTERS = 24


def _without_comments_button(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` less a last one that is a comment box's button or heading alone (:data:`_COMMENTS_WORDS`,
    the Anchorage Daily News's "Comments" between the story and the writer's bio): nothing is under it once
    the bio has gone, and it had closed the text."""
    # The length first, in C: nearly every text ends on a paragraph longer than any such button.
    if len(paragraphs) < 2 or len(last := paragraphs[-1]) > _COMMENTS_BUTTON_CHARACTERS:
        return paragraphs
    *before, word = last.casefold().split() or [""]
    if word not in _COMMENTS_WORDS or len(before) > 1:
        return paragraphs
    if before and not (before[0].isdigit() or before[0] in _COMMENTS_VERBS):
        return paragraphs
    return paragraphs[:-1]


def _labelled_summary(lines: list[_Line]) -> str | None:
    """The paragraph under a summary's label alone on its line ("Summary:", ScienceDaily's), or the list
    items under a key-points box's ("In Summary", The Star's), taken out of ``lines``, where the story's
    prose follows: the page's summary of the story, its description, not its text (a summary had taken it,
    in other words than the lede's, for the lede; the box's points had stood between the headline and the
    byline, which was looked for above them, and the stamp under it had stayed); else ``None``."""
    # The length first, in C: a call a line had cost an XSum article some 8,000 instructions. A loop, not a
    # generator's search (a generator made and resumed for every text).
    for i, line in enumerate(lines):
        if len(line.text) <= _SUMMARY_LABEL_CHARACTERS and _summary_label(line.text) is not None:
            label = i
            break
    else:
        return _inline_labelled_summary(lines)
    if label + 1 >= len(lines):
        return None
    # Over the story, not in it: a heading "Summary" under the story's prose heads its closing part.
    if any(_is_prose(line) for line in lines[:label]):
        return None
    end = label + 1
    while end < len(lines) and lines[end].is_item and lines[end].ends_sentence:
        end += 1
    if end == label + 1 and _summary_label(lines[label].text) in _POINTS_LABELS:
        end = _points_over_particulars(lines, label)
    if end == label + 1:
        if _summary_label(lines[label].text) not in _SUMMARY_LABELS or not _is_prose(lines[label + 1]):
            return None
        # "L'essentiel" heads a story's own first section too, over the lede that nothing below says again:
        # the box is the paragraph the story tells again (as a key-points box's label in a paragraph).
        if _summary_label(lines[label].text) in _ESSENTIALS_LABELS and not _restates(
            lines[label + 1].text, [line.text for line in lines[label + 2 :] if _is_prose(line)]
        ):
            return None
        end += 1
    if not any(_is_prose(line) for line in lines[end:]):
        return None
    summary = [line.text for line in lines[label + 1 : end]]
    del lines[label + 1 : end]
    return " ".join(text[match.end() :] if (match := _list_marker(text)) else text for text in summary)


def _points_over_particulars(lines: list[_Line], label: int) -> int:
    """The end of a key-points box's paragraphs under its label at ``label`` where the story's particulars (a
    stamp, a byline: :func:`is_particulars_line`) close them (SBS's "Key Points" / two sentences / "Published
    3 December 2026 4:20pm" / "By Anna Henderson"), or where the story's first paragraph says the box's first
    point again: the box's end known, as its last list item marks it.
    Read as the story's opening, the points had held the byline below them past where one is looked for.
    ``label + 1`` where no such line closes a run of sentences, or closes one alone: a lone paragraph under "In
    short" may be the story's first."""
    end = label + 1
    while end < len(lines) and lines[end].ends_sentence and not lines[end].is_item:
        end += 1
    # Or where the story opens under the box on the box's first point again, word for word (an outlet whose
    # points are its story's first sentences, no particulars between): read as the story, the box had been
    # its first paragraphs twice over.
    first = lines[label + 1].text
    for again in range(label + 1 + _POINTS_MIN_PARAGRAPHS, min(end, label + 2 + _POINTS_MAX_PARAGRAPHS)):
        if lines[again].text == first:
            return again
    if not _POINTS_MIN_PARAGRAPHS <= end - label - 1 <= _POINTS_MAX_PARAGRAPHS or end == len(lines):
        return _points_under_second_label(lines, label)
    return end if is_particulars_line(lines[end].text) else _points_under_second_label(lines, label)


def _points_under_second_label(lines: list[_Line], label: int) -> int:
    """The end of a key-points box whose points run under a second label of its own (the ABC's "In short:" /
    two points / "What's next?" / a point), where no particulars close it: the first paragraph past the
    second label's points longer than any point (:data:`_POINT_MAX_WORDS`), the story's lede, where the story
    from there tells the box's first point again (:func:`_restates`). ``label + 1`` otherwise: a story's own
    short paragraphs and a subheading of its own over them are told once."""
    at, points, second = label + 1, 0, None
    while at < len(lines) and at - label <= _POINTS_MAX_PARAGRAPHS + 2:
        line = lines[at]
        if (
            line.words <= _POINTS_LABEL_MAX_WORDS
            and line.text.endswith(("?", ":"))
            and second is None
            and points
        ):
            second = at
        elif line.ends_sentence and not line.is_item and line.words <= _POINT_MAX_WORDS:
            points += 1
        else:
            break
        at += 1
    if (
        second is None
        or at == second + 1
        or points < _POINTS_MIN_PARAGRAPHS
        or at == len(lines)
        or not _is_prose(lines[at])
        or not _restates(lines[label + 1].text, [line.text for line in lines[at:] if _is_prose(line)])
    ):
        return label + 1
    return at


def _inline_labelled_summary(lines: list[_Line]) -> str | None:
    """The words after a summary's or a key-points box's label and its colon opening the first paragraph of
    prose, over more of it ("IN SHORT: A viral post claims ... But the ministry says ...", Africa Check's),
    taken out of ``lines``: the box is that paragraph, its end known where a label alone on its line over a
    paragraph leaves it unknown; else ``None``. The summary had taken its first sentence, label and all."""
    for i, line in enumerate(lines):
        if _is_prose(line):
            first = i
            break
    else:
        return None
    text = line.text
    label, colon, _ = text[:_SUMMARY_LABEL_CHARACTERS].partition(":")
    summary = text[len(label) + len(colon) :].lstrip()
    if (
        not colon
        or _summary_label(label) is None
        or not summary[:1].isupper()
        or not any(_is_prose(line) for line in lines[first + 1 :])
    ):
        return None
    if _summary_label(label) in _POINTS_LABELS and not _restates(
        summary, [line.text for line in lines[first + 1 :] if _is_prose(line)]
    ):
        # The story's own first paragraph under a box's label ("IN SHORT: The city's main bridge will close
        # ..."), which nothing below says again: it had left the text for the description, and the summary had
        # opened on the second paragraph. The label goes; the paragraph is the lede. "Summary:" names what
        # follows it as the page's summary, whatever the story says.
        lines[first] = _Line(summary, lines[first].block, word_count(summary))
        return None
    del lines[first]
    return summary


def _restates(box: str, story: list[str]) -> bool:
    """Whether the story's paragraphs say again what ``box`` says: as many of the box's words of
    :data:`_RESTATED_WORD_LETTERS` letters or more (a plural's "s" dropped) as :data:`_RESTATED_SHARE` of them
    are in ``story``. A fact check's box restates its claim and its finding ("A viral post claims Kenya will
    ban ... second-hand clothes ...", the post, the ban, the clothes and the ministry all told again below); a
    lede shares a word or two with what follows it."""
    words = _content_words(box)
    told = _content_words(" ".join(story))
    return bool(words) and len(words & told) >= _RESTATED_SHARE * len(words)


def _content_words(text: str) -> set[str]:
    """``text``'s words of :data:`_RESTATED_WORD_LETTERS` letters or more, in lower case, a plural's "s" and
    the punctuation around them dropped."""
    words = (word.strip(_AROUND_WORDS).lower() for word in text.split())
    return {word.removesuffix("s") for word in words if len(word) >= _RESTATED_WORD_LETTERS}


def _summary_label(line: str) -> str | None:
    """``line`` case-folded as a summary's or a key-points box's label (:data:`_SUMMARY_LABELS`,
    :data:`_POINTS_LABELS`, the latter with its colon or none), else ``None``. Asked only of a line of
    :data:`_SUMMARY_LABEL_CHARACTERS` at most."""
    folded = line.casefold()
    if folded in _SUMMARY_LABELS:
        return folded
    folded = folded.rstrip(" :")
    return folded if folded in _POINTS_LABELS else None


def _is_prose(line: _Line) -> bool:
    return line.words >= _PROSE_WORDS and line.ends_sentence


def _in_newsletter_box(lines: list[_Line], noticed: list[bool], at: int) -> bool:
    """Whether ``lines[at]`` is a newsletter box's heading naming the newsletter, or the one short line under
    it, over the box's sign-up notice: Daily Sabah's "Daily Sabah Newsletter" / "Keep up to date with what's
    happening in Turkey, its region and the world." / "You can unsubscribe at any time. ...", where the blurb
    names no web thing a call is told by. A story's paragraph over such a notice, under no heading naming a
    newsletter, stays, as does a cross-head naming one over the story's paragraphs or over a line of news
    reporting someone's words (a box's blurb speaks as the site: "The company said it had 2 million
    subscribers." under "Newsletter wars")."""
    for heading in (at, at - 1):
        if heading < 0 or not _names_a_newsletter(lines[heading]):
            continue
        for notice in (heading + 1, heading + 2):
            if (
                at < notice < len(lines)
                and noticed[notice]
                and (
                    notice == heading + 1
                    or (
                        lines[heading + 1].words <= _NEWSLETTER_BLURB_MAX_WORDS
                        and not names_a_speaker(lines[heading + 1].text)
                    )
                )
                and _is_sign_up_notice(lines[notice].text, lines[notice].words)
            ):
                return True
    return False


def _names_a_newsletter(line: _Line) -> bool:
    if line.words > _NEWSLETTER_HEADING_MAX_WORDS or line.ends_sentence:
        return False
    folded = line.text.casefold()
    return any(word in folded for word in _NEWSLETTER_WORDS)


def _without_disclosure_box(lines: list[_Line]) -> list[_Line]:
    """``lines`` without a writer's disclosure box over the story: its heading (:data:`DISCLOSURE_HEADINGS`)
    above all prose, the notes of funding or ties under it (:func:`is_disclosure_note`), and a funders'
    heading (:data:`_FUNDERS_HEADINGS`) under them over one more such note (The Conversation's "Partners" /
    "The University of Western Australia provides funding as a member of The Conversation AU."). As the
    story's first prose the notes had stayed and a summary had taken one. A story's paragraph on funding
    under no such heading stays, as does a cross-head "Disclosures" below the story's first paragraph."""
    # A loop rather than two generators' searches: most texts open on prose, and each generator made and
    # resumed had cost a CNN/DM article's cleaning some thousands of instructions.
    for i, line in enumerate(lines):
        if line.is_prose:
            return lines
        if line.text in DISCLOSURE_HEADINGS:
            heading = i
            break
    else:
        return lines
    if not any(line.is_prose for line in lines[heading + 1 :]):
        return lines
    end = heading + 1
    while end < len(lines) and lines[end].ends_sentence and is_disclosure_note(lines[end].text):
        end += 1
    if end == heading + 1:
        return lines
    if (
        end + 1 < len(lines)
        and lines[end].text in _FUNDERS_HEADINGS
        and lines[end + 1].ends_sentence
        and is_disclosure_note(lines[end + 1].text)
    ):
        end += 2
    return lines[:heading] + lines[end:]


def _without_fact_check_box(lines: list[_Line]) -> list[_Line]:
    """``lines`` without a fact check's claim and rating box atop the page, each part under its label alone on
    its line (:data:`_CLAIM_LABELS`, :data:`_RATING_LABELS`, Snopes's "Claim:" / the claim / "Rating:" /
    "False"), the rating a short line ending no sentence, within :data:`_FACT_CHECK_BOX_REACH` lines of the
    text's head. The claim is the post the story checks, which the box states as fact: it had stood over the
    story as its first prose, the headline no title and the byline unread. A story's own paragraph under a
    subheading "Claim" ends in a paragraph, not in a rating's label over a verdict."""
    for at in range(min(_FACT_CHECK_BOX_REACH, len(lines) - 3)):
        if (
            folded_label(lines[at].text, _BOX_LABEL_MAX_CHARACTERS) in _CLAIM_LABELS
            and lines[at + 1].ends_sentence
            and folded_label(lines[at + 2].text, _BOX_LABEL_MAX_CHARACTERS) in _RATING_LABELS
            and lines[at + 3].words <= _RATING_MAX_WORDS
            and not lines[at + 3].ends_sentence
        ):
            return lines[:at] + lines[at + 4 :]
    return lines


def _closes_an_appeal(lines: list[_Line], noticed: list[bool], at: int) -> bool:
    """Whether ``lines[at]``, under a site's notice, speaks for its journalism (:func:`speaks_for_its_journalism`)
    and ends the page or stands over another notice or a button (a short line with no stop: "Make a
    donation"): the appeal's words between its heading and its button."""
    below = lines[at + 1] if at + 1 < len(lines) else None
    return speaks_for_its_journalism(lines[at].text) and (
        below is None
        or noticed[at + 1]
        or (not below.ends_sentence and below.words <= _APPEAL_BUTTON_MAX_WORDS)
        or below.is_call_to_action
    )
