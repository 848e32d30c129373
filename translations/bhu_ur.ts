<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>PatientCardRenderer</name>
    <message>
        <location filename="../ui/print/PatientCardRenderer.cpp" line="+61"/>
        <source>Patient card · One Patient, One ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring this card at every visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient card %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientText</name>
    <message>
        <location filename="../ui/patients/PatientText.cpp" line="+17"/>
        <source>S/O</source>
        <comment>son of</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D/O</source>
        <comment>daughter of</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W/O</source>
        <comment>wife of</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C/O</source>
        <comment>child of</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <comment>relation and guardian name: S/O Akbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M</source>
        <comment>male</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F</source>
        <comment>female</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <comment>other sex</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 y</source>
        <comment>age in years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <comment>age in months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <comment>age in days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (est.)</source>
        <comment>estimated age</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <comment>age · sex</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <comment>village, union council</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name, MR number, CNIC or phone number. Ctrl+N registers a new patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching by MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching by CNIC or B-form number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching by phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching numbers: MR, CNIC and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching by name (spelling variants and any word order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Husband</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintTarget</name>
    <message>
        <location filename="../ui/print/PrintTarget.cpp" line="+21"/>
        <location line="+5"/>
        <source>Could not write %1. Choose another folder, or check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printer %1 could not start printing. Check that it is on and has paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/clinic/ProcessSetup.cpp" line="+17"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>TokenSlipRenderer</name>
    <message>
        <location filename="../ui/print/TokenSlipRenderer.cpp" line="+47"/>
        <source>OPD token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please wait until your token number is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OPD token %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSlipRenderer</name>
    <message>
        <location filename="../ui/print/VisitSlipRenderer.cpp" line="+41"/>
        <location line="+56"/>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Referred to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+8"/>
        <source>Complaint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Vital signs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Diagnoses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Medicines given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+44"/>
        <source>Referral slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not signed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <location filename="../ui/visits/VisitText.cpp" line="+21"/>
        <source>Token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Corrected by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BP %1/%2 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BMI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu</name>
    <message>
        <location filename="../domain/Csv.cpp" line="+16"/>
        <source>The file is not valid UTF-16 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not UTF-8 text (Urdu and other letters would be lost). In Excel use File → Save As → &quot;CSV UTF-8 (Comma delimited)&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>A quoted field that starts on line %1 is never closed (a &quot; is missing). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/ReferenceCsv.cpp" line="+24"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not an ICD-10 code (a letter, two digits, optionally a dot and one or two digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>the English name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>a DHIS row is not a number from 0 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the name or the form is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the frequency %1 is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration_days is not a number from 0 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/VitalsCheck.cpp" line="+51"/>
        <source>%1 looks like a Fahrenheit reading: %1 °F is %2 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 looks like mmol/L: %1 mmol/L is %2 mg/dL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 must be between %2 and %3 %4; %5 is not possible. Check the reading and the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The diastolic pressure (%1 mmHg) must be lower than the systolic (%2 mmHg). Check whether the two were swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/VitalsFlags.cpp" line="+32"/>
        <source>Blood pressure %1 mmHg: hypertensive crisis (180/110 or above). Recheck after 5 minutes&apos; rest; if it stays this high, refer urgently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blood pressure %1 mmHg is high (140/90 or above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood pressure %1 mmHg is low (systolic below 90). Look for shock, dehydration or bleeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SpO2 %1 % is below 90 %: severe hypoxaemia. Give oxygen and refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SpO2 %1 % is low (below 92 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Temperature %1 °C: hypothermia (below 35 °C). Warm the patient and refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature %1 °C: high fever (39 °C or above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature %1 °C: fever (37.5 °C or above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pulse %1 /min is fast for the age (above %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulse %1 /min is slow for the age (below %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Respiratory rate %1 /min is fast breathing for the age (%2 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MUAC %1 cm is red (below 11.5 cm): severe acute malnutrition. Refer to the nutrition programme (OTP/SC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MUAC %1 cm is yellow (11.5 to below 12.5 cm): moderate acute malnutrition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blood glucose %1 mg/dL is dangerously low (below 54). Give sugar or glucose now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood glucose %1 mg/dL is low (below 70).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random blood glucose %1 mg/dL is high (200 or above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/ReportDhis2.cpp" line="+17"/>
        <source>DHIS2 mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>DHIS2 takes a whole calendar month; choose a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The DHIS2 mapping has no org unit for facility %1. Add it under &quot;orgUnits&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/ReportEngine.cpp" line="+121"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/ReportFilter.cpp" line="+13"/>
        <location filename="../domain/ReportTemplate.cpp" line="+19"/>
        <source>Report template: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/ReportTemplate.cpp" line="+6"/>
        <source>unknown key &quot;%1&quot; (expected one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be an object {&quot;en&quot;: …, &quot;ur&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs an English text (&quot;en&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;filter&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+67"/>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+70"/>
        <source>%1, row &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>every row needs an &quot;id&quot; of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown value &quot;%1&quot; (count, patients, perWorkingDay, workingDays, facilityName, facilityCode, period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;available&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, section &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every section needs an &quot;id&quot; of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every column needs an &quot;id&quot; of letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column id is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a section needs a non-empty &quot;rows&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row id is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::Age</name>
    <message>
        <location filename="../domain/Age.cpp" line="+12"/>
        <source>An age above 120 years is not possible. Check the age or the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today&apos;s date is not known, so the age cannot be worked out. Check the computer&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An age cannot be negative. Type the years, months or days as 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The date of birth is not a valid date. Type it as day, month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is after today. Check the date; for an unknown date, enter the age instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::Cnic</name>
    <message>
        <location filename="../domain/Cnic.cpp" line="+23"/>
        <source>Khyber Pakhtunkhwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ex-FATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punjab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sindh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balochistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Islamabad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gilgit-Baltistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The B-form number is empty. Type the 13 digits from the B-form (CRC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIC is empty. Type the 13 digits from the identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A B-form number may contain only digits and dashes. Type the 13 digits as printed on the B-form, e.g. 35202-1234567-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CNIC may contain only digits and dashes. Type the 13 digits as printed on the card, e.g. 35202-1234567-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A B-form number has 13 digits, but %n digit(s) were entered. Check the B-form and type all 13 digits.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A CNIC has 13 digits, but %n digit(s) were entered. Check the card and type all 13 digits.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The B-form number starts with %1, which is not a known province code (1 to 7). Check the number; if it is printed like this (e.g. AJK), keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CNIC starts with %1, which is not a known province code (1 to 7). Check the number; if the card shows it like this (e.g. AJK), keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last digit of this B-form number is odd, which NADRA gives to boys, but the child is recorded as female. Check the number and the sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last digit of this B-form number is even, which NADRA gives to girls, but the child is recorded as male. Check the number and the sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last digit of this CNIC is odd, which NADRA gives to men, but the patient is recorded as female. Check the card and the sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last digit of this CNIC is even, which NADRA gives to women, but the patient is recorded as male. Check the card and the sex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::Dhis2Mapping</name>
    <message>
        <location filename="../domain/ReportDhis2.cpp" line="-54"/>
        <source>not a JSON object (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it maps template &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;dataSet&quot; must be a DHIS2 UID (11 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>org unit of &quot;%1&quot; is not a DHIS2 UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;dataValues&quot; lists no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cell &quot;%1&quot; is not in template %2 (write section/row/column ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cell &quot;%1&quot;: dataElement and categoryOptionCombo must be DHIS2 UIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cell &quot;%1&quot;: %2 is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell &quot;%1&quot; is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the DHIS2 mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::DoseFrequency</name>
    <message>
        <location filename="../domain/DoseFrequency.cpp" line="+20"/>
        <source>once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once every three months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::MrNumber</name>
    <message>
        <location filename="../domain/MrNumber.cpp" line="+33"/>
        <source>This MR number block is out of range: national numbers run from 0000-0000-000x to 8999-9999-999x. Ask the registry for a new block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The facility number must be between 1 and 99999 to issue provisional MR numbers. Enrol this facility with the registry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This facility has used all its provisional MR numbers. Connect to the registry to refill the pool of national numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The MR number is empty. Type the 12 digits printed on the patient&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An MR number has only digits (dashes and spaces are allowed). Type the 12 digits, e.g. 1234-5678-9012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>An MR number has 12 digits, but %n digit(s) were entered. Check the card and type all 12 digits.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This MR number is not valid: a digit is probably mistyped or two digits are swapped. Read the number from the card again, digit by digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::Phone</name>
    <message>
        <location filename="../domain/Phone.cpp" line="+35"/>
        <source>The phone number is empty. Type a mobile number such as 0300-1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +. Type it like 0300-1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only Pakistani mobile numbers (+92 3XX…) can be stored. Write a foreign number in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This looks like a landline number. Only mobile numbers (03XX-XXXXXXX) are accepted; write a landline in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mobile number is too short: it has 11 digits, like 0300-1234567. Check for a missing digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mobile number is too long: it has 11 digits, like 0300-1234567. Check for an extra digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Pakistani mobile number. A mobile number has 11 digits starting with 03, like 0300-1234567.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ReferenceData</name>
    <message>
        <location filename="../domain/ReferenceData.cpp" line="+18"/>
        <source>The built-in reference list %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The medicines list is empty. Keep the header row and add at least one medicine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::Referral</name>
    <message>
        <location filename="../domain/Referral.cpp" line="+30"/>
        <source>Rural Health Centre (RHC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District Headquarters Hospital (DHQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tertiary (teaching) hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tehsil Headquarters Hospital (THQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ReportFilter</name>
    <message>
        <location filename="../domain/ReportFilter.cpp" line="+116"/>
        <source>&quot;sex&quot; must be a text or a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown sex &quot;%1&quot; (male, female, other, unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad age band &quot;%1&quot;; write e.g. &quot;&lt;1&quot;, &quot;1-4&quot;, &quot;50+&quot;, &quot;0-11m&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;visit&quot; must be &quot;new&quot; or &quot;follow-up&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;referred&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;class&quot; must be a text or a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown encounter class &quot;%1&quot; (AMB, HH, VR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;icd&quot; must be a non-empty list of ICD-10 codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an ICD-10 code or prefix (&quot;J18.9&quot;, &quot;A0*&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;certainty&quot; must be &quot;confirmed&quot; or &quot;any&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown filter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ReportTemplate</name>
    <message>
        <location filename="../domain/ReportTemplate.cpp" line="+21"/>
        <source>Report template %1 is not valid JSON at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report template %1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the template needs an &quot;id&quot; and a &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the template needs a non-empty &quot;sections&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>section &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the report template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no built-in report template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::Role</name>
    <message>
        <location filename="../domain/Roles.cpp" line="+29"/>
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
        <translation>نگران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>منتظم</translation>
    </message>
</context>
<context>
    <name>bhu::Visit</name>
    <message>
        <location filename="../domain/Visit.cpp" line="+28"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teleconsultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::VitalsCheck</name>
    <message>
        <location filename="../domain/VitalsCheck.cpp" line="-118"/>
        <source>Systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen saturation (SpO2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MUAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood glucose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::clinic</name>
    <message>
        <location filename="../app/clinic/main.cpp" line="+26"/>
        <source>bhu-clinic: no display found (DISPLAY is not set). Run it in a desktop session, or use xvfb-run -a bhu-clinic for automated checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bhu-clinic: there is no clinic database at %1. Create one first with: bhuctl init --db %1 --facility CODE --facility-name NAME --admin USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clinic/CommandLine.cpp" line="+22"/>
        <source>BHU Clinic: patient records for a Basic Health Unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the clinic database (default: $BHU_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the program, e.g. &quot;ur&quot; for Urdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit once the first window is shown (for smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try &apos;bhu-clinic --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected argument: %1. Use --db PATH to choose the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::AuditLog</name>
    <message>
        <location filename="../db/AuditLog.cpp" line="+114"/>
        <source>The audit trail has been tampered with at entry %1 (%2). Keep this database as evidence and tell the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entry missing or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>newest entries deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::Connection</name>
    <message>
        <location filename="../db/Connection.cpp" line="+104"/>
        <source>The database key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database at %1. Check the path or create one with &apos;bhuctl init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database already exists at %1; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be unlocked: the key does not match. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database reported an error (%1). Nothing was saved; try again, and if it persists run &apos;bhuctl verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::KeySlotFile</name>
    <message>
        <location filename="../db/KeySlots.cpp" line="+37"/>
        <source>The key file %1 is missing. It must stay beside the database; restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>The key file %1 is damaged. Restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The key file %1 was written by a newer version of BHU Clinic. Update this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file %1 uses an unknown algorithm. Update this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The key file %1 could not be written: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The recovery key is not correct. Check each group of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Wrong user name or password.</source>
        <translation>صارف کا نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This database has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::MrNumberPool</name>
    <message>
        <location filename="../db/MrNumberPool.cpp" line="+38"/>
        <source>This facility has used all its provisional MR numbers. Connect to the registry and synchronise to receive national numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The registry sent an invalid MR number block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::PatientRepository</name>
    <message>
        <location filename="../db/PatientRepository.cpp" line="+49"/>
        <source>The MR number %1 is already given to another patient. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Someone else changed this patient while you were editing. Reopen the patient and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No such patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::PlaceRepository</name>
    <message>
        <location filename="../db/PlaceRepository.cpp" line="+75"/>
        <location line="+14"/>
        <source>%1 already exists there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A place needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a province has no parent place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No such place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Row %1: a place needs 1 to 5 names, province first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1: the %2 name is missing. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::ReportQueries</name>
    <message>
        <location filename="../db/ReportQueries.cpp" line="+63"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::Store</name>
    <message>
        <location filename="../db/Store.cpp" line="+60"/>
        <source>Enter the facility code and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a user name for the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The facility number must be between 1 and 99999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <source>A database already exists at %1; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No database at %1. Check the path or create one with &apos;bhuctl init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The key file does not belong to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+43"/>
        <source>Wrong user name or password.</source>
        <translation>صارف کا نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+58"/>
        <source>This account has been disabled. Ask the facility administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Enter a user name without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>The user name %1 is taken. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The database is damaged (integrity check: %1). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is damaged (encryption check: %1). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has broken references (table %1). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::VisitRepository</name>
    <message>
        <location filename="../db/VisitRepository.cpp" line="+57"/>
        <location line="+79"/>
        <source>This visit is closed and signed. Record a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This visit is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say why the visit is corrected; the reason is kept with the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An open visit is edited directly, not corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This version was already corrected. Open the latest version and correct that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Only closed, signed visits can be added in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No such visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::crypto</name>
    <message>
        <location filename="../db/Crypto.cpp" line="+17"/>
        <source>A cryptographic operation failed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::migrate</name>
    <message>
        <location filename="../db/Migrations.cpp" line="+31"/>
        <source>This database was made by a newer version of BHU Clinic (schema %1; this program knows up to %2). Install the newer version; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::refcsv</name>
    <message>
        <location filename="../domain/ReferenceCsvReader.cpp" line="+22"/>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services</name>
    <message>
        <location filename="../services/Permissions.cpp" line="+57"/>
        <source>Your role (%1) may not %2. Ask a supervisor or the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/ImportService.cpp" line="+342"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PlaceService.cpp" line="+63"/>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tehsil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>union council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/VisitService.cpp" line="+21"/>
        <source>A diagnosis is empty: choose one from the list or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prescription has no medicine: choose one from the list or type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration and quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the reason for the referral; the receiving facility needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up date is in the past. Choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/ReportService.cpp" line="+21"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot restrict access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::ExportService</name>
    <message>
        <location filename="../services/ExportService.cpp" line="+39"/>
        <location line="+12"/>
        <location line="+41"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cannot restrict access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::ImportMapping</name>
    <message>
        <location filename="../services/ImportService.cpp" line="+36"/>
        <source>The mapping file is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date_order must be &quot;dmy&quot;, &quot;mdy&quot; or &quot;ymd&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown field &quot;%1&quot; in the mapping file. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mapping of &quot;%1&quot; must be a column name, a column number or null.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::ImportService</name>
    <message>
        <location line="+40"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The mapping file names the column &quot;%1&quot; for %2, but the file has no such column. Columns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No column for the patient&apos;s name. The file&apos;s columns are: %1. Name the column &quot;Name&quot; or &quot;Patient Name&quot;, or give a mapping file (--mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&quot;%1&quot; is not a relation; use S/O, D/O or W/O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not understood; use male, female or other (M/F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a date; write it like 15/03/1990 or 1990-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not an age; write years (35), months (6m) or both (2y 3m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>MR %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may already be registered as %1. Check, then register by hand or correct the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The import stopped at row %1 after %2 patients were imported: %3 Run it again to continue; rows already imported are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::PatientService</name>
    <message>
        <location filename="../services/PatientDuplicates.cpp" line="+106"/>
        <source>Same CNIC / B-form number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same name (allowing for spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same father&apos;s / husband&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same guardian CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born within two years, same sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PatientSearch.cpp" line="+82"/>
        <source>Searching by phone number. Households often share one phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This MR number has a wrong check digit: one digit is probably mistyped. Check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Searching by CNIC or B-form; children registered under this CNIC are listed after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing MR numbers and CNICs that start with these digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type at least 4 digits, or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PatientService.cpp" line="+59"/>
        <source>This CNIC / B-form number is already recorded for another patient. Open that patient, or ask a supervisor to allow a second patient with the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a supervisor or the administrator can allow a shared CNIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/PatientValidation.cpp" line="+40"/>
        <source>Enter the patient&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose male, female or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the father or husband (S/O, D/O, W/O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose S/O, D/O or W/O for the guardian&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relation does not match the sex. Check S/O, D/O, W/O and the sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date of birth, or the age in years and months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say whose CNIC this is (father, mother, …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::Permission</name>
    <message>
        <location filename="../services/Permissions.cpp" line="-20"/>
        <source>view patient records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add patients to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view and print reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synchronise with the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::PlaceService</name>
    <message>
        <location filename="../services/PlaceService.cpp" line="+85"/>
        <source>The file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The row has no place names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 is empty but a %2 is given: fill in every level from the province down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 name is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown province &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::ReportService</name>
    <message>
        <location filename="../services/ReportService.cpp" line="+38"/>
        <source>Choose a period whose end is not before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a period of at most one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Only the monthly report goes to DHIS2; give the mapping file of this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The DHIS2 mapping is for template %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::VisitService</name>
    <message>
        <location filename="../services/VisitService.cpp" line="+16"/>
        <source>This patient is already in today&apos;s queue (token %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::AddressPicker</name>
    <message>
        <location filename="../ui/patients/AddressPicker.cpp" line="+33"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tehsil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Union council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village or mohalla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rovince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dis&amp;trict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;hsil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un&amp;ion council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Not in the province list — check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the district list — check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the tehsil list — check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the union council list — check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the village list — check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::AdminScreen</name>
    <message>
        <location filename="../ui/screens/AdminScreen.cpp" line="+22"/>
        <source>Users and roles, passwords, backups and the audit trail will be managed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Admin</source>
        <translation>انتظامیہ</translation>
    </message>
</context>
<context>
    <name>bhu::ui::AgeInput</name>
    <message>
        <location filename="../ui/patients/AgeInput.cpp" line="+20"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>or age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>dd/MM/yyyy</source>
        <comment>how a date of birth is shown and typed; a QDate format with a four-digit year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This is not a date. Type the date of birth as day/month/year, e.g. 23/03/1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Estimated date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date of birth, or the age if the patient does not know it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::CommunityScreen</name>
    <message>
        <location filename="../ui/screens/CommunityScreen.cpp" line="+9"/>
        <source>Households, lady health worker areas and follow-ups due in the community. This area is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Community</source>
        <translation>کمیونٹی</translation>
    </message>
</context>
<context>
    <name>bhu::ui::DiagnosisEditor</name>
    <message>
        <location filename="../ui/visits/DiagnosisEditor.cpp" line="+22"/>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ICD-10 code, English or Urdu name; Enter adds, Shift+Enter adds as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (uncoded, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished">%1 (%2) {1 %2 ?} {3)?}</translation>
    </message>
</context>
<context>
    <name>bhu::ui::DuplicateCheckDialog</name>
    <message>
        <location filename="../ui/patients/DuplicateCheckDialog.cpp" line="+56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age / sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC / B-form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This patient may already be registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the details and ask the patient. Matching details are highlighted. Open the existing patient unless you are sure this is someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open existing patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register as new patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Being registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Existing patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CNIC is already on another patient. To register a second patient with it, a supervisor must sign in here; this is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supervisor &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A patient with this CNIC exists: a supervisor must allow a second one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+27"/>
        <source>BHU Clinic — %1</source>
        <translation>بی ایچ یو کلینک — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Areas</source>
        <translation>حصے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>مرکز صحت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in</source>
        <translation>داخل شدہ صارف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled with a registry</source>
        <translation>کسی رجسٹری میں اندراج نہیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::MedicinesListPanel</name>
    <message>
        <location filename="../ui/admin/MedicinesListPanel.cpp" line="+18"/>
        <source>Medicines list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;shipped list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the medicines list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a medicines list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The medicines offered when prescribing. Export the list, edit it in a spreadsheet (keep the columns), and import it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In use: this facility&apos;s list, %1 medicines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use: the shipped list, %1 medicines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The list could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 medicines. Prescriptions now offer this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The shipped list is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientForm</name>
    <message>
        <location filename="../ui/patients/PatientForm.cpp" line="+60"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+S saves, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit patient — %1 (MR %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+S saves the changes, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the notes in amber. Press Save again to keep the entries as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saved yet: change the details or save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientFormFields</name>
    <message>
        <location filename="../ui/patients/PatientFormFields.cpp" line="+25"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on the CNIC, in English letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+1"/>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>03XX-XXXXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Urdu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of national number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B-form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CNIC or B-form number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XXXXX-XXXXXXX-X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guardian&apos;s CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a child without a B-form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian is the patient&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;CNIC / B-form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uardian&apos;s CNIC:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientHistoryView</name>
    <message>
        <location filename="../ui/patients/PatientHistoryView.cpp" line="+13"/>
        <source>Changes to the patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC / B-form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visible change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientPage</name>
    <message>
        <location filename="../ui/patients/PatientPage.cpp" line="+69"/>
        <source>CNIC / B-form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;token slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional MR number (this facility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Visit started: token %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientPrinting</name>
    <message>
        <location filename="../ui/print/PatientPrinting.cpp" line="+24"/>
        <source>Patient card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientSearchFilters</name>
    <message>
        <location filename="../ui/patients/PatientSearchFilters.cpp" line="+17"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Village or union council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Age from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientSearchModel</name>
    <message>
        <location filename="../ui/patients/PatientSearchModel.cpp" line="+75"/>
        <source>%1, born %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Union council: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age / sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNIC / B-form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientSearchView</name>
    <message>
        <location filename="../ui/patients/PatientSearchView.cpp" line="+34"/>
        <source>Find a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, MR number, CNIC or phone (e.g. “ali s/o akbar”, 0300-1234567)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a new patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Patients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>1 patient found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 patients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No patient found. Press Ctrl+N to register one.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PrescriptionEditor</name>
    <message>
        <location filename="../ui/visits/PrescriptionEditor.cpp" line="+29"/>
        <source>Medicine; Enter picks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — %2 %3</source>
        <translation type="unfinished">%1 — %2 %3 {1 ?}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> × %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::QueueModel</name>
    <message>
        <location filename="../ui/visits/QueueModel.cpp" line="+64"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age / sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::ReferralEditor</name>
    <message>
        <location filename="../ui/visits/ReferralEditor.cpp" line="+14"/>
        <source>&amp;Refer the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::ReportsScreen</name>
    <message>
        <location filename="../ui/screens/ReportsScreen.cpp" line="+49"/>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly facility report (DHIS MR)</source>
        <translation type="unfinished"></translation>
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
        <translation>لیڈی ہیلتھ ورکر ماہانہ خلاصہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report:</source>
        <translation>&amp;رپورٹ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Month</source>
        <translation>&amp;مہینہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dates</source>
        <translation>&amp;تاریخیں</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <translation>پروگرام کے ساتھ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other &amp;template…</source>
        <translation>دوسرا &amp;سانچہ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template:</source>
        <translation>سانچہ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview</source>
        <translation>&amp;پیش نظارہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;پی ڈی ایف محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;سی ایس وی برآمد کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export D&amp;HIS2…</source>
        <translation>&amp;ڈی ایچ آئی ایس 2 کے لیے برآمد…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Computing the report…</source>
        <translation>رپورٹ تیار ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled.</source>
        <translation>منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The preview shows the first %1 of %2 rows; print, PDF and CSV have them all.</source>
        <translation>پیش نظارے میں %2 میں سے پہلی %1 قطاریں ہیں؛ پرنٹ، پی ڈی ایف اور سی ایس وی میں سب ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2.</source>
        <translation>%1، %2۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print report</source>
        <translation>رپورٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent to the printer.</source>
        <translation>پرنٹر کو بھیج دی گئی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save report as PDF</source>
        <translation>رپورٹ پی ڈی ایف میں محفوظ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>پی ڈی ایف (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export report as CSV</source>
        <translation>رپورٹ سی ایس وی میں برآمد کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>سی ایس وی (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export for DHIS2</source>
        <translation>ڈی ایچ آئی ایس 2 کے لیے برآمد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DHIS2 JSON (*.json)</source>
        <translation>ڈی ایچ آئی ایس 2 جے سن (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report template</source>
        <translation>رپورٹ کا سانچہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report templates (*.json)</source>
        <translation>رپورٹ کے سانچے (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (version %2)</source>
        <translation>%1 (ورژن %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+18"/>
        <source>Saved %1.</source>
        <translation>%1 محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Saving %1…</source>
        <translation>%1 محفوظ ہو رہی ہے…</translation>
    </message>
</context>
<context>
    <name>bhu::ui::SyncScreen</name>
    <message>
        <location filename="../ui/screens/SyncScreen.cpp" line="+9"/>
        <source>Exchange records with the district registry when a connection is available. This clinic is not enrolled with a registry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 waiting, %2 in today&apos;s queue. Enter calls the patient in; F5 refreshes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::TrendChart</name>
    <message>
        <location filename="../ui/visits/TrendChart.cpp" line="+50"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No measurements yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::UnlockWindow</name>
    <message>
        <location filename="../ui/UnlockWindow.cpp" line="+22"/>
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
        <translation>صارف کا نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlocking the database… this takes a moment.</source>
        <translation>ڈیٹا بیس کھولا جا رہا ہے… اس میں چند لمحے لگتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Database: %1</source>
        <translation>ڈیٹا بیس: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your user name.</source>
        <translation>اپنا صارف کا نام درج کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>اپنا پاس ورڈ درج کریں۔</translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitFields</name>
    <message>
        <location filename="../ui/visits/VisitFields.cpp" line="+37"/>
        <source>&amp;Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitForm</name>
    <message>
        <location filename="../ui/visits/VisitForm.cpp" line="+60"/>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>Close and si&amp;gn (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;prescription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print referral s&amp;lip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral slip as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+19"/>
        <source>Some vital signs cannot be right; see the message next to each. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Correct a signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this visit corrected? The original stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and sign this visit? It cannot be changed afterwards, only corrected with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Visit closed and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the latest version can be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;correction (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correcting a signed visit: change what is wrong, then press Ctrl+Enter and give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A correction needs a reason. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correction saved; the original version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitPrinting</name>
    <message>
        <location filename="../ui/print/VisitPrinting.cpp" line="+33"/>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a visit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This visit has no referral. Tick &quot;Refer the patient&quot; and fill it in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This visit has no prescriptions to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitTimeline</name>
    <message>
        <location filename="../ui/visits/VisitTimeline.cpp" line="+25"/>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::VisitTimelineModel</name>
    <message>
        <location filename="../ui/visits/VisitTimelineModel.cpp" line="+19"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no complaint recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnoses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicines: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::VitalsPanel</name>
    <message>
        <location filename="../ui/visits/VitalsPanel.cpp" line="+79"/>
        <source>BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type a number in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 kg/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
