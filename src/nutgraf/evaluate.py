"""ROUGE evaluation of summarizers on JSONL data, beside Lead-3 and the extractive oracle.

Scoring follows ``shared/data/README.md``: Google's ``rouge-score`` with stemming, F1 x 100 averaged over
articles; for ROUGE-Lsum, reference and candidate one sentence per line, both split by
:func:`nutgraf.segment.split_sentences`. Every engine summarizes the same segmented document, so the
systems differ in nothing but their choice of sentences.
"""

from __future__ import annotations

import codecs
import json
import shlex
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from nutgraf.decode import MAX_TEXT_CHARS, binary_kind, clean_characters
from nutgraf.engines.base import Budget, get_summarizer
from nutgraf.errors import InputTooLargeError, InvalidInputError, NutgrafError
from nutgraf.extract.text import clean_text
from nutgraf.jsonl import (
    MAX_LINE_BYTES,
    line_bound_exceeded,
    line_bound_refusal,
    lines,
    opens_as_json,
    table_conversion,
)
from nutgraf.segment import make_document, split_sentences
from nutgraf.wording import shown

if TYPE_CHECKING:
    from nutgraf.article import Document

METRICS = ("rouge1", "rouge2", "rougeLsum")
LEAD3 = "lead-3"
ORACLE = "oracle"


