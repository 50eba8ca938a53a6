"""Label keys under an Arabic keyboard layout.

An annotator switches to the Arabic layout to type a note or a search, and then presses the
S key to tag a SOURCE: the key event's text is then «س», not "s". Menu shortcuts (Ctrl+Z, L)
are matched by Qt against the Latin layout too; the label keys, matched by text, are not,
so each letter of the standard Arabic layout (the same keys on Windows' Arabic 101, macOS
and XKB's "ara") is read as the Latin letter of its key, and Arabic-Indic digits as digits.
"""
from __future__ import annotations

_LETTERS = dict(zip("ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ", "qwertyuiop[]asdfghjkl;'zxcvnm,./`"))
_LETTERS["\ufefb"] = _LETTERS["لا"] = "b"  # the lam-alef key gives one ligature character, or two letters
_DIGITS = {d: str(i) for digits in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹") for i, d in enumerate(digits)}
_LATIN = _LETTERS | _DIGITS


def latin_key(text: str) -> str:
    """The key's Latin character if `text` is what a key of the Arabic layout types, else `text`."""
    return _LATIN.get(text, text)
