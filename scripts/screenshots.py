"""Render the main window on the sample project into docs/screenshots/*.png.
(sample-text, seed-article, anercorp-passage, article-zoomed, layers, window-800x600,
suggestions, adjudication; with --arabic: arabic-interface, arabic-error)

Offscreen by default (QT_QPA_PLATFORM=offscreen); under Xvfb run with
QT_QPA_PLATFORM=xcb DISPLAY=:99 to grab a real window. Uses throw-away data and settings
folders, so the user's own sample project and preferences are never touched.
  python scripts/screenshots.py [OUT_DIR] [--arabic]   (--arabic: the Arabic, mirrored interface,
  and arabic-error.png: an import error over it)
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="isnad-shots-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="isnad-shots-config-")

from ui.app import make_application  # noqa: E402
from ui import session  # noqa: E402

SHOTS = (  # file, document id, label of the span to select (its relations are drawn strong)
    ("sample-text.png", "sample-text", "CLAIM"),
    ("seed-article.png", "sirte-washington-post", "CLAIM"),
    ("anercorp-passage.png", "anercorp-test-p012", "CLAIM"),
)
ARABIC_SHOTS = (("arabic-interface.png", "sirte-washington-post", "SOURCE"),)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--arabic", action="store_true")
    args = parser.parse_args()
    session.settings().setValue("language", "ar" if args.arabic else "en")
    app = make_application()
    from ui.main_window import MainWindow
    window = MainWindow(session.open_project(None, session.sample_project()), "sample")
    window.resize(1500, 900)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, doc_id, label in ARABIC_SHOTS if args.arabic else SHOTS:
        window.workspace.open_document(doc_id)
        span = next(s for s in window.workspace.spans if s.label == label)
        window.view.select_span(span.id)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / name))
        print(out / name)
    if args.arabic:
        error_shot(app, window, out)
    if not args.arabic:
        window.view.zoom(+8)
        window.workspace.open_document("sample-text")
        app.processEvents()
        window.view.grab().save(str(out / "article-zoomed.png"))
        print(out / "article-zoomed.png")
    window.close()
    if not args.arabic:
        layers_shots(app, out)
        suggestions_shot(app, out)
        adjudication_shot(app, out)


def error_shot(app, window, out: Path) -> None:
    """An import that failed, as the Arabic window reports it: translated, its file, line,
    commands and code each kept in order (Unicode isolates), drawn over the window."""
    from PySide6.QtGui import QPainter
    from annotator.errors import IsnadError
    from annotator.messages import M
    from ui.dialogs import ErrorDialog
    from ui.i18n import tr
    error = IsnadError.of(M.JSONL_LOOKS_DOCCANO, "/home/amal/أخبار/دفعة-03.jsonl", 12)
    box = ErrorDialog.build(window, error, tr("Import or export failed (nothing was changed)"))
    box.show()
    for _ in range(3):
        app.processEvents()
    shot, dialog = window.grab(), box.grab()
    painter = QPainter(shot)
    painter.drawPixmap((shot.width() - dialog.width()) // 2, (shot.height() - dialog.height()) // 3, dialog)
    painter.end()
    shot.save(str(out / "arabic-error.png"))
    print(out / "arabic-error.png")
    box.close()


def layers_shots(app, out: Path) -> None:
    """An annotator's own spans (filled) beside the sample layer (outlined, read-only), one of
    its spans selected; then the same window at 800x600."""
    from annotator.store import Project
    from ui.main_window import MainWindow
    window = MainWindow(Project.open(session.sample_project(), exclusive=True), "amal", session.settings())
    window.resize(1500, 900)
    window.show()
    ws = window.workspace
    ws.open_document("sirte-washington-post")
    for word, label in (("ريبيكا فارمر", "PER"), ("واشنطن بوست", "ORG"), ("سرت", "LOC"), ("الحرب", "MISC")):
        start = ws.doc.text.index(word)
        ws.add_span(start, start + len(word), label)
    window.view.select_span(next(s.id for s in ws.others if s.label == "CLAIM"))
    for name, size in (("layers.png", (1500, 900)), ("window-800x600.png", (800, 600))):
        window.resize(*size)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / name))
        print(out / name)
    window.close()


def suggestions_shot(app, out: Path) -> None:
    """Suggestions of the attribution recommender (cues, sources, claims and their links) and
    of the lexicon (names tagged elsewhere), dotted beside the annotator's own spans."""
    from annotator.store import Project
    from annotator.suggestions import set_recommender_specs
    from ui.main_window import MainWindow
    with Project.open(session.sample_project()) as project:
        set_recommender_specs(project, ["lexicon", "attribution"])
    window = MainWindow(Project.open(session.sample_project(), exclusive=True), "mona", session.settings())
    window.resize(1500, 900)
    window.show()
    ws = window.workspace
    for doc_id in ("anercorp-test-p012", "sirte-washington-post"):  # the second one is shown
        done = []
        window.suggestions.ready.connect(done.append)
        ws.open_document(doc_id)
        while not done:
            app.processEvents()
    window.layers.show(["suggest:attribution", "suggest:lexicon"])  # the suggestions alone
    start = ws.doc.text.index("واشنطن بوست")
    ws.add_span(start, start + len("واشنطن بوست"), "ORG")
    window.view.select_span(next(s.id for s in ws.others if s.label == "CLAIM"))
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(out / "suggestions.png"))
    print(out / "suggestions.png")
    window.close()
    with Project.open(session.sample_project()) as project:
        set_recommender_specs(project, [])


def adjudication_shot(app, out: Path) -> None:
    """The lead's view: two annotators' layers made from the sample's spans (ali drops one,
    mona relabels one), the list sorted by disagreement, the Adjudication panel open."""
    from dataclasses import replace
    from annotator.importing import import_records
    from annotator.model import GOLD, DocumentRecord
    from annotator.store import Project
    from ui.main_window import MainWindow
    path = session.sample_project()
    with Project.open(path) as project:
        records = list(project.records(["sample"]))
        for who, change in (("ali", lambda spans: spans[1:]),
                            ("mona", lambda spans: [replace(spans[2], label="ORG"), *spans[:2], *spans[3:]])):
            layer = [DocumentRecord(r.document, change([replace(s, id=f"{who}-{s.id}", annotator=who)
                                                        for s in r.spans])) for r in records]
            import_records(project, layer, annotator=who)
    window = MainWindow(Project.open(path, exclusive=True), GOLD)
    window.resize(1500, 950)
    window.show()
    window.docs.order_box.setCurrentIndex(1)  # most disagreement first
    window.workspace.open_document(window.doc_model.row(0).id)
    window.adjudication.table.selectRow(0)
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(out / "adjudication.png"))
    print(out / "adjudication.png")
    window.close()


if __name__ == "__main__":
    main()
