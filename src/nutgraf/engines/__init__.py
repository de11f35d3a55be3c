"""Summarization engines: one module per engine, all behind :mod:`nutgraf.engines.base`.

(The package is not called ``summarizers`` so that it cannot shadow the public function
``nutgraf.summarizers()``.)
"""

from nutgraf.engines.base import (
    Budget,
    ExtractiveSummarizer,
    Summarizer,
    available,
    generated_sentences,
    get_summarizer,
    register,
    select_sentences,
)

__all__ = [
    "Budget",
    "ExtractiveSummarizer",
    "Summarizer",
    "available",
    "generated_sentences",
    "get_summarizer",
    "register",
    "select_sentences",
]
