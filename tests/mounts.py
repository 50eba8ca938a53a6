"""Real full and read-only disks for tests (issue 14): a small tmpfs, a read-only bind mount.

Mounting needs root (or CAP_SYS_ADMIN); where it is refused the test is skipped with the
reason. chmod cannot stand in when the tests run as root: root writes through it.
"""
from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    run = subprocess.run(["mount", *args], capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip(f"cannot mount here ({run.stderr.strip() or 'mount failed'}): a real full or read-only disk "
                    "needs root or CAP_SYS_ADMIN")


def _unmount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@contextmanager
def small_disk(path: Path, size: str = "2m"):
    """A tmpfs of `size` at `path` (a real file system that fills up)."""
    path.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path))
    try:
        yield path
    finally:
        _unmount(path)


def fill(disk: Path) -> Path:
    """Use up every free byte of `disk`; the file returned frees it again when removed."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        block = b"\0" * 4096
        while True:
            try:
                os.write(fd, block)
            except OSError:
                break
        for size in (512, 64, 1):  # the last odd bytes too
            while True:
                try:
                    os.write(fd, block[:size])
                except OSError:
                    break
    finally:
        os.close(fd)
    return filler


@contextmanager
def read_only_view(folder: Path, where: Path):
    """`folder` seen through a read-only bind mount at `where` (a read-only disk for SQLite)."""
    where.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(folder), str(where))
    try:
        run = subprocess.run(["mount", "-o", "remount,bind,ro", str(where)], capture_output=True, text=True)
        if run.returncode != 0:
            pytest.skip(f"cannot make a bind mount read-only here ({run.stderr.strip()})")
        yield where
    finally:
        _unmount(where)
