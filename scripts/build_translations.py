"""Write resources/translations/isnad_ar.ts from the table below and compile it to .qm.

Run after changing interface strings: python scripts/build_translations.py
(tests/test_ui_i18n.py fails when a tr("...") string in ui/ has no translation here).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
CONTEXT = "Isnad"

ARABIC = {
    # menus and actions
    "&File": "&ملف", "&New project…": "مشروع &جديد…", "&Open project…": "&فتح مشروع…",
    "Open &recent": "فتح مشروع &حديث", "&Import documents…": "&استيراد مستندات…",
    "Import a &folder…": "استيراد &مجلد…", "&Export…": "&تصدير…", "&Quit": "&خروج",
    "&Edit": "&تحرير", "&Undo": "&تراجع", "&Redo": "إ&عادة", "&Delete span": "&حذف المقطع",
    "Tag &all occurrences of the selected span": "وسم &كل مواضع المقطع المحدد",
    "&Link selected span to… (then click)": "&ربط المقطع المحدد بـ… (ثم انقر)",
    "&Snap selections to whole words": "&ضبط التحديد على كلمات كاملة",
    "&View": "&عرض", "&Arabic interface (from the next start)": "واجهة &عربية (من التشغيل التالي)",
    "The interface language changes at the next start.": "تتغير لغة الواجهة عند التشغيل التالي.", "&Larger text": "نص أ&كبر", "&Smaller text": "نص أ&صغر",
    "&Document": "&مستند", "Mark &done": "وضع علامة &منجز", "&Skip": "&تخطٍّ",
    "&Flag for review": "&تعليم للمراجعة", "&Next document": "المستند ال&تالي",
    "&Previous document": "المستند ال&سابق",
    # dialogs
    "Your name": "اسمك", "Annotator name (your spans are saved under it):": "اسم المُعلِّم (تُحفظ مقاطعك باسمه):",
    "Project already open": "المشروع مفتوح بالفعل",
    "{what}.\n\nOpen it read-only instead? ({todo})": "{what}.\n\nهل تفتحه للقراءة فقط؟ ({todo})",
    "{what}.{where}\n\nWhat to do: {todo}": "{what}.{where}\n\nما العمل: {todo}",
    "What to do: please report this as a bug.": "ما العمل: يُرجى الإبلاغ عن هذا الخطأ.",
    "New project": "مشروع جديد", "Isnad projects (*.isnad)": "مشاريع إسناد (*.isnad)",
    "Cannot create project": "تعذّر إنشاء المشروع", "Open project": "فتح مشروع", "All files (*)": "كل الملفات (*)",
    "Import documents": "استيراد مستندات", "Import a folder": "استيراد مجلد", "Export": "تصدير",
    "Importing {name}…": "جارٍ استيراد {name}…", "Exporting to {name}…": "جارٍ التصدير إلى {name}…",
    "Cancelled: nothing was changed.": "أُلغي: لم يتغير شيء.",
    "Choose…": "اختر…", "Format": "الصيغة", "Write to": "اكتب في", "Folder (*)": "مجلد (*)",
    "Layers (annotators)": "الطبقات (المُعلِّمون)", "Documents with status": "المستندات ذات الحالة",
    "Rename labels": "إعادة تسمية الوسوم", "Train/dev/test split": "تقسيم تدريب/تطوير/اختبار",
    "Split the clitics و ف ب ل ك before ال into tokens of their own":
        "فصل السوابق و ف ب ل ك قبل ال في وحدات مستقلة",
    "Import or export failed (nothing was changed)": "فشل الاستيراد أو التصدير (لم يتغير شيء)",
    "Cannot open project": "تعذّر فتح المشروع", "Cancel": "إلغاء",
    # panels
    "Documents": "المستندات", "Labels": "الوسوم", "Spans · attributes · relations": "المقاطع · الخصائص · العلاقات",
    "Title": "العنوان", "Status": "الحالة", "Spans": "المقاطع", "Label": "الوسم", "Text": "النص", "Start": "البداية",
    "All statuses": "كل الحالات", "Search titles": "ابحث في العناوين",
    "{title}\n{length} characters, SHA-256 {sha}…": "{title}\n{length} حرفًا، SHA-256 {sha}…",
    "new": "جديد", "in progress": "قيد العمل", "done": "منجز", "skipped": "متخطّى", "flagged": "للمراجعة",
    "Snap selections to whole words": "ضبط التحديد على كلمات كاملة",
    "No span selected": "لا مقطع محددًا", "Note": "ملاحظة", "Remove link": "إزالة الربط",
    # status bar
    " (read-only)": " (للقراءة فقط)", "no document": "لا مستند", " · READ-ONLY": " · للقراءة فقط",
    "Annotator: {name}": "المُعلِّم: {name}",
    "{count} more {label} spans (one undo step)": "{count} مقاطع {label} أخرى (خطوة تراجع واحدة)",
    "Click the span to link to (e.g. the claim's source)": "انقر المقطع المراد الربط به (مثل مصدر الادعاء)",
    # undo entries (annotator.commands texts)
    "add span": "إضافة مقطع", "delete span": "حذف مقطع", "relabel span": "تغيير وسم مقطع",
    "resize span": "تغيير حدود مقطع", "set attribute": "تعيين خاصية", "edit note": "تعديل ملاحظة",
    "link spans": "ربط مقطعين", "remove link": "إزالة ربط", "set status": "تغيير الحالة",
    # adjudication (ui/adjudication.py, annotator/adjudication.py undo entries)
    "Adjudication": "التحكيم", "Adjudication:": "التحكيم:", "A&djudication panel": "لوحة ال&تحكيم",
    "Accept selected into gold": "اعتماد المحدد في الطبقة الذهبية", "Accept all agreed": "اعتماد كل المتفق عليه",
    "Remove from gold": "إزالة من الطبقة الذهبية", "Import order": "ترتيب الاستيراد",
    "Most disagreement first": "الأكثر اختلافًا أولًا", "Disagr.": "الاختلاف",
    "Disagreement = 1 − exact span F1 between the annotators of a document":
        "الاختلاف = 1 − مقياس F1 للتطابق التام بين مُعلِّمي المستند",
    "{count} annotators · disagreement {score} · disputed spans: {disputed}":
        "المُعلِّمون: {count} · الاختلاف {score} · مقاطع مختلف عليها: {disputed}",
    "not every annotator has this span": "لم يسم كل المُعلِّمين هذا المقطع",
    "accept into gold": "اعتماد في الطبقة الذهبية", "accept span into gold": "اعتماد مقطع في الطبقة الذهبية",
    "accept relation into gold": "اعتماد علاقة في الطبقة الذهبية",
    "accept all agreed spans": "اعتماد كل المقاطع المتفق عليها", "remove from gold": "إزالة من الطبقة الذهبية",
    # identity (ui/dialogs.py, ui/file_menu.py)
    "S&witch annotator…": "ت&بديل المُعلِّم…", "Switch annotator": "تبديل المُعلِّم",
    "Now annotating as {name}.": "تعمل الآن باسم {name}.",
    "Type a name: your spans are saved under it.": "اكتب اسمًا: تُحفظ مقاطعك باسمه.",
    "Still annotating as {name}.": "ما زلت تعمل باسم {name}.",
    # import and export (ui/file_menu.py, ui/export_dialog.py)
    "Any supported file (format guessed from the name)": "أي ملف مدعوم (تُستنتج الصيغة من الاسم)",
    "Checking for overlapping spans…": "جارٍ البحث عن مقاطع متداخلة…",
    "Spans would be left out": "ستُسقط بعض المقاطع",
    "{count} spans overlap a longer span: the {format} file would leave them out.":
        "مقاطع تتداخل مع مقطع أطول: {count}. سيُسقطها ملف {format}.",
    "{count} spans overlap a longer span: spaCy's doc.ents would leave them out.":
        "مقاطع تتداخل مع مقطع أطول: {count}. لن تضمها doc.ents في spaCy.",
    "Each token has one label in {format}.": "لكل وحدة وسم واحد في {format}.",
    "doc.spans still keeps every span.": "تبقى كل المقاطع في doc.spans.",
    "Left out, by label: {labels}": "المُسقَط حسب الوسم: {labels}",
    "Keep only entity labels ({labels})": "الإبقاء على وسوم الكيانات فقط ({labels})",
    "Export anyway": "التصدير على أي حال", "Export finished": "انتهى التصدير",
    "Exported {documents} documents, {spans} spans and {relations} relations ({format}).":
        "صُدِّر ({format}): المستندات {documents}، المقاطع {spans}، العلاقات {relations}.",
    "Written:": "كُتب:", "Left out:": "أُسقط:", "Nothing was left out.": "لم يُسقَط شيء.",
    "{count} spans that overlap a longer span (each token has one label in {format})":
        "مقاطع تتداخل مع مقطع أطول: {count} (لكل وحدة وسم واحد في {format})",
    "{count} spans holding no token (only spaces or invisible characters)":
        "مقاطع بلا وحدات (مسافات أو محارف غير مرئية فقط): {count}",
    "{count} spans left out of doc.ents: they overlap a longer span (doc.spans keeps all)":
        "مقاطع خارج doc.ents لتداخلها مع مقطع أطول: {count} (تحتفظ doc.spans بها كلها)",
    "{count} relations: {format} holds no relations": "علاقات: {count} (لا يحمل {format} علاقات)",
    # core messages E800-E801 (annotator/messages.py): the English templates are the keys
    "Isnad needs a name to save your spans under": "يحتاج إسناد إلى اسم ليحفظ مقاطعك باسمه",
    "type your name when Isnad asks for it, or start it with: isnad gui --annotator NAME":
        "اكتب اسمك حين يطلبه إسناد، أو شغّله بالأمر: isnad gui --annotator NAME",
    "cannot tell the format of {name} from its name": "تعذّرت معرفة صيغة {name} من اسمه",
    "choose the format in the Import dialog's file-type list, or name the file .txt, .jsonl, .json or .ann":
        "اختر الصيغة من قائمة أنواع الملفات في نافذة الاستيراد، أو سمِّ الملف بامتداد ‎.txt أو ‎.jsonl أو ‎.json أو ‎.ann",
}


def ts_text() -> str:
    messages = "".join(f"    <message>\n        <source>{escape(k)}</source>\n"
                       f"        <translation>{escape(v)}</translation>\n    </message>\n"
                       for k, v in ARABIC.items())
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">\n'
            f"<context>\n    <name>{CONTEXT}</name>\n{messages}</context>\n</TS>\n")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ts = OUT / "isnad_ar.ts"
    ts.write_text(ts_text(), encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run([lrelease, str(ts), "-qm", str(OUT / "isnad_ar.qm")], check=True)


if __name__ == "__main__":
    main()
