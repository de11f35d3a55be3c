"""The default engine: a small learned sentence scorer over language-independent features.

Each sentence gets a vector of features that mean the same in every language and in cased or lower-cased
text: where it stands (absolute and relative position, paragraph), how long it is, how central it is
(TF-IDF cosine to the whole article, to its opening and to the title), how much it repeats earlier
sentences, and surface marks (quotes, digits, question marks, a missing final stop). A boosted ensemble of
small regression trees shipped in ``default_model.json`` turns the features into a score learnt to predict
whether the sentence belongs in the best extractive summary; the shared selection in
:mod:`nutgraf.engines.base` then picks the best within the budget. ``training/train_default.py`` rebuilds
the weights from the shared data; see ``docs/summarizers.md``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

from nutgraf.article import Document
from nutgraf.engines.base import ExtractiveSummarizer, register
from nutgraf.errors import SummarizerUnavailableError

MODEL_FILE = "default_model.json"
#: Sentences past this index are not scored (news articles end long before it); they rank last.
MAX_SCORED_SENTENCES = 2000
# How many opening sentences stand for "the lead" the other sentences are compared with.
_LEAD_SENTENCES = 3

# Character classes by code point (a lookup table over the code points up to the last quotation mark).
_QUOTE_MARKS = '"“”„«»‘’‚‹›'
_CLASS_TABLE_SIZE = max(map(ord, _QUOTE_MARKS)) + 2
_QUOTE, _DIGIT, _EXCLAMATION, _SPACE = 1, 2, 4, 8
_FINAL_STOPS = ".!?…。"
_CLOSING_MARKS = "\"”»’')]"

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
    "title_cosine",
    "max_cosine_before",
    "mean_term_spread",
    "quotes",
    "digits",
    "question",
    "exclamation",
    "no_final_stop",
    "colon_end",
    "paragraph_start",
    "paragraph_relative",
)


def sentence_features(document: Document) -> np.ndarray:
    """The feature matrix of ``document``: one row per scored sentence, one column per :data:`FEATURES`."""
    n = min(len(document.sentences), MAX_SCORED_SENTENCES)
    texts = [document.sentence_text(i) for i in range(n)]
    words = document.words[:n]
    tokens = document.tokens[:n]
    position = np.arange(n, dtype=float)
    columns: dict[str, np.ndarray] = {}
    for k, name in enumerate(("first", "second", "third", "fourth", "fifth")):
        columns[name] = (position == k).astype(float)
    columns["log_position"] = np.log1p(position)
    columns["relative_position"] = position / max(n - 1, 1)
    columns["log_sentences"] = np.full(n, np.log(n))

    word_counts = np.array([len(w) for w in words], dtype=float)
    token_counts = np.array([len(t) for t in tokens], dtype=float)
    columns["log_words"] = np.log1p(word_counts)
    columns["words_over_30"] = np.maximum(word_counts - 30, 0) / 10
    columns["short_under_6"] = (word_counts < 6).astype(float)
    columns["content_share"] = token_counts / np.maximum(word_counts, 1)

    columns.update(_similarity_features(tokens, document.title_tokens, n))

    starts = np.array([span.start for span in document.sentences[:n]])
    ends = np.array([span.end for span in document.sentences[:n]])
    quotes, digits, exclamations = _marks_per_sentence(document.text, starts, ends)
    columns["quotes"] = np.minimum(quotes, 4)
    columns["digits"] = digits > 0
    columns["question"] = np.array([t.rstrip("\"”»’' ").endswith("?") for t in texts], dtype=float)
    columns["exclamation"] = exclamations > 0
    columns["no_final_stop"] = np.array([not _ends_with_stop(t) for t in texts], dtype=float)
    columns["colon_end"] = np.array([t.endswith(":") for t in texts], dtype=float)
    columns.update(_paragraph_features(document, n))
    return np.column_stack([columns[name] for name in FEATURES])


def _ends_with_stop(sentence: str) -> bool:
    # Tested on the last characters: a regex anchored at the end would scan the whole sentence.
    stripped = sentence.rstrip(_CLOSING_MARKS)
    return bool(stripped) and stripped[-1] in _FINAL_STOPS


@cache
def _class_table() -> np.ndarray:
    table = np.zeros(_CLASS_TABLE_SIZE, dtype=np.uint8)
    table[[ord(c) for c in _QUOTE_MARKS]] = _QUOTE
    table[ord("0") : ord("9") + 1] = _DIGIT
    table[ord("!")] = _EXCLAMATION
    table[[ord(c) for c in " \t\n\r\f\v\u00a0"]] = _SPACE
    return table


def _marks_per_sentence(
    text: str, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per sentence, how many quotation marks, ASCII digits and exclamation marks it holds.

    An apostrophe counts as a quotation mark next to white space or the text's edge, not inside a word.
    Computed on the text's code points at once rather than sentence by sentence.
    """
    codes = np.frombuffer(text[: ends[-1]].encode("utf-32-le"), dtype=np.uint32)
    classes = _class_table()[np.minimum(codes, _CLASS_TABLE_SIZE - 1)]
    spaced = np.concatenate(([True], (classes & _SPACE) > 0, [True]))
    apostrophe_quote = (codes == ord("'")) & (spaced[:-2] | spaced[2:])

    def per_sentence(mask: np.ndarray) -> np.ndarray:
        # The marks are few: counting them by position beats a running sum over every character.
        positions = np.flatnonzero(mask)
        return (np.searchsorted(positions, ends) - np.searchsorted(positions, starts)).astype(float)

    return (
        per_sentence(((classes & _QUOTE) > 0) | apostrophe_quote),
        per_sentence((classes & _DIGIT) > 0),
        per_sentence((classes & _EXCLAMATION) > 0),
    )


