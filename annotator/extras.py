"""Optional dependencies (pip extras): imported only by the code that needs them, and a
two-part message naming the extra when one is missing.

The plain install is what an annotator's window needs; `isnad[lead]` adds numpy, scipy and
pyarrow for agreement statistics and the Parquet export (about 340 MB together).
"""
from __future__ import annotations

import importlib

from .errors import IsnadError
from .messages import M

LEAD = "lead"


def require(module: str, extra: str, what: str):
    """Import `module`, or raise the message saying which extra brings it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise IsnadError.of(M.EXTRA_MISSING, what=what, module=module.partition(".")[0], extra=extra) from None


class Lazy:
    """A module imported at its first attribute use, e.g. `np = Lazy("numpy", LEAD, "agreement")`.

    The window imports agreement.py for one pure-Python function (document_disagreement)
    and so never pays numpy's import, nor needs it installed.
    """

    def __init__(self, module: str, extra: str, what: str):
        self._module, self._extra, self._what = module, extra, what

    def __getattr__(self, name: str):
        value = getattr(require(self._module, self._extra, self._what), name)
        setattr(self, name, value)  # later uses find it without coming here
        return value
