"""Lead-k: the article's first sentences, the baseline news summarizers must beat."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from nutgraf.engines.base import ExtractiveSummarizer, register

if TYPE_CHECKING:
    from nutgraf.article import Document


@register("lead")
class LeadSummarizer(ExtractiveSummarizer):
    """The first sentences of the article, exactly as they come (no redundancy filter)."""

    skip_redundant = False

    def score(self, document: Document) -> np.ndarray:
        n = len(document.sentences)
        return np.arange(n, 0, -1, dtype=float) / n
