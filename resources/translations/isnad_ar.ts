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
        <source>&amp;Go to document…</source>
        <translation>ال&amp;انتقال إلى مستند…</translation>
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
عدد الأحرف: {length}، SHA-256 {sha}…</translation>
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
        <source>Note (F2)</source>
        <translation>ملاحظة (⁦F2⁩)</translation>
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
        <translation>مقاطع {label} أخرى: {count} (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>1 more {label} span (one undo step)</source>
        <translation>مقطع {label} آخر واحد (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Every occurrence of «{text}» is tagged {label} already.</source>
        <translation>كل مواضع «{text}» موسومة بـ {label} من قبل.</translation>
    </message>
    <message>
        <source>Click the span to link to (e.g. the claim's source); Esc: no link</source>
        <translation>انقر المقطع المراد الربط به (مثل مصدر الادعاء)؛ ⁦Esc⁩: بلا ربط</translation>
    </message>
    <message>
        <source>No link made.</source>
        <translation>لم يُنشأ ربط.</translation>
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
        <source>1 span overlaps a longer span: the {format} file would leave it out.</source>
        <translation>مقطع واحد يتداخل مع مقطع أطول: سيُسقطه ملف {format}.</translation>
    </message>
    <message>
        <source>{count} spans overlap a longer span: spaCy's doc.ents would leave them out.</source>
        <translation>مقاطع تتداخل مع مقطع أطول: {count}. لن تضمها doc.ents في spaCy.</translation>
    </message>
    <message>
        <source>1 span overlaps a longer span: spaCy's doc.ents would leave it out.</source>
        <translation>مقطع واحد يتداخل مع مقطع أطول: لن تضمه doc.ents في spaCy.</translation>
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
        <source>1 span that overlaps a longer span (each token has one label in {format})</source>
        <translation>مقطع واحد يتداخل مع مقطع أطول (لكل وحدة وسم واحد في {format})</translation>
    </message>
    <message>
        <source>{count} spans holding no token (only spaces or invisible characters)</source>
        <translation>مقاطع بلا وحدات (مسافات أو محارف غير مرئية فقط): {count}</translation>
    </message>
    <message>
        <source>1 span holding no token (only spaces or invisible characters)</source>
        <translation>مقطع واحد بلا وحدات (مسافات أو محارف غير مرئية فقط)</translation>
    </message>
    <message>
        <source>{count} spans left out of doc.ents: they overlap a longer span (doc.spans keeps all)</source>
        <translation>مقاطع خارج doc.ents لتداخلها مع مقطع أطول: {count} (تحتفظ doc.spans بها كلها)</translation>
    </message>
    <message>
        <source>1 span left out of doc.ents: it overlaps a longer span (doc.spans keeps all)</source>
        <translation>مقطع واحد خارج doc.ents لتداخله مع مقطع أطول (تحتفظ doc.spans بها كلها)</translation>
    </message>
    <message>
        <source>{count} relations: {format} holds no relations</source>
        <translation>علاقات: {count} (لا يحمل {format} علاقات)</translation>
    </message>
    <message>
        <source>1 relation: {format} holds no relations</source>
        <translation>علاقة واحدة (لا يحمل {format} علاقات)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>ال&amp;طبقات</translation>
    </message>
    <message>
        <source>Layers &amp;panel</source>
        <translation>&amp;لوحة الطبقات</translation>
    </message>
    <message>
        <source>{layer} ({count} here)</source>
        <translation>{layer} ({count} هنا)</translation>
    </message>
    <message>
        <source>Copy all of this layer into mine</source>
        <translation>نسخ كل هذه الطبقة إلى طبقتي</translation>
    </message>
    <message>
        <source>Every span of the selected layer in this document, one undo step</source>
        <translation>كل مقاطع الطبقة المحددة في هذا المستند، بخطوة تراجع واحدة</translation>
    </message>
    <message>
        <source>Shown layers are outlined and read-only: click a span, then Enter copies it into yours.</source>
        <translation>الطبقات المعروضة محددة بإطار وللقراءة فقط: انقر مقطعًا ثم اضغط ⁦Enter⁩ لنسخه إلى طبقتك.</translation>
    </message>
    <message>
        <source>No other layer yet. Imported annotations, suggestions (Layers &gt; Recommenders) and other annotators' work are listed here, to show beside yours.</source>
        <translation>لا طبقة أخرى بعد. تُدرَج هنا التوسيمات المستوردة والاقتراحات (الطبقات &gt; المُقترِحات) وعمل المُعلِّمين الآخرين، لتُعرَض بجانب طبقتك.</translation>
    </message>
    <message>
        <source>&amp;Keys and mouse</source>
        <translation>ال&amp;مفاتيح والفأرة</translation>
    </message>
    <message>
        <source>Keys and mouse</source>
        <translation>المفاتيح والفأرة</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>اكتب للتصفية</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>drag</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>select the words passed over (snapped to whole words)</source>
        <translation>تحديد الكلمات التي مرّ عليها (كلمات كاملة)</translation>
    </message>
    <message>
        <source>double-click</source>
        <translation>نقر مزدوج</translation>
    </message>
    <message>
        <source>select a word</source>
        <translation>تحديد كلمة</translation>
    </message>
    <message>
        <source>triple-click</source>
        <translation>نقر ثلاثي</translation>
    </message>
    <message>
        <source>select a sentence</source>
        <translation>تحديد جملة</translation>
    </message>
    <message>
        <source>Shift+click, Shift+arrows</source>
        <translation>⁦Shift⁩+نقر، ⁦Shift⁩+الأسهم</translation>
    </message>
    <message>
        <source>extend the selection</source>
        <translation>توسيع التحديد</translation>
    </message>
    <message>
        <source>click, Tab / Shift+Tab</source>
        <translation>نقر، ⁦Tab / Shift+Tab⁩</translation>
    </message>
    <message>
        <source>select a span / go through my spans</source>
        <translation>تحديد مقطع / التنقل بين مقاطعي</translation>
    </message>
    <message>
        <source>drag from a span's underline or name to another span; Ctrl+click</source>
        <translation>السحب من خط المقطع أو اسمه إلى مقطع آخر؛ ⁦Ctrl⁩+نقر</translation>
    </message>
    <message>
        <source>link the two spans</source>
        <translation>ربط المقطعين</translation>
    </message>
    <message>
        <source>move the selected span's end (in reading order)</source>
        <translation>تحريك نهاية المقطع المحدد (بترتيب القراءة)</translation>
    </message>
    <message>
        <source>move the selected span's start earlier / later</source>
        <translation>تحريك بداية المقطع المحدد إلى الوراء / الأمام</translation>
    </message>
    <message>
        <source>copy the selected span of a shown layer into mine (a suggestion: accept it)</source>
        <translation>نسخ المقطع المحدد من طبقة معروضة إلى طبقتي (الاقتراح: قبوله)</translation>
    </message>
    <message>
        <source>accept every suggestion with the selected suggestion's label</source>
        <translation>قبول كل الاقتراحات ذات وسم الاقتراح المحدد</translation>
    </message>
    <message>
        <source>copy the selected words</source>
        <translation>نسخ الكلمات المحددة</translation>
    </message>
    <message>
        <source>right-click, Menu key</source>
        <translation>نقر بالزر الأيمن، مفتاح القائمة</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>⁦Ctrl⁩+عجلة الفأرة</translation>
    </message>
    <message>
        <source>larger / smaller text</source>
        <translation>نص أكبر / أصغر</translation>
    </message>
    <message>
        <source>what these keys do to the span there or to the selection</source>
        <translation>ما تفعله هذه المفاتيح بالمقطع هناك أو بالتحديد</translation>
    </message>
    <message>
        <source>tag the selection {label} (or relabel the selected span)</source>
        <translation>وسم التحديد بـ {label} (أو تغيير وسم المقطع المحدد)</translation>
    </message>
    <message>
        <source>&amp;Copy the selected span into my layer</source>
        <translation>&amp;نسخ المقطع المحدد إلى طبقتي</translation>
    </message>
    <message>
        <source>&amp;Reject the selected suggestion</source>
        <translation>&amp;رفض الاقتراح المحدد</translation>
    </message>
    <message>
        <source>Accept the selected suggestion &amp;with its links and their spans</source>
        <translation>قبول الاقتراح المحدد &amp;مع روابطه ومقاطعها</translation>
    </message>
    <message>
        <source>&amp;Accept every suggestion with its label</source>
        <translation>&amp;قبول كل الاقتراحات ذات وسمه</translation>
    </message>
    <message>
        <source>&amp;Next span of a shown layer</source>
        <translation>المقطع ال&amp;تالي من طبقة معروضة</translation>
    </message>
    <message>
        <source>&amp;Previous span of a shown layer</source>
        <translation>المقطع ال&amp;سابق من طبقة معروضة</translation>
    </message>
    <message>
        <source>Copy all of the selected span's &amp;layer into mine</source>
        <translation>نسخ كل &amp;طبقة المقطع المحدد إلى طبقتي</translation>
    </message>
    <message>
        <source>&amp;Find in the article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>النتيجة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Find in the article (harakat ignored, alef and ya forms alike)</source>
        <translation>ابحث في المقال (تُهمَل الحركات، وتتساوى صور الألف والياء)</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>النتيجة السابقة (⁦Shift+Enter⁩، ⁦Shift+F3⁩)</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>النتيجة التالية (⁦Enter⁩، ⁦F3⁩)</translation>
    </message>
    <message>
        <source>Close (Esc): keys go back to the article</source>
        <translation>إغلاق (⁦Esc⁩): تعود المفاتيح إلى المقال</translation>
    </message>
    <message>
        <source>no hit</source>
        <translation>لا نتيجة</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message>
        <source>{n} hits</source>
        <translation>النتائج: {n}</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} من {n}</translation>
    </message>
    <message>
        <source>Links join spans of your own layer: Enter copies the selected span into yours, then draw the link again.</source>
        <translation>تربط الروابط مقاطع طبقتك وحدها: اضغط ⁦Enter⁩ لنسخ المقطع المحدد إلى طبقتك، ثم ارسم الرابط من جديد.</translation>
    </message>
    <message>
        <source>Another layer's span is read-only: Enter copies it into yours.</source>
        <translation>مقطع الطبقة الأخرى للقراءة فقط: اضغط ⁦Enter⁩ لنسخه إلى طبقتك.</translation>
    </message>
    <message>
        <source>{layer}: {label} {text} (read-only; Enter copies it into your layer)</source>
        <translation>{layer}: {label} {text} (للقراءة فقط؛ اضغط ⁦Enter⁩ لنسخه إلى طبقتك)</translation>
    </message>
    <message>
        <source>Trim or restore a &amp;proclitic (و ف ب ل ك ال) at the span's start</source>
        <translation>حذف أو إعادة &amp;سابقة (و ف ب ل ك ال) في بداية المقطع</translation>
    </message>
    <message>
        <source>This {label} {new} nests with the {label} {old}: Ctrl+Z undoes it, Ctrl+T trims a proclitic.</source>
        <translation>هذا الـ{label} {new} متداخل مع الـ{label} {old}: ⁦Ctrl+Z⁩ للتراجع، و⁦Ctrl+T⁩ لحذف سابقة.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Tagging every occurrence…</source>
        <translation>جارٍ وسم كل المواضع…</translation>
    </message>
    <message>
        <source>Saving {count} spans…</source>
        <translation>جارٍ حفظ المقاطع ({count})…</translation>
    </message>
    <message>
        <source>{count} documents read</source>
        <translation>المستندات المقروءة: {count}</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>جارٍ الرسم…</translation>
    </message>
    <message>
        <source>No document yet: File &gt; Import documents… (Ctrl+I), or drop articles (.txt, .jsonl, brat .ann) on the window.</source>
        <translation>لا مستند بعد: ملف &gt; استيراد مستندات… (⁦Ctrl+I⁩)، أو أفلت على النافذة ملفات المقالات (txt أو jsonl أو ann من brat).</translation>
    </message>
    <message>
        <source>Edit the selected span's &amp;note</source>
        <translation>تحرير &amp;ملاحظة المقطع المحدد</translation>
    </message>
    <message>
        <source>Select one of your spans first: its note is typed below the spans.</source>
        <translation>حدد أولًا مقطعًا من مقاطعك: تُكتب ملاحظته تحت قائمة المقاطع.</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>وسم بـ</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>تغيير الوسم إلى</translation>
    </message>
    <message>
        <source>Copy the words</source>
        <translation>نسخ الكلمات</translation>
    </message>
    <message>
        <source>Remove link: {type} {label} {text}</source>
        <translation>إزالة الربط: {type} {label} {text}</translation>
    </message>
    <message>
        <source>Link to: {type} {label} {text}</source>
        <translation>ربط بـ: {type} {label} {text}</translation>
    </message>
    <message>
        <source>Accept the link: {type} {label} {text}</source>
        <translation>قبول الربط: {type} {label} {text}</translation>
    </message>
    <message>
        <source>Select some words first (drag, double-click or Shift+arrows), then press the label's key.</source>
        <translation>حدد كلمات أولًا (بالسحب أو النقر المزدوج أو ⁦Shift⁩ مع الأسهم)، ثم اضغط مفتاح الوسم.</translation>
    </message>
    <message>
        <source>Select one of your spans first (click it, or Tab).</source>
        <translation>حدد أولًا مقطعًا من مقاطعك (انقره، أو ⁦Tab⁩).</translation>
    </message>
    <message>
        <source>Select the span to link first (click it, or Tab), then L.</source>
        <translation>حدد أولًا المقطع المراد ربطه (انقره، أو ⁦Tab⁩)، ثم ⁦L⁩.</translation>
    </message>
    <message>
        <source>Recommenders</source>
        <translation>المُقترِحات</translation>
    </message>
    <message>
        <source>Re&amp;commenders…</source>
        <translation>ال&amp;مُقترِحات…</translation>
    </message>
    <message>
        <source>&amp;Suggest again for this document</source>
        <translation>ا&amp;قترح من جديد لهذا المستند</translation>
    </message>
    <message>
        <source>Lexicon: every string already tagged in this project</source>
        <translation>المعجم: كل نص وُسم من قبل في هذا المشروع</translation>
    </message>
    <message>
        <source>Attribution: Arabic reported speech (cues, sources, claims)</source>
        <translation>الإسناد: الكلام المنقول في العربية (القرائن والمصادر والادعاءات)</translation>
    </message>
    <message>
        <source>Models, one per line:</source>
        <translation>النماذج، واحد في كل سطر:</translation>
    </message>
    <message>
        <source>Add a spaCy model folder…</source>
        <translation>إضافة مجلد نموذج spaCy…</translation>
    </message>
    <message>
        <source>Suggestions appear outlined when a document opens: Enter accepts, Delete rejects, F8 goes on.</source>
        <translation>تظهر الاقتراحات بإطار عند فتح المستند: ⁦Enter⁩ للقبول، ⁦Delete⁩ للرفض، ⁦F8⁩ للتالي.</translation>
    </message>
    <message>
        <source>Isnad</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>File: {where}</source>
        <translation>الملف: {where}</translation>
    </message>
    <message>
        <source>Error {code}</source>
        <translation>الخطأ {code}</translation>
    </message>
    <message>
        <source>{what}. {todo}.</source>
        <translation>{what}. {todo}.</translation>
    </message>
    <message>
        <source>Read-only disk or folder: read and export only. To annotate, copy the project elsewhere.</source>
        <translation>قرص أو مجلد للقراءة فقط: القراءة والتصدير فحسب. لتوسيم المشروع انسخه إلى مكان آخر.</translation>
    </message>
    <message>
        <source>Open read-only (another window edits this project): read and export only.</source>
        <translation>مفتوح للقراءة فقط (نافذة أخرى تعدِّل هذا المشروع): القراءة والتصدير فحسب.</translation>
    </message>
    <message>
        <source>The project is busy (another program writes to it): your changes are saved once it is free.</source>
        <translation>المشروع مشغول (برنامج آخر يكتب فيه): تُحفظ تغييراتك حالما يفرغ.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Isnad</source>
        <translation>&amp;عن إسناد</translation>
    </message>
    <message>
        <source>About Isnad</source>
        <translation>عن إسناد</translation>
    </message>
    <message>
        <source>Isnad {version}</source>
        <translation>إسناد {version}</translation>
    </message>
    <message>
        <source>Annotate Arabic news: entities, claims, sources and who said what.</source>
        <translation>وسم الأخبار العربية: الكيانات والادعاءات والمصادر ومن قال ماذا.</translation>
    </message>
    <message>
        <source>Licence: MIT. Built with Qt for Python (PySide6, LGPL v3).</source>
        <translation>الترخيص: ⁦MIT⁩. مبني بـ ⁦Qt for Python (PySide6, LGPL v3)⁩.</translation>
    </message>
    <message>
        <source>The sample article: CC BY-SA 4.0 (resources/sample). The bundled fonts and their licences:</source>
        <translation>المقال النموذجي: ⁦CC BY-SA 4.0⁩ (⁦resources/sample⁩). الخطوط المرفقة وتراخيصها:</translation>
    </message>
    <message>
        <source>{name} is not UTF-8, and Isnad cannot tell its encoding. Read it as:</source>
        <translation>الملف {name} ليس بترميز ⁦UTF-8⁩، ولا يستطيع إسناد معرفة ترميزه. اقرأه بترميز:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
    <message>
        <source>Password of {user} (not saved):</source>
        <translation>كلمة مرور {user} (لا تُحفظ):</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the label '{label}' is not in the project's schema</source>
        <translation>الوسم «{label}» ليس في مخطط المشروع</translation>
    </message>
    <message>
        <source>use one of: {known}</source>
        <translation>استخدم واحدًا مما يلي: {known}</translation>
    </message>
    <message>
        <source>span [{start}, {end}) does not fit the document (0..{length}) or is empty</source>
        <translation>المقطع ⁦[{start}, {end})⁩ لا يقع داخل المستند (⁦0..{length}⁩) أو أنه فارغ</translation>
    </message>
    <message>
        <source>select at least one character inside the text</source>
        <translation>حدِّد حرفًا واحدًا على الأقل داخل النص</translation>
    </message>
    <message>
        <source>no span '{span_id}'</source>
        <translation>لا يوجد مقطع «{span_id}»</translation>
    </message>
    <message>
        <source>it may have been deleted; refresh the view</source>
        <translation>ربما حُذف؛ حدِّث العرض</translation>
    </message>
    <message>
        <source>the relation type '{type}' is not in the project's schema</source>
        <translation>نوع العلاقة «{type}» ليس في مخطط المشروع</translation>
    </message>
    <message>
        <source>'{type}' cannot go from a {kind} span</source>
        <translation>لا يمكن أن تبدأ العلاقة «{type}» من مقطع من نوع {kind}</translation>
    </message>
    <message>
        <source>its from end must be a {allowed} span</source>
        <translation>يجب أن يكون طرفها الأول مقطعًا من نوع {allowed}</translation>
    </message>
    <message>
        <source>'{type}' cannot go to a {kind} span</source>
        <translation>لا يمكن أن تنتهي العلاقة «{type}» إلى مقطع من نوع {kind}</translation>
    </message>
    <message>
        <source>its to end must be a {allowed} span</source>
        <translation>يجب أن يكون طرفها الثاني مقطعًا من نوع {allowed}</translation>
    </message>
    <message>
        <source>unknown status '{status}'</source>
        <translation>حالة غير معروفة: «{status}»</translation>
    </message>
    <message>
        <source>the relation's spans no longer exist</source>
        <translation>لم تعد مقاطع العلاقة موجودة</translation>
    </message>
    <message>
        <source>refresh the view</source>
        <translation>حدِّث العرض</translation>
    </message>
    <message>
        <source>no relation type links a {first} span and a {second} span</source>
        <translation>لا يوجد نوع علاقة يربط مقطع {first} بمقطع {second}</translation>
    </message>
    <message>
        <source>select two spans whose labels a relation type joins (in the default schema: a CLAIM and its SOURCE, or a CUE and its CLAIM)</source>
        <translation>حدِّد مقطعين يربط بين وسميهما نوعُ علاقة (في المخطط الافتراضي: ادعاء ⁦CLAIM⁩ ومصدره ⁦SOURCE⁩، أو قرينة ⁦CUE⁩ وادعاؤها ⁦CLAIM⁩)</translation>
    </message>
    <message>
        <source>{file} already exists</source>
        <translation>{file} موجود بالفعل</translation>
    </message>
    <message>
        <source>choose a new file name, or open the existing project</source>
        <translation>اختر اسم ملف جديدًا، أو افتح المشروع الموجود</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>create it first or choose another place</source>
        <translation>أنشئه أولًا أو اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>no project file at {file}</source>
        <translation>لا يوجد ملف مشروع في {file}</translation>
    </message>
    <message>
        <source>check the path, or create one with 'isnad init'</source>
        <translation>تحقَّق من المسار، أو أنشئ مشروعًا بالأمر ⁦isnad init⁩</translation>
    </message>
    <message>
        <source>{name} is already open in another Isnad window</source>
        <translation>{name} مفتوح بالفعل في نافذة أخرى من إسناد</translation>
    </message>
    <message>
        <source>switch to that window, or open this project read-only</source>
        <translation>انتقل إلى تلك النافذة، أو افتح هذا المشروع للقراءة فقط</translation>
    </message>
    <message>
        <source>this project is open read-only</source>
        <translation>هذا المشروع مفتوح للقراءة فقط</translation>
    </message>
    <message>
        <source>close it and open it again for editing</source>
        <translation>أغلقه ثم افتحه مجددًا للتحرير</translation>
    </message>
    <message>
        <source>no document '{doc_id}' in this project</source>
        <translation>لا يوجد مستند «{doc_id}» في هذا المشروع</translation>
    </message>
    <message>
        <source>list the documents with 'isnad ls PROJECT'</source>
        <translation>اعرض قائمة المستندات بالأمر ⁦isnad ls PROJECT⁩</translation>
    </message>
    <message>
        <source>'{ref}' is the start of more than one document's SHA-256</source>
        <translation>«{ref}» بداية بصمة ⁦SHA-256⁩ لأكثر من مستند</translation>
    </message>
    <message>
        <source>give more characters of the SHA-256, or the document id</source>
        <translation>اكتب مزيدًا من أحرف بصمة ⁦SHA-256⁩، أو معرِّف المستند</translation>
    </message>
    <message>
        <source>no document with id or SHA-256 prefix '{ref}'</source>
        <translation>لا يوجد مستند معرِّفه أو بداية بصمته ⁦SHA-256⁩ هي «{ref}»</translation>
    </message>
    <message>
        <source>list the documents and their ids with 'isnad ls PROJECT'</source>
        <translation>اعرض المستندات ومعرِّفاتها بالأمر ⁦isnad ls PROJECT⁩</translation>
    </message>
    <message>
        <source>{name} was made by a newer Isnad (project version {version}, this Isnad reads up to {supported})</source>
        <translation>أُنشئ {name} بإصدار أحدث من إسناد (إصدار المشروع {version}، وهذا الإصدار يقرأ حتى {supported})</translation>
    </message>
    <message>
        <source>update Isnad to open this project</source>
        <translation>حدِّث إسناد لتفتح هذا المشروع</translation>
    </message>
    <message>
        <source>the project refused the change ({detail})</source>
        <translation>رفض المشروع التغيير ({detail})</translation>
    </message>
    <message>
        <source>this is a bug if you did not edit the file by hand; please report it</source>
        <translation>هذا خلل في البرنامج إن لم تعدِّل الملف يدويًّا؛ يُرجى الإبلاغ عنه</translation>
    </message>
    <message>
        <source>the project file is busy (another program is writing to it)</source>
        <translation>ملف المشروع مشغول (برنامج آخر يكتب فيه)</translation>
    </message>
    <message>
        <source>wait until it finishes, then try again</source>
        <translation>انتظر حتى ينتهي، ثم أعد المحاولة</translation>
    </message>
    <message>
        <source>{name} or its folder is read-only (the project could not be written)</source>
        <translation>{name} أو مجلده للقراءة فقط (تعذَّرت الكتابة في المشروع)</translation>
    </message>
    <message>
        <source>make the file and its folder writable, or work on a copy</source>
        <translation>اجعل الملف ومجلده قابلَين للكتابة، أو اعمل على نسخة منه</translation>
    </message>
    <message>
        <source>{name} is not an Isnad project file</source>
        <translation>{name} ليس ملف مشروع من مشاريع إسناد</translation>
    </message>
    <message>
        <source>open a .isnad file made with 'isnad init' or File &gt; New</source>
        <translation>افتح ملف ⁦.isnad⁩ أُنشئ بالأمر ⁦isnad init⁩ أو من «ملف ‹ مشروع جديد»</translation>
    </message>
    <message>
        <source>{name} is not an Isnad project file ({detail})</source>
        <translation>{name} ليس ملف مشروع من مشاريع إسناد ({detail})</translation>
    </message>
    <message>
        <source>{name} is damaged or unreadable ({detail})</source>
        <translation>{name} تالف أو تتعذَّر قراءته ({detail})</translation>
    </message>
    <message>
        <source>restore it from a backup or a native JSONL export; 'PRAGMA integrity_check' shows details</source>
        <translation>استعِده من نسخة احتياطية أو من تصدير ⁦JSONL⁩ الأصلي؛ ويعرض ⁦PRAGMA integrity_check⁩ التفاصيل</translation>
    </message>
    <message>
        <source>cannot read the schema file ({reason})</source>
        <translation>تتعذَّر قراءة ملف المخطط ({reason})</translation>
    </message>
    <message>
        <source>check the path given to --schema</source>
        <translation>تحقَّق من المسار المعطى للخيار ⁦--schema⁩</translation>
    </message>
    <message>
        <source>the schema file is not valid {syntax}: {detail}</source>
        <translation>ملف المخطط ليس بصيغة {syntax} صحيحة: {detail}</translation>
    </message>
    <message>
        <source>fix the syntax; resources/schemas/news-attribution.toml is an example</source>
        <translation>صحِّح الصياغة؛ والملف ⁦resources/schemas/news-attribution.toml⁩ مثال عليها</translation>
    </message>
    <message>
        <source>a label or relation type is malformed ({detail})</source>
        <translation>وسم أو نوع علاقة مكتوب بصورة غير صحيحة ({detail})</translation>
    </message>
    <message>
        <source>fix that entry: every label needs a name; resources/schemas/news-attribution.toml shows the expected form</source>
        <translation>صحِّح هذا المُدخل: لا بد لكل وسم من اسم؛ ويبيِّن الملف ⁦resources/schemas/news-attribution.toml⁩ الصورة المتوقَّعة</translation>
    </message>
    <message>
        <source>labels defined twice: {labels}</source>
        <translation>وسوم معرَّفة مرتين: {labels}</translation>
    </message>
    <message>
        <source>keep one definition of each</source>
        <translation>أبقِ تعريفًا واحدًا لكل منها</translation>
    </message>
    <message>
        <source>unknown kind for {labels}</source>
        <translation>نوع غير معروف للوسوم {labels}</translation>
    </message>
    <message>
        <source>use one of {kinds}</source>
        <translation>استخدم أحد الأنواع: {kinds}</translation>
    </message>
    <message>
        <source>unknown encoding '{encoding}'</source>
        <translation>ترميز غير معروف: «{encoding}»</translation>
    </message>
    <message>
        <source>use a Python codec name such as utf-8, utf-16 or cp1256</source>
        <translation>استخدم اسم ترميز من ترميزات بايثون مثل ⁦utf-8⁩ أو ⁦utf-16⁩ أو ⁦cp1256⁩</translation>
    </message>
    <message>
        <source>not valid {encoding} at byte {byte} (line {line_number}): {sample}</source>
        <translation>النص ليس بترميز {encoding} صحيح عند البايت {byte} (السطر {line_number}): {sample}</translation>
    </message>
    <message>
        <source>save the file as UTF-8, or pass --encoding cp1256 for Windows Arabic files</source>
        <translation>احفظ الملف بترميز ⁦UTF-8⁩، أو مرِّر ⁦--encoding cp1256⁩ لملفات ويندوز العربية</translation>
    </message>
    <message>
        <source>the text contains a NUL character at character {position}</source>
        <translation>يحتوي النص على المحرف ⁦NUL⁩ في الموضع {position}</translation>
    </message>
    <message>
        <source>if the file is UTF-16 without a byte-order mark, pass --encoding utf-16-le (or utf-16-be); otherwise remove it from the source file</source>
        <translation>إن كان الملف بترميز ⁦UTF-16⁩ دون علامة ترتيب البايتات فمرِّر ⁦--encoding utf-16-le⁩ (أو ⁦utf-16-be⁩)؛ وإلا فاحذفه من الملف المصدر</translation>
    </message>
    <message>
        <source>the text contains a lone surrogate U+{code} at character {position}</source>
        <translation>يحتوي النص على بديل منفرد ⁦U+{code}⁩ في الموضع {position}</translation>
    </message>
    <message>
        <source>remove it from the source file and import again</source>
        <translation>احذفه من الملف المصدر ثم أعد الاستيراد</translation>
    </message>
    <message>
        <source>the document's text is empty</source>
        <translation>نص المستند فارغ</translation>
    </message>
    <message>
        <source>give every document some text, or leave it out</source>
        <translation>أعطِ كل مستند نصًّا، أو استبعده</translation>
    </message>
    <message>
        <source>span offsets must be integers, got {start}, {end}</source>
        <translation>يجب أن تكون إزاحتا المقطع عددين صحيحين، لكنهما {start} و{end}</translation>
    </message>
    <message>
        <source>write start and end as code-point indexes into the text</source>
        <translation>اكتب البداية والنهاية موضعين بنقاط الترميز في النص</translation>
    </message>
    <message>
        <source>span [{start}, {end}) ({label}) is outside the text (length {length}) or empty</source>
        <translation>المقطع ⁦[{start}, {end})⁩ ({label}) خارج النص (طوله {length}) أو أنه فارغ</translation>
    </message>
    <message>
        <source>offsets are code points into 'text', half-open, with start &lt; end</source>
        <translation>الإزاحات نقاط ترميز في الحقل ⁦text⁩، والمجال نصف مفتوح، والبداية أصغر من النهاية</translation>
    </message>
    <message>
        <source>span [{start}, {end}) covers only a byte-order mark or the \r of a \r\n line end, which Isnad drops from the text</source>
        <translation>المقطع ⁦[{start}, {end})⁩ لا يغطي إلا علامة ترتيب البايتات أو المحرف ⁦\r⁩ من نهاية السطر ⁦\r\n⁩، وكلاهما يحذفه إسناد من النص</translation>
    </message>
    <message>
        <source>remove that span or widen it to cover real text</source>
        <translation>احذف هذا المقطع أو وسِّعه ليغطي نصًّا فعليًّا</translation>
    </message>
    <message>
        <source>the span id '{span_id}' is given twice for different spans</source>
        <translation>معرِّف المقطع «{span_id}» معطًى مرتين لمقطعين مختلفين</translation>
    </message>
    <message>
        <source>give each span its own id (or none: Isnad then makes one)</source>
        <translation>أعطِ كل مقطع معرِّفًا خاصًّا به (أو لا تعطه معرِّفًا فيُنشئ له إسناد واحدًا)</translation>
    </message>
    <message>
        <source>the label '{name}' is not in the project's schema (unknown: {unknown})</source>
        <translation>الوسم «{name}» ليس في مخطط المشروع (غير المعروف: {unknown})</translation>
    </message>
    <message>
        <source>add it to the schema, or pass --add-labels to add unknown labels</source>
        <translation>أضفه إلى المخطط، أو مرِّر ⁦--add-labels⁩ لإضافة الوسوم غير المعروفة</translation>
    </message>
    <message>
        <source>the relation type '{name}' is not in the project's schema (unknown: {unknown})</source>
        <translation>نوع العلاقة «{name}» ليس في مخطط المشروع (غير المعروف: {unknown})</translation>
    </message>
    <message>
        <source>the id '{id}' already names one of the project's spans in another document</source>
        <translation>المعرِّف «{id}» مستعمل بالفعل لمقطع من مقاطع المشروع في مستند آخر</translation>
    </message>
    <message>
        <source>give this one its own id (or none: Isnad then makes one)</source>
        <translation>أعطِ هذا معرِّفًا خاصًّا به (أو لا تعطه معرِّفًا فيُنشئ له إسناد واحدًا)</translation>
    </message>
    <message>
        <source>the id '{id}' already names one of the project's relations in another document</source>
        <translation>المعرِّف «{id}» مستعمل بالفعل لعلاقة من علاقات المشروع في مستند آخر</translation>
    </message>
    <message>
        <source>a relation points to span '{span_id}', which does not exist</source>
        <translation>تشير علاقة إلى المقطع «{span_id}»، وهو غير موجود</translation>
    </message>
    <message>
        <source>give that span in the same document's 'spans', or fix the relation's 'from'/'to'</source>
        <translation>أضف هذا المقطع إلى الحقل ⁦spans⁩ في المستند نفسه، أو صحِّح الحقلين ⁦from⁩ و⁦to⁩ في العلاقة</translation>
    </message>
    <message>
        <source>a relation links span '{span_id}' of another document</source>
        <translation>تربط علاقةٌ المقطعَ «{span_id}» من مستند آخر</translation>
    </message>
    <message>
        <source>relations join spans of one document; give both ends in the same line</source>
        <translation>العلاقات تربط مقاطع مستند واحد؛ اذكر طرفيها في السطر نفسه</translation>
    </message>
    <message>
        <source>no .txt files in the folder {folder}</source>
        <translation>لا توجد ملفات ⁦.txt⁩ في المجلد {folder}</translation>
    </message>
    <message>
        <source>point at a folder that holds .txt articles</source>
        <translation>اختر مجلدًا يحوي مقالات بصيغة ⁦.txt⁩</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>remove it from the import or add the article's text</source>
        <translation>استبعده من الاستيراد أو أضف نص المقالة</translation>
    </message>
    <message>
        <source>line {number} is not valid JSON ({error} at column {column})</source>
        <translation>السطر {number} ليس ⁦JSON⁩ صحيحًا ({error} عند العمود {column})</translation>
    </message>
    <message>
        <source>fix or remove that line; each line must hold one JSON object</source>
        <translation>صحِّح هذا السطر أو احذفه؛ يجب أن يحوي كل سطر كائن ⁦JSON⁩ واحدًا</translation>
    </message>
    <message>
        <source>line {number} is not valid JSON ({error} at column {column}) — the file looks truncated</source>
        <translation>السطر {number} ليس ⁦JSON⁩ صحيحًا ({error} عند العمود {column}) — يبدو أن الملف مبتور</translation>
    </message>
    <message>
        <source>the line has no string field 'text'</source>
        <translation>ليس في السطر حقل نصي باسم ⁦text⁩</translation>
    </message>
    <message>
        <source>each line must be an object like {{"text": "...", "spans": [...]}}</source>
        <translation>يجب أن يكون كل سطر كائنًا مثل ⁦{{"text": "...", "spans": [...]}}⁩</translation>
    </message>
    <message>
        <source>this looks like doccano JSONL ('entities' or a 'label' list, no 'spans'); read as native JSONL its annotations would be lost</source>
        <translation>يبدو هذا بصيغة ⁦JSONL⁩ الخاصة بـ ⁦doccano⁩ (فيه ⁦entities⁩ أو قائمة ⁦label⁩، وليس فيه ⁦spans⁩)؛ ولو قُرئ بصيغة ⁦JSONL⁩ الأصلية لضاعت توسيماته</translation>
    </message>
    <message>
        <source>import it with --format doccano (isnad import PROJECT FILE --format doccano)</source>
        <translation>استورده بالخيار ⁦--format doccano⁩ (⁦isnad import PROJECT FILE --format doccano⁩)</translation>
    </message>
    <message>
        <source>a span lacks start, end or label: {span}</source>
        <translation>مقطع ينقصه ⁦start⁩ أو ⁦end⁩ أو ⁦label⁩: {span}</translation>
    </message>
    <message>
        <source>write spans as {{"start": 0, "end": 4, "label": "PER"}}</source>
        <translation>اكتب المقاطع هكذا: ⁦{{"start": 0, "end": 4, "label": "PER"}}⁩</translation>
    </message>
    <message>
        <source>span [{start}, {end}) covers {covered} but its 'text' says {given}</source>
        <translation>المقطع ⁦[{start}, {end})⁩ يغطي {covered} لكن حقله ⁦text⁩ يقول {given}</translation>
    </message>
    <message>
        <source>offsets must be code points into 'text' (not bytes or UTF-16 units); fix them or drop the span's 'text'</source>
        <translation>يجب أن تكون الإزاحات نقاط ترميز في الحقل ⁦text⁩ (لا بايتات ولا وحدات ⁦UTF-16⁩)؛ صحِّحها أو احذف الحقل ⁦text⁩ من المقطع</translation>
    </message>
    <message>
        <source>a relation lacks from, to or type: {relation}</source>
        <translation>علاقة ينقصها ⁦from⁩ أو ⁦to⁩ أو ⁦type⁩: {relation}</translation>
    </message>
    <message>
        <source>write relations as {{"from": span id, "to": span id, "type": "attributed_to"}}</source>
        <translation>اكتب العلاقات هكذا: ⁦{{"from": span id, "to": span id, "type": "attributed_to"}}⁩</translation>
    </message>
    <message>
        <source>a relation lacks from, to or type: {relation} — from_id/to_id are doccano's keys</source>
        <translation>علاقة ينقصها ⁦from⁩ أو ⁦to⁩ أو ⁦type⁩: {relation} — والمفتاحان ⁦from_id/to_id⁩ من مفاتيح ⁦doccano⁩</translation>
    </message>
    <message>
        <source>'{key}' must be a list</source>
        <translation>يجب أن يكون «{key}» قائمة</translation>
    </message>
    <message>
        <source>write '{key}' as a JSON array</source>
        <translation>اكتب «{key}» مصفوفةَ ⁦JSON⁩</translation>
    </message>
    <message>
        <source>'{key}' must be an object</source>
        <translation>يجب أن يكون «{key}» كائنًا</translation>
    </message>
    <message>
        <source>write '{key}' as a JSON object</source>
        <translation>اكتب «{key}» كائنَ ⁦JSON⁩</translation>
    </message>
    <message>
        <source>the document has no text</source>
        <translation>ليس للمستند نص</translation>
    </message>
    <message>
        <source>give every document a text string</source>
        <translation>أعطِ كل مستند نصًّا</translation>
    </message>
    <message>
        <source>span {span} has offsets {offsets}, which are not both integers</source>
        <translation>إزاحتا المقطع {span} هما {offsets}، وليستا كلتاهما عددين صحيحين</translation>
    </message>
    <message>
        <source>offsets are integers counting code points (not true/false, strings or null)</source>
        <translation>الإزاحات أعداد صحيحة تعدّ نقاط الترميز (لا ⁦true/false⁩ ولا سلاسل نصية ولا ⁦null⁩)</translation>
    </message>
    <message>
        <source>span {span} [{start}, {end}) lies outside the text of {length} characters or is empty</source>
        <translation>المقطع {span} ⁦[{start}, {end})⁩ يقع خارج النص (عدد أحرفه {length}) أو أنه فارغ</translation>
    </message>
    <message>
        <source>fix the offsets: 0 &lt;= start &lt; end &lt;= text length, in code points</source>
        <translation>صحِّح الإزاحات: ⁦0 &lt;= start &lt; end &lt;= text length⁩، بنقاط الترميز</translation>
    </message>
    <message>
        <source>span {span} says {given} but the text at [{start}, {end}) is {covered}</source>
        <translation>المقطع {span} يذكر {given} لكن النص في ⁦[{start}, {end})⁩ هو {covered}</translation>
    </message>
    <message>
        <source>the offsets must count Unicode code points of this very text; fix the file</source>
        <translation>يجب أن تعدّ الإزاحات نقاط ترميز يونيكود في هذا النص نفسه؛ صحِّح الملف</translation>
    </message>
    <message>
        <source>span {span}: the label must be a non-empty string, not {actual}</source>
        <translation>المقطع {span}: يجب أن يكون الوسم نصًّا غير فارغ، لا {actual}</translation>
    </message>
    <message>
        <source>give every span a label such as "PER"</source>
        <translation>أعطِ كل مقطع وسمًا مثل ⁦"PER"⁩</translation>
    </message>
    <message>
        <source>relation {relation}: the type must be a non-empty string, not {actual}</source>
        <translation>العلاقة {relation}: يجب أن يكون النوع نصًّا غير فارغ، لا {actual}</translation>
    </message>
    <message>
        <source>give every relation a type such as "attributed_to"</source>
        <translation>أعطِ كل علاقة نوعًا مثل ⁦"attributed_to"⁩</translation>
    </message>
    <message>
        <source>relation {relation} points to span {span}, which does not exist</source>
        <translation>تشير العلاقة {relation} إلى المقطع {span}، وهو غير موجود</translation>
    </message>
    <message>
        <source>link only spans defined in the same document</source>
        <translation>لا تربط إلا مقاطع معرَّفة في المستند نفسه</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد لا ملف</translation>
    </message>
    <message>
        <source>give the path of {kind}</source>
        <translation>أعطِ مسار {kind}</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>تتعذَّر قراءة الملف ({reason})</translation>
    </message>
    <message>
        <source>check that it exists and that you may read it</source>
        <translation>تحقَّق من وجوده ومن أن لك إذنًا بقراءته</translation>
    </message>
    <message>
        <source>invalid JSON ({error}, column {column})</source>
        <translation>⁦JSON⁩ غير صحيح ({error}، العمود {column})</translation>
    </message>
    <message>
        <source>fix this line; each line must be one JSON object</source>
        <translation>صحِّح هذا السطر؛ يجب أن يكون كل سطر كائن ⁦JSON⁩ واحدًا</translation>
    </message>
    <message>
        <source>this is not a JSON array of tasks</source>
        <translation>هذه ليست مصفوفة ⁦JSON⁩ من المهام</translation>
    </message>
    <message>
        <source>export tasks as JSON from the tool</source>
        <translation>صدِّر المهام بصيغة ⁦JSON⁩ من الأداة</translation>
    </message>
    <message>
        <source>fix the JSON syntax</source>
        <translation>صحِّح صياغة ⁦JSON⁩</translation>
    </message>
    <message>
        <source>more JSON follows the end of the tasks (several values in one file?)</source>
        <translation>يلي نهايةَ المهام مزيدٌ من ⁦JSON⁩ (أأكثر من قيمة في ملف واحد؟)</translation>
    </message>
    <message>
        <source>keep one JSON array of tasks per file: join the arrays or remove the extra text</source>
        <translation>أبقِ مصفوفة ⁦JSON⁩ واحدة من المهام في كل ملف: ادمج المصفوفات أو احذف النص الزائد</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {actual}</source>
        <translation>يجب أن يكون {name} {kind}، لا {actual}</translation>
    </message>
    <message>
        <source>write {name} as {kind}</source>
        <translation>اكتب {name} {kind}</translation>
    </message>
    <message>
        <source>this line is not a doccano document with a text</source>
        <translation>هذا السطر ليس مستند ⁦doccano⁩ فيه نص</translation>
    </message>
    <message>
        <source>each line must look like {{"text": ..., "entities": [{{"id", "label", "start_offset", "end_offset"}}]}}</source>
        <translation>يجب أن يكون كل سطر مثل ⁦{{"text": ..., "entities": [{{"id", "label", "start_offset", "end_offset"}}]}}⁩</translation>
    </message>
    <message>
        <source>a span or relation lacks a field or is malformed ({error})</source>
        <translation>مقطع أو علاقة ينقصه حقل أو أنه مكتوب بصورة غير صحيحة ({error})</translation>
    </message>
    <message>
        <source>this task has no data.text</source>
        <translation>ليس في هذه المهمة الحقل ⁦data.text⁩</translation>
    </message>
    <message>
        <source>a task looks like {{"data": {{"text": ...}}, "annotations": [{{"result": [...]}}]}}</source>
        <translation>تكون المهمة هكذا: ⁦{{"data": {{"text": ...}}, "annotations": [{{"result": [...]}}]}}⁩</translation>
    </message>
    <message>
        <source>an annotation has no result list</source>
        <translation>توسيم ليس فيه قائمة ⁦result⁩</translation>
    </message>
    <message>
        <source>a result lacks a field or is malformed ({error})</source>
        <translation>نتيجة ينقصها حقل أو أنها مكتوبة بصورة غير صحيحة ({error})</translation>
    </message>
    <message>
        <source>labels results need id and value.start/end/labels; relations need from_id/to_id</source>
        <translation>نتائج الوسوم تحتاج إلى ⁦id⁩ و⁦value.start/end/labels⁩؛ والعلاقات تحتاج إلى ⁦from_id/to_id⁩</translation>
    </message>
    <message>
        <source>{name} is neither a brat folder nor a .ann/.txt file</source>
        <translation>{name} ليس مجلد ⁦brat⁩ ولا ملف ⁦.ann/.txt⁩</translation>
    </message>
    <message>
        <source>pass the folder holding NAME.txt and NAME.ann files</source>
        <translation>مرِّر المجلد الذي يحوي ملفات ⁦NAME.txt⁩ و⁦NAME.ann⁩</translation>
    </message>
    <message>
        <source>{file} leads outside the folder being imported ({top})</source>
        <translation>{file} يؤدي إلى خارج المجلد الجاري استيراده ({top})</translation>
    </message>
    <message>
        <source>copy the files into the folder instead of linking them</source>
        <translation>انسخ الملفات إلى المجلد بدلًا من ربطها</translation>
    </message>
    <message>
        <source>{ann} has no {txt} beside it</source>
        <translation>لا يوجد بجانب {ann} ملف {txt}</translation>
    </message>
    <message>
        <source>put the document text, byte for byte, in a .txt of the same name</source>
        <translation>ضع نص المستند، بايتًا ببايت، في ملف ⁦.txt⁩ بالاسم نفسه</translation>
    </message>
    <message>
        <source>{txt} has no {ann} beside it</source>
        <translation>لا يوجد بجانب {txt} ملف {ann}</translation>
    </message>
    <message>
        <source>pass the folder, or create an empty .ann</source>
        <translation>مرِّر المجلد، أو أنشئ ملف ⁦.ann⁩ فارغًا</translation>
    </message>
    <message>
        <source>cannot read this text-bound annotation</source>
        <translation>تتعذَّر قراءة هذا التوسيم المرتبط بالنص</translation>
    </message>
    <message>
        <source>write it as T1&lt;TAB&gt;LABEL START END&lt;TAB&gt;text</source>
        <translation>اكتبه هكذا: ⁦T1&lt;TAB&gt;LABEL START END&lt;TAB&gt;text⁩</translation>
    </message>
    <message>
        <source>cannot read this text-bound annotation (discontinuous spans are not supported)</source>
        <translation>تتعذَّر قراءة هذا التوسيم المرتبط بالنص (المقاطع المتقطعة غير مدعومة)</translation>
    </message>
    <message>
        <source>cannot read this relation</source>
        <translation>تتعذَّر قراءة هذه العلاقة</translation>
    </message>
    <message>
        <source>write it as R1&lt;TAB&gt;TYPE Arg1:T1 Arg2:T2</source>
        <translation>اكتبها هكذا: ⁦R1&lt;TAB&gt;TYPE Arg1:T1 Arg2:T2⁩</translation>
    </message>
    <message>
        <source>this attribute does not name a span defined above ({body})</source>
        <translation>هذه الخاصية لا تسمّي مقطعًا معرَّفًا أعلاه ({body})</translation>
    </message>
    <message>
        <source>write it as A1&lt;TAB&gt;NAME T1 [VALUE] after the T line</source>
        <translation>اكتبها هكذا: ⁦A1&lt;TAB&gt;NAME T1 [VALUE]⁩ بعد السطر ⁦T⁩</translation>
    </message>
    <message>
        <source>'{kind}' annotations (events, normalisations, equivalences) cannot be imported</source>
        <translation>لا يمكن استيراد توسيمات «{kind}» (الأحداث والتوحيدات والتكافؤات)</translation>
    </message>
    <message>
        <source>remove those lines or keep only T, R, A and # lines</source>
        <translation>احذف تلك الأسطر أو أبقِ أسطر ⁦T⁩ و⁦R⁩ و⁦A⁩ و⁦#⁩ وحدها</translation>
    </message>
    <message>
        <source>no format '{name}' can read files</source>
        <translation>لا توجد صيغة باسم «{name}» تقرأ الملفات</translation>
    </message>
    <message>
        <source>no format '{name}' can write files</source>
        <translation>لا توجد صيغة باسم «{name}» تكتب الملفات</translation>
    </message>
    <message>
        <source>cannot tell the format of {name} from its name</source>
        <translation>تتعذَّر معرفة صيغة {name} من اسمه</translation>
    </message>
    <message>
        <source>pass --format (e.g. --format jsonl), or use .txt / .jsonl files</source>
        <translation>مرِّر الخيار ⁦--format⁩ (مثل ⁦--format jsonl⁩)، أو استخدم ملفات ⁦.txt⁩ أو ⁦.jsonl⁩</translation>
    </message>
    <message>
        <source>create it or choose another output path</source>
        <translation>أنشئه أو اختر مسار إخراج آخر</translation>
    </message>
    <message>
        <source>{out} is a database (an Isnad project?), which an export never overwrites</source>
        <translation>{out} قاعدة بيانات (مشروع إسناد؟)، ولا يكتب التصدير فوقها أبدًا</translation>
    </message>
    <message>
        <source>give the export its own file name, e.g. export.jsonl</source>
        <translation>أعطِ التصدير اسم ملف خاصًّا به، مثل ⁦export.jsonl⁩</translation>
    </message>
    <message>
        <source>{out} is not a regular file (a device or pipe)</source>
        <translation>{out} ليس ملفًا عاديًّا (بل جهاز أو أنبوب)</translation>
    </message>
    <message>
        <source>give a file path with -o</source>
        <translation>أعطِ مسار ملف بالخيار ⁦-o⁩</translation>
    </message>
    <message>
        <source>{out} is a folder, but this export writes one file</source>
        <translation>{out} مجلد، لكن هذا التصدير يكتب ملفًا واحدًا</translation>
    </message>
    <message>
        <source>{out} is a file, but this export writes a folder</source>
        <translation>{out} ملف، لكن هذا التصدير يكتب مجلدًا</translation>
    </message>
    <message>
        <source>give the path of a new folder with -o</source>
        <translation>أعطِ مسار مجلد جديد بالخيار ⁦-o⁩</translation>
    </message>
    <message>
        <source>{out} is a folder holding other files than an earlier export of this kind</source>
        <translation>{out} مجلد فيه ملفات غير تصدير سابق من هذا النوع</translation>
    </message>
    <message>
        <source>choose a new or empty folder for the export</source>
        <translation>اختر مجلدًا جديدًا أو فارغًا للتصدير</translation>
    </message>
    <message>
        <source>spaCy is not installed, so no .spacy file can be written</source>
        <translation>مكتبة ⁦spaCy⁩ غير مثبَّتة، فلا يمكن كتابة ملف ⁦.spacy⁩</translation>
    </message>
    <message>
        <source>install it with: pip install 'isnad[spacy]' (from a checkout: pip install '.[spacy]')</source>
        <translation>ثبِّتها بالأمر: ⁦pip install 'isnad[spacy]'⁩ (من نسخة المصدر: ⁦pip install '.[spacy]'⁩)</translation>
    </message>
    <message>
        <source>split ratios must be non-negative numbers with a positive sum: {splits}</source>
        <translation>يجب أن تكون نسب التقسيم أعدادًا غير سالبة مجموعها موجب: {splits}</translation>
    </message>
    <message>
        <source>write them like train=0.8,dev=0.1,test=0.1</source>
        <translation>اكتبها هكذا: ⁦train=0.8,dev=0.1,test=0.1⁩</translation>
    </message>
    <message>
        <source>the split name '{name}' is not a plain name</source>
        <translation>اسم القسم «{name}» ليس اسمًا بسيطًا</translation>
    </message>
    <message>
        <source>use letters, digits, - and _ only, e.g. train=0.8,dev=0.1,test=0.1</source>
        <translation>استخدم الحروف والأرقام و⁦-⁩ و⁦_⁩ فقط، مثل ⁦train=0.8,dev=0.1,test=0.1⁩</translation>
    </message>
    <message>
        <source>the split '{name}' is given twice</source>
        <translation>القسم «{name}» مذكور مرتين</translation>
    </message>
    <message>
        <source>name each split once</source>
        <translation>اذكر كل قسم مرة واحدة</translation>
    </message>
    <message>
        <source>cannot read the split '{part}'</source>
        <translation>تتعذَّر قراءة القسم «{part}»</translation>
    </message>
    <message>
        <source>write splits like train=0.8,dev=0.1,test=0.1</source>
        <translation>اكتب الأقسام هكذا: ⁦train=0.8,dev=0.1,test=0.1⁩</translation>
    </message>
    <message>
        <source>cannot read the renaming '{pair}'</source>
        <translation>تتعذَّر قراءة إعادة التسمية «{pair}»</translation>
    </message>
    <message>
        <source>write it as OLD=NEW, e.g. PERS=PER</source>
        <translation>اكتبها بالصورة ⁦OLD=NEW⁩، مثل ⁦PERS=PER⁩</translation>
    </message>
    <message>
        <source>no output path</source>
        <translation>لا يوجد مسار إخراج</translation>
    </message>
    <message>
        <source>type one or press Choose…</source>
        <translation>اكتب مسارًا أو اضغط «اختر…»</translation>
    </message>
    <message>
        <source>no layer is ticked</source>
        <translation>لم تُحدَّد أي طبقة</translation>
    </message>
    <message>
        <source>tick at least one layer, or all of them to keep everything</source>
        <translation>حدِّد طبقة واحدة على الأقل، أو حدِّدها كلها لتُبقي على كل شيء</translation>
    </message>
    <message>
        <source>no status is ticked</source>
        <translation>لم تُحدَّد أي حالة</translation>
    </message>
    <message>
        <source>tick at least one status, or all of them to keep everything</source>
        <translation>حدِّد حالة واحدة على الأقل، أو حدِّدها كلها لتُبقي على كل شيء</translation>
    </message>
    <message>
        <source>no label is ticked</source>
        <translation>لم يُحدَّد أي وسم</translation>
    </message>
    <message>
        <source>tick at least one label, or all of them to keep everything</source>
        <translation>حدِّد وسمًا واحدًا على الأقل، أو حدِّدها كلها لتُبقي على كل شيء</translation>
    </message>
    <message>
        <source>cannot use {name} ({reason})</source>
        <translation>يتعذَّر استعمال {name} ({reason})</translation>
    </message>
    <message>
        <source>check the path, that it is a file or folder as the command expects, and its permissions; nothing was changed</source>
        <translation>تحقَّق من المسار، ومن أنه ملف أو مجلد كما يتوقع الأمر، ومن أذوناته؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>cannot use a file ({reason})</source>
        <translation>يتعذَّر استعمال ملف ({reason})</translation>
    </message>
    <message>
        <source>{file} does not exist</source>
        <translation>{file} غير موجود</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>تحقَّق من المسار</translation>
    </message>
    <message>
        <source>no layer named {names} in this project</source>
        <translation>لا توجد في هذا المشروع طبقة باسم {names}</translation>
    </message>
    <message>
        <source>use some of: {known}</source>
        <translation>استخدم بعضًا مما يلي: {known}</translation>
    </message>
    <message>
        <source>use some of: (none yet)</source>
        <translation>استخدم بعضًا مما يلي: (لا شيء بعد)</translation>
    </message>
    <message>
        <source>no label {names} in the project's schema</source>
        <translation>لا يوجد الوسم {names} في مخطط المشروع</translation>
    </message>
    <message>
        <source>check the path of the source</source>
        <translation>تحقَّق من مسار المصدر</translation>
    </message>
    <message>
        <source>agreement needs at least two annotators</source>
        <translation>يحتاج حساب الاتفاق إلى مُعلِّمَين اثنين على الأقل</translation>
    </message>
    <message>
        <source>name two or more with --annotators</source>
        <translation>اذكر اثنين أو أكثر بالخيار ⁦--annotators⁩</translation>
    </message>
    <message>
        <source>{out} is a folder</source>
        <translation>{out} مجلد</translation>
    </message>
    <message>
        <source>give a file name for the report, e.g. agreement.html</source>
        <translation>أعطِ التقرير اسم ملف، مثل ⁦agreement.html⁩</translation>
    </message>
    <message>
        <source>{out} is a database or a special file, which a report never overwrites</source>
        <translation>{out} قاعدة بيانات أو ملف خاص، ولا يكتب التقرير فوقه أبدًا</translation>
    </message>
    <message>
        <source>give the report its own file name, e.g. agreement.html</source>
        <translation>أعطِ التقرير اسم ملف خاصًّا به، مثل ⁦agreement.html⁩</translation>
    </message>
    <message>
        <source>create it or choose another path</source>
        <translation>أنشئه أو اختر مسارًا آخر</translation>
    </message>
    <message>
        <source>cannot write {out} ({reason})</source>
        <translation>تتعذَّر الكتابة في {out} ({reason})</translation>
    </message>
    <message>
        <source>choose another path for the report</source>
        <translation>اختر مسارًا آخر للتقرير</translation>
    </message>
    <message>
        <source>agreement compares at most 62 labels at once ({count} here)</source>
        <translation>يقارن حساب الاتفاق ⁦62⁩ وسمًا على الأكثر في المرة الواحدة (وهنا {count})</translation>
    </message>
    <message>
        <source>choose the labels to compare with --labels</source>
        <translation>اختر الوسوم المراد مقارنتها بالخيار ⁦--labels⁩</translation>
    </message>
    <message>
        <source>unknown recommender '{spec}'</source>
        <translation>مُقترِح غير معروف: «{spec}»</translation>
    </message>
    <message>
        <source>use lexicon, attribution, spacy:PATH or transformers:PATH</source>
        <translation>استخدم ⁦lexicon⁩ أو ⁦attribution⁩ أو ⁦spacy:PATH⁩ أو ⁦transformers:PATH⁩</translation>
    </message>
    <message>
        <source>Isnad needs a name to save your spans under</source>
        <translation>يحتاج إسناد إلى اسم ليحفظ مقاطعك باسمه</translation>
    </message>
    <message>
        <source>type your name when Isnad asks for it, or start it with: isnad gui --annotator NAME</source>
        <translation>اكتب اسمك حين يطلبه إسناد، أو شغّله بالأمر: ⁦isnad gui --annotator NAME⁩</translation>
    </message>
    <message>
        <source>choose the format in the Import dialog's file-type list, or name the file .txt, .jsonl, .json or .ann</source>
        <translation>اختر الصيغة من قائمة أنواع الملفات في نافذة الاستيراد، أو سمِّ الملف بامتداد ⁦.txt⁩ أو ⁦.jsonl⁩ أو ⁦.json⁩ أو ⁦.ann⁩</translation>
    </message>
    <message>
        <source>the recommender '{name}' suggests {what} the project's schema lacks: {unknown}</source>
        <translation>يقترح المُقترِح «{name}» {what} لا يعرفها مخطط المشروع: {unknown}</translation>
    </message>
    <message>
        <source>map each to one the schema has with --map OLD=NEW (it has: {known}), or add them to the schema</source>
        <translation>اربط كلًّا منها بما في المخطط عبر ⁦--map OLD=NEW⁩ (فيه: {known})، أو أضفها إلى المخطط</translation>
    </message>
    <message>
        <source>the recommender '{name}' suggested [{start}, {end}) in document '{doc_id}', outside its text (0..{length})</source>
        <translation>اقترح المُقترِح «{name}» المقطع ⁦[{start}, {end})⁩ في المستند «{doc_id}» خارج نصه (⁦0..{length}⁩)</translation>
    </message>
    <message>
        <source>this is a bug in that recommender; report it with the document</source>
        <translation>هذا خطأ في ذلك المُقترِح؛ أبلغ عنه مع المستند</translation>
    </message>
    <message>
        <source>the recommender '{name}' suggested a relation between spans {source} and {target}, but it gave {count} spans</source>
        <translation>اقترح المُقترِح «{name}» علاقة بين المقطعين {source} و{target}، وعدد ما قدّمه من مقاطع {count}</translation>
    </message>
    <message>
        <source>'{layer}' is not a suggestion layer</source>
        <translation>«{layer}» ليست طبقة اقتراحات</translation>
    </message>
    <message>
        <source>suggestions go to a layer of their own named suggest:NAME, e.g. suggest:lexicon; only people accept them into their layers</source>
        <translation>توضع الاقتراحات في طبقة خاصة اسمها ⁦suggest:NAME⁩ مثل ⁦suggest:lexicon⁩؛ والبشر وحدهم يقبلونها في طبقاتهم</translation>
    </message>
    <message>
        <source>cannot read the label mapping '{pair}'</source>
        <translation>تعذّرت قراءة ربط الوسوم «{pair}»</translation>
    </message>
    <message>
        <source>write it as OLD=NEW, e.g. --map PERS=PER</source>
        <translation>اكتبه بصيغة ⁦OLD=NEW⁩، مثل ⁦--map PERS=PER⁩</translation>
    </message>
    <message>
        <source>'{layer}' is not a suggestion layer, so there is nothing to reject</source>
        <translation>«{layer}» ليست طبقة اقتراحات، فلا شيء يُرفض</translation>
    </message>
    <message>
        <source>reject suggestions (layers named suggest:NAME); delete other spans instead</source>
        <translation>ارفض الاقتراحات (طبقات ⁦suggest:NAME⁩)؛ أما المقاطع الأخرى فاحذفها</translation>
    </message>
    <message>
        <source>the lexicon can learn only from people's layers, not from {layer}</source>
        <translation>لا يتعلم المعجم إلا من طبقات البشر، لا من {layer}</translation>
    </message>
    <message>
        <source>name layers that are not suggest:NAME with --annotator</source>
        <translation>سمِّ بـ⁦--annotator⁩ طبقاتٍ ليست ⁦suggest:NAME⁩</translation>
    </message>
    <message>
        <source>--evaluate needs the layer to compare with</source>
        <translation>يحتاج ⁦--evaluate⁩ إلى الطبقة التي يُقارن بها</translation>
    </message>
    <message>
        <source>add --against LAYER, e.g. --against gold</source>
        <translation>أضف ⁦--against LAYER⁩، مثل ⁦--against gold⁩</translation>
    </message>
    <message>
        <source>no layer named {layer} in this project</source>
        <translation>لا طبقة باسم {layer} في هذا المشروع</translation>
    </message>
    <message>
        <source>no document has {what}</source>
        <translation>لا مستند فيه {what}</translation>
    </message>
    <message>
        <source>check --status and --annotator (statuses: {statuses})</source>
        <translation>راجع ⁦--status⁩ و⁦--annotator⁩ (الحالات: {statuses})</translation>
    </message>
    <message>
        <source>the project setting 'recommenders' must be a list of recommender names, not {value}</source>
        <translation>يجب أن يكون إعداد المشروع ⁦recommenders⁩ قائمة بأسماء المُقترِحات، لا {value}</translation>
    </message>
    <message>
        <source>choose the recommenders again (a list such as ["lexicon", "attribution"])</source>
        <translation>اختر المُقترِحات من جديد (قائمة مثل ⁦["lexicon", "attribution"]⁩)</translation>
    </message>
    <message>
        <source>a verdict must be {allowed}, not {actual}</source>
        <translation>يجب أن يكون الحكم {allowed}، لا {actual}</translation>
    </message>
    <message>
        <source>write verdicts as {{"key": "span:0:4:PER", "label": "PER", "verdict": "rejected"}}</source>
        <translation>اكتب الأحكام بصيغة ⁦{{"key": "span:0:4:PER", "label": "PER", "verdict": "rejected"}}⁩</translation>
    </message>
    <message>
        <source>a suggestion worker process ended unexpectedly (status {status}) while the recommender '{name}' ran</source>
        <translation>انتهت إحدى عمليات الاقتراح العاملة على غير المتوقع (الحالة {status}) أثناء تشغيل المُقترِح «{name}»</translation>
    </message>
    <message>
        <source>nothing was written; if memory ran out (the system then sends SIGKILL), close other programs and run it again</source>
        <translation>لم يُكتب شيء؛ إن نفدت الذاكرة (يرسل النظام حينها ⁦SIGKILL⁩) فأغلق برامج أخرى وأعد التشغيل</translation>
    </message>
    <message>
        <source>could not write the suggestions to the scratch file {file} ({detail})</source>
        <translation>تعذّرت كتابة الاقتراحات في الملف المؤقت {file} ({detail})</translation>
    </message>
    <message>
        <source>free some space there, or choose another folder for scratch files with the TMPDIR environment variable, then run it again; nothing was written to the project</source>
        <translation>أفرِغ بعض المساحة هناك، أو اختر مجلدًا آخر للملفات المؤقتة بمتغير البيئة ⁦TMPDIR⁩، ثم أعد التشغيل؛ لم يُكتب شيء في المشروع</translation>
    </message>
    <message>
        <source>{layer} received suggestions from elsewhere (an open window?) just as this run began</source>
        <translation>وصلت إلى {layer} اقتراحات من مكان آخر (نافذة مفتوحة؟) لحظة بدء هذا التشغيل</translation>
    </message>
    <message>
        <source>run the same command again: it then replaces them; nothing was written</source>
        <translation>أعد تشغيل الأمر نفسه: سيستبدلها حينئذ؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>the recommender '{kind}' needs the path of a model folder</source>
        <translation>يحتاج المُقترِح «{kind}» إلى مسار مجلد نموذج</translation>
    </message>
    <message>
        <source>write it as {kind}:PATH, e.g. {kind}:model/</source>
        <translation>اكتبه بصيغة ⁦{kind}:PATH⁩، مثل ⁦{kind}:model/⁩</translation>
    </message>
    <message>
        <source>{recommender}: {folder} does not exist</source>
        <translation>{recommender}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>check the path of the model folder</source>
        <translation>تحقَّق من مسار مجلد النموذج</translation>
    </message>
    <message>
        <source>{recommender}: {folder} is not a spaCy pipeline (it has no {missing})</source>
        <translation>{recommender}: المجلد {folder} ليس خط معالجة spaCy (لا يحوي {missing})</translation>
    </message>
    <message>
        <source>give a folder written by nlp.to_disk() or 'isnad train'</source>
        <translation>أعطِ مجلدًا كتبه ⁦nlp.to_disk()⁩ أو ⁦isnad train⁩</translation>
    </message>
    <message>
        <source>{recommender}: the pipeline was made for spaCy {wanted}, but spaCy {installed} is installed</source>
        <translation>{recommender}: صُنع خط المعالجة لـ spaCy {wanted}، والمثبَّت هو spaCy {installed}</translation>
    </message>
    <message>
        <source>train it again with this spaCy ('isnad train'), or install a spaCy {wanted}</source>
        <translation>درِّبه من جديد بهذا الإصدار (⁦isnad train⁩)، أو ثبِّت spaCy {wanted}</translation>
    </message>
    <message>
        <source>{recommender}: the model could not be loaded ({error})</source>
        <translation>{recommender}: تعذّر تحميل النموذج ({error})</translation>
    </message>
    <message>
        <source>check that the folder is complete and was made for the installed {library}</source>
        <translation>تحقَّق من أن المجلد كامل وأنه صُنع لـ {library} المثبَّتة</translation>
    </message>
    <message>
        <source>{recommender}: the model's labels {unknown} are not in the project's schema</source>
        <translation>{recommender}: وسوم النموذج {unknown} ليست في مخطط المشروع</translation>
    </message>
    <message>
        <source>map each to a schema label with --map MODEL=SCHEMA, e.g. --map {example}; the schema has: {known}</source>
        <translation>اربط كلًّا منها بوسم من المخطط عبر ⁦--map MODEL=SCHEMA⁩، مثل ⁦--map⁩ {example}؛ وفي المخطط: {known}</translation>
    </message>
    <message>
        <source>{recommender}: {library} is not installed</source>
        <translation>{recommender}: المكتبة {library} غير مثبَّتة</translation>
    </message>
    <message>
        <source>install it with: pip install 'isnad[{extra}]' (from a checkout: pip install '.[{extra}]')</source>
        <translation>ثبِّتها بالأمر: ⁦pip install 'isnad[{extra}]'⁩ (من نسخة المصدر: ⁦pip install '.[{extra}]'⁩)</translation>
    </message>
    <message>
        <source>{recommender}: {folder} is not a token-classification model ({reason})</source>
        <translation>{recommender}: المجلد {folder} ليس نموذج تصنيف وحدات ({reason})</translation>
    </message>
    <message>
        <source>give a folder written by save_pretrained() of an AutoModelForTokenClassification and its fast tokenizer</source>
        <translation>أعطِ مجلدًا كتبه ⁦save_pretrained()⁩ لنموذج ⁦AutoModelForTokenClassification⁩ ومقطِّعه السريع</translation>
    </message>
    <message>
        <source>{recommender}: the pipeline's tokenizer changed the text, so its offsets would not fit the document</source>
        <translation>{recommender}: غيّر مقطِّع خط المعالجة النص، فلن تطابق مواضعه المستند</translation>
    </message>
    <message>
        <source>use a pipeline whose tokenizer keeps the text as given (spaCy's own tokenizers do)</source>
        <translation>استخدم خط معالجة يُبقي مقطِّعه النص كما هو (كما تفعل مقطِّعات spaCy نفسها)</translation>
    </message>
    <message>
        <source>{recommender}: the model labels no spans (it has no {what})</source>
        <translation>{recommender}: لا يسم النموذج أي مقطع (ليس فيه {what})</translation>
    </message>
    <message>
        <source>give a model that finds entities or spans, e.g. one 'isnad train' wrote</source>
        <translation>أعطِ نموذجًا يجد الكيانات أو المقاطع، مثل نموذج كتبه ⁦isnad train⁩</translation>
    </message>
    <message>
        <source>no spans to train on in the chosen layers, statuses and labels</source>
        <translation>لا مقاطع للتدريب في الطبقات والحالات والوسوم المختارة</translation>
    </message>
    <message>
        <source>choose layers that hold annotations with --annotator (see 'isnad stats')</source>
        <translation>اختر بـ⁦--annotator⁩ طبقاتٍ فيها توسيمات (انظر ⁦isnad stats⁩)</translation>
    </message>
    <message>
        <source>all {documents} documents fell into the held-out split</source>
        <translation>وقعت كل المستندات ({documents}) في قسم التقييم</translation>
    </message>
    <message>
        <source>lower --held-out (now {held_out}) or annotate more documents</source>
        <translation>اخفض ⁦--held-out⁩ (الآن {held_out}) أو وسِّم مستندات أكثر</translation>
    </message>
    <message>
        <source>{out} is a file, but a model is a folder</source>
        <translation>{out} ملف، والنموذج مجلد</translation>
    </message>
    <message>
        <source>give the path of a new folder with -o, e.g. -o model/</source>
        <translation>أعطِ مسار مجلد جديد بـ⁦-o⁩، مثل ⁦-o model/⁩</translation>
    </message>
    <message>
        <source>{out} is a folder holding other files than an earlier 'isnad train' model</source>
        <translation>{out} مجلد فيه ملفات غير نموذج سابق من ⁦isnad train⁩</translation>
    </message>
    <message>
        <source>choose a new or empty folder for the model</source>
        <translation>اختر مجلدًا جديدًا أو فارغًا للنموذج</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>المجلد {parent} غير موجود</translation>
    </message>
    <message>
        <source>create it or choose another path for the model</source>
        <translation>أنشئه أو اختر مسارًا آخر للنموذج</translation>
    </message>
    <message>
        <source>the attribution recommender takes no argument (it was given '{argument}')</source>
        <translation>لا يأخذ مُقترِح الإسناد أي وسيط (أُعطي «{argument}»)</translation>
    </message>
    <message>
        <source>write --with attribution, without ':' and what follows</source>
        <translation>اكتب ⁦--with attribution⁩ دون ⁦:⁩ وما بعدها</translation>
    </message>
    <message>
        <source>the recommender '{kind}' is not part of this Isnad installation</source>
        <translation>المُقترِح «{kind}» ليس جزءًا من تثبيت إسناد هذا</translation>
    </message>
    <message>
        <source>update Isnad, or use another recommender (lexicon is always there)</source>
        <translation>حدِّث إسناد، أو استخدم مُقترِحًا آخر (المعجم ⁦lexicon⁩ موجود دائمًا)</translation>
    </message>
    <message>
        <source>the split fractions add up to {total}, not 1: {splits}</source>
        <translation>مجموع نسب التقسيم {total} لا 1: {splits}</translation>
    </message>
    <message>
        <source>give fractions that add up to 1, e.g. train=0.8,dev=0.1,test=0.1</source>
        <translation>أعطِ نسبًا مجموعها 1، مثل ⁦train=0.8,dev=0.1,test=0.1⁩</translation>
    </message>
    <message>
        <source>{format} holds one layer, and this export has {count}: {layers}</source>
        <translation>يحمل {format} طبقة واحدة، وفي هذا التصدير {count}: {layers}</translation>
    </message>
    <message>
        <source>export one layer at a time (isnad export --annotator {first}, or tick one layer in File &gt; Export), or use a format that keeps layers apart: {keeping}</source>
        <translation>صدِّر طبقة واحدة في كل مرة (⁦isnad export --annotator {first}⁩، أو حدِّد طبقة واحدة في ملف &gt; تصدير)، أو استخدم صيغة تفصل الطبقات: {keeping}</translation>
    </message>
    <message>
        <source>a {format} export is a folder, which cannot go to standard output (-o -)</source>
        <translation>تصدير {format} مجلد، ولا يُكتب مجلد إلى المخرج القياسي (⁦-o -⁩)</translation>
    </message>
    <message>
        <source>give the path of a new folder with -o, e.g. -o {format}-export</source>
        <translation>أعطِ مسار مجلد جديد بـ⁦-o⁩، مثل ⁦-o {format}-export⁩</translation>
    </message>
    <message>
        <source>an export with --split is a folder, which cannot go to standard output (-o -)</source>
        <translation>التصدير مع ⁦--split⁩ مجلد، ولا يُكتب مجلد إلى المخرج القياسي (⁦-o -⁩)</translation>
    </message>
    <message>
        <source>give the path of a new folder with -o, or leave out --split</source>
        <translation>أعطِ مسار مجلد جديد بـ⁦-o⁩، أو احذف ⁦--split⁩</translation>
    </message>
    <message>
        <source>the disk holding {name} is full, so the change was not saved</source>
        <translation>القرص الذي يحوي {name} ممتلئ، فلم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>free some space on that disk, or move the project to one with room, then try again; the project is as it was before</source>
        <translation>أفرغ بعض المساحة على ذلك القرص، أو انقل المشروع إلى قرص فيه متسع، ثم أعد المحاولة؛ المشروع كما كان</translation>
    </message>
    <message>
        <source>the disk holding {name} is full, and Isnad needs a few kilobytes beside a project even to read it</source>
        <translation>القرص الذي يحوي {name} ممتلئ، ويحتاج إسناد إلى بضعة كيلوبايتات بجوار المشروع حتى ليقرأه</translation>
    </message>
    <message>
        <source>free some space on that disk, or copy the project to another disk; nothing was changed</source>
        <translation>أفرغ بعض المساحة على ذلك القرص، أو انسخ المشروع إلى قرص آخر؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>the disk could not read or write {name} ({detail})</source>
        <translation>تعذَّرت على القرص قراءة {name} أو الكتابة فيه ({detail})</translation>
    </message>
    <message>
        <source>check that the disk or network folder is still there, then try again; this action changed nothing</source>
        <translation>تحقَّق من أن القرص أو مجلد الشبكة ما زال متصلًا، ثم أعد المحاولة؛ لم يغيِّر هذا الإجراء شيئًا</translation>
    </message>
    <message>
        <source>Isnad may not read {name} (permission denied)</source>
        <translation>لا يُسمح لإسناد بقراءة {name} (الإذن مرفوض)</translation>
    </message>
    <message>
        <source>ask the file's owner for read access, or work on a copy</source>
        <translation>اطلب من مالك الملف إذن القراءة، أو اعمل على نسخة منه</translation>
    </message>
    <message>
        <source>Isnad may not write to {name} or its folder (permission denied)</source>
        <translation>لا يُسمح لإسناد بالكتابة في {name} أو في مجلده (الإذن مرفوض)</translation>
    </message>
    <message>
        <source>ask for write access to the file and its folder, or open the project read-only</source>
        <translation>اطلب إذن الكتابة في الملف ومجلده، أو افتح المشروع للقراءة فقط</translation>
    </message>
    <message>
        <source>{name} is on a read-only disk or folder, so it can only be read</source>
        <translation>{name} على قرص أو مجلد للقراءة فقط، فلا يمكن إلا قراءته</translation>
    </message>
    <message>
        <source>copy it to a writable folder to edit it; reading, showing and exporting work where it is</source>
        <translation>انسخه إلى مجلد قابل للكتابة لتعدِّله؛ أما القراءة والعرض والتصدير فتعمل حيث هو</translation>
    </message>
    <message>
        <source>{name} is on a read-only disk and keeps saved changes in {log}, which cannot be read there</source>
        <translation>{name} على قرص للقراءة فقط، وفيه تغييرات محفوظة في {log} تتعذَّر قراءتها هناك</translation>
    </message>
    <message>
        <source>copy {name} together with {log} to a writable folder and open it there</source>
        <translation>انسخ {name} ومعه {log} إلى مجلد قابل للكتابة وافتحه هناك</translation>
    </message>
    <message>
        <source>{name} is on a read-only disk with {journal} beside it: an import stopped while writing it, which only a writable place can undo</source>
        <translation>{name} على قرص للقراءة فقط وبجانبه {journal}: توقَّف استيراد وهو يكتب فيه، ولا يمكن التراجع عن ذلك إلا في مكان قابل للكتابة</translation>
    </message>
    <message>
        <source>copy {name} together with {journal} to a writable folder and open it there</source>
        <translation>انسخ {name} ومعه {journal} إلى مجلد قابل للكتابة وافتحه هناك</translation>
    </message>
    <message>
        <source>the label schema stored in {name} is damaged ({detail})</source>
        <translation>مخطط الوسوم المحفوظ في {name} تالف ({detail})</translation>
    </message>
    <message>
        <source>restore the project from a backup or a native JSONL export</source>
        <translation>استعِد المشروع من نسخة احتياطية أو من تصدير ⁦JSONL⁩ الأصلي</translation>
    </message>
    <message>
        <source>{name} holds the database object '{object}', which Isnad never makes, so it is not a project as Isnad wrote it</source>
        <translation>يحوي {name} كائن قاعدة البيانات «{object}» الذي لا يُنشئه إسناد أبدًا، فهو ليس مشروعًا كما كتبه إسناد</translation>
    </message>
    <message>
        <source>open the project file as Isnad wrote it, or restore it from a backup or a native JSONL export</source>
        <translation>افتح ملف المشروع كما كتبه إسناد، أو استعِده من نسخة احتياطية أو من تصدير ⁦JSONL⁩ الأصلي</translation>
    </message>
    <message>
        <source>{name} is damaged: its table '{table}' is missing, altered or lacks the column '{column}'</source>
        <translation>{name} تالف: جدوله «{table}» مفقود أو مُغيَّر أو ينقصه العمود «{column}»</translation>
    </message>
    <message>
        <source>{name} is damaged: a '{column}' value in its table '{table}' is not what Isnad writes ({detail})</source>
        <translation>{name} تالف: قيمة في العمود «{column}» من جدوله «{table}» ليست مما يكتبه إسناد ({detail})</translation>
    </message>
    <message>
        <source>{name} is damaged: it records no valid project version</source>
        <translation>{name} تالف: لا يسجِّل إصدار مشروع صالحًا</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds no label schema</source>
        <translation>{name} تالف: لا يحوي مخطط وسوم</translation>
    </message>
    <message>
        <source>{count} change(s) could not be saved: another program kept the project busy for {seconds} seconds</source>
        <translation>تعذَّر حفظ {count} من التغييرات: أبقى برنامج آخر المشروع مشغولًا {seconds} ثانية</translation>
    </message>
    <message>
        <source>wait until it finishes (an import, a merge or a suggestion run), then make them again</source>
        <translation>انتظر حتى ينتهي (استيراد أو دمج أو توليد اقتراحات)، ثم أعد إجراءها</translation>
    </message>
    <message>
        <source>the disk is full, so {name} could not be written</source>
        <translation>القرص ممتلئ، فتعذَّرت كتابة {name}</translation>
    </message>
    <message>
        <source>free some space or write to another disk; the project was not changed</source>
        <translation>أفرغ بعض المساحة أو اكتب على قرص آخر؛ لم يتغير المشروع</translation>
    </message>
    <message>
        <source>Isnad may not use {name} (permission denied)</source>
        <translation>لا يُسمح لإسناد باستعمال {name} (الإذن مرفوض)</translation>
    </message>
    <message>
        <source>check its permissions, or choose another file or folder; nothing was changed</source>
        <translation>تحقَّق من أذوناته، أو اختر ملفًا أو مجلدًا آخر؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{name} is on a read-only disk</source>
        <translation>{name} على قرص للقراءة فقط</translation>
    </message>
    <message>
        <source>write to a folder on a writable disk; nothing was changed</source>
        <translation>اكتب في مجلد على قرص قابل للكتابة؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>{source}: span '{span_id}' [{start}, {end}) does not fit its document '{doc_id}' ({length} characters)</source>
        <translation>{source}: المقطع «{span_id}» ⁦[{start}, {end})⁩ لا يقع داخل مستنده «{doc_id}» (⁦{length}⁩ حرفًا)</translation>
    </message>
    <message>
        <source>the source is damaged or was edited by hand: restore it from a backup, or merge a native JSONL export of it</source>
        <translation>المصدر تالف أو عُدِّل يدويًّا: استعِده من نسخة احتياطية، أو ادمج تصدير ⁦JSONL⁩ الأصلي منه</translation>
    </message>
    <message>
        <source>{source}: document '{doc_id}' has no text</source>
        <translation>{source}: المستند «{doc_id}» بلا نص</translation>
    </message>
    <message>
        <source>cannot read {name} ({reason})</source>
        <translation>تعذّرت قراءة {name} ({reason})</translation>
    </message>
    <message>
        <source>check that the file is yours to read (its permissions), or open a copy</source>
        <translation>تحقَّق من أن لك حق قراءة الملف (أذوناته)، أو افتح نسخة منه</translation>
    </message>
    <message>
        <source>{what} needs {module}, which is not installed</source>
        <translation>يحتاج {what} إلى {module}، وهي غير مثبَّتة</translation>
    </message>
    <message>
        <source>there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>لا توجد شاشة تُفتح عليها النافذة (المتغيران ⁦DISPLAY⁩ و⁦WAYLAND_DISPLAY⁩ غير معرَّفين)</translation>
    </message>
    <message>
        <source>run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen; the other commands need no display</source>
        <translation>شغِّله في جلسة سطح مكتب، أو عرِّف ⁦QT_QPA_PLATFORM=offscreen⁩ لتشغيله دون شاشة؛ ولا تحتاج الأوامر الأخرى إلى شاشة</translation>
    </message>
    <message>
        <source>{command} registers Isnad with Linux desktops only (this is {system})</source>
        <translation>يسجِّل {command} إسنادَ في أسطح مكتب لينكس فقط (هذا النظام {system})</translation>
    </message>
    <message>
        <source>on Windows and macOS the installer of the bundled app makes the association</source>
        <translation>في ويندوز وماك يتولّى مثبِّت التطبيق المجمَّع ربط الملفات</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} levels deep</source>
        <translation>بيانات ⁦JSON⁩ متداخلة بأكثر من {limit} مستوى</translation>
    </message>
    <message>
        <source>keep meta and attrs to plain values, lists and objects a few levels deep</source>
        <translation>اجعل ⁦meta⁩ و⁦attrs⁩ قيمًا بسيطة وقوائم وكائنات بمستويات قليلة</translation>
    </message>
    <message>
        <source>a number has more than {limit} digits</source>
        <translation>في الملف عدد بأكثر من {limit} رقمًا</translation>
    </message>
    <message>
        <source>offsets, ids and seconds are short numbers; fix or remove that one</source>
        <translation>المواضع والمعرّفات والثواني أعداد قصيرة؛ صحّح ذلك العدد أو احذفه</translation>
    </message>
    <message>
        <source>the number {number} is not finite (NaN and Infinity are not JSON numbers)</source>
        <translation>العدد {number} غير منتهٍ (⁦NaN⁩ و⁦Infinity⁩ ليسا عددين في ⁦JSON⁩)</translation>
    </message>
    <message>
        <source>write a finite number, or null</source>
        <translation>اكتب عددًا منتهيًا، أو ⁦null⁩</translation>
    </message>
    <message>
        <source>the string at {field} holds a lone surrogate U+{code} (half of a pair)</source>
        <translation>النص في {field} فيه نصف زوج بديل منفرد ⁦U+{code}⁩</translation>
    </message>
    <message>
        <source>escape both halves of the pair (\ud83d\ude00) or remove it, then import again</source>
        <translation>اكتب نصفي الزوج كليهما (⁦\ud83d\ude00⁩) أو احذفه، ثم استورد من جديد</translation>
    </message>
    <message>
        <source>an id or layer name has {length} characters: {start}…</source>
        <translation>معرّف أو اسم طبقة عدد أحرفه {length}: {start}…</translation>
    </message>
    <message>
        <source>ids and layer names may have at most {limit} characters; give it a shorter one</source>
        <translation>المعرّفات وأسماء الطبقات {limit} حرفًا على الأكثر؛ أعطه اسمًا أقصر</translation>
    </message>
    <message>
        <source>the file name holds bytes that are not UTF-8 ({name})</source>
        <translation>في اسم الملف بايتات ليست ⁦UTF-8⁩ ({name})</translation>
    </message>
    <message>
        <source>rename the file (its name becomes the document's id), then import again</source>
        <translation>غيّر اسم الملف (يصير اسمه معرّف المستند)، ثم استورد من جديد</translation>
    </message>
    <message>
        <source>'seconds' is {number}, not a time spent on a document</source>
        <translation>قيمة ⁦seconds⁩ هي {number}، وليست وقتًا قُضي في مستند</translation>
    </message>
    <message>
        <source>write the seconds spent as a number from 0 to {limit}, or null</source>
        <translation>اكتب الثواني المقضية عددًا من 0 إلى {limit}، أو ⁦null⁩</translation>
    </message>
    <message>
        <source>read as {encoding}, the text is garbled UTF-8 ({sample} would read {fixed})</source>
        <translation>بقراءته بترميز {encoding} يصير النص ⁦UTF-8⁩ مشوّهًا ({sample} تُقرأ {fixed})</translation>
    </message>
    <message>
        <source>the file is UTF-8: import it without --force-encoding (valid UTF-8 is read as UTF-8)</source>
        <translation>الملف بترميز ⁦UTF-8⁩: استورده دون ⁦--force-encoding⁩ (يُقرأ ⁦UTF-8⁩ السليم بترميز ⁦UTF-8⁩)</translation>
    </message>
    <message>
        <source>the text is already garbled: UTF-8 that was once read as {encoding} and saved again ({sample} would read {fixed})</source>
        <translation>النص مشوّه أصلًا: ⁦UTF-8⁩ قُرئ مرة بترميز {encoding} ثم حُفظ ({sample} تُقرأ {fixed})</translation>
    </message>
    <message>
        <source>repair the file where it was made (or re-export it from the original) and import again; Isnad never stores garbled text</source>
        <translation>أصلح الملف حيث صُنع (أو صدّره من جديد من الأصل) ثم استورد؛ لا يخزّن إسناد نصًّا مشوّهًا</translation>
    </message>
    <message>
        <source>--force-encoding names no encoding</source>
        <translation>⁦--force-encoding⁩ دون ترميز</translation>
    </message>
    <message>
        <source>add the encoding to force, e.g. --encoding cp1256 --force-encoding</source>
        <translation>أضف الترميز المفروض، مثل ⁦--encoding cp1256 --force-encoding⁩</translation>
    </message>
    <message>
        <source>read as {encoding}, part of the text is garbled UTF-8 ({sample} would read {fixed}): the file mixes two encodings</source>
        <translation>بقراءته بترميز {encoding} يصير جزء من النص ⁦UTF-8⁩ مشوّهًا ({sample} تُقرأ {fixed}): في الملف ترميزان</translation>
    </message>
    <message>
        <source>save the whole file in one encoding (UTF-8 is best), then import again</source>
        <translation>احفظ الملف كله بترميز واحد (⁦UTF-8⁩ أفضل)، ثم استورد من جديد</translation>
    </message>
    <message>
        <source>{location} is a '{scheme}' address, which Isnad cannot open</source>
        <translation>{location} عنوان «{scheme}»، ولا يفتحه إسناد</translation>
    </message>
    <message>
        <source>give a project file (.isnad) or a server address: postgresql://USER@HOST/DATABASE</source>
        <translation>أعطِ ملف مشروع (⁦.isnad⁩) أو عنوان خادم: ⁦postgresql://USER@HOST/DATABASE⁩</translation>
    </message>
    <message>
        <source>{location} is a project file, and this command needs a server address</source>
        <translation>{location} ملف مشروع، وهذا الأمر يحتاج إلى عنوان خادم</translation>
    </message>
    <message>
        <source>give the project's server address: postgresql://USER@HOST/DATABASE</source>
        <translation>أعطِ عنوان خادم المشروع: ⁦postgresql://USER@HOST/DATABASE⁩</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server {server} ({detail})</source>
        <translation>تعذّر الوصول إلى خادم ⁦PostgreSQL⁩ {server} ({detail})</translation>
    </message>
    <message>
        <source>check that the server runs and that the host and port are right, then try again</source>
        <translation>تحقق من أن الخادم يعمل وأن المضيف والمنفذ صحيحان، ثم أعد المحاولة</translation>
    </message>
    <message>
        <source>the server {server} refused the login of '{user}' ({detail})</source>
        <translation>رفض الخادم {server} دخول «{user}» ({detail})</translation>
    </message>
    <message>
        <source>check the user name and password (Isnad reads the password from PGPASSWORD or ~/.pgpass)</source>
        <translation>تحقق من اسم المستخدم وكلمة المرور (يقرأ إسناد كلمة المرور من ⁦PGPASSWORD⁩ أو ⁦~/.pgpass⁩)</translation>
    </message>
    <message>
        <source>there is no database '{database}' on the server {server}</source>
        <translation>لا توجد قاعدة بيانات «{database}» على الخادم {server}</translation>
    </message>
    <message>
        <source>ask its administrator to create it (createdb {database}), or check the name</source>
        <translation>اطلب من مديره إنشاءها (⁦createdb {database}⁩)، أو تحقق من الاسم</translation>
    </message>
    <message>
        <source>the database '{database}' on {server} holds no Isnad project</source>
        <translation>قاعدة البيانات «{database}» على {server} لا تحوي مشروع إسناد</translation>
    </message>
    <message>
        <source>make one there with: isnad init {location}</source>
        <translation>أنشئ مشروعًا فيها بـ: ⁦isnad init {location}⁩</translation>
    </message>
    <message>
        <source>the database '{database}' on {server} is not empty</source>
        <translation>قاعدة البيانات «{database}» على {server} ليست فارغة</translation>
    </message>
    <message>
        <source>open the project it holds, or make a new one in an empty database</source>
        <translation>افتح المشروع الذي فيها، أو أنشئ مشروعًا جديدًا في قاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>the connection to the server {server} was lost ({detail})</source>
        <translation>انقطع الاتصال بالخادم {server} ({detail})</translation>
    </message>
    <message>
        <source>check the server and the network, then do it again: the action was not saved</source>
        <translation>تحقق من الخادم والشبكة، ثم أعد العمل: لم يُحفظ الإجراء</translation>
    </message>
    <message>
        <source>the server refused: '{user}' may not do this ({detail})</source>
        <translation>رفض الخادم: لا يحق لـ«{user}» فعل هذا ({detail})</translation>
    </message>
    <message>
        <source>ask the project's lead for the right role (isnad user add)</source>
        <translation>اطلب من مسؤول المشروع الدور المناسب (⁦isnad user add⁩)</translation>
    </message>
    <message>
        <source>what you changed was changed meanwhile, in another window or by another person</source>
        <translation>ما غيَّرته تغيَّر في الأثناء، في نافذة أخرى أو على يد شخص آخر</translation>
    </message>
    <message>
        <source>the view now shows it as it is: look again, then make your change again</source>
        <translation>يعرضه العرض الآن كما هو: انظر مجددًا، ثم أعد تغييرك</translation>
    </message>
    <message>
        <source>what you would undo was changed since, in another window or by another person</source>
        <translation>ما تريد التراجع عنه تغيَّر منذئذ، في نافذة أخرى أو على يد شخص آخر</translation>
    </message>
    <message>
        <source>the view now shows it as it is; undoing would overwrite that change, so it was not done</source>
        <translation>يعرضه العرض الآن كما هو؛ التراجع كان سيمحو ذلك التغيير، فلم يُنفَّذ</translation>
    </message>
    <message>
        <source>each document cannot go to {per_document} of {count} annotators</source>
        <translation>لا يمكن إسناد كل مستند إلى {per_document} من {count} موسِّمين</translation>
    </message>
    <message>
        <source>name at least as many annotators with --annotators as --per-document asks for</source>
        <translation>سمِّ بـ⁦--annotators⁩ موسِّمين بعدد ما يطلبه ⁦--per-document⁩ على الأقل</translation>
    </message>
    <message>
        <source>{name} is not a checkout of a server project: it remembers no server</source>
        <translation>{name} ليس نسخة مسحوبة من مشروع على خادم: لا يذكر خادمًا</translation>
    </message>
    <message>
        <source>make one with: isnad checkout URL FILE --annotator NAME (to combine project files, use isnad merge)</source>
        <translation>اصنع واحدة بـ: ⁦isnad checkout URL FILE --annotator NAME⁩ (لدمج ملفات المشاريع استخدم ⁦isnad merge⁩)</translation>
    </message>
    <message>
        <source>isnad sync takes the file a checkout made, and {location} is a server address</source>
        <translation>يأخذ ⁦isnad sync⁩ الملف الذي صنعه السحب، و{location} عنوان خادم</translation>
    </message>
    <message>
        <source>give the checkout's file, e.g. isnad sync ali.isnad (it remembers its server)</source>
        <translation>أعطِ ملف النسخة المسحوبة، مثل ⁦isnad sync ali.isnad⁩ (فهو يذكر خادمه)</translation>
    </message>
    <message>
        <source>{server} holds another project than the one {name} was checked out from</source>
        <translation>يحوي {server} مشروعًا غير الذي سُحب منه {name}</translation>
    </message>
    <message>
        <source>check the address (isnad sync {name} --server URL), or check the project out again into a new file</source>
        <translation>تحقق من العنوان (⁦isnad sync {name} --server URL⁩)، أو اسحب المشروع من جديد إلى ملف جديد</translation>
    </message>
    <message>
        <source>'{annotator}' is not on the team of the project on {server}</source>
        <translation>«{annotator}» ليس في فريق المشروع على {server}</translation>
    </message>
    <message>
        <source>ask the lead to add them (isnad user add URL {annotator} --role annotator), or check the name given with --annotator</source>
        <translation>اطلب من المسؤول إضافته (⁦isnad user add URL {annotator} --role annotator⁩)، أو تحقق من الاسم المعطى بـ⁦--annotator⁩</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>قرينة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>a JSONL file</source>
        <translation>ملف ⁦JSONL⁩</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>ملف ⁦JSON⁩</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>نصًّا</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>نصًّا غير فارغ</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>نصًّا أو ⁦null⁩</translation>
    </message>
    <message>
        <source>a string or an integer</source>
        <translation>نصًّا أو عددًا صحيحًا</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عددًا</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائنًا</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمةً</translation>
    </message>
    <message>
        <source>brat standoff folder: .txt + .ann with T, R, A lines</source>
        <translation>مجلد ⁦brat⁩ (توسيم منفصل): ملفات ⁦.txt⁩ و⁦.ann⁩ بأسطر ⁦T⁩ و⁦R⁩ و⁦A⁩</translation>
    </message>
    <message>
        <source>CoNLL IOB2 with Arabic-aware tokens</source>
        <translation>⁦CoNLL IOB2⁩ بتقطيع يراعي العربية</translation>
    </message>
    <message>
        <source>doccano JSONL: entities and relations</source>
        <translation>⁦doccano JSONL⁩: الكيانات والعلاقات</translation>
    </message>
    <message>
        <source>Isnad native JSONL (lossless)</source>
        <translation>⁦JSONL⁩ الأصلي لإسناد (دون فقد)</translation>
    </message>
    <message>
        <source>Label Studio JSON tasks: labels, relations, attributes</source>
        <translation>مهام ⁦Label Studio JSON⁩: الوسوم والعلاقات والخصائص</translation>
    </message>
    <message>
        <source>Parquet for Hugging Face datasets: one row per document</source>
        <translation>⁦Parquet⁩ لمجموعات بيانات ⁦Hugging Face⁩: صف لكل مستند</translation>
    </message>
    <message>
        <source>spaCy DocBin: ents, all spans, relations in user_data</source>
        <translation>⁦spaCy DocBin⁩: الكيانات وكل المقاطع، والعلاقات في ⁦user_data⁩</translation>
    </message>
    <message>
        <source>plain text articles (.txt files or folders of them)</source>
        <translation>مقالات نصية خام (ملفات ⁦.txt⁩ أو مجلدات منها)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;البحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
</context>
</TS>
