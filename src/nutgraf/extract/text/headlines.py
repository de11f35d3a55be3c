"""The headline: a first line that reads like one, or the one above the prose below a page's menus; and
a title given with the text."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from nutgraf.decode import clean_characters, repair_mojibake
from nutgraf.extract.text.bylines import CREDIT_OPENING, NAMES_END, _names_and_job, looks_like_names
from nutgraf.extract.text.calls import _BUTTON_WORDS
from nutgraf.extract.text.furniture import is_page_furniture
from nutgraf.extract.text.menus import _is_link_like, _is_path_kicker, _is_section_kicker
from nutgraf.extract.text.particulars import (
    BEATS,
    _byline_names,
    _is_reading_time,
    _is_stamp,
    _is_stamp_line,
    dates_a_heading,
    is_date_line,
    is_particulars_line,
    is_place_name,
    named_as_source,
    names_again,
    record_fields,
)
from nutgraf.extract.text.stamps import _DATE_LINE, _TIME_OF_DAY, _is_time_stamp_line, is_yearless_stamp_line
from nutgraf.extract.text.words import _ends_sentence, _ends_unpunctuated, folded_line, written_in_letters
from nutgraf.language import NEWS_AGENCIES, WORD_UNIT

if TYPE_CHECKING:
    from nutgraf.extract.text.lines import _Line

# The most words of a headline in sentence case that is no sentence of the story: a standfirst or a lede
# left without its stop runs longer ("Children aged 7-10 will be the first to get the new vaccine", 12).
_PLAIN_HEADLINE_WORDS = 8
# A newsletter's or a letter's greeting over its prose ("Good morning from Washington", "Hi everyone and
# welcome", "Welcome to the Morning Brief"), and a page's own line copied with its text ("Skip to main
# content", "Story continues below advertisement", "Continue reading"): a short line in sentence case with
# no stop, as a headline is, that is none. A greeting's word before a capitalised word opens a headline on
# a name ("Dear Abby columnist dies at 94", "Hey Dude shoes recalled ..."), where a greeting goes on in lower
# case ("Hi everyone", "Dear reader").
_NO_HEADLINE = re.compile(
    r"(?:good (?:morning|afternoon|evening)|(?:hello|hi|hey|dear|greetings)(?![\w-])(?!\s++(?-i:[A-Z]))"
    r"|welcome to|skip to|jump to|(?:story|article) continues|continue reading)(?![\w-])",
    re.IGNORECASE,
)
# The fewest words of a headline read over a longer deck below it.
_HEADLINE_OVER_DECK_WORDS = 5
#: A first line longer than this (in words) is the article's opening, not its headline.
TITLE_MAX_WORDS = 25
# The most words of a line of a writer's names and the desk after them ("Shawn Jeffords · The Canadian Press").
_NAMES_LINE_WORDS = 8
# A first line this short may be the site's name above its menus rather than the headline.
_MASTHEAD_WORDS = 5
# The most words of the names closing a sharer's credit over a story's headline.
_SHARER_NAMES_WORDS = 4
# A caption's label alone on its line, the caption on the next (the BBC's and Newsround's "Image caption," as a
# page's text copies them): the line under it is the photo's, no headline however long.
_CAPTION_LABEL_LINE = re.compile(r"(?:image|photo|picture|video|media) caption[,:]?", re.IGNORECASE)
_CAPTION_LABEL_LINE_MAX_CHARACTERS = 16
# A sentence ending inside a line (not after an initial or "U.S"), and a time of day ("11:42", "12.03").
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{2}[.!?…][\"'”’»)]? +[(\"'“‘«\w]")
# A headline in news style, written in sentence case: a label of a few words before a colon ("Budget 2024:
# What it means for you", "Ukraine war: Zelensky visits the front") or a score between two sides
# ("Arsenal 3-1 Liverpool"). A standfirst or a lede is a sentence, written in neither.
_HEADLINE_LABEL = re.compile(r"[^\W_][\w'’.&-]*+(?: [\w'’.&-]++){0,4}: \S++ \S")
# A wire's dateline opening the paragraph below: a place and an agency's tag before a dash ("ANKARA (AA) - ",
# "DEN HAAG (ANP) - ", "القاهرة (رويترز) - ", "(ANSA) - ROMA, 03 DIC - "). The story starts there: the line
# above it, written in sentence case as most languages write headlines, is its headline, not a standfirst.
_WIRE_DATELINE = re.compile(r"[^()\n]{0,40}\([^\W\d_][\w .&/-]{0,29}\)\.? ?(?:--|[—–-]) ")
# Or an agency's tag closing the dateline with no dash, as the Indian wires set it and the sites that run
# their feed keep it ("New Delhi, Dec 3 (PTI) The Delhi Metro ..."): a place, a comma and a day before the
# tag, and the tag names an agency of the list, as a bracket in a paragraph's first words explains anything
# else ("Reliance Industries (RIL) shares rose", "A report by the Press Trust of India (PTI) said ...").
_AGENCY_TAG_DATELINE = re.compile(
    r"[^(),\n]{1,30}+, (?=[^()\n\d]{0,20}+\d)[^()\n]{1,20}+(?<= )\((?P<agency>[^\W\d_][\w .&/-]{0,29})\)"
    r" (?=[^\W\d_])"
)
#: Words in capitals before a colon or a dash that say what a sentence is, not where it was filed: kept, as
#: a reader needs them ("CORRECTION: The mayor is 52, not 25.", "WARNING: This story contains ...", a
#: fact-check's "CLAIM: Drinking hot water kills the flu." that read as the article's own statement); a
#: kicker's ("EXCLUSIVE:", "BREAKING -", "UPDATE:") and a transcript's speaker's ("HOST:") are no
#: datelines either (segmentation's nor a dek's), and furniture is not this helper's to cut.
LABEL_WORDS_NOT_PLACES = frozenset(
    """claim claims verdict rating myth fact facts false true misleading correction corrections
    clarification warning warnings caution note notes editor editors update updated updates exclusive
    breaking urgent alert flash developing analysis opinion comment editorial review watch live video
    photos listen read spoiler disclaimer advisory background context summary related sponsored
    advertisement host anchor reporter narrator interviewer question answer transcript""".split()
)


def is_titled_place(words: list[str]) -> bool:
    """Whether ``words`` are a place written in its own case, as a dateline before a dash sets it ("Wien",
    "Addis Abeba", "Jakarta"): each capitalised with the rest in lower case, of letters alone (a letter's
    accent its own mark in a text not composed: :func:`written_in_letters`), none a word of a label's
    (:data:`LABEL_WORDS_NOT_PLACES`: "Analyse – " is a kicker's). The one test of the form that a headline's
    reading of the lede below it and the segmenter's reading of the lede's dateline both ask."""
    return bool(words) and all(
        word[:1].isupper()
        and word[1:].islower()
        and written_in_letters(word)
        and word.casefold() not in LABEL_WORDS_NOT_PLACES
        for word in words
    )


# The dashes that close a dateline's place written in capitals ("WASHINGTON — ", "SAN FRANCISCO -- "), within
# the first characters of its paragraph, and the fewest letters of that place ("UK — " is no place).
_DATELINE_DASHES = (" — ", " – ", " -- ", " - ")
_DATELINE_REACH = 40
_DATELINE_PLACE_LETTERS = 4
_HEADLINE_SCORE = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’.&-]*+ \d{1,2}[-–]\d{1,2} [A-ZÀ-ÖØ-Þ]")
# The marks a line ends on that lead into the next: a speaker before his quotation ("قال الوزير:"), a clause
# before the rest of its sentence, which no headline ends on.
_LEADS_ON = frozenset(":：,،;؛")


def given_title(title: str | None) -> str | None:
    """A title given with an article (pasted with it, a batch record's, the command line's ``--title``), on
    one line and cleaned as a text's characters are (:func:`nutgraf.decode.clean_characters`, double-encoded
    UTF-8 repaired): ``None`` where it holds nothing but white space, which had been the article's title over
    its own headline. ``nutgraf.extract(title=)`` and ``--title`` had kept NUL, control characters and lone
    surrogates ("A\\x00B", "\\ud800"), which no database or encoder takes, where the API and batch cleaned
    them."""
    return folded_line(clean_characters(repair_mojibake(title))) or None if title else None


# A plain-text e-mail's mark before a heading, as Mailchimp's text version of a newsletter writes each
# ("** Water district approves first rate rise" over a rule of hyphens): no word of the headline.
_PLAIN_TEXT_HEADING_MARK = "** "


def without_heading_mark(title: str) -> str:
    """``title`` without a plain-text e-mail's heading mark before it (:data:`_PLAIN_TEXT_HEADING_MARK`), which
    had opened the title. A headline in Markdown's bold ("**Budget passes**") is no such mark."""
    return title.removeprefix(_PLAIN_TEXT_HEADING_MARK) if title[:1] == "*" else title


