"""Where `isnad train` writes its model, safely.

Like an export, a model never replaces what the user keeps: OUT must be new, an empty
folder, or a model an earlier `isnad train` wrote (its meta.json carries an "isnad" entry).
The pipeline is written into a temporary folder beside OUT and moved into place only when
complete, so a failed or interrupted training leaves the earlier model as it was.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from pathlib import Path

from .errors import IsnadError
from .messages import M

MARK = "isnad"  # the meta.json entry that says 'isnad train wrote this folder'


def check_model_out(out: Path) -> None:
    if not out.parent.is_dir():
        raise IsnadError.of(M.MODEL_OUT_PARENT_MISSING, parent=out.parent)
    if not out.exists():
        return
    if not out.is_dir():
        raise IsnadError.of(M.MODEL_OUT_NOT_A_FOLDER, out=out)
    if any(out.iterdir()) and not is_earlier_model(out):
        raise IsnadError.of(M.MODEL_OUT_NOT_A_MODEL, out=out)


def is_earlier_model(folder: Path) -> bool:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and MARK in meta and (folder / "config.cfg").is_file()


def write_model(nlp, out: Path) -> None:
    """`nlp.to_disk(out)`, all or nothing, replacing an earlier model or an empty folder."""
    check_model_out(out)  # again: the folder may have changed while training ran
    tmp = out.parent / f".{out.name}.{uuid.uuid4().hex[:8]}.partial"
    try:
        nlp.to_disk(tmp)  # makes the folder as mkdir does (mkdtemp's would be private to its owner)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
            out.rename(old / "model")
            try:
                tmp.rename(out)
            except BaseException:
                (old / "model").rename(out)
                raise
            shutil.rmtree(old)
        else:
            tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
