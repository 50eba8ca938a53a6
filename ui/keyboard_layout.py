"""Keys typed with an Arabic keyboard layout on.

An annotator switches to the Arabic layout to type a note or a search, and then presses the
S key to tag a SOURCE: the key event's text is then «س», not "s". Qt matches menu shortcuts
against a Latin layout only when it finds one (and not always then); the label keys, matched
by text, never. So each character of the standard Arabic layout (the same keys on Windows'
Arabic 101, XKB's "ara" and macOS's "Arabic - PC") is read as the Latin character of its
key, with Shift where it takes Shift (kasra «ِ» is Shift+A), and Arabic-Indic digits as digits.
"""
from __future__ import annotations

_PLAIN = dict(zip("ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ", "qwertyuiop[]asdfghjkl;'zxcvnm,./`"))
_SHIFTED = dict(zip("\u064e\u064b\u064f\u064cإ؛\u0650\u064dأـ،\u0652آ؟\u0651", "QWERYPASHJKXN?~"))
# the lam-alef keys give one ligature character (XKB) or two letters (Windows)
_LIGATURES = {"\ufefb": "b", "لا": "b", "\ufef9": "T", "لإ": "T", "\ufef7": "G", "لأ": "G", "\ufef5": "B", "لآ": "B"}
_DIGITS = {d: str(i) for digits in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹") for i, d in enumerate(digits)}
_LATIN = _PLAIN | _SHIFTED | _LIGATURES | _DIGITS


def latin_key(text: str) -> str:
    """The Latin character of the key that typed `text` with the Arabic layout on (upper
    case: with Shift), else `text`."""
    return _LATIN.get(text, text)