def _under_given_title(body: str, own_title: str | None, title: str) -> str:
    """``body`` under ``title``, a title given with the text: with the text's own headline (``own_title``,
    taken out of it) back at its head, and without a headline there (one that ends no sentence) that has
    the words of ``title``, unless it is all the body holds."""
    paragraphs = [own_title, *body.split("\n\n")] if own_title is not None else body.split("\n\n")
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    head = paragraphs[0] if paragraphs else ""
    if (
        len(paragraphs) > 1
        and (head == own_title or not _ends_sentence(head))
        and WORD_UNIT.findall(head.casefold()) == WORD_UNIT.findall(title.casefold())
    ):
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _title_line(lines: list[_Line]) -> int:
    """Which line is the headline when the first reads like one: the first, unless it is a site's
    masthead ("The Riverton Herald") or a sharer's credit (:func:`_credits_a_sharer`) above menus and a
    longer headline nearer the prose."""
    if lines[0].words > _MASTHEAD_WORDS and not _credits_a_sharer(lines[0].text):
        return 0
    later = _headline_above_the_prose(lines[1:])
    if later is None or lines[later + 1].words <= lines[0].words:
        return 0
    if named_as_source(lines[0].text, lines, 1):
        return later + 1
    # Only past menus: a short headline over its longer deck is still the headline. Or past the page's date
    # alone under a paper's name in capitals, as a print page's masthead sets it (The Yorkshire Post's "THE
    # YORKSHIRE POST" / "THURSDAY DECEMBER 3 2026", which had been the title): a headline's deck comes before
    # the date, not under it. The date in capitals too, the masthead's own line: a headline in capitals over
    # its date as a page writes it ("STORM HITS COAST" / "Thursday, December 3, 2026") and then a longer deck
    # had given the deck as the title and the headline as the byline.
    menus = any(line.words <= _BUTTON_WORDS and not line.ends_sentence for line in lines[1 : later + 1])
    masthead = (
        lines[0].text.isupper() and later > 0 and lines[1].text.isupper() and is_date_line(lines[1].text)
    )
    # Or past a section's kicker in capitals of beats it joins ("HEALTH & HUMAN SERVICES", Route Fifty's, "ARTS
    # AND CULTURE") over a headline that is in no capitals: of four words or five, it had been the title.
    # Or in any case where each of its words is a beat or joins two (El País's "Salud y bienestar", "Science
    # & Environment"): a headline that joins two words names something else too ("Health and wealth").
    kicker = (
        lines[0].text.isupper() and _names_joined_beats(lines[0].text) and not lines[later + 1].text.isupper()
    ) or _is_beats_kicker(lines[0].text)
    return later + 1 if menus or masthead or kicker else 0