def _similarity_features(tokens: list[list[str]], title_tokens: list[str], n: int) -> dict[str, np.ndarray]:
    """Centrality and novelty of each sentence from sparse TF-IDF vectors (no n x vocabulary matrix)."""
    vocabulary: dict[str, int] = {}
    ids = np.array(
        [vocabulary.setdefault(t, len(vocabulary)) for sent in tokens for t in sent], dtype=np.intp
    )
    rows = np.repeat(np.arange(n), [len(sent) for sent in tokens])
    size = max(len(vocabulary), 1)
    # Per (sentence, term) pair: its count, then its TF-IDF weight, normalised per sentence.
    pair = np.unique(rows * size + ids, return_counts=True)
    pair_rows, pair_terms, pair_counts = pair[0] // size, pair[0] % size, pair[1].astype(float)
    sentence_frequency = np.bincount(pair_terms, minlength=size).astype(float)
    idf = np.log((1 + n) / (1 + sentence_frequency)) + 1.0
    weights = pair_counts * idf[pair_terms]
    norms = np.sqrt(np.bincount(pair_rows, weights=weights**2, minlength=n))
    weights /= np.maximum(norms[pair_rows], 1e-12)

    def cosine_to(vector: np.ndarray) -> np.ndarray:
        norm = np.sqrt(vector @ vector)
        if norm == 0:
            return np.zeros(n)
        return np.bincount(pair_rows, weights=weights * vector[pair_terms] / norm, minlength=n)

    centroid = np.bincount(pair_terms, weights=weights, minlength=size)
    centroid_cosine = cosine_to(centroid)
    lead = pair_rows < _LEAD_SENTENCES
    lead_vector = np.bincount(pair_terms[lead], weights=weights[lead], minlength=size)
    title = np.zeros(size)
    for token in title_tokens:
        if token in vocabulary:
            title[vocabulary[token]] += 1.0
    rank = np.empty(n)
    rank[np.argsort(-centroid_cosine, kind="stable")] = np.arange(n)
    spread = np.bincount(pair_rows, weights=sentence_frequency[pair_terms] / n, minlength=n)
    return {
        "centroid_cosine": centroid_cosine,
        "centroid_rank": np.log1p(rank),
        "lead_cosine": cosine_to(lead_vector),
        "title_cosine": cosine_to(title * idf),
        "max_cosine_before": _max_cosine_before(pair_rows, pair_terms, weights, n),
        "mean_term_spread": spread / np.maximum(np.bincount(pair_rows, minlength=n), 1),
    }


