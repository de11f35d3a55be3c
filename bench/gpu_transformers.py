"""Throughput of the transformers engine on GPU and CPU, with a random-weight BART built from a config.

Nothing is downloaded: the model has BART-large's shape (12+12 layers, d_model 1024, 1024 positions,
50,265-token vocabulary) with random weights, and the tokenizer is a word-level one made here from the
articles' words (padded with filler words to the vocabulary size). Random weights never stop early, so every summary runs to max_new_tokens: the numbers are the
cost of full-length generation, a worst case for a real model.

Usage::

    python bench/gpu_transformers.py                    # GPU and CPU, BART-large shape (needs a GPU)
    python bench/gpu_transformers.py --small --cpu-only # a tiny model, CPU only (runs anywhere, ~seconds)

Articles come from shared/data/cnndm_dev.jsonl when present, else a built-in paragraph repeated.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import nutgraf
from nutgraf.engines import Budget, get_summarizer
from nutgraf.segment import make_document

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cnndm_dev.jsonl"
FALLBACK = (
    "The city council approved a new budget on Monday that raises spending on schools by 12 percent. "
    "The budget passed by a vote of seven to two after a long debate. The mayor said the plan would hire "
    "300 teachers. Critics said the plan relies on optimistic tax forecasts. "
)


def load_articles(count: int) -> list[str]:
    if DATA.is_file():
        with DATA.open(encoding="utf-8") as lines:
            return [json.loads(line)["article"] for line, _ in zip(lines, range(count), strict=False)]
    return [FALLBACK * 8] * count


def build_model(directory: Path, articles: list[str], *, small: bool) -> None:
    """A random BART (BART-large's shape, or a tiny one) and a word-level tokenizer, saved locally."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from tokenizers.processors import TemplateProcessing
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    special = ["<pad>", "<s>", "</s>", "<unk>"]
    vocab_size = 2_000 if small else 50_265
    positions = 256 if small else 1024
    # Every id the model can write must decode to a word: the articles' words, then filler words.
    vocabulary = list(dict.fromkeys([*special, *(w for a in articles for w in a.split())]))[:vocab_size]
    vocabulary += [f"w{i}" for i in range(vocab_size - len(vocabulary))]
    tokenizer = Tokenizer(models.WordLevel({w: i for i, w in enumerate(vocabulary)}, unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer.post_processor = TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 1), ("</s>", 2)]
    )
    PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
        model_max_length=positions,
    ).save_pretrained(directory)
    shape = (
        {"d_model": 64, "layers": 2, "heads": 4, "ffn": 128}
        if small
        else {"d_model": 1024, "layers": 12, "heads": 16, "ffn": 4096}
    )
    config = BartConfig(
        vocab_size=vocab_size,
        d_model=shape["d_model"],
        encoder_layers=shape["layers"],
        decoder_layers=shape["layers"],
        encoder_attention_heads=shape["heads"],
        decoder_attention_heads=shape["heads"],
        encoder_ffn_dim=shape["ffn"],
        decoder_ffn_dim=shape["ffn"],
        max_position_embeddings=positions,
        pad_token_id=0,
        bos_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
    )
    torch.manual_seed(0)
    BartForConditionalGeneration(config).save_pretrained(directory)


def measure(model_dir: Path, articles: list[str], device: str, args: argparse.Namespace) -> float:
    """Articles per second of the engine's batched path on ``device`` (after one warm-up batch)."""
    engine = get_summarizer(
        "transformers", model=str(model_dir), device=device, batch_size=args.batch_size, num_beams=args.beams
    )
    budget = Budget(sentences=3)
    documents = [make_document(a) for a in articles]
    engine.summarize_batch(documents[:1], budget)
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()
    started = time.perf_counter()
    summaries = engine.summarize_batch(documents, budget)
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()
    elapsed = time.perf_counter() - started
    assert all(summaries), "every article gets a summary"
    return len(documents) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="a tiny model instead of BART-large's shape")
    parser.add_argument("--cpu-only", action="store_true", help="skip the GPU run")
    parser.add_argument("--articles", type=int, default=16, help="articles on the GPU (default 16)")
    parser.add_argument(
        "--cpu-articles", type=int, default=4, help="articles on CPU (default 4: BART-large on CPU is slow)"
    )
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--beams", type=int, default=2)
    args = parser.parse_args()

    import torch

    articles = load_articles(args.articles)
    devices = ["cpu"] if args.cpu_only else ["cuda", "cpu"]
    if "cuda" in devices and not torch.cuda.is_available():
        parser.error("no CUDA GPU here; add --cpu-only")
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp)
        build_model(model_dir, articles, small=args.small)
        shape = "tiny" if args.small else "BART-large-shaped"
        print(
            f"nutgraf {nutgraf.__version__}, torch {torch.__version__}, {shape} random model, "
            f"batch {args.batch_size}, beams {args.beams}, 3-sentence budget"
        )
        if torch.cuda.is_available() and not args.cpu_only:
            print(f"GPU: {torch.cuda.get_device_name(0)}")
        for device in devices:
            count = min(args.cpu_articles, args.articles) if device == "cpu" else args.articles
            rate = measure(model_dir, articles[:count], device, args)
            print(f"{device:<5} {count:4d} articles  {rate:8.2f} articles/s")


if __name__ == "__main__":
    main()