# What joins a section's beats in its name ("Health & Human Services", "Arts and Culture", "Salud y
# bienestar", "Santé et bien-être", "Wissenschaft und Gesundheit").
_BEAT_JOINERS = frozenset(("&", "and", "+", "y", "e", "et", "und"))
# A section's beats in the languages nutgraf stems, beside :data:`~nutgraf.extract.text.particulars.BEATS`,
# for a kicker all of whose words are beats (:func:`_is_beats_kicker`).
_SECTION_BEATS = BEATS | frozenset(
    """wellness wellbeing well-being nature society living style salud bienestar ciencia ciencias cultura
    deportes economía política tecnología sociedad educación clima santé bien-être sciences économie politique
    société planète environnement éducation gesundheit wissenschaft wirtschaft politik kultur gesellschaft
    umwelt klima technik bildung salute benessere scienza economia politica tecnologia ambiente saúde
    bem-estar ciência""".split()
)
_BEATS_KICKER_MAX_WORDS = 5
# The joiners of a kicker in sentence case (:func:`_is_beats_kicker`): a section's sign ("Science &
# Environment") or another language's word ("Salud y bienestar"). An English "and" in sentence case joins a
# feature's or a column's short headline of beats as well ("Science and technology", "Money and Sport",
# "Sport and politics" over its deck), which had lost the title to its deck.
_HEADLINE_JOINERS = _BEAT_JOINERS - {"and"}
# A desk's name in sentence case whose "and" joins one desk's beat named twice ("Arts and culture", "Arts and
# entertainment"): no feature sets the two against each other, as a column's headline does its pair ("Science
# and technology", "Sport and politics"). Over the headline it had been the title, the headline lost.
_ONE_DESK_NAMES = frozenset(
    (
        "arts and culture", "culture and arts", "arts and entertainment", "culture and entertainment",
        "arts and books", "books and arts",
    )
)  # fmt: skip


