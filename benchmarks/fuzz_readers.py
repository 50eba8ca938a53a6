"""Fuzz every reader through the real `isnad import` (issue 14): hostile and mutated inputs
for native JSONL, doccano, Label Studio, brat folders and .txt files and folders.

    python benchmarks/fuzz_readers.py [--cases 2000] [--seed 0]

Prints: cases run / tracebacks (target 0) / hangs (0) / projects changed after exit 2 (0),
and, for each format, how many cases imported (exit 0) and were refused (exit 2). Cases are
deterministic: case i of seed s is always the same input. CoNLL, spaCy and Parquet have no
reader (export only). tests/test_reader_fuzz.py runs a subset, and all of it when slow.
"""
from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import io
import json
import os
import random
import signal
import sqlite3
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLES = ROOT / "exports" / "examples"
CORPUS = ROOT / "tests" / "corpus"
FORMATS = ("jsonl", "doccano", "label-studio", "brat", "txt")
HANG_SECONDS = 20
DEEP = "\x00DEEP\x00"  # placeholder replaced by a nesting too deep for json.dumps to write

# values put in place of a random field of a JSON document
HOSTILE = [
    None, True, False, 0, -1, 3.5, "", "x", [], {}, [1, 2], {"a": {"b": []}},
    "\ud800", "a\udfffb", "\x00", "\u202e\u2066", "👍" * 3, "ب" * 300, "T" * 5000,
    10 ** 30, -(10 ** 30), 1e308, float("inf"), float("-inf"), float("nan"), DEEP,
]


@dataclass
class Tally:
    cases: int = 0
    tracebacks: int = 0
    hangs: int = 0
    changed: int = 0
    internal: int = 0  # exit 2 with "this is a bug" (E210): a refusal the store made, not the reader
    by_format: dict = field(default_factory=dict)
    failures: list = field(default_factory=list)  # (case, format, what)

    def line(self) -> str:
        return (f"cases run {self.cases} / tracebacks {self.tracebacks} / hangs {self.hangs} / "
                f"projects changed after exit 2 {self.changed} / store refusals {self.internal}")


class _Hang(BaseException):
    pass


def _alarm(signum, frame):
    raise _Hang()


# -- inputs ----------------------------------------------------------------------------
def _json_text(value, rng: random.Random) -> str:
    text = json.dumps(value, ensure_ascii=rng.random() < 0.5, allow_nan=True)
    depth = rng.choice([70, 500, 5000, 200_000])
    return text.replace(json.dumps(DEEP), "[" * depth + "]" * depth)


def _mutate_json(value, rng: random.Random, hits: int):
    """A copy of `value` with `hits` random fields replaced, deleted or duplicated."""
    value = json.loads(json.dumps(value))
    for _ in range(hits):
        path, node = [], value
        while isinstance(node, (dict, list)) and node and rng.random() < 0.8:
            key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
            path.append((node, key))
            node = node[key]
        if not path:
            continue
        parent, key = path[-1]
        roll = rng.random()
        if roll < 0.7:
            parent[key] = copy.deepcopy(rng.choice(HOSTILE))  # copies: a shared list could come to hold itself
        elif roll < 0.85 and isinstance(parent, dict):
            del parent[key]
        elif isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        else:
            parent[rng.choice(["id", "start", "end", "label", "seconds", "meta", "note"])] = copy.deepcopy(
                rng.choice(HOSTILE))
    return value


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        roll, pos = rng.random(), rng.randrange(len(data) + 1)
        if roll < 0.3 and data:
            data[min(pos, len(data) - 1)] = rng.randrange(256)
        elif roll < 0.5:
            data[pos:pos] = rng.choice([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\r", b"\n",
                                        b'"', b"{", b"]", "ظ‚ط§ظ„طھ".encode(), bytes(rng.randrange(256) for _ in range(8))])
        elif roll < 0.7:
            del data[pos:pos + rng.randint(1, 40)]
        elif roll < 0.85:
            data = data[:pos]
        else:
            data += data[pos:pos + rng.randint(1, 200)]
    return bytes(data)


