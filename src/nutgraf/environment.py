"""Values of ``NUTGRAF_*`` environment variables, checked alike wherever they are read."""

from __future__ import annotations

import math

from nutgraf.errors import InvalidInputError


def seconds(name: str, value: str) -> float:
    """``value``, the variable ``name``'s, as a finite number of seconds above 0.

    Raises:
        InvalidInputError: anything else, in words that name the variable.
    """
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0 < number < math.inf:  # NaN fails too
        raise InvalidInputError(f"{name} must be a number of seconds above 0, not {value!r}")
    return number
