<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Isnad</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح مشروع &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;استيراد مستندات…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <source>Tag &amp;all occurrences of the selected span</source>
        <translation>وسم &amp;كل مواضع المقطع المحدد</translation>
    </message>
    <message>
        <source>&amp;Link selected span to… (then click)</source>
        <translation>&amp;ربط المقطع المحدد بـ… (ثم انقر)</translation>
    </message>
    <message>
        <source>&amp;Snap selections to whole words</source>
        <translation>&amp;ضبط التحديد على كلمات كاملة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Arabic interface (from the next start)</source>
        <translation>واجهة &amp;عربية (من التشغيل التالي)</translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation>تتغير لغة الواجهة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;مستند</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>وضع علامة &amp;منجز</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;تخطٍّ</translation>
    </message>
    <message>
        <source>&amp;Flag for review</source>
        <translation>&amp;تعليم للمراجعة</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>المستند ال&amp;سابق</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Annotator name (your spans are saved under it):</source>
        <translation>اسم المُعلِّم (تُحفظ مقاطعك باسمه):</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>المشروع مفتوح بالفعل</translation>
    </message>
    <message>
        <source>{what}.

Open it read-only instead? ({todo})</source>
        <translation>{what}.

هل تفتحه للقراءة فقط؟ ({todo})</translation>
    </message>
    <message>
        <source>{what}.{where}

What to do: {todo}</source>
        <translation>{what}.{where}

