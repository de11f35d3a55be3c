"""The transformers engine on a tiny random BART built in the test (nothing is downloaded)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import nutgraf
from nutgraf.engines.base import get_summarizer
from nutgraf.errors import InvalidInputError, SummarizerUnavailableError

pytest.importorskip("torch")
pytest.importorskip("transformers")

ARTICLE = """The city council approved a new budget on Monday that raises spending on schools.

The budget passed by a vote of seven to two after a long debate. The mayor said the plan would hire teachers.

Critics said the plan relies on optimistic tax forecasts. Parents welcomed the news at a meeting on Tuesday.
"""


def build_tiny_bart(directory: Path, *, max_positions: int = 64) -> Path:
    """A random 1-layer BART and a word-level tokenizer trained on the test article, saved locally."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    special = ["<pad>", "<s>", "</s>", "<unk>"]
    tokenizer = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.train_from_iterator([ARTICLE] * 3, trainers.WordLevelTrainer(special_tokens=special))
    from tokenizers.processors import TemplateProcessing

    tokenizer.post_processor = TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 1), ("</s>", 2)]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
        model_max_length=max_positions,
    )
    import torch

    torch.manual_seed(0)
    config = BartConfig(
        vocab_size=tokenizer.get_vocab_size(),
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=max_positions,
        pad_token_id=0,
        bos_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
    )
    BartForConditionalGeneration(config).save_pretrained(directory)
    fast.save_pretrained(directory)
    return directory


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bart(tmp_path_factory.mktemp("tiny-bart"))


def test_summary_is_abstractive_text_within_budget(tiny_model: Path) -> None:
    summary = nutgraf.summarize(ARTICLE, summarizer="transformers", model=str(tiny_model), sentences=2)
    assert summary.summarizer == "transformers"
    assert 1 <= len(summary.sentences) <= 2
    for sentence in summary.sentences:
        assert sentence.text.strip()
        assert sentence.start is None and sentence.end is None
        assert 0.0 < sentence.score <= 1.0
    # Abstractive summaries come with evidence for each sentence.
    assert summary.evidence is not None
    assert len(summary.evidence.sentences) == len(summary.sentences)
    assert "evidence" in summary.to_dict()


def test_word_budget_limits_generation(tiny_model: Path) -> None:
    short = nutgraf.summarize(
        ARTICLE, summarizer="transformers", model=str(tiny_model), sentences=None, words=5, num_beams=1
    )
    # A random model rarely ends sentences, so the one sentence it writes is cut by max_new_tokens:
    # 5 words -> at most 5 * 1.5 + 8 = 15 tokens, one word each in this word-level vocabulary.
    assert 1 <= sum(len(s.text.split()) for s in short.sentences) <= 16


def test_long_article_is_split_into_chunks_and_combined(tiny_model: Path) -> None:
    from nutgraf.engines import Budget, get_summarizer
    from nutgraf.segment import make_document

    engine = get_summarizer("transformers", model=str(tiny_model), num_beams=1)
    long_article = "\n\n".join([ARTICLE] * 12)  # far beyond the 64-token window
    document = make_document(long_article)
    chunks = engine._chunks(document)
    assert len(chunks) > 3
    lengths = [len(engine._loaded.tokenizer(c)["input_ids"]) for c in chunks]
    assert max(lengths) <= engine.window
    assert (
        " ".join(chunks).split()
        == " ".join(document.sentence_text(i) for i in range(len(document.sentences))).split()
    ), "chunks hold every sentence once, in order"
    sentences = engine.summarize(document, Budget(sentences=2))
    assert 1 <= len(sentences) <= 2


def test_batch_gives_one_summary_per_document(tiny_model: Path) -> None:
    from nutgraf.engines import Budget, get_summarizer
    from nutgraf.segment import make_document

    engine = get_summarizer("transformers", model=str(tiny_model), batch_size=3, num_beams=2)
    documents = [make_document(ARTICLE), make_document("Parents welcomed the news on Tuesday.")]
    results = engine.summarize_batch(documents, Budget(sentences=1))
    assert [len(r) for r in results] == [1, 1]


def test_missing_model_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SummarizerUnavailableError, match="does not download"):
        nutgraf.summarize(ARTICLE, summarizer="transformers", model=str(tmp_path / "nowhere"))


