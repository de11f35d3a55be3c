"""The default engine: a small learned sentence scorer over language-independent features.

Each sentence gets a vector of features that mean the same in every language, in cased or lower-cased
text, in paragraphs or on one line: where it stands (absolute and relative position), how long it is,
how central it is (TF-IDF cosine to the whole article and to its opening), how much it repeats earlier
sentences, and surface marks (quotes, digits, question marks, a missing final stop). A boosted ensemble
of small regression trees shipped in ``default_model.json`` turns the features into a score learnt to
predict whether the sentence belongs in the best extractive summary.

For a budget of a few sentences the summary is then chosen as a whole: the best-scoring sentences of
six words or more that end with a final stop (the shared selection of :mod:`nutgraf.engines.base`, so no near-duplicates) make
a small pool, every set of the asked size drawn from it is described by cheap features (its sentences'
scores and length, their mean sentence features, and how close the whole is to the article and to its
opening), and a linear model shipped in ``default_reranker.json`` picks the set it expects to score
best among those that do not open with a sentence leaning on one left out ("He said..."). Other budgets take the best sentences one by one. ``training/train_default.py`` rebuilds both from the shared data; see ``docs/summarizers.md``.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from importlib import resources
from itertools import chain, combinations, islice, pairwise
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from nutgraf.engines.base import (
    Budget,
    ExtractiveSummarizer,
    register,
    repeats,
    select_sentences,
    sentence_budget,
    word_trigrams,
)
from nutgraf.engines.options import QUESTION_MARKS, continues_quotation, is_question, quoted_share
from nutgraf.errors import InputTooLargeError, SummarizerUnavailableError
from nutgraf.extract.text import FINAL_STOPS, ends_on_armenian_stop, is_call_to_action, is_page_furniture
from nutgraf.language import (
    CHARACTER_COUNTED,
    FOOTNOTE_MARKER,
    WORD_UNIT,
    clearly_written_in,
    content_stem_numbers,
    count_words,
    detect_language,
    other_languages_function_words,
    with_typographic_apostrophes,
)
from nutgraf.language.word_lists import DETECTION_WORDS, function_words
from nutgraf.segment import BULLETS, Turn, data_table_rows, embedded_posts, speaker_turns

if TYPE_CHECKING:
    from nutgraf.article import Document, SummarySentence

MODEL_FILE = "default_model.json"
RERANKER_FILE = "default_reranker.json"
#: Sentences past this index are not scored (news articles end long before it); they rank last.
MAX_SCORED_SENTENCES = 2000
#: Nor are sentences that end past this many characters (some 150,000 words, a book's length; a long
#: news article is under 50,000): a text longer than a book is summarized from its opening, as keyphrases
#: read it (:data:`nutgraf.keyphrases.bounds.MAX_CHARS`). Scoring costs a stem per distinct word: 2,000
#: sentences of a million words each had no bound, and a 20 MB "sentence" of 2.6 million distinct words
#: cost 18 s and 1.3 GB.
MAX_SCORED_CHARACTERS = 1_000_000
# How many opening sentences stand for "the lead" the other sentences are compared with.
_LEAD_SENTENCES = 3
# Whether a sentence of each number up to the lead's (then any later one) is in the lead.
_LEAD_ROWS = np.arange(_LEAD_SENTENCES + 1) < _LEAD_SENTENCES
#: Sentence budgets up to this are chosen as whole summaries (the reranker was trained on 1 to 4).
RERANKED_SENTENCES = 4
#: The pool the summaries are drawn from: this many sentences more than the budget (20 sets of three;
#: on the validation split 2 and 4 more scored 0.1 ROUGE-1 lower).
POOL_EXTRA = 3
#: An article of at most this many sentences that state (ending on a stop, not a question) is a brief,
#: whose TL;DR is its lede (:func:`_lede`).
BRIEF_SENTENCES = 8
#: An article of at least this many words is a long read (a review, a guide, an essay, a long blog post),
#: whose opening paragraph introduces what follows: its summary holds the opening sentence where it takes
#: one of the :data:`_OPENING_FOLLOWERS` sentences after it (:func:`_long_read_opening`). It is longer than
#: 19 in 20 of the Daily Mail articles the models learnt from (1,350 words). Counted in words, not
#: sentences: a football report's line-ups are sixty "sentences" in 700 words.
LONG_READ_WORDS = 1400
# How many sentences after a long read's opening show, when the summary takes one, that it draws on the
# opening paragraph.
_OPENING_FOLLOWERS = 2
# The share of a lede in quotation marks from which it is someone's words, no TL;DR of the brief.
_QUOTED_LEDE = 0.5
# The fewest words of a lede that carries a brief's news: who did what, where and when take 17 words and
# more in the hard news of tests/test_summary_genres.py, where the scenes, anecdotes and warnings that
# open features, reviews and columns take 13 at most ("Temperatures will drop sharply this weekend.",
# "Maria Lopez wakes at 4 a.m. every day.", "There is a moment, about halfway through, when the film
# finally comes alive."); any bar from 13 to 17 words gets the same TL;DRs there.
_LEDE_WORDS = 15
# An English lede in the first person opens a column ("I have lived in this city for thirty years ...",
# "My daughter came home from school ..."), whose news comes later.
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "our"})

# Character classes by code point (a lookup table over the code points up to the last mark classed).
# The apostrophes, straight and typographic, are quotation marks only beside white space ("don’t" is none).
_QUOTE_MARKS = '"“”„«»‘‚‹›'
_TYPOGRAPHIC_APOSTROPHE = "’"
_CLASS_TABLE_SIZE = max(map(ord, _QUOTE_MARKS)) + 2
_QUOTE, _DIGIT, _EXCLAMATION, _SPACE, _STOP, _CLOSER = 1, 2, 4, 8, 16, 32
# The other scripts' marks too, as segmentation ends sentences on them, the text stage's set (full-width
# ones, the Arabic and Persian question mark, Urdu's full stop, Devanagari's danda and double danda, the Greek
# question mark, ...: without them every sentence of a Hindi article was barred from the pool and its headline
# summarized it); and Thai's and Lao's letters, whose scripts have no final mark: a sentence there ends where
# its line does.
_THAI_LETTERS = (0x0E01, 0x0E4E)
_LAO_LETTERS = (0x0E81, 0x0ECE)
_FINAL_STOPS = frozenset(
    FINAL_STOPS
    + "".join(chr(c) for first, last in (_THAI_LETTERS, _LAO_LETTERS) for c in range(first, last + 1))
)
# What may follow a final stop that ends a sentence.
_CLOSING_MARKS = "\"”»’')]"
# What may follow a question mark that ends a sentence.
_QUESTION_CLOSERS = "\"”»’' "

#: Names of the features, in the order of the columns :func:`sentence_features` returns.
FEATURES = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "log_position",
    "relative_position",
    "log_sentences",
    "log_words",
    "words_over_30",
    "short_under_6",
    "content_share",
    "centroid_cosine",
    "centroid_rank",
    "lead_cosine",
    "max_cosine_before",
    "mean_term_spread",
    "quotes",
    "digits",
    "question",
    "exclamation",
    "no_final_stop",
    "colon_end",
)

#: Names of the features of a candidate summary, in the order of :func:`candidate_features`' columns: its
#: own, then the mean of each sentence feature over its sentences.
CANDIDATE_FEATURES = (
    "score_sum",
    "words",
    "centroid_cosine",
    "lead_cosine",
    *(f"mean_{name}" for name in FEATURES),
)
_NO_FINAL_STOP = FEATURES.index("no_final_stop")
_QUESTION = FEATURES.index("question")
# The white space a line may hold before or after a question alone on it.
_LINE_MARGIN = 8
_SHORT = FEATURES.index("short_under_6")
# The columns of a sentence's cosine to the article's centroid and to its opening, in the matrix
# :func:`candidate_features` sums over a set's sentences (after its score and words): a slice, read as a
# view where a list of the two columns is a copy.
_CENTROID_COSINE, _LEAD_COSINE = 2 + FEATURES.index("centroid_cosine"), 2 + FEATURES.index("lead_cosine")
_SUMMED_COSINES = slice(_CENTROID_COSINE, _LEAD_COSINE + 1, _LEAD_COSINE - _CENTROID_COSINE)


# Words that open a sentence leaning on one before it, per language: pronouns and determiners that
# point back, and connectives ("He said...", "But the...", "These include..."). A summary that opens
# with one leaves its reader asking who or what; the bench counts them (bench/summarize_bench.py).
_BACK_REFERENCES = {
    "en": """he she it they him her his its their them these those this that he's she's it's they're
        that's but and or so yet also however meanwhile moreover furthermore nevertheless nonetheless
        instead besides thus hence therefore still then""",
    "de": """er sie es ihm ihn ihr ihre ihren sein seine seinen dies diese dieser dieses aber und oder doch
        jedoch auch außerdem deshalb daher trotzdem dennoch dabei damit zudem allerdings""",
    "fr": """il elle ils elles lui leur leurs son sa ses ce cette ces cela mais et ou pourtant cependant
        aussi donc ainsi toutefois néanmoins""",
    "es": """él ella ellos ellas ello su sus este esta estos estas esto pero y o también además así""",
    "it": """lui lei loro egli essa esso essi esse suo sua suoi sue questo questa questi queste ciò ma e o però
        tuttavia anche inoltre quindi""",
    "pt": """ele ela eles elas seu sua seus suas este esta estes estas isso isto mas e ou porém contudo
        também além entretanto""",
    "nl": """hij zij ze hem haar hun zijn dit deze dat die daar maar en of echter ook bovendien daarom""",
    "pl": """on ona ono oni one jego jej ich ale i lub jednak także również ten ta to te ponadto natomiast""",
    "ru": """он она оно они его её ее их этот эта это эти но и или однако также тоже""",
    "uk": """він вона воно вони його її їх цей ця це ці але і й або однак також теж проте втім водночас""",
    "sv": """han hon dem hans hennes deras detta dessa men och eller också dessutom därför ändå""",
    "da": """han hun dem hans hendes deres dette disse men og eller også desuden derfor dog""",
    "no": """han hun dem hans hennes deres dette disse men og eller også dessuten derfor likevel""",
    "tr": """o bu şu onlar bunlar onun bunun ancak ama fakat ve ayrıca""",
}


# Connectives of two words that point back in the other languages ("Sin embargo, ...", "Кроме того, ...":
# "However", "Besides"), whose first word alone is none ("Sin agua", "Кроме детей").
_BACK_REFERENCE_PAIRS = {
    "de": "im gegenzug",
    "fr": "en outre|par ailleurs|de plus",
    "es": "sin embargo|no obstante|por otro lado|por ello|por eso|en cambio",
    "it": "in più|per questo|di conseguenza",
    "pt": "no entanto|além disso|por isso|por outro lado",
    "pl": "poza tym|mimo to|z kolei",
    "ru": "кроме того|при этом|тем не",
    "uk": "крім того|при цьому",
}


@cache
def back_reference_pairs(language: str) -> frozenset[tuple[str, str]]:
    """The two-word openings that lean on an earlier sentence in ``language`` (empty if none listed)."""
    return frozenset(
        tuple(pair.split()) for pair in _BACK_REFERENCE_PAIRS.get(language, "").split("|") if pair
    )


@cache
def back_references(language: str) -> frozenset[str]:
    """The words that open a sentence leaning on an earlier one in ``language`` (empty if none listed)."""
    return frozenset(with_typographic_apostrophes(set(_BACK_REFERENCES.get(language, "").split())))


# English openings of two words or more that point back: a preposition before "that" or "then" ("In that
# time, ...", "Since then", "After that"; "For those who ..." points ahead), and a condition on what was said before ("If so",
# "If not", "If you have, you will know ..."). An opinion column's TL;DR had been "If you have, you will
# know the drill: ...", its question left out.
_PREPOSITIONS = frozenset("in at by since after before during until from for".split())
_ANAPHORS = frozenset(("that", "then"))
_SUBJECTS = frozenset("i you we they he she it".split())
_AUXILIARIES = frozenset(
    with_typographic_apostrophes(
        set(
            """have has had do does did am are is was were can could will would should haven't hasn't
            don't doesn't didn't aren't isn't wasn't weren't can't won't""".split()
        )
    )
)