def _max_cosine_before(
    rows: np.ndarray, terms: np.ndarray, weights: np.ndarray, n: int, window: int = 400
) -> np.ndarray:
    """Per sentence, its highest cosine similarity to an earlier one (among the first ``window``).

    Only sentence pairs that share a term have a non-zero cosine, so the products are formed per term
    (a small dense matrix product costs more here, in BLAS start-up, than this whole function).
    """
    keep = rows < window
    order = np.argsort(terms[keep], kind="stable")
    rows, terms, weights = rows[keep][order], terms[keep][order], weights[keep][order]
    # For each entry, how many later entries share its term: it pairs with each of them.
    entry = np.arange(len(terms))
    group_end = np.searchsorted(terms, terms, side="right")
    later = group_end - entry - 1
    first = np.repeat(entry, later)
    second = np.arange(len(first)) - np.repeat(np.cumsum(later) - later, later) + first + 1
    pair = rows[second] * n + rows[first]
    unique_pairs, inverse = np.unique(pair, return_inverse=True)
    cosine = np.bincount(inverse, weights=weights[first] * weights[second])
    # The pairs are sorted by their later sentence: one maximum per run of equal later sentences.
    later_rows = unique_pairs // n
    run_starts = np.flatnonzero(np.diff(later_rows, prepend=-1))
    result = np.zeros(n)
    if len(run_starts):
        result[later_rows[run_starts]] = np.maximum.reduceat(cosine, run_starts)
    return result


def _paragraph_features(document: Document, n: int) -> dict[str, np.ndarray]:
    """Whether each sentence opens a paragraph, and its paragraph's place among the article's paragraphs."""
    text, spans = document.text, document.sentences[:n]
    opens = np.array(
        [True] + [text.find("\n", before.end, after.start) >= 0 for before, after in pairwise(spans)],
        dtype=float,
    )
    paragraph = np.cumsum(opens) - 1
    return {
        "paragraph_start": opens,
        "paragraph_relative": paragraph / max(paragraph[-1], 1),
    }


@cache
def load_model() -> dict[str, Any]:
    """The shipped model: a boosted ensemble of regression trees, as flat node arrays."""
    try:
        raw = resources.files("nutgraf.engines").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SummarizerUnavailableError(
            f"the default summarizer's weights ({MODEL_FILE}) are missing from the installed package; "
            "reinstall nutgraf or rebuild them with training/train_default.py"
        ) from None
    return compile_model(json.loads(raw))


def compile_model(model: dict[str, Any]) -> dict[str, Any]:
    """The arrays :func:`predict` walks, from the JSON form of the model (as training writes it)."""
    if tuple(model["features"]) != FEATURES:
        raise SummarizerUnavailableError(
            f"{MODEL_FILE} was trained on other features than this nutgraf computes; "
            "rebuild it with training/train_default.py"
        )
    return {
        "baseline": float(model["baseline"]),
        "depth": int(model["depth"]),
        "roots": np.asarray(model["roots"], dtype=np.intp),
        "feature": np.asarray(model["feature"], dtype=np.intp),
        "threshold": np.asarray(model["threshold"], dtype=float),
        # Node k's children at 2k (left: feature <= threshold) and 2k + 1 (right).
        "children": np.column_stack([model["left"], model["right"]]).astype(np.intp).ravel(),
        "value": np.asarray(model["value"], dtype=float),
    }


def predict(model: dict[str, Any], features: np.ndarray) -> np.ndarray:
    """The ensemble's score for each row of ``features``.

    All trees descend together, one level per step; a leaf points to itself on both sides (with an
    infinite threshold), so rows that reach it early stay put. Feature values are read from the flat
    matrix (one gather rather than a two-index one).
    """
    values = np.ascontiguousarray(features).ravel()
    row_offsets = (np.arange(len(features)) * features.shape[1])[:, None]
    node = np.broadcast_to(model["roots"], (len(features), len(model["roots"])))
    feature, threshold, children = model["feature"], model["threshold"], model["children"]
    for _ in range(model["depth"]):
        node = children[2 * node + (values[row_offsets + feature[node]] > threshold[node])]
    return model["baseline"] + model["value"][node].sum(axis=1)


@register("default")
class DefaultSummarizer(ExtractiveSummarizer):
    """Learned sentence scoring (position, length, centrality, surface marks): the best general choice."""

    def score(self, document: Document) -> np.ndarray:
        scores = np.full(len(document.sentences), -1e9)
        scored = predict(load_model(), sentence_features(document))
        scores[: len(scored)] = scored
        return scores
