"""The article's span among a text's lines, and the furniture dropped around and inside it: lines beyond
the prose, share bars and menus, "read more" headings with the headlines under them, live reports' stamps."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain, compress, islice, pairwise
from typing import TYPE_CHECKING

from nutgraf.extract.text.calls import (
    _BUTTON_WORDS,
    _CAPTION_CREDIT,
    _DASH_CREDIT,
    _PHOTO_CREDIT,
    _PHOTO_CREDIT_MAX_CHARACTERS,
    _PHOTOGRAPHER_CREDIT,
    _SOURCE_LABEL_OPENING,
    _STOP_INSIDE,
    _WEB_THING,
    _reports_someone,
    heads_the_line_below,
)
from nutgraf.extract.text.figures import (
    REVIEW_HEADINGS,
    is_desk_list_heading,
    is_figures_line,
    is_practical_row,
    is_pro_item,
    is_review_row,
)
from nutgraf.extract.text.furniture import (
    _BARE_DOI,
    _DOI,
    _QUOTATION_MARK_CHARACTERS,
    _REFERENCE_LABEL,
)
from nutgraf.extract.text.headlines import (
    _DATELINE_DASHES,
    _DATELINE_REACH,
    LABEL_WORDS_NOT_PLACES,
    opens_on_dateline,
)
from nutgraf.extract.text.menus import _MENU_ENTRY_WORDS, _is_link_like
from nutgraf.extract.text.particulars import (
    DESK_WORDS,
    _byline_names,
    _is_date_stamp,
    _is_reader_mode_estimate,
    _is_reading_time,
    _is_stamp_line,
    closes_on_newsroom,
    credits_an_agency_s_story,
    is_list_item,
    is_place_and_job,
    is_place_name,
    is_stamp_ending_as_sentence,
    names_a_writer_and_desk,
    opens_on_newsroom,
)
from nutgraf.extract.text.stamps import (
    _DATED_ROW,
    _SCHEDULE_ROW,
    _STAMP_MAX_WORDS,
    _YEARLESS_STAMP_MAX_CHARACTERS,
    MONTH,
    WEEKDAY,
    _is_time_stamp_line,
    _may_be_stamp,
    is_yearless_stamp_line,
)

if TYPE_CHECKING:
    from nutgraf.extract.text.lines import _Line

# The most words of a writer's names and a desk after them on a line over the stamp ("Eric Kiefer, Patch Staff").
_NAMES_AND_DESK_WORDS = 8
# Lines that are not prose between two prose lines that part the article from what is beyond it, and
# the words of a lone prose line there that make it the article's own.
_GROUP_GAP = 3
_STRAY_WORDS = 25
# The fewest items of a list without markers under its lead-in, and the fewest words of each (a link's or a
# tag's one word in lower case is no item); the fewest words of the lead-in, a sentence's opening ("The
# package includes:"), where a box's label has one or two ("Tags:", "Filed under:", "Share this:").
_UNMARKED_ITEMS_MIN = 2
_UNMARKED_ITEM_MIN_WORDS = 2
_UNMARKED_LEAD_IN_MIN_WORDS = 3
# The headings of :data:`_POINTER_HEADING` that are a story's own subheading too where no headline is under them.
_HEADINGS_OVER_HEADLINES_ONLY = frozenset(("trending stories", "trending now", "read next"))
# The same label as a heading of its own, over the headlines of other stories ("Mehr zum Thema", "Lire
# aussi", "Más información", "相关阅读", Indian and Gulf papers' "ALSO READ:", Malaysiakini's "RELATED REPORTS"):
# the heading and the lines under it that are no prose go.
_POINTER_HEADING = re.compile(
    # A site's "Read more from Sky News:" over other stories' headlines (the heading of five words at most).
    r"(?:read more from (?:the )?+[^\W\d_][\w.'’&-]*+(?: [^\W\d_][\w.'’&-]*+){0,3}"
    # A local TV station's "Trending Stories" (Nexstar's template) and a paper's "Read Next" (McClatchy's),
    # set between a story's paragraphs over other stories' headlines.
    r"|trending stories|trending now|read next"
    r"|read more|read also|also read|see also|related(?: articles| stories| reports| news| posts| content| coverage)?|more on this(?: story| topic)?"
    r"|lire aussi|à lire aussi|voir aussi|sur le même sujet|(?:lesen sie )?mehr zum thema|lesen sie auch|lee también|más información"
    r"|leer más|leggi anche|leia também|leia mais|saiba mais|veja também|lees ook|lees meer|czytaj też|czytaj także"
    r"|читайте также|по теме|читайте також|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة|延伸閱讀|延伸阅读|相關閱讀|相关阅读|関連記事"
    # The third world-news round's: Persian, Hebrew, Thai, Vietnamese, Catalan, Czech, Austrian German,
    # Greek, Argentine and Colombian Spanish, Hungarian, Romanian, Swahili, Tamil, Filipino; the Nordic
    # and Indonesian labels calls.py knows. Behind their first letters, which spare most lines trying each.
    r"|(?=[بקอxđlčdδmocsஇbiय])(?:بیشتر بخوانید|קראו עוד|קראו גם|อ่านข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|xem thêm|đọc thêm|llegiu també|čtěte také"
    r"|das könnte sie auch interessieren|διαβάστε επίσης|mirá también|le puede interesar|lea también"
    r"|olvasd el ezt is|citește și|citeşte şi|soma pia|இதையும் படி(?:க்க|ங்க)|basahin|lue myös|læs også|les også"
    r"|läs också|baca juga|ilgili haberler|ये भी पढ़ें|यह भी पढ़ें))"
    # Hindi pages close the label on a dash ("ये भी पढ़ें-").
    r"\s*+[:：-]?",
    re.IGNORECASE,
)
# The most headlines under such a heading, and the fewest words of one.
_POINTED_HEADLINES = 6
_HEADLINE_WORDS = 4
# A caption says what its photo shows, as it happens ("Workers prepare the site ..."); a wire's sentence
# narrates, in the past or the future, or credits what it says to a source: these words, or a verb's past
# in "-ed" in lower case, not after a form of "be" (a present passive, "A man is detained by police", is a
# caption's) nor after an article or a possessive (an adjective, "wade through a flooded street"). A caption
# names its people and places by a participle after them ("a man killed in an airstrike", "a building damaged
# by shelling", "A man injured in the blast is carried ..."), which the sentence's verb comes before or after,
# and its adjectives after an adverb in lower case ("heavily armed soldiers"): no past either (:func:`_narrates`).
_NARRATING_WORDS = frozenset("was were had has have will would did according".split())
_NOT_BEFORE_PAST = frozenset("is are be being a an the its their his her our".split())
_ARTICLES = frozenset(("a", "an", "the"))
_PRESENT_BE = frozenset(("is", "are"))
# The fewest letters of such a past ("shed", "bred" and "red" are too short to tell), and a number's word.
_PAST_MIN_LETTERS = 5
_NOT_PAST = frozenset(("hundred",))
# The punctuation around a word in running text, stripped before it is looked up.
_AROUND_WORDS = ".,;:!?\"'“”‘’()[]"
# A row of a results box (OregonLive's "Yes 61.2% 142,318", "Precincts reporting: 78%", "Dan Ryan (D) 51.4%"):
# a choice's, a candidate's or a count's label of a few words, its colon or none, a share in per cent and the
# votes before or after it or none, nothing else. Between the story's paragraphs the rows and the box's heading
# ("Measure 26-250: Parks bond") had stayed; news of a count says what it counts in words around its figures
# ("Yes won 61.2% of the vote, or 142,318 ballots."). The label is a name, each word capitalised, or closes on
# its colon (:func:`_labels_a_result`).
_RESULTS_ROW = re.compile(
    r"(?P<label>(?:(?:[^\W\d_]|\()[\w.'’()&-]*+:?\s++){1,5}+)(?:\d{1,3}(?:[,.]\d{3})++\s++)?+\d{1,3}(?:[.,]\d{1,2})?+\s?+%"
    r"(?:\s++\d{1,3}(?:[,.]\d{3})*+)?+"
)
# The fewest rows of a results box: a lone row may be a subheading of a share ("Turnout 62%"). The most
# characters of a row.
_RESULTS_BOX_ROWS = 2
_RESULTS_ROW_MAX_CHARACTERS = 120
# The most characters of the box's source line under its rows: the pollster, its client and the dates.
_RESULTS_SOURCE_MAX_CHARACTERS = 160
# A match report's scorers' line (kicker's "Tore: 0:1 Kane (12.), 1:1 Grifo (34., Foulelfmeter), 1:2 Musiala
# (58.)", "Latte Lath 23', Hackney 88' | Mayenda 61'"): a label of one word and its colon or none, then
# scorers parted by commas, semicolons or bars after each minute, each the score then or none, a name of four
# words at most and the minute, in brackets with a note ("pen", "Foulelfmeter") or none, or closing on its
# mark. Read item by item (:data:`_SCORER` of each part :data:`_SCORERS_PARTING` leaves), so that no pattern
# repeats an item of its own. Ending on its bracket as a sentence may, the line had opened every summary.
# A minute of the match in a scorer's brackets, added time or its mark after it or none ("12.", "90+3'").
_MINUTE = r"\d{1,3}\.?+(?:\+\d{1,2})?+['’]?+"
_SCORERS_LABEL = re.compile(r"(?P<word>[^\W\d_]{2,12}+)\s*+:\s++")
# The labels of a scorers' line, in the languages nutgraf stems. Any word's had let a list of names and ages
# go as one ("Victims: John Smith (34), Mary Jones (52)", "Cast: Tom Hanks (68), ..."), whose bare numbers in
# brackets read as minutes.
_SCORERS_LABELS = frozenset(
    (
        "goals", "scorers", "goalscorers", "tore", "torschützen", "buts", "buteurs", "goles", "goleadores",
        "marcatori", "reti", "gol", "gols", "golos", "marcadores", "doelpunten", "mål",
    )
)  # fmt: skip
# A minute marked as one, a stop or a prime after its digits ("12.", "88'"): scorers without a label or a
# score are told by it from names over bare numbers in brackets ("Bayern (31), Leverkusen (28)", a table's
# points, people's ages).
_MARKED_MINUTE = re.compile(r"\d[.'’]")
_SCORERS_PARTING = re.compile(r"(?<=[)'’])\s*+[,;|]\s*+")
_SCORER = re.compile(
    r"(?P<score>\d{1,2}\s*+[:-]\s*+\d{1,2}\s++)?+(?P<name>[^\W\d_][\w.'’-]*+(?:\s++[^\W\d_][\w.'’-]*+){0,3}+)\s*+"
    rf"(?:\({_MINUTE}(?:,\s*+{_MINUTE})*+(?:,?\s*+[^\W\d_][\w.-]*+(?:\s++[^\W\d_][\w.-]*+)?+)?+\)"
    r"|\d{1,3}(?:\+\d{1,2})?+['’])"
)
# The last characters of a scorers' line: a minute's bracket or mark.
_SCORERS_ENDS = (")", "'", "’")
_SCORERS_LAST_CHARACTERS = "".join(_SCORERS_ENDS)
# Those and a question's mark (:func:`_is_defined_term_heading`), a line's last character asked once for both.
_SCORERS_OR_QUESTION_LAST_CHARACTERS = f"{_SCORERS_LAST_CHARACTERS}?"
# A fact box's heading asking what a term is over its answer, the term opening the answer as its subject
# (Verywell Health's "What is RSV?" over "RSV is a common virus that ..."; "What are GLP-1 drugs?", "¿Qué es
# la apnea del sueño?", "Was ist Long Covid?"): the box's label, whose answer names the term again. A
# cross-head's question is answered in the story's words ("What is next?" over "The council votes on
# Tuesday."), and a speaker's question is quoted.
_TERM_QUESTION = re.compile(
    r"(?:what (?:is|are)|¿?qué (?:es|son)|was (?:ist|sind)|qu['’]est-ce que|o que (?:é|são)) (?P<term>[^?!.,;:]{1,40}+)\?",
    re.IGNORECASE,
)
# The verbs an answer puts after the term, in the questions' languages ("RSV is", "Le RSV est").
_TERM_COPULAS = (" is ", " are ", " es ", " son ", " ist ", " sind ", " est ", " sont ", " é ", " são ")
_TERM_QUESTION_MAX_WORDS = 8
# The most characters of a scorers' line.
_SCORERS_MAX_CHARACTERS = 400


def _is_answer_in_minutes(lines: list[_Line], at: int, first_prose: int) -> bool:
    """Whether a range of minutes alone (:func:`_is_reader_mode_estimate`) under the story's first paragraph
    answers the line above it, a question or a label that closes on no stop ("How long should a nap last?" /
    "20-30 minutes", "Ambulance response, category two" / "40-50 minutes"): a reader mode sets its estimate
    over the story, under the names or the headline (under a paragraph's stop, where a pasted copy may have
    left it, it still goes)."""
    return at > first_prose and not lines[at - 1].text.endswith(".") and _is_reader_mode_estimate(lines[at])


def _drop_furniture(lines: list[_Line], *, opening: bool) -> list[_Line]:
    """The lines that are not furniture. With ``opening``, the first line is the article's own opening
    (a standfirst without a final stop, a headline not taken for the title) and is kept."""
    # A call to the reader that reads as prose (a paywall's notice closing the page) is no part of the
    # article the span is drawn around: it would take in an author box above it.
    calls = [line.is_call_to_action for line in lines]
    # A folio's words or the site's link to its app over the line they head are the story's (a cross-head).
    # Asked of the calls alone, found in C: the test's place in the comprehension had cost every line an index.
    for i in compress(range(len(lines) - 1), calls):
        if heads_the_line_below(lines[i].text, lines[i + 1].text):
            calls[i] = False
    # Nor a day and month closing on the month's stop ("lun. 2 févr.", a French paper's stamp): read as the
    # story's first sentence, it had stayed over it, where "lundi 2 février" went as the page's furniture.
    # Its length first, in C: asked of every line, the call had cost each of an XSum article's lines of prose.
    stamps = [
        line.ends_sentence
        and len(line.text) <= _YEARLESS_STAMP_MAX_CHARACTERS
        and is_yearless_stamp_line(line.text)
        for line in lines
    ]
    items = _unmarked_items(lines)
    prose = [
        i
        for i, line in enumerate(lines)
        if (line.is_prose or line.is_item or items[i]) and not (calls[i] or stamps[i])
    ]
    if not prose:
        return _without_menus(lines)
    pointed = _pointed_headlines(lines)
    # Counted only where a line is short (a CNN/DM article is one long line): a Counter fed an iterable asks
    # whether it is a mapping, an abstract class's check in Python.
    short = [line.text.casefold() for line in lines if line.is_short]
    counts = Counter(short) if short else Counter()
    # A listing's dated rows are its news, never stamps, whose dates they open on ("March 3, 2026: Public
    # hearing at City Hall").
    listed = _dated_listing(lines)
    rows = _results_rows(lines)
    first, last, before, after = _article_span(lines, prose, pointed, counts, listed, rows)
    dropped = pointed.copy()
    # Under a standfirst, the byline, the date stamp and the reading time stand inside the prose: never the
    # article's words.
    # The second line of prose, a list's date stamp none (the generator only where a list item comes first:
    # asked of every text, it had cost a CNN/DM article 4,000 instructions).
    head = prose[1] if len(prose) > 1 else 0
    if head and not (lines[prose[0]].is_prose and lines[head].is_prose):
        head = next(islice((i for i in prose if lines[i].is_prose or is_list_item(lines[i])), 1, None), 0)
    # A stamp closing on its time's meridiem is a particular, not the second paragraph: the prose goes on
    # after it.
    while head and is_stamp_ending_as_sentence(lines[head]):
        head = next((i for i in prose if i > head), 0)
    particulars = [
        _byline_names(line) is not None
        or (_is_date_stamp(line) and not listed[i])
        or (_is_reading_time(line) and not _is_answer_in_minutes(lines, i, prose[0]))
        or credits_an_agency_s_story(line.text)
        or is_place_and_job(line.text)
        for i, line in enumerate(lines[:head])
    ]
    for i, found in enumerate(particulars):
        # So does a line of a few words between two of them, ending no sentence: the writer's desk or job
        # under the byline ("By Jeffrey S. Solochek" / "Times staff" / "Published Dec. 3, 2026"); or over the
        # stamp, a desk's credit in place of a byline (The Kathmandu Post's "Post Report" / "Published at :
        # ...").
        dropped[i] = (
            dropped[i]
            or found
            or (
                i < head - 1
                and particulars[i + 1]
                and lines[i].words <= DESK_WORDS
                and not (lines[i].ends_sentence or lines[i].is_item)
                and (
                    (i > 0 and particulars[i - 1])
                    or closes_on_newsroom(lines[i].text)
                    or opens_on_newsroom(lines[i].text)
                )
            )
            # Or, over the stamp, a writer's names and the desk credited after them (Patch's "Eric Kiefer,
            # Patch Staff" under its deck, which had stayed in the text though read as the byline).
            or (
                i < head - 1
                and not lines[i].ends_sentence
                and lines[i].words <= _NAMES_AND_DESK_WORDS
                and (particulars[i + 1] or _is_stamp_line(lines[i + 1]))
                and names_a_writer_and_desk(lines[i].text)
            )
        )
    # Right under the byline or the stamp, a short sentence on the line over a photo's credit, the story's
    # dateline under that, is the photo's caption (Der Standard's "Die U-Bahn soll ab 2027 häufiger fahren."
    # over "Foto: APA/HELMUT FOHRINGER" over "Wien – Die Jahreskarte ..."): it had stayed as the text's first
    # paragraph, the credit gone. The dateline opens the story, so the sentence over it is not the story's; a
    # short lede with no dateline under it may be over the credit of a photo set after it.
    for i in range(1, len(particulars) - 1):
        if (
            particulars[i - 1]
            and lines[i].ends_sentence
            and lines[i].is_short
            and calls[i + 1]
            and _CAPTION_CREDIT.search(lines[i + 1].text) is not None
            and _opens_on_place_before_dash(lines[i + 2].text)
        ):
            dropped[i] = True
    # A programme listing is a run of rows of times: a live report's entry under its time ("10:42 Power cut
    # to 200,000 homes") stands alone above its prose, and rows under a line the article ends on a colon
    # ("How the morning unfolded:" / "08:15 First explosion at the central station") are its own timeline.
    introduced = False
    headed: dict[int, bool] = {}
    for i, line in enumerate(lines):
        repeated = line.is_short and counts[line.text.casefold()] > 1
        outside_headline = (i < first or i > last) and not (
            (line.ends_sentence and not stamps[i]) or line.is_item or items[i]
        )
        if (opening and i == 0) or line.introduces_list:
            outside_headline = False
        dropped[i] = (
            repeated
            or outside_headline
            or _is_link_like(line)
            or not before < i < after
            or calls[i]
            # Its last character first, in C: a call a line had cost every text's lines. A slice's look-up in
            # the characters, not str.endswith, whose tuple is parsed at each call (330 instructions a line).
            or (
                (end := line.text[-1:]) in _SCORERS_OR_QUESTION_LAST_CHARACTERS
                and (_is_defined_term_heading(lines, i) if end == "?" else _is_scorers_line(line.text))
            )
            or (is_figures_line(line.text) and not (is_review_row(line.text) and _in_story_box(lines, i)))
            # A pro's plus, its first character: a slice of one is the interpreter's own string, where one of two
            # is built for each line (is_pro_item asks its space).
            or (line.text[:1] == "+" and is_pro_item(line.text) and _under_review_heading(lines, i, headed))
            # Both stamps are short lines (of 16 characters, 12 words at most): the flag spares most lines
            # the two calls.
            or (line.is_short and not listed[i] and (_is_time_stamp_line(line.text) or _is_stamp_line(line)))
            or (line.text[:1].isdigit() and not introduced and _in_listing(lines, i))
            or dropped[i]
        )
        introduced = line.text[-1:] == ":" or (introduced and _is_schedule_row(line))
    _drop_inner_runs(lines, dropped, first, last, items)
    _drop_credited_captions(lines, dropped, first, last)
    _drop_captions_under_credits(lines, dropped, first, last)
    _drop_captions_over_photo_credits(lines, dropped)
    _drop_box_blurb(lines, dropped, calls, last)
    if any(rows):  # in C: the box's walk over the lines only where a row stands among them
        _drop_results_box(lines, dropped, rows)
    _drop_headed_rows(lines, dropped)
    _drop_neighbours(lines, dropped, first, last, opening=opening)
    return [line for i, line in enumerate(lines) if not dropped[i]]


# The most characters of a list's row under its heading: a shelter's name and address, an agenda's item, a
# public notice's one sentence of a hearing's time and place.
_HEADED_ROW_MAX_CHARACTERS = 240
_HEADED_ROWS_MIN = 2
# A public notice's last line, the paper's note of its run ("Published in The Oklahoman Dec. 2, 2026").
_NOTICE_RUN_LINE = "Published in "


def _drop_headed_rows(lines: list[_Line], dropped: list[bool]) -> None:
    """Drops the rows of a desk's list whose heading went, the rest of the heading's block where two rows or
    more stand under it, each short ("Shelters open" over "Barron Collier High School, 5600 Cougar Drive,
    Naples", "On the agenda" over "1. Borrowing order for ...", "PUBLIC NOTICE" over its hearing's sentence
    and "Published in The Oklahoman Dec. 2, 2026"). Read alone, a row is a sentence a story may write (a
    school at its address, an item of the story's own numbered list), and had stayed between the paragraphs
    once its heading had gone; one paragraph run on under a heading is the story's prose."""
    # Only the dropped lines walked, picked in C: most texts' lines are kept.
    for i in compress(range(len(lines)), dropped):
        line = lines[i]
        # The heading's look-up before the walk to its block's end: a walk from each dropped line had read a
        # text of one block through once a line.
        if not (line.is_short and is_desk_list_heading(line.text)):
            continue
        end = i + 1
        while end < len(lines) and lines[end].block == line.block:
            end += 1
        rows = lines[i + 1 : end]
        # Rows, not sentences: a story's short paragraphs under the same words as its cross-head ("Road
        # closures" over "Police closed Main Street for most of the day.") end on a stop, as do a council's
        # decisions it numbers ("1. The council approved ..."); in a text of one block (XSum's) they had all
        # gone. A notice's sentence goes only over the paper's line that it ran as a notice, itself no sentence
        # ("Published in the Gazette, the notice drew no objections." is reporting).
        if (
            len(rows) >= _HEADED_ROWS_MIN
            and all(len(row.text) <= _HEADED_ROW_MAX_CHARACTERS for row in rows)
            and not rows[-1].ends_sentence
            and (rows[-1].text.startswith(_NOTICE_RUN_LINE) or not any(row.ends_sentence for row in rows))
        ):
            for j in range(i + 1, end):
                dropped[j] = True


# The labelled lines, each a paragraph of its own, that make a story's box (an obituary's facts, a recipe's, a
# gadget story's specs: "Price: $799" over "Screen: 6.3in OLED", "Battery life: 22 hours", "Storage: 256GB"):
# a review's rows are one block under its heading, or one row alone ("Price when reviewed: $799").
_STORY_BOX_LINES = 4
_STORY_BOX_LABEL_CHARACTERS = 30


def _in_story_box(lines: list[_Line], i: int) -> bool:
    """Whether line ``i`` is one of a run of :data:`_STORY_BOX_LINES` labelled lines or more, each its own
    paragraph: a story's box, which stays (the fifteenth round's), where a review's spec row leaves."""
    # The run looked for within the box's size either side: a walk to its ends had read a page of thousands
    # of rows once a row (4,000 took four seconds), and any run of the box's size holding the line meets
    # those lines.
    reach = _STORY_BOX_LINES - 1
    start = i
    while start > max(0, i - reach) and _is_own_labelled(lines, start - 1):
        start -= 1
    end = i + 1
    while end < min(len(lines), i + reach + 1) and _is_own_labelled(lines, end):
        end += 1
    return _is_own_labelled(lines, i) and end - start >= _STORY_BOX_LINES


def _is_own_labelled(lines: list[_Line], i: int) -> bool:
    """Whether line ``i`` is a labelled line ("Label: ...") that is a paragraph of its own."""
    block = lines[i].block
    return (
        ": " in lines[i].text[:_STORY_BOX_LABEL_CHARACTERS]
        and (i == 0 or lines[i - 1].block != block)
        and (i + 1 == len(lines) or lines[i + 1].block != block)
    )


def _under_review_heading(lines: list[_Line], i: int, headed: dict[int, bool]) -> bool:
    """Whether line ``i``'s block opens on a review box's heading ("Pros" over its "+ " items); ``headed``
    holds the answer for each block already asked."""
    # A block's answer kept for its next items: a walk to its opening from each had read a list of thousands
    # of "+ " rows once a row.
    block = lines[i].block
    if (answer := headed.get(block)) is None:
        start = i
        while start > 0 and lines[start - 1].block == block:
            start -= 1
        answer = headed[block] = lines[start].text.casefold() in REVIEW_HEADINGS
    return answer


def is_reference_entry(text: str, above: str) -> bool:
    """Whether a line is a paper's reference under a science story: a DOI alone on its line (EurekAlert!'s
    under its "DOI" label), or a DOI and "et al." or a label before it
    ("Journal reference: Cloutier, R. et al. ... Nature (2026). doi:10.1038/...", "Referencia: ..."), on its
    line or alone on the line ``above`` it (ScienceDaily's "Journal Reference:" over "Sarah Kim, Tom Ellis,
    Mele Tupou. ... DOI: 10.1038/...", three authors and no "et al."). Split into sentences it had given a
    summary "Lancet Public Health 10, e123–e134 (2026)."; a sentence of news that cites a DOI has neither. A
    heading without its colon ("Citations", Science News's) leaves with a reference read so, but makes none:
    a subheading of news reads so too ("Citations" over "The city's report (doi: 10.5555/...) shows ...")."""
    # A line of at most :data:`_REFERENCE_MAX_WORDS` words holding a DOI's "10." or an "et al": its caller's tests
    # in C, which spare nearly every line the call and the patterns.
    if " " not in text and _BARE_DOI.fullmatch(text):
        return True
    labelled = _REFERENCE_LABEL.match(text) is not None or _REFERENCE_LABEL.fullmatch(above) is not None
    if _DOI.search(text) is None:
        # A labelled reference without a DOI names its authors as "et al." (Healio's "Reference:" over "Larsen
        # K, et al. Abstract 4417. Presented at: ...", Le Figaro's "Référence : Lauby-Secretan B. et al., The
        # Lancet Oncology, ..."); a story's sentence on "Smith et al." wears no label.
        return labelled and "et al" in text
    # A DOI under its own label opening the line ("DOI: 10.1038/s41591-...") is the paper's, as it is alone.
    return "et al" in text or labelled or _DOI.match(text) is not None


def _without_menus(lines: list[_Line]) -> list[_Line]:
    """A text without prose (a headline, a sentence or two of a few words) less what is page furniture
    there too: menus, calls to the reader, bylines and date stamps (a headline over "By Jane Doe" had that
    byline for its summary), and runs of one- and two-word lines (Home, World, Sign in), the furniture taken
    out between them or not ("Home" / "Share on Facebook" / "World"). A button of one or two words is one of
    the run's lines too ("Subscribe" over "Cookie settings": taken out first, it had left its neighbour alone,
    no run, and the text's article), but not for the text's first line, the headline's place: a headline of
    two words over a button ("Floods return" / "Share") is the article's."""
    taken = [
        _is_link_like(line)
        or line.is_call_to_action
        or _byline_names(line) is not None
        or (line.words <= _STAMP_MAX_WORDS and _may_be_stamp(line.text))
        for line in lines
    ]
    menu = [0 < line.words <= _MENU_ENTRY_WORDS and not line.ends_sentence for line in lines]
    kept = [i for i, out in enumerate(taken) if not out]
    in_run = {
        i
        for before, i, after in zip([None, *kept], kept, [*kept[1:], None], strict=False)
        if menu[i] and ((before is not None and menu[before]) or (after is not None and menu[after]))
    }
    in_run.update(
        i for i in kept if i > 0 and menu[i] and (menu[i - 1] or (i + 1 < len(lines) and menu[i + 1]))
    )
    return [lines[i] for i in kept if i not in in_run]


def _article_span(
    lines: list[_Line],
    prose: list[int],
    pointed: list[bool],
    counts: Counter[str],
    listed: list[bool],
    rows: list[bool],
) -> tuple[int, int, int, int]:
    """The first and last prose line of the article, and the bounds (exclusive) outside which nothing
    is the article's.

    Prose lines part into groups wherever several lines that are not prose come between them (a share
    bar, a "Next article" block). The article is the group with the most words, with every group next to
    it that is more than a stray line: a footer's "(c) 2024 Times Ltd. All rights reserved." or a lone
    sign-up line past the menus ends like a sentence, yet lies beyond the article. A "read more" heading
    and the headlines under it (``pointed``) count as one line, as pages set them between paragraphs.

    A live report's furniture between its entries parts nothing: time stamps ("08.52 GMT", "9h ago",
    "Posted at 10:15"), the heading under one, and the widget lines every entry repeats ("Share").
    Counted, they had cut a pasted live report to its newest entry.
    """
    # How many lines that part groups come before each line.
    parting = [0]
    stamped = False  # whether the line before is a time stamp
    for i, line in enumerate(lines):
        stamp = line.is_short and (
            _is_time_stamp_line(line.text)
            or _is_stamp_line(line)
            or _is_schedule_row(line)
            # A listing's dated rows under the first paragraph had cut the story into two: one went. A
            # results box's rows too.
            or listed[i]
            or rows[i]
        )
        # An entry's heading under its stamp ("Posted at 10:15" / "Power cut to 200,000 homes") parts
        # nothing either.
        heading = stamped and line.is_short and not line.ends_sentence
        under_pointer = pointed[i] and i > 0 and pointed[i - 1]
        # Only a short line is counted, so only one can be a repeated button: the flag spares the rest the call.
        # A table's row pasted between its bars ("| Arsenal | 45 |", "|---|---|") parts nothing either: a
        # league table under the lede had cut the lede off as a stray line above the story. Asked of a line
        # that is no prose, last: a slice of every line's first and last characters cost an XSum article 14,000
        # instructions.
        parts = not (
            stamp
            or heading
            or under_pointer
            or (line.is_short and _is_repeated_button(line, counts))
            or (not line.is_prose and line.text[:1] == "|" and line.text[-1:] == "|")
        )
        parting.append(parting[-1] + parts)
        stamped = stamp
    groups = [[prose[0]]]
    for previous, index in pairwise(prose):
        if parting[index] - parting[previous + 1] >= _GROUP_GAP:
            groups.append([])
        groups[-1].append(index)
    sizes = [sum(lines[i].words for i in group) for group in groups]
    start = end = max(range(len(groups)), key=sizes.__getitem__)
    while start > 0 and _substantial(groups[start - 1], sizes[start - 1]):
        start -= 1
    while end < len(groups) - 1 and _substantial(groups[end + 1], sizes[end + 1]):
        end += 1
    if end < len(groups) - 1 and _closes_under_box(lines, groups[end][-1], groups[end + 1]):
        end += 1
    before = groups[start - 1][-1] if start > 0 else -1
    after = groups[end + 1][0] if end < len(groups) - 1 else len(lines)
    return groups[start][0], groups[end][-1], before, after


def _is_schedule_row(line: _Line) -> bool:
    """Whether a line is a row of a programme listing (:data:`_SCHEDULE_ROW`), a short line ending no
    sentence."""
    return _schedule_row(line) is not None


def _schedule_row(line: _Line) -> re.Match[str] | None:
    """:data:`_SCHEDULE_ROW` matched on a short line ending no sentence: the first character's test spares
    nearly every line the pattern."""
    if line.text[:1].isdigit() and line.is_short and not line.ends_sentence:
        return _SCHEDULE_ROW.match(line.text)
    return None


def _is_unmarked_schedule_row(line: _Line) -> bool:
    """Whether a line is a schedule row with no colon or dash after its time ("21:00 Newsnight, BBC Two"): a
    row with one ("08:15 – First explosion at the central station", "10:02 – Exit poll puts Labour
    ahead") is as often a story's own timeline or a live report's entries, which had gone as a listing's."""
    return (row := _schedule_row(line)) is not None and row.group("mark") is None


def _dated_listing(lines: list[_Line]) -> list[bool]:
    """Whether each line is a row of a listing of dated events: a dated row (:func:`_is_dated_row`) beside
    another."""
    # A listing has two rows: a text of one line (most of CNN/DM's) or with fewer than two dated rows (most
    # others) holds none, told without a call for its line or a pass over its neighbours.
    if len(lines) < 2:
        return [False] * len(lines)
    dated = [_is_dated_row(line) for line in lines]
    if dated.count(True) < 2:
        return [False] * len(lines)
    return [
        row and ((i > 0 and dated[i - 1]) or (i + 1 < len(dated) and dated[i + 1]))
        for i, row in enumerate(dated)
    ]


def _is_dated_row(line: _Line) -> bool:
    """Whether a line is a row of a listing of dated events (:data:`_DATED_ROW`), a short line ending no
    sentence."""
    return line.is_short and not line.ends_sentence and _DATED_ROW.match(line.text) is not None


def _in_listing(lines: list[_Line], i: int) -> bool:
    """Whether ``lines[i]`` is a row of a programme listing: a schedule row beside another, or a row whose
    programme closes on a question's or an exclamation's mark ("20:15 Wetten, dass..?", which reads as a
    sentence) between two: it had stayed, a third of the evening, while the rows beside it went."""
    line = lines[i]
    if _is_unmarked_schedule_row(line):
        return (i > 0 and _is_schedule_row(lines[i - 1])) or (
            i + 1 < len(lines) and _is_schedule_row(lines[i + 1])
        )
    # Its last character first, in C: a sentence closing on a stop, nearly every line, is no programme's.
    return (
        line.text.endswith(_PROGRAMME_MARKS)
        and line.is_short
        and 0 < i < len(lines) - 1
        and (row := _SCHEDULE_ROW.match(line.text)) is not None
        and row.group("mark") is None
        and _is_schedule_row(lines[i - 1])
        and _is_schedule_row(lines[i + 1])
    )


# The marks a programme's title may close on that end a sentence too ("Wetten, dass..?", "Achtung!").
_PROGRAMME_MARKS = ("?", "!")


def _is_repeated_button(line: _Line, counts: Counter[str]) -> bool:
    """Whether a line is a button the page repeats under each entry of a live report ("Share"; not a
    repeated line of a match's commentary, "Corner, Wrexham.")."""
    return line.words <= _BUTTON_WORDS and not line.ends_sentence and counts[line.text.casefold()] > 1


def _unmarked_items(lines: list[_Line]) -> list[bool]:
    """Whether each line is an item of a list without markers under a lead-in ending on a colon ("The package
    includes:" / "free school meals for every primary pupil" / "a cap on class sizes of 30"): two lines or more
    of :data:`_UNMARKED_ITEM_MIN_WORDS` words or more, each opening on a word in lower case whole, as the
    lead-in's sentence runs on into them, and the story's prose under them. Short lines with no stop, they had
    parted the story's lede from the rest and gone with it as a stray line; a menu's or a box's entries under
    a label open on capitals. A box's label is no sentence's opening: its word before the colon is a name's
    or a label's ("More from Sport:", "Tags:", "Topics:"), and no prose follows a box under the story (its
    tags "bus lanes" / "city council", its links "share on facebook" / "share on twitter"), which had kept
    the box in the text."""
    items = [False] * len(lines)
    # The lines' last characters at once: most texts end none on a colon, and a loop's step a line had cost
    # an XSum article's cleaning 4,000 instructions more.
    ends = [line.text[-1:] for line in lines]
    if ":" not in ends:
        return items
    # The walk goes on from where the last lead-in's ended: a lead-in is an item's line too ("the package
    # also includes:"), and 10,000 of them, each walked to the run's end, had taken 18 s (hostile input,
    # round 27). Past a lead-in the run's lines up to that end are items, and the line at it is none; they
    # are marked once, up to the end ``marked``.
    end = marked = 0
    for at, last in enumerate(ends):
        if last != ":" or not _opens_sentence_into_list(lines[at]):
            continue
        end = max(end, at + 1)
        while end < len(lines) and _opens_unmarked_item(lines[end]):
            end += 1
        if end - at - 1 >= _UNMARKED_ITEMS_MIN and end < len(lines) and lines[end].is_prose:
            start = max(at + 1, marked)
            items[start:end] = [True] * (end - start)
            marked = end
    return items


def _opens_sentence_into_list(line: _Line) -> bool:
    return line.words >= _UNMARKED_LEAD_IN_MIN_WORDS and line.text.rsplit(maxsplit=1)[-1].islower()


def _opens_unmarked_item(line: _Line) -> bool:
    return line.words >= _UNMARKED_ITEM_MIN_WORDS and line.text.split(maxsplit=1)[0].islower()


def _substantial(group: list[int], words: int) -> bool:
    return len(group) >= 2 or words >= _STRAY_WORDS


def _closes_under_box(lines: list[_Line], last: int, group: list[int]) -> bool:
    """Whether ``group``, a lone line of prose past the article's ``last`` line, is its closing sentence under
    the story's box: it tells what happened or will (:func:`_narrates`), and only a desk's box lines
    (:func:`is_figures_line`: a candidate's rows, a book's info line, a spec table's) stand between.
    Parted by them as a stray line, a story's short last sentence had gone with the box ("Party: Democrat" /
    "Age: 54" / ... over "The port authority said the dredgers would start work in spring."). A footer, a
    sign-up line, a bookshop's or a shop link's note ("Read our full review ...") tells nothing and still goes,
    as does a line past a share bar or a list of links, those lines no box's. A travel story's practical box closes
    its story: the line under it is the desk's note on the trip ("This trip was provided by the tourism
    board.")."""
    line = lines[group[-1]]
    # The box's lines asked last, and only up to the first that is none: a stray line past a page of furniture
    # is answered at its first line.
    return (
        len(group) == 1
        and line.is_prose
        and line.ends_sentence
        and _narrates(line.text)
        and all(
            is_figures_line(text := lines[i].text) and not is_practical_row(text)
            for i in range(last + 1, group[0])
        )
    )


def _drop_inner_runs(
    lines: list[_Line], dropped: list[bool], first: int, last: int, items: list[bool]
) -> None:
    """Inside the prose, runs of two or more lines of a few words that end no sentence (share bars,
    menus); list entries and subheadings are longer, and a list's items without markers (``items``) are
    the story's however short."""
    run: list[int] = []
    for i in range(first, last + 2):
        if i <= last and lines[i].words <= _BUTTON_WORDS and not (lines[i].ends_sentence or items[i]):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                dropped[j] = True
        run = []


def _opens_on_place_before_dash(text: str) -> bool:
    """Whether ``text`` opens on a dateline: a wire's (:func:`opens_on_dateline`), or a place of a few
    capitalised words before a dash in any case, as German and Austrian papers set theirs ("Wien – ", "Bad
    Ischl – "), a kicker's label ("Analyse – ") none."""
    if opens_on_dateline(text):
        return True
    dash = min((at for at in map(text.find, _DATELINE_DASHES) if at > 0), default=0)
    place = text[:dash].split() if dash <= _DATELINE_REACH else []
    return is_place_name(place) and LABEL_WORDS_NOT_PLACES.isdisjoint(word.casefold() for word in place)


def _drop_credited_captions(lines: list[_Line], dropped: list[bool], first: int, last: int) -> None:
    """Inside the prose, past its first paragraph and before its last, a caption closing on its agency's
    credit after a dash (The Star's "Workers prepare the site for the Mutiara Line's depot in Bayan Lepas. —
    Bernama", the credit parted onto a line of its own by :func:`_lines`): one sentence that reports no one,
    between two paragraphs of the story. A wire's paragraph closes on its credit so where it ends the story,
    or reports someone ("... said the minister. — Reuters"), or runs to more sentences; and a digest of briefs
    closes each on its credit, so a caption's is the text's only one."""
    credited = [
        i
        for i in range(len(lines) - 1)
        if lines[i + 1].text[:1] in "—–"
        and lines[i + 1].block == lines[i].block
        and _DASH_CREDIT.fullmatch(lines[i + 1].text) is not None
    ]
    if len(credited) != 1:
        return
    i = credited[0]
    if first < i < last and _reads_as_caption(lines[i]):
        dropped[i] = True


def _reads_as_caption(line: _Line) -> bool:
    """Whether a line beside a photo's credit reads as the photo's caption: one sentence that quotes, reports
    and narrates nothing (:func:`_narrates`), saying what the photo shows."""
    return (
        line.ends_sentence
        and _STOP_INSIDE.search(line.text) is None
        # A caption quotes no one.
        and not any(mark in line.text for mark in _QUOTATION_MARK_CHARACTERS)
        and not _reports_someone(line.text)
        and not _narrates(line.text)
    )


# The day a photo was taken, as a caption in the present names it ("... debates the budget on Tuesday.",
# "..., Dec. 3, 2026."): a story's own sentence in the present names none ("Residents want lower taxes.").
_CAPTION_DAY = re.compile(rf"\b(?:{WEEKDAY}\b|{MONTH} \d)", re.IGNORECASE)
# The words that make a sentence's day one to come, its news a schedule's ("meets again on Tuesday", "next
# Monday", "until Friday").
_DAY_TO_COME_WORDS = frozenset("again next until till later".split())


def _drop_captions_over_photo_credits(lines: list[_Line], dropped: list[bool]) -> None:
    """A caption on the line over its photo's credit alone on its line, as a wire's caption is parted from
    its credit in brackets ("Police officers stood guard outside the court on Monday." / "(AP Photo/Jane
    Doe)"): a short sentence that reads as a caption (:func:`_reads_as_caption`) and names the day the photo
    was taken (:data:`_CAPTION_DAY`), not one to come (:func:`_names_a_day_to_come`). It had stayed as the
    story's paragraph, the credit too. The story's sentence over a credit whose caption went elsewhere reports
    someone ("..., the police said"), narrates ("Police arrested two men on Monday.", which had gone) or runs
    longer."""
    # The credit's slash first, in C: nearly every line is spared the rest.
    for i in range(len(lines) - 1):
        credit = lines[i + 1].text
        if (
            "/" in credit
            and len(credit) <= _PHOTO_CREDIT_MAX_CHARACTERS
            and not dropped[i]
            and lines[i].is_short
            and _PHOTO_CREDIT.fullmatch(credit) is not None
            and _reads_as_dated_caption(lines[i])
        ):
            dropped[i] = dropped[i + 1] = True


def _reads_as_dated_caption(line: _Line) -> bool:
    """Whether a line beside a photo's credit is its caption by the day it names: one that reads as a caption
    (:func:`_reads_as_caption`) and names the day the photo was taken (:data:`_CAPTION_DAY`), not one to come
    (:func:`_names_a_day_to_come`), whether a wire's credit is under it or a photographer's over it."""
    return (
        _CAPTION_DAY.search(line.text) is not None
        and _reads_as_caption(line)
        and not _names_a_day_to_come(line.text)
    )


def _names_a_day_to_come(text: str) -> bool:
    """Whether a sentence names its day as one to come ("The council meets again on Tuesday.", "... until
    Friday."): a story's schedule told in the present, where a caption names the day its photo was taken.
    "Next to" places a caption's subject ("A man stands next to his car on Monday."), which had stayed."""
    words = [word.strip(_AROUND_WORDS).lower() for word in text.split()]
    return any(
        word in _DAY_TO_COME_WORDS and not (word == "next" and following == "to")
        for word, following in zip(words, [*words[1:], ""], strict=True)
    )


def _drop_captions_under_credits(lines: list[_Line], dropped: list[bool], first: int, last: int) -> None:
    """Inside the prose, a caption on the line under its photographer's credit (the Lethbridge Herald's "Herald
    photo by Al Beeber" over "Lethbridge city council debates the operating budget on Tuesday.", which had
    reached a summary): a short line that reads as a caption (:func:`_reads_as_caption`), as one over a
    wire's credit does (:func:`_drop_credited_captions`), and names the day the photo was taken, as a caption
    in the present does (:data:`_CAPTION_DAY`). The story's paragraph under a credit whose caption the page
    left out runs longer than a short line, or reports someone, or narrates, or tells the present with no
    day to it ("The mayor opposes the increase.", which had gone as the caption)."""
    for i in range(max(first, 0) + 2, last):
        if (
            dropped[i - 1]
            and not dropped[i]
            and lines[i].is_short
            and _PHOTOGRAPHER_CREDIT.fullmatch(lines[i - 1].text) is not None
            and _reads_as_dated_caption(lines[i])
        ):
            dropped[i] = True


def _drop_box_blurb(lines: list[_Line], dropped: list[bool], calls: list[bool], last: int) -> None:
    """Closing the text, a short paragraph between two calls naming the same web thing is their box's blurb
    (Dziennik Bałtycki's "Dołącz do nas na Facebooku!" / "Publikujemy najciekawsze artykuły, wydarzenia i
    konkursy. Jesteśmy tam, gdzie nasi czytelnicy!" / "Polub nas na Facebooku!"), which had stayed as the
    story's last paragraph, the calls gone. The story's own last paragraph between a pointer and a share
    button stays: those name no web thing, or not the same one; and news says who made a call. So does one
    between a promotion and a share button on the same network ("Follow our coverage on Twitter." over "The
    budget returns to council on Dec. 16.", which had gone): a box's blurb counts no figure and tells no
    event (:func:`_narrates`)."""
    i = last
    if (
        not 0 < i < len(lines) - 1
        or not (calls[i - 1] and calls[i + 1])
        or dropped[i]
        or not lines[i].is_short
    ):
        return
    above, below = (_WEB_THING.search(lines[j].text) for j in (i - 1, i + 1))
    if (
        above is not None
        and below is not None
        and above[0].casefold() == below[0].casefold()
        and not _reports_someone(lines[i].text)
        and not any(character.isdigit() for character in lines[i].text)
        and not _narrates(lines[i].text)
    ):
        dropped[i] = True


def _is_defined_term_heading(lines: list[_Line], i: int) -> bool:
    """:func:`is_defined_term_heading` of line ``i`` over the line under it, below the text's first line: an
    explainer's headline asks what its term is too ("What is Bluesky?" over "Bluesky is a social network ..."),
    and a box's heading comes after the story's opening."""
    return (
        i > 0
        and lines[i].words <= _TERM_QUESTION_MAX_WORDS
        and i + 1 < len(lines)
        and is_defined_term_heading(lines[i].text, lines[i + 1].text)
    )


def is_defined_term_heading(text: str, below: str) -> bool:
    """Whether a line is a fact box's heading asking what a term is (:data:`_TERM_QUESTION`), the line
    ``below`` it opening on the term and its verb."""
    question = _TERM_QUESTION.fullmatch(text)
    if question is None:
        return False
    # French sets a space before its question mark ("Qu'est-ce que le RSV ?").
    term = question["term"].rstrip()
    # An explainer's cross-head asks after the story's own thing, "the" and a common noun ("What is the
    # deadline?" over "The deadline is 31 March ..."): its question heads are its structure, and stay. A box
    # defines a name ("What is the Insurrection Act?") or a term of no article ("What is RSV?").
    if term[:4].casefold() == "the " and term[4:5].islower():
        return False
    return below[: len(term)] in (term, term[:1].upper() + term[1:]) and below[len(term) :].startswith(
        _TERM_COPULAS
    )


def _is_scorers_line(text: str) -> bool:
    """Whether a line is a match report's scorers' line (:data:`_SCORER`): each scorer's names capitalised,
    and a scorers' label (:data:`_SCORERS_LABELS`), a score, or two scorers at least each with a marked minute
    (:data:`_MARKED_MINUTE`), so that a sentence closing on one name and a minute ("Bayern won through Kane
    (12.)") stays, as does one that names scorers without minutes ("Smith, Jones and Brown scored.") and a
    list of names over bare numbers ("Bayern (31), Leverkusen (28)")."""
    if not text.endswith(_SCORERS_ENDS) or len(text) > _SCORERS_MAX_CHARACTERS:
        return False
    label = _SCORERS_LABEL.match(text)
    if label is not None and label["word"].casefold() not in _SCORERS_LABELS:
        label = None
    parts = _SCORERS_PARTING.split(text[label.end() if label else 0 :])
    scorers = [_SCORER.fullmatch(part) for part in parts]
    return all(scorer is not None and scorer["name"][0].isupper() for scorer in scorers) and (
        label is not None
        or any(scorer["score"] for scorer in scorers)
        or (len(scorers) > 1 and all(_MARKED_MINUTE.search(part) is not None for part in parts))
    )


def _results_rows(lines: list[_Line]) -> list[bool]:
    """Whether each line is a results box's row (:data:`_RESULTS_ROW`)."""
    # The length's and the per cent sign's tests in C spare nearly every line the pattern.
    return [
        line.is_short
        and len(line.text) <= _RESULTS_ROW_MAX_CHARACTERS
        and "%" in line.text
        and not line.ends_sentence
        and (row := _RESULTS_ROW.fullmatch(line.text)) is not None
        and _labels_a_result(row["label"])
        for line in lines
    ]


def _labels_a_result(label: str) -> bool:
    """Whether a row's label names a choice or a candidate, its first and last words capitalised or bracketed
    ("Yes", "Dan Ryan (D)", "Maria de la Cruz"), or closes on its colon ("Precincts reporting:"). A story's
    own figures name a measure in running words ("Net income 8.4% 23,100", "Revenue rose 12%"): two such
    rows had gone as a box."""
    words = label.split()
    return label.rstrip().endswith(":") or all(
        word[0].isupper() or word[0] == "(" for word in (words[0], words[-1])
    )


def _drop_results_box(lines: list[_Line], dropped: list[bool], rows: list[bool]) -> None:
    """Drops a results box's rows (``rows``), a run of :data:`_RESULTS_BOX_ROWS` or more in one block and
    the rows of any label right under it, the box's heading right above them in that block, a short line
    ending no sentence (the measure's or the race's name), and its source line right under them in that
    block ("Source: Selzer & Co. for the Des Moines Register", "Quelle: Infratest dimap, 27.11.–1.12.2026"),
    which had stayed between the paragraphs once the rows had gone. A source line in a paragraph of its own
    credits the story's figures, and stays."""
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and rows[end] and lines[end].block == lines[start].block:
            end += 1
        if end - start >= _RESULTS_BOX_ROWS:
            # Under a box's rows, a row whose label runs on in lower case is the box's last choice ("Not
            # sure 8%", "Don't know 5%"), as a story's figures on their own line are not under such rows. It
            # opens on its capital, as the choices over it do: a line opening in lower case runs on from a
            # sentence ("turnout fell to 52%").
            while (
                end < len(lines)
                and lines[end].block == lines[start].block
                and lines[end].text[:1].isupper()
                and len(lines[end].text) <= _RESULTS_ROW_MAX_CHARACTERS
                and "%" in lines[end].text
                and _RESULTS_ROW.fullmatch(lines[end].text) is not None
            ):
                end += 1
            for i in range(start, end):
                dropped[i] = True
            heading = start - 1
            if (
                heading >= 0
                and lines[heading].block == lines[start].block
                and lines[heading].is_short
                and not lines[heading].ends_sentence
            ):
                dropped[heading] = True
            if (
                end < len(lines)
                and lines[end].block == lines[start].block
                and len(lines[end].text) <= _RESULTS_SOURCE_MAX_CHARACTERS
                and (label := _SOURCE_LABEL_OPENING.match(lines[end].text)) is not None
                and lines[end].text[label.end() :].lstrip()[:1].isupper()
            ):
                # A source's name opens on its capital ("Selzer & Co.", "Infratest dimap"): a line running on
                # in lower case after the label is a sentence ("Source: a council aide said ...").
                dropped[end] = True
        start = max(end, start + 1)


def _narrates(sentence: str) -> bool:
    """Whether ``sentence`` tells what happened or will, as a wire's paragraph does ("The ministry announced
    on Tuesday ...", "Fuel subsidies will be cut ...", "..., according to the ministry."), not what a photo
    shows (:data:`_NARRATING_WORDS`): such a sentence closing on "— Reuters" between two paragraphs had gone
    as a caption. An irregular past ("Police shot ...") is not told, nor a caption's participle
    (:func:`_names_by_participle`)."""
    words = sentence.split()
    bare = [word.strip(_AROUND_WORDS) for word in words]
    folded = [word.lower() for word in bare]
    # Once a sentence, not once a word in "-ed": a hostile line of many is read in linear time.
    last_be = max((i for i, word in enumerate(folded) if word in _PRESENT_BE), default=-1)
    for i, word in enumerate(bare):
        if folded[i] in _NARRATING_WORDS:
            return True
        if (
            len(word) >= _PAST_MIN_LETTERS
            and word.endswith("ed")
            and word.isalpha()
            and word.islower()
            and word not in _NOT_PAST
            and i > last_be
            and not _names_by_participle(words, bare, i)
        ):
            return True
    return False


def _names_by_participle(words: list[str], bare: list[str], i: int) -> bool:
    """Whether ``bare[i]`` (``words[i]`` without its punctuation), a word in "-ed" after which no "is" or
    "are" comes (else the participle of its subject, "A man injured in the blast is carried ..."), is an
    adjective or a participle naming what a caption shows rather than a verb's past: after an article, a
    possessive or a form of "be"; after an adverb in "-ly" in lower case ("heavily armed soldiers"); before
    "by" ("Residents displaced by the floods"); or after a noun and its article where the article opens no
    clause ("the body of a man killed in an airstrike"), as "The ministry announced" and "On Tuesday, the
    ministry announced" open theirs."""
    previous = bare[i - 1] if i else ""
    # An adverb in lower case: "Italy rejected the plan" narrates.
    if previous.lower() in _NOT_BEFORE_PAST or (previous.islower() and previous.endswith("ly")):
        return True
    if i + 1 < len(bare) and bare[i + 1] == "by":
        return True
    return i > 2 and bare[i - 2].lower() in _ARTICLES and not words[i - 3].endswith(",")


def _pointed_headlines(lines: list[_Line]) -> list[bool]:
    """Which lines are a "read more" heading alone on its line ("Mehr zum Thema", "Lire aussi") or the
    other stories' headlines under it: the lines of four words or more up to the next that ends a
    sentence or is a list item, a few at most."""
    pointed = [False] * len(lines)
    for i, line in enumerate(lines):
        if line.words > _BUTTON_WORDS + 2 or not _POINTER_HEADING.fullmatch(line.text):
            continue
        pointed[i] = True
        for j in range(i + 1, min(len(lines), i + 1 + _POINTED_HEADLINES)):
            # A headline may ask a question: right under the heading, one short line that does is pointed
            # to ("Lees ook" / "Registratierechten omlaag: wat betekent dat voor kopers?"), of a headline's few
            # words: a subheading asks in fewer ("Was passiert jetzt?").
            if (
                j == i + 1
                and lines[j].is_short
                and lines[j].words >= _HEADLINE_WORDS
                and lines[j].text[-1:] == "?"
            ):
                pointed[j] = True
                break
            if (
                lines[j].ends_sentence
                or lines[j].is_item
                or lines[j].is_prose
                or lines[j].words < _HEADLINE_WORDS
            ):
                break  # a headline has a few words: "Newsletter" below them is the page's next widget
            pointed[j] = True
        # A trend piece's or a series' own subheading in those words ("Trending now" over a paragraph on
        # puffer coats) points to no headline: it stays.
        if (
            pointed[i + 1 : i + 2] != [True]
            and line.text.lower().rstrip(":") in _HEADINGS_OVER_HEADLINES_ONLY
        ):
            pointed[i] = False
    return pointed


def _drop_neighbours(
    lines: list[_Line], dropped: list[bool], first: int, last: int, *, opening: bool
) -> None:
    """Before and after the prose, short lines sharing a block with dropped ones go too."""

    def may_go(i: int) -> bool:
        return not (not lines[i].is_short or (opening and i == 0))

    # A drop spreads along a run of such lines in its block: one sweep down and one up reach every line
    # it reaches (sweeping again until nothing changed took a sweep per line on a long run). The sweeps
    # skip the prose's lines, which never go: most of a text's lines, each a step of the loop for nothing.
    if first == 0 and last == len(lines) - 1:
        return  # all prose (a CNN/DM article's one line): nothing to sweep
    below, above = range(max(1, last + 1), len(lines)), range(len(lines) - 2, last, -1)
    for order, step in ((chain(range(1, first), below), 1), (chain(above, range(first - 1, -1, -1)), -1)):
        for i in order:
            j = i - step
            if not dropped[i] and dropped[j] and lines[j].block == lines[i].block and may_go(i):
                dropped[i] = True
