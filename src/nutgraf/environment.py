"""Values of ``NUTGRAF_*`` environment variables, checked alike wherever they are read."""

from __future__ import annotations

import math

from nutgraf.errors import InvalidInputError

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
