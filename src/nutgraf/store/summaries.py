"""The summaries table: each article's summaries cached per summarizer, budget and options (length preset,
form, output language, filters), with their checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from nutgraf.article import Reduction, Summary, SummarySentence, reading_rate, summary_text
from nutgraf.check import DEFAULT_THRESHOLD, NO_CONTENT_WORDS, Evidence, SentenceEvidence
from nutgraf.engines.options import SummaryOptions
from nutgraf.errors import InvalidInputError
from nutgraf.language import count_words
from nutgraf.store.database import utc_now
from nutgraf.store.leases import LeaseTable
from nutgraf.store.schema import summaries

if TYPE_CHECKING:
    from nutgraf.store.articles import StoredArticle

#: The lease kind of a summary being made (its key: :func:`summary_lease_key`).
SUMMARY_LEASE = "summary"
#: Runs a summarizer call: ``run(make)`` returns ``make()``, wherever and whenever it runs it.
EngineRunner = Callable[[Callable[[], Summary]], Summary]


class SummaryTable(LeaseTable):
    """Summaries of stored articles, each made once however many processes ask for it at once.

    The options of a summary (``sentences``, ``words``, ``length``, ``form``, ``output_language`` and
    ``avoid``) are those of :class:`~nutgraf.engines.options.SummaryOptions`: ``None`` where not asked
    for, and with none of the first three, 3 sentences.
    """

    #: How long a request waits for a summary another process is making before making it itself, in seconds.
    summary_wait_seconds = 60.0

    def get_summary(
        self,
        article_id: int,
        *,
        summarizer: str,
        sentences: int | None = None,
        words: int | None = None,
        length: str | None = None,
        form: str = "paragraph",
        output_language: str | None = None,
        avoid: tuple[str, ...] = (),
        evidence: bool | None = None,
        strict: bool = False,
    ) -> dict[str, Any] | None:
        """The cached summary of an article for this summarizer and these options, or ``None``.

        ``evidence`` and ``strict`` shape the answer as :meth:`summary` describes; ``None`` is also
        returned when they ask for evidence that the cached summary was made without, and for summaries
        cached before answers told their reduction.
        """
        wanted = SummaryOptions(sentences, words, length, form, output_language, avoid)
        query = select(summaries).where(*_summary_key(article_id, summarizer, wanted))
        with self.engine.connect() as connection:
            row = connection.execute(query).mappings().first()
        if row is None or row["details"] is None:
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
        sentences: int | None = None,
        words: int | None = None,
        length: str | None = None,
        form: str = "paragraph",
        output_language: str | None = None,
        avoid: tuple[str, ...] = (),
        evidence: bool | None = None,
        strict: bool = False,
        run: EngineRunner | None = None,
    ) -> dict[str, Any]:
        """The summary of ``stored`` from the cache, or made now and cached.

        The result is JSON-ready: ``article_id``, ``summarizer``, ``language``, ``output_language``,
        ``form``, ``text``, ``sentences`` (each with ``text``, ``start``, ``end`` and ``score``; offsets
        into the article text, ``None`` for the new sentences of abstractive engines), ``reduction``,
        ``notes`` and ``evidence``: the :func:`nutgraf.check` result as
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
        wanted = SummaryOptions(sentences, words, length, form, output_language, avoid)
        options = {**wanted.stored_arguments(), "evidence": evidence, "strict": strict}
        from nutgraf.pipeline import summarize

        def make() -> dict[str, Any]:
            engine = partial(
                summarize,
                stored.article,
                summarizer=summarizer,
                evidence=True if strict or evidence else None,
                **wanted.stored_arguments(),
            )
            made = run(engine) if run is not None else engine()
            return self.save_summary(stored, made, **options)

        return self.once(
            SUMMARY_LEASE,
            summary_lease_key(stored.id, summarizer, wanted),
            ready=partial(self.get_summary, stored.id, summarizer=summarizer, **options),
            make=make,
            wait_seconds=self.summary_wait_seconds,
        )

    def save_summary(
        self,
        stored: StoredArticle,
        made: Summary,
        *,
        sentences: int | None = None,
        words: int | None = None,
        length: str | None = None,
        form: str = "paragraph",
        output_language: str | None = None,
        avoid: tuple[str, ...] = (),
        evidence: bool | None = None,
        strict: bool = False,
    ) -> dict[str, Any]:
        """Cache ``made``, a summary of ``stored`` with these options (made without ``strict``, so that
        every sentence is kept); returns what is cached, shaped as :meth:`summary` does. One cached before
        stays, and is returned instead, unless ``made`` carries a check it lacks (see :func:`_keeps`).

        ``strict`` and ``evidence=True`` need ``made`` to have been checked (``made.evidence``).
        """
        if (strict or evidence) and made.evidence is None:
            raise ValueError(
                "a strict or evidence answer needs a checked summary: summarize with evidence=True"
            )
        wanted = SummaryOptions(sentences, words, length, form, output_language, avoid)
        checks = made.evidence.sentences if made.evidence is not None else [None] * len(made.sentences)
        values = {
            "article_id": stored.id,
            "summarizer": made.summarizer,
            **wanted.cache_key(),
            "language": made.language,
            "sentences": [
                _stored_sentence(s, check, made.evidence)
                for s, check in zip(made.sentences, checks, strict=True)
            ],
            "details": {
                "article_words": made.reduction.article_words,
                "output_language": made.output_language,
                "notes": list(made.notes),
            },
            "created_at": utc_now(),
        }
        key = _summary_key(stored.id, made.summarizer, wanted)
        kept: Mapping[str, Any] | None = None
        try:
            with self._write() as connection:
                query = select(summaries).where(*key)
                if not self.is_sqlite:  # two makers finishing at once decide in turn
                    query = query.with_for_update()
                row = connection.execute(query).mappings().first()
                if row is None:
                    connection.execute(insert(summaries).values(**values))
                elif _keeps(row, made):
                    kept = row
                else:
                    connection.execute(update(summaries).where(*key).values(**values))
        except IntegrityError:  # another process stored it between our look and our insert
            with self.engine.connect() as connection:
                kept = connection.execute(select(summaries).where(*key)).mappings().first()
        return _summary(kept or values, evidence=evidence, strict=strict)


