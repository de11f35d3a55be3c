"""TextRank/LexRank: sentences ranked by centrality in their similarity graph.

Edges are TF-IDF cosine similarities between sentences (IDF over the article's own sentences); scores
are the stationary distribution of a damped random walk on that graph (PageRank).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from nutgraf.engines.base import ExtractiveSummarizer, register

if TYPE_CHECKING:
    from nutgraf.article import Document

# The graph is quadratic in sentences; past this many, later sentences are left out of it (and score 0).
MAX_GRAPH_SENTENCES = 600


def tfidf_matrix(token_lists: list[list[str]]) -> np.ndarray:
    """Rows of L2-normalised TF-IDF vectors, one per token list, IDF taken over these lists."""
    vocabulary: dict[str, int] = {}
    for tokens in token_lists:
        for token in tokens:
            vocabulary.setdefault(token, len(vocabulary))
    matrix = np.zeros((len(token_lists), max(len(vocabulary), 1)))
    for row, tokens in enumerate(token_lists):
        for token in tokens:
            matrix[row, vocabulary[token]] += 1.0
    document_frequency = (matrix > 0).sum(axis=0)
    matrix *= np.log((1 + len(token_lists)) / (1 + document_frequency)) + 1.0
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def pagerank(similarity: np.ndarray, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """PageRank of a weighted undirected graph given as a similarity matrix (diagonal ignored)."""
    n = similarity.shape[0]
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)
    out_weight = weights.sum(axis=1, keepdims=True)
    # A sentence similar to nothing links to every sentence equally, so no rank leaks away.
    transition = np.divide(weights, out_weight, out=np.full_like(weights, 1.0 / n), where=out_weight > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * (rank @ transition)
        if np.abs(updated - rank).sum() < 1e-8:
            return updated
        rank = updated
    return rank


@register("textrank")
class TextRankSummarizer(ExtractiveSummarizer):
    """Graph centrality (LexRank with continuous edge weights): no position, no training."""

    def score(self, document: Document) -> np.ndarray:
        n = len(document.sentences)
        graph_size = min(n, MAX_GRAPH_SENTENCES)
        scores = np.zeros(n)
        if graph_size == 1:
            scores[0] = 1.0
            return scores
        vectors = tfidf_matrix(document.tokens[:graph_size])
        scores[:graph_size] = pagerank(vectors @ vectors.T)
        return scores
