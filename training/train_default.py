"""Rebuild the default summarizer's weights (``default_model.json``, ``default_reranker.json``) from the shared data.

The first 2,000 ``cnndm_dev.jsonl`` records are held out: the bench and ``nutgraf eval`` report on them,
and this script never reads them. The next 1,000 are the validation split the script reports on (and the
settings below were chosen on); training uses the records after them plus ``bbc_news_summary.jsonl``
(cased, with titles and paragraphs, so that the title and paragraph features mean something). The
shipped weights are then refit on training and validation articles together, with the same settings.

The model must not lean on case or on one dataset's form: CNN/DM's articles are lower-cased, BBC's are
cased, and 30% of the BBC articles are lower-cased as well (title included). 30% of training articles
get synthetic page furniture on top (bylines, datelines, photo captions; see :func:`furniture_lines`).

A sentence's target is whether it belongs to the best three-sentence summary drawn from the article's
first ten sentences (searched exhaustively, by ROUGE-1 F1 with the scorer's tokens: lower-cased,
Porter-stemmed; ranking by ROUGE-1 scored 0.15 ROUGE-1 higher on held-out articles than by ROUGE-1 +
ROUGE-2, with the same ROUGE-2). The model is gradient-boosted trees
(scikit-learn's ``HistGradientBoostingClassifier``, at training time only: ``pip install nutgraf[train]``);
the trees are written as flat JSON arrays and evaluated with numpy by :mod:`nutgraf.engines.default`.

The reranker (``default_reranker.json``) rates whole candidate summaries of 1 to 4 sentences, drawn from
the sentence scorer's pool (:func:`~nutgraf.engines.default.candidate_features`). It is a linear model
(ridge regression, numpy only) on the candidate's features, centred within the article's candidates, so
that only the order among them is learnt; the target is the candidate's ROUGE-1 F1, standardised within
the article so that every article weighs alike. The sentence scores it sees in training come from
scorers that did not train on that article, as at run time. It learns from the CNN/DM articles only:
their references are summaries of three or four sentences, while BBC's are extracts of half the article
(and BBC alone has titles, so the reranker could tell the two apart and learn "longer when titled").
On the validation split (three sentences, ROUGE-1 beside the scorer's 42.33): this reranker 43.06;
without the whole summary's cosines to the article and its opening no gain at all; 60 boosted trees
instead of the linear model scored alike (within 0.1) at several times the cost; also training on BBC
0.1 to 0.2 lower; pools of 2 or 4 sentences more than the budget (rather than 3) 0.1 lower.

Usage (about a minute and a half on two cores)::

    python training/train_default.py                 # train, report validation ROUGE, write the weights
    python training/train_default.py --no-write      # train and report only
    python training/train_default.py --train-limit 1000 --validation-limit 300   # a quick check
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from nutgraf.article import Document
from nutgraf.engines.base import Budget, select_sentences
from nutgraf.engines.default import (
    CANDIDATE_FEATURES,
    FEATURES,
    MODEL_FILE,
    RERANKED_SENTENCES,
    RERANKER_FILE,
    article_features,
    best_summary,
    candidate_features,
    candidate_pool,
    compile_model,
    compile_reranker,
    predict,
)
from nutgraf.evaluate import RougeScorer, read_jsonl
from nutgraf.extract.text import clean_text
from nutgraf.segment import make_document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl"
EXTRA_DATA = ROOT.parent / "shared" / "data" / "bbc_news_summary.jsonl"
OUTPUT = ROOT / "src" / "nutgraf" / "engines" / MODEL_FILE
RERANKER_OUTPUT = OUTPUT.with_name(RERANKER_FILE)
HOLDOUT = 2000
VALIDATION = 1000
# The oracle summary: the best this many sentences (by ROUGE-1) among the article's first ORACLE_WINDOW.
ORACLE_SENTENCES = 3
ORACLE_WINDOW = 10
# The numpy evaluator's cost is trees x depth. On the validation split 60 trees of depth 6 score as 100 of
# depth 5 did (ROUGE-1 42.33 and 42.38) at 70% of the cost; 300 trees scored no better; 40 of depth 6
# scored alike but let an all-caps byline into a summary (tests/test_default_engine.py).
TREES = 60
LEAVES = 31
MAX_DEPTH = 6
LEARNING_RATE = 0.15
SEED = 0
# The reranker's ridge penalty, on standardised features.
RIDGE = 100.0
# Out-of-fold sentence scores for the reranker's training articles.
SCORE_FOLDS = 2
# A leaf's threshold: every feature value is below it, so a row that reaches a leaf stays there.
_LEAF_THRESHOLD = 3.0e38


class RougeTokens:
    """The scorer's tokenization (``rouge_score``: lower-case, alphanumeric runs, Porter stems) with a cache."""

    def __init__(self) -> None:
        from nltk.stem import porter
        from rouge_score.tokenize import tokenize

        self._tokenize = tokenize
        self._stemmer = porter.PorterStemmer()
        self._stems: dict[str, str] = {}

    def __call__(self, text: str) -> list[str]:
        stems = self._stems
        result = []
        for token in self._tokenize(text, None):
            stem = stems.get(token)
            if stem is None:
                stem = self._stemmer.stem(token) if len(token) > 3 else token
                stems[token] = stem
            result.append(stem)
        return result


def ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(zip(*(tokens[i:] for i in range(n)), strict=False))


def f1(candidate: Counter, reference: Counter) -> float:
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(candidate.values()), overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


class Example:
    """One article: its document, feature matrix, per-sentence targets and what is needed to score picks."""

    def __init__(self, document: Document, reference: str, tokenizer: RougeTokens) -> None:
        self.document = document
        self.reference = reference
        self.features, self.vectors = article_features(document)
        n = len(self.features)
        self.reference_grams = [ngrams(tokenizer(reference), k) for k in (1, 2)]
        self.sentence_grams = [
            [ngrams(tokens, k) for k in (1, 2)]
            for tokens in (tokenizer(document.sentence_text(i)) for i in range(n))
        ]
        window = min(ORACLE_WINDOW, n)
        best = max(
            itertools.combinations(range(window), min(ORACLE_SENTENCES, window)),
            key=lambda chosen: self.rouge12(list(chosen))[0],
        )
        self.target = np.zeros(n)
        self.target[list(best)] = 1.0

    def rouge12(self, chosen: list[int]) -> tuple[float, float]:
        """ROUGE-1 and ROUGE-2 F1 x 100 of the chosen sentences (as the scorer counts them, fast)."""
        summary = [Counter(), Counter()]
        for i in chosen:
            for k in range(2):
                summary[k].update(self.sentence_grams[i][k])
        return tuple(100 * f1(summary[k], self.reference_grams[k]) for k in range(2))


# Page furniture that survives extraction above real articles (the training data has none of it): a share
# of training articles gets a few such lines on top, so the model learns to pass over them whatever the
# language; the oracle target then leaves them out on its own, as they share few words with the reference.
FURNITURE_SHARE = 0.3
# The share of cased (BBC) training articles that is also lower-cased, so that case carries no signal.
LOWER_CASE_SHARE = 0.3
_NAMES = ("Jane Smith", "Mark Evans", "Anna Müller", "Luis García", "Marie Dubois", "Ewa Nowak", "Chris Lee")
_ROLES = ("Senior Reporter", "Political Editor", "Staff Writer", "Daily Mail Reporter", "Associated Press")
_AGENCIES = ("Reuters", "AP", "AFP", "Getty Images", "EPA", "dpa", "PA")
_MONTHS = ("January", "March", "April", "June", "September", "November")
_CAPTIONS = (
    "Police officers at the scene on Tuesday",
    "The president speaks to reporters in Washington",
    "Fans celebrate after the match",
    "Pictured: the house where the family lived",
    "An aerial view of the flooded town",
)
_FURNITURE = (
    "By {name}",
    "By {name}, {role}",
    "By {name} for MailOnline",
    "{name} | {agency}",
    "PUBLISHED: {time} EST, {day} {month} {year} | UPDATED: {time} EST, {day} {month} {year}",
    "Last updated at {time} GMT on {day} {month} {year}",
    "{month} {day}, {year} {time}",
    "Photo: {caption} ({agency})",
    "{caption}. Photo: {agency}",
    "{caption} (Image: {agency})",
    "{agency}",
    "Share this article",
    "Scroll down for video",
)


def furniture_lines(rng: random.Random) -> list[str]:
    """One to three lines of page furniture (bylines, datelines, captions, credits)."""
    lines = []
    for template in rng.sample(_FURNITURE, rng.randint(1, 3)):
        line = template.format(
            name=rng.choice(_NAMES),
            role=rng.choice(_ROLES),
            agency=rng.choice(_AGENCIES),
            caption=rng.choice(_CAPTIONS),
            month=rng.choice(_MONTHS),
            day=rng.randint(1, 28),
            year=rng.randint(2005, 2024),
            time=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        )
        lines.append(line.lower() if rng.random() < 0.3 else line)
    return lines


