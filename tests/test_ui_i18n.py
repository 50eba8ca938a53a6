"""The Arabic interface: every interface string is translated, and the window mirrors."""
import ast
import importlib.util
import io
import json
import os
import subprocess
import sys
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

from annotator.resources import resource

ROOT = Path(__file__).resolve().parent.parent


def tr_literals() -> set[str]:
    found = set()
    for path in (ROOT / "ui").glob("*.py"):
        toks = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
        found |= {_joined(toks, i + 2) for i, t in enumerate(toks[:-2])
                  if t.string == "tr" and toks[i + 1].string == "(" and toks[i + 2].type == tokenize.STRING}
    return found


def _joined(toks, i: int) -> str:
    """The string literal at toks[i], with those written after it on the next lines ("a " "b")."""
    parts = []
    while toks[i].type in (tokenize.STRING, tokenize.NL):
        if toks[i].type == tokenize.STRING:
            parts.append(ast.literal_eval(toks[i].string))
        i += 1
    return "".join(parts)


def translations() -> dict[str, str]:
    root = ET.parse(resource("translations", "isnad_ar.ts")).getroot()
    return {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}


def test_every_interface_string_has_an_arabic_translation():
    table = translations()
    literals = tr_literals()
    assert len(literals) > 50
    assert sorted(s for s in literals if not table.get(s)) == []


def test_committed_ts_matches_the_build_script():
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert resource("translations", "isnad_ar.ts").read_text(encoding="utf-8") == module.ts_text()


ARABIC_WINDOW = """
import json, sys
from PySide6.QtCore import Qt
from annotator.store import Project
from tests.ui_helpers import make_project
from ui.app import make_application
from ui import session
session.settings().setValue("language", "ar")
app = make_application()
from ui.main_window import MainWindow
make_project(sys.argv[1]).close()
w = MainWindow(Project.open(sys.argv[1]), "amal")
print(json.dumps({"menus": [a.text() for a in w.menuBar().actions()], "rtl": app.layoutDirection() == Qt.RightToLeft,
                  "status": w._status_label.text(), "cancel": app.translate("QPlatformTheme", "Cancel")}))
"""


def test_arabic_interface_is_translated_and_mirrored(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run([sys.executable, "-c", ARABIC_WINDOW, str(tmp_path / "p.isnad")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    shown = json.loads(run.stdout.strip().splitlines()[-1])
    assert shown["menus"] == ["&ملف", "&تحرير", "ال&طبقات", "&عرض", "&مستند", "&مساعدة"]
    assert shown["rtl"] and shown["status"].startswith("المُعلِّم: amal")
    # Qt's own strings (dialog buttons) come from PySide6's qtbase_ar.qm
    assert shown["cancel"] and all("\u0600" <= c <= "\u06ff" for c in shown["cancel"])


def context_table(name: str) -> dict[str, str]:
    root = ET.parse(resource("translations", "isnad_ar.ts")).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == name)
    return {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}


def fields(text: str) -> set[str]:
    import string
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_error_message_has_an_arabic_translation_with_the_same_parameters():
    from annotator.messages import catalogue
    table = context_table("errors")
    templates = {t for m in catalogue() for t in (m.what, m.todo)}
    assert sorted(t for t in templates if not table.get(t)) == []
    assert [t for t in templates if fields(table[t]) != fields(t)] == []
    assert all(table[t].count("\u2066") == table[t].count("\u2069") for t in templates)


def test_kinds_and_formats_have_arabic_terms():
    from annotator.schema import KINDS
    from exports.common import KINDS as JSON_KINDS
    from exports.registry import formats
    table = context_table("terms")
    words = {*KINDS, *JSON_KINDS, "file", "a JSONL file", "a JSON file",
             *(f.description for f in formats("read") + formats("write"))}
    assert sorted(w for w in words if not table.get(w)) == []
