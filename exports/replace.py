"""Putting an export in place all at once, never deleting what the export did not make.

A writer writes into a staging folder that this run creates beside OUT (a hidden
`.OUT.XXXXXXXX.isnad-export`); then each file it declared is moved into place by one rename.
Where an earlier export is there, the two are *exchanged* (Linux `renameat2` with
RENAME_EXCHANGE, one system call, for a file or a whole folder), so at every instant OUT is
the old export or the new one, never neither; the old one, now inside the staging folder, is
deleted with it. The staging folder is the only thing ever deleted: it was made by this run.
Where the exchange is not available (another system or file system), a file is replaced by
`os.replace` (also atomic) and a folder is moved aside into the staging folder first: a kill
between those two renames leaves the old folder inside the staging folder.
A run killed by SIGKILL leaves its staging folder behind (hidden, beside OUT); nothing else.
"""
from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path

SUFFIX = ".isnad-export"
_AT_FDCWD, _RENAME_NOREPLACE, _RENAME_EXCHANGE = -100, 1, 2


class Staging:
    """A private folder beside `out` for one export; `publish` moves the declared outputs in."""

    def __init__(self, out: Path):
        self.folder = out.parent
        self.path = Path(tempfile.mkdtemp(prefix=f".{out.name[:100]}.", suffix=SUFFIX, dir=self.folder))

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)  # made by this run (mkdtemp): ours to delete

    def publish(self, names: list[str]) -> list[Path]:
        """Move the staged `names` (side files first, the main output last) to their places.
        Everything the writer put in the staging folder must be declared: an export is whole."""
        staged = {p.name for p in self.path.iterdir()}
        undeclared = sorted(staged - set(names))
        if undeclared:  # a writer that writes a file its Format does not declare is a bug
            raise RuntimeError(f"the writer wrote undeclared files: {', '.join(undeclared)}")
        placed = []
        for name in names:
            if name in staged:
                replace(self.path / name, self.folder / name, self.path)
                placed.append(self.folder / name)
        return placed


def replace(new: Path, target: Path, aside: Path) -> None:
    """Put `new` at `target` in one step; an old `target` ends up in the folder `aside`."""
    if os.path.lexists(target):
        if _renameat2(new, target, _RENAME_EXCHANGE):
            return
        if target.is_dir() and not target.is_symlink():
            os.rename(target, aside / f"{target.name}.old")  # the fallback's one unsafe instant
        os.replace(new, target)
        return
    if not _renameat2(new, target, _RENAME_NOREPLACE):
        os.rename(new, target)


def _renameat2(src: Path, dst: Path, flags: int) -> bool:
    """Linux renameat2; False where the system or the file system does not offer it."""
    call = _libc_renameat2()
    if call is None:
        return False
    if call(_AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), flags) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(dst))


_RENAMEAT2 = []


def _libc_renameat2():
    if not _RENAMEAT2:
        call = None
        if sys.platform.startswith("linux"):
            try:
                call = ctypes.CDLL(None, use_errno=True).renameat2
                call.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
                call.restype = ctypes.c_int
            except (OSError, AttributeError):  # no libc symbol (glibc < 2.28, musl before 1.2.?)
                call = None
        _RENAMEAT2.append(call)
    return _RENAMEAT2[0]