def _is_beats_kicker(text: str) -> bool:
    """Whether ``text`` is a section's name of beats joined (:data:`_SECTION_BEATS`, :data:`_BEAT_JOINERS`),
    every word of it one or the other, two beats at least ("Salud y bienestar", "Arts & Culture")."""
    words = text.casefold().split()
    if " ".join(words) in _ONE_DESK_NAMES:
        return True
    beats = sum(word in _SECTION_BEATS for word in words)
    return (
        len(words) <= _BEATS_KICKER_MAX_WORDS
        and beats >= 2
        and beats + sum(word in _BEAT_JOINERS for word in words) == len(words)
        and not _HEADLINE_JOINERS.isdisjoint(words)
    )


def _names_joined_beats(text: str) -> bool:
    """Whether ``text`` joins two words or more (:data:`_BEAT_JOINERS`), one of them a section's beat
    (:data:`~nutgraf.extract.text.particulars.BEATS`): a section's name, where a headline in capitals that
    joins two words says what they did ("TRUMP AND XI MEET IN BEIJING")."""
    words = text.casefold().split()
    return not _BEAT_JOINERS.isdisjoint(words) and not BEATS.isdisjoint(words)


# A sharer's credit opens on where the story was put: a verb's past and the place's word ("Flipped into ...",
# "Saved to ..."). A headline crediting its news to someone opens on its subject ("Council budget plan
# rejected by Mayor Tom Lee"), and under it a byline or a section's name over a deck without a stop had
# made the deck the title.
_SHARED_INTO = frozenset(("into", "to", "in", "on"))


def _credits_a_sharer(text: str) -> bool:
    """Whether a line opens on where the story was put (:data:`_SHARED_INTO`) and closes on a credit word and
    names after it ("Flipped into Science & Nature by Flipboard Editors", an aggregator's card line, "Saved
    to the Weekend Reads board by Jane Doe"): over a source's name and a headline it is whoever passed the
    story on, as a masthead is the site's (it had been the title)."""
    words = text.split()
    if len(words) < 2 or not words[0].endswith("ed") or words[1] not in _SHARED_INTO:
        return False
    for at in range(max(1, len(words) - _SHARER_NAMES_WORDS - 1), len(words) - 1):
        credit = CREDIT_OPENING.match(" ".join(words[at:]))
        if credit is not None and credit.end() == len(words[at]) + 1:
            return looks_like_names(" ".join(words[at + 1 :]))
    return False


def _has_title(lines: list[_Line]) -> bool:
    """Whether the first line is the page's headline rather than the article's opening.

    It must read like a headline (a few words, no final stop, not a menu) and stand alone in its
    block; and either page furniture comes between it and the prose, as on a copied page, or it is
    written in title case or in news style (:func:`_is_news_headline`: "Budget 2024: What it means for
    you", "Arsenal 3-1 Liverpool: ..."), or it is a short one of two sentences (:func:`_is_two_part_headline`).
    A standfirst that flows straight into the prose stays in the body.
    """
    if len(lines) < 2:
        return False
    head = lines[0]
    if head.words < _HEADLINE_MIN_WORDS and _is_review_title(lines):
        return True
    if (
        not _HEADLINE_MIN_WORDS <= head.words <= TITLE_MAX_WORDS
        or (head.ends_sentence and not _is_question_headline(head, lines[1]))
        or _is_link_like(head)
        or _is_section_kicker(head)
        or (_is_path_kicker(head) and not lines[1].is_prose)
    ):
        return False
    if head.is_call_to_action:  # a label or a photo's credit ("JIM WATSON/AFP/Getty Images")
        return False
    if lines[1].block == head.block:
        return False
    return (
        not lines[1].is_prose
        or _title_case(head.text)
        or _is_news_headline(head)
        or _is_plain_headline(head, lines[1])
        or _is_two_part_headline(head, lines[1])
        or _WIRE_DATELINE.match(lines[1].text) is not None
        or _opens_on_agency_tag(lines[1].text)
        or _opens_on_titled_dateline(lines[1])
        or _is_caseless_headline(head)
        or _is_headline_over_standfirst(lines)
        # A byline under it that reads as prose, closing on its date's stop ("By Al Beeber - Local
        # Journalism Initiative Reporter on December 3, 2026."): the line over a byline is the headline.
        or _byline_names(lines[1]) is not None
    )