def test_broken_model_directory_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SummarizerUnavailableError, match="cannot load a sequence-to-sequence model"):
        nutgraf.summarize(ARTICLE, summarizer="transformers", model=str(tmp_path))


def test_a_model_variable_naming_no_model_is_refused_when_the_service_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tiny_model: Path
) -> None:
    # serve started and its reader offered "Rewritten by a local model"; each summary asked of it failed.
    from nutgraf.cli import main
    from nutgraf.settings import Settings

    monkeypatch.setenv("NUTGRAF_TRANSFORMERS_MODEL", str(tmp_path / "nowhere"))
    with pytest.raises(SummarizerUnavailableError) as refused:
        Settings.from_env()
    assert str(refused.value) == (
        f"NUTGRAF_TRANSFORMERS_MODEL names {tmp_path / 'nowhere'}, which holds no model: expected a local"
        " directory with config.json, the weights and the tokenizer (as written by save_pretrained);"
        " nutgraf does not download models; give that directory, or unset NUTGRAF_TRANSFORMERS_MODEL"
    )
    # `articles list`, which summarizes with the service's summarizer alone, is not refused for it.
    assert main(["articles", "list", "--database", f"sqlite:///{tmp_path / 'none.db'}"]) == 0
    monkeypatch.setenv("NUTGRAF_TRANSFORMERS_MODEL", str(tiny_model))
    assert "transformers" in Settings.from_env().reader_choices()


def test_no_model_given_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NUTGRAF_TRANSFORMERS_MODEL", raising=False)
    with pytest.raises(SummarizerUnavailableError, match="model=PATH"):
        nutgraf.summarize(ARTICLE, summarizer="transformers")


def test_cuda_without_gpu_is_a_clear_error(tiny_model: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present")
    with pytest.raises(SummarizerUnavailableError, match="no CUDA GPU"):
        nutgraf.summarize(ARTICLE, summarizer="transformers", model=str(tiny_model), device="cuda")


@pytest.mark.parametrize(
    ("options", "missing", "error", "message"),
    [
        ({"device": "tpu"}, None, InvalidInputError, "unknown device 'tpu'"),
        ({"dtype": "int8"}, None, InvalidInputError, "unknown dtype 'int8'"),
        ({}, "torch", SummarizerUnavailableError, "needs torch, which is not installed"),
        ({}, "transformers", SummarizerUnavailableError, "needs transformers, which is not installed"),
    ],
)
def test_bad_settings_fail_when_the_engine_is_built_not_at_first_use(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    options: dict[str, str],
    missing: str | None,
    error: type,
    message: str,
) -> None:
    # A batch run builds the engine in its parent to check the settings before any worker starts.
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    if missing:
        monkeypatch.setitem(sys.modules, missing, None)  # what find_spec takes for not installed
    with pytest.raises(error, match=message):
        get_summarizer("transformers", model=str(tmp_path), **options)


def test_importing_nutgraf_does_not_import_torch() -> None:
    import subprocess

    code = "import nutgraf, sys; nutgraf.summarizers(); print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_gpu_bench_small_cpu_path_runs() -> None:
    import subprocess

    script = Path(__file__).resolve().parents[1] / "bench" / "gpu_transformers.py"
    result = subprocess.run(
        [sys.executable, str(script), "--small", "--cpu-only", "--articles", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "cpu" in result.stdout and "articles/s" in result.stdout


def test_cli_summarizes_with_a_local_model_and_shows_the_evidence(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from nutgraf.cli import main

    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = ["summarize", str(article), "--summarizer", "transformers", "--model", str(tiny_model)]
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summarizer"] == "transformers" and data["sentences"]
    assert len(data["evidence"]["sentences"]) == len(data["sentences"])
    # Text and Markdown are the summary alone unless the evidence is asked for, as for any engine.
    for output_format in ("text", "markdown"):
        assert main([*args, "--format", output_format]) == 0
        assert "supported" not in capsys.readouterr().out
        assert main([*args, "--format", output_format, "--evidence"]) == 0
        assert "supported" in capsys.readouterr().out


def test_a_batch_whose_model_cannot_load_stops_and_a_rerun_does_every_record(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from nutgraf.cli import main

    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{}", encoding="utf-8")
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"a{n}", "text": ARTICLE}) + "\n" for n in range(3)))
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "-o", str(out), "--summarizer", "transformers", "--workers", "1"]
    monkeypatch.setenv("NUTGRAF_TRANSFORMERS_MODEL", str(broken))
    assert main([*command, "--no-progress"]) == 1
    assert "run the same command again to resume" in capsys.readouterr().err
    assert out.read_text() == ""  # no error records that a rerun would take as done
    monkeypatch.setenv("NUTGRAF_TRANSFORMERS_MODEL", str(tiny_model))
    assert main([*command, "--no-progress"]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["a0", "a1", "a2"] and all(r["summary"] for r in records)
    # New sentences have no place in the article: the evidence says which article sentences back them.
    assert all(len(r["evidence"]["sentences"]) == len(r["summary"]) for r in records)
    parquet = pytest.importorskip("pyarrow.parquet")
    assert main([*command[:3], str(tmp_path / "out.parquet"), *command[4:], "--no-progress"]) == 0
    table = parquet.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["evidence"] for r in table] == [r["evidence"] for r in records]


