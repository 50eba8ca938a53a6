"""The `attribution` recommender: who said what in Arabic news, by rules.

For each reporting cue (attribution_lexicon: قال وأضاف مؤكدا قوله حسب ما نقلته نقلا عن ...)
it looks for:
- the CLAIM: after أن/إن (the complementizer is kept in the span), after a colon, or
  inside quotation marks (without them), up to the end of the sentence, the closing quote,
  or the next cue that starts another report ("، مشيرا إلى أن ..."); for trailing phrases
  ("...، حسب ما أعلنه مسؤولون") the clause before them; the object of أكد/أعلن/نفى when it
  can be told from the subject ("لكنه أكد ضرورة ..."، "نفى X أيضا المعلومات ...");
- the SOURCE: the noun phrase after the cue (VSO), else before it (SVO), the phrase after
  حسب/وفقا لـ/نقلا عن/على لسان, the "عن X" of نقل عن X قوله. A pronoun subject (وقال إن ...)
  gives no SOURCE span: its claim is linked to the last speaker named just before, as a
  participle (مضيفا) is linked to its sentence's speaker.
A cue is suggested only with a claim: قال without reported content is seldom a report.
Belief verbs (يعتقد، توقع، وصف ...) need their subject named after them: their passive
(يُعتقد أن) is written the same and reports nobody.

Matching uses compiled regular expressions that tolerate harakat, tatweel and hamza/alef/ya
variants (the folding of annotator.search), so the text is never copied or normalised and
offsets are the text's own. Python runs only around the cues (a few per article).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..errors import IsnadError
from ..messages import M
from . import attribution_lexicon as lex
from .attribution_cues import (BACKGROUND, CONSIDER_VERBS, KASHAF, NAMED_AFTER, NAQAL, NOMINAL, NOMINAL_VERBS, OBJECT_AFTER, SAY,
                               TELL, TRAILING, TRANSPARENT, VERBS, WITH_LAM, Cue, find_cues)
from .base import RelationTuple, SpanTuple, Suggestions
from .folded_regex import (AFTER_WORD, BEFORE_WORD, IGNORED, VARIANTS, WORD_CHARS, fold_key, skip_marks, word_regex,
                           words_regex)

NAME = "attribution"
LABELS = {"CUE", "SOURCE", "CLAIM"}

# ---------------------------------------------------------------- claims

_THAT = (rf"{BEFORE_WORD}(?<!سي\s)(?<!سي\sإن\s)(?:[فب]{IGNORED})?{word_regex('ان')}"  # not the إن of سي إن إن
         rf"(?:{words_regex(('ه', 'ها', 'هم', 'هما', 'ني', 'نا', 'ك', 'كم'))})?{AFTER_WORD}")
_THAT_AHEAD = re.compile(rf"\s*{_THAT}")
_OWN_OPENER = re.compile(rf"\s*(?:{word_regex('الى')}\s+)?{_THAT}")  # "... مشيرا إلى أنه": the next report
_ASIDE = re.compile(rf"\s*(?:{words_regex(('في', 'خلال'))})\s+[^،,.:؛«“\"]{{1,60}}?[،,]")
# A sentence's first word that may be a verb (no ال, no digit), behind its و or ف
_OPENING_VERB = re.compile(rf"\s*(?:[«“\"]\s*)?(?:[وف]{IGNORED})?(?P<word>(?!ال)[^\W\d_][{WORD_CHARS}]{{2,}}){AFTER_WORD}")
# A preposition's ب/ل before a noun with ال or a feminine or plural ending (ببراءة، بهجمات), not a
# name's letter (بايدن، لبنان، بن)
_PREPOSITIONAL = rf"(?:بال|لل)[{WORD_CHARS}]+|[بلك][{WORD_CHARS}]+(?:ة|ات){AFTER_WORD}"
_PREPOSITION_WORD = re.compile(rf"(?<=\s)(?:{_PREPOSITIONAL}|{words_regex(('أي', 'أية'))}{AFTER_WORD})")
# What a subject does not start with: such a ب or ل, or an indefinite accusative (مقالا)
_NO_SUBJECT = re.compile(rf"[«“\"]?(?:{_PREPOSITIONAL}|(?!ال)[{WORD_CHARS}]+(?:ا|\u064B){AFTER_WORD})")
_COMMA_NEXT = re.compile(r"\s*[،,]")
_APPOSITION = re.compile(rf"[^،,.:؛]+[،,]\s*(?:[فب]{IGNORED})?(?:{words_regex(('على', 'عن', 'من', 'الى', 'في', 'ان', 'انه', 'انها'))}){AFTER_WORD}")
_WORD_AT = re.compile(rf"\s*([{WORD_CHARS}]+)")
_WORD_NEXT = re.compile(rf"\s*(?:{words_regex(('عن', 'ان', 'بان', 'الى'))}){AFTER_WORD}")
_PARTICIPLE = re.compile(r"^م\w{2,}ا$")  # مذكرا، منبها: a participle of manner, folded
# a quotation of 4 words or more (” opening one too, as some write it)
_LONG_QUOTE = r"(?<![^\s:؛])[«“\"”](?=\s*(?:[^«“”»\"\s]+\s+){3})"
_OPENER = re.compile(rf"(?=[فب{VARIANTS['ا'][1:-1]}:؛«“\"”])"  # one test per character first: a fast search
                     rf"(?:(?P<that>{_THAT})|(?P<colon>[:؛](?!\d))|(?P<quote>{_LONG_QUOTE}))")
_GAP_LONG, _GAP_SHORT = 16, 5  # words a cue's source and adjuncts may take before the claim
_GAP_SAY = 30  # قال: "وقالت الحيثيات المودعة برئاسة المستشار ...، وعضوية ...، إن ..."
# Words after which أن is not "that": قبل أن، يجب أن، من أجل أن ...
_BLOCK = {fold_key(w) for w in ("قبل", "بعد", "يجب", "ينبغي", "يمكن", "يمكنه", "يمكنها", "حاول", "حاولت", "أراد",
                            "يريد", "تريد", "بد", "منذ", "أجل", "دون", "بدون", "لكي", "كي", "حتى", "ما", "لأن", "مثل",
                            "رغم", "برغم", "إلا", "كما",  # رغم أن: "although"; إلا أن: "however"
                            "علينا", "عليه", "عليها", "عليهم", "عليكم",  # علينا أن: "we must"
                            "هو", "هي")}  # موقفه هو أنه ...: a noun's predicate, not the verb's claim
# Nouns a quoted name follows, where quotation marks open no claim: أغنية "..."، باسم "..."
_TITLE_NOUNS = {fold_key(w) for w in ("أغنية", "فيلم", "فيلمه", "كتاب", "كتابه", "برنامج", "مسلسل", "رواية", "عنوان",
                                  "بعنوان", "شركة", "موقع", "حملة", "عملية", "مشروع", "مبادرة", "صحيفة", "مجلة",
                                  "قناة", "حركة", "حزب", "باسم", "اسم", "مؤتمر", "قمة")}
_QUOTES = {"«": "»", "“": "”", '"': '"', "”": "”", "'": "'", "‘": "’"}
_SENTENCE_END = re.compile(r"[.!?؟\n](?<!\bد\.)(?:(?<=\n)|(?=[\s\"'»”]|$))")  # a charset first: a fast scan
_DOCTOR = re.compile(r"\bد\.")  # "د. عبدالله": an abbreviation, no sentence end
_CLOSE_QUOTE = re.compile(r'["»”]')
_ANY_QUOTE = re.compile(r'["«»“”]')
_COMMA = re.compile(r"[،,؛]")

# ---------------------------------------------------------------- sources

# Words a noun phrase (a SOURCE) neither starts nor runs over.
_STOP_WORDS = (
    "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "فان", "لان", "في", "فيه", "فيها", "خلال", "عقب", "امس",
    "اليوم", "يوم", "مساء", "صباح", "ايضا", "كذلك", "عن", "عنه", "عنها", "على", "الى", "حول", "اثناء", "بعد",
    "قبل", "منذ", "لدى", "امام", "مؤخرا", "ذات", "من", "منه", "منها", "منهم", "له", "لها", "لهم", "لنا", "لكم", "هو", "هي", "هم",
    "ثم", "و", "قد", "لقد", "ما", "لا", "لم", "لن", "اذ", "حيث", "بينما", "كما", "عندما", "الا", "مرة", "بدوره",
    "بدورها", "مجددا", "كان", "كانت", "لكن", "لكنه", "لكنها", "ولكن", "وهو", "وهي", "هذا", "هذه", "ذلك",
    "به", "بها", "بهم", "وسط", "رغم", "برغم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة",
    "السبت", "الان", "بشان", "فانه", "فانها", "فانهم", "وانه", "وانها", "القول",
)
# "العديد من المحللين": of-phrases after quantities belong to the noun phrase
_QUANTITY = words_regex(("العديد", "عدد", "بعض", "احد", "احدى", "كثير", "الكثير", "مجموعة", "عشرات", "مئات", "جميع",
                    "معظم", "غالبية"))
_TOKEN = rf"(?:د\.\s*)?[“«\"(]?[{WORD_CHARS}]+(?:[-”“\"][{WORD_CHARS}]+)*[”»\")]?"  # هارلي-ديفيدسون، “واشنطن، الـ”واشنطن
_ADDRESSEE = words_regex(("وكالة", "صحيفة", "قناة", "موقع", "برنامج", "اذاعة", "مراسل", "مجلة", "شبكة", "وسائل", "تلفزيون"))
# News agencies and outlets named without ال, whose ل marks them as the addressee: قال X لرويترز
_OUTLETS = words_regex(("رويترز", "فرانس برس", "فرانس بريس", "أسوشيتد برس", "أسوشيتيد برس", "بي بي سي", "سي إن إن",
                        "سكاي نيوز", "يورونيوز", "شينخوا", "سبوتنيك", "نوفوستي", "تاس", "بلومبرغ", "بلومبيرغ",
                        "دويتشه فيله", "فوكس نيوز", "سي إن بي سي", "إن بي سي", "إيه بي سي", "سي بي إس"))
_NP_TOKEN = (rf"(?![“«\"(]?(?:{words_regex(_STOP_WORDS)}){AFTER_WORD}|ل[لـ«“\"]"
             rf"|ل{IGNORED}(?:{_ADDRESSEE}|(?:{_OUTLETS}){AFTER_WORD})){_TOKEN}")
# Whom أبلغ/أخبر tell, after their subject with no ل: أبلغ مسؤول رويترز أن، أخبر الوزير الصحفيين أن
_JOURNALISTS = words_regex(("الصحفيين", "الصحافيين", "المراسلين", "الصحافة"))
_TOLD = re.compile(rf"(?<=\s)(?:{_OUTLETS}|{_JOURNALISTS}){AFTER_WORD}")
_ABOUT_IT = re.compile(rf"\s*{word_regex('عن')}(?:{words_regex(('ه', 'ها', 'هم', 'هما'))}){AFTER_WORD}")
_TO_US = re.compile(rf"\s*ل{IGNORED}(?:{words_regex(('نا', 'ي', 'ه', 'ها', 'هم', 'كم'))}){AFTER_WORD}")
_OUTLET_HEAD = re.compile(rf"{BEFORE_WORD}(?:{_ADDRESSEE})\s+$")  # مراسل رويترز: the outlet's own man
# A noun phrase after a cue, behind the ل of "وفقا لـX، وفقا للوكالة" (`lam`, tried last).
# The only big pattern besides the cues': compiling each costs about 0.1 s.
_NP_AFTER = re.compile(
    rf"\s*(?P<lam>ل[ـ]+\s*|ل{IGNORED}ل(?=[{WORD_CHARS}])|ل{IGNORED}(?=[{WORD_CHARS}]))??"
    rf"(?P<np>(?:(?:{_QUANTITY}){AFTER_WORD}\s+{word_regex('من')})?(?:\s*{_NP_TOKEN}{AFTER_WORD}){{1,9}})")
_FROM = re.compile(rf"{BEFORE_WORD}{word_regex('عن')}{AFTER_WORD}")
_WORD_BEFORE = re.compile(rf"(?:[{WORD_CHARS}“«\"(]+|[^\s{WORD_CHARS}])\s*$")
_PARTICLES = {fold_key(w) for w in ("قد", "لقد", "وقد", "فقد")}  # وكانت الأفريكوم قد أكدت
_BEFORE_STOP = {fold_key(w) for w in _STOP_WORDS + ("فيما", "وكان", "وكانت", "التي", "الذي")} - _PARTICLES
_AS = fold_key("كما")
_ABOUT = fold_key("عن")
# What وفق/وفقا/طبقا follow when they mean "in accordance with": rules, plans, standards
_RULE_NOUNS = ("قانون", "دستور", "معايير", "معيار", "خطة", "اتفاق", "اتفاقية", "شروط", "احكام", "نظام",
               "انظمة", "الية", "جدول", "برنامج", "اجراءات", "مادة", "قرار", "اسس", "ضوابط", "مبادئ", "اعلى",
               "افضل", "رؤية", "توجيهات", "تعليمات", "بند", "نص", "سياسة", "اطار", "مقتضيات", "قواعد",
               "لوائح", "تشريعات", "منهجية", "ترتيبات")
_RULE = re.compile(rf"\s*(?:ل[ـ]*\s*|لل(?=[{WORD_CHARS}])|ل(?=[{WORD_CHARS}]))?(?:{word_regex('ال')})?"
                   rf"(?:{words_regex(_RULE_NOUNS)}){AFTER_WORD}")
_ON_VERBS = {key for key, prepositions in OBJECT_AFTER.items() if prepositions == ("على",)}
_PREPOSITIONS = {words: re.compile(rf"\s*[،,]?\s*(?:{words_regex(words)}){AFTER_WORD}")  # حذرت X اليوم، من ...
                 for words in set(lex.OBJECT_AFTER.values())}
_TANWEEN_WORD = rf"[{WORD_CHARS}]+(?:\u064B\u0627|\u0627\u064B)"  # an adverb, its tanween written: مجدداً، رسمياً
_ADVERB_AN = re.compile(rf"(?<=\s){_TANWEEN_WORD}$")
# Nouns whose أن is their own complement, ending the subject before them: احتمال أن، فكرة أن
_THAT_NOUN = re.compile(rf"(?<=\s)(?:{words_regex(('احتمال', 'إمكانية', 'إمكان', 'فكرة', 'حقيقة'))})\s*$")
_RELATIVES = {fold_key(w) for w in ("التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي")}
_BUT_HE = {fold_key(w) for w in ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم")}  # a new clause, same speaker
_PRONOUN_SUBJECTS = _BUT_HE | {fold_key(w) for w in ("وهو", "وهي", "فهو", "فهي", "انه", "انها", "بانه", "بانها")}
_ADVERBS = ("ايضا", "امس", "اليوم", "مجددا", "كذلك", "الان", "بدوره", "بدورها", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعة", "السبت")
_DAY_TIMES = ("يوم", "مساء", "صباح", "ظهر", "ليلة", "فجر")
_TIME_PREPOSITIONS = ("عقب", "بعد", "قبل", "خلال", "إثر", "أثناء")
_OBJECT_MASDAR = re.compile(rf"{BEFORE_WORD}(?:{words_regex(lex.OBJECT_MASDARS)})"
                            rf"(?:{words_regex(lex.PRONOUNS)})?{AFTER_WORD}")
_ADVERB = re.compile(rf"\s*(?:(?:{words_regex(_DAY_TIMES)}\s+)?(?:{words_regex(_ADVERBS)})"  # يوم الأربعاء، مساء الأحد
                     rf"|{_TANWEEN_WORD}"
                     rf"|(?:{words_regex(_TIME_PREPOSITIONS)})\s+{word_regex('ال')}[{WORD_CHARS}]+){AFTER_WORD}")  # عقب الاجتماع
_QUOTED_NAME = re.compile(r'(?:ال[ـ]*)?[“«"”](?P<name>[^“«"”»]+)[”»"“]?$')


@dataclass(slots=True)
class _Attribution:
    cue: tuple[int, int]
    kind: str
    claim: tuple[int, int] | None = None
    sources: list[tuple[int, int]] = field(default_factory=list)
    score: float = 0.9
    inherited: bool = False  # sources taken from the speaker named before (a pronoun subject)
    aside: bool = False  # its speaker is named in a relative clause: not whom a later "وقال" means


class _Reader:
    """The attributions of one text."""

    def __init__(self, text: str, cues: list[Cue]):
        self.text = text
        self.cues = cues
        self.starts = [c.begin for c in cues]

    def attributions(self) -> list[_Attribution]:
        found: list[_Attribution] = []
        for i, cue in enumerate(self.cues):
            a = self._read(i, cue, found)
            if a is not None and a.claim is not None:
                found.append(a)
        return _drop_statements(found)

    # -- one cue

    def _read(self, i: int, cue: Cue, found: list[_Attribution]) -> _Attribution | None:
        if cue.kind in VERBS:
            return self._verb(i, cue, found)
        if cue.kind == "participle":
            return self._participle(i, cue, found)
        if cue.kind in TRANSPARENT:
            return self._noun(i, cue, found)
        return self._phrase(i, cue, found)

    def _verb(self, i: int, cue: Cue, found: list[_Attribution]) -> _Attribution | None:
        text = self.text
        a = _Attribution((cue.begin, cue.end), cue.kind)
        a.claim, opener = self._claim_after(i, cue.end, _GAP_SAY if cue.key in SAY else _GAP_LONG)
        if a.claim is None and self._as_said(cue):  # "... سيكون فدراليا كما قال البارزاني"
            a.claim = self._claim_before(self._word_start(cue.start), found)
            source = a.claim and self._np_after(cue.end, self._sentence_end(cue.end))
            a.sources = [source] if source else []
            return a
        if a.claim is None and cue.kind == "verb" and (quoted := self._quoted_before(cue.start, found)):
            a.claim = quoted  # «لن نتراجع»، قال الرئيس: the quotation before the verb
            source = self._np_after(cue.end, self._sentence_end(cue.end))
            a.sources = [source] if source else []
            return a
        if a.claim is None and cue.key in NOMINAL_VERBS and (nominal := self._object(cue, found)):
            return nominal
        if a.claim is None and cue.key in OBJECT_AFTER:
            return self._object_after(cue, found)
        if a.claim is None and cue.key in CONSIDER_VERBS:
            return self._considers(cue, found)
        if a.claim is None or (cue.kind == "verb_that" and opener != "that"):
            return None
        if cue.key in KASHAF and _TO_US.match(text, cue.end):
            return None  # تكشّف لنا أن: "it became clear to us"
        source = self._np_after(cue.end, a.claim[0])
        if source is None and cue.key in SAY and (about := _ABOUT_IT.match(text, cue.end, a.claim[0])):
            source = self._np_after(about.end(), a.claim[0])  # التي قال عنها X إنها ...
        if source and cue.key in TELL and (told := _TOLD.search(text, source[0] - 1, source[1])) and not (
                _OUTLET_HEAD.search(text, source[0], told.start())):
            source = _strip(text, source[0], told.start())  # None for أبلغ رويترز أن: a pronoun subject
        if source and (m := _THAT_NOUN.search(text, source[0] + 1, source[1])):
            source = _strip(text, source[0], m.start())  # لم يستبعد المتحدث احتمال أن ...
        if source is None and cue.key in NAMED_AFTER:
            return None  # يعتقد أن ...: "it is believed", most likely
        if source is None and cue.key in BACKGROUND:
            return None  # ويذكر أن ...: the writer's background, no one is quoted
        if source:
            a.sources.append(source)
        else:
            self._subject_before(cue, a, found)
        if cue.key in NAQAL:  # نقلت الصحيفة عن مسؤولين قولهم ...
            m = _FROM.search(text, source[1] if source else cue.end, a.claim[0])
            if m and (np := self._np_after(m.end(), a.claim[0])):
                a.sources.append(np)
        return a

    def _subject_before(self, cue: Cue, a: _Attribution, found: list[_Attribution]) -> None:
        """A verb's sources when none is named after it: its subject before it (SVO), else the
        speaker named before, where the subject is a pronoun: وقال، a sentence's first word,
        "وعن X قال"، "لكنها أشارت"."""
        text = self.text
        pronoun = cue.begin != cue.start or self._sentence_initial(cue.start) or self._after_also(cue.start)
        if not pronoun and (before := self._np_before(cue.start)):
            clause, source = before
            _cut_claims(found, clause, text)  # "...، لكن بعض المسؤولين حذروا": a new clause
            if source:
                a.sources.append(source)
                a.score = 0.8
                return
            pronoun = True
        elif not pronoun and self._after_but_he(cue.start):
            _cut_claims(found, self._word_start(cue.start), text)  # "إن ...، لكنها أشارت إلى أن ...": her next claim
            pronoun = True
        if pronoun:
            a.sources, a.inherited = self._speaker_before(cue.start, found, 600), True
            if not a.sources and (opening := self._opening_subject(cue.start)):
                a.sources = [opening]  # "أعرب X عن شكره ... وقال إنه ...": X, named by a verb that is no cue

    def _object(self, cue: Cue, found: list[_Attribution]) -> _Attribution | None:
        """A claim that is the verb's object, a noun phrase up to the clause's end (نفى X أيضا
        المعلومات ...، لكنه أكد ضرورة ...، التي أكدت مبايعتها ...): where the subject is a
        pronoun or a relative before the verb, or the subject after it ends at an adverb or at a
        known object noun (نفى X حدوث ...، أعلنت روسيا تعليق ...)."""
        text, end = self.text, self._sentence_end(cue.end)
        if fold_key(text[cue.begin:cue.end]) != cue.key:
            return None  # الكفاح الذي أعلنه الحزب: an object pronoun, the verb's object is elsewhere
        a = _Attribution((cue.begin, cue.end), cue.kind, score=0.6)
        before = fold_key(_word_before(text, self._sentence_start(cue.start), cue.start))
        if before in _RELATIVES:  # the noun phrase before the relative is the speaker
            np = self._np_before(self._word_start(cue.start))
            a.sources, a.aside = ([np[1]] if np else []), True
            start = cue.end
        elif before in _PRONOUN_SUBJECTS:
            a.sources, a.inherited = self._speaker_before(cue.start, found, 600), True
            start = cue.end
        elif subject := self._subject_opening(cue):  # تركيا تنفي أي وجود ...، نتنياهو يعلن إلغاء ...
            a.sources, start = [subject], cue.end
        elif _OBJECT_MASDAR.match(text, _skip_spaces(text, cue.end)):  # وأعلنت مقتل 43 شخصا: "she"
            # whom "she" means is often the subject of another verb (استهدفت الأفريكوم ...، وأعلنت):
            # a speaker is taken from this sentence only
            a.sources, a.inherited = self._speaker_before(cue.start, found, 0), True
            start = cue.end
        else:
            source = self._np_after(cue.end, end)
            start = source and (_after_adverbs(text, source[1], end) or _after_commas(text, source[1], end))
            if source and start is None and (m := _OBJECT_MASDAR.search(text, source[0] + 1, source[1])):
                source, start = _strip(text, source[0], m.start()), m.start()  # ... عباس حدوث أي تقدم
            if start is None or source is None:
                return None  # nothing ends the subject: where the object starts is unknown
            a.sources = [source]
        np = _NP_AFTER.match(text, _after_adverbs(text, start, end) or start, end)
        if np is None or np.group("lam"):
            return None
        a.claim = self._clause_after(np.start("np"))
        return a if a.claim else None

    def _object_after(self, cue: Cue, found: list[_Attribution]) -> _Attribution | None:
        """A claim that is the object after a preposition (عن، من، بشأن، على): right after the
        verb, whose subject is then named before it (مصر تعلن عن إجراءات ...), or right after the
        subject and adverbs (أعلنت ميكروسوفت يوم الأربعاء عن برنامج ...). أكد/شدد على: not
        inside another claim, and after a subject only in the past ("اللقاء يؤكد حفاظ X على ...":
        the noun after the verb is its object)."""
        text, end = self.text, self._sentence_end(cue.end)
        if any(a.claim[0] <= cue.start < a.claim[1] for a in found):
            return None  # "... أن المعلومات كشفت عن وجود ...": what a claim says, no report
        on = cue.key in _ON_VERBS
        preposition = _PREPOSITIONS[OBJECT_AFTER[cue.key]]
        if m := preposition.match(text, cue.end, end):
            before = cue.begin == cue.start and not self._sentence_initial(cue.start) and self._np_before(cue.start)
            source = before and before[1]
        elif on and cue.key[0] in "يت":
            return None
        else:
            source = self._np_after(cue.end, end)
            at = (_after_adverbs(text, source[1], end) or source[1]) if source else 0
            m = source and preposition.match(text, _skip_aside(text, at, end), end)
        if not (m and source):  # وكشف عن موقفه: maybe a tape, a speech; who it is, is unsure
            return None
        a = _Attribution((cue.begin, cue.end), cue.kind, score=0.6, sources=[source])
        a.claim = self._clause_after(m.end())
        return a if a.claim else None

    def _considers(self, cue: Cue, found: list[_Attribution]) -> _Attribution | None:
        """اعتبر with two objects and its subject named before it: "الظواهري اعتبر كلمة البابا
        تطاولا" (after it the subject cannot be told from the objects). In the present, after a
        noun, it is mostly the passive: "هذا الدعم يُعتبر تدخلا"."""
        if cue.key[0] in "يت":
            return None
        before = None if cue.begin != cue.start else self._np_before(cue.start)
        if not before or not before[1]:
            return None
        a = _Attribution((cue.begin, cue.end), cue.kind, score=0.6, sources=[before[1]])
        a.claim = self._clause_after(cue.end)
        if a.claim:
            _cut_claims(found, before[0], self.text)
        return a if a.claim else None

    def _subject_opening(self, cue: Cue) -> tuple[int, int] | None:
        """The subject before a verb that opens its sentence or clause (after a comma or
        colon): "تركيا تنفي ..."; not after a word such as وفي (وفي الأثناء أكد الوزير ...)."""
        if cue.begin != cue.start or self._sentence_initial(cue.start):
            return None
        before = self._np_before(cue.start)
        if not before or not before[1]:
            return None
        (clause, subject), text = before, self.text
        opens = not text[clause:subject[0]].strip() or text[clause] in "،,؛:"  # nothing but a comma before it
        return subject if opens else None

    def _participle(self, i: int, cue: Cue, found: list[_Attribution]) -> _Attribution | None:
        a = _Attribution((cue.begin, cue.end), "participle", score=0.85)
        a.claim = self._claim_after(i, cue.end, _GAP_SHORT)[0]
        if a.claim is None and cue.after_comma and cue.key in NOMINAL:
            a.claim = self._clause_after(cue.end)  # مؤكدة وجود تنسيق ...
        if a.claim is None:
            return None
        a.sources, a.inherited = self._speaker_before(cue.start, found, 0), True
        return a

    def _noun(self, i: int, cue: Cue, found: list[_Attribution]) -> _Attribution | None:
        """نقلت عن X قوله: ... / تأكيدهم أن ... / بالقول إن ... / في بيان: ..."""
        a = _Attribution((cue.begin, cue.end), cue.kind, score=0.7)
        a.claim = self._claim_after(i, cue.end, _GAP_SHORT)[0]
        if a.claim is None:
            return None
        if np := self._np_from_before(cue.start):
            a.sources.append(np)
        elif cue.kind == "masdar":
            a.sources, a.inherited = self._speaker_before(cue.start, found, 600), True
        return a

    def _phrase(self, i: int, cue: Cue, found: list[_Attribution]) -> _Attribution | None:
        """حسب ما نقلته X / حسب X / وفقا لـX / نقلا عن X / على حد تعبيره / حسب تأكيده."""
        a = _Attribution((cue.begin, cue.end), cue.kind, score=0.8)
        after = cue.end
        if self._by_rule(cue):
            return None
        if cue.kind in ("according", "source_phrase"):
            source = self._np_after(cue.end, self._sentence_end(cue.end), lam=cue.key in WITH_LAM)
            if source:
                a.sources.append(source)
                after = source[1]
            elif cue.kind == "source_phrase":
                return None  # حسب without a source: "as needed", not "according to"
        if self._clause_initial(cue.start):  # وبحسب الصحيفة، فإن ... / وفقا لـX: ...
            a.claim = self._claim_after(i, after, _GAP_SHORT)[0]
            if a.claim is None:
                comma = _COMMA.search(self.text, after, self._sentence_end(after))
                a.claim = self._until_end(comma.end() if comma else after, i)
        elif cue.kind == "source_phrase" and self._verb_before(i) and (chained := self._claim_after(i, after, 1)[0]):
            a.claim = chained  # أفادت X نقلا عن Y إن ...: Y's words too
        elif _inside_quotes(self.text, self._sentence_start(cue.start), cue.start):
            return None  # أن "... ووفق بند خاص ...": the quoted words' own "according to"
        else:
            a.claim = self._claim_before(cue.start, found)
        if not a.sources and cue.kind in ("as_put", "according_masdar"):
            a.sources, a.inherited = self._speaker_before(cue.start, found, 0), True
        return a

    # -- claims

    def _claim_after(self, i: int, pos: int, gap: int) -> tuple[tuple[int, int] | None, str | None]:
        """The claim a cue ending at `pos` introduces, and what opened it (that, colon, quote):
        the first opener in the sentence (a quoted name after باسم، صحيفة ... is passed over), if
        at most `gap` words and no other report lie between, and أن is not that of قبل أن / يجب أن."""
        text = self.text
        end = self._sentence_end(pos)
        m = _OPENER.search(text, pos, end + 1)
        while m is not None and m.lastgroup == "quote" and (
                fold_key(_word_before(text, pos, m.start())) in _TITLE_NOUNS or self._quoted_name(pos, m.start(), end)):
            close = text.find(_QUOTES[text[m.start()]], m.start() + 1, end)  # قال المتحدث باسم "حزب ..." إن
            m = _OPENER.search(text, close + 1, end + 1) if close > 0 else None
        if m is not None and m.lastgroup == "that" and _comma_before(text, pos, m.start()):
            gap = max(gap, _GAP_SAY)  # "أكد X، في لقاء ...، في سلا، أمس السبت، أن": the comma closes the adjuncts
        if m is None or text.count(" ", pos, m.start()) > gap or self._crosses_cue(i, pos, m.start()):
            return None, None
        if self._quoted_away(pos, m.start()):
            return None, None
        before = _word_before(text, pos, m.start())
        word = fold_key(before)
        opener = m.lastgroup
        if opener == "that" and word[:1] == "م" and _PARTICIPLE.search(word) and _comma_before(
                text, pos, _back_over(text, m.start(), lo=pos) - len(before)):
            return None, None  # "...، مذكرا أنه ...": a participle the lexicon lacks opens its own report
        if opener == "colon" and text[m.start()] == "؛" and not self._semicolon_opens(m.start()):
            return None, None
        if opener == "that":
            if word in _BLOCK:
                return None, None
            return self._until_end(m.start(), i, end), opener
        if opener == "quote":
            return self._quoted(m.start()), opener
        start = _skip_spaces(text, m.end())
        if text[start:start + 1] in _QUOTES:
            return self._quoted(start), opener
        return self._until_end(start, i, end), opener

    def _by_rule(self, cue: Cue) -> bool:
        """وفق أعلى المعايير، وفقا للقانون: "in accordance with" a rule, nobody's words."""
        return cue.key in WITH_LAM and _RULE.match(self.text, cue.end) is not None

    def _verb_before(self, i: int) -> bool:
        """Whether a reporting verb before cue i, in its sentence, still waits for its claim: the
        نقلا عن of "أفادت X نقلا عن Y إن ..."."""
        start = self._sentence_start(self.cues[i].start)
        for c in reversed(self.cues[:i]):
            if c.start < start:
                return False
            if c.kind in VERBS:
                return _OPENER.search(self.text, c.end, self.cues[i].start) is None
        return False

    def _quoted_away(self, pos: int, opener: int) -> bool:
        """Whether the cue ending at `pos` sits inside a quotation that closes before `opener`:
        وقال دبلوماسي "لم تذكر هويته" إن ... (تذكر is no cue of what follows)."""
        if _ANY_QUOTE.search(self.text, pos, opener) is None:
            return False  # no quotation closes in between: the common case, told at C speed
        start = self._sentence_start(pos)
        return _inside_quotes(self.text, start, pos) and not _inside_quotes(self.text, start, opener)

    def _semicolon_opens(self, at: int) -> bool:
        """Whether the ؛ at `at` stands for a colon, as some writers use it: right after a cue
        (نقلت عن X تأكيدهم؛ ...) or before أن (وأضاف X للصحيفة؛ أن ...); else it ends a clause
        (أعلنت الوزارة تسجيل 717 إصابة؛ ليرتفع ...)."""
        end = _back_over(self.text, at)
        return any(c.end == end for c in self.cues) or _THAT_AHEAD.match(self.text, at + 1) is not None

    def _quoted_name(self, pos: int, at: int, end: int) -> bool:
        """A quotation right after the cue that the cue's عن or أن follows: a name (ونقل “مركز
        أنباء الأمم المتحدة” عن ...، وقال "حزب الله" إن ...), not what was said."""
        if self.text[pos:at].strip():
            return False
        close = self.text.find(_QUOTES[self.text[at]], at + 1, end)
        return close > 0 and _WORD_NEXT.match(self.text, close + 1) is not None

    def _quoted(self, at: int) -> tuple[int, int] | None:
        text = self.text
        close = text.find(_QUOTES[text[at]], at + 1)
        paragraph = text.find("\n", at)
        if close < 0 or 0 <= paragraph < close:
            return self._until_end(at + 1, None)
        return _strip(text, at + 1, close)

    def _until_end(self, start: int, i: int | None, end: int | None = None) -> tuple[int, int] | None:
        """From `start` to the sentence's end (`end` when known), or to the next cue that starts
        a new report: "، مشيرا إلى أن ...", "، حسب ما ...", "على حد تعبيره"."""
        end = self._sentence_end(start) if end is None else end
        if i is not None:
            for j in range(i + 1, bisect_left(self.starts, end)):
                nxt = self.cues[j]
                if nxt.begin <= start:
                    continue
                if (nxt.kind in TRAILING and not self._clause_initial(nxt.start) and not self._by_rule(nxt) or (
                        nxt.kind == "participle" and _OWN_OPENER.match(self.text, nxt.end)) or (
                        nxt.after_comma and nxt.kind not in TRANSPARENT and nxt.kind not in TRAILING)) and not (
                        _inside_quotes(self.text, start, nxt.start)):  # أن “... ، وترى ...”: still the quotation
                    end = nxt.start
                    break
        return _strip(self.text, start, end)

    def _clause_after(self, pos: int) -> tuple[int, int] | None:
        """مؤكدة وجود تنسيق في ...: up to the next comma, report or the sentence's end."""
        end = self._sentence_end(pos)
        start = _skip_spaces(self.text, pos)
        comma = _COMMA.search(self.text, start + 1, end)
        end = comma.start() if comma else end
        k = bisect_left(self.starts, start + 1)  # nor over the next report: "... كلمته وصف الظواهري"
        if k < len(self.cues) and self.cues[k].start < end and self.cues[k].kind not in TRANSPARENT:
            end = self.cues[k].start
        return _strip(self.text, start, end)

    def _claim_before(self, pos: int, found: list[_Attribution]) -> tuple[int, int] | None:
        """The clause before a trailing "، حسب ما أعلنه X": a claim that ends there, or the
        sentence up to it."""
        text = self.text
        end = _back_over(text, pos, " ،,\u200f")
        for a in reversed(found):
            if end - 2 <= a.claim[1] <= end:
                return a.claim
        claim = _strip(text, self._sentence_start(end), end)
        return claim if claim and " " in text[claim[0]:claim[1]] else None

    # -- sources

    def _np_after(self, pos: int, limit: int, lam: bool = False) -> tuple[int, int] | None:
        """The noun phrase right after `pos`; with `lam`, behind a ل (وفقا لباركر -> باركر)."""
        m = _NP_AFTER.match(self.text, pos, limit)
        if m is None or (m.group("lam") and not lam):
            return None  # قالت للبي بي سي: an addressee, no source
        start = m.start("np")
        if lam and not m.group("lam"):
            start = _skip_spaces(self.text, start)
            if self.text.startswith("ل", start):
                start = skip_marks(self.text, start + 1)
        return self._trim(start, m.end("np"))

    def _np_from_before(self, pos: int) -> tuple[int, int] | None:
        """X in "عن X قوله": a noun phrase after عن that runs up to `pos`."""
        last = None
        for last in _FROM.finditer(self.text, max(0, pos - 160), pos):
            pass
        m = last and _NP_AFTER.match(self.text, last.end(), pos)
        if not m or m.group("lam") or self.text[m.end():pos].strip():
            return None
        return self._trim(m.start("np"), m.end("np"))

    def _np_before(self, pos: int) -> tuple[int, tuple[int, int] | None] | None:
        """The subject before a verb (SVO) and where its clause starts: words back to the
        sentence's start, a comma or a word such as لكن، at most 12 of them. No subject but
        a clause after "وعن X": what the speaker spoke about."""
        text = self.text
        stop = self._sentence_start(pos)
        start = end = None
        at = clause = pos
        for _ in range(13):
            m = _WORD_BEFORE.search(text, max(stop, at - 60), at)
            if m is None or m.start() < stop:
                clause = stop
                break
            word = m.group().rstrip()
            key = fold_key(word)
            if not (word[0].isalpha() or word[0] in "“«\"(") or key in _BEFORE_STOP or (
                    key[0] in "وف" and key[1:] in _BEFORE_STOP):  # وعن، وفي
                clause = m.start()
                if _ABOUT in (key, key[1:]):  # "وعن مستوى اللاعبين قال: ...": what he spoke about
                    return clause, None
                break
            if end is None and key in _PARTICLES:
                at = m.start()
                continue
            start, end = m.start(), end or m.start() + len(word)
            at = m.start()
        else:
            return None  # no clause start in sight: not a subject
        source = self._trim(start, end) if start is not None else None
        return (clause, source) if source else None

    def _speaker_before(self, pos: int, found: list[_Attribution], reach: int) -> list[tuple[int, int]]:
        """The sources of the last attribution before `pos` in its sentence (reach 0) or within
        `reach` characters, not counting attributions quoted inside another's claim."""
        floor = self._sentence_start(pos) if reach == 0 else pos - reach
        for a in reversed(found):
            if a.cue[0] < floor:
                break
            if a.sources and not a.aside and not _quoted_in(a, found):
                return list(a.sources)
        return []

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        """A noun phrase stops before any cue inside it ("علقت X قائلة" -> X) and loses the
        quotation marks around it (“واشنطن بوست”، الـ”واشنطن بوست” -> واشنطن بوست)."""
        text = self.text
        k = bisect_left(self.starts, start)
        if k < len(self.starts) and self.starts[k] < end:
            end = self.cues[k].start
        bounds = _strip(text, start, end)
        if bounds is None:
            return None
        start, end = bounds
        if (m := _ADVERB_AN.search(text, start + 1, end)) and text[start:m.start()].strip():
            start, end = _strip(text, start, m.start())  # الحكومة الفدرالية استباقياً
        m = _QUOTED_NAME.match(text, start, end)
        if m and m.end() - m.start("name") > 1:
            return _strip(text, m.start("name"), m.end("name"))  # " الجماعة السلفية ": spaced quotes
        return start, end

    # -- sentences

    def _sentence_end(self, pos: int) -> int:
        """The end of the sentence at `pos`; a quotation open at a full stop runs on to its close."""
        text = self.text
        for _ in range(4):
            m = _SENTENCE_END.search(text, pos)
            if m is None:
                return len(text)
            end = m.start()
            if text[end] == "\n" or _ANY_QUOTE.search(text, pos, end) is None:
                return end
            if (text.count('"', pos, end) % 2 == 0 and text.count("«", pos, end) <= text.count("»", pos, end)
                    and text.count("“", pos, end) <= text.count("”", pos, end)):
                return end
            close = _CLOSE_QUOTE.search(text, end)
            if close is None or text.find("\n", end, close.start()) >= 0:
                return end
            pos = close.end()
        return end

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` starts (sentence ends as _SENTENCE_END's)."""
        text = self.text
        while True:
            pos = max(text.rfind(ch, 0, pos) for ch in ".!?؟\n")
            if pos < 0:
                return 0
            if text[pos] == "\n" or text[pos + 1:pos + 2] in ("", " ", "\t", "\n", '"', "'", "»", "”") and not (
                    _DOCTOR.match(text, pos - 1)):
                return pos + 1

    def _as_said(self, cue: Cue) -> bool:
        """كما قال X in the middle of a clause: "as X said" (at its start كما is "also")."""
        start = self._word_start(cue.start)
        if fold_key(self.text[start:cue.start].strip()) != _AS:
            return False
        before = self.text[self._sentence_start(start):start].rstrip()
        return bool(before) and before[-1] not in "،,:؛"

    def _quoted_before(self, pos: int, found: list[_Attribution]) -> tuple[int, int] | None:
        """The quotation that ends right before `pos` (a comma between), when it opens its
        sentence and is no claim yet (قال X: «...» قال ...): «...»، قال X."""
        text = self.text
        end = _back_over(text, pos, " ،,")
        close = text[end - 1:end]
        if close not in ("»", "”", '"'):
            return None
        start = text.rfind({"»": "«", "”": "“", '"': '"'}[close], 0, end - 1)
        if start < 0 or "\n" in text[start:end] or not self._clause_initial(start):
            return None
        claim = _strip(text, start + 1, end - 1)
        if not claim or " " not in text[claim[0]:claim[1]] or any(a.claim == claim for a in found):
            return None
        return claim

    def _word_start(self, pos: int) -> int:
        """Where the word before `pos` starts (`pos` itself when a space or nothing precedes)."""
        end = _back_over(self.text, pos)
        return self.text.rfind(" ", 0, end) + 1 if end < pos else pos

    def _opening_subject(self, pos: int) -> tuple[int, int] | None:
        """The subject of the verb that opens the sentence holding `pos` (when the cue does not
        open it: "وقضت المحكمة ...، وقالت إن") or the sentence before: the noun phrase after
        its first word, up to a word with a preposition's ب or ل."""
        text = self.text
        start = self._sentence_start(pos)
        if not text[start:pos].strip():
            start = self._sentence_start(max(0, start - 2))
            if start >= pos - 2:
                return None
        m = _OPENING_VERB.match(text, start, pos)
        if m is None or fold_key(m.group("word")) in _BEFORE_STOP:
            return None
        np = self._np_after(m.end(), self._sentence_end(m.end()))
        if np is None or _NO_SUBJECT.match(text, np[0]):
            return None  # وهدد بهجمات ...، كتب مقالا ...: an object, the subject was dropped
        cut = _PREPOSITION_WORD.search(text, np[0] + 1, np[1])
        return _strip(text, np[0], cut.start()) if cut else np

    def _after_also(self, pos: int) -> bool:
        """Whether كما opens the clause right before `pos`: "كما أشار إلى أنه ..." ("he also said")."""
        start = self._word_start(pos)
        return fold_key(self.text[start:pos].strip()) == _AS and self._clause_initial(start)

    def _after_but_he(self, pos: int) -> bool:
        """Whether the word before `pos` is لكنه/لكنها ...: "but he/she"."""
        return fold_key(_word_before(self.text, self._sentence_start(pos), pos)) in _BUT_HE

    def _sentence_initial(self, pos: int) -> bool:
        return not self.text[self._sentence_start(pos):pos].strip()

    def _clause_initial(self, pos: int) -> bool:
        head = self.text[self._sentence_start(pos):pos].rstrip()
        return not head or head[-1] in ":؛"

    def _crosses_cue(self, i: int, start: int, stop: int) -> bool:
        """True when another report starts between a cue and its claim's opener. Passed over:
        nouns ("في بيان"، "قوله") and a participle of the same report ("علقت X قائلة:"), but
        not after a verb that needs أن ("قدرت العجز بسبعين مليونا مشيرا إلى أنه ...")."""
        manner = self.cues[i].kind != "verb_that"
        for j in range(i + 1, bisect_left(self.starts, stop)):
            c = self.cues[j]
            if c.begin >= start and c.kind not in TRANSPARENT and (c.kind != "participle" or c.after_comma or not manner) and not (
                    c.kind == "source_phrase" and not c.after_comma) and not _inside_quotes(self.text, start, c.begin):
                return True  # passed over: "أفادت X نقلا عن Y إن"، "قال X "لم تذكر هويته" إن"
        return False


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened between `start` and `end` is still open at `end` (” written
    for both marks counts too)."""
    return (text.count('"', start, end) % 2 == 1 or text.count("«", start, end) > text.count("»", start, end)
            or (text.count("“", start, end) + text.count("”", start, end)) % 2 == 1)


def _quoted_in(a: _Attribution, found: list[_Attribution]) -> bool:
    """Whether `a` is reported inside another attribution's claim."""
    return any(b.claim[0] <= a.cue[0] < b.claim[1] for b in found if b is not a)


def _comma_before(text: str, lo: int, pos: int) -> bool:
    """Whether a comma ends the text before `pos`, spaces aside (not before `lo`)."""
    pos = _back_over(text, pos, lo=lo)
    return pos > lo and text[pos - 1] in "،,"


def _back_over(text: str, pos: int, chars: str = " ", lo: int = 0) -> int:
    """`pos` moved back over the `chars` before it, not before `lo`."""
    while pos > lo and text[pos - 1] in chars:
        pos -= 1
    return pos


def _word_before(text: str, lo: int, pos: int) -> str:
    """The word (or punctuation) just before `pos`, not before `lo`."""
    end = _back_over(text, pos, lo=lo)
    return text[max(lo, text.rfind(" ", lo, end) + 1):end]


def _after_commas(text: str, pos: int, end: int) -> int | None:
    """Where the words resume after a comma that ends a subject, past asides and adverbs between
    commas ("أكدت الحكومة، في بيان رسمي، نفيها ..."، "أعلنت الوزارة، اليوم الأحد، تسجيل ..."), or
    None when no comma follows or a relative clause opens after it."""
    m = _COMMA_NEXT.match(text, pos, end)
    if m is None:
        return None
    pos = m.end()
    for _ in range(3):
        skipped = _skip_aside(text, pos, end)
        if skipped == pos and (adverbs := _after_adverbs(text, pos, end)) and (m := _COMMA_NEXT.match(text, adverbs, end)):
            skipped = m.end()
        if skipped == pos:
            break
        pos = skipped
    word = _WORD_AT.match(text, pos, end)
    if word is None or fold_key(word.group(1)) in _RELATIVES or _APPOSITION.match(text, pos, end):
        return None  # "أكد مدرب المنتخب، الإيطالي روبيرتو مانشيني، على ...": the subject's apposition
    return pos


def _skip_aside(text: str, pos: int, end: int) -> int:
    """Past a phrase of place or time closed by a comma ("في تصريحات لقناة العربية،") that
    stands between a subject and its verb's preposition, if any."""
    m = _ASIDE.match(text, pos, end)
    return m.end() if m else pos


def _after_adverbs(text: str, pos: int, end: int) -> int | None:
    """Where the words after `pos` resume past adverbs of time and manner (أيضا، أمس، الأربعاء),
    or None when none follows."""
    m = None
    while (nxt := _ADVERB.match(text, m.end() if m else pos, end)) is not None:
        m = nxt
    return _skip_spaces(text, m.end()) if m else None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u200f":
        pos += 1
    return pos


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Bounds without surrounding spaces, trailing commas and an unmatched closing quote."""
    while start < end and text[start] in " \t\n\u200f":
        start += 1
    while end > start and text[end - 1] in " \t\n\u200f،,؛:":
        end -= 1
    if end > start and text[end - 1] in "»”\"" and _unmatched_close(text[start:end]):
        end -= 1
        while end > start and text[end - 1] == " ":
            end -= 1
    return (start, end) if end > start else None


def _unmatched_close(span: str) -> bool:
    last = span[-1]
    if last == '"':
        return span.count('"') % 2 == 1
    return span.count({"»": "«", "”": "“"}[last]) < span.count(last)


def _cut_claims(found: list[_Attribution], at: int, text: str) -> None:
    """End the claims that run over `at`, where a new report's clause starts."""
    for a in found:
        if a.claim[0] < at < a.claim[1]:
            a.claim = _strip(text, a.claim[0], at) or a.claim


def _drop_statements(found: list[_Attribution]) -> list[_Attribution]:
    """"قال الوزير في بيان إن ...": the verb is the cue, the statement noun only says where."""
    claimed = {a.claim for a in found if a.kind != "statement"}
    return [a for a in found if a.kind != "statement" or a.claim not in claimed]


def _suggestions(found: list[_Attribution]) -> tuple[list[SpanTuple], list[RelationTuple]]:
    spans: list[SpanTuple] = []
    relations: list[RelationTuple] = []
    index: dict[tuple[int, int, str], int] = {}  # a span suggested twice is one span
    related: set[tuple[int, int]] = set()
    for a in found:
        ids = []
        for bounds, label, score in [(a.cue, "CUE", a.score), (a.claim, "CLAIM", 0.8)] + [
                (s, "SOURCE", 0.5 if a.inherited else 0.8) for s in a.sources]:
            key = (bounds[0], bounds[1], label)
            if key not in index:
                index[key] = len(spans)
                spans.append((bounds[0], bounds[1], label, score))
            ids.append(index[key])
        cue, claim = ids[0], ids[1]
        if (cue, claim) not in related:  # a pair of spans has one relation: the labels give its type
            related.add((cue, claim))
            relations.append((cue, claim, "cue_of", a.score))
        for source in ids[2:]:
            if (claim, source) not in related:
                related.add((claim, source))
                relations.append((claim, source, "attributed_to", 0.5 if a.inherited else 0.8))
    return spans, relations


class AttributionRecommender:
    name = NAME
    forkable = True  # pure Python: `isnad suggest` may run it in worker processes

    def labels(self) -> set[str]:
        return set(LABELS)

    def suggest(self, text: str) -> Suggestions:
        return Suggestions.of(*self.suggest_tuples(text))

    def suggest_tuples(self, text: str) -> tuple[list[SpanTuple], list[RelationTuple]]:
        cues = find_cues(text)
        found = _Reader(text, cues).attributions() if cues else []
        return _suggestions(found) if found else ([], [])

    def suggest_many(self, texts: Iterable[str]) -> Iterator[Suggestions]:
        for text in texts:
            yield self.suggest(text)


def make(argument, project=None, options=None) -> AttributionRecommender:
    """The `attribution` recommender; it takes no argument and learns nothing from the project."""
    if argument:
        raise IsnadError.of(M.ATTRIBUTION_ARGUMENT, argument=argument)
    return AttributionRecommender()