# The fewest words of a headline told by its words alone: a line of one or two is as often a kicker.
_HEADLINE_MIN_WORDS = 3
# The lines under a review's headline a star line is looked for on: the standfirst, the byline, the date and
# the stars.
_REVIEW_STARS_REACH = 8
_STAR_MARKS = ("★", "☆")
# A section's word for a genre or a review ("Film", "Theatre review", "Gig review", "Critique"), beside the
# beats (:data:`_SECTION_BEATS`) and a label's words (:data:`LABEL_WORDS_NOT_PLACES`: "Exclusive",
# "Analysis") and a pick's ("Critics' choice", "Staff pick"): a kicker's over a review's headline, no work's
# title. German writes the genre into its word
# for a review ("Filmkritik"), which its ending tells.
_REVIEW_SECTIONS = (
    _SECTION_BEATS
    | LABEL_WORDS_NOT_PLACES
    | frozenset(
        """review reviews theatre theater stage tv television cinema films book album albums games opera dance
        comedy classical restaurant restaurants dining exhibition exhibitions gig gigs concert concerts musical
        musicals game podcast podcasts ballet series show shows play plays art interview interviews feature
        features explainer kritik rezension critique critiques crítica critica recensione recensie
        recenzja resenha anmeldelse pick picks choice critics critic staff top must see premium recipe recipes
        tipp""".split()
    )
)
# The ends of a German genre's word for a review or a pick ("Filmkritik", "Theaterkritik", "Kinotipp").
_REVIEW_SECTION_ENDINGS = ("kritik", "tipp")


def _is_review_title(lines: list[_Line]) -> bool:
    """Whether the first line, of a word or two, is a review's headline over its standfirst (The Stage's
    "Beds review", Time Out's "The Undertow"): a review's star line ("★★★★☆", "Rating: ★★★★☆") under it
    marks the page a review's, whose headline is the work's name, shorter than the standfirst in the block
    below it. Read as a kicker over the standfirst, it had lost the title to the standfirst. A section's
    kicker over a review's headline is a genre's word or a beat ("Film", "Theatre review", "Culture"), and
    stays one."""
    head = lines[0]
    return (
        len(lines) > 2
        and head.text[:1].isupper()
        and not head.ends_sentence
        and lines[1].block != head.block
        and lines[1].words > head.words
        and not _REVIEW_SECTIONS.issuperset(word.strip("'’") for word in head.text.casefold().split())
        and not head.text.casefold().endswith(_REVIEW_SECTION_ENDINGS)
        and any(
            line.is_short and (_STAR_MARKS[0] in line.text or _STAR_MARKS[1] in line.text)
            for line in lines[2:_REVIEW_STARS_REACH]
        )
        and not _is_link_like(head)
        and not head.is_call_to_action
    )


def _opens_on_titled_dateline(line: _Line) -> bool:
    """Whether a paragraph opens on a place written in its own case before a spaced en or em dash, over a
    sentence of news that ends on its mark, as Austrian and African papers date a story ("Addis Abeba – The
    Ethiopian Railways Corporation said ..."): the story starts there, and the line over it is its headline
    however long, as over a wire's dateline. A kicker's label ("Analyse – ") is no place, and a standfirst's
    words before a dash go on in lower case ("Wien – eine Stadt im Wandel") or end on no mark. The paragraph
    names the place again, as segment.py asks of such a dateline: a team's or a company's name before a dash
    ("Arsenal – The club said ...") is the sentence's subject, and the line over it may be a standfirst."""
    text = line.text
    if not line.ends_sentence:
        return False
    dash = min(
        (at for at in (text.find(" – ", 0, _DATELINE_REACH), text.find(" — ", 0, _DATELINE_REACH)) if at > 0),
        default=0,
    )
    place = text[:dash].split()
    return (
        dash > 0
        and text[dash + 3 : dash + 4].isupper()
        and is_place_name(place)
        and is_titled_place(place)
        and names_again(text, " ".join(place), dash + 3, len(text))
    )


def _opens_on_agency_tag(text: str) -> bool:
    """Whether a paragraph opens on a wire's dateline closing on an agency's tag without a dash
    (:data:`_AGENCY_TAG_DATELINE`)."""
    tag = _AGENCY_TAG_DATELINE.match(text)
    return tag is not None and tag["agency"].casefold() in NEWS_AGENCIES


