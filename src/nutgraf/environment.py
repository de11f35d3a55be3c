"""Values of ``NUTGRAF_*`` environment variables, and counts of processes to start on this machine, checked
alike wherever they are given."""

from __future__ import annotations

import math
import os

from nutgraf.errors import InvalidInputError
from nutgraf.wording import counted

#: The most seconds a variable may give. Past about 3e9 a wait on a thread raises OverflowError, and
#: past about 9e13 so does a lease's expiry (a timedelta): NUTGRAF_LEASE_SECONDS=1e300 started the
#: service and then answered every summary with a 500 and a traceback.
MOST_SECONDS = 365 * 24 * 3600


def seconds(name: str, value: str) -> float:
    """``value``, the variable ``name``'s, as a number of seconds above 0 and at most :data:`MOST_SECONDS`.

    Raises:
        InvalidInputError: anything else, in words that name the variable.
    """
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0 < number < math.inf:  # NaN fails too
        raise InvalidInputError(f"{name} must be a number of seconds above 0, not {value!r}")
    if number > MOST_SECONDS:
        raise InvalidInputError(f"{name} must be at most {MOST_SECONDS:,} seconds (a year), not {value!r}")
    return number


#: The words a yes-or-no variable takes, in any case; empty (or unset) is the variable's default.
YES_WORDS = ("1", "true", "yes", "on")
NO_WORDS = ("0", "false", "no", "off")


def yes_or_no(name: str, value: str | None, default: bool) -> bool:
    """``value``, the variable ``name``'s, as yes or no: one of :data:`YES_WORDS` or :data:`NO_WORDS`, or
    ``default`` when it is unset or empty.

    Raises:
        InvalidInputError: another word, in words that name the variable and the words it takes. Any
            word but a yes had read as no: ``NUTGRAF_BACKGROUND=Y`` quietly turned feed polls off.
    """
    word = (value or "").strip().lower()
    if not word:
        return default
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise InvalidInputError(
        f"{name} must be yes ({'/'.join(YES_WORDS)}) or no ({'/'.join(NO_WORDS)}), not {value!r};"
        f" leave it empty for the default, {'yes' if default else 'no'}"
    )


#: Worker processes per CPU that a command (``batch``, ``serve``) may start on this machine. Workers are
#: CPU-bound (URLs are fetched by threads inside each), so more than a few per CPU only adds memory (each
#: holds the models) and start-up: ``--workers 100000`` had tried to start that many processes.
WORKERS_PER_CPU = 4


def check_workers(workers: int, *, besides: str = "") -> None:
    """Refuse a count of worker processes this machine cannot run: below 1, or above
    :data:`WORKERS_PER_CPU` per CPU. ``besides`` adds the caller's way past the bound ("; a Ray cluster
    ...").

    Raises:
        InvalidInputError: naming the most and why.
    """
    cpus = os.cpu_count() or 1
    most = WORKERS_PER_CPU * cpus
    if not 1 <= workers <= most:
        raise InvalidInputError(
            f"{counted(workers, 'worker')} is not a number this machine can run: give 1 to {most}"
            f" ({WORKERS_PER_CPU} per CPU of its {counted(cpus, 'CPU')}: each worker is a process holding its"
            f" own models, and summarizing keeps a CPU busy, so more only add memory and start-up{besides})"
        )
