"""Language identification, word tokens, stopwords and stemming for the languages nutgraf summarizes.

Detection looks at the script first (Ukrainian and Russian are told apart by the letters only one of them
uses), then counts short hand-picked lists of each language's commonest function words (fast and reliable
on news prose, and free of the one-letter words and digits the full stopword lists hold), and falls back
to py3langid's classifier when neither is conclusive. Stems come from Snowball; Ukrainian, which Snowball
lacks, gets a light suffix stripper of its own.
"""

from __future__ import annotations

import itertools
import re
import struct
from collections.abc import Sequence
from functools import cache, lru_cache
from operator import itemgetter
from typing import Protocol

import numpy as np

from nutgraf.errors import InvalidInputError


class Bounds(Protocol):
    """A stretch of a text by character offsets (:class:`nutgraf.article.Span` is one)."""

    start: int
    end: int


#: ISO 639-1 codes nutgraf has stopwords and a stemmer (or a stem approximation) for.
SUPPORTED_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "uk", "ru", "sv", "da", "no", "fi")

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
}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: A word, or one CJK character (scripts written without spaces), for counting the words of a text.
WORD_UNIT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|\w+")
#: Languages whose words :func:`count_words` counts a character at a time.
CHARACTER_COUNTED = frozenset({"zh", "ja"})
_DETECT_CHARS = 2000
# The opening a clear majority of one language's function words decides on (at least this many).
_QUICK_DETECT_CHARS, _QUICK_KNOWN_WORDS = 500, 12
# How much less likely per character (in the classifier's log-likelihood) a supported language may read
# than the classifier's first choice and still be taken. Measured on whole paragraphs: Galician read as
# Spanish is 0.5 less, Catalan as Spanish 1.1, Indonesian as Swedish 1.2, Czech as Polish 1.8, Chinese or
# Japanese as Swedish 4.5 or more; each is its own language.
_RELATIVE_LIKELIHOOD_GAP = 0.4
_FUNCTION_WORD_SHARE = 0.03
# Fewer words than this, in plain ASCII letters and none of them a function word nutgraf knows, give the
# classifier little to go on: it read "Oil prices fall" as French (0.24 more likely per character than
# English) and "hello" as Breton (0.57). Such a text is English unless another language reads at least
# _SHORT_TEXT_LEAD more likely per character: "Wahl in Berlin" (0.77), "Merci beaucoup" (0.64) and
# "Bonjour" (1.05) keep their language.
_TOO_FEW_WORDS = 5
_SHORT_TEXT_LEAD = 0.6
# Without a stemmer, a word's first letters stand in for its stem: crude, but it folds most inflections.
_PREFIX_STEM_LENGTH = 6


_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*")
# Other codes of the supported languages, read as the one nutgraf looks up: ISO 639-2/3 (bibliographic
# and terminological; "eng" must get English stemming, not none), and Bokmål and Nynorsk as Norwegian.
_CODE_ALIASES = {
    "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
    "por": "pt", "nld": "nl", "dut": "nl", "pol": "pl", "ukr": "uk", "rus": "ru", "swe": "sv",
    "dan": "da", "nor": "no", "nob": "no", "nno": "no", "nb": "no", "nn": "no", "fin": "fi",
    # Withdrawn ISO 639-1 codes that Java and older systems still write (Hebrew, Indonesian, Yiddish).
    "iw": "he", "in": "id", "ji": "yi",
}  # fmt: skip


