"""Where the bundled data files live, installed or in a checkout."""
from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    try:
        import isnad_resources  # installed: resources/ is packaged under this name
        return Path(isnad_resources.__file__).parent
    except ImportError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
