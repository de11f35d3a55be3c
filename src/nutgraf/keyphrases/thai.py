"""Thai, written without spaces: where a stretch is cut (at stopwords, before a noun's prefix) and what
stays whole."""

from __future__ import annotations

import re
from functools import cache

# Thai is written without spaces between words: a stretch of it is cut where one of the language's
# stopwords stands at the start of a syllable ("ของ", "ที่", "และ"), and before a prefix that makes a
# noun ("การ", "ความ", "นัก": "การประชุม", a meeting), which stays. Without a dictionary a piece can still
# be a phrase: one longer than this many characters is a clause, no keyphrase.
_THAI_NOUN_PREFIXES = ("การ", "ความ", "นัก")
_MAX_THAI_CHARACTERS = 16
# Common Thai words with a stopword inside, which stay whole: "พื้นที่" (an area) is not "พื้น" and "ที่",
# "ผลกระทบ" (an impact) not "ผล" and "กระทบ", "เจ้าหน้าที่" (officials), "ต่างประเทศ" (abroad).
_THAI_WORDS_WITH_STOPWORDS = tuple(
    sorted(
        """พื้นที่ เจ้าหน้าที่ หน้าที่ ที่ดิน ที่พัก ที่อยู่อาศัย ผลกระทบ ผลผลิต ผลประโยชน์ ผลการ ผลงาน มาตรการ
        มาตรฐาน ต่างประเทศ ต่างชาติ ระหว่างประเทศ ส่วนราชการ ผู้ว่าราชการ รับผิดชอบ ความเสียหาย ทางการ
        ทางหลวง ร่วมกัน แห่งชาติ แห่งประเทศไทย""".split(),
        key=len,
        reverse=True,
    )
)
# The longest Thai stopword looked for, in characters.
_MAX_THAI_STOPWORD = 12
# Thai vowels and marks that never start a syllable (they follow its consonant), and vowels that lead one.
_THAI_FOLLOWING = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
_THAI_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
_THAI_LED_BY_HO = frozenset("งญนมยรลว")
_THAI = re.compile(r"[\u0e01-\u0e5b]")


@cache
def _thai_stopword_lengths(stop: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of the stopwords (two to :data:`_MAX_THAI_STOPWORD` characters) opening with each pair
    of characters, longest first: looking up only those, a syllable's start costs a lookup, not a slice of
    every length (which took two thirds of the time keyphrases took on a million characters of Thai)."""
    lengths: dict[str, set[int]] = {}
    for word in stop:
        if 2 <= len(word) <= _MAX_THAI_STOPWORD:
            lengths.setdefault(word[:2], set()).add(len(word))
    return {pair: tuple(sorted(found, reverse=True)) for pair, found in lengths.items()}
