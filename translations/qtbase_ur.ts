<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>سب منتخب کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>بڑھائیں (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>کم کریں (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>غلط</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>انتخاب کی فہرست کھولیں</translation>
    </message>
    <message>
        <source>True</source>
        <translation>درست</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>یہ کیا ہے؟</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>ٹھیک ہے (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>یہ پیغام دوبارہ دکھائیں (&amp;S)</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>شدید خرابی:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>ڈی بگ پیغام:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>سنگین خرابی:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>معلومات:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>انتباہ:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولڈر نہیں ملا۔
براہِ کرم دیکھیں کہ فولڈر کا نام درست لکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فائل نہیں ملی۔
براہِ کرم دیکھیں کہ فائل کا نام درست لکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 فائل</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اسے بدلنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>منتخب کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>مٹائیں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>نیا فولڈر (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>نام بدلیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; میں تبدیلی منع ہے۔
کیا پھر بھی اسے مٹانا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>عرف</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>کیا آپ واقعی &apos;%1&apos; مٹانا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تفصیلی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>فہرست کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولڈر مٹایا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تفصیلی صورت</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>فائل کا نام (&amp;N):</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>فائل فولڈر</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>فائل کی قسم:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>فولڈر تلاش کریں</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اوپر والے فولڈر میں جائیں</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>فہرست کی صورت</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>جگہوں اور بک مارکس کی فہرست</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>یہاں دیکھیں:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>میرا کمپیوٹر</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>اوپر والا فولڈر</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>حالیہ جگہیں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>شارٹ کٹ</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>دکھائیں </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>چھپی ہوئی فائلیں دکھائیں (&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 بائٹ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بائٹ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;نام &quot;%1&quot; استعمال نہیں ہو سکتا۔&lt;/b&gt;&lt;p&gt;کوئی اور نام آزمائیں، کم حروف والا یا رموزِ اوقاف کے بغیر۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;نام &quot;%1&quot; استعمال نہیں ہو سکتا۔&lt;/b&gt;&lt;p&gt;کوئی اور نام آزمائیں، کم حروف والا یا رموزِ اوقاف کے بغیر۔</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>فائل کا نام درست نہیں</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>میرا کمپیوٹر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>قیمت لکھیں:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Qt کے بارے میں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیل چھپائیں...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>تفصیل دکھائیں...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>سسیرو (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>اپنی مرضی کا</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>ڈیڈو (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فارم</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>اونچائی:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>انچ (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>لیٹا ہوا (لینڈ اسکیپ)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>حاشیے</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>ملی میٹر (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>رخ</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>صفحے کی ترتیب</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>صفحات کی ترتیب:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>صفحے کا سائز:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>ایک شیٹ پر صفحات:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>کاغذ کہاں سے:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>پائیکا (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>پوائنٹ (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>کھڑا (پورٹریٹ)</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>الٹا لیٹا ہوا</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>الٹا کھڑا</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>چوڑائی:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>نیچے کا حاشیہ</translation>
    </message>
    <message>
        <source>in</source>
        <translation>انچ</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>بائیں حاشیہ</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>دائیں حاشیہ</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>اوپر کا حاشیہ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>روک دیں</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>محفوظ نہ کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں (&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>پہلے جیسا کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>اصل ترتیبات بحال کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اسے بدلنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 درست طریقے سے نہیں لکھا گیا۔ صفحات اور حدود کو الگ کرنے کے لیے &apos;,&apos; اور حد بتانے کے لیے &apos;-&apos; استعمال کریں، اور دیکھیں کہ حدود ایک دوسرے میں نہ آئیں۔</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 ایک فولڈر ہے۔
براہِ کرم فائل کا کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>اختیارات (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>اختیارات (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>پرنٹ کریں (&amp;P)</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>تمام صفحات</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>نیچے سے اوپر، بائیں سے دائیں</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>نیچے سے اوپر، دائیں سے بائیں</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>دو طرفہ پرنٹ کی ترتیبات میں ٹکراؤ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>جفت صفحات</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>فائل %1 میں لکھا نہیں جا سکتا۔
براہِ کرم فائل کا کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>صفحات غلط لکھے گئے ہیں</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>بائیں سے دائیں، نیچے سے اوپر</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>بائیں سے دائیں، اوپر سے نیچے</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>کمپیوٹر پر فائل</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>طاق صفحات</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>&apos;ایک شیٹ پر صفحات&apos; اور &apos;صفحات کا مجموعہ&apos; ایک ساتھ استعمال نہیں ہو سکتے۔
براہِ کرم ان میں سے ایک بند کریں۔</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>فائل میں پرنٹ کریں ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>فائل میں پرنٹ کریں (پی ڈی ایف)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>دائیں سے بائیں، نیچے سے اوپر</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>دائیں سے بائیں، اوپر سے نیچے</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>&apos;سے&apos; والا صفحہ &apos;تک&apos; والے صفحے سے بڑا نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>دو طرفہ پرنٹ کی ترتیبات آپس میں ٹکراتی ہیں۔ کیا آپ انہیں درست کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>اوپر سے نیچے، بائیں سے دائیں</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>اوپر سے نیچے، دائیں سے بائیں</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>پی ڈی ایف فائل بنائیں</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>پی ڈی ایف میں ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>پہلا صفحہ</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>پورا صفحہ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>پوری چوڑائی</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>لیٹا ہوا (لینڈ اسکیپ)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>آخری صفحہ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>اگلا صفحہ</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>صفحے کی ترتیب</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>صفحے کی ترتیب</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>کھڑا (پورٹریٹ)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>پچھلا صفحہ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>پرنٹ کا پیش منظر</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>آمنے سامنے کے صفحات دکھائیں</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>تمام صفحات کا جائزہ دکھائیں</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>ایک صفحہ دکھائیں</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>چھوٹا کریں</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>مزید اختیارات میں ٹکراؤ</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>پرنٹ کے اختیارات</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>صفحے کی ترتیب میں ٹکراؤ</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>پرنٹر کی خصوصیات</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>صفحے کی ترتیب کے اختیارات آپس میں ٹکراتے ہیں۔ کیا آپ انہیں درست کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>کچھ مزید اختیارات آپس میں ٹکراتے ہیں۔ کیا آپ انہیں درست کرنا چاہتے ہیں؟</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>مزید</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فارم</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحہ</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>کچھ اختیارات آپس میں ٹکراتے ہیں۔ براہِ کرم انہیں درست کریں۔</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>ترتیب وار</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>رنگین</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>کاپیاں</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>کاپیاں:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>موجودہ صفحہ</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>دو طرفہ پرنٹ</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>دو طرفہ پرنٹ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فارم</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>بلیک اینڈ وائٹ</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>لمبی طرف</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>لمبی طرف سے جلد</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>اختیارات</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>پرنٹ کی ترتیبات</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>صفحات کا مجموعہ:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>صفحات از</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>سب پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>پرنٹ کی حد</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>الٹی ترتیب</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>منتخب حصہ</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>چھوٹی طرف</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>چھوٹی طرف سے جلد</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>صفحات یا حدود کوما سے الگ کر کے لکھیں۔ حد دو نمبروں کے بیچ ڈیش لگا کر لکھی جاتی ہے۔ مثلاً: 3,5-7,9 سے صفحات 3، 5، 6، 7 اور 9 پرنٹ ہوں گے۔</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فارم</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>جگہ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>فائل (&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>خصوصیات (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش منظر</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>پرنٹر</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>قسم:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>سب سے نیچے</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>بائیں کنارہ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>ایک صفحہ نیچے</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>ایک صفحہ بائیں</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>ایک صفحہ دائیں</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>ایک صفحہ اوپر</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>دائیں کنارہ</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>نیچے اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>یہاں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>بائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>دائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>اوپر اسکرول کریں</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>سب سے اوپر</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>بائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>دائیں اسکرول کریں</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI پہلے مضبوط حرف کی سمت سے علیحدہ</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>یونیکوڈ کنٹرول حرف داخل کریں</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE بائیں سے دائیں شمولیت کا آغاز</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI بائیں سے دائیں علیحدہ</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM بائیں سے دائیں نشان</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO بائیں سے دائیں لازمی سمت کا آغاز</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF سمت کی ترتیب ختم</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI علیحدہ سمت ختم</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE دائیں سے بائیں شمولیت کا آغاز</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI دائیں سے بائیں علیحدہ</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM دائیں سے بائیں نشان</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO دائیں سے بائیں لازمی سمت کا آغاز</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ صفر چوڑائی، حروف جوڑیں</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ صفر چوڑائی، حروف نہ جوڑیں</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP صفر چوڑائی کی خالی جگہ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>لنک کا پتہ کاپی کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>ختم کریں (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>اگلا (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>اگلا (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; پچھلا (&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>تصدیق کریں</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>واپس جائیں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
</context>
</TS>
