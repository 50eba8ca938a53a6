"""The bundled sample project: regenerable, and its offsets land on the intended words."""
import json
import subprocess
import sys
from pathlib import Path

from annotator.resources import resource

ROOT = Path(__file__).resolve().parent.parent


def docs() -> dict:
    lines = resource("sample", "sample.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["id"]: d for d in map(json.loads, lines)}


def test_sample_is_what_the_script_builds(tmp_path):
    before = resource("sample", "sample.jsonl").read_bytes()
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_sample.py")], check=True, capture_output=True)
    assert resource("sample", "sample.jsonl").read_bytes() == before


def test_sample_covers_the_hard_cases():
    d = docs()
    text = d["sample-text"]["text"]
    loc = next(s for s in d["sample-text"]["spans"] if s["label"] == "LOC")
    assert text[loc["start"] - 1:loc["end"]] == "بطرابلس" and text[loc["start"]:loc["end"]] == "طرابلس"
    assert "قالت Washington Post إن" in text and any(ord(c) > 0xFFFF for c in text)
    seed = d["sirte-washington-post"]
    assert seed["text"] == resource("sample", "sirte-washington-post.txt").read_text(encoding="utf-8")
    for doc in d.values():
        ids = {s["id"] for s in doc["spans"]}
        assert {"CLAIM", "SOURCE", "CUE"} <= {s["label"] for s in doc["spans"]}
        assert all(r["from"] in ids and r["to"] in ids for r in doc["relations"])
        assert all(doc["text"][s["start"]:s["end"]].strip() == doc["text"][s["start"]:s["end"]]
                   for s in doc["spans"])
    assert {"PER", "LOC", "ORG"} <= {s["label"] for s in d["anercorp-test-p012"]["spans"]}  # PERS -> PER
