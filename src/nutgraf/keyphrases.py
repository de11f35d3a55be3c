"""Keyphrases: the words and phrases an article is about, ranked, with where each occurs.

Candidates are the runs of content words between stopwords, numbers and punctuation (so they read like
noun phrases: "civil ceremony", "Buenos Aires", "Grammy-winning singer"), and every stretch of one to three
words inside a run. Variants are merged by stem ("wedding", "weddings"), and each keyphrase is reported as
it is written most often in the article. A candidate's score adds up what marks a phrase the story is about
on news: how often it recurs, how early it first comes, whether the headline has it, how long its words
are (long words are rarer, so more specific), whether it is a name, and, for a single word, whether it
mostly stands inside a longer recurring phrase (then the phrase is the keyphrase, not the word). A
handful of weights combine them; they were fitted on half of a news keyphrase set and checked on the other
half (docs/keyphrases.md).

Everything is computed from the article itself, with nutgraf's stopwords and stemmers: no model, no
download. Languages nutgraf has no stemmer for get unstemmed words; Chinese and Japanese, written without
spaces, get runs of characters between particles and punctuation.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from nutgraf.article import Article
from nutgraf.errors import InvalidInputError
from nutgraf.extract import as_article
from nutgraf.language import SUPPORTED_LANGUAGES, detect_language, language_code, stem, stopwords

#: The most keyphrases one call returns.
MAX_KEYPHRASES = 50
#: Candidates are drawn from about the first this many words of a longer text (a book-length text's
#: opening says what it is about, and time and memory stay bounded); spans are those in that stretch.
MAX_WORDS = 100_000
# The stretch of a longer text read for candidates: room for MAX_WORDS words and the space between.
_MAX_CHARS = 12 * MAX_WORDS
# Words in a candidate phrase.
_MAX_PHRASE_WORDS = 3

# A word (letters and digits, with inner hyphens and apostrophes: "Grammy-winning", "O'Brien"; or
# initials with their stops: "U.S.") and the characters before it, which are never word characters: the
# matches tile the text. The gap is possessive, and the last alternative takes what follows the last
# word, so that a long run of punctuation is scanned once, not once from each of its characters.
_GAP_AND_WORD = re.compile(r"(\W*+)((?:[^\W\d_]\.){2,}|\w+(?:[-'’]\w+)*)|\W++$")
# Characters between words that end a sentence (what follows is capitalised for grammar, not for a name).
_SENTENCE_END = re.compile(r"[.!?…:;\n]")
# Scripts written without spaces between words: Chinese characters, kana.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# In such a stretch: a katakana word, one Chinese character, or anything else (hiragana particles and
# endings, Latin letters, digits), which ends a run.
_CJK_PIECE = re.compile(
    r"(?P<katakana>[\u30a0-\u30ff]+)|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])"
    r"|(?P<other>[^\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)"
)
# Chinese characters that are (nearly always) grammar, not part of a term: they end a run as stopwords do.
_CHINESE_FUNCTION_CHARACTERS = frozenset(
    "的了是在和与及或也都就而被把对从这那个之其为以于着过将并但等已又所让向我你他她它们不"
)


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """One keyphrase of an article.

    ``text`` is the phrase as the article writes it most often; ``spans`` are the ``(start, end)``
    character offsets of its occurrences in the cleaned article text (variants included: "weddings" is
    an occurrence of "wedding"), so ``article.text[start:end]`` reads it. Higher ``score`` ranks higher.
    """

    text: str
    score: float
    spans: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"text": self.text, "score": self.score, "spans": [list(span) for span in self.spans]}


def keyphrases(
    source: Article | str | bytes, top: int = 10, *, language: str | None = None
) -> list[Keyphrase]:
    """The article's keyphrases, best first.

    Args:
        source: an :class:`Article`, or the article as plain text or HTML (``str`` or ``bytes``),
            cleaned as :func:`nutgraf.summarize` cleans it.
        top: how many keyphrases, from 1 to 50 (fewer when the article has fewer candidates).
        language: ISO 639 code of the article's language; detected when ``None``.

    Returns:
        Up to ``top`` :class:`Keyphrase` objects, highest score first; their spans point into the cleaned
        article text (``nutgraf.extract.as_article(source).text``).

    Raises:
        nutgraf.errors.InvalidInputError: ``top`` outside 1 to 50, a malformed language code, or input
            that is empty, binary, undecodable or oversized.
        nutgraf.errors.NoArticleFound: HTML that holds no article.
    """
    top = _check_top(top)
    if language is not None:
        language = language_code(language)
    article = as_article(source)
    language = language or article.language or detect_language(article.text)
    return rank_keyphrases(article.text, language, title=article.title, top=top)


def _check_top(top: object) -> int:
    if isinstance(top, bool) or not isinstance(top, int) or not 1 <= top <= MAX_KEYPHRASES:
        raise InvalidInputError(f"top must be a whole number from 1 to {MAX_KEYPHRASES}, not {top!r}")
    return top


# One word of the text, as the candidates see it: its stem ("" for a word that cannot be part of a
# keyphrase: a stopword, a number, a single character), whether it is capitalised, and how many of its
# characters are an elided article before it ("l'", "dell'") or a possessive after it ("'s").
_WordKey = tuple[str, bool, int, int]
_NOT_A_KEYWORD: _WordKey = ("", False, 0, 0)
# The key of a stretch of Chinese or Japanese, which is split into its characters (told apart by identity).
_CJK_WORD: _WordKey = ("", True, 0, 0)
# Articles and prepositions French and Italian elide before a vowel ("l'État", "dell'Unione").
_ELIDED = {
    "fr": frozenset("l d j m n s t c qu lorsqu puisqu jusqu quoiqu".split()),
    "it": frozenset("l d un dell dall nell sull all coll quell quest c".split()),
}
_APOSTROPHES = "'’"


def rank_keyphrases(text: str, language: str, *, title: str | None = None, top: int = 10) -> list[Keyphrase]:
    """The keyphrases of cleaned article text, best first: :func:`keyphrases` without the cleaning.

    For callers that already hold the cleaned text and its language (a :class:`~nutgraf.article.Document`:
    ``rank_keyphrases(document.text, document.language, title=document.title)``).
    """
    top = _check_top(top)
    words = _Words(text, language)
    occurrences = _occurrences(words)
    if not occurrences:
        return []
    title_keys = _phrase_keys(_Words(title, language)) if title else set()
    weights = _WEIGHTS
    scored = sorted(
        (
            (sum(w * f for w, f in zip(weights, row, strict=True)), -occurrences[key][0], key)
            for key, row in _features(words, occurrences, title_keys, len(text))
        ),
        reverse=True,
    )
    return [_keyphrase(text, words, key, occurrences[key], score) for score, key in _select(scored, top)]


_SUBSETS = 1
_SUPERSETS = 1


def _select(scored, top):
    chosen = []
    sets = []
    for score, _, key in scored:
        ks = set(key)
        if _SUBSETS and any(ks <= c for c in sets):
            continue
        if _SUPERSETS and any(ks >= c for c in sets):
            continue
        chosen.append((score, key))
        sets.append(ks)
        if len(chosen) == top:
            break
    return chosen


#: What the score of a candidate adds up, in the order of _WEIGHTS.
FEATURES = (
    "log_count",  # how often the phrase (any variant) occurs
    "first",  # where it first occurs, as a share of the text
    "spread",  # from its first to its last occurrence, as a share of the text
    "title",  # the headline has it
    "letters",  # letters per word (at most 12; a compound's longest part): long words are rarer
    "extra_words",  # words past the first
    "name",  # a whole name of two or more words
    "inside",  # a single word: how often a longer phrase holding it recurs, per its own occurrences
)
_WEIGHTS = (0.55, -0.7, 1.1, 1.0, 0.25, -1.4, 1.0, -0.15)


def _features(
    words: _Words,
    occurrences: dict[tuple[str, ...], list[int]],
    title_keys: set[tuple[str, ...]],
    length: int,
) -> list[tuple[tuple[str, ...], tuple[float, ...]]]:
    """Each candidate with its :data:`FEATURES`."""
    length = max(length, 1)
    starts = words.starts
    inside: dict[str, int] = {}
    for key, found in occurrences.items():
        if len(key) > 1 and len(found) > 1:
            for stem_ in key:
                inside[stem_] = max(inside.get(stem_, 0), len(found))
    # A phrase that only ever occurs inside one longer phrase is a part of it ("civil" of "civil
    # ceremony", "北京" of "北京大学"): the longer one is the candidate. A name is whole as it is.
    parts = {
        part
        for key, found in occurrences.items()
        if len(key) > 1
        for part in (key[:-1], key[1:])
        if len(occurrences.get(part, ())) == len(found) and not _is_name(words, part, occurrences[part][0])
    }
    letters: dict[str, int] = {}
    rows = []
    for key, found in occurrences.items():
        if key in parts:
            continue
        count = len(found)
        head = key[0]
        single = len(key) == 1
        for stem_ in key:
            if stem_ not in letters:
                letters[stem_] = min(max(map(len, stem_.split("-"))), 12)
        first = found[0]
        name = _is_name(words, key, first)
        if name:
            count += len(occurrences.get(key[-1:], ()))
        rows.append(
            (
                key,
                (
                    math.log(count),
                    starts[first] / length,
                    (starts[found[-1]] - starts[first]) / length,
                    1.0 if key in title_keys else 0.0,
                    sum(letters[stem_] for stem_ in key) / len(key),
                    0.0 if first in words.characters else len(key) - 1.0,
                    float(name),
                    inside.get(head, 0) / count if single else 0.0,
                ),
            )
        )
    return rows


def _is_name(words: _Words, key: tuple[str, ...], first: int) -> bool:
    """Whether the candidate ``key``, which occurs at word ``first``, is a whole name of several words."""
    return len(key) > 1 and all(words.joined[first : first + len(key) - 1])


class _Words:
    """The content words of a text in order, where runs of them end, and which of them make up names.

    A run ends at a stopword, a number, punctuation or a line break; candidates never cross one. A name
    is two to four capitalised words in a row ("Buenos Aires", "Michael Buble"); candidates never cut
    one. Case says nothing at the start of a sentence or in a headline written in title case, so there a
    word counts as capitalised only where the text writes it so elsewhere.
    """

    __slots__ = (
        "capitalised",
        "cased",
        "characters",
        "ends",
        "informative",
        "joined",
        "opens",
        "run_ends",
        "starts",
        "stems",
    )

    def __init__(self, text: str, language: str) -> None:
        lexicon = _lexicon(language)
        keys = lexicon.keys
        self.stems = stems = []
        self.starts = starts = []
        self.ends = ends = []
        # Whether case says nothing about the word: it opens a sentence or stands in a title-case line.
        self.opens = opens = []
        self.capitalised = capitalised = []
        # Indexes of the words that are Chinese or Japanese characters (or katakana words).
        self.characters: set[int] = set()
        # Index into stems one past the end of each run.
        self.run_ends = run_ends = []
        position = 0
        sentence_start = True
        line_start = 0
        # Each word with the characters before it: offsets add up, and findall does the scanning in C.
        # A run ends at a break: an index into stems (repeated where nothing came between two breaks).
        for gap, word in _GAP_AND_WORD.findall(text, 0, _MAX_CHARS):
            start = position + len(gap)
            position = end = start + len(word)
            if not word:
                break
            if gap and gap != " " and (not gap.isspace() or "\n" in gap):
                run_ends.append(len(stems))
                if _SENTENCE_END.search(gap):
                    sentence_start = True
                if "\n" in gap:
                    _headline_case(opens, capitalised, line_start)
                    line_start = len(stems)
            key = keys.get(word) or lexicon.key(word)
            if key is _CJK_WORD:
                self._add_characters(word, start)
            elif key[0]:
                stems.append(key[0])
                starts.append(start + key[2])
                ends.append(end - key[3])
                opens.append(sentence_start)
                capitalised.append(key[1])
                if key[3]:
                    # A possessive ends the phrase: "the minister's plan" is about a minister and a plan.
                    run_ends.append(len(stems))
            else:
                run_ends.append(len(stems))
            sentence_start = False
        run_ends.append(len(stems))
        _headline_case(opens, capitalised, line_start)
        # How often each stem is capitalised where case is the writer's choice: names are.
        self.informative = informative = {}
        self.cased = cased = {}
        for stem_, opening, upper in zip(stems, opens, capitalised, strict=True):
            if not opening:
                informative[stem_] = informative.get(stem_, 0) + 1
                cased[stem_] = cased.get(stem_, 0) + upper
        self.joined = self._join_names()

    def _add_characters(self, word: str, start: int) -> None:
        """A stretch of Chinese or Japanese (written without spaces) as words of one character, or of a
        katakana word; particles, function characters and other scripts end the run."""
        for piece in _CJK_PIECE.finditer(word):
            text = piece.group()
            if piece.lastgroup == "other" or text in _CHINESE_FUNCTION_CHARACTERS:
                self.run_ends.append(len(self.stems))
                continue
            self.characters.add(len(self.stems))
            self.stems.append(text)
            self.starts.append(start + piece.start())
            self.ends.append(start + piece.end())
            self.opens.append(False)
            self.capitalised.append(False)
        self.run_ends.append(len(self.stems))

    def name_like(self, index: int) -> bool:
        """Whether the word is capitalised as a name's part is: here, or elsewhere when case here is
        grammar's."""
        if not self.capitalised[index]:
            return False
        if not self.opens[index]:
            return True
        seen = self.informative.get(self.stems[index], 0)
        return seen > 0 and 2 * self.cased[self.stems[index]] >= seen

    def _join_names(self) -> list[bool]:
        """For each word, whether it and the next are parts of one name."""
        joined = [False] * len(self.stems)
        run_start = 0
        for run_end in self.run_ends:
            i = run_start
            while i < run_end:
                j = i
                while j < run_end and self.name_like(j):
                    j += 1
                if 2 <= j - i <= _MAX_NAME_WORDS:
                    for k in range(i, j - 1):
                        joined[k] = True
                i = j + 1
            run_start = run_end
        return joined