def opens_unresolved(words: list[str], language: str) -> bool:
    """Whether a sentence of these lower-cased ``words`` opens with a pronoun or connective that points
    back ("He said...", "But the..."), or in English with a phrase that does ("In that time", "If so",
    "If you have, you ...")."""
    if not words:
        return False
    if words[0] in back_references(language):
        return True
    if len(words) < 2:
        return False
    if language != "en":
        return (words[0], words[1]) in back_reference_pairs(language)
    if words[0] in _PREPOSITIONS:
        return words[1] in _ANAPHORS
    # The clause after an elliptical condition opens with its own subject: "If you have, you will ...",
    # where "If you have your passport" goes on with an object.
    return words[0] == "if" and (
        words[1] in ("so", "not")
        or (len(words) > 3 and words[1] in _SUBJECTS and words[2] in _AUXILIARIES and words[3] in _SUBJECTS)
    )


class TermVectors(NamedTuple):
    """The article's sparse TF-IDF sentence vectors, one entry per (sentence, term) pair, in term order
    (then sentence order)."""

    rows: np.ndarray
    terms: np.ndarray
    #: TF-IDF weights, normalised per sentence.
    weights: np.ndarray
    #: How many terms the article has.
    size: int


def sentence_features(document: Document) -> np.ndarray:
    """The feature matrix of ``document``: one row per scored sentence, one column per :data:`FEATURES`."""
    return article_features(document)[0]


def article_features(document: Document) -> tuple[np.ndarray, TermVectors]:
    """:func:`sentence_features` and the TF-IDF vectors they were computed from."""
    n = min(len(document.sentences), MAX_SCORED_SENTENCES)
    words = document.words[:n]
    matrix = _cached_position_columns(n).copy() if n <= _CACHED_POSITIONS else _position_columns(n)
    # Each column set by its number (a view made per column and a call to name it cost more than filling it).
    column = _COLUMN

    word_counts = np.fromiter(map(len, words), dtype=np.intp, count=n)
    # The sentences' content stems, as numbers, in one flat array with their sentence numbers:
    # Document.tokens, in two passes over the article's words rather than one per sentence (the numbers
    # come packed: one join makes the array).
    numbers = np.frombuffer(
        b"".join(map(content_stem_numbers(document.language).__getitem__, chain.from_iterable(words))),
        dtype=np.intp,
    )
    kept = numbers >= 0
    rows = np.arange(n).repeat(word_counts)[kept]
    token_counts = np.bincount(rows, minlength=n)
    # Chinese and Japanese, written without spaces, have a clause for a "word": every sentence read as under
    # six words, and a quotation with its attribution ("「…」氣象署長說。") outscored the lede, which fell out
    # of the pool. Their sentences' lengths are counted in characters, at a word's mean length there.
    if document.language in CHARACTER_COUNTED:
        characters = [count_words(document.sentence_text(i), document.language) for i in range(n)]
        _set_length_columns(matrix, np.array(characters) / _CHARACTERS_PER_WORD)
    elif len(numbers) < _TABULATED_LENGTHS:
        # No sentence is longer than the article's words: its three length columns read from the table at
        # once (two numpy calls where there were nine), gathered by take (fancy indexing's set-up is half
        # the call).
        matrix[:, _LENGTH_COLUMNS] = _length_table().take(word_counts, axis=0)
    else:
        _set_length_columns(matrix, word_counts)
    matrix[:, column["content_share"]] = token_counts / _at_least_one(word_counts, len(numbers))

    similarity, centroid_order, vectors = _similarity_features(numbers[kept], rows, n)
    for name, values in similarity.items():
        matrix[:, column[name]] = values
    # A sentence's rank by centroid cosine is a place in the article: log(1 + rank) is the log position
    # column's value at that place, copied rather than computed again (one call where four were), put
    # through the column's view: a fancy index of a row array and a column number costs half as much again.
    matrix[:, column["centroid_rank"]].put(centroid_order, matrix[:, column["log_position"]])

    _set_mark_columns(matrix, document.text, _sentence_bound_pairs(document, n))
    return matrix, vectors


_COLUMN = {name: k for k, name in enumerate(FEATURES)}
# The columns a sentence's length makes, side by side.
_LENGTH_COLUMNS = slice(_COLUMN["log_words"], _COLUMN["short_under_6"] + 1)
# Sentences of fewer words than this have their length columns read from a table.
_TABULATED_LENGTHS = 4096
# Each count below :data:`_TABULATED_LENGTHS`, or 1 for none: a divisor.
_AT_LEAST_ONE = np.maximum(np.arange(_TABULATED_LENGTHS), 1)


def _at_least_one(counts: np.ndarray, total: int) -> np.ndarray:
    """``counts`` (of ``total`` in all), each 0 made 1: a divisor, gathered from a table where the total
    is below its size (np.maximum is a ufunc call of some thousands of instructions)."""
    return _AT_LEAST_ONE.take(counts) if total < _TABULATED_LENGTHS else np.maximum(counts, 1)


def _set_length_columns(matrix: np.ndarray, lengths: np.ndarray) -> None:
    """Fill ``matrix``'s columns of its sentences' ``lengths`` (in words)."""
    matrix[:, _COLUMN["log_words"]] = np.log1p(lengths)
    matrix[:, _COLUMN["words_over_30"]] = np.maximum(lengths - 30, 0) / 10
    matrix[:, _COLUMN["short_under_6"]] = lengths < 6


@cache
def _length_table() -> np.ndarray:
    """The length columns of a sentence of each number of words below :data:`_TABULATED_LENGTHS`, a row per
    length, computed by :func:`_set_length_columns` (the same numpy calls on the same values: the same bits)."""
    table = np.zeros((_TABULATED_LENGTHS, len(FEATURES)))
    _set_length_columns(table, np.arange(_TABULATED_LENGTHS))
    table = np.ascontiguousarray(table[:, _LENGTH_COLUMNS])
    table.flags.writeable = False
    return table


# Articles of up to this many sentences (nearly all news) have their position columns computed once per
# length (3.7 MB for all lengths).
_CACHED_POSITIONS = 200


def _position_columns(n: int) -> np.ndarray:
    """A feature matrix of ``n`` sentences with only the columns of their place in the article filled
    (first to fifth, log and relative position, the article's length), which depend on ``n`` alone."""
    matrix = np.zeros((n, len(FEATURES)))
    column = _COLUMN
    position = np.arange(n, dtype=float)
    matrix[:5, :5] = np.eye(5)[:n]
    matrix[:, column["log_position"]] = np.log1p(position)
    matrix[:, column["relative_position"]] = position / max(n - 1, 1)
    matrix[:, column["log_sentences"]] = np.log(n)
    return matrix


@cache
def _cached_position_columns(n: int) -> np.ndarray:
    """:func:`_position_columns`, kept (read only: callers copy it): their six numpy calls were a tenth of
    a short article's features."""
    matrix = _position_columns(n)
    matrix.flags.writeable = False
    return matrix


_START, _END = attrgetter("start"), attrgetter("end")
# Six words' worth of Chinese or Japanese characters (a word of either is one to three of them).
_SHORT_CHARACTERS = 10
# The mean length of a word in characters in Chinese and Japanese text (1.6 in segmented Chinese corpora such
# as the Penn Chinese Treebank; Japanese's short-unit words are about as long).
_CHARACTERS_PER_WORD = 1.6
# A footnote marker as Wikipedia and its copies write one ("trade,[217]", "[a]", "[citation needed]"), or
# the caret that opens a line of its reference list ("^ "Title" . Publisher."). Both alternatives open on
# a literal character, which the regex engine finds in C: a quarter of the time with the look-behind first.
_CITATION = re.compile(rf"{FOOTNOTE_MARKER}|\^(?<!\S\^) ")
# A fact-check's label over the claim it checks, opening a line ("Claim: ...", "Claim : ...", "Behauptung:",
# "Affirmation :", "Afirmación:"): the line says what the check finds false or unproven, and a summary that
# gives it as the article's own statement misleads.
# Matched at the start of each line with a colon, found with str.find: a search for "^" in MULTILINE mode
# tries every character of the text (5% of summarize's instructions on CNN/DM).
_CLAIM_LABEL = re.compile(
    r"[^\S\n]*+(?:claim|behauptung|affirmation|afirmaci[oó]n|afirmação|affermazione|bewering)[^\S\n]*+:",
    re.IGNORECASE,
)


@cache
def _class_table() -> np.ndarray:
    table = np.zeros(_CLASS_TABLE_SIZE, dtype=np.uint8)
    table[[ord(c) for c in _QUOTE_MARKS]] = _QUOTE
    table[ord("0") : ord("9") + 1] = _DIGIT
    table[ord("!")] = _EXCLAMATION
    table[[ord(c) for c in " \t\n\r\f\v\u00a0"]] |= _SPACE
    table[[ord(c) for c in _FINAL_STOPS if ord(c) < _CLASS_TABLE_SIZE - 1]] |= _STOP
    table[[ord(c) for c in _CLOSING_MARKS + _QUESTION_CLOSERS]] |= _CLOSER
    return table


@cache
def _class_bytes() -> bytes:
    """The classes of the ASCII characters (and of the rest of the first 256 code points) as a byte
    translation table."""
    return _class_table()[:256].tobytes()


# The columns of a sentence's marks, side by side: quotes, digits, question, exclamation.
_MARK_COLUMNS = slice(_COLUMN["quotes"], _COLUMN["exclamation"] + 1)
# The class of the marks counted for each of those columns, the question's none (its column is set apart),
# and the count each column holds at most (the quotes up to four, the others whether there is one).
_COUNTED_CLASSES = np.array([[_QUOTE], [_DIGIT], [0], [_EXCLAMATION]], dtype=np.uint8)
_COUNT_CAPS = np.array([[4], [1], [1], [1]])
# Per class (a byte of :func:`_class_table`, its flags below 64), whether it lacks the final stop's flag,
# and whether it has the closing mark's.
_WITHOUT_STOP = (np.arange(64) & _STOP) == 0
_CLOSING = (np.arange(64) & _CLOSER) > 0


