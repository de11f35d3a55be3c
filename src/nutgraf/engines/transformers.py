"""The ``transformers`` engine: abstractive summaries from a local sequence-to-sequence model.

Any model that ``AutoModelForSeq2SeqLM`` loads (BART, PEGASUS, T5, mT5...) works, from a local directory
written by ``save_pretrained`` (model and tokenizer together); nutgraf never downloads one. An article
longer than the model's input window is cut into chunks of whole sentences, each chunk is summarized
(all chunks in batches), and when the joined chunk summaries still exceed the budget they are summarized
once more, until one text fits.

torch and transformers are imported on first use, so ``import nutgraf`` stays light; install them with
``pip install 'nutgraf[transformers]'``.
"""

from __future__ import annotations

import importlib
import importlib.util
import math
import os
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nutgraf.engines.base import Budget, Summarizer, generated_sentences, register
from nutgraf.errors import InvalidInputError, SummarizerUnavailableError
from nutgraf.language import words
from nutgraf.segment import split_sentences

if TYPE_CHECKING:
    from nutgraf.article import Document, SummarySentence

#: Environment variable naming the model directory when ``model=`` is not given.
MODEL_ENV = "NUTGRAF_TRANSFORMERS_MODEL"
_INSTALL_HINT = "pip install 'nutgraf[transformers]'"
# News sentences average 20-25 words; a sentence budget becomes this many words.
_WORDS_PER_SENTENCE = 24
# Subword tokens per word for English BPE vocabularies, with room to finish the last sentence.
_TOKENS_PER_WORD = 1.5
# Rounds of summarizing joined chunk summaries before giving up on fitting the budget.
_MAX_ROUNDS = 4
# Input window assumed when neither the model config nor the tokenizer states one.
_DEFAULT_WINDOW = 512
_DTYPES = ("auto", "float32", "float16", "bfloat16")


@dataclass(frozen=True)
class _Loaded:
    model: Any
    tokenizer: Any
    device: str
    window: int
    #: The most tokens the decoder can write (its position limit).
    max_output: int
    prefix: str


