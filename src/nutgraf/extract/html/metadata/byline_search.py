"""The search of the page's elements for a byline where its meta tags and JSON-LD name no author:
trafilatura's author elements, then a byline line above the first paragraph, a reporter's credit, Drupal's
"Submitted by"."""

from __future__ import annotations

import re
from itertools import islice, pairwise

from lxml import etree

from nutgraf.extract.html.markup import cut_elements
from nutgraf.extract.html.metadata.bylines import (
    _BYLINE_LABEL,
    _BYLINE_TAIL,
    _CREDIT_PREFIX,
    _NAMES_JOINER,
    REPORTER_TITLE,
    _is_photo_credit,
    _with_vowel_signs,
    names_agency,
)
from nutgraf.extract.html.metadata.cleaning import _words
from nutgraf.extract.html.metadata.date_lines import _DATE_LINE_CHARACTERS
from nutgraf.extract.text import (
    CREDIT_OPENING,
    JOB_TITLES,
    NAME_SUFFIXES,
    NAMES_END,
    NEWSROOM_WORDS,
    STAMP_BEFORE_NAMES,
    byline_names,
    closes_on_newsroom,
    folded_line,
    looks_like_names,
    names_after_stamp,
    names_an_institution,
    word_count,
)
from nutgraf.language import NEWS_AGENCIES

