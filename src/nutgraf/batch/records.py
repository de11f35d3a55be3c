"""The batch output record: its fields, and its two encodings (JSONL lines, and Arrow IPC streams in the
schema of Parquet output), shared by the workers that encode records and the outputs that write them.
"""

from __future__ import annotations

import json
from typing import Any

from nutgraf.errors import MissingDependencyError

#: The article fields a summarized record carries (``None`` where unknown), in JSONL and Parquet alike.
ARTICLE_FIELDS = ("url", "title", "byline", "published", "site", "language", "description", "text")


def pyarrow_module() -> Any:
    try:
        import pyarrow.parquet  # binds `pyarrow` with its parquet submodule loaded
    except ImportError:
        raise MissingDependencyError(
            "Parquet output needs pyarrow: pip install 'nutgraf[parquet]' (or write .jsonl output)"
        ) from None
    return pyarrow


def parquet_schema() -> Any:
    """The Arrow schema of Parquet batch output: one column per JSONL field, nulls where absent."""
    pa = pyarrow_module()
    sentence = pa.struct(
        [("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("score", pa.float64())]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            *((name, pa.string()) for name in ARTICLE_FIELDS),
            ("summarizer", pa.string()),
            ("form", pa.string()),
            ("summary", pa.list_(sentence)),
            ("reduction", _reduction_type(pa)),
            ("keyphrases", _keyphrases_type(pa)),
            ("output_language", pa.string()),
            ("notes", pa.list_(pa.string())),
            ("evidence", _evidence_type(pa)),
            ("error", pa.struct([("kind", pa.string()), ("message", pa.string())])),
        ]
    )


def _evidence_type(pa: Any) -> Any:
    """:meth:`nutgraf.check.Evidence.to_dict` as an Arrow struct."""
    checked = pa.struct(
        [
            ("text", pa.string()),
            ("supported", pa.bool_()),
            ("score", pa.float64()),
            ("evidence", pa.list_(pa.list_(pa.int64()))),
            ("unsupported", pa.list_(pa.string())),
            ("reason", pa.string()),
        ]
    )
    return pa.struct(
        [
            ("supported", pa.bool_()),
            ("checked", pa.bool_()),
            ("threshold", pa.float64()),
            ("sentences", pa.list_(checked)),
            ("dropped", pa.int64()),
        ]
    )


def _keyphrases_type(pa: Any) -> Any:
    """A list of :meth:`nutgraf.keyphrases.Keyphrase.to_dict` as an Arrow type."""
    keyphrase = pa.struct(
        [("text", pa.string()), ("score", pa.float64()), ("spans", pa.list_(pa.list_(pa.int64())))]
    )
    return pa.list_(keyphrase)


def _reduction_type(pa: Any) -> Any:
    """:meth:`nutgraf.article.Reduction.to_dict` as an Arrow struct."""
    return pa.struct(
        [
            ("article_words", pa.int64()),
            ("summary_words", pa.int64()),
            ("share", pa.float64()),
            ("seconds_saved", pa.int64()),
            ("words_per_minute", pa.int64()),
        ]
    )


def arrow_ipc(rows: list[dict[str, Any]]) -> bytes:
    """``rows`` as an Arrow IPC stream in :func:`parquet_schema` (what workers send for Parquet output)."""
    pa = pyarrow_module()
    batch = pa.RecordBatch.from_pylist(rows, schema=parquet_schema())
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return sink.getvalue().to_pybytes()


def encode_rows(rows: list[dict[str, Any]], output_format: str) -> bytes:
    """``rows`` as JSONL bytes (one line each), or as an Arrow IPC stream in the Parquet schema."""
    if output_format == "parquet":
        return arrow_ipc(rows)
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