def read_jsonl(
    path: str | Path, limit: int | None = None, skipped: Callable[[str], None] | None = None
) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file with ``article`` and ``reference``, skipping those without a reference or
    with an empty article: ``skipped`` is called with each one's ``FILE:LINE``.

    Lines are read within batch's bounds (:mod:`nutgraf.jsonl`): a 300 MB line had been read and parsed
    whole, 11 s and 727 MB, before its error.

    Raises:
        InvalidInputError: a file that is not UTF-8 JSON lines, a line that is not an object with an
            ``article`` string and a ``reference`` string (or list of strings, or null), or no line with both.
        InputTooLargeError: a line past :data:`~nutgraf.jsonl.MAX_LINE_BYTES`, or a long one holding
            more JSON outside its strings, or more strings, than a record does, or an article or a
            reference past :data:`~nutgraf.decode.MAX_TEXT_CHARS`.
    """
    count = 0
    table = table_conversion(str(path), "`article` and `reference`")
    unreferenced: list[str] | None = None  # the fields of the first line with no `reference` field
    for number, line in lines(path):
        if limit is not None and count >= limit:
            return
        where = f"{path}:{number}"
        if line is None:
            raise InputTooLargeError(
                f"{where}: the line is longer than {MAX_LINE_BYTES:,} bytes, more than nutgraf reads for one"
                " article; an evaluation file holds one article and its reference a line"
            )
        exceeded = line_bound_exceeded(line)
        if exceeded is not None:
            raise InputTooLargeError(
                line_bound_refusal(
                    exceeded,
                    f"{where}: the line",
                    unit="one article",
                    form=f"an evaluation file holds {_LINE_FORM}",
                )
            )
        try:
            text = line.removeprefix(codecs.BOM_UTF8).decode("utf-8")
            record = _record(text, where, table if number == 1 else "", first=number == 1)
        except (UnicodeDecodeError, InvalidInputError) as exc:
            # An image or a run of NULs in the file is said to be one, where its line had been told to be
            # saved as UTF-8 or read as JSON that expected a value. A line that opens as JSON, or as UTF-16
            # text, is text whatever control byte it holds: a stray one in a scraped article is told its
            # column, a file in UTF-16 or Windows-1252 to be saved as UTF-8, not called binary data.
            if (
                not opens_as_json(line)
                and not line.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
                and (what := binary_kind(line)) is not None
            ):
                raise InvalidInputError(
                    f"{where}: {what}, not a JSON line; an evaluation file holds {_LINE_FORM}"
                ) from None
            if isinstance(exc, UnicodeDecodeError):
                raise InvalidInputError(
                    f"{path} is not UTF-8 text ({exc.reason}); save it as UTF-8"
                ) from None
            raise
        if isinstance(record, list):
            unreferenced = unreferenced or record
        elif record is not None:
            count += 1
            yield record
        if not isinstance(record, dict) and skipped is not None:
            skipped(where)
    if count == 0 and unreferenced and _field_like(unreferenced, _REFERENCE_NAMES):
        # CNN/DailyMail as Hugging Face gives it: `article` and `highlights`. Told only that no line had a
        # reference, the analyst was sent to summarize the file unscored.
        raise InvalidInputError(
            f"no line of {path} has a `reference` field (the lines' fields:"
            f" {_fields_shown(unreferenced)}); an evaluation file holds {_LINE_FORM}: {_renaming(unreferenced)}"
        )
    if count == 0:
        # A file of articles alone is most often one to summarize, not to score: said where that is done.
        raise InvalidInputError(
            f"no line of {path} has both an `article` and a `reference` to score against; give each line"
            " its reference summary, or summarize the articles without scoring them with nutgraf batch"
            f" {shlex.quote(str(path))} --output summaries.jsonl"
        )


#: What a line of an evaluation file is, for the messages about one that is not.
_LINE_FORM = 'a JSON object a line, such as {"article": "...", "reference": "..."}'


#: Names data sets give the article and its reference summary (CNN/DailyMail: article, highlights; XSum:
#: document, summary), for the command that renames them to eval's.
_ARTICLE_NAMES = ("article", "text", "document", "story", "body", "content")
_REFERENCE_NAMES = ("reference", "summary", "highlights", "abstract", "target", "references", "summaries")


def _field_like(fields: list[str], names: tuple[str, ...]) -> str | None:
    """The first of ``fields`` that is one of ``names`` (any case), or ``None``."""
    return next((name for name in fields if name.lower() in names), None)


def _fields_shown(fields: list[str]) -> str:
    # Shown cut short, as repr writes those holding control characters or direction marks: a name is the
    # file's text, which would reach the terminal as written.
    return ", ".join(shown(name) for name in fields[:8]) or "none"


def _renaming(fields: list[str]) -> str:
    """The command that renames a line's ``fields`` to eval's, from the names data sets use for them."""
    article = _field_like(fields, _ARTICLE_NAMES) or "text"
    reference = _field_like(fields, _REFERENCE_NAMES) or "summary"
    if _field_like(fields, _ARTICLE_NAMES) is None or _field_like(fields, _REFERENCE_NAMES) is None:
        return (
            f"rename the fields (jq -c '{{id, article: .{article}, reference: .{reference}}}' FILE does it"
            f" for fields named {article} and {reference})"
        )
    renamed = [
        "id" if "id" in fields else "",
        "article" if article == "article" else f"article: .{article}",
        "reference" if reference == "reference" else f"reference: .{reference}",
    ]
    return f"rename the fields, as with jq -c '{{{', '.join(part for part in renamed if part)}}}' FILE"


def _record(
    line: str, where: str, table: str = "", *, first: bool = False
) -> dict[str, Any] | list[str] | None:
    """The record of a line; ``None`` for one with no reference or an empty article, and the line's fields
    for one with no ``reference`` field at all. ``table`` ends the refusal of one that is not JSON
    (:func:`table_conversion`); ``first``: the line is the file's first."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:  # ValueError: bad JSON, or an integer of 4,300+ digits
        opened = line.strip()
        if first and opened in ("[", "{", "[{"):
            # One JSON document written over many lines: its first line alone is no JSON.
            command = "jq -c '.[]'" if opened.startswith("[") else "jq -c ."
            raise InvalidInputError(
                f"{where.rpartition(':')[0]} is one JSON document written over many lines, and an evaluation"
                f" file holds {_LINE_FORM}: put each record on a line of its own first, as with"
                f" `{command} FILE > FILE.jsonl`"
            ) from None
        raise InvalidInputError(
            f"{where}: not a JSON line ({getattr(exc, 'msg', exc)}); an evaluation file holds {_LINE_FORM}"
            + table
        ) from None
    if isinstance(record, list) and record and all(isinstance(item, dict) for item in record):
        raise InvalidInputError(
            f"{where}: a JSON array, not an object; an evaluation file holds {_LINE_FORM}: put each item on a"
            " line of its own first, as with `jq -c '.[]' FILE > FILE.jsonl`"
        )
    if not isinstance(record, dict):
        raise InvalidInputError(f"{where}: not a JSON object; an evaluation file holds {_LINE_FORM}")
    if "article" not in record:
        # "`article` must be a string" had answered a line that named its article `text`, as batch's do.
        fields = list(record)
        raise InvalidInputError(
            f"{where}: no `article` field (the line's fields: {_fields_shown(fields)}); an evaluation file"
            f" holds {_LINE_FORM}: {_renaming(fields)}"
        )
    article, reference = record.get("article"), record.get("reference")
    references = reference if isinstance(reference, list) else [reference]
    if not isinstance(article, str) or not all(isinstance(r, str) or r is None for r in references):
        raise InvalidInputError(
            f"{where}: `article` must be a string and `reference` a string or list of strings"
        )
    for name, text in (("article", article), *(("reference", r) for r in references)):
        if text is not None and len(text) > MAX_TEXT_CHARS:
            # As every other door refuses such a text: read, cleaned and segmented whole, an article of 110
            # MB (within the line's bound) took over 4 GB and ten minutes unfinished.
            raise InputTooLargeError(
                f"{where}: the {name} is {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} nutgraf"
                " takes; an evaluation file holds one article and its reference a line"
            )
    if "reference" not in record:
        return list(record)
    if not article.strip() or not any(r and r.strip() for r in references):
        return None
    if isinstance(reference, list):
        reference = [clean_characters(r) for r in reference if r and r.strip()]
    else:
        reference = clean_characters(reference)
    return {**record, "article": clean_characters(article), "reference": reference}


