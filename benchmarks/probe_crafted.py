"""Crafted and damaged project files against the real command line (issue 14).

Builds every file of tests/crafted.py, runs `isnad` commands on each in its own process
with a time limit, and prints: runs, exit codes, tracebacks, hangs, and files changed by a
command that exited 2 (targets: 0 tracebacks, 0 hangs, 0 changed).

    python benchmarks/probe_crafted.py [--root CHECKOUT] [--timeout 20]

--root runs another checkout's `annotator.cli` (e.g. an older one, to compare).
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from annotator.store import Project  # noqa: E402
from crafted import CRAFTED, crafted, real_project  # noqa: E402

ARTICLE = sorted((ROOT / "tests" / "corpus" / "articles" / "txt").glob("*.txt"))[5]


def commands(path: Path, target: Path, base: Path, out: Path) -> dict[str, tuple]:
    return {"stats": ("stats", path), "export": ("export", path, "--format", "jsonl", "-o", out),
            "show": ("show", path, "doc-0"), "agree": ("agree", path), "import into": ("import", path, ARTICLE),
            "merge as source": ("merge", target, path), "merge into": ("merge", path, base)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose annotator.cli is run")
    parser.add_argument("--timeout", type=float, default=20.0)
    args = parser.parse_args()
    tally: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = real_project(tmp / "base.isnad")
        target = tmp / "lead.isnad"
        Project.create(target).close()
        started = time.perf_counter()
        for name in sorted(CRAFTED):
            path = crafted(base, tmp / "crafted.isnad", name)
            for what, argv in commands(path, target, base, tmp / "out.jsonl").items():
                before = hashlib.sha256(path.read_bytes()).digest()
                tally["runs"] += 1
                try:
                    run = subprocess.run([sys.executable, "-m", "annotator.cli", *map(str, argv)], cwd=args.root,
                                         capture_output=True, text=True, timeout=args.timeout)
                except subprocess.TimeoutExpired:
                    tally["hangs"] += 1
                    print(f"HANG       {name} / {what}")
                    continue
                tally[f"exit {run.returncode}"] += 1
                if "Traceback" in run.stderr:
                    tally["tracebacks"] += 1
                    print(f"TRACEBACK  {name} / {what}: {run.stderr.strip().splitlines()[-1]}")
                if run.returncode == 2 and hashlib.sha256(path.read_bytes()).digest() != before:
                    tally["changed after exit 2"] += 1
                    print(f"CHANGED    {name} / {what}")
    print(f"{len(CRAFTED)} crafted files, {tally['runs']} runs in {time.perf_counter() - started:.0f} s: "
          + ", ".join(f"{k} {v}" for k, v in sorted(tally.items()) if k != "runs"))
    print(f"tracebacks {tally['tracebacks']}, hangs {tally['hangs']}, changed after exit 2 "
          f"{tally['changed after exit 2']}")


if __name__ == "__main__":
    main()
