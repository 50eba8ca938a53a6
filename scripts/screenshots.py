"""Render the main window on the sample project into docs/screenshots/*.png.

Offscreen by default (QT_QPA_PLATFORM=offscreen); under Xvfb run with
QT_QPA_PLATFORM=xcb DISPLAY=:99 to grab a real window. Uses a throw-away data folder,
so the user's own sample project is never touched.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="isnad-shots-")

from ui.app import make_application  # noqa: E402
from ui import session  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
SHOTS = (  # file, document id, label of the span to select (its relations are drawn strong)
    ("sample-text.png", "sample-text", "CLAIM"),
    ("seed-article.png", "sirte-washington-post", "CLAIM"),
    ("anercorp-passage.png", "anercorp-test-p012", "CLAIM"),
)


def main() -> None:
    app = make_application()
    window = MainWindow(session.open_project(None, session.sample_project("sample")), "sample")
    window.resize(1500, 900)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, doc_id, label in SHOTS:
        window.workspace.open_document(doc_id)
        span = next(s for s in window.workspace.spans if s.label == label)
        window.view.select_span(span.id)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / name))
        print(OUT / name)
    window.view.zoom(+8)
    window.workspace.open_document("sample-text")
    app.processEvents()
    window.view.grab().save(str(OUT / "article-zoomed.png"))
    print(OUT / "article-zoomed.png")
    window.close()


if __name__ == "__main__":
    main()