@register("transformers")
class TransformersSummarizer(Summarizer):
    """Abstractive summaries from a local seq2seq model (``AutoModelForSeq2SeqLM``).

    Args:
        model: path of a local model directory (model and tokenizer saved with ``save_pretrained``);
            defaults to the ``NUTGRAF_TRANSFORMERS_MODEL`` environment variable.
        device: ``"auto"`` (CUDA when available, else CPU), ``"cpu"``, ``"cuda"`` or ``"cuda:N"``.
        batch_size: chunks generated together.
        num_beams: beam width (1 is greedy: fastest, a little worse).
        max_input_tokens: input window; defaults to what the model was trained on.
        dtype: ``"auto"`` (bfloat16 on a GPU that supports it, else float32), ``"float32"``,
            ``"float16"`` or ``"bfloat16"``.
    """

    extractive = False

    def __init__(
        self,
        model: str | os.PathLike[str] | None = None,
        *,
        device: str = "auto",
        batch_size: int = 8,
        num_beams: int = 4,
        max_input_tokens: int | None = None,
        dtype: str = "auto",
    ) -> None:
        path = model if model is not None else os.environ.get(MODEL_ENV)
        if not path:
            raise SummarizerUnavailableError(
                f"the transformers summarizer needs a model: set {MODEL_ENV} to a local directory saved with"
                " save_pretrained (or give `nutgraf summarize` --model PATH, or from Python pass model=PATH);"
                " nutgraf does not download models"
            )
        directory = _model_directory(path)
        wholes = {"batch_size": batch_size, "num_beams": num_beams, "max_input_tokens": max_input_tokens}
        for name, value in wholes.items():
            # A string where a count belongs had been a TypeError of the comparison. None is the model's
            # own window, and only None: a 0 (or "") had passed as it, a window the caller never chose.
            if name == "max_input_tokens" and value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidInputError(
                    f"{name} must be a whole number of at least 1, not {repr(value)[:40]}"
                )
        if not isinstance(device, str) or (
            device not in ("auto", "cpu") and not device.startswith(("cuda", "mps"))
        ):
            raise InvalidInputError(f"unknown device {device!r}; use 'auto', 'cpu', 'cuda' or 'cuda:N'")
        if not isinstance(dtype, str) or dtype not in _DTYPES:
            raise InvalidInputError(f"unknown dtype {dtype!r}; use {', '.join(map(repr, _DTYPES))}")
        # Found, not imported: a batch run's parent checks its settings here and should fail before its
        # workers start, without paying for torch it never uses.
        for package in ("torch", "transformers"):
            if importlib.util.find_spec(package) is None:
                raise SummarizerUnavailableError(_not_installed(package))
        self.batch_size = batch_size
        self.num_beams = num_beams
        self._where = (str(directory.resolve()), device, dtype)
        self._max_input_tokens = max_input_tokens

    @cached_property
    def _loaded(self) -> _Loaded:
        # On first use, not in the constructor: a batch run checks the settings in its parent process,
        # which then never summarizes, and only its workers should hold the model.
        directory, device, dtype = self._where
        return _load(directory, _resolve_device(device), dtype)

    @property
    def window(self) -> int:
        """The input window in tokens: the model's, or ``max_input_tokens`` when smaller."""
        return min(self._max_input_tokens or self._loaded.window, self._loaded.window)

    @property
    def device(self) -> str:
        """Where the model runs (``cpu``, ``cuda``...)."""
        return self._loaded.device

    def summarize(self, document: Document, budget: Budget) -> list[SummarySentence]:
        return self.summarize_batch([document], budget)[0]

    def summarize_batch(self, documents: list[Document], budget: Budget) -> list[list[SummarySentence]]:
        """Summaries of several documents, their chunks generated together in batches (faster on a GPU)."""
        texts = [self._chunks(d) for d in documents]
        scores: list[float] = [1.0] * len(documents)
        pending = [i for i, chunks in enumerate(texts) if chunks]
        for _ in range(_MAX_ROUNDS):
            if not pending:
                break
            flat = [(i, chunk) for i in pending for chunk in texts[i]]
            generated = self._generate([chunk for _, chunk in flat], budget)
            joined: dict[int, list[tuple[str, float]]] = {}
            for (i, _), result in zip(flat, generated, strict=True):
                joined.setdefault(i, []).append(result)
            still_long = []
            for i, results in joined.items():
                text = " ".join(summary for summary, _ in results)
                scores[i] = min(scores[i], min(score for _, score in results))
                texts[i] = self._chunk_text(text)
                if len(results) > 1 and _over_budget(text, budget):
                    still_long.append(i)
            pending = still_long
        return [
            generated_sentences(" ".join(chunks), budget, scores[i]) if chunks else []
            for i, chunks in enumerate(texts)
        ]

    def _chunks(self, document: Document) -> list[str]:
        sentences = [document.sentence_text(i) for i in range(len(document.sentences))]
        return self._pack(sentences)

    def _chunk_text(self, text: str) -> list[str]:
        return self._pack([text[s.start : s.end] for s in split_sentences(text)])

    def _pack(self, sentences: list[str]) -> list[str]:
        """Whole sentences packed greedily into chunks that fit the input window.

        A sentence longer than the window on its own (a run-on line without punctuation) is cut into
        runs of words that fit.
        """
        if not sentences:
            return []
        tokenizer = self._loaded.tokenizer
        # Room for the prefix and the special tokens the tokenizer adds around each input.
        room = self.window - len(tokenizer(self._loaded.prefix or "")["input_ids"]) - 2
        pieces: list[tuple[str, int]] = []
        for sentence, length in zip(sentences, self._token_counts(sentences), strict=True):
            if length <= room:
                pieces.append((sentence, length))
                continue
            tokens = sentence.split()
            parts = math.ceil(length / (0.8 * room))
            size = math.ceil(len(tokens) / parts)
            runs = [" ".join(tokens[i : i + size]) for i in range(0, len(tokens), size)]
            pieces.extend(zip(runs, self._token_counts(runs), strict=True))
        chunks: list[list[str]] = [[]]
        used = 0
        for piece, length in pieces:
            if chunks[-1] and used + length + 1 > room:
                chunks.append([])
                used = 0
            chunks[-1].append(piece)
            used += length + 1
        return [" ".join(chunk) for chunk in chunks]

    def _token_counts(self, texts: list[str]) -> list[int]:
        encoded = self._loaded.tokenizer(texts, add_special_tokens=False, verbose=False)
        return [len(ids) for ids in encoded["input_ids"]]

    def _generate(self, inputs: list[str], budget: Budget) -> list[tuple[str, float]]:
        """Generated text and a confidence (geometric-mean token probability) per input."""
        import torch

        loaded = self._loaded
        target_words = _target_words(budget)
        max_new = min(math.ceil(target_words * _TOKENS_PER_WORD) + 8, loaded.max_output)
        min_new = max(1, min(max_new - 1, math.floor(target_words * 0.5)))
        results: list[tuple[str, float]] = []
        for start in range(0, len(inputs), self.batch_size):
            batch = [loaded.prefix + text for text in inputs[start : start + self.batch_size]]
            encoded = loaded.tokenizer(
                batch, return_tensors="pt", padding=True, truncation=True, max_length=self.window
            ).to(loaded.device)
            with torch.inference_mode():
                output = loaded.model.generate(
                    **encoded,
                    max_new_tokens=max_new,
                    min_new_tokens=min_new,
                    num_beams=self.num_beams,
                    early_stopping=self.num_beams > 1,
                    return_dict_in_generate=True,
                    output_scores=True,
                )
            texts = loaded.tokenizer.batch_decode(output.sequences, skip_special_tokens=True)
            confidences = _confidences(loaded.model, output, self.num_beams)
            results.extend(
                (" ".join(text.split()), confidence)
                for text, confidence in zip(texts, confidences, strict=True)
            )
        return results


