"""The default engine: position prior blended with graph centrality (a first version)."""

from __future__ import annotations

import numpy as np

from nutgraf.article import Document
from nutgraf.engines.base import ExtractiveSummarizer, register
from nutgraf.engines.textrank import TextRankSummarizer


@register("default")
class DefaultSummarizer(ExtractiveSummarizer):
    def score(self, document: Document) -> np.ndarray:
        n = len(document.sentences)
        centrality = TextRankSummarizer().score(document) * n
        position = 1.0 / np.sqrt(np.arange(1, n + 1))
        return position + 0.2 * centrality
