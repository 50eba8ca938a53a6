"""The lean install and the instant start (issue 13): the plain install leaves pyarrow, numpy
and scipy to the extra `lead`, a command that needs a missing one names it in two parts, and
`isnad --help` / `--version` import neither the store nor Qt. `isnad --version` (issue 15)."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib

import pytest

from annotator import __version__, cli, importing
from tests.helpers import ROOT, isnad

CORPUS = ROOT / "tests" / "corpus"


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def names(requirements) -> set[str]:
    return {r.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0].strip().lower()
            for r in requirements}


def test_the_plain_install_needs_no_pyarrow_numpy_scipy_and_test_has_all_of_lead():
    project = pyproject()
    assert not names(project["dependencies"]) & {"pyarrow", "numpy", "scipy"}
    extras = project["optional-dependencies"]
    assert names(extras["lead"]) == {"pyarrow", "numpy", "scipy"}
    assert "isnad[lead]" in extras["test"]  # the test extra holds whatever lead holds


@pytest.mark.parametrize("argv", [["--help"], ["--version"]])
def test_help_and_version_load_no_store_no_qt_no_exports(argv):
    probe = ("import sys\nfrom annotator.cli import main\n"
             "try:\n    main(%r)\nexcept SystemExit:\n    pass\n"
             "heavy = sorted(m for m in ('sqlalchemy', 'sqlmodel', 'psycopg', 'PySide6', 'numpy', 'exports', "
             "'annotator.store', 'annotator.importing') if m in sys.modules)\n"
             "print('loaded:', heavy)" % argv)
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.strip().endswith("loaded: []"), run.stdout


# Loaded at first use, not before the window's first paint (issue 13: the window painted <= 1 s cold).
NOT_AT_START = ("annotator.importing", "annotator.adjudication", "annotator.agreement", "exports.run",
                "exports.options", "multiprocessing", "annotator.recommenders.lexicon")


def test_the_window_s_modules_load_no_lead_extra_and_nothing_the_first_paint_does_not_need():
    """The bundled window has no numpy, scipy or pyarrow: importing its modules needs none."""
    probe = ("import sys\nimport ui.app, ui.main_window, ui.document_list, ui.adjudication\n"
             "print('loaded:', sorted(m for m in ('numpy', 'scipy', 'pyarrow') + %r if m in sys.modules))"
             % (NOT_AT_START,))
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.stdout.strip().endswith("loaded: []"), run.stdout


def test_version_is_the_package_version():
    assert pyproject()["dynamic"] == ["version"]  # the package metadata takes annotator.__version__
    assert isnad("--version").stdout == f"isnad {__version__}\n"


def test_the_cli_default_layer_is_the_importer_s():
    assert cli.DEFAULT_ANNOTATOR == importing.DEFAULT_ANNOTATOR


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.isnad"
    isnad("init", path)
    isnad("import", path, CORPUS / "attribution" / "tune.jsonl")
    return path


def missing(monkeypatch, *modules):
    for name in modules:  # as if not installed: importing it raises ImportError
        monkeypatch.setitem(sys.modules, name, None)


def test_agree_without_numpy_names_the_extra_in_two_parts(project, monkeypatch, capsys):
    missing(monkeypatch, "numpy")
    assert cli.main(["agree", str(project)]) == 2
    err = capsys.readouterr().err
    assert "isnad agree needs numpy, which is not installed [E530]" in err
    assert "pip install 'isnad[lead]'" in err and "pip install '.[lead]'" in err


def test_parquet_export_without_pyarrow_names_the_extra_and_writes_nothing(project, tmp_path, monkeypatch, capsys):
    missing(monkeypatch, "pyarrow", "pyarrow.parquet")
    out = tmp_path / "out.parquet"
    assert cli.main(["export", str(project), "--format", "parquet", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "the Parquet export needs pyarrow, which is not installed [E530]" in err and "'isnad[lead]'" in err
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(project.name)] == []  # no output, no temp


def test_evaluate_without_scipy_names_the_extra(project, monkeypatch, capsys):
    missing(monkeypatch, "scipy", "scipy.optimize")
    assert cli.main(["suggest", str(project), "--with", "lexicon", "--evaluate", "--against", "gold"]) == 2
    assert "isnad suggest --evaluate needs scipy" in capsys.readouterr().err


def test_spacy_hint_names_the_index_and_the_checkout(project, tmp_path, monkeypatch, capsys):
    missing(monkeypatch, "spacy", "spacy.tokens", "spacy.strings")  # as if spaCy was never imported here
    assert cli.main(["export", str(project), "--format", "spacy", "-o", str(tmp_path / "x.spacy")]) == 2
    err = capsys.readouterr().err
    assert "pip install 'isnad[spacy]'" in err and "pip install '.[spacy]'" in err


def test_gui_without_a_display_says_so_in_two_parts(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM
    run = subprocess.run([sys.executable, "-m", "annotator.cli", "gui"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.startswith("isnad gui: there is no display to open a window on") and "[E531]" in run.stderr
    assert "What to do: run it in a desktop session, or set QT_QPA_PLATFORM=offscreen" in run.stderr
    assert "xcb" not in run.stderr and not (tmp_path / ".local").exists()  # Qt never started