def _headline_case(opens: list[bool], capitalised: list[bool], line_start: int) -> None:
    """Mark the words of a line written in title case ("Music Stars in Public, Victims of Abuse at Home"):
    there capitals are style, not names."""
    line = len(capitalised) - line_start
    if line >= _MIN_HEADLINE_WORDS and all(capitalised[line_start:]):
        opens[line_start:] = [True] * line


# A line of this many content words or more, all capitalised, is written in title case.
_MIN_HEADLINE_WORDS = 3
# Names longer than this are titles and names together ("Former US Secretary of State Hillary Clinton"
# is split at the stopword anyway); their words are candidates one by one.
_MAX_NAME_WORDS = 4
# Words of the calendar and of the moment: every story has a date, and it is not what the story is about.
_CALENDAR_WORDS = {
    "en": """monday tuesday wednesday thursday friday saturday sunday january february march april june july
        august september october november december yesterday today tomorrow tonight week weekend month
        percent cent""",
    "de": """montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar märz
        april mai juni juli august september oktober november dezember gestern heute morgen woche wochenende
        monat prozent""",
    "fr": """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
        août septembre octobre novembre décembre hier aujourd'hui demain semaine mois""",
    "es": """lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
        agosto septiembre setiembre octubre noviembre diciembre ayer hoy mañana semana mes""",
    "it": """lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio
        giugno luglio agosto settembre ottobre novembre dicembre ieri oggi domani settimana mese""",
    "pt": """segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro
        março abril maio junho julho agosto setembro outubro novembro dezembro ontem hoje amanhã semana mês""",
    "pl": """poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń stycznia luty lutego marzec
        marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca sierpień sierpnia wrzesień września
        październik października listopad listopada grudzień grudnia wczoraj dziś dzisiaj jutro tydzień
        miesiąc procent""",
    "ru": """понедельник вторник четверг пятница суббота воскресенье январь января февраль февраля март марта
        апрель апреля май мая июнь июня июль июля август августа сентябрь сентября октябрь октября ноябрь
        ноября декабрь декабря вчера сегодня завтра неделя месяц процент процента процентов""",
    "uk": """понеділок вівторок середа четвер п'ятниця субота неділя січень січня лютий лютого березень березня
        квітень квітня травень травня червень червня липень липня серпень серпня вересень вересня жовтень
        жовтня листопад листопада грудень грудня вчора учора сьогодні завтра тиждень місяць відсоток
        відсотки відсотків""",
}  # fmt: skip
# Distinct words remembered per language (the vocabulary of a few thousand articles).
_MAX_CACHED_WORDS = 200_000


