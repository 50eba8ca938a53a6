"""The core and the exporters never import Qt, ui or (for the core) exports."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {"annotator": {"PySide6", "shiboken6", "ui", "exports"}, "exports": {"PySide6", "shiboken6", "ui"}}
ALLOWED = {"annotator/cli.py"}  # the composition root wires the layers together


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def test_core_and_exports_are_qt_free():
    offenders = [f"{path.relative_to(ROOT)} imports {name}"
                 for package, banned in FORBIDDEN.items()
                 for path in (ROOT / package).rglob("*.py")
                 if path.relative_to(ROOT).as_posix() not in ALLOWED
                 for name in _imports(path) if name in banned]
    assert offenders == []


def test_the_check_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import Qt\nimport ui.main_window\n")
    assert set(_imports(bad)) == {"PySide6", "ui"}


SQL = {"sqlite3", "sqlalchemy", "sqlmodel"}


def test_only_the_store_talks_sql():
    offenders = [f"{path.relative_to(ROOT)} imports {name}"
                 for package in ("annotator", "exports", "ui") if (ROOT / package).exists()
                 for path in (ROOT / package).rglob("*.py")
                 if "annotator/store" not in path.relative_to(ROOT).as_posix()
                 for name in _imports(path) if name in SQL]
    assert offenders == []


def _modules(path: Path):
    """Full names of the modules a file imports (`from annotator import store` gives annotator.store)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            yield from (f"{node.module}.{a.name}" for a in node.names)


def test_the_window_and_the_formats_reach_projects_only_through_the_core():
    """One door to a project (annotator/project_io.py): ui/ and exports/ never import the store."""
    offenders = [f"{path.relative_to(ROOT)} imports {name}"
                 for package in ("ui", "exports")
                 for path in (ROOT / package).rglob("*.py")
                 for name in _modules(path) if name == "annotator.store" or name.startswith("annotator.store.")]
    assert offenders == []


def test_the_door_check_sees_every_way_in(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from annotator.store import Project\nfrom annotator import store\n"
                   "import annotator.store.project\n")
    assert {n for n in _modules(bad) if n.startswith("annotator.store")} == {
        "annotator.store", "annotator.store.Project", "annotator.store.project"}
