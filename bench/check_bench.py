"""How well nutgraf.check agrees with human faithfulness labels, beside a token-overlap baseline.

Data: ``shared/data/qags_cnndm.jsonl`` and ``qags_xsum.jsonl``: system summaries with, per sentence, the
majority vote of three annotators on "is this supported by the article?". Every sentence is one example.
The two sets differ in style: CNN/DM summaries (Bottom-Up) are copy-heavy, XSum ones (BART) rewrite.

A check is used on summaries whose style nobody tuned it for, so the protocol is cross-dataset: each
system's threshold is tuned for balanced accuracy (mean of the recall on supported and on unsupported
sentences) on one set and applied to the other, in both directions. Reported per dataset and system:

* ``BA cross``: balanced accuracy at the threshold tuned on the *other* set (the honest figure);
* ``BA default``: at the threshold a user gets (``nutgraf.check.DEFAULT_THRESHOLD``, the value tuning on
  either set alone picks; for the baseline, its threshold tuned on both sets pooled), so in-sample;
* ``BA self``: at the threshold tuned on the set itself (an optimistic ceiling, for reference only);
* ``AUC``: ROC AUC of the score (threshold-free); and sentences per second of the check.

The baseline is the share of the sentence's word tokens found anywhere in the article.

Usage::

    python bench/check_bench.py                  # both datasets
    python bench/check_bench.py --tune-only      # print the best thresholds per set and pooled
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import nutgraf
from nutgraf.check import DEFAULT_THRESHOLD
from nutgraf.language import words

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATASETS = ("qags_cnndm.jsonl", "qags_xsum.jsonl")
SYSTEMS = ("nutgraf.check", "token overlap")


def load(path: Path) -> list[tuple[str, list[str], list[bool]]]:
    """Per labelled summary: the article, its sentences, and their majority "supported" votes."""
    examples = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for label in record["labels"].values():
                sentences = [s["sentence"] for s in label["sentence_labels"]]
                votes = [bool(s["majority_supported"]) for s in label["sentence_labels"]]
                examples.append((record["article"], sentences, votes))
    return examples


#: The score a sentence the check did not compare counts as (see nutgraf.check.NO_CONTENT_WORDS).
NOT_CHECKED_SCORE = 0.0


def token_overlap(article: str, sentence: str) -> float:
    """Baseline: the share of the sentence's word tokens that occur anywhere in the article."""
    vocabulary = set(words(article))
    tokens = words(sentence)
    return sum(t in vocabulary for t in tokens) / len(tokens) if tokens else 1.0


def balanced_accuracy(scores: list[float], labels: list[bool], threshold: float) -> float:
    positives = [s for s, y in zip(scores, labels, strict=True) if y]
    negatives = [s for s, y in zip(scores, labels, strict=True) if not y]
    recall_pos = sum(s >= threshold for s in positives) / len(positives)
    recall_neg = sum(s < threshold for s in negatives) / len(negatives)
    return (recall_pos + recall_neg) / 2


def best_threshold(scores: list[float], labels: list[bool]) -> float:
    """The threshold with the best balanced accuracy (midpoint between neighbouring scores)."""
    values = sorted(set(scores))
    candidates = [values[0]] + [(a + b) / 2 for a, b in itertools.pairwise(values)]
    candidates.append(values[-1] + 1e-9)
    return max(candidates, key=lambda t: balanced_accuracy(scores, labels, t))


def roc_auc(scores: list[float], labels: list[bool]) -> float:
    positives = [s for s, y in zip(scores, labels, strict=True) if y]
    negatives = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def score_dataset(path: Path) -> dict[str, list]:
    """Scores of both systems and the labels of every sentence in one QAGS file (and the check's time)."""
    check_scores, baseline_scores, labels = [], [], []
    started = time.perf_counter()
    for article, sentences, votes in load(path):
        evidence = nutgraf.check(article, sentences)
        # A sentence the check cannot compare ("Gov.", "How can it be.": no content word) is told to a
        # reader as not checked, no "supported": it counts as a score below any threshold.
        check_scores.extend(NOT_CHECKED_SCORE if s.score is None else s.score for s in evidence.sentences)
        labels.extend(votes)
    elapsed = time.perf_counter() - started
    for article, sentences, _ in load(path):
        baseline_scores.extend(token_overlap(article, s) for s in sentences)
    return {
        "nutgraf.check": check_scores,
        "token overlap": baseline_scores,
        "labels": labels,
        "seconds": [elapsed],
    }


def pooled_threshold(results: dict[str, dict[str, list]], system: str) -> float:
    """The threshold tuned on all sets together (each sentence weighs the same)."""
    scores = [s for result in results.values() for s in result[system]]
    labels = [y for result in results.values() for y in result["labels"]]
    return best_threshold(scores, labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder holding the QAGS JSONL files")
    parser.add_argument("--tune-only", action="store_true", help="print the tuned thresholds and stop")
    args = parser.parse_args()
    if missing := [name for name in DATASETS if not (args.data / name).is_file()]:
        sys.exit(f"no {', '.join(missing)} in {args.data}: pass --data DIR, the folder with the QAGS files")
    results = {name: score_dataset(args.data / name) for name in DATASETS}
    own = {
        (name, system): best_threshold(result[system], result["labels"])
        for name, result in results.items()
        for system in SYSTEMS
    }
    default = {
        "nutgraf.check": DEFAULT_THRESHOLD,
        "token overlap": pooled_threshold(results, "token overlap"),
    }
    if args.tune_only:
        for system in SYSTEMS:
            tuned = ", ".join(f"{name} {own[name, system]:.4f}" for name in DATASETS)
            print(f"{system}: best threshold on {tuned}; pooled {pooled_threshold(results, system):.4f}")
        print(f"(nutgraf.check.DEFAULT_THRESHOLD is {DEFAULT_THRESHOLD})")
        return
    print("Thresholds (BA cross applies the one tuned on the other set):")
    for system in SYSTEMS:
        tuned = ", ".join(f"{name} {own[name, system]:.3f}" for name in DATASETS)
        print(f"  {system}: tuned on {tuned}; default {default[system]:.3f}")
    header = (
        f"\n{'dataset':<18} {'sentences':>9} {'unsupp.':>7} {'system':<14} {'BA cross':>8} "
        f"{'BA default':>10} {'BA self':>7} {'AUC':>6} {'sent/s':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, result in results.items():
        (other,) = (n for n in DATASETS if n != name)
        labels = result["labels"]
        unsupported = sum(not y for y in labels)
        speed = len(labels) / result["seconds"][0]
        for system in SYSTEMS:
            scores = result[system]
            print(
                f"{name:<18} {len(labels):9d} {unsupported:7d} {system:<14} "
                f"{balanced_accuracy(scores, labels, own[other, system]):8.3f} "
                f"{balanced_accuracy(scores, labels, default[system]):10.3f} "
                f"{balanced_accuracy(scores, labels, own[name, system]):7.3f} {roc_auc(scores, labels):6.3f} "
                + (f"{speed:7.0f}" if system == "nutgraf.check" else f"{'':>7}")
            )


if __name__ == "__main__":
    main()
