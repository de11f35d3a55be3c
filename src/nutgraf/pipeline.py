"""From input to summary: decode, clean, segment, then run an engine.

:func:`fetch_article` chains fetching and extraction (an address to an :class:`~nutgraf.article.Article`);
:func:`summarize` is the library's front door. It takes an :class:`~nutgraf.article.Article`, HTML or
plain text, makes the :class:`~nutgraf.article.Document` the engines read, and wraps their sentences in a
:class:`~nutgraf.article.Summary` whose offsets point into the cleaned article text.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any

from nutgraf.article import (
    Article,
    Document,
    Reduction,
    Summary,
    SummarySentence,
    reader_words,
)
from nutgraf.engines.base import Budget, Summarizer, available, get_summarizer
from nutgraf.engines.options import LIBRARY_DEFAULT, SummaryOptions
from nutgraf.errors import (
    EmptyInputError,
    FetchError,
    InvalidInputError,
    NoArticleFound,
    SummarizerResponseError,
    named_input,
)
from nutgraf.extract import as_article, extract
from nutgraf.extract.html import decode_html
from nutgraf.extract.text import given_title
from nutgraf.fetch import FetchSettings, fetch, refresh_target
from nutgraf.keyphrases import rank_keyphrases
from nutgraf.language import language_code, language_name
from nutgraf.segment import make_document

#: Why ``strict`` is refused for a summary in another language than the article's.
STRICT_ACROSS_LANGUAGES = (
    "strict keeps only the sentences the check finds supported, and the check cannot compare a summary "
    "in another language with the article; leave the strict option out, or the output_language option"
)
# The time a hop is given when the fetch's time is all but spent: a timeout must be positive.
_LEAST_SECONDS = 0.001
# A page that refreshes and holds fewer words than this is a stop on the way ("Redirecting... click
# here if your browser does not"), not an article.
_SHIM_MAX_WORDS = 50


def fetch_article(url: str, *, settings: FetchSettings | None = None, title: str | None = None) -> Article:
    """Fetch ``url`` and extract its article; ``url`` and ``site`` are filled from the final URL, and
    ``title``, where given (the CLI's ``--title``, a batch record's, the API's field), over the page's own.

    A page that sends the reader on at once with a ``<meta http-equiv="refresh">`` and holds no article
    of its own ("Redirecting...", as link shorteners and moved pages serve) is followed as a browser
    would, each hop fetched and checked as a redirect is, at most ``max_redirects`` of them.

    It lives here, above both stages it chains (:mod:`nutgraf.fetch`, then :mod:`nutgraf.extract`):
    imports run down the pipeline, so the fetcher does not call extraction.

    Returns:
        The page's :class:`Article`, as :func:`nutgraf.extract` reads it, its ``url`` the final address.

    Raises:
        InvalidInputError: ``url`` is not a str.
        BlockedURLError: a scheme other than http(s), or a host (of the page or of a hop) that resolves to
            a refused address.
        FetchError: every other failure to fetch, as :func:`~nutgraf.fetch.fetch` raises it, and a page
            that sends the reader on (meta refresh) more than ``max_redirects`` times.
        EmptyInputError: the page holds no text (an empty body, white space alone).
        NoArticleFound: the page holds no article.
    """
    settings = settings or FetchSettings()
    address = url
    # The hops share the fetch's total_timeout, as redirects do: each is a fetch of its own.
    end = time.monotonic() + settings.total_timeout
    for _ in range(settings.max_redirects + 1):
        try:
            left = max(end - time.monotonic(), _LEAST_SECONDS)
            page = fetch(address, settings=replace(settings, total_timeout=left))
        except FetchError:
            if time.monotonic() < end:
                raise
            # Said of the address asked for and the whole time, not of the hop that had what was left.
            raise FetchError(
                f"{url} took longer than {settings.total_timeout:g} seconds to send; try again later"
            ) from None
        try:
            html = decode_html(page.content, page.encoding)
        except InvalidInputError as exc:
            raise named_input(exc, f"what {page.url} sent") from None
        refresh = refresh_target(html, page.url)
        try:
            article = extract(html, url=page.url)
        except EmptyInputError:
            # The library's "the input holds no text" named no page, where the reader gave an address
            # (and batch's records and the API's fetches are many).
            raise EmptyInputError(f"{page.url} sent a page with no text") from None
        except NoArticleFound:
            if refresh is None:
                raise
            address = refresh
            continue
        # Words as a reader counts them: a Khmer page's twelve words of "Redirecting..., click here",
        # counted in letters, had counted 82 and passed for an article.
        if refresh is None or reader_words(article.text, article.language or "en") >= _SHIM_MAX_WORDS:
            return replace(article, title=given_title(title) or article.title)
        address = refresh
    raise FetchError(
        f"{url} sends the reader on (meta refresh) more than {settings.max_redirects} times; open it in a"
        " browser to find the page's final address"
    )


def check_switches(*, strict: object, evidence: object) -> None:
    """Raise :class:`InvalidInputError` unless ``strict`` is a bool and ``evidence`` a bool or ``None``:
    taken as its truth, strict="false" (a configuration file's) had dropped sentences."""
    if not isinstance(strict, bool):
        raise InvalidInputError(f"strict must be True or False, not {strict!r}")
    if evidence is not None and not isinstance(evidence, bool):
        raise InvalidInputError(f"evidence must be True, False or None, not {evidence!r}")


def summarize(
    source: Article | str | bytes,
    *,
    sentences: int | None = LIBRARY_DEFAULT,
    words: int | None = None,
    length: str | None = None,
    form: str = "paragraph",
    summarizer: str = "default",
    language: str | None = None,
    output_language: str | None = None,
    avoid: str | list[str] | tuple[str, ...] = (),
    evidence: bool | None = None,
    strict: bool = False,
    keyphrases: int | None = None,
    **options: Any,
) -> Summary:
    """Summarize an article.

    Args:
        source: an :class:`Article`, or the article as plain text or HTML (``str`` or ``bytes``).
        sentences: at most this many summary sentences (``None``: no sentence limit).
        words: at most about this many words (``None``: no word limit). With both set, both apply:
            ``words=200`` alone keeps the 3-sentence default; ``sentences=None, words=200`` is a
            budget in words only (what the CLI's ``--words`` and the HTTP API's ``words`` mean).
        length: ``"short"``, ``"medium"`` or ``"long"``: a number of sentences chosen from the article's
            length (:data:`nutgraf.engines.options.LENGTH_TABLE`), instead of ``sentences`` and ``words``.
        form: ``"paragraph"``; ``"key_points"`` (the sentences as a list; the llm engine writes bullet
            points); or ``"tldr"``, the one sentence that best stands for the article.
        summarizer: the engine's registered name; see :func:`summarizers`.
        language: ISO 639 code of the article's language ("en", "eng"); detected when ``None``.
        output_language: ISO 639-1 code of the language to write the summary in, when not the article's
            (abstractive engines only: ``"de"`` asks the llm engine for a German summary). Its evidence
            says "not checked", since the check compares words and cannot do so across languages.
        avoid: ``"questions"`` and/or ``"quotes"``: keep sentences that ask a question, or that are
            mostly direct quotation, out of an extractive summary, when the article has enough others.
        evidence: whether to check each sentence against the article (:func:`nutgraf.check`) and set
            ``summary.evidence``; ``None`` (the default) checks abstractive summaries only.
        strict: drop the sentences the check finds unsupported (implies ``evidence``); the summary may
            then be shorter than asked, or empty, and ``summary.notes`` says so.
        keyphrases: also rank this many of the article's keyphrases (1 to 50), as
            :func:`nutgraf.keyphrases` does, into ``summary.keyphrases``; ``None``: none.
        **options: passed to the engine's constructor (for example ``model=`` for abstractive engines).

    Returns:
        A :class:`Summary`. For extractive engines, ``summary.source[s.start:s.end] == s.text`` for every
        sentence ``s``. A short article gives fewer sentences than asked; a text of one sentence or a
        headline alone gives that.

    Raises:
        nutgraf.errors.NutgrafError: on empty, binary, undecodable or oversized input, a text of page
            furniture or (for HTML) a page with no article, an unknown summarizer, an unknown length,
            form, language or filter, ``keyphrases`` outside 1 to 50, ``strict`` or ``evidence`` that
            is not a bool, or options that contradict each other (``length`` with ``sentences``; another
            language for an extractive engine).
    """
    wanted = SummaryOptions.asked(
        sentences=sentences,
        words=words,
        length=length,
        form=form,
        output_language=output_language,
        avoid=avoid,
        keyphrases=keyphrases,
    )
    check_switches(strict=strict, evidence=evidence)
    engine = get_summarizer(summarizer, **options)
    if language is not None:
        language = language_code(language)
    article = as_article(source)
    document = make_document(
        article.text, language=language or article.language, title=article.title, news=article.news
    )
    plan = plan_summary(engine, document, wanted, strict=strict)
    chosen = engine.summarize(plan.document, plan.budget, **plan.engine_options)
    summary = assemble_summary(
        document,
        chosen,
        summarizer=summarizer,
        article=article,
        evidence=evidence if evidence is not None else not engine.extractive,
        strict=strict,
        plan=plan,
    )
    if wanted.keyphrases is None:
        return summary
    # From the document the engine read: the text is cleaned once, and the spans point into summary.source.
    found = rank_keyphrases(
        document.text, document.language, title=document.title, byline=article.byline, top=wanted.keyphrases
    )
    return replace(summary, keyphrases=tuple(found))


@dataclass(frozen=True)
class SummaryPlan:
    """How an engine is to make the summary asked for of a document."""

    #: What the engine reads: the document, less the sentences ``avoid`` keeps out of extractive summaries.
    document: Document
    budget: Budget
    #: The options the engine applies itself (:attr:`Summarizer.takes`), as keyword arguments.
    engine_options: dict[str, Any]
    form: str = "paragraph"
    #: The language to write in; ``None``: the article's.
    output_language: str | None = None
    #: What a reader should know about how the summary was made (see :attr:`Summary.notes`).
    notes: tuple[str, ...] = ()


def refuse_output_language(engine: Summarizer, output_language: str, article_language: str | None) -> None:
    """Raise :class:`InvalidInputError` when ``engine`` cannot write in ``output_language`` (the articles'
    language, where one is known, names what an extractive engine would give instead)."""
    if "output_language" in engine.takes:
        return
    if engine.extractive:
        which = "," if article_language is None else f", which are in {language_name(article_language)},"
        why = f"picks the article's own sentences{which} so it"
    else:
        why = "writes in the language its model learnt and cannot be told another, so it"
    raise InvalidInputError(
        f"the {engine.name} summarizer {why} cannot give a summary in {language_name(output_language)};"
        " choose the llm summarizer, or leave the output_language option out"
    )


def plan_summary(
    engine: Summarizer, document: Document, wanted: SummaryOptions, *, strict: bool = False
) -> SummaryPlan:
    """What ``engine`` is to read and be asked for to make the summary ``wanted`` of ``document``
    (``strict``: checked, unsupported sentences dropped).

    Raises:
        InvalidInputError: another language than the article's, asked of an engine that cannot write one,
            or with ``strict``, which cannot check across languages.
    """
    budget = wanted.budget(document)
    output_language = wanted.output_language if wanted.output_language != document.language else None
    if output_language is not None:
        refuse_output_language(engine, output_language, document.language)
        if strict:
            raise InvalidInputError(STRICT_ACROSS_LANGUAGES)
    engine_options: dict[str, Any] = {}
    notes: list[str] = []
    if "form" in engine.takes:
        engine_options["form"] = wanted.form
    elif not engine.extractive and wanted.form == "key_points":
        notes.append(
            f"The {engine.name} summarizer writes prose: its sentences are listed as the key points."
        )
    elif not engine.extractive and wanted.form == "tldr":
        notes.append(
            f"The {engine.name} summarizer cannot be asked for a TL;DR: this is its summary's first sentence."
        )
    if output_language is not None:
        engine_options["output_language"] = output_language
    engine_document = document
    if wanted.avoid and "avoid" in engine.takes:
        engine_options["avoid"] = wanted.avoid
    elif wanted.avoid and engine.extractive:
        engine_document, note = wanted.without_avoided(document, budget)
        notes.extend([note] if note else [])
    elif wanted.avoid:
        notes.append(
            f"The {engine.name} summarizer writes its own sentences and cannot be told to avoid "
            f"{' or '.join(wanted.avoid)}."
        )
    return SummaryPlan(engine_document, budget, engine_options, wanted.form, output_language, tuple(notes))


def assemble_summary(
    document: Document,
    chosen: list[SummarySentence],
    *,
    summarizer: str,
    article: Article | None = None,
    evidence: bool = False,
    strict: bool = False,
    plan: SummaryPlan | None = None,
) -> Summary:
    """The :class:`Summary` of ``document`` made of an engine's ``chosen`` sentences as ``plan`` asked
    for them, checked against the article when ``evidence`` or ``strict`` asks for it (``strict`` drops
    the unsupported sentences). A summary in another language than the article's is not checked: its
    evidence says so, and why.

    Raises:
        SummarizerResponseError: the engine chose or wrote no sentence of an article that has some.
    """
    if not chosen and document.sentences:
        # An engine that answered with nothing (a reasoning model's thoughts alone, a preamble, a model's
        # special tokens): no summary is an error of this article, never an empty summary.
        raise SummarizerResponseError(f"the {summarizer} summarizer wrote no summary of this article")
    form = plan.form if plan is not None else "paragraph"
    output_language = plan.output_language if plan is not None else None
    notes = list(plan.notes) if plan is not None else []
    checked = None
    if evidence or strict:
        # Imported where a check is asked for: the import statement alone cost every summary without
        # evidence (an extractive engine's default) some 10,000 instructions.
        from nutgraf.check import Evidence, across_languages, check, not_checked

        if output_language is not None:  # never strict: plan_summary refused it
            checked = not_checked(
                [s.text for s in chosen], across_languages(output_language, document.language)
            )
        else:
            checked = check(document, [s.text for s in chosen]) if chosen else Evidence(sentences=[])
            if strict and not checked.checked:
                # The engine wrote another language than the article's, unasked: nothing can be kept as
                # checked.
                raise SummarizerResponseError(
                    f"the {summarizer} summarizer did not write in the article's language, so strict can"
                    f" keep nothing: {checked.sentences[0].reason}"
                )
            if strict:
                # A sentence with nothing to compare ("Nobody came.") is not found unsupported: it stays.
                kept = [i for i, s in enumerate(checked.sentences) if s.supported is not False]
                chosen = [chosen[i] for i in kept]
                dropped = len(checked.sentences) - len(kept)
                checked = replace(checked, sentences=[checked.sentences[i] for i in kept], dropped=dropped)
                if dropped and not chosen:
                    notes.append(no_sentence_left(dropped, summarizer))
    return Summary(
        sentences=chosen,
        source=document.text,
        summarizer=summarizer,
        language=document.language,
        article=article,
        evidence=checked,
        form=form,
        output_language=output_language,
        reduction=Reduction.of(document, [s.text for s in chosen], output_language),
        notes=tuple(notes),
    )


def no_sentence_left(dropped: int, summarizer: str) -> str:
    """The note of a ``strict`` summary that kept none of the ``dropped`` sentences the engine wrote."""
    written = "the sentence" if dropped == 1 else f"any of the {dropped} sentences"
    return f"No summary: the article does not support {written} the {summarizer} summarizer wrote."


def summarizers() -> list[str]:
    """Names of the registered summarizers, for ``summarize(..., summarizer=NAME)``.

    Returns:
        The names, sorted (``["default", "lead", "llm", "textrank", "transformers"]`` when nothing else is
        registered), whether or not an engine's optional dependencies are installed here.

    Raises:
        Nothing of its own: an engine module that fails to import raises its ImportError.
    """
    return available()
