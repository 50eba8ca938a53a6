import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Real Arabic text (ANERcorp, UD Arabic-PUD, the seed article); licences in tests/corpus/.
CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture
def corpus() -> Path:
    return CORPUS


@pytest.fixture
def project_path(tmp_path) -> Path:
    return tmp_path / "test.isnad"


@pytest.fixture
def errors(monkeypatch):
    """Error dialogs are recorded instead of blocking the test."""
    from ui.dialogs import ErrorDialog
    shown = []
    monkeypatch.setattr(ErrorDialog, "show", classmethod(lambda cls, parent, e, title="": shown.append(e)))
    return shown
