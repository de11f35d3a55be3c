"""Thai, written without spaces: a stretch of it read as its words (:func:`nutgraf.language.thai_words`), a
run of them cut at each stopword."""

from __future__ import annotations

import re

# A prefix that makes a noun ("การ", "ความ", "นัก": "การประชุม", a meeting) is one word with the word after
# it where the word list lacks the two together.
_THAI_NOUN_PREFIXES = frozenset(("การ", "ความ", "นัก"))
# Characters no listed word covers are a name or a word the list lacks, or a clause of them: one longer
# than this many characters is no keyphrase.
_MAX_THAI_CHARACTERS = 16
# A stretch of Thai words is one term, as a stretch of Chinese characters is, of at most this many words
# (Chinese's five characters are two or three words): five Thai words had made clauses of tags
# ("ชาวบ้านเร่งขนของขึ้นที่สูง", villagers hurry to carry their things up high).
_MAX_THAI_WORDS = 3
_THAI = re.compile(r"[\u0e01-\u0e5b]")