# Elements of the article (or page) the byline search looks at, from its start: on the shared pages the
# first 500 hold every byline the whole page gives (the first 250 lose 3 of 311 pages' bylines).
_BYLINE_ELEMENTS = 500
_COMMENT_WORDS = frozenset({"comment", "comments"})
# Elements that hold a byline line above the article's first paragraph.
_BYLINE_LINE_TAGS = ("p", "div", "span", "address", "li", "time")
# Elements that make a line of those holding them a block of lines.
_BLOCK_TAGS = frozenset(("p", "div", "address", "li", "ul", "ol", "table", "section", "article"))
# Drupal's byline, in English and the translations its sites keep: the names between "Submitted by" and
# the "on" that a date follows, or a weekday or a month and the date ("on Fri, 11/08/2013", "el Jue,
# 14/03/2019", "le 3 mars 2024", "am Montag, 3. März"): the same words inside a name are its particles
# ("Mohamed El Erian", "Kim Le", "Jean Le Gall").
_SUBMITTED_BY = re.compile(
    r"(?:submitted|posted|enviado|soumis|eingereicht|inviato)\s++(?:by|por|par|von|da)\s++"
    r"(?P<names>[^\W\d_][^\d,|]{0,80}?)\s++(?:on|el|le|am|il)\s++(?=\d|[^\W\d_]{2,12}+\.?,?\s++\d)",
    re.IGNORECASE,
)
# A class that names a dateline's element (hNews's "dateline"), and the agencies whose names are words of
# their language too, agencies only in a dateline's place after the city: PTI's Hindi service "भाषा"
# ("language") and UNI's "वार्ता" ("talks"), which NEWS_AGENCIES cannot hold without dropping the words
# from keyphrases; and PA Media's former name, "Press Association", words of other bodies' names too ("the
# Foreign Press Association"), where "London, PA" reads as a US state's code (_STATE_CODE_AGENCIES).
_DATELINE_CLASS = "dateline"
_DATELINE_AGENCIES = frozenset({"भाषा", "वार्ता", "Press Association"})
# An agency's name that is a US state's postal code too, after a US city in a dateline the state
# ("Harrisburg, PA" had given the byline "PA", as PA Media's).
_STATE_CODE_AGENCIES = frozenset({"PA"})
# The label of the BBC World Service's byline line.
_WORLD_SERVICE_LABEL = re.compile(r"author,\s*+", re.IGNORECASE)
# The word after a Korean or Japanese reporter's name ("김지훈 기자", "山口彩花記者"), and the brackets a
# Japanese paper sets the name in ("（山口 彩花）"). Not a photographer's credit, which ends in 摄, 摄影
# or 图 ("photographed", "photo": "新华社记者 李贺 摄").
_REPORTER_CREDIT = re.compile(
    r"(?:^\s*+|[（(])[\u4e00-\u9fff]{0,6}?(?:记者|記者)\s*+(?P<zh>[\u4e00-\u9fff]{2,3})(?<![摄攝图圖])"
    r"(?=\s|[）)]|$)(?!\s*+[摄攝图圖])"
    r"|^\s*+(?:기자명\s*+)?(?:(?P<ko>[\uac00-\ud7a3]{2,4})\s*+기자|기자\s++(?P<ko_after>[\uac00-\ud7a3]{2,4}))\s*+$"
    # A Korean wire's dateline, the place and the agency in brackets before the reporter and "=" ("(서울=연합뉴스)
    # 김지훈 기자 = ...", as Yonhap, Newsis and News1 open every story and the portals republish it).
    r"|^\s*+[(（][\uac00-\ud7a3]{1,8}=[\uac00-\ud7a3\w]{1,10}[)）]\s*+(?P<ko_wire>[\uac00-\ud7a3]{2,4})\s*+기자\s*+="
)
# Where such a credit stands in a line: at its start, or in the dateline of the first paragraph.
_REPORTER_CREDIT_CHARACTERS = 40
# A paragraph of Chinese or Japanese (written without spaces) of this many characters is the article's
# text (counted as words are, a character a word: a line of English this long in characters is a
# standfirst of a dozen words).
_DENSE_LINE_CHARACTERS = 80
_BRACKETS = "()（）〔〕[]【】"
_BYLINE_LINE_WORDS = 12
# A class or id that names the author in the languages trafilatura's English names miss ("auteur",
# "autore", "autor", "verfasser", "redacteur") or the reporter (Japanese and Korean papers), and the most words of the names such an element holds.
_AUTHOR_CLASS = re.compile(
    r"auteur|autor|verfasser|redacteur|redactor|schrijver|firma-autor|reporter|journalist"
)
_NAMES_WORDS = 6
# trafilatura's limit on an author element's text (a longer one is prose, or a bio).
_AUTHOR_CHARACTERS = 120
# A byline element that only its test hook or component's name calls one, after trafilatura's patterns
# (the BBC's ``data-testid="byline-new"``, ``data-component="byline-block"``).
_TEST_ID_BYLINE = etree.XPath(
    "//*[contains(translate(@data-testid, 'BYLINE', 'byline'), 'byline')"
    " or contains(translate(@data-component, 'BYLINE', 'byline'), 'byline')]"
)
# The words of a newsroom's or a job's name, which a line under a writer's name gives ("BBC News",
# "Metro Staff", "Environment correspondent", "Tribune Report"): a line of them is no co-writer's name. The
# plain text's newsroom words are the same thing's, under a writer's names there too.
_NEWSROOM_OR_JOB_WORDS = NEWSROOM_WORDS | JOB_TITLES | {"media", "press", "agency", "team"}
_COMMENT_STATES = frozenset({"has", "open", "closed", "link", "count", "number", "num"})
# Words of a class or id that name a picture's or a video's credit ("image-author", "photo-credit"):
# its names are the photographer's.
_PICTURE_CLASS_WORDS = frozenset({"image", "img", "photo", "foto", "picture", "video", "caption"})
# How many elements up a caption's line may stand in its picture's (a <p> in a <div class="photo"> in a
# <figure>).
_PICTURE_HOLDERS = 3


def find_byline(footers: list, region, tree) -> str | None:
    """trafilatura's search for a byline element, in the article's ``footers``, then in ``region`` (the
    page's own article, or the page without its navigation, asides and footers: there a name is another
    story's, or a commenter's). It tests a dozen patterns on every element with a class: searched in the
    article alone, it costs a fraction of a search of the page.

    The search takes ``tree`` (the page) apart: it is the last reader of the page, and the elements are
    moved and cut rather than copied (trafilatura's own search copies what it is given).
    """
    from trafilatura.metadata import extract_author

    for footer in footers:
        if author := extract_author(footer):
            return author
    # Read before the search cuts the article to its first elements.
    signed = _signature(region) if region is not tree else None
    # trafilatura's patterns search the whole document the region is in: the region becomes the document.
    if region is not tree:
        for child in list(tree):
            tree.remove(child)
        tree.append(region)
    # Bylines stand near the top of the article: the search looks at its first elements only, so that
    # its cost stays that of an ordinary page on a long one (a long encyclopedia page spent a quarter
    # of its time here).
    cut_elements(tree, _BYLINE_ELEMENTS)
    # A commenter's name is no byline: trafilatura passes over "comments" lists, not each comment's own
    # element ("sf_comment_author" on ultimahora.es). Comments follow the article, so only elements after
    # its first paragraph are passed over (never the article's own wrapper, "entry has-comments", nor a
    # meta block above the text), and the text after one stays ("3 comments By Jane Doe").
    first = next(tree.iter("p"), None)
    comments, after_first = [], False
    for element in tree.iter():
        if element is first:
            after_first = True
        elif after_first and _is_comment(element):
            comments.append(element)
    for element in comments:
        if element.getparent() is not None:
            element.drop_tree()
    return _author(tree) or _byline_line(tree) or _followed_name(tree) or signed


