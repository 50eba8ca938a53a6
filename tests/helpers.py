"""Small helpers shared by tests: run the real CLI, write JSONL files."""
from __future__ import annotations

import contextlib
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def needs(*modules: str):
    """Skip a test module when one of `modules` is not installed, without importing them while
    tests are collected (spaCy, torch and scikit-learn took seconds of every worker's start)."""
    import pytest
    from importlib.util import find_spec
    missing = [m for m in modules if find_spec(m) is None]
    return pytest.mark.skipif(bool(missing), reason=f"not installed: {', '.join(missing)} (pip install '.[test]')")


def examples(n: int) -> int:
    """How many examples a property test draws: `n` in the whole suite, a quarter (at least
    10) in the quick subset (-m "not slow", see conftest.py)."""
    return max(n // 4, 10) if os.environ.get("ISNAD_QUICK_TESTS") else n


def isnad(*args, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run `isnad` on real files, in this process (`annotator.cli.main`): its exit code and
    what it printed, as a separate process would give them. `isnad_process` for a real one."""
    if kw:  # input, env, timeout: only a separate process has them
        return isnad_process(*args, check=check, **kw)
    from annotator.cli import main
    out, err = _Stream(), _Stream()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), contextlib.chdir(ROOT):
        try:
            code = main([str(a) for a in args])
        except SystemExit as e:  # argparse: usage errors, --help
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    proc = subprocess.CompletedProcess(["isnad", *map(str, args)], code, out.text(), err.text())
    if check and proc.returncode != 0:
        raise AssertionError(f"isnad {args} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def isnad_in_terminal(*args) -> str:
    """What `isnad` prints when its standard output is a terminal (a pseudo-terminal)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child runs isnad with the terminal as stdout
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "annotator.cli", *map(str, args)])
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8")


def isnad_process(*args, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run `isnad` as a user would: a separate process."""
    proc = subprocess.run([sys.executable, "-m", "annotator.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"isnad {args} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


class _Stream(io.TextIOWrapper):
    """A text stream with the `buffer` of a real standard stream (binary writes land too)."""

    def __init__(self):
        super().__init__(io.BytesIO(), encoding="utf-8", write_through=True)

    def text(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode("utf-8")

    def close(self) -> None:  # `isnad show | head` closes stderr; keep what was written
        self.flush()


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
