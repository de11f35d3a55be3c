"""How one language's words enter candidates: each word's key (its stem, its case, what kind of word it
is), remembered per language."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nutgraf.keyphrases.arabic_hebrew import _CLITICS
from nutgraf.keyphrases.bounds import _CACHED_LANGUAGES, _MAX_CACHED_LENGTH, _MAX_CACHED_WORDS
from nutgraf.keyphrases.cjk import _CJK
from nutgraf.keyphrases.greek import _GREEK_PREDICATE_ENDINGS, _greek_stem, _unaccented
from nutgraf.keyphrases.korean import (
    _HANGUL,
    _KOREAN_ADVERB_ENDING,
    _KOREAN_JOINING_ENDINGS,
    _KOREAN_PARTICLES,
    _KOREAN_POLITE_ENDINGS,
    _KOREAN_PREDICATE_ENDINGS,
    _korean_finite_verb,
)
from nutgraf.keyphrases.languages import (
    _CALENDAR_WORDS,
    _CAPITALISED_PRONOUNS,
    _ELIDED,
    _FIGURE_HOMOGRAPHS,
    _FIGURE_WORDS,
    _NAME_PARTICLES,
    _SHORT_AGENCY,
    _TITLES,
    _WRITTEN_ON_ENDINGS,
    CREDITING_AGENCIES,
)
from nutgraf.keyphrases.thai import _THAI
from nutgraf.keyphrases.turkish import _SUFFIXES_AFTER_APOSTROPHE, _TURKISH_ENDINGS, _turkish_predicate
from nutgraf.keyphrases.unspaced import UNSPACED_PARTICLES, unspaced_bounds
from nutgraf.language import (
    JOINER_WRITTEN,
    SUPPORTED_LANGUAGES,
    function_words,
    stem,
    stopwords,
    with_typographic_apostrophes,
    without_joiners,
)

_APOSTROPHES = "'’"
# Currencies written onto their amount ("RM1,700", Malaysian ringgit; "Rp5.000", rupiah; "Rs500", rupees;
# "Tk", taka; "Sh", "KSh", shillings): an amount, no keyphrase ("RM1" of "RM1,700" had been a wage story's).
_CURRENCY_PREFIXES = ("RM", "Rp", "Rs", "Tk", "Sh", "KSh", "TSh", "USh")
# Persian's verb prefixes, "می" (the present, the continuous) and "نمی" (its negation), with the zero-width
# non-joiner that joins them to the verb.
_PERSIAN_VERB_PREFIXES = ("می\u200c", "نمی\u200c")
# A quantity: a number with a unit or suffix in small letters ("5m", "280bn", "56ft", "1990s", "3rd").
_QUANTITY = re.compile(r"\d[\d.,]*+[a-z]{1,3}")
# One word of the text, as the candidates see it: its stem ("" for a word that cannot be part of a
# keyphrase: a stopword, a number, a single character), whether it is capitalised, how many of its
# characters are an elided article before it ("l'", "dell'") or a possessive after it ("'s"), and what
# kind of word it is (_PLAIN, or one of the three below).
_WordKey = tuple[str, bool, int, int, int]
_PLAIN = 0
# A stopword written capitalised ("New", "World", "Microsoft"): a part of a name ("New Zealand", "World
# Cup"), and alone a keyphrase only where the text never writes it in lower case.
_CAPITALISED_STOPWORD = 1
# A word of the calendar written capitalised ("Friday", "Today"): a part of a name the text repeats
# ("Black Friday", "USA Today"; not "Tuesday President Obama"), never a keyphrase alone.
_CAPITALISED_CALENDAR = 2
# The emoji and text variation selectors, which draw nothing: one a page left inside a word ("Mum\ufe0fbai",
# a pasted post's) is no part of the word's key, and the word is "Mumbai" written plain elsewhere.
_VARIATION_SELECTORS = dict.fromkeys((0xFE0E, 0xFE0F))
# A news agency's name (:data:`~nutgraf.keyphrases.languages.CREDITING_AGENCIES`): a part of a longer name ("Thomson Reuters", "Reuters
# Institute"), and alone a keyphrase only where the story is about the agency, not where it credits it.
_NEWS_AGENCY = 3
_NOT_A_KEYWORD: _WordKey = ("", False, 0, 0, _PLAIN)
# Languages whose keyphrases take a word's endings or prefixes off by rules of their own (Turkish's and
# Nepali's endings where the text has the bare word too, Greek's case endings and accents, Arabic's
# prefixes): Snowball's stem as well would take off twice, and its stems fold less than those rules do
# ("şüpheliler" is "şüpheli", "şüphelilerin" "şüphel"; "المباراة" and "والمباراة" stay apart).
# Armenian's Snowball stems too much for a keyphrase: "քաղաքապետարանը" (the mayor's office) is "քաղաքապետ"
# (mayor), "Նորք" (a district) is "նոր" (new); its whole words are keys.
_UNSTEMMED_KEYPHRASES = frozenset({"tr", "el", "hy", *_CLITICS, *_WRITTEN_ON_ENDINGS})
# The key of a stretch of Chinese or Japanese, which is split into its characters (told apart by identity).
_CJK_WORD: _WordKey = ("", True, 0, 0, _PLAIN)
# The key of a stopword in lower case (told apart by identity): where the text has a word so, the word
# capitalised alone is no name ("New rules" beside "new"; "Microsoft" is never written "microsoft").
_LOWER_STOPWORD: _WordKey = ("", False, 0, 0, _PLAIN)
# The key of a stretch of Thai (told apart by identity).
_THAI_WORD: _WordKey = ("", False, 0, 0, _PLAIN)
# The key of a title (told apart by identity).
_TITLE_WORD: _WordKey = ("", False, 0, 0, _PLAIN)


class _Lexicon:
    """How one language's words enter candidates: stopwords and calendar words stay out, the rest by stem
    (by the lower-cased word where nutgraf has no stemmer for the language)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.stop = stopwords(language)
        # Greek's stopword list is written without accents ("οτι", "ειναι"), Greek text with them ("ότι").
        self.accent_blind = language == "el"
        if self.accent_blind:
            self.stop = frozenset(map(_unaccented, self.stop))
        # Persian's list writes "آنها" (they) and "می‌شود" (it becomes) as its text may or may not, with a
        # zero-width non-joiner inside or without one: both are read without it ("آن‌ها" had been a tag).
        self.joiner_blind = language in JOINER_WRITTEN
        if self.joiner_blind:
            self.stop = frozenset(map(without_joiners, self.stop))
        self.function_words = function_words(language) | with_typographic_apostrophes(
            set(_CAPITALISED_PRONOUNS.get(language, "").split())
        )
        self.stemmed = language in SUPPORTED_LANGUAGES and language not in _UNSTEMMED_KEYPHRASES
        self.calendar = frozenset(
            self.stem(w)
            for w in f"{_CALENDAR_WORDS.get(language, '')} {_FIGURE_WORDS.get(language, '')}".split()
        )
        self.elided = _ELIDED.get(language, frozenset())
        self.titles = frozenset(_TITLES.get(language, "").split())
        self.keys: dict[str, _WordKey] = {}

    def stem(self, lower: str) -> str:
        """A lower-cased word's stem as keys hold it: itself in a language keyphrases stem no word of."""
        if self.language == "el":
            return _greek_stem(lower)
        return stem(lower, self.language) if self.stemmed else lower

    def key(self, word: str) -> _WordKey:
        """The word's :data:`_WordKey`, remembered."""
        key = self.keys.get(word)
        if key is None:
            key = self._key(word)
            if len(self.keys) < _MAX_CACHED_WORDS and len(word) <= _MAX_CACHED_LENGTH:
                self.keys[word] = key
        return key

    def _key(self, word: str) -> _WordKey:
        lead = trail = 0
        if "'" in word or "’" in word:
            head = word.replace("’", "'").partition("'")[0]
            if head.lower() in self.elided:
                lead = len(head) + 1
            if word[-2:-1] in _APOSTROPHES and word[-1] in "sS":
                trail = 2
            elif self.language in _SUFFIXES_AFTER_APOSTROPHE:
                # Turkish writes a name's case ending after an apostrophe: "Merkez Bankası'nın" is the
                # central bank's, "İstanbul'da" in Istanbul.
                trail = len(word) - word.replace("’", "'").rfind("'")
            word = word[lead : len(word) - trail]
        elif self.language == "he" and word[:1] == "ו" and word[1:] in self.stop:
            return _LOWER_STOPWORD  # "וכי", and that
        elif self.language == "fa" and word.startswith(_PERSIAN_VERB_PREFIXES):
            # Persian writes the present and the continuous past with "می" joined by a zero-width
            # non-joiner ("می‌توانند", they can; "نمی‌شود", it does not): a verb, never a tag.
            return _NOT_A_KEYWORD
        elif self.language == "ko" and _HANGUL[0] <= word[-1:] <= _HANGUL[1]:
            if (
                word.endswith(_KOREAN_PREDICATE_ENDINGS + _KOREAN_JOINING_ENDINGS)
                or (len(word) >= 3 and word.endswith((_KOREAN_ADVERB_ENDING, *_KOREAN_POLITE_ENDINGS)))
                or _korean_finite_verb(word)
            ):
                return _NOT_A_KEYWORD
            particle = next(filter(word.endswith, _KOREAN_PARTICLES), "")
            if particle and len(word) - len(particle) >= (2 if len(particle) == 1 else 1):
                trail = len(particle)
                word = word[: len(word) - trail]
            elif particle == word:
                return _NOT_A_KEYWORD
        elif self.language in UNSPACED_PARTICLES:
            bounds = unspaced_bounds(word, self.language)
            if bounds is None:
                return _NOT_A_KEYWORD
            lead, trail = bounds
            word = word[lead : len(word) - trail]
        # Numbers, quantities ("5bn", "44.63secs", Korean "9조원", a temperature "44C"), and compounds that start with one
        # ("17-year-old", "2-1") say little about a story; "3D", "4G" or "7E7" may.
        if len(word) < 2 or (
            word[0].isdigit()
            and (
                "-" in word
                or word.isdigit()
                or (
                    not any(map(str.isupper, word))
                    and (not word.isascii() or "." in word or _QUANTITY.fullmatch(word))
                )
                or (word[-1] in "CF" and word[:-1].isdigit())
            )
        ):
            return _NOT_A_KEYWORD
        if not any(map(str.isalpha, word)) or (word[:1] in "RSTKU" and _currency_amount(word)):
            return _NOT_A_KEYWORD
        if _CJK.search(word):
            return _CJK_WORD
        if self.language == "th" and _THAI.search(word):
            return _THAI_WORD
        # Composed and decomposed accents ("é" and "e" + "\u0301") are one letter.
        lower = unicodedata.normalize("NFC", word.lower())
        if not lower.isascii() and ("\ufe0f" in lower or "\ufe0e" in lower):
            lower = lower.translate(_VARIATION_SELECTORS)
        kind = _PLAIN
        if lower in CREDITING_AGENCIES and (
            len(word) > _SHORT_AGENCY or word.isupper() or lower == word.upper()
        ):
            return (self.stem(lower), word[0].isupper(), lead, trail, _NEWS_AGENCY)
        if lower in self.titles and word[0].isupper():
            return _TITLE_WORD
        # An acronym is a name even where its two or three letters spell a stopword ("US", "UK", "TV"),
        # unless they spell a word as common as "THE" or "IS" (a line in capitals).
        listed = _unaccented(lower) if self.accent_blind else lower
        stopword = listed in self.stop
        if self.joiner_blind and "\u200c" in listed:
            # A word whose every part is a stopword, a verb's ending among them ("شده‌اند", they have been:
            # "شده" and "اند"; "گفته‌اند", they have said), is one too: it had closed a tag's run.
            parts = listed.split("\u200c")
            stopword = without_joiners(listed) in self.stop or all(map(self.stop.__contains__, parts))
        if self.accent_blind and not word[0].isupper() and listed.endswith(_GREEK_PREDICATE_ENDINGS):
            return _NOT_A_KEYWORD
        if (
            self.language == "tr"
            and not word[0].isupper()
            and (
                _turkish_predicate(lower)
                or any(
                    lower[: len(lower) - len(e)] in self.calendar
                    for e in filter(lower.endswith, _TURKISH_ENDINGS)
                )
            )
        ):
            return _NOT_A_KEYWORD
        if stopword and not (len(word) <= 3 and word.isupper() and lower not in self.function_words):
            if not word[0].isupper():
                return _LOWER_STOPWORD
            if lower in self.function_words and lower not in _NAME_PARTICLES:
                return _NOT_A_KEYWORD
            kind = _CAPITALISED_STOPWORD
        if "." in lower:
            head, _, tail = lower.partition(".")
            # "No.1" is a stopword and a number; "p.m." is "pm", a word of the calendar.
            if tail[:1].isdigit() and head in self.stop:
                return _NOT_A_KEYWORD
            if self.stem(lower.replace(".", "")) in self.calendar:
                lower = lower.replace(".", "")
        stem_ = self.stem(lower)
        if stem_ in self.calendar and lower not in _FIGURE_HOMOGRAPHS:
            if not word[0].isupper():
                return _NOT_A_KEYWORD
            kind = _CAPITALISED_CALENDAR
        return (stem_, word[0].isupper(), lead, trail, kind)


def _currency_amount(word: str) -> bool:
    """Whether ``word`` is an amount with its currency written onto it ("RM1", "KSh500")."""
    return any(
        word.startswith(prefix) and word[len(prefix) : len(prefix) + 1].isdigit()
        for prefix in _CURRENCY_PREFIXES
    )


@lru_cache(maxsize=_CACHED_LANGUAGES)
def _lexicon(language: str) -> _Lexicon:
    return _Lexicon(language)