def _signature(article) -> str | None:
    """The writer's full name that closes the page's own ``article`` as its last paragraph, in bold and
    nothing else (Vietnamese papers' "<p><strong>Minh Anh</strong></p>"), where no element's class names
    a byline."""
    paragraphs = article.xpath(".//p")
    last = paragraphs[-1] if paragraphs else None
    if last is None or len(last) != 1 or last[0].tag not in ("strong", "b") or (last.text or "").strip():
        return None
    names = " ".join(last.text_content().split())
    fits = names and len(names.split()) <= _NAMES_WORDS and _is_full_name(names)
    return names if fits and not (last[0].tail or "").strip() else None


def _followed_name(tree) -> str | None:
    """The writer's name on a profile card, as LinkedIn and Medium set it above an article: a name in an
    element of its own beside a "Follow" button, whose classes name no author ("base-main-card__title"
    over "+ Follow"). The first such element before the button, in the button's parent, is the name; the
    job's headline below it is no name. A card that holds only a name and the button is a topic's, a
    publication's or a social network's ("Climate Change + Follow", "Twitter Follow"): the writer's card
    says more of her (her job, the date), and the search goes on to the next button past a bare card (Medium
    sets the publication's "Follow" above the writer's)."""
    for button in tree.iter("a", "button"):
        follow = (button.text_content() or "").strip()
        if follow.lstrip("+ ").casefold() != "follow":
            continue
        parent = button.getparent()
        if parent is None:
            continue
        for element in parent.iterdescendants():
            if element is button:
                break
            text = folded_line(element.text_content() or "")
            if 0 < len(text.split()) <= _NAMES_WORDS and looks_like_names(text):
                card_words = len((parent.text_content() or "").split())
                if card_words > len(text.split()) + len(follow.split()):
                    return text
                break
    return None


def _byline_line(tree) -> str | None:
    """The names in a byline line above the article's first paragraph (its first ``<p>`` longer than a
    byline) that no class names a byline, as pages outside the English-speaking world write them (``<p
    class="meta">Publié le 3 mars 2026 à 10h12 – Par Claire Martin</p>``, ``<p class="autore">di Marco
    Rossi</p>``): a line of text with no other block inside, read as a pasted page's byline line is."""
    for element in tree.iter(*_BYLINE_LINE_TAGS, "article"):
        text = element.text_content()
        # A Chinese or Korean reporter's credit: a line of its own ("记者 陈洁 通讯员 王晓明", "박수빈
        # 기자", "기자명 기자 이영희" as Korean regional papers' CMS sets it), or in brackets in the first paragraph's dateline ("新华社北京7月26日电（记者吴雨）...").
        if reporter := _REPORTER_CREDIT.search(text, 0, _REPORTER_CREDIT_CHARACTERS):
            # A wire's photo caption opens as its story does ("(서울=연합뉴스) 최재구 기자 = 5일 오전 ... [연합뉴스
            # 자료사진]") and names the photographer, no line of the story: the byline had been his, and the
            # caption's length had ended the search before the story's own dateline.
            if reporter["ko_wire"] and _in_picture(element):
                continue
            return reporter["zh"] or reporter["ko"] or reporter["ko_after"] or reporter["ko_wire"]
        # An <article> is read for a wire's dateline alone: Naver's holds the text's lines parted by <br>,
        # no paragraph of their own ("(서울=연합뉴스) 김지훈 기자 = ...<br><br>...").
        if element.tag == "article":
            continue
        if element.tag == "p" and (
            len(text.split()) > _BYLINE_LINE_WORDS or word_count(text) > _DENSE_LINE_CHARACTERS
        ):
            break
        # A line's own words, its names and date in elements of their own inside it at most (Drupal 10's
        # "By <span><span>Priya Raman</span></span>, <span><time>14 February, 2024</time></span>").
        if any(child.tag in _BLOCK_TAGS for child in element.iterdescendants()):
            continue
        # Nor an element of lines ("<span>By Holly Trewin</span><span>BBC News, Cornwall</span>"), whose
        # text runs them together: its lines come next, each an element.
        if _lines(element):
            continue
        # A photo's or a video's credit ("Photo by John Smith", "Video by Ana Ruiz") names no writer.
        if _is_photo_credit(text) or _credits_picture(element):
            continue
        if (
            names := byline_names(text)
            or _submitted_by(text)
            or _world_service_names(text)
            or _dateline_agency(element, text)
        ):
            return names
        # The names alone, in an element whose class names its author in another language, or its
        # reporter ("<span class="reporter">（山口 彩花）</span>", "<em class="journalist_name">김지훈
        # 기자</em>"), after a label at most ("संवाददाता: अंकित मिश्रा").
        names = REPORTER_TITLE.sub("", _BYLINE_LABEL.sub("", folded_line(text))).strip(_BRACKETS)
        if (
            names
            and len(names.split()) <= _NAMES_WORDS
            and _AUTHOR_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}".lower())
            and looks_like_names(names)
        ):
            return names
    return None