def _reencoded(text: str, rng: random.Random) -> bytes:
    encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256", "latin-1"])
    return text.encode(encoding, errors="replace")


def _json_case(fmt: str, rng: random.Random) -> bytes:
    if fmt == "label-studio":
        tasks = json.loads((EXAMPLES / "label_studio.json").read_text(encoding="utf-8"))
        roll = rng.random()
        if roll < 0.6:
            return _json_text(_mutate_json(tasks, rng, rng.randint(1, 3)), rng).encode("utf-8", "surrogatepass")
        if roll < 0.8:
            return _mutate_bytes(json.dumps(tasks, ensure_ascii=False).encode(), rng)
        return _reencoded(json.dumps(tasks, ensure_ascii=False), rng)
    name = "news.jsonl" if fmt == "jsonl" else "doccano.jsonl"
    rows = [json.loads(line) for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines() if line]
    roll = rng.random()
    if roll < 0.6:
        mutated = [_mutate_json(r, rng, rng.randint(1, 3)) if rng.random() < 0.7 else r for r in rows]
        body = "\n".join(_json_text(r, rng) for r in mutated) + "\n"
        return body.encode("utf-8", "surrogatepass")
    if roll < 0.7:  # numbers Python's json writes but no JSON reader should take
        row = dict(rows[0], statuses=[{"annotator": "a", "status": "done",
                                       "seconds": rng.choice(["1e400", "NaN", "Infinity", "-Infinity", "1" * 5000])}])
        return json.dumps(row, ensure_ascii=False).replace('"' + row["statuses"][0]["seconds"] + '"',
                                                           row["statuses"][0]["seconds"]).encode() + b"\n"
    if roll < 0.85:
        return _mutate_bytes((EXAMPLES / name).read_bytes(), rng)
    return _reencoded((EXAMPLES / name).read_text(encoding="utf-8"), rng)


def _brat_case(folder: Path, rng: random.Random) -> Path:
    folder.mkdir()
    for src in sorted((EXAMPLES / "brat").iterdir()):
        data = src.read_bytes()
        if src.suffix == ".ann" and rng.random() < 0.6:
            lines = data.decode("utf-8").splitlines()
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(lines))
                kind = rng.random()
                if kind < 0.3:
                    lines[i] = f"T{rng.randint(1, 9)}\tLOC {rng.choice(['0', '-1', '1' * 5000, '1' * 19, '٣'])} " \
                               f"{rng.choice(['3', '9999', '1' * 4400])}\tx"
                elif kind < 0.5:
                    lines[i] = rng.choice(["R9\tcue_of Arg1:T1 Arg2:T99", "A9\ttype T77 x", "E1\tEvent:T1",
                                           "#9\tAnnotatorNotes T1", "T1\tLOC 0 3;5 8\tx", "\t\t", "N1\tReference T1 x",
                                           "T1\tLOC 4 3\tx", "*\tEquiv T1 T2", "T1\t\ud800 0 3\tx"])
                elif kind < 0.7:
                    lines.insert(i, lines[i])
                else:
                    del lines[i]
            data = "\n".join(lines).encode("utf-8", "surrogatepass")
        elif rng.random() < 0.3:
            data = _mutate_bytes(data, rng)
        elif rng.random() < 0.2:
            data = _reencoded(data.decode("utf-8"), rng)
        name = src.name
        if rng.random() < 0.05:
            name = os.fsdecode(b"\xff" + src.stem.encode()) + src.suffix  # a name that is not UTF-8
        if rng.random() < 0.05 and src.suffix == ".txt":
            continue  # .ann without its .txt
        (folder / name).write_bytes(data)
    return folder