ما العمل: {todo}</translation>
    </message>
    <message>
        <source>What to do: please report this as a bug.</source>
        <translation>ما العمل: يُرجى الإبلاغ عن هذا الخطأ.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Isnad projects (*.isnad)</source>
        <translation>مشاريع إسناد (*.isnad)</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>تعذّر إنشاء المشروع</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>جارٍ التصدير إلى {name}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغي: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>اكتب في</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>مجلد (*)</translation>
    </message>
    <message>
        <source>Layers (annotators)</source>
        <translation>الطبقات (المُعلِّمون)</translation>
    </message>
    <message>
        <source>Documents with status</source>
        <translation>المستندات ذات الحالة</translation>
    </message>
    <message>
        <source>Rename labels</source>
        <translation>إعادة تسمية الوسوم</translation>
    </message>
    <message>
        <source>Train/dev/test split</source>
        <translation>تقسيم تدريب/تطوير/اختبار</translation>
    </message>
    <message>
        <source>Split the clitics و ف ب ل ك before ال into tokens of their own</source>
        <translation>فصل السوابق و ف ب ل ك قبل ال في وحدات مستقلة</translation>
    </message>
    <message>
        <source>Import or export failed (nothing was changed)</source>
        <translation>فشل الاستيراد أو التصدير (لم يتغير شيء)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Spans · attributes · relations</source>
        <translation>المقاطع · الخصائص · العلاقات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>ابحث في العناوين</translation>
    </message>
    <message>
        <source>{title}
{length} characters, SHA-256 {sha}…</source>
        <translation>{title}
{length} حرفًا، SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Snap selections to whole words</source>
        <translation>ضبط التحديد على كلمات كاملة</translation>
    </message>
    <message>
        <source>No span selected</source>
        <translation>لا مقطع محددًا</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الربط</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>لا مستند</translation>
    </message>
    <message>
        <source> · READ-ONLY</source>
        <translation> · للقراءة فقط</translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation>المُعلِّم: {name}</translation>
    </message>
    <message>
        <source>{count} more {label} spans (one undo step)</source>
        <translation>{count} مقاطع {label} أخرى (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Click the span to link to (e.g. the claim's source)</source>
        <translation>انقر المقطع المراد الربط به (مثل مصدر الادعاء)</translation>
    </message>
    <message>
        <source>add span</source>
        <translation>إضافة مقطع</translation>
    </message>
    <message>
        <source>delete span</source>
        <translation>حذف مقطع</translation>
    </message>
    <message>
        <source>relabel span</source>
        <translation>تغيير وسم مقطع</translation>
    </message>
    <message>
        <source>resize span</source>
        <translation>تغيير حدود مقطع</translation>
    </message>
    <message>
        <source>set attribute</source>
        <translation>تعيين خاصية</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>تعديل ملاحظة</translation>
    </message>
    <message>
        <source>link spans</source>
        <translation>ربط مقطعين</translation>
    </message>
    <message>
        <source>remove link</source>
        <translation>إزالة ربط</translation>
    </message>
    <message>
        <source>set status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <source>Adjudication:</source>
        <translation>التحكيم:</translation>
    </message>
    <message>
        <source>A&amp;djudication panel</source>
        <translation>لوحة ال&amp;تحكيم</translation>
    </message>
    <message>
        <source>Accept selected into gold</source>
        <translation>اعتماد المحدد في الطبقة الذهبية</translation>
    </message>
    <message>
        <source>Accept all agreed</source>
        <translation>اعتماد كل المتفق عليه</translation>
    </message>
    <message>
        <source>Remove from gold</source>
        <translation>إزالة من الطبقة الذهبية</translation>
    </message>
    <message>
        <source>Import order</source>
        <translation>ترتيب الاستيراد</translation>
    </message>
    <message>
        <source>Most disagreement first</source>
        <translation>الأكثر اختلافًا أولًا</translation>
    </message>
    <message>
        <source>Disagr.</source>
        <translation>الاختلاف</translation>
    </message>
    <message>
        <source>Disagreement = 1 − exact span F1 between the annotators of a document</source>
        <translation>الاختلاف = 1 − مقياس F1 للتطابق التام بين مُعلِّمي المستند</translation>
    </message>
    <message>
        <source>{count} annotators · disagreement {score} · disputed spans: {disputed}</source>
        <translation>المُعلِّمون: {count} · الاختلاف {score} · مقاطع مختلف عليها: {disputed}</translation>
    </message>
    <message>
        <source>not every annotator has this span</source>
        <translation>لم يسم كل المُعلِّمين هذا المقطع</translation>
    </message>
    <message>
        <source>accept into gold</source>
        <translation>اعتماد في الطبقة الذهبية</translation>
    </message>
    <message>
        <source>accept span into gold</source>
        <translation>اعتماد مقطع في الطبقة الذهبية</translation>
    </message>
    <message>
        <source>accept relation into gold</source>
        <translation>اعتماد علاقة في الطبقة الذهبية</translation>
    </message>
    <message>
        <source>accept all agreed spans</source>
        <translation>اعتماد كل المقاطع المتفق عليها</translation>
    </message>
    <message>
        <source>remove from gold</source>
        <translation>إزالة من الطبقة الذهبية</translation>
    </message>
    <message>
        <source>S&amp;witch annotator…</source>
        <translation>ت&amp;بديل المُعلِّم…</translation>
    </message>
    <message>
        <source>Switch annotator</source>
        <translation>تبديل المُعلِّم</translation>
    </message>
    <message>
        <source>Now annotating as {name}.</source>
        <translation>تعمل الآن باسم {name}.</translation>
    </message>
    <message>
        <source>Type a name: your spans are saved under it.</source>
        <translation>اكتب اسمًا: تُحفظ مقاطعك باسمه.</translation>
    </message>
    <message>
        <source>Still annotating as {name}.</source>
        <translation>ما زلت تعمل باسم {name}.</translation>
    </message>
    <message>
        <source>Any supported file (format guessed from the name)</source>
        <translation>أي ملف مدعوم (تُستنتج الصيغة من الاسم)</translation>
    </message>
    <message>
        <source>Checking for overlapping spans…</source>
        <translation>جارٍ البحث عن مقاطع متداخلة…</translation>
    </message>
    <message>
        <source>Spans would be left out</source>
        <translation>ستُسقط بعض المقاطع</translation>
    </message>
    <message>
        <source>{count} spans overlap a longer span: the {format} file would leave them out.</source>
        <translation>مقاطع تتداخل مع مقطع أطول: {count}. سيُسقطها ملف {format}.</translation>
    </message>
    <message>
        <source>{count} spans overlap a longer span: spaCy's doc.ents would leave them out.</source>
        <translation>مقاطع تتداخل مع مقطع أطول: {count}. لن تضمها doc.ents في spaCy.</translation>
    </message>
    <message>
        <source>Each token has one label in {format}.</source>
        <translation>لكل وحدة وسم واحد في {format}.</translation>
    </message>
    <message>
        <source>doc.spans still keeps every span.</source>
        <translation>تبقى كل المقاطع في doc.spans.</translation>
    </message>
    <message>
        <source>Left out, by label: {labels}</source>
        <translation>المُسقَط حسب الوسم: {labels}</translation>
    </message>
    <message>
        <source>Keep only entity labels ({labels})</source>
        <translation>الإبقاء على وسوم الكيانات فقط ({labels})</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>التصدير على أي حال</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <source>Exported {documents} documents, {spans} spans and {relations} relations ({format}).</source>
        <translation>صُدِّر ({format}): المستندات {documents}، المقاطع {spans}، العلاقات {relations}.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>كُتب:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>أُسقط:</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>لم يُسقَط شيء.</translation>
    </message>
    <message>
        <source>{count} spans that overlap a longer span (each token has one label in {format})</source>
        <translation>مقاطع تتداخل مع مقطع أطول: {count} (لكل وحدة وسم واحد في {format})</translation>
    </message>
    <message>
        <source>{count} spans holding no token (only spaces or invisible characters)</source>
        <translation>مقاطع بلا وحدات (مسافات أو محارف غير مرئية فقط): {count}</translation>
    </message>
    <message>
        <source>{count} spans left out of doc.ents: they overlap a longer span (doc.spans keeps all)</source>
        <translation>مقاطع خارج doc.ents لتداخلها مع مقطع أطول: {count} (تحتفظ doc.spans بها كلها)</translation>
    </message>
    <message>
        <source>{count} relations: {format} holds no relations</source>
        <translation>علاقات: {count} (لا يحمل {format} علاقات)</translation>
    </message>
    <message>
        <source>Isnad needs a name to save your spans under</source>
        <translation>يحتاج إسناد إلى اسم ليحفظ مقاطعك باسمه</translation>
    </message>
    <message>
        <source>type your name when Isnad asks for it, or start it with: isnad gui --annotator NAME</source>
        <translation>اكتب اسمك حين يطلبه إسناد، أو شغّله بالأمر: isnad gui --annotator NAME</translation>
    </message>
    <message>
        <source>cannot tell the format of {name} from its name</source>
        <translation>تعذّرت معرفة صيغة {name} من اسمه</translation>
    </message>
    <message>
        <source>choose the format in the Import dialog's file-type list, or name the file .txt, .jsonl, .json or .ann</source>
        <translation>اختر الصيغة من قائمة أنواع الملفات في نافذة الاستيراد، أو سمِّ الملف بامتداد ‎.txt أو ‎.jsonl أو ‎.json أو ‎.ann</translation>
    </message>
</context>
</TS>
