"""Run by test_concurrency.py: a lead relabelling spans of a project while another process
(a merge, an import) writes to it, as the window does: each edit one transaction, a busy
project tried again. Prints, as JSON, every acknowledged edit (span id, label, time), in order.

    python tests/edit_while.py PROJECT LAYER STOP_FILE [MAX_EDITS]

Edits run until STOP_FILE exists (and at least 5 were made) or MAX_EDITS were made.
"""
import json
import sys
import time
from pathlib import Path

from annotator.commands import Relabel
try:
    from annotator.errors import ProjectBusy
except ImportError:  # an older checkout (benchmarks/probe_concurrency.py --root): its busy is any error
    from annotator.errors import IsnadError as ProjectBusy
from annotator.history import History
from annotator.store import Project

LABELS = ("PER", "ORG", "LOC", "MISC")


def main(path: str, layer: str, stop: str, most: int = 10_000) -> None:
    acknowledged, busy = [], 0
    with Project.open(path) as project:
        project.wait = 0.2  # as the window: a busy project is tried again, not waited for
        history = History(project)
        ids = [s.id for doc_id in project.document_ids() for s in project.spans(doc_id, [layer])]
        k = 0
        while len(acknowledged) < most and (len(acknowledged) < 5 or not Path(stop).exists()):
            span_id = ids[k % len(ids)]
            try:
                current = project.span(span_id).label
                label = LABELS[(LABELS.index(current) + 1) % len(LABELS)] if current in LABELS else "PER"
                if history.run(Relabel(span_id, label)) is not None:
                    acknowledged.append((span_id, label, time.time()))
                k += 1
            except ProjectBusy:
                busy += 1
                time.sleep(0.05)
    print(json.dumps({"edits": acknowledged, "busy": busy}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], *map(int, sys.argv[4:]))
