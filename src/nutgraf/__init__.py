"""nutgraf: clean news articles and faithful summaries of them.

The public surface::

    import nutgraf

    summary = nutgraf.summarize(text_or_html_or_article, sentences=3)
    for s in summary.sentences:
        print(s.start, s.end, s.text)      # summary.source[s.start:s.end] == s.text
    nutgraf.summarize(text, length="short", form="key_points", avoid=["questions", "quotes"])
    nutgraf.summarizers()                   # registered engine names
"""

from nutgraf.article import Article, Document, Reduction, Span, Summary, SummarySentence
from nutgraf.check import Evidence, check
from nutgraf.errors import NutgrafError
from nutgraf.extract import extract
from nutgraf.fetch import fetch, fetch_article
from nutgraf.pipeline import summarize, summarizers
from nutgraf.version import __version__

__all__ = [
    "Article",
    "Document",
    "Evidence",
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
    "summarize",
    "summarizers",
]
