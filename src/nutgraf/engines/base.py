"""The summarizer interface, the registry of engines, and the sentence selection they share.

An engine is a class with a ``name`` that turns a :class:`~nutgraf.article.Document` and a
:class:`Budget` into summary sentences. Extractive engines only score sentences
(:meth:`ExtractiveSummarizer.score`); picking the best within the budget, skipping near-duplicates and
restoring article order is done here, once, for all of them. A new engine is one new module in
``nutgraf/engines/`` that decorates its class with :func:`register`.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar, TypeVar

import numpy as np

from nutgraf.article import Document, SummarySentence
from nutgraf.errors import InvalidInputError, UnknownSummarizerError
from nutgraf.segment import PlacesNamed, dateline_end


@dataclass(frozen=True)
class Budget:
    """How long a summary may be: at most ``sentences`` sentences and at most ``words`` words.

    ``None`` lifts a limit. When a words budget is smaller than the best sentence, that sentence is
    still returned alone, so a summary is never empty for a non-empty article.
    """

    sentences: int | None = 3
    words: int | None = None

    def __post_init__(self) -> None:
        for name in ("sentences", "words"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise InvalidInputError(f"{name} must be a positive whole number or None, not {value!r}")
        if self.sentences is None and self.words is None:
            raise InvalidInputError("give a budget in sentences, in words, or both")


@lru_cache(maxsize=64, typed=True)
def sentence_budget(sentences: int) -> Budget:
    """A budget of ``sentences`` sentences alone, made once per count (a Budget is frozen, so one is shared):
    its checks cost some 8,000 instructions a summary."""
    return Budget(sentences=sentences)


class Summarizer(ABC):
    """One summarization engine. Subclasses set ``name`` and implement :meth:`summarize`."""

    name: ClassVar[str]
    #: Whether every sentence the engine returns is a span of the source text.
    extractive: ClassVar[bool] = True
    #: The options of :class:`nutgraf.engines.options.SummaryOptions` the engine applies itself, passed to
    #: :meth:`summarize` as keyword arguments: ``form`` (it writes key points and TL;DRs its own way),
    #: ``output_language`` (it can write in another language than the article's), ``avoid`` (it keeps
    #: questions or quotes out as it writes). The pipeline does the rest for every engine alike: a TL;DR
    #: is a one-sentence budget, key points are the summary's sentences, and extractive engines are handed
    #: the article without the sentences ``avoid`` keeps out.
    takes: ClassVar[frozenset[str]] = frozenset()

    @abstractmethod
    def summarize(self, document: Document, budget: Budget) -> list[SummarySentence]:
        """The summary sentences of ``document`` within ``budget`` (an engine that :attr:`takes` options
        also accepts them here as keyword arguments)."""


class ExtractiveSummarizer(Summarizer):
    """An engine that scores the article's sentences; the shared selection does the rest."""

    #: Whether to skip a sentence that mostly repeats one already chosen.
    skip_redundant: ClassVar[bool] = True

    @abstractmethod
    def score(self, document: Document) -> np.ndarray:
        """One score per sentence of ``document``; higher is more worth including."""

    def summarize(self, document: Document, budget: Budget) -> list[SummarySentence]:
        if not document.sentences:
            return []
        scores = np.asarray(self.score(document), dtype=float)
        chosen = select_sentences(document, scores, budget, skip_redundant=self.skip_redundant)
        return self.summary_sentences(document, chosen, scores)

    @staticmethod
    def summary_sentences(document: Document, chosen: list[int], scores: np.ndarray) -> list[SummarySentence]:
        """The sentences of ``document`` at the ``chosen`` indices, with their spans and scores; a sentence
        that opens its paragraph on a dateline ("WASHINGTON (Reuters) - ") from where its news begins
        (:func:`nutgraf.segment.dateline_end`)."""
        summary, places = [], PlacesNamed(document.text)
        for i in chosen:
            span = document.sentences[i]
            start = dateline_end(document.text, span.start, span.end, places)
            summary.append(
                SummarySentence(
                    text=document.text[start : span.end],
                    start=start,
                    end=span.end,
                    score=round(float(scores[i]), 6),
                )
            )
        return summary


# Share of a candidate's word trigrams already in the summary above which it adds too little. On the
# 2,000 held-out CNN/DM articles 0.2 beats 0.5 by 0.15 ROUGE-1 for default and 0.2 for textrank.
_REDUNDANT_TRIGRAM_SHARE = 0.2


def word_trigrams(words: list[str]) -> set[tuple[str, ...]]:
    """The runs of three words in a sentence's ``words``, as :func:`repeats` compares them."""
    return set(zip(words, words[1:], words[2:], strict=False))


def repeats(trigrams: set[tuple[str, ...]], seen: set[tuple[str, ...]]) -> bool:
    """Whether a sentence of these word ``trigrams`` is one :func:`select_sentences` passes over as redundant
    beside sentences whose trigrams are ``seen``."""
    # Most sentences share no trigram with the summary: told without a set made of what they share.
    return not trigrams.isdisjoint(seen) and len(trigrams & seen) > _REDUNDANT_TRIGRAM_SHARE * len(trigrams)


