"""Small helpers shared by tests: run the real CLI, write JSONL files."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def isnad(*args, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run `isnad` as a user would (a separate process, real files)."""
    proc = subprocess.run([sys.executable, "-m", "annotator.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"isnad {args} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
