"""Test-only crash points (issue 13): the process kills itself with SIGKILL exactly before or
exactly after the COMMIT of its Nth write transaction, so crash tests need no guessed sleeps.

    ISNAD_KILL_AT=before-commit:N    (or after-commit:N; N counts from 1, default 1)

The variable is read once, when the store is imported (db.py); unset, nothing is installed
and the commit path is untouched. A test script already running can call `arm(...)` itself:
N then counts the write transactions begun after that call. POSIX only (SIGKILL).
"""
from __future__ import annotations

import os
import signal

POINTS = ("before-commit", "after-commit")


def arm(setting: str) -> None:
    """Make the Nth write transaction from now die at `setting` ("before-commit:N", "after-commit:N")."""
    point, _, count = setting.partition(":")
    if point not in POINTS or not (count or "1").isdigit():
        raise ValueError(f"ISNAD_KILL_AT={setting!r}: expected before-commit:N or after-commit:N")
    from .db import Connection
    begin, commit = Connection.begin, Connection.commit
    due, writes = int(count or 1), 0

    def counting_begin(self, write: bool = False, wait_ms: int | None = None) -> None:
        nonlocal writes
        begin(self, write, wait_ms)
        writes += write
        self.kill_due = write and writes == due

    def dying_commit(self, last: str | None = None) -> None:
        if getattr(self, "kill_due", False) and point == "before-commit":
            os.kill(os.getpid(), signal.SIGKILL)
        commit(self, last)
        if getattr(self, "kill_due", False) and point == "after-commit":
            os.kill(os.getpid(), signal.SIGKILL)

    Connection.begin, Connection.commit = counting_begin, dying_commit
