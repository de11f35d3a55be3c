"""Background jobs done once by whichever process claims them: feed polls and sitemap polls (a site's
warm-up), and the store's upkeep (aliases past their age deleted).

A :class:`JobKind` says which jobs of a kind are due (a query over its own table: feeds by their next
poll) and how to do one. :func:`run_due` claims due jobs one at a time with a lease
(:mod:`nutgraf.store.leases`), does each with its store writes fenced by the lease, and releases it; any
number of processes can run it on one database at once and each due job is done by one of them. A job
whose process dies mid-way is claimed again once its lease's deadline passes, and redone: jobs are
written so that doing one twice stores nothing twice (feed items are unique per feed and key, articles
per canonical URL and text).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select

from nutgraf.store import LeaseLost, Store
from nutgraf.store.articles import due_alias_pruning

log = logging.getLogger(__name__)

#: The lease kind of deleting the aliases past their age (one job, keyed ``"aliases"``).
ALIAS_PRUNING_LEASE = "alias-pruning"


@dataclass(frozen=True)
class JobKind:
    """A kind of background job: which are due, and how to do one."""

    #: The lease kind (``"feed"``); a job is ``(kind, key)``.
    kind: str
    #: Selects the keys of the jobs due at a time, most urgent first (one column). It is given the
    #: database's time (:meth:`~nutgraf.store.database.Database.now`), which every process reads alike.
    due: Callable[[datetime], Select[Any]]
    #: Does the job with a key (blocking), and returns what came of it. It must leave the job not due
    #: (its next time set) unless it has to be redone, and must not raise for a fault of the job's own
    #: (a broken feed): that is recorded with the job. Its store writes are fenced by its lease.
    run: Callable[[Store, str], Any]


def housekeeping_kinds() -> list[JobKind]:
    """The store's upkeep as background job kinds for :func:`run_due`: the aliases past their age
    deleted, by one process, when some are overdue (see :func:`nutgraf.store.articles.due_alias_pruning`)."""
    return [
        JobKind(
            ALIAS_PRUNING_LEASE, due=due_alias_pruning, run=lambda store, _key: store.forget_old_aliases()
        )
    ]


def run_due(store: Store, kinds: list[JobKind], *, stop: threading.Event | None = None) -> list[Any]:
    """Do every due job of ``kinds`` that no other process holds, one at a time, until none is left or
    ``stop`` is set; returns what each job's ``run`` returned.

    A job that raises (a store outage, a fault of ours) ends this round for its kind: the next round
    tries again. So does a job still due after it ran, so that one failing job cannot keep a round busy.
    """
    results = []
    for kind in kinds:
        done: set[str] = set()
        while not (stop is not None and stop.is_set()):
            claimed = store.claim_due(kind.kind, kind.due(store.now()))
            if not claimed:
                break
            lease = claimed[0]
            try:
                if lease.key in done:
                    log.warning(
                        "%s %s is still due after it ran; it waits for the next round", kind.kind, lease.key
                    )
                    break
                done.add(lease.key)
                with store.fenced(lease):
                    results.append(kind.run(store, lease.key))
            except LeaseLost as exc:
                log.warning("%s: another process has taken the job over", exc)
            except Exception:
                log.exception("%s %s failed; the next round tries again", kind.kind, lease.key)
                break
            finally:
                try:
                    store.release(lease)
                except Exception as exc:  # the database is down: the lease lapses at its deadline
                    log.warning("could not release %s %s: %s", kind.kind, lease.key, exc)
    return results