def language_code(language: object) -> str:
    """``language`` as the lower-case ISO 639 code nutgraf looks up (``" EN "``, ``"en-GB"`` and ``"eng"``
    are ``"en"``). A code of another language is kept: its text is summarized unstemmed. Two-letter codes
    are checked against ISO 639-1's 184; three-letter ones (ISO 639-3 has some 7,900, which nutgraf does
    not carry) only for their form.

    Raises:
        InvalidInputError: anything but a two- or three-letter code, or two letters no ISO 639-1 code.
    """
    match = _LANGUAGE_TAG.fullmatch(language.strip().lower()) if isinstance(language, str) else None
    code = None if match is None else _CODE_ALIASES.get(match.group(1), match.group(1))
    if code is None or (len(code) == 2 and code not in LANGUAGE_NAMES):
        # A made-up code ("xx") would be taken for a language nutgraf has no words for, and its article
        # summarized unstemmed without a word of warning.
        raise InvalidInputError(
            f"language must be an ISO 639 code such as en, de or ru, not {repr(language)[:40]} (two letters:"
            f" one of ISO 639-1's {len(LANGUAGE_NAMES)}; stemmed: {', '.join(SUPPORTED_LANGUAGES)}); leave it"
            " out to detect it"
        )
    return code


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (letters and digits; inner apostrophes kept)."""
    # The same tokens in a third of the pattern's time, most of which goes to making each match (and
    # lower-cased as they are marked, without a lower-cased copy of the text).
    words_only = _mostly_ascii_words_only(text, lower=True)
    return _WORD.findall(text.lower()) if words_only is None else words_only.split()


def words_per_span(text: str, spans: Sequence[Bounds]) -> list[list[str]]:
    """:func:`words` of each span of ``text``, lower-casing the text once."""
    # Most text is lower-cased as its words are marked, with no lower-cased copy of it made first (a
    # pass over every character, and on text beyond ASCII a lookup per character).
    words_only = _mostly_ascii_words_only(text, lower=True)
    if words_only is None:
        lowered = text.lower()
        if len(lowered) != len(text):
            # Lower-casing changed the length ("İ" becomes two code points): offsets no longer line up.
            return [words(text[span.start : span.end]) for span in spans]
        words_only = _words_only(lowered)
        if words_only is None:
            findall = _WORD.findall
            return [findall(lowered, span.start, span.end) for span in spans]
    # str.split makes the words in C: a third of findall's time, most of which went to making each
    # match's string. An apostrophe at a span's edge is one that joined a word the span cuts; findall,
    # reading the span alone, would not have taken it.
    return [words_only[span.start : span.end].strip("'’").split() for span in spans]


def _words_only(lowered: str) -> str | None:
    """``lowered`` with every character that is not part of a :data:`_WORD` match turned into a space (of
    equal length, so offsets still hold), read code point by code point in numpy: for text that
    :func:`_mostly_ascii_words_only` has declined, so as not to look at its characters twice. ``None`` for
    text with code points past :func:`word_character_table` (CJK, surrogates), which the pattern reads
    instead."""
    codes = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = word_character_table()
    if not len(codes) or codes.max() >= len(table):
        return None
    word = table.take(codes).astype(bool)
    # An apostrophe between two word characters joins them into one word ("don't", "rock'n'roll"), as
    # the pattern's (?:['’]\w+)* does.
    apostrophe = (codes[1:-1] == ord("'")) | (codes[1:-1] == ord("’"))
    word[1:-1] |= apostrophe & word[:-2] & word[2:]
    # No word character is white space to str.split (checked over the table in the tests).
    return np.where(word, codes, ord(" ")).astype(np.uint32).tobytes().decode("utf-32-le")


# Text with up to this many characters beyond ASCII (and one more in 64 of its characters) has them looked
# at one by one (:func:`ascii_word_marks`), at half the time of reading all its code points in numpy
# for a news article with a few curly quotes, which nearly half of them have.
_FEW_BEYOND_ASCII = 16


def ascii_word_marks(text: str, translation: bytes) -> tuple[bytearray, list[int]] | None:
    """For text with few characters beyond ASCII (up to sixteen, and one more in 64 of its characters),
    all below :data:`FIRST_CJK`: its ASCII bytes put through ``translation``, each character beyond ASCII
    an "a" where it is a word character and a space where not, and the places of those characters.
    ``None`` for other text."""
    marked = text.encode("ascii", "replace")  # each character beyond ASCII becomes a "?"
    if marked.count(b"?") - text.count("?") > _FEW_BEYOND_ASCII + len(text) // 64:
        return None
    marks = bytearray(marked.translate(translation))
    table = word_character_bytes()
    places = []
    position = marked.find(b"?")
    while position >= 0:
        code = ord(text[position])
        if code != ord("?"):
            if code >= FIRST_CJK:
                return None
            marks[position] = ord("a") if table[code] else ord(" ")
            places.append(position)
        position = marked.find(b"?", position + 1)
    return marks, places


def _mostly_ascii_words_only(text: str, *, lower: bool = False) -> str | None:
    """:func:`_words_only` of ASCII text, or of text with few characters beyond ASCII (its ASCII ones are
    translated in C as in :func:`_ascii_words_only`, the others looked at one by one); ``None`` for other
    text, and for code points past :func:`word_character_table`.

    With ``lower``, that of ``text.lower()``, lower-cased on the way: the ASCII letters by the same
    translation, the others one by one (``None`` where one lower-cases to other than one character of
    its own class below :data:`FIRST_CJK`, or is a capital sigma, whose lower case depends on the letters
    around it: the lower-cased text is then read instead).
    """
    translation = _ascii_word_bytes(lower)
    if text.isascii():  # a flag of the string, read without a scan
        return _ascii_words_only(text, translation)
    found = ascii_word_marks(text, translation)
    if found is None:
        return None
    blanked, places = found
    characters = [text[position] for position in places]
    if lower:
        if "Σ" in characters:
            return None
        classes = word_character_bytes()
        characters = [character.lower() for character in characters]
        for position, character in zip(places, characters, strict=True):
            if len(character) != 1 or ord(character) >= FIRST_CJK:
                return None
            if classes[ord(character)] != (blanked[position] == ord("a")):
                return None
    kept = []  # the places of the characters beyond ASCII that may stay, and the characters
    for position, character in zip(places, characters, strict=True):
        if blanked[position] == ord("a"):  # any word character, for the apostrophes' test
            kept.append((position, character))
        elif character == "’":
            blanked[position] = ord("'")
            kept.append((position, character))
    _blank_loose_apostrophes(blanked)
    ascii_only = blanked.decode("ascii")
    pieces = []
    start = 0
    for position, character in kept:
        if blanked[position] != ord(" "):  # a word character, or an apostrophe that joins two
            pieces += (ascii_only[start:position], character)
            start = position + 1
    pieces.append(ascii_only[start:])
    return "".join(pieces)


def _ascii_words_only(text: str, translation: bytes) -> str:
    """:func:`_words_only` of ASCII text (lower-cased or not), a third of the time: one byte translation
    in C (:func:`_ascii_word_bytes`) blanks out all but word characters and apostrophes, and each
    apostrophe (a dozen in an article) is then kept only between two word characters."""
    blanked = bytearray(text.encode("ascii").translate(translation))
    _blank_loose_apostrophes(blanked)
    return blanked.decode("ascii")


def _blank_loose_apostrophes(blanked: bytearray) -> None:
    """Turns each apostrophe of ``blanked`` (word characters and apostrophes, spaces for the rest) into a
    space unless it stands between two word characters."""
    last = len(blanked) - 1
    position = blanked.find(b"'")
    while position >= 0:
        # A neighbour that is no word character is now a space, or an apostrophe (never a kept one).
        if not 0 < position < last or blanked[position - 1] in b" '" or blanked[position + 1] in b" '":
            blanked[position] = ord(" ")
        position = blanked.find(b"'", position + 1)


@cache
def word_character_bytes() -> bytes:
    """:func:`word_character_table` as bytes, read an entry at a time without numpy."""
    return word_character_table().tobytes()


@cache
def _ascii_word_bytes(lower: bool = False) -> bytes:
    """A byte translation table: word characters and the apostrophe stay, every other byte is a space;
    with ``lower``, A to Z become a to z, as ``str.lower`` makes them."""
    table = word_character_table()
    return bytes(
        (c + 32 if lower and ord("A") <= c <= ord("Z") else c) if table[c] or c == ord("'") else ord(" ")
        for c in range(256)
    )


#: A footnote marker as Wikipedia and its copies write one ("trade,[217]", "[a]", "[citation needed]"): a
#: sentence's stop may come before it, and cleaning, segmentation and the summary pool all read it so.
FOOTNOTE_MARKER = r"\[(?:\d{1,4}|[a-z]|citation needed)\]"


#: The first code point past :func:`word_character_table`: CJK kana and ideographs follow it.
FIRST_CJK = 0x3040
_WORD_CHARACTER = re.compile(r"\w")


@cache
def word_character_table() -> np.ndarray:
    """Whether each code point below :data:`FIRST_CJK` is a word character (the regex ``\\w``), as 0 or 1."""
    return np.array([bool(_WORD_CHARACTER.match(chr(c))) for c in range(FIRST_CJK)], dtype=np.int8)


# stopwordsiso's Ukrainian list has 73 words and lacks the commonest ones ("на", "не", "за", "його"...).
_EXTRA_STOPWORDS = {
    "uk": """на не по за при через або бо ще вже буде має мав мала цього цієї цих ці які яка яке якщо тому
    після над між щоб лише тільки ні я його їй їм нього неї них свій своє своя свої свого своїх той ті того
    тієї тих теж саме ж же там тут хто""",
}


@cache
def stopwords(language: str) -> frozenset[str]:
    """The stopword set for an ISO 639-1 code (empty for a language without a list)."""
    import stopwordsiso

    listed = set(_EXTRA_STOPWORDS.get(language, "").split())
    if stopwordsiso.has_lang(language):
        listed.update(w.lower() for w in stopwordsiso.stopwords(language))
    return frozenset(with_typographic_apostrophes(listed))


def with_typographic_apostrophes(words: set[str]) -> set[str]:
    """``words`` and, for each written with a straight apostrophe ("didn't"), the same word with the
    typographic one ("didn’t") that published text mostly sets."""
    return words | {w.replace("'", "’") for w in words if "'" in w}


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


@cache
def _stemmer(language: str):
    if language == "uk":
        return _UkrainianStemmer()
    name = _SNOWBALL_NAMES.get(language)
    if not name:
        return None
    try:
        from Stemmer import Stemmer  # PyStemmer: Snowball in C
    except ImportError:
        import snowballstemmer  # the same algorithms in Python

        return snowballstemmer.stemmer(name)
    # With PyStemmer's own word cache off: stem() keeps one, and theirs makes each new word 3x dearer.
    return Stemmer(name, 0)


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


# The commonest function words of each language, written out for detection: the stopword lists are
# too long for it (English's holds every single letter, Spanish's every digit) and overlap heavily.
# Words listed for more than one language are dropped from all of them (see _detection_lexicon).
_DETECTION_WORDS = {
    "en": """the of and to in is that for it was on with he as his by at from are this be have has had not
        but they which were said will would been who their its an or we she her been than also after""",
    "de": """der die das und ist nicht mit sich des den dem ein eine einer zu auf für von im auch es sie er
        wir werden wird hat haben wurde nach bei noch über aus oder wie dass sind war einen aber""",
    "fr": """le la les des du et est une un dans pour que qui pas sur au aux avec ce cette il elle sont plus
        par ont été mais son ses leur nous ne se été qu où aussi""",
    "es": """el la los las del que y en un una por con para es se no su sus al como más pero fue ha han
        sobre este esta entre también muy lo le ya""",
    "it": """il la le di che è e un una per con non del della dei delle gli nel nella sono alla al da ha
        anche come più ma questo questa essere stato si lo""",
    "pt": """o a os as do da dos das que e em um uma para com não no na nos nas por se foi ao mais como mas
        ele ela também é são pelo pela já""",
    "nl": """de het een en van in is dat op te met voor zijn niet die aan er ook als bij door maar wordt werd
        heeft hebben naar uit nog""",
    "pl": """i w z na się nie to że do jest jak o po co ale od przez dla jego jej są był była było tak już
        oraz przy także który która które może tym""",
    "sv": """och att det som en på är av för med till den har de inte om ett var jag men från han hon sig kan
        vid efter också""",
    "da": """og at det som en på er af for med til den har de ikke om et var jeg men fra han hun sig kan ved
        efter også""",
    "no": """og at det som en på er av for med til den har de ikke om et var jeg men fra han hun seg kan ved
        etter også""",
    "fi": """ja on ei se että oli hän mutta kun myös sen ovat tai joka jos kuin nyt vain niin hänen ole""",
}


@cache
def function_words(language: str) -> frozenset[str]:
    """The few dozen commonest function words of a language ("the", "of", "und"): a short list, unlike
    :func:`stopwords` (empty for a language without one)."""
    return frozenset(_DETECTION_WORDS.get(language, "").split())


# Letters one of the two Cyrillic languages nutgraf knows uses and the other does not.
_UKRAINIAN_LETTERS = "іїєґ"
_RUSSIAN_LETTERS = "ыэ"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _detection_lexicon() -> dict[str, str]:
    """Each detection word with the one language it is listed for (words of several languages left out)."""
    lexicon = {lang: set(words.split()) for lang, words in _DETECTION_WORDS.items()}
    shared = {
        w for lang, ws in lexicon.items() for w in ws if any(w in o for k, o in lexicon.items() if k != lang)
    }
    return {w: lang for lang, ws in lexicon.items() for w in ws - shared}


def _function_word_counts(sample: str) -> tuple[str, int, int, int]:
    """The language with the most of its detection words in ``sample``, their count, the runner-up's, and
    how many words the sample has."""
    counts = dict.fromkeys(_DETECTION_WORDS, 0)
    sample_words = words(sample)
    for language in filter(None, map(_detection_lexicon().get, sample_words)):
        counts[language] += 1
    (best, known_words), (_, runner_up) = sorted(counts.items(), key=itemgetter(1), reverse=True)[:2]
    return best, known_words, runner_up, len(sample_words)


def clearly_written_in(text: str) -> str | None:
    """The language whose commonest function words ``text`` holds, at least two of them and three times the
    runner-up's, else ``None``: a hint for a short text, to be weighed with other evidence."""
    best, known_words, runner_up, _ = _function_word_counts(text)
    return best if known_words >= 2 and known_words >= 3 * runner_up else None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (``"en"`` when there is nothing to go on:
    no letters, or fewer than five words of plain ASCII letters, none of them a function word of a
    supported language, that no other language reads clearly likelier, such as "Oil prices fall").

    Cyrillic text is told apart by the letters only Ukrainian or only Russian uses; Latin-script text by
    counting each language's commonest function words (when they are a fair share of its words). Where
    neither is conclusive (a short text, a language nutgraf has no word list for), py3langid's classifier
    decides; where any words or letters of the supported languages were seen, it takes the first of those
    it ranks, unless that reads far less likely than its first choice (Czech is not Polish, nor Chinese
    with one English "of" Swedish).
    """
    sample = text[:_DETECT_CHARS]
    if not _LETTER.search(sample):
        return "en"
    known_words = 0
    # Letters are counted only where there is Cyrillic to weigh them against (counting costs).
    cyrillic = 0 if sample.isascii() else len(_CYRILLIC.findall(sample))  # isascii reads a flag, no scan
    if cyrillic and cyrillic > len(_LETTER.findall(sample)) / 2:
        lowered = sample.lower()
        ukrainian = sum(lowered.count(c) for c in _UKRAINIAN_LETTERS)
        russian = sum(lowered.count(c) for c in _RUSSIAN_LETTERS)
        if ukrainian >= 2 and ukrainian > 3 * russian:
            return "uk"
        if russian >= 2 and russian > 3 * ukrainian:
            return "ru"
        known_words = ukrainian + russian
    else:
        # Most texts settle it in their opening lines: a clear majority there spares tokenizing the rest
        # (a third of detection's time).
        best, known_words, runner_up, _ = _function_word_counts(sample[:_QUICK_DETECT_CHARS])
        if known_words >= _QUICK_KNOWN_WORDS and known_words >= 4 * runner_up:
            return best
        best, known_words, runner_up, total = _function_word_counts(sample)
        # A language's commonest words are a good share of its text (5% and more of a news article, most
        # often 10% to 30%); a few of them in a text are another language's look-alikes (Indonesian "di").
        if known_words >= 3 and known_words >= 2 * runner_up and known_words >= _FUNCTION_WORD_SHARE * total:
            return best
    from py3langid.langid import rank

    ranking = rank(sample)
    if known_words:
        # Words or letters of a language nutgraf knows are there: a short headline in Spanish is Spanish,
        # not one of the close relatives the classifier also knows (Extremaduran, Galician...). But only
        # where that language reads nearly as likely as the classifier's first: one "of" in Chinese, or
        # Polish function words in Czech, do not make the text Swedish or Polish.
        best_score = ranking[0][1]
        supported = next((ranked for ranked in ranking if ranked[0] in SUPPORTED_LANGUAGES), None)
        if supported and best_score - supported[1] <= _RELATIVE_LIKELIHOOD_GAP * len(sample):
            return supported[0]
    elif sample.isascii() and len(words(sample)) < _TOO_FEW_WORDS:
        # Other scripts and accented letters tell a short text's language ("油价下跌", "Ölpreise fallen"):
        # only plain ones are taken for English on a small lead.
        english = next(score for code, score in ranking if code == "en")
        if ranking[0][1] - english < _SHORT_TEXT_LEAD * len(sample):
            return "en"
    return ranking[0][0]


# The ISO 639-1 languages by code, with their English names (ISO 639-2's, qualifiers dropped).
_ISO_639_1 = """
    aa=Afar | ab=Abkhazian | ae=Avestan | af=Afrikaans | ak=Akan | am=Amharic | an=Aragonese | ar=Arabic
    as=Assamese | av=Avaric | ay=Aymara | az=Azerbaijani | ba=Bashkir | be=Belarusian | bg=Bulgarian
    bi=Bislama | bm=Bambara | bn=Bengali | bo=Tibetan | br=Breton | bs=Bosnian | ca=Catalan | ce=Chechen
    ch=Chamorro | co=Corsican | cr=Cree | cs=Czech | cu=Church Slavic | cv=Chuvash | cy=Welsh | da=Danish
    de=German | dv=Divehi | dz=Dzongkha | ee=Ewe | el=Greek | en=English | eo=Esperanto | es=Spanish
    et=Estonian | eu=Basque | fa=Persian | ff=Fulah | fi=Finnish | fj=Fijian | fo=Faroese | fr=French
    fy=Western Frisian | ga=Irish | gd=Scottish Gaelic | gl=Galician | gn=Guarani | gu=Gujarati | gv=Manx
    ha=Hausa | he=Hebrew | hi=Hindi | ho=Hiri Motu | hr=Croatian | ht=Haitian | hu=Hungarian | hy=Armenian
    hz=Herero | ia=Interlingua | id=Indonesian | ie=Interlingue | ig=Igbo | ii=Sichuan Yi | ik=Inupiaq
    io=Ido | is=Icelandic | it=Italian | iu=Inuktitut | ja=Japanese | jv=Javanese | ka=Georgian | kg=Kongo
    ki=Kikuyu | kj=Kuanyama | kk=Kazakh | kl=Kalaallisut | km=Khmer | kn=Kannada | ko=Korean | kr=Kanuri
    ks=Kashmiri | ku=Kurdish | kv=Komi | kw=Cornish | ky=Kirghiz | la=Latin | lb=Luxembourgish | lg=Ganda
    li=Limburgan | ln=Lingala | lo=Lao | lt=Lithuanian | lu=Luba-Katanga | lv=Latvian | mg=Malagasy
    mh=Marshallese | mi=Maori | mk=Macedonian | ml=Malayalam | mn=Mongolian | mr=Marathi | ms=Malay
    mt=Maltese | my=Burmese | na=Nauru | nb=Norwegian Bokmål | nd=North Ndebele | ne=Nepali | ng=Ndonga
    nl=Dutch | nn=Norwegian Nynorsk | no=Norwegian | nr=South Ndebele | nv=Navajo | ny=Chichewa
    oc=Occitan | oj=Ojibwa | om=Oromo | or=Oriya | os=Ossetian | pa=Panjabi | pi=Pali | pl=Polish
    ps=Pushto | pt=Portuguese | qu=Quechua | rm=Romansh | rn=Rundi | ro=Romanian | ru=Russian
    rw=Kinyarwanda | sa=Sanskrit | sc=Sardinian | sd=Sindhi | se=Northern Sami | sg=Sango
    sh=Serbo-Croatian | si=Sinhala | sk=Slovak | sl=Slovenian | sm=Samoan | sn=Shona | so=Somali
    sq=Albanian | sr=Serbian | ss=Swati | st=Southern Sotho | su=Sundanese | sv=Swedish | sw=Swahili
    ta=Tamil | te=Telugu | tg=Tajik | th=Thai | ti=Tigrinya | tk=Turkmen | tl=Tagalog | tn=Tswana
    to=Tongan | tr=Turkish | ts=Tsonga | tt=Tatar | tw=Twi | ty=Tahitian | ug=Uighur | uk=Ukrainian
    ur=Urdu | uz=Uzbek | ve=Venda | vi=Vietnamese | vo=Volapük | wa=Walloon | wo=Wolof | xh=Xhosa
    yi=Yiddish | yo=Yoruba | za=Zhuang | zh=Chinese | zu=Zulu