def _is_headline_over_standfirst(lines: list[_Line]) -> bool:
    """Whether the first line is a headline over its standfirst, as a copied page sets them: the standfirst,
    a sentence or two alone in its block, and the byline, the date or a photo's credit below it before the
    prose ("Bank of England holds interest rates at 3.75% as inflation stays sticky" / "The Bank's Monetary
    Policy Committee voted ..." / "By Paul Kelso"). A lede left without its stop over the prose has prose
    below it, not the article's particulars."""
    if len(lines) < 3 or not lines[1].is_prose or lines[2].block == lines[1].block:
        return False
    below = lines[2]
    return not below.is_prose and (
        below.is_call_to_action
        or is_particulars_line(below.text)
        or (below.words <= _NAMES_LINE_WORDS and looks_like_names(NAMES_END.split(below.text, maxsplit=1)[0]))
    )


def _is_caseless_headline(head: _Line) -> bool:
    """Whether a line (with no final stop) is written in a script without capitals that ends its
    sentences with a mark (Tamil, Bengali, Persian...; not Thai, which ends none): there no title case
    tells a headline, and a paragraph of prose ends on its stop or leads into the next on a colon or a
    comma (a speaker before his quotation), where the headline ("சென்னையில் கனமழை: பள்ளிகளுக்கு
    விடுமுறை") ends on none."""
    text = head.text
    return (
        text[:1].isalpha()
        and text[-1:] not in _LEADS_ON
        and text.upper() == text.lower()
        and not _ends_unpunctuated(text)
    )


def _is_two_part_headline(head: _Line, below: _Line) -> bool:
    """Whether a short line (one a headline may be) holding two sentences, the last without a final stop,
    is the headline over the prose ``below`` it: "The four-day week is not a fantasy. It is the future".
    A lede or a standfirst that ends a sentence inside ends its last one too; one left without a stop
    runs on (the prose below goes on from it in lower case), or is longer than a headline."""
    return head.is_short and _SENTENCE_INSIDE.search(head.text) is not None and not below.text[:1].islower()


def _is_plain_headline(head: _Line, below: _Line) -> bool:
    """Whether a line with no final stop is a headline in sentence case over the prose ``below`` it
    ("Kernel developers ship a fix"): a headline's few words (:data:`_PLAIN_HEADLINE_WORDS`), not a
    standfirst's, with the prose below starting a sentence of its own (a line it runs on from is the
    opening). Not the furniture a short line in sentence case is as often, which goes from the body: a
    reading time ("3 min read"), a stamp ("First published on Monday"), a note ("Watch the video above")
    had become the title, and so had a greeting or a skip link (:data:`_NO_HEADLINE`)."""
    return (
        head.words <= _PLAIN_HEADLINE_WORDS
        and not below.text[:1].islower()
        and _is_headline_line(head)
        and not (_is_reading_time(head) or _is_stamp_line(head) or is_page_furniture(head.text))
        and _NO_HEADLINE.match(head.text) is None
    )


def _is_news_headline(line: _Line) -> bool:
    """Whether a line (with no final stop) is a headline in news style (:data:`_HEADLINE_LABEL`,
    :data:`_HEADLINE_SCORE`)."""
    text = line.text
    return bool(_HEADLINE_LABEL.match(text) or _HEADLINE_SCORE.search(text)) and _is_headline_line(line)


def _is_headline_line(line: _Line) -> bool:
    """Whether a line (with no final stop) may be a headline: it starts with a capital or a figure, and is
    not a time stamp ("Updated: 3 March 2024") or a byline ("By: Jane Doe")."""
    text = line.text
    return bool(
        (text[:1].isupper() or text[:1].isdigit())
        and not _TIME_OF_DAY.search(text)
        and not _holds_a_stamps_date(text)
        and _byline_names(line) is None
    )


def _holds_a_stamps_date(text: str) -> bool:
    """Whether a line holds a date, which no headline holds but one dating its noun ("Eleccions el 12 de
    maig de 2026": :func:`dates_a_heading`)."""
    date = _DATE_LINE.search(text)
    return date is not None and not dates_a_heading(text, date.start())