def test_a_tldr_is_the_first_sentence_and_says_so_and_another_language_is_refused(tiny_model: Path) -> None:
    tldr = nutgraf.summarize(ARTICLE, summarizer="transformers", model=str(tiny_model), form="tldr")
    assert len(tldr.sentences) == 1 and tldr.form == "tldr"
    assert tldr.notes == (
        "The transformers summarizer cannot be asked for a TL;DR: this is its summary's first sentence.",
    )
    with pytest.raises(InvalidInputError, match="cannot be told another"):
        nutgraf.summarize(ARTICLE, summarizer="transformers", model=str(tiny_model), output_language="de")


def test_a_model_that_needs_its_own_code_is_refused_without_asking_or_running_it(tmp_path: Path) -> None:
    # transformers, left to decide, stopped to ask "Do you wish to run the custom code? [y/N]" on the
    # terminal, and a "y" ran the Python the model's directory holds.
    import json
    import os
    import subprocess

    model = build_tiny_bart(tmp_path / "custom-model")
    ran = tmp_path / "ran"
    config = json.loads((model / "config.json").read_text(encoding="utf-8"))
    config["model_type"] = "custom"
    config["auto_map"] = {"AutoConfig": "custom.Config", "AutoModelForSeq2SeqLM": "custom.Model"}
    (model / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (model / "custom.py").write_text(
        f"import pathlib\npathlib.Path({str(ran)!r}).write_text('ran')\n"
        "from transformers import BartConfig, BartForConditionalGeneration\n"
        "class Config(BartConfig):\n    model_type = 'custom'\n"
        "class Model(BartForConditionalGeneration):\n    config_class = Config\n",
        encoding="utf-8",
    )
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "nutgraf", "summarize", str(article), "--summarizer", "transformers"],
        input="y\ny\ny\n",
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NUTGRAF_TRANSFORMERS_MODEL": str(model), "HF_HOME": str(tmp_path / "hf")},
    )
    assert result.returncode == 1 and not ran.exists()
    assert "Do you wish" not in result.stdout + result.stderr
    assert result.stderr.endswith(
        "needs code of its own to load (config.json's auto_map), and nutgraf runs none from a model"
        " directory; use a model transformers itself knows (BART, PEGASUS, T5, mT5...)\n"
    )
    assert result.stderr.splitlines()[-1].startswith("nutgraf: error: cannot load")


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ({"num_beams": "2"}, "num_beams must be a whole number of at least 1, not '2'"),
        ({"batch_size": 2.5}, "batch_size must be a whole number of at least 1, not 2.5"),
        ({"max_input_tokens": "512"}, "max_input_tokens must be a whole number of at least 1, not '512'"),
        # A falsy window had passed as None, the model's own, where the caller asked for none of it.
        ({"max_input_tokens": 0}, "max_input_tokens must be a whole number of at least 1, not 0"),
        ({"max_input_tokens": ""}, "max_input_tokens must be a whole number of at least 1, not ''"),
        ({"device": 0}, "unknown device 0; use 'auto', 'cpu', 'cuda' or 'cuda:N'"),
    ],
)
def test_an_option_of_the_wrong_type_is_a_clear_error(tiny_model: Path, option: dict, message: str) -> None:
    # A string or a number where the other belongs had been a TypeError or an AttributeError traceback.
    with pytest.raises(InvalidInputError) as refused:
        nutgraf.summarize(ARTICLE, summarizer="transformers", model=str(tiny_model), **option)
    assert str(refused.value) == message