"""
#: English names of the ISO 639-1 languages by code: the languages a summary may be asked for in
#: (``output_language``), named in prompts and messages.
LANGUAGE_NAMES = dict(
    pair.strip().split("=") for pair in _ISO_639_1.replace("\n", "|").split("|") if pair.strip()
)


def count_words(text: str, language: str) -> int:
    """The words of ``text`` as a reader's pace is counted: its word tokens (:func:`words`), or, in
    Chinese and Japanese, written without spaces, its characters."""
    if language in CHARACTER_COUNTED:
        return len(WORD_UNIT.findall(text))
    words_only = _mostly_ascii_words_only(text)  # as in words()
    return len(_WORD.findall(text) if words_only is None else words_only.split())


def language_name(code: str) -> str:
    """The English name of the language with ISO 639 code ``code`` (the code itself when unknown)."""
    return LANGUAGE_NAMES.get(code, code)


#: The ISO 639-1 languages written right to left (CLDR's character order for each): their text needs
#: ``dir="rtl"`` on a page, or its lines align left and a sentence's final stop shows at its start.
RIGHT_TO_LEFT = frozenset({"ar", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"})


def is_right_to_left(code: str | None) -> bool:
    """Whether the language with ISO 639 code ``code`` (``None``: unknown) is written right to left."""
    return code is not None and code.split("-")[0].lower() in RIGHT_TO_LEFT