def _dateline_agency(element, text: str) -> str | None:
    """The news agency an element whose class names a dateline credits after the place ("<p
    class="dateline">नई दिल्ली, भाषा</p>", "New Delhi, PTI"): the story's byline where the page names no
    writer, as an agency alone in the author field is."""
    if _DATELINE_CLASS not in element.get("class", "").lower():
        return None
    place, comma, agency = folded_line(text).rpartition(", ")
    known = (
        agency.casefold() in NEWS_AGENCIES and agency not in _STATE_CODE_AGENCIES
    ) or agency in _DATELINE_AGENCIES
    return agency if comma and place and known else None


def _world_service_names(text: str) -> str | None:
    """The names in the BBC World Service's byline line, "Author, Esther Namuhisa" (its label in English
    in every language, above "Role, BBC News Swahili")."""
    line = folded_line(text)
    label = _WORLD_SERVICE_LABEL.match(line) if line else None
    names = line[label.end() :] if label else ""
    return names if names and len(names.split()) <= _NAMES_WORDS and looks_like_names(names) else None


def _submitted_by(text: str) -> str | None:
    """The names in Drupal's byline, "Submitted by Karen Whitfield on Fri, 11/08/2013 - 14:20" (and its
    translations: "Enviado por ... el ...", "Soumis par ... le ..."), which no byline pattern reads: the
    names run on to the date."""
    line = folded_line(text)
    match = _SUBMITTED_BY.match(line) if line and len(line) <= _DATE_LINE_CHARACTERS else None
    return match.group("names") if match and looks_like_names(match.group("names")) else None


def _in_picture(element) -> bool:
    """Whether the element or one of the few holding it is a picture's: a ``<figure>``, or an element whose
    class or id names a picture (:func:`_credits_picture`, "photo", "img-caption")."""
    return any(
        holder.tag == "figure" or _credits_picture(holder)
        for holder in (element, *islice(element.iterancestors(), _PICTURE_HOLDERS))
    )


def _credits_picture(element) -> bool:
    """Whether a class or id of the element names a picture's or a video's credit ("image-author",
    "photo_credit")."""
    words = f"{element.get('class', '')} {element.get('id', '')}".lower().replace("-", " ").replace("_", " ")
    return not _PICTURE_CLASS_WORDS.isdisjoint(words.split())


def _is_comment(element) -> bool:
    """Whether a class or id of the element names a comment: has the word "comment" or "comments"
    ("sf_comment", "comment-body", "comments"), and is no state or count of the comments ("has-comments",
    "comments-link", "comment-count") nor "commentary" (an opinion column) or "commentator"."""
    for name in f"{element.get('class', '')} {element.get('id', '')}".lower().split():
        parts = set(name.replace("-", " ").replace("_", " ").split())
        if not _COMMENT_WORDS.isdisjoint(parts) and _COMMENT_STATES.isdisjoint(parts):
            return True
    return False


