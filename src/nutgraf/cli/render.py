"""What the commands print: articles, summaries and evidence as text, JSON or Markdown, and the note that a
list is empty."""

from __future__ import annotations

import json
import re
import sys

from nutgraf.article import Article, Summary, summary_text
from nutgraf.check import REASON_TERMS, Evidence
from nutgraf.wording import counted

FORMATS = ("text", "json", "markdown")
# What Markdown reads as markup inside a line: escaped, so that a title, an article's text or a summary
# (an LLM's reply included) shows as written and makes no link, HTML, emphasis or strike-through (GitHub's
# "~~") of its own; and an "&" that starts an entity ("&amp;" shows as "&").
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|#!~]|&(?=#?[0-9A-Za-z]{1,32};))")
# A line's indent: four spaces or a tab make a code block, so a line is written without it.
_MARKDOWN_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
# What starts a list or a heading's underline at the start of a line ("- ", "1. ", "==="): escaped there.
_MARKDOWN_BULLET = re.compile(r"^([-+=])", re.MULTILINE)
_MARKDOWN_NUMBER = re.compile(r"^(\d{1,9})([.)])", re.MULTILINE)


def render_article(article: Article, output_format: str) -> str:
    if output_format == "json":
        return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)
    if output_format == "markdown":
        heading = f"# {markdown_text(article.title)}\n\n" if article.title else ""
        heading += f"{markdown_text(article.description)}\n\n" if article.description else ""
        details = [article.byline, article.published.date().isoformat() if article.published else None]
        details += [article.site, article.url]
        line = " · ".join(markdown_text(d) for d in details if d)
        return heading + (f"*{line}*\n\n" if line else "") + markdown_text(article.text)
    # Without the description: plain text is the article as text, for a pipe into `nutgraf summarize -`.
    return (f"{article.title}\n\n" if article.title else "") + article.text


def render_summary(summary: Summary, output_format: str, *, show_evidence: bool = False) -> str:
    """The summary in ``output_format``; text and Markdown add the evidence when ``show_evidence``, and
    the keyphrases when they were asked for (JSON always carries what the summary holds)."""
    if output_format == "json":
        return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
    evidence = summary.evidence if show_evidence else None
    tags = ", ".join(k.text for k in summary.keyphrases) if summary.keyphrases is not None else None
    if output_format == "markdown":
        title = (
            markdown_text(summary.article.title) if summary.article and summary.article.title else "Summary"
        )
        # The form as asked: a paragraph (a TL;DR's one sentence) or key points' "- " list, as ``text`` is;
        # each sentence escaped, the list's own markers not.
        body = summary_text([markdown_text(s.text) for s in summary.sentences], summary.form)
        reduced = summary.reduction.describe() if summary.reduction and summary.sentences else None
        about = "".join(f"\n\n*{markdown_text(line)}*" for line in (reduced, *summary.notes) if line)
        about += f"\n\n**Keyphrases:** {markdown_text(tags)}" if tags else ""
        if evidence is None:
            return f"## {title}\n\n{body}{about}"
        return (
            f"## {title}\n\n{body}{about}\n\n### Evidence\n\n{_evidence_markdown(evidence, summary.source)}"
        )
    if evidence is not None:
        text = render_evidence(evidence, summary.source)
    else:
        marker = "- " if summary.form == "key_points" else ""
        text = "\n".join(f"{marker}{s.text}" for s in summary.sentences)
    # After a blank line, so that the sentences stay one a line above it.
    return f"{text}\n\nKeyphrases: {tags}" if tags else text


def _evidence_markdown(evidence: Evidence, source: str) -> str:
    lines = []
    for sentence in evidence.sentences:
        if sentence.supported is None:
            lines.append(f"- not checked: {markdown_text(sentence.text)}")
            continue
        mark = "supported" if sentence.supported else "**not supported**"
        lines.append(f"- {mark} ({sentence.score:.2f}): {markdown_text(sentence.text)}")
        lines.extend(f"  > {markdown_text(source[start:end])}" for start, end in sentence.evidence)
        if not sentence.supported and sentence.reason:
            lines.append(f"  - why: {markdown_text(sentence.reason)}")
    lines.append(f"\n*{_verdict(evidence).capitalize()}.*")
    return "\n".join(lines)


def _verdict(evidence: Evidence) -> str:
    if not evidence.checked:
        return f"not checked: {evidence.sentences[0].reason}" if evidence.sentences else "not checked"
    if evidence.dropped and not evidence.sentences:
        return f"no sentence left: the article supports none of the {evidence.dropped} written"
    if evidence.dropped:
        return f"{counted(evidence.dropped, 'sentence')} the article does not support left out"
    if evidence.supported is None:
        return f"not checked: {evidence.sentences[0].reason}"
    if evidence.supported and any(sentence.supported is None for sentence in evidence.sentences):
        return "every sentence checked is supported"
    return "every sentence is supported" if evidence.supported else "some sentences are not supported"


def render_evidence(evidence: Evidence, source: str) -> str:
    """Each checked sentence with its verdict, score, backing article sentences and unsupported terms."""
    lines = []
    for sentence in evidence.sentences:
        if sentence.supported is None:
            lines.append(f"[not checked] {sentence.text}")
            continue
        mark = "supported" if sentence.supported else "UNSUPPORTED"
        lines.append(f"[{mark} {sentence.score:.2f}] {sentence.text}")
        lines.extend(f"    evidence: {source[start:end]}" for start, end in sentence.evidence)
        if not sentence.supported and sentence.reason:
            # Every reason (a contradiction, a sentence pieced together), not just the missing terms.
            lines.append(f"    why: {sentence.reason}")
        if len(sentence.unsupported) > REASON_TERMS:  # the reason names the first few only
            lines.append(f"    not in the article: {', '.join(sentence.unsupported)}")
    lines.append(f"({_verdict(evidence)}; threshold {evidence.threshold})")
    return "\n".join(lines)


def markdown_text(text: str) -> str:
    """``text`` as Markdown shows it as written: its markup characters escaped."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", _MARKDOWN_INDENT.sub("", text))
    escaped = _MARKDOWN_BULLET.sub(r"\\\1", escaped)
    return _MARKDOWN_NUMBER.sub(r"\1\\\2", escaped)


def _say_empty(note: str) -> None:
    """Say that a list is empty, on stderr as summarize's notes: standard output stays one item a line
    (none), and an empty output alone reads as a command that did nothing."""
    print(f"nutgraf: note: {note}", file=sys.stderr)