class RougeScorer:
    """The data README's scorer: rouge-score with stemming; ROUGE-Lsum over sentences split by nutgraf."""

    def __init__(self) -> None:
        from rouge_score import rouge_scorer
        from rouge_score.tokenizers import DefaultTokenizer

        self._scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
        self._tokenizer = DefaultTokenizer(use_stemmer=True)

    def score(self, references: list[str], candidate: list[str]) -> dict[str, float]:
        """F1 x 100 per metric of candidate sentences against the best of the references."""
        prediction = "\n".join(candidate)
        targets = [_one_sentence_per_line(r) for r in references]
        result = self._scorer.score_multi(targets, prediction)
        return {m: 100 * result[m].fmeasure for m in METRICS}

    def tokens(self, text: str) -> list[str]:
        return self._tokenizer.tokenize(text)


def _one_sentence_per_line(text: str) -> str:
    return "\n".join(text[s.start : s.end] for s in split_sentences(text))


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(overlap: int, candidate_total: int, reference_total: int) -> float:
    if not overlap:
        return 0.0
    precision, recall = overlap / candidate_total, overlap / reference_total
    return 2 * precision * recall / (precision + recall)


def oracle_indices(sentence_tokens: list[list[str]], reference_tokens: list[str], k: int) -> list[int]:
    """Greedy extractive oracle: add the sentence that most raises ROUGE-1 + ROUGE-2 F1, up to ``k``."""
    ref = [_ngrams(reference_tokens, n) for n in (1, 2)]
    ref_totals = [sum(c.values()) for c in ref]
    sentence_grams = [[_ngrams(t, 1), _ngrams(t, 2)] for t in sentence_tokens]
    chosen: list[int] = []
    current = [Counter(), Counter()]
    best_score = 0.0
    while len(chosen) < k:
        best = None
        for i, grams in enumerate(sentence_grams):
            if i in chosen:
                continue
            score = 0.0
            for n in range(2):
                merged = current[n] + grams[n]
                overlap = sum((merged & ref[n]).values())
                score += _f1(overlap, sum(merged.values()), ref_totals[n])
            if score > best_score:
                best_score, best = score, i
        if best is None:
            break
        chosen.append(best)
        current = [current[n] + sentence_grams[best][n] for n in range(2)]
    return sorted(chosen)


#: Resamples of the articles for the bootstrap intervals, and the interval's coverage.
BOOTSTRAP_SAMPLES = 1000
CONFIDENCE = 0.95


@lru_cache(maxsize=1)
def _resamples(articles: int) -> np.ndarray:
    """The bootstrap's article indices for ``articles`` articles: drawn once for every metric and system
    of a table, with a fixed seed so that the same scores always print the same interval."""
    return np.random.default_rng(0).integers(0, articles, (BOOTSTRAP_SAMPLES, articles))


