"""`isnad train` on the shared gold: ANERcorp passages and AQMAR sentences (tests/corpus).

Imports both into a fresh project's `gold` layer (ANERcorp's PERS learnt as PER with
`--rename PERS=PER`; AQMAR's MIS0-MIS3 kept), times the real CLI as a user runs it (wall
time and the process's CPU time: the machine may be shared), prints the held-out scores it
reports, then loads the model back as `spacy:PATH` and checks that every suggestion on the
held-out texts lies on token boundaries of the text, and times suggesting.
Target (issue 11): the whole `isnad train` run <= 5 minutes on 2 cores.

    python benchmarks/bench_train.py [--iterations 50] [--held-out 0.2]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from annotator.recommenders import make_recommender  # noqa: E402
from annotator.store import Project  # noqa: E402
from annotator.tokens import tokenize  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
GOLD = [CORPUS / "articles" / "anercorp_news_passages.jsonl", CORPUS / "aqmar" / "aqmar_sample.spans.jsonl"]


def isnad(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, check=True)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iterations", default="50")
    ap.add_argument("--held-out", default="0.2")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project, model = Path(tmp) / "gold.isnad", Path(tmp) / "model"
        isnad("init", project)
        print(isnad("import", project, *GOLD, "--annotator", "gold", "--add-labels").stdout.strip())
        cpu, start = children_cpu(), time.perf_counter()
        proc = isnad("train", project, "--annotator", "gold", "--rename", "PERS=PER", "-o", model,
                     "--iterations", args.iterations, "--held-out", args.held_out, "--json")
        wall, cpu = time.perf_counter() - start, children_cpu() - cpu
        report = json.loads(proc.stdout)
        print(f"isnad train: {wall:.1f} s wall, {cpu:.1f} s CPU (training loop {report['seconds']} s, "
              f"{report['iterations']} iterations, stopped by {report['stopped_by']}); target <= 300 s")
        print(f"trained on {report['documents']['train']} documents ({report['spans']['train']} spans), "
              f"scored on {report['documents']['held_out']} held-out documents ({report['spans']['held_out']} spans)")
        print(f"{'label':<8} {'P':>6} {'R':>6} {'F1':>6} {'F1 overlap':>10} {'gold':>5}")
        for label, s in report["held_out"].items():
            print(f"{label:<8} {_f(s['precision']):>6} {_f(s['recall']):>6} {_f(s['f1']):>6} "
                  f"{_f(s['f1_overlap']):>10} {s['gold']:>5}")
        check_suggestions(project, model)


def check_suggestions(project: Path, model: Path) -> None:
    with Project.open(project, read_only=True) as p:
        recommender = make_recommender(f"spacy:{model}", p, None)
        texts = [rec.document.text for rec in p.records(["gold"])]
    start = time.perf_counter()
    suggestions = list(recommender.suggest_many(texts))
    seconds = time.perf_counter() - start
    spans = [(text, s) for text, sug in zip(texts, suggestions) for s in sug.spans]
    bounds = [{edge for t in tokenize(text) for edge in t} for text in texts]
    on_tokens = sum(s.start in b and s.end in b for b, sug in zip(bounds, suggestions) for s in sug.spans)
    chars = sum(map(len, texts))
    print(f"spacy:{model.name} on all {len(texts)} documents ({chars:,} characters): {len(spans)} suggestions, "
          f"{on_tokens} on token boundaries; {seconds * 1000 / chars * 2000:.0f} ms per 2,000 characters")


def _f(value) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    main()