def _author(tree) -> str | None:
    """trafilatura's ``extract_author`` on ``tree`` itself rather than on a copy of it, with the names of
    co-writers that stand each in an element of their own, side by side in one byline ("By <a
    rel="author">Jane Doe</a> and <a rel="author">John Roe</a>"): trafilatura gives the first alone."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import normalize_authors
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    pruned = prune_unwanted_nodes(tree, AUTHOR_DISCARD_XPATHS)
    for expression in (*AUTHOR_XPATHS, _TEST_ID_BYLINE):
        elements = expression(pruned)
        first = next(
            (element for element in elements if _author_text(element) and not _credits_picture(element)),
            None,
        )
        if first is None:
            continue
        # A block of the writer's particulars that the pattern names ("solar-author") holds the writer's
        # own element that it names too, beside her newsroom's and the date's ("<p class="p-author">Ana
        # Beatriz Souza</p><p class="p-author-local">Do Portal Brasil Agora, no Rio</p>"): the names are
        # the first such element's, not the block's text run together.
        first = next(
            (
                element
                for element in elements
                if first in element.iterancestors()
                and _author_text(element)
                and not _credits_picture(element)
            ),
            first,
        )
        # Next to each other, a joining word at most between them: an LWN edition's second feature has a
        # byline of its own element, below the first feature. Of one class, as a template writes each
        # writer's: the line under the writer's, of a class of its own ("p-author-local"), is her
        # newsroom's ("Do Portal Brasil Agora, no Rio"), no co-writer.
        side_by_side = [first]
        for element in elements:
            last = side_by_side[-1]
            if (
                element is last.getnext()
                and element.tag == first.tag
                and element.get("class") == first.get("class")
                and len((last.tail or "").split()) <= 1
            ):
                side_by_side.append(element)
        names = "; ".join(filter(None, map(_element_names, side_by_side)))
        author = normalize_authors(None, names) if names else None
        # An institution credited in the byline's element ("By University of Ghana") names no writer:
        # trafilatura cuts it at "of", and its first word had been the byline ("University").
        if author and names_an_institution(names):
            return None
        return _with_vowel_signs(author, [names]) if author and not author.isascii() else author
    return None


def _element_names(element) -> str:
    """The names in a byline element where its text stands in lines of their own elements: every line's,
    "; " between them, where each line is a writer's name alone (a list of writers, "<li>Jane Doe</li><li>John
    Roe</li>"); else those of its first line that names a writer ("<span>Holly Trewin</span><span>BBC
    News, Cornwall</span>", "<li>Author, Esther Namuhisa</li><li>Role, BBC News Swahili</li>": the lines
    after the name are her newsroom, her role, her place); else those of its whole text."""
    texts = [_author_text(line) or "" for line in _lines(element)]
    lines = [(text, _names_of_element(text)) for text in texts]
    if len(lines) > 1 and all(_is_writers_name(text, names) for text, names in lines):
        return "; ".join(names for _, names in lines)
    for _, names in lines:
        if _is_full_name(names):
            return names
    return _names_of_element(_author_text(element) or "")


def _is_full_name(names: str) -> bool:
    """Whether ``names`` look like a full name, as a line of a name's parts (first and last name in
    elements of their own) does not."""
    return looks_like_names(names) and (len(names.split()) > 1 or not names.isascii())


def _is_writers_name(text: str, names: str) -> bool:
    """Whether a byline's line (``text``, its ``names`` read) is a writer's full name alone: no comma or
    digit, which part a name from a place, a role or a date ("BBC News, Cornwall", "3 March 2026"), and no
    newsroom's, agency's or job's word ("BBC News", "Reuters", "Metro Staff", "Environment
    correspondent")."""
    words = _words(names)
    return (
        _is_full_name(names)
        and not any(character == "," or character.isdigit() for character in text)
        # A newsroom's word that ends the line is a surname where closes_on_newsroom says so ("Robert
        # Service", who had been no writer beside "Jane Doe").
        and not closes_on_newsroom(names)
        and _NEWSROOM_OR_JOB_WORDS.isdisjoint(
            words[:-1] if words[-1:] and words[-1] in NEWSROOM_WORDS else words
        )
        and not names_agency(names)
    )


