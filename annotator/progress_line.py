"""A progress line on stderr for long commands (`import`, `export`, `suggest`), redrawn in
place at most five times a second, on a terminal only: a pipe or a log gets nothing."""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator

EVERY = 0.2  # seconds between redraws


def progress_line(what: str) -> Callable[..., None] | None:
    """show(done, total=None, end=False): "WHAT: done/total documents", or "WHAT: done
    documents" when the total is unknown; the line ends at done == total, or at `end`.
    None off a terminal."""
    if not sys.stderr.isatty():
        return None
    last = [0.0]

    def show(done: int, total: int | None = None, end: bool = False) -> None:
        now, end = time.monotonic(), end or done == total
        if now - last[0] > EVERY or end:
            last[0] = now
            count = done if total is None else f"{done}/{total}"
            print(f"\r{what}: {count} documents", end="\n" if end else "", file=sys.stderr, flush=True)
    return show


def counted(records: Iterable, what: str, total: int | None = None) -> Iterator:
    """`records`, counted on a progress line as they are read (against `total` if known);
    close it (contextlib.closing) so that the line ends before an error is printed."""
    show = progress_line(what)
    if show is None:
        yield from records
        return
    done = 0
    try:
        for done, record in enumerate(records, 1):
            show(done, total)
            yield record
    finally:
        if done != total:  # else the line has ended
            show(done, total, end=True)  # at the end of the input, or before an error is printed
