"""Write resources/translations/isnad_ar.ts from the tables below and compile it to .qm.

Run after changing interface strings or errors: python scripts/build_translations.py
Three contexts: "Isnad" (ARABIC: every tr("...") of ui/), "errors" (ERRORS: every template
of annotator/messages.py, keyed by its English text) and "terms" (TERMS: words errors take as
parameters, such as label kinds). tests/test_ui_i18n.py and tests/test_error_translations.py
fail when a string has no translation here.
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
LRI, PDI, NBSP = "\u2066", "\u2069", "\u00a0"

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
    "&Previous document": "المستند ال&سابق", "&Go to document…": "ال&انتقال إلى مستند…",
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
    "{title}\n{length} characters, SHA-256 {sha}…": "{title}\nعدد الأحرف: {length}، SHA-256 {sha}…",
    "new": "جديد", "in progress": "قيد العمل", "done": "منجز", "skipped": "متخطّى", "flagged": "للمراجعة",
    "Snap selections to whole words": "ضبط التحديد على كلمات كاملة",
    "No span selected": "لا مقطع محددًا", "Note (F2)": "ملاحظة (\u2066F2\u2069)", "Remove link": "إزالة الربط",
    # status bar
    " (read-only)": " (للقراءة فقط)", "no document": "لا مستند", " · READ-ONLY": " · للقراءة فقط",
    "Annotator: {name}": "المُعلِّم: {name}",
    "{count} more {label} spans (one undo step)": "مقاطع {label} أخرى: {count} (خطوة تراجع واحدة)",
    "1 more {label} span (one undo step)": "مقطع {label} آخر واحد (خطوة تراجع واحدة)",
    "Every occurrence of «{text}» is tagged {label} already.": "كل مواضع «{text}» موسومة بـ {label} من قبل.",
    "Click the span to link to (e.g. the claim's source); Esc: no link":
        "انقر المقطع المراد الربط به (مثل مصدر الادعاء)؛ \u2066Esc\u2069: بلا ربط",
    "No link made.": "لم يُنشأ ربط.",
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
    "1 span overlaps a longer span: the {format} file would leave it out.":
        "مقطع واحد يتداخل مع مقطع أطول: سيُسقطه ملف {format}.",
    "{count} spans overlap a longer span: spaCy's doc.ents would leave them out.":
        "مقاطع تتداخل مع مقطع أطول: {count}. لن تضمها doc.ents في spaCy.",
    "1 span overlaps a longer span: spaCy's doc.ents would leave it out.":
        "مقطع واحد يتداخل مع مقطع أطول: لن تضمه doc.ents في spaCy.",
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
    "1 span that overlaps a longer span (each token has one label in {format})":
        "مقطع واحد يتداخل مع مقطع أطول (لكل وحدة وسم واحد في {format})",
    "{count} spans holding no token (only spaces or invisible characters)":
        "مقاطع بلا وحدات (مسافات أو محارف غير مرئية فقط): {count}",
    "1 span holding no token (only spaces or invisible characters)":
        "مقطع واحد بلا وحدات (مسافات أو محارف غير مرئية فقط)",
    "{count} spans left out of doc.ents: they overlap a longer span (doc.spans keeps all)":
        "مقاطع خارج doc.ents لتداخلها مع مقطع أطول: {count} (تحتفظ doc.spans بها كلها)",
    "1 span left out of doc.ents: it overlaps a longer span (doc.spans keeps all)":
        "مقطع واحد خارج doc.ents لتداخله مع مقطع أطول (تحتفظ doc.spans بها كلها)",
    "{count} relations: {format} holds no relations": "علاقات: {count} (لا يحمل {format} علاقات)",
    "1 relation: {format} holds no relations": "علاقة واحدة (لا يحمل {format} علاقات)",
    # layers, proclitics, tag-all (ui/layers_panel.py, ui/layer_control.py, ui/proclitics.py, ui/actions.py)
    "Layers": "الطبقات", "La&yers": "ال&طبقات", "Layers &panel": "&لوحة الطبقات",
    "{layer} ({count} here)": "{layer} ({count} هنا)",
    "Copy all of this layer into mine": "نسخ كل هذه الطبقة إلى طبقتي",
    "Every span of the selected layer in this document, one undo step":
        "كل مقاطع الطبقة المحددة في هذا المستند، بخطوة تراجع واحدة",
    "Shown layers are outlined and read-only: click a span, then Enter copies it into yours.":
        "الطبقات المعروضة محددة بإطار وللقراءة فقط: انقر مقطعًا ثم اضغط \u2066Enter\u2069 لنسخه إلى طبقتك.",
    "No other layer yet. Imported annotations, suggestions (Layers > Recommenders) and other annotators' work are "
    "listed here, to show beside yours.":
        "لا طبقة أخرى بعد. تُدرَج هنا التوسيمات المستوردة والاقتراحات (الطبقات > المُقترِحات) وعمل المُعلِّمين "
        "الآخرين، لتُعرَض بجانب طبقتك.",
    # Help > Keys and mouse (ui/key_help.py)
    "&Keys and mouse": "ال&مفاتيح والفأرة", "Keys and mouse": "المفاتيح والفأرة", "Type to filter": "اكتب للتصفية",
    "Keys": "المفاتيح", "Action": "العمل",
    "drag": "سحب", "select the words passed over (snapped to whole words)": "تحديد الكلمات التي مرّ عليها (كلمات كاملة)",
    "double-click": "نقر مزدوج", "select a word": "تحديد كلمة",
    "triple-click": "نقر ثلاثي", "select a sentence": "تحديد جملة",
    "Shift+click, Shift+arrows": "\u2066Shift\u2069+نقر، \u2066Shift\u2069+الأسهم", "extend the selection": "توسيع التحديد",
    "click, Tab / Shift+Tab": "نقر، \u2066Tab / Shift+Tab\u2069",
    "select a span / go through my spans": "تحديد مقطع / التنقل بين مقاطعي",
    "drag from a span's underline or name to another span; Ctrl+click":
        "السحب من خط المقطع أو اسمه إلى مقطع آخر؛ \u2066Ctrl\u2069+نقر",
    "link the two spans": "ربط المقطعين",
    "move the selected span's end (in reading order)": "تحريك نهاية المقطع المحدد (بترتيب القراءة)",
    "move the selected span's start earlier / later": "تحريك بداية المقطع المحدد إلى الوراء / الأمام",
    "copy the selected span of a shown layer into mine (a suggestion: accept it)":
        "نسخ المقطع المحدد من طبقة معروضة إلى طبقتي (الاقتراح: قبوله)",
    "accept every suggestion with the selected suggestion's label": "قبول كل الاقتراحات ذات وسم الاقتراح المحدد",
    "copy the selected words": "نسخ الكلمات المحددة",
    "right-click, Menu key": "نقر بالزر الأيمن، مفتاح القائمة",
    "Ctrl+wheel": "\u2066Ctrl\u2069+عجلة الفأرة", "larger / smaller text": "نص أكبر / أصغر",
    "what these keys do to the span there or to the selection": "ما تفعله هذه المفاتيح بالمقطع هناك أو بالتحديد",
    "tag the selection {label} (or relabel the selected span)": "وسم التحديد بـ {label} (أو تغيير وسم المقطع المحدد)",
    "&Copy the selected span into my layer": "&نسخ المقطع المحدد إلى طبقتي",
    "&Reject the selected suggestion": "&رفض الاقتراح المحدد",
    "Accept the selected suggestion &with its links and their spans":
        "قبول الاقتراح المحدد &مع روابطه ومقاطعها",
    "&Accept every suggestion with its label": "&قبول كل الاقتراحات ذات وسمه",
    "&Next span of a shown layer": "المقطع ال&تالي من طبقة معروضة",
    "&Previous span of a shown layer": "المقطع ال&سابق من طبقة معروضة",
    "Copy all of the selected span's &layer into mine": "نسخ كل &طبقة المقطع المحدد إلى طبقتي",
    # find in the article (ui/find_bar.py, ui/actions.py)
    "&Find in the article…": "&بحث في المقال…", "Find &next": "النتيجة ال&تالية", "Find &previous": "النتيجة ال&سابقة",
    "Find in the article (harakat ignored, alef and ya forms alike)":
        "ابحث في المقال (تُهمَل الحركات، وتتساوى صور الألف والياء)",
    "Previous hit (Shift+Enter, Shift+F3)": "النتيجة السابقة (\u2066Shift+Enter\u2069، \u2066Shift+F3\u2069)",
    "Next hit (Enter, F3)": "النتيجة التالية (\u2066Enter\u2069، \u2066F3\u2069)",
    "Close (Esc): keys go back to the article": "إغلاق (\u2066Esc\u2069): تعود المفاتيح إلى المقال",
    "no hit": "لا نتيجة", "1 hit": "نتيجة واحدة", "{n} hits": "النتائج: {n}", "{k} of {n}": "{k} من {n}",
    "Links join spans of your own layer: Enter copies the selected span into yours, then draw the link again.":
        "تربط الروابط مقاطع طبقتك وحدها: اضغط \u2066Enter\u2069 لنسخ المقطع المحدد إلى طبقتك، ثم ارسم الرابط من جديد.",
    "Another layer's span is read-only: Enter copies it into yours.":
        "مقطع الطبقة الأخرى للقراءة فقط: اضغط \u2066Enter\u2069 لنسخه إلى طبقتك.",
    "{layer}: {label} {text} (read-only; Enter copies it into your layer)":
        "{layer}: {label} {text} (للقراءة فقط؛ اضغط \u2066Enter\u2069 لنسخه إلى طبقتك)",
    "Trim or restore a &proclitic (و ف ب ل ك ال) at the span's start":
        "حذف أو إعادة &سابقة (و ف ب ل ك ال) في بداية المقطع",
    "This {label} {new} nests with the {label} {old}: Ctrl+Z undoes it, Ctrl+T trims a proclitic.":
        "هذا الـ{label} {new} متداخل مع الـ{label} {old}: \u2066Ctrl+Z\u2069 للتراجع، و\u2066Ctrl+T\u2069 لحذف سابقة.",
    "Dismiss": "إغلاق", "Tagging every occurrence…": "جارٍ وسم كل المواضع…",
    "Saving {count} spans…": "جارٍ حفظ المقاطع ({count})…", "{count} documents read": "المستندات المقروءة: {count}", "Drawing…": "جارٍ الرسم…",
    "No document yet: File > Import documents… (Ctrl+I), or drop articles (.txt, .jsonl, brat .ann) on the window.":
        "لا مستند بعد: ملف > استيراد مستندات… (\u2066Ctrl+I\u2069)، أو أفلت على النافذة ملفات المقالات (txt أو jsonl أو ann من brat).",
    "Edit the selected span's &note": "تحرير &ملاحظة المقطع المحدد",
    "Select one of your spans first: its note is typed below the spans.": "حدد أولًا مقطعًا من مقاطعك: تُكتب ملاحظته تحت قائمة المقاطع.",
    # the article's context menu (ui/article_menu.py)
    "Tag as": "وسم بـ", "Relabel": "تغيير الوسم إلى", "Copy the words": "نسخ الكلمات",
    "Remove link: {type} {label} {text}": "إزالة الربط: {type} {label} {text}",
    "Link to: {type} {label} {text}": "ربط بـ: {type} {label} {text}",
    "Accept the link: {type} {label} {text}": "قبول الربط: {type} {label} {text}",
    "Select some words first (drag, double-click or Shift+arrows), then press the label's key.":
        "حدد كلمات أولًا (بالسحب أو النقر المزدوج أو \u2066Shift\u2069 مع الأسهم)، ثم اضغط مفتاح الوسم.",
    "Select one of your spans first (click it, or Tab).": "حدد أولًا مقطعًا من مقاطعك (انقره، أو \u2066Tab\u2069).",
    "Select the span to link first (click it, or Tab), then L.":
        "حدد أولًا المقطع المراد ربطه (انقره، أو \u2066Tab\u2069)، ثم \u2066L\u2069.",
    # suggestions (ui/recommenders_dialog.py, ui/actions.py)
    "Recommenders": "المُقترِحات", "Re&commenders…": "ال&مُقترِحات…",
    "&Suggest again for this document": "ا&قترح من جديد لهذا المستند",
    "Lexicon: every string already tagged in this project": "المعجم: كل نص وُسم من قبل في هذا المشروع",
    "Attribution: Arabic reported speech (cues, sources, claims)": "الإسناد: الكلام المنقول في العربية (القرائن والمصادر والادعاءات)",
    "Models, one per line:": "النماذج، واحد في كل سطر:", "Add a spaCy model folder…": "إضافة مجلد نموذج spaCy…",
    "Suggestions appear outlined when a document opens: Enter accepts, Delete rejects, F8 goes on.":
        "تظهر الاقتراحات بإطار عند فتح المستند: \u2066Enter\u2069 للقبول، \u2066Delete\u2069 للرفض، \u2066F8\u2069 للتالي.",
    # errors in the window (ui/error_text.py)
    "Isnad": "إسناد", "File: {where}": "الملف: {where}", "Error {code}": "الخطأ {code}", "{what}. {todo}.": "{what}. {todo}.",
    # issue 14: read-only projects and a busy project (ui/main_window.py)
    "Read-only disk or folder: read and export only. To annotate, copy the project elsewhere.":
        "قرص أو مجلد للقراءة فقط: القراءة والتصدير فحسب. لتوسيم المشروع انسخه إلى مكان آخر.",
    "Open read-only (another window edits this project): read and export only.":
        "مفتوح للقراءة فقط (نافذة أخرى تعدِّل هذا المشروع): القراءة والتصدير فحسب.",
    "The project is busy (another program writes to it): your changes are saved once it is free.":
        "المشروع مشغول (برنامج آخر يكتب فيه): تُحفظ تغييراتك حالما يفرغ.",
    # issue 16: Help > About (ui/about.py)
    "&Help": "&مساعدة", "&About Isnad": "&عن إسناد", "About Isnad": "عن إسناد", "Isnad {version}": "إسناد {version}",
    "Annotate Arabic news: entities, claims, sources and who said what.":
        "وسم الأخبار العربية: الكيانات والادعاءات والمصادر ومن قال ماذا.",
    "Licence: MIT. Built with Qt for Python (PySide6, LGPL v3).":
        "الترخيص: \u2066MIT\u2069. مبني بـ \u2066Qt for Python (PySide6, LGPL v3)\u2069.",
    "The sample article: CC BY-SA 4.0 (resources/sample). The bundled fonts and their licences:":
        "المقال النموذجي: \u2066CC BY-SA 4.0\u2069 (\u2066resources/sample\u2069). الخطوط المرفقة وتراخيصها:",
    # File > Import: a file that is not UTF-8 and whose encoding Isnad cannot tell (issue 15)
    "{name} is not UTF-8, and Isnad cannot tell its encoding. Read it as:":
        "الملف {name} ليس بترميز \u2066UTF-8\u2069، ولا يستطيع إسناد معرفة ترميزه. اقرأه بترميز:",
    # issue 12: the password of a project on a server (ui/dialogs.py)
    "Server password": "كلمة مرور الخادم", "Password of {user} (not saved):": "كلمة مرور {user} (لا تُحفظ):",
}

# -- the error catalogue (annotator/messages.py), keyed by the English templates ------------
# `...` marks code, commands and file names: written as left-to-right isolates (LRI...PDI) so
# they keep their order inside Arabic. {names} are the parameters, isolated when filled in.
ERRORS = {
    # E1xx editing
    "the label '{label}' is not in the project's schema": "الوسم «{label}» ليس في مخطط المشروع",
    "use one of: {known}": "استخدم واحدًا مما يلي: {known}",
    "span [{start}, {end}) does not fit the document (0..{length}) or is empty":
        "المقطع `[{start}, {end})` لا يقع داخل المستند (`0..{length}`) أو أنه فارغ",
    "select at least one character inside the text": "حدِّد حرفًا واحدًا على الأقل داخل النص",
    "no span '{span_id}'": "لا يوجد مقطع «{span_id}»",
    "it may have been deleted; refresh the view": "ربما حُذف؛ حدِّث العرض",
    "the relation type '{type}' is not in the project's schema": "نوع العلاقة «{type}» ليس في مخطط المشروع",
    "'{type}' cannot go from a {kind} span": "لا يمكن أن تبدأ العلاقة «{type}» من مقطع من نوع {kind}",
    "its from end must be a {allowed} span": "يجب أن يكون طرفها الأول مقطعًا من نوع {allowed}",
    "'{type}' cannot go to a {kind} span": "لا يمكن أن تنتهي العلاقة «{type}» إلى مقطع من نوع {kind}",
    "its to end must be a {allowed} span": "يجب أن يكون طرفها الثاني مقطعًا من نوع {allowed}",
    "unknown status '{status}'": "حالة غير معروفة: «{status}»",
    "the relation's spans no longer exist": "لم تعد مقاطع العلاقة موجودة",
    "refresh the view": "حدِّث العرض",
    "no relation type links a {first} span and a {second} span": "لا يوجد نوع علاقة يربط مقطع {first} بمقطع {second}",
    "select two spans whose labels a relation type joins (in the default schema: a CLAIM and its SOURCE, or a CUE "
    "and its CLAIM)": "حدِّد مقطعين يربط بين وسميهما نوعُ علاقة (في المخطط الافتراضي: ادعاء `CLAIM` ومصدره "
                      "`SOURCE`، أو قرينة `CUE` وادعاؤها `CLAIM`)",
    # E2xx projects and schemas
    "{file} already exists": "{file} موجود بالفعل",
    "choose a new file name, or open the existing project": "اختر اسم ملف جديدًا، أو افتح المشروع الموجود",
    "the folder {folder} does not exist": "المجلد {folder} غير موجود",
    "create it first or choose another place": "أنشئه أولًا أو اختر مكانًا آخر",
    "no project file at {file}": "لا يوجد ملف مشروع في {file}",
    "check the path, or create one with 'isnad init'": "تحقَّق من المسار، أو أنشئ مشروعًا بالأمر `isnad init`",
    "{name} is already open in another Isnad window": "{name} مفتوح بالفعل في نافذة أخرى من إسناد",
    "switch to that window, or open this project read-only": "انتقل إلى تلك النافذة، أو افتح هذا المشروع للقراءة فقط",
    "this project is open read-only": "هذا المشروع مفتوح للقراءة فقط",
    "close it and open it again for editing": "أغلقه ثم افتحه مجددًا للتحرير",
    "no document '{doc_id}' in this project": "لا يوجد مستند «{doc_id}» في هذا المشروع",
    "list the documents with 'isnad ls PROJECT'": "اعرض قائمة المستندات بالأمر `isnad ls PROJECT`",
    "'{ref}' is the start of more than one document's SHA-256": "«{ref}» بداية بصمة `SHA-256` لأكثر من مستند",
    "give more characters of the SHA-256, or the document id": "اكتب مزيدًا من أحرف بصمة `SHA-256`، أو معرِّف المستند",
    "no document with id or SHA-256 prefix '{ref}'": "لا يوجد مستند معرِّفه أو بداية بصمته `SHA-256` هي «{ref}»",
    "list the documents and their ids with 'isnad ls PROJECT'":
        "اعرض المستندات ومعرِّفاتها بالأمر `isnad ls PROJECT`",
    "{name} was made by a newer Isnad (project version {version}, this Isnad reads up to {supported})":
        "أُنشئ {name} بإصدار أحدث من إسناد (إصدار المشروع {version}، وهذا الإصدار يقرأ حتى {supported})",
    "update Isnad to open this project": "حدِّث إسناد لتفتح هذا المشروع",
    "the project refused the change ({detail})": "رفض المشروع التغيير ({detail})",
    "this is a bug if you did not edit the file by hand; please report it":
        "هذا خلل في البرنامج إن لم تعدِّل الملف يدويًّا؛ يُرجى الإبلاغ عنه",
    "the project file is busy (another program is writing to it)": "ملف المشروع مشغول (برنامج آخر يكتب فيه)",
    "wait until it finishes, then try again": "انتظر حتى ينتهي، ثم أعد المحاولة",
    "{name} or its folder is read-only (the project could not be written)":
        "{name} أو مجلده للقراءة فقط (تعذَّرت الكتابة في المشروع)",
    "make the file and its folder writable, or work on a copy": "اجعل الملف ومجلده قابلَين للكتابة، أو اعمل على نسخة منه",
    "{name} is not an Isnad project file": "{name} ليس ملف مشروع من مشاريع إسناد",
    "open a .isnad file made with 'isnad init' or File > New":
        "افتح ملف `.isnad` أُنشئ بالأمر `isnad init` أو من «ملف ‹ مشروع جديد»",
    "{name} is not an Isnad project file ({detail})": "{name} ليس ملف مشروع من مشاريع إسناد ({detail})",
    "{name} is damaged or unreadable ({detail})": "{name} تالف أو تتعذَّر قراءته ({detail})",
    "restore it from a backup or a native JSONL export; 'PRAGMA integrity_check' shows details":
        "استعِده من نسخة احتياطية أو من تصدير `JSONL` الأصلي؛ ويعرض `PRAGMA integrity_check` التفاصيل",
    "cannot read the schema file ({reason})": "تتعذَّر قراءة ملف المخطط ({reason})",
    "check the path given to --schema": "تحقَّق من المسار المعطى للخيار `--schema`",
    "the schema file is not valid {syntax}: {detail}": "ملف المخطط ليس بصيغة {syntax} صحيحة: {detail}",
    "fix the syntax; resources/schemas/news-attribution.toml is an example":
        "صحِّح الصياغة؛ والملف `resources/schemas/news-attribution.toml` مثال عليها",
    "a label or relation type is malformed ({detail})": "وسم أو نوع علاقة مكتوب بصورة غير صحيحة ({detail})",
    "fix that entry: every label needs a name; resources/schemas/news-attribution.toml shows the expected form":
        "صحِّح هذا المُدخل: لا بد لكل وسم من اسم؛ ويبيِّن الملف `resources/schemas/news-attribution.toml` "
        "الصورة المتوقَّعة",
    "labels defined twice: {labels}": "وسوم معرَّفة مرتين: {labels}",
    "keep one definition of each": "أبقِ تعريفًا واحدًا لكل منها",
    "unknown kind for {labels}": "نوع غير معروف للوسوم {labels}",
    "use one of {kinds}": "استخدم أحد الأنواع: {kinds}",
    # E3xx import
    "unknown encoding '{encoding}'": "ترميز غير معروف: «{encoding}»",
    "use a Python codec name such as utf-8, utf-16 or cp1256":
        "استخدم اسم ترميز من ترميزات بايثون مثل `utf-8` أو `utf-16` أو `cp1256`",
    "not valid {encoding} at byte {byte} (line {line_number}): {sample}":
        "النص ليس بترميز {encoding} صحيح عند البايت {byte} (السطر {line_number}): {sample}",
    "save the file as UTF-8, or pass --encoding cp1256 for Windows Arabic files":
        "احفظ الملف بترميز `UTF-8`، أو مرِّر `--encoding cp1256` لملفات ويندوز العربية",
    "the text contains a NUL character at character {position}": "يحتوي النص على المحرف `NUL` في الموضع {position}",
    "if the file is UTF-16 without a byte-order mark, pass --encoding utf-16-le (or utf-16-be); otherwise remove it "
    "from the source file": "إن كان الملف بترميز `UTF-16` دون علامة ترتيب البايتات فمرِّر `--encoding utf-16-le` "
                            "(أو `utf-16-be`)؛ وإلا فاحذفه من الملف المصدر",
    "the text contains a lone surrogate U+{code} at character {position}":
        "يحتوي النص على بديل منفرد `U+{code}` في الموضع {position}",
    "remove it from the source file and import again": "احذفه من الملف المصدر ثم أعد الاستيراد",
    "the document's text is empty": "نص المستند فارغ",
    "give every document some text, or leave it out": "أعطِ كل مستند نصًّا، أو استبعده",
    "span offsets must be integers, got {start}, {end}": "يجب أن تكون إزاحتا المقطع عددين صحيحين، لكنهما {start} و{end}",
    "write start and end as code-point indexes into the text": "اكتب البداية والنهاية موضعين بنقاط الترميز في النص",
    "span [{start}, {end}) ({label}) is outside the text (length {length}) or empty":
        "المقطع `[{start}, {end})` ({label}) خارج النص (طوله {length}) أو أنه فارغ",
    "offsets are code points into 'text', half-open, with start < end":
        "الإزاحات نقاط ترميز في الحقل `text`، والمجال نصف مفتوح، والبداية أصغر من النهاية",
    "span [{start}, {end}) covers only a byte-order mark or the \\r of a \\r\\n line end, which Isnad drops from the "
    "text": "المقطع `[{start}, {end})` لا يغطي إلا علامة ترتيب البايتات أو المحرف `\\r` من نهاية السطر `\\r\\n`، "
            "وكلاهما يحذفه إسناد من النص",
    "remove that span or widen it to cover real text": "احذف هذا المقطع أو وسِّعه ليغطي نصًّا فعليًّا",
    "the span id '{span_id}' is given twice for different spans": "معرِّف المقطع «{span_id}» معطًى مرتين لمقطعين مختلفين",
    "give each span its own id (or none: Isnad then makes one)":
        "أعطِ كل مقطع معرِّفًا خاصًّا به (أو لا تعطه معرِّفًا فيُنشئ له إسناد واحدًا)",
    "the label '{name}' is not in the project's schema (unknown: {unknown})":
        "الوسم «{name}» ليس في مخطط المشروع (غير المعروف: {unknown})",
    "add it to the schema, or pass --add-labels to add unknown labels":
        "أضفه إلى المخطط، أو مرِّر `--add-labels` لإضافة الوسوم غير المعروفة",
    "the relation type '{name}' is not in the project's schema (unknown: {unknown})":
        "نوع العلاقة «{name}» ليس في مخطط المشروع (غير المعروف: {unknown})",
    "the id '{id}' already names one of the project's spans in another document":
        "المعرِّف «{id}» مستعمل بالفعل لمقطع من مقاطع المشروع في مستند آخر",
    "give this one its own id (or none: Isnad then makes one)":
        "أعطِ هذا معرِّفًا خاصًّا به (أو لا تعطه معرِّفًا فيُنشئ له إسناد واحدًا)",
    "the id '{id}' already names one of the project's relations in another document":
        "المعرِّف «{id}» مستعمل بالفعل لعلاقة من علاقات المشروع في مستند آخر",
    "a relation points to span '{span_id}', which does not exist": "تشير علاقة إلى المقطع «{span_id}»، وهو غير موجود",
    "give that span in the same document's 'spans', or fix the relation's 'from'/'to'":
        "أضف هذا المقطع إلى الحقل `spans` في المستند نفسه، أو صحِّح الحقلين `from` و`to` في العلاقة",
    "a relation links span '{span_id}' of another document": "تربط علاقةٌ المقطعَ «{span_id}» من مستند آخر",
    "relations join spans of one document; give both ends in the same line":
        "العلاقات تربط مقاطع مستند واحد؛ اذكر طرفيها في السطر نفسه",
    "no .txt files in the folder {folder}": "لا توجد ملفات `.txt` في المجلد {folder}",
    "point at a folder that holds .txt articles": "اختر مجلدًا يحوي مقالات بصيغة `.txt`",
    "the file is empty": "الملف فارغ",
    "remove it from the import or add the article's text": "استبعده من الاستيراد أو أضف نص المقالة",
    "line {number} is not valid JSON ({error} at column {column})":
        "السطر {number} ليس `JSON` صحيحًا ({error} عند العمود {column})",
    "fix or remove that line; each line must hold one JSON object":
        "صحِّح هذا السطر أو احذفه؛ يجب أن يحوي كل سطر كائن `JSON` واحدًا",
    "line {number} is not valid JSON ({error} at column {column}) — the file looks truncated":
        "السطر {number} ليس `JSON` صحيحًا ({error} عند العمود {column}) — يبدو أن الملف مبتور",
    "the line has no string field 'text'": "ليس في السطر حقل نصي باسم `text`",
    'each line must be an object like {{"text": "...", "spans": [...]}}':
        'يجب أن يكون كل سطر كائنًا مثل `{{"text": "...", "spans": [...]}}`',
    "this looks like doccano JSONL ('entities' or a 'label' list, no 'spans'); read as native JSONL its annotations "
    "would be lost": "يبدو هذا بصيغة `JSONL` الخاصة بـ `doccano` (فيه `entities` أو قائمة `label`، وليس فيه `spans`)؛ "
                     "ولو قُرئ بصيغة `JSONL` الأصلية لضاعت توسيماته",
    "import it with --format doccano (isnad import PROJECT FILE --format doccano)":
        "استورده بالخيار `--format doccano` (`isnad import PROJECT FILE --format doccano`)",
    "a span lacks start, end or label: {span}": "مقطع ينقصه `start` أو `end` أو `label`: {span}",
    'write spans as {{"start": 0, "end": 4, "label": "PER"}}': 'اكتب المقاطع هكذا: `{{"start": 0, "end": 4, "label": "PER"}}`',
    "span [{start}, {end}) covers {covered} but its 'text' says {given}":
        "المقطع `[{start}, {end})` يغطي {covered} لكن حقله `text` يقول {given}",
    "offsets must be code points into 'text' (not bytes or UTF-16 units); fix them or drop the span's 'text'":
        "يجب أن تكون الإزاحات نقاط ترميز في الحقل `text` (لا بايتات ولا وحدات `UTF-16`)؛ صحِّحها أو احذف "
        "الحقل `text` من المقطع",
    "a relation lacks from, to or type: {relation}": "علاقة ينقصها `from` أو `to` أو `type`: {relation}",
    'write relations as {{"from": span id, "to": span id, "type": "attributed_to"}}':
        'اكتب العلاقات هكذا: `{{"from": span id, "to": span id, "type": "attributed_to"}}`',
    "a relation lacks from, to or type: {relation} — from_id/to_id are doccano's keys":
        "علاقة ينقصها `from` أو `to` أو `type`: {relation} — والمفتاحان `from_id/to_id` من مفاتيح `doccano`",
    "'{key}' must be a list": "يجب أن يكون «{key}» قائمة",
    "write '{key}' as a JSON array": "اكتب «{key}» مصفوفةَ `JSON`",
    "'{key}' must be an object": "يجب أن يكون «{key}» كائنًا",
    "write '{key}' as a JSON object": "اكتب «{key}» كائنَ `JSON`",
    "the document has no text": "ليس للمستند نص",
    "give every document a text string": "أعطِ كل مستند نصًّا",
    "span {span} has offsets {offsets}, which are not both integers":
        "إزاحتا المقطع {span} هما {offsets}، وليستا كلتاهما عددين صحيحين",
    "offsets are integers counting code points (not true/false, strings or null)":
        "الإزاحات أعداد صحيحة تعدّ نقاط الترميز (لا `true/false` ولا سلاسل نصية ولا `null`)",
    "span {span} [{start}, {end}) lies outside the text of {length} characters or is empty":
        "المقطع {span} `[{start}, {end})` يقع خارج النص (عدد أحرفه {length}) أو أنه فارغ",
    "fix the offsets: 0 <= start < end <= text length, in code points":
        "صحِّح الإزاحات: `0 <= start < end <= text length`، بنقاط الترميز",
    "span {span} says {given} but the text at [{start}, {end}) is {covered}":
        "المقطع {span} يذكر {given} لكن النص في `[{start}, {end})` هو {covered}",
    "the offsets must count Unicode code points of this very text; fix the file":
        "يجب أن تعدّ الإزاحات نقاط ترميز يونيكود في هذا النص نفسه؛ صحِّح الملف",
    "span {span}: the label must be a non-empty string, not {actual}":
        "المقطع {span}: يجب أن يكون الوسم نصًّا غير فارغ، لا {actual}",
    'give every span a label such as "PER"': 'أعطِ كل مقطع وسمًا مثل `"PER"`',
    "relation {relation}: the type must be a non-empty string, not {actual}":
        "العلاقة {relation}: يجب أن يكون النوع نصًّا غير فارغ، لا {actual}",
    'give every relation a type such as "attributed_to"': 'أعطِ كل علاقة نوعًا مثل `"attributed_to"`',
    "relation {relation} points to span {span}, which does not exist": "تشير العلاقة {relation} إلى المقطع {span}، وهو غير موجود",
    "link only spans defined in the same document": "لا تربط إلا مقاطع معرَّفة في المستند نفسه",
    "this is a folder, not a file": "هذا مجلد لا ملف",
    "give the path of {kind}": "أعطِ مسار {kind}",
    "cannot read the file ({reason})": "تتعذَّر قراءة الملف ({reason})",
    "check that it exists and that you may read it": "تحقَّق من وجوده ومن أن لك إذنًا بقراءته",
    "invalid JSON ({error}, column {column})": "`JSON` غير صحيح ({error}، العمود {column})",
    "fix this line; each line must be one JSON object": "صحِّح هذا السطر؛ يجب أن يكون كل سطر كائن `JSON` واحدًا",
    "this is not a JSON array of tasks": "هذه ليست مصفوفة `JSON` من المهام",
    "export tasks as JSON from the tool": "صدِّر المهام بصيغة `JSON` من الأداة",
    "fix the JSON syntax": "صحِّح صياغة `JSON`",
    "more JSON follows the end of the tasks (several values in one file?)":
        "يلي نهايةَ المهام مزيدٌ من `JSON` (أأكثر من قيمة في ملف واحد؟)",
    "keep one JSON array of tasks per file: join the arrays or remove the extra text":
        "أبقِ مصفوفة `JSON` واحدة من المهام في كل ملف: ادمج المصفوفات أو احذف النص الزائد",
    "{name} must be {kind}, not {actual}": "يجب أن يكون {name} {kind}، لا {actual}",
    "write {name} as {kind}": "اكتب {name} {kind}",
    "this line is not a doccano document with a text": "هذا السطر ليس مستند `doccano` فيه نص",
    'each line must look like {{"text": ..., "entities": [{{"id", "label", "start_offset", "end_offset"}}]}}':
        'يجب أن يكون كل سطر مثل `{{"text": ..., "entities": [{{"id", "label", "start_offset", "end_offset"}}]}}`',
    "a span or relation lacks a field or is malformed ({error})":
        "مقطع أو علاقة ينقصه حقل أو أنه مكتوب بصورة غير صحيحة ({error})",
    "this task has no data.text": "ليس في هذه المهمة الحقل `data.text`",
    'a task looks like {{"data": {{"text": ...}}, "annotations": [{{"result": [...]}}]}}':
        'تكون المهمة هكذا: `{{"data": {{"text": ...}}, "annotations": [{{"result": [...]}}]}}`',
    "an annotation has no result list": "توسيم ليس فيه قائمة `result`",
    "a result lacks a field or is malformed ({error})": "نتيجة ينقصها حقل أو أنها مكتوبة بصورة غير صحيحة ({error})",
    "labels results need id and value.start/end/labels; relations need from_id/to_id":
        "نتائج الوسوم تحتاج إلى `id` و`value.start/end/labels`؛ والعلاقات تحتاج إلى `from_id/to_id`",
    "{name} is neither a brat folder nor a .ann/.txt file": "{name} ليس مجلد `brat` ولا ملف `.ann/.txt`",
    "pass the folder holding NAME.txt and NAME.ann files": "مرِّر المجلد الذي يحوي ملفات `NAME.txt` و`NAME.ann`",
    "{file} leads outside the folder being imported ({top})": "{file} يؤدي إلى خارج المجلد الجاري استيراده ({top})",
    "copy the files into the folder instead of linking them": "انسخ الملفات إلى المجلد بدلًا من ربطها",
    "{ann} has no {txt} beside it": "لا يوجد بجانب {ann} ملف {txt}",
    "put the document text, byte for byte, in a .txt of the same name":
        "ضع نص المستند، بايتًا ببايت، في ملف `.txt` بالاسم نفسه",
    "{txt} has no {ann} beside it": "لا يوجد بجانب {txt} ملف {ann}",
    "pass the folder, or create an empty .ann": "مرِّر المجلد، أو أنشئ ملف `.ann` فارغًا",
    "cannot read this text-bound annotation": "تتعذَّر قراءة هذا التوسيم المرتبط بالنص",
    "write it as T1<TAB>LABEL START END<TAB>text": "اكتبه هكذا: `T1<TAB>LABEL START END<TAB>text`",
    "cannot read this text-bound annotation (discontinuous spans are not supported)":
        "تتعذَّر قراءة هذا التوسيم المرتبط بالنص (المقاطع المتقطعة غير مدعومة)",
    "cannot read this relation": "تتعذَّر قراءة هذه العلاقة",
    "write it as R1<TAB>TYPE Arg1:T1 Arg2:T2": "اكتبها هكذا: `R1<TAB>TYPE Arg1:T1 Arg2:T2`",
    "this attribute does not name a span defined above ({body})": "هذه الخاصية لا تسمّي مقطعًا معرَّفًا أعلاه ({body})",
    "write it as A1<TAB>NAME T1 [VALUE] after the T line": "اكتبها هكذا: `A1<TAB>NAME T1 [VALUE]` بعد السطر `T`",
    "'{kind}' annotations (events, normalisations, equivalences) cannot be imported":
        "لا يمكن استيراد توسيمات «{kind}» (الأحداث والتوحيدات والتكافؤات)",
    "remove those lines or keep only T, R, A and # lines": "احذف تلك الأسطر أو أبقِ أسطر `T` و`R` و`A` و`#` وحدها",
    # E4xx export
    "no format '{name}' can read files": "لا توجد صيغة باسم «{name}» تقرأ الملفات",
    "no format '{name}' can write files": "لا توجد صيغة باسم «{name}» تكتب الملفات",
    "cannot tell the format of {name} from its name": "تتعذَّر معرفة صيغة {name} من اسمه",
    "pass --format (e.g. --format jsonl), or use .txt / .jsonl files":
        "مرِّر الخيار `--format` (مثل `--format jsonl`)، أو استخدم ملفات `.txt` أو `.jsonl`",
    "create it or choose another output path": "أنشئه أو اختر مسار إخراج آخر",
    "{out} is a database (an Isnad project?), which an export never overwrites":
        "{out} قاعدة بيانات (مشروع إسناد؟)، ولا يكتب التصدير فوقها أبدًا",
    "give the export its own file name, e.g. export.jsonl": "أعطِ التصدير اسم ملف خاصًّا به، مثل `export.jsonl`",
    "{out} is not a regular file (a device or pipe)": "{out} ليس ملفًا عاديًّا (بل جهاز أو أنبوب)",
    "give a file path with -o": "أعطِ مسار ملف بالخيار `-o`",
    "{out} is a folder, but this export writes one file": "{out} مجلد، لكن هذا التصدير يكتب ملفًا واحدًا",
    "{out} is a file, but this export writes a folder": "{out} ملف، لكن هذا التصدير يكتب مجلدًا",
    "give the path of a new folder with -o": "أعطِ مسار مجلد جديد بالخيار `-o`",
    "{out} is a folder holding other files than an earlier export of this kind":
        "{out} مجلد فيه ملفات غير تصدير سابق من هذا النوع",
    "choose a new or empty folder for the export": "اختر مجلدًا جديدًا أو فارغًا للتصدير",
    "spaCy is not installed, so no .spacy file can be written": "مكتبة `spaCy` غير مثبَّتة، فلا يمكن كتابة ملف `.spacy`",
    "install it with: pip install 'isnad[spacy]' (from a checkout: pip install '.[spacy]')":
        "ثبِّتها بالأمر: `pip install 'isnad[spacy]'` (من نسخة المصدر: `pip install '.[spacy]'`)",
    "split ratios must be non-negative numbers with a positive sum: {splits}":
        "يجب أن تكون نسب التقسيم أعدادًا غير سالبة مجموعها موجب: {splits}",
    "write them like train=0.8,dev=0.1,test=0.1": "اكتبها هكذا: `train=0.8,dev=0.1,test=0.1`",
    "the split name '{name}' is not a plain name": "اسم القسم «{name}» ليس اسمًا بسيطًا",
    "use letters, digits, - and _ only, e.g. train=0.8,dev=0.1,test=0.1":
        "استخدم الحروف والأرقام و`-` و`_` فقط، مثل `train=0.8,dev=0.1,test=0.1`",
    "the split '{name}' is given twice": "القسم «{name}» مذكور مرتين",
    "name each split once": "اذكر كل قسم مرة واحدة",
    "cannot read the split '{part}'": "تتعذَّر قراءة القسم «{part}»",
    "write splits like train=0.8,dev=0.1,test=0.1": "اكتب الأقسام هكذا: `train=0.8,dev=0.1,test=0.1`",
    "cannot read the renaming '{pair}'": "تتعذَّر قراءة إعادة التسمية «{pair}»",
    "write it as OLD=NEW, e.g. PERS=PER": "اكتبها بالصورة `OLD=NEW`، مثل `PERS=PER`",
    "no output path": "لا يوجد مسار إخراج",
    "type one or press Choose…": "اكتب مسارًا أو اضغط «اختر…»",
    "no layer is ticked": "لم تُحدَّد أي طبقة",
    "tick at least one layer, or all of them to keep everything": "حدِّد طبقة واحدة على الأقل، أو حدِّدها كلها لتُبقي على كل شيء",
    "no status is ticked": "لم تُحدَّد أي حالة",
    "tick at least one status, or all of them to keep everything": "حدِّد حالة واحدة على الأقل، أو حدِّدها كلها لتُبقي على كل شيء",
    "no label is ticked": "لم يُحدَّد أي وسم",
    "tick at least one label, or all of them to keep everything": "حدِّد وسمًا واحدًا على الأقل، أو حدِّدها كلها لتُبقي على كل شيء",
    # E5xx merge, agreement, command line
    "cannot use {name} ({reason})": "يتعذَّر استعمال {name} ({reason})",
    "check the path, that it is a file or folder as the command expects, and its permissions; nothing was changed":
        "تحقَّق من المسار، ومن أنه ملف أو مجلد كما يتوقع الأمر، ومن أذوناته؛ لم يتغير شيء",
    "cannot use a file ({reason})": "يتعذَّر استعمال ملف ({reason})",
    "{file} does not exist": "{file} غير موجود",
    "check the path": "تحقَّق من المسار",
    "no layer named {names} in this project": "لا توجد في هذا المشروع طبقة باسم {names}",
    "use some of: {known}": "استخدم بعضًا مما يلي: {known}",
    "use some of: (none yet)": "استخدم بعضًا مما يلي: (لا شيء بعد)",
    "no label {names} in the project's schema": "لا يوجد الوسم {names} في مخطط المشروع",
    "check the path of the source": "تحقَّق من مسار المصدر",
    "agreement needs at least two annotators": "يحتاج حساب الاتفاق إلى مُعلِّمَين اثنين على الأقل",
    "name two or more with --annotators": "اذكر اثنين أو أكثر بالخيار `--annotators`",
    "{out} is a folder": "{out} مجلد",
    "give a file name for the report, e.g. agreement.html": "أعطِ التقرير اسم ملف، مثل `agreement.html`",
    "{out} is a database or a special file, which a report never overwrites":
        "{out} قاعدة بيانات أو ملف خاص، ولا يكتب التقرير فوقه أبدًا",
    "give the report its own file name, e.g. agreement.html": "أعطِ التقرير اسم ملف خاصًّا به، مثل `agreement.html`",
    "create it or choose another path": "أنشئه أو اختر مسارًا آخر",
    "cannot write {out} ({reason})": "تتعذَّر الكتابة في {out} ({reason})",
    "choose another path for the report": "اختر مسارًا آخر للتقرير",
    "agreement compares at most 62 labels at once ({count} here)":
        "يقارن حساب الاتفاق `62` وسمًا على الأكثر في المرة الواحدة (وهنا {count})",
    "choose the labels to compare with --labels": "اختر الوسوم المراد مقارنتها بالخيار `--labels`",
    "unknown recommender '{spec}'": "مُقترِح غير معروف: «{spec}»",
    "use lexicon, attribution, spacy:PATH or transformers:PATH":
        "استخدم `lexicon` أو `attribution` أو `spacy:PATH` أو `transformers:PATH`",
    # E8xx identity and import in the window
    "Isnad needs a name to save your spans under": "يحتاج إسناد إلى اسم ليحفظ مقاطعك باسمه",
    "type your name when Isnad asks for it, or start it with: isnad gui --annotator NAME":
        "اكتب اسمك حين يطلبه إسناد، أو شغّله بالأمر: `isnad gui --annotator NAME`",
    "choose the format in the Import dialog's file-type list, or name the file .txt, .jsonl, .json or .ann":
        "اختر الصيغة من قائمة أنواع الملفات في نافذة الاستيراد، أو سمِّ الملف بامتداد `.txt` أو `.jsonl` أو `.json` أو `.ann`",
    # E6xx suggestions
    "the recommender '{name}' suggests {what} the project's schema lacks: {unknown}":
        "يقترح المُقترِح «{name}» {what} لا يعرفها مخطط المشروع: {unknown}",
    "map each to one the schema has with --map OLD=NEW (it has: {known}), or add them to the schema":
        "اربط كلًّا منها بما في المخطط عبر `--map OLD=NEW` (فيه: {known})، أو أضفها إلى المخطط",
    "the recommender '{name}' suggested [{start}, {end}) in document '{doc_id}', outside its text (0..{length})":
        "اقترح المُقترِح «{name}» المقطع `[{start}, {end})` في المستند «{doc_id}» خارج نصه (`0..{length}`)",
    "this is a bug in that recommender; report it with the document": "هذا خطأ في ذلك المُقترِح؛ أبلغ عنه مع المستند",
    "the recommender '{name}' suggested a relation between spans {source} and {target}, but it gave {count} spans":
        "اقترح المُقترِح «{name}» علاقة بين المقطعين {source} و{target}، وعدد ما قدّمه من مقاطع {count}",
    "'{layer}' is not a suggestion layer": "«{layer}» ليست طبقة اقتراحات",
    "suggestions go to a layer of their own named suggest:NAME, e.g. suggest:lexicon; only people accept them into their layers":
        "توضع الاقتراحات في طبقة خاصة اسمها `suggest:NAME` مثل `suggest:lexicon`؛ والبشر وحدهم يقبلونها في طبقاتهم",
    "cannot read the label mapping '{pair}'": "تعذّرت قراءة ربط الوسوم «{pair}»",
    "write it as OLD=NEW, e.g. --map PERS=PER": "اكتبه بصيغة `OLD=NEW`، مثل `--map PERS=PER`",
    "'{layer}' is not a suggestion layer, so there is nothing to reject": "«{layer}» ليست طبقة اقتراحات، فلا شيء يُرفض",
    "reject suggestions (layers named suggest:NAME); delete other spans instead":
        "ارفض الاقتراحات (طبقات `suggest:NAME`)؛ أما المقاطع الأخرى فاحذفها",
    "the lexicon can learn only from people's layers, not from {layer}":
        "لا يتعلم المعجم إلا من طبقات البشر، لا من {layer}",
    "name layers that are not suggest:NAME with --annotator": "سمِّ بـ`--annotator` طبقاتٍ ليست `suggest:NAME`",
    "--evaluate needs the layer to compare with": "يحتاج `--evaluate` إلى الطبقة التي يُقارن بها",
    "add --against LAYER, e.g. --against gold": "أضف `--against LAYER`، مثل `--against gold`",
    "no layer named {layer} in this project": "لا طبقة باسم {layer} في هذا المشروع",
    "no document has {what}": "لا مستند فيه {what}",
    "check --status and --annotator (statuses: {statuses})": "راجع `--status` و`--annotator` (الحالات: {statuses})",
    "the project setting 'recommenders' must be a list of recommender names, not {value}":
        "يجب أن يكون إعداد المشروع `recommenders` قائمة بأسماء المُقترِحات، لا {value}",
    'choose the recommenders again (a list such as ["lexicon", "attribution"])':
        'اختر المُقترِحات من جديد (قائمة مثل `["lexicon", "attribution"]`)',
    "a verdict must be {allowed}, not {actual}": "يجب أن يكون الحكم {allowed}، لا {actual}",
    'write verdicts as {{"key": "span:0:4:PER", "label": "PER", "verdict": "rejected"}}':
        'اكتب الأحكام بصيغة `{{"key": "span:0:4:PER", "label": "PER", "verdict": "rejected"}}`',
    # a suggestion worker process that dies (branch pool)
    "a suggestion worker process ended unexpectedly (status {status}) while the recommender '{name}' ran":
        "انتهت إحدى عمليات الاقتراح العاملة على غير المتوقع (الحالة {status}) أثناء تشغيل المُقترِح «{name}»",
    "nothing was written; if memory ran out (the system then sends SIGKILL), close other programs and run it again":
        "لم يُكتب شيء؛ إن نفدت الذاكرة (يرسل النظام حينها `SIGKILL`) فأغلق برامج أخرى وأعد التشغيل",
    # the scratch files of isnad suggest (annotator/store/spool.py)
    "could not write the suggestions to the scratch file {file} ({detail})":
        "تعذّرت كتابة الاقتراحات في الملف المؤقت {file} ({detail})",
    "free some space there, or choose another folder for scratch files with the TMPDIR environment variable, "
    "then run it again; nothing was written to the project":
        "أفرِغ بعض المساحة هناك، أو اختر مجلدًا آخر للملفات المؤقتة بمتغير البيئة `TMPDIR`، ثم أعد التشغيل؛ "
        "لم يُكتب شيء في المشروع",
    "{layer} received suggestions from elsewhere (an open window?) just as this run began":
        "وصلت إلى {layer} اقتراحات من مكان آخر (نافذة مفتوحة؟) لحظة بدء هذا التشغيل",
    "run the same command again: it then replaces them; nothing was written":
        "أعد تشغيل الأمر نفسه: سيستبدلها حينئذ؛ لم يُكتب شيء",
    # E7xx models and training
    "the recommender '{kind}' needs the path of a model folder": "يحتاج المُقترِح «{kind}» إلى مسار مجلد نموذج",
    "write it as {kind}:PATH, e.g. {kind}:model/": "اكتبه بصيغة `{kind}:PATH`، مثل `{kind}:model/`",
    "{recommender}: {folder} does not exist": "{recommender}: المجلد {folder} غير موجود",
    "check the path of the model folder": "تحقَّق من مسار مجلد النموذج",
    "{recommender}: {folder} is not a spaCy pipeline (it has no {missing})":
        "{recommender}: المجلد {folder} ليس خط معالجة spaCy (لا يحوي {missing})",
    "give a folder written by nlp.to_disk() or 'isnad train'": "أعطِ مجلدًا كتبه `nlp.to_disk()` أو `isnad train`",
    "{recommender}: the pipeline was made for spaCy {wanted}, but spaCy {installed} is installed":
        "{recommender}: صُنع خط المعالجة لـ spaCy {wanted}، والمثبَّت هو spaCy {installed}",
    "train it again with this spaCy ('isnad train'), or install a spaCy {wanted}":
        "درِّبه من جديد بهذا الإصدار (`isnad train`)، أو ثبِّت spaCy {wanted}",
    "{recommender}: the model could not be loaded ({error})": "{recommender}: تعذّر تحميل النموذج ({error})",
    "check that the folder is complete and was made for the installed {library}":
        "تحقَّق من أن المجلد كامل وأنه صُنع لـ {library} المثبَّتة",
    "{recommender}: the model's labels {unknown} are not in the project's schema":
        "{recommender}: وسوم النموذج {unknown} ليست في مخطط المشروع",
    "map each to a schema label with --map MODEL=SCHEMA, e.g. --map {example}; the schema has: {known}":
        "اربط كلًّا منها بوسم من المخطط عبر `--map MODEL=SCHEMA`، مثل `--map` {example}؛ وفي المخطط: {known}",
    "{recommender}: {library} is not installed": "{recommender}: المكتبة {library} غير مثبَّتة",
    "install it with: pip install 'isnad[{extra}]' (from a checkout: pip install '.[{extra}]')":
        "ثبِّتها بالأمر: `pip install 'isnad[{extra}]'` (من نسخة المصدر: `pip install '.[{extra}]'`)",
    "{recommender}: {folder} is not a token-classification model ({reason})":
        "{recommender}: المجلد {folder} ليس نموذج تصنيف وحدات ({reason})",
    "give a folder written by save_pretrained() of an AutoModelForTokenClassification and its fast tokenizer":
        "أعطِ مجلدًا كتبه `save_pretrained()` لنموذج `AutoModelForTokenClassification` ومقطِّعه السريع",
    "{recommender}: the pipeline's tokenizer changed the text, so its offsets would not fit the document":
        "{recommender}: غيّر مقطِّع خط المعالجة النص، فلن تطابق مواضعه المستند",
    "use a pipeline whose tokenizer keeps the text as given (spaCy's own tokenizers do)":
        "استخدم خط معالجة يُبقي مقطِّعه النص كما هو (كما تفعل مقطِّعات spaCy نفسها)",
    "{recommender}: the model labels no spans (it has no {what})": "{recommender}: لا يسم النموذج أي مقطع (ليس فيه {what})",
    "give a model that finds entities or spans, e.g. one 'isnad train' wrote":
        "أعطِ نموذجًا يجد الكيانات أو المقاطع، مثل نموذج كتبه `isnad train`",
    "no spans to train on in the chosen layers, statuses and labels": "لا مقاطع للتدريب في الطبقات والحالات والوسوم المختارة",
    "choose layers that hold annotations with --annotator (see 'isnad stats')":
        "اختر بـ`--annotator` طبقاتٍ فيها توسيمات (انظر `isnad stats`)",
    "all {documents} documents fell into the held-out split": "وقعت كل المستندات ({documents}) في قسم التقييم",
    "lower --held-out (now {held_out}) or annotate more documents": "اخفض `--held-out` (الآن {held_out}) أو وسِّم مستندات أكثر",
    "{out} is a file, but a model is a folder": "{out} ملف، والنموذج مجلد",
    "give the path of a new folder with -o, e.g. -o model/": "أعطِ مسار مجلد جديد بـ`-o`، مثل `-o model/`",
    "{out} is a folder holding other files than an earlier 'isnad train' model":
        "{out} مجلد فيه ملفات غير نموذج سابق من `isnad train`",
    "choose a new or empty folder for the model": "اختر مجلدًا جديدًا أو فارغًا للنموذج",
    "the folder {parent} does not exist": "المجلد {parent} غير موجود",
    "create it or choose another path for the model": "أنشئه أو اختر مسارًا آخر للنموذج",
    "the attribution recommender takes no argument (it was given '{argument}')":
        "لا يأخذ مُقترِح الإسناد أي وسيط (أُعطي «{argument}»)",
    "write --with attribution, without ':' and what follows": "اكتب `--with attribution` دون `:` وما بعدها",
    "the recommender '{kind}' is not part of this Isnad installation": "المُقترِح «{kind}» ليس جزءًا من تثبيت إسناد هذا",
    "update Isnad, or use another recommender (lexicon is always there)":
        "حدِّث إسناد، أو استخدم مُقترِحًا آخر (المعجم `lexicon` موجود دائمًا)",
    # issues 14 and 15, the export side (E430-E433) and one door to a project (E560)
    "the split fractions add up to {total}, not 1: {splits}": "مجموع نسب التقسيم {total} لا 1: {splits}",
    "give fractions that add up to 1, e.g. train=0.8,dev=0.1,test=0.1":
        "أعطِ نسبًا مجموعها 1، مثل `train=0.8,dev=0.1,test=0.1`",
    "{format} holds one layer, and this export has {count}: {layers}":
        "يحمل {format} طبقة واحدة، وفي هذا التصدير {count}: {layers}",
    "export one layer at a time (isnad export --annotator {first}, or tick one layer in File > Export), "
    "or use a format that keeps layers apart: {keeping}":
        "صدِّر طبقة واحدة في كل مرة (`isnad export --annotator {first}`، أو حدِّد طبقة واحدة في ملف > تصدير)، "
        "أو استخدم صيغة تفصل الطبقات: {keeping}",
    "a {format} export is a folder, which cannot go to standard output (-o -)":
        "تصدير {format} مجلد، ولا يُكتب مجلد إلى المخرج القياسي (`-o -`)",
    "give the path of a new folder with -o, e.g. -o {format}-export":
        "أعطِ مسار مجلد جديد بـ`-o`، مثل `-o {format}-export`",
    "an export with --split is a folder, which cannot go to standard output (-o -)":
        "التصدير مع `--split` مجلد، ولا يُكتب مجلد إلى المخرج القياسي (`-o -`)",
    "give the path of a new folder with -o, or leave out --split": "أعطِ مسار مجلد جديد بـ`-o`، أو احذف `--split`",
    # issue 14: disks, permissions, damaged or crafted projects, a busy project, merge sources
    "the disk holding {name} is full, so the change was not saved": "القرص الذي يحوي {name} ممتلئ، فلم يُحفظ التغيير",
    "free some space on that disk, or move the project to one with room, then try again; the project is as it was "
    "before": "أفرغ بعض المساحة على ذلك القرص، أو انقل المشروع إلى قرص فيه متسع، ثم أعد المحاولة؛ المشروع كما كان",
    "the disk holding {name} is full, and Isnad needs a few kilobytes beside a project even to read it":
        "القرص الذي يحوي {name} ممتلئ، ويحتاج إسناد إلى بضعة كيلوبايتات بجوار المشروع حتى ليقرأه",
    "free some space on that disk, or copy the project to another disk; nothing was changed":
        "أفرغ بعض المساحة على ذلك القرص، أو انسخ المشروع إلى قرص آخر؛ لم يتغير شيء",
    "the disk could not read or write {name} ({detail})": "تعذَّرت على القرص قراءة {name} أو الكتابة فيه ({detail})",
    "check that the disk or network folder is still there, then try again; this action changed nothing":
        "تحقَّق من أن القرص أو مجلد الشبكة ما زال متصلًا، ثم أعد المحاولة؛ لم يغيِّر هذا الإجراء شيئًا",
    "Isnad may not read {name} (permission denied)": "لا يُسمح لإسناد بقراءة {name} (الإذن مرفوض)",
    "ask the file's owner for read access, or work on a copy": "اطلب من مالك الملف إذن القراءة، أو اعمل على نسخة منه",
    "Isnad may not write to {name} or its folder (permission denied)":
        "لا يُسمح لإسناد بالكتابة في {name} أو في مجلده (الإذن مرفوض)",
    "ask for write access to the file and its folder, or open the project read-only":
        "اطلب إذن الكتابة في الملف ومجلده، أو افتح المشروع للقراءة فقط",
    "{name} is on a read-only disk or folder, so it can only be read": "{name} على قرص أو مجلد للقراءة فقط، فلا يمكن إلا قراءته",
    "copy it to a writable folder to edit it; reading, showing and exporting work where it is":
        "انسخه إلى مجلد قابل للكتابة لتعدِّله؛ أما القراءة والعرض والتصدير فتعمل حيث هو",
    "{name} is on a read-only disk and keeps saved changes in {log}, which cannot be read there":
        "{name} على قرص للقراءة فقط، وفيه تغييرات محفوظة في {log} تتعذَّر قراءتها هناك",
    "copy {name} together with {log} to a writable folder and open it there":
        "انسخ {name} ومعه {log} إلى مجلد قابل للكتابة وافتحه هناك",
    "{name} is on a read-only disk with {journal} beside it: an import stopped while writing it, which only a "
    "writable place can undo":
        "{name} على قرص للقراءة فقط وبجانبه {journal}: توقَّف استيراد وهو يكتب فيه، ولا يمكن التراجع عن ذلك إلا في مكان قابل للكتابة",
    "copy {name} together with {journal} to a writable folder and open it there":
        "انسخ {name} ومعه {journal} إلى مجلد قابل للكتابة وافتحه هناك",
    "the label schema stored in {name} is damaged ({detail})": "مخطط الوسوم المحفوظ في {name} تالف ({detail})",
    "restore the project from a backup or a native JSONL export":
        "استعِد المشروع من نسخة احتياطية أو من تصدير `JSONL` الأصلي",
    "{name} holds the database object '{object}', which Isnad never makes, so it is not a project as Isnad wrote it":
        "يحوي {name} كائن قاعدة البيانات «{object}» الذي لا يُنشئه إسناد أبدًا، فهو ليس مشروعًا كما كتبه إسناد",
    "open the project file as Isnad wrote it, or restore it from a backup or a native JSONL export":
        "افتح ملف المشروع كما كتبه إسناد، أو استعِده من نسخة احتياطية أو من تصدير `JSONL` الأصلي",
    "{name} is damaged: its table '{table}' is missing, altered or lacks the column '{column}'":
        "{name} تالف: جدوله «{table}» مفقود أو مُغيَّر أو ينقصه العمود «{column}»",
    "{name} is damaged: a '{column}' value in its table '{table}' is not what Isnad writes ({detail})":
        "{name} تالف: قيمة في العمود «{column}» من جدوله «{table}» ليست مما يكتبه إسناد ({detail})",
    "{name} is damaged: it records no valid project version": "{name} تالف: لا يسجِّل إصدار مشروع صالحًا",
    "{name} is damaged: it holds no label schema": "{name} تالف: لا يحوي مخطط وسوم",
    "{count} change(s) could not be saved: another program kept the project busy for {seconds} seconds":
        "تعذَّر حفظ {count} من التغييرات: أبقى برنامج آخر المشروع مشغولًا {seconds} ثانية",
    "wait until it finishes (an import, a merge or a suggestion run), then make them again":
        "انتظر حتى ينتهي (استيراد أو دمج أو توليد اقتراحات)، ثم أعد إجراءها",
    "the disk is full, so {name} could not be written": "القرص ممتلئ، فتعذَّرت كتابة {name}",
    "free some space or write to another disk; the project was not changed":
        "أفرغ بعض المساحة أو اكتب على قرص آخر؛ لم يتغير المشروع",
    "Isnad may not use {name} (permission denied)": "لا يُسمح لإسناد باستعمال {name} (الإذن مرفوض)",
    "check its permissions, or choose another file or folder; nothing was changed":
        "تحقَّق من أذوناته، أو اختر ملفًا أو مجلدًا آخر؛ لم يتغير شيء",
    "{name} is on a read-only disk": "{name} على قرص للقراءة فقط",
    "write to a folder on a writable disk; nothing was changed": "اكتب في مجلد على قرص قابل للكتابة؛ لم يتغير شيء",
    "{source}: span '{span_id}' [{start}, {end}) does not fit its document '{doc_id}' ({length} characters)":
        "{source}: المقطع «{span_id}» `[{start}, {end})` لا يقع داخل مستنده «{doc_id}» (`{length}` حرفًا)",
    "the source is damaged or was edited by hand: restore it from a backup, or merge a native JSONL export of it":
        "المصدر تالف أو عُدِّل يدويًّا: استعِده من نسخة احتياطية، أو ادمج تصدير `JSONL` الأصلي منه",
    "{source}: document '{doc_id}' has no text": "{source}: المستند «{doc_id}» بلا نص",
    # issues 13, 15 and 16: the launcher, optional extras, the display, desktop integration
    "cannot read {name} ({reason})": "تعذّرت قراءة {name} ({reason})",
    "check that the file is yours to read (its permissions), or open a copy":
        "تحقَّق من أن لك حق قراءة الملف (أذوناته)، أو افتح نسخة منه",
    "{what} needs {module}, which is not installed": "يحتاج {what} إلى {module}، وهي غير مثبَّتة",
    "there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set)":
        "لا توجد شاشة تُفتح عليها النافذة (المتغيران `DISPLAY` و`WAYLAND_DISPLAY` غير معرَّفين)",
    "run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen; "
    "the other commands need no display":
        "شغِّله في جلسة سطح مكتب، أو عرِّف `QT_QPA_PLATFORM=offscreen` لتشغيله دون شاشة؛ "
        "ولا تحتاج الأوامر الأخرى إلى شاشة",
    "{command} registers Isnad with Linux desktops only (this is {system})":
        "يسجِّل {command} إسنادَ في أسطح مكتب لينكس فقط (هذا النظام {system})",
    "on Windows and macOS the installer of the bundled app makes the association":
        "في ويندوز وماك يتولّى مثبِّت التطبيق المجمَّع ربط الملفات",
    # issues 14 and 15 (importing): hostile input, encodings decided per file
    "the JSON is nested more than {limit} levels deep": "بيانات `JSON` متداخلة بأكثر من {limit} مستوى",
    "keep meta and attrs to plain values, lists and objects a few levels deep":
        "اجعل `meta` و`attrs` قيمًا بسيطة وقوائم وكائنات بمستويات قليلة",
    "a number has more than {limit} digits": "في الملف عدد بأكثر من {limit} رقمًا",
    "offsets, ids and seconds are short numbers; fix or remove that one":
        "المواضع والمعرّفات والثواني أعداد قصيرة؛ صحّح ذلك العدد أو احذفه",
    "the number {number} is not finite (NaN and Infinity are not JSON numbers)":
        "العدد {number} غير منتهٍ (`NaN` و`Infinity` ليسا عددين في `JSON`)",
    "write a finite number, or null": "اكتب عددًا منتهيًا، أو `null`",
    "the string at {field} holds a lone surrogate U+{code} (half of a pair)":
        "النص في {field} فيه نصف زوج بديل منفرد `U+{code}`",
    "escape both halves of the pair (\\ud83d\\ude00) or remove it, then import again":
        "اكتب نصفي الزوج كليهما (`\\ud83d\\ude00`) أو احذفه، ثم استورد من جديد",
    "an id or layer name has {length} characters: {start}…": "معرّف أو اسم طبقة عدد أحرفه {length}: {start}…",
    "ids and layer names may have at most {limit} characters; give it a shorter one":
        "المعرّفات وأسماء الطبقات {limit} حرفًا على الأكثر؛ أعطه اسمًا أقصر",
    "the file name holds bytes that are not UTF-8 ({name})": "في اسم الملف بايتات ليست `UTF-8` ({name})",
    "rename the file (its name becomes the document's id), then import again":
        "غيّر اسم الملف (يصير اسمه معرّف المستند)، ثم استورد من جديد",
    "'seconds' is {number}, not a time spent on a document": "قيمة `seconds` هي {number}، وليست وقتًا قُضي في مستند",
    "write the seconds spent as a number from 0 to {limit}, or null":
        "اكتب الثواني المقضية عددًا من 0 إلى {limit}، أو `null`",
    "read as {encoding}, the text is garbled UTF-8 ({sample} would read {fixed})":
        "بقراءته بترميز {encoding} يصير النص `UTF-8` مشوّهًا ({sample} تُقرأ {fixed})",
    "the file is UTF-8: import it without --force-encoding (valid UTF-8 is read as UTF-8)":
        "الملف بترميز `UTF-8`: استورده دون `--force-encoding` (يُقرأ `UTF-8` السليم بترميز `UTF-8`)",
    "the text is already garbled: UTF-8 that was once read as {encoding} and saved again ({sample} would read {fixed})":
        "النص مشوّه أصلًا: `UTF-8` قُرئ مرة بترميز {encoding} ثم حُفظ ({sample} تُقرأ {fixed})",
    "repair the file where it was made (or re-export it from the original) and import again; Isnad never stores "
    "garbled text": "أصلح الملف حيث صُنع (أو صدّره من جديد من الأصل) ثم استورد؛ لا يخزّن إسناد نصًّا مشوّهًا",
    "--force-encoding names no encoding": "`--force-encoding` دون ترميز",
    "add the encoding to force, e.g. --encoding cp1256 --force-encoding":
        "أضف الترميز المفروض، مثل `--encoding cp1256 --force-encoding`",
    "read as {encoding}, part of the text is garbled UTF-8 ({sample} would read {fixed}): the file mixes two encodings":
        "بقراءته بترميز {encoding} يصير جزء من النص `UTF-8` مشوّهًا ({sample} تُقرأ {fixed}): في الملف ترميزان",
    "save the whole file in one encoding (UTF-8 is best), then import again":
        "احفظ الملف كله بترميز واحد (`UTF-8` أفضل)، ثم استورد من جديد",
    # issue 12: projects on a PostgreSQL server (E570-E578)
    "{location} is a '{scheme}' address, which Isnad cannot open": "{location} عنوان «{scheme}»، ولا يفتحه إسناد",
    "give a project file (.isnad) or a server address: postgresql://USER@HOST/DATABASE":
        "أعطِ ملف مشروع (`.isnad`) أو عنوان خادم: `postgresql://USER@HOST/DATABASE`",
    "{location} is a project file, and this command needs a server address":
        "{location} ملف مشروع، وهذا الأمر يحتاج إلى عنوان خادم",
    "give the project's server address: postgresql://USER@HOST/DATABASE":
        "أعطِ عنوان خادم المشروع: `postgresql://USER@HOST/DATABASE`",
    "cannot reach the PostgreSQL server {server} ({detail})": "تعذّر الوصول إلى خادم `PostgreSQL` {server} ({detail})",
    "check that the server runs and that the host and port are right, then try again":
        "تحقق من أن الخادم يعمل وأن المضيف والمنفذ صحيحان، ثم أعد المحاولة",
    "the server {server} refused the login of '{user}' ({detail})": "رفض الخادم {server} دخول «{user}» ({detail})",
    "check the user name and password (Isnad reads the password from PGPASSWORD or ~/.pgpass)":
        "تحقق من اسم المستخدم وكلمة المرور (يقرأ إسناد كلمة المرور من `PGPASSWORD` أو `~/.pgpass`)",
    "there is no database '{database}' on the server {server}": "لا توجد قاعدة بيانات «{database}» على الخادم {server}",
    "ask its administrator to create it (createdb {database}), or check the name":
        "اطلب من مديره إنشاءها (`createdb {database}`)، أو تحقق من الاسم",
    "the database '{database}' on {server} holds no Isnad project":
        "قاعدة البيانات «{database}» على {server} لا تحوي مشروع إسناد",
    "make one there with: isnad init {location}": "أنشئ مشروعًا فيها بـ: `isnad init {location}`",
    "the database '{database}' on {server} is not empty": "قاعدة البيانات «{database}» على {server} ليست فارغة",
    "open the project it holds, or make a new one in an empty database":
        "افتح المشروع الذي فيها، أو أنشئ مشروعًا جديدًا في قاعدة بيانات فارغة",
    "the connection to the server {server} was lost ({detail})": "انقطع الاتصال بالخادم {server} ({detail})",
    "check the server and the network, then do it again: the action was not saved":
        "تحقق من الخادم والشبكة، ثم أعد العمل: لم يُحفظ الإجراء",
    "the server refused: '{user}' may not do this ({detail})": "رفض الخادم: لا يحق لـ«{user}» فعل هذا ({detail})",
    "ask the project's lead for the right role (isnad user add)":
        "اطلب من مسؤول المشروع الدور المناسب (`isnad user add`)",
    "what you changed was changed meanwhile, in another window or by another person":
        "ما غيَّرته تغيَّر في الأثناء، في نافذة أخرى أو على يد شخص آخر",
    "the view now shows it as it is: look again, then make your change again":
        "يعرضه العرض الآن كما هو: انظر مجددًا، ثم أعد تغييرك",
    "what you would undo was changed since, in another window or by another person":
        "ما تريد التراجع عنه تغيَّر منذئذ، في نافذة أخرى أو على يد شخص آخر",
    "the view now shows it as it is; undoing would overwrite that change, so it was not done":
        "يعرضه العرض الآن كما هو؛ التراجع كان سيمحو ذلك التغيير، فلم يُنفَّذ",
    "each document cannot go to {per_document} of {count} annotators":
        "لا يمكن إسناد كل مستند إلى {per_document} من {count} موسِّمين",
    "name at least as many annotators with --annotators as --per-document asks for":
        "سمِّ بـ`--annotators` موسِّمين بعدد ما يطلبه `--per-document` على الأقل",
    # issue 12: offline work, then sync (E590-E593)
    "{name} is not a checkout of a server project: it remembers no server":
        "{name} ليس نسخة مسحوبة من مشروع على خادم: لا يذكر خادمًا",
    "make one with: isnad checkout URL FILE --annotator NAME (to combine project files, use isnad merge)":
        "اصنع واحدة بـ: `isnad checkout URL FILE --annotator NAME` (لدمج ملفات المشاريع استخدم `isnad merge`)",
    "isnad sync takes the file a checkout made, and {location} is a server address":
        "يأخذ `isnad sync` الملف الذي صنعه السحب، و{location} عنوان خادم",
    "give the checkout's file, e.g. isnad sync ali.isnad (it remembers its server)":
        "أعطِ ملف النسخة المسحوبة، مثل `isnad sync ali.isnad` (فهو يذكر خادمه)",
    "{server} holds another project than the one {name} was checked out from":
        "يحوي {server} مشروعًا غير الذي سُحب منه {name}",
    "check the address (isnad sync {name} --server URL), or check the project out again into a new file":
        "تحقق من العنوان (`isnad sync {name} --server URL`)، أو اسحب المشروع من جديد إلى ملف جديد",
    "'{annotator}' is not on the team of the project on {server}": "«{annotator}» ليس في فريق المشروع على {server}",
    "ask the lead to add them (isnad user add URL {annotator} --role annotator), or check the name given with "
    "--annotator": "اطلب من المسؤول إضافته (`isnad user add URL {annotator} --role annotator`)، أو تحقق من الاسم "
                   "المعطى بـ`--annotator`",
}

# -- words that errors take as parameters (label kinds, JSON kinds, what a path should be) --
TERMS = {
    "entity": "كيان", "claim": "ادعاء", "source": "مصدر", "cue": "قرينة", "other": "آخر",
    "file": "ملف", "a JSONL file": "ملف `JSONL`", "a JSON file": "ملف `JSON`",
    "a string": "نصًّا", "a non-empty string": "نصًّا غير فارغ", "a string or null": "نصًّا أو `null`",
    "a string or an integer": "نصًّا أو عددًا صحيحًا", "a number": "عددًا", "an integer": "عددًا صحيحًا",
    "an object": "كائنًا",
    "a list": "قائمةً",  # issue 14 (importing)
    # formats (exports/*.py), as the import and export dialogs list them
    "brat standoff folder: .txt + .ann with T, R, A lines": "مجلد `brat` (توسيم منفصل): ملفات `.txt` و`.ann` بأسطر `T` و`R` و`A`",
    "CoNLL IOB2 with Arabic-aware tokens": "`CoNLL IOB2` بتقطيع يراعي العربية",
    "doccano JSONL: entities and relations": "`doccano JSONL`: الكيانات والعلاقات",
    "Isnad native JSONL (lossless)": "`JSONL` الأصلي لإسناد (دون فقد)",
    "Label Studio JSON tasks: labels, relations, attributes": "مهام `Label Studio JSON`: الوسوم والعلاقات والخصائص",
    "Parquet for Hugging Face datasets: one row per document": "`Parquet` لمجموعات بيانات `Hugging Face`: صف لكل مستند",
    "spaCy DocBin: ents, all spans, relations in user_data": "`spaCy DocBin`: الكيانات وكل المقاطع، والعلاقات في `user_data`",
    "plain text articles (.txt files or folders of them)": "مقالات نصية خام (ملفات `.txt` أو مجلدات منها)",
}


# Qt's own file dialog strings that its Arabic catalogue (qtbase_ar.qm) leaves in English;
# ours is installed after it, so Qt finds these first.
QT_GAPS = {
    "QFileDialog": {"&Look in:": "&البحث في:", "Files of &type:": "&نوع الملفات:"},
    "QAbstractFileIconProvider": {("Folder", "All other platforms"): "مجلد", "File": "ملف", "%1 File": "ملف %1",
                                  "Drive": "قرص"},
}


def isolated(text: str) -> str:
    """`code` -> LRI code PDI: commands, options and file names keep their order in Arabic (its
    spaces do not break: Qt lays out a line break inside an isolate in the wrong order)."""
    parts = text.split("`")
    assert len(parts) % 2, f"unpaired ` in {text!r}"
    return "".join(f"{LRI}{p.replace(' ', NBSP)}{PDI}" if i % 2 else p for i, p in enumerate(parts))


def context(name: str, table: dict, convert=lambda t: t) -> str:
    """A .ts context; a key is the English text, or (text, Qt's disambiguating comment)."""
    def message(key, value) -> str:
        source, comment = key if isinstance(key, tuple) else (key, "")
        note = f"        <comment>{escape(comment)}</comment>\n" if comment else ""
        return (f"    <message>\n        <source>{escape(source)}</source>\n{note}"
                f"        <translation>{escape(convert(value))}</translation>\n    </message>\n")
    messages = "".join(message(k, v) for k, v in table.items())
    return f"<context>\n    <name>{name}</name>\n{messages}</context>\n"


def ts_text() -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">\n'
            + context(CONTEXT, ARABIC) + context("errors", ERRORS, isolated) + context("terms", TERMS, isolated)
            + "".join(context(name, table) for name, table in QT_GAPS.items())
            + "</TS>\n")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ts = OUT / "isnad_ar.ts"
    ts.write_text(ts_text(), encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run([lrelease, str(ts), "-qm", str(OUT / "isnad_ar.qm")], check=True)


if __name__ == "__main__":
    main()
