"""``python -m nutgraf.cli``: the ``nutgraf`` command, as when ``cli`` was a single module run as a script."""

import sys

from nutgraf.cli import main

sys.exit(main())
