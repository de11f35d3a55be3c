"""How well nutgraf.check agrees with human faithfulness labels, beside a token-overlap baseline.

Data: ``shared/data/qags_cnndm.jsonl`` and ``qags_xsum.jsonl``: system summaries with, per sentence, the
majority vote of three annotators on "is this supported by the article?". Every sentence is one example.

Reported per dataset, from one run: balanced accuracy (mean of the recall on supported and on unsupported
sentences) of

* ``nutgraf.check`` at its built-in threshold (tuned on QAGS CNN/DM, so XSum is the held-out check);
* the baseline: the share of the sentence's word tokens found anywhere in the article, with its threshold
  tuned the same way, on CNN/DM for balanced accuracy;
* both with the threshold tuned on the dataset itself (an optimistic ceiling, for reference only);

and the ROC AUC of both scores (threshold-free), and sentences per second of the check.

Usage::

    python bench/check_bench.py                  # both datasets
    python bench/check_bench.py --tune-only      # print the balanced-accuracy-best threshold on CNN/DM
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

import nutgraf
from nutgraf.check import DEFAULT_THRESHOLD
from nutgraf.language import words

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
TUNE_ON = "qags_cnndm.jsonl"
DATASETS = ("qags_cnndm.jsonl", "qags_xsum.jsonl")


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
    check_scores, baseline_scores, labels = [], [], []
    started = time.perf_counter()
    for article, sentences, votes in load(path):
        evidence = nutgraf.check(article, sentences)
        check_scores.extend(s.score for s in evidence.sentences)
        labels.extend(votes)
    elapsed = time.perf_counter() - started
    for article, sentences, _ in load(path):
        baseline_scores.extend(token_overlap(article, s) for s in sentences)
    return {"check": check_scores, "baseline": baseline_scores, "labels": labels, "seconds": [elapsed]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder holding the QAGS JSONL files")
    parser.add_argument("--tune-only", action="store_true", help="print the tuned threshold and stop")
    args = parser.parse_args()
    results = {name: score_dataset(args.data / name) for name in DATASETS}
    tuned = results[TUNE_ON]
    check_tuned = best_threshold(tuned["check"], tuned["labels"])
    baseline_tuned = best_threshold(tuned["baseline"], tuned["labels"])
    if args.tune_only:
        print(f"check: best threshold on {TUNE_ON}: {check_tuned:.4f} (built in: {DEFAULT_THRESHOLD})")
        print(f"baseline: best threshold on {TUNE_ON}: {baseline_tuned:.4f}")
        return
    print(
        f"Thresholds tuned on {TUNE_ON}: nutgraf.check {DEFAULT_THRESHOLD} (built in), "
        f"token overlap {baseline_tuned:.3f}\n"
    )
    header = (
        f"{'dataset':<18} {'sentences':>9} {'unsupp.':>7} {'system':<14} {'BA':>6} "
        f"{'BA self-tuned':>13} {'AUC':>6} {'sent/s':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, result in results.items():
        labels = result["labels"]
        unsupported = sum(not y for y in labels)
        speed = len(labels) / result["seconds"][0]
        for system, threshold in (("nutgraf.check", DEFAULT_THRESHOLD), ("token overlap", baseline_tuned)):
            scores = result["check" if system == "nutgraf.check" else "baseline"]
            own = best_threshold(scores, labels)
            print(
                f"{name:<18} {len(labels):9d} {unsupported:7d} {system:<14} "
                f"{balanced_accuracy(scores, labels, threshold):6.3f} "
                f"{balanced_accuracy(scores, labels, own):13.3f} {roc_auc(scores, labels):6.3f} "
                + (f"{speed:7.0f}" if system == "nutgraf.check" else f"{'':>7}")
            )


if __name__ == "__main__":
    main()