def summary_lease_key(article_id: int, summarizer: str, wanted: SummaryOptions) -> str:
    """The key of the lease ``(SUMMARY_LEASE, key)`` on making this summary: one per row of the table."""
    return ":".join(map(str, (article_id, summarizer, *wanted.cache_key().values())))


def _summary_key(article_id: int, summarizer: str, wanted: SummaryOptions) -> list[Any]:
    # 0 and "" stand for "not asked for" in the table (see schema.summaries).
    return [
        summaries.c.article_id == article_id,
        summaries.c.summarizer == summarizer,
        *(summaries.c[name] == value for name, value in wanted.cache_key().items()),
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


def _supported(verdicts: list[bool | None]) -> bool | None:
    """A checked summary's verdict from its sentences' (see :attr:`nutgraf.check.Evidence.supported`)."""
    return Evidence([SentenceEvidence(text="", supported=v, score=None) for v in verdicts]).supported


def _is_checked(sentences: list[dict[str, Any]]) -> bool:
    return all("check" in s for s in sentences)


def _keeps(row: Mapping[str, Any], made: Summary) -> bool:
    """Whether the cached ``row`` stays rather than ``made``, a summary made for the same row since: the
    first one stored is the one every process answers with (a process that made it again, its maker's
    lease lapsed or its wait over, would have replaced the one others had answered with and kept in
    memory: an LLM's two summaries, by replica), unless only ``made`` carries its check (one cached
    before anyone asked for it)."""
    return row["details"] is not None and (_is_checked(row["sentences"]) or made.evidence is None)


def _shows_evidence(sentences: list[dict[str, Any]], evidence: bool | None, strict: bool) -> bool:
    """Whether an answer shows the check: as :func:`nutgraf.summarize` decides, by default for
    abstractive summaries, whose new sentences have no place in the article."""
    if strict or evidence is not None:
        return strict or bool(evidence)
    return any(s["start"] is None for s in sentences)


def _summary(row: Mapping[str, Any], *, evidence: bool | None, strict: bool) -> dict[str, Any]:
    """A cached summary row as the API shows it (see :meth:`Store.summary`)."""
    stored = row["sentences"]
    details = row["details"]
    notes = list(details["notes"])
    checked = None
    if _shows_evidence(stored, evidence, strict) and _is_checked(stored):
        every = len(stored)
        # A sentence with no content words is not checked either, but its summary was (see NO_CONTENT_WORDS).
        cross_language = any(
            s["check"]["supported"] is None and s["check"]["reason"] != NO_CONTENT_WORDS for s in stored
        )
        if strict and cross_language:
            from nutgraf.pipeline import STRICT_ACROSS_LANGUAGES

            raise InvalidInputError(STRICT_ACROSS_LANGUAGES)
        if strict:
            stored = [s for s in stored if s["check"]["supported"] is not False]
            if every and not stored:
                from nutgraf.pipeline import no_sentence_left

                notes.append(no_sentence_left(every, row["summarizer"]))
        threshold = row["sentences"][0]["check"]["threshold"] if row["sentences"] else DEFAULT_THRESHOLD
        checks = [
            {"text": s["text"], **{k: v for k, v in s["check"].items() if k != "threshold"}} for s in stored
        ]
        checked = {
            "supported": None if cross_language else _supported([c["supported"] for c in checks]),
            "checked": not cross_language,
            "threshold": threshold,
            "sentences": checks,
            "dropped": every - len(stored),
        }
    sentences = [{k: s[k] for k in ("text", "start", "end", "score")} for s in stored]
    texts = [s["text"] for s in sentences]
    written = details["output_language"] or row["language"]
    return {
        "article_id": row["article_id"],
        "summarizer": row["summarizer"],
        "language": row["language"],
        "output_language": written,
        "form": row["form"],
        "text": summary_text(texts, row["form"]),
        "sentences": sentences,
        "reduction": Reduction(
            details["article_words"],
            sum(count_words(text, written) for text in texts),
            reading_rate(row["language"]),
        ).to_dict(),
        "notes": notes,
        "evidence": checked,
    }
