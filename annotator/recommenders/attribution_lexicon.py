"""The reporting cues of Arabic news, as data, and the rules that inflect them.

A verb is given by its past and present third person masculine singular and its active
participle; `forms()` derives gender, number, the subjunctive and object pronouns, so
أكد yields أكدت أكدوا أكدتا يؤكد تؤكد يؤكدون مؤكدا مؤكدة أكده... Words are written here
with their usual hamza; matching folds hamza and alef variants and ignores harakat, so
اكد and أكّد match too. Proclitics (و ف) are the matcher's business, not the lexicon's.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verb:
    past: str               # قال
    present: str            # يقول
    participle: str = ""    # قائل (as a circumstantial accusative: قائلا قائلة قائلين)
    extra: tuple[str, ...] = ()  # irregular forms the rules miss: قلن، قيل، يقال
    needs_that: bool = False     # a cue only before أن/إن (رأى: "saw" otherwise)
    named_after: bool = False    # a cue only with its subject named after it: يُعتقد أن، وُصفت بأنها
                                 # (the passive, written the same) say nobody's words


VERBS: tuple[Verb, ...] = (
    Verb("قال", "يقول", "قائل", ("قلن", "قيل", "يقال", "تقال")),
    Verb("أضاف", "يضيف", "مضيف", ("أضفن",)),
    Verb("أكد", "يؤكد", "مؤكد"),
    Verb("أوضح", "يوضح", "موضح"),
    Verb("أشار", "يشير", "مشير", ("أشرن", "أشير")),
    Verb("أعلن", "يعلن", "معلن"),
    Verb("نقل", "ينقل", "ناقل"),
    Verb("ذكر", "يذكر"),
    Verb("حذر", "يحذر", "محذر"),
    Verb("نفى", "ينفي", "نافي"),
    Verb("زعم", "يزعم", "زاعم"),
    Verb("ادعى", "يدعي", "مدعي"),
    Verb("رأى", "يرى", needs_that=True),
    Verb("اعتبر", "يعتبر", "معتبر", needs_that=True),
    Verb("لاحظ", "يلاحظ", needs_that=True),
    Verb("صرح", "يصرح", "مصرح"),
    Verb("كشف", "يكشف", "كاشف"),
    Verb("أفاد", "يفيد", "", ("أفدن",)),
    Verb("شدد", "يشدد", "مشدد"),
    Verb("لفت", "يلفت", "لافت"),
    Verb("تابع", "يتابع", "متابع"),
    Verb("أردف", "يردف", "مردف"),
    Verb("استطرد", "يستطرد", "مستطرد"),
    Verb("نوه", "ينوه", "منوه"),
    Verb("أبلغ", ""),  # يبلغ/تبلغ: "amounts to"
    Verb("أخبر", "يخبر"),
    Verb("أورد", "يورد"),
    Verb("كتب", "يكتب"),
    Verb("علق", "يعلق", "معلق"),
    Verb("اعترف", "يعترف", "معترف"),
    Verb("أقر", "يقر"),
    Verb("شرح", "يشرح"),
    Verb("بين", "يبين", "مبين", needs_that=True),  # بين: see BAYYAN
    Verb("", "", "معقب"),  # عقب: "after"; only its participle: معقبا
    Verb("", "", "مبرز"),  # أبرز is "the most prominent" too; its participle مبرزا is not
    Verb("استرسل", "يسترسل", "مسترسل"),  # واسترسل: ...
    Verb("تساءل", "يتساءل", "متسائل"),
    Verb("أجاب", "يجيب", "مجيب"),
    Verb("وصف", "يصف", "واصف", needs_that=True, named_after=True),  # وصف X الاتفاق بأنه ...
    Verb("توقع", "يتوقع", needs_that=True, named_after=True),
    Verb("رجح", "يرجح", needs_that=True, named_after=True),
    Verb("", "يعتقد", needs_that=True, named_after=True),  # اعتقد would be أعتقد, "I think", too
    Verb("استبعد", "يستبعد", needs_that=True, named_after=True),
    Verb("ألمح", "يلمح", needs_that=True),
    Verb("نبه", "ينبه", needs_that=True),
    Verb("أظهر", "يظهر", needs_that=True, named_after=True),  # أظهرت نتائج الاستطلاع أن ...
    Verb("وعد", "يعد", needs_that=True, named_after=True),  # وعد X بأن ...
    Verb("أنكر", "ينكر"),  # منكر: "reprehensible"
    Verb("روى", "يروي"),   # "watered" too, but then with no claim after it
    Verb("استدرك", "يستدرك", "مستدرك"),  # واستدرك الوزير قائلا إن ...
    Verb("غرد", "يغرد"),   # غرد X على تويتر: «...»; مغردون: "tweeters"
    Verb("أصر", "يصر", needs_that=True),  # أصر على أن ...; مصر: Egypt
    Verb("خلص", "يخلص", needs_that=True),  # خلص التقرير إلى أن ...
    Verb("تعهد", "يتعهد", needs_that=True, named_after=True),  # متعهد: "contractor"
    Verb("قدر", "يقدر", needs_that=True, named_after=True),  # قدّر البنك الدولي أن ...; يُقدّر أن
)

# Participles that take a noun phrase as their claim without أن: مؤكدة وجود تنسيق ...
NOMINAL_PARTICIPLES: tuple[str, ...] = ("مؤكد", "معلن", "نافي", "معتبر")  # ... معتبرا القرار خطوة مهمة
# ... and the verbs: نفى عباس أيضا المعلومات التي ...، لكنه أكد ضرورة ...، التي أكدت مبايعتها ...
NOMINAL_VERBS: tuple[Verb, ...] = tuple(v for v in VERBS if v.past in ("أكد", "أعلن", "نفى"))
# Verbs whose object follows a preposition: أعلنت ميكروسوفت يوم الأربعاء عن برنامج ...، كشفت
# الصحيفة عن ...، ألمانيا تحذر من سياسات ...، حذر دوندار أوروبا بشأن ...
OBJECT_AFTER: dict[str, tuple[str, ...]] = {"أعلن": ("عن",), "كشف": ("عن",), "حذر": ("من", "بشأن"),
                                         "أكد": ("على",), "شدد": ("على",)}  # X أكد على ضرورة ...
# Verbs of two objects, the claim being both: الظواهري اعتبر كلمة البابا تطاولا على الإسلام
CONSIDER_VERBS: tuple[Verb, ...] = tuple(v for v in VERBS if v.past == "اعتبر")
# Nouns that start such an object where the subject runs into it: نفى الرئيس محمود عباس حدوث
# أي تقدم، أعلنت روسيا تعليق الاتفاقية (maybe with a pronoun: استعداده، رفضه).
OBJECT_MASDARS: tuple[str, ...] = ("صحة", "وجود", "حدوث", "وقوع", "ضرورة", "أهمية", "التزام", "تمسك", "عزم", "نية",
                                   "استعداد", "رفض", "مقتل", "إصابة", "اعتقال", "تعليق", "استقالة", "انسحاب",
                                   "استمرار")

# Nouns of saying that are cues with a possessive pronoun (نقلت عنه قوله: ...; تأكيدهم أن ...).
MASDARS: tuple[str, ...] = ("قول", "تأكيد", "تصريح", "تصريحات", "تحذير", "نفي", "زعم", "ادعاء",
                            "إعلان", "اعتراف", "تشديد", "إشارت", "تعبير", "وصف")
# ... and those that are cues as a bare accusative (تأكيدا منهم أن ...).
MASDARS_ACCUSATIVE: tuple[str, ...] = ("تأكيدا", "تصريحا", "نفيا", "تحذيرا", "إشارة")

PRONOUNS = ("ه", "ها", "هم", "هما", "هن")

# Attributing phrases, each followed by the source: وفقا لـX، نقلا عن X، على لسان X.
SOURCE_PHRASES: tuple[str, ...] = ("حسب", "بحسب", "وفق", "وفقا", "طبقا", "نقلا عن", "على لسان", "استنادا إلى")
# ... and followed by a cue verb: حسب ما نقلته X، وفقا لما ذكرته X.
ACCORDING: tuple[str, ...] = ("حسب ما", "بحسب ما", "حسبما", "وفقا لما", "طبقا لما", "على ما")
# بالقول إن ...: a cue only behind its ب (يمكن القول إن is the writer's).
BI_QAWL = "القول"
# Phrases that attribute the words before them to the speaker already named: على حد تعبيره.
AS_HE_PUT_IT: tuple[str, ...] = ("على حد تعبير", "على حد قول", "على حد وصف")
# Nouns that introduce a statement in "في تصريح لـX: ..." / "في بيان: ...".
STATEMENT_NOUNS: tuple[str, ...] = ("تصريح", "تصريحات", "بيان")
# Passive formulas of background, not attribution, when they have no subject: ويذكر أن ...
BACKGROUND_FORMULAS: tuple[str, ...] = ("يذكر", "يشار")


def past_forms(past: str) -> list[str]:
    if past.endswith("ى"):  # نفى: نفت نفوا نفيا نفتا
        base = past[:-1]
        return [past, base + "ت", base + "وا", base + "يا", base + "تا"]
    return [past, past + "ت", past + "ا", past + "تا", past + "وا", past + "ن"]


def present_forms(present: str) -> list[str]:
    stem = present[1:]
    if stem.endswith(("ي", "ى")):  # ينفي، يرى: ينفون يرون ينفيان
        base = stem[:-1]
        plural = [base + "ون", base + "وا", base + "يان"]
    else:
        plural = [stem + "ون", stem + "وا", stem + "ان", stem + "ن"]
    return [p + s for s in [stem] + plural for p in ("ي", "ت")]


def participle_forms(participle: str) -> list[str]:
    if participle.endswith("ي"):  # نافي: نافيا نافية نافين
        return [participle + "ا", participle + "ة", participle + "ن"]
    return [participle + e for e in ("ا", "ة", "ين", "تين")]


# Forms too ambiguous to be cues: رويا as رؤيا "vision" (and a TV channel), قدرا "an amount",
# تبين ("تبين أن": "it turned out"). رأى folds into رأي "opinion", but needs أن after it like the
# verb, and "في رأي الخبراء أن" is an attribution too.
AMBIGUOUS: tuple[str, ...] = ("رويا", "قدرا", "تبين")
BAYYAN = "بين"  # "between" too; بيّن "made clear" only with its shadda, or as وبين (X) أن

# How a base form takes a possessive/object pronoun (ه ها هم هما هن): it may (أكده), must
# (قوله), or cannot (قائلا).
MAY, MUST, NO = "may", "must", "no"


@dataclass(frozen=True)
class Entry:
    kind: str      # verb, verb_that, participle, masdar, according (حسب ما + verb), source_phrase,
                   # as_put (على حد تعبيره), statement (في بيان)
    pronoun: str   # MAY, MUST or NO


def entries() -> list[tuple[str, Entry]]:
    """Every base form the matcher looks for, with what it is (a form may be two things:
    تصريح is a masdar in تصريحه and a statement in في تصريح)."""
    out: list[tuple[str, Entry]] = []
    for v in VERBS:
        kind = "verb_that" if v.needs_that else "verb"
        forms = (past_forms(v.past) if v.past else []) + (present_forms(v.present) if v.present else []) + list(v.extra)
        for form in forms:
            if form in AMBIGUOUS:
                continue
            if form.endswith("وا"):  # قالوا, and قالوه with the alef dropped
                out += [(form, Entry(kind, NO)), (form[:-1], Entry(kind, MUST))]
            else:
                out.append((form, Entry(kind, NO if form.endswith(("ا", "ى")) else MAY)))
        if v.participle:
            out += [(f, Entry("participle", NO)) for f in participle_forms(v.participle)]
    out += [(m, Entry("masdar", MUST)) for m in MASDARS]
    out += [(m, Entry("masdar", NO)) for m in MASDARS_ACCUSATIVE]
    out += [(p, Entry("source_phrase", NO)) for p in SOURCE_PHRASES]
    out += [(p, Entry("according", NO)) for p in ACCORDING]
    out += [(p, Entry("as_put", MUST)) for p in AS_HE_PUT_IT]
    out += [(p, Entry("statement", NO)) for p in STATEMENT_NOUNS]
    out.append((BI_QAWL, Entry("masdar", NO)))
    return sorted(set(out), key=lambda fe: (fe[0], fe[1].kind, fe[1].pronoun))


def size() -> dict[str, int]:
    """How many base forms the lexicon holds, and how many written forms with pronouns."""
    kinds: dict[str, int] = {}
    written = 0
    for _, e in entries():
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
        written += {MAY: 1 + len(PRONOUNS), MUST: len(PRONOUNS), NO: 1}[e.pronoun]
    return {**kinds, "base forms": sum(kinds.values()), "written forms": written}