@dataclass
class SystemScore:
    """ROUGE F1 x 100 of one system on each article evaluated, with means and bootstrap intervals."""

    name: str
    scores: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METRICS})
    failures: int = 0

    @property
    def articles(self) -> int:
        return len(self.scores[METRICS[0]])

    def add(self, scores: dict[str, float]) -> None:
        for metric in METRICS:
            self.scores[metric].append(scores[metric])

    def mean(self, metric: str) -> float:
        values = self.scores[metric]
        return sum(values) / len(values) if values else 0.0

    def interval(self, metric: str, baseline: SystemScore | None = None) -> tuple[float, float]:
        """The bootstrap 95% interval of the mean of ``metric`` over the articles, or of its mean
        difference to ``baseline`` on the same articles (paired: both resampled alike)."""
        values = np.asarray(self.scores[metric])
        if baseline is not None:
            values = values - np.asarray(baseline.scores[metric])
        if len(values) == 0:
            return (0.0, 0.0)
        means = values[_resamples(len(values))].mean(axis=1)
        tail = 100 * (1 - CONFIDENCE) / 2
        low, high = np.percentile(means, [tail, 100 - tail])
        return float(low), float(high)

    def to_dict(self, baseline: SystemScore | None = None) -> dict[str, Any]:
        """Means and intervals rounded to two places; with ``baseline``, also the difference to it."""
        result: dict[str, Any] = {"system": self.name, "articles": self.articles, "failures": self.failures}
        for metric in METRICS:
            result[metric] = round(self.mean(metric), 2)
            result[f"{metric}_interval"] = [round(v, 2) for v in self.interval(metric)]
            if baseline is not None and baseline is not self:
                result[f"{metric}_vs_{baseline.name}"] = round(self.mean(metric) - baseline.mean(metric), 2)
                result[f"{metric}_vs_{baseline.name}_interval"] = [
                    round(v, 2) for v in self.interval(metric, baseline)
                ]
        return result


@dataclass
class GroupScores:
    """The systems' scores on one group of articles: a whole file, or the records sharing a field's value."""

    #: What the group is: the file's name, with ``field = value`` when grouped by a field.
    label: str
    #: Lead-k first, then the summarizers in the order asked, then the oracle (when asked for).
    systems: list[SystemScore]
    #: Whether the group is the records sharing a field's value (not a whole file).
    grouped: bool = False

    @property
    def lead(self) -> SystemScore:
        return self.systems[0]

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.label, "systems": [s.to_dict(self.lead) for s in self.systems]}


def evaluate(
    path: str | Path,
    summarizers: list[str],
    *,
    limit: int | None = None,
    sentences: int = 3,
    oracle: bool = True,
) -> list[SystemScore]:
    """ROUGE of Lead-``sentences``, each named summarizer and (optionally) the greedy oracle on ``path``.

    Lead-k comes first and the oracle last; an article an engine fails on scores 0 for it and counts in
    its ``failures``.
    """
    (group,) = evaluate_groups(path, summarizers, limit=limit, sentences=sentences, oracle=oracle)
    return group.systems


def evaluate_groups(
    path: str | Path,
    summarizers: list[str],
    *,
    by: str | None = None,
    limit: int | None = None,
    sentences: int = 3,
    oracle: bool = True,
    skipped: Callable[[str], None] | None = None,
    label: str | None = None,
    scored: Callable[[], None] | None = None,
) -> list[GroupScores]:
    """:func:`evaluate` on the whole of ``path``, or with ``by``, on each group of records that share the
    value of that field (an outlet, a section), groups in the order they first occur. Records without
    the field make a group of their own; a file where no record has it makes one group, the whole file.
    ``skipped`` is called with the ``FILE:LINE`` of each line left out (:func:`read_jsonl`). ``label``
    names the file in the groups' labels (its file name by default); ``scored`` is called after each
    article is scored (a progress bar's count).
    """
    engines = {name: get_summarizer(name) for name in summarizers}
    lead = get_summarizer("lead")
    scorer = RougeScorer()
    budget = Budget(sentences=sentences)
    groups: dict[Any, dict[str, SystemScore]] = {}
    for record in read_jsonl(path, limit, skipped):
        value = _MISSING if by is None or by not in record else _group_key(record[by])
        results = groups.get(value)
        if results is None:
            names = [LEAD3, *summarizers] + ([ORACLE] if oracle else [])
            results = groups[value] = {name: SystemScore(name) for name in names}
            results[LEAD3].name = f"lead-{sentences}"
        _score_record(record, results, engines, lead, scorer, budget, oracle)
        if scored is not None:
            scored()
    name = label or Path(path).name
    if list(groups) == [_MISSING]:
        return [GroupScores(name, list(groups[_MISSING].values()))]
    return [
        GroupScores(
            f"{name}, {shown(by, 80)} {'missing' if value is _MISSING else '= ' + shown(_group_label(value), 80)}",
            list(results.values()),
            True,
        )
        for value, results in groups.items()
    ]