def load(
    path: Path,
    start: int,
    stop: int | None,
    tokenizer: RougeTokens,
    furniture: float = 0.0,
    lower_case: float = 0.0,
) -> list[Example]:
    """Examples for the records ``start`` to ``stop`` of ``path`` (as :mod:`nutgraf.evaluate` reads them).

    A ``furniture`` share of them gets :func:`furniture_lines` above the text; a ``lower_case`` share is
    lower-cased, title and all.
    """
    rng = random.Random(SEED)
    examples = []
    for index, record in enumerate(read_jsonl(path, stop)):
        if index < start:
            continue
        article, title = record["article"], record.get("title")
        if rng.random() < lower_case:
            article, title = article.lower(), title and title.lower()
        text = clean_text(article).text
        if rng.random() < furniture:
            text = "\n".join(furniture_lines(rng)) + "\n\n" + text
        document = make_document(text, title=title)
        if document.sentences:
            examples.append(Example(document, record["reference"], tokenizer))
    return examples


def fit(examples: list[Example]) -> dict:
    """Train the sentence scorer's trees on the examples' sentences; the model as :func:`predict` takes it."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    features = np.concatenate([e.features for e in examples])
    target = np.concatenate([e.target for e in examples])
    trees = HistGradientBoostingClassifier(
        max_iter=TREES,
        learning_rate=LEARNING_RATE,
        max_leaf_nodes=LEAVES,
        max_depth=MAX_DEPTH,
        early_stopping=False,
        random_state=SEED,
    )
    trees.fit(features, target)
    return export(trees)


def sentence_scores(model: dict, example: Example) -> np.ndarray:
    """The scores the engine gives the example's sentences with ``model`` (as :func:`compile_model` makes it)."""
    scores = np.full(len(example.document.sentences), -1e9)
    scores[: len(example.features)] = predict(model, example.features)
    return scores


def out_of_fold_scores(examples: list[Example]) -> list[np.ndarray]:
    """Each example's sentence scores from a scorer trained on the other folds (as unseen articles get)."""
    scores: list[np.ndarray] = [np.empty(0)] * len(examples)
    for fold in range(SCORE_FOLDS):
        model = compile_model(fit([e for i, e in enumerate(examples) if i % SCORE_FOLDS != fold]))
        for i in range(fold, len(examples), SCORE_FOLDS):
            scores[i] = sentence_scores(model, examples[i])
    return scores


def fit_reranker(examples: list[Example], scores: list[np.ndarray]) -> dict:
    """Fit the reranker on every candidate summary of 1 to RERANKED_SENTENCES sentences of the examples."""
    rows, targets = [], []
    for example, article_scores in zip(examples, scores, strict=True):
        for sentences in range(1, RERANKED_SENTENCES + 1):
            pool = candidate_pool(example.document, example.features, article_scores, sentences)
            if len(pool) < sentences:
                continue
            sets, features = candidate_features(
                example.document, example.features, example.vectors, article_scores, pool, sentences
            )
            rouge1 = np.array([example.rouge12(chosen)[0] for chosen in sets.tolist()])
            # Only the order within an article's candidates counts, so both sides are centred per
            # article (and sentence count): what every candidate shares is not learnt. The target is
            # standardised too, so that every article weighs alike; the 1 keeps near-ties from being
            # blown up.
            rows.append(features - features.mean(axis=0))
            targets.append((rouge1 - rouge1.mean()) / (rouge1.std() + 1.0))
    features, target = np.concatenate(rows), np.concatenate(targets)
    # Ridge regression on standardised features. One constant within every article (the article's
    # length in sentences) is left with rounding noise after centring: an infinite scale gives it no weight.
    scale = features.std(axis=0)
    scale[scale < 1e-9] = np.inf
    standard = features / scale
    weights = np.linalg.solve(
        standard.T @ standard + RIDGE * np.eye(len(CANDIDATE_FEATURES)), standard.T @ target
    )
    return {"features": list(CANDIDATE_FEATURES), "weights": weights / scale}


