<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>CommunityText</name>
    <message>
        <location filename="../ui/community/CommunityText.cpp" line="+9"/>
        <source>Overdue (defaulter)</source>
        <translation>تاخیر شدہ (ڈیفالٹر)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given too early, repeat: %1</source>
        <translation>وقت سے پہلے لگائی گئی، دوبارہ لگائیں: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (overdue)</source>
        <translation>%1 (تاخیر شدہ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (pregnant)</source>
        <translation>%1 (حاملہ)</translation>
    </message>
</context>
<context>
    <name>ConsultationNotePrinting</name>
    <message>
        <location filename="../ui/consult/ConsultationNotePrinting.cpp" line="+45"/>
        <source>The Urdu translation is missing from this installation; print the note in English.</source>
        <translation>اس انسٹالیشن میں اردو ترجمہ موجود نہیں؛ نوٹ انگریزی میں پرنٹ کریں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Teleconsultation note</source>
        <translation>ٹیلی مشاورت کا نوٹ</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 · printed %2</source>
        <translation>%1 · پرنٹ: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, MR %2, %3</source>
        <translation>%1، ایم آر %2، %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered yet.</source>
        <translation>ابھی جواب نہیں دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>DueListPrinting</name>
    <message>
        <location filename="../ui/community/DueListPrinting.cpp" line="+16"/>
        <source>Immunisations due and overdue — %1</source>
        <translation>واجب اور تاخیر شدہ حفاظتی ٹیکے — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all villages</source>
        <translation>تمام گاؤں</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date: %1 · people: %2 · pregnant women, then defaulters first</source>
        <translation>تاریخ: %1 · افراد: %2 · پہلے حاملہ خواتین، پھر ڈیفالٹر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age / sex</source>
        <translation>عمر / جنس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doses needed</source>
        <translation>درکار خوراکیں</translation>
    </message>
</context>
<context>
    <name>PatientCardRenderer</name>
    <message>
        <location filename="../ui/print/PatientCardRenderer.cpp" line="+61"/>
        <source>Patient card · One Patient, One ID</source>
        <translation>مریض کارڈ · ایک مریض، ایک شناخت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Age %1</source>
        <translation>عمر %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring this card at every visit.</source>
        <translation>ہر بار آتے وقت یہ کارڈ ساتھ لائیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient card %1</source>
        <translation>مریض کارڈ %1</translation>
    </message>
</context>
<context>
    <name>PatientText</name>
    <message>
        <location filename="../ui/patients/PatientText.cpp" line="+17"/>
        <source>S/O</source>
        <comment>son of</comment>
        <translation>ولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D/O</source>
        <comment>daughter of</comment>
        <translation>دختر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W/O</source>
        <comment>wife of</comment>
        <translation>زوجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C/O</source>
        <comment>child of</comment>
        <translation>اولادِ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <comment>relation and guardian name: S/O Akbar</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M</source>
        <comment>male</comment>
        <translation>مرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F</source>
        <comment>female</comment>
        <translation>عورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <comment>other sex</comment>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 y</source>
        <comment>age in years</comment>
        <translation>%1 سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <comment>age in months</comment>
        <translation>%1 ماہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <comment>age in days</comment>
        <translation>%1 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (est.)</source>
        <comment>estimated age</comment>
        <translation>%1 (اندازاً)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <comment>age · sex</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <comment>village, union council</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name, MR number, CNIC or phone number. Ctrl+N registers a new patient.</source>
        <translation>نام، ایم آر نمبر، شناختی کارڈ نمبر یا فون نمبر لکھیں۔ نئے مریض کے اندراج کے لیے Ctrl+N دبائیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching by MR number</source>
        <translation>ایم آر نمبر سے تلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching by CNIC or B-form number</source>
        <translation>شناختی کارڈ یا ب فارم نمبر سے تلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching by phone number</source>
        <translation>فون نمبر سے تلاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching numbers: MR, CNIC and phone</source>
        <translation>نمبروں سے تلاش: ایم آر، شناختی کارڈ اور فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching by name (spelling variants and any word order)</source>
        <translation>نام سے تلاش (ہجے کے فرق اور الفاظ کی کسی بھی ترتیب کے ساتھ)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father</source>
        <translation>والد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>والدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandfather</source>
        <translation>دادا / نانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandmother</source>
        <translation>دادی / نانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother</source>
        <translation>بھائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sister</source>
        <translation>بہن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncle</source>
        <translation>چچا / ماموں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aunt</source>
        <translation>خالہ / پھوپھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Husband</source>
        <translation>شوہر</translation>
    </message>
</context>
<context>
    <name>PrintTarget</name>
    <message>
        <location filename="../ui/print/PrintTarget.cpp" line="+21"/>
        <location line="+5"/>
        <source>Could not write %1. Choose another folder, or check that the disk is not full.</source>
        <translation>%1 محفوظ نہیں ہو سکی۔ کوئی اور فولڈر منتخب کریں، یا دیکھیں کہ ڈسک بھری ہوئی تو نہیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printer %1 could not start printing. Check that it is on and has paper.</source>
        <translation>پرنٹر %1 پرنٹ شروع نہیں کر سکا۔ دیکھیں کہ پرنٹر آن ہے اور اس میں کاغذ موجود ہے۔</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../ui/i18n/Language.cpp" line="+12"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <location filename="../ui/print/RecoveryKeySheet.cpp" line="+26"/>
        <source>BHU Clinic — database recovery key</source>
        <translation>بی ایچ یو کلینک — ڈیٹا بیس کی ریکوری کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility: %1</source>
        <translation>مرکزِ صحت: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed: %1</source>
        <translation>پرنٹ کی تاریخ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key opens the clinic database when no administrator can sign in. Keep this sheet in the facility&apos;s safe. Anyone with this key and a copy of the database can read every patient&apos;s record: never photograph it, type it into messages or leave it near the computer.</source>
        <translation>جب کوئی ایڈمنسٹریٹر لاگ اِن نہ کر سکے تو یہ ریکوری کی کلینک کا ڈیٹا بیس کھولتی ہے۔ یہ شیٹ مرکز کی تجوری میں رکھیں۔ جس کے پاس یہ ریکوری کی اور ڈیٹا بیس کی کاپی ہو، وہ ہر مریض کا ریکارڈ پڑھ سکتا ہے: اس کی کبھی تصویر نہ کھینچیں، اسے کسی پیغام میں نہ لکھیں اور کمپیوٹر کے پاس نہ چھوڑیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To use it: in the unlock window choose &quot;Forgot? Use the recovery key&quot;, or run bhuctl recover --db PATH. A key change (Admin → Change database key) prints a new sheet; destroy this one then.</source>
        <translation>استعمال کا طریقہ: ڈیٹا بیس کھولنے والی ونڈو میں &quot;بھول گئے؟ ریکوری کی استعمال کریں&quot; چنیں، یا bhuctl recover --db PATH چلائیں۔ چابی بدلنے پر (انتظامیہ → ڈیٹا بیس کی چابی بدلیں) نئی شیٹ پرنٹ ہوتی ہے؛ تب یہ شیٹ ضائع کر دیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <translation>ریکوری کی</translation>
    </message>
</context>
<context>
    <name>TokenSlipRenderer</name>
    <message>
        <location filename="../ui/print/TokenSlipRenderer.cpp" line="+47"/>
        <source>OPD token</source>
        <translation>او پی ڈی ٹوکن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Age %1</source>
        <translation>عمر %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please wait until your token number is called.</source>
        <translation>براہِ کرم اپنا ٹوکن نمبر پکارے جانے تک انتظار کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OPD token %1</source>
        <translation>او پی ڈی ٹوکن %1</translation>
    </message>
</context>
<context>
    <name>VisitSlipRenderer</name>
    <message>
        <location filename="../ui/print/VisitSlipRenderer.cpp" line="+41"/>
        <location line="+56"/>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Referred to: %1</source>
        <translation>ریفر کیا گیا: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency: %1</source>
        <translation>فوریت: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason: %1</source>
        <translation>وجہ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done: %1</source>
        <translation>کیا گیا علاج: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>Complaint: %1</source>
        <translation>شکایت: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Vital signs: %1</source>
        <translation>وائٹل سائنز: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not measured</source>
        <translation>نہیں ناپے گئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Diagnoses: %1</source>
        <translation>تشخیص: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Medicines given: %1</source>
        <translation>دی گئی دوائیاں: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rx</source>
        <translation>Rx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <translation>%1۔ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice: %1</source>
        <translation>ہدایات: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: %1</source>
        <translation>دوبارہ معائنہ: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+44"/>
        <source>Referral slip</source>
        <translation>ریفرل پرچی</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Prescription</source>
        <translation>نسخہ</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MR %1</source>
        <translation>ایم آر %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed: %1</source>
        <translation>دستخط: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not signed)</source>
        <translation>(دستخط نہیں ہوئے)</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <location filename="../ui/visits/VisitText.cpp" line="+21"/>
        <source>Token %1</source>
        <translation>ٹوکن %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed by %1</source>
        <translation>دستخط: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Corrected by %1 on %2: %3</source>
        <translation>%1 نے %2 کو درستی کی: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to %1 (%2): %3</source>
        <translation>%1 کو ریفر کیا گیا (%2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BP %1/%2 mmHg</source>
        <translation>بلڈ پریشر %1/%2 mmHg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BMI %1</source>
        <translation>بی ایم آئی %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>bhu</name>
    <message>
        <location filename="../domain/Csv.cpp" line="+16"/>
        <source>The file is not valid UTF-16 text.</source>
        <translation>یہ فائل درست UTF-16 متن نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not UTF-8 text (Urdu and other letters would be lost). In Excel use File → Save As → &quot;CSV UTF-8 (Comma delimited)&quot; and import that file.</source>
        <translation>یہ فائل UTF-8 متن نہیں ہے (اردو اور دوسرے حروف ضائع ہو جائیں گے)۔ ایکسل میں File → Save As → &quot;CSV UTF-8 (Comma delimited)&quot; استعمال کریں اور وہ فائل امپورٹ کریں۔</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>A quoted field that starts on line %1 is never closed (a &quot; is missing). Nothing was imported.</source>
        <translation>سطر %1 سے شروع ہونے والا واوین والا خانہ بند نہیں ہوا (ایک &quot; غائب ہے)۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../domain/EpiSchedule.cpp" line="+25"/>
        <location filename="../domain/ReferenceCsv.cpp" line="+24"/>
        <source>%1, line %2: %3</source>
        <translation>%1، سطر %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2 (%3): %4</source>
        <translation>%1، سطر %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../domain/ReferenceCsv.cpp" line="+14"/>
        <source>the column &quot;%1&quot; is missing.</source>
        <translation>کالم &quot;%1&quot; موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the code is empty.</source>
        <translation>کوڈ خالی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code %1 appears twice.</source>
        <translation>کوڈ %1 دو بار آیا ہے۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not an ICD-10 code (a letter, two digits, optionally a dot and one or two digits).</source>
        <translation>%1 آئی سی ڈی-10 کوڈ نہیں ہے (ایک حرف، دو ہندسے، اور چاہیں تو ایک نقطہ اور ایک یا دو ہندسے)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>the English name is empty.</source>
        <translation>انگریزی نام خالی ہے۔</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>a DHIS row is not a number from 0 to 999.</source>
        <translation>DHIS کی قطار 0 سے 999 تک کا نمبر نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the name or the form is empty.</source>
        <translation>نام یا دوائی کی قسم (فارم) خالی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the frequency %1 is not one of %2.</source>
        <translation>frequency کی قیمت %1 ان میں سے نہیں: %2۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration_days is not a number from 0 to 999.</source>
        <translation>duration_days کی قیمت 0 سے 999 تک کا نمبر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../domain/VitalsCheck.cpp" line="+51"/>
        <source>%1 looks like a Fahrenheit reading: %1 °F is %2 °C.</source>
        <translation>%1 فارن ہائیٹ کی ریڈنگ لگتی ہے: %1 °F یعنی %2 °C۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 looks like mmol/L: %1 mmol/L is %2 mg/dL.</source>
        <translation>%1 ملی مول فی لیٹر (mmol/L) لگتا ہے: %1 mmol/L یعنی %2 mg/dL۔</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 must be between %2 and %3 %4; %5 is not possible. Check the reading and the unit.</source>
        <translation>%1 کو %2 اور %3 %4 کے درمیان ہونا چاہیے؛ %5 ممکن نہیں۔ ریڈنگ اور اکائی دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The diastolic pressure (%1 mmHg) must be lower than the systolic (%2 mmHg). Check whether the two were swapped.</source>
        <translation>نیچے والا بلڈ پریشر (%1 mmHg) اوپر والے (%2 mmHg) سے کم ہونا چاہیے۔ دیکھیں کہ کہیں دونوں الٹ تو نہیں لکھے گئے۔</translation>
    </message>
    <message>
        <location filename="../domain/VitalsFlags.cpp" line="+32"/>
        <source>Blood pressure %1 mmHg: hypertensive crisis (180/110 or above). Recheck after 5 minutes&apos; rest; if it stays this high, refer urgently.</source>
        <translation>بلڈ پریشر %1 mmHg: شدید ہائی بلڈ پریشر (180/110 یا زیادہ)۔ 5 منٹ آرام کے بعد دوبارہ چیک کریں؛ اگر اتنا ہی زیادہ رہے تو فوراً ریفر کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blood pressure %1 mmHg is high (140/90 or above).</source>
        <translation>بلڈ پریشر %1 mmHg زیادہ ہے (140/90 یا زیادہ)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood pressure %1 mmHg is low (systolic below 90). Look for shock, dehydration or bleeding.</source>
        <translation>بلڈ پریشر %1 mmHg کم ہے (اوپر والا 90 سے کم)۔ شاک، پانی کی کمی یا خون بہنے کی علامات دیکھیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SpO2 %1 % is below 90 %: severe hypoxaemia. Give oxygen and refer.</source>
        <translation>SpO2 %1 % ہے، 90 % سے کم: خون میں آکسیجن کی شدید کمی۔ آکسیجن دیں اور ریفر کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SpO2 %1 % is low (below 92 %).</source>
        <translation>SpO2 %1 % کم ہے (92 % سے کم)۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Temperature %1 °C: hypothermia (below 35 °C). Warm the patient and refer.</source>
        <translation>درجہ حرارت %1 °C: جسم بہت ٹھنڈا ہے (35 °C سے کم)۔ مریض کو گرم رکھیں اور ریفر کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature %1 °C: high fever (39 °C or above).</source>
        <translation>درجہ حرارت %1 °C: تیز بخار (39 °C یا زیادہ)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature %1 °C: fever (37.5 °C or above).</source>
        <translation>درجہ حرارت %1 °C: بخار (37.5 °C یا زیادہ)۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulse %1 /min is fast for the age (above %2).</source>
        <translation>نبض %1 فی منٹ اس عمر کے لیے تیز ہے (%2 سے زیادہ)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulse %1 /min is slow for the age (below %2).</source>
        <translation>نبض %1 فی منٹ اس عمر کے لیے سست ہے (%2 سے کم)۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Respiratory rate %1 /min is fast breathing for the age (%2 or more).</source>
        <translation>سانس کی رفتار %1 فی منٹ: اس عمر کے لیے تیز سانس (%2 یا زیادہ)۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MUAC %1 cm is red (below 11.5 cm): severe acute malnutrition. Refer to the nutrition programme (OTP/SC).</source>
        <translation>MUAC %1 cm سرخ ہے (11.5 cm سے کم): شدید غذائی قلت۔ غذائیت پروگرام (OTP/SC) میں ریفر کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MUAC %1 cm is yellow (11.5 to below 12.5 cm): moderate acute malnutrition.</source>
        <translation>MUAC %1 cm پیلا ہے (11.5 سے 12.5 cm سے کم): درمیانی غذائی قلت۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blood glucose %1 mg/dL is dangerously low (below 54). Give sugar or glucose now.</source>
        <translation>شوگر %1 mg/dL خطرناک حد تک کم ہے (54 سے کم)۔ ابھی چینی یا گلوکوز دیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood glucose %1 mg/dL is low (below 70).</source>
        <translation>شوگر %1 mg/dL کم ہے (70 سے کم)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random blood glucose %1 mg/dL is high (200 or above).</source>
        <translation>رینڈم شوگر %1 mg/dL زیادہ ہے (200 یا زیادہ)۔</translation>
    </message>
    <message>
        <location filename="../domain/ReportDhis2.cpp" line="+17"/>
        <source>DHIS2 mapping %1: %2</source>
        <translation>DHIS2 میپنگ %1: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>DHIS2 takes a whole calendar month; choose a month.</source>
        <translation>DHIS2 پورا کیلنڈر مہینہ لیتا ہے؛ کوئی مہینہ چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DHIS2 mapping has no org unit for facility %1. Add it under &quot;orgUnits&quot;.</source>
        <translation>DHIS2 میپنگ میں مرکز %1 کا org unit نہیں ہے۔ اسے &quot;orgUnits&quot; میں شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../domain/ReportEngine.cpp" line="+121"/>
        <source>The report was cancelled.</source>
        <translation>رپورٹ منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <location filename="../domain/ReportFilter.cpp" line="+13"/>
        <location filename="../domain/ReportTemplate.cpp" line="+21"/>
        <source>Report template: %1: %2</source>
        <translation>رپورٹ ٹیمپلیٹ: %1: %2</translation>
    </message>
    <message>
        <location filename="../domain/ReportTemplate.cpp" line="+6"/>
        <source>unknown key &quot;%1&quot; (expected one of: %2).</source>
        <translation>نامعلوم key &quot;%1&quot; (ان میں سے کوئی ایک ہونی چاہیے: %2)۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be an object {&quot;en&quot;: …, &quot;ur&quot;: …}.</source>
        <translation>&quot;%1&quot; ایک object {&quot;en&quot;: …, &quot;ur&quot;: …} ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs an English text (&quot;en&quot;).</source>
        <translation>&quot;%1&quot; میں انگریزی متن (&quot;en&quot;) ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;filter&quot; must be an object.</source>
        <translation>&quot;filter&quot; ایک object ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+74"/>
        <source>%1, row %2</source>
        <translation>%1، قطار %2</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+77"/>
        <source>%1, row &quot;%2&quot;</source>
        <translation>%1، قطار &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>every row needs an &quot;id&quot; of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>ہر قطار کا &quot;id&quot; ضروری ہے، جس میں صرف حروف، ہندسے، &apos;.&apos;، &apos;-&apos; یا &apos;_&apos; ہوں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown value &quot;%1&quot; (count, patients, perWorkingDay, workingDays, facilityName, facilityCode, period).</source>
        <translation>نامعلوم value &quot;%1&quot; (count, patients, perWorkingDay, workingDays, facilityName, facilityCode, period)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;available&quot; must be true or false.</source>
        <translation>&quot;available&quot; صرف true یا false ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown community measure &quot;%1&quot; (epi:&lt;dose&gt;, mch:anc, mch:anc1, mch:pnc, mch:deliveries, mch:deliveries-facility, fp:visits, fp:new-acceptors, fp:&lt;method&gt;, lhw:pregnancies).</source>
        <translation>کمیونٹی کا نامعلوم پیمانہ &quot;%1&quot; (epi:&lt;dose&gt;, mch:anc, mch:anc1, mch:pnc, mch:deliveries, mch:deliveries-facility, fp:visits, fp:new-acceptors, fp:&lt;method&gt;, lhw:pregnancies)۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, section %2</source>
        <translation>%1، حصہ %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, section &quot;%2&quot;</source>
        <translation>%1، حصہ &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every section needs an &quot;id&quot; of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>ہر حصے کا &quot;id&quot; ضروری ہے، جس میں صرف حروف، ہندسے، &apos;.&apos;، &apos;-&apos; یا &apos;_&apos; ہوں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1، کالم &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every column needs an &quot;id&quot; of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>ہر کالم کا &quot;id&quot; ضروری ہے، جس میں صرف حروف، ہندسے، &apos;.&apos;، &apos;-&apos; یا &apos;_&apos; ہوں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column id is used twice.</source>
        <translation>کالم کا id دو بار استعمال ہوا ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a section needs a non-empty &quot;rows&quot; list.</source>
        <translation>ہر حصے میں &quot;rows&quot; کی فہرست ضروری ہے جو خالی نہ ہو۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row must be an object.</source>
        <translation>قطار ایک object ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row id is used twice.</source>
        <translation>قطار کا id دو بار استعمال ہوا ہے۔</translation>
    </message>
    <message>
        <location filename="../domain/Immunisation.cpp" line="+15"/>
        <source>Choose the person who received the dose.</source>
        <translation>وہ شخص چنیں جسے خوراک دی گئی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a dose of the immunisation schedule. Choose the vaccine and dose from the list.</source>
        <translation>%1 حفاظتی ٹیکوں کے شیڈول کی کوئی خوراک نہیں۔ فہرست سے ویکسین اور خوراک چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date the dose was given.</source>
        <translation>خوراک دینے کی تاریخ لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date the dose was given is in the future. Check the date.</source>
        <translation>خوراک دینے کی تاریخ آنے والے دنوں کی ہے۔ تاریخ دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the dose was given is before the date of birth. Check both dates.</source>
        <translation>خوراک دینے کی تاریخ تاریخِ پیدائش سے پہلے کی ہے۔ دونوں تاریخیں دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the lot (batch) number from the vial, or mark the dose as given elsewhere.</source>
        <translation>شیشی پر لکھا لاٹ (بیچ) نمبر لکھیں، یا خوراک کو &quot;کہیں اور دی گئی&quot; کے طور پر نشان زد کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write why the dose is corrected.</source>
        <translation>لکھیں کہ خوراک میں درستی کیوں کی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../domain/Maternal.cpp" line="+91"/>
        <source>Ongoing</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live birth</source>
        <translation>زندہ پیدائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stillbirth</source>
        <translation>مردہ پیدائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miscarriage or abortion</source>
        <translation>اسقاطِ حمل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the woman the pregnancy belongs to.</source>
        <translation>وہ عورت چنیں جس کا یہ حمل ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last menstrual period is in the future. Check the date.</source>
        <translation>آخری ماہواری کی تاریخ آنے والے دنوں کی ہے۔ تاریخ دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last menstrual period is more than 44 weeks ago. Check the date, or record the outcome.</source>
        <translation>آخری ماہواری 44 ہفتوں سے زیادہ پہلے کی ہے۔ تاریخ دوبارہ دیکھیں، یا حمل کا نتیجہ درج کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the last menstrual period or the expected date of delivery.</source>
        <translation>آخری ماہواری کی تاریخ یا زچگی کی متوقع تاریخ لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gravida counts this pregnancy too: enter 1 or more.</source>
        <translation>گریوڈا میں یہ حمل بھی شامل ہے: 1 یا اس سے زیادہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Para must be less than gravida.</source>
        <translation>پیرا گریوڈا سے کم ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date the pregnancy ended.</source>
        <translation>حمل ختم ہونے کی تاریخ لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where the delivery took place.</source>
        <translation>چنیں کہ زچگی کہاں ہوئی۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>High blood pressure (140/90 or more)</source>
        <translation>ہائی بلڈ پریشر (140/90 یا زیادہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe anaemia (Hb below 7 g/dL)</source>
        <translation>خون کی شدید کمی (ہیموگلوبن 7 g/dL سے کم)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the woman this visit is for.</source>
        <translation>وہ عورت چنیں جس کا یہ معائنہ ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date of the visit (not in the future).</source>
        <translation>معائنے کی تاریخ لکھیں (آنے والے دنوں کی نہیں)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the family-planning method.</source>
        <translation>خاندانی منصوبہ بندی کا طریقہ چنیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antenatal and postnatal visits belong to a registered pregnancy: register it first.</source>
        <translation>زچگی سے پہلے اور بعد کے معائنے کسی درج شدہ حمل سے متعلق ہوتے ہیں: پہلے حمل کا اندراج کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blood pressure is not possible. Measure again.</source>
        <translation>یہ بلڈ پریشر ممکن نہیں۔ دوبارہ ناپیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin must be between 2 and 20 g/dL.</source>
        <translation>ہیموگلوبن 2 اور 20 g/dL کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight must be between 25 and 200 kg.</source>
        <translation>وزن 25 اور 200 kg کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown danger sign %1.</source>
        <translation>نامعلوم خطرے کی علامت %1۔</translation>
    </message>
    <message>
        <location filename="../domain/Consultation.cpp" line="+54"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>معمول کے مطابق</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>With a specialist</source>
        <translation>اسپیشلسٹ کے پاس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question for the BHU</source>
        <translation>بی ایچ یو کے لیے سوال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>جواب دے دیا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <translation>بھیج دیا گیا</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refer to be seen in person</source>
        <translation>خود معائنے کے لیے ریفر کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent referral</source>
        <translation>فوری ریفرل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manage at the BHU</source>
        <translation>بی ایچ یو پر ہی علاج کریں</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the specialty to ask.</source>
        <translation>وہ شعبہ چنیں جس کے اسپیشلسٹ سے پوچھنا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your question to the specialist (at least %1 characters).</source>
        <translation>اسپیشلسٹ کے لیے اپنا سوال لکھیں (کم از کم %1 حروف)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case summary is empty. The specialist needs it to answer.</source>
        <translation>کیس کا خلاصہ خالی ہے۔ اسپیشلسٹ کو جواب دینے کے لیے اس کی ضرورت ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your assessment.</source>
        <translation>اپنا جائزہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message is empty. Write it first.</source>
        <translation>پیغام خالی ہے۔ پہلے پیغام لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what the BHU should do: manage there, refer, or refer urgently.</source>
        <translation>چنیں کہ بی ایچ یو کیا کرے: وہیں علاج، ریفر، یا فوری ریفر۔</translation>
    </message>
    <message>
        <location filename="../domain/ConsultationSummary.cpp" line="+17"/>
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sex not recorded</source>
        <translation>جنس درج نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>age unknown</source>
        <translation>عمر نامعلوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (estimated)</source>
        <translation> (اندازاً)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 months</source>
        <translation>%1 ماہ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Patient: %1, %2</source>
        <translation>مریض: %1، %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint: %1</source>
        <translation>شکایت: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vital signs:</source>
        <translation>وائٹل سائنز:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnoses at this visit: %1</source>
        <translation>اس معائنے میں تشخیص: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current medicines: %1</source>
        <translation>موجودہ دوائیاں: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none recorded</source>
        <translation>کچھ درج نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant history: %1</source>
        <translation>متعلقہ طبی تاریخ: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no diagnoses in the last 12 months</source>
        <translation>پچھلے 12 ماہ میں کوئی تشخیص نہیں</translation>
    </message>
    <message>
        <location filename="../domain/ReferenceLists.cpp" line="+32"/>
        <source>%1 is not a reference list. The lists are: %2.</source>
        <translation>%1 کوئی حوالہ فہرست نہیں۔ فہرستیں یہ ہیں: %2۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The %1 list has no rows. Keep the header row and add the list&apos;s rows.</source>
        <translation>%1 فہرست میں کوئی قطار نہیں۔ سرخی والی قطار رہنے دیں اور فہرست کی قطاریں شامل کریں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The built-in reference list %1 is missing from this build.</source>
        <translation>پروگرام میں شامل حوالہ فہرست %1 اس ورژن میں موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::Age</name>
    <message>
        <location filename="../domain/Age.cpp" line="+12"/>
        <source>An age above 120 years is not possible. Check the age or the date of birth.</source>
        <translation>120 سال سے زیادہ عمر ممکن نہیں۔ عمر یا تاریخِ پیدائش دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today&apos;s date is not known, so the age cannot be worked out. Check the computer&apos;s date.</source>
        <translation>آج کی تاریخ معلوم نہیں، اس لیے عمر نہیں نکالی جا سکتی۔ کمپیوٹر کی تاریخ درست کریں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An age cannot be negative. Type the years, months or days as 0 or more.</source>
        <translation>عمر منفی نہیں ہو سکتی۔ سال، مہینے یا دن 0 یا اس سے زیادہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The date of birth is not a valid date. Type it as day, month and year.</source>
        <translation>تاریخِ پیدائش درست تاریخ نہیں۔ دن، مہینہ اور سال لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is after today. Check the date; for an unknown date, enter the age instead.</source>
        <translation>تاریخِ پیدائش آج کے بعد کی ہے۔ تاریخ دوبارہ دیکھیں؛ اگر تاریخ معلوم نہ ہو تو عمر لکھیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::Cnic</name>
    <message>
        <location filename="../domain/Cnic.cpp" line="+23"/>
        <source>Khyber Pakhtunkhwa</source>
        <translation>خیبر پختونخوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ex-FATA</source>
        <translation>سابقہ فاٹا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punjab</source>
        <translation>پنجاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sindh</source>
        <translation>سندھ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balochistan</source>
        <translation>بلوچستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Islamabad</source>
        <translation>اسلام آباد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gilgit-Baltistan</source>
        <translation>گلگت بلتستان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The B-form number is empty. Type the 13 digits from the B-form (CRC).</source>
        <translation>ب فارم نمبر خالی ہے۔ ب فارم (CRC) سے 13 ہندسے لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIC is empty. Type the 13 digits from the identity card.</source>
        <translation>شناختی کارڈ نمبر خالی ہے۔ شناختی کارڈ سے 13 ہندسے لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A B-form number may contain only digits and dashes. Type the 13 digits as printed on the B-form, e.g. 35202-1234567-8.</source>
        <translation>ب فارم نمبر میں صرف ہندسے اور ڈیش ہو سکتے ہیں۔ 13 ہندسے ویسے لکھیں جیسے ب فارم پر چھپے ہیں، مثلاً 35202-1234567-8۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CNIC may contain only digits and dashes. Type the 13 digits as printed on the card, e.g. 35202-1234567-9.</source>
        <translation>شناختی کارڈ نمبر میں صرف ہندسے اور ڈیش ہو سکتے ہیں۔ 13 ہندسے ویسے لکھیں جیسے کارڈ پر چھپے ہیں، مثلاً 35202-1234567-9۔</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A B-form number has 13 digits, but %n digit(s) were entered. Check the B-form and type all 13 digits.</source>
        <translation>
            <numerusform>ب فارم نمبر 13 ہندسوں کا ہوتا ہے، لیکن صرف %n ہندسہ لکھا گیا۔ ب فارم دیکھ کر پورے 13 ہندسے لکھیں۔</numerusform>
            <numerusform>ب فارم نمبر 13 ہندسوں کا ہوتا ہے، لیکن %n ہندسے لکھے گئے۔ ب فارم دیکھ کر پورے 13 ہندسے لکھیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A CNIC has 13 digits, but %n digit(s) were entered. Check the card and type all 13 digits.</source>
        <translation>
            <numerusform>شناختی کارڈ نمبر 13 ہندسوں کا ہوتا ہے، لیکن صرف %n ہندسہ لکھا گیا۔ کارڈ دیکھ کر پورے 13 ہندسے لکھیں۔</numerusform>
            <numerusform>شناختی کارڈ نمبر 13 ہندسوں کا ہوتا ہے، لیکن %n ہندسے لکھے گئے۔ کارڈ دیکھ کر پورے 13 ہندسے لکھیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The B-form number starts with %1, which is not a known province code (1 to 7). Check the number; if it is printed like this (e.g. AJK), keep it.</source>
        <translation>ب فارم نمبر %1 سے شروع ہوتا ہے، جو کسی صوبے کا معلوم کوڈ (1 سے 7) نہیں۔ نمبر دوبارہ دیکھیں؛ اگر ب فارم پر ایسے ہی چھپا ہے (مثلاً آزاد کشمیر)، تو ایسے ہی رہنے دیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIC starts with %1, which is not a known province code (1 to 7). Check the number; if the card shows it like this (e.g. AJK), keep it.</source>
        <translation>شناختی کارڈ نمبر %1 سے شروع ہوتا ہے، جو کسی صوبے کا معلوم کوڈ (1 سے 7) نہیں۔ نمبر دوبارہ دیکھیں؛ اگر کارڈ پر ایسے ہی لکھا ہے (مثلاً آزاد کشمیر)، تو ایسے ہی رہنے دیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last digit of this B-form number is odd, which NADRA gives to boys, but the child is recorded as female. Check the number and the sex.</source>
        <translation>اس ب فارم نمبر کا آخری ہندسہ طاق ہے، جو نادرا لڑکوں کو دیتا ہے، لیکن بچے کی جنس لڑکی درج ہے۔ نمبر اور جنس دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last digit of this B-form number is even, which NADRA gives to girls, but the child is recorded as male. Check the number and the sex.</source>
        <translation>اس ب فارم نمبر کا آخری ہندسہ جفت ہے، جو نادرا لڑکیوں کو دیتا ہے، لیکن بچے کی جنس لڑکا درج ہے۔ نمبر اور جنس دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last digit of this CNIC is odd, which NADRA gives to men, but the patient is recorded as female. Check the card and the sex.</source>
        <translation>اس شناختی کارڈ نمبر کا آخری ہندسہ طاق ہے، جو نادرا مردوں کو دیتا ہے، لیکن مریض کی جنس عورت درج ہے۔ کارڈ اور جنس دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last digit of this CNIC is even, which NADRA gives to women, but the patient is recorded as male. Check the card and the sex.</source>
        <translation>اس شناختی کارڈ نمبر کا آخری ہندسہ جفت ہے، جو نادرا عورتوں کو دیتا ہے، لیکن مریض کی جنس مرد درج ہے۔ کارڈ اور جنس دوبارہ دیکھیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::Consultation</name>
    <message>
        <location filename="../domain/Consultation.cpp" line="-142"/>
        <source>Medicine</source>
        <translation>میڈیسن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paediatrics</source>
        <translation>بچوں کے امراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gynaecology and obstetrics</source>
        <translation>زنانہ امراض اور زچگی (گائنی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dermatology</source>
        <translation>جلدی امراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surgery</source>
        <translation>سرجری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eye (ophthalmology)</source>
        <translation>آنکھ (امراضِ چشم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ear, nose and throat</source>
        <translation>کان، ناک اور گلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychiatry</source>
        <translation>نفسیاتی امراض</translation>
    </message>
</context>
<context>
    <name>bhu::ConsultationSummary</name>
    <message numerus="yes">
        <location filename="../domain/ConsultationSummary.cpp" line="-48"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bhu::Dhis2Mapping</name>
    <message>
        <location filename="../domain/ReportDhis2.cpp" line="-54"/>
        <source>not a JSON object (%1 at character %2).</source>
        <translation>یہ JSON object نہیں ہے (%1، حرف نمبر %2 پر)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it maps template &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>یہ ٹیمپلیٹ &quot;%1&quot; کی میپنگ ہے، &quot;%2&quot; کی نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;dataSet&quot; must be a DHIS2 UID (11 letters and digits).</source>
        <translation>&quot;dataSet&quot; ایک DHIS2 UID (11 حروف اور ہندسے) ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>org unit of &quot;%1&quot; is not a DHIS2 UID.</source>
        <translation>&quot;%1&quot; کا org unit درست DHIS2 UID نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;dataValues&quot; lists no cells.</source>
        <translation>&quot;dataValues&quot; میں کوئی خانہ درج نہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cell &quot;%1&quot; is not in template %2 (write section/row/column ids).</source>
        <translation>خانہ &quot;%1&quot; ٹیمپلیٹ %2 میں نہیں ہے (section/row/column کے id لکھیں)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cell &quot;%1&quot;: dataElement and categoryOptionCombo must be DHIS2 UIDs.</source>
        <translation>خانہ &quot;%1&quot;: dataElement اور categoryOptionCombo دونوں DHIS2 UID ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cell &quot;%1&quot;: %2 is mapped twice.</source>
        <translation>خانہ &quot;%1&quot;: %2 کی میپنگ دو بار کی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell &quot;%1&quot; is mapped twice.</source>
        <translation>خانہ &quot;%1&quot; کی میپنگ دو بار کی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the DHIS2 mapping %1: %2</source>
        <translation>DHIS2 میپنگ %1 پڑھی نہیں جا سکی: %2</translation>
    </message>
</context>
<context>
    <name>bhu::DoseFrequency</name>
    <message>
        <location filename="../domain/DoseFrequency.cpp" line="+20"/>
        <source>once a day</source>
        <translation>دن میں ایک بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twice a day</source>
        <translation>دن میں دو بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three times a day</source>
        <translation>دن میں تین بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four times a day</source>
        <translation>دن میں چار بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at bedtime</source>
        <translation>سوتے وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when needed</source>
        <translation>ضرورت کے وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once, now</source>
        <translation>ایک بار، ابھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a week</source>
        <translation>ہفتے میں ایک بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once every three months</source>
        <translation>تین مہینے میں ایک بار</translation>
    </message>
</context>
<context>
    <name>bhu::EpiSchedule</name>
    <message>
        <location filename="../domain/EpiSchedule.cpp" line="+64"/>
        <source>the column &quot;%1&quot; is missing.</source>
        <translation>کالم &quot;%1&quot; موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the series is empty.</source>
        <translation>سلسلہ (series) خالی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the antigen is empty.</source>
        <translation>اینٹیجن خالی ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the dose number &quot;%1&quot; is not a number from 0 to 9.</source>
        <translation>خوراک کا نمبر &quot;%1&quot; 0 سے 9 تک کا کوئی عدد نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the minimum age &quot;%1&quot; is not a count and a unit (d, w, m, y), e.g. 6w.</source>
        <translation>کم از کم عمر &quot;%1&quot; ایک عدد اور اکائی (d, w, m, y) نہیں، مثلاً 6w۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the minimum interval &quot;%1&quot; is not a count and a unit (d, w, m, y), e.g. 4w.</source>
        <translation>کم از کم وقفہ &quot;%1&quot; ایک عدد اور اکائی (d, w, m, y) نہیں، مثلاً 4w۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the age limit &quot;%1&quot; is not a count and a unit (d, w, m, y), e.g. 2y.</source>
        <translation>عمر کی حد &quot;%1&quot; ایک عدد اور اکائی (d, w, m, y) نہیں، مثلاً 2y۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the age limit %1 is not above the minimum age %2.</source>
        <translation>عمر کی حد %1 کم از کم عمر %2 سے زیادہ نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this dose is listed twice.</source>
        <translation>یہ خوراک دو بار درج ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the antigen %1 is already in the series %2.</source>
        <translation>اینٹیجن %1 پہلے ہی سلسلہ %2 میں موجود ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the doses of %1 are not in ascending order.</source>
        <translation>%1 کی خوراکیں بڑھتی ہوئی ترتیب میں نہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the schedule has no doses.</source>
        <translation>شیڈول میں کوئی خوراک نہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The built-in immunisation schedule is missing from this build.</source>
        <translation>حفاظتی ٹیکوں کا پروگرام کے ساتھ آنے والا شیڈول اس بلڈ میں موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::Immunisation</name>
    <message>
        <location filename="../domain/ImmunisationDue.cpp" line="+89"/>
        <source>Complete</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>آنے والی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>واجب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past age limit</source>
        <translation>عمر کی حد گزر گئی</translation>
    </message>
</context>
<context>
    <name>bhu::Maternal</name>
    <message>
        <location filename="../domain/Maternal.cpp" line="-150"/>
        <source>Home</source>
        <translation>گھر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BHU</source>
        <translation>بی ایچ یو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RHC</source>
        <translation>آر ایچ سی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital (THQ/DHQ)</source>
        <translation>ہسپتال (ٹی ایچ کیو / ڈی ایچ کیو)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private clinic</source>
        <translation>پرائیویٹ کلینک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vaginal bleeding</source>
        <translation>اندامِ نہانی سے خون آنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe headache</source>
        <translation>شدید سر درد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blurred vision</source>
        <translation>دھندلا نظر آنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convulsions</source>
        <translation>دورے (جھٹکے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High fever</source>
        <translation>تیز بخار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe abdominal pain</source>
        <translation>پیٹ میں شدید درد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baby moves less or not at all</source>
        <translation>بچے کا کم ہلنا یا بالکل نہ ہلنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling of face or hands</source>
        <translation>چہرے یا ہاتھوں پر سوجن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast or difficult breathing</source>
        <translation>تیز سانس یا سانس لینے میں دشواری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condom</source>
        <translation>کنڈوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral pill</source>
        <translation>گولیاں (مانع حمل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injectable</source>
        <translation>ٹیکہ (انجیکشن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IUCD</source>
        <translation>آئی یو سی ڈی (چھلا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implant</source>
        <translation>امپلانٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tubal ligation</source>
        <translation>عورت کی نس بندی (ٹیوبل لائگیشن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasectomy</source>
        <translation>مرد کی نس بندی (ویسیکٹومی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breastfeeding method (LAM)</source>
        <translation>دودھ پلانے کا طریقہ (LAM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other method</source>
        <translation>کوئی اور طریقہ</translation>
    </message>
</context>
<context>
    <name>bhu::MrNumber</name>
    <message>
        <location filename="../domain/MrNumber.cpp" line="+33"/>
        <source>This MR number block is out of range: national numbers run from 0000-0000-000x to 8999-9999-999x. Ask the registry for a new block.</source>
        <translation>ایم آر نمبروں کا یہ بلاک حد سے باہر ہے: قومی نمبر 0000-0000-000x سے 8999-9999-999x تک ہوتے ہیں۔ رجسٹری سے نیا بلاک مانگیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The facility number must be between 1 and 99999 to issue provisional MR numbers. Enrol this facility with the registry first.</source>
        <translation>عارضی ایم آر نمبر جاری کرنے کے لیے مرکز کا نمبر 1 سے 99999 کے درمیان ہونا چاہیے۔ پہلے اس مرکز کا رجسٹری میں اندراج کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This facility has used all its provisional MR numbers. Connect to the registry to refill the pool of national numbers.</source>
        <translation>اس مرکز کے تمام عارضی ایم آر نمبر استعمال ہو چکے ہیں۔ قومی نمبر دوبارہ حاصل کرنے کے لیے رجسٹری سے رابطہ (کنیکٹ) کریں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The MR number is empty. Type the 12 digits printed on the patient&apos;s card.</source>
        <translation>ایم آر نمبر خالی ہے۔ مریض کارڈ پر چھپے 12 ہندسے لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An MR number has only digits (dashes and spaces are allowed). Type the 12 digits, e.g. 1234-5678-9012.</source>
        <translation>ایم آر نمبر میں صرف ہندسے ہوتے ہیں (ڈیش اور خالی جگہ کی اجازت ہے)۔ 12 ہندسے لکھیں، مثلاً 1234-5678-9012۔</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>An MR number has 12 digits, but %n digit(s) were entered. Check the card and type all 12 digits.</source>
        <translation>
            <numerusform>ایم آر نمبر 12 ہندسوں کا ہوتا ہے، لیکن صرف %n ہندسہ لکھا گیا۔ کارڈ دیکھ کر پورے 12 ہندسے لکھیں۔</numerusform>
            <numerusform>ایم آر نمبر 12 ہندسوں کا ہوتا ہے، لیکن %n ہندسے لکھے گئے۔ کارڈ دیکھ کر پورے 12 ہندسے لکھیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This MR number is not valid: a digit is probably mistyped or two digits are swapped. Read the number from the card again, digit by digit.</source>
        <translation>یہ ایم آر نمبر درست نہیں: شاید کوئی ہندسہ غلط لکھا گیا ہے یا دو ہندسے آگے پیچھے ہو گئے ہیں۔ کارڈ سے نمبر ایک ایک ہندسہ کر کے دوبارہ پڑھیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::Phone</name>
    <message>
        <location filename="../domain/Phone.cpp" line="+35"/>
        <source>The phone number is empty. Type a mobile number such as 0300-1234567.</source>
        <translation>فون نمبر خالی ہے۔ موبائل نمبر لکھیں، جیسے 0300-1234567۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +. Type it like 0300-1234567.</source>
        <translation>فون نمبر میں صرف ہندسے، خالی جگہ، ڈیش، بریکٹ اور شروع میں + ہو سکتے ہیں۔ ایسے لکھیں: 0300-1234567۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only Pakistani mobile numbers (+92 3XX…) can be stored. Write a foreign number in the notes.</source>
        <translation>صرف پاکستانی موبائل نمبر (+92 3XX…) محفوظ ہو سکتے ہیں۔ غیر ملکی نمبر نوٹس میں لکھیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This looks like a landline number. Only mobile numbers (03XX-XXXXXXX) are accepted; write a landline in the notes.</source>
        <translation>یہ لینڈ لائن نمبر لگتا ہے۔ صرف موبائل نمبر (03XX-XXXXXXX) لیے جاتے ہیں؛ لینڈ لائن نمبر نوٹس میں لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mobile number is too short: it has 11 digits, like 0300-1234567. Check for a missing digit.</source>
        <translation>موبائل نمبر چھوٹا ہے: اس میں 11 ہندسے ہوتے ہیں، جیسے 0300-1234567۔ دیکھیں کوئی ہندسہ رہ تو نہیں گیا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mobile number is too long: it has 11 digits, like 0300-1234567. Check for an extra digit.</source>
        <translation>موبائل نمبر لمبا ہے: اس میں 11 ہندسے ہوتے ہیں، جیسے 0300-1234567۔ دیکھیں کوئی ہندسہ زیادہ تو نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Pakistani mobile number. A mobile number has 11 digits starting with 03, like 0300-1234567.</source>
        <translation>یہ پاکستانی موبائل نمبر نہیں۔ موبائل نمبر 03 سے شروع ہونے والے 11 ہندسوں کا ہوتا ہے، جیسے 0300-1234567۔</translation>
    </message>
</context>
<context>
    <name>bhu::ReferenceData</name>
    <message>
        <location filename="../domain/ReferenceData.cpp" line="+18"/>
        <source>The built-in reference list %1 is missing from this build.</source>
        <translation>پروگرام میں شامل حوالہ فہرست %1 اس ورژن میں موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The medicines list is empty. Keep the header row and add at least one medicine.</source>
        <translation>دوائیوں کی فہرست خالی ہے۔ سرخی والی قطار رہنے دیں اور کم از کم ایک دوائی شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::Referral</name>
    <message>
        <location filename="../domain/Referral.cpp" line="+30"/>
        <source>Rural Health Centre (RHC)</source>
        <translation>دیہی مرکزِ صحت (آر ایچ سی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Headquarters Hospital (DHQ)</source>
        <translation>ضلعی ہیڈکوارٹر ہسپتال (ڈی ایچ کیو)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tertiary (teaching) hospital</source>
        <translation>بڑا (ٹیچنگ) ہسپتال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tehsil Headquarters Hospital (THQ)</source>
        <translation>تحصیل ہیڈکوارٹر ہسپتال (ٹی ایچ کیو)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>ایمرجنسی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine</source>
        <translation>معمول کے مطابق</translation>
    </message>
</context>
<context>
    <name>bhu::Relationship</name>
    <message>
        <location filename="../domain/Household.cpp" line="+14"/>
        <source>Head of household</source>
        <translation>گھرانے کا سربراہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wife or husband</source>
        <translation>بیوی یا شوہر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son</source>
        <translation>بیٹا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daughter</source>
        <translation>بیٹی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father</source>
        <translation>والد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>والدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother</source>
        <translation>بھائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sister</source>
        <translation>بہن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandchild</source>
        <translation>پوتا / پوتی / نواسا / نواسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daughter-in-law</source>
        <translation>بہو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son-in-law</source>
        <translation>داماد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>کوئی اور رشتہ دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not related</source>
        <translation>رشتہ دار نہیں</translation>
    </message>
</context>
<context>
    <name>bhu::ReportFilter</name>
    <message>
        <location filename="../domain/ReportFilter.cpp" line="+116"/>
        <source>&quot;sex&quot; must be a text or a list of texts.</source>
        <translation>&quot;sex&quot; ایک متن یا متن کی فہرست ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown sex &quot;%1&quot; (male, female, other, unknown).</source>
        <translation>نامعلوم جنس &quot;%1&quot; (male, female, other, unknown)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad age band &quot;%1&quot;; write e.g. &quot;&lt;1&quot;, &quot;1-4&quot;, &quot;50+&quot;, &quot;0-11m&quot;.</source>
        <translation>عمر کا غلط گروپ &quot;%1&quot;؛ مثلاً &quot;&lt;1&quot;، &quot;1-4&quot;، &quot;50+&quot;، &quot;0-11m&quot; لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;visit&quot; must be &quot;new&quot; or &quot;follow-up&quot;.</source>
        <translation>&quot;visit&quot; صرف &quot;new&quot; یا &quot;follow-up&quot; ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;referred&quot; must be true or false.</source>
        <translation>&quot;referred&quot; صرف true یا false ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;class&quot; must be a text or a list of texts.</source>
        <translation>&quot;class&quot; ایک متن یا متن کی فہرست ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown encounter class &quot;%1&quot; (AMB, HH, VR).</source>
        <translation>معائنے کی نامعلوم قسم &quot;%1&quot; (AMB, HH, VR)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;icd&quot; must be a non-empty list of ICD-10 codes.</source>
        <translation>&quot;icd&quot; میں ICD-10 کوڈز کی فہرست ضروری ہے جو خالی نہ ہو۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an ICD-10 code or prefix (&quot;J18.9&quot;, &quot;A0*&quot;).</source>
        <translation>&quot;%1&quot; نہ ICD-10 کوڈ ہے نہ اس کا ابتدائی حصہ (&quot;J18.9&quot;، &quot;A0*&quot;)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;certainty&quot; must be &quot;confirmed&quot; or &quot;any&quot;.</source>
        <translation>&quot;certainty&quot; صرف &quot;confirmed&quot; یا &quot;any&quot; ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown filter &quot;%1&quot;.</source>
        <translation>نامعلوم فلٹر &quot;%1&quot;۔</translation>
    </message>
</context>
<context>
    <name>bhu::ReportTemplate</name>
    <message>
        <location filename="../domain/ReportTemplate.cpp" line="+21"/>
        <source>Report template %1 is not valid JSON at character %2: %3</source>
        <translation>رپورٹ ٹیمپلیٹ %1 حرف نمبر %2 پر درست JSON نہیں: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report template %1 must be a JSON object.</source>
        <translation>رپورٹ ٹیمپلیٹ %1 ایک JSON object ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the template needs an &quot;id&quot; and a &quot;version&quot;.</source>
        <translation>ٹیمپلیٹ میں &quot;id&quot; اور &quot;version&quot; ضروری ہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, defaults</source>
        <translation>%1، defaults</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the template needs a non-empty &quot;sections&quot; list.</source>
        <translation>ٹیمپلیٹ میں &quot;sections&quot; کی فہرست ضروری ہے جو خالی نہ ہو۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>section &quot;%1&quot; is used twice.</source>
        <translation>حصہ &quot;%1&quot; دو بار استعمال ہوا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the report template %1: %2</source>
        <translation>رپورٹ ٹیمپلیٹ %1 پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no built-in report template &quot;%1&quot;.</source>
        <translation>پروگرام کے ساتھ آنے والا کوئی رپورٹ ٹیمپلیٹ &quot;%1&quot; نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::Role</name>
    <message>
        <location filename="../domain/Roles.cpp" line="+30"/>
        <source>Front desk</source>
        <translation>استقبالیہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lady health worker</source>
        <translation>لیڈی ہیلتھ ورکر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinician</source>
        <translation>معالج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>ایڈمنسٹریٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <translation>اسپیشلسٹ</translation>
    </message>
</context>
<context>
    <name>bhu::UrduNames</name>
    <message>
        <location filename="../domain/UrduNames.cpp" line="+28"/>
        <source>The names file needs the columns latin and urdu.</source>
        <translation>ناموں کی فائل میں latin اور urdu کالم ضروری ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 of the names file has an empty name.</source>
        <translation>ناموں کی فائل کی سطر %1 میں نام خالی ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::Visit</name>
    <message>
        <location filename="../domain/Visit.cpp" line="+28"/>
        <source>Home visit</source>
        <translation>گھر کا دورہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teleconsultation</source>
        <translation>ٹیلی مشاورت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OPD</source>
        <translation>او پی ڈی</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In consultation</source>
        <translation>معائنے میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation>انتظار میں</translation>
    </message>
</context>
<context>
    <name>bhu::VitalsCheck</name>
    <message>
        <location filename="../domain/VitalsCheck.cpp" line="-118"/>
        <source>Systolic blood pressure</source>
        <translation>اوپر والا بلڈ پریشر (سسٹولک)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic blood pressure</source>
        <translation>نیچے والا بلڈ پریشر (ڈائسٹولک)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>نبض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>درجہ حرارت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>سانس کی رفتار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen saturation (SpO2)</source>
        <translation>آکسیجن لیول (SpO2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>قد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MUAC</source>
        <translation>MUAC (بازو کا گھیر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood glucose</source>
        <translation>شوگر</translation>
    </message>
</context>
<context>
    <name>bhu::clinic</name>
    <message>
        <location filename="../app/clinic/main.cpp" line="+30"/>
        <source>bhu-clinic: no display found (DISPLAY is not set). Run it in a desktop session, or use xvfb-run -a bhu-clinic for automated checks.</source>
        <translation>bhu-clinic: کوئی ڈسپلے نہیں ملا (DISPLAY مقرر نہیں)۔ اسے ڈیسک ٹاپ پر چلائیں، یا خودکار جانچ کے لیے xvfb-run -a bhu-clinic استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>bhu-clinic: the folder %1 does not exist, so there is no clinic database at %2. Check the path, or create the database with: bhuctl init --db %2 --facility CODE --facility-name NAME --admin USER</source>
        <translation>bhu-clinic: فولڈر %1 موجود نہیں، اس لیے %2 پر کلینک کا کوئی ڈیٹا بیس نہیں۔ راستہ (path) دوبارہ دیکھیں، یا یہ کمانڈ چلا کر ڈیٹا بیس بنائیں: bhuctl init --db %2 --facility CODE --facility-name NAME --admin USER</translation>
    </message>
    <message>
        <location filename="../app/clinic/CommandLine.cpp" line="+22"/>
        <source>BHU Clinic: patient records for a Basic Health Unit.</source>
        <translation>بی ایچ یو کلینک: بنیادی مرکزِ صحت کے مریضوں کا ریکارڈ۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the clinic database (default: $BHU_DB, else %1).</source>
        <translation>کلینک کے ڈیٹا بیس کا راستہ (پہلے سے طے: $BHU_DB، ورنہ %1)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the program, e.g. &quot;ur&quot; for Urdu.</source>
        <translation>پروگرام کی زبان، مثلاً اردو کے لیے &quot;ur&quot;۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit once the first window is shown, after printing its name (installation checks).</source>
        <translation>پہلی ونڈو نظر آنے پر اس کا نام پرنٹ کر کے پروگرام بند ہو جائے (انسٹالیشن کی جانچ)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render every main screen to PNG files in DIR (offscreen) and exit; signs in as --user with the password in $BHU_PASSWORD.</source>
        <translation>ہر مرکزی اسکرین کو DIR میں PNG فائلوں کی صورت میں بنا کر (offscreen) پروگرام بند ہو جائے؛ --user کے طور پر $BHU_PASSWORD والے پاس ورڈ سے لاگ اِن کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User for --screenshots (default: admin).</source>
        <translation>--screenshots کے لیے صارف (ڈیفالٹ: admin)۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Try &apos;bhu-clinic --help&apos;.</source>
        <translation>&apos;bhu-clinic --help&apos; چلا کر دیکھیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected argument: %1. Use --db PATH to choose the database.</source>
        <translation>غیر متوقع آرگومنٹ: %1۔ ڈیٹا بیس منتخب کرنے کے لیے --db PATH استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../app/clinic/Screenshots.cpp" line="+35"/>
        <source>bhu-clinic: could not write %1.</source>
        <translation>bhu-clinic: %1 لکھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bhu-clinic: cannot create the folder %1.</source>
        <translation>bhu-clinic: فولڈر %1 نہیں بن سکا۔</translation>
    </message>
</context>
<context>
    <name>bhu::db</name>
    <message>
        <location filename="../db/Backup.cpp" line="+29"/>
        <source>%1 could not be copied to %2. Check the space and permissions there.</source>
        <translation>%1 کو %2 میں کاپی نہیں کیا جا سکا۔ وہاں خالی جگہ اور اجازتیں (permissions) دیکھیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../db/SchemaUpgrade.cpp" line="+30"/>
        <source>%1 could not be moved to %2.</source>
        <translation>%1 کو %2 میں منتقل نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <location filename="../db/KeyRotation.cpp" line="+16"/>
        <source>The key rotation stopped.</source>
        <translation>چابی کی تبدیلی رک گئی۔</translation>
    </message>
    <message>
        <location filename="../db/SchemaUpgrade.cpp" line="-4"/>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 کو %2 میں کاپی نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database is from an older version of BHU Clinic and must be updated, but the backup taken before updating could not be written (%1). Nothing was changed. Free some space in %2 and start the program again.</source>
        <translation>یہ ڈیٹا بیس بی ایچ یو کلینک کے پرانے ورژن کا ہے اور اسے اپ ڈیٹ کرنا ضروری ہے، لیکن اپ ڈیٹ سے پہلے کا بیک اپ لکھا نہیں جا سکا (%1)۔ کچھ بھی تبدیل نہیں ہوا۔ %2 میں کچھ جگہ خالی کریں اور پروگرام دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 The database could not be put back automatically (%2). Do not use it: close the program, copy %3 over %4 (the backup taken just before the update; its key file %3.keys is the same as the database&apos;s) and ask the district IT officer for help.</source>
        <translation>%1 ڈیٹا بیس خود بخود واپس پہلی حالت میں نہیں لایا جا سکا (%2)۔ اسے استعمال نہ کریں: پروگرام بند کریں، %3 کو %4 کی جگہ کاپی کریں (یہ اپ ڈیٹ سے بالکل پہلے لیا گیا بیک اپ ہے؛ اس کی چابی کی فائل %3.keys وہی ہے جو ڈیٹا بیس کی ہے) اور مدد کے لیے ضلعی آئی ٹی آفیسر سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 The database was put back exactly as it was before the update, so nothing was lost; a copy is also kept at %2. Go on with the previous version of BHU Clinic and give this message to the district IT officer.</source>
        <translation>%1 ڈیٹا بیس بالکل ویسا ہی واپس کر دیا گیا جیسا اپ ڈیٹ سے پہلے تھا، اس لیے کچھ ضائع نہیں ہوا؛ اس کی ایک کاپی %2 پر بھی محفوظ ہے۔ بی ایچ یو کلینک کا پچھلا ورژن استعمال کرتے رہیں اور یہ پیغام ضلعی آئی ٹی آفیسر کو دیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::AuditLog</name>
    <message>
        <location filename="../db/AuditLog.cpp" line="+109"/>
        <source>The audit trail has been tampered with at entry %1 (%2). Keep this database as evidence and tell the district.</source>
        <translation>آڈٹ ریکارڈ میں اندراج %1 پر چھیڑ چھاڑ کی گئی ہے (%2)۔ اس ڈیٹا بیس کو ثبوت کے طور پر محفوظ رکھیں اور ضلعی دفتر کو اطلاع دیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entry missing or reordered</source>
        <translation>اندراج غائب ہے یا ترتیب بدلی گئی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain broken</source>
        <translation>سلسلہ ٹوٹا ہوا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry edited</source>
        <translation>اندراج میں تبدیلی کی گئی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>newest entries deleted</source>
        <translation>تازہ ترین اندراجات مٹا دیے گئے</translation>
    </message>
</context>
<context>
    <name>bhu::db::Connection</name>
    <message>
        <location filename="../db/Connection.cpp" line="+115"/>
        <source>The database key is damaged.</source>
        <translation>ڈیٹا بیس کی چابی خراب ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database at %1. Check the path or create one with &apos;bhuctl init&apos;.</source>
        <translation>%1 پر کوئی ڈیٹا بیس نہیں۔ راستہ دوبارہ دیکھیں یا &apos;bhuctl init&apos; سے نیا بنائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database already exists at %1; it was left untouched.</source>
        <translation>%1 پر پہلے سے ایک ڈیٹا بیس موجود ہے؛ اسے نہیں چھیڑا گیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open</source>
        <translation>کھولنا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set key</source>
        <translation>چابی لگانا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be unlocked: the key does not match. Check the user name and password.</source>
        <translation>ڈیٹا بیس نہیں کھل سکا: چابی میل نہیں کھاتی۔ صارف کا نام اور پاس ورڈ دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>پڑھنا</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No result.</source>
        <translation>کوئی نتیجہ نہیں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database reported an error (%1). Nothing was saved; try again, and if it persists run &apos;bhuctl verify&apos;.</source>
        <translation>ڈیٹا بیس میں خرابی آئی (%1)۔ کچھ محفوظ نہیں ہوا؛ دوبارہ کوشش کریں، اور اگر خرابی برقرار رہے تو &apos;bhuctl verify&apos; چلائیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::ConsultationRepository</name>
    <message>
        <location filename="../db/ConsultationRepository.cpp" line="+172"/>
        <source>The photo is empty.</source>
        <translation>تصویر خالی ہے۔</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This consultation is already answered.</source>
        <translation>اس مشاورت کا جواب پہلے ہی دیا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No such consultation request.</source>
        <translation>مشاورت کی ایسی کوئی درخواست نہیں۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No such consultation message.</source>
        <translation>مشاورت کا ایسا کوئی پیغام نہیں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No such photo.</source>
        <translation>ایسی کوئی تصویر نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::HouseholdRepository</name>
    <message>
        <location filename="../db/HouseholdRepository.cpp" line="+80"/>
        <source>This person already belongs to a household. Move them instead.</source>
        <translation>یہ شخص پہلے ہی کسی گھرانے میں شامل ہے۔ اس کی بجائے اسے منتقل کریں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <source>Enter the village or mohalla of the household.</source>
        <translation>گھرانے کا گاؤں یا محلہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This person is not in any household yet: add them instead.</source>
        <translation>یہ شخص ابھی کسی گھرانے میں نہیں: اس کی بجائے اسے شامل کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person already lives in that household.</source>
        <translation>یہ شخص پہلے ہی اسی گھرانے میں رہتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The move date is before the person joined their household.</source>
        <translation>منتقلی کی تاریخ اس شخص کے گھرانے میں شامل ہونے سے پہلے کی ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../db/HouseholdReplica.cpp" line="+58"/>
        <source>moved</source>
        <translation>منتقل ہو گیا</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No such household.</source>
        <translation>ایسا کوئی گھرانہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../db/HouseholdReplica.cpp" line="-1"/>
        <source>A person of the received household lives in another household since a later day.</source>
        <translation>دیے گئے گھرانے کا ایک فرد بعد کی کسی تاریخ سے کسی دوسرے گھرانے میں رہتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The received household lacks its id.</source>
        <translation>دیے گئے گھرانے میں اس کا id موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::ImmunisationRepository</name>
    <message>
        <location filename="../db/ImmunisationRepository.cpp" line="+78"/>
        <source>Write why the dose is corrected.</source>
        <translation>لکھیں کہ خوراک میں درستی کیوں کی جا رہی ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This dose was already corrected. Correct the newest version.</source>
        <translation>اس خوراک میں پہلے ہی درستی ہو چکی ہے۔ تازہ ترین ورژن میں درستی کریں۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The received dose lacks its id, person or date.</source>
        <translation>دی گئی خوراک میں اس کا id، شخص یا تاریخ موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No such dose.</source>
        <translation>ایسی کوئی خوراک نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::KeySlotFile</name>
    <message>
        <location filename="../db/KeySlots.cpp" line="+38"/>
        <source>The key file %1 is missing. It must stay beside the database; restore it from the backup.</source>
        <translation>چابی کی فائل %1 موجود نہیں۔ اسے ڈیٹا بیس کے ساتھ ہی رہنا چاہیے؛ بیک اپ سے واپس لائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>چابی کی فائل %1 پڑھی نہیں جا سکتی: %2۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>The key file %1 is damaged. Restore it from the backup.</source>
        <translation>چابی کی فائل %1 خراب ہے۔ بیک اپ سے واپس لائیں۔</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The key file %1 was written by a newer version of BHU Clinic. Update this program.</source>
        <translation>چابی کی فائل %1 بی ایچ یو کلینک کے نئے ورژن نے لکھی ہے۔ یہ پروگرام اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file %1 uses an unknown algorithm. Update this program.</source>
        <translation>چابی کی فائل %1 ایک نامعلوم طریقہ (الگورتھم) استعمال کرتی ہے۔ یہ پروگرام اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The key file %1 could not be written: %2. Nothing was changed.</source>
        <translation>چابی کی فائل %1 لکھی نہیں جا سکی: %2۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The recovery key is not correct. Check each group of characters.</source>
        <translation>ریکوری کی (بحالی کی چابی) درست نہیں۔ حروف کا ہر گروپ دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <location line="+46"/>
        <source>Wrong user name or password.</source>
        <translation>صارف کا نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Enter a user name.</source>
        <translation>صارف کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+44"/>
        <source>This database has no recovery key.</source>
        <translation>اس ڈیٹا بیس کی کوئی ریکوری کی نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::MaternalRepository</name>
    <message>
        <location filename="../db/MaternalRepository.cpp" line="+118"/>
        <source>This woman already has a registered pregnancy. Record its outcome first.</source>
        <translation>اس عورت کا ایک حمل پہلے سے درج ہے۔ پہلے اس کا نتیجہ درج کریں۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The outcome of this pregnancy is already recorded.</source>
        <translation>اس حمل کا نتیجہ پہلے ہی درج ہے۔</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No such pregnancy.</source>
        <translation>ایسا کوئی حمل نہیں۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pregnancy belongs to another woman.</source>
        <translation>یہ حمل کسی اور عورت کا ہے۔</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No such mother-and-child visit.</source>
        <translation>زچہ و بچہ کا ایسا کوئی معائنہ نہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The received pregnancy lacks its id or woman.</source>
        <translation>دیے گئے حمل میں اس کا id یا عورت موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The received mother-and-child visit lacks its id, woman or date.</source>
        <translation>زچہ و بچہ کے دیے گئے معائنے میں اس کا id، عورت یا تاریخ موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::MrNumberPool</name>
    <message>
        <location filename="../db/MrNumberPool.cpp" line="+38"/>
        <source>This facility has used all its provisional MR numbers. Connect to the registry and synchronise to receive national numbers.</source>
        <translation>اس مرکز کے تمام عارضی ایم آر نمبر استعمال ہو چکے ہیں۔ قومی نمبر حاصل کرنے کے لیے رجسٹری سے کنیکٹ کر کے سنک کریں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The registry sent an invalid MR number block.</source>
        <translation>رجسٹری نے ایم آر نمبروں کا غلط بلاک بھیجا ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::PatientRepository</name>
    <message>
        <location filename="../db/PatientRepository.cpp" line="+49"/>
        <source>The MR number %1 is already given to another patient. Nothing was saved.</source>
        <translation>ایم آر نمبر %1 پہلے ہی کسی اور مریض کو دیا جا چکا ہے۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Someone else changed this patient while you were editing. Reopen the patient and make your change again.</source>
        <translation>آپ کے ترمیم کرتے وقت کسی اور نے اس مریض کا ریکارڈ بدل دیا۔ مریض کو دوبارہ کھولیں اور اپنی تبدیلی پھر سے کریں۔</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No such patient.</source>
        <translation>ایسا کوئی مریض نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::PlaceRepository</name>
    <message>
        <location filename="../db/PlaceRepository.cpp" line="+75"/>
        <location line="+14"/>
        <source>%1 already exists there.</source>
        <translation>%1 وہاں پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A place needs a name.</source>
        <translation>جگہ کا نام ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a province has no parent place.</source>
        <translation>صرف صوبے کی کوئی بالائی جگہ نہیں ہوتی۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No such place.</source>
        <translation>ایسی کوئی جگہ نہیں۔</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Row %1: a place needs 1 to 5 names, province first. Nothing was imported.</source>
        <translation>قطار %1: جگہ کے لیے 1 سے 5 نام ضروری ہیں، پہلے صوبہ۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1: the %2 name is missing. Nothing was imported.</source>
        <translation>قطار %1: %2 کا نام موجود نہیں۔ کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::ReportQueries</name>
    <message>
        <location filename="../db/ReportQueries.cpp" line="+84"/>
        <source>The report was cancelled.</source>
        <translation>رپورٹ منسوخ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::Store</name>
    <message>
        <location filename="../db/Store.cpp" line="+63"/>
        <source>Enter the facility code and name.</source>
        <translation>مرکز کا کوڈ اور نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a user name for the administrator.</source>
        <translation>ایڈمنسٹریٹر کے لیے صارف کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The facility number must be between 1 and 99999.</source>
        <translation>مرکز کا نمبر 1 سے 99999 کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+163"/>
        <source>The password must have at least 8 characters.</source>
        <translation>پاس ورڈ کم از کم 8 حروف کا ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>A database already exists at %1; it was left untouched.</source>
        <translation>%1 پر پہلے سے ایک ڈیٹا بیس موجود ہے؛ اسے نہیں چھیڑا گیا۔</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No database at %1. Check the path or create one with &apos;bhuctl init&apos;.</source>
        <translation>%1 پر کوئی ڈیٹا بیس نہیں۔ راستہ دوبارہ دیکھیں یا &apos;bhuctl init&apos; سے نیا بنائیں۔</translation>
    </message>
    <message>
        <location filename="../db/StoreUsers.cpp" line="+19"/>
        <location filename="../db/Store.cpp" line="+47"/>
        <source>The key file does not belong to this database.</source>
        <translation>چابی کی فائل اس ڈیٹا بیس کی نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no user %1.</source>
        <translation>%1 نام کا کوئی صارف نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 is disabled. Enable it first.</source>
        <translation>اکاؤنٹ %1 بند ہے۔ پہلے اسے فعال کریں۔</translation>
    </message>
    <message>
        <location filename="../db/KeyRotation.cpp" line="+15"/>
        <location filename="../db/Store.cpp" line="-24"/>
        <location line="+67"/>
        <location line="+45"/>
        <source>Wrong user name or password.</source>
        <translation>صارف کا نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new recovery key is needed.</source>
        <translation>نئی ریکوری کی درکار ہے۔</translation>
    </message>
    <message>
        <location filename="../db/Store.cpp" line="-72"/>
        <location line="+75"/>
        <source>This account has been disabled. Ask the facility administrator.</source>
        <translation>یہ اکاؤنٹ بند کر دیا گیا ہے۔ مرکز کے ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The database is locked. Sign in again.</source>
        <translation>ڈیٹا بیس لاک ہے۔ دوبارہ لاگ اِن کریں۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a user name without spaces.</source>
        <translation>صارف کا نام خالی جگہ کے بغیر لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>The user name %1 is taken. Choose another.</source>
        <translation>صارف کا نام %1 پہلے سے لیا جا چکا ہے۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database is damaged (integrity check: %1). Restore the latest backup.</source>
        <translation>ڈیٹا بیس خراب ہے (درستی کی جانچ: %1)۔ تازہ ترین بیک اپ واپس لائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is damaged (encryption check: %1). Restore the latest backup.</source>
        <translation>ڈیٹا بیس خراب ہے (انکرپشن کی جانچ: %1)۔ تازہ ترین بیک اپ واپس لائیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has broken references (table %1). Restore the latest backup.</source>
        <translation>ڈیٹا بیس میں ٹوٹے ہوئے حوالے ہیں (ٹیبل %1)۔ تازہ ترین بیک اپ واپس لائیں۔</translation>
    </message>
    <message>
        <location filename="../db/Backup.cpp" line="+7"/>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 پہلے سے موجود ہے؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 cannot be created.</source>
        <translation>فولڈر %1 نہیں بنایا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no backup at %1.</source>
        <translation>%1 پر کوئی بیک اپ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file %1 of the backup is missing; it must be next to the backup.</source>
        <translation>بیک اپ کی چابی والی فائل %1 موجود نہیں؛ یہ بیک اپ کے ساتھ ہی ہونی چاہیے۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::SyncApply</name>
    <message>
        <location filename="../db/SyncApply.cpp" line="+93"/>
        <source>Two facilities changed %1 at the same time; the registry kept the later change. Check the value.</source>
        <translation>دو مراکز نے ایک ہی وقت میں %1 بدلا؛ رجسٹری نے بعد والی تبدیلی رکھی ہے۔ یہ اندراج دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry merged this patient into another record. Use the other record from now on.</source>
        <translation>رجسٹری نے اس مریض کو ایک اور ریکارڈ میں ضم کر دیا ہے۔ آئندہ وہی دوسرا ریکارڈ استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The record could not be stored: %1</source>
        <translation>ریکارڈ محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The national %1 list (version %2) could not be read and was not used: %3</source>
        <translation>قومی %1 فہرست (ورژن %2) پڑھی نہیں جا سکی اور استعمال نہیں کی گئی: %3</translation>
    </message>
</context>
<context>
    <name>bhu::db::SyncQueue</name>
    <message>
        <location filename="../db/SyncQueue.cpp" line="+138"/>
        <source>A household is sent with its first member.</source>
        <translation>گھرانہ اپنے پہلے فرد کے ساتھ بھیجا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The clinical record no longer exists.</source>
        <translation>یہ طبی ریکارڈ اب موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+26"/>
        <source>This problem was already dealt with.</source>
        <translation>یہ مسئلہ پہلے ہی حل کیا جا چکا ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::Tombstones</name>
    <message>
        <location filename="../db/Tombstones.cpp" line="+77"/>
        <source>This record is not withdrawn.</source>
        <translation>یہ ریکارڈ واپس نہیں لیا گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::VisitRepository</name>
    <message>
        <location filename="../db/VisitRepository.cpp" line="+58"/>
        <location line="+97"/>
        <source>This visit is closed and signed. Record a correction instead.</source>
        <translation>یہ معائنہ مکمل اور دستخط شدہ ہے۔ اس کی بجائے درستی درج کریں۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This visit is already closed.</source>
        <translation>یہ معائنہ پہلے ہی مکمل ہو چکا ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say why the visit is corrected; the reason is kept with the correction.</source>
        <translation>بتائیں کہ معائنے میں درستی کیوں کی جا رہی ہے؛ وجہ درستی کے ساتھ محفوظ رہتی ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An open visit is edited directly, not corrected.</source>
        <translation>کھلے معائنے میں براہِ راست ترمیم ہوتی ہے، درستی نہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This version was already corrected. Open the latest version and correct that.</source>
        <translation>اس ورژن میں پہلے ہی درستی ہو چکی ہے۔ تازہ ترین ورژن کھولیں اور اس میں درستی کریں۔</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Only closed, signed visits can be added in bulk.</source>
        <translation>صرف مکمل اور دستخط شدہ معائنے ایک ساتھ شامل کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>No such visit.</source>
        <translation>ایسا کوئی معائنہ نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::crypto</name>
    <message>
        <location filename="../db/Crypto.cpp" line="+17"/>
        <source>A cryptographic operation failed. Nothing was changed.</source>
        <translation>انکرپشن کا عمل ناکام ہو گیا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Wrong password.</source>
        <translation>پاس ورڈ غلط ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::db::migrate</name>
    <message>
        <location filename="../db/Migrations.cpp" line="+46"/>
        <source>This database was made by a newer version of BHU Clinic (schema %1; this program knows up to %2). Install the newer version; the database was not changed.</source>
        <translation>یہ ڈیٹا بیس بی ایچ یو کلینک کے نئے ورژن نے بنایا ہے (اسکیما %1؛ یہ پروگرام %2 تک جانتا ہے)۔ نیا ورژن انسٹال کریں؛ ڈیٹا بیس میں کوئی تبدیلی نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Updating the database to schema version %1 (%2) failed.</source>
        <translation>ڈیٹا بیس کو اسکیما ورژن %1 (%2) پر اپ ڈیٹ کرنا ناکام رہا۔</translation>
    </message>
</context>
<context>
    <name>bhu::refcsv</name>
    <message>
        <location filename="../domain/ReferenceCsvReader.cpp" line="+22"/>
        <source>The file is empty: it has no header line.</source>
        <translation>فائل خالی ہے: اس میں سرخی والی سطر نہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation>سطر %1 میں %2 خانے ہیں لیکن سرخی میں %3 ہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services</name>
    <message>
        <location filename="../services/Permissions.cpp" line="+85"/>
        <source>Your role (%1) may not %2. Ask a supervisor or the administrator.</source>
        <translation>آپ کے عہدے (%1) کو اس کی اجازت نہیں: %2۔ سپروائزر یا ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location filename="../services/ImportService.cpp" line="+342"/>
        <source>rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>possible duplicate</source>
        <translation>ممکنہ دہرا اندراج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported</source>
        <translation>پہلے سے امپورٹ شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>امپورٹ ہو گیا</translation>
    </message>
    <message>
        <location filename="../services/PlaceService.cpp" line="+63"/>
        <source>province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tehsil</source>
        <translation>تحصیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>union council</source>
        <translation>یونین کونسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <location filename="../services/VisitService.cpp" line="+23"/>
        <source>This visit was withdrawn (entered in error); it can no longer be changed.</source>
        <translation>یہ معائنہ واپس لے لیا گیا ہے (غلطی سے درج ہوا تھا)؛ اب اس میں کوئی تبدیلی نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A diagnosis is empty: choose one from the list or type it.</source>
        <translation>ایک تشخیص خالی ہے: فہرست سے چنیں یا خود لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prescription has no medicine: choose one from the list or type its name.</source>
        <translation>ایک نسخے میں کوئی دوائی نہیں: فہرست سے چنیں یا دوائی کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration and quantity cannot be negative.</source>
        <translation>دنوں کی تعداد اور مقدار منفی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the reason for the referral; the receiving facility needs it.</source>
        <translation>ریفر کرنے کی وجہ لکھیں؛ آگے والے ہسپتال کو اس کی ضرورت ہوتی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up date is in the past. Choose a later date.</source>
        <translation>دوبارہ معائنے کی تاریخ گزر چکی ہے۔ آگے کی کوئی تاریخ چنیں۔</translation>
    </message>
    <message>
        <location filename="../services/ReportService.cpp" line="+19"/>
        <source>The screen was locked; the report was not finished.</source>
        <translation>اسکرین لاک ہو گئی تھی؛ رپورٹ مکمل نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 میں لکھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot restrict access to %1.</source>
        <translation>%1 تک رسائی محدود نہیں کی جا سکی۔</translation>
    </message>
    <message>
        <location filename="../services/UpdateManifest.cpp" line="+46"/>
        <source>This build of BHU Clinic has no release key, so it cannot check update packages. Use a package from the official release instead.</source>
        <translation>بی ایچ یو کلینک کے اس بلڈ میں ریلیز کی نہیں ہے، اس لیے یہ اپ ڈیٹ پیکج کی جانچ نہیں کر سکتا۔ اس کی بجائے سرکاری ریلیز کا پیکج استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a signed BHU Clinic update manifest.</source>
        <translation>یہ بی ایچ یو کلینک کا دستخط شدہ اپ ڈیٹ مینی فیسٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update manifest is not signed by the BHU Clinic release key, or it was changed. Do not install the package; report where it came from to the district IT officer.</source>
        <translation>اپ ڈیٹ مینی فیسٹ پر بی ایچ یو کلینک کی ریلیز کی کے دستخط نہیں، یا اسے بدلا گیا ہے۔ یہ پیکج انسٹال نہ کریں؛ ضلعی آئی ٹی آفیسر کو بتائیں کہ یہ کہاں سے آیا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The update manifest is signed but incomplete (product, version or files missing).</source>
        <translation>اپ ڈیٹ مینی فیسٹ دستخط شدہ ہے لیکن نامکمل ہے (پروڈکٹ، ورژن یا فائلیں موجود نہیں)۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not part of the release %2 %3 described by the manifest.</source>
        <translation>%1 اس ریلیز %2 %3 کا حصہ نہیں جو مینی فیسٹ میں بیان کی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 پڑھی نہیں جا سکی (%2)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not the file the release manifest describes (its size or checksum differs): it is damaged or was changed. Do not install it; copy it again from the original source.</source>
        <translation>%1 وہ فائل نہیں جو ریلیز مینی فیسٹ میں بیان کی گئی ہے (اس کا سائز یا چیک سم مختلف ہے): یہ خراب ہے یا اسے بدلا گیا ہے۔ اسے انسٹال نہ کریں؛ اصل ذریعے سے دوبارہ کاپی کریں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no release manifest (*.manifest) next to %1. Copy the manifest that came with the package into the same folder and try again.</source>
        <translation>%1 کے ساتھ کوئی ریلیز مینی فیسٹ (*.manifest) موجود نہیں۔ پیکج کے ساتھ آنے والا مینی فیسٹ اسی فولڈر میں کاپی کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The manifest %1 cannot be read (%2).</source>
        <translation>مینی فیسٹ %1 پڑھا نہیں جا سکا (%2)۔</translation>
    </message>
    <message>
        <location filename="../services/RegistryLookupService.cpp" line="+44"/>
        <source>National registry: certain match</source>
        <translation>قومی رجسٹری: یقینی مماثلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National registry: probable match</source>
        <translation>قومی رجسٹری: غالب امکان والی مماثلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National registry: possible match</source>
        <translation>قومی رجسٹری: ممکنہ مماثلت</translation>
    </message>
    <message>
        <location filename="../services/ConsultationService.cpp" line="+23"/>
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex not recorded</source>
        <translation>جنس درج نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 years</source>
        <translation>%1، %2 سال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2 months</source>
        <translation>%1، %2 ماہ</translation>
    </message>
    <message>
        <location filename="../services/PhotoCompression.cpp" line="+36"/>
        <source>The picture could not be read. Take the photo again or choose another file.</source>
        <translation>تصویر پڑھی نہیں جا سکی۔ دوبارہ تصویر لیں یا کوئی اور فائل چنیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The photo could not be compressed.</source>
        <translation>تصویر کمپریس نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file is not a picture that can be read (use JPEG or PNG).</source>
        <translation>یہ فائل ایسی تصویر نہیں جو پڑھی جا سکے (JPEG یا PNG استعمال کریں)۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::BackupService</name>
    <message>
        <location filename="../services/BackupService.cpp" line="+51"/>
        <source>Back up at least every hour and keep at least one backup.</source>
        <translation>کم از کم ہر گھنٹے بیک اپ لیں اور کم از کم ایک بیک اپ رکھیں۔</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a folder for the backups.</source>
        <translation>بیک اپ کے لیے فولڈر چنیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::ConsultationService</name>
    <message>
        <location filename="../services/ConsultationService.cpp" line="+15"/>
        <source>This consultation belongs to another facility or specialist. Only the requesting facility and the assigned specialist may open it.</source>
        <translation>یہ مشاورت کسی اور مرکز یا اسپیشلسٹ کی ہے۔ صرف درخواست بھیجنے والا مرکز اور مقرر کردہ اسپیشلسٹ ہی اسے کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Ask a specialist from a visit of this facility.</source>
        <translation>اس مرکز کے کسی معائنے سے اسپیشلسٹ سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+81"/>
        <location line="+22"/>
        <location filename="../services/ConsultationCall.cpp" line="+25"/>
        <source>This consultation belongs to another facility.</source>
        <translation>یہ مشاورت کسی اور مرکز کی ہے۔</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>This consultation is already answered; photos can no longer be added.</source>
        <translation>اس مشاورت کا جواب پہلے ہی دیا جا چکا ہے؛ اب تصویریں شامل نہیں کی جا سکتیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A request can carry at most %1 photos.</source>
        <translation>ایک درخواست کے ساتھ زیادہ سے زیادہ %1 تصویریں بھیجی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The specialist has not asked a question; there is nothing to reply to.</source>
        <translation>اسپیشلسٹ نے کوئی سوال نہیں پوچھا؛ جواب دینے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+63"/>
        <location line="+13"/>
        <source>The specialist has not answered yet.</source>
        <translation>اسپیشلسٹ نے ابھی جواب نہیں دیا۔</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Added on the specialist&apos;s advice (teleconsultation of %1)</source>
        <translation>اسپیشلسٹ کے مشورے پر شامل کیا گیا (%1 کی ٹیلی مشاورت)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>On the advice of the %1 specialist: %2</source>
        <translation>%1 کے اسپیشلسٹ کے مشورے پر: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This install is not enrolled with the national registry. Ask the administrator.</source>
        <translation>یہ انسٹالیشن قومی رجسٹری میں درج نہیں۔ ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>The registry cannot be reached from here.</source>
        <translation>یہاں سے رجسٹری سے رابطہ نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Claim this request before answering it, so no one else answers it too.</source>
        <translation>اس درخواست کا جواب دینے سے پہلے اسے اپنے نام کریں، تاکہ کوئی اور بھی اس کا جواب نہ دے۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Claim this request before writing to the BHU.</source>
        <translation>بی ایچ یو کو لکھنے سے پہلے یہ درخواست اپنے نام کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last question is not answered yet. Wait for the BHU&apos;s reply.</source>
        <translation>آپ کے پچھلے سوال کا ابھی جواب نہیں آیا۔ بی ایچ یو کے جواب کا انتظار کریں۔</translation>
    </message>
    <message>
        <location filename="../services/ConsultationCall.cpp" line="+2"/>
        <source>No specialist has taken this consultation yet; there is no call to log.</source>
        <translation>ابھی کسی اسپیشلسٹ نے یہ مشاورت اپنے نام نہیں کی؛ درج کرنے کے لیے کوئی کال نہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the length of the call in minutes, from 1 to 240.</source>
        <translation>کال کا دورانیہ منٹوں میں لکھیں، 1 سے 240 تک۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call cannot be logged before it took place.</source>
        <translation>کال ہونے سے پہلے اسے درج نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live call with the specialist (%1, %2) about the teleconsultation.</source>
        <translation>ٹیلی مشاورت کے بارے میں اسپیشلسٹ (%1، %2) کے ساتھ براہِ راست کال۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::ExportService</name>
    <message>
        <location filename="../services/ExportService.cpp" line="+39"/>
        <location line="+12"/>
        <location line="+41"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 لکھی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cannot restrict access to %1.</source>
        <translation>%1 تک رسائی محدود نہیں کی جا سکی۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::ImportMapping</name>
    <message>
        <location filename="../services/ImportService.cpp" line="+36"/>
        <source>The mapping file is not a JSON object (%1).</source>
        <translation>میپنگ فائل JSON آبجیکٹ نہیں ہے (%1)۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date_order must be &quot;dmy&quot;, &quot;mdy&quot; or &quot;ymd&quot;.</source>
        <translation>date_order کی قیمت &quot;dmy&quot;، &quot;mdy&quot; یا &quot;ymd&quot; ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown field &quot;%1&quot; in the mapping file. Fields: %2.</source>
        <translation>میپنگ فائل میں نامعلوم خانہ &quot;%1&quot;۔ خانے: %2۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mapping of &quot;%1&quot; must be a column name, a column number or null.</source>
        <translation>&quot;%1&quot; کی میپنگ کالم کا نام، کالم نمبر یا null ہونی چاہیے۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::ImportService</name>
    <message>
        <location line="+40"/>
        <source>The file is empty.</source>
        <translation>فائل خالی ہے۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The mapping file names the column &quot;%1&quot; for %2, but the file has no such column. Columns: %3.</source>
        <translation>میپنگ فائل میں %2 کے لیے کالم &quot;%1&quot; لکھا ہے، لیکن فائل میں ایسا کوئی کالم نہیں۔ کالم: %3۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No column for the patient&apos;s name. The file&apos;s columns are: %1. Name the column &quot;Name&quot; or &quot;Patient Name&quot;, or give a mapping file (--mapping).</source>
        <translation>مریض کے نام کا کوئی کالم نہیں۔ فائل کے کالم یہ ہیں: %1۔ کالم کا نام &quot;Name&quot; یا &quot;Patient Name&quot; رکھیں، یا میپنگ فائل (--mapping) دیں۔</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a relation; use S/O, D/O or W/O.</source>
        <translation>&quot;%1&quot; کوئی رشتہ نہیں؛ S/O، D/O یا W/O استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not understood; use male, female or other (M/F).</source>
        <translation>&quot;%1&quot; سمجھ نہیں آیا؛ male، female یا other (M/F) استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a date; write it like 15/03/1990 or 1990-03-15.</source>
        <translation>&quot;%1&quot; تاریخ نہیں؛ ایسے لکھیں: 15/03/1990 یا 1990-03-15۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not an age; write years (35), months (6m) or both (2y 3m).</source>
        <translation>&quot;%1&quot; عمر نہیں؛ سال (35)، مہینے (6m) یا دونوں (2y 3m) لکھیں۔</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>MR %1 (%2)</source>
        <translation>ایم آر %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>اور %1 مزید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may already be registered as %1. Check, then register by hand or correct the row.</source>
        <translation>شاید پہلے ہی %1 کے طور پر درج ہے۔ جانچ لیں، پھر خود اندراج کریں یا قطار درست کریں۔</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The import stopped at row %1 after %2 patients were imported: %3 Run it again to continue; rows already imported are skipped.</source>
        <translation>%2 مریض امپورٹ ہونے کے بعد امپورٹ قطار %1 پر رک گیا: %3 جاری رکھنے کے لیے دوبارہ چلائیں؛ پہلے سے امپورٹ شدہ قطاریں چھوڑ دی جائیں گی۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::KeyService</name>
    <message>
        <location filename="../services/KeyService.cpp" line="+13"/>
        <source>Sign in as an administrator (not with the recovery key) to change the key.</source>
        <translation>چابی بدلنے کے لیے ایڈمنسٹریٹر کے طور پر لاگ اِن کریں (ریکوری کی سے نہیں)۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::LoginThrottle</name>
    <message numerus="yes">
        <location filename="../services/LoginThrottle.cpp" line="+38"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>بہت زیادہ غلط پاس ورڈ۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>بہت زیادہ غلط پاس ورڈ۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>بہت زیادہ غلط پاس ورڈ۔ %n منٹ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>بہت زیادہ غلط پاس ورڈ۔ %n منٹ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bhu::services::MaternalService</name>
    <message>
        <location filename="../services/MaternalService.cpp" line="+22"/>
        <source>A pregnancy can only be registered for a woman.</source>
        <translation>حمل کا اندراج صرف عورت کے لیے ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose how the pregnancy ended.</source>
        <translation>چنیں کہ حمل کیسے ختم ہوا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date the pregnancy ended is in the future.</source>
        <translation>حمل ختم ہونے کی تاریخ آنے والے دنوں کی ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::PasswordPolicy</name>
    <message>
        <location filename="../services/PasswordPolicy.cpp" line="+13"/>
        <source>The password must have at least %1 characters.</source>
        <translation>پاس ورڈ میں کم از کم %1 حروف ہونے چاہییں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::PatientService</name>
    <message>
        <location filename="../services/PatientDuplicates.cpp" line="+106"/>
        <source>Same CNIC / B-form number</source>
        <translation>ایک ہی شناختی کارڈ / ب فارم نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same name (allowing for spelling)</source>
        <translation>ایک ہی نام (ہجے کے فرق کے ساتھ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar name</source>
        <translation>ملتا جلتا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same father&apos;s / husband&apos;s name</source>
        <translation>والد / شوہر کا ایک ہی نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same phone number</source>
        <translation>ایک ہی فون نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same guardian CNIC</source>
        <translation>سرپرست کا ایک ہی شناختی کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born within two years, same sex</source>
        <translation>دو سال کے اندر پیدائش، ایک ہی جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same village</source>
        <translation>ایک ہی گاؤں</translation>
    </message>
    <message>
        <location filename="../services/PatientSearch.cpp" line="+82"/>
        <source>Searching by phone number. Households often share one phone.</source>
        <translation>فون نمبر سے تلاش۔ اکثر پورا گھرانہ ایک ہی فون استعمال کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This MR number has a wrong check digit: one digit is probably mistyped. Check the number on the card.</source>
        <translation>اس ایم آر نمبر کا جانچ والا ہندسہ غلط ہے: شاید کوئی ہندسہ غلط لکھا گیا ہے۔ کارڈ پر نمبر دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Searching by CNIC or B-form; children registered under this CNIC are listed after.</source>
        <translation>شناختی کارڈ یا ب فارم سے تلاش؛ اس شناختی کارڈ کے تحت درج بچے بعد میں دکھائے گئے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing MR numbers and CNICs that start with these digits.</source>
        <translation>ان ہندسوں سے شروع ہونے والے ایم آر نمبر اور شناختی کارڈ نمبر دکھائے جا رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type at least 4 digits, or a name.</source>
        <translation>کم از کم 4 ہندسے یا کوئی نام لکھیں۔</translation>
    </message>
    <message>
        <location filename="../services/PatientService.cpp" line="+59"/>
        <source>This CNIC / B-form number is already recorded for another patient. Open that patient, or ask a supervisor to allow a second patient with the same number.</source>
        <translation>یہ شناختی کارڈ / ب فارم نمبر پہلے ہی کسی اور مریض کے لیے درج ہے۔ اس مریض کو کھولیں، یا سپروائزر سے اسی نمبر پر دوسرے مریض کی اجازت لیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a supervisor or the administrator can allow a shared CNIC.</source>
        <translation>ایک ہی شناختی کارڈ پر دوسرے مریض کی اجازت صرف سپروائزر یا ایڈمنسٹریٹر دے سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../services/PatientValidation.cpp" line="+40"/>
        <source>Enter the patient&apos;s name.</source>
        <translation>مریض کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose male, female or other.</source>
        <translation>مرد، عورت یا دیگر چنیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the father or husband (S/O, D/O, W/O).</source>
        <translation>والد یا شوہر کا نام لکھیں (ولد، دختر، زوجہ)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose S/O, D/O or W/O for the guardian&apos;s name.</source>
        <translation>سرپرست کے نام کے لیے ولد، دختر یا زوجہ چنیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relation does not match the sex. Check S/O, D/O, W/O and the sex.</source>
        <translation>رشتہ جنس سے میل نہیں کھاتا۔ ولد، دختر، زوجہ اور جنس دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date of birth, or the age in years and months.</source>
        <translation>تاریخِ پیدائش لکھیں، یا سال اور مہینوں میں عمر لکھیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say whose CNIC this is (father, mother, …).</source>
        <translation>بتائیں یہ کس کا شناختی کارڈ ہے (والد، والدہ، …)۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::Permission</name>
    <message>
        <location filename="../services/Permissions.cpp" line="-32"/>
        <source>view patient records</source>
        <translation>مریضوں کا ریکارڈ دیکھنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register patients</source>
        <translation>مریضوں کا اندراج کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit patient details</source>
        <translation>مریض کی تفصیلات میں ترمیم کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add patients to the queue</source>
        <translation>مریضوں کو قطار میں شامل کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record visits</source>
        <translation>معائنے درج کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view and print reports</source>
        <translation>رپورٹیں دیکھنا اور پرنٹ کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export data</source>
        <translation>ڈیٹا ایکسپورٹ کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import data</source>
        <translation>ڈیٹا امپورٹ کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage user accounts</source>
        <translation>صارفین کے اکاؤنٹ سنبھالنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit trail</source>
        <translation>آڈٹ ریکارڈ دیکھنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synchronise with the registry</source>
        <translation>رجسٹری کے ساتھ سنک کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add demonstration data</source>
        <translation>نمونے کا ڈیٹا شامل کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrol this clinic with the registry</source>
        <translation>اس کلینک کا رجسٹری میں اندراج کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make and restore backups</source>
        <translation>بیک اپ بنانا اور بحال کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the database key</source>
        <translation>ڈیٹا بیس کی چابی بدلنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look up patients in the national registry</source>
        <translation>قومی رجسٹری میں مریض تلاش کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review possible duplicate patients</source>
        <translation>ممکنہ دہرے اندراج والے مریضوں کا جائزہ لینا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the family register</source>
        <translation>فیملی رجسٹر رکھنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record immunisations</source>
        <translation>حفاظتی ٹیکے درج کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record pregnancies and family-planning visits</source>
        <translation>حمل اور خاندانی منصوبہ بندی کے معائنے درج کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see update notices and verify update packages</source>
        <translation>اپ ڈیٹ کی اطلاعات دیکھنا اور اپ ڈیٹ پیکج کی جانچ کرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask a specialist (teleconsultation)</source>
        <translation>اسپیشلسٹ سے پوچھنا (ٹیلی مشاورت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer teleconsultation requests</source>
        <translation>ٹیلی مشاورت کی درخواستوں کا جواب دینا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdraw records entered in error</source>
        <translation>غلطی سے درج ریکارڈ واپس لینا</translation>
    </message>
</context>
<context>
    <name>bhu::services::PlaceService</name>
    <message>
        <location filename="../services/PlaceService.cpp" line="+85"/>
        <source>The file has no rows.</source>
        <translation>فائل میں کوئی قطار نہیں۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The row has no place names.</source>
        <translation>قطار میں جگہ کا کوئی نام نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 is empty but a %2 is given: fill in every level from the province down.</source>
        <translation>%1 خالی ہے لیکن %2 لکھا ہوا ہے: صوبے سے نیچے تک ہر درجہ بھریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 name is longer than %2 characters.</source>
        <translation>%1 کا نام %2 حروف سے لمبا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown province &quot;%1&quot;. Use one of: %2.</source>
        <translation>نامعلوم صوبہ &quot;%1&quot;۔ ان میں سے کوئی ایک لکھیں: %2۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::RegistryLookupService</name>
    <message>
        <location filename="../services/RegistryLookupService.cpp" line="+34"/>
        <source>Registered at %1</source>
        <translation>%1 میں اندراج ہوا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registration: the patient confirmed being this registry record</source>
        <translation>اندراج: مریض نے تصدیق کی کہ رجسٹری کا یہ ریکارڈ اسی کا ہے</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type a 12-digit MR number or a 13-digit CNIC / B-form number.</source>
        <translation>12 ہندسوں کا ایم آر نمبر یا 13 ہندسوں کا شناختی کارڈ / ب فارم نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why you need this patient&apos;s record (at least %1 characters). The reason is recorded.</source>
        <translation>بتائیں کہ آپ کو اس مریض کا ریکارڈ کیوں چاہیے (کم از کم %1 حروف)۔ وجہ درج کی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This clinic is not enrolled with the national registry. Ask the administrator.</source>
        <translation>یہ کلینک قومی رجسٹری میں درج نہیں۔ ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The national registry has no patient with this number.</source>
        <translation>قومی رجسٹری میں اس نمبر کا کوئی مریض نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::ReportService</name>
    <message>
        <location filename="../services/ReportService.cpp" line="+40"/>
        <source>This is the demo facility (DEMO — training data): its patients are invented, so it makes no reports. Make reports in the facility&apos;s own database.</source>
        <translation>یہ ڈیمو مرکز ہے (DEMO — تربیتی ڈیٹا): اس کے مریض فرضی ہیں، اس لیے یہ کوئی رپورٹ نہیں بناتا۔ رپورٹیں مرکز کے اپنے ڈیٹا بیس میں بنائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a period whose end is not before its start.</source>
        <translation>ایسی مدت چنیں جس کا اختتام اس کے آغاز سے پہلے نہ ہو۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a period of at most one year.</source>
        <translation>زیادہ سے زیادہ ایک سال کی مدت چنیں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The report was cancelled.</source>
        <translation>رپورٹ منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelled: %1 was not written.</source>
        <translation>منسوخ: %1 نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only the monthly report goes to DHIS2; give the mapping file of this template.</source>
        <translation>DHIS2 میں صرف ماہانہ رپورٹ جاتی ہے؛ اس ٹیمپلیٹ کی میپنگ فائل دیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The DHIS2 mapping is for template %1, not %2.</source>
        <translation>یہ DHIS2 میپنگ ٹیمپلیٹ %1 کی ہے، %2 کی نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::ReviewQueueService</name>
    <message>
        <location filename="../services/ReviewQueueService.cpp" line="+27"/>
        <source>This clinic is not enrolled with the national registry. Ask the administrator.</source>
        <translation>یہ کلینک قومی رجسٹری میں درج نہیں۔ ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::TeleconsultSettings</name>
    <message>
        <location filename="../services/TeleconsultSettings.cpp" line="+20"/>
        <source>The video-meeting link must be a complete https:// address, e.g. https://meet.example.org/bhu-0042. Copy it from the meeting service.</source>
        <translation>ویڈیو میٹنگ کا لنک مکمل https:// پتہ ہونا چاہیے۔ اسے میٹنگ سروس سے کاپی کریں۔ مثال: https://meet.example.org/bhu-0042</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role does not deal with teleconsultations.</source>
        <translation>آپ کے عہدے کا ٹیلی مشاورت سے کوئی تعلق نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::UserPreferences</name>
    <message>
        <location filename="../services/UserPreferences.cpp" line="+32"/>
        <source>This language is not available. Choose English or Urdu.</source>
        <translation>یہ زبان دستیاب نہیں۔ انگریزی یا اردو چنیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::UserService</name>
    <message>
        <location filename="../services/UserService.cpp" line="+40"/>
        <source>You cannot disable your own account.</source>
        <translation>آپ اپنا ہی اکاؤنٹ بند نہیں کر سکتے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the last administrator; add another one first.</source>
        <translation>یہ آخری ایڈمنسٹریٹر ہے؛ پہلے کوئی اور ایڈمنسٹریٹر شامل کریں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in with the recovery key: set an administrator&apos;s password instead.</source>
        <translation>آپ ریکوری کی سے لاگ اِن ہیں: اس کے بجائے کسی ایڈمنسٹریٹر کا پاس ورڈ مقرر کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your current password is not correct.</source>
        <translation>آپ کا موجودہ پاس ورڈ درست نہیں۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose between 0 (never) and 240 minutes.</source>
        <translation>0 (کبھی نہیں) سے 240 منٹ کے درمیان چنیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not an administrator. Give the recovery key&apos;s new password to an administrator account.</source>
        <translation>%1 ایڈمنسٹریٹر نہیں ہے۔ ریکوری کی سے نیا پاس ورڈ کسی ایڈمنسٹریٹر اکاؤنٹ کے لیے مقرر کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::VisitService</name>
    <message>
        <location filename="../services/VisitService.cpp" line="+16"/>
        <source>This patient is already in today&apos;s queue (token %1).</source>
        <translation>یہ مریض آج کی قطار میں پہلے سے موجود ہے (ٹوکن %1)۔</translation>
    </message>
</context>
<context>
    <name>bhu::services::WithdrawalService</name>
    <message>
        <location filename="../services/WithdrawalService.cpp" line="+44"/>
        <source>Say why the record is withdrawn, in at least %1 characters (for example &quot;recorded under the wrong patient&quot;); the reason is kept with it.</source>
        <translation>بتائیں کہ ریکارڈ کیوں واپس لیا جا رہا ہے، کم از کم %1 حروف میں (مثلاً &quot;غلط مریض کے نام پر درج ہوا&quot;)؛ وجہ اس ریکارڈ کے ساتھ محفوظ رہتی ہے۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This visit is already withdrawn.</source>
        <translation>یہ معائنہ پہلے ہی واپس لیا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This visit was recorded at another facility; only that facility can withdraw it.</source>
        <translation>یہ معائنہ کسی اور مرکز میں درج ہوا تھا؛ صرف وہی مرکز اسے واپس لے سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This patient is already withdrawn.</source>
        <translation>اس مریض کا اندراج پہلے ہی واپس لیا جا چکا ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This patient was registered at another facility; only that facility can withdraw the registration.</source>
        <translation>اس مریض کا اندراج کسی اور مرکز میں ہوا تھا؛ صرف وہی مرکز یہ اندراج واپس لے سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This patient has immunisation, pregnancy or family-planning records, or is a member of a household in the family register. If the patient is registered twice, ask the supervisor to merge the two records instead; a member added by mistake leaves the household first.</source>
        <translation>اس مریض کے حفاظتی ٹیکوں، حمل یا خاندانی منصوبہ بندی کے ریکارڈ موجود ہیں، یا یہ فیملی رجسٹر میں کسی گھرانے کا فرد ہے۔ اگر مریض کا اندراج دو بار ہوا ہے تو اس کی بجائے سپروائزر سے دونوں ریکارڈ ضم کرنے کو کہیں؛ غلطی سے شامل کیے گئے فرد کو پہلے گھرانے سے نکالیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync</name>
    <message>
        <location filename="../sync/PullReader.cpp" line="+33"/>
        <source>A reference list from the registry could not be read: %1</source>
        <translation>رجسٹری سے آنے والی ایک حوالہ فہرست پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it names no known list.</source>
        <translation>اس میں کسی معلوم فہرست کا نام نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a CSV file.</source>
        <translation>یہ CSV فائل نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content is damaged.</source>
        <translation>اس کا مواد خراب ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no version.</source>
        <translation>اس کا کوئی ورژن نہیں۔</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+26"/>
        <source>The registry sent a change list that could not be read. Nothing of it was applied.</source>
        <translation>رجسٹری نے تبدیلیوں کی ایسی فہرست بھیجی جو پڑھی نہیں جا سکی۔ اس میں سے کچھ بھی لاگو نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A withdrawal from the registry names no record.</source>
        <translation>رجسٹری سے آنے والے حذف کے ایک حکم میں کسی ریکارڈ کا ذکر نہیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A change from the registry has no resource type or id.</source>
        <translation>رجسٹری سے آنے والی ایک تبدیلی میں resource کی قسم یا id نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../sync/RegistryClient.cpp" line="+40"/>
        <source>The registry did not accept this clinic&apos;s credentials. Ask the administrator to enrol the clinic again.</source>
        <translation>رجسٹری نے اس کلینک کی اسناد (credentials) قبول نہیں کیں۔ ایڈمنسٹریٹر سے کہیں کہ کلینک کا دوبارہ اندراج کرے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused access to these records.</source>
        <translation>رجسٹری نے ان ریکارڈز تک رسائی سے انکار کر دیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry asked for a full resynchronisation.</source>
        <translation>رجسٹری نے مکمل دوبارہ سنک کا کہا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused a batch as too large.</source>
        <translation>رجسٹری نے ایک بیچ (batch) بہت بڑا ہونے کی وجہ سے قبول نہیں کیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry is busy. The clinic will try again later.</source>
        <translation>رجسٹری مصروف ہے۔ کلینک بعد میں دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry had a problem (HTTP %1). The clinic keeps working; it will try again.</source>
        <translation>رجسٹری میں کوئی خرابی ہوئی (HTTP %1)۔ کلینک کام کرتا رہے گا اور دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the request (HTTP %1).</source>
        <translation>رجسٹری نے درخواست قبول نہیں کی (HTTP %1)۔</translation>
    </message>
    <message>
        <location filename="../sync/ConsultationClient.cpp" line="+21"/>
        <source>The registry&apos;s answer could not be read, so nothing was changed. Try again later; if it persists, tell the registry operator.</source>
        <translation>رجسٹری کا جواب پڑھا نہیں جا سکا، اس لیے کچھ بھی تبدیل نہیں کیا گیا۔ بعد میں دوبارہ کوشش کریں؛ اگر مسئلہ برقرار رہے تو رجسٹری آپریٹر کو بتائیں۔</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This install is not enrolled with the national registry. Ask the administrator.</source>
        <translation>یہ انسٹالیشن قومی رجسٹری میں درج نہیں۔ ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::AuditPush</name>
    <message>
        <location filename="../sync/AuditPush.cpp" line="+46"/>
        <source>The registry refused this clinic&apos;s audit trail because it differs from the copy the registry holds or has a gap. Run &quot;bhuctl audit verify&quot;, keep this database as evidence and tell the district.</source>
        <translation>رجسٹری نے اس کلینک کا آڈٹ ریکارڈ قبول نہیں کیا کیونکہ یہ رجسٹری کے پاس موجود کاپی سے مختلف ہے یا اس میں خلا ہے۔ &quot;bhuctl audit verify&quot; چلائیں، اس ڈیٹا بیس کو ثبوت کے طور پر محفوظ رکھیں اور ضلعی دفتر کو اطلاع دیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry did not confirm the audit entries. They will be sent again.</source>
        <translation>رجسٹری نے آڈٹ اندراجات کی تصدیق نہیں کی۔ یہ دوبارہ بھیجے جائیں گے۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::BundleBuilder</name>
    <message>
        <location filename="../sync/BundleBuilder.cpp" line="+56"/>
        <source>The record to send no longer exists.</source>
        <translation>بھیجا جانے والا ریکارڈ اب موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::Call</name>
    <message>
        <location filename="../sync/ConsultationClient.cpp" line="-13"/>
        <source>Cancelled.</source>
        <translation>منسوخ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::ConsultationClient</name>
    <message>
        <location line="+68"/>
        <source>A photo from the registry was damaged on the way (its checksum does not match), so nothing was changed. Try again.</source>
        <translation>رجسٹری سے آنے والی ایک تصویر راستے میں خراب ہو گئی (اس کا چیک سم نہیں ملتا)، اس لیے کچھ بھی تبدیل نہیں کیا گیا۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another specialist has already claimed this request.</source>
        <translation>یہ درخواست کوئی دوسرا اسپیشلسٹ پہلے ہی اپنے نام کر چکا ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::Gzip</name>
    <message>
        <location filename="../sync/Gzip.cpp" line="+12"/>
        <source>The registry sent a damaged compressed answer. Try again later.</source>
        <translation>رجسٹری نے خراب کمپریس شدہ جواب بھیجا۔ بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::PushResponse</name>
    <message>
        <location filename="../sync/PushResponse.cpp" line="+18"/>
        <source>The registry&apos;s answer to a batch could not be read. The batch will be sent again.</source>
        <translation>ایک بیچ پر رجسٹری کا جواب پڑھا نہیں جا سکا۔ یہ بیچ دوبارہ بھیجا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::RegistryClient</name>
    <message>
        <location filename="../sync/RegistryClient.cpp" line="+112"/>
        <source>The registry sent an answer that could not be read. The clinic will try again.</source>
        <translation>رجسٹری نے ایسا جواب بھیجا جو پڑھا نہیں جا سکا۔ کلینک دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The enrolment token is unknown, expired or already used. Ask the registry operator for a new one.</source>
        <translation>اندراج کا ٹوکن نامعلوم ہے، اس کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ رجسٹری آپریٹر سے نیا ٹوکن مانگیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The registry&apos;s enrolment answer is incomplete. Nothing was saved.</source>
        <translation>اندراج پر رجسٹری کا جواب نامکمل ہے۔ کچھ بھی محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>The registry sent an invalid MR number block.</source>
        <translation>رجسٹری نے ایم آر نمبروں کا غلط بلاک بھیجا ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::RegistryJob</name>
    <message>
        <location filename="../sync/RegistryJob.cpp" line="+127"/>
        <source>Synchronisation was cancelled.</source>
        <translation>سنک منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry did not answer in time. The clinic keeps working; it will try again.</source>
        <translation>رجسٹری نے وقت پر جواب نہیں دیا۔ کلینک کام کرتا رہے گا اور دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>The registry&apos;s certificate changed — ask your administrator.</source>
        <translation>رجسٹری کا سرٹیفکیٹ بدل گیا ہے — اپنے ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The registry&apos;s certificate is not trusted. Enrol again with the registry&apos;s CA file (--ca).</source>
        <translation>رجسٹری کا سرٹیفکیٹ قابلِ اعتماد نہیں۔ رجسٹری کی CA فائل (--ca) کے ساتھ دوبارہ اندراج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry could not be reached (%1). The clinic keeps working; it will try again.</source>
        <translation>رجسٹری سے رابطہ نہیں ہو سکا (%1)۔ کلینک کام کرتا رہے گا اور دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be reached. The clinic keeps working; it will try again.</source>
        <translation>رجسٹری سے رابطہ نہیں ہو سکا۔ کلینک کام کرتا رہے گا اور دوبارہ کوشش کرے گا۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::RegistryLookup</name>
    <message>
        <location filename="../sync/RegistryLookup.cpp" line="+30"/>
        <source>This clinic is not enrolled with the registry. Ask the administrator to enrol it.</source>
        <translation>یہ کلینک رجسٹری میں درج نہیں۔ ایڈمنسٹریٹر سے کہیں کہ اس کا اندراج کرے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lookup was cancelled. Nothing was fetched.</source>
        <translation>تلاش منسوخ کر دی گئی۔ کچھ بھی حاصل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The national registry has no patient with this number.</source>
        <translation>قومی رجسٹری میں اس نمبر کا کوئی مریض نہیں۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The registry&apos;s answer could not be read. Nothing was saved.</source>
        <translation>رجسٹری کا جواب پڑھا نہیں جا سکا۔ کچھ بھی محفوظ نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::RegistryMatch</name>
    <message>
        <location filename="../sync/RegistryMatch.cpp" line="+32"/>
        <source>This clinic is not enrolled with the registry. Ask the administrator to enrol it.</source>
        <translation>یہ کلینک رجسٹری میں درج نہیں۔ ایڈمنسٹریٹر سے کہیں کہ اس کا اندراج کرے۔</translation>
    </message>
</context>
<context>
    <name>bhu::sync::SyncEngine</name>
    <message>
        <location filename="../sync/SyncEngine.cpp" line="+51"/>
        <source>This is the demo facility (DEMO — training data): it is never enrolled or synchronised, so its invented patients cannot reach the national registry. Enrol the facility&apos;s own database.</source>
        <translation>یہ ڈیمو مرکز ہے (DEMO — تربیتی ڈیٹا): اس کا نہ کبھی اندراج ہوتا ہے نہ سنک، اس لیے اس کے فرضی مریض قومی رجسٹری تک نہیں پہنچ سکتے۔ مرکز کے اپنے ڈیٹا بیس کا اندراج کریں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Synchronisation was cancelled.</source>
        <translation>سنک منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the administrator may enrol this clinic with the registry.</source>
        <translation>اس کلینک کا رجسٹری میں اندراج صرف ایڈمنسٹریٹر کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the registry address as https://host:port/fhir.</source>
        <translation>رجسٹری کا پتہ اس طرح لکھیں: https://host:port/fhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the enrolment token from the registry operator.</source>
        <translation>رجسٹری آپریٹر سے ملا ہوا اندراج کا ٹوکن لکھیں۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This clinic is not enrolled with a registry yet. The administrator enrols it first.</source>
        <translation>اس کلینک کا ابھی کسی رجسٹری میں اندراج نہیں ہوا۔ پہلے ایڈمنسٹریٹر اس کا اندراج کرے۔</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The registry could not store some records. They will be sent again later.</source>
        <translation>رجسٹری کچھ ریکارڈ محفوظ نہیں کر سکی۔ یہ بعد میں دوبارہ بھیجے جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../sync/SyncEnginePull.cpp" line="+76"/>
        <source>The registry&apos;s change list does not advance. Try again later.</source>
        <translation>رجسٹری کی تبدیلیوں کی فہرست آگے نہیں بڑھ رہی۔ بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AddressPicker</name>
    <message>
        <location filename="../ui/patients/AddressPicker.cpp" line="+33"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tehsil</source>
        <translation>تحصیل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Union council</source>
        <translation>یونین کونسل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village or mohalla</source>
        <translation>گاؤں یا محلہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rovince:</source>
        <translation>صوبہ (&amp;R):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dis&amp;trict:</source>
        <translation>ضلع (&amp;T):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;hsil:</source>
        <translation>تحصیل (&amp;H):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un&amp;ion council:</source>
        <translation>یونین کونسل (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village:</source>
        <translation>گاؤں (&amp;V):</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Not in the province list — check the spelling</source>
        <translation>صوبوں کی فہرست میں نہیں — ہجے دوبارہ دیکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the district list — check the spelling</source>
        <translation>اضلاع کی فہرست میں نہیں — ہجے دوبارہ دیکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the tehsil list — check the spelling</source>
        <translation>تحصیلوں کی فہرست میں نہیں — ہجے دوبارہ دیکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the union council list — check the spelling</source>
        <translation>یونین کونسلوں کی فہرست میں نہیں — ہجے دوبارہ دیکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the village list — check the spelling</source>
        <translation>دیہات کی فہرست میں نہیں — ہجے دوبارہ دیکھیں</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AdminScreen</name>
    <message>
        <location filename="../ui/screens/AdminScreen.cpp" line="+46"/>
        <source>Admin</source>
        <translation>انتظامیہ</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AgeInput</name>
    <message>
        <location filename="../ui/patients/AgeInput.cpp" line="+20"/>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy</source>
        <translation>دن/ماہ/سال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age in years</source>
        <translation>عمر (سال)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age in months</source>
        <translation>عمر (مہینے)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>or age:</source>
        <translation>یا عمر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>مہینے</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>dd/MM/yyyy</source>
        <comment>how a date of birth is shown and typed; a QDate format with a four-digit year</comment>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is not a date. Type the date of birth as day/month/year, e.g. 23/03/1990.</source>
        <translation>یہ تاریخ نہیں۔ تاریخِ پیدائش دن/مہینہ/سال کی ترتیب سے لکھیں، مثلاً 23/03/1990۔</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Estimated date of birth: %1</source>
        <translation>اندازاً تاریخِ پیدائش: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age: %1</source>
        <translation>عمر: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date of birth, or the age if the patient does not know it.</source>
        <translation>تاریخِ پیدائش لکھیں، یا اگر مریض کو معلوم نہ ہو تو عمر لکھیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AnswerActions</name>
    <message>
        <location filename="../ui/consult/AnswerActions.cpp" line="+21"/>
        <source>Add as &amp;diagnosis</source>
        <translation>تشخیص میں شامل کریں (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as p&amp;rescription</source>
        <translation>نسخے میں شامل کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as re&amp;ferral</source>
        <translation>ریفرل میں شامل کریں (&amp;F)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 added to the open visit as your own decision.</source>
        <translation>%1 کو کھلے معائنے میں آپ کے اپنے فیصلے کے طور پر شامل کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added to the signed visit as a correction in your name.</source>
        <translation>%1 کو دستخط شدہ معائنے میں آپ کے نام سے درستی کے طور پر شامل کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The diagnosis</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As advised by the specialist</source>
        <translation>اسپیشلسٹ کی ہدایت کے مطابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prescription</source>
        <translation>نسخہ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The referral</source>
        <translation>ریفرل</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AnswerForm</name>
    <message>
        <location filename="../ui/consult/AnswerForm.cpp" line="+28"/>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send &amp;answer</source>
        <translation>جواب بھیجیں (&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the &amp;BHU</source>
        <translation>بی ایچ یو سے پوچھیں (&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional, e.g. 0300 1234567</source>
        <translation>اختیاری، مثلاً 0300 1234567</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assess&amp;ment:</source>
        <translation>جائزہ (&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;vice:</source>
        <translation>ہدایات (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested dia&amp;gnosis:</source>
        <translation>تجویز کردہ تشخیص (&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested &amp;treatment:</source>
        <translation>تجویز کردہ علاج (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disposition:</source>
        <translation>لائحہ عمل (&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or ask a &amp;follow-up question:</source>
        <translation>یا مزید سوال پوچھیں (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your p&amp;hone for a live call:</source>
        <translation>براہِ راست کال کے لیے آپ کا فون (&amp;H):</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+169"/>
        <source>The screen was locked. Sign in again to continue where you were.</source>
        <translation>اسکرین لاک ہو گئی تھی۔ جہاں کام چھوڑا تھا وہیں سے جاری رکھنے کے لیے دوبارہ لاگ اِن کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AskSpecialistDialog</name>
    <message>
        <location filename="../ui/consult/AskSpecialistDialog.cpp" line="+46"/>
        <source>Ask a specialist</source>
        <translation>اسپیشلسٹ سے پوچھیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What do you want to know? (at least %1 characters)</source>
        <translation>آپ کیا جاننا چاہتے ہیں؟ (کم از کم %1 حروف)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. left forearm, close-up</source>
        <translation>مثلاً بایاں بازو (کہنی سے نیچے)، قریب سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add p&amp;hoto…</source>
        <translation>تصویر شامل کریں… (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ta&amp;ke photo…</source>
        <translation>تصویر لیں… (&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes a photo with the connected camera.</source>
        <translation>منسلک کیمرے سے تصویر لیتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Send (Ctrl+Enter)</source>
        <translation>بھیجیں (&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;pecialty:</source>
        <translation>شعبہ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>فوریت (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question:</source>
        <translation>سوال (&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case su&amp;mmary:</source>
        <translation>کیس کا خلاصہ (&amp;M):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo ca&amp;ption:</source>
        <translation>تصویر کی وضاحت (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos:</source>
        <translation>تصاویر:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add a photo</source>
        <translation>تصویر شامل کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>تصاویر (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>A request can carry at most %1 photos.</source>
        <translation>ایک درخواست کے ساتھ زیادہ سے زیادہ %1 تصاویر بھیجی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reading the photo…</source>
        <translation>تصویر پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not a picture that can be read. Choose a JPEG or PNG photo.</source>
        <translation>یہ فائل ایسی تصویر نہیں جو پڑھی جا سکے۔ JPEG یا PNG تصویر چنیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photo %1</source>
        <translation>تصویر %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The request was sent, but the photo &quot;%1&quot; was not stored: %2</source>
        <translation>درخواست بھیج دی گئی، لیکن تصویر &quot;%1&quot; محفوظ نہیں ہو سکی: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AuditModel</name>
    <message>
        <location filename="../ui/audit/AuditModel.cpp" line="+51"/>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>مریض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen or command</source>
        <translation>اسکرین یا کمانڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AuditScreen</name>
    <message>
        <location filename="../ui/screens/AuditScreen.cpp" line="+28"/>
        <source>Audit trail — %1</source>
        <translation>آڈٹ ریکارڈ — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>MR number or CNIC</source>
        <translation>ایم آر نمبر یا شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Search</source>
        <translation>تلاش کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>پی ڈی ایف کے طور پر محفوظ کریں… (&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Patient:</source>
        <translation>مریض:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>صارف (&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>سے:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>تک:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>کارروائی (&amp;A):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit trail</source>
        <translation>آڈٹ ریکارڈ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Searching…</source>
        <translation>تلاش جاری ہے…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n اندراج۔</numerusform>
            <numerusform>%n اندراجات۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the audit trail</source>
        <translation>آڈٹ ریکارڈ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1.</source>
        <translation>%1 میں محفوظ کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent to %1.</source>
        <translation>%1 کو بھیج دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::BackupPanel</name>
    <message>
        <location filename="../ui/admin/BackupPanel.cpp" line="+17"/>
        <source>Backups</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>تلاش کریں… (&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> hours</source>
        <translation> گھنٹے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save settings</source>
        <translation>ترتیبات محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up &amp;now</source>
        <translation>ابھی بیک اپ لیں (&amp;N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Folder (e.g. a USB drive):</source>
        <translation>فولڈر (مثلاً یو ایس بی ڈرائیو) (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up e&amp;very:</source>
        <translation>بیک اپ کا وقفہ (&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the newest:</source>
        <translation>تازہ ترین بیک اپ رکھیں (&amp;K):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Folder for backups</source>
        <translation>بیک اپ کا فولڈر</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backing up… work can go on meanwhile.</source>
        <translation>بیک اپ لیا جا رہا ہے… اس دوران کام جاری رکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backed up to %1.</source>
        <translation>بیک اپ %1 میں لے لیا گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::CommunityScreen</name>
    <message>
        <location filename="../ui/screens/CommunityScreen.cpp" line="+27"/>
        <source>Village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village:</source>
        <translation>گاؤں (&amp;V):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Family register</source>
        <translation>فیملی رجسٹر (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue and overdue</source>
        <translation>واجب اور تاخیر شدہ (&amp;U)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Community</source>
        <translation>کمیونٹی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All villages</source>
        <translation>تمام گاؤں</translation>
    </message>
</context>
<context>
    <name>bhu::ui::ConsultationCaseView</name>
    <message>
        <location filename="../ui/consult/ConsultationCaseView.cpp" line="+37"/>
        <source>Photos</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient:</source>
        <translation>مریض:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by:</source>
        <translation>پوچھنے والا:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)، %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>صورتحال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist:</source>
        <translation>اسپیشلسٹ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Question:</source>
        <translation>سوال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary:</source>
        <translation>کیس کا خلاصہ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer of %1, %2</source>
        <translation>%1 کا جواب، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment:</source>
        <translation>جائزہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice:</source>
        <translation>ہدایات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested diagnosis:</source>
        <translation>تجویز کردہ تشخیص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested treatment:</source>
        <translation>تجویز کردہ علاج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition:</source>
        <translation>لائحہ عمل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question of %1, %2:</source>
        <translation>%1 کا سوال، %2:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply of %1, %2:</source>
        <translation>%1 کا جواب، %2:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Photo %1</source>
        <translation>تصویر %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photos with this request.</source>
        <translation>اس درخواست کے ساتھ کوئی تصویر نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::ConsultationsScreen</name>
    <message>
        <location filename="../ui/screens/ConsultationsScreen.cpp" line="+38"/>
        <source>Sent, not answered</source>
        <translation>بھیجی گئی، جواب نہیں آیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>جواب آ گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>دکھائیں (&amp;S):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asked</source>
        <translation>پوچھنے کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patient</source>
        <translation>مریض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specialty</source>
        <translation>شعبہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re&amp;ply to question…</source>
        <translation>سوال کا جواب دیں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;note…</source>
        <translation>نوٹ پرنٹ کریں… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note as PDF…</source>
        <translation>نوٹ بطور پی ڈی ایف…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note &amp;in:</source>
        <translation>نوٹ کی زبان (&amp;I):</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Consultations</source>
        <translation>مشاورتیں</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 — overdue</source>
        <translation>%1 — تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — escalated</source>
        <translation>%1 — آگے بڑھا دی گئی</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, MR %2</source>
        <translation>%1، ایم آر %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reply to the specialist</source>
        <translation>اسپیشلسٹ کو جواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply:</source>
        <translation>آپ کا جواب:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply stored; it travels with the next sync.</source>
        <translation>جواب محفوظ ہو گیا؛ یہ اگلے سنک کے ساتھ بھیج دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The consultation note was sent to the printer.</source>
        <translation>مشاورت کا نوٹ پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the consultation note</source>
        <translation>مشاورت کا نوٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>پی ڈی ایف فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consultation note was saved: %1</source>
        <translation>مشاورت کا نوٹ محفوظ ہو گیا: %1</translation>
    </message>
</context>
<context>
    <name>bhu::ui::DemoBanner</name>
    <message>
        <location filename="../ui/setup/DemoBanner.cpp" line="+9"/>
        <source>DEMO — training data. The patients here are invented; nothing is synchronised or reported.</source>
        <translation>DEMO — تربیتی ڈیٹا۔ یہاں کے مریض فرضی ہیں؛ نہ کچھ سنک ہوتا ہے نہ رپورٹ۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::DiagnosisEditor</name>
    <message>
        <location filename="../ui/visits/DiagnosisEditor.cpp" line="+22"/>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ICD-10 code, English or Urdu name; Enter adds, Shift+Enter adds as typed</source>
        <translation>آئی سی ڈی-10 کوڈ، انگریزی یا اردو نام؛ Enter سے شامل کریں، Shift+Enter سے جیسا لکھا ویسا ہی شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirmed</source>
        <translation>مصدقہ (&amp;O)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>confirmed</source>
        <translation>مصدقہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provisional</source>
        <translation>عارضی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (uncoded, %2)</source>
        <translation>%1 (بغیر کوڈ، %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>bhu::ui::DueListPanel</name>
    <message>
        <location filename="../ui/community/DueListPanel.cpp" line="+22"/>
        <source>Immunisations due and overdue</source>
        <translation>واجب اور تاخیر شدہ حفاظتی ٹیکے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age / sex</source>
        <translation>عمر / جنس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doses needed</source>
        <translation>درکار خوراکیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save list as &amp;PDF…</source>
        <translation>فہرست پی ڈی ایف کے طور پر محفوظ کریں… (&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n child(ren) or women with a dose due; defaulters (overdue, in bold): %1.</source>
        <translation>
            <numerusform>%n بچوں یا خواتین کی خوراک واجب ہے؛ ڈیفالٹر (تاخیر شدہ، موٹے حروف میں): %1۔</numerusform>
            <numerusform>%n بچوں یا خواتین کی خوراک واجب ہے؛ ڈیفالٹر (تاخیر شدہ، موٹے حروف میں): %1۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the due list as PDF</source>
        <translation>واجب خوراکوں کی فہرست پی ڈی ایف کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>پی ڈی ایف فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>%1 محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::DuplicateCheckDialog</name>
    <message>
        <location filename="../ui/patients/DuplicateCheckDialog.cpp" line="+57"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Urdu</source>
        <translation>اردو میں نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age / sex</source>
        <translation>عمر / جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC / B-form</source>
        <translation>شناختی کارڈ / ب فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>آخری معائنہ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Possible duplicate</source>
        <translation>ممکنہ دہرا اندراج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This patient may already be registered</source>
        <translation>ہو سکتا ہے یہ مریض پہلے سے درج ہو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the details and ask the patient. Matching details are highlighted. Open the existing patient unless you are sure this is someone else.</source>
        <translation>تفصیلات کا موازنہ کریں اور مریض سے پوچھیں۔ ملتی جلتی تفصیلات نمایاں کی گئی ہیں۔ جب تک یقین نہ ہو کہ یہ کوئی اور شخص ہے، پہلے سے درج مریض کو کھولیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+133"/>
        <source>&amp;Open existing patient</source>
        <translation>پہلے سے درج مریض کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>&amp;Register as new patient</source>
        <translation>نئے مریض کے طور پر درج کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+167"/>
        <source>&amp;Back to the form</source>
        <translation>فارم پر واپس جائیں (&amp;B)</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Being registered</source>
        <translation>جس کا اندراج ہو رہا ہے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Existing patient %1</source>
        <translation>پہلے سے درج مریض %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registry patient %1</source>
        <translation>رجسٹری کا مریض %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found in the national registry: registered at another facility.</source>
        <translation>قومی رجسٹری میں ملا: کسی اور مرکز میں اندراج ہوا ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(new)</source>
        <translation>(نیا)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supervisor override</source>
        <translation>سپروائزر کی اجازت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CNIC is already on another patient. To register a second patient with it, a supervisor must sign in here; this is recorded in the audit trail.</source>
        <translation>یہ شناختی کارڈ نمبر پہلے ہی کسی اور مریض کے ساتھ درج ہے۔ اسی نمبر پر دوسرے مریض کے اندراج کے لیے سپروائزر یہاں لاگ اِن کرے؛ یہ آڈٹ ریکارڈ میں درج ہو گا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supervisor &amp;user name:</source>
        <translation>سپروائزر کا صارف نام (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor &amp;password:</source>
        <translation>سپروائزر کا پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Same person: fetch the registry record</source>
        <translation>یہ وہی شخص ہے: رجسٹری کا ریکارڈ حاصل کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetches this patient and their history from the national registry instead of registering them again. The access is recorded.</source>
        <translation>اس مریض کا دوبارہ اندراج کرنے کی بجائے اسے اور اس کی ہسٹری قومی رجسٹری سے حاصل کرتا ہے۔ یہ رسائی درج کی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A patient with this CNIC exists: a supervisor must allow a second one.</source>
        <translation>اس شناختی کارڈ نمبر کا ایک مریض موجود ہے: دوسرے مریض کے لیے سپروائزر کی اجازت ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops fetching the registry record. Nothing is fetched.</source>
        <translation>رجسٹری کا ریکارڈ حاصل کرنا روک دیتا ہے۔ کچھ بھی حاصل نہیں کیا جاتا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::EnrolmentBox</name>
    <message>
        <location filename="../ui/sync/EnrolmentBox.cpp" line="+13"/>
        <source>Enrol with the registry</source>
        <translation>رجسٹری کے ساتھ اندراج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://registry.example.gov.pk/fhir</source>
        <extracomment>An example registry address; keep it a web address.</extracomment>
        <translation>https://registry.example.gov.pk/fhir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>تلاش کریں… (&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate authority of the registry</source>
        <translation>رجسٹری کی سرٹیفکیٹ اتھارٹی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>سرٹیفکیٹ (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enrol</source>
        <translation>اندراج کریں (&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an administrator can enrol this clinic.</source>
        <translation>اس کلینک کا اندراج صرف ایڈمنسٹریٹر کر سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry operator gives you its address and a one-time enrolment token.</source>
        <translation>رجسٹری کا آپریٹر آپ کو اس کا پتہ اور ایک بار استعمال ہونے والا اندراج ٹوکن دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry &amp;address:</source>
        <translation>رجسٹری کا پتہ (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment &amp;token:</source>
        <translation>اندراج ٹوکن (&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate authority (optional):</source>
        <translation>سرٹیفکیٹ اتھارٹی (اختیاری):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry address must look like https://registry.example.gov.pk/fhir.</source>
        <translation>رجسٹری کا پتہ اس طرح ہونا چاہیے: https://registry.example.gov.pk/fhir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the enrolment token the registry operator gave you.</source>
        <translation>رجسٹری آپریٹر کا دیا ہوا اندراج ٹوکن لکھیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enrolling…</source>
        <translation>اندراج ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrolled. This clinic now syncs with the registry.</source>
        <translation>اندراج ہو گیا۔ اب یہ کلینک رجسٹری کے ساتھ سنک کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::FamilyRegisterPanel</name>
    <message>
        <location filename="../ui/community/FamilyRegisterPanel.cpp" line="+32"/>
        <source>Family register</source>
        <translation>فیملی رجسٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household / member</source>
        <translation>گھرانہ / رکن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age / sex</source>
        <translation>عمر / جنس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New household</source>
        <translation>نیا گھرانہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>House, street or landmark</source>
        <translation>مکان، گلی یا کوئی نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;household</source>
        <translation>گھرانہ شامل کریں (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Village or mohalla</source>
        <translation>گاؤں یا محلہ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>پتہ (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New member of the selected household</source>
        <translation>منتخب گھرانے کا نیا رکن</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>I checked the possible duplicates: this is a new person</source>
        <translation>میں نے ممکنہ دہرے اندراج دیکھ لیے ہیں: یہ نیا شخص ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;member</source>
        <translation>رکن شامل کریں (&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex</source>
        <translation>جنس (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>تاریخِ پیدائش (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship to the head</source>
        <translation>سربراہ سے رشتہ (&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n رکن</numerusform>
            <numerusform>%n ارکان</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Household added. Now add its members, the head first.</source>
        <translation>گھرانہ شامل ہو گیا۔ اب اس کے ارکان شامل کریں، پہلے سربراہ۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the household first (or add one).</source>
        <translation>پہلے گھرانہ منتخب کریں (یا نیا شامل کریں)۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This may be someone already registered: %1. Open that record instead, or tick the box and add again.</source>
        <translation>ہو سکتا ہے یہ شخص پہلے سے درج ہو: %1۔ اس کی بجائے وہ ریکارڈ کھولیں، یا خانے پر نشان لگا کر دوبارہ شامل کریں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 added with MR number %2.</source>
        <translation>%1 ایم آر نمبر %2 کے ساتھ شامل ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/setup/FirstRunWizard.cpp" line="+58"/>
        <source>BHU Clinic — first start</source>
        <translation>بی ایچ یو کلینک — پہلی بار آغاز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facility</source>
        <translation>مرکزِ صحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which health facility this computer serves.</source>
        <translation>یہ کمپیوٹر کس مرکزِ صحت کے لیے ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from the code</source>
        <translation>کوڈ سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demo facility for training: invented patients, marked DEMO on every screen, never synchronised or reported</source>
        <translation>تربیت کے لیے ڈیمو مرکز (&amp;D): فرضی مریض، ہر اسکرین پر DEMO کا نشان، نہ کبھی سنک ہو گا نہ رپورٹ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo BHU (training)</source>
        <translation>ڈیمو بی ایچ یو (تربیت)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facility &amp;code:</source>
        <translation>مرکز کا کوڈ (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility &amp;name:</source>
        <translation>مرکز کا نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility n&amp;umber (for provisional MR numbers):</source>
        <translation>مرکز کا نمبر (عارضی ایم آر نمبروں کے لیے) (&amp;U):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator</source>
        <translation>ایڈمنسٹریٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first account. It adds the other users later (Admin → Users).</source>
        <translation>پہلا اکاؤنٹ۔ یہی بعد میں باقی صارفین شامل کرتا ہے (انتظامیہ → صارفین)۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;User name:</source>
        <translation>صارف کا نام (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>پورا نام (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>پاس ورڈ دوبارہ لکھیں (&amp;R):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is good.</source>
        <translation>پاس ورڈ ٹھیک ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>National registry</source>
        <translation>قومی رجسٹری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment with the national patient registry is done later, by the administrator, in the Sync area, with the one-time enrolment token from the district. The clinic works fully without it.

Next creates the encrypted database.</source>
        <translation>قومی مریض رجسٹری میں اندراج بعد میں ایڈمنسٹریٹر، سنک والے حصے میں، ضلع سے ملنے والے ایک بار کے اندراج ٹوکن سے کرتا ہے۔ کلینک اس کے بغیر بھی پوری طرح کام کرتا ہے۔

&quot;اگلا&quot; دبانے پر انکرپٹ شدہ ڈیٹا بیس بن جائے گا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create the database</source>
        <translation>ڈیٹا بیس بنائیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <translation>ریکوری کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this key and keep it in the facility&apos;s safe. It opens the database when no administrator can sign in. It is shown only now.</source>
        <translation>یہ ریکوری کی پرنٹ کر کے مرکز کی تجوری میں رکھیں۔ جب کوئی ایڈمنسٹریٹر لاگ اِن نہ کر سکے تو یہ ڈیٹا بیس کھولتی ہے۔ یہ صرف ابھی دکھائی جا رہی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the encrypted database…</source>
        <translation>انکرپٹ شدہ ڈیٹا بیس بنایا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>پی ڈی ایف کے طور پر محفوظ کریں… (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have &amp;printed it and will keep it in the safe</source>
        <translation>میں نے یہ پرنٹ کر لی ہے اور تجوری میں رکھوں گا (&amp;P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Type the key back to confirm you have it:</source>
        <translation>تصدیق کے لیے ریکوری کی دوبارہ لکھیں (&amp;T):</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The demo facility was created, but its sample patients could not be added: %1</source>
        <translation>ڈیمو مرکز بن گیا، لیکن اس کے نمونے کے مریض شامل نہیں ہو سکے: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database could not be created: %1</source>
        <translation>ڈیٹا بیس نہیں بن سکا: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is ready. Its recovery key:</source>
        <translation>ڈیٹا بیس تیار ہے۔ اس کی ریکوری کی:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database has not been created yet.</source>
        <translation>ڈیٹا بیس ابھی نہیں بنا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the recovery key</source>
        <translation>ریکوری کی محفوظ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>%1 میں محفوظ کر دی گئی۔ اسے پرنٹ کریں، پھر فائل ڈیلیٹ کر دیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::KeyPanel</name>
    <message>
        <location filename="../ui/admin/KeyPanel.cpp" line="+22"/>
        <source>Locking and database key</source>
        <translation>لاک اور ڈیٹا بیس کی چابی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve</source>
        <translation>محفوظ کریں (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change database key…</source>
        <translation>ڈیٹا بیس کی چابی بدلیں… (&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the new key as P&amp;DF…</source>
        <translation>نئی ریکوری کی پی ڈی ایف کے طور پر محفوظ کریں… (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your password, to confirm</source>
        <translation>تصدیق کے لیے آپ کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have printed the new key: &amp;re-encrypt now</source>
        <translation>میں نے نئی ریکوری کی پرنٹ کر لی ہے: ابھی دوبارہ انکرپٹ کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Lock the screen after:</source>
        <translation>اتنی دیر بعد اسکرین لاک کریں (&amp;L):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the new recovery key</source>
        <translation>نئی ریکوری کی محفوظ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>%1 میں محفوظ کر دی گئی۔ اسے پرنٹ کریں، پھر فائل ڈیلیٹ کر دیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved; it applies from the next sign-in.</source>
        <translation>محفوظ ہو گیا؛ یہ اگلی بار لاگ اِن کرنے سے لاگو ہو گا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New recovery key: %1</source>
        <translation>نئی ریکوری کی: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the new key first. After the change, the old recovery key stops working and every other user needs a new password from you.</source>
        <translation>پہلے نئی ریکوری کی پرنٹ کریں۔ تبدیلی کے بعد پرانی ریکوری کی کام نہیں کرے گی اور باقی ہر صارف کو آپ سے نیا پاس ورڈ لینا ہو گا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-encrypting the database…</source>
        <translation>ڈیٹا بیس دوبارہ انکرپٹ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database key was changed.</source>
        <translation>ڈیٹا بیس کی چابی بدل دی گئی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database key was changed. Give these users a new password (Users → Reset password): %1</source>
        <translation>ڈیٹا بیس کی چابی بدل دی گئی۔ ان صارفین کو نیا پاس ورڈ دیں (صارفین → پاس ورڈ ری سیٹ کریں): %1</translation>
    </message>
</context>
<context>
    <name>bhu::ui::LanguagePanel</name>
    <message>
        <location filename="../ui/admin/LanguagePanel.cpp" line="+15"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urdu &amp;digits (۰۱۲۳) on printed Urdu documents</source>
        <translation>پرنٹ شدہ اردو دستاویزات پر اردو ہندسے (۰۱۲۳) (&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Western digits (0123) are the default, as forms in Pakistan use them.</source>
        <translation>انگریزی ہندسے (0123) ڈیفالٹ ہیں، کیونکہ پاکستان میں فارم انہی میں بھرے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;My language:</source>
        <translation>میری زبان (&amp;M):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applies at once to every screen, and again each time you sign in.</source>
        <translation>ہر اسکرین پر فوراً لاگو ہوتی ہے، اور ہر بار لاگ اِن کرنے پر بھی۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::LiveCallBar</name>
    <message>
        <location filename="../ui/consult/LiveCallBar.cpp" line="+18"/>
        <source>&amp;Call (video meeting)</source>
        <translation>کال کریں (ویڈیو میٹنگ) (&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log call…</source>
        <translation>کال درج کریں… (&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records the call as a teleconsultation encounter of this patient.</source>
        <translation>کال کو اس مریض کے ٹیلی مشاورت والے معائنے کے طور پر درج کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1&apos;s phone: %2</source>
        <translation>%1 کا فون: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens %1. Both ends must be online.</source>
        <translation>%1 کھولتا ہے۔ دونوں طرف آن لائن ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log the call</source>
        <translation>کال درج کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many minutes did the call with the specialist last?</source>
        <translation>اسپیشلسٹ کے ساتھ کال کتنے منٹ چلی؟</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The call was recorded as a teleconsultation encounter of the patient; it travels with the next sync.</source>
        <translation>کال مریض کے ٹیلی مشاورت والے معائنے کے طور پر درج ہو گئی؛ یہ اگلے سنک کے ساتھ بھیج دی جائے گی۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+203"/>
        <source>BHU Clinic — %1</source>
        <translation>بی ایچ یو کلینک — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>حصے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Facility</source>
        <translation>مرکزِ صحت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>لاگ اِن صارف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled with a registry</source>
        <translation>کسی رجسٹری میں اندراج نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>سنک</translation>
    </message>
</context>
<context>
    <name>bhu::ui::MaternalCarePanel</name>
    <message>
        <location filename="../ui/community/MaternalCarePanel.cpp" line="+55"/>
        <source>Antenatal or postnatal visit</source>
        <translation>زچگی سے پہلے یا بعد کا معائنہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antenatal (ANC)</source>
        <translation>زچگی سے پہلے (ANC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postnatal (PNC)</source>
        <translation>زچگی کے بعد (PNC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>not measured</source>
        <translation>نہیں ناپا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Danger signs</source>
        <translation>خطرے کی علامات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record &amp;visit</source>
        <translation>معائنہ درج کریں (&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind of visit</source>
        <translation>معائنے کی قسم (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit da&amp;te</source>
        <translation>معائنے کی تاریخ (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BP s&amp;ystolic (mmHg)</source>
        <translation>بلڈ پریشر اوپر والا (سسٹولک) (mmHg) (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BP dia&amp;stolic (mmHg)</source>
        <translation>بلڈ پریشر نیچے والا (ڈائسٹولک) (mmHg) (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight (kg)</source>
        <translation>وزن (kg) (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hb (g/dL)</source>
        <translation>ہیموگلوبن Hb (g/dL) (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;nger signs (Space to tick)</source>
        <translation>خطرے کی علامات (نشان لگانے کے لیے Space دبائیں) (&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Family planning visit</source>
        <translation>خاندانی منصوبہ بندی کا معائنہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;acceptor (first use of any method)</source>
        <translation>نیا صارف (کسی بھی طریقے کا پہلی بار استعمال) (&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;family planning</source>
        <translation>خاندانی منصوبہ بندی درج کریں (&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Method</source>
        <translation>طریقہ (&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit &amp;date</source>
        <translation>معائنے کی تاریخ (&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivery or end of pregnancy</source>
        <translation>زچگی یا حمل کا اختتام</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LHV, doctor, LHW, dai, …</source>
        <translation>ایل ایچ وی، ڈاکٹر، لیڈی ہیلتھ ورکر، دائی، …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;outcome</source>
        <translation>نتیجہ درج کریں (&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utcome</source>
        <translation>نتیجہ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of deli&amp;very</source>
        <translation>زچگی کی تاریخ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of delivery</source>
        <translation>زچگی کی جگہ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atte&amp;ndant</source>
        <translation>زچگی کروانے والا (&amp;N)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 recorded.</source>
        <translation>%1 درج ہو گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 recorded. Refer her now and write a referral slip: %2.</source>
        <translation>%1 درج ہو گیا۔ اسے ابھی ریفر کریں اور ریفرل پرچی لکھیں: %2۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Family planning visit recorded: %1.</source>
        <translation>خاندانی منصوبہ بندی کا معائنہ درج ہو گیا: %1۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome recorded: %1 on %2.</source>
        <translation>نتیجہ درج ہو گیا: %2 کو %1۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::MedicinesListPanel</name>
    <message>
        <location filename="../ui/admin/MedicinesListPanel.cpp" line="+19"/>
        <source>Medicines list</source>
        <translation>دوائیوں کی فہرست</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export as CSV…</source>
        <translation>CSV میں ایکسپورٹ کریں… (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV امپورٹ کریں… (&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the medicines list</source>
        <translation>دوائیوں کی فہرست ایکسپورٹ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a medicines list</source>
        <translation>دوائیوں کی فہرست امپورٹ کریں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The medicines offered when prescribing. Export the list, edit it in a spreadsheet (keep the columns), and import it back.</source>
        <translation>نسخہ لکھتے وقت دکھائی جانے والی دوائیاں۔ فہرست ایکسپورٹ کریں، اسپریڈشیٹ (ایکسل) میں ترمیم کریں (کالم نہ بدلیں)، اور واپس امپورٹ کریں۔</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Stop using &amp;this facility&apos;s list</source>
        <translation>اس مرکز کی فہرست کا استعمال بند کریں (&amp;T)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>this facility&apos;s list</source>
        <translation>اس مرکز کی فہرست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the national list, version %1 of %2</source>
        <translation>قومی فہرست، %2 کا ورژن %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the shipped list</source>
        <translation>پروگرام کے ساتھ آنے والی فہرست</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnoses (ICD-10)</source>
        <translation>تشخیص (ICD-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>شکایات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immunisation schedule</source>
        <translation>حفاظتی ٹیکوں کا شیڈول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>دوائیاں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In use: %1, %2 medicines.</source>
        <translation>زیرِ استعمال: %1، %2 دوائیاں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other lists in use — %1.</source>
        <translation>دیگر زیرِ استعمال فہرستیں — %1۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The list could not be written to %1: %2. Choose another folder.</source>
        <translation>فہرست %1 میں نہیں لکھی جا سکی: %2۔ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation>%1 میں ایکسپورٹ ہو گئی۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be read: %2.</source>
        <translation>%1 پڑھی نہیں جا سکی: %2۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed. %1</source>
        <translation>کچھ بھی تبدیل نہیں ہوا۔ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 medicines. Prescriptions now offer this list.</source>
        <translation>%1 دوائیاں امپورٹ ہو گئیں۔ اب نسخے میں یہی فہرست دکھائی جائے گی۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This facility&apos;s own list is no longer used.</source>
        <translation>اب اس مرکز کی اپنی فہرست استعمال نہیں ہوتی۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::MemberCardPanel</name>
    <message>
        <location filename="../ui/community/MemberCardPanel.cpp" line="+29"/>
        <source>Select a member in the family register.</source>
        <translation>فیملی رجسٹر میں کوئی رکن منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Immunisation card</source>
        <translation>حفاظتی ٹیکوں کا کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next dose</source>
        <translation>اگلی خوراک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due on</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a dose</source>
        <translation>خوراک درج کریں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Given &amp;elsewhere (from the card)</source>
        <translation>کہیں اور دی گئی (کارڈ سے) (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;dose</source>
        <translation>خوراک درج کریں (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Vaccine and dose</source>
        <translation>ویکسین اور خوراک (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;given</source>
        <translation>دینے کی تاریخ (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lot number</source>
        <translation>لاٹ نمبر (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place</source>
        <translation>جگہ (&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pregnancy</source>
        <translation>حمل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Register &amp;pregnancy</source>
        <translation>حمل کا اندراج کریں (&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last &amp;menstrual period</source>
        <translation>آخری ماہواری (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gravida</source>
        <translation>گریوڈا (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ara</source>
        <translation>پیرا (&amp;A)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No ongoing pregnancy.</source>
        <translation>کوئی جاری حمل نہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pregnant: expected delivery %1 (%2 weeks now), gravida %3, para %4.</source>
        <translation>حاملہ: زچگی کی متوقع تاریخ %1 (اب %2 ہفتے)، گریوڈا %3، پیرا %4۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 recorded.</source>
        <translation>%1 درج ہو گئی۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pregnancy registered; expected delivery %1.</source>
        <translation>حمل کا اندراج ہو گیا؛ زچگی کی متوقع تاریخ %1۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::MoveMemberBox</name>
    <message>
        <location filename="../ui/community/MoveMemberBox.cpp" line="+16"/>
        <source>Move to another household</source>
        <translation>کسی دوسرے گھرانے میں منتقل کریں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>marriage, moved house, …</source>
        <translation>شادی، گھر کی تبدیلی، …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ve member</source>
        <translation>رکن منتقل کریں (&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;To household</source>
        <translation>کس گھرانے میں (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship to its &amp;head</source>
        <translation>اس کے سربراہ سے رشتہ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved &amp;on</source>
        <translation>منتقلی کی تاریخ (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son</source>
        <translation>وجہ (&amp;S)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (head: %2)</source>
        <translation>%1 (سربراہ: %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved to %1.</source>
        <translation>%1 میں منتقل کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::NewAnswersNotice</name>
    <message>
        <location filename="../ui/consult/NewAnswersNotice.cpp" line="+25"/>
        <source>&amp;Open consultations</source>
        <translation>مشاورتیں کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>ہٹا دیں</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n new answer(s) from specialists</source>
        <translation>
            <numerusform>اسپیشلسٹوں کی طرف سے %n نیا جواب</numerusform>
            <numerusform>اسپیشلسٹوں کی طرف سے %n نئے جواب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s) from specialists</source>
        <translation>
            <numerusform>اسپیشلسٹوں کی طرف سے %n سوال</numerusform>
            <numerusform>اسپیشلسٹوں کی طرف سے %n سوالات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teleconsultation: %1.</source>
        <translation>ٹیلی مشاورت: %1۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>bhu::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/admin/PasswordDialog.cpp" line="+19"/>
        <source>Add a user</source>
        <translation>صارف شامل کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset the password of %1</source>
        <translation>%1 کا پاس ورڈ ری سیٹ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password</source>
        <translation>میرا پاس ورڈ بدلیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>صارف کا نام (&amp;U):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full name:</source>
        <translation>پورا نام (&amp;F):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ole:</source>
        <translation>عہدہ (&amp;O):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current password:</source>
        <translation>موجودہ پاس ورڈ (&amp;C):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New password:</source>
        <translation>نیا پاس ورڈ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>دوبارہ لکھیں (&amp;R):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The password is good.</source>
        <translation>پاس ورڈ ٹھیک ہے۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientConsultationsView</name>
    <message>
        <location filename="../ui/consult/PatientConsultationsView.cpp" line="+17"/>
        <source>Teleconsultations of the patient</source>
        <translation>مریض کی ٹیلی مشاورتیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked</source>
        <translation>پوچھنے کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Specialty</source>
        <translation>شعبہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition</source>
        <translation>لائحہ عمل</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not answered yet</source>
        <translation>ابھی جواب نہیں دیا گیا</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientForm</name>
    <message>
        <location filename="../ui/patients/PatientForm.cpp" line="+87"/>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (Esc)</source>
        <translation>منسوخ کریں (Esc)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>New patient</source>
        <translation>نیا مریض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+S saves, Esc cancels.</source>
        <translation>Ctrl+S سے محفوظ کریں، Esc سے منسوخ کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit patient — %1 (MR %2)</source>
        <translation>مریض کی تفصیلات میں ترمیم — %1 (ایم آر %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+S saves the changes, Esc cancels.</source>
        <translation>Ctrl+S سے تبدیلیاں محفوظ کریں، Esc سے منسوخ کریں۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>کچھ محفوظ نہیں ہوا: سرخ نشان والے خانے درست کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the notes in amber. Press Save again to keep the entries as they are.</source>
        <translation>پیلے (نارنجی) رنگ والی ہدایات دیکھیں۔ اندراج جیسا ہے ویسا رکھنے کے لیے دوبارہ &quot;محفوظ کریں&quot; دبائیں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the national registry for this patient…</source>
        <translation>اس مریض کو قومی رجسٹری میں دیکھا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled: the registry record was not fetched.</source>
        <translation>منسوخ: رجسٹری سے ریکارڈ حاصل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved yet: change the details or save again.</source>
        <translation>ابھی محفوظ نہیں ہوا: تفصیلات بدلیں یا دوبارہ محفوظ کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientFormFields</name>
    <message>
        <location filename="../ui/patients/PatientFormFields.cpp" line="+26"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation>نوٹس (&amp;O):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on the CNIC, in English letters</source>
        <translation>جیسا شناختی کارڈ پر ہے، انگریزی حروف میں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in Urdu</source>
        <translation>اردو میں نام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested from the name for common names; change it if it is spelt otherwise.</source>
        <translation>عام ناموں کے لیے نام سے تجویز کیا گیا ہے؛ اگر ہجے مختلف ہوں تو بدل دیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+1"/>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>والد یا شوہر کا نام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mobile phone</source>
        <translation>موبائل فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>03XX-XXXXXXX</source>
        <translation>03XX-XXXXXXX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Urdu:</source>
        <translation>اردو میں نام (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian:</source>
        <translation>سرپرست (&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>جنس (&amp;X):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth:</source>
        <translation>تاریخِ پیدائش (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>فون (&amp;P):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of national number</source>
        <translation>قومی نمبر کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B-form</source>
        <translation>ب فارم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CNIC or B-form number</source>
        <translation>شناختی کارڈ یا ب فارم نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XXXXX-XXXXXXX-X</source>
        <translation>XXXXX-XXXXXXX-X</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guardian&apos;s CNIC</source>
        <translation>سرپرست کا شناختی کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a child without a B-form</source>
        <translation>اس بچے کے لیے جس کا ب فارم نہ ہو</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian is the patient&apos;s</source>
        <translation>سرپرست مریض کا/کی</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;CNIC / B-form:</source>
        <translation>شناختی کارڈ / ب فارم (&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uardian&apos;s CNIC:</source>
        <translation>سرپرست کا شناختی کارڈ (&amp;U):</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientHistoryView</name>
    <message>
        <location filename="../ui/patients/PatientHistoryView.cpp" line="+13"/>
        <source>Changes to the patient&apos;s details</source>
        <translation>مریض کی تفصیلات میں تبدیلیاں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>کب محفوظ ہوا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>تبدیلیاں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Urdu</source>
        <translation>اردو میں نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC / B-form</source>
        <translation>شناختی کارڈ / ب فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s CNIC</source>
        <translation>سرپرست کا شناختی کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered</source>
        <translation>اندراج ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visible change</source>
        <translation>کوئی نظر آنے والی تبدیلی نہیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientPage</name>
    <message>
        <location filename="../ui/patients/PatientPage.cpp" line="+75"/>
        <source>CNIC / B-form:</source>
        <translation>شناختی کارڈ / ب فارم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>فون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village:</source>
        <translation>گاؤں:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Edit details</source>
        <translation>تفصیلات میں ترمیم (&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;card…</source>
        <translation>کارڈ پرنٹ کریں… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card as PDF…</source>
        <translation>کارڈ بطور پی ڈی ایف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;token slip…</source>
        <translation>ٹوکن پرچی پرنٹ کریں… (&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token as PDF…</source>
        <translation>ٹوکن بطور پی ڈی ایف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start visit</source>
        <translation>معائنہ شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw registration (entered in error)…</source>
        <translation>اندراج واپس لیں (غلطی سے درج)… (&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to search</source>
        <translation>تلاش پر واپس (&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visits</source>
        <translation>معائنے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes to the details</source>
        <translation>تفصیلات میں تبدیلیاں</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional MR number (this facility)</source>
        <translation>عارضی ایم آر نمبر (اس مرکز کا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian: %1</source>
        <translation>سرپرست: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merged from MR %1</source>
        <translation>ایم آر %1 سے ضم کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was merged into MR %1; use that record.</source>
        <translation>یہ ریکارڈ ایم آر %1 میں ضم کر دیا گیا ہے؛ وہی ریکارڈ استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visit started: token %1.</source>
        <translation>معائنہ شروع ہو گیا: ٹوکن %1۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Withdraw a registration entered in error</source>
        <translation>غلطی سے کیا گیا اندراج واپس لیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the registration of %1 (MR %2) because it was made by mistake — for example a test, or a second registration of someone already registered? Every visit of this patient must be withdrawn first; a person registered twice who has visits under both records is merged instead (ask the supervisor).</source>
        <translation>کیا %1 (ایم آر %2) کا اندراج واپس لیں، کیونکہ یہ غلطی سے کیا گیا تھا — مثلاً ٹیسٹ کے طور پر، یا کسی پہلے سے درج شخص کا دوسرا اندراج؟ پہلے اس مریض کا ہر معائنہ واپس لینا ضروری ہے؛ جس شخص کا اندراج دو بار ہوا ہو اور دونوں ریکارڈز میں معائنے ہوں، اسے واپس لینے کے بجائے ضم کیا جاتا ہے (سپروائزر سے پوچھیں)۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientPrinting</name>
    <message>
        <location filename="../ui/print/PatientPrinting.cpp" line="+24"/>
        <source>Patient card</source>
        <translation>مریض کارڈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token slip</source>
        <translation>ٹوکن پرچی</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print %1</source>
        <translation>%1 پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent to %2.</source>
        <translation>%2 پر پرنٹ کے لیے بھیج دیا گیا: %1۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save %1 as PDF</source>
        <translation>%1 بطور پی ڈی ایف محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>پی ڈی ایف فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 saved to %2.</source>
        <translation>محفوظ ہو گیا: %1 — %2</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientSearchFilters</name>
    <message>
        <location filename="../ui/patients/PatientSearchFilters.cpp" line="+17"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sex</source>
        <translation>کوئی بھی جنس</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age from</source>
        <translation>عمر از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age to</source>
        <translation>عمر تا</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Village or union council</source>
        <translation>گاؤں یا یونین کونسل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sex:</source>
        <translation>جنس (&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Age from:</source>
        <translation>عمر از (&amp;A):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Village:</source>
        <translation>گاؤں (&amp;V):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientSearchModel</name>
    <message>
        <location filename="../ui/patients/PatientSearchModel.cpp" line="+75"/>
        <source>%1, born %2%3</source>
        <translation>%1، پیدائش %2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (estimated)</source>
        <translation> (اندازاً)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Union council: %1</source>
        <translation>یونین کونسل: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age / sex</source>
        <translation>عمر / جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC / B-form</source>
        <translation>شناختی کارڈ / ب فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>آخری معائنہ</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientSearchView</name>
    <message>
        <location filename="../ui/patients/PatientSearchView.cpp" line="+38"/>
        <source>Find a patient</source>
        <translation>مریض تلاش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, MR number, CNIC or phone (e.g. “ali s/o akbar”, 0300-1234567)</source>
        <translation>نام، ایم آر نمبر، شناختی کارڈ یا فون (مثلاً “ali s/o akbar”، 0300-1234567)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New patient</source>
        <translation>نیا مریض (&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>نئے مریض کا اندراج کریں (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look up in the national registry…</source>
        <translation>قومی رجسٹری میں تلاش کریں…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicates…</source>
        <translation>ممکنہ دہرے اندراج…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Patients found</source>
        <translation>ملنے والے مریض</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>1 patient found</source>
        <translation>1 مریض ملا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 patients found</source>
        <translation>%1 مریض ملے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No patient found. Press Ctrl+N to register one.</source>
        <translation>کوئی مریض نہیں ملا۔ نیا اندراج کرنے کے لیے Ctrl+N دبائیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientsScreen</name>
    <message>
        <location filename="../ui/screens/PatientsScreen.cpp" line="+58"/>
        <source>Patients</source>
        <translation>مریض</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Patient not opened</source>
        <translation>مریض کا ریکارڈ نہیں کھلا</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PhotoViewer</name>
    <message>
        <location filename="../ui/consult/PhotoViewer.cpp" line="+22"/>
        <source>Photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom</source>
        <translation>زوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoom:</source>
        <translation>زوم (&amp;Z):</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No photo</source>
        <translation>کوئی تصویر نہیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>bhu::ui::PrescriptionEditor</name>
    <message>
        <location filename="../ui/visits/PrescriptionEditor.cpp" line="+29"/>
        <source>Medicine; Enter picks it</source>
        <translation>دوائی؛ Enter دبا کر چنیں</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dose</source>
        <translation>خوراک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frequency</source>
        <translation>کتنی بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>ہدایات</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> × %1 days</source>
        <translation> × %1 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 %2 given</source>
        <translation>، %1 %2 دی گئیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>bhu::ui::QueueModel</name>
    <message>
        <location filename="../ui/visits/QueueModel.cpp" line="+64"/>
        <source>Token</source>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age / sex</source>
        <translation>عمر / جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
</context>
<context>
    <name>bhu::ui::RecoveryDialog</name>
    <message>
        <location filename="../ui/setup/RecoveryDialog.cpp" line="+19"/>
        <source>Use the recovery key</source>
        <translation>ریکوری کی استعمال کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery key from the sheet in the facility&apos;s safe, and a new password for an administrator account.</source>
        <translation>مرکز کی تجوری میں رکھی شیٹ سے ریکوری کی لکھیں، اور کسی ایڈمنسٹریٹر اکاؤنٹ کا نیا پاس ورڈ۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <extracomment>The shape of a recovery key: eight groups of four letters or digits.</extracomment>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery &amp;key:</source>
        <translation>ریکوری کی (&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Administrator:</source>
        <translation>ایڈمنسٹریٹر (&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>نیا پاس ورڈ (&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>دوبارہ لکھیں (&amp;R):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Set the password</source>
        <translation>پاس ورڈ مقرر کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the recovery key… this takes a moment.</source>
        <translation>ریکوری کی جانچی جا رہی ہے… اس میں چند لمحے لگتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::ReferralEditor</name>
    <message>
        <location filename="../ui/visits/ReferralEditor.cpp" line="+14"/>
        <source>&amp;Refer the patient</source>
        <translation>مریض کو ریفر کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Level:</source>
        <translation>درجہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility:</source>
        <translation>ہسپتال / مرکز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>وجہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency:</source>
        <translation>فوریت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done:</source>
        <translation>کیا گیا علاج:</translation>
    </message>
</context>
<context>
    <name>bhu::ui::RegistryLookupDialog</name>
    <message>
        <location filename="../ui/patients/RegistryLookupDialog.cpp" line="+22"/>
        <source>Look up in the national registry</source>
        <translation>قومی رجسٹری میں تلاش کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a patient registered at another facility. You need a connection to the registry. The lookup and your reason are recorded here and at the registry.</source>
        <translation>کسی اور مرکز میں درج مریض کے لیے۔ اس کے لیے رجسٹری سے کنکشن ضروری ہے۔ یہ تلاش اور آپ کی وجہ یہاں اور رجسٹری دونوں میں درج کی جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B-form</source>
        <translation>ب فارم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why do you need this patient&apos;s record? (e.g. referred here with fever, needs earlier visits)</source>
        <translation>آپ کو اس مریض کا ریکارڈ کیوں چاہیے؟ (مثلاً بخار کے ساتھ یہاں ریفر ہوا، پچھلے معائنے دیکھنے ہیں)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find by:</source>
        <translation>تلاش بذریعہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number:</source>
        <translation>نمبر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>وجہ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look up</source>
        <translation>تلاش کریں (&amp;L)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stops asking the registry. Nothing is fetched.</source>
        <translation>رجسٹری سے پوچھنا بند کر دیتا ہے۔ کچھ حاصل نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking the national registry…</source>
        <translation>قومی رجسٹری سے پوچھا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled. Nothing was fetched from the registry.</source>
        <translation>منسوخ کر دیا گیا۔ رجسٹری سے کچھ حاصل نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::ReportsScreen</name>
    <message>
        <location filename="../ui/screens/ReportsScreen.cpp" line="+60"/>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly facility report (DHIS MR)</source>
        <translation>مرکز کی ماہانہ رپورٹ (DHIS MR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily OPD register</source>
        <translation>روزانہ او پی ڈی رجسٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral register</source>
        <translation>ریفرل رجسٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LHW monthly summary</source>
        <translation>لیڈی ہیلتھ ورکر کا ماہانہ خلاصہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report:</source>
        <translation>رپورٹ (&amp;R):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Month</source>
        <translation>مہینہ (&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dates</source>
        <translation>تاریخیں (&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period:</source>
        <translation>مدت:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in (%1)</source>
        <translation>پروگرام کے ساتھ آنے والا (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other &amp;template…</source>
        <translation>دوسرا ٹیمپلیٹ… (&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template:</source>
        <translation>ٹیمپلیٹ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview</source>
        <translation>پیش نظارہ (&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>پرنٹ کریں… (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>پی ڈی ایف محفوظ کریں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV ایکسپورٹ کریں… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export D&amp;HIS2…</source>
        <translation>DHIS2 کے لیے ایکسپورٹ کریں… (&amp;H)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Computing the report…</source>
        <translation>رپورٹ تیار کی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelling…</source>
        <translation>منسوخ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+27"/>
        <source>Cancelled.</source>
        <translation>منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../ui/screens/ReportWork.cpp" line="+59"/>
        <source>The preview shows the first %1 of %2 rows; print, PDF and CSV have them all.</source>
        <translation>پیش نظارہ میں %2 میں سے پہلی %1 قطاریں دکھائی گئی ہیں؛ پرنٹ، پی ڈی ایف اور CSV میں تمام قطاریں ہیں۔</translation>
    </message>
    <message>
        <location filename="../ui/screens/ReportsScreen.cpp" line="-14"/>
        <source>%1, %2.</source>
        <translation>%1، %2۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Print report</source>
        <translation>رپورٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Sent to the printer.</source>
        <translation>پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cancelled: %1 was not written.</source>
        <translation>منسوخ: %1 نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Printing…</source>
        <translation>پرنٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save report as PDF</source>
        <translation>رپورٹ پی ڈی ایف کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export report as CSV</source>
        <translation>رپورٹ CSV میں ایکسپورٹ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export for DHIS2</source>
        <translation>DHIS2 کے لیے ایکسپورٹ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DHIS2 JSON (*.json)</source>
        <translation>DHIS2 JSON (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report template</source>
        <translation>رپورٹ ٹیمپلیٹ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report templates (*.json)</source>
        <translation>رپورٹ ٹیمپلیٹس (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (version %2)</source>
        <translation>%1 (ورژن %2)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Saved %1.</source>
        <translation>%1 محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Saving %1…</source>
        <translation>%1 محفوظ کیا جا رہا ہے…</translation>
    </message>
</context>
<context>
    <name>bhu::ui::ReviewQueueDialog</name>
    <message>
        <location filename="../ui/review/ReviewQueueDialog.cpp" line="+29"/>
        <source>Possible duplicate patients</source>
        <translation>ممکنہ دہرے اندراج والے مریض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record A</source>
        <translation>ریکارڈ A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record B</source>
        <translation>ریکارڈ B</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Same person (merge)</source>
        <translation>ایک ہی شخص (ضم کریں) (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Different people</source>
        <translation>الگ الگ لوگ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not sure</source>
        <translation>یقین نہیں (&amp;N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — %2 / %3</source>
        <translation>%1 — %2 / %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pairs wait for review.</source>
        <translation>جائزے کے لیے کوئی جوڑا باقی نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) wait for review.</source>
        <translation>
            <numerusform>%n جوڑا جائزے کا منتظر ہے۔</numerusform>
            <numerusform>%n جوڑے جائزے کے منتظر ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC / B-form</source>
        <translation>شناختی کارڈ / ب فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>گاؤں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation>ایم آر نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered at</source>
        <translation>اندراج کا مرکز</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score %1. Agree: %2. Differ: %3.</source>
        <translation>اسکور %1۔ یکساں: %2۔ مختلف: %3۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::SpecialistInboxScreen</name>
    <message>
        <location filename="../ui/screens/SpecialistInboxScreen.cpp" line="+38"/>
        <source>S&amp;pecialty:</source>
        <translation>شعبہ (&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh (F5)</source>
        <translation>تازہ کریں (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking the registry…</source>
        <translation>رجسٹری سے پوچھا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked</source>
        <translation>پوچھا گیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>بھیجنے والا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Claim this request</source>
        <translation>یہ درخواست اپنے ذمے لیں (&amp;C)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Specialist inbox</source>
        <translation>اسپیشلسٹ کا ان باکس</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+46"/>
        <source>Cancelled. Showing the requests fetched earlier.</source>
        <translation>منسوخ کر دیا گیا۔ پہلے حاصل کی گئی درخواستیں دکھائی جا رہی ہیں۔</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The registry refused this computer&apos;s access to this specialty&apos;s requests, so none can be fetched or claimed. Showing the requests fetched earlier. (%1)</source>
        <translation>رجسٹری نے اس کمپیوٹر کو اس شعبے کی درخواستوں تک رسائی نہیں دی، اس لیے نہ کوئی درخواست حاصل ہو سکتی ہے اور نہ اپنے نام کی جا سکتی ہے۔ پہلے حاصل کی گئی درخواستیں دکھائی جا رہی ہیں۔ (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry cannot be reached, so new requests cannot be fetched and requests cannot be claimed. Showing the requests fetched earlier. (%1)</source>
        <translation>رجسٹری سے رابطہ نہیں ہو رہا، اس لیے نہ نئی درخواستیں حاصل ہو سکتی ہیں اور نہ کوئی درخواست ذمے لی جا سکتی ہے۔ پہلے حاصل کی گئی درخواستیں دکھائی جا رہی ہیں۔ (%1)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>You have claimed this request; no other specialist can answer it now.</source>
        <translation>آپ نے یہ درخواست اپنے ذمے لے لی ہے؛ اب کوئی دوسرا اسپیشلسٹ اس کا جواب نہیں دے سکتا۔</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — escalated</source>
        <translation>%1 — آگے بڑھا دی گئی</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Answer stored; it travels to the BHU with the next sync.</source>
        <translation>جواب محفوظ ہو گیا؛ یہ اگلے سنک کے ساتھ بی ایچ یو کو بھیج دیا جائے گا۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Question stored; it travels to the BHU with the next sync.</source>
        <translation>سوال محفوظ ہو گیا؛ یہ اگلے سنک کے ساتھ بی ایچ یو کو بھیج دیا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::SyncScreen</name>
    <message>
        <location filename="../ui/screens/SyncScreen.cpp" line="+26"/>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 could not be read: %2.</source>
        <translation>%1 پڑھی نہیں جا سکی: %2۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sync now</source>
        <translation>ابھی سنک کریں (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs attention</source>
        <translation>توجہ طلب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Retry</source>
        <translation>دوبارہ کوشش کریں (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss (reviewed)</source>
        <translation>ختم کریں (دیکھ لیا) (&amp;D)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync</source>
        <translation>سنک</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Registry: %1 (facility %2, enrolled %3)</source>
        <translation>رجسٹری: %1 (مرکز %2، اندراج %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clinic is not enrolled with a registry yet: its records stay on this computer.</source>
        <translation>اس کلینک کا ابھی کسی رجسٹری کے ساتھ اندراج نہیں ہوا: اس کے ریکارڈ اسی کمپیوٹر پر رہتے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>سنک ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to try again</source>
        <translation>دوبارہ کوشش کا انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline: will sync when the connection returns</source>
        <translation>آف لائن: کنکشن بحال ہونے پر سنک ہو گا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: %1</source>
        <translation>حالت: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last success: %1. Last attempt: %2.</source>
        <translation>آخری کامیاب سنک: %1۔ آخری کوشش: %2۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error: %1</source>
        <translation>آخری خرابی: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1, received %2 in all.</source>
        <translation>کل %1 بھیجا، %2 وصول کیا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>بھیجنے کے لیے کچھ باقی نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent: %1 (%2)</source>
        <translation>بھیجنے کے منتظر: %1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sending</source>
        <translation>بھیجا جا رہا ہے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving</source>
        <translation>وصول ہو رہا ہے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Getting MR numbers</source>
        <translation>ایم آر نمبر لیے جا رہے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 میں سے %2</translation>
    </message>
</context>
<context>
    <name>bhu::ui::TeleconsultPanel</name>
    <message>
        <location filename="../ui/admin/TeleconsultPanel.cpp" line="+15"/>
        <source>Teleconsultation</source>
        <translation>ٹیلی مشاورت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://meet.example.org/your-bhu</source>
        <comment>an example address; keep it in Latin letters</comment>
        <translation>https://meet.example.org/your-bhu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video-meeting room the BHU uses with the specialists. Offered as &quot;Call&quot; on an answered consultation.</source>
        <translation>وہ ویڈیو میٹنگ روم جو بی ایچ یو اسپیشلسٹوں کے ساتھ استعمال کرتا ہے۔ جس مشاورت کا جواب آ چکا ہو، اس پر &quot;کال&quot; کے طور پر دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;link</source>
        <translation>لنک محفوظ کریں (&amp;L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Video-meeting link:</source>
        <translation>ویڈیو میٹنگ کا لنک (&amp;V):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No video-meeting link: &quot;Call&quot; is not offered.</source>
        <translation>ویڈیو میٹنگ کا کوئی لنک نہیں: &quot;کال&quot; دستیاب نہیں۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video-meeting link saved.</source>
        <translation>ویڈیو میٹنگ کا لنک محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::TodayVisitsScreen</name>
    <message>
        <location filename="../ui/screens/TodayVisitsScreen.cpp" line="+65"/>
        <source>Today&apos;s visits</source>
        <translation>آج کے معائنے</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nobody is in today&apos;s queue yet. Start a visit from a patient&apos;s page.</source>
        <translation>آج کی قطار میں ابھی کوئی نہیں۔ مریض کے صفحے سے معائنہ شروع کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 waiting, %2 in today&apos;s queue. Enter calls the patient in; F5 refreshes.</source>
        <translation>%1 انتظار میں، آج کی قطار میں %2۔ Enter سے مریض کو بلائیں؛ F5 سے تازہ کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::TrendChart</name>
    <message>
        <location filename="../ui/visits/TrendChart.cpp" line="+50"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No measurements yet</source>
        <translation>ابھی کوئی پیمائش نہیں</translation>
    </message>
</context>
<context>
    <name>bhu::ui::UnlockWindow</name>
    <message>
        <location filename="../ui/UnlockWindow.cpp" line="+24"/>
        <source>BHU Clinic — Unlock</source>
        <translation>بی ایچ یو کلینک — کھولیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BHU Clinic</source>
        <translation>بی ایچ یو کلینک</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User name</source>
        <translation>صارف کا نام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>صارف کا نام (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlocking the database… this takes a moment.</source>
        <translation>ڈیٹا بیس کھولا جا رہا ہے… اس میں چند لمحے لگتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>کھولیں (&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forgot? Use the recovery key</source>
        <translation>بھول گئے؟ ریکوری کی استعمال کریں (&amp;F)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Database: %1</source>
        <translation>ڈیٹا بیس: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The new password is set. Sign in with it.</source>
        <translation>نیا پاس ورڈ مقرر ہو گیا۔ اب اسی سے لاگ اِن کریں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter your user name.</source>
        <translation>اپنا صارف کا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::UpdateNoticeLabel</name>
    <message>
        <location filename="../ui/sync/UpdateNoticeLabel.cpp" line="+26"/>
        <source>Version %1 is available: %2</source>
        <translation>ورژن %1 دستیاب ہے: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install it only from a package that Admin → Verify a package from USB… accepts. This program never replaces itself.</source>
        <translation>اسے صرف ایسے پیکج سے انسٹال کریں جسے انتظامیہ → یو ایس بی سے پیکج کی تصدیق کریں… قبول کرے۔ یہ پروگرام خود کو کبھی تبدیل نہیں کرتا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::UpdatesPanel</name>
    <message>
        <location filename="../ui/admin/UpdatesPanel.cpp" line="+16"/>
        <source>Updates</source>
        <translation>اپ ڈیٹس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify a package from USB…</source>
        <translation>یو ایس بی سے پیکج کی تصدیق کریں… (&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the package and its .manifest file from the USB stick into one folder, then choose the package. It is checked against the release key built into this program; nothing is installed.</source>
        <translation>پیکج اور اس کی .manifest فائل یو ایس بی سے ایک ہی فولڈر میں کاپی کریں، پھر پیکج چنیں۔ اسے اس پروگرام میں موجود ریلیز کی سے جانچا جاتا ہے؛ کچھ بھی انسٹال نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the update package</source>
        <translation>اپ ڈیٹ پیکج چنیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packages (*.deb *.exe);;All files (*)</source>
        <translation>پیکج (*.deb *.exe);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking %1…</source>
        <translation>%1 کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not verified: %1</source>
        <translation>تصدیق نہیں ہوئی: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified: %1 version %2 (%3, SHA-256 %4).</source>
        <translation>تصدیق ہو گئی: %1 ورژن %2 (%3، SHA-256 %4)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is newer than this program. Install it with: sudo apt install %1</source>
        <translation>یہ اس پروگرام سے نیا ہے۔ اسے اس طرح انسٹال کریں: sudo apt install %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not newer than this program: there is no need to install it.</source>
        <translation>یہ اس پروگرام سے نیا نہیں: اسے انسٹال کرنے کی ضرورت نہیں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::UsersModel</name>
    <message>
        <location filename="../ui/admin/UsersModel.cpp" line="+30"/>
        <source>Disabled</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs a new password</source>
        <translation>نیا پاس ورڈ درکار</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User name</source>
        <translation>صارف کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>حالت</translation>
    </message>
</context>
<context>
    <name>bhu::ui::UsersPanel</name>
    <message>
        <location filename="../ui/admin/UsersPanel.cpp" line="+22"/>
        <source>Users</source>
        <translation>صارفین</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Add user…</source>
        <translation>صارف شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>پاس ورڈ ری سیٹ کریں… (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable / &amp;enable</source>
        <translation>بند / فعال کریں (&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;my password…</source>
        <translation>میرا پاس ورڈ بدلیں… (&amp;M)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Working… this takes a moment.</source>
        <translation>کام جاری ہے… اس میں چند لمحے لگتے ہیں۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was added.</source>
        <translation>%1 کو شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Choose a user in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی صارف چنیں۔</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The password of %1 was reset. Tell them in person.</source>
        <translation>%1 کا پاس ورڈ ری سیٹ کر دیا گیا۔ انہیں خود مل کر بتائیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was disabled.</source>
        <translation>%1 کو بند کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your password was changed.</source>
        <translation>آپ کا پاس ورڈ بدل دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitConsultationsPanel</name>
    <message>
        <location filename="../ui/consult/VisitConsultationsPanel.cpp" line="+18"/>
        <location line="+5"/>
        <source>Teleconsultations of this visit</source>
        <translation>اس معائنے کی ٹیلی مشاورتیں</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitFields</name>
    <message>
        <location filename="../ui/visits/VisitFields.cpp" line="+37"/>
        <source>&amp;Follow-up on</source>
        <translation>دوبارہ معائنہ بتاریخ (&amp;F)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Complaint:</source>
        <translation>شکایت (&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Advice:</source>
        <translation>ہدایات (&amp;A):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vital signs</source>
        <translation>وائٹل سائنز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnoses</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriptions</source>
        <translation>نسخے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral</source>
        <translation>ریفرل</translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitForm</name>
    <message>
        <location filename="../ui/visits/VisitForm.cpp" line="+77"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>مسودہ محفوظ کریں (&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Close and si&amp;gn (Ctrl+Enter)</source>
        <translation>مکمل کر کے دستخط کریں (&amp;G) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Co&amp;rrect…</source>
        <translation>درستی کریں… (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;prescription…</source>
        <translation>نسخہ پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print referral s&amp;lip…</source>
        <translation>ریفرل پرچی پرنٹ کریں… (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral slip as PDF…</source>
        <translation>ریفرل پرچی بطور پی ڈی ایف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As&amp;k a specialist… (Ctrl+Shift+A)</source>
        <translation>اسپیشلسٹ سے پوچھیں… (&amp;K) (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw (entered in error)…</source>
        <translation>واپس لیں (غلطی سے درج)… (&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back (Esc)</source>
        <translation>واپس (&amp;B) (Esc)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save or leave the correction first; then add the specialist&apos;s advice.</source>
        <translation>پہلے درستی محفوظ کریں یا اسے چھوڑ دیں؛ پھر اسپیشلسٹ کی ہدایات شامل کریں۔</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Version %1</source>
        <translation>ورژن %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn (entered in error) at the facility that recorded it. It no longer counts.</source>
        <translation>اسے درج کرنے والے مرکز نے واپس لے لیا ہے (غلطی سے درج)۔ اب یہ شمار نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn (entered in error) by %1 on %2: %3. It no longer counts.</source>
        <translation>%1 نے %2 کو واپس لیا (غلطی سے درج): %3۔ اب یہ شمار نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Withdraw a visit entered in error</source>
        <translation>غلطی سے درج معائنہ واپس لیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw this visit (token %1, %2) because it was entered in error — for example recorded under the wrong patient or twice? Its diagnoses, prescriptions, referral and vital signs are withdrawn with it, and every version if it was corrected.</source>
        <translation>کیا یہ معائنہ (ٹوکن %1، %2) واپس لیں، کیونکہ یہ غلطی سے درج ہوا تھا — مثلاً غلط مریض کے نام درج ہوا یا دو بار؟ اس کی تشخیص، نسخے، ریفرل اور وائٹل سائنز بھی اس کے ساتھ واپس لے لیے جائیں گے، اور اگر اس کی درستی کی گئی تھی تو اس کے تمام ورژن بھی۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit withdrawn. It no longer counts here and, after the next sync, at other facilities.</source>
        <translation>معائنہ واپس لے لیا گیا۔ اب یہ یہاں شمار نہیں ہوتا، اور اگلے سنک کے بعد دوسرے مراکز میں بھی شمار نہیں ہو گا۔</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+19"/>
        <source>Some vital signs cannot be right; see the message next to each. Nothing was saved.</source>
        <translation>کچھ وائٹل سائنز درست نہیں ہو سکتے؛ ہر ایک کے ساتھ لکھا پیغام دیکھیں۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Draft saved at %1.</source>
        <translation>مسودہ %1 پر محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct a signed visit</source>
        <translation>دستخط شدہ معائنے میں درستی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this visit corrected? The original stays in the record.</source>
        <translation>اس معائنے میں درستی کیوں کی جا رہی ہے؟ اصل اندراج ریکارڈ میں محفوظ رہے گا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close and sign</source>
        <translation>مکمل کر کے دستخط کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and sign this visit? It cannot be changed afterwards, only corrected with a reason.</source>
        <translation>کیا یہ معائنہ مکمل کر کے دستخط کر دیں؟ اس کے بعد اسے بدلا نہیں جا سکے گا، صرف وجہ بتا کر درستی ہو سکے گی۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Visit closed and signed.</source>
        <translation>معائنہ مکمل اور دستخط ہو گیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the latest version can be corrected.</source>
        <translation>صرف تازہ ترین ورژن میں درستی ہو سکتی ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;correction (Ctrl+Enter)</source>
        <translation>درستی محفوظ کریں (&amp;C) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correcting a signed visit: change what is wrong, then press Ctrl+Enter and give the reason.</source>
        <translation>دستخط شدہ معائنے میں درستی: جو غلط ہے اسے بدلیں، پھر Ctrl+Enter دبائیں اور وجہ لکھیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A correction needs a reason. Nothing was saved.</source>
        <translation>درستی کے لیے وجہ ضروری ہے۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correction saved; the original version is kept.</source>
        <translation>درستی محفوظ ہو گئی؛ اصل ورژن بھی محفوظ ہے۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Request sent to the %1 specialist. It is stored here and travels with the next sync.</source>
        <translation>درخواست %1 کے اسپیشلسٹ کو بھیج دی گئی۔ یہ یہاں محفوظ ہے اور اگلے سنک کے ساتھ بھیج دی جائے گی۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitPrinting</name>
    <message>
        <location filename="../ui/print/VisitPrinting.cpp" line="+33"/>
        <source>Prescription</source>
        <translation>نسخہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral slip</source>
        <translation>ریفرل پرچی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a visit first.</source>
        <translation>پہلے کوئی معائنہ کھولیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This visit has no referral. Tick &quot;Refer the patient&quot; and fill it in first.</source>
        <translation>اس معائنے میں کوئی ریفرل نہیں۔ پہلے &quot;مریض کو ریفر کریں&quot; پر نشان لگائیں اور تفصیل بھریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This visit has no prescriptions to print.</source>
        <translation>اس معائنے میں پرنٹ کرنے کے لیے کوئی نسخہ نہیں۔</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print %1</source>
        <translation>%1 پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent to %2.</source>
        <translation>%2 پر پرنٹ کے لیے بھیج دیا گیا: %1۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save %1 as PDF</source>
        <translation>%1 بطور پی ڈی ایف محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>پی ڈی ایف فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 saved to %2.</source>
        <translation>محفوظ ہو گیا: %1 — %2</translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitTimeline</name>
    <message>
        <location filename="../ui/visits/VisitTimeline.cpp" line="+26"/>
        <source>Blood pressure</source>
        <translation>بلڈ پریشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>kg</source>
        <translation>کلو</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Systolic</source>
        <translation>اوپر والا (سسٹولک)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>نیچے والا (ڈائسٹولک)</translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitTimelineModel</name>
    <message>
        <location filename="../ui/visits/VisitTimelineModel.cpp" line="+19"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no complaint recorded)</source>
        <translation>(کوئی شکایت درج نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnoses: %1</source>
        <translation>تشخیص: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicines: %1</source>
        <translation>دوائیاں: %1</translation>
    </message>
</context>
<context>
    <name>bhu::ui::VitalsPanel</name>
    <message>
        <location filename="../ui/visits/VitalsPanel.cpp" line="+80"/>
        <source>BMI</source>
        <translation>بی ایم آئی</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type a number in %1.</source>
        <translation>%1 میں نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 kg/m²</source>
        <translation>%1 kg/m²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>bhu::ui::WithdrawDialog</name>
    <message>
        <location filename="../ui/patients/WithdrawDialog.cpp" line="+19"/>
        <source>Nothing is deleted: the record stays in the database and in the audit trail, marked as withdrawn with your name and the reason. It no longer counts here (history, today&apos;s visits, reports, exports) nor, after the next sync, at other facilities. This cannot be undone.</source>
        <translation>کچھ حذف نہیں ہوتا: ریکارڈ ڈیٹا بیس اور آڈٹ ریکارڈ میں موجود رہتا ہے، اور اس پر آپ کے نام اور وجہ کے ساتھ واپس لیے جانے کا نشان لگ جاتا ہے۔ اب یہ نہ یہاں شمار ہوتا ہے (طبی تاریخ، آج کے معائنے، رپورٹیں، ایکسپورٹ) اور نہ اگلے سنک کے بعد دوسرے مراکز میں۔ اسے بعد میں پلٹا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason (at least %1 characters):</source>
        <translation>وجہ (کم از کم %1 حروف) (&amp;R):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: recorded under the wrong patient</source>
        <translation>مثلاً: غلط مریض کے نام درج ہوا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Withdraw</source>
        <translation>واپس لیں (&amp;W)</translation>
    </message>
</context>
<context>
    <name>bhu::ui::camera</name>
    <message>
        <location filename="../ui/consult/CameraCapture.cpp" line="+29"/>
        <source>No camera is connected to this computer. Connect one, or add the photo from a file.</source>
        <translation>اس کمپیوٹر سے کوئی کیمرا منسلک نہیں۔ کیمرا لگائیں، یا تصویر کسی فائل سے شامل کریں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take a photo</source>
        <translation>تصویر لیں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Take photo</source>
        <translation>تصویر لیں (&amp;T)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This installation was built without camera support. Add the photo from a file.</source>
        <translation>پروگرام کی یہ انسٹالیشن کیمرے کی سہولت کے بغیر بنائی گئی ہے۔ تصویر کسی فائل سے شامل کریں۔</translation>
    </message>
</context>
</TS>
