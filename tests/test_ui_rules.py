"""Text-contract rules for the UI code (design.md section 2), checked on the source."""
import io
import tokenize
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "ui"
# Offsets never come from display text, and article text is never rendered as HTML
# (nor reshaped: Qt shapes Arabic itself).
BANNED = {"toPlainText", "selectedText", "setHtml", "insertHtml", "toHtml", "setPlainText", "arabic_reshaper"}


def offenders(folder: Path) -> list[str]:
    """Names used in code (comments and strings do not count)."""
    found = []
    for path in folder.glob("*.py"):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        found += [f"{path.name}:{t.start[0]}: {t.string}" for t in tokens
                  if t.type == tokenize.NAME and t.string in BANNED]
    return found


def test_ui_never_derives_offsets_from_display_text_or_renders_html():
    assert offenders(UI) == []


def test_only_the_article_view_converts_utf16_positions():
    users = sorted(p.name for p in UI.glob("*.py") if "OffsetMap" in p.read_text(encoding="utf-8"))
    assert users == ["article_view.py"]


def test_the_rule_check_can_fail(tmp_path):
    (tmp_path / "bad.py").write_text("# selectedText is fine in a comment\nstart = cursor.selectedText().find(x)\n")
    assert offenders(tmp_path) == ["bad.py:2: selectedText"]