def _set_mark_columns(matrix: np.ndarray, text: str, bounds: np.ndarray) -> None:
    """Fill ``matrix``'s columns of its sentences' marks, given their ``bounds`` (their starts, then their
    ends): how many quotation marks it holds (up to four),
    whether it holds ASCII digits or exclamation marks, and how it ends: with a final stop (before any
    closing quotes or brackets), a question mark (before closing quotes and spaces), a colon.

    An apostrophe (' or ’) counts as a quotation mark next to white space or the text's edge, not inside a
    word.
    The marks are counted on the text's code points at once rather than sentence by sentence, the three
    kinds in one table of a row per kind (four, the question's empty), whose marks are found by one
    search: a numpy call costs its thousands of instructions whatever an article's size. How a sentence
    ends is read from its last characters.
    """
    # The text between two spaces, so that its edges count as white space beside an apostrophe; its
    # classes are read one place on (a slice) where a concatenation of the edges cost more numpy calls.
    n = len(bounds) // 2
    starts, ends = bounds[:n], bounds[n:]
    head = " " + text[: ends[-1]] + " "
    if head.isascii():  # a flag of the string, read without a scan
        # Most articles: each byte is a code point, and one byte translation in C classes them all, a
        # fraction of the time of a lookup in numpy of their code points at four bytes each.
        raw = head.encode("ascii")
        padded_codes = np.frombuffer(raw, dtype=np.uint8)
        class_bytes = raw.translate(_class_bytes())
        padded_classes = np.frombuffer(class_bytes, dtype=np.uint8)
        apostrophes: tuple[str, ...] = ("'",)
    else:
        padded_codes = np.frombuffer(head.encode("utf-32-le"), dtype=np.uint32)
        # Code points past the table read its last entry, which is of no class.
        padded_classes = _class_table().take(padded_codes, mode="clip")
        class_bytes = padded_classes.tobytes()
        apostrophes = ("'", _TYPOGRAPHIC_APOSTROPHE)
    codes, classes = padded_codes[1:-1], padded_classes[1:-1]
    marked = (classes & _COUNTED_CLASSES) > 0
    # The apostrophes (a dozen in an article) are looked at one by one, found by str.find in C: six ufunc
    # calls over the whole text to find those beside white space cost more (the marks' columns 348,000
    # instructions a CNN/DM article, 334,000 now).
    for apostrophe in apostrophes:
        place = head.find(apostrophe, 1, -1)
        while place >= 0:
            if (class_bytes[place - 1] | class_bytes[place + 1]) & _SPACE:
                marked[0, place - 1] = True
            place = head.find(apostrophe, place + 1, -1)
    # The marks are few: counting them by position beats a running sum over every character. A mark of
    # row k is at k * size plus its place, and so is each sentence's bounds' copy for that row.
    size = len(codes)
    positions = marked.ravel().nonzero()[0]
    # Each row's offsets made by np.arange, not by a ufunc's product.
    before = positions.searchsorted(bounds + np.arange(0, len(_COUNT_CAPS) * size, size).reshape(-1, 1))
    matrix[:, _MARK_COLUMNS] = np.minimum(before[:, n:] - before[:, :n], _COUNT_CAPS).T

    # Most sentences end on a letter or a final stop, which their last character tells; those that end
    # on a closing mark (or a character past the table, such as 。) are read back with str.rstrip. A
    # sentence's last character is at its end in the padded text (one place on), and what its class holds
    # is read from a table of the classes: gathers where a subtraction, and a bitwise and and a comparison
    # per flag, were ufunc calls, each some thousands of instructions on a few dozen sentences.
    last = padded_codes.take(ends)
    last_class = padded_classes.take(ends)
    no_final_stop = _WITHOUT_STOP.take(last_class)
    question = last == ord("?")
    closing = _CLOSING.take(last_class)
    if codes.dtype != np.uint8:  # an ASCII code is within the table
        closing |= last >= _CLASS_TABLE_SIZE - 1
    closed = closing.nonzero()[0].tolist()
    for i, start, end in zip(closed, starts[closed].tolist(), ends[closed].tolist(), strict=True):
        sentence = text[start:end]
        no_final_stop[i] = sentence.rstrip(_CLOSING_MARKS)[-1:] not in _FINAL_STOPS
        question[i] = sentence.rstrip(_QUESTION_CLOSERS)[-1:] in QUESTION_MARKS
    if codes.dtype != np.uint8:
        # Arabic's and Persian's "؟" ends a question as "?" does (the full-width "？", past the table, is read
        # back above): without it their questions were read as statements.
        question |= last == ord("؟")
        # A period after a Thai letter closes an abbreviation (a time stamp's "09:30 น."), not a sentence.
        before_last = codes.take(np.maximum(ends - 2, 0))
        no_final_stop |= (
            (last == ord(".")) & (before_last >= _THAI_LETTERS[0]) & (before_last <= _THAI_LETTERS[1])
        )
        # Greek asks with a semicolon ("Τι σημαίνουν για τα νοικοκυριά;"), where segmentation ends the sentence:
        # a final stop and a question there, not a line without one that the pool bars.
        for i in (last == ord(";")).nonzero()[0].tolist():
            if is_question(text[starts[i] : ends[i]]):
                no_final_stop[i] = False
                question[i] = True
    colon_end = last == ord(":")
    if codes.dtype != np.uint8:
        # Armenian's full stop typed as a colon ends a statement, where a colon opens what follows (a list,
        # a quotation): the pool had barred every sentence of an Armenian story typed so.
        for i in colon_end.nonzero()[0].tolist():
            if ends_on_armenian_stop(text[starts[i] : ends[i]]):
                no_final_stop[i] = colon_end[i] = False
    matrix[:, _COLUMN["question"]] = question
    matrix[:, _COLUMN["no_final_stop"]] = no_final_stop
    matrix[:, _COLUMN["colon_end"]] = colon_end


def _similarity_features(
    stems: np.ndarray, rows: np.ndarray, n: int
) -> tuple[dict[str, np.ndarray], np.ndarray, TermVectors]:
    """Centrality and novelty of each sentence from sparse TF-IDF vectors (no n x vocabulary matrix),
    given the numbers of the article's content stems in order and their sentences' numbers; and the
    sentences by centroid cosine, best first (ties in article order), whose ranks make ``centroid_rank``."""
    ids, terms = _first_place_numbers(stems)
    size = max(terms, 1)
    # Per (sentence, term) pair: its count, then its TF-IDF weight, normalised per sentence. Each run of
    # equal keys, sorted, is one pair: twice as fast as counting in a table over all n x size pairs
    # (which a news article's few hundred words leave nearly empty), and in memory of their size. The
    # pairs are in term order (then sentence order), as the novelty feature reads them: every sum per
    # sentence or per term below adds the same values in the same order as in sentence order would
    # (a sentence's terms, and a term's sentences, come in ascending order either way).
    keys = ids * n + rows
    keys.sort()
    # The runs' bounds, the end included (np.diff's append costs more than the rest of this step).
    bounds = _run_openings(keys, closed=True).nonzero()[0]
    pair = keys[bounds[:-1]]
    pair_counts = bounds[1:] - bounds[:-1]
    pair_terms, pair_rows = np.divmod(pair, max(n, 1))
    # Each pair's idf from the number of sentences its term is in, read from a table of each number's (one
    # gather where there were five calls).
    sentence_frequency = np.bincount(pair_terms, minlength=size)
    pair_frequency = sentence_frequency[pair_terms]
    weights = pair_counts * _idf_table(n)[pair_frequency]
    norms = np.sqrt(np.bincount(pair_rows, weights=weights**2, minlength=n))
    weights /= np.maximum(norms[pair_rows], 1e-12)

    def cosine_to(vector: np.ndarray) -> np.ndarray:
        # math.sqrt of the Python float, not a ufunc call on a numpy scalar: the same correctly rounded root.
        norm = math.sqrt(vector @ vector)
        if norm == 0:
            return np.zeros(n)
        return np.bincount(pair_rows, weights=weights * vector[pair_terms] / norm, minlength=n)

    centroid = np.bincount(pair_terms, weights=weights, minlength=size)
    centroid_cosine = cosine_to(centroid)
    # The lead's entries weighed by the lead mask rather than picked out by it: each other entry adds 0.0,
    # which leaves every sum as it was, and a product costs less than two boolean selections.
    # The mask is gathered from a table of the rows (each past the lead clipped to its last entry, False),
    # where a comparison was a ufunc call.
    lead_vector = np.bincount(
        pair_terms, weights=weights * _LEAD_ROWS.take(pair_rows, mode="clip"), minlength=size
    )
    spread = np.bincount(pair_rows, weights=pair_frequency / n, minlength=n)
    centroid_order = (-centroid_cosine).argsort(kind="stable")
    columns = {
        "centroid_cosine": centroid_cosine,
        "lead_cosine": cosine_to(lead_vector),
        "max_cosine_before": _max_cosine_before(pair_rows, pair_terms, weights, n, sentence_frequency),
        "mean_term_spread": spread / _at_least_one(np.bincount(pair_rows, minlength=n), len(pair_rows)),
    }
    return columns, centroid_order, TermVectors(pair_rows, pair_terms, weights, size)


@cache
def _idf_table(n: int) -> np.ndarray:
    """The idf of a term in each number of ``n`` sentences, from none to all (the same numpy calls on the
    same values as per term: the same bits)."""
    table = np.log((1 + n) / (1 + np.arange(n + 1))) + 1.0
    table.flags.writeable = False
    return table


def _first_place_numbers(values: np.ndarray) -> tuple[np.ndarray, int]:
    """Each of the non-negative integers ``values`` numbered by the first place its value takes (the first
    value 0, the next new one 1...), and how many distinct values there are.

    Each value's first place is found in a table indexed by value: no sort (the values, stem numbers, are
    below half a million).
    """
    if not len(values):
        return values, 0
    place = np.arange(len(values))
    first = np.empty(int(values.max()) + 1, dtype=np.intp)
    first[values] = len(values)
    np.minimum.at(first, values, place)
    first_place = first.take(values)
    numbering = (first_place == place).cumsum() - 1
    return numbering.take(first_place), int(numbering[-1]) + 1


def _run_openings(ordered: np.ndarray, closed: bool = False) -> np.ndarray:
    """Whether each value of the sorted ``ordered`` opens a run of equal values; with ``closed``, one more
    entry past the end, True, closes the last run."""
    opens = np.empty(len(ordered) + closed, dtype=bool)
    opens[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=opens[1 : len(ordered)])
    opens[len(ordered) :] = True
    return opens


def _max_cosine_before(
    rows: np.ndarray, terms: np.ndarray, weights: np.ndarray, n: int, frequency: np.ndarray, window: int = 400
) -> np.ndarray:
    """Per sentence, its highest cosine similarity to an earlier one (among the first ``window``), given
    how many entries each term has (the idf's count, not made again).

    Only sentence pairs that share a term have a non-zero cosine, so the products are formed per term
    (a small dense matrix product costs more here, in BLAS start-up, than this whole function). The
    entries come in term order, then sentence order.
    """
    if n > window:
        kept = rows < window
        rows, terms, weights = rows[kept], terms[kept], weights[kept]
        frequency = np.bincount(terms)
    # For each entry, how many later entries share its term: it pairs with each of them, the entries
    # from its own place on, less the place its pairs start at in the list of all pairs. A term's run ends
    # where the count of entries of it and every lower term does (a table, not a binary search per entry).
    run_ends = frequency.cumsum().take(terms)
    later = run_ends - np.arange(1, len(terms) + 1)
    # Entry k's pairs start at the sum of the earlier entries' counts, and its first partner is entry
    # k + 1, so the partner's place less the pair's place is k + 1 less that sum (run_ends less the sums
    # up to k's own: fewer calls than from the entries' places).
    pairs_through = later.cumsum()
    pairs = int(pairs_through[-1]) if len(pairs_through) else 0
    second = np.arange(pairs) + (run_ends - pairs_through).repeat(later)
    # Summed per sentence pair in a table over the pairs of the window, a row per later sentence (every
    # product is positive, so a pair that shares no term sums to 0, as its cosine is).
    width = min(n, window)
    sums = np.bincount(
        rows[second] * width + rows.repeat(later),
        weights=weights.repeat(later) * weights[second],
        minlength=width * width,
    )
    highest = sums.reshape(width, width).max(axis=1)
    if n <= window:
        return highest
    result = np.zeros(n)
    result[:width] = highest
    return result


