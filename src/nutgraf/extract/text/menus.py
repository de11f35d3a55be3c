"""Menus, breadcrumbs and bare links on a line ("Home | World | Politics", "Home > News"), and a section
kicker with its menu mark ("Opinion | Guest Essay")."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nutgraf.extract.text.lines import _Line

# Words of a menu entry in a text without prose, where a three-word line may be the headline.
_MENU_ENTRY_WORDS = 2
# Chinese and Japanese (ideographs, kana), and Thai, Lao, Burmese and Khmer: scripts written without
# spaces between words. A URL in their text ends where their next character, or a full-width mark, begins:
# no space marks its end there, and "\S+" had run on through the rest of a Japanese paragraph after its
# "（www.cao.go.jp）", leaving the paragraph's opening, one "word" between spaces, as a link's label.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_URL = re.compile(
    rf"(?:https?://|www\.)[^\s{_CJK}{_SOUTHEAST_ASIAN}\u3000-\u303f\uff00-\uffef]+", re.IGNORECASE
)
_CJK_CHARACTER = re.compile(f"[{_CJK}]")
_SOUTHEAST_ASIAN_CHARACTER = re.compile(f"[{_SOUTHEAST_ASIAN}]")
# The characters counted as a word of those scripts (:func:`_label_words`): generously, as a label's words
# run (Chinese averages under two characters a word, Thai some six code points with its vowel signs), so
# that a label before a link ("詳しくはこちら:", "点击查看原文", "อ่านต่อ:") stays within a link line's three
# words and a sentence of prose does not.
_CJK_WORD_CHARACTERS = 4
_SOUTHEAST_ASIAN_WORD_CHARACTERS = 7
# Marks between a menu's entries or a breadcrumb's steps ("Home > News > Politics", "Αρχική > Ελλάδα >
# Κοινωνία": a breadcrumb's words had been an article's keyphrases, and in Thai, with no final stop to tell
# it from prose, a summary's sentence). ">" only between spaces, as a breadcrumb writes it: the ">" of
# markup left in a pasted text ('Click <a href="...">here</a> now.') had made its prose a menu.
# Japanese pages write the full-width "＞", spaced or not ("ホーム ＞ 社会 ＞ 大雨で新幹線が運転見合わせ"): a
# breadcrumb's only where the line ends on no stop, as a sentence may rank things with it ("需要＞供給の順だった。").
_MENU_MARKS = "|>·•»›＞"
_MENU_SEPARATOR = re.compile(r"[|·•»›]")
_BREADCRUMB_SEPARATOR = " > "
_FULL_WIDTH_BREADCRUMB_SEPARATOR = "＞"
# A character of an entry: neither white space nor a mark that parts entries wherever it stands.
_MENU_ITEM_CHARACTER = re.compile(r"[^\s|·•»›＞]")
# Characters of a line read for its entries at a time (:func:`_menu_items`).
_MENU_PIECE_CHARS = 1 << 16
# A line this long without a link or a menu separator is prose.
_LINK_LIKE_MAX_WORDS = 60
# From this many characters, a line's first words are read for a link before its whole length is searched
# for one: on shorter lines the searches cost less than parting off the words.
_PLAIN_WORDS_CHARS = 1000


def _is_section_kicker(line: _Line) -> bool:
    """Whether a line is a section kicker with its menu mark ("Opinion | Guest Essay", "World › Europe"):
    two or three items of a word or two and no stop, which opens no prose."""
    if line.ends_sentence or not any(map(line.text.__contains__, _MENU_MARKS)):
        return False
    items = list(islice(_menu_items(line.text), 4))
    return 2 <= len(items) <= 3 and all(_label_words(item) <= _MENU_ENTRY_WORDS for item in items)


def _is_path_kicker(line: _Line) -> bool:
    """Whether a line is a sports page's kicker without a menu mark: a section's path parted by spaced
    hyphens (:func:`_is_dashed_path`) or a league's matchday (``_Line.is_matchday_label``: "Bundesliga, 13.
    Spieltag", kicker's; over the headline it had been taken for it). Its words alone do not tell it from
    a short headline ("Eat - Pray - Love"), so it is a kicker only over a headline, not over the prose."""
    return not line.ends_sentence and (
        (_DASHED_PATH_SEPARATOR in line.text and _is_dashed_path(line.text)) or line.is_matchday_label
    )


# What parts a section's path on a sports page ("Football - Mercato - OM", L'Équipe's), and how many steps
# it has.
_DASHED_PATH_SEPARATOR = " - "
_DASHED_PATH_STEPS = 3


def _is_dashed_path(text: str) -> bool:
    """Whether a line is a section's path parted by spaced hyphens, three steps of a word or two each,
    every one capitalised and holding no figure ("Football - Mercato - OM"): over the headline it had been
    taken for the headline. A headline with a dash has two parts ("Brexit - What happens next") or a score
    ("Liverpool 3 - 1 Arsenal"), and a sentence's dashes part clauses in lower case."""
    steps = text.split(_DASHED_PATH_SEPARATOR)
    return len(steps) == _DASHED_PATH_STEPS and all(
        1 <= len(step.split()) <= _MENU_ENTRY_WORDS and step[:1].isupper() and not any(map(str.isdigit, step))
        for step in steps
    )


