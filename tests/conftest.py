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
