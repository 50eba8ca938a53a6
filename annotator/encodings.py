"""The encoding of each input file, decided per file, and text that shows a wrong one.

1. A byte-order mark always wins (UTF-8, UTF-16 LE/BE).
2. Bytes that are valid UTF-8 and hold no NUL (UTF-16 without a BOM is often valid UTF-8,
   full of NULs) are UTF-8, whatever `--encoding` says, unless the user forces it
   (`--encoding cp1256 --force-encoding`): one cp1256 file in a folder must not mangle the
   UTF-8 files beside it.
3. Otherwise the user's `--encoding`.
4. Otherwise charset-normalizer's guess, taken only when it is cp1256 or UTF-16: on 526
   Arabic texts of tests/corpus it named cp1256 text cp1251/cp1253 7 times (garbage), and
   restricted to these it got 525 right, 0 wrong (benchmarks/bench_encoding_detection.py).
   Anything else is an error that names --encoding.

Decoded text that shows the patterns of UTF-8 read as cp1256 or Latin-1/cp1252 (قالت read
as `ظ‚ط§ظ„طھ`, café as `cafÃ©`) is refused: stored, it would be the document's text for ever.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache

from .errors import IsnadError
from .messages import M

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
DETECTABLE = ("cp1256", "utf_16_le", "utf_16_be")  # charset-normalizer's names
MOJIBAKE_CODECS = ("cp1256", "cp1252", "latin-1")
_MIN_PAIRS = 2  # mis-decoded UTF-8 sequences (one Arabic letter pair in cp1256) a text must show


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec used, e.g. "utf-8", "cp1256"
    how: str = ""  # "" (valid UTF-8), "BOM", "--encoding", "forced" or "detected"

    @property
    def label(self) -> str:
        """How the import summary names it: 'utf-8', 'utf-16 (BOM)', 'cp1256 (--encoding)'."""
        return f"{self.encoding} ({self.how})" if self.how else self.encoding


def decode_file(data: bytes, path: str, encoding: str | None = None, force: bool = False) -> Decoded:
    """The text of a file's bytes, by the rules above; mojibake and undecodable bytes are
    two-part errors naming the file and line."""
    if encoding is not None:
        check_codec(encoding)
    bom = next((enc for mark, enc in BOMS if data.startswith(mark)), None)
    if bom is not None:
        decoded = Decoded(_decode(data, path, bom), "utf-8" if bom == "utf-8-sig" else "utf-16", "BOM")
    elif encoding is not None and force:
        decoded = Decoded(_decode(data, path, encoding), encoding, "forced")
    elif b"\x00" not in data and (text := _utf8(data)) is not None:
        decoded = Decoded(text, "utf-8")
    elif encoding is not None:
        decoded = Decoded(_decode(data, path, encoding), encoding, "--encoding")
    else:
        decoded = _detected(data, path)
    refuse_mojibake(decoded, path)
    return decoded


def check_codec(encoding: str) -> None:
    try:
        if not codecs.lookup(encoding)._is_text_encoding:  # base64, rot13...: bytes-to-bytes codecs
            raise LookupError(encoding)
    except LookupError:
        raise IsnadError.of(M.ENCODING_UNKNOWN, encoding=encoding) from None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode(data: bytes, path: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise _undecodable(data, path, encoding, e) from None


def _undecodable(data: bytes, path: str, encoding: str, e: UnicodeDecodeError) -> IsnadError:
    line = data.count(b"\n", 0, e.start) + 1
    return IsnadError.of(M.NOT_DECODABLE, path, encoding=encoding, byte=e.start, line_number=line,
                         sample=repr(data[e.start:e.start + 4]))


def _detected(data: bytes, path: str) -> Decoded:
    """charset-normalizer's first guess among DETECTABLE, else the UTF-8 error."""
    from charset_normalizer import from_bytes  # only for files that are not UTF-8
    for match in from_bytes(data):
        if match.encoding in DETECTABLE:
            name = match.encoding.replace("_", "-")
            text = data.decode(name)
            if name == "cp1256" or _plausible(text):
                return Decoded(text, name, "detected")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _undecodable(data, path, "utf-8", e) from None
    return Decoded(data.decode("utf-8"), "utf-8")  # NULs: check_text says what to do


