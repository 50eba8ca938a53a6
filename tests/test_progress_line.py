"""Long commands show how far they are on a line of stderr redrawn in place, on a terminal
only: `isnad import` counts the documents read (their number is known at the end),
`isnad export` and `isnad suggest` count them against the project's. An error still starts a line of its
own; a pipe or a log gets no progress at all."""
import json
import os
import subprocess
import sys
import threading

import pytest

from helpers import ROOT, isnad

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

pytestmark = pytest.mark.slow  # real processes on a pseudo-terminal


def _on_a_terminal(*args) -> tuple[int, str, str]:
    """`isnad args` as a separate process whose stderr is a pseudo-terminal: (exit code,
    stdout, what the terminal showed)."""
    master, slave = os.openpty()
    shown: list[bytes] = []

    def read() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # the process ended and closed its side
                return
            if not data:
                return
            shown.append(data)
    reader = threading.Thread(target=read)
    reader.start()
    proc = subprocess.run([sys.executable, "-m", "annotator.cli", *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=slave, text=True, timeout=120)
    os.close(slave)
    reader.join(10)
    os.close(master)
    return proc.returncode, proc.stdout, b"".join(shown).decode().replace("\r\n", "\n")


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    return synth.write_jsonl(synth.documents(2000), tmp_path_factory.mktemp("progress") / "in.jsonl")


def test_import_counts_the_documents_it_reads_on_a_terminal(tmp_path, source):
    isnad("init", tmp_path / "p.isnad")
    code, out, shown = _on_a_terminal("import", tmp_path / "p.isnad", source)
    assert code == 0 and out.startswith("2000 documents added")
    assert shown.endswith("\rimport: 2000 documents\n") and shown.count("\n") == 1, shown
    assert isnad("import", tmp_path / "p.isnad", source).stderr == ""  # not a terminal: nothing


def test_an_import_error_starts_a_line_of_its_own(tmp_path, source):
    bad = tmp_path / "bad.jsonl"
    wrong = {"text": "نص قصير", "spans": [{"start": 0, "end": 99, "label": "PER"}]}  # read, then refused
    bad.write_text(source.read_text(encoding="utf-8") + json.dumps(wrong, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    isnad("init", tmp_path / "p.isnad")
    code, _, shown = _on_a_terminal("import", tmp_path / "p.isnad", bad)
    assert code == 2
    assert "\rimport: 2001 documents\nisnad import: " in shown, shown  # the line ended, then the error


def test_export_counts_against_the_project_s_documents(tmp_path, source):
    isnad("init", tmp_path / "p.isnad")
    isnad("import", tmp_path / "p.isnad", source)
    code, out, shown = _on_a_terminal("export", tmp_path / "p.isnad", "--format", "jsonl", "-o", tmp_path / "out.jsonl")
    assert code == 0 and "2000 documents" in out
    assert shown.endswith("\rexport: 2000/2000 documents\n") and shown.count("\n") == 1, shown
    isnad("export", tmp_path / "p.isnad", "--format", "jsonl", "-o", tmp_path / "piped.jsonl")
    assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "piped.jsonl").read_bytes()  # the same file


def test_suggest_counts_against_the_project_s_documents(tmp_path, source):
    isnad("init", tmp_path / "p.isnad")
    isnad("import", tmp_path / "p.isnad", source)
    code, _, shown = _on_a_terminal("suggest", tmp_path / "p.isnad", "--with", "attribution")
    assert shown.endswith("\rsuggest:attribution: 2000/2000 documents\n") and shown.count("\n") == 1, shown
    assert code == 0