def export(trees) -> dict:
    """The fitted ensemble as flat node arrays (global node numbers; leaves point to themselves)."""
    # scikit-learn keeps the fitted trees in ``_predictors`` (one list per boosting round).
    feature, threshold, left, right, value, roots = [], [], [], [], [], []
    depth = 0
    for (predictor,) in trees._predictors:
        offset = len(feature)
        roots.append(offset)
        for number, node in enumerate(predictor.nodes):
            depth = max(depth, int(node["depth"]))
            if node["is_leaf"]:
                feature.append(0)
                threshold.append(_LEAF_THRESHOLD)
                left.append(offset + number)
                right.append(offset + number)
                value.append(float(node["value"]))
            else:
                feature.append(int(node["feature_idx"]))
                threshold.append(float(node["num_threshold"]))
                left.append(offset + int(node["left"]))
                right.append(offset + int(node["right"]))
                value.append(0.0)
    return {
        "features": list(FEATURES),
        "baseline": float(np.ravel(trees._baseline_prediction)[0]),
        "depth": depth,
        "roots": np.array(roots),
        "feature": np.array(feature),
        "threshold": np.array(threshold),
        "left": np.array(left),
        "right": np.array(right),
        "value": np.array(value),
    }


def report(
    model: dict, reranker: dict, examples: list[Example], sentences: int = 3
) -> dict[str, list[float]]:
    """Mean ROUGE-1, ROUGE-2 and ROUGE-Lsum (the data README's scorer) of Lead-k, of the best-scoring
    sentences, and of the reranker's choice (what the engine returns)."""
    model, reranker = compile_model(model), compile_reranker(reranker)
    scorer = RougeScorer()
    systems: dict[str, list[list[float]]] = {"lead": [], "scorer": [], "model": []}
    for example in examples:
        scores = sentence_scores(model, example)
        document = example.document
        picks = {
            "lead": list(range(min(sentences, len(example.features)))),
            "scorer": select_sentences(document, scores, Budget(sentences=sentences)),
            "model": best_summary(reranker, document, example.features, example.vectors, scores, sentences),
        }
        for name, chosen in picks.items():
            texts = [example.document.sentence_text(i) for i in chosen]
            scores = scorer.score([example.reference], texts)
            systems[name].append([scores["rouge1"], scores["rouge2"], scores["rougeLsum"]])
    return {name: np.mean(rows, axis=0).round(2).tolist() for name, rows in systems.items()}


def to_json(model: dict) -> str:
    def plain(value):
        if isinstance(value, np.ndarray):
            return value.tolist()
        return value

    return json.dumps({key: plain(value) for key, value in model.items()}, separators=(",", ":")) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--extra-data", type=Path, default=EXTRA_DATA, help="more training articles")
    parser.add_argument("--train-limit", type=int, default=None, help="train on this many articles at most")
    parser.add_argument(
        "--validation-limit", type=int, default=VALIDATION, help="report on this many validation articles"
    )
    parser.add_argument("--no-write", action="store_true", help="do not write the weights file")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"no training data at {args.data}: pass --data PATH to cnndm_dev.jsonl")

    started = time.perf_counter()
    tokenizer = RougeTokens()
    first_train = HOLDOUT + VALIDATION
    stop = first_train + args.train_limit if args.train_limit else None
    news = load(args.data, first_train, stop, tokenizer, FURNITURE_SHARE)
    extra = []
    if args.extra_data.is_file():
        extra = load(args.extra_data, 0, args.train_limit, tokenizer, FURNITURE_SHARE, LOWER_CASE_SHARE)
    validation = load(args.data, HOLDOUT, HOLDOUT + args.validation_limit, tokenizer)
    print(
        f"loaded {len(news) + len(extra)} training and {len(validation)} validation articles "
        f"in {time.perf_counter() - started:.0f} s"
    )
    # The reranker learns from the CNN/DM articles, which come first in the scorer's training list.
    train = news + extra
    reranker = fit_reranker(news, out_of_fold_scores(train)[: len(news)])
    result = report(fit(train), reranker, validation)
    for name, (r1, r2, rl) in result.items():
        print(f"validation {name:<6} ROUGE-1 {r1:6.2f}  ROUGE-2 {r2:6.2f}  ROUGE-Lsum {rl:6.2f}")
    everything = train + validation
    model = fit(everything)
    scores = out_of_fold_scores(everything)
    reranker = fit_reranker(news + validation, scores[: len(news)] + scores[len(train) :])
    print(f"trained in {time.perf_counter() - started:.0f} s")
    if not args.no_write:
        OUTPUT.write_text(to_json(model), encoding="utf-8")
        RERANKER_OUTPUT.write_text(to_json(reranker), encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)} and {RERANKER_OUTPUT.name}")


if __name__ == "__main__":
    main()