class _Lexicon:
    """How one language's words enter candidates: stopwords and calendar words stay out, the rest by stem
    (by the lower-cased word where nutgraf has no stemmer for the language)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.stop = stopwords(language)
        self.stemmed = language in SUPPORTED_LANGUAGES
        self.calendar = frozenset(self._stem(w) for w in _CALENDAR_WORDS.get(language, "").split())
        self.elided = _ELIDED.get(language, frozenset())
        self.keys: dict[str, _WordKey] = {}

    def _stem(self, lower: str) -> str:
        return stem(lower, self.language) if self.stemmed else lower

    def key(self, word: str) -> _WordKey:
        """The word's :data:`_WordKey`, remembered."""
        key = self.keys.get(word)
        if key is None:
            key = self._key(word)
            if len(self.keys) < _MAX_CACHED_WORDS:
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
            word = word[lead : len(word) - trail]
        # Numbers, and compounds that start with one ("17-year-old", "2-1"), say little about a story.
        if len(word) < 2 or (word[0].isdigit() and ("-" in word or word.isdigit())):
            return _NOT_A_KEYWORD
        if not any(map(str.isalpha, word)):
            return _NOT_A_KEYWORD
        if _CJK.search(word):
            return _CJK_WORD
        lower = word.lower()
        # An acronym is a name even where its letters spell a stopword ("US", "IT", "WHO").
        if lower in self.stop and not word.isupper():
            return _NOT_A_KEYWORD
        stem_ = self._stem(lower)
        if stem_ in self.calendar:
            return _NOT_A_KEYWORD
        return (stem_, word[0].isupper(), lead, trail)