def _lines(element) -> list:
    """The elements that hold ``element``'s text as lines of their own: its children with text when it
    holds no text between them and each stands apart from the next (a block, or an element set right
    after the one before, with no space between them, which a template lays out as lines), each read so
    in turn; ``[]`` where its text runs on as one line."""
    if (element.text or "").strip():
        return []
    children = [child for child in element if isinstance(child.tag, str) and child.text_content().strip()]
    if any((child.tail or "").strip() for child in element):
        return []
    if len(children) == 1:
        return _lines(children[0])
    # Names joined by an element of its own run on as one line: a template (React's) writes no space
    # between elements, "<span>By </span><a>Jane Doe</a><span> and </span><a>John Roe</a>".
    if any(_joins_names(child) for child in children):
        return []
    if len(children) < 2 or not all(
        child.tag in _BLOCK_TAGS or after.tag in _BLOCK_TAGS or not child.tail
        for child, after in pairwise(children)
    ):
        return []
    return [line for child in children for line in (_lines(child) or [child])]


def _joins_names(element) -> bool:
    """Whether ``element`` holds only what joins two writers' names: a comma, "&", "and" or its
    translations (not "|" or "·", which part a name from a role or a date)."""
    word = element.text_content().strip().strip(",&").strip().lower()
    return word in ("", "and", "und") or _NAMES_JOINER.fullmatch(f" {word} ") is not None


def _author_text(element) -> str | None:
    """The text of an author element, as trafilatura reads one: of 3 to 119 characters."""
    from trafilatura.utils import trim

    text = trim(" ".join(element.itertext()))
    return text if 2 < len(text) < _AUTHOR_CHARACTERS else None


def _names_of_element(text: str) -> str:
    """The names in a byline element's text, read before trafilatura drops its digits and colons, which
    tell where they end: before a label's colon ("Текст: Лида Буслаева"), before a date ("By Joshua Sokol
    May 20, 2019") or another number and the words that lead to it ("Aleš Vávra před 2 hodinami"). Names
    after a date stamp and their credit word are the names ("Publié le 3 mars 2026 à 10h12 – Par Claire
    Martin"); names after an opening credit word ("By", "Reported by") end at a separator, where a place or a stamp follows
    ("Por Ana García | Madrid | 3 mar 2026", "Von Hans Müller | Stand: 03.03.2026, 10:12 Uhr")."""
    if credited := names_after_stamp(text):
        return credited
    text = _BYLINE_LABEL.sub("", STAMP_BEFORE_NAMES.sub("", text, count=1))
    if opening := CREDIT_OPENING.match(text) or _CREDIT_PREFIX.match(text):
        text = NAMES_END.split(text[opening.end() :], maxsplit=1)[0]
        # A single word after the names and a comma is the place the writer files from ("Von
        # Thomas Gutschker, Brüssel", "Por Ana García, Madrid"), but for a name's suffix ("John Smith,
        # Jr."): a byline names a co-writer as it names the first, by a full name ("Por Ana García, Luis
        # Pérez"), and where the writers are parted by commas, the last is joined by "and" ("By Jane Doe,
        # John Roe and Max Poe"), which makes the last part no single word.
        # The suffix is kept without its comma, at which trafilatura would part it from the name as a
        # second writer ("John Smith; Jr").
        names, comma, place = text.rpartition(",")
        last = place.strip()
        if comma and len(last.split()) == 1 and len(names.split()) >= 2:
            text = f"{names} {last}" if last.rstrip(".").casefold() in NAME_SUFFIXES else names
    names = _BYLINE_TAIL.split(text, maxsplit=1)[0]
    words = names.split()
    first_number = next((i for i, word in enumerate(words) if any(map(str.isdigit, word))), None)
    # A number before any name ("5 min read By Jane Doe") ends nothing.
    end = first_number or len(words)
    # Lower-case words before the number are its preposition ("před", "il y a", "hace"): dropped when a
    # capitalized name stands before them, as names written in lower case are names still.
    if end < len(words):
        while end > 1 and words[end - 1].islower() and not all(w.islower() for w in words[: end - 1]):
            end -= 1
    return " ".join(words[:end])
