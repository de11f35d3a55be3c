"""``python -m nutgraf``: the ``nutgraf`` command, for an environment whose scripts are not on the PATH."""

import sys

from nutgraf.cli import main

sys.exit(main())
