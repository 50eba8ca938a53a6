import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Settings (QSettings: the annotator's name, recent files) and the sample project in a
# folder of this test process's own: tests never see the user's, nor another xdist worker's.
_USER_DIRS = Path(tempfile.mkdtemp(prefix="isnad-tests-"))
os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = str(_USER_DIRS / "config"), str(_USER_DIRS / "data")
atexit.register(shutil.rmtree, _USER_DIRS, ignore_errors=True)



def pytest_configure(config):
    """The quick subset (-m "not slow") runs each property test on a quarter of its examples
    (helpers.examples); the whole suite runs them all."""
    if "not slow" in (config.getoption("markexpr") or ""):
        os.environ["ISNAD_QUICK_TESTS"] = "1"


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


# -- a real PostgreSQL server (tests/pg_server.py), for the store on both engines ----------
@pytest.fixture(scope="session")
def pg_server():
    from pg_server import Server, binaries
    if binaries() is None:
        pytest.skip("PostgreSQL's initdb/pg_ctl/postgres are not installed (Debian: apt-get install postgresql)")
    server = Server().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """The address of a fresh, empty database on the test server."""
    return pg_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """Where a test's project lives: a file, then a database on a real server."""
    if request.param == "sqlite":
        return tmp_path / "test.isnad"
    return request.getfixturevalue("pg_url")