def _txt_case(base: Path, rng: random.Random) -> Path:
    seed = (CORPUS / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")
    texts = [seed[:rng.randint(0, 2000)], "قال الرئيس في طرابلس", "ظ‚ط§ظ„طھ ط§ظ„طµط­ظٹظپط©", "cafÃ© Ã©tait", ""]
    if rng.random() < 0.5:
        path = base / f"{rng.choice(['a', 'ب' * 120, 'x' * 250])}.txt"
        data = _reencoded(rng.choice(texts), rng)
        path.write_bytes(_mutate_bytes(data, rng) if data and rng.random() < 0.5 else data)
        return path
    folder = base / "articles"
    (folder / "sub").mkdir(parents=True)
    for k in range(rng.randint(1, 4)):
        name = f"{k}.txt" if rng.random() > 0.05 else os.fsdecode(b"\xfe%d.txt" % k)
        data = _reencoded(rng.choice(texts), rng)
        (folder / ("sub" if k % 2 else "") / name).write_bytes(_mutate_bytes(data, rng) if rng.random() < 0.3 else data)
    return folder


def make_case(index: int, seed: int, base: Path) -> tuple[str, Path, list[str]]:
    """(format, input path, extra options) of case `index`."""
    rng = random.Random(f"{seed}:{index}")
    fmt = FORMATS[index % len(FORMATS)]
    base.mkdir(parents=True)
    if fmt == "brat":
        path = _brat_case(base / "brat", rng)
    elif fmt == "txt":
        path = _txt_case(base, rng)
    else:
        path = base / ("in.json" if fmt == "label-studio" else "in.jsonl")
        path.write_bytes(_json_case(fmt, rng))
    extra = ["--add-labels"] if rng.random() < 0.8 else []
    roll = rng.random()
    if roll < 0.15:
        extra += ["--encoding", rng.choice(["cp1256", "latin-1", "utf-16-le", "klingon"])]
    elif roll < 0.2:
        extra += ["--encoding", rng.choice(["cp1256", "latin-1"]), "--force-encoding"]
    return fmt, path, extra


# -- running ---------------------------------------------------------------------------
def snapshot(project: Path) -> str:
    con = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            for row in con.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
    finally:
        con.close()


def run_case(project: Path, fmt: str, path: Path, extra: list[str]) -> tuple[str, str]:
    """('ok' | 'refused' | 'traceback' | 'hang' | 'changed' | 'internal', detail)."""
    from annotator.cli import main
    before = snapshot(project)
    out, err = io.StringIO(), io.StringIO()
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_SECONDS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["import", str(project), str(path), "--format", fmt, *extra])
    except _Hang:
        return "hang", f"{fmt} {path}"
    except BaseException:  # noqa: BLE001 - anything escaping the command line is the finding
        return "traceback", traceback.format_exc(limit=-3)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    if code == 0:
        return "ok", ""
    if snapshot(project) != before:
        return "changed", err.getvalue()
    if "[E210]" in err.getvalue() or "What to do" not in err.getvalue():
        return "internal", err.getvalue()
    return "refused", ""


def fuzz(cases: int, seed: int = 0, start: int = 0, progress=None) -> Tally:
    from annotator.store import Project
    tally = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project = None
        for i in range(start, start + cases):
            if (i - start) % 100 == 0:  # a fresh project now and then keeps snapshots small
                project = tmp / f"p{i}.isnad"
                Project.create(project).close()
            fmt, path, extra = make_case(i, seed, tmp / f"case{i}")
            outcome, detail = run_case(project, fmt, path, extra)
            tally.cases += 1
            counts = tally.by_format.setdefault(fmt, {"ok": 0, "refused": 0})
            if outcome in counts:
                counts[outcome] += 1
            else:
                tally.failures.append((i, fmt, outcome, detail))
                attr = {"traceback": "tracebacks", "hang": "hangs", "changed": "changed", "internal": "internal"}
                setattr(tally, attr[outcome], getattr(tally, attr[outcome]) + 1)
            if progress:
                progress(i)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    tally = fuzz(args.cases, args.seed)
    print(tally.line())
    for fmt, counts in sorted(tally.by_format.items()):
        print(f"  {fmt:<13} imported {counts['ok']:>4}, refused with a two-part message {counts['refused']:>4}")
    for case, fmt, outcome, detail in tally.failures[:20]:
        print(f"case {case} ({fmt}): {outcome}\n{detail}")


if __name__ == "__main__":
    main()