def _model_directory(path: str | os.PathLike[str], setting: str = "") -> Path:
    """``path`` as a directory holding a saved model; else SummarizerUnavailableError, naming
    ``setting`` (the variable) when it came from one."""
    directory = Path(path).expanduser()
    if not (directory / "config.json").is_file():
        where = (
            f"{setting} names {directory}, which holds no model" if setting else f"no model at {directory}"
        )
        raise SummarizerUnavailableError(
            f"{where}: expected a local directory with config.json, the weights and "
            "the tokenizer (as written by save_pretrained); nutgraf does not download models"
            + (f"; give that directory, or unset {setting}" if setting else "")
        )
    return directory


def check_environment() -> None:
    """Refuse a ``NUTGRAF_TRANSFORMERS_MODEL`` that names no saved model: ``serve`` and ``nutgraf
    worker`` check it when they start (:meth:`nutgraf.settings.Settings.from_env`), where the reader had
    offered the engine and each summary it was asked for had failed."""
    path = os.environ.get(MODEL_ENV)
    if path:
        _model_directory(path, MODEL_ENV)


def _confidences(model: Any, output: Any, num_beams: int) -> list[float]:
    import torch

    if num_beams > 1 and getattr(output, "sequences_scores", None) is not None:
        # Beam search reports each sequence's length-normalised log-probability.
        return [round(math.exp(s), 6) for s in output.sequences_scores.float().tolist()]
    steps = model.compute_transition_scores(output.sequences, output.scores, normalize_logits=True)
    steps = steps.float()
    finite = torch.isfinite(steps)
    means = torch.where(finite, steps, torch.zeros_like(steps)).sum(1) / finite.sum(1).clamp(min=1)
    return [round(math.exp(m), 6) for m in means.tolist()]


def _target_words(budget: Budget) -> int:
    by_sentences = budget.sentences * _WORDS_PER_SENTENCE if budget.sentences is not None else None
    return min(n for n in (by_sentences, budget.words) if n is not None)


def _over_budget(text: str, budget: Budget) -> bool:
    if budget.words is not None and len(words(text)) > budget.words:
        return True
    return budget.sentences is not None and len(split_sentences(text)) > budget.sentences


def _resolve_device(device: str) -> str:
    torch = _import("torch")
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise SummarizerUnavailableError(
            f"device={device!r} was asked for but torch sees no CUDA GPU; use device='cpu' or 'auto'"
        )
    return device


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise SummarizerUnavailableError(_not_installed(name)) from None


def _not_installed(name: str) -> str:
    return f"the transformers summarizer needs {name}, which is not installed: {_INSTALL_HINT}"


@lru_cache(maxsize=2)
def _load(directory: str, device: str, dtype: str) -> _Loaded:
    """The model and tokenizer in ``directory`` on ``device`` (kept, so engines built again reuse them)."""
    torch = _import("torch")
    transformers = _import("transformers")
    if dtype == "auto":
        on_gpu = device.startswith("cuda")
        torch_dtype = torch.bfloat16 if on_gpu and torch.cuda.is_bf16_supported() else torch.float32
    else:
        torch_dtype = getattr(torch, dtype)
    # A progress bar for reading local weights is noise on a command line; restore the caller's setting.
    hf_logging = transformers.utils.logging
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        # Never the directory's own code (config.json's auto_map): left to decide, transformers stopped to
        # ask on the terminal, and a "y" ran it.
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            directory, local_files_only=True, trust_remote_code=False
        )
        model = transformers.AutoModelForSeq2SeqLM.from_pretrained(
            directory, local_files_only=True, dtype=torch_dtype, trust_remote_code=False
        )
    except Exception as exc:  # a broken or foreign directory fails in many ways inside transformers
        reason = " ".join(str(exc).split())
        if "trust_remote_code" in reason:  # transformers' advice names an argument nutgraf does not take
            reason = (
                "it needs code of its own to load (config.json's auto_map), and nutgraf runs none from a"
                " model directory; use a model transformers itself knows (BART, PEGASUS, T5, mT5...)"
            )
        raise SummarizerUnavailableError(
            f"cannot load a sequence-to-sequence model and tokenizer from {directory}: {reason}"
        ) from None
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    model.to(device).eval()
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    config = model.config
    limits = [
        n
        for n in (getattr(config, "max_position_embeddings", None), tokenizer.model_max_length)
        if isinstance(n, int) and 0 < n < 100_000
    ]
    window = min(limits) if limits else _DEFAULT_WINDOW
    positions = getattr(config, "max_position_embeddings", None)
    # Two positions go to the decoder's start and end tokens.
    max_output = positions - 2 if isinstance(positions, int) and positions > 2 else _DEFAULT_WINDOW
    task = (getattr(config, "task_specific_params", None) or {}).get("summarization", {})
    return _Loaded(
        model=model,
        tokenizer=tokenizer,
        device=device,
        window=window,
        max_output=max_output,
        prefix=task.get("prefix", ""),
    )