_EXPECTED = re.compile("[\t\n\r -~\u00a0-\u00ff\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufeff]")


def _plausible(text: str) -> bool:
    """UTF-16 read from bytes that are not: CJK and other scripts no Arabic news holds (any
    even number of bytes decodes as UTF-16). Real text is nearly all ASCII, Arabic and
    punctuation."""
    return len(_EXPECTED.findall(text)) >= 0.9 * len(text)


# -- mojibake -------------------------------------------------------------------------
def _chars(codec: str, first: int, last: int) -> str:
    """A regex class body: what the bytes first..last become when decoded as `codec`."""
    return "".join(re.escape(c) for c in bytes(range(first, last + 1)).decode(codec, errors="ignore"))


@cache
def _mojibake_pattern(codec: str) -> re.Pattern:
    """What UTF-8 becomes when decoded as `codec`: a 2-byte lead (C2-DF) or 3-byte lead
    (E0-EF) followed by its continuations (80-BF)."""
    cont, lead2, lead3 = _chars(codec, 0x80, 0xBF), _chars(codec, 0xC2, 0xDF), _chars(codec, 0xE0, 0xEF)
    pair = rf"(?:[{lead2}][{cont}]|[{lead3}][{cont}]{{2}})"
    # cp1256 leads are Arabic letters and its continuations include ، ؛ ؟ « »: one pair is real
    # text (فقط،), two in a row are not. Latin leads (Â-ï) are rare: one pair counts.
    return re.compile(f"{pair}{{2,}}" if codec == "cp1256" else pair)


# What the second byte of the commonest letters (ا ل, é è ç, ’) becomes in every one of
# MOJIBAKE_CODECS (§ „ © ¨ €...): garbled text holds some of them. Counting one character
# is 3x faster than finding a 2-character string and 10x faster than a regex scan (1.7 s
# for 60 MB of Arabic JSONL), so clean text is passed by these alone.
_MARKERS = "".join(sorted({c.encode("utf-8")[1:2].decode(codec, "replace")
                           for c in "الéèç’" for codec in MOJIBAKE_CODECS}))


def may_be_mojibake(text: str) -> bool:
    """False for text `mojibake` passes at a glance (nearly all clean text)."""
    return any(marker in text for marker in _MARKERS)


def mojibake(text: str) -> tuple[str, str, str] | None:
    """(codec, garbled sample, what it reads as UTF-8) if `text` shows UTF-8 read as
    cp1256 or Latin-1/cp1252, else None."""
    if not may_be_mojibake(text):
        return None
    for codec in MOJIBAKE_CODECS:
        found, first = 0, None
        for m in _mojibake_pattern(codec).finditer(text):
            fixed = _redecoded(m.group(), codec)
            if fixed is None:
                continue
            found += len(m.group()) - len(fixed)
            first = first or m
            if found >= _MIN_PAIRS:
                start = text.rfind(" ", 0, first.start()) + 1
                end = text.find(" ", first.end())
                sample = text[start:end if end != -1 else len(text)][:40]
                for name in (codec, *MOJIBAKE_CODECS):  # cp1252 and Latin-1 share most of theirs
                    if _redecoded(sample, name):
                        return name, sample, _redecoded(sample, name)
                return codec, first.group(), _redecoded(first.group(), codec)
    return None


def _redecoded(s: str, codec: str) -> str | None:
    try:
        return s.encode(codec).decode("utf-8")
    except UnicodeError:
        return None


def refuse_mojibake(decoded: Decoded, path: str) -> None:
    found = mojibake(decoded.text)
    if found is None:
        return
    codec, sample, fixed = found
    line = decoded.text.count("\n", 0, decoded.text.find(sample)) + 1
    if decoded.how == "forced":  # the bytes were UTF-8, the forced encoding was wrong
        raise IsnadError.of(M.MOJIBAKE_DECODED, path, line, encoding=decoded.encoding, sample=sample, fixed=fixed)
    if decoded.how in ("--encoding", "detected"):  # not valid UTF-8 as a whole, yet partly UTF-8
        raise IsnadError.of(M.MOJIBAKE_MIXED, path, line, encoding=decoded.encoding, sample=sample, fixed=fixed)
    raise IsnadError.of(M.MOJIBAKE_IN_FILE, path, line, encoding=codec, sample=sample, fixed=fixed)
