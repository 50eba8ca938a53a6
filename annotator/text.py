"""The text contract: decoding, normalisation on import, identity, offset remapping.

The stored text is exactly what the annotator sees, for ever: no NFC/NFKC, diacritics and
tatweel kept. Only a leading BOM is dropped and line ends become `\\n`.
"""
from __future__ import annotations

import hashlib
import re

from .encodings import Decoded, decode_file
from .errors import IsnadError
from .messages import M

_LINE_ENDS = re.compile(r"\r\n?")
_FORBIDDEN = re.compile("[\x00\ud800-\udfff]")


def sha256_of(text: str) -> str:
    """A document's identity: SHA-256 of its stored text as UTF-8."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def decode_bytes(data: bytes, path: str, encoding: str | None = None, force: bool = False) -> str:
    """Decode file bytes by the per-file rules of `annotator.encodings` (a BOM wins, valid
    UTF-8 is UTF-8 unless `force`, else `encoding`)."""
    return decode_file(data, path, encoding, force).text


def checked_sha256(text: str, path: str | None = None, line: int | None = None) -> str:
    """`sha256_of` a text `check_text` passes (one encoding serves both: a lone surrogate
    cannot be encoded)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = None
    if data is None or "\x00" in text:
        check_text(text, path, line)
    return hashlib.sha256(data).hexdigest()


def check_text(text: str, path: str | None = None, line: int | None = None) -> None:
    """Refuse text no export could carry: NUL and lone surrogates."""
    m = _FORBIDDEN.search(text)
    if m:
        if m.group() == "\x00":
            raise IsnadError.of(M.TEXT_HAS_NUL, path, line, position=m.start())
        raise IsnadError.of(M.TEXT_HAS_SURROGATE, path, line, code=f"{ord(m.group()):04X}", position=m.start())


def normalise(text: str) -> tuple[str, list[int]]:
    """Drop a leading BOM and turn CRLF/CR into LF.

    Returns the new text and the sorted old positions of removed characters, so that
    offsets into the old text can be moved with `remap`.
    """
    removed: list[int] = []
    if text.startswith("\ufeff"):
        removed.append(0)
    if "\r" in text:
        removed.extend(m.start() for m in re.finditer(r"\r(?=\n)", text))
    if not removed:
        return text.replace("\r", "\n"), removed
    out = text[1:] if removed[0] == 0 and text[0] == "\ufeff" else text
    out = _LINE_ENDS.sub("\n", out)
    return out, removed


def remap(offset: int, removed: list[int]) -> int:
    """Move an offset into the original text to the normalised text."""
    from bisect import bisect_left
    return offset - bisect_left(removed, offset)


def read_text_file(path: str, encoding: str | None = None, force: bool = False) -> Decoded:
    """A text file's normalised text and the encoding it was read in."""
    with open(path, "rb") as f:
        data = f.read()
    decoded = decode_file(data, path, encoding, force)
    text, _ = normalise(decoded.text)
    check_text(text, path)
    return Decoded(text, decoded.encoding, decoded.how)
