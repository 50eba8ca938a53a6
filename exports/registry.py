"""Format registry: name -> reader and/or writer. The CLI and the UI only go through here.

A writer takes `(records, out_path, schema, options)` and returns a report dict (counts,
spans adjusted or dropped...). A reader takes `(path, options)` and yields
`DocumentRecord`s with `origin` set (file, line) so errors can point at the input: plain
records (the text as read, offsets into it, the file's own ids), which the importer alone
normalises, checks and gives ids (annotator/importing.py). `options` is an
`exports.options.ReadOptions` (encoding, force_encoding) or None.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Callable

from annotator.errors import IsnadError
from annotator.messages import M


@dataclass(frozen=True)
class Format:
    name: str
    description: str
    suffix: str
    write: Callable | None = None
    read: Callable | None = None
    tokens: bool = False  # writes tokens, so it takes the clitics option
    owns: Callable | None = None  # folder formats: path -> True if an earlier export wrote it
    relations: bool = True  # the files hold relations
    sidecar: str = ""  # suffix of a side file written next to each output (Label Studio's config)
    # what an export of several layers does: "kept" (the file tells them apart), "folders"
    # (one sub-folder per layer) or "refused" (the format holds one layer: name it)
    several_layers: str = "kept"
    rows: bool = False  # the writer takes the store's rows (annotator.model.RecordRows) as well as records

    def outputs(self, out: Path) -> list[Path]:
        """Every path a write to `out` may create, side files first: an export is all of them."""
        return [*([out.with_suffix(self.sidecar)] if self.sidecar else []), out]


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


def get_format(name: str, need: str) -> Format:
    """The format called `name` that can `need` ('read' or 'write')."""
    _load(name)
    fmt = FORMATS.get(name)
    if fmt is None or getattr(fmt, need) is None:
        _load_all()
        able = sorted(n for n, f in FORMATS.items() if getattr(f, need))
        raise IsnadError.of(M.FORMAT_CANNOT_READ if need == "read" else M.FORMAT_CANNOT_WRITE, name=name,
                            known=", ".join(able))
    return fmt


def formats(need: str = "write") -> list[Format]:
    """Formats that can `need` ('read' or 'write'), by name: for menus and dialogs."""
    _load_all()
    return sorted((f for f in FORMATS.values() if getattr(f, need)), key=lambda f: f.name)


def guess_format(path: Path) -> str:
    """The reader for a path named without --format: by its suffix, or for a folder by what it holds."""
    suffix = path.suffix.lower()
    if path.is_dir():
        return "brat" if next(path.rglob("*.ann"), None) is not None else "txt"
    if is_jsonl(path):
        return "jsonl"
    named = {".txt": "txt", ".json": "label-studio", ".ann": "brat"}.get(suffix)
    if named is None:
        raise IsnadError.of(M.FORMAT_UNGUESSABLE, name=path.name)
    return named


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


# each format's module: a command loads only the one it uses (Label Studio's alone, through
# xml.sax and urllib, costs a one-file export 20 ms of start)
_MODULES = {"jsonl": "jsonl", "txt": "txt", "brat": "brat", "conll": "conll", "doccano": "doccano",
            "label-studio": "label_studio", "parquet": "parquet", "spacy": "spacy_docbin"}


def _load(name: str) -> None:
    if name not in FORMATS:
        if name in _MODULES:
            import_module(f"{__package__}.{_MODULES[name]}")
        else:
            _load_all()


def _load_all() -> None:
    from . import jsonl, txt  # noqa: F401  (each module registers itself)
    from . import brat, conll, doccano, label_studio, parquet, spacy_docbin  # noqa: F401
