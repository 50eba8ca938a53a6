"""The error catalogue: every user-facing error comes from annotator/messages.py with a
stable, unique code, and every raise passes exactly the parameters its templates name."""
import ast
import re
import string
from pathlib import Path

import pytest

from annotator.errors import IsnadError
from annotator.messages import M, catalogue

ROOT = Path(__file__).resolve().parent.parent
ERROR_CLASSES = {"IsnadError", "NotAProject", "ProjectLocked"}


def sources():
    for folder in ("annotator", "exports", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name != "errors.py" or path.parent.name != "annotator":
                yield path, ast.parse(path.read_text(encoding="utf-8"))


def fields(message) -> set[str]:
    return {name for text in (message.what, message.todo)
            for _, name, _, _ in string.Formatter().parse(text) if name}


def catalogue_refs(node) -> list[str]:
    """Names of M entries an argument can be: M.NAME, or `M.A if cond else M.B`."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "M":
        return [node.attr]
    if isinstance(node, ast.IfExp):
        return catalogue_refs(node.body) + catalogue_refs(node.orelse)
    return []


def test_no_error_is_raised_with_literal_text():
    """New errors go in the catalogue: `IsnadError(...)` with its own text is refused."""
    direct = [f"{path.relative_to(ROOT)}:{node.lineno}" for path, tree in sources() for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERROR_CLASSES]
    assert direct == []


def test_the_checker_catches_a_literal_raise():
    tree = ast.parse('raise IsnadError("the file is gone", "find it")')
    assert any(isinstance(n, ast.Call) and getattr(n.func, "id", "") in ERROR_CLASSES for n in ast.walk(tree))


def test_codes_are_unique_and_well_formed():
    codes = [m.code for m in catalogue()]
    assert len(codes) > 100
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
    assert all(re.fullmatch(r"E[1-8]\d\d", c) for c in codes)
    assert len({(m.what, m.todo) for m in catalogue()}) == len(codes)  # no entry declared twice


def test_no_parameter_is_named_path_or_line():
    """`IsnadError.of(message, path, line, **params)` takes those two itself."""
    assert [m.code for m in catalogue() if fields(m) & {"path", "line", "message", "cls"}] == []


def test_every_raise_passes_exactly_the_parameters_its_message_names():
    checked, wrong = 0, []
    for path, tree in sources():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            for name in (r for arg in call.args for r in catalogue_refs(arg)):
                given = {k.arg for k in call.keywords if k.arg}
                needed = fields(getattr(M, name))
                checked += 1
                if given != needed:
                    wrong.append(f"{path.relative_to(ROOT)}:{call.lineno} {name}: {sorted(given)} != {sorted(needed)}")
    assert checked > 100 and wrong == []


def test_a_message_fills_in_its_parameters_and_keeps_them():
    e = IsnadError.of(M.PROJECT_EXISTS, file="news.isnad")
    assert (e.what, e.code, e.params) == ("news.isnad already exists", "E201", {"file": "news.isnad"})
    assert str(e) == ("news.isnad already exists [E201]\n"
                      "  What to do: choose a new file name, or open the existing project")


@pytest.mark.parametrize("message", [M.JSONL_NO_TEXT, M.DOCCANO_NO_TEXT, M.LABEL_STUDIO_NO_TEXT])
def test_braces_in_examples_survive_formatting(message):
    assert '{"text": ' in IsnadError.of(message).todo
