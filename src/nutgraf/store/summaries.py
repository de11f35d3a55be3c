"""The summaries table: each article's summaries cached per summarizer and budget, with their checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from nutgraf.article import Summary, SummarySentence
from nutgraf.store.articles import StoredArticle
from nutgraf.store.database import utc_now
from nutgraf.store.leases import LeaseTable
from nutgraf.store.schema import summaries

#: The lease kind of a summary being made (its key: article id, summarizer, sentences, words).
SUMMARY_LEASE = "summary"
#: Runs a summarizer call: ``run(make)`` returns ``make()``, wherever and whenever it runs it.
EngineRunner = Callable[[Callable[[], Summary]], Summary]


class SummaryTable(LeaseTable):
    """Summaries of stored articles, each made once however many processes ask for it at once."""

    #: How long a request waits for a summary another process is making before making it itself, in seconds.
    summary_wait_seconds = 60.0

    def get_summary(
        self,
        article_id: int,
        *,
        summarizer: str,
        sentences: int | None,
        words: int | None,
        evidence: bool | None = None,
        strict: bool = False,
    ) -> dict[str, Any] | None:
        """The cached summary of an article for this summarizer and budget, or ``None``.

        ``evidence`` and ``strict`` shape the answer as :meth:`summary` describes; ``None`` is also
        returned when they ask for evidence that the cached summary was made without.
        """
        query = select(summaries).where(*_summary_key(article_id, summarizer, sentences, words))
        with self.engine.connect() as connection:
            row = connection.execute(query).mappings().first()
        if row is None:
            return None
        stored = row["sentences"]
        if _shows_evidence(stored, evidence, strict) and not _is_checked(stored):
            return None  # cached before anyone asked for its check (or before the cache kept checks)
        return _summary(row, evidence=evidence, strict=strict)

    def summary(
        self,
        stored: StoredArticle,
        *,
        summarizer: str = "default",
        sentences: int | None = 3,
        words: int | None = None,
        evidence: bool | None = None,
        strict: bool = False,
        run: EngineRunner | None = None,
    ) -> dict[str, Any]:
        """The summary of ``stored`` from the cache, or made now and cached.

        The result is JSON-ready: ``article_id``, ``summarizer``, ``language``, ``text``, ``sentences``
        (each with ``text``, ``start``, ``end`` and ``score``; offsets into the article text, ``None`` for
        the new sentences of abstractive engines) and ``evidence``: the :func:`nutgraf.check` result as
        :meth:`nutgraf.check.Evidence.to_dict` gives it, or ``None``. As in :func:`nutgraf.summarize`,
        ``evidence=None`` checks abstractive summaries only, and ``strict`` drops the sentences the
        article does not support (implying ``evidence``). The check is cached with the summary, so a
        strict and a loose answer share one engine run.

        A summary is made once however many processes on this database ask for it at once: the first
        claims the lease ``("summary", key)`` (a row in the leases table, see
        :meth:`~nutgraf.store.leases.LeaseTable.once`) and makes it; the others look in the cache until it
        is there. A waiter makes it itself when the maker's lease is gone (it failed or died) or after
        :attr:`summary_wait_seconds`. ``run`` runs the engine call (default: here and now); the web app's
        takes one of its summarizing threads.
        """
        from nutgraf.pipeline import summarize

        asked = {"summarizer": summarizer, "sentences": sentences, "words": words}

        def make() -> dict[str, Any]:
            engine = partial(
                summarize, stored.article, **asked, evidence=True if strict or evidence else None
            )
            made = run(engine) if run is not None else engine()
            return self.save_summary(
                stored, made, sentences=sentences, words=words, evidence=evidence, strict=strict
            )

        return self.once(
            SUMMARY_LEASE,
            summary_lease_key(stored.id, summarizer, sentences, words),
            ready=partial(self.get_summary, stored.id, **asked, evidence=evidence, strict=strict),
            make=make,
            wait_seconds=self.summary_wait_seconds,
        )

    def save_summary(
        self,
        stored: StoredArticle,
        made: Summary,
        *,
        sentences: int | None,
        words: int | None,
        evidence: bool | None = None,
        strict: bool = False,
    ) -> dict[str, Any]:
        """Cache ``made``, a summary of ``stored`` for this budget (made without ``strict``, so that every
        sentence is kept), replacing one cached before; returns it shaped as :meth:`summary` does.

        ``strict`` and ``evidence=True`` need ``made`` to have been checked (``made.evidence``).
        """
        if (strict or evidence) and made.evidence is None:
            raise ValueError(
                "a strict or evidence answer needs a checked summary: summarize with evidence=True"
            )
        checks = made.evidence.sentences if made.evidence is not None else [None] * len(made.sentences)
        values = {
            "article_id": stored.id,
            "summarizer": made.summarizer,
            "max_sentences": sentences or 0,
            "max_words": words or 0,
            "language": made.language,
            "sentences": [
                _stored_sentence(s, check, made.evidence)
                for s, check in zip(made.sentences, checks, strict=True)
            ],
            "created_at": utc_now(),
        }
        key = _summary_key(stored.id, made.summarizer, sentences, words)
        try:
            with self._write() as connection:
                # Replaced, not kept: a summary cached without its check is re-made when a check is asked for.
                if not connection.execute(update(summaries).where(*key).values(**values)).rowcount:
                    connection.execute(insert(summaries).values(**values))
        except IntegrityError:
            pass  # another request cached the same summary first; ours is as good
        return _summary(values, evidence=evidence, strict=strict)


def summary_lease_key(article_id: int, summarizer: str, sentences: int | None, words: int | None) -> str:
    """The key of the lease ``(SUMMARY_LEASE, key)`` on making this summary."""
    return f"{article_id}:{summarizer}:{sentences or 0}:{words or 0}"


def _summary_key(article_id: int, summarizer: str, sentences: int | None, words: int | None) -> list[Any]:
    # 0 stands for "no limit" in the table (see schema.summaries).
    return [
        summaries.c.article_id == article_id,
        summaries.c.summarizer == summarizer,
        summaries.c.max_sentences == (sentences or 0),
        summaries.c.max_words == (words or 0),
    ]


def _stored_sentence(sentence: SummarySentence, check: Any, evidence: Any) -> dict[str, Any]:
    """A summary sentence as the ``sentences`` JSON column keeps it: with its check, when it was checked."""
    data: dict[str, Any] = {
        "text": sentence.text,
        "start": sentence.start,
        "end": sentence.end,
        "score": sentence.score,
    }
    if check is not None:
        data["check"] = {
            "supported": check.supported,
            "score": check.score,
            "evidence": [list(span) for span in check.evidence],
            "unsupported": list(check.unsupported),
            "reason": check.reason,
            "threshold": evidence.threshold,
        }
    return data


def _is_checked(sentences: list[dict[str, Any]]) -> bool:
    return all("check" in s for s in sentences)


def _shows_evidence(sentences: list[dict[str, Any]], evidence: bool | None, strict: bool) -> bool:
    """Whether an answer shows the check: as :func:`nutgraf.summarize` decides, by default for
    abstractive summaries, whose new sentences have no place in the article."""
    if strict or evidence is not None:
        return strict or bool(evidence)
    return any(s["start"] is None for s in sentences)


def _summary(row: Mapping[str, Any], *, evidence: bool | None, strict: bool) -> dict[str, Any]:
    """A cached summary row as the API shows it (see :meth:`Store.summary`)."""
    stored = row["sentences"]
    checked = None
    if _shows_evidence(stored, evidence, strict) and _is_checked(stored):
        every = len(stored)
        if strict:
            stored = [s for s in stored if s["check"]["supported"]]
        if row["sentences"]:
            threshold = row["sentences"][0]["check"]["threshold"]
        else:
            from nutgraf.check import DEFAULT_THRESHOLD as threshold
        checks = [
            {"text": s["text"], **{k: v for k, v in s["check"].items() if k != "threshold"}} for s in stored
        ]
        checked = {
            "supported": all(c["supported"] for c in checks),
            "threshold": threshold,
            "sentences": checks,
            "dropped": every - len(stored),
        }
    sentences = [{k: s[k] for k in ("text", "start", "end", "score")} for s in stored]
    return {
        "article_id": row["article_id"],
        "summarizer": row["summarizer"],
        "language": row["language"],
        "text": " ".join(s["text"] for s in sentences),
        "sentences": sentences,
        "evidence": checked,
    }