def _is_question_headline(head: _Line, below: _Line) -> bool:
    """Whether a first line closing on its question mark is a headline: in title case, alone in its block,
    over page furniture (a kicker, the byline), as a fact check's ("Did the FDA Ban Tap Water in Baby
    Formula?") is. Its mark had made it a sentence, the story's first, and the page no title. A question
    opening the story is in sentence case, or the prose follows it; a question kicker stands over the
    headline, a title-case line of its own that is no byline ("What Happens Next?" / "Council Passes Budget
    After Four-Hour Debate"), which had lost the title to it."""
    return (
        head.text.endswith("?")
        and below.block != head.block
        and not below.is_prose
        and _title_case(head.text)
        and not (below.words >= 3 and _title_case(below.text) and _byline_names(below) is None)
    )


def _opens_the_prose(lines: list[_Line]) -> bool:
    """Whether the first line runs on into the prose: next to it, or in its block with no button or menu
    entry between (a page copied from the top without blank lines, "Supported by / SKIP ADVERTISEMENT /
    headline / deck", has its headline further down)."""
    prose = _first_prose(lines)
    if prose is None:
        return False
    return prose <= 1 or (
        lines[prose].block == lines[0].block
        and not any(line.words <= _BUTTON_WORDS and not line.ends_sentence for line in lines[1:prose])
    )


def _first_prose(lines: list[_Line]) -> int | None:
    # A loop, not a generator's search: the generator made and resumed cost more than the first line's test.
    for i, line in enumerate(lines):
        if line.is_prose or line.is_item:
            return i
    return None


def _headline_above_the_prose(lines: list[_Line]) -> int | None:
    """The index of the page's headline in what comes before the prose, or ``None``.

    A copied page starts with menu words, a kicker or a breadcrumb, then the headline with its byline
    and date, then share buttons and a photo caption. Lines that could be the headline have at least
    four words, do not start in lower case, have no final stop and no sentence ending inside (captions
    do), no time of day or date (datelines do), and are neither bylines, reading times, menus nor
    repeated widget lines. The headline is the longest of them in the last block that holds any: the one
    nearest the prose, where the blocks of menus and site taglines come earlier.
    """
    first = _first_prose(lines)
    if first is None:
        return None
    counts = Counter(line.text.casefold() for line in lines)
    # A database record's "Highlight:", the story's deck among its fields, had been the title.
    fields = record_fields(lines[:first])
    candidates = [
        i
        for i, line in enumerate(lines[:first])
        if 4 <= line.words <= TITLE_MAX_WORDS
        and not line.text[0].islower()
        and not line.ends_sentence
        and not _SENTENCE_INSIDE.search(line.text)
        and not _TIME_OF_DAY.search(line.text)
        and not _holds_a_stamps_date(line.text)
        # A stamp without the year, its time glued to the meridiem ("12:45pm, Dec 4"), which the time of
        # day's test above does not see.
        and not is_yearless_stamp_line(line.text)
        and not line.is_call_to_action
        and not _is_link_like(line)
        and _byline_names(line) is None
        # A reading time under the headline ("Reading time: 3 minutes", a read-later app's) had been the
        # title where the first line, its source, was taken for a masthead.
        and not _is_reading_time(line)
        and counts[line.text.casefold()] == 1
        # Under a time stamp alone, the heading of a live report's entry.
        and not (i > 0 and _is_time_stamp_line(lines[i - 1].text))
        and not _names_and_job(line.text)
        # Under another of the record's fields: a headline's own label ("Exclusive: ...") over a byline's and
        # a stamp's opens the run.
        and not (i in fields and (i - 1 in fields or i - 2 in fields))
        and not (i > 0 and _under_caption_label(lines[i - 1].text))
        and not named_as_source(line.text, lines, i + 1)
    ]
    if not candidates:
        return next(
            (i for i in range(1, first) if _is_headline_of_long_words(lines[i], lines[i - 1], lines[i + 1])),
            None,
        )
    block = lines[candidates[-1]].block
    headline = max((i for i in candidates if lines[i].block == block), key=lambda i: lines[i].words)
    # A shorter one of five words or more right above it, in its block or alone in its own, is the
    # headline over its deck; a kicker or a skip link above a headline is shorter ("Skip to main
    # content"), and a list's last item is not alone.
    above = headline - 1
    if (
        above in candidates
        and _HEADLINE_OVER_DECK_WORDS <= lines[above].words < lines[headline].words
        and (
            lines[above].block == lines[headline].block
            or sum(line.block == lines[above].block for line in lines) == 1
        )
    ):
        return above
    if above in candidates and _translates_the_headline_above(lines, above, headline, first):
        return above
    return headline


