"""Where the bundled data files live, in a checkout or installed."""
from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    """resources/ beside this code (a checkout) first: an installed copy elsewhere on the path
    (e.g. an older `pip install .` in the same environment) must not shadow the checkout's."""
    beside = Path(__file__).resolve().parent.parent / "resources"
    if (beside / "__init__.py").is_file():
        return beside
    import isnad_resources  # installed: resources/ is packaged under this name
    return Path(isnad_resources.__file__).parent


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