def _read_weights(file: str) -> dict[str, Any]:
    try:
        raw = resources.files("nutgraf.engines").joinpath(file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SummarizerUnavailableError(
            f"the default summarizer's weights ({file}) are missing from the installed package; "
            "reinstall nutgraf or rebuild them with training/train_default.py"
        ) from None
    return json.loads(raw)


def _check_features(model: dict[str, Any], features: tuple[str, ...]) -> None:
    if tuple(model["features"]) != features:
        raise SummarizerUnavailableError(
            "the default summarizer's weights were trained on other features than this nutgraf "
            "computes; rebuild them with training/train_default.py"
        )


@cache
def load_model() -> dict[str, Any]:
    """The shipped sentence scorer: a boosted ensemble of regression trees, as flat node arrays."""
    return compile_model(_read_weights(MODEL_FILE))


@cache
def load_reranker() -> np.ndarray:
    """The shipped reranker: one weight per :data:`CANDIDATE_FEATURES`."""
    return compile_reranker(_read_weights(RERANKER_FILE))


def compile_reranker(model: dict[str, Any]) -> np.ndarray:
    """The reranker's weights from its JSON form (as training writes it)."""
    _check_features(model, CANDIDATE_FEATURES)
    return np.asarray(model["weights"], dtype=float)


def compile_model(model: dict[str, Any]) -> dict[str, Any]:
    """The arrays :func:`predict` walks, from the JSON form of the model (as training writes it)."""
    _check_features(model, FEATURES)
    roots = np.asarray(model["roots"], dtype=np.intp)
    features = np.asarray(model["feature"], dtype=np.intp)
    children = np.column_stack([model["left"], model["right"]]).astype(np.intp)
    # predict's gathers wrap rather than check their indices: a tree that names a feature or a node that
    # does not exist would read another one, silently, in every summary. A damaged file is refused once.
    nodes = len(features)
    if not (
        len(features) == len(model["threshold"]) == len(model["value"]) == len(children)
        and 0 <= features.min(initial=0) <= features.max(initial=0) < len(FEATURES)
        and 0 <= children.min(initial=0) <= children.max(initial=0) < nodes
        and 0 <= roots.min(initial=0) <= roots.max(initial=0) < nodes
    ):
        raise SummarizerUnavailableError(
            "the default summarizer's weights are damaged (a tree names a feature or a node that does "
            "not exist); reinstall nutgraf or rebuild them with training/train_default.py"
        )
    # Nodes are addressed by a code that packs the node and its feature: node k is code k * width + its
    # feature, so a level reads the feature's column with a bitwise and (a ufunc) where a gather from a
    # table of features cost ten times as many instructions an element. Its threshold is at its code,
    # and its children's codes at its code (left: feature <= threshold) and one past it (right): no feature is the last of
    # width, so no two nodes' entries meet. The last level gathers the child's value from the same place.
    width = 1 << len(FEATURES).bit_length()
    codes = np.arange(nodes) * width + features
    threshold = np.asarray(model["threshold"], dtype=float)
    value = np.asarray(model["value"], dtype=float)
    by_code = np.zeros(nodes * width)
    sides = codes[:, None] + np.arange(2)
    child_code, child_value = np.zeros(nodes * width, dtype=np.intp), by_code.copy()
    child_code[sides] = codes[children]
    child_value[sides] = value[children]
    by_code[codes] = threshold
    return {
        "baseline": float(model["baseline"]),
        "depth": int(model["depth"]),
        "column": width - 1,
        # The first level's nodes are the same for every article: their features, thresholds and children
        # read once.
        "roots": codes[roots],
        "root_feature": features[roots],
        "root_threshold": threshold[roots],
        "root_left": child_code[codes[roots]],
        "root_right": child_code[codes[roots] + 1],
        "threshold": by_code,
        "child_code": child_code,
        "child_value": child_value,
    }


def predict(model: dict[str, Any], features: np.ndarray) -> np.ndarray:
    """The ensemble's score for each row of ``features``.

    All trees descend together, one level per step; a leaf points to itself on both sides, so rows that
    reach it early stay put. Feature values are read from the flat matrix (one gather rather than a
    two-index one), and every gather is a ``take``, which spares fancy indexing's set-up (a tenth of the
    time). The takes wrap rather than check their indices, a tenth fewer instructions for the same
    result: every index is in range by construction.
    """
    values = np.ascontiguousarray(features).ravel()
    # Each row's offset, once per tree: adding a (rows, 1) column broadcast against the codes went through
    # numpy's buffered iterator at every level (some 15,000 instructions a call, where an addition of
    # arrays of one shape costs 6,000).
    row_offsets = np.arange(0, values.size, features.shape[1]).repeat(len(model["roots"]))
    row_offsets = row_offsets.reshape(-1, len(model["roots"]))
    threshold, child_code, column = model["threshold"], model["child_code"], model["column"]
    # The roots broadcast against the rows at the first level, each row's child picked from the roots' two
    # (one call, where adding the bool decisions to the roots' codes cast them through numpy's buffers
    # before a gather).
    decisions = values.take(row_offsets + model["root_feature"], mode="wrap") > model["root_threshold"]
    code = np.where(decisions, model["root_right"], model["root_left"])

    def read(code: np.ndarray) -> np.ndarray:
        # The code plus the side the node's feature sends the row to: its child's entries.
        # Written in place in one array of the codes' shape: two arrays fewer made a level. The side is
        # copied into it before the code is added: an addition of a bool array to an intp one casts
        # through numpy's buffers (some 14,000 instructions, where the copy and an addition of one type
        # cost 12,000). Copied by an assignment to the whole array: np.copyto is numpy's Python dispatcher
        # around the same copy (some 1,650 instructions more a call).
        entries = code & column
        entries += row_offsets
        features_read = values.take(entries, mode="wrap")
        entries[...] = features_read > threshold.take(code, mode="wrap")
        entries += code
        return entries

    # A tree of depth d or less has reached its leaf by then (a leaf's entries point to itself).
    for _ in range(model["depth"] - 2):
        code = child_code.take(read(code), mode="wrap")
    return model["baseline"] + model["child_value"].take(read(code), mode="wrap").sum(axis=1)


@register("default")
class DefaultSummarizer(ExtractiveSummarizer):
    """Learned sentence scoring (position, length, centrality, surface marks): the best general choice."""

    def score(self, document: Document) -> np.ndarray:
        predicted = self._scored(scored_part(document))[0]
        if len(predicted) == len(document.sentences):  # every sentence scored: nearly every article
            return predicted
        scores = np.full(len(document.sentences), -1e9)
        scores[: len(predicted)] = predicted
        return scores

    def summarize(self, document: Document, budget: Budget) -> list[SummarySentence]:
        if not document.sentences:
            return []
        # What follows reads only the scored sentences: the rest rank last and are never chosen, and their
        # words, trigrams and pools cost time and memory that grew with the text.
        document = scored_part(document)
        scores, features, vectors = self._scored(document)
        if budget.words is not None:
            best = within_words(document, features, scores, budget)
        elif budget.sentences > RERANKED_SENTENCES:
            best = best_sentences(document, features, scores, budget.sentences)
        elif document.news is False:
            # A page that does not declare itself news (:attr:`Document.news`: a blog post, a tutorial,
            # documentation) opens on what it is about, and the reranker, which learnt that CNN/DM's
            # highlights retell a lede rather than repeat it, passed such openings over: on the pages of
            # other sites, their editors' descriptions as references, its choice had been 3.2 ROUGE-1
            # under their opening sentences, all of it on the pages that declare no news, and given their
            # opening they came within about a third of a point of Lead-3 (docs/summarizers.md, *Pages that
            # declare no news*). Text, and a page that declares news, keep its choice.
            best = opening_sentences(document, features, budget.sentences)
        else:
            best = best_summary(load_reranker(), document, features, vectors, scores, budget.sentences)
        return self.summary_sentences(document, best, scores)

    @staticmethod
    def _scored(document: Document) -> tuple[np.ndarray, np.ndarray, TermVectors]:
        """The scores, features and term vectors of every sentence of ``document``, a
        :func:`scored_part`."""
        features, vectors = article_features(document)
        return predict(load_model(), features), features, vectors


def scored_part(document: Document) -> Document:
    """``document`` less the sentences past :data:`MAX_SCORED_SENTENCES` or ending past
    :data:`MAX_SCORED_CHARACTERS`, which are not scored (``document`` itself where none is past them).

    Raises:
        InputTooLargeError: the first sentence ends past :data:`MAX_SCORED_CHARACTERS`: a "sentence" of
            some 150,000 words or more (random words or numbers with no stop) is no text a summary can
            be made of, and its only summary would be the whole of it.
    """
    sentences = document.sentences
    n = min(len(sentences), MAX_SCORED_SENTENCES)
    if n and sentences[n - 1].end > MAX_SCORED_CHARACTERS:
        n = bisect_right(sentences, MAX_SCORED_CHARACTERS, hi=n, key=attrgetter("end"))
        if not n:
            raise InputTooLargeError(
                f"the text's first sentence is {sentences[0].end - sentences[0].start:,} characters long;"
                f" nutgraf summarizes sentences within the first {MAX_SCORED_CHARACTERS:,} characters:"
                " give prose, whose sentences end with a stop (. ! ?) well before that"
            )
    return document if n == len(sentences) else replace(document, sentences=sentences[:n])


def best_sentences(document: Document, features: np.ndarray, scores: np.ndarray, sentences: int) -> list[int]:
    """The indices, in article order, of the ``sentences`` best-scoring sentences of the pool
    (:func:`candidate_pool`), for budgets too large to rerank as whole summaries: a long feature's
    ``length="long"`` had taken its table of contents and section headings, which score high and have no
    final stop. No sentence leans on one left out (:func:`standing_alone`). An article with too few
    sentences for the pool gets the best-scoring ones."""
    pool = candidate_pool(document, features, scores, sentences, keep_short=True)
    if len(pool) < sentences:
        return best_scoring(document, scores, sentences)
    # The pool is the shared selection's picks for a larger budget, best first: its first picks are the
    # selection's for this budget.
    return standing_alone(document, pool.tolist(), lambda order: order[:sentences])


def standing_alone(
    document: Document,
    ranked: list[int],
    select: Callable[[list[int]], list[int]],
    *,
    keep_length: bool = True,
) -> list[int]:
    """What ``select`` takes of the sentences ``ranked`` (best first), in article order, less what would
    lean on a sentence left out: a first sentence that opens pointing back (:func:`opens_unresolved`: "He
    said ...", "It was Doncaster.") unless the article opens with it, as a reranked summary's may not,
    and any sentence that opens inside a quotation begun in the sentence before it, unless that one is
    taken too: alone it closes a quotation it never opened ("Her family are understandably very
    worried.\u201d") or gives someone's words as the article's own. Each such sentence goes after the
    others and the selection is made again; it comes back only where too few others are left (a long
    summary keeps its length), or, without ``keep_length`` (a budget in words, an upper bound), only where
    no other is left: an interview's ``words=60`` had taken "That is why we will not raise income tax ..."
    back to fill its words. A later sentence that points back may stay: after the summary's opening it
    reads as of what that named (on CNN/DM, holding them to the rule too changed a quarter of the long
    summaries and cost 0.3 ROUGE-1)."""
    if not ranked:
        return []
    scored = max(ranked) + 1
    quoting = continues_quotation(document.text, document.sentences[:scored])
    # The article opens with its first sentence that ends on a stop: a line above it without one (a
    # headline, "Media playback is not supported on this device") is not what the opening leans on.
    opening = next((i for i in range(scored) if not document.sentence_text(i)[-1:].isalnum()), 0)
    passed_over: set[int] = set()
    while True:
        chosen = sorted(select(ranked))
        taken = set(chosen)
        first = chosen[0] if chosen else 0
        alone = [
            i
            for i in chosen
            if i not in passed_over
            and i - 1 not in taken
            and (
                quoting[i]
                or (i == first > opening and opens_unresolved(document.words[i], document.language))
            )
        ]
        if not alone:
            return chosen
        passed_over.update(alone)
        others = [i for i in ranked if i not in passed_over]
        if keep_length or not others:
            others += [i for i in ranked if i in passed_over]
        ranked = others


# What a set with a sentence leaning on one it lacks loses of its rating, in standard deviations of its
# article's ratings: chosen on the Daily Mail validation split among 0.1 to 0.5 and exclusion (docs/summarizers.md).
_LEAN_PENALTY = 0.5


def _is_furniture_or_call(text: str) -> bool:
    """Whether a sentence is the page's furniture worded as a sentence or a call to its reader
    (:func:`is_page_furniture`, :func:`is_call_to_action`), which no summary takes."""
    return is_call_to_action(text) or is_page_furniture(text)


def _never_summarized(document: Document, index: int) -> bool:
    """Whether sentence ``index`` is one the pool sets aside wherever it comes in: the page's furniture or a
    call (:func:`_is_furniture_or_call`), a roll of names or a title-cased line."""
    text = document.sentence_text(index)
    return _is_furniture_or_call(text) or is_roll_of_names(text) or is_title_cased(text, document.language)


# The fewest function words of another language that make a sentence of the pool that language's, and
# the least share of content words (of words not the article's language's stopwords) it is read at.
_OTHER_LANGUAGE_WORDS = 3
_OTHER_LANGUAGE_CONTENT_SHARE = 0.7


def _in_another_language(document: Document, index: int) -> bool:
    """Whether sentence ``index`` is clearly written in another language than ``document``'s, by three or
    more different function words (:func:`clearly_written_in`): a quotation or a tweet in the story's prose."""
    # Not by two: a Portuguese lede's "esta" and "este", Spanish's words too, had set it aside as Spanish.
    # Different words: an English lede naming "Los Angeles" thrice had been set aside as Spanish.
    found = clearly_written_in(document.sentence_text(index), at_least=_OTHER_LANGUAGE_WORDS, distinct=True)
    return found is not None and found != document.language


# The languages with a stopword list (their content share column means something) but no function-word
# list, whose stories quote their neighbours' languages: Russian and Ukrainian each other, Turkish German,
# Hindi English, Swahili English, Kazakh Russian.
_UNLISTED_CHECKED = frozenset(("ru", "uk", "bg", "tr", "hi", "sw", "kk", "ky", "ca", "ar", "fa", "ur"))
# Letters one of two neighbours writes and the other does not: a sentence of a Russian story holding two of
# Ukrainian's is worth the detector's reading.
_OWN_LETTERS = {"uk": "іїєґ", "ru": "ыэё"}
# The least share of a sentence's words that the function words of the language it is read in make: that
# language's prose writes them at 35-50%, a Swahili sentence naming a "World Health Organization and the
# Ministry of Health" report (its "and", "the", "of", read as English by the detector) at 18%.
_QUOTED_FUNCTION_WORD_SHARE = 0.25


def _quoting_another_language(document: Document, index: int) -> bool:
    """Whether sentence ``index`` of a story in a language with no function-word list is in another
    language: one whose function words it clearly holds (:func:`clearly_written_in`), or whose own letters
    it holds where the story's language writes none of them, the detector reading it so too."""
    text = document.sentence_text(index)
    hinted = clearly_written_in(text, at_least=_OTHER_LANGUAGE_WORDS, distinct=True)
    if hinted is not None:
        sentence_words = document.words[index]
        held = sum(map(function_words(hinted).__contains__, sentence_words))
        if held < _QUOTED_FUNCTION_WORD_SHARE * len(sentence_words):
            return False
    else:
        lowered = text.lower()
        own = document.language in _OWN_LETTERS
        hinted = next(
            (
                language
                for language, letters in _OWN_LETTERS.items()
                if language != document.language
                and (own or language == "ru")
                and sum(map(lowered.count, letters)) >= 2
            ),
            None,
        )
    return hinted is not None and hinted != document.language and detect_language(text) == hinted


def _in_other_language(
    document: Document, features: np.ndarray, i: int, content_share: int, other_words: frozenset[str]
) -> bool:
    """Whether sentence ``i`` is in another language than the article's (:func:`candidate_pool`): its share of
    content words high (``content_share``, the column), and another listed language's by three of its
    function words (``other_words``, empty where the article's language has no list: then quoted in a
    language told by its script or its words, :func:`_quoting_another_language`)."""
    if features.item(i, content_share) < _OTHER_LANGUAGE_CONTENT_SHARE:
        return False
    if document.language in DETECTION_WORDS:
        return len(
            other_words.intersection(document.words[i])
        ) >= _OTHER_LANGUAGE_WORDS and _in_another_language(document, i)
    return _quoting_another_language(document, i)


def _going_with(document: Document, quoted: list[int], scored: int) -> list[int]:
    """The sentences of the paragraphs of ``quoted`` (sentences in another language) beside them, written in
    that language by the one function word a short sentence holds, and none of the article's: a tweet's
    "Only the AfD can save Germany." before its longer English sentence in a German story."""
    own = function_words(document.language)
    # A language with no function-word list: its sentence naming "The Star" holds none of its words and one
    # of English's, and is no English.
    if not own:
        return []
    going = []
    for i in quoted:
        # The quotation's language is read only for a neighbour holding none of the article's function
        # words: most hold some, and the read tokenizes the quotation again.
        language = None
        for j in (i - 1, i + 1):
            if (
                0 <= j < scored
                and "\n"
                not in document.text[document.sentences[min(i, j)].end : document.sentences[max(i, j)].start]
                and own.isdisjoint(document.words[j])
            ):
                if language is None:
                    language = clearly_written_in(
                        document.sentence_text(i), at_least=_OTHER_LANGUAGE_WORDS, distinct=True
                    )
                    if language is None:  # a sentence told by its letters, not its function words
                        break
                if clearly_written_in(document.sentence_text(j), at_least=1) == language:
                    going.append(j)
    return going


def opening_sentences(document: Document, features: np.ndarray, sentences: int) -> list[int]:
    """The indices of the first ``sentences`` sentences of ``document`` that read as the page's own prose,
    for a page that declares no news: passed over are the lines of a few words with no final stop (a
    post's "Chapter Text", a dateline's "BAAR, SWITZERLAND", a widget's count "102", a heading), the page's
    furniture worded as a sentence and its calls to the reader (:func:`_is_furniture_or_call`: a caption's
    credit, "#HealthyHydration #ad") and a sentence the page
    repeats (a caption under two pictures). Fewer where the page has fewer; its first sentences as they
    are where it has none."""
    unstopped_short = features[:, _NO_FINAL_STOP].astype(bool) & _short(document, features)
    opening: list[int] = []
    taken: set[str] = set()
    for i in range(len(features)):
        text = document.sentence_text(i)
        if unstopped_short[i] or text in taken or _is_furniture_or_call(text):
            continue
        opening.append(i)
        taken.add(text)
        if len(opening) == sentences:
            break
    return opening or list(range(min(sentences, len(document.sentences))))


def best_summary(
    reranker: np.ndarray,
    document: Document,
    features: np.ndarray,
    vectors: TermVectors,
    scores: np.ndarray,
    sentences: int,
) -> list[int]:
    """The indices, in article order, of the summary of ``sentences`` sentences ``reranker`` rates best.

    Ties go to the set of better-ranked sentences. An article with too few sentences for a pool gets the
    best-scoring ones.
    """
    pool = candidate_pool(document, features, scores, sentences)
    if len(pool) < sentences:
        return best_scoring(document, scores, sentences)
    if sentences == 1:
        if (lede := _lede(document, features, scores)) is not None:
            return [lede]
        return _reranked(reranker, document, features, vectors, scores, pool, sentences, None)
    chosen = _reranked(reranker, document, features, vectors, scores, pool, sentences, None)
    # A brief's summary holds its lede (:func:`_lede`), its one sentence of news: the reranker, trained on
    # CNN/DM's long articles, had summarized short wire stories by the figures under their ledes ("Brent
    # crude futures were down $1.12 ..." without "Oil prices fell on Wednesday after OPEC+ ..."). A lede is
    # the first sentence that ends on a stop, furniture aside: a summary that holds that one is left as it is
    # (most are, and the lede's own pool of a brief's sentences, 20 µs an article, is not drawn for them).
    # A long read's opening is held so too where the summary takes the sentences right after it.
    # The first such sentence is the flag column's first 0.0, its first minimum (one method call, where
    # np.flatnonzero's wrapper, a comparison and a search for every one cost some 10,000 instructions).
    unstopped = features[: len(document.sentences), _NO_FINAL_STOP]
    first_stated = int(unstopped.argmin())
    if unstopped.item(first_stated) != 0 or first_stated in chosen:
        return chosen
    lede = _lede(document, features, scores)
    if lede is None:
        lede = _long_read_opening(document, features, chosen, first_stated)
    if lede is None or lede in chosen:
        return chosen
    if lede not in pool:
        # Scored below the pool (G1's storm lede, second to last of its eight sentences), the lede joins it
        # last, where its score ranks it.
        pool = np.append(pool, lede)
    return _reranked(reranker, document, features, vectors, scores, pool, sentences, lede)


def _reranked(
    reranker: np.ndarray,
    document: Document,
    features: np.ndarray,
    vectors: TermVectors,
    scores: np.ndarray,
    pool: np.ndarray,
    sentences: int,
    lede: int | None,
) -> list[int]:
    """The indices, in article order, of the set of ``sentences`` sentences drawn from ``pool`` that
    ``reranker`` rates best, holding ``lede`` where it is given."""
    sets, candidates = candidate_features(document, features, vectors, scores, pool, sentences)
    rating = candidates @ reranker
    # The sets without the lede are barred where any holds it.
    without_lede = None
    if lede is not None and (holding := (sets == lede).any(axis=1)).any():
        without_lede = ~holding
    # A summary does not open with a sentence that leans on one left out ("He said...", "But the..."),
    # unless every set would; the article's own opening may (Lead-k opens so too). As a feature of the
    # sentence scorer this raised no ROUGE; as a rule it costs 0.1 ROUGE-1 on CNN/DM. A later sentence that
    # leans without its own predecessor in the set ("And it plays more titles ..." after a sentence the
    # article put between) costs its set _LEAN_PENALTY of the article's spread of ratings: that costs BBC
    # News Summary 0.16 ROUGE-1 (0.19 as a rule), whose references keep such sentences without what they
    # lean on. A sentence that opens inside a quotation begun in the sentence before it leans too: alone it
    # closes a quotation it never opened ("I'm just tired so maybe I just wanted to get the job done.\"").
    # The pool is a few sentences: each is read once; the quotations are read up to the end of the last of
    # them, where the rest of a long article's marks had cost the scan most of its time.
    # Its indices read as a list once (ndarray.max goes through numpy's Python wrapper and a reduction).
    pool_indices = pool.tolist()
    last = max(pool_indices)
    quoting = continues_quotation(
        document.text[: document.sentences[last].end], document.sentences[: last + 1]
    )
    leaning = {
        i
        for i in pool_indices
        if i > 0 and (quoting[i] or opens_unresolved(document.words[i], document.language))
    }
    # Most articles have no such sentence in the pool: no array is made and read for nothing.
    if not leaning:
        return sorted(sets[_best_rated(rating, without_lede)].tolist())
    lean = np.zeros(len(features), dtype=bool)
    lean[list(leaning)] = True
    opening_leans = lean[sets.min(axis=1)]
    barred = None if opening_leans.all() else opening_leans
    if without_lede is not None and not (barred is not None and (barred | without_lede).all()):
        barred = without_lede if barred is None else barred | without_lede
    chosen = _best_rated(rating, barred)
    # The penalty only lowers sets: where the best set holds no leaning sentence without its predecessor,
    # it stays the best, and the penalties of the others need not be reckoned.
    members = sets[chosen].tolist()
    if any(i in leaning and i - 1 not in members for i in members):
        # Whether each member's predecessor is in its set: a set is a few sentences, compared all at once.
        follows = ((sets[:, :, None] - 1) == sets[:, None, :]).any(axis=2)
        rating = rating - _LEAN_PENALTY * rating.std() * (lean[sets] & ~follows).any(axis=1)
        chosen = _best_rated(rating, barred)
    return sorted(sets[chosen].tolist())


def _best_rated(rating: np.ndarray, barred: np.ndarray | None) -> int:
    """The index of the best-rated set, none of the ``barred`` ones."""
    if barred is not None:
        rating = rating.copy()
        rating[barred] = -np.inf
    return int(rating.argmax())


def _lede(document: Document, features: np.ndarray, scores: np.ndarray) -> int | None:
    """The lede of a brief (:data:`BRIEF_SENTENCES` sentences that state at most: a headline left in the body,
    a list's item labels and questions, "Got a story?" among them, are not counted: none tells news, so none
    makes the story longer than a brief; a listicle's TL;DR had been its first item, a tabloid's the
    actress's age over her quitting, at thirteen and nine sentences), the one sentence that stands for
    it: the first of its pool's sentences (drawn for them all), where no sentence before it ends on a stop
    (a headline, a kicker may), unless it is a question, opens on a quotation or is mostly one, or leans on a sentence
    before it ("It will ...": a headline's, or a brief's first line left out). Trained on CNN/DM's articles
    of thirty sentences, the scorer and the reranker read a brief's later sentences as its best: a court
    report's TL;DR had been "The court heard that ...", a match report's the equaliser, an earnings
    story's "Consolidated net profit ... rose to Rs 19,641 crore ..." under the lede that named the
    company. A lede that sets a scene, tells an anecdote, warns or opens a column (shorter than
    :data:`_LEDE_WORDS`, or in the first person) leaves the choice to them: "The crowd fell silent as the
    coffin passed." had been a funeral's TL;DR over "Thousands lined the streets of Belfast ..."."""
    if len(features) < len(document.sentences) or (
        np.count_nonzero((features[:, _NO_FINAL_STOP] == 0) & (features[:, _QUESTION] == 0)) > BRIEF_SENTENCES
    ):
        return None
    # Drawn for every sentence (the pool of a one-sentence budget holds the best four, not the lede the
    # scorer ranks below them), its kinds set aside while one other is left, as for one sentence.
    pool = candidate_pool(document, features, scores, BRIEF_SENTENCES, enough=1)
    # None eligible ("No. Yes. Maybe.": too short, or only questions): a budget in words, whose own pool
    # keeps short sentences, asks for a lede there too.
    if not len(pool):
        return None
    lede = int(pool.min())
    if (
        _opens_the_story(document, features, lede)
        and len(words := document.words[lede]) >= _LEDE_WORDS
        and not (document.language == "en" and _FIRST_PERSON.intersection(words))
    ):
        return lede
    return None


def _opens_the_story(document: Document, features: np.ndarray, index: int) -> bool:
    """Whether sentence ``index`` opens the story as a statement of its own: only headlines, kickers and page
    furniture above it, no question, no quotation, nothing it leans on ("It will ...")."""
    return (
        # Page furniture above the lede that ends on a stop (a content note, "This article contains
        # references to suicide.", an editor's note) is no sentence of the story before its lede: the brief's
        # TL;DR had been a later figure under it.
        all(
            unstopped or is_page_furniture(document.sentence_text(i))
            for i, unstopped in enumerate(features[:index, _NO_FINAL_STOP])
        )
        and not features[index, _QUESTION]
        and not opens_unresolved(document.words[index], document.language)
        and (opening := document.sentence_text(index))[:1] not in _QUOTE_MARKS
        and quoted_share(opening) < _QUOTED_LEDE
    )


def _long_read_opening(document: Document, features: np.ndarray, chosen: list[int], first: int) -> int | None:
    """The opening sentence ``first`` of a long read (:data:`LONG_READ_WORDS`) whose summary ``chosen``
    takes one of the sentences right after it but not it, where it opens the story (:func:`_opens_the_story`)
    in six words or more; else ``None``.

    A long page's opening paragraph introduces it, and its editors' description copies it: "Welcome to
    the new 16-inch MacBook Pro." had been left for the sentences after it ("We've spent the last several
    days taking the new Pro for a spin ..."), a newsroom's "We pushed out the first version of the Open
    Journalism site in January." for "Our goal is for the site to be ...". The reranker, trained on
    CNN/DM's highlights, which retell the lede rather than repeat it, passes such openings over; taking the
    sentences after one is the sign that the summary draws on the opening paragraph. Shorter articles
    are left to it: there the same rule cost CNN/DM 0.2 ROUGE-1 (docs/summarizers.md)."""
    if (
        not any(first + step in chosen for step in range(1, _OPENING_FOLLOWERS + 1))
        or document.article_words < LONG_READ_WORDS
    ):
        return None
    if features[first, _SHORT] or not _opens_the_story(document, features, first):
        return None
    return first


def within_words(document: Document, features: np.ndarray, scores: np.ndarray, budget: Budget) -> list[int]:
    """The indices, in article order, of the best-scoring sentences of the pool (:func:`candidate_pool`)
    within a budget in words, none leaning on one left out (:func:`standing_alone`); of all sentences
    only when the pool is empty (a headline alone). A pasted report's ``words=100`` had been its table of contents ("Court rejects $280bn tobacco case ..........
    29"), which scores high and has no final stop, and a brief's its headline run into its sentence.

    The pool is drawn for as many sentences as the budget in words could hold, one a word at most, so
    that a short sentence that fits is in it; its kinds set aside for lack of others (an explainer's
    questions, an interview's) are set aside while any other is left: an explainer's ``words=120`` had
    been "What is measles?" and "What are the symptoms?", and an interview's ``words=60`` "No.", an
    answer's first word, once its other sentences were too few to fill the budget at the article's mean
    length. A budget in words is an upper bound: a summary of fewer words, of sentences that stand alone,
    is the better one. A brief's lede (:func:`_lede`, the one sentence that stands for it) is taken
    first: a council's ``words=30`` had been the scheme's details ("The scheme, by developer Homes
    England, also includes ...") and the opponents', the two that scored best and fit, not the approval."""
    pool = candidate_pool(
        document, features, scores, min(len(document.sentences), budget.words), keep_short=True, enough=1
    )
    if not len(pool):
        return select_sentences(document, scores, budget)
    ranked = pool.tolist()
    # The lede first where it fits: taken first, one longer than the budget was the whole summary (an
    # earnings story's words=30 had been its 38-word lede where sentences within 30 words were left).
    if (lede := _lede(document, features, scores)) is not None and len(document.words[lede]) <= budget.words:
        ranked = [lede, *(i for i in ranked if i != lede)]

    def within_budget(ranked: list[int]) -> list[int]:
        # The others rank below the pool's and are left out after the selection: it is a budget's upper
        # bound.
        ranks = np.full(len(scores), -np.inf)
        ranks[ranked] = -np.arange(len(ranked), dtype=float)
        return [i for i in select_sentences(document, ranks, budget) if ranks[i] > -np.inf]

    return standing_alone(document, ranked, within_budget, keep_length=False)


def best_scoring(document: Document, scores: np.ndarray, sentences: int) -> list[int]:
    """The indices, in article order, of the ``sentences`` best-scoring sentences, for an article with too
    few for a pool (a brief, a notice), those that open leaning on one before them (pointing back, or
    inside a quotation it began) last: a correction notice's TL;DR had been "It will reopen in June.",
    without the bridge of the sentence before. Lines
    that end on a letter or a digit, with no mark at all (a headline, a heading, a byline), are left out
    when any sentence ends otherwise: a brief's summary had run its headline into its sentence ("Storm
    floods the coast Hundreds of homes were evacuated ...")."""
    quoting = continues_quotation(document.text, document.sentences)
    leaning = np.array(
        [
            i > 0 and (quoting[i] or opens_unresolved(words, document.language))
            for i, words in enumerate(document.words)
        ]
    )
    if leaning.any() and not leaning.all():
        # Below every other sentence, in their own order.
        scores = scores - leaning * (np.ptp(scores) + 1.0)
    marked = np.array([not document.sentence_text(i)[-1:].isalnum() for i in range(len(scores))])
    if marked.all() or not marked.any():
        return select_sentences(document, scores, Budget(sentences=sentences))
    chosen = select_sentences(document, np.where(marked, scores, -np.inf), Budget(sentences=sentences))
    return [i for i in chosen if marked[i]]


def candidate_pool(
    document: Document,
    features: np.ndarray,
    scores: np.ndarray,
    sentences: int,
    *,
    keep_short: bool = False,
    enough: int | None = None,
) -> np.ndarray:
    """The sentences summaries of ``sentences`` sentences are drawn from, best score first.

    They are what the shared selection picks for a larger budget, so none nearly repeats a better one, and
    no set drawn from them holds a near-duplicate either. Only scored sentences of six words or more that
    end with a final stop are eligible: headlines, bylines, captions and credits have no stop, greetings
    and prompts ("Good morning.", "Already a subscriber?") few words, and the reranker, which favours
    short summaries as ROUGE does, would otherwise take them for news sentences. Nor are the page's
    calls to its reader left in the text ("Click here for the full story.") or its furniture worded as a
    sentence (a time stamp, a photo caption, a sponsor's line), a roll of names (a team's line-up:
    :func:`is_roll_of_names`) or a headline in title case (:func:`is_title_cased`), rare, so checked on
    the pool alone; nor,
    unless the article has too few other sentences, the cells of a data table, out of their row ("4
    tackles, 1 assist."), the interviewer's turns in an interview or a transcript ("Q: Why did York
    flood?", "REPORTER: Prime minister, how long ...?"), which ask rather than tell, and the first sentence
    of the reply, which answers what is left out ("By selling buildings ...", a line of dialogue's "—
    Прежде всего из-за зарплат." after "— Почему ...?"), a social media post
    embedded above its attribution ("— NASA (@NASA) March 18, 2025"), someone's words without it, a
    question that is a paragraph of its own (an explainer's subheading "How much will bills go up?",
    answered by the paragraph under it; not one its own words report, "He asked: “Why now?”"), a
    fact-check's line labelled as the claim it checks ("Claim:
    Drinking water cures ...", "Behauptung:", "Affirmation :"), which states what is false, a sentence holding one end of a quotation of several in « » or „
    (:func:`_unclosed_quotations`), or a sentence that carries a footnote marker ("trade,[217]") or is a line of a
    reference list ("^ "The Girl Who Leapt Through Time" ."), which read as broken in a summary.

    With ``keep_short`` (a budget the reranker does not rate) sentences of fewer than six words are
    eligible too: a long summary's "He never wept." is news, and barring them took 0.5 ROUGE-1 from
    ``length="long"`` on CNN/DM. ``enough``: how many other sentences must be left for a kind to be set
    aside (``sentences`` unless given; a budget in words asks for a larger pool than it fills).
    """
    # The flag columns hold 0.0 or 1.0: cast to bool, a copy, where a comparison was a ufunc call of some
    # thousands of instructions.
    barred = features[:, _NO_FINAL_STOP].astype(bool)
    if not keep_short:
        short = _short(document, features)
        # An easy-language edition's lede, a short sentence in a text of them (MDR's "In Sachsen fehlen viele
        # Lehrer."): the pool had held its longer sentences after it, and no summary the story's news.
        if short[0] and _written_short(document, len(features)):
            short[0] = False
        barred |= short
    scored = len(features)
    turns = speaker_turns(document.text)
    citing = _citing(document, scored)
    if citing is not None:
        # A footnoted sentence ends on its marker, its stop before it ("opened.[1]"): set aside as citing,
        # not barred, it comes back where too few others are left (a page of them had been summarized by
        # its table's labels, "Length Piers 4").
        for i in np.flatnonzero(citing & barred[:scored]).tolist():
            barred[i] = not _stop_before_footnotes(document.sentence_text(i))
    kinds = (
        _in_data_tables(document, scored),
        _asked(document, scored, turns),
        _replying(document, scored, turns),
        _within(document, scored, _dialogue_replies(document.text)),
        _within(document, scored, embedded_posts(document.text)),
        _lone_questions(document, features),
        _claims(document, scored),
        citing,
        _unclosed_quotations(document, scored),
        _within(document, scored, second_language_paragraphs(document.text, document.language)),
    )
    # Most articles have none of these kinds (each is None then): their loop below counts nothing.
    set_asides = [kind for kind in kinds if kind is not None and kind.any()]
    needed = sentences if enough is None else enough
    # Made at the first furniture found (most articles have none): no array to make and add for nothing.
    furniture = None
    other_language = None
    # A sentence in another language holds few of the article's stopwords: its share of content words is
    # high (a quotation's 0.77 to 1.0, where 6% of CNN/DM's sentences reach 0.7). Read for the pool's few
    # sentences one at a time: a comparison over the whole column, a ufunc call, had cost CNN/DM's articles
    # some 3,700 instructions. The function words are counted for those 6% alone.
    listed = document.language in DETECTION_WORDS
    content_share = _COLUMN["content_share"] if listed or document.language in _UNLISTED_CHECKED else None
    # clearly_written_in reads a sentence as another language by three different words of that language's
    # list: one holding fewer than three different words of the other languages' lists is none, told by a
    # set's intersection in C with its words (Document.words, the words the count would make again), where
    # the count tokenized it and looked up each word (0.2 sentences an article: 4,700 of the check's 16,000
    # instructions on CNN/DM, 10,200 on XSum; the rest is the loop's reads of the pool's shares).
    other_words = other_languages_function_words(document.language) if listed else frozenset()
    while True:
        # Each kind is set aside on its own, while enough others are left (the furniture found so far
        # not counted): a page of footnoted sentences still keeps its tables' cells out, and a podcast
        # whose credits went keeps its host's questions in rather than fall back on every sentence.
        held = barred if furniture is None else barred | furniture
        for set_aside in set_asides:
            if np.count_nonzero(~held & ~set_aside) >= needed:
                held = held | set_aside
        if scored == len(scores):  # every sentence scored: nearly every article
            # A copy with the held ones set, where np.where was a call of some thousands of instructions.
            eligible = scores.copy()
            eligible[held] = -np.inf
        else:
            eligible = np.full(len(scores), -np.inf)
            eligible[:scored] = np.where(held, -np.inf, scores[:scored])
        # The pool is a few sentences: read in Python, not through arrays made for them, each score as a
        # Python float (.item), where an index made a numpy scalar and its comparison went through numpy's
        # scalar arithmetic (some 450 instructions more a sentence; the same value, the same comparison).
        pool = [
            i
            for i in select_sentences(document, eligible, sentence_budget(sentences + POOL_EXTRA))
            if eligible.item(i) > -np.inf
        ]
        calls = [i for i in pool if _never_summarized(document, i)]
        # A sentence in another language than the article's (a quotation's, a tweet's) is set aside like
        # the kinds above, once, while enough others are left: a Spanish story's summary had been its
        # English paragraph from Brussels, an English one's the German words of Scholz's quotation.
        quoted = []
        if content_share is not None:
            for i in pool:
                if (other_language is None or not other_language[i]) and _in_other_language(
                    document, features, i, content_share, other_words
                ):
                    quoted.append(i)
        if quoted:
            if other_language is None:
                other_language = np.zeros(scored, dtype=bool)
                set_asides.append(other_language)
            other_language[quoted] = True
            # The selection passes over a quotation's near-repeats while it is eligible, and one came into
            # each pool, a selection each (a Swahili story quoting the same English 1,000 times: 6.3 s):
            # those of the quotation's language too are set aside with it, asked among the sentences whose
            # share of content words a quotation's reaches.
            said = set().union(*(word_trigrams(document.words[i]) for i in quoted))
            unread = ~(held | other_language) & (features[:, content_share] >= _OTHER_LANGUAGE_CONTENT_SHARE)
            for j in np.flatnonzero(unread).tolist():
                if repeats(word_trigrams(document.words[j]), said) and _in_other_language(
                    document, features, j, content_share, other_words
                ):
                    other_language[j] = True
                    quoted.append(j)
            other_language[_going_with(document, quoted, scored)] = True
            if not calls:
                continue
        if not calls:
            break
        if furniture is None:
            furniture = np.zeros(scored, dtype=bool)
        furniture[calls] = True
        # The selection passes over a call's repeats and near-repeats while the call is eligible ("Sign up
        # for our newsletter ..." 2,000 times, or numbered), and one came into each pool, a selection for
        # each (6.5 s, 8.4 numbered): those that are calls too are set aside with it.
        # A call of fewer than three words has no trigram: its repeats are told by their words, as the
        # selection tells them, where each had come into a pool of its own, a selection each (a Japanese
        # paper's "この記事の無断転載を禁じます。" 2,000 times in a line: 4.5 s).
        calls_trigrams = [word_trigrams(document.words[i]) for i in calls]
        called = set().union(*calls_trigrams)
        called_words = {
            " ".join(document.words[i]) for i, said in zip(calls, calls_trigrams, strict=True) if not said
        }
        for j in np.flatnonzero(~(held | furniture)).tolist():
            trigrams = word_trigrams(document.words[j])
            if (
                repeats(trigrams, called) if trigrams else " ".join(document.words[j]) in called_words
            ) and _never_summarized(document, j):
                furniture[j] = True
                calls.append(j)
        # What goes on from furniture in its paragraph and leans on it is the furniture's too: a
        # correction's "It is at Thurleigh." after "Correction: An earlier version of this article said
        # the site was in Twinwoods." had opened a summary in words. A repeat set aside with its call
        # takes its own with it, as it did when it came into a later pool.
        for i in calls:
            following = i + 1
            while (
                following < scored
                and "\n"
                not in document.text[
                    document.sentences[following - 1].end : document.sentences[following].start
                ]
                and opens_unresolved(document.words[following], document.language)
            ):
                furniture[following] = True
                following += 1
    # The selection returns article order: a stable sort keeps it among equal scores (and so does a
    # reversed one).
    return np.array(sorted(pool, key=scores.item, reverse=True), dtype=np.intp)


# A roll of names: at least this many items, each of at most this many words.
_ROLL_ITEMS = 4
_ROLL_NAME_WORDS = 3
# How far into a sentence the colon after a roll's label ("Harlow Town:", "Subs:") may stand.
_ROLL_LABEL_CHARACTERS = 40


def is_roll_of_names(text: str) -> bool:
    """Whether a sentence is a roll of names, a table's row written as prose: a team's line-up ("Harlow
    Town: Evans; Briggs, Ward, Hughes, Patel; Price, Murphy, Kane."), a squad or a cast list; four items
    or more parted by commas or semicolons after any label, each a name of one to three capitalised words
    (a bracketed note aside: "Walsh (for Doyle 70)"). A match report's summary had taken its line-up for
    news. A sentence that names people says something of them ("The victims were named as ...")."""
    # Counts in C first: nearly every sentence has too few commas and semicolons.
    if text.count(",") + text.count(";") < _ROLL_ITEMS - 1:
        return False
    colon = text.find(":", 0, _ROLL_LABEL_CHARACTERS)
    roll = text[colon + 1 :].rstrip(".") if colon >= 0 else text.rstrip(".")
    # The first item's opening, up to its first comma, semicolon or bracket, ends a sentence of news
    # ("The man, who ...") before the brackets and items are made (some 27,000 instructions): its words
    # open words of the first item, and the item has as many words or more.
    opening = roll.partition(",")[0].partition(";")[0].partition("(")[0].split()
    if len(opening) > _ROLL_NAME_WORDS or not all(word[0].isupper() for word in opening):
        return False
    # What follows each opening bracket up to its closing one goes: "Walsh (for Doyle 70)" is "Walsh".
    roll = "".join(piece.partition(")")[2] if k else piece for k, piece in enumerate(roll.split("(")))
    items = roll.replace(";", ",").split(",")
    return len(items) >= _ROLL_ITEMS and all(
        0 < len(words := item.split()) <= _ROLL_NAME_WORDS and all(word[0].isupper() for word in words)
        for item in items
    )


# The fewest words of a headline set in title case, and the short words English headlines leave in lower
# case ("Our Cities Are Running Out of Water.").
_TITLE_WORDS = 5
_TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs with".split())
_LOWER_CASE_WORD = re.compile(rf"(?<!\S)(?!(?:{'|'.join(sorted(_TITLE_SMALL_WORDS))})(?!\S))[a-z]")


def is_title_cased(text: str, language: str) -> bool:
    """Whether an English sentence is a headline set in title case, every word capitalised but the small
    ones ("Our Cities Are Running Out of Water."): an opinion page's headline ends with a stop, and a
    TL;DR had been it. A sentence of news leaves its verbs and most nouns in lower case; one set all in
    capitals (an article pasted so) is no headline for that."""
    # A word in lower case that is no small word is searched for in C first: nearly every sentence of
    # news has one early, and reading the pool's sentences word by word had cost a summary 1% of its
    # instructions.
    if language != "en" or _LOWER_CASE_WORD.search(text) or text.isupper():
        return False
    words = [word for word in text.split() if word[:1].isalpha()]
    return len(words) >= _TITLE_WORDS and not any(map(_in_lower_case, words))


def _in_lower_case(word: str) -> bool:
    """Whether ``word`` opens in lower case and is not one of the small words a title leaves so."""
    first = word[:1]
    return first.isalpha() and not first.isupper() and word.casefold() not in _TITLE_SMALL_WORDS


def _in_data_tables(document: Document, scored: int) -> np.ndarray | None:
    """Which of the first ``scored`` sentences lie in a row of a data table (:func:`data_table_rows`)."""
    return _within(document, scored, data_table_rows(document.text))


def _asked(document: Document, scored: int, turns: list[Turn]) -> np.ndarray | None:
    """Which of the first ``scored`` sentences lie in a turn of the one asking in an interview or a
    transcript (``turns``, :func:`speaker_turns`)."""
    return _within(document, scored, [(turn.start, turn.end) for turn in turns if turn.asks])


def _replying(document: Document, scored: int, turns: list[Turn]) -> np.ndarray | None:
    """Which of the first ``scored`` sentences open the reply to a question in an interview or a
    transcript: an answer's first sentence answers what a summary leaves out ("By selling buildings the
    council no longer needs.", "Because I was working ninety hours a week ...", "Vor allem die Politik
    ..."), and so does a later one of the reply that leans on the one before it (:func:`opens_unresolved`):
    a chancellor's interview had been summarized by "That is why we will not raise income tax ...", which
    read as said of the summary's sentence before it, not of the answer's."""
    replies = [turn for previous, turn in pairwise(turns) if previous.asks and not turn.asks]
    opening = _within(document, scored, [(turn.label_end, turn.label_end + 1) for turn in replies])
    if opening is None:
        return None
    inside = _within(document, scored, [(turn.label_end, turn.end) for turn in replies])
    for i in np.flatnonzero(inside & ~opening).tolist():
        opening[i] = opens_unresolved(document.words[i], document.language)
    return opening


# The dashes that open a line of dialogue, as Russian, Ukrainian and Polish interviews write their turns.
_DIALOGUE_DASHES = "—–"


def _dialogue_replies(text: str) -> list[tuple[int, int]]:
    """Where the replies to an interview's questions written as dialogue start, as (start, start + 1)
    offsets: the line after a line of dialogue that asks ("— Почему молодые уходят из науки?"), when it
    is a line of dialogue too. Its first sentence answers what a summary leaves out ("— Прежде всего из-за
    зарплат.", "— Около 40%, т. е. ...")."""
    # Substring tests in C spare nearly every article the loop, the one-character tests first (a memchr,
    # where a search for two characters reads every character at several instructions each): text of one
    # line (most of CNN/DM's) has no "?\n" to search for.
    if "?" not in text or "\n" not in text or "?\n" not in text:
        return []
    replies = []
    asked = False
    offset = 0
    for line in text.split("\n"):
        content = line.strip()
        if content:
            dialogue = content[0] in _DIALOGUE_DASHES
            if asked and dialogue:
                start = offset + line.index(content[0]) + 1
                while text[start].isspace():
                    start += 1
                replies.append((start, start + 1))
            asked = dialogue and content.endswith("?")
        offset += len(line) + 1
    return replies


def _lone_questions(document: Document, features: np.ndarray) -> np.ndarray | None:
    """Which scored sentences are questions that make up a line of their own (white space and a bullet or
    a dialogue's dash aside), other than those the line's own words report ("He asked: “Why now?”");
    ``None`` for text of one line or without questions."""
    text = document.text
    if "\n" not in text:  # one line (most of CNN/DM's text): no question stands alone on it
        return None
    questions = features[:, _QUESTION].nonzero()[0].tolist()
    if not questions:  # most articles: no array is made and read for nothing
        return None
    lone = np.zeros(len(features), dtype=bool)
    for i in questions:
        span = document.sentences[i]
        # A question its own words report, closing a quotation they open ("He asked: “Why now?”"), tells
        # who asked: a line of the story, no subheading. A mark that closes nothing opened in the sentence
        # (a page's stray one: 'than a toilet?"') reports nobody.
        if (
            text[span.end - 1] in _QUOTE_MARKS
            and text[span.start] not in _QUOTE_MARKS
            and any(mark in text[span.start + 1 : span.end - 1] for mark in _QUOTE_MARKS)
        ):
            continue
        # Only the few characters beside the sentence are read: a line of more is no lone question.
        before = text[max(0, span.start - _LINE_MARGIN) : span.start]
        after = text[span.end : span.end + _LINE_MARGIN]
        # A bullet or a dialogue's dash may open the line: an interviewer's "— Почему молодые уходят?".
        opening = before.rpartition("\n")[2].strip().lstrip(BULLETS).strip()
        lone[i] = (span.start <= _LINE_MARGIN or "\n" in before) and not opening
        lone[i] &= (len(after) < _LINE_MARGIN or "\n" in after) and not after.partition("\n")[0].strip()
    return lone


def _claims(document: Document, scored: int) -> np.ndarray | None:
    """Which of the first ``scored`` sentences lie in a line that a fact-check labels as the claim it
    checks (:data:`_CLAIM_LABEL`)."""
    # Only a line with a colon can hold the label: found from colon to colon with str.find in C, each such
    # line matched once (a match tried at every line had cost a BBC article's summary 2% of its
    # instructions, its paragraphs a line each and parted by blank ones).
    text = document.text
    spans = []
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        end = text.find("\n", colon)
        line_end = len(text) if end < 0 else end
        if _CLAIM_LABEL.match(text, start, line_end):
            spans.append((start, line_end))
        colon = text.find(":", line_end)
    return _within(document, scored, spans)


# The fewest characters of a paragraph whose language tells a bilingual page's version: a credit line
# ("Reporting by Jane Doe; Editing by Tom Hogue"), a sign-off or a greeting ("Kia ora koutou.") is read
# unreliably, and by the classifier, some hundreds of microseconds where a paragraph of prose is read by its
# function words in a few.
_VERSION_MIN_CHARACTERS = 60
# The most paragraphs of a bilingual page read: a release in two languages is short, and a text of thousands of
# paragraphs, each detected, had taken seconds.
_BILINGUAL_MAX_PARAGRAPHS = 200


def second_language_paragraphs(text: str, language: str = "") -> list[tuple[int, int]]:
    """The spans of a bilingual page's paragraphs in its second language: those in another language than
    its first paragraph's, where its last paragraph is in another (Cyngor Gwynedd's story in Welsh, then in
    English; Waatea News's, a paragraph in each by turns). A summary of three sentences had said the news
    again in the second language: the page's two versions read as one text, their sentences each other's
    near-repeats in no words. The first and last paragraphs read are of :data:`_VERSION_MIN_CHARACTERS` or
    more, and open on no quotation mark: a story quoting someone in another language (The Local France's
    English story of a strike, opening on a union leader's French) had had its own paragraphs set aside, and
    its summary been the quotations. ``language``, the whole text's, where given, spares most texts all but
    a few searches: where the first and last paragraphs each hold one of its commonest words (English's "the",
    "and", "that", ...), they are in one language."""
    # A text of one paragraph (every article of CNN/DM's) has no second version: a character's search runs
    # some hundred times faster than the break's two ("\n\n", some 45 µs a 4,000-character text).
    if "\n" not in text:
        return []
    # The commonest words' searches in C, some microseconds: the paragraphs' spans, read in Python, and their
    # function words had cost XSum's articles 25 µs each, 2% of their summaries' time.
    commonest = _COMMONEST_WORDS.get(language)
    if commonest is not None and (first_break := text.find("\n\n")) != -1:
        opening, closing = text[:first_break], text[text.rfind("\n\n") + 2 :]
        if any(map(opening.__contains__, commonest)) and any(map(closing.__contains__, commonest)):
            return []
    spans = []
    start = 0
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end == -1 else end
        spans.append((start, end))
        start = end + 2
    versions = [
        (start, end)
        for start, end in spans
        if end - start >= _VERSION_MIN_CHARACTERS and text[start] not in _QUOTE_MARKS
    ]
    if not 2 <= len(versions) <= _BILINGUAL_MAX_PARAGRAPHS:
        return []
    # The opening and the close are read in the first and last paragraphs written as prose: a match report's
    # closing line-ups ("Widnes: Hanbury, Owens, Phelps, ...") had read as Welsh, and every paragraph of the
    # English story been detected again in search of a second version.
    openings = list(islice((span for span in versions if _written_as_prose(text[slice(*span)])), 2))
    closings = list(islice((span for span in reversed(versions) if _written_as_prose(text[slice(*span)])), 2))
    if not openings or not closings or openings[0] == closings[0]:
        return []
    opening, closing = openings[0], closings[0]
    # Function words next, counted in a few microseconds where detection reads a paragraph of news by the
    # classifier in hundreds: an opening and a close clearly in one language (nearly every text) are no two
    # versions, and their detections had cost XSum's articles 13% of their instructions. A short paragraph
    # ("He is available for Saturday's game.") says too little by its function words: the one beside it
    # speaks for it.
    first_clearly = _clearly_written_in_one_of(text, openings)
    if first_clearly is not None and _clearly_written_in_one_of(text, closings) == first_clearly:
        return []
    first = detect_language(text[slice(*opening)])
    if detect_language(text[slice(*closing)]) == first:
        return []
    return [
        (start, end)
        for start, end in spans
        if start > opening[0]
        and text[start] not in _QUOTE_MARKS
        and detect_language(text[start:end]) != first
    ]


# Each language's twenty commonest words of three letters or more (those detection counts first), with the
# spaces around them: one in a paragraph tells its language for :func:`second_language_paragraphs`. Not the
# shorter ones: Maori writes "to", Welsh "a" and "i".
_COMMONEST_WORDS = {
    language: tuple(islice((f" {word} " for word in listed.split() if len(word) >= 3), 20))
    for language, listed in DETECTION_WORDS.items()
}


def _clearly_written_in_one_of(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The language the first of ``spans`` of ``text`` that its function words tell is clearly written in
    (:func:`~nutgraf.language.clearly_written_in`), ``None`` where none is."""
    for start, end in spans:
        if (language := clearly_written_in(text[start:end])) is not None:
            return language
    return None


def _written_as_prose(paragraph: str) -> bool:
    """Whether most of ``paragraph``'s words open in lower case (or in a script without case), as a
    paragraph of prose's do in every cased language (German's nouns included), where a list of names, a
    line-up or a credit line opens nearly every word on a capital."""
    words = paragraph.split()
    return 2 * sum(map(str.isupper, map(itemgetter(0), words))) < len(words)


def _within(document: Document, scored: int, spans: list[tuple[int, int]]) -> np.ndarray | None:
    """Which of the first ``scored`` sentences start inside one of ``spans`` (in order, not overlapping);
    ``None`` where there are no spans (most articles: no array is made and read for nothing)."""
    if not spans:
        return None
    bounds = np.array(spans, dtype=np.intp)
    starts, _ = _sentence_bounds(document, scored)
    row = np.searchsorted(bounds[:, 0], starts, side="right") - 1
    return (row >= 0) & (starts < bounds[np.maximum(row, 0), 1])


def _sentence_bounds(document: Document, scored: int) -> tuple[np.ndarray, np.ndarray]:
    """The start and end offsets of the first ``scored`` sentences."""
    bounds = _sentence_bound_pairs(document, scored)
    return bounds[:scored], bounds[scored:]


def _sentence_bound_pairs(document: Document, scored: int) -> np.ndarray:
    """The start offsets of the first ``scored`` sentences, then their end offsets, in one array (one call
    makes it, and one addition offsets both)."""
    sentences = document.sentences[:scored]
    return np.fromiter(chain(map(_START, sentences), map(_END, sentences)), dtype=np.intp, count=2 * scored)


# The fewest words of an easy-language lede the pool takes, the most words of the median sentence of a text
# written in short sentences (an easy-language edition's: news is written longer, some twenty), and the most of
# the sentence after its lede.
_EASY_LEDE_WORDS = 5
_EASY_LANGUAGE_MEDIAN_WORDS = 8
_EASY_LANGUAGE_SECOND_MAX_WORDS = 10


def _written_short(document: Document, scored: int) -> bool:
    """Whether ``document`` opens on a sentence of :data:`_EASY_LEDE_WORDS` words or more in a text whose
    median scored sentence is of :data:`_EASY_LANGUAGE_MEDIAN_WORDS` words at most: an easy-language edition,
    whose lede is as short as its other sentences. Asked only where the first sentence is short. News written
    in short sentences (a tabloid's, a wire brief's) opens on a line of scene or a teaser ("Police said
    nothing on Monday.", "Here are the market numbers.") and says its news in the longer sentence after it
    (:data:`_EASY_LANGUAGE_SECOND_MAX_WORDS`), which an easy-language edition's is not: the opening had been
    the summary's first sentence."""
    if len(document.words[0]) < _EASY_LEDE_WORDS or (
        scored > 1 and len(document.words[1]) > _EASY_LANGUAGE_SECOND_MAX_WORDS
    ):
        return False
    lengths = sorted(len(words) for words in document.words[:scored])
    return lengths[len(lengths) // 2] <= _EASY_LANGUAGE_MEDIAN_WORDS


def _short(document: Document, features: np.ndarray) -> np.ndarray:
    """Which scored sentences are too short for the pool: under six words, or in Chinese and Japanese,
    written without spaces, under :data:`_SHORT_CHARACTERS` characters. The sentence feature counts a
    Chinese sentence of twenty characters as one word: nearly every sentence of such a page was too short,
    the pool came up empty and the summary took the best-scoring sentences, headings and captions too."""
    if document.language not in CHARACTER_COUNTED:
        return features[:, _SHORT].astype(bool)  # a flag column, 0.0 or 1.0 (see candidate_pool)
    # count_words' units, counted up to the bar as they are found: its list of a sentence's characters
    # took 500 MB for 6.5 million that no sentence end divides.
    units, text = WORD_UNIT.finditer, document.text
    counts = [
        sum(1 for _ in islice(units(text, span.start, span.end), _SHORT_CHARACTERS))
        for span in document.sentences[: len(features)]
    ]
    return np.array(counts) < _SHORT_CHARACTERS


def _citing(document: Document, scored: int) -> np.ndarray | None:
    """Which of the first ``scored`` sentences hold a footnote marker or open a reference list's line;
    ``None`` where the text has none."""
    # Substring tests in C spare nearly every news article the scan (93 of CNN/DM's first 100 have neither).
    if "[" not in document.text and "^" not in document.text:
        return None
    marks = np.fromiter((m.start() for m in _CITATION.finditer(document.text)), dtype=np.intp)
    if not len(marks):
        return None
    starts, ends = _sentence_bounds(document, scored)
    # The first mark at or after each sentence's start lies in it when before its end.
    first = np.searchsorted(marks, starts)
    return (first < len(marks)) & (marks[np.minimum(first, len(marks) - 1)] < ends)


def _stop_before_footnotes(sentence: str) -> bool:
    """Whether a sentence ends with a final stop before its footnote markers ("opened.[1][2]")."""
    text = sentence.rstrip()
    while text.endswith("]") and "[" in text:
        text = text[: text.rindex("[")].rstrip()
    return text.rstrip(_CLOSING_MARKS)[-1:] in _FINAL_STOPS


def _unclosed_quotations(document: Document, scored: int) -> np.ndarray | None:
    """Which of the first ``scored`` sentences hold one end of a quotation of several sentences in the
    marks of other languages than English: more « than » or the other way («Perché è la cosa più
    familiare e più misteriosa che abbiamo.), or „ left open. Alone in a summary their quotation opens or
    closes on nothing. English marks are not read: “ opens an English quotation and closes a German one,
    and a straight " either."""
    text = document.text
    # Substring tests in C spare every English article the loop.
    if "«" not in text and "»" not in text and "„" not in text:
        return None
    unclosed = np.zeros(scored, dtype=bool)
    for i in range(scored):
        sentence = document.sentence_text(i)
        low, high = sentence.count("«"), sentence.count("»")
        opened = sentence.count("„")
        unclosed[i] = low != high or opened > sentence.count("“") + sentence.count("”")
    return unclosed


@cache
def _sets(pool: int, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Every set of ``size`` of ``pool`` ranks (better-ranked sets first): as rows of ranks and as 0/1
    rows over the pool."""
    ranks = np.array(list(combinations(range(pool), size)), dtype=np.intp).reshape(-1, size)
    member = np.zeros((len(ranks), pool))
    np.put_along_axis(member, ranks, 1.0, axis=1)
    return ranks, member


def candidate_features(
    document: Document,
    features: np.ndarray,
    vectors: TermVectors,
    scores: np.ndarray,
    pool: np.ndarray,
    sentences: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Every summary of ``sentences`` sentences drawn from ``pool``, and its features.

    Returns the summaries as rows of sentence indices and their feature matrix (one column per
    :data:`CANDIDATE_FEATURES`). What adds up over a set's sentences is summed by one product of the sets'
    0/1 rows with a matrix of the pool's sentences. The cosines of the whole summary to the article and
    to its opening are what a sentence scorer cannot see (without them the reranker gains nothing): the
    set's TF-IDF vector is the sum of its sentences', so its norm comes from the pool's Gram matrix.
    """
    size = min(sentences, len(pool))
    ranks, member = _sets(len(pool), size)
    # The entries of sentences outside the pool go to one row past the pool's, left out of the product:
    # fewer calls than picking the pool's entries out (a sentence's terms are distinct, so no pool row is
    # written twice).
    # Made empty and filled: np.full is Python code around an array made of the fill value and a copy.
    place = np.empty(len(features), dtype=np.intp)
    place.fill(len(pool))
    place[pool] = np.arange(len(pool))
    tfidf = np.zeros((len(pool) + 1, vectors.size))
    tfidf[place[vectors.rows], vectors.terms] = vectors.weights
    tfidf = tfidf[:-1]
    # A column, to divide the cosines' columns by.
    set_norm = np.sqrt(np.maximum(((member @ (tfidf @ tfidf.T)) * member).sum(axis=1, keepdims=True), 1e-12))
    # The columns are filled in place: np.column_stack is Python code around the same copies.
    summed = np.empty((len(pool), 2 + features.shape[1]))
    summed[:, 0] = scores[pool]
    summed[:, 1] = [len(document.words[i]) for i in pool.tolist()]
    summed[:, 2:] = features[pool]
    totals = member @ summed
    candidates = np.empty((len(totals), len(CANDIDATE_FEATURES)))
    candidates[:, :2] = totals[:, :2]
    # A sentence's cosine to the centroid (or the opening) is its unit TF-IDF vector's dot product with
    # the centroid's unit vector: summed over a set's sentences, it is the set vector's dot product.
    np.divide(totals[:, _SUMMED_COSINES], set_norm, out=candidates[:, 2:4])
    np.divide(totals[:, 2:], size, out=candidates[:, 4:])
    return pool[ranks], candidates