@cache
def _lexicon(language: str) -> _Lexicon:
    return _Lexicon(language)


def _occurrences(words: _Words) -> dict[tuple[str, ...], list[int]]:
    """Each candidate phrase (its stems) with the indexes of the words that start its occurrences: every
    stretch of one to three words of a run that does not cut a name, and every whole name. (Chinese and
    Japanese words are characters here: their candidates are two or three characters long.)"""
    occurrences: dict[tuple[str, ...], list[int]] = {}
    stems, joined, characters = words.stems, words.joined, words.characters
    run_start = 0
    for run_end in words.run_ends:
        for i in range(run_start, run_end):
            if i > run_start and joined[i - 1]:
                continue
            for j in range(i + 1, min(i + _MAX_NAME_WORDS, run_end) + 1):
                if joined[j - 1] or (j == i + 1 and len(stems[i]) < 2):
                    # A name's first words alone; a single Chinese character.
                    continue
                if j - i > _MAX_PHRASE_WORDS and not all(joined[i : j - 1]) and i not in characters:
                    break
                key = tuple(stems[i:j])
                found = occurrences.get(key)
                if found is None:
                    occurrences[key] = [i]
                else:
                    found.append(i)
        run_start = run_end
    return occurrences


def _phrase_keys(words: _Words) -> set[tuple[str, ...]]:
    return set(_occurrences(words))


def _keyphrase(text: str, words: _Words, key: tuple[str, ...], found: list[int], score: float) -> Keyphrase:
    """The keyphrase as the article writes it most often (outside sentence openings, where case is
    grammar's, when it can), with every occurrence's offsets."""
    last = len(key) - 1
    spans = tuple((words.starts[i], words.ends[i + last]) for i in found)
    forms: dict[str, int] = {}
    for i, (start, end) in zip(found, spans, strict=True):
        form = text[start:end]
        forms[form] = forms.get(form, 0) + (1 if words.opens[i] else 2)
    return Keyphrase(text=max(forms, key=forms.__getitem__), score=round(score, 4), spans=spans)


__all__ = ["MAX_KEYPHRASES", "Keyphrase", "keyphrases", "rank_keyphrases"]
