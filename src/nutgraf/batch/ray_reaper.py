"""Stops what is left of the private local Ray of a ``nutgraf batch --engine ray`` run once its driver is gone.

Ray kills the GCS server and raylet that ``ray.init`` started when their driver dies, but not the raylet's
own children: its dashboard and runtime-env agents wait a minute on their calls to the dead GCS server
(measured: 62 s after ``kill -9`` of the driver), and its workers follow in a few seconds. A driver killed
with ``kill -9`` has no chance to stop them, so it starts this script before Ray, with a pipe on its stdin
whose other end only the driver holds, and gives its Ray a temporary folder of its own. When the pipe
closes (the driver ended its run, or died), the script kills every process that has a file, its working
directory or its executable in that folder, and removes the folder. It finds them by their open files
rather than by their parent (Ray's agents and workers are the raylet's children, orphaned when it dies)
or their environment (Ray overwrites that memory when it renames its processes, ``ray::DashboardAgent``).

The driver runs it as a script, which loads nothing but the standard library: it costs the driver no
start-up time and holds little memory. Linux only: it finds the processes in /proc.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import time
from pathlib import Path

#: Rounds of killing at most: a raylet still alive during the first may start another worker. A process
#: killed leaves the list at once: the kernel closes a zombie's files and drops its working directory.
ROUNDS = 50


def main(folder: str, driver: int) -> None:
    sys.stdin.buffer.read()  # returns once the driver has closed the pipe, or died
    for _ in range(ROUNDS):
        # The driver, after a run that ended, may still have Ray's log files open: it is the user's.
        using = [pid for pid in processes_using(folder) if pid not in (driver, os.getpid())]
        if not using:
            break
        for pid in using:
            with contextlib.suppress(ProcessLookupError):  # it exited meanwhile
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.1)
    shutil.rmtree(folder, ignore_errors=True)


def processes_using(folder: str) -> list[int]:
    """The processes (of this user: others' are unreadable) with a file, working directory or executable
    in ``folder``."""
    inside = os.path.realpath(folder) + os.sep
    found = []
    for process in Path("/proc").iterdir():
        if not process.name.isdigit():
            continue
        try:
            links = [process / "cwd", process / "exe", *(process / "fd").iterdir()]
        except OSError:  # exited, or another user's
            continue
        for link in links:
            with contextlib.suppress(OSError):  # closed meanwhile, or a zombie's
                if (os.readlink(link) + os.sep).startswith(inside):
                    found.append(int(process.name))
                    break
    return found


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