def select_sentences(
    document: Document, scores: np.ndarray, budget: Budget, *, skip_redundant: bool = True
) -> list[int]:
    """Indices of the best-scoring sentences that fit ``budget``, in article order.

    Ties go to the earlier sentence. With ``skip_redundant``, a sentence most of whose word trigrams are
    already in the summary, or whose text duplicates a chosen one, is passed over.
    """
    # A stable sort: equal scores keep article order.
    order = (-np.asarray(scores, dtype=float)).argsort(kind="stable").tolist()
    chosen: list[int] = []
    seen_trigrams: set[tuple[str, ...]] = set()
    seen_texts: set[str] = set()
    total_words = 0
    for i in order:
        if budget.sentences is not None and len(chosen) >= budget.sentences:
            break
        sentence_words = document.words[i]
        if budget.words is not None and chosen and total_words + len(sentence_words) > budget.words:
            continue
        if skip_redundant:
            trigrams = word_trigrams(sentence_words)
            if trigrams:
                # A sentence of three words or more that repeats a chosen one has all its trigrams seen:
                # only the shorter ones, which have none, are told by their text (joined and hashed for
                # every sentence, that cost the pool's selection a tenth of its instructions).
                if repeats(trigrams, seen_trigrams):
                    continue
                # The last sentence the budget takes leaves no later one to compare with its trigrams.
                if budget.sentences is None or len(chosen) + 1 < budget.sentences:
                    seen_trigrams |= trigrams
            else:
                key = " ".join(sentence_words)
                if key in seen_texts:
                    continue
                seen_texts.add(key)
        chosen.append(i)
        total_words += len(sentence_words)
        if budget.words is not None and total_words >= budget.words:
            break
    return sorted(chosen)


def generated_sentences(text: str, budget: Budget, score: float) -> list[SummarySentence]:
    """An abstractive engine's output split into summary sentences (no offsets) within ``budget``.

    Sentences are kept in order while they fit; the first is always kept, so a non-empty text never gives
    an empty summary.
    """
    from nutgraf.segment import split_sentences

    return within_budget([text[span.start : span.end] for span in split_sentences(text)], budget, score)


def within_budget(pieces: list[str], budget: Budget, score: float) -> list[SummarySentence]:
    """Written sentences (or key points) as summary sentences, kept in order while they fit ``budget``
    (its sentences count the pieces); the first is always kept."""
    from nutgraf.language import words

    chosen: list[SummarySentence] = []
    total = 0
    for piece in pieces:
        count = len(words(piece))
        if budget.sentences is not None and len(chosen) >= budget.sentences:
            break
        if chosen and budget.words is not None and total + count > budget.words:
            break
        chosen.append(SummarySentence(text=piece, start=None, end=None, score=score))
        total += count
    return chosen


S = TypeVar("S", bound=type[Summarizer])
_REGISTRY: dict[str, type[Summarizer]] = {}
_discovered = False


def register(name: str) -> Callable[[S], S]:
    """Class decorator that registers an engine under ``name`` (and sets its ``name``)."""

    def decorate(cls: S) -> S:
        if name in _REGISTRY and _REGISTRY[name] is not cls:
            raise ValueError(f"a summarizer named {name!r} is already registered")
        cls.name = name
        _REGISTRY[name] = cls
        return cls

    return decorate


def _discover() -> None:
    # Importing every module of this package registers the built-in engines; engines with heavy
    # dependencies import them lazily, so discovery stays cheap.
    global _discovered
    if _discovered:
        return
    package = importlib.import_module("nutgraf.engines")
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"nutgraf.engines.{module.name}")
    _discovered = True


def available() -> list[str]:
    """Names of the registered summarizers, sorted."""
    _discover()
    return sorted(_REGISTRY)


def is_extractive(name: str) -> bool:
    """Whether the engine registered as ``name`` picks the article's own sentences (``False`` when unknown)."""
    _discover()
    engine = _REGISTRY.get(name)
    return engine is not None and engine.extractive


def summarizer_class(name: str) -> type[Summarizer]:
    """The engine registered as ``name``; :class:`UnknownSummarizerError` when there is none."""
    _discover()
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):  # TypeError: an unhashable name, a list say
        raise UnknownSummarizerError(
            f"no summarizer named {repr(name)[:100]}; choose one of: {', '.join(sorted(_REGISTRY))}"
        ) from None


def get_summarizer(name: str, **options: Any) -> Summarizer:
    """An instance of the engine registered as ``name``, built with ``options``."""
    return summarizer_taking(name, options)(**options)


def summarizer_taking(name: str, options: dict[str, Any]) -> type[Summarizer]:
    """The engine registered as ``name`` (:func:`summarizer_class`), which takes ``options``; else
    :class:`InvalidInputError`, saying which summarizers take them. Nothing is built."""
    cls = summarizer_class(name)
    # inspect.signature costs more than a short summary: only when there is a doubt
    if options and not _takes(cls, options):
        takes = [p for p in inspect.signature(cls).parameters if p not in ("self", "args", "kwargs")]
        # "the model option", as the interfaces name an option: the command line prints it as the flag,
        # --model (see nutgraf.cli.arguments.in_flag_words), where "leave it out" had named nothing.
        given = ", ".join(f"the {option} option" for option in sorted(options))
        # Where the options belong, so that the message says what to do ("model" is the llm's and the
        # transformers summarizer's), not only what is wrong.
        others = [other for other, engine in sorted(_REGISTRY.items()) if _takes(engine, options)]
        it = "it" if len(options) == 1 else "them"
        raise InvalidInputError(
            f"the {name} summarizer does not take {given}; it takes {', '.join(takes) or 'no options'}"
            + (
                f": leave {given} out, or choose a summarizer that takes {it}: {', '.join(others)}"
                if others
                else f", and no summarizer takes {given}: leave {it} out"
            )
        )
    return cls


def _takes(cls: type[Summarizer], options: dict[str, Any]) -> bool:
    """Whether the engine ``cls`` is built with ``options``."""
    try:
        inspect.signature(cls).bind(**options)
    except TypeError:
        return False
    return True
