"""Finding the reporting cues of a text: every word or phrase of attribution_lexicon, with
its proclitic (و ف, the ب of بالقول) outside the span and a pronoun after it, and what it is
(a verb, a participle, a masdar, an "according to" phrase ...), decided from its context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import attribution_lexicon as lex
from .folded_regex import AFTER_WORD, BEFORE_WORD, IGNORED, fold_key, skip_marks, word_regex, words_regex

_ENTRIES: dict[str, list[lex.Entry]] = {}
for _form, _entry in lex.entries():
    _ENTRIES.setdefault(fold_key(_form), []).append(_entry)
# When a written form is two things, the first that fits wins.
_PRIORITY = ("according", "as_put", "source_phrase", "verb_that", "verb", "participle", "statement", "masdar")

# A cue starts after a space or a punctuation mark (the scan skips inside words at C speed);
# its proclitic و/ف stays outside the span (so does the ب of بالقول, see _cue); an object or
# possessive pronoun may follow the base form.
CUE_RE = re.compile(
    rf"[\s\"'«“(\[\-–—،,.:؛!?؟/](?P<clitic>(?:[وف]{IGNORED})?)"
    rf"(?P<base>{words_regex([f for f, _ in lex.entries() if f != lex.BI_QAWL] + ['ب' + lex.BI_QAWL])})"
    rf"(?P<pronoun>(?:{'|'.join(lex.PRONOUNS)}){IGNORED})?{AFTER_WORD}")

_BI_QAWL = fold_key("ب" + lex.BI_QAWL)
BACKGROUND = {fold_key(w) for w in lex.BACKGROUND_FORMULAS}
NOMINAL = {fold_key(p + e) for p in lex.NOMINAL_PARTICIPLES for e in ("ا", "ة", "ين", "تين")}
NAMED_AFTER = {fold_key(f) for v in lex.VERBS if v.named_after
               for f in (lex.past_forms(v.past) if v.past else []) + lex.present_forms(v.present)}
NOMINAL_VERBS, CONSIDER_VERBS = ({fold_key(f) for v in verbs for f in lex.past_forms(v.past) + lex.present_forms(v.present)}
                                 for verbs in (lex.NOMINAL_VERBS, lex.CONSIDER_VERBS))
# folded verb form -> the prepositions its object follows (lex.OBJECT_AFTER)
OBJECT_AFTER = {fold_key(f): prepositions for v in lex.VERBS if v.past in lex.OBJECT_AFTER
                for prepositions in [lex.OBJECT_AFTER[v.past]] for f in lex.past_forms(v.past) + lex.present_forms(v.present)}


def _verb_keys(*verbs: tuple[str, str]) -> set[str]:
    """The folded past and present forms of (past, present) verbs."""
    return {fold_key(f) for past, present in verbs
            for f in lex.past_forms(past) + (lex.present_forms(present) if present else [])}


NAQAL = _verb_keys(("نقل", "ينقل"))  # نقل عن X: X is a source too
KASHAF = _verb_keys(("كشف", "يكشف"))
SAY = _verb_keys(("قال", "يقول"))
TELL = _verb_keys(("أبلغ", ""), ("أخبر", "يخبر"))  # أبلغ X Y أن
WITH_LAM = {fold_key(w) for w in ("وفق", "وفقا", "طبقا")}  # وفقا لـX
_FI = re.compile(rf"{BEFORE_WORD}{word_regex('في')}\s+$")
# Cues the search for a claim may pass: "قال الوزير في بيان إن" / "نقلت عن X قوله: ..."
TRANSPARENT = {"statement", "masdar"}
VERBS = {"verb", "verb_that"}
# Cues that attribute the words before them: "...، حسب ما أعلنه X" / "... على حد تعبيره"
TRAILING = {"according", "according_masdar", "as_put", "source_phrase"}


@dataclass(slots=True)
class Cue:
    start: int       # with its proclitic
    begin: int       # without it: where the CUE span starts
    end: int
    kind: str
    after_comma: bool
    key: str         # the folded base form


def find_cues(text: str) -> list[Cue]:
    out: list[Cue] = []
    matches = list(CUE_RE.finditer(text))
    first = CUE_RE.match(" " + text[:64])  # a cue at the very start has no character before it
    for m, shift in ([(first, 1)] if first else []) + [(m, 0) for m in matches]:
        cue = _cue(text, m, shift)
        if cue is not None:
            out.append(cue)
    return out


def _cue(text: str, m: re.Match, shift: int) -> Cue | None:
    clitic = fold_key(m.group("clitic"))
    begin, end = m.start("base") - shift, m.end() - shift
    key, pronoun = fold_key(m.group("base")), m.group("pronoun") is not None
    if key == _BI_QAWL:  # بالقول: the ب is a proclitic
        clitic, begin, key = clitic + "ب", skip_marks(text, begin + 1), key[1:]
    kind = _kind(text, key, pronoun, begin, clitic)
    if kind is None or key == lex.BAYYAN and not _bayyan(text, begin, end, clitic):
        return None
    if kind in ("according", "source_phrase"):  # حسب ما + a verb; حسب + تأكيده
        after = CUE_RE.match(text, end)
        nxt = after and _kind(text, fold_key(after.group("base")), after.group("pronoun") is not None, after.start("base"),
                              fold_key(after.group("clitic")))
        if kind == "according":
            if nxt not in VERBS or after.group("clitic"):
                return None  # حسب ما يبدو: "apparently"
            end = after.end()
        elif after and after.group("pronoun") and not after.group("clitic") and "masdar" in _FITS.get(
                (fold_key(after.group("base")), True), ()):  # حسب قوله، حسب وصفه (وصفه is a verb too)
            end, kind = after.end(), "according_masdar"
    j = m.start("clitic") - shift - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return Cue(m.start("clitic") - shift, begin, end, kind, j >= 0 and text[j] in "،,", key)


def _bayyan(text: str, begin: int, end: int, clitic: str) -> bool:
    """بين is بيّن "made clear", not "between", with its shadda, or as وبين before أن with at
    most a short subject between (وبين معاليه أن; not وبين الطرفين خلاف على أن)."""
    return "\u0651" in text[begin:end] or clitic == "و" and _THAT_NEXT.match(text, end) is not None


_THAT_NEXT = re.compile(rf"(?:\s+(?!{words_regex(('على', 'في', 'من', 'عن', 'الى', 'مع', 'و'))}{AFTER_WORD})"
                        rf"[^\s،,.:؛]+){{0,3}}\s+(?:ب{IGNORED})?{word_regex('ان')}(?:ه|ها|هم)?{AFTER_WORD}")


# (folded base form, whether a pronoun follows it) -> what it may then be, in _PRIORITY's order
_FITS = {(key, pronoun): [kind for kind in _PRIORITY if kind in {
            e.kind for e in entries if (e.pronoun != lex.NO if pronoun else e.pronoun != lex.MUST)}]
         for key, entries in _ENTRIES.items() for pronoun in (False, True)}


def _kind(text: str, key: str, pronoun: bool, begin: int, clitic: str) -> str | None:
    """What a matched base form is here, or None when it is no cue."""
    for kind in _FITS.get((key, pronoun), ()):
        if kind == "statement" and not _FI.search(text, max(0, begin - 8), begin):
            continue  # بيان is a cue in "في بيان" only
        if kind == "source_phrase" and clitic == "ف":
            return None  # فحسب: "only"
        if key == lex.BI_QAWL and not clitic.endswith("ب"):
            return None  # يمكن القول إن: the writer's
        return kind
    return None
