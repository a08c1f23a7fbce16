<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/document_builder.py" line="352"/>
        <source>Image not available offline</source>
        <translation type="unfinished">الصورة غير متاحة دون اتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_builder.py" line="373"/>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_builder.py" line="388"/>
        <source>%n min read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="60"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="61"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="62"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="63"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="64"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="65"/>
        <source>&amp;Text</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="66"/>
        <source>T&amp;heme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="67"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="77"/>
        <source>&amp;Import Files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="81"/>
        <source>Import article files (text or HTML) into the library</source>
        <translation>استيراد ملفات مقالات (نص أو HTML) إلى المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="86"/>
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="90"/>
        <source>Import every article file in a folder and its sub-folders</source>
        <translation>استيراد كل ملفات المقالات في مجلد ومجلداته الفرعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="95"/>
        <source>&amp;Delete Article…</source>
        <translation>&amp;حذف المقال…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="99"/>
        <source>Delete the selected article from the library</source>
        <translation>حذف المقال المحدد من المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="109"/>
        <source>Close Qari</source>
        <translation>إغلاق قارئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="115"/>
        <source>&amp;Search Library</source>
        <translation>ال&amp;بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="119"/>
        <source>Move to the library search box</source>
        <translation>الانتقال إلى مربع البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="123"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="127"/>
        <source>Find text in the open article</source>
        <translation>البحث عن نص في المقال المفتوح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="132"/>
        <source>Find &amp;Next</source>
        <translation>النتيجة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="136"/>
        <source>Go to the next match in the article</source>
        <translation>الانتقال إلى النتيجة التالية في المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="140"/>
        <source>Find Pre&amp;vious</source>
        <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="144"/>
        <source>Go to the previous match in the article</source>
        <translation>الانتقال إلى النتيجة السابقة في المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="149"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="153"/>
        <source>Make the article text larger</source>
        <translation>تكبير نص المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="158"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="162"/>
        <source>Make the article text smaller</source>
        <translation>تصغير نص المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="167"/>
        <source>&amp;Reset Zoom</source>
        <translation>الح&amp;جم العادي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="171"/>
        <source>Return the article text to its normal size</source>
        <translation>إعادة نص المقال إلى حجمه العادي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="175"/>
        <source>&amp;Font…</source>
        <translation>ال&amp;خط…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="179"/>
        <source>Choose the typeface of the article text</source>
        <translation>اختيار خط نص المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="183"/>
        <source>&amp;More Line Spacing</source>
        <translation>&amp;زيادة تباعد الأسطر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="187"/>
        <source>Put more space between lines</source>
        <translation>زيادة المسافة بين الأسطر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="192"/>
        <source>&amp;Less Line Spacing</source>
        <translation>&amp;تقليل تباعد الأسطر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="196"/>
        <source>Put less space between lines</source>
        <translation>تقليل المسافة بين الأسطر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="200"/>
        <source>&amp;Wider Text</source>
        <translation>نص أ&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="204"/>
        <source>Allow longer lines</source>
        <translation>السماح بأسطر أطول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="209"/>
        <source>&amp;Narrower Text</source>
        <translation>نص أ&amp;ضيق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="213"/>
        <source>Keep lines shorter</source>
        <translation>جعل الأسطر أقصر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="217"/>
        <source>&amp;Justify Text</source>
        <translation>&amp;ضبط النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="221"/>
        <source>Align both edges of each paragraph</source>
        <translation>محاذاة طرفي كل فقرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="230"/>
        <source>&amp;Next Pane</source>
        <translation>الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="234"/>
        <source>Move to the next part of the window</source>
        <translation>الانتقال إلى الجزء التالي من النافذة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="238"/>
        <source>&amp;Previous Pane</source>
        <translation>الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="242"/>
        <source>Move to the previous part of the window</source>
        <translation>الانتقال إلى الجزء السابق من النافذة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="246"/>
        <source>&amp;Library List</source>
        <translation>&amp;قائمة المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="250"/>
        <source>Move to the list of articles</source>
        <translation>الانتقال إلى قائمة المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="255"/>
        <source>&amp;Article</source>
        <translation>ال&amp;مقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="259"/>
        <source>Move to the article text</source>
        <translation>الانتقال إلى نص المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="263"/>
        <source>&amp;Menu Bar</source>
        <translation>&amp;شريط القوائم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="267"/>
        <source>Open the first menu; arrow keys move between menus</source>
        <translation>فتح القائمة الأولى؛ تنقّل بين القوائم بمفاتيح الأسهم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="273"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="277"/>
        <source>List every command and its shortcut</source>
        <translation>عرض كل الأوامر واختصاراتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="284"/>
        <source>&amp;Light</source>
        <translation>&amp;فاتحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="285"/>
        <source>&amp;Sepia</source>
        <translation>&amp;بنية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="286"/>
        <source>&amp;Dark</source>
        <translation>&amp;داكنة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="287"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="294"/>
        <source>Colours of the article and the window</source>
        <translation>ألوان المقال والنافذة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="305"/>
        <source>&amp;System Language</source>
        <translation>&amp;لغة النظام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="315"/>
        <source>Language of menus and messages</source>
        <translation>لغة القوائم والرسائل</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../desktop/ui/announcer.py" line="36"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="50"/>
        <source>Language changed</source>
        <translation>تغيّرت اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="83"/>
        <source>Qari cannot open the library</source>
        <translation>تعذّر على قارئ فتح المكتبة</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="42"/>
        <location filename="../../desktop/ui/find_bar.py" line="44"/>
        <location filename="../../desktop/ui/find_bar.py" line="45"/>
        <source>Find in article</source>
        <translation>البحث في المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="48"/>
        <source>Matches ignore hamza forms and diacritics. Enter: next match, Shift+Enter: previous match, Esc: close.</source>
        <translation>يتجاهل البحث أشكال الهمزة والتشكيل. Enter: النتيجة التالية، Shift+Enter: النتيجة السابقة، Esc: إغلاق.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="55"/>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="55"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>الانتقال إلى النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="58"/>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="58"/>
        <source>Go to the next match (F3)</source>
        <translation>الانتقال إلى النتيجة التالية (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="61"/>
        <source>Close find</source>
        <translation>إغلاق البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="61"/>
        <source>Close the find bar (Esc)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="65"/>
        <source>Find result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="135"/>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="138"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="56"/>
        <location filename="../../desktop/ui/image_viewer.py" line="65"/>
        <location filename="../../desktop/ui/image_viewer.py" line="72"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="57"/>
        <source>Image viewer</source>
        <translation>عارض الصور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="59"/>
        <source>Zoom in with Ctrl+=, zoom out with Ctrl+-, fit with Ctrl+0. Esc closes.</source>
        <translation>للتكبير Ctrl+=‎، وللتصغير Ctrl+-‎، وللملاءمة Ctrl+0‎. للإغلاق Esc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="82"/>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="87"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="87"/>
        <source>Make the image larger (Ctrl+=)</source>
        <translation>تكبير الصورة (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="88"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="88"/>
        <source>Make the image smaller (Ctrl+-)</source>
        <translation>تصغير الصورة (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="89"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="89"/>
        <source>Fit the image to the window (Ctrl+0)</source>
        <translation>ملاءمة الصورة للنافذة (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="91"/>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="92"/>
        <source>Show the image at its own size (1)</source>
        <translation>عرض الصورة بحجمها الأصلي (1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="105"/>
        <source>Zoom level</source>
        <translation>مستوى التكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="107"/>
        <location filename="../../desktop/ui/image_viewer.py" line="108"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="109"/>
        <source>Close the image viewer (Esc)</source>
        <translation>إغلاق عارض الصور (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="165"/>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="115"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="116"/>
        <source>it is not a text file</source>
        <translation>ليس ملفًا نصيًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="117"/>
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="118"/>
        <source>its text encoding could not be recognised</source>
        <translation>تعذّر التعرف على ترميز نصه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="119"/>
        <source>it could not be read</source>
        <translation>تعذّرت قراءته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="120"/>
        <source>this kind of file cannot be imported yet</source>
        <translation>لا يمكن استيراد هذا النوع من الملفات بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="121"/>
        <source>no article was found in it</source>
        <translation>لم يُعثر فيه على مقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="122"/>
        <source>the library could not save it</source>
        <translation>تعذّر على المكتبة حفظه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="124"/>
        <source>it could not be imported</source>
        <translation>تعذّر استيراده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="131"/>
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_worker.py" line="132"/>
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>لم يُستورد أي مقال.</numerusform>
            <numerusform>استُورد مقال واحد.</numerusform>
            <numerusform>استُورد مقالان.</numerusform>
            <numerusform>استُورد %Ln مقالات.</numerusform>
            <numerusform>استُورد %Ln مقالًا.</numerusform>
            <numerusform>استُورد %Ln مقال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_worker.py" line="134"/>
        <source>%n updated.</source>
        <translation>
            <numerusform>لم يُحدَّث أي مقال.</numerusform>
            <numerusform>حُدِّث مقال واحد.</numerusform>
            <numerusform>حُدِّث مقالان.</numerusform>
            <numerusform>حُدِّثت %Ln مقالات.</numerusform>
            <numerusform>حُدِّث %Ln مقالًا.</numerusform>
            <numerusform>حُدِّث %Ln مقال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_worker.py" line="137"/>
        <source>%n already in the library.</source>
        <translation>
            <numerusform>لا شيء موجود مسبقًا.</numerusform>
            <numerusform>مقال واحد موجود مسبقًا في المكتبة.</numerusform>
            <numerusform>مقالان موجودان مسبقًا في المكتبة.</numerusform>
            <numerusform>%Ln مقالات موجودة مسبقًا في المكتبة.</numerusform>
            <numerusform>%Ln مقالًا موجودًا مسبقًا في المكتبة.</numerusform>
            <numerusform>%Ln مقال موجود مسبقًا في المكتبة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_worker.py" line="140"/>
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>لم يفشل أي ملف.</numerusform>
            <numerusform>تعذّر استيراد ملف واحد.</numerusform>
            <numerusform>تعذّر استيراد ملفين.</numerusform>
            <numerusform>تعذّر استيراد %Ln ملفات.</numerusform>
            <numerusform>تعذّر استيراد %Ln ملفًا.</numerusform>
            <numerusform>تعذّر استيراد %Ln ملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="58"/>
        <source>Unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="60"/>
        <source>Finished</source>
        <translation>مقروء بالكامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="62"/>
        <source>%1% read</source>
        <translation>قُرئ %1٪</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="75"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="78"/>
        <source>Match: %1</source>
        <translation>المطابقة: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="38"/>
        <source>Date imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="39"/>
        <source>Date published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="40"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="41"/>
        <source>Last read</source>
        <translation>آخر قراءة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="47"/>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="48"/>
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="49"/>
        <source>In progress</source>
        <translation>قيد القراءة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="50"/>
        <source>Finished</source>
        <translation>المقروءة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="69"/>
        <source>Search titles and text</source>
        <translation>ابحث في العناوين والنصوص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="70"/>
        <source>Search library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="72"/>
        <source>Type words to find; spelling variants of hamza, alef maqsura and taa marbuta match too. Press Down to go to the results.</source>
        <translation>اكتب كلمات للبحث؛ تُطابَق أيضًا صيغ الهمزة والألف المقصورة والتاء المربوطة. اضغط السهم السفلي للانتقال إلى النتائج.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="85"/>
        <source>Sort articles by</source>
        <translation>ترتيب المقالات حسب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="91"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="93"/>
        <source>Show all articles, or only unread, in progress or finished</source>
        <translation>عرض كل المقالات، أو غير المقروءة أو قيد القراءة أو المقروءة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="106"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="108"/>
        <source>Press Enter to open the selected article</source>
        <translation>اضغط Enter لفتح المقال المحدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="114"/>
        <source>S&amp;ort:</source>
        <translation>ال&amp;ترتيب:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="116"/>
        <source>Sho&amp;w:</source>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="118"/>
        <source>Sear&amp;ch:</source>
        <translation>ال&amp;بحث:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_pane.py" line="203"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي مقال</numerusform>
            <numerusform>عُثر على مقال واحد</numerusform>
            <numerusform>عُثر على مقالين</numerusform>
            <numerusform>عُثر على %Ln مقالات</numerusform>
            <numerusform>عُثر على %Ln مقالًا</numerusform>
            <numerusform>عُثر على %Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/library_pane.py" line="205"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="207"/>
        <source>%1 of %2 articles</source>
        <translation>%1 من %2 مقال</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78"/>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>Qari</source>
        <translation>قارئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="98"/>
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129"/>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>&amp;Cancel Import</source>
        <translation>إل&amp;غاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>That article is no longer in the library.</source>
        <translation>لم يعد هذا المقال في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Article opened</source>
        <translation>فُتح المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="292"/>
        <source>No article selected.</source>
        <translation>لم يُحدَّد أي مقال.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="300"/>
        <source>Delete “%1” from the library?</source>
        <translation>حذف «%1» من المكتبة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="304"/>
        <source>Its %n note(s) and bookmark(s) will be deleted too.</source>
        <translation>
            <numerusform>لا ملاحظات له.</numerusform>
            <numerusform>ستُحذف معه ملاحظة أو علامة واحدة.</numerusform>
            <numerusform>ستُحذف معه ملاحظتان أو علامتان.</numerusform>
            <numerusform>ستُحذف معه %Ln ملاحظات وعلامات.</numerusform>
            <numerusform>ستُحذف معه %Ln ملاحظةً وعلامة.</numerusform>
            <numerusform>ستُحذف معه %Ln ملاحظة وعلامة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>Delete Article</source>
        <translation>حذف المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335"/>
        <source>Deleted “%1”.</source>
        <translation>حُذف «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Articles (%1);;All files (*)</source>
        <translation>مقالات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="359"/>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="370"/>
        <source>An import is already running.</source>
        <translation>هناك استيراد جارٍ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="382"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="390"/>
        <source>Cancelling import…</source>
        <translation>جارٍ إلغاء الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="396"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="408"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="419"/>
        <source>Import failed: %1</source>
        <translation>فشل الاستيراد: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="472"/>
        <source>Line spacing %1</source>
        <translation>تباعد الأسطر %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="476"/>
        <source>Line width %1 characters</source>
        <translation>عرض السطر %1 حرفًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="485"/>
        <source>Text size %1 points</source>
        <translation>حجم النص %1 نقطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="500"/>
        <source>Font</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="501"/>
        <source>&amp;Typeface for articles:</source>
        <translation>&amp;خط المقالات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="508"/>
        <source>Font: %1</source>
        <translation>الخط: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="513"/>
        <source>Theme: %1</source>
        <translation>السمة: %1</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="155"/>
        <source>Article text. Move the caret with the arrow keys; press Enter on an image to enlarge it; Ctrl+F finds text.</source>
        <translation>نص المقال. حرّك المؤشر بمفاتيح الأسهم؛ اضغط Enter على صورة لتكبيرها؛ Ctrl+F للبحث في النص.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="170"/>
        <location filename="../../desktop/ui/reader_view.py" line="248"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="233"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="234"/>
        <source>Article: %1</source>
        <translation>المقال: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="520"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="522"/>
        <source>Press Enter to enlarge the image.</source>
        <translation>اضغط Enter لتكبير الصورة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="524"/>
        <source>Image not available offline</source>
        <translation>الصورة غير متاحة دون اتصال</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="33"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="39"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="40"/>
        <source>Filter commands</source>
        <translation>تصفية الأوامر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="41"/>
        <source>&amp;Filter:</source>
        <translation>ت&amp;صفية:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="48"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="49"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="50"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="51"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="54"/>
        <source>Commands and shortcuts</source>
        <translation>الأوامر والاختصارات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="69"/>
        <source>(menu only)</source>
        <translation>(من القائمة فقط)</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../desktop/ui/themes.py" line="54"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/themes.py" line="55"/>
        <source>Sepia</source>
        <translation>بنية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/themes.py" line="56"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/themes.py" line="57"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
</TS>
