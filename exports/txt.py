"""Plain text articles: one `.txt` file is one document; a folder is read recursively."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.errors import IsnadError
from annotator.messages import M
from annotator.model import Document, DocumentRecord, Origin
from annotator.text import read_text_file

from .common import check_file_name, encoding_options
from .registry import Format, register

_TITLE_CHARS = 200


def read(path: Path, options=None) -> Iterator[DocumentRecord]:
    path = Path(path)
    encoding = encoding_options(options)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise IsnadError.of(M.TXT_FOLDER_EMPTY, folder=str(path))
        for file in files:
            yield _document(file, file.relative_to(path).with_suffix("").as_posix(), encoding)
    else:
        yield _document(path, path.stem, encoding)


def _document(file: Path, doc_id: str, encoding: tuple) -> DocumentRecord:
    check_file_name(file)
    decoded = read_text_file(str(file), *encoding)
    text = decoded.text
    if not text.strip():
        raise IsnadError.of(M.TXT_FILE_EMPTY, str(file))
    title = next(line.strip() for line in text.split("\n") if line.strip())[:_TITLE_CHARS]
    return DocumentRecord(Document(doc_id, "", text, title, str(file)),
                          origin=Origin(str(file), encoding=decoded.label))


register(Format("txt", "plain text articles (.txt files or folders of them)", ".txt", read=read))
