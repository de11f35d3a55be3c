"""nutgraf: clean news articles and faithful summaries of them.

The public surface::

    import nutgraf

    summary = nutgraf.summarize(text_or_html_or_article, sentences=3)
    for s in summary.sentences:
        print(s.start, s.end, s.text)      # summary.source[s.start:s.end] == s.text
    nutgraf.summarize(text, length="short", form="key_points", avoid=["questions", "quotes"])
    nutgraf.summarizers()                   # registered engine names
    for k in nutgraf.keyphrases(text_or_html_or_article, top=10):
        print(k.text, k.score, k.spans)     # article.text[start:end] reads the phrase
"""

from nutgraf.article import Article, Document, Reduction, Span, Summary, SummarySentence
from nutgraf.check import Evidence, check
from nutgraf.errors import NutgrafError
from nutgraf.extract import extract
from nutgraf.fetch import fetch
from nutgraf.keyphrases import Keyphrase, keyphrases
from nutgraf.pipeline import fetch_article, summarize, summarizers
from nutgraf.version import __version__

__all__ = [
    "Article",
    "Document",
    "Evidence",
    "Keyphrase",
    "NutgrafError",
    "Reduction",
    "Span",
    "Summary",
    "SummarySentence",
    "__version__",
    "check",
    "extract",
    "fetch",
    "fetch_article",
    "keyphrases",
    "summarize",
    "summarizers",
]
