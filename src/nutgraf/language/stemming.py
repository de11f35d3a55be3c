"""Stems: Snowball's for every supported language but Ukrainian, which Snowball lacks and which gets a light
suffix stripper of its own (a word's first letters where the installed Snowball lacks the language's
algorithm); and the content stems of a text's tokens (stopwords and one-character tokens dropped), cached per
language, as strings or as numbers."""

from __future__ import annotations

import itertools
import struct
from functools import cache, lru_cache

from nutgraf.language.word_lists import stopwords

_SNOWBALL_NAMES = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "pl": "polish",
    "ru": "russian",
    "sv": "swedish",
    "da": "danish",
    "no": "norwegian",
    "fi": "finnish",
    "ar": "arabic",
    "hy": "armenian",
    "eu": "basque",
    "ca": "catalan",
    "cs": "czech",
    "eo": "esperanto",
    "et": "estonian",
    "el": "greek",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    # Malay, which Snowball has no algorithm for, builds its words as Indonesian does, with the same
    # affixes in the same spelling since 1972 (meN-, di-, ber-, ter-, pe-, -kan, -an, -i, -nya): its
    # stemmer folds "dipindahkan", "berpindah" and "pemindahan" (moved, to move, evacuation) onto "pindah",
    # where the first six letters had kept the three apart and a Malay flood story had them as two tags.
    "ms": "indonesian",
    "ga": "irish",
    "lt": "lithuanian",
    "ne": "nepali",
    "fa": "persian",
    "ro": "romanian",
    "sr": "serbian",
    "st": "sesotho",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
# Without a stemmer, a word's first letters stand in for its stem: crude, but it folds most inflections.
_PREFIX_STEM_LENGTH = 6


# Ukrainian inflectional endings (nouns, adjectives, participles, verbs), longest first. Snowball has no
# Ukrainian stemmer; stripping the ending folds a word's cases and tenses onto one stem, which is what
# sentence similarity needs.
_UKRAINIAN_ENDINGS = tuple(
    sorted(
        {
            *"""ього ьому ого ому ими іми ий ій им ім их іх ої ою ею єю ую юю ая яя
        ами ями ові еві єві ам ям ах ях ів їв ом ем єм ей
        ить ать ять ють ують ує ює ила ило или ала ало али іла іло іли яла яло яли
        ив ав ув ємо емо имо єте ете ите еш иш
        а я у ю і ї е є о и й""".split()
        },
        key=len,
        reverse=True,
    )
)
_UKRAINIAN_REFLEXIVE = ("ся", "сь")
_UKRAINIAN_MIN_STEM = 3


class _UkrainianStemmer:
    """A light suffix-stripping stemmer: the reflexive particle, then one inflectional ending.

    It has snowballstemmer's ``stemWord`` so :func:`stem` treats every language alike.
    """

    @staticmethod
    def stemWord(word: str) -> str:
        word = word.replace("'", "").replace("’", "")
        for suffix in _UKRAINIAN_REFLEXIVE:
            if word.endswith(suffix) and len(word) - len(suffix) > _UKRAINIAN_MIN_STEM:
                word = word[: -len(suffix)]
                break
        for ending in _UKRAINIAN_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _UKRAINIAN_MIN_STEM:
                word = word[: -len(ending)]
                break
        return word.removesuffix("ь") if len(word) > _UKRAINIAN_MIN_STEM else word


# Czech stems Snowball leaves split, and what each ending becomes: a soft consonant at a stem's end is its
# hard one there ("trať" stays whole, "tratě" is "trat").
_CZECH_HARD = {"ť": "t", "ď": "d", "ň": "n"}


class _CzechStemmer:
    """Snowball's Czech, then the light step of :data:`_CZECH_HARD`, and a stem's final "c" written as the
    "k" Snowball writes for a word's "c" before most endings (its palatalisation: "věci" is "věk",
    "vojáci" "voják"), so that the stems it leaves in "c", with an ending taken or none, join the word's
    other forms ("dálnic" and "dálnice", "měsíc", "měsíců" and "měsíce"). Snowball's "k" is a word in -k's
    as often as a word in -c's ("republice", "válce", "roce", "politici" are "republika", "válka", "rok",
    "politik"; "Němci", "soudci" those in -ec and -ce), and no ending tells which: a "c" kept where Snowball
    wrote "k" parted all of those from their words, so a word in -c and one in -k stay one stem ("věc", a
    thing, and "věk", age; "otec" and "otek")."""

    def __init__(self, snowball) -> None:
        self._snowball = snowball

    def stemWord(self, word: str) -> str:
        stemmed = self._snowball.stemWord(word)
        if stemmed[-1:] in _CZECH_HARD:
            return stemmed[:-1] + _CZECH_HARD[stemmed[-1]]
        if stemmed[-1:] == "c":
            return stemmed[:-1] + "k"
        return stemmed


@cache
def _stemmer(language: str):
    if language == "uk":
        return _UkrainianStemmer()
    if language == "cs" and (snowball := _snowball_stemmer("czech")) is not None:
        return _CzechStemmer(snowball)
    name = _SNOWBALL_NAMES.get(language)
    return _snowball_stemmer(name) if name else None