def _is_link_like(line: _Line) -> bool:
    text = line.text
    long = line.words > _LINK_LIKE_MAX_WORDS
    # A word without ":" or "." holds no URL and outlasts their removal: a long line with four such words
    # is no link, and only the menu marks are searched for, not "://" and "www." as well.
    if not (long and len(text) >= _PLAIN_WORDS_CHARS and _plain_words(text)):
        if long and not _may_link_or_list(text):
            return False  # a paragraph: spares the two scans below for every long line
        # Shorter lines (most paragraphs of BBC or XSum text) are tested in C for what each scan needs
        # first: a URL has "://" or, in any case, "www."; a line without a menu mark is one item. "www." in
        # any case ends on "w." or "W." (no other character lower-cases to "w" or "."): tested first, it
        # spares nearly every line a lower-cased copy. A ":" is looked for before "://" (as in
        # _may_link_or_list): memchr's search, where the three characters' stops at each "o" and "z" too.
        if (
            ((":" in text and "://" in text) or (("w." in text or "W." in text) and "www." in text.lower()))
            and _URL.search(text)
            and _label_words(_URL.sub("", text)) <= 3
        ):
            return True
    # ASCII text can hold only the ASCII menu marks: two substring tests rather than one per mark.
    if not (("|" in text or ">" in text) if text.isascii() else any(map(text.__contains__, _MENU_MARKS))):
        return False
    if line.ends_sentence and _FULL_WIDTH_BREADCRUMB_SEPARATOR in text:
        return False
    # A breadcrumb's steps, parted by " > " alone, are counted between spaces: its last step may be the
    # story's headline, which in Thai or Japanese holds more characters than a label's words
    # ("หน้าแรก > ข่าว > ภูมิภาค > ฝนตกหนักภาคใต้ เตือนน้ำท่วมฉับพลัน" had stayed as the text's first line);
    # the characters are counted where "·" or "|" part the items, as a Chinese sentence's names do.
    spaced = _MENU_SEPARATOR.search(text) is None
    items = 0
    for item in _menu_items(text):
        if (len(item.split()) if spaced else _label_words(item)) > 4:
            return False
        items += 1
    return items >= 3


def _label_words(text: str) -> int:
    """The words of ``text``: those between spaces, and in a script written without spaces (Chinese,
    Japanese, Thai, Lao, Burmese, Khmer) its characters counted by :data:`_CJK_WORD_CHARACTERS` and
    :data:`_SOUTHEAST_ASIAN_WORD_CHARACTERS`, where a whole paragraph had been one word between spaces
    (a Chinese one parted by the "·" of foreign names, "唐纳德·特朗普", had been a menu's short items)."""
    if text.isascii():  # a flag of the string, read without a scan
        return len(text.split())
    cjk = len(_CJK_CHARACTER.findall(text))
    southeast_asian = len(_SOUTHEAST_ASIAN_CHARACTER.findall(text))
    if not cjk and not southeast_asian:
        return len(text.split())
    spaced = sum(
        1
        for word in text.split()
        if not _CJK_CHARACTER.search(word) and not _SOUTHEAST_ASIAN_CHARACTER.search(word)
    )
    return (
        spaced
        + math.ceil(cjk / _CJK_WORD_CHARACTERS)
        + math.ceil(southeast_asian / _SOUTHEAST_ASIAN_WORD_CHARACTERS)
    )


def _plain_words(text: str) -> bool:
    """Whether four of the first five words of ``text`` have neither ":" nor "." (no URL can be in them)."""
    # The first five words are read from the line's opening where a sixth starts there: split whole, the
    # line's rest was copied as the sixth piece (a line of 20 million characters, 40 to 80 MB).
    words = text[:_PLAIN_WORDS_CHARS].split(None, 5)
    if len(words) < 6:
        words = text.split(None, 5)
    plain = 0
    for word in words[:5]:
        if ":" not in word and "." not in word:
            plain += 1
    return plain >= 4


def _menu_items(text: str) -> Iterator[str]:
    """The entries of a menu or a breadcrumb written on one line, between its marks (:data:`_MENU_MARKS`).
    ">" parts entries only between spaces (:data:`_BREADCRUMB_SEPARATOR`), split on apart: written into
    the pattern as an alternative, it cost the pattern's scan in C.

    A long line is read a piece at a time (:data:`_MENU_PIECE_CHARS`), cut after a mark, and a piece of
    marks and white space alone is passed over in C: 10 million "• " before a story were split into as
    many blank entries twice over, 1.9 of the 5.4 s its summary took, and 5 million "• 1 " held their
    entries in one list, 594 MB (hostile input, round 25); a reader that needs a few stops at them."""
    start = 0
    while start < len(text):
        cut = _MENU_SEPARATOR.search(text, start + _MENU_PIECE_CHARS)
        end = len(text) if cut is None else cut.end()
        if _MENU_ITEM_CHARACTER.search(text, start, end) is not None:
            piece = text[start:end]
            parts = _MENU_SEPARATOR.split(piece)
            for separator in (_BREADCRUMB_SEPARATOR, _FULL_WIDTH_BREADCRUMB_SEPARATOR):
                if separator in piece:
                    parts = [item for part in parts for item in part.split(separator)]
            yield from (item for item in parts if item.strip())
        start = end


def _may_link_or_list(text: str) -> bool:
    # Substring tests run in C, several times faster than one regex scan of a long paragraph. ASCII text
    # can hold only the ASCII marks: five tests written out, without a generator's step for each of nine.
    if text.isascii():
        return (
            "|" in text or ">" in text or (":" in text and "://" in text) or "www." in text or "WWW." in text
        )
    return any(mark in text for mark in (*_MENU_MARKS, "://", "www.", "WWW."))