_MISSING = object()


def _group_key(value: Any) -> tuple[bool, str]:
    """A ``--by`` field's group: one per value as the file writes it, so the text ``"7"`` and the number
    ``7`` are two groups (their JSON forms had been one key, and the two merged into one table)."""
    is_text = isinstance(value, str)
    return is_text, value if is_text else json.dumps(value, ensure_ascii=False)


def _group_label(key: tuple[bool, str]) -> str:
    """A group's value as its table names it: text as it is, anything else as JSON (``null``, ``["a",
    "b"]``), where Python's ``None`` and ``['a', 'b']`` had named the group; text that JSON would read as
    another kind (``7``, ``null``, ``[1]``) is quoted, to be told from the value it spells."""
    is_text, written = key
    if not is_text:
        return written
    try:
        json.loads(written)
    except (ValueError, RecursionError):  # not JSON (every ordinary name), or past the parser's bounds
        return written
    return json.dumps(written, ensure_ascii=False)


def _score_record(
    record: dict[str, Any],
    results: dict[str, SystemScore],
    engines: dict[str, Any],
    lead: Any,
    scorer: RougeScorer,
    budget: Budget,
    oracle: bool,
) -> None:
    references = record["reference"] if isinstance(record["reference"], list) else [record["reference"]]
    try:
        document = record_document(record)
    except NutgrafError:
        for system in results.values():
            system.add(dict.fromkeys(METRICS, 0.0))
            system.failures += 1
        return
    results[LEAD3].add(scorer.score(references, _texts(document, lead, budget)))
    for name, engine in engines.items():
        try:
            candidate = _texts(document, engine, budget)
        except NutgrafError:
            candidate = []
            results[name].failures += 1
        results[name].add(scorer.score(references, candidate))
    if oracle:
        reference_tokens = scorer.tokens(references[0])
        sentence_tokens = [scorer.tokens(document.sentence_text(i)) for i in range(len(document.sentences))]
        chosen = oracle_indices(sentence_tokens, reference_tokens, budget.sentences or 3)
        results[ORACLE].add(scorer.score(references, [document.sentence_text(i) for i in chosen]))


def record_document(record: dict[str, Any]) -> Document:
    """The segmented article of a scored ``record`` (from :func:`read_jsonl`), cleaned as pasted text is.

    Raises :class:`~nutgraf.errors.NutgrafError` for an article with nothing to summarize."""
    article = clean_text(record["article"])
    return make_document(article.text, language=article.language, title=record.get("title"))


def _texts(document: Document, engine, budget: Budget) -> list[str]:
    return [s.text for s in engine.summarize(document, budget)]


def format_table(scores: list[SystemScore]) -> str:
    """A plain-text table of the scores, one system a row: means with their 95% intervals, and each
    system's ROUGE-1 difference to the first (Lead-k) with its paired interval."""
    lead = scores[0]
    header = (
        f"{'system':<16} {'ROUGE-1':>8} {'95% interval':>13} {'ROUGE-2':>8} {'ROUGE-Lsum':>10} "
        f"{'R-1 vs ' + lead.name:>15} {'95% interval':>15} {'articles':>9}"
    )
    rows = [header, "-" * len(header)]
    for s in scores:
        low, high = s.interval("rouge1")
        versus = ""
        if s is not lead:
            d_low, d_high = s.interval("rouge1", lead)
            difference = s.mean("rouge1") - lead.mean("rouge1")
            versus = f"{difference:+15.2f} {f'{d_low:+.2f} to {d_high:+.2f}':>15}"
        rows.append(
            f"{s.name:<16} {s.mean('rouge1'):8.2f} {f'{low:.2f}-{high:.2f}':>13} {s.mean('rouge2'):8.2f} "
            f"{s.mean('rougeLsum'):10.2f} {versus:>31} {s.articles:9d}"
            + (f"  ({s.failures} failed)" if s.failures else "")
        )
    return "\n".join(rows)