def _snowball_stemmer(name: str):
    # Both raise KeyError for an algorithm they lack: Czech, Persian, Polish and Sesotho came with Snowball
    # 3.1 (PyStemmer 3.1.0, snowballstemmer 3.1.0), and an older install stems those by their first letters
    # rather than failing every summary in them.
    try:
        from Stemmer import Stemmer  # PyStemmer: Snowball in C

        # With PyStemmer's own word cache off: stem() keeps one, and theirs makes each new word 3x dearer.
        return Stemmer(name, 0)
    except (ImportError, KeyError):
        import snowballstemmer  # the same algorithms in Python

        try:
            return snowballstemmer.stemmer(name)
        except KeyError:
            return None


# How many words each language's stem caches keep (the words of some 10,000 news articles).
_STEM_CACHE_SIZE = 500_000


# A few languages' tables at a time: any well-formed language code is taken, and each table can grow large.
@lru_cache(maxsize=16)
def _stem_cache(language: str) -> dict[str, str]:
    return {}


def stem(word: str, language: str) -> str:
    """The stem of a lower-cased word (Snowball where it has the language, a suffix stripper for Ukrainian,
    else the word's first letters)."""
    cache = _stem_cache(language)
    stemmed = cache.get(word)
    if stemmed is None:
        stemmer = _stemmer(language)
        # Stemmers know the straight apostrophe only: "obama’s" stems as "obama's" does, to "obama".
        plain = word.replace("’", "'")
        stemmed = stemmer.stemWord(plain) if stemmer else plain[:_PREFIX_STEM_LENGTH]
        if len(cache) < _STEM_CACHE_SIZE:
            cache[word] = stemmed
    return stemmed


class _ContentStems(dict):
    """Token -> its stem, or "" for a stopword or a one-character token (a stem is never empty), filled
    as tokens come: looking a known token up is one dict lookup in C."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.stop = stopwords(language)
        self._numbers: _StemNumbers | None = None

    def __missing__(self, token: str) -> str:
        value = "" if len(token) < 2 or token in self.stop else stem(token, self.language)
        if len(self) < _STEM_CACHE_SIZE:
            self[token] = value
        return value

    def numbers(self) -> _StemNumbers:
        # A full table is replaced, not cleared: an article being read keeps the one it started with, so
        # its numbers stay consistent (a table is bounded by the tokens it maps, and so by their stems).
        if self._numbers is None or len(self._numbers) >= _STEM_CACHE_SIZE:
            self._numbers = _StemNumbers(self.language, self.stop)
        return self._numbers


# A stem number as the bytes of one numpy intp (ssize_t in native order).
_PACKED_NUMBER = struct.Struct("n").pack


class _StemNumbers(dict):
    """Token -> a number for its stem, shared by every token of that stem (stems are numbered as they
    come), or -1 where :func:`content_stems` drops the token: looking a known token up is one dict lookup
    in C. The numbers are kept packed as numpy's intp bytes: one bytes join of an article's numbers is its
    array, without a list of strings between or np.fromiter converting each int (a fifth fewer
    instructions for the lookups)."""

    def __init__(self, language: str, stop: frozenset[str]) -> None:
        super().__init__()
        self.language = language
        self.stop = stop
        self.stem_numbers: dict[str, int] = {}
        # Numbers are drawn from a counter, not from the table's size: threads summarizing at once would
        # read the same size and give two stems one number (a draw is atomic; a lost one leaves a gap).
        self._next_number = itertools.count()

    def __missing__(self, token: str) -> bytes:
        # The stem directly, not through the table of stems: a new token is most often a new word too.
        stemmed = "" if len(token) < 2 or token in self.stop else stem(token, self.language)
        value = -1
        if stemmed:
            value = self.stem_numbers.get(stemmed)
            if value is None:
                value = self.stem_numbers.setdefault(stemmed, next(self._next_number))
        packed = _PACKED_NUMBER(value)
        self[token] = packed
        return packed


@lru_cache(maxsize=16)
def content_stem_table(language: str) -> _ContentStems:
    """A mapping of each lower-cased token to its stem, or to "" where :func:`content_stems` drops it
    (a stopword, a one-character token); filled as tokens are looked up."""
    return _ContentStems(language)


def content_stem_numbers(language: str) -> dict[str, bytes]:
    """A mapping of each lower-cased token to a number for its stem in :func:`content_stem_table`, the same
    for all tokens of one stem, or to -1 where :func:`content_stems` drops the token, packed as the bytes
    of a numpy intp (``np.frombuffer(b"".join(...), dtype=np.intp)`` reads them). The numbers are
    consistent within one mapping; a later call may return another (a full one is replaced)."""
    return content_stem_table(language).numbers()


def content_stems(tokens: list[str], language: str) -> list[str]:
    """Stems of the content words among ``tokens``: stopwords and one-character tokens dropped."""
    return list(filter(None, map(content_stem_table(language).__getitem__, tokens)))