# The words of a headline of long words, and the fewest letters of each: a compounding language's (Finnish,
# German) says in three what English says in five ("Bussiliput kallistuvat Helsingissä", Yle's).
_LONG_WORDS_HEADLINE_WORDS = 3
_LONG_WORD_LETTERS = 8


def _is_headline_of_long_words(line: _Line, above: _Line, below: _Line) -> bool:
    """Whether ``line``, under the stamp (``above``) and over a sentence (``below``, an easy-language edition's
    lede of a short sentence a line, which reads as no prose), is a headline of three long words
    (:data:`_LONG_WORD_LETTERS`), its second in lower case: a kicker or a section's name of three words is
    shorter, or capitalised throughout ("International Monetary Fund")."""
    words = line.text.split()
    return (
        line.words == _LONG_WORDS_HEADLINE_WORDS
        and len(words) == _LONG_WORDS_HEADLINE_WORDS
        and not line.ends_sentence
        and all(len(word) >= _LONG_WORD_LETTERS and word.isalpha() for word in words)
        and words[1][0].islower()
        and below.ends_sentence
        and _is_stamp(above)
    )


# The fewest words the headline of a bilingual page's first language shares with the prose under both, the
# most its translation below it shares, and the fewest letters of a word counted: a related story's headline
# over the story's shares the lede's little words ("the", "of", "in"), and had been taken for the first
# language's.
_FIRST_LANGUAGE_SHARED_WORDS = 3
_TRANSLATION_SHARED_WORDS = 1
_SHARED_WORD_LETTERS = 4


def _shared_words(line: str, prose: set[str]) -> int:
    """How many of the words of ``line`` of :data:`_SHARED_WORD_LETTERS` letters or more ``prose`` holds."""
    return len(
        prose.intersection(word.casefold() for word in line.split() if len(word) >= _SHARED_WORD_LETTERS)
    )


def _translates_the_headline_above(lines: list[_Line], above: int, headline: int, first: int) -> bool:
    """Whether ``lines[headline]``, in a block of its own right under another headline of five words or more,
    is that one in the page's second language: a bilingual page sets its headline twice (Cyngor
    Gwynedd's Welsh, then English), and the prose opens in the first language, which shares words with the
    first headline (:data:`_FIRST_LANGUAGE_SHARED_WORDS`) and next to none with the second. The one nearest
    the prose had been the title, in the language the story is not in first."""
    if lines[above].block == lines[headline].block or lines[above].words < _HEADLINE_OVER_DECK_WORDS:
        return False
    prose = {word.casefold() for word in lines[first].text.split()}
    return (
        _shared_words(lines[above].text, prose) >= _FIRST_LANGUAGE_SHARED_WORDS
        and _shared_words(lines[headline].text, prose) <= _TRANSLATION_SHARED_WORDS
    )


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def opens_on_dateline(text: str) -> bool:
    """Whether ``text`` opens on a wire's dateline: a place and an agency's tag before a dash ("WASHINGTON
    (AP) — ", :data:`_WIRE_DATELINE`), or a place in capitals before one ("SAN FRANCISCO — "). A paragraph
    that does is a story's first, never a standfirst over it. A standfirst may open on a kicker's label or
    an acronym before a dash ("ANALYSIS - Why the vote ...", "COVID-19 – The pandemic's cost ..."), or on
    words a bracket explains ("Senators (both parties) - a rare show of unity"): no place, nor an agency's
    tag, which names it in capitals or in a script without them."""
    if (wire := _WIRE_DATELINE.match(text)) is not None:
        return not wire[0].partition("(")[2].partition(")")[0].islower()
    opening = text[: _DATELINE_REACH + len(" -- ")]
    dashes = [at for at in (opening.find(dash) for dash in _DATELINE_DASHES) if at > 0]
    if not dashes:
        return False
    place = text[: min(dashes)].partition(",")[0]
    return (
        place.isupper()
        and sum(map(str.isalpha, place)) >= _DATELINE_PLACE_LETTERS
        and not any(map(str.isdigit, place))
        and LABEL_WORDS_NOT_PLACES.isdisjoint(place.casefold().split())
    )


def _under_caption_label(text: str) -> bool:
    return len(text) <= _CAPTION_LABEL_LINE_MAX_CHARACTERS and _CAPTION_LABEL_LINE.fullmatch(text) is not None
